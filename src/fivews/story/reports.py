"""Event reports: one row per event per article, with the corpus ids the linker gave.

Every question of :mod:`fivews.story` starts from the same joined table: each event row
of a linked corpus (:func:`fivews.linking.link_corpus`) with its article's publication
date, its sentence as written, its date read as a calendar interval and said in words
(``date_how``), its actors, place and source as corpus ids. :func:`event_reports` builds
it; :func:`resolve_entity` turns a corpus id, a name or an alias into one corpus id.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pandas as pd

from fivews.timeline.dates import interval_of

#: The columns a linked corpus carries beyond :func:`fivews.corpus.read_corpus_tables`.
LINKED_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("doc_id", "id", "corpus_id"),
    "events": ("doc_id", "id", "corpus_event_id"),
    "corpus_entities": ("corpus_id", "name", "label", "articles"),
    "corpus_events": ("corpus_event_id", "articles"),
    "documents": ("doc_id",),
}

#: How an event's date was found, in words (``events.time_how`` -> ``date_how``).
DATE_HOW: dict[str, str] = {
    "explicit": "time expression on the event",
    "sentence": "time expression in its sentence",
    "inherited": "time of a related event",
}

#: ``date_how`` when no time expression dates the event.
PUBLICATION_DATE = "publication date (no time expression)"


class NotLinkedError(ValueError):
    """The tables lack the linker's columns (``corpus_id``, ``corpus_event_id`` …)."""


def require_linked(tables: Mapping[str, pd.DataFrame]) -> None:
    """Raise :class:`NotLinkedError` naming what is missing unless ``tables`` are linked."""
    missing = [
        f"{table}.{column}" if table in tables else table
        for table, columns in LINKED_COLUMNS.items()
        for column in (columns if table in tables else columns[:1])
        if table not in tables or column not in tables[table].columns
    ]
    if missing:
        raise NotLinkedError(
            "the corpus tables are not linked (missing "
            + ", ".join(dict.fromkeys(missing))
            + "): run fivews.linking.link_corpus(tables) first, or `fivews analyze "
            "CORPUS.jsonl --link`"
        )


def json_list(value: Any) -> list[Any]:
    """A list column cell as a list (JSON text, list, array or missing)."""
    if value is None or value is pd.NA:
        return []
    if isinstance(value, str):
        if not value.strip():
            return []
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            return []
        return parsed if isinstance(parsed, list) else []
    if isinstance(value, float) and value != value:
        return []
    try:
        return list(value)
    except TypeError:
        return []


