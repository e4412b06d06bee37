"""Sources a reader can group: the institution a spokesperson speaks for, a source type,
the addressee of a statement, and the markers that make it conditional.

* ``source_group`` (:func:`source_group`): a spokesperson, aide or official is grouped
  under the institution they speak for, read from the source's phrase or role: "the
  Russian defense ministry's spokesman" / "spokesman for the ministry" / "Pentagon
  spokesman Jeff Davis" / "State Department officials" -> that institution; any other
  source is its own group (its name).
* ``source_type`` (:func:`source_type`): government/official, military, armed group,
  ngo/monitor, media, expert, anonymous, document, else person; the first class of
  ``data/claim_sources.json`` with a word in the source's group, name, role or phrase.
* ``addressee`` (:func:`addressee`): whom the statement is addressed to, for cues whose
  object ("warned the U.S.-led coalition that…", "told reporters") or "to" phrase ("said
  to reporters") names them; never a part of the content.
* ``conditionals`` (:func:`conditionals`): "would" and "if"/"unless" in the content
  ("Moscow would have to retaliate if…"). A conditional is no hedge: it says under
  which condition something holds, not how sure the speaker is.

The word lists are general newsroom vocabulary (``data/claim_sources.json``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from fivews.claims.records import Claim, SpanRecord
from fivews.claims.tokens import _children, _lemma, _strip_clause_edges, _strip_det, _subtree_of
from fivews.lexicon import LexiconDir, load_json
from fivews.structure import doc_text

SOURCES_FILE = "claim_sources.json"
#: The source type when no class of ``claim_sources.json`` matches.
DEFAULT_TYPE = "person"

_WORD = re.compile(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*")


@dataclass(frozen=True)
class SourceLexicon:
    """The word lists of ``data/claim_sources.json``."""

    spokesperson_nouns: tuple[str, ...]
    types: tuple[tuple[str, frozenset[tuple[str, ...]]], ...]
    addressee_verbs: frozenset[str]
    addressee_preps: dict[str, frozenset[str]]
    conditional_markers: frozenset[str]
    spokesperson_pattern: re.Pattern[str]
    owner_pattern: re.Pattern[str]
    prefix_pattern: re.Pattern[str]


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


@functools.lru_cache(maxsize=4)
def load_source_lexicon(lexicon_dir: LexiconDir = None) -> SourceLexicon:
    """Load ``claim_sources.json`` (from ``lexicon_dir`` when it has one)."""
    data = load_json(SOURCES_FILE, lexicon_dir)
    nouns = tuple(sorted(data["spokesperson_nouns"], key=len, reverse=True))
    alt = "|".join(re.escape(n) for n in nouns)
    return SourceLexicon(
        spokesperson_nouns=nouns,
        types=tuple(
            (name, frozenset(_words(w) for w in words)) for name, words in data["types"].items()
        ),
        addressee_verbs=frozenset(data["addressee_verbs"]),
        addressee_preps={k: frozenset(v) for k, v in data["addressee_preps"].items()},
        conditional_markers=frozenset(data["conditional_markers"]),
        # "spokesman for the ministry", "a spokeswoman of the campaign"
        spokesperson_pattern=re.compile(
            rf"\b(?:{alt})\s+(?:for|of|at|with)\s+(?:the\s+)?(?P<group>[^,;()]+)", re.I
        ),
        # "the Russian defense ministry's spokesman"
        owner_pattern=re.compile(rf"(?:the\s+)?(?P<group>[^,;()]+?)['’]s?\s+(?:{alt})\b", re.I),
        # "Pentagon spokesman Jeff Davis", "State Department officials"
        prefix_pattern=re.compile(
            rf"^(?i:the\s+|a\s+|an\s+)?(?i:(?:senior|top|former|chief|deputy|other|two|three|"
            rf"several)\s+)*(?P<group>[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+)*?)\s+(?i:{alt})\b"
        ),
    )


def _group_in(text: str | None, lexicon: SourceLexicon) -> str | None:
    """The institution named in a spokesperson's phrase or role, or None."""
    if not text:
        return None
    for pattern in (lexicon.owner_pattern, lexicon.spokesperson_pattern, lexicon.prefix_pattern):
        m = pattern.search(text)
        if m:
            group = _strip_det(m.group("group")).strip(" .")
            if group and _words(group) and _words(group)[0] not in {"his", "her", "their", "its"}:
                return group
    return None


def source_group(
    name: str | None, phrase: str | None, role: str | None, lexicon: SourceLexicon
) -> str | None:
    """The group a reader files the source under: the institution a spokesperson speaks
    for (from the phrase as written, then the role), else the source's name."""
    return _group_in(phrase, lexicon) or _group_in(role, lexicon) or name


@functools.lru_cache(maxsize=8192)
def _word_ngrams(text: str) -> frozenset[tuple[str, ...]]:
    """The one- to three-word sequences of ``text``, lower case (kept: sources repeat)."""
    words = _words(text)
    return frozenset(words[i : i + n] for n in (1, 2, 3) for i in range(len(words) - n + 1))


def source_type(texts: Iterable[str | None], lexicon: SourceLexicon) -> str:
    """The first class of ``claim_sources.json`` with a word in ``texts``, else "person"."""
    grams = [_word_ngrams(t) for t in texts if t]
    for name, phrases in lexicon.types:
        if any(not phrases.isdisjoint(g) for g in grams):
            return name
    return DEFAULT_TYPE


def _span(tokens: Sequence[Token]) -> SpanRecord | None:
    tokens = _strip_clause_edges(list(tokens))
    if not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    return {"text": doc_text(first.doc)[start:end], "start": start, "end": end}


def addressee(claim: Claim, lemma: str | None, lexicon: SourceLexicon) -> SpanRecord | None:
    """Whom the statement is addressed to ("warned the coalition", "said to reporters")."""
    if claim.cue is None or not lemma:
        return None
    cue = claim.cue.root
    content = {t.i for t in claim.content}
    for child in _children(cue):
        if child.i in content or child.i < cue.i:
            continue
        if child.dep_ in {"dobj", "dative"} and lemma in lexicon.addressee_verbs:
            if not any(t.i in content for t in _subtree_of(child)):
                return _span(_subtree_of(child))
        if child.dep_ == "prep" and child.lower_ in lexicon.addressee_preps.get(lemma, ()):
            pobj = next((g for g in _children(child) if g.dep_ == "pobj"), None)
            if pobj is not None and not any(t.i in content for t in _subtree_of(pobj)):
                return _span(_subtree_of(pobj))
    return None


def conditionals(tokens: Sequence[Token], lexicon: SourceLexicon) -> list[SpanRecord]:
    """The conditional markers in a content: "would" as a modal, "if"/"unless" as a
    subordinator."""
    out: list[SpanRecord] = []
    for t in tokens:
        word = _lemma(t)
        if word not in lexicon.conditional_markers:
            continue
        if t.tag_ == "MD" or t.dep_ == "mark":
            out.append({"text": t.text, "start": t.idx, "end": t.idx + len(t.text)})
    return out
