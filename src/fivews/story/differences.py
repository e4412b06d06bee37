"""Where accounts differ: for one event reported by several articles (one
``corpus_event_id``), the numbers, dates, places and sources that cannot all be true, each
with both articles' sentences; and what only one article reports.

The comparison is pairwise, between the reports of one event in different articles (the
earliest article's report of it first; at most :data:`MAX_ARTICLES` articles per event, so
the work stays linear in the corpus):

number
    the event's clause in each article gives a figure of the same measure (unit or counted
    noun) and no figure of one agrees with any of the other within rounding
    (:mod:`fivews.story.numbers`).
date
    both articles date the event with a time expression (not the publication date) and
    the calendar days they cover do not overlap ("2009" and "2009-06-01" overlap).
place
    both name a place and they are not the same linked entity, nor a country and a place
    in it.
source
    both attribute the event to a source (it is part of a claim) and the sources differ.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pandas as pd
from spacy.language import Language

from fivews.story.numbers import conflicting, describe, sentence_quantities
from fivews.story.reports import (
    PUBLICATION_DATE,
    entity_names,
    event_reports,
    require_linked,
    resolve_entity,
)

#: The most articles of one event compared (the earliest ones), to bound the pairs.
MAX_ARTICLES = 12

#: Geo kinds that contain the places of their country ("France" holds "Toulouse").
CONTAINER_KINDS: frozenset[str] = frozenset({"country", "continent", "region"})

DISAGREEMENT_COLUMNS: dict[str, str] = {
    "corpus_event_id": "string",
    "event": "string",
    "kind": "string",
    "measure": "string",
    "doc_id_a": "string",
    "published_a": "string",
    "value_a": "string",
    "sentence_a": "string",
    "doc_id_b": "string",
    "published_b": "string",
    "value_b": "string",
    "sentence_b": "string",
    "note": "string",
}

#: The note on every disagreement of two reports whose dates cannot both be true.
DATES_APART = "the articles date it apart: possibly two events linked as one"


def _place_info(tables: Mapping[str, pd.DataFrame]) -> dict[str, tuple[str | None, str | None]]:
    """``corpus_id -> (country code, geo kind)`` from the first entity row of each id."""
    ents = tables["entities"]
    out: dict[str, tuple[str | None, str | None]] = {}
    if "country" not in ents:
        return out
    for row in ents.dropna(subset=["corpus_id"]).to_dict("records"):
        key = str(row["corpus_id"])
        if key in out:
            continue
        geo = row.get("geo")
        kind = None
        if isinstance(geo, str) and geo.startswith("{"):
            kind = json.loads(geo).get("kind")
        country = row.get("country")
        out[key] = (str(country) if isinstance(country, str) else None, kind)
    return out


def _same_place(
    a: Mapping[str, Any], b: Mapping[str, Any], places: Mapping[str, tuple[str | None, str | None]]
) -> bool:
    if a["place_id"] and a["place_id"] == b["place_id"]:
        return True
    if str(a["place"]).casefold() == str(b["place"]).casefold():
        return True
    info_a = places.get(str(a["place_id"]), (None, None))
    info_b = places.get(str(b["place_id"]), (None, None))
    if info_a[0] and info_a[0] == info_b[0]:
        return info_a[1] in CONTAINER_KINDS or info_b[1] in CONTAINER_KINDS
    return False


def _same_source(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    if a["source_id"] and b["source_id"]:
        return bool(a["source_id"] == b["source_id"])
    return str(a["source"]).casefold() == str(b["source"]).casefold()


def _row(
    a: Mapping[str, Any],
    b: Mapping[str, Any],
    kind: str,
    measure: str,
    va: str,
    vb: str,
    note: str | None = None,
) -> dict[str, Any]:
    return {
        "corpus_event_id": a["corpus_event_id"],
        "event": a["text"],
        "kind": kind,
        "measure": measure,
        "doc_id_a": a["doc_id"],
        "published_a": a["published"],
        "value_a": va,
        "sentence_a": a["sentence"],
        "doc_id_b": b["doc_id"],
        "published_b": b["published"],
        "value_b": vb,
        "sentence_b": b["sentence"],
        "note": note,
    }


def _compare(
    a: Mapping[str, Any],
    b: Mapping[str, Any],
    places: Mapping[str, tuple[str | None, str | None]],
    names: Mapping[str, str],
) -> list[dict[str, Any]]:
    """The disagreements between two articles' reports of one event."""
    dated = a["date_how"] != PUBLICATION_DATE and b["date_how"] != PUBLICATION_DATE
    apart = bool(
        dated and a["begin"] and b["begin"] and (a["end"] < b["begin"] or b["end"] < a["begin"])
    )
    note = DATES_APART if apart else None
    out = [
        _row(a, b, "number", measure, describe(qa), describe(qb), note)
        for measure, qa, qb in conflicting(a["quantities"], b["quantities"])
    ]
    if apart:
        out.append(_row(a, b, "date", "when", str(a["date"]), str(b["date"]), note))
    if a["place"] and b["place"] and not _same_place(a, b, places):
        out.append(_row(a, b, "place", "where", str(a["place"]), str(b["place"]), note))
    if a["source"] and b["source"] and not _same_source(a, b):
        va = names.get(str(a["source_id"]), str(a["source"]))
        vb = names.get(str(b["source_id"]), str(b["source"]))
        out.append(_row(a, b, "source", "according to", va, vb, note))
    return out


