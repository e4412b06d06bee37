"""Resolve place names to gazetteer places, each article's places disambiguating each other.

Candidates come from the look-up tiers of :mod:`fivews.geo.lookup` (exact key, part of a
name, near spelling, consonant skeleton). Anything but an exact match is kept only in a
country the article mentions, or, for a near spelling, when its consonant skeleton
agrees (a transliteration such as *-Zor/-Zour/-Zur*, not another name).

A candidate's score (:func:`_score`) adds to its match quality

* a prior by kind and population (country > state/region > city by population; a
  national capital gets a bonus);
* :data:`COUNTRY_BONUS` when the article names its country;
* :data:`ADMIN1_BONUS` when the article names the state or province it lies in
  (containment: a town inside a named state wins), less when that state is only
  implied by another named town;
* up to :data:`NEAR_BONUS` for lying close to the article's other places (the region of
  the story), falling linearly to nothing at :data:`NEAR_KM`.

A state named like a big city of its country ("New York", "Washington") is the city
unless the article names other states there; in an article that names other states of
a country, a state's or big province's name is that area, not a town of a listed state;
a name a qualifier uses as a province ("Mississauga, Ontario") is that province; a town
far smaller than a prominent namesake of its country needs its state named to beat it
(nearby places alone do not).

The context is a :class:`Context`: countries, admin-1 names and anchor points, taken from
the other places' results (:func:`fivews.geo.together.geocode_many`), nationality
adjectives and the dateline. ``confidence`` is the match quality, reduced when a distant
rival scores nearly as well and for areas a point represents poorly; below
:data:`UNCERTAIN_BELOW` a result is flagged ``uncertain``.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from fivews.geo.countries import country_name
from fivews.geo.distance import PointIndex, haversine_km
from fivews.geo.gazetteer import AREA_KINDS, Gazetteer, feature_class, is_major, load_gazetteer
from fivews.geo.lookup import candidates, exact_candidates
from fivews.geo.names import normalize_place_name, skeleton_key
from fivews.geo.namesakes import (
    STATE_NAMED_CITY,
    demote_small_namesakes,
    demote_states_named_like_cities,
    is_listed_state,
)

#: Bonus of a candidate whose country the article mentions.
COUNTRY_BONUS: float = 0.4

#: Bonus of a candidate inside a state or province the article names.
ADMIN1_BONUS: float = 0.5

#: Bonus of a candidate inside the state of another town the article names.
IMPLIED_ADMIN1_BONUS: float = 0.25

#: Largest bonus for lying next to the article's other places, and its reach (km).
NEAR_BONUS: float = 0.4
NEAR_KM: float = 400.0

#: Prior bonus of a national capital (a "Paris" alone is France's).
CAPITAL_BONUS: float = 0.3

#: Kind priors (added to a candidate's score; cities get a population-based prior).
KIND_PRIOR: dict[str, float] = {
    "country": 1.2,
    "continent": 1.0,
    "us_state": 0.9,
    "region": 1.0,
    "admin1": 0.55,
    "admin2": 0.45,
    "river": 0.6,
    "sea": 0.6,
}

#: First-pass confidence a place needs to lend its country or state to the others: as
#: much as it needs to be placed at all, so that a weakly supported small town ("Neligh")
#: still lends its state to its neighbours.
CONTEXT_MIN_CONFIDENCE: float = 0.3

#: Confidence factor of a city outside every country the article mentions.
OUT_OF_CONTEXT: float = 0.75

#: Kinds a single point represents poorly: their confidence is scaled by this factor.
EXTENDED_KINDS: dict[str, float] = {"river": 0.6, "sea": 0.6, "continent": 0.5, "region": 0.8}

#: Two candidates farther apart than this (km) are genuinely different places.
DISTINCT_KM: float = 50.0

#: Kinds of place whose exact name rules out unqualified small namesakes.
LANDMARK_KINDS: frozenset[str] = frozenset(
    {"country", "continent", "us_state", "region", "river", "sea"}
)

#: Score a town loses when the name is only one of its other names (a former or foreign
#: name: "Berea" is an old name of Aleppo and the name of towns in Kentucky and Ohio).
ALTERNATE_NAME_PENALTY: float = 0.35

#: Kinds of place that name their country (a country, or a state of it).
NAMING_KINDS: frozenset[str] = frozenset({"country", "us_state", "admin1"})

#: A small town this close (km) to the article's other places is supported by them.
SUPPORT_KM: float = 250.0

#: Highest confidence of a small town the article does not support (the only candidate).
UNSUPPORTED_TOWN: float = 0.45

#: First-order divisions that are nations of their country, most of it (the UK's):
#: naming one says little more than naming the country, so its towns get the bonus of
#: an implied state only ("Washington" beside "England" is still the US capital).
BROAD_ADMIN1: frozenset[tuple[str, str]] = frozenset(
    {("GB", "England"), ("GB", "Scotland"), ("GB", "Wales"), ("GB", "Northern Ireland")}
)

#: Words the small model tags as places that, alone, are a party or a generic word,
#: not the towns named so (Liberal, Kansas; Settat, once "State"); a qualifier
#: ("Liberal, Kansas") still places them.
COMMON_WORDS: frozenset[str] = frozenset(
    {"liberal", "liberals", "conservative", "conservatives", "labour", "labor"}
    | {"democrat", "democrats", "democratic", "republican", "republicans", "socialist"}
    | {"state", "province", "region", "nation", "federal", "national", "city", "county"}
)

#: Last words of a name that make it a body of water ("Red Sea", "Jordan River").
WATER_WORDS: frozenset[str] = frozenset({"sea", "ocean", "river", "gulf", "bay", "lake"})

#: A result less confident than this is marked ``uncertain``.
UNCERTAIN_BELOW: float = 0.5


@dataclass(frozen=True)
class Context:
    """What an article says about where it is: countries, states and anchor points.

    ``admin1`` holds ``(country, admin-1 name)`` pairs the article names; ``implied``
    those implied by its towns; ``anchors`` the ``(lat, lon)`` of its confidently
    placed towns and regions (not countries).
    """

    countries: frozenset[str] = frozenset()
    admin1: frozenset[tuple[str, str]] = frozenset()
    implied: frozenset[tuple[str, str]] = frozenset()
    anchors: tuple[tuple[float, float], ...] = ()

    @functools.cached_property
    def anchor_index(self) -> PointIndex:
        """The anchors indexed by latitude (nearest one, any within a distance)."""
        return PointIndex(self.anchors)


def contribution(result: Mapping[str, Any]) -> Context:
    """What one confident result lends the article's context."""
    countries = frozenset({result["country"]}) if result.get("country") else frozenset()
    admin1 = result.get("admin1")
    kind = result["kind"]
    named = (
        frozenset({(result["country"], admin1)})
        if admin1
        and kind in ("us_state", "admin1")
        and (result["country"], admin1) not in BROAD_ADMIN1
        else frozenset()
    )
    implied = frozenset({(result["country"], admin1)}) if admin1 and not named else frozenset()
    anchors = (
        ((result["lat"], result["lon"]),)
        if kind in ("city", "admin2", "admin1", "us_state")
        else ()
    )
    return Context(countries, named, implied, anchors)


