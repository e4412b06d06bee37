"""Cross-article tables from a corpus run: the actors named in most articles, the sources
cited most, and how many articles name an entity per month or year."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd


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
