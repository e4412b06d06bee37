"""Map helpers shared by the place and event maps.

* :func:`split_by_distance` — which points belong to the story's main region (within a
  radius of its anchor place) and which are far away; far places are listed beside the
  map (:func:`far_places_note`), never silently dropped.
* :func:`draw_countries` — the bundled Natural Earth outlines, with the countries the
  article names shaded; :data:`BORDER_CONVENTION` is written on every map
  (:func:`draw_map_notes`, with the list of what the map leaves out).
* :func:`place_labels` — labels beside their points without overlapping each other.
* :func:`is_approximate` — rivers, seas and regions are one representative point in the
  offline gazetteer, so they are drawn as such (hollow, dashed) and say "approx.".
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch
from matplotlib.transforms import Bbox

from fivews import geo

#: Written on every map: how borders and disputed territory are drawn.
BORDER_CONVENTION = (
    "Borders: Natural Earth 1:110m countries as bundled, which draw de facto control "
    "(e.g. Crimea inside Russia); no position on disputed territory is implied."
)
#: Gazetteer kinds that are areas or lines, drawn as one approximate point.
AREA_KINDS: frozenset[str] = frozenset(
    {
        "river",
        "sea",
        "ocean",
        "lake",
        "region",
        "state",
        "province",
        "mountain",
        "desert",
        "gulf",
        "bay",
        "continent",
        "area",
        "valley",
        "strait",
        "us_state",
        "admin1",
        "admin2",
    }
)
#: Default radius (degrees of arc) of the story's main region around its anchor.
REGION_RADIUS = 10.0
#: Colours of a map: land, named country, borders, country names.
LAND, NAMED_LAND, BORDER, COUNTRY_INK = "#f2f2f2", "#e9d8a6", "#8d99ae", "#6c584c"


def arc_degrees(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in degrees of arc."""
    return geo.haversine_km((lat1, lon1), (lat2, lon2)) / geo.KM_PER_DEGREE


def km(degrees: float) -> int:
    """Degrees of arc as kilometres on the Earth's surface, rounded to 100 km."""
    return int(round(degrees * 111.195 / 100.0)) * 100


def split_by_distance(
    points: Sequence[Mapping[str, Any]], anchor: tuple[float, float], radius: float
) -> tuple[list[Mapping[str, Any]], list[tuple[Mapping[str, Any], float]]]:
    """``(near, far)``: points within ``radius`` degrees of ``anchor`` (lat, lon), and the
    others with their distance in degrees, nearest first."""
    near, far = [], []
    for p in points:
        d = arc_degrees(anchor[0], anchor[1], float(p["lat"]), float(p["lon"]))
        if d <= radius:
            near.append(p)
        else:
            far.append((p, d))
    far.sort(key=lambda item: (item[1], str(item[0].get("name"))))
    return near, far


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


def draw_countries(ax: Axes, shaded: Collection[str] = ()) -> None:
    """The bundled country outlines; those in ``shaded`` (ISO alpha-2) filled."""
    for outline in geo.load_country_outlines():
        ax.add_patch(
            PathPatch(
                geo.outline_path(outline),
                facecolor=NAMED_LAND if outline.iso_a2 in shaded else LAND,
                edgecolor=BORDER,
                linewidth=0.6,
                zorder=1,
            )
        )


def countries_in_view(ax: Axes, codes: Collection[str] | None = None) -> list[Any]:
    """The outlines (of ``codes``, or all) whose centre lies inside the axes' limits."""
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    shown = []
    for outline in geo.load_country_outlines():
        if codes is not None and outline.iso_a2 not in codes:
            continue
        lat, lon = outline.centroid()
        if x0 < lon < x1 and y0 < lat < y1:
            shown.append(outline)
    return shown


def label_countries(
    ax: Axes, colour: str, *, only: Collection[str] | None = None, alpha: float | None = None
) -> None:
    """Write the names of the countries whose centre is in view (or only those in ``only``,
    ISO alpha-2 codes) at their centres."""
    for outline in countries_in_view(ax, only):
        lat, lon = outline.centroid()
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


def geo_record(entity: Mapping[str, Any]) -> Mapping[str, Any]:
    """The entity's gazetteer record (``entity["geo"]``: kind, extent, uncertain…) when
    the places layer gives one, else ``{}``."""
    record = entity.get("geo")
    return record if isinstance(record, Mapping) else {}


def place_kind(entity: Mapping[str, Any]) -> str | None:
    """The gazetteer kind of a place: its ``geo`` record's, else the gazetteer's answer
    for the name (``country``, ``city``, ``river``, ``region``…)."""
    kind = geo_record(entity).get("kind") or entity.get("place_kind")
    if kind:
        return str(kind)
    hit = geo.geocode(str(entity.get("name") or ""))
    if not hit or (hit["kind"] == "country" and hit["country"] != entity.get("country")):
        return None
    return str(hit["kind"])


