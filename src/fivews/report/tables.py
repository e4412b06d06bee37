"""The report's tables: readable columns for entities, time expressions, claims, events
and statements, with entity and claim ids shown by name."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from fivews.plots.readable import readable_time
from fivews.report.fields import (
    Link,
    _cell_text,
    _entity_by_id,
    _get,
    _interval_text,
    _is_number,
    claim_source,
)


def _timex_words(timex: Mapping[str, Any]) -> str | None:
    words = readable_time(
        timex.get("value"),
        mod=timex.get("mod"),
        interval=timex.get("interval"),
        kind=timex.get("type"),
    )
    return words if words and words != timex.get("value") else None


def _claim_date(claim: Mapping[str, Any]) -> str | None:
    date = claim.get("date")
    value = date.get("value") if isinstance(date, Mapping) else date
    return readable_time(value) or None


def _event_date(event: Mapping[str, Any]) -> str | None:
    time = event.get("time") if isinstance(event.get("time"), Mapping) else {}
    return (
        readable_time(time.get("value"), interval=time.get("interval"), how=time.get("how")) or None
    )


def _link(prefix: str) -> Callable[[Mapping[str, Any]], Link | None]:
    def cell(item: Mapping[str, Any]) -> Link | None:
        return (
            Link("in the text", f"#{prefix}-{item['id']}") if item.get("id") is not None else None
        )

    return cell


#: Table columns for the dictionary form of each layer: (header, dotted path or callable).
Column = tuple[str, "str | Callable[[Mapping[str, Any]], Any]"]

ENTITY_COLUMNS: tuple[Column, ...] = (
    ("Name", "name"),
    ("Type", "label"),
    ("Salience", "salience"),
    ("Mentions", lambda e: len(e.get("mentions") or []) or None),
    ("Also called", "aliases"),
    ("Role", "role"),
    ("Affiliation", "affiliation"),
    ("Country", "country"),
    ("Latitude", "lat"),
    ("Longitude", "lon"),
)
TIMEX_COLUMNS: tuple[Column, ...] = (
    ("Expression", "text"),
    ("Type", "type"),
    ("Value", "value"),
    ("Reads as", _timex_words),
    ("Modifier", "mod"),
    ("Interval", lambda t: _interval_text(t.get("interval"))),
    ("Rule", "rule"),
    ("Offset", "start"),
)
CLAIM_COLUMNS: tuple[Column, ...] = (
    ("Source", claim_source),
    ("Written as", lambda c: _get(c, "source.text")),
    ("Cue", "cue"),
    ("Stance", "stance"),
    ("Content", "content.text"),
    ("Date", _claim_date),
    ("Direct quote", "direct"),
    ("Hedges", "hedges"),
    ("Quantities", "quantities"),
    ("Contested by", "contested_by"),
    ("Id", "id"),
    ("Sentence", _link("claim")),
)
EVENT_COLUMNS: tuple[Column, ...] = (
    ("Trigger", "trigger"),
    ("Event", "text"),
    ("Date", _event_date),
    ("How dated", "time.how"),
    ("Type", "event_type"),
    ("Actors", "actors"),
    ("Place", "place"),
    ("Claimed by", lambda e: e.get("claimed_by") or e.get("source")),
    ("Review", lambda e: "; ".join(e.get("review_reasons") or [])),
    ("Id", "id"),
    ("Sentence", _link("event")),
)

ASSERTION_COLUMNS: tuple[Column, ...] = (
    ("Statement", "text"),
    ("Block", "block"),
    ("Hedges", "hedges"),
    ("Quantities", "quantities"),
    ("Id", "id"),
)

#: The tables of the report: (slug, title, key in the result, columns).
TABLES: tuple[tuple[str, str, str, tuple[Column, ...]], ...] = (
    ("entities", "Entities", "entities", ENTITY_COLUMNS),
    ("timexes", "Time expressions", "timexes", TIMEX_COLUMNS),
    ("claims", "Claims", "claims", CLAIM_COLUMNS),
    ("events", "Events", "events", EVENT_COLUMNS),
    ("assertions", "Statements in the reporter's own voice", "assertions", ASSERTION_COLUMNS),
)

#: Tables shown only when the result has their key (optional layers).
OPTIONAL_TABLES: frozenset[str] = frozenset({"assertions"})

#: Table columns whose values may be entity ids, shown as entity names.
ID_COLUMNS: frozenset[str] = frozenset({"Affiliation", "Actors", "Place", "Claimed by"})


def _name_ids(value: Any, names: Mapping[Any, str]) -> Any:
    """Replace entity ids (alone, in a list, or a dict's ``entity``) by entity names."""
    if isinstance(value, str | int) and not isinstance(value, bool) and value in names:
        return names[value]
    if isinstance(value, list | tuple):
        return [_name_ids(v, names) for v in value]
    if isinstance(value, Mapping) and "entity" in value and not value.get("text"):
        return _name_ids(value["entity"], names)
    return value


def _cell(value: Any) -> dict[str, Any]:
    """A table cell for the template: its text, whether it is a number, and a link."""
    if isinstance(value, Link):
        return {"text": value.text, "numeric": False, "href": value.href}
    return {"text": _cell_text(value), "numeric": _is_number(value), "href": ""}


def table_rows(
    items: Sequence[Mapping[str, Any]],
    columns: Sequence[Column],
    entity_names: Mapping[Any, str] | None = None,
) -> tuple[list[str], list[list[dict[str, Any]]]]:
    """Return ``(headers, rows)`` for a layer's list of dicts; empty columns are left out.

    Ids in :data:`ID_COLUMNS` (an event's place, an entity's affiliation, the claim an
    event is reported in) are shown by name, from ``entity_names`` (id -> name).
    """
    names = entity_names or {}
    values = [
        [
            _name_ids(value, names) if header in ID_COLUMNS else value
            for header, value in (
                (header, col(item) if callable(col) else _get(item, col)) for header, col in columns
            )
        ]
        for item in items
    ]
    keep = [i for i in range(len(columns)) if any(_cell_text(row[i]) for row in values)]
    headers = [columns[i][0] for i in keep]
    rows = [[_cell(row[i]) for i in keep] for row in values]
    return headers, rows


def generic_columns(items: Sequence[Mapping[str, Any]], limit: int = 10) -> tuple[Column, ...]:
    """Columns for records whose fields the curated lists do not know: their scalar and
    ``text``-bearing fields, in first-seen order, at most ``limit``."""
    names: dict[str, None] = {}
    for item in items:
        for key, value in item.items():
            if isinstance(value, str | int | float | bool) or (
                isinstance(value, Mapping) and "text" in value
            ):
                names.setdefault(key, None)
    return tuple((key.replace("_", " ").capitalize(), key) for key in list(names)[:limit])


def build_tables(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Return the report's tables (entities, time expressions, claims, events).

    Each uses the curated readable columns of :data:`TABLES`; when fewer than two of
    them are filled (a layer with other field names), its own scalar fields are shown.
    The raw ``Analysis.*_df()`` tables are not used: they keep nested lists (every
    mention of an entity) that do not read well in a page.
    """
    names = {k: str(e.get("name") or k) for k, e in _entity_by_id(result).items()}
    # An event's "claimed by" is a claim id: shown as the claim's source and id.
    for claim in result.get("claims") or []:
        source = claim_source(claim)
        if claim.get("id") is not None and source and claim["id"] not in names:
            names[claim["id"]] = f"{source} ({claim['id']})"
    tables = []
    for slug, title, key, columns in TABLES:
        if key in OPTIONAL_TABLES and key not in result:
            continue
        items = [i for i in result.get(key) or [] if isinstance(i, Mapping)]
        if key == "events":
            # Photo-caption actions are not news of the day: left out, and said so.
            captions = sum(1 for i in items if i.get("caption"))
            items = [i for i in items if not i.get("caption")]
            if captions:
                title = f"{title} ({captions} photo-caption event{'s' * (captions > 1)} left out)"
        headers, rows = table_rows(items, columns, names)
        if items and len(headers) < 2:
            headers, rows = table_rows(items, generic_columns(items), names)
        tables.append({"slug": slug, "title": title, "columns": headers, "rows": rows})
    return tables
