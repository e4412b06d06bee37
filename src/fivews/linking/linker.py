"""The corpus linker: entities and then events of one article at a time, and the
corpus-level tables of what it has linked.

Memory holds the name indexes, one aggregate per corpus entity and the recent events of
each (kind, actor) block, never the articles: it grows with the number of distinct
names, not with the number of articles that repeat them. (An aggregate per corpus event
is kept only when asked for; :func:`~fivews.linking.link_corpus` builds the events table
from the event rows it already holds.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from fivews.linking.entities import EntityLinker, EntityRecord
from fivews.linking.events import CorpusEvent, EventLinker, EventRecord, within
from fivews.linking.keys import event_window_days

#: Columns and dtypes of the corpus entities table.
ENTITY_COLUMNS: dict[str, str] = {
    "corpus_id": "string",
    "name": "string",
    "label": "string",
    "aliases": "object",
    "articles": "Int64",
    "mentions": "Int64",
    "first_seen": "string",
    "last_seen": "string",
}
#: Columns and dtypes of the corpus events table.
EVENT_COLUMNS: dict[str, str] = {
    "corpus_event_id": "string",
    "text": "string",
    "trigger_lemma": "string",
    "actors": "object",
    "doc_ids": "object",
    "articles": "Int64",
    "first_date": "string",
    "last_date": "string",
}


def corpus_entity_id(i: int) -> str:
    """The printed id of corpus entity ``i`` ("E000042")."""
    return f"E{i:06d}"


def corpus_event_id(i: int) -> str:
    """The printed id of corpus event ``i`` ("V000042")."""
    return f"V{i:06d}"


@dataclass
class ArticleLinks:
    """What one article was linked to: raw corpus entity ids (resolve with
    :meth:`Linker.entity_id`) and corpus event ids, in the order given, and the event
    records as linked (actors as raw corpus entity ids, dates filled in)."""

    entities: list[int]
    events: list[int]
    event_records: list[EventRecord] = dataclasses.field(default_factory=list)


class Linker:
    """Links a corpus one article at a time.

    Args:
        window_days: the most days two reports' dates of one event may differ
            (default: ``event_window_days`` of ``data/linking.json``).
        keep_events: keep an aggregate per corpus event for :meth:`tables`; without
            it memory holds only the name indexes, one aggregate per corpus entity and
            the event blocks, and the caller builds ``corpus_events`` from the reports
            (:func:`corpus_events_table`), as :func:`~fivews.linking.link_corpus` does.

    Example:
        >>> linker = Linker()
        >>> links = linker.add_article(
        ...     "d1", "2008-03-01", [("E1", EntityRecord("General Motors Corp.", "ORG"))], []
        ... )
        >>> linker.entity_id(links.entities[0])
        'E000000'
    """

    def __init__(self, window_days: int | None = None, *, keep_events: bool = True) -> None:
        self.entity_linker = EntityLinker()
        days = event_window_days() if window_days is None else window_days
        self.event_linker = EventLinker(days, find=self.entity_linker.find, keep=keep_events)

    def add_article(
        self,
        doc_id: str,
        published: str | None,
        entities: Sequence[tuple[str, EntityRecord]],
        events: Sequence[EventRecord] = (),
    ) -> ArticleLinks:
        """Link one article.

        Args:
            doc_id: the article's id.
            published: its publication day (``YYYY-MM-DD``), else None.
            entities: ``(article entity id, record)`` pairs.
            events: its events; their ``actors`` are article entity ids (unknown ids are
                ignored) and a missing date falls back to ``published`` (when the event
                has a coarser date of its own, only if ``published`` lies inside it).
        """
        raw = self.entity_linker.add([r for _, r in entities], doc_id, published)
        local = {eid: cid for (eid, _), cid in zip(entities, raw, strict=True)}
        records = [
            dataclasses.replace(
                e,
                actors=tuple(local[a] for a in e.actors if a in local),
                date=e.date or _stand_in(e.period, published),
            )
            for e in events
        ]
        return ArticleLinks(raw, self.event_linker.add(records, doc_id), records)

    def entity_id(self, raw: int) -> str:
        """The printed corpus id of a raw entity id (after any later merge)."""
        return corpus_entity_id(self.entity_linker.find(raw))

    def tables(self) -> dict[str, pd.DataFrame]:
        """``corpus_entities`` and ``corpus_events`` (see :mod:`fivews.linking`)."""
        rows = []
        for root, ent in sorted(self.entity_linker.entities().items()):
            names = sorted(ent.names, key=lambda n: (-ent.names[n], -len(n), n))
            rows.append(
                {
                    "corpus_id": corpus_entity_id(root),
                    "name": names[0] if names else None,
                    "label": ent.labels.most_common(1)[0][0] if ent.labels else None,
                    "aliases": names[1:],
                    "articles": ent.articles,
                    "mentions": ent.mentions,
                    "first_seen": ent.first_seen,
                    "last_seen": ent.last_seen,
                }
            )
        return {
            "corpus_entities": _frame(rows, ENTITY_COLUMNS),
            "corpus_events": self.events_table(dict(enumerate(self.event_linker.events()))),
        }

    def events_table(self, events: Mapping[int, CorpusEvent]) -> pd.DataFrame:
        """The ``corpus_events`` table of aggregated corpus events, by id."""
        rows = []
        for i, ev in sorted(events.items()):
            rows.append(
                {
                    "corpus_event_id": corpus_event_id(i),
                    "text": ev.text,
                    "trigger_lemma": ev.lemma,
                    "actors": sorted({self.entity_id(a) for a in ev.actors}),
                    "doc_ids": list(ev.doc_ids),
                    "articles": len(ev.doc_ids),
                    "first_date": ev.first_date,
                    "last_date": ev.last_date,
                }
            )
        return _frame(rows, EVENT_COLUMNS)


def _stand_in(period: str | None, published: str | None) -> str | None:
    """The publication day as an event's date, unless the event's own coarser date
    ("2008" for an article of 2016) says it happened at another time."""
    if published is None or (period is not None and not within(period, published)):
        return None
    return published


def _frame(rows: list[dict[str, object]], columns: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    return frame.astype(columns)
