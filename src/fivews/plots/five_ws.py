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

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch

from fivews import geo
from fivews.plots._maps import label_countries, zoom_to
from fivews.plots._style import PALETTE, new_figure

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


def _legend(
    ax: Any,
    types: Sequence[str],
    *,
    marker: str = "o",
    loc: str = "lower left",
    outside: bool = False,
) -> None:
    handles = [
        Line2D(
            [], [], marker=marker, linestyle="", markersize=8, color=event_type_colour(t), label=t
        )
        for t in sorted(set(types))
    ]
    if handles:
        where = {"bbox_to_anchor": (1.01, 1.0)} if outside else {}
        ax.legend(
            handles=handles,
            loc=loc,
            fontsize=8,
            frameon=True,
            title="event type",
            title_fontsize=8,
            **where,
        )


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
    padding: float = 2.5,
    title: str = "Where the events happen, by type",
) -> Figure:
    """Map the events that have a geocoded place, coloured by event type.

    Events at the same place are spread on a small ring around it so each stays
    visible; each place is labelled once. The main event's place (``main_event["where"]``
    with ``lat``/``lon``) is ringed in black.

    Args:
        events: ``doc._.events`` dicts.
        entities: ``doc._.entities`` dicts (coordinates of the places events name).
        main_event: ``doc._.main_event``, to mark its place.
        padding: degrees of map around the placed events.
        title: the figure title.
    """
    places = event_places(events, entities)
    where = (main_event or {}).get("where") or {}
    main_point = (where.get("lat"), where.get("lon"))
    has_main = all(isinstance(v, (int, float)) for v in main_point)
    if places.empty and not has_main:
        return _empty("no event has a place with coordinates", title)

    fig, ax = new_figure(9.0, 7.0)
    for outline in geo.load_country_outlines():
        ax.add_patch(
            PathPatch(
                geo.outline_path(outline),
                facecolor="#f2f2f2",
                edgecolor="#8d99ae",
                linewidth=0.6,
                zorder=1,
            )
        )
    lats = list(places["lat"]) + ([main_point[0]] if has_main else [])
    lons = list(places["lon"]) + ([main_point[1]] if has_main else [])
    span = zoom_to(ax, lats, lons, padding, min_span=6.0)
    ring = span / 60  # spread of events sharing a place, in degrees
    label_countries(ax, "#9a8c98")  # name the countries in view, faintly

    for (lat, lon), group in places.groupby(["lat", "lon"], sort=True):
        n = len(group)
        for k, row in enumerate(group.sort_values("event_id").itertuples()):
            angle = 2 * math.pi * k / n
            dx, dy = (ring * math.cos(angle), ring * math.sin(angle)) if n > 1 else (0.0, 0.0)
            ax.scatter(
                [lon + dx],
                [lat + dy],
                s=70,
                color=event_type_colour(row.event_type),
                edgecolor="white",
                linewidth=0.8,
                zorder=3,
            )
        ax.annotate(
            f"{group['place'].iloc[0]} ({n})",
            (lon, lat),
            xytext=(8, 6),
            textcoords="offset points",
            fontsize=9,
            zorder=4,
        )
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
        ax.annotate(
            f"main event: {where.get('name') or where.get('text')}",
            (main_point[1], main_point[0]),
            xytext=(10, -16),
            textcoords="offset points",
            fontsize=9,
            fontweight="bold",
            zorder=5,
        )
    ax.set_aspect("equal", adjustable="box")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_title(title)
    _legend(ax, list(places["event_type"]))
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
        "begin": "datetime64[ns]",
        "end": "datetime64[ns]",
        "how": "string",
    }
    frame = pd.DataFrame(rows, columns=list(columns)).astype(columns)
    return frame.sort_values(["begin", "end", "event_id"], kind="stable").reset_index(drop=True)


def _draw_rows(ax: Any, rows: pd.DataFrame, before: pd.Timestamp | None = None) -> None:
    """Draw the events on ``ax`` (only those beginning before ``before``, if given; the
    panel's x limits clip the rest of an interval)."""
    for y, row in enumerate(rows.itertuples()):
        if before is not None and row.begin >= before:
            continue
        colour = event_type_colour(row.event_type)
        if row.end > row.begin:
            width = (row.end - row.begin) + pd.Timedelta(days=1)
            ax.barh(y, width, left=row.begin, height=0.5, color=colour, alpha=0.75, zorder=2)
        else:
            ax.scatter(
                [row.begin + pd.Timedelta(hours=12)],
                [y],
                s=55,
                color=colour,
                zorder=3,
                edgecolor="white",
                linewidth=0.6,
            )


def _date_axis(ax: Any, max_ticks: int) -> None:
    locator = mdates.AutoDateLocator(minticks=2, maxticks=max_ticks)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6, zorder=0)


def events_time_axis(
    events: Sequence[Mapping[str, Any]],
    published: str | None = None,
    *,
    recent_days: int = RECENT_DAYS,
    title: str = "When the events happen, by type",
) -> Figure:
    """Dated events on a time axis, one row per event, coloured by event type.

    Days are dots and longer intervals (a month, "the past two weeks") bars. When some
    events begin well before the last ``recent_days`` days, the axis is broken: a
    narrow left panel for the earlier time and a wide right one for the recent weeks
    (an interval crossing the break appears in both). The publication date, if given,
    is a dashed line.
    """
    times = event_times(events)
    if times.empty:
        return _empty("no event has a date", title)
    latest = max(times["end"].max(), pd.Timestamp(published) if published else times["end"].max())
    right_lo = latest - pd.Timedelta(days=recent_days)
    right_hi = latest + pd.Timedelta(days=2)
    earliest = times["begin"].min()
    broken = earliest < right_lo - pd.Timedelta(days=7)
    height = max(3.0, 0.3 * len(times) + 1.6)
    if broken:
        fig, (left, right) = new_figure(
            10.0, height, ncols=2, sharey=True, gridspec_kw={"width_ratios": [1, 3], "wspace": 0.06}
        )
        pad = (right_lo - earliest) * 0.05
        left.set_xlim(earliest - pad, right_lo)
        _date_axis(left, 3)
        left.spines["right"].set_linestyle((0, (2, 2)))
        right.spines["left"].set_linestyle((0, (2, 2)))
        right.tick_params(axis="y", left=False)
        left.set_title("earlier", fontsize=9, color="#666666")
        right.set_title(f"the last {recent_days} days", fontsize=9, color="#666666")
        axes = [left, right]
    else:
        fig, right = new_figure(10.0, height)
        left = None
        right_lo = earliest - max(pd.Timedelta(days=1), (right_hi - earliest) * 0.05)
        axes = [right]
    right.set_xlim(right_lo, right_hi)
    _date_axis(right, 8)
    _draw_rows(right, times)
    if left is not None:
        _draw_rows(left, times, before=right_lo)
    if published:
        pub = pd.Timestamp(published) + pd.Timedelta(hours=12)
        right.axvline(pub, color="#333333", linestyle="--", linewidth=1, zorder=1)
        right.text(pub, -0.6, "published ", fontsize=8, ha="right", va="bottom", color="#333333")
    first = axes[0]
    first.set_yticks(range(len(times)))
    first.set_yticklabels(list(times["trigger"]), fontsize=8)
    first.set_ylim(len(times) + 0.2, -0.8)  # earliest at the top
    fig.suptitle(title)
    _legend(right, list(times["event_type"]), loc="upper left", outside=True)
    return fig
