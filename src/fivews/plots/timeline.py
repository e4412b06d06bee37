"""Figures of when things happened: the events on a broken time axis, and the last weeks.

:func:`event_timeline` puts every dated event on a time axis, intervals as bars and
single days as markers, split into two panels (background years | the weeks around
publication) so a year-old background event and yesterday's are both legible.
:func:`publication_window` counts, day by day over the last three weeks, the events
dated to each day and those whose interval covers it. Both take the plain
``doc._.events`` / ``doc._.timexes`` dicts and the publication date.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from fivews.events import event_dates
from fivews.plots._style import PALETTE, new_figure

#: Event types (ACLED-like) -> colour, drawn from the shared palette so the report matches.
EVENT_TYPE_COLOURS: dict[str, str] = {
    "Battles": PALETTE.get("Battles", PALETTE["accusation"]),
    "Explosions/Remote violence": PALETTE.get("Explosions/Remote violence", PALETTE["warning"]),
    "Violence against civilians": PALETTE.get("Violence against civilians", PALETTE["PERSON"]),
    "Strategic developments": PALETTE.get("Strategic developments", PALETTE["GPE"]),
    "Protests": PALETTE.get("Protests", PALETTE["ORG"]),
    "Riots": PALETTE.get("Riots", PALETTE["denial"]),
    "Other": PALETTE.get("Other", PALETTE["OTHER"]),
}
#: How an event was anchored -> (marker face filled?, legend text).
HOW_STYLE: dict[str, tuple[bool, str]] = {
    "explicit": (True, "date stated for the event"),
    "sentence": (True, "date from the same sentence"),
    "inherited": (False, "date carried over from the previous event"),
    "publication": (False, "only known to be before publication"),
}
#: Label length (characters) on the event rows.
LABEL_CHARS = 46


def timeline_items(
    events: Sequence[Mapping[str, Any]], published: str | None = None
) -> pd.DataFrame:
    """One row per dated event: id, label, begin, end (dates), interval?, how, type.

    Undated events are left out. ``label`` is the event id and the start of its clause.
    """
    rows = []
    for ev in events:
        time = ev.get("time", {})
        begin, end = event_dates(time)
        if begin is None or end is None:
            continue
        text = " ".join(str(ev.get("text", "")).split())
        label = textwrap.shorten(f"{ev['id']} {text}", LABEL_CHARS, placeholder="…")
        rows.append(
            {
                "id": ev["id"],
                "label": label,
                "begin": pd.Timestamp(begin),
                "end": pd.Timestamp(end),
                "interval": begin != end,
                "how": time.get("how"),
                "event_type": ev.get("event_type") or "Other",
                "trigger": ev.get("trigger", {}).get("text", ""),
            }
        )
    columns = ["id", "label", "begin", "end", "interval", "how", "event_type", "trigger"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["begin", "end", "id"], kind="stable").reset_index(drop=True)


def timex_days(timexes: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """The datable time expressions: id, text, begin, end (dates), type."""
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


def _draw_items(ax: Any, items: pd.DataFrame, ys: Sequence[int], lo: Any, hi: Any) -> None:
    """Draw the items that overlap ``[lo, hi]`` (a marker at a panel's edge would be cut)."""
    for y, row in zip(ys, items.itertuples(index=False), strict=True):
        if row.end < lo or row.begin > hi:
            continue
        colour = EVENT_TYPE_COLOURS.get(row.event_type, EVENT_TYPE_COLOURS["Other"])
        filled = HOW_STYLE.get(row.how, (False, ""))[0]
        if row.interval:
            width = (row.end - row.begin) + pd.Timedelta(days=1)
            ax.barh(
                y,
                width,
                left=row.begin,
                height=0.5,
                color=colour,
                alpha=0.85 if filled else 0.35,
                edgecolor=colour,
                linewidth=0.8,
            )
        else:
            ax.plot(
                [row.begin + pd.Timedelta(hours=12)],
                [y],
                marker="D",
                markersize=7,
                color=colour,
                markerfacecolor=colour if filled else "white",
                linestyle="none",
            )


def event_timeline(
    events: Sequence[Mapping[str, Any]],
    timexes: Sequence[Mapping[str, Any]] = (),
    published: str | None = None,
    *,
    recent_days: int = 28,
    title: str = "When the article's events happened",
) -> Figure:
    """Dated events on a time axis broken into background | the weeks before publication.

    Args:
        events: ``doc._.events`` (undated events are skipped).
        timexes: ``doc._.timexes``; their days are ticked along the top of each panel.
        published: publication date (ISO); the break is ``recent_days`` before it. Without
            it the latest event date is used.
        recent_days: width of the right-hand panel in days (before publication).
        title: the figure title.
    """
    items = timeline_items(events, published)
    days = timex_days(timexes)
    if items.empty:
        fig, ax = new_figure(9.0, 2.0)
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center")
        return fig
    pub = pd.Timestamp(published) if published else items["end"].max()
    cut = pub - pd.Timedelta(days=recent_days)
    has_background = bool((items["begin"] < cut).any())
    n = len(items)
    ys = list(range(n))[::-1]
    height = max(3.2, 0.36 * n + 1.6)
    if has_background:
        fig, (left, right) = new_figure(
            11.0, height, ncols=2, sharey=True, gridspec_kw={"width_ratios": [1, 2], "wspace": 0.06}
        )
        panels = [left, right]
    else:
        fig, right = new_figure(11.0, height)
        left, panels = None, [right]
    # Planned events ("next week") stay visible: the right panel runs past publication.
    future = min(items["end"].max(), pub + pd.Timedelta(days=30))
    right_end = max(pub + pd.Timedelta(days=3), future + pd.Timedelta(days=2))
    bounds = {id(right): (cut, right_end)}
    if left is not None:
        bounds[id(left)] = (items["begin"].min() - pd.Timedelta(days=30), cut)
    for ax in panels:
        _draw_items(ax, items, ys, *bounds[id(ax)])
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
        ax.set_ylim(-0.8, n - 0.2)
    right.set_xlim(cut, right_end)
    right.axvline(pub, color="#333333", linestyle="--", linewidth=0.9)
    right.annotate(
        "published",
        (pub, n - 0.5),
        xytext=(3, 0),
        textcoords="offset points",
        fontsize=8,
        va="center",
    )
    right.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=mdates.MO))
    right.xaxis.set_minor_locator(mdates.DayLocator())
    right.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    right.set_title(f"the {recent_days} days before publication", fontsize=9, loc="left")
    if left is not None:
        left.set_xlim(*bounds[id(left)])
        locator = mdates.AutoDateLocator(minticks=2, maxticks=4)
        left.xaxis.set_major_locator(locator)
        left.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        left.spines["right"].set_visible(False)
        right.spines["left"].set_visible(False)
        right.tick_params(axis="y", left=False)
        left.set_title("background", fontsize=9, loc="left")
        # The break: two short diagonal strokes on each side of the gap.
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
    first.set_yticks(ys, items["label"], fontsize=8)
    for ax in panels:
        for label in ax.get_xticklabels():
            label.set_fontsize(8)
    present = [t for t in EVENT_TYPE_COLOURS if t in set(items["event_type"])]
    handles: list[Any] = [Patch(facecolor=EVENT_TYPE_COLOURS[t], label=t) for t in present]
    handles.append(Line2D([], [], marker="D", color="#555555", linestyle="none", label="a day"))
    handles.append(Patch(facecolor="#bbbbbb", label="an interval"))
    handles.append(
        Line2D(
            [],
            [],
            marker="D",
            color="#555555",
            markerfacecolor="white",
            linestyle="none",
            label="inherited / publication date",
        )
    )
    if not days.empty:
        handles.append(Patch(facecolor=PALETTE["DATE"], label="days named in the text (top)"))
    fig.legend(
        handles=handles,
        loc="lower center",
        ncol=4,
        frameon=False,
        fontsize=8,
        bbox_to_anchor=(0.6, 0.0),
    )
    fig.suptitle(title, x=0.01, ha="left", fontsize=12)
    # Fixed margins (not tight_layout, which cannot handle the shared broken axis).
    fig.subplots_adjust(
        left=0.3, right=0.97, top=1 - 0.75 / height, bottom=1.15 / height, wspace=0.05
    )
    return fig