def merge(contexts: Iterable[Context]) -> Context:
    """The union of several contexts (anchors in order, without repeats)."""
    parts = list(contexts)
    anchors = tuple(dict.fromkeys(a for c in parts for a in c.anchors))
    return Context(
        frozenset().union(*(c.countries for c in parts)),
        frozenset().union(*(c.admin1 for c in parts)),
        frozenset().union(*(c.implied for c in parts)),
        anchors,
    )


#: A first-order division's prior grows with its population like a city's, this much
#: above it, up to :data:`ADMIN1_PRIOR_CAP`: "Ontario" alone is the province of 14 million
#: people, not the Californian city of 170,000.
ADMIN1_PRIOR_LIFT: float = 0.1
ADMIN1_PRIOR_CAP: float = 0.85


def _prior(place: dict[str, Any]) -> float:
    if place["kind"] == "city":
        capital = CAPITAL_BONUS if place.get("capital") else 0.0
        return min(0.75, math.log10(max(place["population"], 10)) / 10) + capital
    if place["kind"] == "admin1":
        by_size = math.log10(max(place["population"], 10)) / 10 + ADMIN1_PRIOR_LIFT
        return max(KIND_PRIOR["admin1"], min(ADMIN1_PRIOR_CAP, by_size))
    return KIND_PRIOR.get(place["kind"], 0.1)


def _point(place: Mapping[str, Any]) -> tuple[float, float]:
    return (float(place["lat"]), float(place["lon"]))


def _supports(place: dict[str, Any], context: Context) -> bool:
    """Whether the article supports a small town: its state is named or implied, or it
    lies within :data:`SUPPORT_KM` of a confidently placed town or region."""
    state = (place["country"], place.get("admin1"))
    if state in context.admin1 or state in context.implied:
        return True
    here = _point(place)
    return context.anchor_index.any_within(here, SUPPORT_KM)


