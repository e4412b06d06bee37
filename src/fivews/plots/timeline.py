"""Figures of when things happened, in one style for the whole series.

:func:`event_timeline` draws the article's dated events on a time axis (intervals as
bars, single days as diamonds), broken into background | the weeks before publication
when some events are far older, so both stay legible. :func:`publication_window` counts,
day by day over the last weeks, the events dated to that very day, and draws the
events spanning several days as lines above (never stacked into the daily counts).

Both start from :func:`fivews.plots.selection.timeline_selection`: photo-caption
events and headline/sub-head repeats are left out, and events dated only by the
publication day (``time.how == "publication"``) are drawn apart as "on or before
publication" — never as if the article dated them, never after publication.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from fivews.events import event_dates
from fivews.plots._style import PALETTE, new_figure
from fivews.plots.readable import readable_time
from fivews.plots.selection import timeline_selection

#: Event types (ACLED-like) -> colour, from the shared palette so the report matches.
EVENT_TYPE_COLOURS: dict[str, str] = {
    t: PALETTE.get(t, PALETTE["OTHER"])
    for t in (
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Strategic developments",
        "Protests",
        "Riots",
        "Other",
    )
}
#: How an event was dated -> whether its marker is filled.
FILLED_HOW: frozenset[str] = frozenset({"explicit", "sentence"})
#: Colour of the publication day and of fallback-dated events.
PUBLICATION_COLOUR = "#555555"
#: How far left of the publication day the "on or before" arrow of a fallback event runs.
FALLBACK_ARROW_DAYS = 6


def type_colour(event_type: str | None) -> str:
    """The colour of an ACLED-like event type (grey for an unknown type)."""
    return EVENT_TYPE_COLOURS.get(event_type or "Other", EVENT_TYPE_COLOURS["Other"])


def timeline_items(
    events: Sequence[Mapping[str, Any]],
    published: str | None = None,
    blocks: Sequence[Mapping[str, Any]] = (),
) -> pd.DataFrame:
    """The events a time figure draws (see :func:`timeline_selection`), in date order,
    fallback-dated events last."""
    table = timeline_selection(events, blocks)
    return table[table["shown"]].reset_index(drop=True)


def timex_days(timexes: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """The datable time expressions: id, text, begin, end (days), type."""
    rows = []
    for tx in timexes:
        begin, end = event_dates(tx)
        if begin is None or end is None:
            continue
        rows.append(
            {
                "id": tx.get("id"),
                "text": tx.get("text", ""),
                "begin": pd.Timestamp(begin),
                "end": pd.Timestamp(end),
                "type": tx.get("type"),
            }
        )
    return pd.DataFrame(rows, columns=["id", "text", "begin", "end", "type"])


def _publication(published: str | None, items: pd.DataFrame) -> pd.Timestamp:
    if published:
        return pd.Timestamp(str(published)[:10])
    dated = items[~items["fallback"]]
    return (dated if not dated.empty else items)["end"].max()


def _draw_dated(ax: Any, row: Any, y: int, lo: Any, hi: Any) -> None:
    """One dated event on ``ax`` when it overlaps ``[lo, hi]``."""
    if row.end < lo or row.begin > hi:
        return
    colour = type_colour(row.event_type)
    filled = row.how in FILLED_HOW
    if row.interval:
        width = (row.end - row.begin) + pd.Timedelta(days=1)
        ax.barh(
            y,
            width,
            left=row.begin,
            height=0.5,
            color=colour if filled else "white",
            edgecolor=colour,
            hatch=None if filled else "////",
            linewidth=1.0,
        )
    else:
        ax.plot(
            [row.begin + pd.Timedelta(hours=12)],
            [y],
            marker="D",
            markersize=7,
            color=colour,
            markerfacecolor=colour if filled else "white",
            markeredgewidth=1.4,
            linestyle="none",
        )


def _draw_fallback(ax: Any, row: Any, y: int, pub: pd.Timestamp) -> None:
    """An event the article does not date: an arrow from the end of the publication day
    pointing back in time ("on or before publication")."""
    end = pub + pd.Timedelta(days=1)
    ax.annotate(
        "",
        xy=(end - pd.Timedelta(days=FALLBACK_ARROW_DAYS), y),
        xytext=(end, y),
        arrowprops={
            "arrowstyle": "-|>",
            "color": type_colour(row.event_type),
            "linestyle": (0, (2, 2)),
            "linewidth": 1.3,
            "shrinkA": 0,
            "shrinkB": 0,
        },
    )


def _finding(items: pd.DataFrame, pub: pd.Timestamp, recent_days: int) -> str:
    dated = items[~items["fallback"]]
    recent = dated[dated["begin"] >= pub - pd.Timedelta(days=recent_days)]
    older = len(dated) - len(recent)
    text = f"{len(recent)} of {len(dated)} dated events began in the {recent_days} days"
    text += " before publication"
    if older:
        first = dated["begin"].min()
        since = str(first.year) if (first.month, first.day) == (1, 1) else f"{first:%B %Y}"
        text += f"; the oldest goes back to {since}"
    undated = int(items["fallback"].sum())
    if undated:
        text += f"; {undated} more have no date"
    return text


def event_timeline(
    events: Sequence[Mapping[str, Any]],
    timexes: Sequence[Mapping[str, Any]] = (),
    published: str | None = None,
    *,
    blocks: Sequence[Mapping[str, Any]] = (),
    recent_days: int = 28,
    title: str | None = None,
) -> Figure:
    """The article's events on a time axis, fallback-dated ones drawn apart.

    Args:
        events: ``doc._.events`` (see :func:`timeline_selection` for what is left out).
        timexes: ``doc._.timexes``; the days they name are ticked along the top.
        published: the publication date (ISO). Without it the latest event day.
        blocks: ``doc._.blocks``, to leave out caption events and headline repeats.
        recent_days: width of the right-hand panel, in days before publication.
        title: the figure title; default a sentence stating what the figure shows.
    """
    items = timeline_items(events, published, blocks)
    days = timex_days(timexes)
    if items.empty:
        fig, ax = new_figure(9.0, 2.0)
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center")
        return fig
    pub = _publication(published, items)
    dated = items[~items["fallback"]]
    fallback = items[items["fallback"]]
    cut = pub - pd.Timedelta(days=recent_days)
    has_background = bool((dated["begin"] < cut).any())
    n = len(items)
    gap = 1 if len(fallback) and len(dated) else 0
    # Dated rows from the top, then a gap, then the fallback rows.
    ys = [n + gap - 1 - i - (gap if i >= len(dated) else 0) for i in range(n)]
    height = max(3.4, 0.34 * (n + gap) + 2.0)
    if has_background:
        fig, (left, right) = new_figure(
            11.0, height, ncols=2, sharey=True, gridspec_kw={"width_ratios": [1, 2]}
        )
        panels = [left, right]
    else:
        fig, right = new_figure(11.0, height)
        left, panels = None, [right]
    future = dated["end"].max() if len(dated) else pub
    right_end = max(pub + pd.Timedelta(days=2), min(future, pub + pd.Timedelta(days=30)))
    right_end += pd.Timedelta(days=1)
    bounds = {id(right): (cut, right_end)}
    if left is not None:
        bounds[id(left)] = (dated["begin"].min() - pd.Timedelta(days=30), cut)
    for ax in panels:
        lo, hi = bounds[id(ax)]
        for y, row in zip(ys, items.itertuples(index=False), strict=True):
            if not row.fallback:
                _draw_dated(ax, row, y, lo, hi)
        for row in days.itertuples(index=False):
            ax.axvspan(
                row.begin,
                row.end + pd.Timedelta(days=1),
                ymin=0.985,
                ymax=1.0,
                color=PALETTE["DATE"],
                linewidth=0,
            )
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.set_ylim(-0.8, n + gap - 0.2)
        ax.set_xlim(lo, hi)
    # The publication day as a band: events dated to it fall inside, not after it.
    right.axvspan(pub, pub + pd.Timedelta(days=1), color="#e9ecef", zorder=0)
    right.annotate(
        "publication day",
        (pub + pd.Timedelta(hours=12), 0),
        xycoords=("data", "axes fraction"),
        xytext=(0, -2),
        textcoords="offset points",
        rotation=90,
        ha="center",
        va="top",
        fontsize=7.5,
        color=PUBLICATION_COLOUR,
        annotation_clip=False,
    )
    for y, row in zip(ys, items.itertuples(index=False), strict=True):
        if row.fallback:
            _draw_fallback(right, row, y, pub)
    if gap:
        for ax in panels:
            ax.axhline(len(fallback), color="#bbbbbb", linewidth=0.8, linestyle=":")
        right.annotate(
            "below: no date in the article, so only known to be on or before publication",
            (0, len(fallback)),
            xycoords=("axes fraction", "data"),
            xytext=(2, 2),
            textcoords="offset points",
            fontsize=8,
            color=PUBLICATION_COLOUR,
            style="italic",
            va="bottom",
        )
    right.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=mdates.MO))
    right.xaxis.set_minor_locator(mdates.DayLocator())
    right.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    right.set_title(f"the {recent_days} days before publication", fontsize=9, loc="left")
    right.set_xlabel(f"date (publication day: {readable_time(pub.date().isoformat())})")
    if left is not None:
        locator = mdates.AutoDateLocator(minticks=2, maxticks=4)
        left.xaxis.set_major_locator(locator)
        left.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        left.spines["right"].set_visible(False)
        right.spines["left"].set_visible(False)
        right.tick_params(axis="y", left=False)
        left.set_title("background (compressed)", fontsize=9, loc="left")
        kw = {
            "marker": [(-1, -1.5), (1, 1.5)],
            "markersize": 9,
            "linestyle": "none",
            "color": "#555555",
            "mec": "#555555",
            "mew": 1,
            "clip_on": False,
        }
        left.plot([1], [0], transform=left.transAxes, **kw)
        right.plot([0], [0], transform=right.transAxes, **kw)
    first = left if left is not None else right
    first.set_yticks(ys, list(items["label"]), fontsize=8)
    for ax in panels:
        for label in ax.get_xticklabels():
            label.set_fontsize(8)
    present = [t for t in EVENT_TYPE_COLOURS if t in set(items["event_type"])]
    handles: list[Any] = [Patch(facecolor=type_colour(t), label=t) for t in present]
    grey = "#555555"
    handles += [
        Line2D(
            [], [], marker="D", color=grey, linestyle="none", label="a day, date in its sentence"
        ),
        Patch(facecolor=grey, label="a span of days, date in its sentence"),
        Line2D(
            [],
            [],
            marker="D",
            color=grey,
            markerfacecolor="white",
            linestyle="none",
            label="date carried over from a nearby event",
        ),
    ]
    if len(fallback):
        handles.append(
            Line2D(
                [], [], color=grey, linestyle=(0, (2, 2)), label="no date: on or before publication"
            )
        )
    if not days.empty:
        handles.append(Patch(facecolor=PALETTE["DATE"], label="days the text names (top strip)"))
    fig.legend(
        handles=handles,
        loc="lower left",
        ncol=3,
        frameon=False,
        fontsize=8,
        bbox_to_anchor=(0.01, 0.0),
        title="colour: event type · shape: how it was dated",
        title_fontsize=8,
    )
    fig.suptitle(title or _finding(items, pub, recent_days), x=0.01, ha="left", fontsize=12)
    fig.subplots_adjust(
        left=0.33, right=0.97, top=1 - 0.85 / height, bottom=1.75 / height, wspace=0.05
    )
    return fig


def publication_window(
    events: Sequence[Mapping[str, Any]],
    timexes: Sequence[Mapping[str, Any]] = (),
    published: str | None = None,
    *,
    blocks: Sequence[Mapping[str, Any]] = (),
    days: int = 21,
    title: str | None = None,
) -> Figure:
    """The last ``days`` days before publication: events dated to each day, and spans.

    Bars count only the events the article dates to that very day; events that span
    several days ("in the past two weeks") are lines above the bars, each labelled,
    never added to the daily counts; fallback-dated events (no date in the article) are
    not counted and the figure says how many there are.

    Args:
        events: ``doc._.events``.
        timexes: ``doc._.timexes``; days they name are ticked under the axis.
        published: the publication date (ISO); default the latest event day.
        blocks: ``doc._.blocks`` (captions and headline repeats are left out).
        days: how many days to show, ending on the publication day.
        title: the figure title; default a sentence stating the busiest day.
    """
    items = timeline_items(events, published, blocks)
    named = timex_days(timexes)
    if items.empty and not published:
        fig, ax = new_figure(9.0, 2.0)
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center")
        return fig
    end = _publication(published, items)
    window = pd.date_range(end - pd.Timedelta(days=days - 1), end, freq="D")
    dated = items[~items["fallback"]]
    singles = dated[~dated["interval"]]
    spans = dated[dated["interval"] & (dated["end"] >= window[0]) & (dated["begin"] <= window[-1])]
    counts = [int((singles["begin"] == day).sum()) for day in window]
    top = max(counts + [1])
    lanes = len(spans)
    fig, ax = new_figure(11.0, 4.0 + 0.25 * lanes)
    xs = list(range(len(window)))
    ax.bar(
        xs, counts, color=PALETTE["TIME"], width=0.7, label="events the article dates to the day"
    )
    for x, n in zip(xs, counts, strict=True):
        if n:
            ax.text(x, n + 0.05 * top, str(n), ha="center", va="bottom", fontsize=8)
    for lane, row in enumerate(spans.itertuples(index=False)):
        y = top * 1.25 + lane * top * 0.22
        first = max(0, (row.begin - window[0]).days)
        last = min(len(window) - 1, (row.end - window[0]).days)
        colour = PALETTE["DURATION"]
        ax.plot(
            [first - 0.35, last + 0.35], [y, y], color=colour, linewidth=4, solid_capstyle="butt"
        )
        if row.begin < window[0]:  # began before the window: an arrowhead says so
            ax.plot([-0.45], [y], marker="<", color=colour, markersize=7, linestyle="none")
        ax.text(-0.8, y, row.label, ha="right", va="center", fontsize=7.5)
    for x, day in zip(xs, window, strict=True):
        if not named.empty and ((named["begin"] <= day) & (named["end"] >= day)).any():
            exact = ((named["begin"] == day) & (named["end"] == day)).any()
            ax.plot(
                [x],
                [-0.08 * top],
                marker="|",
                markersize=10,
                color=PALETTE["DATE"],
                alpha=1.0 if exact else 0.4,
                clip_on=False,
                linestyle="none",
            )
    ax.axvspan(len(window) - 1.5, len(window) - 0.5, color="#e9ecef", zorder=0)
    ax.set_xticks(xs, [d.strftime("%a\n%d %b") for d in window], fontsize=7)
    ax.set_xlim(-0.7 - (7 if lanes else 0), len(window) - 0.3)
    # The count axis sits beside the first day, not under the labels of the spans.
    ax.spines["left"].set_position(("data", -0.6))
    ax.spines["left"].set_bounds(0, top)
    ax.spines["bottom"].set_bounds(-0.5, len(window) - 0.5)
    ax.set_ylim(-0.12 * top, top * 1.4 + lanes * top * 0.22)
    ax.set_yticks(range(0, top + 1))
    ax.set_ylabel("events dated\nto the day", fontsize=9)
    ax.yaxis.set_label_coords(-1.4, top / 2, transform=ax.transData)
    ax.set_xlabel("day (shaded: publication day)")
    handles, _ = ax.get_legend_handles_labels()
    handles.append(
        Line2D(
            [],
            [],
            color=PALETTE["DURATION"],
            linewidth=4,
            label="an event spanning several days (◀ began earlier)",
        )
    )
    handles.append(
        Line2D(
            [],
            [],
            marker="|",
            color=PALETTE["DATE"],
            linestyle="none",
            markersize=10,
            label="day a time expression names",
        )
    )
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(0.0, -0.2),
        ncol=3,
        frameon=False,
        fontsize=8,
    )
    n_fallback = int(items["fallback"].sum())
    if title is None:
        if sum(counts):
            best = max(xs, key=lambda i: (counts[i], i))
            title = (
                f"{readable_time(window[best].date().isoformat())} is the busiest day: "
                f"{counts[best]} event{'s' if counts[best] != 1 else ''} dated to it"
            )
        else:
            title = f"No event is dated to a single day in the last {days} days"
    ax.set_title(title, loc="left")
    if n_fallback:
        ax.text(
            1.0,
            1.01,
            f"not counted: {n_fallback} event{'s' if n_fallback != 1 else ''}"
            " with no date in the article",
            transform=ax.transAxes,
            ha="right",
            va="bottom",
            fontsize=8,
            color=PUBLICATION_COLOUR,
            style="italic",
        )
    fig.tight_layout()
    return fig
