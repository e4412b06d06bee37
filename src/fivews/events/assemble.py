"""The event dicts of a Doc, assembled from its candidates in text order.

Each candidate becomes one :class:`~fivews.events.records.Event`: its clause's text and
offsets, the trigger (with a verb particle), the sentence, actors and place, the claim
it is reported in and its ACLED-like type; then its time, anchored with the previous
dated event of the same block; then headline events are dated by the body event they
announce; last, :func:`~fivews.events.review.review_events` marks caption events, merges
an event told twice and sets the review keys.
"""

from __future__ import annotations

from fivews.events.anchor import HEADING_KINDS, TimeAnchoring, anchor_headings
from fivews.events.arguments import EventArguments
from fivews.events.classify import classify_event
from fivews.events.clauses import ClauseOwnership, trim_clause
from fivews.events.detect import Candidate
from fivews.events.lexicon import EventLexicon, EventTypeMap
from fivews.events.records import Event
from fivews.events.review import review_events
from fivews.structure import DocReader


def assemble_events(
    reader: DocReader,
    candidates: list[Candidate],
    lexicon: EventLexicon,
    types: EventTypeMap,
) -> list[Event]:
    """One event dict per candidate (sorted by head position), ids ``e1``, ``e2``…"""
    if not candidates:
        return []
    assembler = EventAssembler(reader, candidates, lexicon, types)
    events: list[Event] = []
    previous_in_block: dict[int | None, Event] = {}
    headings: list[int] = []  # positions of events in headlines and sub-heads
    published = reader.extension("published")
    blocks = reader.blocks
    for n, cand in enumerate(candidates, start=1):
        event = assembler.record(cand, n)
        block = reader.block_at(cand.trigger.idx) if blocks else None
        event["time"] = assembler.times.anchor(cand, previous_in_block.get(block), published)
        if event["time"]["how"] in ("explicit", "sentence", "inherited"):
            previous_in_block[block] = event
        if block is not None and blocks[block]["kind"] in HEADING_KINDS:
            headings.append(len(events))
        events.append(event)
    anchor_headings(events, headings)
    return review_events(reader, events)


class EventAssembler:
    """Write a Doc's candidates as event dicts.

    Args:
        reader: the Doc's reader, with the other layers' results set on the Doc.
        candidates: its event candidates (they own the clauses).
        lexicon: the event word lists.
        types: the ACLED-like type map.
    """

    def __init__(
        self,
        reader: DocReader,
        candidates: list[Candidate],
        lexicon: EventLexicon,
        types: EventTypeMap,
    ) -> None:
        self.reader = reader
        self.lexicon = lexicon
        self.types = types
        self.sentence_index = {start: i for i, start in enumerate(reader.sent_end)}
        self.clauses = ClauseOwnership(reader, lexicon, candidates)
        self.arguments = EventArguments(reader, lexicon)
        self.times = TimeAnchoring(reader, self.clauses)

    def record(self, cand: Candidate, n: int) -> Event:
        """The event dict of candidate ``cand`` (id ``e<n>``), without its time."""
        text = self.reader.doc_text
        tokens = self.clauses.clause_tokens(cand)
        start_tok, end_tok = trim_clause(tokens)
        trigger_start, trigger_end = cand.trigger.idx, cand.trigger.idx + len(cand.trigger)
        particle = next(
            (
                c
                for c in self.reader.children_tokens(cand.trigger)
                if c.dep_ == "prt" and c.i == cand.trigger.i + 1
            ),
            None,
        )
        if particle is not None:  # "slowed down", "carried out"
            trigger_end = particle.idx + len(particle)
        event: Event = {
            "id": f"e{n}",
            "text": text[start_tok.idx : end_tok.idx + len(end_tok)],
            "start": start_tok.idx,
            "end": end_tok.idx + len(end_tok),
            "trigger": {
                "text": text[trigger_start:trigger_end],
                "start": trigger_start,
                "end": trigger_end,
                "lemma": cand.trigger.lemma_.lower(),
            },
            "sentence": self.sentence_index.get(self.reader.sent_of[cand.head.i], -1),
            "kind": cand.kind,
        }
        actors = self.arguments.actors(cand)
        if actors:
            event["actors"] = actors
        place = self.arguments.place(cand)
        if place:
            event["place"] = place
        claim = self.reader.layers.claim_at(cand.trigger.idx)
        if claim is not None:
            event["claimed_by"] = claim
        event["event_type"], event["sub_event_type"] = classify_event(
            cand, actors, self.reader, self.lexicon, self.types
        )
        return event
