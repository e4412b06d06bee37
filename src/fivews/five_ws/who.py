"""Who did it: the subject phrase of the event verb, linked to an entity.

The subject is the verb's own or a coordinated verb's; after a wire dateline it is the
noun phrase after the dash (the parser often makes the dateline's city the subject), and
after a city in capitals that no dash marks, the noun hung on it; a
main verb the parser left without one takes the name it misparsed (:func:`misparsed_subject`);
"he"/"she"/"it" take a named antecedent from the same or the previous sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from fivews.five_ws.clauses import effective_dep, is_misread_main_verb
from fivews.five_ws.dateline import dateline_range
from fivews.five_ws.layers import in_ranges, quote_ranges
from fivews.five_ws.lexicon import PERSONAL_PRONOUNS, FiveWsLexicon
from fivews.five_ws.phrases import trim_phrase
from fivews.five_ws.records import Candidate, WhoAnswer, linked_span
from fivews.five_ws.what import extraposed_clause
from fivews.structure import DocReader
from fivews.syntax import CLAUSE_SUBJECT_DEPS


def subject_of(verb: Token, reader: DocReader, lexicon: FiveWsLexicon) -> Span | None:
    """The subject phrase of ``verb``: its own or a coordinated verb's; a personal
    pronoun is replaced by a named antecedent when one is near."""
    dateline = dateline_range(reader)
    token = verb
    for _ in range(3):
        subj = next((c for c in token.children if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
        if subj is not None:
            if subj.i in dateline:
                return subject_after_dateline(verb, reader)
            glued = subject_after_unmarked_dateline(subj)
            if glued is not None:
                return from_determiner(trim_phrase(glued, lexicon))
            if subj.lower_ == "it":
                # "It was common for news accounts to portray X": the expletive stands
                # for the clause, whose own subject is who did it.
                inner = extraposed_subject(token)
                if inner is not None:
                    return trim_phrase(inner, lexicon)
            if subj.lower_ in PERSONAL_PRONOUNS and not is_writers_pronoun(subj, reader):
                found = antecedent(subj, reader, lexicon)
                if found is not None:
                    return found
            return trim_phrase(subj, lexicon)
        # "stormed ... and seized": a conjoined or complement verb shares the subject.
        if token.dep_ in ("conj", "xcomp") and token.head.pos_ in ("VERB", "AUX"):
            token = token.head
            continue
        if is_misread_main_verb(token):
            return trim_phrase(token.head, lexicon)  # "Tension flared ...": the noun
        if effective_dep(token, dateline) == "ROOT" and dateline:
            return subject_after_dateline(verb, reader)
        misparsed = misparsed_subject(token)
        return trim_phrase(misparsed, lexicon) if misparsed is not None else None
    return None


def extraposed_subject(verb: Token) -> Token | None:
    """The subject of the clause an expletive "it" stands for ("It was common for news
    accounts to portray X": "accounts"): the clause's own subject, else the object of
    the "for" that introduces it. None when there is no such clause or no such subject."""
    clause = extraposed_clause(verb)
    if clause is None:
        return None
    inner = next((c for c in clause.children if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    if inner is None:
        inner = next(
            (
                t
                for t in verb.doc[verb.i + 1 : clause.i]
                if t.dep_ == "pobj" and t.head.lower_ == "for"
            ),
            None,
        )
    return inner if inner is not None and inner.pos_ != "PRON" else None


def misparsed_subject(verb: Token) -> Token | None:
    """The subject of a main verb that the parser left without one, in two frequent
    misparses of news sentences: the name just before the verb (or before a parenthesis
    there, "Sen. Lindsey Graham (R-SC) called ...") hung as an apposition ("..., former
    president Bill Clinton said ...": "Clinton" an ``appos`` of an earlier name), and
    "X, who ..., said" read as a clause "X who ..." of the verb (its subject is the other
    subject of that clause, not "who")."""
    if verb.dep_ != "ROOT":
        return None
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is not None and before.text == ")":
        # "Sen. Lindsey Graham (R-SC) called ...": the name before the parenthesis.
        opening = next(
            (t for t in reversed(doc[verb.sent.start : before.i]) if t.text == "("), None
        )
        before = doc[opening.i - 1] if opening is not None and opening.i > verb.sent.start else None
    if before is not None and before.dep_ == "appos" and before.pos_ == "PROPN":
        return before
    for clause in verb.lefts:
        if clause.dep_ not in ("ccomp", "advcl", "parataxis"):
            continue
        subjects = [c for c in clause.children if c.dep_ in CLAUSE_SUBJECT_DEPS]
        if any(c.lower_ == "who" for c in subjects):
            named = [c for c in subjects if c.lower_ != "who" and c.pos_ in ("PROPN", "NOUN")]
            if named:
                return named[0]
    return None


def subject_after_dateline(verb: Token, reader: DocReader) -> Span | None:
    """The first noun phrase between a dateline and the verb (the parser often makes
    the dateline's city the subject)."""
    after = max(dateline_range(reader)) + 1
    doc = verb.doc
    # The chunks of ``Doc.noun_chunks``, in the same order, read only up to the verb
    # (``Doc.noun_chunks`` chunks the whole Doc before it yields the first).
    for start, end, label in doc.noun_chunks_iterator(doc):
        if start >= after and end <= verb.i:
            return Span(doc, start, end, label=label)
        if start >= verb.i:
            break
    return None


def subject_after_unmarked_dateline(subj: Token) -> Token | None:
    """The noun the parser hung on a dateline that no dash marks ("AUSTIN, Texas A white
    nationalist leader ... is scheduled", "LOUISVILLE, KY--(Marketwire ...) -- NTS Realty
    ... announced"): when the subject is a city in capitals opening its sentence, followed
    by a comma, its apposition or conjunct after the comma is who acts. None otherwise."""
    doc = subj.doc
    if subj.i != subj.sent.start or subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ",":
        return None
    if not (subj.is_alpha and subj.is_upper and len(subj.text) > 2):
        return None
    later = [c for c in subj.head.children if c.dep_ in CLAUSE_SUBJECT_DEPS and c.i > subj.i]
    if later:
        return later[0]  # "DENVER, Colorado A chemist ... is": the verb's second subject
    # The dateline's state or country ("AUSTIN, Texas") is the name right after the
    # comma; who acts is a common noun, or a name further on.
    hung = [
        c
        for c in subj.rights
        if c.dep_ in ("appos", "conj")
        and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.left_edge.i > subj.i + 3))
    ]
    return hung[-1] if hung else None


def from_determiner(span: Span) -> Span:
    """The phrase from its article on, when words of the dateline stand before it
    ("Texas A white nationalist leader": "A white nationalist leader")."""
    det = next(
        (
            t
            for t in span
            if t.dep_ == "det" and t.lower_ in ("a", "an", "the") and t.i > span.start
        ),
        None,
    )
    return span if det is None else span.doc[det.i : span.end]


#: Pronouns of the first person: outside a quotation they are the writer (a column, a
#: reader's letter), never a person named earlier.
FIRST_PERSON = frozenset({"i", "we"})


def is_writers_pronoun(pronoun: Token, reader: DocReader) -> bool:
    """Whether a first-person pronoun stands outside every quotation: the writer speaks
    ("I cannot see any future for this party"), so no earlier name is its antecedent."""
    return pronoun.lower_ in FIRST_PERSON and not in_ranges(pronoun.idx, quote_ranges(reader))


def antecedent(pronoun: Token, reader: DocReader, lexicon: FiveWsLexicon) -> Span | None:
    """A named antecedent for a personal pronoun: the nearest preceding subject that is
    a name, in the same or the previous sentence (a small, cautious rule: "he" and
    "she" take people, "it" takes organisations and places)."""
    doc = pronoun.doc
    start = pronoun.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    word = pronoun.lower_
    dateline = dateline_range(reader)
    for tok in reversed(doc[start : pronoun.i]):
        if tok.dep_ not in CLAUSE_SUBJECT_DEPS or tok.pos_ == "PRON" or tok.i in dateline:
            continue
        labels = {t.ent_type_ for t in tok.subtree if t.ent_type_}
        if not labels and tok.pos_ != "PROPN":
            continue
        if word in ("he", "she") and labels and "PERSON" not in labels:
            continue
        if word == "it" and "PERSON" in labels:
            continue
        return trim_phrase(tok, lexicon)
    return None


def who_answer(cand: Candidate, reader: DocReader) -> WhoAnswer:
    """The who of the main event, linked to an entity of the entities layer if any."""
    span = cand.subject
    if span is None:
        return {"text": None, "start": None, "end": None, "entity": None, "label": None}
    entity = reader.layers.entity_at(span.start_char, span.end_char)
    label = (
        entity.get("label")
        if entity
        else next((e.label_ for e in reader.ents_in(span.start, span.end)), None)
    )
    return {**linked_span(span, entity), "label": label}
