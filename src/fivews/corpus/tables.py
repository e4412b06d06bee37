"""Rows as Arrow tables with one type per column, part files written atomically, and the
finished parts read back as pandas DataFrames."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from fivews.corpus.layout import KEY_COLUMNS, TABLES, TMP_SUFFIX
from fivews.corpus.ledger import read_ledger
from fivews.corpus.rows import _json


def _arrow_column(values: list[Any]) -> pa.Array:
    """Build an Arrow column with one type chosen from the values (the flattening rule
    of :mod:`fivews.corpus.rows`)."""
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


def read_corpus_tables(
    out_dir: str | os.PathLike[str],
    *,
    columns: Mapping[str, Sequence[str]] | None = None,
    linked: bool = True,
) -> dict[str, pd.DataFrame]:
    """Read the tables of a corpus run back as pandas DataFrames.

    Only part files named in the ledger are read (a part left by an interrupted run is
    not). Rows are sorted by ``doc_id`` (and ``position``); integer, float, boolean and
    text columns have pandas' nullable dtypes; JSON columns are strings.

    Args:
        out_dir: the folder of the run.
        columns: per table, the only columns to read (those the part files have);
            tables not named are read whole.
        linked: when the run was linked (``--link``), add ``entities.corpus_id``,
            ``events.corpus_event_id`` and the ``corpus_entities`` and ``corpus_events``
            tables (:mod:`fivews.linking`).

    Returns:
        ``{"documents": df, "entities": df, "timexes": df, "events": df, "claims": df}``
        (and the two corpus tables when linked).
    """
    root = Path(out_dir)
    finished = {entry["part"] for entry in read_ledger(root)}
    frames: dict[str, pd.DataFrame] = {}
    for table in TABLES:
        paths = sorted(p for p in (root / table).glob("part-*.parquet") if p.stem in finished)
        keys = list(KEY_COLUMNS[table])
        wanted = None if columns is None else columns.get(table)
        tables = [_read_part(p, wanted) for p in paths]
        tables = [t for t in tables if t.num_rows] or tables[:1]
        if not tables:
            frames[table] = pd.DataFrame(
                {k: pd.Series(dtype="string" if k == "doc_id" else "Int64") for k in keys}
            )
            continue
        merged = pa.concat_tables(_unify(tables))
        df = merged.to_pandas(types_mapper=_PANDAS_TYPES.get)
        frames[table] = df.sort_values(keys, kind="stable").reset_index(drop=True)
    if linked:
        from fivews.linking.store import join_links

        join_links(root, frames)
    return frames


def _read_part(path: Path, columns: Sequence[str] | None) -> pa.Table:
    """One part file; only ``columns`` (those it has) when given."""
    if columns is None:
        return pq.read_table(path)
    present = set(pq.read_schema(path).names)
    return pq.read_table(path, columns=[c for c in columns if c in present])


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
