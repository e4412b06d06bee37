"""Figures for one story told by many articles (tables from :mod:`fivews.story`).

* :func:`plot_presence` — who appears in which article over time: one row per linked
  entity, a dot per month in which articles name it (its size: how many articles).
* :func:`plot_actor_timeline` — one actor's events in time order, each once however many
  articles report it; events before the corpus's first article are drawn in a compressed
  background panel, as notebook 03 draws an article's background years.
* :func:`plot_disagreements` — how many disagreements of each kind, over how many events.
"""

from __future__ import annotations

import textwrap

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from fivews.plots._style import PALETTE, new_figure

#: Entity labels drawn with their own colour; any other label is drawn as OTHER.
LABEL_NAMES: dict[str, str] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "country, city or state",
    "LOC": "other place",
    "NORP": "nationality or group",
    "FAC": "building or facility",
    "OTHER": "other",
}

#: The most events one timeline figure draws (the rest are listed in the table).
MAX_TIMELINE_EVENTS = 30


def _size(articles: int) -> float:
    """Marker area for a count of articles (area grows with the count)."""
    return 18.0 + 22.0 * (articles - 1)


def _size_legend(counts: list[int], title: str) -> list[Line2D]:
    return [
        Line2D(
            [],
            [],
            linestyle="",
            marker="o",
            markersize=_size(c) ** 0.5,
            color="#555555",
            label=f"{c} article{'s' if c > 1 else ''}",
        )
        for c in counts
    ]


def _note(fig: Figure, lines: list[str]) -> None:
    """Say under the figure what it leaves out (one line each)."""
    if lines:
        fig.text(0.01, 0.005, "\n".join(lines), fontsize=8, va="bottom", ha="left")


