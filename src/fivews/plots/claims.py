"""Figures for "according to whom": claims per source, who talks about whom, contradictions.

Each function takes the ``claims`` list of dicts (``doc._.claims`` or
``Analysis.to_dict()["claims"]``) and returns a matplotlib Figure made with
:func:`fivews.plots._style.new_figure`; notebooks save it with ``save_figure``.
Colours come from :data:`fivews.plots._style.PALETTE` (stance classes; ``OTHER`` for a
class the palette does not know).
"""

from __future__ import annotations

import textwrap
from collections import Counter
from typing import Any

import networkx as nx
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch

from fivews.plots._style import PALETTE, new_figure

#: Stance classes in legend order (from data/reporting_verbs.json).
STANCE_ORDER: tuple[str, ...] = (
    "neutral",
    "distancing",
    "accusation",
    "warning",
    "denial",
    "belief",
    "commitment",
)
#: Layout seed: the same network is drawn the same way on every run.
LAYOUT_SEED = 7
#: Node colours of the source network: sources, and the actors their claims name.
SOURCE_COLOUR, SUBJECT_COLOUR = PALETTE["ORG"], PALETTE["subhead"]


def stance_colour(stance: str) -> str:
    """The palette colour of a stance class (``OTHER`` grey when the palette lacks it)."""
    return PALETTE.get(stance, PALETTE["OTHER"])


def _source_name(claim: dict[str, Any]) -> str:
    """The merged source of a claim: its ``source_group`` when the claims layer groups
    sources, else the entity name, else the words of the attribution."""
    group = claim.get("source_group") or (claim.get("source") or {}).get("group")
    if isinstance(group, dict):
        group = group.get("name") or group.get("text")
    src = claim.get("source") or {}
    return str(group or src.get("name") or src.get("text") or "(unknown)")


def _empty(fig: Figure, ax: Any, message: str) -> Figure:
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#555555")
    return fig


def plot_claims_by_source(claims: list[dict[str, Any]], *, title: str | None = None) -> Figure:
    """Horizontal bars: how many claims each source makes, stacked by stance.

    The default title names the source with the most claims and its share."""
    fig, ax = new_figure(9.0, 0.5 + 0.45 * max(3, len({_source_name(c) for c in claims})))
    if not claims:
        return _empty(fig, ax, "no attributed claims")
    counts: Counter[tuple[str, str]] = Counter((_source_name(c), c["stance"]) for c in claims)
    totals = Counter(_source_name(c) for c in claims)
    # most claims on top; ties in order of first appearance
    first = {}
    for i, c in enumerate(claims):
        first.setdefault(_source_name(c), i)
    sources = sorted(totals, key=lambda s: (totals[s], -first[s]))
    stances = [s for s in STANCE_ORDER if any(k[1] == s for k in counts)]
    stances += sorted({k[1] for k in counts} - set(stances))
    left = [0] * len(sources)
    for stance in stances:
        widths = [counts.get((s, stance), 0) for s in sources]
        ax.barh(
            sources, widths, left=left, color=stance_colour(stance), label=stance, edgecolor="white"
        )
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_xlabel("claims attributed to the source")
    ax.xaxis.get_major_locator().set_params(integer=True)
    leader = sources[-1]
    share = totals[leader] / len(claims)
    default = f"{leader} is the main source: {totals[leader]} of {len(claims)} claims ({share:.0%})"
    ax.set_title(title or default, loc="left")
    ax.legend(
        title="reporting verb's stance", loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False
    )
    return fig


def source_subject_graph(claims: list[dict[str, Any]]) -> nx.DiGraph:
    """Directed bipartite graph: source -> actor/place named in the claim's content.

    Nodes are ``("source", name)`` and ``("subject", name)`` (an actor can be both);
    edges carry ``weight`` (claims) and ``stances``. A source's own name is skipped.
    """
    graph = nx.DiGraph()
    for c in claims:
        source = _source_name(c)
        graph.add_node(("source", source))
        for about in c.get("about", []):
            name = about["name"]
            if name == source:
                continue
            u, v = ("source", source), ("subject", name)
            if graph.has_edge(u, v):
                graph[u][v]["weight"] += 1
                graph[u][v]["stances"].append(c["stance"])
            else:
                graph.add_edge(u, v, weight=1, stances=[c["stance"]])
    return graph


