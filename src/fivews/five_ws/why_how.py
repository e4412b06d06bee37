"""Why and how: purpose, causal and manner phrases attached to the event verb.

*Why* is a purpose or causal clause or preposition phrase ("to protest against",
"because", "after", "over"); *how* is a manner or instrument preposition phrase ("with",
"by"). Either is absent when the event verb has none: most events have neither.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from fivews.five_ws.lexicon import PLACE_LABELS, FiveWsLexicon
from fivews.five_ws.phrases import is_temporal, trim_phrase
from fivews.five_ws.records import Candidate


def why_phrase(cand: Candidate, lexicon: FiveWsLexicon) -> Span | None:
    """A purpose or causal clause or phrase attached to the event verb, if any."""
    what = set(range(cand.what.start, cand.what.end))
    for child in cand.verb.rights:
        if child.i in what:
            continue
        if child.dep_ in ("advcl", "xcomp"):
            marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "aux")}
            if (
                child.dep_ == "advcl"
                and marks & lexicon.causal_marks
                and not is_temporal(child, lexicon)
            ):
                return clause(child, lexicon)
            if "to" in marks and child.tag_ == "VB":
                return clause(child, lexicon)
        if child.dep_ == "prep":
            phrase = " ".join(t.lower_ for t in child.doc[child.i : child.i + 3])
            causal = any(
                phrase == p or phrase.startswith(p + " ") for p in lexicon.causal_prepositions
            )
            if causal and not is_temporal(child, lexicon) and not _names_place(child, lexicon):
                return trim_phrase(child, lexicon, max_tokens=15)
    return None


def _names_place(prep: Token, lexicon: FiveWsLexicon) -> bool:
    """Whether a preposition's object is a place ("over the Odesa region")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return False
    return pobj.lower_ in lexicon.place_heads or any(
        t.ent_type_ in PLACE_LABELS for t in pobj.subtree
    )


def how_phrase(cand: Candidate, lexicon: FiveWsLexicon) -> Span | None:
    """A manner or instrument phrase attached to the event verb, if any."""
    what = set(range(cand.what.start, cand.what.end))
    for child in cand.verb.children:
        if child.i in what or child.dep_ != "prep":
            continue  # the passive agent ("by the army") has its own label: a who
        if child.lower_ in lexicon.manner_prepositions and not is_temporal(child, lexicon):
            return trim_phrase(child, lexicon, max_tokens=15)
    return None


def clause(verb: Token, lexicon: FiveWsLexicon, max_tokens: int = 15) -> Span:
    """A clause headed by ``verb`` with its marker, cut like :func:`trim_phrase`."""
    return trim_phrase(verb, lexicon, max_tokens=max_tokens)
