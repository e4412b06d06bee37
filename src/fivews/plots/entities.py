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
from collections import Counter
from typing import Any

import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from fivews.plots._maps import (
    BORDER,
    COUNTRY_INK,
    NAMED_LAND,
    REGION_RADIUS,
    countries_in_view,
    draw_countries,
    draw_map_notes,
    far_places_note,
    hollow_marker,
    is_approximate,
    is_country,
    label_countries,
    place_labels,
    place_name,
    side_legend,
    split_by_distance,
    zoom_to,
)
from fivews.plots._style import PALETTE, new_figure
from fivews.plots.readable import LABEL_WORDS

#: Labels drawn in the legend, in this order.
LEGEND_LABELS: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")

#: Content block kinds shown as columns of the mention strip.
STRIP_KINDS: frozenset[str] = frozenset({"headline", "subhead", "caption", "paragraph"})


def _colour(label: str) -> str:
    return PALETTE.get(label, PALETTE["OTHER"])


def _mention_count(entity: dict[str, Any]) -> int:
    return len(entity.get("mentions") or [])


def _top(entities: list[dict[str, Any]], top: int) -> list[dict[str, Any]]:
    """The ``top`` entities by salience; equal salience is broken by mentions, then name."""
    return sorted(
        entities, key=lambda e: (-e["salience"], -_mention_count(e), str(e["name"]), e["id"])
    )[:top]


def _word_handles(labels: set[str], marker: str = "s") -> list[Line2D]:
    return [
        Line2D(
            [0],
            [0],
            marker=marker,
            linestyle="",
            markersize=8,
            color=_colour(lab),
            label=f"{LABEL_WORDS.get(lab, lab)} ({lab})",
        )
        for lab in LEGEND_LABELS
        if lab in labels
    ]


def salience_chart(
    entities: list[dict[str, Any]],
    top: int = 15,
    title: str | None = None,
) -> Figure:
    """Horizontal bars of the ``top`` most salient entities, coloured by label.

    The scale runs from 0 to 1 (1 = the most salient entity); entities with the same
    salience are ordered by mentions, and each bar says its mentions. How many entities
    are not shown is written under the axis.
    """
    chosen = _top(entities, top)
    fig, ax = new_figure(9.0, max(3.0, 0.38 * len(chosen) + 1.6))
    if not chosen:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no entities", ha="center", va="center")
        return fig
    y = np.arange(len(chosen))[::-1]
    ax.barh(y, [e["salience"] for e in chosen], color=[_colour(e["label"]) for e in chosen])
    ax.set_yticks(y, [e["name"] for e in chosen])
    for yi, e in zip(y, chosen, strict=True):
        n = _mention_count(e)
        ax.annotate(
            f"{n} mention{'s' if n != 1 else ''}",
            (e["salience"], yi),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
            annotation_clip=False,
        )
    ax.set_xlim(0, 1.0)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    hidden = len(entities) - len(chosen)
    xlabel = "salience: mentions weighted by headline, lead and subject position (top = 1)"
    if hidden:
        noun = "entities" if hidden != 1 else "entity"
        xlabel += f"\n{hidden} less salient {noun} not shown (see the table)"
    ax.set_xlabel(xlabel)
    leaders = [e["name"] for e in chosen if e["salience"] == chosen[0]["salience"]]
    default = (
        f"{chosen[0]['name']} is the most prominent actor or place"
        if len(leaders) == 1
        else f"{', '.join(leaders[:-1][:3])} and {leaders[-1]} share the top salience"
    )
    ax.set_title(title or default, loc="left")
    ax.legend(
        handles=_word_handles({e["label"] for e in chosen}),
        loc="upper left",
        bbox_to_anchor=(1.2, 1.0),
        frameon=False,
        fontsize=8,
        title="colour: entity type",
        title_fontsize=8,
    )
    fig.tight_layout()
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


