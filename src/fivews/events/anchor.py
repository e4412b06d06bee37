"""When an event happened: its time anchored on a timex, the previous event or publication.

Rule 5 of the package docstring (TimeML-style anchoring, Pustejovsky et al. 2003): a
timex whose syntactic head climbs to the event's clause without crossing another clause
(``explicit``), else a timex of the same sentence (``sentence``), else the previous
event's time in the same paragraph (``inherited``), else the publication date
(``publication``), else ``unanchored``. "four months after X began" is the reference day
minus the duration (``offset``); "since June" / "has since slowed" run until publication
(``relation: since``); an undated headline takes the time of the body event it announces
(``from_event``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Token

from fivews.events.clauses import ClauseOwnership
from fivews.events.dates import DURATION, ISO_START, event_dates, iso_bounds, shift_date
from fivews.events.detect import Candidate
from fivews.events.records import Event, EventTime
from fivews.events.timexes import ANCHOR_TYPES, IndexedTimex, timexes_by_sentence
from fivews.structure import DocReader

#: How an event got its time, best first.
HOW_ORDER: tuple[str, ...] = ("explicit", "sentence", "inherited", "publication", "unanchored")
#: Marks of "N units after/before X": -1 puts X before the reference day, +1 after it.
OFFSET_SIGN: dict[str, int] = {"after": -1, "since": -1, "before": 1}
#: Block kinds whose events summarise the body (dated by the body event they announce).
HEADING_KINDS: frozenset[str] = frozenset({"headline", "subhead"})


class TimeAnchoring:
    """Anchor a Doc's events in time, on its timexes and its clause ownership.

    Args:
        reader: the Doc's reader (token columns, the timexes layer).
        clauses: which event's clause owns each token.
    """

    def __init__(self, reader: DocReader, clauses: ClauseOwnership) -> None:
        self.reader = reader
        self.timexes_in = timexes_by_sentence(reader)
        self.clauses = clauses

    def anchor(
        self,
        cand: Candidate,
        previous: Event | None,
        published: str | None,
    ) -> EventTime:
        """Anchor an event: explicit, sentence, inherited, publication, unanchored."""
        relation = {"relation": cand.relation} if cand.relation else {}
        offset = self.offset_time(cand, published)
        if offset is not None:
            return {**offset, "how": "explicit"}
        own = self.timexes_of(cand.head)
        if own:
            since = self.since_timex(own[0]) or self.since_adverb(cand)
            time = {**time_from_timex(own[0].data), "how": "explicit", **relation}
            return until_publication(time, published) if since else time
        in_sentence = self.sentence_timexes(cand)
        if in_sentence:
            return {**time_from_timex(in_sentence[0]), "how": "sentence", **relation}
        if previous is not None:
            inherited = {
                k: v for k, v in previous["time"].items() if k not in ("how", "relation", "offset")
            }
            time = {**inherited, "how": "inherited", **relation}
            # "It has since slowed down": from the previous event's time until publication.
            return until_publication(time, published) if self.since_adverb(cand) else time
        if published:
            return {"value": published, "how": "publication", **relation}
        return {"value": None, "how": "unanchored", **relation}

    def timexes_of(self, head: Token) -> list[IndexedTimex]:
        """Anchoring timexes governed by the event's clause, best first."""
        owner_of = self.clauses.owner_of
        found = [
            tx
            for tx in self.timexes_in.get(self.reader.sent_of[head.i], [])
            if owner_of(tx.head_i) == head.i
        ]
        # a day the verb takes as its object is what the event is about, not when it
        # happened ("1939 - Roosevelt moves Thanksgiving Day one week earlier")
        ranked = sorted(found, key=lambda tx: (self.is_object(tx, head), *tx.rank(head.i)))
        return [tx for tx in ranked if tx.anchors]

    def is_object(self, tx: IndexedTimex, head: Token) -> bool:
        """Whether the timex is the direct object of the event's verb."""
        reader = self.reader
        return reader.dep[tx.head_i] == "dobj" and reader.head[tx.head_i] == head.i

    def sentence_timexes(self, cand: Candidate) -> list[dict[str, Any]]:
        """Anchoring timexes of the event's sentence (free ones before others' own)."""
        own = cand.head.i
        sent_start = self.reader.sent_of[own]
        sent_end = self.reader.sent_end[sent_start]
        scored = []
        for tx in self.timexes_in.get(sent_start, []):
            if not tx.anchors or not (sent_start <= tx.head_i < sent_end):
                continue
            owner = self.clauses.owner_of(tx.head_i)
            taken = owner is not None and owner != own
            scored.append(((taken, *tx.rank(own)), tx))
        scored.sort(key=lambda pair: pair[0])
        return [tx.data for _, tx in scored]

    def since_timex(self, timex: IndexedTimex) -> bool:
        """Whether a timex is the object of "since" ("fallen by a third since July")."""
        reader = self.reader
        return reader.lower[reader.head[timex.head_i]] == "since"

    def since_adverb(self, cand: Candidate) -> bool:
        """Whether the clause says "has since …" (from a time given earlier until now)."""
        return any(
            c.dep_ == "advmod" and c.lower_ == "since"
            for c in self.reader.children_tokens(cand.head)
        )

    def offset_time(self, cand: Candidate, published: str | None) -> dict[str, Any] | None:
        """Resolve "four months after the offensive began" to a date before its reference.

        The clause must be introduced by an ordering mark (after/since/before) and carry a
        DURATION timex; the reference day is another DATE timex of the clause or sentence
        (the parser often attaches "Wednesday" of the matrix clause here), else the
        publication date. The result keeps the duration's granularity (months -> month).
        """
        head = cand.head
        mark = next(
            (
                c
                for c in self.reader.children_tokens(head)
                if c.dep_ == "mark" and c.lower_ in OFFSET_SIGN
            ),
            None,
        )
        if mark is None:
            return None
        # The duration hangs from the clause's head or its mark, so it is in its sentence.
        reader = self.reader
        duration = None
        for tx in self.timexes_in.get(reader.sent_of[head.i], []):
            if tx.data.get("type") != "DURATION":
                continue
            if reader.head[tx.head_i] in (head.i, mark.i) and tx.head_i < mark.i:
                duration = tx
                break
        if duration is None:
            return None
        parsed = DURATION.match(str(duration.data.get("value") or ""))
        if not parsed:
            return None
        reference = next(
            (
                d
                for d in [tx.data for tx in self.timexes_of(head)] + self.sentence_timexes(cand)
                if d is not duration.data
                and ISO_START.match(str(d.get("value") or ""))
                and d.get("type") in ANCHOR_TYPES
            ),
            None,
        )
        ref_value = reference.get("value") if reference else published
        ref_day = iso_bounds(str(ref_value or ""))[0]
        if ref_day is None:
            return None
        value = shift_date(
            dt.date.fromisoformat(ref_day),
            int(parsed.group(1)),
            parsed.group(2),
            OFFSET_SIGN[mark.lower_],
        )
        time: dict[str, Any] = {
            "value": value,
            "timex_id": duration.data.get("id"),
            "offset": {
                "duration": duration.data.get("value"),
                "from": ref_value,
                "mark": mark.lower_,
            },
        }
        return time


