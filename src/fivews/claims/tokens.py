"""Small readers over tokens, token lists and their text, shared by the claim rules:
a token's lower-case lemma, a span's tokens and text, a subtree without some branches,
a phrase's edges stripped, a contiguous run, the wire dateline dropped, a leading article
dropped.

Tokens, children and subtrees come from the Doc's :class:`fivews.structure.DocReader`
(:func:`fivews.structure.reader_of`): while the component runs they are read once per Doc.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from fivews.structure import content_sentences, doc_text, reader_of


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _sentences(doc: Doc) -> list[Span]:
    """Content sentences (page chrome skipped when blocks are known)."""
    return list(content_sentences(doc))


def _span_tokens(doc: Doc, start: int, end: int) -> Sequence[Token]:
    """``list(doc[start:end])`` (the reader's Token objects: no new ones)."""
    return reader_of(doc).tokens[start:end]


def _tokens_of(span: Span) -> Sequence[Token]:
    """``list(span)`` (the reader's Token objects: no new ones)."""
    return _span_tokens(span.doc, span.start, span.end)


def _span_text(span: Span) -> str:
    """``span.text``, sliced from the Doc's text (``Span.text`` joins its Token objects)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def _children(token: Token) -> Sequence[Token]:
    """``token.children`` as a list, kept by the Doc's reader (callers only read it)."""
    return reader_of(token.doc).children_tokens(token)


def _subtree_of(token: Token) -> Sequence[Token]:
    """``token.subtree`` as a list, kept by the Doc's reader (callers only read it)."""
    return reader_of(token.doc).subtree_tokens(token)


def _subtree(token: Token, exclude: Iterable[Token] = ()) -> list[Token]:
    """Tokens of ``token``'s subtree, minus the subtrees rooted at ``exclude``."""
    banned: set[int] = set()
    for ex in exclude:
        banned.update(t.i for t in _subtree_of(ex))
    return [t for t in _subtree_of(token) if t.i not in banned]


#: Words that open a clause without being part of what it says ("said that X", "and Y").
LEADING_CONNECTIVES: frozenset[str] = frozenset({"that", "and", "but", "whether", "if"})
#: Closing marks that end a phrase (the rest of the punctuation is stripped from its end).
CLOSING_MARKS: frozenset[str] = frozenset({")", "\u201d", '"', "''"})


def _strip_clause_edges(tokens: list[Token]) -> list[Token]:
    """Sort ``tokens`` by position and strip from the edges what is not part of the phrase.

    From the start: punctuation, spaces, and a complementiser or conjunction
    (:data:`LEADING_CONNECTIVES`: "that", "and"…); from the end: spaces, a conjunction,
    and punctuation other than a closing bracket or quotation mark.
    """
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (
        toks[0].is_punct
        or toks[0].is_space
        or toks[0].dep_ in {"mark", "cc"}
        and toks[0].lower_ in LEADING_CONNECTIVES
    ):
        toks = toks[1:]
    while toks and (
        toks[-1].is_space
        or toks[-1].dep_ == "cc"
        or toks[-1].is_punct
        and toks[-1].text not in CLOSING_MARKS
    ):
        toks = toks[:-1]
    return toks


def _dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """``(paragraph start, dateline end)`` of each wire dateline in ``doc._.blocks``
    (found once, by :func:`fivews.article.find_dateline`)."""
    return reader_of(doc).memoised(
        "claims.dateline_spans", lambda r: [(start, d["end"]) for start, d in r.datelines]
    )


def _drop_dateline(tokens: list[Token]) -> list[Token]:
    """Drop the tokens of a wire dateline ("LONDON, June 12 (Reuters) -") from a content
    (sorted by position): those of the dateline's paragraph before the dateline's end."""
    if not tokens:
        return tokens
    first, last = tokens[0].idx, tokens[-1].idx
    for start, end in _dateline_spans(tokens[0].doc):
        if first < end and start <= last:  # (most contents are nowhere near it)
            tokens = [t for t in tokens if not start <= t.idx < end]
    return tokens


def _contiguous(tokens: list[Token]) -> list[Token]:
    """Fill the gaps of a token list to one contiguous run (content is reported as a span)."""
    if not tokens:
        return []
    return list(_span_tokens(tokens[0].doc, tokens[0].i, tokens[-1].i + 1))


def _comma_between(doc: Doc, left: int, right: int) -> bool:
    return any(t.text in {",", ";", ":"} for t in doc[left:right])


#: A leading article ("the ministry").
LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.I)


def _strip_det(text: str) -> str:
    return LEADING_ARTICLE.sub("", text.strip())