def cooccurrence_matrix(
    entities: list[dict[str, Any]],
    top: int = 12,
    title: str | None = None,
) -> Figure:
    """Who appears with whom: the ``top`` entities in a matrix, ordered by salience; each
    cell counts the sentences naming both (diagonal: the sentences naming the entity).

    A matrix keeps every pair legible where a network of the same pairs is a hairball.
    """
    chosen = _top(entities, top)
    n = len(chosen)
    fig, ax = new_figure(9.5, max(4.0, 0.42 * n + 2.2))
    if n < 2:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "fewer than two entities", ha="center", va="center")
        return fig
    pairs = cooccurrences(chosen)
    index = {e["id"]: i for i, e in enumerate(chosen)}
    grid = np.zeros((n, n), dtype=int)
    for (a, b), count in pairs.items():
        grid[index[a], index[b]] = grid[index[b], index[a]] = count
    for e in chosen:
        grid[index[e["id"]], index[e["id"]]] = len({m["sentence"] for m in e["mentions"]})
    off = grid.copy()
    np.fill_diagonal(off, 0)
    vmax = max(int(off.max()), 1)
    # The matrix is symmetric: the lower triangle is enough.
    masked = np.ma.masked_where(np.triu(np.ones((n, n), dtype=bool)), grid)
    image = ax.imshow(masked, cmap="Blues", vmin=0, vmax=vmax, aspect="equal")
    for i in range(n):
        for j in range(n):
            value = int(grid[i, j])
            if j > i:
                continue
            if i == j:
                ax.add_patch(
                    Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor="#eeeeee", edgecolor="none")
                )
                ax.text(
                    j,
                    i,
                    str(value),
                    ha="center",
                    va="center",
                    fontsize=7.5,
                    color="#777777",
                    style="italic",
                )
            elif value:
                dark = value > 0.6 * vmax
                ax.text(
                    j,
                    i,
                    str(value),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white" if dark else "#222222",
                )
    names = [e["name"] for e in chosen]
    ax.set_xticks(range(n), names, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(n), names, fontsize=8)
    for tick, e in zip(ax.get_yticklabels(), chosen, strict=True):
        tick.set_color(_colour(e["label"]))
    for tick, e in zip(ax.get_xticklabels(), chosen, strict=True):
        tick.set_color(_colour(e["label"]))
    ax.set_xticks(np.arange(-0.5, n), minor=True)
    ax.set_yticks(np.arange(-0.5, n), minor=True)
    ax.grid(which="minor", color="white", linewidth=1)
    ax.tick_params(which="minor", length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    bar.set_label("sentences naming both")
    bar.ax.yaxis.get_major_locator().set_params(integer=True)
    i, j = np.unravel_index(int(np.argmax(off)), off.shape)
    default = (
        f"{names[i]} and {names[j]} appear together most ({int(off[i, j])} sentences)"
        if off.max()
        else "No two entities share a sentence"
    )
    ax.set_title(title or default, loc="left")
    ax.set_xlabel("entities ordered by salience; grey diagonal: all sentences naming the entity")
    ax.legend(
        handles=_word_handles({e["label"] for e in chosen}),
        loc="upper left",
        bbox_to_anchor=(0.55, 0.98),
        frameon=False,
        fontsize=8,
        title="name colour: entity type",
        title_fontsize=8,
    )
    return fig


#: Entity labels that name places.
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})


def place_groups(
    entities: list[dict[str, Any]],
    focus: tuple[float, float] | None = None,
    radius: float = REGION_RADIUS,
) -> dict[str, Any]:
    """Sort the article's places for a map: which are drawn, which are listed.

    Args:
        entities: ``doc._.entities``.
        focus: ``(lat, lon)`` the map centres on (e.g. the main event's place);
            default the most salient place that is neither a whole country nor an
            approximate point (river, sea, region).
        radius: degrees of arc around the focus that make the story's main region.

    Returns:
        ``{"anchor": entity or None, "focus": (lat, lon) or None, "near": [...],
        "far": [(entity, degrees)], "countries": [...], "unlocated": [...]}``.
    """
    placed = [e for e in entities if e.get("lat") is not None and e.get("lon") is not None]
    countries = [e for e in placed if is_country(e)]
    points = [e for e in placed if e not in countries]
    unlocated = [e for e in entities if e.get("label") in PLACE_LABELS and e.get("lat") is None]
    # A town is a better centre than a river or sea drawn as one approximate point.
    exact = [e for e in points if not is_approximate(e)]
    ranked = _top(exact or points, len(points)) or _top(countries, len(countries))
    anchor = ranked[0] if ranked else None
    if focus is None and anchor is not None:
        focus = (float(anchor["lat"]), float(anchor["lon"]))
    near, far = split_by_distance(points, focus, radius) if focus else ([], [])
    return {
        "anchor": anchor,
        "focus": focus,
        "near": list(near),
        "far": far,
        "countries": countries,
        "unlocated": unlocated,
    }


