"""The incremental event linker: two articles report the same event when the events
share a kind (the trigger lemma's group of close synonyms, else the trigger's event
type, else its lemma), a linked actor, and a date: the same day when both reports date
the event themselves (the TIMEX layer) or when both are dated only by their
articles' publication day, within a few days when only one is.

Events are blocked by ``(kind, actor)``: each block keeps only its most recent events
(:data:`BLOCK_CAP`), so an event is compared with a handful of candidates, never with
the whole corpus. An event without a date or without a linked actor stays on its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from fivews.linking.keys import event_synonyms

#: Days apart two reports dated only by their publication may be.
PUBLICATION_SLACK = 0

#: Events kept per (kind, actor) block.
BLOCK_CAP = 16

#: Event types that carry no kind of their own (the lemma is used instead).
UNTYPED: frozenset[str] = frozenset({"", "Other"})

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class EventRecord:
    """One article event as the linker reads it.

    Attributes:
        text: the event's clause.
        lemma: its trigger's lemma.
        kind: its event type (``sub_event_type``) when typed, else None.
        actors: corpus entity ids of its linked actors.
        date: its date (``YYYY-MM-DD``), else None.
        dated: whether ``date`` is the event's own (not its article's publication day).
        period: the event's own date when coarser than a day ("2008", "2008-10",
            "2008-W41"): the article's publication day stands in only inside it.
    """

    text: str
    lemma: str
    kind: str | None = None
    actors: tuple[int, ...] = ()
    date: str | None = None
    dated: bool = False
    period: str | None = None


@dataclass
class CorpusEvent:
    """One real-world event as reported across the corpus."""

    text: str
    lemma: str
    actors: set[int] = field(default_factory=set)
    doc_ids: list[str] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None

    def add(self, record: EventRecord, doc_id: str) -> None:
        """Count one more report."""
        self.actors.update(record.actors)
        if doc_id not in self.doc_ids:
            self.doc_ids.append(doc_id)
        if record.date:
            if self.first_date is None or record.date < self.first_date:
                self.first_date = record.date
            if self.last_date is None or record.date > self.last_date:
                self.last_date = record.date


def event_day(value: object) -> str | None:
    """The ``YYYY-MM-DD`` day of a date value, else None (months, years, unknown)."""
    if isinstance(value, str) and _DAY.match(value):
        return value[:10]
    return None


_YEAR_OR_MONTH = re.compile(r"^\d{4}(?:-\d{2})?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def within(period: str, day: str) -> bool:
    """Whether ``day`` (``YYYY-MM-DD``) lies in ``period`` (a year, month or ISO week);
    False for periods not understood (seasons, quarters), to stay on the safe side."""
    if _YEAR_OR_MONTH.match(period):
        return day.startswith(period)
    week = _WEEK.match(period)
    if week:
        try:
            iso = dt.date.fromisoformat(day[:10]).isocalendar()
        except ValueError:
            return False
        return (iso.year, iso.week) == (int(week.group(1)), int(week.group(2)))
    return False


def _ordinal(day: str) -> int | None:
    try:
        return dt.date.fromisoformat(day).toordinal()
    except ValueError:
        return None


class EventLinker:
    """Links article events to corpus events, one article at a time.

    Args:
        window_days: the most days two reports' dates of one event may differ.
        find: maps a corpus entity id to the id it was merged into.
        keep: keep an aggregate of every corpus event (:meth:`events`); without it the
            linker holds only its blocks, and the caller aggregates the reports.
    """

    def __init__(
        self,
        window_days: int = 3,
        find: Callable[[int], int] = lambda i: i,
        keep: bool = True,
    ) -> None:
        self.window = window_days
        self._find = find
        self._keep = keep
        self._count = 0
        self._events: list[CorpusEvent] = []
        self._blocks: dict[tuple[str, int], deque[tuple[int, bool, int, str]]] = {}

    def __len__(self) -> int:
        return self._count

    def _kind(self, record: EventRecord) -> str:
        group = event_synonyms().get(record.lemma)
        if group:
            return group
        return record.kind if record.kind and record.kind not in UNTYPED else record.lemma

    def _limit(self, dated: bool, seen_dated: bool) -> int:
        """How many days apart two reports may date one event: the same day when both
        date it themselves or neither does (publication days), the window when
        one report is only dated by its publication (it may come days later)."""
        if dated and seen_dated:
            return 0
        if not dated and not seen_dated:
            return PUBLICATION_SLACK
        return self.window

    def link(self, record: EventRecord, doc_id: str) -> int:
        """The corpus event of one article event (created when new)."""
        day = _ordinal(record.date) if record.date else None
        kind = self._kind(record)
        actors = sorted({self._find(a) for a in record.actors})
        best: tuple[int, int] | None = None
        if day is not None and kind:
            for actor in actors:
                for seen_day, seen_dated, event, seen_doc in self._blocks.get((kind, actor), ()):
                    gap = abs(seen_day - day)
                    limit = self._limit(record.dated, seen_dated)
                    if seen_doc != doc_id and gap <= limit and (best is None or gap < best[0]):
                        best = (gap, event)
        if best is not None:
            event_id = best[1]
        else:
            event_id = self._count
            self._count += 1
            if self._keep:
                self._events.append(CorpusEvent(text=record.text, lemma=record.lemma))
        if self._keep:
            self._events[event_id].add(record, doc_id)
        if day is not None and kind:
            for actor in actors:
                block = self._blocks.setdefault((kind, actor), deque(maxlen=BLOCK_CAP))
                block.append((day, record.dated, event_id, doc_id))
        return event_id

    def add(self, records: list[EventRecord], doc_id: str) -> list[int]:
        """Link one article's events; return their corpus event ids."""
        return [self.link(r, doc_id) for r in records]

    def events(self) -> list[CorpusEvent]:
        """The corpus events, by id (empty unless the linker keeps them)."""
        return self._events
