"""The home region of a local story: the one spot where many of its names lie together.

A local paper names its towns, counties and townships and seldom its state ("Norfolk",
"Wayne", "Madison", "Neligh" and "Antelope County" in a story from northeast Nebraska).
Each common name alone has namesakes all over the world, and names read one by one can
lock into a wrong cluster of their own (Wayne, Madison and Bloomfield lie side by side in
New Jersey too). :func:`cluster_reading` looks at all the local names at once: for every
candidate it counts the article's names that have a candidate within :data:`CLUSTER_KM`,
and when one spot gathers at least :data:`MIN_NAMES` names and every spot elsewhere
gathers at least :data:`MARGIN` fewer, that spot is the story's home region: each of its
names gets the other names' places there as context (see
:func:`fivews.geo.together.geocode_many`).

The pairs of :mod:`fivews.geo.joint` need a rare coincidence of two names; a cluster is
evidence because many names agree on one spot, so common names take part (at most
:data:`MAX_CANDIDATES` candidates each). All candidates are compared in one vectorised
distance matrix (at most :data:`MAX_TOTAL` of them), never a scan of the gazetteer.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

import numpy as np

from fivews.geo.distance import pairwise_km

#: Names whose candidates lie this close (km) to one spot lie together.
CLUSTER_KM: float = 100.0

#: Fewest names a home region gathers.
MIN_NAMES: int = 3

#: How many more names the home region gathers than any spot farther than twice
#: :data:`CLUSTER_KM` from it.
MARGIN: int = 2

#: Names with more exact candidates than this are too common to count.
MAX_CANDIDATES: int = 60

#: Most candidates compared in one article (a matrix of MAX_TOTAL² distances).
MAX_TOTAL: int = 1500

#: A place this populous gathers no cluster: many towns lie within reach of it.
METROPOLIS: int = 1_000_000

#: A name with a namesake this populous in a country the article names is that place.
FAMOUS_POPULATION: int = 100_000

#: Kinds of place whose name means the area, not a town named after it (a province's
#: name, "Alexandria" or "Nelson", may still be a town's).
AREA_NAMES: frozenset[str] = frozenset({"country", "us_state", "region", "continent", "sea"})

#: Kinds of place that are local enough to count.
LOCAL_KINDS: frozenset[str] = frozenset({"city", "admin2"})


def _local_names(
    names: Sequence[str],
    lookup: Callable[[str], list[dict[str, Any]]],
    named: Callable[[str], Collection[str]],
) -> list[tuple[str, list[dict[str, Any]]]]:
    """The names that may count, each with its local candidates: not a country's,
    US state's or region's name (:data:`AREA_NAMES`), not too common, no famous
    namesake in a named country."""
    local = []
    for name in names:
        found = lookup(name)
        towns = [p for p in found if p["kind"] in LOCAL_KINDS and p["population"] < METROPOLIS]
        if not towns or len(towns) > MAX_CANDIDATES:
            continue
        if any(p["kind"] in AREA_NAMES for p in found):
            continue  # "Georgia", "Jordan", "Sinai": the area is what the name means
        countries = named(name)
        if any(p["population"] >= FAMOUS_POPULATION and p["country"] in countries for p in found):
            continue
        local.append((name, towns))
    local.sort(key=lambda item: len(item[1]))
    kept, total = [], 0
    for item in local:
        total += len(item[1])
        if total > MAX_TOTAL:
            break
        kept.append(item)
    return kept


def cluster_reading(
    names: Sequence[str],
    lookup: Callable[[str], list[dict[str, Any]]],
    named: Callable[[str], Collection[str]] = lambda name: (),
) -> dict[str, list[dict[str, Any]]]:
    """The names of the story's home region, each with the other names' places there.

    Args:
        names: the article's distinct place names (those the text does not qualify).
        lookup: a name's exact-match gazetteer places (all kinds).
        named: the ISO codes of the countries the article names, apart from the given
            name itself (a name with a famous namesake there is that namesake).

    Returns:
        ``{name: [partner place, ...]}`` for the names that have a candidate within
        :data:`CLUSTER_KM` of the home region's spot; empty when no spot gathers
        :data:`MIN_NAMES` names clearly more than any other.
    """
    local = _local_names(names, lookup, named)
    if len(local) < MIN_NAMES:
        return {}
    owner = np.array([n for n, (_, found) in enumerate(local) for _ in found])
    places = [p for _, found in local for p in found]
    lat = np.array([float(p["lat"]) for p in places])
    lon = np.array([float(p["lon"]) for p in places])
    km = pairwise_km(lat, lon)
    close = km <= CLUSTER_KM
    # gathered[i, n]: whether name n has a candidate close to candidate i.
    gathered = np.zeros((len(places), len(local)), dtype=bool)
    for n in range(len(local)):
        gathered[:, n] = close[:, owner == n].any(axis=1)
    counts = gathered.sum(axis=1)
    best = int(np.argmax(counts))
    size = int(counts[best])
    if size < MIN_NAMES:
        return {}
    elsewhere = km[best] > 2 * CLUSTER_KM
    if elsewhere.any() and int(counts[elsewhere].max()) > size - MARGIN:
        return {}
    # Each name of the region at its candidate nearest the spot.
    spot: dict[int, int] = {}
    for n in np.nonzero(gathered[best])[0]:
        mine = np.nonzero((owner == n) & close[best])[0]
        spot[int(n)] = int(mine[np.argmin(km[best, mine])])
    return {local[n][0]: [places[j] for m, j in spot.items() if m != n] for n in spot}


def home_state(reading: dict[str, list[dict[str, Any]]]) -> tuple[str, str] | None:
    """The ``(country, admin-1)`` most places of a :func:`cluster_reading` lie in, when
    more than half of them do (a home region may straddle a state line)."""
    states: dict[tuple[str, str], int] = {}
    places = {id(p): p for found in reading.values() for p in found}.values()
    for p in places:
        if p.get("admin1"):
            key = (p["country"], p["admin1"])
            states[key] = states.get(key, 0) + 1
    if not states:
        return None
    state, count = max(states.items(), key=lambda item: item[1])
    return state if 2 * count > len(places) else None
