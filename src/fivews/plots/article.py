"""The figure of an article's structure: its blocks in reading order, by kind."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from fivews.plots._style import PALETTE, new_figure

KIND_ORDER = ("headline", "caption", "subhead", "paragraph", "boilerplate")


def block_summary(blocks: pd.DataFrame) -> str:
    """A sentence saying what the page is made of ("11 paragraphs, 2 sub-heads, …")."""
    counts = blocks["kind"].value_counts()
    repeats = int(blocks["duplicate_of"].notna().sum())
    words = {
        "paragraph": ("paragraph", "paragraphs"),
        "subhead": ("sub-head", "sub-heads"),
        "caption": ("caption", "captions"),
        "headline": ("headline", "headlines"),
    }
    parts = [
        f"{int(counts[k])} {words[k][0] if counts[k] == 1 else words[k][1]}"
        for k in ("headline", "paragraph", "subhead", "caption")
        if k in counts
    ]
    text = ", ".join(parts)
    if repeats:
        text += f" ({repeats} repeated)"
    chrome = int(counts.get("boilerplate", 0))
    if chrome:
        text += f"; {chrome} line{'s' if chrome != 1 else ''} of page chrome set aside"
    return text[:1].upper() + text[1:]


def block_map(blocks: pd.DataFrame, title: str | None = None) -> Figure:
    """Draw each block as a bar in reading order: length in words, colour by kind.

    Args:
        blocks: a table with columns ``block``, ``kind``, ``words`` and ``duplicate_of``
            (``Analysis.blocks_df()``).
        title: the figure title; default :func:`block_summary` of the blocks.
    """
    n = len(blocks)
    fig, ax = new_figure(9.0, max(3.0, 0.32 * n + 1.2))
    ys = list(range(n))[::-1]
    colours = [PALETTE.get(k, "#999999") for k in blocks["kind"]]
    hatches = ["//" if pd.notna(d) else "" for d in blocks["duplicate_of"]]
    bars = ax.barh(ys, blocks["words"], color=colours, edgecolor="#333333", linewidth=0.5)
    for bar, hatch in zip(bars, hatches, strict=True):
        bar.set_hatch(hatch)
    labels = [f"{b}  {k}" for b, k in zip(blocks["block"], blocks["kind"], strict=True)]
    ax.set_yticks(ys, labels, fontsize=8)
    ax.set_xlabel("words in the block")
    ax.set_ylabel("block number and kind, in reading order")
    ax.set_title(title or block_summary(blocks), loc="left")
    present = [k for k in KIND_ORDER if k in set(blocks["kind"])]
    handles = [Patch(facecolor=PALETTE[k], edgecolor="#333333", label=k) for k in present]
    if blocks["duplicate_of"].notna().any():
        handles.append(
            Patch(
                facecolor="white",
                edgecolor="#333333",
                hatch="//",
                label="repeat of an earlier block",
            )
        )
    ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8
    )
    fig.tight_layout()
    return fig
