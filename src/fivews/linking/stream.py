"""Linking the part files of a corpus run one part at a time, in bounded memory.

Pass 1 reads each finished part's documents, entities and events (only the columns
linking needs) and feeds its articles to one incremental :class:`Linker`; what each row
was linked to (a raw entity id, an event id and the event's linked report) is spilled
to a small work file per part. Pass 2 reads the work files back one at a time and writes
the link tables with the final ids (resolved after every article is linked), so an id
never depends on when its part was read. Memory holds the linker's name indexes, the
report count of each corpus event and the aggregates of the events reported more than
once, plus one part: not the corpus.

Parts are read in the order of their smallest document id, whatever order they were
finished in, and the articles of a part in the order of their ids. Corpus ids are
numbered by each entity's and event's first row in ``doc_id``, ``position`` order
(:mod:`fivews.linking.numbering`), as :func:`~fivews.linking.link_corpus` numbers them,
so the ids do not depend on the order the parts were read in; the links are those
:func:`~fivews.linking.link_corpus` makes on the whole tables (the linker reads the
articles in the same order when the parts hold ranges of ids that do not interleave).
"""

from __future__ import annotations

import os
import shutil
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from fivews.corpus.layout import KEY_COLUMNS, TMP_SUFFIX
from fivews.linking.events import CorpusEvent, EventRecord
from fivews.linking.linker import EVENT_COLUMNS, Linker, corpus_event_id
from fivews.linking.numbering import DenseFirstSeen, row_keys
from fivews.linking.tables import (
    ENTITY_FIELDS,
    EVENT_FIELDS,
    LinkProblems,
    _missing,
    _published,
    event_columns,
    link_articles,
    number_entities,
)

#: The columns linking reads from each table of a corpus run.
LINK_INPUT_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "published_value"),
    "entities": ("doc_id", "position", *ENTITY_FIELDS),
    "events": ("doc_id", "position", *EVENT_FIELDS),
}

#: Arrow schemas of the work files and of the link tables written.
_ENT_WORK = pa.schema([("doc_id", pa.string()), ("position", pa.int64()), ("raw", pa.int64())])
_EV_WORK = pa.schema(
    [
        ("doc_id", pa.string()),
        ("position", pa.int64()),
        ("event", pa.int64()),
        ("text", pa.string()),
        ("lemma", pa.string()),
        ("actors", pa.list_(pa.int64())),
        ("date", pa.string()),
    ]
)

_TEXT_LIST = pa.list_(pa.string())
_ENTITY_LINKS = pa.schema(
    [("doc_id", pa.string()), ("position", pa.int64()), ("corpus_id", pa.string())]
)
_EVENT_LINKS = pa.schema(
    [("doc_id", pa.string()), ("position", pa.int64()), ("corpus_event_id", pa.string())]
)
_CORPUS_EVENTS = pa.schema(
    [
        (name, _TEXT_LIST if dtype == "object" else pa.int64() if dtype == "Int64" else pa.string())
        for name, dtype in EVENT_COLUMNS.items()
    ]
)


