"""Reading the JSONL input: which files, one line at a time, each parsed into a record
with an id.

Records: one JSON object per line, ``{"id", "text", "title"?, "published"?, "url"?}``. A
record without an id gets ``sha1-<hash of its text>``, stable across runs. An id met again
is skipped (the first occurrence is kept; on Dask a cheap first pass over the ids finds
repeats across partitions). A line that is not JSON, or a record fivews cannot read, is
listed in :attr:`CorpusSummary.failures` (and, if it has an id, in the ledger, so it is
not retried).
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from fivews.corpus.rows import _json


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
