"""The linked tables of a corpus run on disk: :func:`link_out_dir` links the finished
tables of ``out_dir`` and writes them to ``out_dir/linked/``; :func:`join_links` adds
them to the tables :func:`fivews.corpus.read_corpus_tables` reads back.

Only the columns linking reads are loaded (not the article texts), and the files are
replaced atomically, so an interrupted linking pass leaves the previous links intact.
Links made before the corpus grew are still joined (the new rows have no id) and a
:class:`~fivews.linking.tables.LinkWarning` says to link again.
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from fivews.corpus.layout import LINK_DIR, LINK_PARTS_NAME, LINK_TABLES, TMP_SUFFIX
from fivews.corpus.ledger import read_ledger
from fivews.errors import LinkWarning
from fivews.linking.tables import link_corpus

#: The columns linking reads from each table of a corpus run.
LINK_INPUT_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "published_value"),
    "entities": (
        "doc_id", "position", "id", "name", "label", "aliases", "mentions", "geo",
        "geo_confidence",
    ),
    "events": (
        "doc_id", "position", "text", "trigger_lemma", "trigger_text", "sub_event_type",
        "actors", "time_value", "time_how",
    ),
}  # fmt: skip


def _write(frame: pd.DataFrame, path: Path) -> None:
    tmp = path.with_name(path.name + TMP_SUFFIX)
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), tmp, compression="zstd")
    os.replace(tmp, path)


def link_out_dir(out_dir: str | os.PathLike[str]) -> dict[str, int]:
    """Link the finished tables of a corpus run and write ``out_dir/linked/``.

    Returns:
        Counts: ``entities`` (article entities linked), ``corpus_entities``,
        ``events``, ``corpus_events``.
    """
    from fivews.corpus.tables import read_corpus_tables

    root = Path(out_dir)
    tables = read_corpus_tables(root, columns=LINK_INPUT_COLUMNS, linked=False)
    linked = link_corpus(tables)
    folder = root / LINK_DIR
    folder.mkdir(exist_ok=True)
    ents, evs = linked["entities"], linked["events"]
    frames = {
        "entity_links": ents[["doc_id", "position", "corpus_id"]],
        "event_links": evs[["doc_id", "position", "corpus_event_id"]]
        if "position" in evs
        else pd.DataFrame({"doc_id": [], "position": [], "corpus_event_id": []}),
        "corpus_entities": linked["corpus_entities"],
        "corpus_events": linked["corpus_events"],
    }
    for name in LINK_TABLES:
        _write(frames[name].reset_index(drop=True), folder / f"{name}.parquet")
    parts = sorted(e["part"] for e in read_ledger(root))
    tmp = folder / (LINK_PARTS_NAME + TMP_SUFFIX)
    tmp.write_text(json.dumps(parts), encoding="utf-8")
    os.replace(tmp, folder / LINK_PARTS_NAME)
    return {
        "entities": int(ents["corpus_id"].notna().sum()) if "corpus_id" in ents else 0,
        "corpus_entities": len(linked["corpus_entities"]),
        "events": len(evs),
        "corpus_events": len(linked["corpus_events"]),
    }


def _read(path: Path) -> pd.DataFrame:
    frame = pq.read_table(path).to_pandas()
    for column in frame.columns:
        if frame[column].dtype == object and column not in ("aliases", "actors", "doc_ids"):
            frame[column] = frame[column].astype("string")
        elif column in ("aliases", "actors", "doc_ids"):
            frame[column] = frame[column].map(lambda v: [] if v is None else list(v))
    for column in ("position", "articles", "mentions"):
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    return frame


def join_links(out_dir: str | os.PathLike[str], frames: dict[str, pd.DataFrame]) -> None:
    """Add the linked tables of ``out_dir`` (if any) to ``frames``, in place: the
    ``corpus_id`` and ``corpus_event_id`` columns and the two corpus tables."""
    root = Path(out_dir)
    folder = root / LINK_DIR
    if not (folder / LINK_PARTS_NAME).exists():
        return
    linked_parts = set(json.loads((folder / LINK_PARTS_NAME).read_text(encoding="utf-8")))
    if {e["part"] for e in read_ledger(root)} - linked_parts:
        warnings.warn(
            f"{root}: the corpus has parts added after linking; run with --link again",
            LinkWarning,
            stacklevel=3,
        )
    links = {name: _read(folder / f"{name}.parquet") for name in LINK_TABLES}
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
    frames["corpus_entities"] = links["corpus_entities"]
    frames["corpus_events"] = links["corpus_events"]
