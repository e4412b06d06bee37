"""Linking the tables of a corpus run: rows read into linker records, article by
article, and the ids written back as columns.

Imperfect input is linked as far as it goes: duplicate document ids keep every row
(the rows of a repeated id are read as one article), a missing publication date leaves
the dates unknown, and a row that cannot be read (no name, a label that is not text,
broken JSON) is reported in a :class:`LinkWarning` and gets no id; the other rows are
linked as usual.
"""

from __future__ import annotations

import json
import warnings
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from fivews.errors import LinkWarning
from fivews.linking.entities import EntityRecord
from fivews.linking.events import CorpusEvent, EventRecord, event_day
from fivews.linking.linker import EVENT_COLUMNS, ArticleLinks, Linker, corpus_event_id
from fivews.linking.numbering import DenseFirstSeen, FirstSeen

#: How an event's time was found when it is the event's own date (``events.time_how``),
#: not its article's publication day.
OWN_DATES: frozenset[str] = frozenset({"explicit", "sentence", "inherited"})


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value))


def _json_list(value: Any) -> list[Any]:
    """A list column: a list, a JSON list string, or missing (an empty list)."""
    if _missing(value):
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    if hasattr(value, "tolist"):
        return list(value.tolist())
    parsed = json.loads(value)
    if not isinstance(parsed, list):
        raise ValueError("not a list")
    return parsed


def _geo_key(row: Mapping[str, Any]) -> str | None:
    """The gazetteer record of a confidently placed entity, as a key."""
    confidence = row.get("geo_confidence")
    geo = row.get("geo")
    if _missing(confidence) or float(confidence) < 0.8 or _missing(geo):
        return None
    record = json.loads(geo) if isinstance(geo, str) else geo
    if not isinstance(record, dict) or not record.get("name"):
        return None
    return "|".join(str(record.get(k) or "") for k in ("kind", "name", "country", "admin1"))


def entity_record(row: Mapping[str, Any]) -> EntityRecord:
    """One entities-table row as a linker record; ValueError when it cannot be read."""
    name, label = row.get("name"), row.get("label")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("no name")
    if not isinstance(label, str) or not label:
        raise ValueError("no label")
    try:
        aliases = tuple(a for a in _json_list(row.get("aliases")) if isinstance(a, str) and a)
    except (ValueError, TypeError):
        raise ValueError("aliases are not a JSON list") from None
    try:
        mentions = max(1, len(_json_list(row.get("mentions"))))
    except (ValueError, TypeError):
        mentions = 1
    try:
        geo_key = _geo_key(row)
    except (ValueError, TypeError):
        geo_key = None
    return EntityRecord(name, label, aliases, mentions, geo_key)


def event_record(row: Mapping[str, Any]) -> EventRecord:
    """One events-table row as a linker record (actors as article entity ids)."""
    lemma = row.get("trigger_lemma")
    if _missing(lemma):
        lemma = row.get("trigger_text") if isinstance(row.get("trigger_text"), str) else ""
    actors = []
    try:
        for actor in _json_list(row.get("actors")):
            if isinstance(actor, dict) and isinstance(actor.get("entity"), str):
                actors.append(actor["entity"])
    except (ValueError, TypeError):
        actors = []
    kind = row.get("sub_event_type")
    text = row.get("text")
    value = row.get("time_value")
    day = event_day(value)
    own = row.get("time_how") in OWN_DATES
    return EventRecord(
        text=text if isinstance(text, str) else "",
        lemma=str(lemma).lower(),
        kind=kind if isinstance(kind, str) else None,
        actors=tuple(actors),
        date=day,
        dated=day is not None and own,
        period=value if own and day is None and isinstance(value, str) and value else None,
    )


def _groups(frame: pd.DataFrame | None) -> dict[str, list[int]]:
    """Row numbers of each document, in order of first appearance."""
    if frame is None or frame.empty or "doc_id" not in frame:
        return {}
    out: dict[str, list[int]] = {}
    for i, doc_id in enumerate(frame["doc_id"].tolist()):
        key = "" if _missing(doc_id) else str(doc_id)
        out.setdefault(key, []).append(i)
    return out


def _published(documents: pd.DataFrame | None) -> dict[str, str | None]:
    """Publication day per document id (the first known one when ids repeat)."""
    out: dict[str, str | None] = {}
    if documents is None or documents.empty or "doc_id" not in documents:
        return out
    values = documents["published_value"] if "published_value" in documents else None
    for i, doc_id in enumerate(documents["doc_id"].tolist()):
        day = event_day(values.iat[i]) if values is not None else None
        if out.get(str(doc_id)) is None:
            out[str(doc_id)] = day
    return out


#: The columns linking reads from the entities and events tables.
ENTITY_FIELDS: tuple[str, ...] = (
    "id",
    "name",
    "label",
    "aliases",
    "mentions",
    "geo",
    "geo_confidence",
)
EVENT_FIELDS: tuple[str, ...] = (
    "text", "trigger_lemma", "trigger_text", "sub_event_type", "actors", "time_value", "time_how",
)  # fmt: skip


