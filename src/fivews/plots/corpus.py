"""Cross-article figures for a corpus run (tables from :mod:`fivews.corpus`).

Each function takes a DataFrame made by :func:`fivews.corpus.top_actors`,
:func:`~fivews.corpus.top_sources` or :func:`~fivews.corpus.mentions_over_time` and returns
a matplotlib Figure in the fivews style.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from fivews.plots._style import PALETTE, new_figure

#: Distinct palette colours for one line per actor.
LINE_COLOURS: tuple[str, ...] = tuple(
    PALETTE[k] for k in ("PERSON", "ORG", "GPE", "NORP", "DATE", "LOC", "FAC", "distancing")
)


def plot_top_actors(actors: pd.DataFrame, title: str = "Actors named in most articles") -> Figure:
    """Horizontal bars: articles naming each actor, coloured by entity label."""
    fig, ax = new_figure(8.0, max(2.5, 0.35 * len(actors) + 1.2))
    rows = actors.iloc[::-1]
    colours = [PALETTE.get(str(label), PALETTE["OTHER"]) for label in rows["label"]]
    ax.barh(list(rows["name"]), list(rows["articles"]), color=colours)
    ax.set_xlabel("articles naming the actor")
    ax.set_title(title)
    for label in dict.fromkeys(actors["label"]):
        ax.bar(0, 0, color=PALETTE.get(str(label), PALETTE["OTHER"]), label=str(label))
    if len(actors):
        ax.legend(loc="lower right", frameon=False)
    fig.tight_layout()
    return fig


def plot_top_sources(sources: pd.DataFrame, title: str = "Sources cited most") -> Figure:
    """Horizontal bars: claims attributed to each source, with the articles citing it."""
    fig, ax = new_figure(8.0, max(2.5, 0.35 * len(sources) + 1.2))
    rows = sources.iloc[::-1]
    ax.barh(list(rows["source"]), list(rows["claims"]), color=PALETTE["neutral"])
    for y, (claims, articles) in enumerate(zip(rows["claims"], rows["articles"], strict=True)):
        ax.text(claims, y, f"  {articles} art.", va="center", fontsize=8, color="#555555")
    ax.set_xlabel("claims attributed to the source")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def plot_mentions_over_time(
    by_month: pd.DataFrame, title: str = "Articles naming each actor, by month"
) -> Figure:
    """One line per actor: articles naming it per month of publication."""
    fig, ax = new_figure(9.0, 4.5)
    table = by_month.pivot_table(
        index="month", columns="name", values="articles", aggfunc="sum", fill_value=0
    ).sort_index()
    for i, name in enumerate(table.columns):
        ax.plot(
            list(table.index),
            list(table[name]),
            marker="o",
            label=str(name),
            color=LINE_COLOURS[i % len(LINE_COLOURS)],
        )
    ax.set_ylabel("articles")
    ax.set_title(title)
    ax.tick_params(axis="x", labelrotation=60, labelsize=8)
    if len(table.columns):
        ax.legend(frameon=False, fontsize=8, ncol=2)
    fig.tight_layout()
    return fig
