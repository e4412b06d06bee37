"""What was done: a short verb phrase around the event verb.

The phrase is the auxiliaries, negation, the verb and its particle, plus its object or
clausal complement, else its first non-temporal preposition phrase, cut before relative
clauses and appositions ("seized the main airport in Goma", not the whole sentence).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from fivews.five_ws.lexicon import CUT_PUNCT, FiveWsLexicon
from fivews.five_ws.phrases import is_temporal, trim_phrase
from fivews.five_ws.records import Candidate, WhatAnswer
from fivews.structure import reader_of
from fivews.syntax import CLAUSE_SUBJECT_DEPS

#: Modifiers a bare verb phrase is extended with.
BARE_VERB_EXTENSIONS = frozenset({"advmod", "prep", "acomp", "npadvmod", "oprd", "dobj", "attr"})


def verb_phrase(verb: Token, lexicon: FiveWsLexicon, max_tokens: int = 14) -> Span:
    """A short verb phrase: auxiliaries, negation, the verb, a particle, and its
    object or clausal complement, else its first non-temporal preposition phrase.

    The phrase is at most ``max_tokens`` long (the component's ``max_what_tokens``).
    A copula with an expletive subject ("It was common for reporters to portray him as
    ...", "It is clear that the senator will vote ...") gives the phrase of the clause it
    introduces.
    """
    clause = extraposed_clause(verb)
    if clause is not None:
        return verb_phrase(clause, lexicon, max_tokens)
    doc = verb.doc
    keep = {verb.i}
    for child in verb.lefts:
        if child.dep_ in ("aux", "auxpass", "neg") and verb.i - child.i <= 3:
            if child.dep_ == "aux" and child.lower_ == "to":
                continue  # an infinitive's "to" is no part of what was done
            keep.add(child.i)
    rights = list(verb.rights)
    for child in rights:
        if child.dep_ in ("prt", "neg") or (
            child.dep_ == "advmod" and child.i == verb.i + 1 and child.pos_ == "ADP"
        ):
            keep.add(child.i)  # "shot down", "walked out"
    obj = next((c for c in rights if c.dep_ in lexicon.object_deps), None)
    if obj is not None:
        keep.update(t.i for t in trim_phrase(obj, lexicon, max_tokens=10))
        if obj.pos_ == "PRON" and obj.i == max(keep):
            # "found itself at the center of the crisis", "asked her about it": a
            # pronoun object says little without the preposition phrase after it.
            keep.update(_first_place_phrase(verb, lexicon, max_tokens=8, after=obj.i))
    comp = next((c for c in rights if c.dep_ in lexicon.complement_deps), None)
    if comp is not None and not _is_clause_of_saying(comp, lexicon):
        inner = {comp.i}
        inner.update(c.i for c in comp.lefts if c.dep_ in ("aux", "neg"))
        subj = next((c for c in comp.lefts if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
        if subj is not None:
            inner.update(t.i for t in trim_phrase(subj, lexicon, max_tokens=6))
        comp_obj = next(
            (c for c in comp.rights if c.dep_ in lexicon.object_deps or c.dep_ == "prt"), None
        )
        if comp_obj is not None:
            inner.update(t.i for t in trim_phrase(comp_obj, lexicon, max_tokens=6))
        else:
            # "is planning to withdraw from the race": an objectless complement takes
            # the preposition phrase that follows it.
            inner.update(_first_place_phrase(comp, lexicon, max_tokens=6))
        if min(inner) <= max(keep) + 3:
            keep |= inner
    if obj is None:
        # "calling on Hillary Clinton to ...": a preposition phrase before the complement.
        prep = next((c for c in rights if c.dep_ == "prep" and not is_temporal(c, lexicon)), None)
        if prep is not None and prep.i - verb.i <= 4 and (comp is None or prep.i < comp.i):
            keep.update(t.i for t in trim_phrase(prep, lexicon, max_tokens=10))
            if not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
                # "through with Senator Sanders": an objectless particle-like preposition
                # and the phrase that follows it.
                nxt = next((c for c in rights if c.i > prep.i and c.dep_ == "prep"), None)
                if nxt is not None and nxt.i == prep.i + 1:
                    keep.update(t.i for t in trim_phrase(nxt, lexicon, max_tokens=8))
    if max(keep) <= verb.i + 1 and not any(doc[i].dep_ == "prt" for i in keep):
        # A bare verb ("are not", "was") takes its first modifier on the right
        # ("are not through with Bernie Sanders", "was down to the wire").
        extra = next(
            (c for c in rights if c.dep_ in BARE_VERB_EXTENSIONS and c.i - verb.i <= 3), None
        )
        if extra is not None:
            keep.update(t.i for t in trim_phrase(extra, lexicon, max_tokens=8))
    start, end = min(keep), max(keep) + 1
    if end - start > max_tokens:
        end = start + max_tokens
    end = name_end(verb, start, end, max_tokens)
    while end - 1 > verb.i and (
        doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "prep", "det")
    ):
        end -= 1
    return doc[start:end]


#: Entity labels a what may end inside (a date or an amount is cut like any phrase).
_CUTTABLE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT"})


def name_end(verb: Token, start: int, end: int, max_tokens: int) -> int:
    """Where a phrase ``doc[start:end]`` of ``verb``'s sentence ends so that it does not
    stop inside a name ("a big win in the Democrats Abroad global primary", not "... in
    the Democrats"): the name's end, if the phrase stays within ``max_tokens`` plus a
    few words, else the name's start."""
    reader = reader_of(verb.doc)
    sent_start = reader.sent_of[verb.i]
    for ent in reader.ents_in(sent_start, reader.sent_end[sent_start]):
        if ent.start < end < ent.end and ent.label_ not in _CUTTABLE_LABELS:
            if ent.end - start <= max_tokens + 3:
                return ent.end
            return ent.start if ent.start > verb.i else end
    return end


def _first_place_phrase(
    head: Token, lexicon: FiveWsLexicon, max_tokens: int, after: int | None = None
) -> set[int]:
    """Token indices of the non-temporal preposition phrase of ``head`` that starts
    right after ``after`` (by default the head itself), else none."""
    start = head.i if after is None else after
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.i > start), None)
    if prep is None or prep.i != start + 1 or is_temporal(prep, lexicon):
        return set()
    if not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return set()
    return {t.i for t in trim_phrase(prep, lexicon, max_tokens=max_tokens)}


def extraposed_clause(verb: Token) -> Token | None:
    """The clause an expletive "it" stands for: the verb of the infinitive or "that"
    clause of "it" + be + adjective or noun ("It was unusual for the senator to vote
    against the bill" gives "vote"), else None."""
    if verb.lemma_.lower() != "be":
        return None
    children = list(verb.children)
    if not any(c.dep_ in CLAUSE_SUBJECT_DEPS and c.lower_ == "it" for c in children):
        return None
    if not any(c.dep_ in ("acomp", "attr") for c in children):
        return None
    for child in verb.rights:
        if child.dep_ not in ("advcl", "ccomp", "xcomp") or child.pos_ not in ("VERB", "AUX"):
            continue
        lefts = list(child.lefts)
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in lefts) or any(
            m.dep_ == "mark" and m.lower_ in ("that", "for") for m in lefts
        ):
            return child
    return None


