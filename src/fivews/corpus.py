"""Corpus mode: a JSONL corpus in, one Parquet table per layer out, resumable, on one
machine or on a Dask cluster.

:func:`run_corpus` streams the records of one or more JSONL files through
:func:`fivews.analysis.analyze_records` (spaCy's ``nlp.pipe``, ``n_process`` worker
processes) and writes five tables, each row keyed by ``doc_id``:

``documents``
    one row per article: ``doc_id``, ``text`` (the exact input text all offsets refer to),
    the ``document`` fields of the JSON output, ``n_entities`` … ``n_events`` and the
    ``main_event`` fields (prefixed ``main_event_``).
``entities``, ``timexes``, ``claims``, ``events``
    one row per item of that layer: ``doc_id``, ``position`` (the item's index in the
    article's list) and the item's fields.

Flattening rule (the same for every table): a scalar field is a column of its own type; a
dict whose keys are field names (lower-case letters and ``_``) is flattened one level into
``field_key`` columns (``published`` -> ``published_value``, ``published_source``…);
anything else (a list, a deeper dict, a dict keyed by data such as claim ids, a column
mixing text and numbers) is stored as a JSON string — decode with ``json.loads``.

Layout of ``out_dir``::

    documents/part-r001-000000.parquet   one file per layer per finished batch
    entities/part-r001-000000.parquet    (r001 = run number; Dask parts add -pNNNNN)
    ...
    _ledger.jsonl                        one line per finished part: its name, the ids
                                         it holds and the records that failed
    _lock                                locked while a run writes (one run at a time)

Why it survives being killed: every part file is written to a temporary name and moved
into place with ``os.replace`` (atomic), and only when all five files of a part are in
place is its ledger line appended (one ``write`` + ``fsync``). A restart reads the
ledger, deletes temporary files and part files the ledger does not name (a batch that was
cut short), and skips every id the ledger lists. So nothing is lost and nothing is
written twice; at most one batch (``part_size`` articles) is redone.

Records: one JSON object per line, ``{"id", "text", "title"?, "published"?, "url"?}``. A
record without an id gets ``sha1-<hash of its text>``, stable across runs. An id met again
is skipped (the first occurrence is kept; on Dask a cheap first pass over the ids finds
repeats across partitions). A line that is not JSON, or a record fivews cannot read, is
listed in :attr:`CorpusSummary.failures` (and, if it has an id, in the ledger, so it is
not retried). Read the tables back with :func:`read_corpus_tables`; cross-article tables
come from :func:`top_actors`, :func:`top_sources` and :func:`mentions_over_time`.

Memory stays flat: records are read one line at a time, at most ``part_size`` records and
their rows are held before they are written, each part is parsed inside spaCy's
``nlp.memory_zone()`` (so the strings the vocabulary learns from one part are freed after
it), and only the set of finished ids grows (a few dozen bytes per article).

On Dask (``engine="dask"``), the JSONL files are split into partitions with
``dask.bag.read_text(blocksize=...)``; each partition runs on a worker, which loads the
pipeline once per worker process (:func:`worker_pipeline`), writes its own part files
into ``out_dir`` (which must be storage every worker and the client can reach) and
returns its ledger entries; the client alone appends them to the ledger. The tables are
the same as a single-process run's.

No library covered this: Dask's and pyarrow's dataset writers write whole datasets but
keep no record of which input rows are done, so resuming without duplicates needs the
ledger kept here.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import hashlib
import json
import os
import re
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

#: The tables written, in order.
TABLES: tuple[str, ...] = ("documents", "entities", "timexes", "events", "claims")
#: Layers of the JSON output that become item tables (one row per item).
ITEM_LAYERS: tuple[str, ...] = ("entities", "timexes", "events", "claims")
#: Columns that key every row.
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    **{layer: ("doc_id", "position") for layer in ITEM_LAYERS},
}
#: Name of the ledger of finished parts inside ``out_dir``.
LEDGER_NAME = "_ledger.jsonl"
#: Lock file inside ``out_dir`` held while a run writes there.
LOCK_NAME = "_lock"
#: Output formats corpus mode writes.
FORMATS: tuple[str, ...] = ("parquet",)
#: Engines :func:`run_corpus` runs on.
ENGINES: tuple[str, ...] = ("local", "dask")
#: Default number of articles per ``nlp.pipe`` batch.
DEFAULT_BATCH_SIZE = 32
#: Default number of articles per part file (the unit of resumption).
DEFAULT_PART_SIZE = 256
#: Default size of a Dask partition of the JSONL input.
DEFAULT_BLOCKSIZE = "1MiB"
#: Suffix of files being written (removed on restart if left behind).
TMP_SUFFIX = ".tmp"


# ----------------------------------------------------------------------------- results


@dataclass
class CorpusSummary:
    """What a corpus run did.

    Attributes:
        out_dir: where the tables are.
        analysed: articles analysed and written in this run.
        skipped: records skipped because an earlier run had finished them.
        failed: records that could not be analysed in this run (see ``failures``).
        duplicates: records skipped because their id appeared earlier in this run.
        parts: part files written per table in this run.
        seconds: wall-clock time of the run.
        failures: ``{"id", "line"?, "message"}`` per failed record, in order.
    """

    out_dir: Path
    analysed: int = 0
    skipped: int = 0
    failed: int = 0
    duplicates: int = 0
    parts: int = 0
    seconds: float = 0.0
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        """Analysed articles per wall-clock second in this run."""
        return self.analysed / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary."""
        return {
            "out_dir": str(self.out_dir),
            "analysed": self.analysed,
            "skipped": self.skipped,
            "failed": self.failed,
            "duplicates": self.duplicates,
            "parts": self.parts,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.articles_per_second, 2),
            "failures": self.failures,
        }


