"""Map helpers shared by the place and event maps: zooming and naming countries."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from matplotlib.axes import Axes

from fivews import geo


def zoom_to(
    ax: Axes, lats: Sequence[float], lons: Sequence[float], padding: float, min_span: float
) -> float:
    """Frame the points with ``padding`` degrees, at least ``min_span`` wide; return the span.

    The height is kept near the figure's aspect (width / 2.6 above and below the centre).
    """
    west, east = min(lons) - padding, max(lons) + padding
    south, north = min(lats) - padding, max(lats) + padding
    span = max(east - west, (north - south) * 1.3, min_span)
    cx, cy = (west + east) / 2, (south + north) / 2
    ax.set_xlim(cx - span / 2, cx + span / 2)
    ax.set_ylim(cy - span / 2.6, cy + span / 2.6)
    return span


def label_countries(
    ax: Axes, colour: str, *, only: Collection[str] | None = None, alpha: float | None = None
) -> None:
    """Write the names of the countries whose centre is in view (or only those in ``only``,
    ISO alpha-2 codes) at their centres."""
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    for outline in geo.load_country_outlines():
        if only is not None and outline.iso_a2 not in only:
            continue
        lat, lon = outline.centroid()
        if not (x0 < lon < x1 and y0 < lat < y1):
            continue  # off the map: the country keeps its shading only
        ax.text(
            lon,
            lat,
            outline.name.upper(),
            ha="center",
            va="center",
            fontsize=9,
            color=colour,
            alpha=alpha,
            zorder=2,
        )