class _Columns:
    """The columns linking reads, as Python lists (one conversion per column, not one
    per row), and the rows as dicts of them."""

    def __init__(self, frame: pd.DataFrame | None, fields: tuple[str, ...]) -> None:
        self.columns = {} if frame is None else {f: frame[f].tolist() for f in fields if f in frame}

    def rows(self, numbers: list[int]) -> Iterator[tuple[int, dict[str, Any]]]:
        for i in numbers:
            yield i, {f: column[i] for f, column in self.columns.items()}


def article_entities(
    rows: _Columns, numbers: list[int], on_error: Callable[[int, Exception], None]
) -> tuple[list[tuple[str, EntityRecord]], list[int]]:
    """One article's entity rows as the linker's ``(local id, record)`` pairs, and the row
    number of each; a row that cannot be read goes to ``on_error(row, exc)`` and is left out."""
    pairs: list[tuple[str, EntityRecord]] = []
    pair_rows: list[int] = []
    for i, row in rows.rows(numbers):
        try:
            record = entity_record(row)
        except (ValueError, TypeError) as exc:
            on_error(i, exc)
            continue
        local = row.get("id")
        pairs.append(("" if _missing(local) else str(local), record))
        pair_rows.append(i)
    return pairs, pair_rows


class LinkProblems:
    """Rows that could not be read: a count and the first few, for one :class:`LinkWarning`."""

    def __init__(self) -> None:
        self.count = 0
        self.shown: list[str] = []

    def add(self, text: str) -> None:
        self.count += 1
        if len(self.shown) < 5:
            self.shown.append(text)

    def warn(self) -> None:
        if self.count:
            more = f"; and {self.count - 5} more" if self.count > 5 else ""
            message = f"{self.count} rows not linked: " + "; ".join(self.shown) + more
            warnings.warn(message, LinkWarning, stacklevel=3)


class LinkedArticle(NamedTuple):
    """What :func:`link_articles` made of one article: its entity and event row numbers,
    in the order of ``links.entities`` and ``links.events``."""

    doc_id: str
    entity_rows: list[int]
    event_rows: list[int]
    links: ArticleLinks


def link_articles(
    linker: Linker,
    entities: pd.DataFrame | None,
    events: pd.DataFrame | None,
    published: Mapping[str, str | None],
    on_error: Callable[[int, str, Exception], None],
) -> Iterator[LinkedArticle]:
    """Add every article of ``entities`` and ``events`` to ``linker``, in order of first row.

    An entity row that cannot be read goes to ``on_error(row, doc_id, exc)`` and is left
    out; the rest of its article is linked.
    """
    ent_groups, ev_groups = _groups(entities), _groups(events)
    ent_rows, ev_rows = _Columns(entities, ENTITY_FIELDS), _Columns(events, EVENT_FIELDS)
    for doc_id in dict.fromkeys([*ent_groups, *ev_groups]):
        pairs, pair_rows = article_entities(
            ent_rows,
            ent_groups.get(doc_id, []),
            lambda i, exc, d=doc_id: on_error(i, d, exc),
        )
        record_rows = ev_groups.get(doc_id, [])
        records = [event_record(row) for _, row in ev_rows.rows(record_rows)]
        links = linker.add_article(doc_id, published.get(doc_id), pairs, records)
        yield LinkedArticle(doc_id, pair_rows, record_rows, links)


def link_corpus(
    tables: Mapping[str, pd.DataFrame], linker: Linker | None = None
) -> dict[str, pd.DataFrame]:
    """Link the entities and events of a corpus across its articles.

    Args:
        tables: :func:`fivews.corpus.read_corpus_tables` output (``documents``,
            ``entities``, ``events``; other tables are passed through).
        linker: the :class:`Linker` to use (by default a fresh one that keeps no event
            aggregates: the events table is built from the rows here).

    Returns:
        Every input table, with ``entities.corpus_id`` and ``events.corpus_event_id``
        added (NA only for rows that could not be read, reported in a
        :class:`LinkWarning`), and the tables ``corpus_entities`` and ``corpus_events``.
        Ids are numbered in order of each entity's and event's first row (by
        ``doc_id``, ``position``), so they do not depend on the order rows are given in.
    """
    linker = linker or Linker(keep_events=False)
    entities = tables.get("entities")
    events = tables.get("events")
    published = _published(tables.get("documents"))
    # Per-row results in flat integer arrays (-1: not linked), not dicts of objects.
    raw_entities = array("q", [-1]) * (0 if entities is None else len(entities))
    reports = _Reports(0 if events is None else len(events))
    problems = LinkProblems()

    def problem(i: int, doc_id: str, exc: Exception) -> None:
        problems.add(f"entities row {i} (document {doc_id!r}): {exc}")

    for article in link_articles(linker, entities, events, published, problem):
        links = article.links
        for i, raw in zip(article.entity_rows, links.entities, strict=True):
            raw_entities[i] = raw
        for i, event_id, record in zip(
            article.event_rows, links.events, links.event_records, strict=True
        ):
            reports.add(i, event_id, record, article.doc_id)
    problems.warn()
    out = dict(tables)
    if entities is not None:
        number_entities(linker, [raw_entities], [_row_keys(entities)])
        ids = [linker.entity_id(raw) if raw >= 0 else None for raw in raw_entities]
        out["entities"] = entities.assign(corpus_id=pd.array(ids, dtype="string"))
    first = DenseFirstSeen(len(reports.first))
    if events is not None:
        first.add(reports.event_of_row, _row_keys(events))
    numbers = first.numbers()
    if events is not None:
        evs = [corpus_event_id(numbers[e]) if e >= 0 else None for e in reports.event_of_row]
        out["events"] = events.assign(corpus_event_id=pd.array(evs, dtype="string"))
    out["corpus_entities"] = linker.tables()["corpus_entities"]
    out["corpus_events"] = reports.table(linker, numbers)
    return out