def _column_positions(graph: nx.DiGraph) -> dict[tuple[str, str], tuple[float, float]]:
    """Sources in a left column (most claims on top), subjects on the right, each subject
    at the mean height of its sources so that edges cross little. Deterministic."""
    sources = sorted(
        (n for n in graph if n[0] == "source"),
        key=lambda n: (-graph.out_degree(n, weight="weight"), n[1]),
    )
    pos: dict[tuple[str, str], tuple[float, float]] = {}
    for i, n in enumerate(sources):
        pos[n] = (0.0, -i / max(1, len(sources) - 1) if len(sources) > 1 else 0.0)
    subjects = [n for n in graph if n[0] == "subject"]
    mean_y = {
        n: sum(pos[u][1] for u, _ in graph.in_edges(n)) / max(1, graph.in_degree(n))
        for n in subjects
    }
    ordered = sorted(subjects, key=lambda n: (-mean_y[n], n[1]))
    for i, n in enumerate(ordered):
        pos[n] = (1.0, -i / max(1, len(ordered) - 1) if len(ordered) > 1 else 0.0)
    return pos


def plot_source_network(claims: list[dict[str, Any]], *, title: str | None = None) -> Figure:
    """Sources (left) linked to the actors and places their claims name (right).

    Every source with a claim is drawn, also one whose claims name no one else (it is
    marked so). Edge width is the number of claims, edge colour the stance used most on
    that edge; nodes and edges have separate legends.
    """
    graph = source_subject_graph(claims)
    n_rows = max((sum(1 for n in graph if n[0] == k) for k in ("source", "subject")), default=0)
    fig, ax = new_figure(11.0, max(3.5, 0.42 * n_rows + 1.8))
    if not graph:
        return _empty(fig, ax, "no attributed claims")
    pos = _column_positions(graph)
    edges = sorted(graph.edges(data=True), key=lambda e: (e[0], e[1]))
    if edges:
        nx.draw_networkx_edges(
            graph,
            pos,
            ax=ax,
            edgelist=[(u, v) for u, v, _ in edges],
            width=[0.8 + 1.4 * d["weight"] for _, _, d in edges],
            edge_color=[
                stance_colour(Counter(d["stances"]).most_common(1)[0][0]) for _, _, d in edges
            ],
            arrows=True,
            arrowsize=12,
            alpha=0.75,
            node_size=250,
        )
    sources = sorted(n for n in graph if n[0] == "source")
    subjects = sorted(n for n in graph if n[0] == "subject")
    for nodes, colour in ((sources, SOURCE_COLOUR), (subjects, SUBJECT_COLOUR)):
        if nodes:
            nx.draw_networkx_nodes(
                graph,
                pos,
                ax=ax,
                nodelist=nodes,
                node_color=colour,
                node_shape="s" if colour == SOURCE_COLOUR else "o",
                node_size=250,
                edgecolors="white",
            )
    claims_of = Counter(_source_name(c) for c in claims)
    for n in sources:
        text = f"{n[1]} ({claims_of[n[1]]})"
        if graph.out_degree(n) == 0:
            text += "\n(its claims name no one else)"
        ax.text(pos[n][0] - 0.06, pos[n][1], text, ha="right", va="center", fontsize=9)
    for n in subjects:
        ax.text(pos[n][0] + 0.03, pos[n][1], n[1], ha="left", va="center", fontsize=9)
    ax.set_xlim(-0.85, 2.3)  # the right part holds the legends
    ax.set_ylim(-1.1, 0.1)
    leader = max(claims_of, key=lambda k: (claims_of[k], k))
    named = graph.out_degree(("source", leader))
    default = (
        f"{leader} makes the most claims ({claims_of[leader]}), naming "
        f"{named} other actor{'s' if named != 1 else ''} or place{'s' if named != 1 else ''}"
    )
    ax.set_title(title or default, loc="left")
    ax.axis("off")
    node_legend = ax.legend(
        handles=[
            Line2D(
                [],
                [],
                marker="s",
                color=SOURCE_COLOUR,
                linestyle="",
                markersize=9,
                label="source (claims in brackets)",
            ),
            Line2D(
                [],
                [],
                marker="o",
                color=SUBJECT_COLOUR,
                linestyle="",
                markersize=9,
                label="actor or place named in its claims",
            ),
        ],
        loc="upper left",
        bbox_to_anchor=(0.74, 1.0),
        frameon=False,
        fontsize=8,
        title="nodes",
        title_fontsize=8,
    )
    ax.add_artist(node_legend)
    node_legend.set_clip_on(False)  # add_artist clips to the axes; a legend must not be
    stances = sorted(
        {s for _, _, d in edges for s in d["stances"]},
        key=lambda s: STANCE_ORDER.index(s) if s in STANCE_ORDER else 99,
    )
    if stances:
        ax.legend(
            handles=[Line2D([], [], color=stance_colour(s), linewidth=3, label=s) for s in stances],
            loc="upper left",
            bbox_to_anchor=(0.74, 0.75),
            frameon=False,
            fontsize=8,
            title="arrows: stance of the reporting verb\n(width: number of claims)",
            title_fontsize=8,
        )
    return fig