def plot_presence(appearances: pd.DataFrame, title: str | None = None) -> Figure:
    """Who appears in which article over time.

    Args:
        appearances: :func:`fivews.story.appearances` (``corpus_id``, ``name``, ``label``,
            ``doc_id``, ``published``), entities in rank order.
        title: default a sentence naming the entity named in most articles and the span
            of months it is named in.
    """
    names = list(dict.fromkeys(str(n) for n in appearances["name"]))
    fig, ax = new_figure(10.0, max(3.0, 0.42 * len(names) + 2.2))
    dated = appearances.dropna(subset=["published"])
    undated = appearances[appearances["published"].isna()]
    monthly = (
        dated.assign(month=dated["published"].str.slice(0, 7))
        .groupby(["name", "label", "month"], sort=False)["doc_id"]
        .nunique()
        .rename("articles")
        .reset_index()
    )
    row = {name: len(names) - 1 - i for i, name in enumerate(names)}
    labels_seen: list[str] = []
    for label, group in monthly.groupby("label", sort=False):
        key = str(label) if str(label) in LABEL_NAMES else "OTHER"
        labels_seen.append(key)
        ax.scatter(
            pd.to_datetime(group["month"] + "-15"),
            group["name"].map(row),
            s=[_size(int(a)) for a in group["articles"]],
            color=PALETTE.get(key, PALETTE["OTHER"]),
            alpha=0.8,
            linewidths=0,
            zorder=3,
        )
    ax.set_yticks(range(len(names)), list(reversed(names)))
    ax.set_ylim(-0.7, len(names) - 0.3)
    ax.grid(axis="y", color="#eeeeee", zorder=0)
    ax.set_xlabel("month of publication")
    largest = int(monthly["articles"].max()) if len(monthly) else 1
    sizes = sorted({1, max(1, (largest + 1) // 2), largest})
    colour_handles = [
        Patch(color=PALETTE.get(k, PALETTE["OTHER"]), label=LABEL_NAMES[k])
        for k in dict.fromkeys(labels_seen)
    ]
    ax.legend(
        handles=colour_handles + _size_legend(sizes, "articles that month"),
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        fontsize=8,
        title="entity type (spaCy) · dot size:\narticles naming it that month",
        title_fontsize=8,
    )
    default = "No linked entity is named in the articles"
    if names:
        top = dated[dated["name"] == names[0]]
        articles = appearances[appearances["name"] == names[0]]["doc_id"].nunique()
        first, last = top["published"].min(), top["published"].max()
        span = f", {_years(first[:4], last[:4])}" if len(top) else ""
        default = f"{names[0]} is named in the most articles ({articles}{span})"
    ax.set_title(title or default, loc="left")
    notes = []
    if len(undated):
        notes.append(
            f"{undated['doc_id'].nunique()} article(s) without a publication date are not drawn."
        )
    fig.tight_layout(rect=(0, 0.04 if notes else 0, 1, 1))
    _note(fig, notes)
    return fig


def _years(first: int | str, last: int | str) -> str:
    """ "2005–2013", or "2020" when both are one year."""
    return str(first) if str(first) == str(last) else f"{first}–{last}"


def _short(text: str, width: int = 62) -> str:
    return textwrap.shorten(" ".join(str(text).split()), width=width, placeholder=" …")


def _pick_events(timeline: pd.DataFrame, limit: int) -> pd.DataFrame:
    """The events drawn, in time order: all dated ones when they fit; else those reported
    by most articles, then those a time expression dates, then each article's events in
    turn (an article's first event before any article's second), so every article keeps
    a row before one article fills many."""
    dated = timeline.dropna(subset=["begin"])
    if len(dated) <= limit:
        return dated
    first_doc = dated["doc_ids"].map(lambda ids: ids[0] if len(ids) else "")
    ranked = dated.assign(
        _order=range(len(dated)),
        _publication=dated["date_how"].str.startswith("publication date"),
        _turn=dated.groupby(first_doc).cumcount(),
    ).sort_values(
        ["articles", "_publication", "_turn", "_order"],
        ascending=[False, True, True, True],
        kind="stable",
    )
    kept = ranked.head(limit).sort_values("_order", kind="stable")
    return kept.drop(columns=["_order", "_publication", "_turn"])


def plot_actor_timeline(
    timeline: pd.DataFrame,
    *,
    background_before: str | None = None,
    title: str | None = None,
    limit: int = MAX_TIMELINE_EVENTS,
) -> Figure:
    """One actor's events across the corpus, earliest at the top.

    Args:
        timeline: :func:`fivews.story.actor_timeline` output.
        background_before: a date (YYYY-MM-DD, e.g. the corpus's first publication date):
            events that begin before it go to a compressed background panel on the left.
        title: default names the actor, the events, the articles and the years.
        limit: the most events drawn; when there are more, those reported by most
            articles are kept and the figure says how many are left out.
    """
    actor = (timeline.attrs.get("actor") or {}).get("name") or "The actor"
    shown = _pick_events(timeline, limit)
    cut = pd.Timestamp(background_before) if background_before else None
    early = shown[shown["begin"] < cut] if cut is not None else shown.iloc[:0]
    ratios = [1.3, 4] if len(early) else [1]
    fig, axes = new_figure(
        11.0,
        max(3.0, 0.3 * len(shown) + 2.0),
        ncols=len(ratios),
        sharey=True,
        gridspec_kw={"width_ratios": ratios, "wspace": 0.04},
        squeeze=False,
    )
    axes = list(axes[0])
    main = axes[-1]
    y = {i: len(shown) - 1 - k for k, i in enumerate(shown.index)}
    for ax in axes:
        is_background = len(axes) > 1 and ax is axes[0]
        part = early if is_background else shown.drop(index=early.index)
        for i, event in part.iterrows():
            dated_by_text = not str(event["date_how"]).startswith("publication date")
            colour = PALETTE["DATE"] if dated_by_text else PALETTE["OTHER"]
            if event["end"] > event["begin"]:
                ax.plot(
                    [event["begin"], event["end"]],
                    [y[i], y[i]],
                    color=colour,
                    lw=2,
                    alpha=0.5,
                    solid_capstyle="butt",
                    zorder=2,
                )
            ax.scatter(
                [event["begin"]],
                [y[i]],
                s=_size(int(event["articles"])),
                facecolor=colour if dated_by_text else "white",
                edgecolor=colour,
                linewidths=1.2,
                zorder=3,
            )
        ax.grid(axis="y", color="#f0f0f0", zorder=0)
        if is_background:
            ax.set_title("background (compressed)", fontsize=8, loc="left")
            ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=2, maxticks=3))
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
            ax.tick_params(axis="x", labelsize=8)
    axes[0].set_yticks(
        [y[i] for i in shown.index],
        [f"{_short(t)} ({d})" for t, d in zip(shown["text"], shown["date"], strict=True)],
        fontsize=8,
    )
    axes[0].set_ylim(-0.8, len(shown) - 0.2)
    main.set_xlabel("date of the event (a line: the whole year or month a date names)")
    counts = sorted({int(a) for a in shown["articles"]}) or [1]
    handles = [
        Line2D(
            [],
            [],
            linestyle="",
            marker="o",
            color=PALETTE["DATE"],
            label="dated by a time expression",
        ),
        Line2D(
            [],
            [],
            linestyle="",
            marker="o",
            markerfacecolor="white",
            color=PALETTE["OTHER"],
            label="publication date only",
        ),
        *_size_legend(sorted({counts[0], counts[-1]}), "articles"),
    ]
    main.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
        fontsize=8,
        title="dot size: articles reporting it",
        title_fontsize=8,
    )
    years = shown["begin"].dt.year
    several = int((shown["articles"] > 1).sum())
    default = f"{actor}: no dated events"
    if len(shown):
        default = (
            f"{actor}: {len(timeline)} events, {_years(years.min(), years.max())}; "
            f"{several} reported by more than one article"
        )
    fig.suptitle(title or default, x=0.01, y=0.995, ha="left", va="top", fontsize=12)
    notes = []
    undated = int(timeline["begin"].isna().sum())
    left_out = len(timeline) - undated - len(shown)
    if left_out > 0:
        notes.append(
            f"{left_out} more events (reported by fewer articles, or dated by publication "
            "only) are listed in the table but not drawn."
        )
    if undated:
        notes.append(f"{undated} events without any date are listed in the table only.")
    height = fig.get_figheight()
    fig.subplots_adjust(
        left=0.4,
        right=0.8,
        top=1 - 0.45 / height,
        bottom=(0.75 + 0.15 * len(notes)) / height,
    )
    _note(fig, notes)
    return fig


