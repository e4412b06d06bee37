"""What kind of clause a verb heads: an event, a verb of saying, or background.

These readings of the parse decide which verbs can be the main event
(:func:`is_saying`, :func:`is_background`), how a clause hung on a dateline is read
(:func:`effective_dep`), and which tokens belong to the event's own clause when its
time and place are looked for (:func:`event_region`).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from fivews.five_ws.layers import in_ranges
from fivews.five_ws.lexicon import BACKGROUND_DEPS, FiveWsLexicon
from fivews.lexicon import verb_stances
from fivews.structure import DocReader
from fivews.syntax import CLAUSE_SUBJECT_DEPS

#: Stances of attribution cues that ascribe an inner state, not an utterance: "the mayor
#: intends to sit out the race" is an attributed intention (a claim) and still an event.
INNER_STATE_STANCES: frozenset[str] = frozenset({"belief", "commitment"})


@functools.cache
def _inner_state_cues() -> frozenset[str]:
    """Cue lemmas whose stance is an inner state (``INNER_STATE_STANCES``)."""
    return frozenset(v for v, stance in verb_stances().items() if stance in INNER_STATE_STANCES)


def is_saying(verb: Token, cues: list[tuple[int, int]], lexicon: FiveWsLexicon) -> bool:
    """Whether ``verb`` is a verb of saying (in one of the claims' ``cues``, or a reporting
    verb), not an event. A claims cue that ascribes an inner state ("intends", "hopes",
    "plans") and is no reporting verb of this layer is an event.

    A reporting verb with a nominal object and no clause is an event ("confirmed the
    death toll", "reported a 54% jump in profit"), unless the object is the addressee
    ("told reporters").
    """
    has_clause = any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
    has_object = any(c.dep_ in ("dobj", "dative", "attr") for c in verb.children)
    if has_object and not has_clause and verb.lemma_.lower() not in lexicon.addressee_verbs:
        return False
    lemma = verb.lemma_.lower()
    if in_ranges(verb.idx, cues) and (
        lemma in lexicon.reporting_verbs or lemma not in _inner_state_cues()
    ):
        return True
    if lemma not in lexicon.reporting_verbs:
        return False
    # "said Thursday that ...", "X, the ministry said": a saying verb governs a clause
    # or stands beside one.
    if has_clause or verb.dep_ == "parataxis":
        return True
    return verb.dep_ in ("ROOT", "conj", "advcl")


def effective_dep(verb: Token, dateline: range) -> str:
    """The verb's clause label, reading a clause that the parser hung on the ``dateline``
    tokens ("KYIV, Ukraine (AP) — Ukrainian air defenses shot down ...") and a main verb
    read as a noun's modifier (:func:`is_misread_main_verb`) as a main clause."""
    if verb.dep_ != "ROOT" and verb.head.i in dateline and verb.i not in dateline:
        return "ROOT"
    if is_misread_main_verb(verb) or is_misread_relative(verb):
        return "ROOT"
    if is_embedded_question(verb):
        return "ccomp"
    if verb.dep_ == "ccomp" and verb.i < verb.head.i and is_embedded_question(verb.head):
        return "ROOT"  # "The poll revealed A, B and how Utah may be ...": the real main verb
    return verb.dep_


def is_embedded_question(verb: Token) -> bool:
    """Whether the parser made an embedded question the sentence's root: "The poll
    revealed support for X, the role of Y and how Utah may be the state to watch" parsed
    with "be" the root and "revealed" its clause. A root verb whose wh-adverb ("how",
    "why") stands inside the sentence before its subject, in a sentence that asks
    nothing, is what another verb reports, not the main clause."""
    if verb.dep_ != "ROOT" or verb.sent.text.rstrip(" \t\n\"'”’)").endswith("?"):
        return False
    # The subject nearest the verb ("how Utah may be": "Utah", not a noun the parser
    # also hung on the verb further left).
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    return subject is not None and any(
        c.dep_ == "advmod" and c.tag_ == "WRB" and verb.sent.start < c.i < subject.i
        for c in verb.lefts
    )


def is_misread_main_verb(verb: Token) -> bool:
    """Whether the parser read a sentence's main verb as a modifier of its subject noun:
    "Tension flared in the race on Thursday" parsed as the noun "Tension" (the root)
    with "flared" its ``acl``. A noun's reduced relative is a participle ("troops
    deployed in the city"); a past-tense form (``VBD``) right after the root noun is
    the main verb, and that noun its subject."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i == verb.i - 1
    )


#: Tags of a finite auxiliary ("will", "has", "have", "was").
FINITE_AUX_TAGS = frozenset({"MD", "VBZ", "VBP", "VBD"})


def finite_conj(verb: Token) -> Token | None:
    """The verb the parser hung on a participle as its conjunct when the participle is
    really a reduced relative of the subject: in "Emails exchanged among officials have
    been entered into the record" (parsed "exchanged" + conj "entered") the event is
    "have been entered"; "exchanged" describes the emails. The participle (past tense or
    past participle, no auxiliary of its own) and the conjunct (finite auxiliaries, no
    subject of its own) are joined by no conjunction or comma."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    conj = next((c for c in verb.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
    if conj is None or any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in conj.children):
        return None
    if not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_AUX_TAGS and c.i < conj.i
        for c in conj.children
    ):
        return None
    if any(
        c.dep_ in ("cc", "punct") and verb.i < c.i < conj.i and c.lower_ != "-"
        for c in verb.children
    ):
        return None
    return conj