# ----------------------------------------------------------------------- rows and tables


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


#: Keys that name fields (so a dict of them is a record, flattened into columns).
_FIELD_NAME = re.compile(r"[a-z][a-z_]*\Z")


def _is_record(value: Mapping[str, Any]) -> bool:
    """Whether a dict is a record with field names (``{"text", "start"}``) rather than a
    mapping keyed by data (claim ids, dates, names), which would make a column per key."""
    return all(isinstance(k, str) and _FIELD_NAME.match(k) for k in value)


def flatten(item: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Flatten one output item into table columns (see the module docstring).

    Scalars stay as they are; a record dict (field-name keys) is flattened one level
    (``source`` -> ``source_text``, ``source_start``…); lists, deeper dicts and dicts keyed
    by data become JSON strings.
    """
    row: dict[str, Any] = {}
    for key, value in item.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and _is_record(value):
            for sub, inner in value.items():
                row[f"{name}_{sub}"] = (
                    _json(inner) if isinstance(inner, (Mapping, list, tuple)) else inner
                )
        elif isinstance(value, (Mapping, list, tuple)):
            row[name] = _json(value)
        else:
            row[name] = value
    return row


def analysis_rows(
    output: Mapping[str, Any], text: str | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Turn one article's JSON output into rows of the five tables.

    Args:
        output: ``Analysis.to_dict()`` (document, entities, …, main_event).
        text: the article's exact text, stored in ``documents.text``.
    """
    document = dict(output["document"])
    doc_id = str(document.pop("id"))
    document.pop("text", None)
    doc_row: dict[str, Any] = {"doc_id": doc_id, "text": text}
    doc_row.update(flatten(document))
    for layer in ITEM_LAYERS:
        doc_row[f"n_{layer}"] = len(output.get(layer) or [])
    doc_row.update(flatten(output.get("main_event") or {}, prefix="main_event_"))
    rows: dict[str, list[dict[str, Any]]] = {"documents": [doc_row]}
    for layer in ITEM_LAYERS:
        rows[layer] = [
            {"doc_id": doc_id, "position": i, **flatten(item)}
            for i, item in enumerate(output.get(layer) or [])
        ]
    return rows


def _arrow_column(values: list[Any]) -> pa.Array:
    """Build an Arrow column with one type chosen from the values (see module docstring)."""
    kinds = {type(v) for v in values if v is not None}
    if not kinds:
        return pa.nulls(len(values))
    if kinds == {bool}:
        return pa.array(values, pa.bool_())
    if kinds == {int}:
        return pa.array(values, pa.int64())
    if kinds <= {int, float}:
        return pa.array([None if v is None else float(v) for v in values], pa.float64())
    if kinds == {str}:
        return pa.array(values, pa.string())
    return pa.array(
        [None if v is None else v if isinstance(v, str) else _json(v) for v in values],
        pa.string(),
    )


def rows_to_table(table: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Build one part's Arrow table: key columns first, then columns in order of appearance."""
    names: dict[str, None] = dict.fromkeys(KEY_COLUMNS[table])
    for row in rows:
        names.update(dict.fromkeys(row))
    columns = {name: _arrow_column([row.get(name) for row in rows]) for name in names}
    if "position" in columns and not rows:
        columns["position"] = pa.array([], pa.int64())
    if not rows:
        columns["doc_id"] = pa.array([], pa.string())
    return pa.table(columns)


def _unify(tables: list[pa.Table]) -> list[pa.Table]:
    """Cast tables to one schema: a column's type is the common one (ints and floats ->
    float, anything else mixed -> JSON text); missing columns are null."""
    order: dict[str, None] = {}
    types: dict[str, set[pa.DataType]] = {}
    for t in tables:
        for f in t.schema:
            order.setdefault(f.name, None)
            if not pa.types.is_null(f.type):
                types.setdefault(f.name, set()).add(f.type)
    target: dict[str, pa.DataType] = {}
    for name in order:
        kinds = types.get(name, set())
        if not kinds:
            target[name] = pa.string()  # never set anywhere: an empty text column
        elif len(kinds) == 1:
            target[name] = next(iter(kinds))
        elif all(pa.types.is_integer(k) or pa.types.is_floating(k) for k in kinds):
            target[name] = pa.float64()
        else:
            target[name] = pa.string()
    out = []
    for t in tables:
        cols = []
        for name, typ in target.items():
            if name not in t.column_names:
                cols.append(pa.nulls(t.num_rows, typ))
                continue
            col = t.column(name)
            if col.type != typ:
                if pa.types.is_string(typ) and not pa.types.is_null(col.type):
                    col = pa.array(
                        [
                            None if v is None else v if isinstance(v, str) else _json(v)
                            for v in col.to_pylist()
                        ],
                        pa.string(),
                    )
                else:
                    col = col.cast(typ)
            cols.append(col)
        out.append(pa.table(cols, names=list(target)))
    return out


#: Arrow -> pandas dtypes of the tables read back (nullable, explicit).
_PANDAS_TYPES: dict[pa.DataType, Any] = {
    pa.int64(): pd.Int64Dtype(),
    pa.float64(): pd.Float64Dtype(),
    pa.bool_(): pd.BooleanDtype(),
    pa.string(): pd.StringDtype(),
    pa.large_string(): pd.StringDtype(),
}


def read_corpus_tables(out_dir: str | os.PathLike[str]) -> dict[str, pd.DataFrame]:
    """Read the tables of a corpus run back as pandas DataFrames.

    Only part files named in the ledger are read (a part left by an interrupted run is
    not). Rows are sorted by ``doc_id`` (and ``position``); integer, float, boolean and
    text columns have pandas' nullable dtypes; JSON columns are strings.

    Returns:
        ``{"documents": df, "entities": df, "timexes": df, "events": df, "claims": df}``.
    """
    root = Path(out_dir)
    finished = {entry["part"] for entry in read_ledger(root)}
    frames: dict[str, pd.DataFrame] = {}
    for table in TABLES:
        paths = sorted(p for p in (root / table).glob("part-*.parquet") if p.stem in finished)
        keys = list(KEY_COLUMNS[table])
        tables = [pq.read_table(p) for p in paths]
        tables = [t for t in tables if t.num_rows] or tables[:1]
        if not tables:
            frames[table] = pd.DataFrame(
                {k: pd.Series(dtype="string" if k == "doc_id" else "Int64") for k in keys}
            )
            continue
        merged = pa.concat_tables(_unify(tables))
        df = merged.to_pandas(types_mapper=_PANDAS_TYPES.get)
        frames[table] = df.sort_values(keys, kind="stable").reset_index(drop=True)
    return frames


# ------------------------------------------------------------------------------ ledger


def read_ledger(out_dir: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Return the ledger's entries; a torn last line (a crash while appending) is ignored."""
    path = Path(out_dir) / LEDGER_NAME
    if not path.exists():
        return []
    entries = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                break  # torn write: the part it names is treated as unfinished
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return entries


def finished_ids(out_dir: str | os.PathLike[str]) -> set[str]:
    """Ids of the records an earlier run finished (written, or failed for good)."""
    done: set[str] = set()
    for entry in read_ledger(out_dir):
        done.update(entry.get("ids", ()))
        done.update(f["id"] for f in entry.get("failed", ()) if f.get("id") is not None)
    return done


def _append_ledger(out_dir: Path, entry: Mapping[str, Any]) -> None:
    line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
    fd = os.open(out_dir / LEDGER_NAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)  # one write: the line is either whole or torn at the end
        os.fsync(fd)
    finally:
        os.close(fd)


def prepare_out_dir(out_dir: str | os.PathLike[str]) -> tuple[set[str], int]:
    """Create the table folders, clean what an interrupted run left, and return
    ``(finished ids, next run number)``.

    Removes temporary files and part files that no ledger entry names.
    """
    root = Path(out_dir)
    root.mkdir(parents=True, exist_ok=True)
    entries = read_ledger(root)
    finished_parts = {e["part"] for e in entries}
    for table in TABLES:
        folder = root / table
        folder.mkdir(exist_ok=True)
        for path in folder.iterdir():
            if path.name.endswith(TMP_SUFFIX) or (
                path.suffix == ".parquet" and path.stem not in finished_parts
            ):
                path.unlink()
    ledger = root / LEDGER_NAME
    if ledger.exists():
        data = ledger.read_bytes()
        if data and not data.endswith(b"\n"):  # drop a torn last line before appending
            ledger.write_bytes(data[: data.rfind(b"\n") + 1])
    run = 1 + max((int(e.get("run", 0)) for e in entries), default=0)
    return finished_ids(root), run


def clear_out_dir(out_dir: str | os.PathLike[str]) -> None:
    """Delete the tables and ledger of earlier runs in ``out_dir`` (nothing else)."""
    root = Path(out_dir)
    for table in TABLES:
        folder = root / table
        if folder.is_dir():
            for path in folder.iterdir():
                if path.name.startswith("part-"):
                    path.unlink()
    (root / LEDGER_NAME).unlink(missing_ok=True)


def _write_atomic(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(path.name + TMP_SUFFIX)
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_part(out_dir: Path, part: str, rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """Write one part file per table (atomically); the ledger is appended by the caller."""
    for table in TABLES:
        table_rows = rows.get(table, ())
        _write_atomic(rows_to_table(table, table_rows), out_dir / table / f"{part}.parquet")


# ------------------------------------------------------------------------------ input


def input_files(
    input_path: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
) -> list[Path]:
    """The JSONL files to read: a path, a glob pattern or a list of them, in sorted order."""
    items = [input_path] if isinstance(input_path, (str, os.PathLike)) else list(input_path)
    files: list[Path] = []
    for item in items:
        text = os.fspath(item)
        if any(ch in text for ch in "*?["):
            files.extend(Path(p) for p in sorted(glob.glob(text)))
        else:
            files.append(Path(text))
    missing = [str(p) for p in files if not p.is_file()]
    if missing or not files:
        from fivews.errors import MissingFileError

        raise MissingFileError(f"{missing[0] if missing else input_path}: no such JSONL file")
    return files


def record_id(record: Mapping[str, Any]) -> str:
    """The record's id, or (when it has none) a stable one made from its text's hash."""
    rid = record.get("id")
    if rid is not None and str(rid) != "":
        return str(rid)
    text = record.get("text")
    data = text if isinstance(text, str) else _json(record)
    return "sha1-" + hashlib.sha1(data.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse_line(line: str, where: str) -> dict[str, Any] | dict[str, str]:
    """Parse one JSONL line into a record with an ``id``; a bad line gives
    ``{"_error": message}``."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"_error": f"{where}: not valid JSON ({exc.msg})"}
    if not isinstance(record, dict):
        return {"_error": f"{where}: a record must be a JSON object"}
    record["id"] = record_id(record)
    return record


def iter_lines(files: Iterable[Path]) -> Iterator[tuple[str, str]]:
    """Yield ``(where, line)`` for every non-blank line, one at a time."""
    for path in files:
        with path.open(encoding="utf-8", errors="surrogateescape") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    yield f"{path.name}:{n}", line


def count_lines(files: Iterable[Path]) -> int:
    """Count non-blank lines quickly (for the progress bar's total)."""
    total = 0
    for path in files:
        with path.open("rb") as fh:
            total += sum(1 for line in fh if line.strip())
    return total


# ---------------------------------------------------------------------------- analysis

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
) -> Iterator[tuple[str, dict[str, list[dict[str, Any]]] | None, dict[str, Any] | None]]:
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
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Analyse ``lines`` and write parts of ``part_size`` articles.

    Records whose id is in ``done`` are skipped (finished earlier); so are repeats of an
    id met earlier in ``lines`` or listed in ``repeated`` (an earlier Dask partition's).

    Returns ``(ledger entries, counts)``. With ``append_ledger`` each entry is appended
    to the ledger as soon as its part is in place (the local engine); otherwise the
    caller appends them (Dask: the client).
    """
    counts = {"analysed": 0, "skipped": 0, "failed": 0, "duplicates": 0, "bad_lines": []}
    seen: set[str] = set()
    entries: list[dict[str, Any]] = []

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
    failed: list[dict[str, Any]] = []

    def flush() -> None:
        if not ids and not failed:
            return
        name = part_name(len(entries))
        write_part(out_dir, name, buffer)
        entry = {"part": name, "run": run, "ids": list(ids), "failed": list(failed)}
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


# ------------------------------------------------------------------------------ engines


def run_corpus(
    input_path: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    fmt: str = "parquet",
    processes: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    part_size: int = DEFAULT_PART_SIZE,
    model: str | None = None,
    engine: str = "local",
    scheduler: str | Any | None = None,
    blocksize: str | int = DEFAULT_BLOCKSIZE,
    progress: bool = True,
    overwrite: bool = False,
) -> CorpusSummary:
    """Analyse a JSONL corpus into one Parquet table per layer; resume if interrupted.

    Args:
        input_path: a JSONL file, a glob pattern or a list of files; records
            ``{"id", "text", "title"?, "published"?, "url"?}``. A record without ``id``
            gets ``sha1-<hash of its text>``.
        out_dir: output folder (created); an earlier run's output there is resumed.
        fmt: output format; only ``"parquet"``.
        processes: worker processes for ``nlp.pipe(n_process=...)`` (local engine).
        batch_size: articles per ``nlp.pipe`` batch.
        part_size: articles per part file, the unit of resumption.
        model: spaCy pipeline name (default: :func:`fivews.nlp.load_pipeline`'s).
        engine: ``"local"`` (this machine) or ``"dask"``.
        scheduler: Dask scheduler address (``"tcp://host:8786"``) or a
            ``distributed.Client``; default a local cluster of 2 single-threaded worker
            processes.
        blocksize: bytes of JSONL per Dask partition.
        progress: show a progress bar (articles/s) on stderr.
        overwrite: delete an earlier run's tables and ledger in ``out_dir`` first
            (start afresh instead of resuming).

    Returns:
        A :class:`CorpusSummary`. Failed records are listed in it and in the ledger and
        are not retried on resume.

    Raises:
        ValueError: unknown ``fmt`` or ``engine``. MissingFileError: no input file.
        InputError: another run is writing to ``out_dir``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"corpus mode writes {', '.join(FORMATS)}, not {fmt!r}")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    files = input_files(input_path)
    root = Path(out_dir)
    started = time.perf_counter()
    root.mkdir(parents=True, exist_ok=True)
    with _exclusive(root):
        if overwrite:
            clear_out_dir(root)
        done, run = prepare_out_dir(root)
        summary = CorpusSummary(out_dir=root)
        if engine == "dask":
            _run_dask(
                files,
                root,
                summary,
                done=done,
                run=run,
                model=model,
                batch_size=batch_size,
                part_size=part_size,
                scheduler=scheduler,
                blocksize=blocksize,
                progress=progress,
            )
        else:
            _run_local(
                files,
                root,
                summary,
                done=done,
                run=run,
                model=model,
                batch_size=batch_size,
                part_size=part_size,
                processes=processes,
                progress=progress,
            )
    summary.seconds = time.perf_counter() - started
    return summary


@contextlib.contextmanager
def _exclusive(root: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``root/_lock`` so two runs never write one folder (a
    second run would delete the first one's unfinished parts). The OS releases the lock
    when the process dies, even by SIGKILL."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    with open(root / LOCK_NAME, "a+b") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            from fivews.errors import InputError

            raise InputError(f"{root}: another fivews corpus run is writing here") from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _progress_bar(total: int | None, initial: int, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(
        total=total,
        initial=initial,
        unit="article",
        file=sys.stderr,
        disable=not enabled,
        dynamic_ncols=True,
        smoothing=0.1,
    )


def _run_local(
    files: list[Path],
    root: Path,
    summary: CorpusSummary,
    *,
    done: set[str],
    run: int,
    model: str | None,
    batch_size: int,
    part_size: int,
    processes: int,
    progress: bool,
) -> None:
    nlp = worker_pipeline(model)
    total = count_lines(files) if progress else None
    with _progress_bar(total, min(len(done), total or 0), progress) as bar:
        entries, counts = _process_stream(
            iter_lines(files),
            root,
            lambda i: f"part-r{run:03d}-{i:06d}",
            nlp=nlp,
            done=done,
            batch_size=batch_size,
            part_size=part_size,
            n_process=processes,
            run=run,
            on_progress=bar.update,
        )
    _add_counts(summary, entries, counts)


def _add_counts(
    summary: CorpusSummary, entries: list[dict[str, Any]], counts: dict[str, Any]
) -> None:
    summary.analysed += counts["analysed"]
    summary.skipped += counts["skipped"]
    summary.duplicates += counts["duplicates"]
    summary.failed += counts["failed"] + len(counts["bad_lines"])
    summary.parts += len(entries)
    summary.failures.extend(counts["bad_lines"])
    for entry in entries:
        summary.failures.extend(entry["failed"])


def partition_ids(lines: list[str]) -> list[str]:
    """Dask task: the ids of one partition's records, in order (bad lines skipped)."""
    ids = []
    for line in lines:
        if line.strip():
            record = parse_line(line, "")
            if "_error" not in record:
                ids.append(record["id"])
    return ids


def later_duplicates(ids_per_partition: Sequence[Sequence[str]]) -> list[frozenset[str]]:
    """For each partition, the ids that an earlier partition already holds.

    Partitions are in input order, so skipping these keeps the first occurrence of an
    id, as a single-process run does (repeats inside one partition are skipped there).
    """
    seen: set[str] = set()
    out = []
    for ids in ids_per_partition:
        unique = set(ids)
        out.append(frozenset(unique & seen))
        seen |= unique
    return out


def process_partition(
    lines: list[str],
    partition: int,
    out_dir: str,
    run: int,
    done: frozenset[str],
    duplicates: frozenset[str],
    model: str | None,
    batch_size: int,
    part_size: int,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Dask task: analyse one partition of JSONL lines on this worker and write its parts.

    The pipeline is loaded once per worker process (:func:`worker_pipeline`); records in
    ``done`` are skipped, and those in ``duplicates`` (held by an earlier partition) too.
    The ledger entries are returned for the client to append.
    """
    nlp = worker_pipeline(model)
    numbered = (
        (f"partition {partition}, line {n}", line)
        for n, line in enumerate(lines, 1)
        if line.strip()
    )
    return _process_stream(
        numbered,
        Path(out_dir),
        lambda i: f"part-r{run:03d}-p{partition:05d}-{i:04d}",
        nlp=nlp,
        done=done,
        repeated=duplicates,
        batch_size=batch_size,
        part_size=part_size,
        n_process=1,
        run=run,
        append_ledger=False,
    )


@contextlib.contextmanager
def dask_client(scheduler: str | Any | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: to ``scheduler`` (an address or a Client), or to a new
    local cluster of 2 single-threaded worker processes, closed on exit."""
    from dask.distributed import Client, LocalCluster

    if scheduler is not None and not isinstance(scheduler, str):
        yield scheduler  # a Client the caller owns
        return
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _run_dask(
    files: list[Path],
    root: Path,
    summary: CorpusSummary,
    *,
    done: set[str],
    run: int,
    model: str | None,
    batch_size: int,
    part_size: int,
    scheduler: str | Any | None,
    blocksize: str | int,
    progress: bool,
) -> None:
    import dask.bag as db
    from dask.distributed import as_completed

    bag = db.read_text(
        [str(f) for f in files], blocksize=blocksize, encoding="utf-8", linedelimiter="\n"
    )
    partitions = bag.to_delayed()
    with dask_client(scheduler) as client:
        # Scattered once as one object (a list of one), not element by element.
        [done_future] = client.scatter([frozenset(done)], broadcast=True, hash=False)
        line_futures = client.compute(partitions)
        # A first, cheap pass finds ids repeated across partitions (kept: the first).
        repeats = later_duplicates(client.gather(client.map(partition_ids, line_futures)))
        futures = [
            client.submit(
                process_partition,
                lines,
                i,
                str(root.resolve()),
                run,
                done_future,
                repeats[i],
                model,
                batch_size,
                part_size,
                pure=False,
            )
            for i, lines in enumerate(line_futures)
        ]
        total = count_lines(files) if progress else None
        with _progress_bar(total, min(len(done), total or 0), progress) as bar:
            for future in as_completed(futures):
                entries, counts = future.result()
                for entry in entries:  # only the client writes the ledger
                    _append_ledger(root, entry)
                _add_counts(summary, entries, counts)
                bar.update(counts["analysed"] + counts["failed"] + len(counts["bad_lines"]))


# ------------------------------------------------------------------ cross-article tables


def _mention_count(value: Any) -> int:
    if isinstance(value, str) and value.startswith("["):
        return len(json.loads(value))
    return 1


def top_actors(
    tables: Mapping[str, pd.DataFrame],
    n: int = 15,
    labels: Sequence[str] = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"),
) -> pd.DataFrame:
    """The actors named in most articles of the corpus.

    Args:
        tables: :func:`read_corpus_tables` output.
        n: how many rows to keep.
        labels: entity labels that count as actors.

    Returns:
        Columns ``name`` (str), ``label`` (str; the most frequent one for that name),
        ``articles`` (int: documents naming it), ``mentions`` (int: all mentions), most
        articles first.
    """
    columns = {"name": "string", "label": "string", "articles": "Int64", "mentions": "Int64"}
    ents = tables["entities"]
    if ents.empty or "name" not in ents:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})
    ents = ents[ents["label"].isin(list(labels))].copy()
    ents["mention_count"] = ents["mentions"].map(_mention_count) if "mentions" in ents else 1
    grouped = ents.groupby("name", sort=True).agg(
        label=("label", lambda s: s.value_counts().index[0]),
        articles=("doc_id", "nunique"),
        mentions=("mention_count", "sum"),
    )
    out = (
        grouped.reset_index()
        .sort_values(
            ["articles", "mentions", "name"], ascending=[False, False, True], kind="stable"
        )
        .head(n)
        .reset_index(drop=True)
    )
    return out[list(columns)].astype(columns)


def top_sources(tables: Mapping[str, pd.DataFrame], n: int = 15) -> pd.DataFrame:
    """The sources cited most across the corpus (who the claims are attributed to).

    Returns:
        Columns ``source`` (str: the source's name, else its text), ``claims`` (int),
        ``articles`` (int: documents citing it), most claims first.
    """
    columns = {"source": "string", "claims": "Int64", "articles": "Int64"}
    claims = tables["claims"]
    if claims.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})
    missing = pd.Series(pd.NA, index=claims.index, dtype="string")
    name = claims["source_name"] if "source_name" in claims else missing
    text = claims["source_text"] if "source_text" in claims else missing
    cited = claims.assign(source=name.fillna(text)).dropna(subset=["source"])
    grouped = cited.groupby("source", sort=True).agg(
        claims=("doc_id", "size"), articles=("doc_id", "nunique")
    )
    out = (
        grouped.reset_index()
        .sort_values(
            ["claims", "articles", "source"], ascending=[False, False, True], kind="stable"
        )
        .head(n)
        .reset_index(drop=True)
    )
    return out[list(columns)].astype(columns)


def mentions_over_time(
    tables: Mapping[str, pd.DataFrame], names: Sequence[str], period: str = "month"
) -> pd.DataFrame:
    """How many articles name each of ``names``, per month (or year) of publication.

    Args:
        tables: :func:`read_corpus_tables` output.
        names: entity names (the ``name`` column of the entities table).
        period: ``"month"`` or ``"year"``.

    Returns:
        Columns ``month`` (str ``YYYY-MM``, or ``YYYY`` by year), ``name`` (str),
        ``articles`` (int); articles without a publication date are left out.
    """
    if period not in ("month", "year"):
        raise ValueError(f"period must be 'month' or 'year', not {period!r}")
    columns = {"month": "string", "name": "string", "articles": "Int64"}
    docs, ents = tables["documents"], tables["entities"]
    if ents.empty or "published_value" not in docs:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})
    width = 7 if period == "month" else 4
    months = docs[["doc_id"]].assign(month=docs["published_value"].str.slice(0, width)).dropna()
    picked = ents[ents["name"].isin(list(names))][["doc_id", "name"]].drop_duplicates()
    joined = picked.merge(months, on="doc_id", how="inner")
    out = joined.groupby(["month", "name"], sort=True).size().rename("articles").reset_index()
    return out[list(columns)].astype(columns)
