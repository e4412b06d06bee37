"""Shared figure style and deterministic saving for every fivews plot.

All plot functions create figures with :func:`new_figure` (fixed size, DPI and fonts,
Agg backend) and notebooks save them with :func:`save_figure`, which strips the
date and version metadata matplotlib would otherwise embed, so a rerun writes the same
bytes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import matplotlib

# Scripts and tests render off-screen; inside a Jupyter kernel the inline backend stays so
# figures show in the notebook. PNG bytes come from the Agg renderer either way.
if "ipykernel" not in sys.modules:
    matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from fivews.fileio import atomic_path

#: One colour per block/entity/stance kind, shared by figures and the HTML report.
PALETTE: dict[str, str] = {
    # block kinds
    "headline": "#1b4965",
    "subhead": "#5fa8d3",
    "paragraph": "#62b6cb",
    "caption": "#cae9ff",
    "boilerplate": "#bbbbbb",
    # entity labels
    "PERSON": "#e76f51",
    "ORG": "#2a9d8f",
    "GPE": "#264653",
    "LOC": "#8ab17d",
    "FAC": "#b5838d",
    "NORP": "#f4a261",
    "OTHER": "#999999",
    # time
    "DATE": "#6a4c93",
    "TIME": "#8338ec",
    "DURATION": "#c77dff",
    "SET": "#e0aaff",
    # claim stance
    "neutral": "#457b9d",
    "distancing": "#e63946",
    "accusation": "#9d0208",
    "warning": "#f4a261",
    "denial": "#6d597a",
    "belief": "#2a9d8f",
    "commitment": "#588157",
    # event types (ACLED-like)
    "Battles": "#d62828",
    "Explosions/Remote violence": "#f77f00",
    "Violence against civilians": "#6a040f",
    "Strategic developments": "#003049",
    "Protests": "#2a9d8f",
    "Riots": "#9c6644",
    "Other": "#8d99ae",
}

#: Metadata written into PNGs: nothing that changes between runs.
PNG_METADATA: dict[str, str | None] = {"Software": None}

STYLE: dict[str, object] = {
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "fivews",
}


def new_figure(
    width: float = 9.0, height: float = 5.0, **subplots_kw: object
) -> tuple[Figure, object]:
    """Return ``(figure, axes)`` in the fivews style; ``subplots_kw`` go to ``subplots``."""
    with plt.rc_context(STYLE):
        fig = Figure(figsize=(width, height), dpi=100)
        axes = fig.subplots(**subplots_kw)  # type: ignore[arg-type]
    return fig, axes


def save_figure(fig: Figure, path: str | os.PathLike[str]) -> Path:
    """Save ``fig`` as PNG at ``path`` atomically and byte-reproducibly; return the path."""
    target = Path(path)
    with atomic_path(target) as tmp, plt.rc_context(STYLE):
        fig.savefig(tmp, format="png", metadata=PNG_METADATA, bbox_inches="tight")
    return target