def _text(value: Any) -> str | None:
    """A string cell as ``str``, a missing one as None."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    text = str(value)
    return text if text.strip() else None


def sentence_texts(documents: pd.DataFrame) -> dict[tuple[str, int], str]:
    """``(doc_id, sentence index) -> sentence text`` from ``documents.text/sentences``."""
    out: dict[tuple[str, int], str] = {}
    if "text" not in documents or "sentences" not in documents:
        return out
    for doc_id, text, sentences in documents[["doc_id", "text", "sentences"]].itertuples(
        index=False
    ):
        body = _text(text) or ""
        for i, bounds in enumerate(json_list(sentences)):
            if isinstance(bounds, Mapping):
                start, end = int(bounds.get("start", 0)), int(bounds.get("end", 0))
                out[(str(doc_id), i)] = body[start:end].strip()
    return out


def publication_dates(documents: pd.DataFrame) -> dict[str, str | None]:
    """``doc_id -> YYYY-MM-DD`` publication date (None when the article has none)."""
    if "published_value" not in documents:
        return {str(d): None for d in documents["doc_id"]}
    out: dict[str, str | None] = {}
    for doc_id, value in documents[["doc_id", "published_value"]].itertuples(index=False):
        text = _text(value)
        bounds = interval_of(text) if text else None
        out[str(doc_id)] = bounds[0] if bounds and bounds[0] == bounds[1] else text
    return out


def entity_ids(entities: pd.DataFrame) -> dict[tuple[str, str], str]:
    """``(doc_id, article entity id) -> corpus_id``."""
    rows = entities[["doc_id", "id", "corpus_id"]].dropna()
    return {(str(d), str(i)): str(c) for d, i, c in rows.itertuples(index=False)}


def _interval(value: str | None, interval: Any) -> tuple[str, str] | None:
    """The calendar days an event's time covers (its interval, else its value's)."""
    given = json_list(interval)
    if len(given) == 2 and all(isinstance(x, str) for x in given):
        first, last = interval_of(given[0]), interval_of(given[1])
        if first and last:
            return first[0], last[1]
    bounds = interval_of(value) if value else None
    return (bounds[0], bounds[1]) if bounds else None


def _event_date(
    row: Mapping[str, Any], published: str | None
) -> tuple[str | None, str, str | None, str | None]:
    """``(date, date_how, begin, end)`` of one event row: its TIMEX value (already anchored
    to the article's date by the timeline layer) when a time expression dates it and the
    value is a calendar date; otherwise the article's publication date, said so."""
    how = _text(row.get("time_how"))
    value = _text(row.get("time_value"))
    if how in DATE_HOW and value:
        bounds = _interval(value, row.get("time_interval"))
        if bounds is not None:
            return value, DATE_HOW[how], bounds[0], bounds[1]
    if published:
        bounds = _interval(published, None)
        if bounds is not None:
            return published, PUBLICATION_DATE, bounds[0], bounds[1]
    return None, "no date", None, None


def _actor_ids(actors: Any, doc_id: str, ids: Mapping[tuple[str, str], str]) -> list[str]:
    out: list[str] = []
    for actor in json_list(actors):
        if isinstance(actor, Mapping) and actor.get("entity"):
            corpus_id = ids.get((doc_id, str(actor["entity"])))
            if corpus_id and corpus_id not in out:
                out.append(corpus_id)
    return out


def _claim_sources(
    claims: pd.DataFrame | None, ids: Mapping[tuple[str, str], str]
) -> dict[tuple[str, str], tuple[str, str | None]]:
    """``(doc_id, claim id) -> (source as written or grouped, source corpus_id or None)``."""
    out: dict[tuple[str, str], tuple[str, str | None]] = {}
    if claims is None or claims.empty or "id" not in claims:
        return out
    for row in claims.to_dict("records"):
        name = (
            _text(row.get("source_group"))
            or _text(row.get("source_name"))
            or _text(row.get("source_text"))
        )
        if name is None:
            continue
        entity = _text(row.get("source_entity"))
        doc_id = str(row["doc_id"])
        out[(doc_id, str(row["id"]))] = (name, ids.get((doc_id, entity)) if entity else None)
    return out


REPORT_COLUMNS: dict[str, str] = {
    "corpus_event_id": "string",
    "doc_id": "string",
    "event_id": "string",
    "published": "string",
    "date": "string",
    "date_how": "string",
    "begin": "string",
    "end": "string",
    "text": "string",
    "trigger": "string",
    "trigger_lemma": "string",
    "sentence": "string",
    "actors": "object",
    "place": "string",
    "place_id": "string",
    "source": "string",
    "source_id": "string",
}


def event_reports(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per event per article of a linked corpus, photo-caption events left out.

    Columns: ``corpus_event_id``, ``doc_id``, ``event_id`` (the article's id), ``published``
    (YYYY-MM-DD or None), ``date`` (TIMEX value or publication date), ``date_how`` (in
    words), ``begin``/``end`` (first and last calendar day of ``date``), ``text``,
    ``trigger``, ``trigger_lemma``, ``sentence`` (as written), ``actors`` (list of corpus
    ids), ``place`` and ``place_id`` (name and corpus id), ``source`` and ``source_id``
    (who the article attributes the event to, when it is part of a claim). Sorted by
    publication date, article and position.
    """
    require_linked(tables)
    events, documents = tables["events"], tables["documents"]
    ids = entity_ids(tables["entities"])
    published = publication_dates(documents)
    sentences = sentence_texts(documents)
    sources = _claim_sources(tables.get("claims"), ids)
    rows = []
    for row in events.to_dict("records"):
        if row.get("caption") is True or _text(row.get("corpus_event_id")) is None:
            continue
        doc_id = str(row["doc_id"])
        date, how, begin, end = _event_date(row, published.get(doc_id))
        sentence = row.get("sentence")
        sentence_text = (
            sentences.get((doc_id, int(sentence))) if _text(sentence) is not None else None
        )
        place_entity = _text(row.get("place_entity"))
        claim = _text(row.get("claimed_by"))
        source, source_id = sources.get((doc_id, claim), (None, None)) if claim else (None, None)
        rows.append(
            {
                "corpus_event_id": str(row["corpus_event_id"]),
                "doc_id": doc_id,
                "event_id": _text(row.get("id")),
                "published": published.get(doc_id),
                "date": date,
                "date_how": how,
                "begin": begin,
                "end": end,
                "text": _text(row.get("text")),
                "trigger": _text(row.get("trigger_text")),
                "trigger_lemma": _text(row.get("trigger_lemma")),
                "sentence": sentence_text or _text(row.get("text")),
                "actors": _actor_ids(row.get("actors"), doc_id, ids),
                "place": _text(row.get("place_name")) or _text(row.get("place_text")),
                "place_id": ids.get((doc_id, place_entity)) if place_entity else None,
                "source": source,
                "source_id": source_id,
                "_position": row.get("position"),
            }
        )
    frame = pd.DataFrame(rows, columns=[*REPORT_COLUMNS, "_position"])
    frame = frame.sort_values(
        ["published", "doc_id", "_position"], kind="stable", na_position="last"
    ).drop(columns="_position")
    return frame.astype(REPORT_COLUMNS).reset_index(drop=True)


def resolve_entity(tables: Mapping[str, pd.DataFrame], who: str) -> str:
    """The corpus id of ``who``: a corpus id, else a name or alias (case folded); when a
    name fits several entities, the one named in most articles.

    Raises:
        KeyError: no linked entity has that id, name or alias (the message suggests
            names that contain ``who``).
    """
    require_linked(tables)
    corpus = tables["corpus_entities"]
    if (corpus["corpus_id"].astype("string") == who).any():
        return who
    wanted = who.strip().casefold()
    best: tuple[int, int, str] | None = None
    for row in corpus.to_dict("records"):
        names = [_text(row.get("name")) or ""] + [str(a) for a in json_list(row.get("aliases"))]
        if wanted in {n.casefold() for n in names}:
            key = (-int(row.get("articles") or 0), -int(row.get("mentions") or 0), row["corpus_id"])
            best = key if best is None or key < best else best
    if best is not None:
        return str(best[2])
    close = sorted(
        {str(n) for n in corpus["name"].dropna() if wanted and wanted in str(n).casefold()}
    )[:5]
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise KeyError(f"no linked entity is called {who!r}{hint}")


def entity_names(tables: Mapping[str, pd.DataFrame]) -> dict[str, str]:
    """``corpus_id -> canonical name``."""
    corpus = tables["corpus_entities"][["corpus_id", "name"]].dropna()
    return {str(c): str(n) for c, n in corpus.itertuples(index=False)}