def _score(place: dict[str, Any], quality: float, context: Context) -> float:
    """A candidate's score: match quality, prior and the article's support (module doc)."""
    score = quality + _prior(place)
    country = place["country"]
    if country in context.countries:
        score += COUNTRY_BONUS
    state = (country, place.get("admin1"))
    if place["kind"] not in ("us_state", "admin1", "country"):
        if state in context.admin1:
            score += ADMIN1_BONUS
        elif state in context.implied:
            score += IMPLIED_ADMIN1_BONUS
    if context.anchors and place["kind"] in ("city", "admin2"):
        here = _point(place)
        nearest = context.anchor_index.nearest_km(here)
        score += NEAR_BONUS * max(0.0, 1.0 - nearest / NEAR_KM)
    return score


def geocode(
    name: str,
    context_countries: Iterable[str] = (),
    *,
    within: str | None = None,
    context: Context | None = None,
    gazetteer: Gazetteer | None = None,
) -> dict[str, Any] | None:
    """Geocode one place name; return ``None`` when nothing plausible is found.

    Args:
        name: the place as written ("Deir el-Zour", "Ar Raqqah", "the Euphrates River").
        context_countries: ISO alpha-2 codes of countries the article is about;
            candidates there get :data:`COUNTRY_BONUS`.
        within: where the text itself puts the place: an ISO code ("Paris, Texas" ->
            "US") or ``"US/Texas"`` (country and admin-1 name); only candidates there are
            considered when there are any.
        context: the article's fuller context (states, anchor points), merged with
            ``context_countries``.
        gazetteer: a gazetteer from :func:`load_gazetteer` (default: the shared one).

    Returns:
        ``{name, kind, feature_class, extent, lat, lon, country, country_name, admin1,
        confidence, uncertain, geonameid}`` where ``name`` is the gazetteer's name,
        ``extent`` is ``point`` or ``region`` and ``confidence`` is in 0..1.
    """
    ctx = context or Context()
    if context_countries:
        ctx = merge([ctx, Context(countries=frozenset(context_countries))])
    if gazetteer is None:
        hit = _geocode_cached(name, ctx, within)
        return dict(hit) if hit else None
    return _geocode(name, ctx, within, gazetteer)


@functools.lru_cache(maxsize=4096)
def _geocode_cached(name: str, context: Context, within: str | None) -> dict[str, Any] | None:
    return _geocode(name, context, within, load_gazetteer())


def _inside(place: dict[str, Any], within: str) -> bool:
    country, _, admin1 = within.partition("/")
    return place["country"] == country and (not admin1 or place.get("admin1") == admin1)


