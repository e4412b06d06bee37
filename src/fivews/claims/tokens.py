"""Small readers over tokens, token lists and their text, shared by the claim rules:
a token's lower-case lemma, a subtree without some branches, trimmed edges, a
contiguous run, a wire dateline stripped, a leading article dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from fivews.claims.docindex import _span_tokens, _subtree_of


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _subtree(token: Token, exclude: Iterable[Token] = ()) -> list[Token]:
    """Tokens of ``token``'s subtree, minus the subtrees rooted at ``exclude``."""
    banned: set[int] = set()
    for ex in exclude:
        banned.update(t.i for t in _subtree_of(ex))
    return [t for t in _subtree_of(token) if t.i not in banned]


def _trim(tokens: list[Token]) -> list[Token]:
    """Sort, and strip punctuation, spaces and a leading complementiser from the edges."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (
        toks[0].is_punct
        or toks[0].is_space
        or toks[0].dep_ in {"mark", "cc"}
        and toks[0].lower_ in {"that", "and", "but", "whether", "if"}
    ):
        toks = toks[1:]
    while toks and (
        toks[-1].is_space
        or toks[-1].dep_ == "cc"
        or toks[-1].is_punct
        and toks[-1].text not in {")", "\u201d", '"'}
    ):
        toks = toks[:-1]
    return toks


def _strip_dateline(tokens: list[Token]) -> list[Token]:
    """Drop a wire dateline ("LONDON, June 12 (Reuters) -") from the start of a content."""
    if not tokens or not (tokens[0].is_upper and len(tokens[0].text) > 1):
        return tokens
    for k, t in enumerate(tokens[:15]):
        if t.text in {"-", "\u2013", "\u2014", "--"} and k + 1 < len(tokens):
            return tokens[k + 1 :]
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
