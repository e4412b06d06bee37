"""spaCy's English rule lemmatizer, answering each kind of token once (``fivews_lemmatizer``).

spaCy's :class:`~spacy.lang.en.lemmatizer.EnglishLemmatizer` in ``"rule"`` mode visits
every token in Python: it builds a :class:`~spacy.tokens.Token`, looks its lemma up in a
cache keyed by ``(orth, pos, morph)`` (or works it out), and writes the string back
through ``token.lemma_``. The answer depends on nothing else: the rules read the token's
text, coarse part of speech and morphology, and the lookup tables.

:class:`MemoLemmatizer` is that lemmatizer (same class, tables, mode and serialisation)
with a faster ``__call__``: it reads ``ORTH``, ``POS``, ``MORPH`` and ``LEMMA`` of all
tokens with one ``Doc.to_array`` call, answers each ``(orth, pos, morph)`` once with
spaCy's own ``lemmatize``, and writes all lemmas back with one ``Doc.from_array`` call.
Tokens that already carry a lemma (set by the attribute ruler or the tokenizer's
exceptions) keep it, as in spaCy, unless ``overwrite`` is set. Any other mode, or a
token without a part of speech (for which spaCy warns), goes through spaCy's own code.

A kind of token not seen yet is answered by spaCy's own ``rule_lemmatize``, with one
change in what it reads: spaCy's English ``lemma_index`` table holds each part of
speech's known lemmas as a *list* (57,528 nouns), and ``rule_lemmatize`` asks ``form in
index`` of it for every candidate form, a linear scan (about 0.1 ms per new kind of
token, most of the lemmatizer's time on real news). While :class:`MemoLemmatizer` works,
its ``lookups`` is a copy whose index lists are frozensets of the same words
(:func:`fast_lookups`): membership, the only question asked of them, has the same
answer. The component's own tables, which it saves and loads, are left as they are.

No library offers this: spaCy's lemmatizer is the reference, and the speed-up rests on
its answer being a function of three token attributes, which the tests check token by
token against spaCy's output.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en import English
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.tokens import Doc

#: The lookup table whose lists :func:`fast_lookups` turns into sets.
INDEX_TABLE = "lemma_index"

#: Name of the component in the English pipelines that :func:`use_memo_lemmatizer`
#: replaces.
STOCK_NAME = "lemmatizer"

#: ``(orth, pos, morph)`` answers remembered at most; past this the memo starts again,
#: so memory stays flat however long the corpus is.
MAX_MEMO = 100_000


@English.factory(
    "fivews_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "rule",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
)
def make_memo_lemmatizer(
    nlp: Language,
    model: Any,
    name: str,
    mode: str,
    overwrite: bool,
    scorer: Callable[..., Any] | None,
) -> MemoLemmatizer:
    """spaCy factory for :class:`MemoLemmatizer` (the config of English ``lemmatizer``)."""
    return MemoLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


class MemoLemmatizer(EnglishLemmatizer):
    """:class:`~spacy.lang.en.lemmatizer.EnglishLemmatizer` that lemmatizes each kind of
    token once.

    Same arguments as spaCy's lemmatizer; only ``__call__`` differs, and only in
    ``"rule"`` mode.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.memo: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set every token's lemma, as ``Lemmatizer.__call__`` does."""
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            return super().__call__(doc)  # spaCy raises its own error for missing tables
        error_handler = self.get_error_handler()
        tables = self.lookups
        fast = _FAST_COPIES.get(tables)
        if fast is None:
            fast = _FAST_COPIES[tables] = fast_lookups(tables)
        self.lookups = fast
        try:
            self._apply(doc)
            return doc
        except Exception as exc:  # spaCy's components hand errors to the handler
            return error_handler(self.name, self, [doc], exc)
        finally:
            self.lookups = tables

    def _apply(self, doc: Doc) -> None:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        if len(self.memo) > MAX_MEMO:
            self.memo.clear()
        memo = self.memo
        # The memo keeps strings, not hashes: a string added inside one of spaCy's
        # memory zones leaves the StringStore when the zone closes, so each Doc adds
        # (again) the lemmas it uses, once per kind of token.
        hashes: dict[tuple[int, int, int], int] = {}
        add = self.vocab.strings.add
        overwrite = self.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = hashes.get(key)
            if value is None:
                text = memo.get(key)
                if text is None:
                    text = self.lemmatize(doc[i])[0]
                    if pos:  # no part of speech: spaCy warns each time, so ask it each time
                        memo[key] = text
                value = hashes[key] = add(text)
            lemmas[i] = value
        doc.from_array([LEMMA], numpy.ascontiguousarray(lemmas.reshape(-1, 1)))


#: The fast copy of each set of tables in use (kept outside the component, so that it is
#: neither pickled nor saved with it, and dropped with the tables).
_FAST_COPIES: weakref.WeakKeyDictionary[Lookups, Lookups] = weakref.WeakKeyDictionary()


def fast_lookups(lookups: Lookups) -> Lookups:
    """A copy of ``lookups`` sharing its tables, except that :data:`INDEX_TABLE`'s lists
    are frozensets of the same words (``in`` answers alike, in constant time)."""
    fast = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == INDEX_TABLE:
            table = Table.from_dict(
                {key: frozenset(words) for key, words in table.items()}, name=name
            )
        fast.set_table(name, table)
    return fast


def use_memo_lemmatizer(nlp: Language, name: str = STOCK_NAME) -> bool:
    """Replace spaCy's English rule lemmatizer called ``name`` by a :class:`MemoLemmatizer`.

    The new component gets the same lookup tables, mode and ``overwrite`` setting, at
    the same place in the pipeline. A lemmatizer of another class or mode (a user's own,
    or a lookup lemmatizer) is left alone.

    Returns:
        True if the component was replaced.
    """
    if name not in nlp.pipe_names:  # absent, or disabled by the user
        return False
    stock = nlp.get_pipe(name)
    if type(stock) is not EnglishLemmatizer or stock.mode != "rule":
        return False
    memo = nlp.replace_pipe(
        name, "fivews_lemmatizer", config={"mode": "rule", "overwrite": stock.overwrite}
    )
    memo.lookups = stock.lookups
    memo._validated = stock._validated
    return True
