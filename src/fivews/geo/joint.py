"""Joint readings: local names of one article that only make sense together.

A local story may name two or three small places and never their state ("Paris and
Henry County", "from Wamego to Manhattan"). Each name alone has namesakes all over the
world and its best-known one wins; together they have one reading in which they lie next
to each other (Paris, Tennessee is the seat of Henry County, Tennessee).
:func:`joint_readings` finds such pairs among the names' exact-match candidates: two
names support each other when exactly one pair of their candidates lies within
:data:`JOINT_KM` of each other (or one is a town inside the other, a county), and when
that coincidence is unlikely by chance: the product of their numbers of candidates is at
most :data:`MAX_PRODUCT` (:data:`MAX_CONTAINED_PRODUCT` for a town inside a county), and
neither name has a namesake of :data:`FAMOUS_POPULATION` people in another country the
article names ("London" and "Paris" lie side by side in Arkansas too), and neither
candidate is a :data:`METROPOLIS` (a town next to New York is no coincidence). A name
that is also a country's ("Lebanon", "Palestine") needs the stronger evidence: a town
of that name inside a county the article names (Lebanon, Indiana and Boone County). Each
name of such a pair then gets its partner's reading as context (see
:func:`fivews.geo.together.geocode_many`).

All candidates of all names are compared in one vectorised distance matrix, so the cost
per article is that of a few thousand distances, never a scan of the gazetteer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from typing import Any

import numpy as np

from fivews.geo.distance import pairwise_km

#: Two candidates this close (km) are one neighbourhood: a town and its county, two
#: neighbouring towns.
JOINT_KM: float = 50.0

#: Largest product of two names' numbers of candidates for which one close pair counts
#: as evidence (about 0.1 pairs that close by chance among the US's ~8 million km²).
MAX_PRODUCT: int = 120

#: The same for a town that lies in the county the other name is (Richmond, Kentucky in
#: Madison County): a rarer coincidence, so more candidates are allowed.
MAX_CONTAINED_PRODUCT: int = 600

#: A place this populous is no partner: many towns lie within :data:`JOINT_KM` of it.
METROPOLIS: int = 1_000_000

#: A name with a namesake this populous in a country the article names is that place.
FAMOUS_POPULATION: int = 100_000

#: Names with more exact candidates than this are too common to lend evidence.
MAX_CANDIDATES: int = 40

#: Most candidates compared in one article (a matrix of MAX_TOTAL² distances).
MAX_TOTAL: int = 1500

#: Kinds of place that are local enough for a joint reading.
LOCAL_KINDS: frozenset[str] = frozenset({"city", "admin2"})


def _contains(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether one of two places is a county (admin-2) that the other, a town, lies in."""
    for town, county in ((a, b), (b, a)):
        if (
            town["kind"] == "city"
            and county["kind"] == "admin2"
            and town.get("admin2") == county["name"]
            and town.get("admin1") == county.get("admin1")
            and town["country"] == county["country"]
        ):
            return True
    return False


def _eponymous(area: dict[str, Any], found: Sequence[dict[str, Any]]) -> bool:
    """Whether a first-order division shares its name with a city of its country among
    ``found`` (a province named after its city: Alexandria, Egypt)."""
    return area["kind"] == "admin1" and any(
        p["kind"] == "city" and p["country"] == area["country"] and p["name"] == area["name"]
        for p in found
    )


def _famous_elsewhere(places: Sequence[dict[str, Any]], named: Collection[str], here: str) -> bool:
    """Whether a name has a namesake of at least :data:`FAMOUS_POPULATION` people in a
    country the article names other than ``here`` (the joint reading's country)."""
    return any(
        p["population"] >= FAMOUS_POPULATION and p["country"] in named and p["country"] != here
        for p in places
    )