def _read_part(path: Path, table: str) -> pd.DataFrame:
    """One part file's linking columns, rows in ``doc_id``, ``position`` order."""
    if not path.exists():
        return pd.DataFrame({k: pd.Series(dtype="object") for k in KEY_COLUMNS[table]})
    present = set(pq.read_schema(path).names)
    wanted = [c for c in LINK_INPUT_COLUMNS[table] if c in present]
    frame = pq.read_table(path, columns=wanted).to_pandas()
    keys = [k for k in KEY_COLUMNS[table] if k in frame]
    return frame.sort_values(keys, kind="stable").reset_index(drop=True) if keys else frame


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write a Parquet file under a temporary name and move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + TMP_SUFFIX)
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def _link_part(
    linker: Linker, root: Path, part: str, work: Path, counts: array, problems: LinkProblems
) -> set[str]:
    """Pass 1 on one part: link its articles and spill what each row was linked to;
    returns the part's document ids."""
    docs = _read_part(root / "documents" / f"{part}.parquet", "documents")
    ents = _read_part(root / "entities" / f"{part}.parquet", "entities")
    evs = _read_part(root / "events" / f"{part}.parquet", "events")
    published = _published(docs)
    raw_of_row = array("q", [-1]) * len(ents)
    ev_cols: dict[str, list[Any]] = {name: [None] * len(evs) for name in _EV_WORK.names}
    doc_ids: set[str] = set()

    def problem(i: int, doc_id: str, exc: Exception) -> None:
        problems.add(f"entities row {i} of {part} (document {doc_id!r}): {exc}")

    for article in link_articles(linker, ents, evs, published, problem):
        doc_ids.add(article.doc_id)
        links = article.links
        for i, raw in zip(article.entity_rows, links.entities, strict=True):
            raw_of_row[i] = raw
        for i, event_id, rec in zip(
            article.event_rows, links.events, links.event_records, strict=True
        ):
            if event_id == len(counts):
                counts.append(0)
            counts[event_id] += 1
            for name, value in zip(
                ("event", "text", "lemma", "actors", "date"),
                (event_id, rec.text, rec.lemma, list(rec.actors), rec.date),
                strict=True,
            ):
                ev_cols[name][i] = value
    linked = {k: v for k, v in ev_cols.items() if k not in KEY_COLUMNS["events"]}
    for frame, name, schema, extra in (
        (ents, "ent", _ENT_WORK, {"raw": raw_of_row.tolist()}),
        (evs, "ev", _EV_WORK, linked),
    ):
        columns = {
            "doc_id": [None if _missing(v) else str(v) for v in _column(frame, "doc_id")],
            "position": [None if _missing(v) else int(v) for v in _column(frame, "position")],
            **extra,
        }
        write_atomic(pa.table(columns, schema=schema), work / f"{name}-{part}.parquet")
    return doc_ids


def _in_id_order(root: Path, parts: list[str]) -> list[str]:
    """The parts in order of their smallest document id (then name): the order of the
    ids, whichever order the parts were finished in (reads only the id column)."""

    def first(part: str) -> tuple[int, str, str]:
        path = root / "documents" / f"{part}.parquet"
        ids = pq.read_table(path, columns=["doc_id"]).column("doc_id") if path.exists() else None
        values = [str(v) for v in ids.to_pylist() if v is not None] if ids is not None else []
        return (0, min(values), part) if values else (1, "", part)

    return [key[2] for key in sorted(first(p) for p in parts)]


def _column(frame: pd.DataFrame, name: str) -> list[Any]:
    return frame[name].tolist() if name in frame else [None] * len(frame)


class _Report(NamedTuple):
    """One event row as pass 1 linked it (a row of a work file)."""

    doc_id: str | None
    position: int | None
    event: int | None
    text: str | None
    lemma: str | None
    actors: list[int] | None
    date: str | None


def _reports(columns: dict[str, list[Any]]) -> list[_Report]:
    return [_Report(*row) for row in zip(*(columns[n] for n in _EV_WORK.names), strict=True)]


def _record(row: _Report) -> EventRecord:
    return EventRecord(row.text or "", row.lemma or "", None, tuple(row.actors or ()), row.date)


