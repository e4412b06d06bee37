"""Figures for who and where: salience ranking, co-occurrence network, places map, mention strip.

Each function takes the entity dicts of ``doc._.entities`` (see :mod:`fivews.entities`)
and returns a matplotlib Figure made with :func:`fivews.plots._style.new_figure`; colours
come from :data:`fivews.plots._style.PALETTE` by entity label. Nothing is saved here.
The map draws the Natural Earth outlines shipped with fivews (:mod:`fivews.geo`), so it
needs no network and no geopandas.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter
from typing import Any

import networkx as nx
import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch

from fivews import geo
from fivews.plots._maps import label_countries, zoom_to
from fivews.plots._style import PALETTE, new_figure

#: Labels drawn in the legend, in this order.
LEGEND_LABELS: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")

#: Content block kinds shown as columns of the mention strip.
STRIP_KINDS: frozenset[str] = frozenset({"headline", "subhead", "caption", "paragraph"})


def _colour(label: str) -> str:
    return PALETTE.get(label, PALETTE["OTHER"])


def _legend_handles(labels: set[str], marker: str = "s") -> list[Line2D]:
    return [
        Line2D([0], [0], marker=marker, linestyle="", markersize=8, color=_colour(lab), label=lab)
        for lab in LEGEND_LABELS
        if lab in labels
    ]


def _top(entities: list[dict[str, Any]], top: int) -> list[dict[str, Any]]:
    return sorted(entities, key=lambda e: (-e["salience"], e["id"]))[:top]


def salience_chart(
    entities: list[dict[str, Any]],
    top: int = 15,
    title: str = "Who and where: entities by salience",
) -> Figure:
    """Horizontal bar chart of the ``top`` most salient entities, coloured by label.

    Each bar's end is annotated with the entity's number of mentions.
    """
    chosen = _top(entities, top)
    fig, ax = new_figure(9.0, max(3.0, 0.38 * len(chosen) + 1.2))
    y = np.arange(len(chosen))[::-1]
    ax.barh(y, [e["salience"] for e in chosen], color=[_colour(e["label"]) for e in chosen])
    ax.set_yticks(y, [e["name"] for e in chosen])
    for yi, e in zip(y, chosen, strict=True):
        n = len(e["mentions"])
        ax.text(
            e["salience"] + 0.01, yi, f"{n} mention{'s' if n != 1 else ''}", va="center", fontsize=8
        )
    ax.set_xlim(0, 1.2)
    ax.set_xlabel("salience (weighted mentions, top entity = 1)")
    ax.set_title(title)
    ax.legend(
        handles=_legend_handles({e["label"] for e in chosen}),
        loc="lower right",
        frameon=False,
        fontsize=8,
    )
    return fig


def cooccurrences(entities: list[dict[str, Any]]) -> Counter[tuple[str, str]]:
    """Count, for each pair of entity ids, the sentences in which both are mentioned."""
    by_sentence: dict[int, set[str]] = {}
    for e in entities:
        for m in e["mentions"]:
            by_sentence.setdefault(m["sentence"], set()).add(e["id"])
    pairs: Counter[tuple[str, str]] = Counter()
    for ids in by_sentence.values():
        for a, b in itertools.combinations(sorted(ids), 2):
            pairs[(a, b)] += 1
    return pairs


def _ordered_subgraph(graph: nx.Graph, nodes: list[str]) -> nx.Graph:
    """A copy of ``graph`` restricted to ``nodes`` with nodes and edges in sorted order.

    ``graph.subgraph`` iterates a set, whose order changes with Python's hash seed, and
    the spring layout's start positions follow the node order.
    """
    keep = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(sorted(nodes))
    sub.add_edges_from(
        sorted(
            (min(a, b), max(a, b), d)
            for a, b, d in graph.edges(data=True)
            if a in keep and b in keep
        )
    )
    return sub


def component_layout(graph: nx.Graph, seed: int = 7) -> dict[str, np.ndarray]:
    """Spring layout of the largest component; smaller components in a row below it.

    ``spring_layout`` on a graph with several components pushes them apart and squeezes
    the main one into a corner, so each component is laid out on its own (fixed seed).
    """
    components = sorted(
        (sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0])
    )
    main = _ordered_subgraph(graph, components[0])
    pos = nx.spring_layout(
        main, seed=seed, k=3.2 / math.sqrt(max(len(main), 1)), iterations=300, weight=None
    )
    if len(main) > 1:
        coords = np.array(list(pos.values()))
        low, high = coords.min(axis=0), coords.max(axis=0)
        pos = {n: 2 * (p - low) / np.maximum(high - low, 1e-9) - 1 for n, p in pos.items()}
    else:
        pos = {n: np.zeros(2) for n in pos}
    rest = components[1:]
    for k, comp in enumerate(rest):
        x = -1 + 2 * (k + 0.5) / len(rest)
        sub = (
            nx.spring_layout(_ordered_subgraph(graph, comp), seed=seed, scale=0.3)
            if len(comp) > 1
            else {comp[0]: np.zeros(2)}
        )
        for n, p in sub.items():
            pos[n] = np.array([x, -1.45]) + p
    return pos


def cooccurrence_network(
    entities: list[dict[str, Any]],
    top: int = 20,
    seed: int = 7,
    title: str = "Who appears with whom (same sentence)",
) -> Figure:
    """Network of the ``top`` entities: an edge per pair mentioned in one sentence.

    Node size follows salience, colour the label; edge width the number of shared
    sentences. The layout is ``networkx.spring_layout`` with a fixed ``seed``, so the
    figure is the same on every run.
    """
    chosen = _top(entities, top)
    ids = {e["id"] for e in chosen}
    graph = nx.Graph()
    for e in sorted(chosen, key=lambda e: e["id"]):
        graph.add_node(e["id"], name=e["name"], label=e["label"], salience=e["salience"])
    for (a, b), n in sorted(cooccurrences(chosen).items()):
        if a in ids and b in ids:
            graph.add_edge(a, b, weight=n)
    fig, ax = new_figure(9.0, 7.0)
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no entities", ha="center", va="center")
        ax.set_axis_off()
        return fig
    pos = component_layout(graph, seed=seed)
    widths = [0.8 + 1.6 * graph.edges[e]["weight"] for e in graph.edges]
    nx.draw_networkx_edges(graph, pos, ax=ax, width=widths, edge_color="#9aa5b1", alpha=0.7)
    nodes = list(graph.nodes)
    nx.draw_networkx_nodes(
        graph,
        pos,
        ax=ax,
        nodelist=nodes,
        node_size=[200 + 1400 * graph.nodes[n]["salience"] for n in nodes],
        node_color=[_colour(graph.nodes[n]["label"]) for n in nodes],
        alpha=0.9,
    )
    for n in nodes:
        x, y = pos[n]
        ax.text(
            x,
            y + 0.07,
            graph.nodes[n]["name"],
            ha="center",
            va="bottom",
            fontsize=8,
            zorder=5,
            bbox={
                "boxstyle": "round,pad=0.15",
                "facecolor": "white",
                "alpha": 0.75,
                "edgecolor": "none",
            },
        )
    ax.set_title(title)
    ax.legend(
        handles=_legend_handles({graph.nodes[n]["label"] for n in nodes}, marker="o"),
        loc="lower left",
        frameon=False,
        fontsize=8,
    )
    ax.margins(0.12)
    ax.set_axis_off()
    return fig


def _is_country(entity: dict[str, Any]) -> bool:
    record = entity.get("geo")
    if record:  # the geocoder's own record: a country, or a nationality placed at one
        return record.get("kind") == "country"
    hit = geo.geocode(entity["name"])
    return bool(hit and hit["kind"] == "country" and hit["country"] == entity.get("country"))


def places_map(
    entities: list[dict[str, Any]],
    min_confidence: float = 0.5,
    padding: float = 3.0,
    title: str = "Where: places named in the article",
) -> Figure:
    """Map of the geocoded places over Natural Earth country outlines, zoomed to the story.

    Places with ``geo_confidence`` ≥ ``min_confidence`` are drawn as dots (size by
    salience) with their names. Countries the article names are shaded instead of
    dotted, and the view is fitted to the towns, regions and rivers (countries only when
    nothing else is placed), with ``padding`` degrees around them.
    """
    placed = [
        e
        for e in entities
        if e.get("lat") is not None and (e.get("geo_confidence") or 0) >= min_confidence
    ]
    countries = [e for e in placed if _is_country(e)]
    points = [e for e in placed if e not in countries]
    named_codes = {e["country"] for e in countries}

    fig, ax = new_figure(9.0, 7.0)
    for outline in geo.load_country_outlines():
        shaded = outline.iso_a2 in named_codes
        ax.add_patch(
            PathPatch(
                geo.outline_path(outline),
                facecolor="#e9d8a6" if shaded else "#f2f2f2",
                edgecolor="#8d99ae",
                linewidth=0.6,
                zorder=1,
            )
        )
    focus = points or countries
    if focus:
        lons = [e["lon"] for e in focus]
        lats = [e["lat"] for e in focus]
        # Keep a readable minimum extent and the map's aspect near the figure's.
        zoom_to(ax, lats, lons, padding, min_span=8.0)
    else:
        ax.set_xlim(-180, 180)
        ax.set_ylim(-60, 85)
    label_countries(ax, "#6c584c", only=named_codes, alpha=0.8)
    for e in sorted(points, key=lambda e: e["id"]):
        ax.scatter(
            [e["lon"]],
            [e["lat"]],
            s=40 + 260 * e["salience"],
            color=_colour(e["label"]),
            edgecolor="white",
            linewidth=0.8,
            zorder=3,
        )
        ax.annotate(
            e["name"],
            (e["lon"], e["lat"]),
            xytext=(6, 4),
            textcoords="offset points",
            fontsize=9,
            zorder=4,
        )
    ax.set_aspect("equal", adjustable="box")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_title(title)
    if points:
        ax.legend(
            handles=_legend_handles({e["label"] for e in points}, marker="o"),
            loc="lower left",
            frameon=True,
            fontsize=8,
        )
    return fig


def content_blocks(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The article's content blocks (no chrome, no repeated captions), in order."""
    return [b for b in blocks if b["kind"] in STRIP_KINDS and b.get("duplicate_of") is None]


