"""A timeline per actor across the corpus: the events one linked entity takes part in, each
once however many articles report it, in the order they happened.

An event's date is its TIMEX value, which the timeline layer anchored to its article's
publication date ("Thursday" in an article of 2009-06-04 -> 2009-06-04); when no time
expression dates it in any article, the earliest publication date stands in and
``date_how`` says so. When articles date one event differently, the date most of them
give is kept (the earliest article's on a tie) and ``date_how`` says how many dates
(:func:`fivews.story.disagreements` lists them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import pandas as pd

from fivews.story.reports import (
    PUBLICATION_DATE,
    entity_names,
    event_reports,
    json_list,
    require_linked,
    resolve_entity,
)

TIMELINE_COLUMNS: dict[str, str] = {
    "date": "string",
    "date_how": "string",
    "begin": "datetime64[s]",  # seconds: years before 1678 fit ("in 1600")
    "end": "datetime64[s]",
    "text": "string",
    "trigger": "string",
    "corpus_event_id": "string",
    "articles": "Int64",
    "doc_ids": "object",
    "first_reported": "string",
    "sentence": "string",
}


def _one_event(reports: pd.DataFrame) -> dict[str, object]:
    """One timeline row from the reports of one corpus event (earliest article first)."""
    dated = reports[reports["date_how"] != PUBLICATION_DATE].dropna(subset=["begin"])
    if len(dated):
        by_article = dated.drop_duplicates(subset=["doc_id"])  # each article's first date
        dates = list(by_article["date"])
        counts = Counter(dates)
        # most articles' date; on a tie the earliest article's (reports are in that order)
        date = max(dates, key=lambda d: (counts[d], -dates.index(d)))
        chosen = by_article[by_article["date"] == date].iloc[0]
        how = str(chosen["date_how"])
        # "Thursday night" and "Thursday evening" are one day: days are compared, not values
        days = set(zip(by_article["begin"], by_article["end"], strict=True))
        if len(days) > 1:
            how += f"; {len(dates)} articles give {len(days)} dates"
    else:
        chosen = (
            reports.dropna(subset=["begin"]).iloc[0] if reports["begin"].notna().any() else None
        )
        chosen = chosen if chosen is not None else reports.iloc[0]
        how = str(chosen["date_how"])
    doc_ids = list(dict.fromkeys(reports["doc_id"]))
    return {
        "date": chosen["date"],
        "date_how": how,
        "begin": pd.Timestamp(chosen["begin"]) if pd.notna(chosen["begin"]) else pd.NaT,
        "end": pd.Timestamp(chosen["end"]) if pd.notna(chosen["end"]) else pd.NaT,
        "text": chosen["text"],
        "trigger": chosen["trigger"],
        "corpus_event_id": chosen["corpus_event_id"],
        "articles": len(doc_ids),
        "doc_ids": doc_ids,
        "first_reported": reports["published"].dropna().min()
        if reports["published"].notna().any()
        else None,
        "sentence": chosen["sentence"],
    }


def actor_timeline(tables: Mapping[str, pd.DataFrame], who: str) -> pd.DataFrame:
    """The events of one linked entity across the corpus, in time order.

    Args:
        tables: a linked corpus (:func:`fivews.linking.link_corpus` output).
        who: a ``corpus_id``, or a name or alias of a linked entity (case folded; when a
            name fits several, the one named in most articles).

    Returns:
        One row per corpus event the entity is an actor of: ``date`` (TIMEX value or
        publication date), ``date_how`` (how the date was found, in words), ``begin`` and
        ``end`` (the calendar days the date covers), ``text``, ``trigger``,
        ``corpus_event_id``, ``articles`` (how many articles report it), ``doc_ids``
        (earliest first), ``first_reported`` (the earliest publication date) and
        ``sentence`` (as written in the article whose date is kept). Sorted by ``begin``,
        ``end``, then id; undated events last. ``attrs["actor"]`` holds the entity's
        corpus id and name.

    Raises:
        KeyError: ``who`` names no linked entity.
    """
    require_linked(tables)
    corpus_id = resolve_entity(tables, who)
    reports = event_reports(tables)
    mine = reports["actors"].map(lambda ids: corpus_id in ids)
    listed: set[str] = set()
    corpus_events = tables["corpus_events"]
    if "actors" in corpus_events:
        for event_id, actors in corpus_events[["corpus_event_id", "actors"]].itertuples(
            index=False
        ):
            if corpus_id in {str(a) for a in json_list(actors)}:
                listed.add(str(event_id))
    chosen = reports[mine | reports["corpus_event_id"].isin(listed)]
    rows = [_one_event(group) for _, group in chosen.groupby("corpus_event_id", sort=False)]
    out = pd.DataFrame(rows, columns=list(TIMELINE_COLUMNS)).astype(TIMELINE_COLUMNS)
    out = out.sort_values(
        ["begin", "end", "corpus_event_id"], kind="stable", na_position="last"
    ).reset_index(drop=True)
    out.attrs["actor"] = {"corpus_id": corpus_id, "name": entity_names(tables).get(corpus_id)}
    return out


def most_reported(
    tables: Mapping[str, pd.DataFrame], label: str | None = "PERSON", min_events: int = 1
) -> str | None:
    """The corpus id of the entity (of ``label``; any label when None) named in most
    articles among those that are an actor of at least ``min_events`` events; ties go to
    more mentions, then the id. None when no entity qualifies."""
    require_linked(tables)
    corpus = tables["corpus_entities"]
    if label is not None:
        corpus = corpus[corpus["label"] == label]
    reports = event_reports(tables)
    by_event: dict[str, set[str]] = {}
    for event_id, actors in reports[["corpus_event_id", "actors"]].itertuples(index=False):
        by_event.setdefault(str(event_id), set()).update(actors)
    counts = Counter(a for actors in by_event.values() for a in actors)
    ranked = corpus.assign(
        _events=corpus["corpus_id"].map(lambda c: counts.get(str(c), 0)),
        _mentions=corpus["mentions"] if "mentions" in corpus else 0,
    )
    ranked = ranked[ranked["_events"] >= min_events].sort_values(
        ["articles", "_mentions", "corpus_id"], ascending=[False, False, True], kind="stable"
    )
    return None if ranked.empty else str(ranked.iloc[0]["corpus_id"])