def saying_phrase(verb: Token, lexicon: FiveWsLexicon, max_tokens: int = 14) -> Span:
    """What a verb of saying did: the verb, its addressee and the start of what it
    reports ("said his wife was uniquely qualified to be president", "told delegates at
    the convention that ..."), cut at ``max_tokens`` and before a comma after the
    reported clause's verb."""
    doc = verb.doc
    start = min([verb.i, *(c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg"))])
    comp = next((c for c in verb.rights if c.dep_ in ("ccomp", "xcomp")), None)
    if comp is None:
        return verb_phrase(verb, lexicon, max_tokens)
    end = min(comp.right_edge.i + 1, start + max_tokens)
    if end <= comp.i and comp.left_edge.i > verb.i + 1:
        # The reported clause does not fit: stop before it, not inside its subject
        # ("told delegates at the convention", not "... that Clinton's use").
        end = comp.left_edge.i
    for tok in doc[comp.i + 1 : end]:
        if tok.text in CUT_PUNCT or tok.dep_ in ("relcl", "appos", "advcl"):
            end = tok.i
            break
    end = name_end(verb, start, end, max_tokens)
    while end - 1 > verb.i and (
        doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "prep", "det", "mark")
    ):
        end -= 1
    return doc[start:end]


def _is_clause_of_saying(comp: Token, lexicon: FiveWsLexicon) -> bool:
    """Whether a complement clause with its own subject is what a saying verb reports."""
    return (
        comp.dep_ == "ccomp"
        and any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in comp.children)
        and (comp.head.lemma_.lower() in lexicon.reporting_verbs)
    )


def what_answer(cand: Candidate) -> WhatAnswer:
    """The what of the main event: the candidate's verb phrase and the verb's lemma."""
    return {
        "text": cand.what.text,
        "start": cand.what.start_char,
        "end": cand.what.end_char,
        "lemma": cand.verb.lemma_,
    }
