"""Words split once: filling spaCy's tokenizer cache that its own runs leave nearly empty.

spaCy's ``Tokenizer`` keeps the tokens of every whitespace-separated chunk it has split, so
that a word seen before is not split again. It stops adding to that cache, for the rest of
a text, once a special case (a tokenizer exception: "U.S.", "Mr.", "don't", "cannot") has
matched in the text: the flag that guards the cache is kept per text, not reset per chunk
(spaCy issue #13950, open as of spaCy 3.8). News copy meets an exception in its first lines,
so "to", "said" and "the" are split again in every article: on real news, most chunks miss
the cache.

:func:`fill_cache` runs before a text is tokenised. The chunks of the text the tokenizer
has not been given yet are tokenised in one string, plain words first and exceptions last:
everything before the first exception is cached, which the text's own tokenisation then
finds. The tokens are the ones spaCy makes either way (its cache is keyed by the chunk and
holds what splitting the chunk gives); only the time changes. No library does this: the
fix belongs in spaCy's Cython tokenizer, which a Python package cannot patch.

Nothing is filled inside ``nlp.memory_zone()`` (spaCy does not cache there), for a tokenizer
that is not spaCy's, or once as many chunks were given as the cache may hold
(``Tokenizer.max_cache_size``).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

from spacy.tokenizer import Tokenizer

#: A chunk that is a word and at most one closing punctuation mark ("said", "said.").
_PLAIN = re.compile(r"[^\W\d_]+[,.;:!?]?")
#: Tokenizers whose chunks were given, most recent last (a few pipelines per process).
_KEPT = 4


class _Given:
    """The chunks given to one tokenizer, and its special cases."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.chunks: set[str] = set()
        self.specials: frozenset[str] = frozenset(tokenizer.rules or {})


_GIVEN: OrderedDict[int, _Given] = OrderedDict()


def _given(tokenizer: Tokenizer) -> _Given:
    key = id(tokenizer)
    given = _GIVEN.get(key)
    if given is None or given.tokenizer is not tokenizer:
        given = _GIVEN[key] = _Given(tokenizer)
        while len(_GIVEN) > _KEPT:
            _GIVEN.popitem(last=False)
    else:
        _GIVEN.move_to_end(key)
    return given


def _is_plain(chunk: str, specials: frozenset[str]) -> bool:
    """True for a word (and a closing mark) that is no special case, with or without the mark:
    splitting it cannot set spaCy's flag."""
    return (
        _PLAIN.fullmatch(chunk) is not None and chunk not in specials and chunk[:-1] not in specials
    )


def fill_cache(tokenizer: Any, text: str) -> None:
    """Have spaCy's ``tokenizer`` cache the chunks of ``text`` it was not given yet."""
    if not isinstance(tokenizer, Tokenizer) or tokenizer.vocab.in_memory_zone:
        return
    given = _given(tokenizer)
    room = tokenizer.max_cache_size - len(given.chunks)
    if room <= 0:
        return
    new = [c for c in dict.fromkeys(text.split()) if c not in given.chunks][:room]
    if not new:
        return
    given.chunks.update(new)
    plain = [c for c in new if _is_plain(c, given.specials)]
    if len(plain) < len(new):
        plain_set = set(plain)
        plain += [c for c in new if c not in plain_set]
    tokenizer(" ".join(plain))