def clause_anchor(verb: Token) -> Token:
    """The token whose label places ``verb``'s clause: the participle it stands in for
    when ``verb`` is the :func:`finite_conj` of a reduced relative, else the verb."""
    head = verb.head
    if verb.dep_ == "conj" and head.i != verb.i:
        conj = finite_conj(head)
        if conj is not None and conj.i == verb.i:
            return head
    return verb


#: Words that open a relative clause.
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})


def is_misread_relative(verb: Token) -> bool:
    """Whether the parser read a sentence's main clause as a relative clause of a noun
    because a name follows that noun ("The American auto company Chrysler filed for
    bankruptcy Thursday, however a deal ... went through": "Chrysler filed" parsed as a
    relative clause of "company"). The clause's subject is a name written right after
    the noun, no relative word opens it, the noun is its sentence's first noun phrase and
    the verb is in the past or present tense: a noun and its name, then the verb."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    head = verb.head
    subj = next((c for c in verb.lefts if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    if subj is None or subj.pos_ != "PROPN" or subj.left_edge.i != head.i + 1:
        return False
    if any(t.lower_ in RELATIVE_WORDS for t in verb.doc[head.i + 1 : verb.i]):
        return False
    return head.pos_ == "NOUN" and head.left_edge.i == head.sent.start


def is_background(verb: Token, dateline: range) -> bool:
    """Whether a verb sits, at any depth, in a relative clause, a noun modifier or a
    preposition phrase: background, never the main event. A clause hung on the
    ``dateline`` tokens is a main clause."""
    if finite_conj(verb) is not None:
        return True  # a reduced relative of the subject, parsed as the main verb
    token = clause_anchor(verb)
    for _ in range(12):
        if (
            token.dep_ == "ROOT"
            or token.head.i in dateline
            or is_misread_main_verb(token)
            or is_misread_relative(token)
        ):
            return False
        if token.dep_ in BACKGROUND_DEPS:
            return True
        token = token.head
    return False


def event_region(verb: Token, lexicon: FiveWsLexicon) -> set[int]:
    """Token indices of the event's clause: the verb's subtree without any clause of
    saying attached to it ("..., officials said Tuesday") and without relative
    clauses and appositions, which describe a participant ("X, who had been in
    office since 2017, stepped down")."""
    region = {t.i for t in verb.subtree}
    for tok in verb.subtree:
        if tok.i == verb.i:
            continue
        saying = (
            tok.head.i == verb.i
            and tok.dep_ in ("ccomp", "parataxis", "advcl", "conj")
            and tok.lemma_.lower() in lexicon.reporting_verbs
        )
        if saying or tok.dep_ in ("relcl", "acl", "appos"):
            region -= {t.i for t in tok.subtree}
    return region


def event_region_of(reader: DocReader, verb: Token, lexicon: FiveWsLexicon) -> set[int]:
    """:func:`event_region` of ``verb``, computed once per reading (when and where both
    ask for the main event's); the caller must not change the set."""
    regions: dict[int, set[int]] = reader.memoised("five_ws.event_regions", lambda r: {})
    region = regions.get(verb.i)
    if region is None:
        region = regions[verb.i] = event_region(verb, lexicon)
    return region
