"""Figures of the article's events for the five Ws: where and when, by type.

* :func:`events_map` — the events with a geocoded place, over Natural Earth country
  outlines, one dot per event coloured by its ACLED-like event type; the main event is
  ringed.
* :func:`events_time_axis` — the dated events on a time axis, one row per event, days
  as dots and longer intervals as bars, coloured by event type; when some events lie
  well before the last four weeks, the axis is broken in two panels so that a year-old
  background event and the days around publication both stay legible.

Both take the plain dicts of ``doc._.events`` (and ``doc._.entities`` for coordinates),
never a Doc, and return a matplotlib Figure made with :func:`fivews.plots._style.new_figure`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from fivews.plots._maps import (
    REGION_RADIUS,
    draw_countries,
    draw_map_notes,
    far_places_note,
    hollow_marker,
    is_approximate,
    is_country,
    label_countries,
    place_labels,
    side_legend,
    split_by_distance,
    zoom_to,
)
from fivews.plots._style import PALETTE, new_figure
from fivews.plots.selection import timeline_selection

#: The ACLED-like event types of ``fivews.events``, in legend order.
EVENT_TYPES: tuple[str, ...] = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
    "Other",
)

#: One colour per event type, from the shared palette (so figures and report agree).
EVENT_TYPE_COLOURS: dict[str, str] = {t: PALETTE.get(t, PALETTE["OTHER"]) for t in EVENT_TYPES}

#: Days before the latest event (or publication) shown on the time axis's main panel;
#: earlier events go to a narrow left panel.
RECENT_DAYS = 28

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def event_type_colour(event_type: str | None) -> str:
    """The colour of an event type (grey for unknown types)."""
    return EVENT_TYPE_COLOURS.get(event_type or "Other", EVENT_TYPE_COLOURS["Other"])


def _label(event: Mapping[str, Any], width: int = 30) -> str:
    trigger = event.get("trigger")
    text = trigger.get("text") if isinstance(trigger, Mapping) else trigger
    text = str(text or event.get("text") or event.get("id") or "?")
    return text if len(text) <= width else text[: width - 1] + "…"


def _empty(message: str, title: str) -> Figure:
    fig, ax = new_figure(9.0, 3.0)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666666")
    ax.set_axis_off()
    ax.set_title(title)
    return fig


# --------------------------------------------------------------------------- map


def event_places(
    events: Sequence[Mapping[str, Any]], entities: Sequence[Mapping[str, Any]] = ()
) -> pd.DataFrame:
    """One row per event whose place has coordinates.

    Coordinates come from the place dict itself (``lat``/``lon``) or from the entity it
    names (``place["entity"]`` is an entity id of ``doc._.entities``).

    Columns: ``event_id``, ``trigger``, ``event_type``, ``place``, ``lat``, ``lon``.
    """
    by_id = {e.get("id"): e for e in entities if isinstance(e, Mapping)}
    rows = []
    for event in events:
        place = event.get("place")
        if not isinstance(place, Mapping):
            continue
        entity = by_id.get(place.get("entity"), {})
        lat = place.get("lat", entity.get("lat"))
        lon = place.get("lon", entity.get("lon"))
        if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
            continue
        rows.append(
            {
                "event_id": str(event.get("id")),
                "trigger": _label(event),
                "event_type": str(event.get("event_type") or "Other"),
                "place": str(entity.get("name") or place.get("text") or ""),
                "lat": float(lat),
                "lon": float(lon),
            }
        )
    columns = {
        "event_id": "string",
        "trigger": "string",
        "event_type": "string",
        "place": "string",
        "lat": "float64",
        "lon": "float64",
    }
    return pd.DataFrame(rows, columns=list(columns)).astype(columns)


def events_map(
    events: Sequence[Mapping[str, Any]],
    entities: Sequence[Mapping[str, Any]] = (),
    main_event: Mapping[str, Any] | None = None,
    *,
    blocks: Sequence[Mapping[str, Any]] = (),
    radius: float = REGION_RADIUS,
    padding: float = 2.0,
    title: str | None = None,
) -> Figure:
    """Map the events that have a geocoded place, coloured by event type.

    Photo-caption events and headline repeats are left out (as on the timeline).
    The map centres on the main event's place (else the place with most events); events
    farther than ``radius`` degrees are listed beside the map, never dropped. Events at
    the same place are spread on a small ring so each stays visible; each place is
    labelled once with its number of events; a river or region (one approximate point)
    is marked "approx.". The main event's place is ringed in black.

    Args:
        events: ``doc._.events`` dicts.
        entities: ``doc._.entities`` dicts (coordinates of the places events name).
        main_event: ``doc._.main_event``, to centre on and mark its place.
        blocks: ``doc._.blocks`` (to leave out caption events and repeats).
        radius: degrees of arc around the centre that the map shows.
        padding: degrees of map around the placed events.
        title: the figure title; default a sentence saying where most events happen.
    """
    selection = timeline_selection(events, blocks)
    kept = set(selection.loc[selection["left_out"].isin(["", "no date"]), "id"])
    places = event_places([e for e in events if str(e.get("id")) in kept], entities)
    where = (main_event or {}).get("where") or {}
    main_point = (where.get("lat"), where.get("lon"))
    has_main = all(isinstance(v, (int, float)) for v in main_point)
    if places.empty and not has_main:
        return _empty("no event has a place with coordinates", title or "Where the events happen")
    counts = places.groupby(["place", "lat", "lon"], sort=True).size().reset_index(name="n")
    if has_main:
        focus = (float(main_point[0]), float(main_point[1]))
    else:
        top = counts.sort_values(["n", "place"], ascending=[False, True]).iloc[0]
        focus = (float(top["lat"]), float(top["lon"]))
    by_name = {str(e.get("name")): e for e in entities if isinstance(e, Mapping)}
    spots, whole_countries = [], []
    for r in counts.itertuples():
        spot = {"name": r.place, "lat": r.lat, "lon": r.lon, "n": r.n}
        # An event placed only "in Syria" has no point on the map: it is listed.
        entity = by_name.get(str(r.place))
        (whole_countries if entity and is_country(entity) else spots).append(spot)
    near, far = split_by_distance(spots, focus, radius)
    near_keys = {(p["lat"], p["lon"]) for p in near}

    fig, ax = new_figure(10.5, 7.0)
    draw_countries(ax)
    lats = [p["lat"] for p in near] + [focus[0]]
    lons = [p["lon"] for p in near] + [focus[1]]
    span = zoom_to(ax, lats, lons, padding, min_span=6.0)
    ring = span / 60  # spread of events sharing a place, in degrees
    label_countries(ax, "#9a8c98")  # name the countries in view, faintly
    labels = []
    approximate_seen = False
    for (lat, lon), group in places.groupby(["lat", "lon"], sort=True):
        if (lat, lon) not in near_keys:
            continue
        n = len(group)
        name = str(group["place"].iloc[0])
        approximate = is_approximate(by_name.get(name) or {"name": name})
        approximate_seen |= approximate
        for k, row in enumerate(group.sort_values("event_id").itertuples()):
            angle = 2 * math.pi * k / n
            dx, dy = (ring * math.cos(angle), ring * math.sin(angle)) if n > 1 else (0.0, 0.0)
            ax.scatter(
                [lon + dx],
                [lat + dy],
                s=70,
                color=event_type_colour(row.event_type),
                edgecolor="black" if approximate else "white",
                linestyle="--" if approximate else "-",
                linewidth=0.8,
                zorder=3,
            )
        suffix = " (approx.)" if approximate else ""
        labels.append((lon, lat, f"{name}{suffix}: {n} event{'s' if n != 1 else ''}"))
    if has_main:
        ax.scatter(
            [main_point[1]],
            [main_point[0]],
            s=420,
            facecolor="none",
            edgecolor="black",
            linewidth=1.5,
            zorder=5,
        )
    place_labels(ax, labels)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xlabel("longitude (°E)")
    ax.set_ylabel("latitude (°N)")
    far_events = [
        ({"name": f"{p['name']} ({p['n']} event{'s' if p['n'] != 1 else ''})"}, d) for p, d in far
    ]
    anchor_name = str(where.get("name") or where.get("text") or "") if has_main else ""
    anchor_name = anchor_name or min(near, key=lambda p: -p["n"])["name"] if near else anchor_name
    note = far_places_note(far_events, anchor_name=anchor_name or "the centre")
    if whole_countries:
        listed = ", ".join(
            f"{p['name']} ({p['n']} event{'s' if p['n'] != 1 else ''})" for p in whole_countries
        )
        note = (note + "\n" if note else "") + "Placed only in a whole country: " + listed
    draw_map_notes(fig, ax, note)
    types = sorted(
        set(places["event_type"]), key=lambda t: EVENT_TYPES.index(t) if t in EVENT_TYPES else 99
    )
    handles: list[Any] = [
        Line2D([], [], marker="o", linestyle="", markersize=8, color=event_type_colour(t), label=t)
        for t in types
    ]
    if has_main:
        handles.append(hollow_marker("the main event's place", size=14, edge="black", face="none"))
    if approximate_seen:
        handles.append(
            hollow_marker("river or region: one approximate point", edge="black", face="white")
        )
    side_legend(ax, handles, "colour: event type")
    if title is None:
        best = max(spots or whole_countries, key=lambda p: (p["n"], -len(p["name"])))
        title = (
            f"Most placed events happen in or near {best['name']} ({best['n']} of {len(places)})"
        )
    ax.set_title(title, loc="left")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


# --------------------------------------------------------------------------- time axis


def _bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of an ISO/TIMEX value (``2017``, ``2017-09``, ``2017-09-21T..``)."""
    match = _ISO.match(str(value or ""))
    if not match:
        return None
    year = int(match.group(1))
    if match.group(3):
        day = dt.date(year, int(match.group(2)), int(match.group(3)))
        return day, day
    if match.group(2):
        month = int(match.group(2))
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, month, 1), last
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def event_times(events: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """One row per event with a date: ``event_id``, ``trigger``, ``event_type``, ``begin``,
    ``end`` (days; equal for a point), ``how`` (how the time was anchored), sorted by date.

    The interval ``time["interval"]`` is used when given, else the bounds of
    ``time["value"]`` (a month is its first to last day).
    """
    rows = []
    for event in events:
        time = event.get("time")
        if not isinstance(time, Mapping):
            continue
        interval = time.get("interval")
        bounds = None
        if isinstance(interval, Sequence) and len(interval) == 2 and not isinstance(interval, str):
            first, last = _bounds(interval[0]), _bounds(interval[1])
            if first and last:
                bounds = (first[0], last[1])
        bounds = bounds or _bounds(time.get("value"))
        if bounds is None:
            continue
        rows.append(
            {
                "event_id": str(event.get("id")),
                "trigger": _label(event),
                "event_type": str(event.get("event_type") or "Other"),
                "begin": pd.Timestamp(bounds[0]),
                "end": pd.Timestamp(bounds[1]),
                "how": str(time.get("how") or ""),
            }
        )
    columns = {
        "event_id": "string",
        "trigger": "string",
        "event_type": "string",
        "begin": "datetime64[s]",  # seconds: years before 1678 fit ("in 1600")
        "end": "datetime64[s]",
        "how": "string",
    }
    frame = pd.DataFrame(rows, columns=list(columns)).astype(columns)
    return frame.sort_values(["begin", "end", "event_id"], kind="stable").reset_index(drop=True)


def events_time_axis(
    events: Sequence[Mapping[str, Any]],
    published: str | None = None,
    *,
    blocks: Sequence[Mapping[str, Any]] = (),
    recent_days: int = RECENT_DAYS,
    title: str | None = None,
) -> Figure:
    """The events on a time axis in the series' one timeline style.

    The same figure as :func:`fivews.plots.timeline.event_timeline` (caption events and
    headline repeats left out, events without a date of their own drawn apart as "on or
    before publication"), kept under this name for the five-Ws figures.
    """
    from fivews.plots.timeline import event_timeline

    if not len(event_times(events)):
        return _empty("no event has a date", title or "When the events happen")
    return event_timeline(
        events, (), published, blocks=blocks, recent_days=recent_days, title=title
    )
