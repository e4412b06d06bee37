"""The linked tables of a corpus run on disk: :func:`link_out_dir` links the finished
tables of ``out_dir`` part by part (:mod:`fivews.linking.stream`) and writes them to
``out_dir/linked/``; :func:`join_links` adds them to the tables
:func:`fivews.corpus.read_corpus_tables` reads back.

Only the columns linking reads are loaded (not the article texts), one part at a time,
and the new tables become visible at once, so an interrupted linking pass leaves the
previous links intact.
Links made before the corpus grew are still joined (the new rows have no id) and a
:class:`~fivews.linking.tables.LinkWarning` says to link again.
"""

from __future__ import annotations

import json
import os
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from fivews.corpus.layout import LINK_DIR, LINK_PARTS_NAME, LINK_TABLES, TMP_SUFFIX
from fivews.corpus.ledger import read_ledger
from fivews.errors import LinkWarning
from fivews.linking.stream import LINK_INPUT_COLUMNS, link_parts

__all__ = ["LINK_INPUT_COLUMNS", "join_links", "link_out_dir"]


def link_out_dir(out_dir: str | os.PathLike[str]) -> dict[str, int]:
    """Link the finished tables of a corpus run, part by part, and write ``out_dir/linked/``.

    The link tables are written to a new folder ``linked/gNNNNNN/``; only when it is
    complete does ``linked/_parts.json`` name it (an atomic replace), and the older
    folders are removed.

    Returns:
        Counts: ``entities`` (article entities linked), ``corpus_entities``,
        ``events``, ``corpus_events``.
    """
    root = Path(out_dir)
    parts = sorted(e["part"] for e in read_ledger(root))
    folder = root / LINK_DIR
    folder.mkdir(exist_ok=True)
    numbers = [int(p.name[1:]) for p in folder.glob("g*") if p.is_dir() and p.name[1:].isdigit()]
    generation = f"g{1 + max(numbers, default=0):06d}"
    counts = link_parts(root, parts, folder / generation)
    tmp = folder / (LINK_PARTS_NAME + TMP_SUFFIX)
    tmp.write_text(json.dumps({"parts": parts, "tables": generation}), encoding="utf-8")
    os.replace(tmp, folder / LINK_PARTS_NAME)
    for path in folder.iterdir():
        if path.is_dir() and path.name != generation:
            shutil.rmtree(path)
        elif path.stem in LINK_TABLES:
            path.unlink()
    return counts


def _read(path: Path) -> pd.DataFrame:
    return _convert(pq.read_table(path).to_pandas())


def _convert(frame: pd.DataFrame) -> pd.DataFrame:
    """Link-table columns as the tables read back have them (nullable dtypes, lists)."""
    for column in frame.columns:
        if frame[column].dtype == object and column not in ("aliases", "actors", "doc_ids"):
            frame[column] = frame[column].astype("string")
        elif column in ("aliases", "actors", "doc_ids"):
            frame[column] = frame[column].map(lambda v: [] if v is None else list(v))
    for column in ("position", "articles", "mentions"):
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    return frame


def _read_parts(folder: Path) -> pd.DataFrame:
    """The part files of one link table, in order of their names."""
    paths = sorted(folder.glob("*.parquet"))
    schema = pq.read_schema(paths[0])
    tables = [pq.read_table(p) for p in paths]
    return _convert(pa.concat_tables([t.cast(schema) for t in tables]).to_pandas())


def join_links(out_dir: str | os.PathLike[str], frames: dict[str, pd.DataFrame]) -> None:
    """Add the linked tables of ``out_dir`` (if any) to ``frames``, in place: the
    ``corpus_id`` and ``corpus_event_id`` columns and the two corpus tables."""
    root = Path(out_dir)
    folder = root / LINK_DIR
    if not (folder / LINK_PARTS_NAME).exists():
        return
    written = json.loads((folder / LINK_PARTS_NAME).read_text(encoding="utf-8"))
    if isinstance(written, dict):  # a folder of part files per table
        linked_parts, tables = set(written["parts"]), folder / written["tables"]
    else:  # one file per table
        linked_parts, tables = set(written), None
    if {e["part"] for e in read_ledger(root)} - linked_parts:
        warnings.warn(
            f"{root}: the corpus has parts added after linking; run with --link again",
            LinkWarning,
            stacklevel=3,
        )
    links = {
        name: _read(folder / f"{name}.parquet") if tables is None else _read_parts(tables / name)
        for name in LINK_TABLES
    }
    for table, link in (("entities", "entity_links"), ("events", "event_links")):
        frame = frames.get(table)
        if frame is None or "position" not in frame:
            continue
        frame = frame.drop(
            columns=[
                c for c in links[link].columns if c not in ("doc_id", "position") and c in frame
            ]
        )
        merged = frame.merge(links[link], on=["doc_id", "position"], how="left")
        frames[table] = merged
    for name, key in (("corpus_entities", "corpus_id"), ("corpus_events", "corpus_event_id")):
        table = links[name]
        frames[name] = table.sort_values(key, kind="stable").reset_index(drop=True)
