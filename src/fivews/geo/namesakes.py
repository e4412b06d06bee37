"""Namesakes that yield: states named like big cities, small towns named like prominent ones.

Rules of :mod:`fivews.geo.resolve` that lower, in place, the score of a candidate when a
namesake is what the name usually means, given the ``(country, admin-1)`` pairs the
article names:

* a state or province named like a big city ("New York", "Córdoba") is the city unless
  the article names other states of its country (:func:`demote_states_named_like_cities`);
* a town far smaller than a prominent namesake needs its state named
  (:func:`demote_small_namesakes`);
* a state or big province of a country whose other states the article names is that
  area (:func:`is_listed_state`).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from fivews.geo.lookup import REGION_WORDS
from fivews.geo.names import normalize_place_name

#: Candidates being scored: ``(score, match quality, place)``.
Scored = list[tuple[float, float, dict[str, Any]]]

#: The ``(country, admin-1 name)`` pairs an article names.
StatePairs = Collection[tuple[str, str]]

#: A city this populous makes a state of the same name ("New York", "Washington") the
#: city, unless the article names :data:`OTHER_STATES` other states of its country.
STATE_NAMED_CITY: int = 500_000
OTHER_STATES: int = 2

#: Score a state named like such a city loses.
STATE_AS_CITY_PENALTY: float = 0.75

#: A town this many times smaller than a namesake town of its country (of at least
#: :data:`PROMINENT_TOWN` people) needs its state named to compete with it: "Atlanta"
#: next to "Chicago" is Georgia's Atlanta, not a village in Illinois.
SMALL_NAMESAKE_RATIO: float = 100.0
PROMINENT_TOWN: int = 100_000

#: Score such a small namesake loses.
SMALL_NAMESAKE_PENALTY: float = 0.3

#: A first-order division this populous is what its name means (see :func:`is_listed_state`).
BIG_PROVINCE: int = 250_000


def is_listed_state(place: dict[str, Any], admin1: StatePairs) -> bool:
    """Whether a place is a state or big province (:data:`BIG_PROVINCE`) of a country
    whose other states the article names (at least :data:`OTHER_STATES`)."""
    kind = place["kind"]
    if kind != "us_state" and (kind != "admin1" or place["population"] < BIG_PROVINCE):
        return False
    country = place["country"]
    others = {a for c, a in admin1 if c == country and a != place.get("admin1")}
    return len(others) >= OTHER_STATES


def demote_states_named_like_cities(scored: Scored, admin1: StatePairs) -> None:
    """Lower, in place, a state whose exact name is also that of a big city
    (:data:`STATE_NAMED_CITY`; for a US state, a city of the US), unless the article
    names :data:`OTHER_STATES` other states there ("Missouri, New York, North Carolina
    and Virginia")."""
    for n, (score, quality, place) in enumerate(scored):
        if place["kind"] not in ("us_state", "admin1") or quality < 1.0:
            continue
        country = place["country"]
        key = normalize_place_name(place["name"])
        head, _, last = key.rpartition(" ")
        if head and last in REGION_WORDS:
            key = head  # "Kano State" is named like the city of Kano
        if not any(
            q == 1.0
            and p["kind"] == "city"
            # A US state's city ("New York City"), or a city by its own name ("Québec"),
            # also of another country when not far smaller than the division ("Córdoba"
            # is Argentina's city before Colombia's department, but "Victoria" is the
            # Australian state before a district of Hong Kong): "Bahia" is only another
            # name of Salvador.
            and (
                (place["kind"] == "us_state" and p["country"] == country)
                or (
                    normalize_place_name(p["name"]) == key
                    and (p["country"] == country or p["population"] * 4 >= place["population"])
                )
            )
            and p["population"] >= STATE_NAMED_CITY
            for _, q, p in scored
        ):
            continue
        others = {a for c, a in admin1 if c == country and a != place.get("admin1")}
        if len(others) < OTHER_STATES:
            scored[n] = (score - STATE_AS_CITY_PENALTY, quality, place)


def demote_small_namesakes(scored: Scored, admin1: StatePairs) -> None:
    """Lower, in place, a town :data:`SMALL_NAMESAKE_RATIO` times smaller than a
    prominent namesake (:data:`PROMINENT_TOWN`) when the article does not name its
    state: nearby places alone do not outweigh the prominent one."""
    biggest = max(
        (p["population"] for _, q, p in scored if q == 1.0 and p["kind"] == "city"), default=0
    )
    if biggest < PROMINENT_TOWN:
        return
    for n, (score, quality, place) in enumerate(scored):
        if (
            place["kind"] == "city"
            and place["population"] * SMALL_NAMESAKE_RATIO < biggest
            and (place["country"], place.get("admin1")) not in admin1
        ):
            scored[n] = (score - SMALL_NAMESAKE_PENALTY, quality, place)