def joint_readings(
    names: Sequence[str],
    lookup: Callable[[str], list[dict[str, Any]]],
    named: Callable[[str], Collection[str]] = lambda name: (),
) -> dict[str, list[dict[str, Any]]]:
    """For each name that a partner supports, the partners' places that support it.

    Args:
        names: the article's distinct place names.
        lookup: a name's exact-match gazetteer places (all kinds; only
            :data:`LOCAL_KINDS` are compared).
        named: the ISO codes of the countries the article names, apart from the given
            name itself. A name with a famous namesake in one of them ("London" in a
            story that names the United Kingdom, "Egypt" in one that names Egyptians)
            is that namesake, not a town of another country.

    Returns:
        ``{name: [partner place, ...]}``: for each pair of names with exactly one pair of
        candidates within :data:`JOINT_KM` (and few enough candidates), each name lists
        the *other* name's candidate of that pair. A name whose partners disagree (they
        support different candidates of it) is left out.
    """
    local: list[tuple[str, list[dict[str, Any]]]] = []
    everything: list[list[dict[str, Any]]] = []
    for name in names:
        found = lookup(name)
        towns = [p for p in found if p["kind"] in LOCAL_KINDS]
        if not towns or len(towns) > MAX_CANDIDATES:
            continue
        # A state or region of that name ("Georgia", "Ontario") is what the name means;
        # a country of that name ("Lebanon", "Palestine") may be a town's namesake, if
        # the town lies in a county the text names.
        # A province named after its city ("Alexandria" governorate) is no such area.
        if any(
            p["kind"] not in LOCAL_KINDS and p["kind"] != "country" and not _eponymous(p, found)
            for p in found
        ):
            continue
        local.append((name, towns))
        everything.append(found)
    # The rarest names are the best evidence: a long list of common names is cut at
    # MAX_TOTAL candidates, so the distance matrix stays small.
    order = sorted(range(len(local)), key=lambda n: len(local[n][1]))
    kept, total = [], 0
    for n in order:
        total += len(local[n][1])
        if total > MAX_TOTAL:
            break
        kept.append(n)
    kept.sort()
    local = [local[n] for n in kept]
    everything = [everything[n] for n in kept]
    if len(local) < 2:
        return {}
    owner = np.array([n for n, (_, found) in enumerate(local) for _ in found])
    places = [p for _, found in local for p in found]
    lat = np.array([float(p["lat"]) for p in places])
    lon = np.array([float(p["lon"]) for p in places])
    close = pairwise_km(lat, lon) <= JOINT_KM
    close &= owner[:, None] < owner[None, :]  # each pair of different names once
    pairs: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
    for i, j in zip(*np.nonzero(close), strict=True):
        pairs[(int(owner[i]), int(owner[j]))].add((int(i), int(j)))
    counties = {
        (p["country"], p.get("admin1"), p["name"]): i
        for i, p in enumerate(places)
        if p["kind"] == "admin2"
    }
    for i, p in enumerate(places):
        j = counties.get((p["country"], p.get("admin1"), p.get("admin2")))
        if p["kind"] == "city" and j is not None and owner[i] != owner[j]:
            i2, j2 = (i, j) if owner[i] < owner[j] else (j, i)
            pairs[(int(owner[i2]), int(owner[j2]))].add((i2, j2))
    chosen: dict[int, dict[int, int]] = defaultdict(dict)  # name -> {its candidate: votes}
    support: dict[int, list[tuple[int, int]]] = defaultdict(list)  # name -> (cand, partner)
    for (a, b), hits in pairs.items():
        product = len(local[a][1]) * len(local[b][1])
        if len(hits) != 1 or product > MAX_CONTAINED_PRODUCT:
            continue
        i, j = next(iter(hits))
        # A country's name ("Lebanon") is a town's only when the text names its county.
        country_named = any(p["kind"] == "country" for n in (a, b) for p in everything[n])
        if (product > MAX_PRODUCT or country_named) and not _contains(places[i], places[j]):
            continue
        if max(places[i]["population"], places[j]["population"]) >= METROPOLIS:
            continue  # hundreds of towns lie within reach of a metropolis
        country = places[i]["country"]
        if any(_famous_elsewhere(everything[n], named(local[n][0]), country) for n in (a, b)):
            continue
        for me, mine, theirs in ((a, i, j), (b, j, i)):
            chosen[me][mine] = chosen[me].get(mine, 0) + 1
            support[me].append((mine, theirs))
    readings: dict[str, list[dict[str, Any]]] = {}
    for me, votes in chosen.items():
        if len(votes) != 1:
            continue  # partners that disagree are no evidence
        readings[local[me][0]] = [places[theirs] for _, theirs in support[me]]
    return readings