def publication_window(
    events: Sequence[Mapping[str, Any]],
    timexes: Sequence[Mapping[str, Any]] = (),
    published: str | None = None,
    *,
    days: int = 21,
    title: str = "The last three weeks, day by day",
) -> Figure:
    """Per day over the ``days`` before publication: events on that day and in intervals.

    Solid bars count events dated to the day; light bars count events whose interval
    (a week, "the past two weeks") covers it; purple ticks mark days a time expression
    names. The triggers of the day's events are written above the bars.

    Args:
        events: ``doc._.events``.
        timexes: ``doc._.timexes``.
        published: the publication date (ISO); default the latest event day.
        days: how many days to show, ending on the publication day.
        title: the figure title.
    """
    items = timeline_items(events, published)
    named = timex_days(timexes)
    if published:
        end = pd.Timestamp(published)
    elif not items.empty:
        end = items["end"].max()
    else:
        end = pd.Timestamp(dt.date.today())
    window = pd.date_range(end - pd.Timedelta(days=days - 1), end, freq="D")
    on_day, covering, words = [], [], []
    for day in window:
        exact = items[(~items["interval"]) & (items["begin"] == day)]
        spans = items[items["interval"] & (items["begin"] <= day) & (items["end"] >= day)]
        on_day.append(len(exact))
        covering.append(len(spans))
        words.append(", ".join(dict.fromkeys(exact["trigger"].str.lower())))
    fig, ax = new_figure(11.0, 4.2)
    xs = list(range(len(window)))
    ax.bar(xs, on_day, color=PALETTE["TIME"], label="events dated to this day")
    ax.bar(
        xs,
        covering,
        bottom=on_day,
        color=PALETTE["DURATION"],
        alpha=0.45,
        label="events in an interval covering it",
    )
    top = max([a + b for a, b in zip(on_day, covering, strict=True)] + [1])
    for x, day in zip(xs, window, strict=True):
        if ((named["begin"] <= day) & (named["end"] >= day)).any() and not named.empty:
            exact_named = ((named["begin"] == day) & (named["end"] == day)).any()
            ax.plot(
                [x],
                [-0.06 * top],
                marker="|",
                markersize=10,
                color=PALETTE["DATE"],
                alpha=1.0 if exact_named else 0.4,
                clip_on=False,
                linestyle="none",
            )
        if words[x]:
            ax.text(
                x,
                on_day[x] + covering[x] + 0.05 * top,
                textwrap.shorten(words[x], 28, placeholder="…"),
                rotation=90,
                ha="center",
                va="bottom",
                fontsize=8,
            )
    pub_x = len(window) - 1
    ax.axvline(pub_x + 0.45, color="#333333", linestyle="--", linewidth=0.9)
    ax.text(pub_x + 0.5, top * 1.45, "published", fontsize=8, ha="left", va="top")
    ax.set_xticks(xs, [d.strftime("%a\n%d %b") for d in window], fontsize=7)
    ax.set_ylim(-0.1 * top, top * 1.5)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel("events")
    handles, _ = ax.get_legend_handles_labels()
    handles.append(
        Line2D(
            [],
            [],
            marker="|",
            color=PALETTE["DATE"],
            linestyle="none",
            markersize=10,
            label="day named by a time expression",
        )
    )
    ax.legend(handles=handles, loc="upper left", frameon=False, fontsize=8)
    ax.set_title(title, loc="left")
    fig.tight_layout()
    return fig
