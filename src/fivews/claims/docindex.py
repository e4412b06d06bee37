"""The per-Doc index: what the rules read from one Doc again and again, read once.

:class:`_DocIndex` lives in ``_INDEX_CACHE`` (a module-global dict keyed by ``id(doc)``)
only while :meth:`fivews.claims.ClaimExtractor.match` runs; the accessors below read
from it when it is there and from the Doc otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from fivews.structure import content_sentences, doc_text


@dataclass(eq=False)
class _DocIndex:
    """What the component reads from one Doc again and again, read once.

    ``doc.ents`` is rebuilt from the tokens on each access (the text is
    :func:`fivews.structure.doc_text`), and
    ``token.children`` and ``token.subtree`` are generators that make a new Token object
    per step; the rules ask for the same cue's children and the same clause's subtree
    several times (finding the content, its nested cues, its clauses, its date...). The
    index keeps the tokens and entities, and each token's children and subtree once
    asked for. :meth:`ClaimExtractor.match` keeps it in ``_INDEX_CACHE`` under ``id(doc)``
    while it runs and drops it afterwards, so nothing outlives the call.
    """

    tokens: list[Token]
    ents: tuple[Span, ...]
    children: dict[int, list[Token]] = field(default_factory=dict)  # by token index
    subtrees: dict[int, list[Token]] = field(default_factory=dict)  # by token index
    extensions: dict[str, Any] = field(default_factory=dict)  # see _extension
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)  # see _source_phrase

    @classmethod
    def of(cls, doc: Doc) -> _DocIndex:
        return cls(tokens=list(doc), ents=tuple(doc.ents))


_INDEX_CACHE: dict[int, _DocIndex] = {}


def _doc_tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, cached while :meth:`ClaimExtractor.match` runs on ``doc``."""
    index = _INDEX_CACHE.get(id(doc))
    return index.tokens if index is not None else list(doc)


def _doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, cached while :meth:`ClaimExtractor.match` runs on ``doc``."""
    index = _INDEX_CACHE.get(id(doc))
    return index.ents if index is not None else tuple(doc.ents)


def _extension(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` (None when there is no such extension), read once per Doc while
    ``match`` runs: each ``doc._`` access builds an accessor object (~2 us)."""
    index = _INDEX_CACHE.get(id(doc))
    if index is not None and name in index.extensions:
        return index.extensions[name]
    value = getattr(doc._, name) if Doc.has_extension(name) else None
    if index is not None:
        index.extensions[name] = value
    return value


def _tokens_of(span: Span) -> Sequence[Token]:
    """``list(span)`` (from the Doc's index while ``match`` runs: no new Tokens)."""
    return _span_tokens(span.doc, span.start, span.end)


def _span_text(span: Span) -> str:
    """``span.text``, sliced from the Doc's text (``Span.text`` joins its Token objects)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def _children(token: Token) -> Sequence[Token]:
    """``token.children`` as a list (see :func:`_kept_tokens`)."""
    return _kept_tokens(token, "children")


def _subtree_of(token: Token) -> Sequence[Token]:
    """``token.subtree`` as a list (see :func:`_kept_tokens`)."""
    return _kept_tokens(token, "subtree")


def _kept_tokens(token: Token, kind: str) -> Sequence[Token]:
    """``list(token.children)`` or ``list(token.subtree)`` (``kind``), kept in the Doc's
    index while ``match`` runs (callers only read it)."""
    index = _INDEX_CACHE.get(id(token.doc))
    if index is None:
        return list(getattr(token, kind))
    table = index.children if kind == "children" else index.subtrees
    found = table.get(token.i)
    if found is None:
        found = table[token.i] = list(getattr(token, kind))
    return found


def _span_tokens(doc: Doc, start: int, end: int) -> Sequence[Token]:
    """``list(doc[start:end])`` (from the Doc's index while ``match`` runs)."""
    index = _INDEX_CACHE.get(id(doc))
    return index.tokens[start:end] if index is not None else list(doc[start:end])


def _sentences(doc: Doc) -> list[Span]:
    """Content sentences (page chrome skipped when blocks are known)."""
    return list(content_sentences(doc))
