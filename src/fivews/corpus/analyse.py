"""The analysis loop: the worker's pipeline, loaded once, and a stream of JSONL lines
analysed into part files of ``part_size`` articles.

Memory stays flat: records are read one line at a time, at most ``part_size`` records and
their rows are held before they are written, each part is parsed inside spaCy's
``nlp.memory_zone()`` (so the strings the vocabulary learns from one part are freed after
it), and only the set of finished ids grows (a few dozen bytes per article).
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from fivews.corpus.inputs import parse_line
from fivews.corpus.layout import TABLES
from fivews.corpus.ledger import _append_ledger
from fivews.corpus.records import Failure, LedgerEntry, StreamCounts
from fivews.corpus.rows import analysis_rows
from fivews.corpus.tables import write_part

#: A short news text run once after loading, outside memory zones (see ``_memory_zone``).
WARMUP_TEXT = (
    "Ministers meet in Geneva as talks resume\n\n"
    "GENEVA — Foreign ministers from France and Kenya met on Tuesday, March 3, 2020, "
    'to discuss a ceasefire, officials said. "We are making progress," said Anna Berg, '
    "a spokeswoman for the United Nations, adding that 1,200 people had been evacuated.\n"
)

_LOAD_LOCK = threading.Lock()
#: How many times this process loaded a pipeline through :func:`worker_pipeline`.
PIPELINE_LOADS = 0


@functools.lru_cache(maxsize=2)
def _cached_pipeline(model: str | None) -> Any:
    global PIPELINE_LOADS
    from fivews.nlp import load_pipeline

    PIPELINE_LOADS += 1
    nlp = load_pipeline(model)
    # Components that build caches lazily build them now, outside any memory zone
    # (what is created inside a zone is freed when it ends).
    from fivews.analysis import analyze_records

    for _ in analyze_records([{"id": "warm-up", "text": WARMUP_TEXT}], nlp=nlp):
        pass
    return nlp


def worker_pipeline(model: str | None = None) -> Any:
    """The fivews pipeline of this process, loaded on first use (one load per worker)."""
    with _LOAD_LOCK:
        return _cached_pipeline(model)


def _analyse_records(
    records: Iterable[dict[str, Any]],
    nlp: Any,
    batch_size: int,
    n_process: int,
) -> Iterator[tuple[str, dict[str, list[dict[str, Any]]] | None, Failure | None]]:
    """Yield ``(id, rows, failure)`` per record, in input order.

    :func:`fivews.analysis.analyze_records` yields exactly one result per record, in
    order, so each result is matched to the id fed at the same position.
    """
    from fivews.analysis import Analysis, analyze_records

    fed: deque[tuple[str, str]] = deque()

    def feed() -> Iterator[dict[str, Any]]:
        for record in records:
            fed.append((record["id"], record.get("_where", "")))
            record.pop("_where", None)
            yield record

    for result in analyze_records(feed(), nlp=nlp, batch_size=batch_size, n_process=n_process):
        rid, where = fed.popleft()
        if isinstance(result, Analysis):
            output = result.to_dict()
            output["document"]["id"] = rid
            yield rid, analysis_rows(output, result.text), None
        else:
            yield rid, None, {"id": rid, "line": where, "message": result.message}


def _process_stream(
    lines: Iterable[tuple[str, str]],
    out_dir: Path,
    part_name: Any,
    *,
    nlp: Any,
    done: set[str] | frozenset[str],
    repeated: frozenset[str] = frozenset(),
    batch_size: int,
    part_size: int,
    n_process: int,
    run: int,
    on_progress: Any = None,
    append_ledger: bool = True,
) -> tuple[list[LedgerEntry], StreamCounts]:
    """Analyse ``lines`` and write parts of ``part_size`` articles.

    Records whose id is in ``done`` are skipped (finished earlier); so are repeats of an
    id met earlier in ``lines`` or listed in ``repeated`` (an earlier Dask partition's).

    Returns ``(ledger entries, counts)``. With ``append_ledger`` each entry is appended
    to the ledger as soon as its part is in place (the local engine); otherwise the
    caller appends them (Dask: the client).
    """
    counts: StreamCounts = {
        "analysed": 0,
        "skipped": 0,
        "failed": 0,
        "duplicates": 0,
        "bad_lines": [],
    }
    seen: set[str] = set()
    entries: list[LedgerEntry] = []

    def records() -> Iterator[dict[str, Any]]:
        for where, line in lines:
            record = parse_line(line, where)
            if "_error" in record:
                counts["bad_lines"].append({"id": None, "line": where, "message": record["_error"]})
                if on_progress:
                    on_progress(1)
                continue
            rid = record["id"]
            if rid in done:
                counts["skipped"] += 1
                continue
            if rid in seen or rid in repeated:  # an id seen before in the input: keep the first
                counts["duplicates"] += 1
                if on_progress:
                    on_progress(1)
                continue
            seen.add(rid)
            record["_where"] = where
            yield record

    buffer: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    ids: list[str] = []
    failed: list[Failure] = []

    def flush() -> None:
        if not ids and not failed:
            return
        name = part_name(len(entries))
        write_part(out_dir, name, buffer)
        entry: LedgerEntry = {"part": name, "run": run, "ids": list(ids), "failed": list(failed)}
        if append_ledger:
            _append_ledger(out_dir, entry)
        entries.append(entry)
        for rows in buffer.values():
            rows.clear()
        ids.clear()
        failed.clear()

    for chunk in _chunks(records(), part_size):
        # Strings spaCy adds while parsing a part are freed after it, so the vocabulary
        # (and memory) does not grow with the corpus.
        with _memory_zone(nlp):
            for rid, rows, failure in _analyse_records(chunk, nlp, batch_size, n_process):
                if rows is None:
                    failed.append(failure)  # type: ignore[arg-type]
                    counts["failed"] += 1
                else:
                    for table, table_rows in rows.items():
                        buffer[table].extend(table_rows)
                    ids.append(rid)
                    counts["analysed"] += 1
                if on_progress:
                    on_progress(1)
        flush()
    return entries, counts


def _chunks(items: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _memory_zone(nlp: Any) -> contextlib.AbstractContextManager[Any]:
    """``nlp.memory_zone()`` (spaCy ≥ 3.8) if the pipeline has it, else a no-op."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()