def _row_keys(frame: pd.DataFrame) -> np.ndarray:
    """Each row's rank in ``doc_id``, ``position`` order."""
    columns = [c for c in ("doc_id", "position") if c in frame]
    keys = np.arange(len(frame), dtype=np.int64)
    if columns:
        order = frame[columns].reset_index(drop=True).sort_values(columns, kind="stable").index
        keys[order.to_numpy()] = np.arange(len(frame), dtype=np.int64)
    return keys


def number_entities(linker: Linker, raws: Iterable[Sequence[int]], keys: Iterable[Any]) -> None:
    """Number the linker's corpus entities in order of their first row (rows given as
    raw ids, -1 for none, and sortable keys, in chunks); entities without rows last."""
    first = FirstSeen()
    find = linker.entity_linker.find
    for raw, key in zip(raws, keys, strict=True):
        first.add((find(r) if r >= 0 else -1 for r in raw), key)
    numbering = first.numbers()
    for root in sorted(linker.entity_linker.entities()):
        numbering.setdefault(root, len(numbering))
    linker.numbering = numbering


class _Reports:
    """The reports of each corpus event, kept compactly: an event reported once (most
    of them) is only its row's number; an aggregate is made on its second report."""

    def __init__(self, n_rows: int) -> None:
        self.event_of_row = array("q", [-1]) * n_rows
        self.first_row: array[int] = array("q")
        self.first: list[tuple[EventRecord, str]] = []
        self.multi: dict[int, CorpusEvent] = {}

    def add(self, row: int, event_id: int, record: EventRecord, doc_id: str) -> None:
        """Count one report (row ``row`` of the events table) of ``event_id``."""
        self.event_of_row[row] = event_id
        if event_id == len(self.first):  # a new event (ids are given in order)
            self.first.append((_slim(record), doc_id))
            return
        if event_id not in self.multi:
            first, first_doc = self.first[event_id]
            self.multi[event_id] = CorpusEvent(text=first.text, lemma=first.lemma)
            self.multi[event_id].add(first, first_doc)
        self.multi[event_id].add(record, doc_id)

    def table(self, linker: Linker, numbers: Sequence[int]) -> pd.DataFrame:
        """The ``corpus_events`` table, built column by column (``numbers``: the printed
        number of each event), in order of the numbers."""
        columns: dict[str, list[Any]] = {name: [] for name in EVENT_COLUMNS}
        for event_id, (record, doc_id) in enumerate(self.first):
            event = self.multi.get(event_id)
            if event is None:
                event = CorpusEvent(text=record.text, lemma=record.lemma)
                event.add(record, doc_id)
            event_columns(columns, int(numbers[event_id]), event, linker)
        order = np.argsort(np.asarray(numbers, dtype=np.int64), kind="stable")
        frame = pd.DataFrame(columns).astype(EVENT_COLUMNS)
        return frame.iloc[order].reset_index(drop=True)


def event_columns(
    columns: dict[str, list[Any]], number: int, event: CorpusEvent, linker: Linker
) -> None:
    """Append one ``corpus_events`` row to ``columns``."""
    columns["corpus_event_id"].append(corpus_event_id(number))
    columns["text"].append(event.text)
    columns["trigger_lemma"].append(event.lemma)
    columns["actors"].append(sorted({linker.entity_id(a) for a in event.actors}))
    columns["doc_ids"].append(sorted(event.doc_ids))
    columns["articles"].append(len(event.doc_ids))
    columns["first_date"].append(event.first_date)
    columns["last_date"].append(event.last_date)


def _slim(record: EventRecord) -> EventRecord:
    """A record without what the events table does not need (the kind)."""
    return EventRecord(record.text, record.lemma, None, record.actors, record.date)