def places_map(
    entities: list[dict[str, Any]],
    focus: tuple[float, float] | None = None,
    *,
    radius: float = REGION_RADIUS,
    padding: float = 2.5,
    title: str | None = None,
) -> Figure:
    """Map of the story's main region: its places as dots, the countries it names shaded.

    The extent follows the places within ``radius`` degrees of the ``focus`` (default:
    the most salient place that is not a country); places farther away are listed
    beside the map with their distance, as are named countries out of view and places
    the gazetteer could not locate: nothing is dropped silently. Rivers, seas and
    regions are one representative point in the gazetteer, so they are drawn hollow
    and marked "approx.". The border convention is written under the map.
    """
    groups = place_groups(entities, focus, radius)
    near, far, countries = groups["near"], groups["far"], groups["countries"]
    named_codes = {e["country"] for e in countries if e.get("country")}
    fig, ax = new_figure(10.5, 7.0)
    draw_countries(ax, named_codes)
    if groups["focus"] is None:
        ax.set_xlim(-180, 180)
        ax.set_ylim(-60, 85)
    else:
        lats = [e["lat"] for e in near] or [groups["focus"][0]]
        lons = [e["lon"] for e in near] or [groups["focus"][1]]
        zoom_to(ax, lats, lons, padding, min_span=8.0)
    label_countries(ax, COUNTRY_INK, only=named_codes, alpha=0.8)
    labels = []
    approximate_seen = False
    for e in sorted(near, key=lambda e: e["id"]):
        approximate = is_approximate(e)
        approximate_seen |= approximate
        ax.scatter(
            [e["lon"]],
            [e["lat"]],
            s=40 + 260 * e["salience"],
            facecolor="white" if approximate else _colour(e["label"]),
            edgecolor=_colour(e["label"]),
            linewidth=1.6 if approximate else 0.8,
            linestyle="--" if approximate else "-",
            zorder=3,
        )
        labels.append((e["lon"], e["lat"], e["name"] + (" (approx.)" if approximate else "")))
    place_labels(ax, labels)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xlabel("longitude (°E)")
    ax.set_ylabel("latitude (°N)")
    in_view = {o.iso_a2 for o in countries_in_view(ax, named_codes)}
    far_countries = list(
        dict.fromkeys(place_name(e) for e in countries if e.get("country") not in in_view)
    )
    note = far_places_note(
        far,
        far_countries,
        [e["name"] for e in groups["unlocated"]],
        anchor_name=groups["anchor"]["name"] if groups["anchor"] else "",
    )
    draw_map_notes(fig, ax, note)
    handles: list[Any] = _word_handles({e["label"] for e in near}, marker="o")
    if named_codes:
        handles.append(
            Patch(facecolor=NAMED_LAND, edgecolor=BORDER, label="country the article names")
        )
    if approximate_seen:
        handles.append(hollow_marker("river, sea or region: one approximate point"))
    side_legend(ax, handles, "dot size: salience in the article")
    if title is None:
        anchor = groups["anchor"]
        title = (
            f"The story is centred on {anchor['name']}"
            + (
                f"; {len(near) - 1} more place{'s' if len(near) != 2 else ''} nearby"
                if len(near) > 1
                else ""
            )
            if anchor
            else "Where: the countries the article names"
        )
        if far:
            title += f", {len(far)} far away (listed)"
    ax.set_title(title, loc="left")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
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
    title: str | None = None,
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
    present: dict[str, set[int]] = {}
    for row, e in enumerate(chosen):
        counts: Counter[int] = Counter()
        for m in e["mentions"]:
            col = bisect.bisect_right(starts, m["start"]) - 1
            if col >= 0 and m["start"] < shown[col]["end"]:
                counts[col] += 1
        present[e["id"]] = set(counts)
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
    spread = {e["name"]: len(present[e["id"]]) for e in chosen}
    widest = max(spread, key=lambda k: (spread[k], k)) if spread else ""
    default = (
        f"{widest} runs through the article: named in {spread[widest]} of {len(shown)} blocks"
        if widest
        else "Where each actor appears"
    )
    ax.set_title(title or default, loc="left")
    ax.legend(
        handles=_word_handles({e["label"] for e in chosen}, marker="o"),
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
        fontsize=8,
        title="colour: entity type\ndot size: mentions in the block",
        title_fontsize=8,
    )
    return fig
