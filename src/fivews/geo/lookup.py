"""Look-up tiers of place names: exact keys, parts of names, near spellings, skeletons.

:func:`candidates` returns ``(place index, match quality)`` pairs: an exact normalised
key (or the bare name before "province", "governorate", ...) has quality 1; a part or
form of a place's name (:func:`_part_matches`: "South Philadelphia", "Fargo City")
:data:`PART_QUALITY`; a fuzzy match (``rapidfuzz`` ``fuzz.ratio`` ≥
:data:`FUZZY_CUTOFF`, major places only) ``0.9 * ratio / 100``; a consonant skeleton 0.7.
How much of that the article's context must support is decided in
:mod:`fivews.geo.resolve`.
"""

from __future__ import annotations

import functools

from fivews.geo.gazetteer import Gazetteer, is_major, load_gazetteer
from fivews.geo.names import normalize_place_name, skeleton_key
from fivews.geo.sources import ADMIN_SUFFIXES

#: Minimum ``fuzz.ratio`` (0–100) between normalised keys for a fuzzy match.
FUZZY_CUTOFF: float = 86.0

#: Words after a region's name that the gazetteer may not have ("Helmand province").
REGION_WORDS: frozenset[str] = frozenset(w.lower() for w in ADMIN_SUFFIXES) | {"governate"}

#: Words before a town's name that name a part of it ("North London", "Greater Mumbai").
DIRECTION_WORDS: frozenset[str] = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upstate",
        "downstate",
        "downtown",
        "greater",
        "metro",
        "metropolitan",
        "suburban",
        "rural",
    }
)

#: Titles before "of" and a place's name, with the kinds of place they title ("the
#: Province of Ontario", "the City of Norfolk").
_AREAS = frozenset({"admin1", "us_state", "region"})
_LOCAL = frozenset({"city", "admin2"})
TITLE_KINDS: dict[str, frozenset[str]] = {
    "state": _AREAS,
    "province": _AREAS,
    "commonwealth": _AREAS,
    "city": _LOCAL,
    "town": _LOCAL,
    "village": _LOCAL,
    "borough": _LOCAL,
    "township": _LOCAL,
    "county": frozenset({"admin2"}),
}

#: Words after a town's name that the gazetteer may not have ("Fargo City").
MUNICIPAL_WORDS: frozenset[str] = frozenset({"city", "town", "township", "village", "borough"})

#: A first-order division this populous has parts a text names ("Western Cape" aside).
PART_PROVINCE: int = 250_000

#: Match quality of a name that is a part or form of a place (see :func:`_part_matches`):
#: like a near spelling, kept only in a country the article names.
PART_QUALITY: float = 0.9


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
    first, of, rest = key.partition(" of ")
    if not found and of and first in TITLE_KINDS:
        # "Province of Ontario", "State of Illinois", "City of Norfolk": the place itself.
        kinds = TITLE_KINDS[first]
        found = {i: 1.0 for i in gaz.by_key.get(rest, []) if gaz.places[i]["kind"] in kinds}
    head, _, last = key.rpartition(" ")
    if not found and head and last in REGION_WORDS:
        # "Helmand province", "Nineveh governorate": the region under its bare name.
        found = {i: 1.0 for i in gaz.by_key.get(head, []) if gaz.places[i]["kind"] != "city"}
    if not found or not any(is_major(gaz.places[i]) for i in found):
        # Only hamlets of the exact name ("North Richmond", California): a part of a
        # bigger place ("North Richmond" of Richmond, Virginia) competes with them.
        for i in _part_matches(key, gaz):
            found.setdefault(i, PART_QUALITY)
    if not found and len(key) >= 4:
        for match, score in gaz.fuzzy_matches(key, FUZZY_CUTOFF, limit=8):
            for i in gaz.by_key[match]:
                found[i] = max(found.get(i, 0.0), 0.9 * score / 100)
    if not found and len(key) >= 4:
        for i in gaz.by_skeleton.get(skeleton_key(key), []):
            found[i] = 0.7
    return sorted(found.items(), key=lambda kv: -kv[1])


def _part_matches(key: str, gaz: Gazetteer) -> list[int]:
    """The places a name is a part or a form of: "South Philadelphia" (a direction before
    a town of at least 15,000 people), "Fargo City" and "Hamilton Township" (a municipal
    word after a place's name)."""
    first, _, rest = key.partition(" ")
    if rest and first in DIRECTION_WORDS:
        # Only a town's part lies near its point ("Southern Europe" does not); the part
        # of a country or state ("northern Iraq", "East Texas") is reported as that
        # country or state, as geoparsing corpora annotate it.
        # A town by its own name, not one of its other names ("Eastern Creek" is no
        # part of a town once called "Creek").
        return [
            i
            for i in gaz.by_key.get(rest, [])
            if _is_part_area(gaz.places[i])
            or (
                gaz.places[i]["kind"] == "city"
                and is_major(gaz.places[i])
                and normalize_place_name(gaz.places[i]["name"]) == rest
            )
        ]
    head, _, last = key.rpartition(" ")
    if head and last in MUNICIPAL_WORDS:
        return list(gaz.by_key.get(head, []))
    return []


def exact_candidates(name: str) -> list[int]:
    """The gazetteer places named exactly ``name`` (normalised key; no fuzzy match)."""
    key = normalize_place_name(name)
    return load_gazetteer().by_key.get(key, []) if key else []


def _is_part_area(place: dict) -> bool:
    """Whether a direction word before ``place``'s name names a part of it: a country, a
    US state or a first-order division of :data:`PART_PROVINCE` people."""
    kind = place["kind"]
    return kind in ("country", "us_state") or (
        kind == "admin1" and place["population"] >= PART_PROVINCE
    )
