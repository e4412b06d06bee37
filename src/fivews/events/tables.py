"""The events as tables: one row per event, ACLED-like rows, and CSV/Parquet files.

:func:`events_table` (one row per event), :func:`acled_table` (ACLED-like fields,
Raleigh et al. 2010's codebook simplified) and :func:`export_events` /
:func:`read_events` (CSV or Parquet, written atomically).

Both tables name actors by their entity's canonical name, and only actors linked to an
entity (a pronoun or description resolved to one counts): an unresolved "it" or "the
forces", or a phrase such as "two villages", stays in the event record (``actors``) and
the row is flagged (``needs_review``), but it is no actor in a column. Caption events
are left out unless ``include_captions``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fivews.events.dates import event_dates
from fivews.fileio import atomic_path

if TYPE_CHECKING:
    import pandas as pd

#: Columns of :func:`events_table` with their pandas dtypes.
EVENT_COLUMNS: dict[str, str] = {
    "id": "string",
    "sentence": "Int64",
    "trigger": "string",
    "lemma": "string",
    "text": "string",
    "event_type": "string",
    "sub_event_type": "string",
    "time_value": "string",
    "time_begin": "string",
    "time_end": "string",
    "time_how": "string",
    "timex_id": "string",
    "agent": "string",
    "patient": "string",
    "place": "string",
    "claimed_by": "string",
    "needs_review": "boolean",
    "review_reasons": "string",
    "start": "Int64",
    "end": "Int64",
}

#: Columns of :func:`acled_table` (ACLED's names where ACLED has the field).
ACLED_COLUMNS: dict[str, str] = {
    "event_id": "string",
    "event_date": "string",
    "event_type": "string",
    "sub_event_type": "string",
    "actor1": "string",
    "actor2": "string",
    "location": "string",
    "latitude": "Float64",
    "longitude": "Float64",
    "geo_precision": "Int64",
    "time_precision": "Int64",
    "source": "string",
    "outlet": "string",
    "claimed_by": "string",
    "needs_review": "boolean",
    "notes": "string",
}


def _actor_text(
    event: Mapping[str, Any], role: str, names: Mapping[str, str] | None = None
) -> str | None:
    """The event's actors of ``role`` ("agent"/"patient") that are linked to an entity,
    by the entity's canonical name (the actor's ``name``, else ``names``, else the phrase),
    joined with "; " without repeats; None without any."""
    parts = []
    for actor in event.get("actors", []):
        if actor.get("role") != role or not actor.get("entity"):
            continue
        name = actor.get("name") or (names or {}).get(str(actor.get("entity")))
        parts.append(name or actor["text"])
    return "; ".join(dict.fromkeys(parts)) or None


def _shown(events: Sequence[Mapping[str, Any]], include_captions: bool) -> list[Mapping[str, Any]]:
    """The events a table shows: all, or all but caption events."""
    return [ev for ev in events if include_captions or not ev.get("caption")]


def _reasons(event: Mapping[str, Any]) -> str | None:
    """The review reasons joined with "; " (None without any)."""
    return "; ".join(event.get("review_reasons") or []) or None


def events_table(
    events: Sequence[Mapping[str, Any]], *, include_captions: bool = False
) -> pd.DataFrame:
    """One row per event: trigger, type, time (value, span, how), actors, place, claim,
    and whether (and why) a reader should check it.

    Args:
        events: ``doc._.events``.
        include_captions: also the events told in photo captions (default False).

    ``agent``/``patient`` hold the canonical names of the actors linked to an entity;
    ``place`` the place's canonical name (as written when it has no entity);
    ``review_reasons`` the reasons joined with "; ".
    """
    import pandas as pd  # imported on use: keeps `import fivews` fast

    rows = []
    for ev in _shown(events, include_captions):
        time = ev.get("time", {})
        begin, end = event_dates(time)
        place = ev.get("place") or {}
        rows.append(
            {
                "id": ev["id"],
                "sentence": ev.get("sentence"),
                "trigger": ev["trigger"]["text"],
                "lemma": ev["trigger"]["lemma"],
                "text": ev["text"],
                "event_type": ev.get("event_type"),
                "sub_event_type": ev.get("sub_event_type"),
                "time_value": time.get("value"),
                "time_begin": begin,
                "time_end": end,
                "time_how": time.get("how"),
                "timex_id": time.get("timex_id"),
                "agent": _actor_text(ev, "agent"),
                "patient": _actor_text(ev, "patient"),
                "place": place.get("name") or place.get("text"),
                "claimed_by": ev.get("claimed_by"),
                "needs_review": bool(ev.get("needs_review")),
                "review_reasons": _reasons(ev),
                "start": ev["start"],
                "end": ev["end"],
            }
        )
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS)).astype(EVENT_COLUMNS)


def time_precision(time: Mapping[str, Any]) -> int | None:
    """ACLED's time precision: 1 a known day, 2 within a week, 3 a longer span; None if undated.

    A day that was only inherited from the previous event is precision 2; the publication
    date (the event merely happened by then) is precision 3.
    """
    begin, end = event_dates(time)
    if begin is None or end is None:
        return None
    how = time.get("how")
    if how == "publication":
        return 3
    days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(begin)).days
    if days == 0:
        return 1 if how in ("explicit", "sentence") else 2
    return 2 if days <= 7 else 3


def acled_table(
    events: Sequence[Mapping[str, Any]],
    entities: Sequence[Mapping[str, Any]] | None = None,
    claims: Sequence[Mapping[str, Any]] | None = None,
    *,
    source: str | None = None,
    sentences: Sequence[str] | None = None,
    include_captions: bool = False,
) -> pd.DataFrame:
    """Events as rows in ACLED-like fields.

    Args:
        events: ``doc._.events``.
        entities: ``doc._.entities`` (names for actors; lat/lon for places), may be empty.
        claims: ``doc._.claims``; an event inside a claim gets the claim's source.
        source: the outlet (publisher) of the article, written to ``outlet``.
        sentences: the doc's sentence texts (``[s.text for s in doc.sents]``) for
            ``notes``; without them ``notes`` is the event's clause.
        include_captions: also the events told in photo captions (default False).

    ``source`` is who the event is attributed to: the canonical name of the claim's
    source entity (the phrase as written only when the source has no entity); empty
    when the event is told in the reporter's own voice, whose outlet is ``outlet``.

    ``event_date`` is the first day the event's time covers; ``time_precision`` says how
    exact it is (see :func:`time_precision`). ``geo_precision`` is 1 for a town-like place
    (GPE/FAC) with coordinates, 2 for a region, river or other LOC, None without
    coordinates.
    """
    import pandas as pd  # imported on use: keeps `import fivews` fast

    by_id = {str(e.get("id")): e for e in entities or []}
    names = {k: str(e.get("name") or "") for k, e in by_id.items() if e.get("name")}
    claim_source = {str(c.get("id")): _source_name(c, names) for c in claims or []}
    rows = []
    for ev in _shown(events, include_captions):
        time = ev.get("time", {})
        place = ev.get("place") or {}
        ent = by_id.get(str(place.get("entity"))) if place.get("entity") else None
        lat = ent.get("lat") if ent else None
        lon = ent.get("lon") if ent else None
        geo = None
        if lat is not None and lon is not None:
            geo = 1 if str(ent.get("label")) in ("GPE", "FAC") else 2
        claim = ev.get("claimed_by")
        sentence = ev.get("sentence")
        notes = ev["text"]
        if sentences is not None and sentence is not None and 0 <= sentence < len(sentences):
            notes = sentences[sentence].strip()
        rows.append(
            {
                "event_id": ev["id"],
                "event_date": event_dates(time)[0],
                "event_type": ev.get("event_type"),
                "sub_event_type": ev.get("sub_event_type"),
                "actor1": _actor_text(ev, "agent", names),
                "actor2": _actor_text(ev, "patient", names),
                "location": (names.get(str(place.get("entity"))) if place else None)
                or place.get("name")
                or place.get("text"),
                "latitude": lat,
                "longitude": lon,
                "geo_precision": geo,
                "time_precision": time_precision(time),
                "source": (claim_source.get(str(claim)) or None) if claim else None,
                "outlet": source,
                "claimed_by": claim,
                "needs_review": bool(ev.get("needs_review")),
                "notes": notes,
            }
        )
    return pd.DataFrame(rows, columns=list(ACLED_COLUMNS)).astype(ACLED_COLUMNS)


def _source_name(claim: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """A claim source's canonical name: its entity's, else the name the claims layer
    resolved, else the phrase as written."""
    source = claim.get("source") or {}
    entity = source.get("entity")
    return str(
        (names.get(str(entity)) if entity else None)
        or source.get("name")
        or source.get("text")
        or ""
    )


#: File suffixes :func:`export_events` writes.
EXPORT_FORMATS: tuple[str, ...] = (".csv", ".parquet", ".pq")


def export_events(df: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write an events table as CSV or Parquet (by suffix), atomically; return the path.

    The file is written to a temporary file in the same folder and moved into place with
    ``os.replace``, so a reader never sees half a file.

    Raises:
        ValueError: the suffix is not one of :data:`EXPORT_FORMATS`.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise ValueError(
            f"cannot export events to {target.name!r}: use a .csv, .parquet or .pq file name"
        )
    with atomic_path(target) as tmp:
        if suffix == ".csv":
            df.to_csv(tmp, index=False)
        else:
            df.to_parquet(tmp, index=False, engine="pyarrow")
    return target


def read_events(
    path: str | os.PathLike[str], columns: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Read a table written by :func:`export_events` back with its dtypes.

    Args:
        path: a ``.csv`` or ``.parquet``/``.pq`` file.
        columns: column -> dtype to restore for CSV (default: ACLED or events columns,
            whichever matches the header).
    """
    import pandas as pd  # imported on use: keeps `import fivews` fast

    target = Path(path)
    if target.suffix.lower() == ".csv":
        df = pd.read_csv(target, dtype=str, keep_default_na=False, na_values=[""])
        if columns is None:
            columns = ACLED_COLUMNS if list(df.columns) == list(ACLED_COLUMNS) else EVENT_COLUMNS
        dtypes = {c: t for c, t in columns.items() if c in df.columns}
        for col, dtype in dtypes.items():
            if dtype in ("Int64", "Float64"):
                df[col] = pd.to_numeric(df[col])
            elif dtype == "boolean":  # CSV holds "True"/"False"
                df[col] = df[col].map({"True": True, "False": False}, na_action="ignore")
        return df.astype(dtypes)
    return pd.read_parquet(target, engine="pyarrow")
