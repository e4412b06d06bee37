"""How a short answer phrase is cut from the parse, and which words it is compared by.

:func:`trim_phrase` gives the phrase headed by a token without relative clauses,
appositions and trailing commas (every who, what, why and how is cut by it);
:func:`is_temporal` tells a time phrase ("on Thursday") from others; and
:func:`content_lemmas` gives the words candidates are compared by.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from fivews.five_ws.lexicon import CUT_PUNCT, FiveWsLexicon


def trim_phrase(head: Token, lexicon: FiveWsLexicon, max_tokens: int = 12) -> Span:
    """The phrase headed by ``head``, cut before relative clauses, appositions and
    commas after the head. A longer phrase is cut before its last preposition that
    keeps it within ``max_tokens``, else reduced to the head and its left modifiers."""
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    for tok in doc[head.i + 1 : end]:
        if tok.dep_ in lexicon.cut_deps and tok.head.i >= head.i and not is_title_name(tok):
            end = min(end, tok.left_edge.i)
        if tok.text in CUT_PUNCT or tok.is_space:
            end = min(end, tok.i)
    for tok in doc[start : head.i]:
        # A fronted clause ("In June, the army ...") or a dateline's tail ("(AP) —").
        # A hyphen inside a word ("front-runner") is no dash.
        dash = tok.text == "-" and (
            bool(tok.whitespace_) or tok.i == 0 or doc[tok.i - 1].whitespace_
        )
        if tok.text in CUT_PUNCT and _between_modifiers(tok):
            continue  # "highly personal, racially tinged attacks": one phrase
        if tok.text in CUT_PUNCT or tok.text == ")" or dash or tok.is_space:
            start = tok.i + 1
    if end - start > max_tokens:
        cuts = [
            t.i
            for t in doc[head.i + 1 : end]
            if t.dep_ in ("prep", "agent", "cc") and t.i - start <= max_tokens
        ]
        end = max(cuts) if cuts else head.i + 1
        if end - start > max_tokens:
            start = head.i
    while end - 1 > head.i and (
        doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "case", "prep", "det")
    ):
        end -= 1
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def is_title_name(appos: Token) -> bool:
    """Whether an apposition is the name its noun titles, written without a comma
    ("presidential candidate Senator Bernie Sanders", "the group's leader John Smith"):
    a proper name that starts right after its head noun. A name after a comma ("the
    senator, Bernie Sanders") or after a name is a separate apposition, cut as before."""
    head = appos.head
    return (
        appos.dep_ == "appos"
        and appos.pos_ == "PROPN"
        and head.pos_ == "NOUN"
        and appos.left_edge.i == head.i + 1
    )


def _between_modifiers(comma: Token) -> bool:
    """Whether a comma separates two modifiers of one noun ("personal, racially tinged")."""
    doc = comma.doc
    if comma.text != "," or comma.i == 0 or comma.i + 1 >= len(doc):
        return False
    before, after = doc[comma.i - 1], doc[comma.i + 1]
    return before.pos_ == "ADJ" and after.pos_ in ("ADJ", "ADV")


def is_temporal(prep: Token, lexicon: FiveWsLexicon) -> bool:
    """Whether a preposition phrase is about time ("on Thursday", "for three hours",
    but not "to six years in prison")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return False
    if prep.lower_ not in lexicon.temporal_prepositions:
        return False  # "to six years in prison" is a sentence, not a time
    return pobj.ent_type_ in ("DATE", "TIME") or pobj.lower_ in lexicon.time_words


def content_lemmas(tokens: Iterable[Token]) -> set[str]:
    """Lower-case lemmas of the content words (nouns, names, verbs, numbers, adjectives)."""
    return {
        t.lemma_.lower()
        for t in tokens
        if t.pos_ in ("NOUN", "PROPN", "VERB", "NUM", "ADJ") and not t.is_stop and len(t.text) > 1
    }
