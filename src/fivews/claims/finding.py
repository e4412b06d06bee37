"""Finding claims: every reporting-verb cue and every "according to X" in the content
sentences, with its subject and content (sources are resolved afterwards)."""

from __future__ import annotations

import bisect

import numpy
from spacy.attrs import LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from fivews.claims.content import clause_parts, content_of
from fivews.claims.cues import _source_phrase, _subject, cue_lemma, is_speaker
from fivews.claims.lexicon import ClaimLexicon
from fivews.claims.nominal import colon_claims, document_claims
from fivews.claims.quotes import MIN_QUOTE_TOKENS, _attach_quotes, _in_quote, find_quotes
from fivews.claims.records import Claim
from fivews.claims.tokens import _children, _strip_clause_edges, _subtree
from fivews.structure import reader_of


def find_claims(
    doc: Doc, sentences: list[Span], lexicon: ClaimLexicon, min_quote_tokens: int = MIN_QUOTE_TOKENS
) -> list[Claim]:
    """Find every attribution in ``sentences`` (sources not yet resolved)."""
    quotes = find_quotes(doc, min_quote_tokens)
    tokens = reader_of(doc).tokens
    candidates = _cue_candidates(doc)
    claims: list[Claim] = []
    for sent in sentences:
        first = bisect.bisect_left(candidates, sent.start)
        for i in candidates[first : bisect.bisect_left(candidates, sent.end, first)]:
            token = tokens[i]
            lemma = cue_lemma(token, lexicon)
            if lemma is not None:
                claim = _verb_claim(token, lemma, lexicon, quotes)
                if claim is not None:
                    claims.append(claim)
            elif _is_according_to(token):
                claim = _according_claim(token, lexicon)
                if claim is not None:
                    claims.append(claim)
    claims = _attach_quotes(doc, sentences, claims, quotes, lexicon.title_abbreviations)
    claims += colon_claims(sentences, lexicon, quotes) + document_claims(sentences, lexicon)
    claims.sort(key=lambda c: (c.start_char, c.cue.start if c.cue is not None else 0))
    return claims


#: The lower-case form of "according" as spaCy hashes it (``Token.lower``).
ACCORDING_ID: int = get_string_id("according")


def _cue_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that may be a cue or start "according to", ascending.

    A verb or auxiliary (what :func:`cue_lemma` checks first) or the word "according"
    (:func:`_is_according_to`): picked from the Doc's POS and LOWER arrays at once, so
    the many other tokens are never turned into Token objects and read one by one. (Not
    from the reader's columns: they are Python lists, and no other claims rule reads
    them; the array comparison is ~5x faster than building them.)
    """
    if not len(doc):
        return []
    values = doc.to_array([POS, LOWER])
    pos, lower = values[:, 0], values[:, 1]
    hits = (pos == VERB) | (pos == AUX) | (lower == numpy.uint64(ACCORDING_ID))
    return hits.nonzero()[0].tolist()


def _is_according_to(token: Token) -> bool:
    """Whether ``token`` starts "according to"."""
    doc = token.doc
    return (
        token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"
    )


def _verb_claim(
    token: Token, lemma: str, lexicon: ClaimLexicon, quotes: list[tuple[int, int]]
) -> Claim | None:
    # Cue verbs must occur outside any quotation content: "‘We said no,’ he added".
    if _in_quote(token, quotes):
        return None
    subject = _subject(token)
    if subject is None:
        return None
    content, heads = content_of(token, subject, lexicon)
    # Speech verbs with clausal content take any nominal subject ("the manufacturer
    # said X"); beliefs and objects need a subject that is known to speak ("economists
    # expect", not "the plan wants").
    clausal = any(h.dep_ == "ccomp" or h.i == token.head.i for h in heads) or any(
        _in_quote(t, quotes) for t in content[:1]
    )
    speech = (
        lexicon.verbs.get(lemma) not in {"belief", "commitment"}
        and lemma not in lexicon.evidence_verbs
    )
    # "one in three said X", "most said X": a share of the people asked
    share = subject.pos_ == "NUM" or subject.lower_ in lexicon.quantifier_subjects
    if (
        not is_speaker(subject, lexicon)
        and not share
        and not (speech and clausal and subject.pos_ in {"NOUN", "PROPN"})
    ):
        return None
    cue = token.doc[token.i : token.i + 1]
    if " " in lemma and any(c.dep_ == "prt" for c in _children(token)):
        prt = next(c for c in _children(token) if c.dep_ == "prt")
        cue = token.doc[min(token.i, prt.i) : max(token.i, prt.i) + 1]
    claim = Claim(cue=cue, cue_lemma=lemma, subject=_source_phrase(subject), content=content)
    claim.parts = clause_parts(heads, content, lexicon)
    return claim


def _according_claim(token: Token, lexicon: ClaimLexicon) -> Claim | None:
    """ "Y, according to X" / "According to X, Y"."""
    doc = token.doc
    to = doc[token.i + 1]
    pobj = next((c for c in _children(to) if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in _children(token) if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    anchor = token.head
    while anchor.pos_ not in {"VERB", "AUX"} and anchor.head.i != anchor.i:
        anchor = anchor.head
    if anchor.i == token.i:
        return None
    content = _strip_clause_edges(_subtree(anchor, exclude=[token]))
    # "according to figures released by the statistics office": keep who released them
    claim = Claim(
        cue=doc[token.i : token.i + 2],
        cue_lemma="according to",
        subject=_source_phrase(pobj, keep=frozenset({"acl"})),
        content=content,
    )
    claim.parts = clause_parts([anchor], content, lexicon)
    return claim