SHARED_COLUMNS: tuple[str, ...] = (
    "corpus_event_id",
    "doc_id",
    "published",
    "date",
    "date_how",
    "place",
    "source",
    "text",
    "sentence",
)


def _shared(reports: pd.DataFrame) -> pd.DataFrame:
    """Each article's first report of every event more than one article reports."""
    firsts = reports.drop_duplicates(subset=["corpus_event_id", "doc_id"])
    several = firsts.groupby("corpus_event_id")["doc_id"].transform("size") > 1
    return firsts[several]


def shared_reports(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The events several articles report, side by side: one row per article and event
    (the article's first report of it), the event's rows together, earliest article first.

    Columns: ``corpus_event_id``, ``doc_id``, ``published``, ``date``, ``date_how``,
    ``place``, ``source``, ``text``, ``sentence`` — what :func:`disagreements` compares.
    """
    require_linked(tables)
    shared = _shared(event_reports(tables))
    order = {e: i for i, e in enumerate(dict.fromkeys(shared["corpus_event_id"]))}
    shared = shared.assign(_event=shared["corpus_event_id"].map(order)).sort_values(
        "_event", kind="stable"
    )
    return shared[list(SHARED_COLUMNS)].reset_index(drop=True)


def disagreements(tables: Mapping[str, pd.DataFrame], nlp: Language | None = None) -> pd.DataFrame:
    """Numbers, dates, places and sources on which articles reporting one event differ.

    Args:
        tables: a linked corpus (:func:`fivews.linking.link_corpus` output).
        nlp: the spaCy pipeline that parses event clauses for their numbers; the base
            model when None.

    Returns:
        One row per disagreement: ``corpus_event_id``, ``event`` (as the earlier article
        words it), ``kind`` (number, date, place, source), ``measure`` (the unit or
        counted noun; "when", "where", "according to"), and for each side (``_a`` the
        earlier article, ``_b`` the later) ``doc_id``, ``published``, ``value`` (as
        written) and ``sentence``; ``note`` says when the two articles date the event
        apart (then the linker may have joined two events). ``attrs["events_compared"]``
        holds how many events several articles report.
    """
    require_linked(tables)
    # one report per article and event (the article's first), earliest articles first
    reports = _shared(event_reports(tables))
    reports = reports[reports.groupby("corpus_event_id").cumcount() < MAX_ARTICLES].copy()
    texts = [str(t or "") for t in reports["text"]]
    reports["quantities"] = sentence_quantities(texts, nlp) if texts else []
    places, names = _place_info(tables), entity_names(tables)
    rows: list[dict[str, Any]] = []
    for _, group in reports.groupby("corpus_event_id", sort=False):
        items = group.to_dict("records")
        seen: set[tuple[str, str, str, str]] = set()
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                for row in _compare(a, b, places, names):
                    key = (row["kind"], row["measure"], row["value_a"], row["value_b"])
                    if key not in seen:
                        seen.add(key)
                        rows.append(row)
    out = pd.DataFrame(rows, columns=list(DISAGREEMENT_COLUMNS)).astype(DISAGREEMENT_COLUMNS)
    out.attrs["events_compared"] = int(reports["corpus_event_id"].nunique())
    return out


ONLY_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "published": "string",
    "actors": "object",
    "date": "string",
    "date_how": "string",
    "text": "string",
    "trigger": "string",
    "corpus_event_id": "string",
    "sentence": "string",
}


def only_in_one(
    tables: Mapping[str, pd.DataFrame], min_actor_articles: int = 2, who: str | None = None
) -> pd.DataFrame:
    """Events only one article reports, about actors other articles name too.

    An event of an actor named in a single article is that article's own story; an event
    of an actor the corpus follows (named in at least ``min_actor_articles`` articles)
    that no other article reports is what a reader of the other articles would miss.

    Args:
        tables: a linked corpus.
        min_actor_articles: how many articles must name one of the event's actors.
        who: keep the events of this entity only (corpus id, name or alias).

    Returns:
        ``doc_id``, ``published``, ``actors`` (names), ``date``, ``date_how``, ``text``,
        ``trigger``, ``corpus_event_id``, ``sentence``; earliest article first.
    """
    require_linked(tables)
    reports = event_reports(tables)
    single = reports.groupby("corpus_event_id")["doc_id"].transform("nunique") == 1
    corpus = tables["corpus_entities"]
    followed = {
        str(c)
        for c, n in corpus[["corpus_id", "articles"]].itertuples(index=False)
        if pd.notna(n) and int(n) >= min_actor_articles
    }
    wanted = resolve_entity(tables, who) if who is not None else None
    keep = reports["actors"].map(
        lambda ids: any(a in followed for a in ids) and (wanted is None or wanted in ids)
    )
    picked = reports[single & keep].copy()
    names = entity_names(tables)
    picked["actors"] = picked["actors"].map(lambda ids: [names.get(a, a) for a in ids])
    out = picked[list(ONLY_COLUMNS)].astype(ONLY_COLUMNS).reset_index(drop=True)
    return out


def disagreement_counts(found: pd.DataFrame) -> pd.DataFrame:
    """Disagreements per kind (number, date, place, source) and events concerned."""
    kinds = ["number", "date", "place", "source"]
    rows = [
        {
            "kind": kind,
            "disagreements": int((found["kind"] == kind).sum()),
            "events": int(found.loc[found["kind"] == kind, "corpus_event_id"].nunique()),
        }
        for kind in kinds
    ]
    return pd.DataFrame(rows).astype(
        {"kind": "string", "disagreements": "Int64", "events": "Int64"}
    )