def block_tick_labels(blocks: list[dict[str, Any]]) -> list[str]:
    """Short labels for content blocks: H, S, C, and paragraphs numbered 1, 2, ..."""
    labels, paragraph = [], 0
    for block in blocks:
        if block["kind"] == "paragraph":
            paragraph += 1
            labels.append(str(paragraph))
        else:
            labels.append({"headline": "H", "subhead": "S", "caption": "C"}.get(block["kind"], "?"))
    return labels


def mention_strip(
    entities: list[dict[str, Any]],
    blocks: list[dict[str, Any]],
    top: int = 12,
    title: str = "Where each actor appears, paragraph by paragraph",
) -> Figure:
    """Strip chart: one row per entity (``top`` by salience), one column per content block.

    A dot's size is the number of mentions of that entity in that block; headline and
    subhead columns are shaded. ``blocks`` are the Doc's ``doc._.blocks``.
    """
    shown = content_blocks(blocks)
    chosen = _top(entities, top)
    starts = [b["start"] for b in shown]
    fig, ax = new_figure(10.0, max(3.0, 0.42 * len(chosen) + 1.5))
    for col, block in enumerate(shown):
        if block["kind"] in ("headline", "subhead"):
            ax.axvspan(col - 0.5, col + 0.5, color="#edf2f4", zorder=0)
    for row, e in enumerate(chosen):
        counts: Counter[int] = Counter()
        for m in e["mentions"]:
            col = bisect.bisect_right(starts, m["start"]) - 1
            if col >= 0 and m["start"] < shown[col]["end"]:
                counts[col] += 1
        y = len(chosen) - 1 - row
        ax.axhline(y, color="#e5e5e5", linewidth=0.6, zorder=1)
        cols = sorted(counts)
        ax.scatter(
            cols,
            [y] * len(cols),
            s=[50 * counts[c] for c in cols],
            color=_colour(e["label"]),
            zorder=2,
        )
    ax.set_yticks(range(len(chosen)), [e["name"] for e in chosen][::-1])
    ax.set_xticks(range(len(shown)), block_tick_labels(shown))
    ax.set_xlim(-0.6, max(len(shown) - 0.4, 0.6))
    ax.set_xlabel("article block (H headline, S subhead, C caption, 1, 2, ... paragraphs)")
    ax.set_title(title)
    ax.legend(
        handles=_legend_handles({e["label"] for e in chosen}, marker="o"),
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
        fontsize=8,
    )
    return fig