def anchor_headings(events: list[Event], headings: list[int]) -> None:
    """Date an undated headline event by the body event it summarises.

    A headline ("Army retakes bridge") names no day; the first later body event with the
    same trigger lemma, else the same specific type ("Government regains territory"), is
    the event it announces: its time is copied, ``how: inherited`` with ``from_event``.
    ``headings`` are the positions in ``events`` of headline and sub-head events.
    """
    heading_set = set(headings)
    for pos in headings:
        event = events[pos]
        if event["time"]["how"] not in ("publication", "unanchored"):
            continue
        lemma = event["trigger"]["lemma"]
        kind = (event["event_type"], event["sub_event_type"])
        body = [
            e
            for i, e in enumerate(events[pos + 1 :], start=pos + 1)
            if i not in heading_set and e["time"]["how"] in ("explicit", "sentence", "inherited")
        ]
        match = next((e for e in body if e["trigger"]["lemma"] == lemma), None)
        if match is None and kind[0] != "Other":
            match = next((e for e in body if (e["event_type"], e["sub_event_type"]) == kind), None)
        if match is not None:
            time = {k: v for k, v in match["time"].items() if k not in ("how", "relation")}
            event["time"] = {**time, "how": "inherited", "from_event": match["id"]}


def until_publication(time: dict[str, Any], published: str | None) -> dict[str, Any]:
    """A "since X" time: the interval from X's first day to the publication date."""
    begin = event_dates(time)[0]
    if begin is None or not published or published < begin:
        return time
    return {**time, "interval": [begin, published], "relation": "since"}


def time_from_timex(timex: Mapping[str, Any]) -> dict[str, Any]:
    """An event time's value, interval and timex id, from the timex that anchors it."""
    time: dict[str, Any] = {"value": timex.get("value")}
    if timex.get("interval"):
        time["interval"] = list(timex["interval"])
    if timex.get("id") is not None:
        time["timex_id"] = timex["id"]
    return time