def contradiction_pairs(
    claims: list[dict[str, Any]],
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Each contradicting pair once, earlier claim first."""
    by_id = {c["id"]: c for c in claims}
    pairs = []
    for c in claims:
        for other in c.get("contested_by", []):
            if other in by_id and claims.index(by_id[other]) > claims.index(c):
                pairs.append((c, by_id[other]))
    return pairs


def _box_text(claim: dict[str, Any], width: int) -> str:
    head = f"{_source_name(claim)} {claim.get('cue') or '(continued)'}"
    date = claim.get("date") if isinstance(claim.get("date"), dict) else {}
    if date.get("text"):
        head += f" {date['text']}"
    body = textwrap.fill(claim["content"]["text"], width)
    return f"{textwrap.fill(head, width)} ({claim.get('stance', 'neutral')}):\n\n{body}"


#: Characters per line in a contradiction box.
BOX_CHARS = 50


def plot_contradictions(claims: list[dict[str, Any]], *, title: str | None = None) -> Figure:
    """Each contradiction as two boxes side by side joined by a double arrow that touches
    both, with the reasons underneath. The box edge colour is the claim's stance."""
    pairs = contradiction_pairs(claims)
    texts = [(_box_text(a, BOX_CHARS), _box_text(b, BOX_CHARS)) for a, b in pairs]
    lines = [max(t.count("\n") for t in pair) + 1 for pair in texts] or [1]
    reasons = [
        textwrap.wrap("Why: " + "; ".join(a.get("contradiction_reasons", {}).get(b["id"], [])), 150)
        for a, b in pairs
    ]
    heights = [0.19 * n + 0.75 + 0.17 * len(r) for n, r in zip(lines, reasons, strict=False)]
    heights = heights or [1.0]
    fig, axes = new_figure(
        11.0,
        sum(heights) + 0.5,
        nrows=max(1, len(pairs)),
        squeeze=False,
        gridspec_kw={"height_ratios": heights},
    )
    if not pairs:
        return _empty(fig, axes[0][0], "no contradictions found")
    for row, (a, b), pair_text, height, why in zip(
        axes, pairs, texts, heights, reasons, strict=True
    ):
        ax = row[0]
        ax.axis("off")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        reason_band = (0.17 * len(why) + 0.2) / height  # the reasons, in axes units
        top, bottom = 0.98, reason_band
        for (x0, x1), claim, text in zip(
            ((0.0, 0.46), (0.54, 1.0)), (a, b), pair_text, strict=True
        ):
            ax.add_patch(
                FancyBboxPatch(
                    (x0, bottom),
                    x1 - x0,
                    top - bottom,
                    boxstyle="round,pad=0,rounding_size=0.015",
                    facecolor="white",
                    edgecolor=stance_colour(claim.get("stance", "neutral")),
                    linewidth=2,
                    transform=ax.transAxes,
                    mutation_aspect=1 / height,
                )
            )
            ax.text(x0 + 0.012, top - 0.04 / height * 2, text, va="top", ha="left", fontsize=9)
        middle = (top + bottom) / 2
        ax.annotate(
            "",
            xy=(0.54, middle),
            xytext=(0.46, middle),
            arrowprops={
                "arrowstyle": "<|-|>",
                "color": PALETTE["distancing"],
                "lw": 2,
                "shrinkA": 0,
                "shrinkB": 0,
            },
        )
        ax.text(
            0.5,
            middle + 0.06,
            "contradicts",
            ha="center",
            va="bottom",
            fontsize=8,
            color=PALETTE["distancing"],
        )
        ax.text(0.0, 0.0, "\n".join(why), va="bottom", ha="left", fontsize=8.5, color="#333333")
    default = (
        f"{len(pairs)} pair{'s' if len(pairs) != 1 else ''} of claims contradict each other"
        " (box edge colour: stance of the reporting verb)"
    )
    fig.suptitle(title or default, x=0.01, ha="left")
    return fig