def link_parts(root: Path, parts: list[str], folder: Path) -> dict[str, int]:
    """Link the finished ``parts`` of the run in ``root`` and write the link tables to
    ``folder`` (created; one part file per input part, and the corpus entities).

    Returns:
        Counts: ``entities`` (article entities linked), ``corpus_entities``,
        ``events``, ``corpus_events``.
    """
    linker = Linker(keep_events=False)
    work = folder / "_work"
    counts: array = array("q")
    problems = LinkProblems()
    doc_ids: set[str] = set()
    parts = _in_id_order(root, parts)
    for part in parts:  # pass 1: link
        doc_ids |= _link_part(linker, root, part, work, counts, problems)
    problems.warn()
    ranks = {doc_id: i for i, doc_id in enumerate(sorted(doc_ids))}
    del doc_ids

    def keys(rows: dict[str, list[Any]]) -> Any:
        return row_keys(
            (ranks.get(d or "", 0) for d in rows["doc_id"]), (p or 0 for p in rows["position"])
        )

    # the final ids: entities and events numbered by their first row
    number_entities(
        linker,
        (_work(work, "ent", part)["raw"] for part in parts),
        (keys(_work(work, "ent", part)) for part in parts),
    )
    first = DenseFirstSeen(len(counts))
    multi: dict[int, CorpusEvent] = {}
    for part in parts:
        evs = _work(work, "ev", part)
        first.add((-1 if e is None else e for e in evs["event"]), keys(evs))
        for row in _reports(evs):  # the events reported more than once
            if row.event is not None and counts[row.event] > 1:
                event = multi.setdefault(row.event, CorpusEvent(row.text or "", row.lemma or ""))
                event.add(_record(row), row.doc_id or "")
    numbers = first.numbers()
    n_entities = n_events = emitted = 0
    for part in parts:  # pass 2: the link tables, one part at a time
        ents = _work(work, "ent", part)
        ids = [linker.entity_id(r) if r >= 0 else None for r in ents["raw"]]
        n_entities += sum(i is not None for i in ids)
        write_atomic(
            pa.table(
                {"doc_id": ents["doc_id"], "position": ents["position"], "corpus_id": ids},
                schema=_ENTITY_LINKS,
            ),
            folder / "entity_links" / f"{part}.parquet",
        )
        evs = _work(work, "ev", part)
        n_events += len(evs["event"])
        event_ids = [None if e is None else corpus_event_id(numbers[e]) for e in evs["event"]]
        write_atomic(
            pa.table(
                {
                    "doc_id": evs["doc_id"],
                    "position": evs["position"],
                    "corpus_event_id": event_ids,
                },
                schema=_EVENT_LINKS,
            ),
            folder / "event_links" / f"{part}.parquet",
        )
        table = _events_table(_reports(evs), multi, linker, emitted, numbers)
        emitted += table.num_rows
        write_atomic(table, folder / "corpus_events" / f"{part}.parquet")
    shutil.rmtree(work)
    corpus_entities = linker.tables()["corpus_entities"]
    write_atomic(
        pa.Table.from_pandas(corpus_entities, preserve_index=False),
        folder / "corpus_entities" / "part-all.parquet",
    )
    return {
        "entities": n_entities,
        "corpus_entities": len(corpus_entities),
        "events": n_events,
        "corpus_events": len(counts),
    }


def _work(work: Path, kind: str, part: str) -> dict[str, list[Any]]:
    """One work file of pass 1, as columns of Python values."""
    return pq.read_table(work / f"{kind}-{part}.parquet").to_pydict()


def _events_table(
    evs: list[_Report],
    multi: dict[int, CorpusEvent],
    linker: Linker,
    emitted: int,
    numbers: Sequence[int],
) -> pa.Table:
    """The ``corpus_events`` rows of the events first reported in one part: event ids are
    given in order of first report and the parts are read in the same order, so the
    first report of event ``emitted`` is the next row that names it. (Rows are in order
    of report; :func:`~fivews.linking.store.join_links` sorts them by id.)"""
    columns: dict[str, list[Any]] = {name: [] for name in EVENT_COLUMNS}
    for row in evs:
        if row.event != emitted:
            continue
        event = multi.get(emitted)
        if event is None:
            event = CorpusEvent(row.text or "", row.lemma or "")
            event.add(_record(row), row.doc_id or "")
        event_columns(columns, int(numbers[emitted]), event, linker)
        emitted += 1
    return pa.table(columns, schema=_CORPUS_EVENTS)