def plot_disagreements(counts: pd.DataFrame, title: str | None = None) -> Figure:
    """Bars: disagreements of each kind, labelled with the events they concern.

    Args:
        counts: :func:`fivews.story.disagreement_counts` (``kind``, ``disagreements``,
            ``events``).
    """
    fig, ax = new_figure(8.0, 3.0)
    colours = {
        "number": PALETTE["ORG"],
        "date": PALETTE["DATE"],
        "place": PALETTE["GPE"],
        "source": PALETTE["neutral"],
    }
    rows = counts.iloc[::-1]
    ax.barh(
        list(rows["kind"]),
        list(rows["disagreements"]),
        color=[colours.get(str(k), PALETTE["OTHER"]) for k in rows["kind"]],
    )
    for k, (n, e) in enumerate(zip(rows["disagreements"], rows["events"], strict=True)):
        ax.text(int(n) + 0.2, k, f"{n} ({e} event{'s' if e != 1 else ''})", va="center", fontsize=8)
    ax.set_xlim(0, max(1, int(counts["disagreements"].max() or 0)) * 1.25)
    ax.set_xlabel("disagreements between two articles reporting one event")
    default = "No disagreements found"
    if int(counts["disagreements"].sum()):
        top = counts.sort_values("disagreements", ascending=False, kind="stable").iloc[0]
        default = f"Most disagreements are about {top['kind']}s ({top['disagreements']})"
    ax.set_title(title or default, loc="left")
    fig.tight_layout()
    return fig