def _geocode(
    name: str, context: Context, within: str | None, gaz: Gazetteer
) -> dict[str, Any] | None:
    if not within and normalize_place_name(name) in COMMON_WORDS:
        return None  # "Liberal" tagged a place is the party, not Liberal, Kansas
    found = candidates(name, gaz)
    if within:
        for scope in (within, within.partition("/")[0]):
            inside = [(i, q) for i, q in found if _inside(gaz.places[i], scope)]
            if inside:
                found = inside
                break
        else:
            if "/" in within:
                # The text puts it in a state or province that has no place of the
                # name ("Stroud, Ontario"): a namesake elsewhere is not what it means.
                return None
            within = None  # no candidate lies in the country the text names: no evidence
    scored = []
    key = normalize_place_name(name)
    # The name of a country, state or big province ("Oregon", "Ontario") is that area: a
    # town of the name gets no credit for lying in a state or near a place the article
    # names (in a list of states, "Oregon" is not the town in Ohio), only a qualifier
    # ("Oregon, Ohio") makes it the town.
    # Only a qualifier naming the state ("Oregon, Ohio") outweighs the area's name.
    state_scoped = bool(within) and "/" in within
    area = not state_scoped and any(
        q == 1.0 and is_listed_state(gaz.places[i], context.admin1) for i, q in found
    )
    bare = Context(countries=context.countries)
    for index, quality in found:
        place = gaz.places[index]
        in_context = place["country"] in context.countries
        if quality < 0.75 and not in_context:
            continue  # a skeleton match needs the article's support
        if (
            quality < 1.0
            and not in_context
            and place["kind"] not in ("country", "continent", "us_state")
            and skeleton_key(normalize_place_name(place["name"])) != skeleton_key(key)
        ):
            # A near spelling or a part outside the article's countries is a
            # transliteration ("Deir el-Zur") only when the consonants agree; otherwise
            # it is another name ("Harwinton" is not Arlington, "East Bank" not the West
            # Bank, "Eastern Creek" not a town called Creek).
            continue
        town = place["kind"] == "city" and place["population"] < STATE_NAMED_CITY
        score = _score(place, quality, bare if area and town else context)
        if place["kind"] == "city" and normalize_place_name(place["name"]) != key:
            # A town's other name ("Berea" for Aleppo) yields to a town of that name.
            score -= ALTERNATE_NAME_PENALTY
        scored.append((score, quality, place))
    demote_states_named_like_cities(scored, context.admin1)
    if not state_scoped:
        demote_small_namesakes(scored, context.admin1)
    # A small town must be supported by the text (a qualifier, its state, a place near
    # it) to compete with bigger places: "Arab", "Obama" or "Egypt" are small towns too.
    # A well-known area of that exact name ("Middle East", "Egypt") leaves no room for
    # a small namesake the text does not qualify.
    landmark = any(q == 1.0 and p["kind"] in LANDMARK_KINDS for _, q, p in scored)
    supported = [
        s for s in scored if within or is_major(s[2]) or (not landmark and _supports(s[2], context))
    ]
    unsupported = len(supported) == 0
    scored = supported or scored
    if key.rpartition(" ")[2] in WATER_WORDS:
        # "the Red Sea", "the Jordan River": the water, not a province named after it.
        water = [s for s in scored if s[1] == 1.0 and s[2]["kind"] in ("sea", "river")]
        scored = water or scored
    if not scored:
        return None
    scored.sort(key=lambda s: (-s[0], -s[2]["population"], s[2]["name"]))
    best_score, quality, best = scored[0]
    confidence = quality
    here = _point(best)
    rivals = [s for s in scored[1:] if haversine_km(here, _point(s[2])) > DISTINCT_KM]
    if rivals:
        gap = best_score - rivals[0][0]
        confidence *= min(1.0, 0.5 + 1.5 * gap)
    confidence *= EXTENDED_KINDS.get(best["kind"], 1.0)
    if context.countries and best["kind"] == "city" and best["country"] not in context.countries:
        confidence *= OUT_OF_CONTEXT
    if unsupported:
        confidence = min(confidence, UNSUPPORTED_TOWN)
    return place_result(best, confidence)


def place_result(place: dict[str, Any], confidence: float) -> dict[str, Any]:
    """The public record of a gazetteer place (see :func:`geocode`)."""
    confidence = round(max(0.05, min(1.0, confidence)), 3)
    return {
        "name": place["name"],
        "kind": place["kind"],
        "feature_class": feature_class(place["kind"]),
        "extent": "region" if place["kind"] in AREA_KINDS else "point",
        "lat": round(float(place["lat"]), 5),
        "lon": round(float(place["lon"]), 5),
        "country": place["country"],
        "country_name": country_name(place["country"]),
        "admin1": place.get("admin1"),
        "confidence": confidence,
        "uncertain": confidence < UNCERTAIN_BELOW,
        "geonameid": place["geonameid"],
    }


@functools.lru_cache(maxsize=512)
def _country_result(code: str) -> dict[str, Any] | None:
    gaz = load_gazetteer()
    name = country_name(code)
    for index in gaz.by_key.get(normalize_place_name(name), []) if name else []:
        place = gaz.places[index]
        if place["kind"] == "country" and place["country"] == code:
            return place_result(place, 1.0)
    return None


def country_place(code: str) -> dict[str, Any] | None:
    """The :func:`geocode` result of a country given by its ISO code ("RU"), or None."""
    hit = _country_result(code)
    return dict(hit) if hit else None


def exact_places(name: str) -> list[dict[str, Any]]:
    """The gazetteer places named exactly ``name``."""
    gaz = load_gazetteer()
    return [gaz.places[i] for i in exact_candidates(name)]


def is_major_name(name: str) -> bool:
    """Whether ``name`` is exactly the name of a major place (not only of small towns)."""
    gaz = load_gazetteer()
    return any(is_major(gaz.places[i]) for i in exact_candidates(name))


def is_area_name(name: str) -> bool:
    """Whether ``name`` is exactly the name of a country or a US state ("Egypt",
    "Nevada")."""
    gaz = load_gazetteer()
    return any(gaz.places[i]["kind"] in ("country", "us_state") for i in exact_candidates(name))
