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
from matplotlib.patches import Patch

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


def stance_colour(stance: str) -> str:
    """The palette colour of a stance class (``OTHER`` grey when the palette lacks it)."""
    return PALETTE.get(stance, PALETTE["OTHER"])


def _source_name(claim: dict[str, Any]) -> str:
    src = claim["source"]
    return src.get("name") or src.get("text") or "(unknown)"


def _empty(fig: Figure, ax: Any, message: str) -> Figure:
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#555555")
    return fig


def plot_claims_by_source(
    claims: list[dict[str, Any]], *, title: str = "Claims per source"
) -> Figure:
    """Horizontal bars: how many claims each source makes, stacked by stance."""
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
    ax.set_xlabel("claims")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
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


def plot_source_network(
    claims: list[dict[str, Any]], *, title: str = "Who makes claims about whom"
) -> Figure:
    """Sources (left) linked to the actors and places their claims name (right).

    Edge width is the number of claims; edge colour the stance used most on that edge.
    """
    graph = source_subject_graph(claims)
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    n_rows = max(sum(1 for n in graph if n[0] == k) for k in ("source", "subject")) if graph else 0
    fig, ax = new_figure(10.0, max(3.5, 0.42 * n_rows + 1.5))
    if graph.number_of_edges() == 0:
        return _empty(fig, ax, "no claim names another actor or place")
    pos = _column_positions(graph)
    edges = sorted(graph.edges(data=True), key=lambda e: (e[0], e[1]))
    colours = [stance_colour(Counter(d["stances"]).most_common(1)[0][0]) for _, _, d in edges]
    nx.draw_networkx_edges(
        graph,
        pos,
        ax=ax,
        edgelist=[(u, v) for u, v, _ in edges],
        width=[0.8 + 1.4 * d["weight"] for _, _, d in edges],
        edge_color=colours,
        arrows=True,
        arrowsize=12,
        alpha=0.75,
        node_size=250,
    )
    sources = sorted(n for n in graph if n[0] == "source")
    subjects = sorted(n for n in graph if n[0] == "subject")
    nx.draw_networkx_nodes(
        graph,
        pos,
        ax=ax,
        nodelist=sources,
        node_color=PALETTE["ORG"],
        node_size=250,
        edgecolors="white",
    )
    nx.draw_networkx_nodes(
        graph,
        pos,
        ax=ax,
        nodelist=subjects,
        node_color=PALETTE["subhead"],
        node_size=250,
        edgecolors="white",
    )
    for n in sources:
        ax.text(pos[n][0] - 0.03, pos[n][1], n[1], ha="right", va="center", fontsize=9)
    for n in subjects:
        ax.text(pos[n][0] + 0.03, pos[n][1], n[1], ha="left", va="center", fontsize=9)
    ax.set_xlim(-0.75, 1.6)
    ax.set_title(title)
    ax.axis("off")
    stances = sorted(
        {s for _, _, d in edges for s in d["stances"]},
        key=lambda s: STANCE_ORDER.index(s) if s in STANCE_ORDER else 99,
    )
    handles = [
        Patch(color=PALETTE["ORG"], label="source"),
        Patch(color=PALETTE["subhead"], label="named in its claims"),
    ]
    handles += [Patch(color=stance_colour(s), label=f"{s} claim") for s in stances]
    ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8
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
    head = f"{_source_name(claim)} {claim['cue'] or '(continued)'}"
    if claim["date"].get("text"):
        head += f" {claim['date']['text']}"
    body = textwrap.fill(claim["content"]["text"], width)
    return f"{claim['id']} · {head} ({claim['stance']}):\n\n{body}"


def plot_contradictions(
    claims: list[dict[str, Any]], *, title: str = "Contradicting claims"
) -> Figure:
    """Each contradiction as two text boxes side by side, with the reasons underneath."""
    pairs = contradiction_pairs(claims)
    fig, axes = new_figure(11.0, 2.8 * max(1, len(pairs)), nrows=max(1, len(pairs)), squeeze=False)
    if not pairs:
        return _empty(fig, axes[0][0], "no contradictions found")
    for row, (a, b) in zip(axes, pairs, strict=True):
        ax = row[0]
        ax.axis("off")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        for x, claim in ((0.01, a), (0.53, b)):
            ax.text(
                x,
                0.95,
                _box_text(claim, 52),
                va="top",
                ha="left",
                fontsize=9,
                wrap=True,
                bbox={
                    "boxstyle": "round,pad=0.6",
                    "facecolor": "white",
                    "edgecolor": stance_colour(claim["stance"]),
                    "linewidth": 2,
                },
            )
        ax.annotate(
            "",
            xy=(0.525, 0.75),
            xytext=(0.475, 0.75),
            arrowprops={"arrowstyle": "<->", "color": PALETTE["distancing"], "lw": 2},
        )
        reasons = a.get("contradiction_reasons", {}).get(b["id"], [])
        ax.text(
            0.01,
            0.02,
            textwrap.fill("Why: " + "; ".join(reasons), 140),
            va="bottom",
            ha="left",
            fontsize=8.5,
            color="#333333",
        )
    fig.suptitle(title)
    return fig
