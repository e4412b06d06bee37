"""Which ACLED-like type an event gets: the lemmas to look up, refined by its actors.

Rule 7 of the package docstring: the trigger's lemmas, most specific first ("air
strike" before "strike", a phrasal verb's "take off" instead of "take"), then its folded
verbs and its event-noun subject, are looked up in ``data/event_types.json``
(:class:`~fivews.events.lexicon.EventTypeMap`); the agent and patient phrases refine the
answer (a state agent capturing ground "regains territory").
"""

from __future__ import annotations

from fivews.events.detect import Candidate
from fivews.events.labels import OBJECT_DEPS
from fivews.events.lexicon import EventLexicon, EventTypeMap
from fivews.events.records import EventActor
from fivews.structure import DocReader
from fivews.syntax import SUBJECT_DEPS


def classify_event(
    cand: Candidate,
    actors: list[EventActor],
    reader: DocReader,
    lexicon: EventLexicon,
    types: EventTypeMap,
) -> tuple[str, str]:
    """``(event_type, sub_event_type)`` of an event with the given actors."""
    agent = " ".join(a["text"] for a in actors if a["role"] == "agent")
    patient = " ".join(a["text"] for a in actors if a["role"] == "patient")
    return types.classify(type_lemmas(cand, reader, lexicon, types), agent, patient)


def type_lemmas(
    cand: Candidate, reader: DocReader, lexicon: EventLexicon, types: EventTypeMap
) -> list[str]:
    """Lemmas to look up, most specific first ("bombing campaign" -> bombing, campaign)."""
    trig = cand.trigger
    children = reader.children_tokens(trig)
    lemmas: list[str] = []
    compounds = [c for c in children if c.dep_ == "compound"]
    if len(compounds) == 1:  # "air strike" as one lemma
        lemmas.append(f"{compounds[0].lemma_.lower()} {trig.lemma_.lower()}")
    generic = trig.lemma_.lower() in types.generic_triggers
    particle = next((c for c in children if c.dep_ == "prt"), None)
    idiom = any(
        c.dep_ in OBJECT_DEPS and c.lemma_.lower() in lexicon.idiom_objects for c in children
    )
    if idiom:  # "took place", "took part": the verb names no event type
        pass
    elif particle is not None:  # "take off" is not "take": only the phrasal lemma counts
        lemmas.append(f"{trig.lemma_.lower()} {particle.lower_}")
    elif generic:
        lemmas.extend(c.lemma_.lower() for c in compounds)
    else:
        lemmas.append(trig.lemma_.lower())
        if trig.lower_ != trig.lemma_.lower():  # "talks" is not "talk"
            lemmas.insert(len(lemmas) - 1, trig.lower_)
    lemmas.extend(v.lemma_.lower() for v in cand.folded)
    lemmas.extend(c.lemma_.lower() for c in children if c.dep_ == "acl" and c.pos_ == "VERB")
    if cand.head.i != trig.i:
        lemmas.append(cand.head.lemma_.lower())
    else:  # "an airstrike hit a market": the nominal subject says what happened
        lemmas.extend(
            c.lemma_.lower()
            for c in children
            if c.dep_ in SUBJECT_DEPS and lexicon.is_event_noun(c)
        )
    if generic:
        lemmas.append(trig.lemma_.lower())
    return lemmas
