"""Who appears in which article over time: the articles naming each of the linked
entities the corpus names most, by month of publication."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from fivews.story.reports import publication_dates, require_linked

#: The column of articles without a publication date.
UNDATED = "undated"

APPEARANCE_COLUMNS: dict[str, str] = {
    "corpus_id": "string",
    "name": "string",
    "label": "string",
    "doc_id": "string",
    "published": "string",
}


def top_entities(tables: Mapping[str, pd.DataFrame], n: int = 10) -> pd.DataFrame:
    """The ``n`` linked entities named in most articles (ties: more mentions, then id)."""
    require_linked(tables)
    corpus = tables["corpus_entities"]
    mentions = corpus["mentions"] if "mentions" in corpus else 0
    ranked = corpus.assign(_mentions=mentions).sort_values(
        ["articles", "_mentions", "corpus_id"], ascending=[False, False, True], kind="stable"
    )
    return ranked.drop(columns="_mentions").head(n).reset_index(drop=True)


def appearances(tables: Mapping[str, pd.DataFrame], n: int = 10) -> pd.DataFrame:
    """One row per article naming one of the ``n`` entities named in most articles:
    ``corpus_id``, ``name``, ``label``, ``doc_id``, ``published`` (YYYY-MM-DD or None),
    in the entities' rank order, then by publication date."""
    top = top_entities(tables, n)
    rank = {str(c): i for i, c in enumerate(top["corpus_id"])}
    ents = tables["entities"]
    named = ents[ents["corpus_id"].isin(list(rank))][["corpus_id", "doc_id"]].drop_duplicates()
    info = top.set_index("corpus_id")
    published = publication_dates(tables["documents"])
    out = named.assign(
        name=named["corpus_id"].map(info["name"]),
        label=named["corpus_id"].map(info["label"]),
        published=named["doc_id"].map(lambda d: published.get(str(d))),
        _rank=named["corpus_id"].map(rank),
    ).sort_values(["_rank", "published", "doc_id"], kind="stable", na_position="last")
    return out[list(APPEARANCE_COLUMNS)].astype(APPEARANCE_COLUMNS).reset_index(drop=True)


def presence(
    tables: Mapping[str, pd.DataFrame], n: int = 10, period: str = "month"
) -> pd.DataFrame:
    """Entity × month (or year) matrix: how many articles of each month name each of the
    ``n`` entities named in most articles.

    Rows are the entities' canonical names in rank order (most articles first); columns
    are the months (``YYYY-MM``; ``YYYY`` with ``period="year"``) in which at least one
    article was published, in order, then ``undated`` when some articles have no
    publication date. Periods without an article are not columns (a corpus spanning years
    would be mostly empty columns); ``attrs["articles_per_period"]`` holds how many
    articles each column has.
    """
    if period not in ("month", "year"):
        raise ValueError(f"period must be 'month' or 'year', not {period!r}")
    require_linked(tables)
    width = 7 if period == "month" else 4
    published = publication_dates(tables["documents"])
    periods = sorted({p[:width] for p in published.values() if p})
    if any(not p for p in published.values()):
        periods.append(UNDATED)
    per_period = pd.Series(
        [(p[:width] if p else UNDATED) for p in published.values()], dtype="string"
    ).value_counts()
    seen = appearances(tables, n)
    top = top_entities(tables, n)
    seen = seen.assign(period=seen["published"].str.slice(0, width).fillna(UNDATED))
    matrix = (
        seen.groupby(["name", "period"]).size().unstack(fill_value=0)
        if len(seen)
        else pd.DataFrame()
    )
    names = list(dict.fromkeys(str(x) for x in top["name"]))
    matrix = matrix.reindex(index=names, columns=periods, fill_value=0).fillna(0).astype("Int64")
    matrix.index.name, matrix.columns.name = "entity", period
    matrix.attrs["articles_per_period"] = {p: int(per_period.get(p, 0)) for p in periods}
    return matrix