def is_approximate(entity: Mapping[str, Any]) -> bool:
    """Whether a place is drawn as an approximate point: an area or line (a region,
    state, river, sea: one representative point in the gazetteer), a weak guess
    (``geo.uncertain``), or a place geocoded with low confidence."""
    record = geo_record(entity)
    if record.get("extent") == "region" or record.get("uncertain"):
        return True
    confidence = entity.get("geo_confidence")
    low = isinstance(confidence, (int, float)) and confidence < 0.75
    return bool(place_kind(entity) in AREA_KINDS or low)


def is_country(entity: Mapping[str, Any]) -> bool:
    """Whether a place entity is a whole country (drawn as shading, not a dot); a
    nationality placed at its country (``geo.via == "demonym"``) counts as its country."""
    return place_kind(entity) == "country"


def place_name(entity: Mapping[str, Any]) -> str:
    """The name a map shows: the gazetteer's name for a nationality placed at its country
    ("Iranian" -> Iran), else the entity's name."""
    record = geo_record(entity)
    if record.get("via") == "demonym" and record.get("name"):
        return str(record["name"])
    return str(entity.get("name") or "")


def place_labels(
    ax: Axes, points: Sequence[tuple[float, float, str]], fontsize: float = 9, **text_kw: Any
) -> None:
    """Write each ``(lon, lat, text)`` beside its point, trying eight positions in turn
    and taking the first that overlaps no label already placed (else the least crowded)."""
    fig = ax.figure
    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    renderer = canvas.get_renderer()
    offsets = ((7, 4), (7, -12), (-7, 4), (-7, -12), (0, 10), (0, -16), (12, -4), (-12, -4))
    placed: list[Bbox] = []
    for lon, lat, text in sorted(points, key=lambda p: (-p[1], p[0], p[2])):
        best, best_overlap = None, math.inf
        for dx, dy in offsets:
            label = ax.annotate(
                text,
                (lon, lat),
                xytext=(dx, dy),
                textcoords="offset points",
                ha="left" if dx > 0 else "right" if dx < 0 else "center",
                fontsize=fontsize,
                zorder=6,
                **text_kw,
            )
            box = label.get_window_extent(renderer).padded(2)
            overlap = sum(
                max(0.0, min(box.x1, b.x1) - max(box.x0, b.x0))
                * max(0.0, min(box.y1, b.y1) - max(box.y0, b.y0))
                for b in placed
            )
            if overlap < best_overlap:
                if best is not None:
                    best[0].remove()
                best, best_overlap = (label, box), overlap
            else:
                label.remove()
            if overlap == 0:
                break
        if best is not None:
            placed.append(best[1])


def far_places_note(
    far: Sequence[tuple[Mapping[str, Any], float]],
    far_countries: Sequence[str] = (),
    unlocated: Sequence[str] = (),
    anchor_name: str = "",
) -> str:
    """The text listing what the map does not show: far places (with distance from the
    anchor), named countries out of view, and places the gazetteer could not locate."""
    lines = []
    if far:
        lines.append(f"Also named, outside this map (distance from {anchor_name}):")
        lines += [f"  • {p.get('name')} — {km(d):,} km" for p, d in far]
    if far_countries:
        lines.append("Countries named, not labelled on this map: " + ", ".join(far_countries))
    if unlocated:
        lines.append("Not located by the offline gazetteer: " + ", ".join(unlocated))
    return "\n".join(lines)


def draw_map_notes(fig: Figure, ax: Axes, note: str) -> None:
    """Write ``note`` (what the map leaves out) to the right of the map, and the border
    convention at the foot of the figure."""
    if note:
        ax.text(
            1.03,
            0.0,
            note,
            transform=ax.transAxes,
            ha="left",
            va="bottom",
            fontsize=8.5,
            linespacing=1.5,
        )
    fig.text(0.01, 0.005, BORDER_CONVENTION, fontsize=7.5, color="#666666", ha="left", va="bottom")


def hollow_marker(
    label: str, *, size: float = 8, edge: str = "#555555", face: str = "white"
) -> Line2D:
    """A legend entry for a hollow dot (an approximate point, the main event's ring)."""
    return Line2D(
        [],
        [],
        marker="o",
        linestyle="",
        markersize=size,
        markerfacecolor=face,
        markeredgecolor=edge,
        color=edge,
        label=label,
    )


def side_legend(ax: Axes, handles: Sequence[Any], title: str) -> None:
    """The map's legend, outside the axes on the right, small and frameless."""
    ax.legend(
        handles=list(handles),
        loc="upper left",
        bbox_to_anchor=(1.02, 1.0),
        frameon=False,
        fontsize=8,
        title=title,
        title_fontsize=8,
    )
