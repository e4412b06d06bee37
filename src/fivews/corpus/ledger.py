"""The ledger of finished parts: which ids an earlier run finished, appending a part once
its files are in place, and cleaning what an interrupted run left.

Why it survives being killed: every part file is written to a temporary name and moved
into place with ``os.replace`` (atomic), and only when all five files of a part are in
place is its ledger line appended (one ``write`` + ``fsync``). A restart reads the
ledger, deletes temporary files and part files the ledger does not name (a batch that was
cut short), and skips every id the ledger lists. So nothing is lost and nothing is
written twice; at most one batch (``part_size`` articles) is redone.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from fivews.corpus.layout import LEDGER_NAME, LINK_DIR, LINK_TABLES, TABLES, TMP_SUFFIX
from fivews.corpus.records import LedgerEntry


def read_ledger(out_dir: str | os.PathLike[str]) -> list[LedgerEntry]:
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


def _append_ledger(out_dir: Path, entry: LedgerEntry) -> None:
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
    """Delete the tables, linked tables and ledger of earlier runs in ``out_dir``
    (nothing else)."""
    root = Path(out_dir)
    links = root / LINK_DIR
    if links.is_dir():
        for path in links.iterdir():
            if path.stem in LINK_TABLES or path.name.startswith("_parts"):
                path.unlink()
    for table in TABLES:
        folder = root / table
        if folder.is_dir():
            for path in folder.iterdir():
                if path.name.startswith("part-"):
                    path.unlink()
    (root / LEDGER_NAME).unlink(missing_ok=True)
