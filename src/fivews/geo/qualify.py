"""Qualifiers: the country or state a text puts a place in ("Mississauga, Ontario").

A qualifier's name may have several readings as an area ("Ontario" is a Canadian
province and "Georgia" a country and a US state); the reading meant is the one that has
a place of the qualified name inside it (:func:`containing_scope`): Mississauga lies in
Canada's Ontario, Atlanta in the US state of Georgia, Tbilisi in the country.
"""

from __future__ import annotations

from fivews.geo.gazetteer import load_gazetteer
from fivews.geo.lookup import candidates, exact_candidates

#: Kinds of place that can qualify another, most telling first.
QUALIFYING_KINDS: tuple[str, ...] = ("country", "us_state", "admin1")


def area_scopes(qualifier: str) -> list[str]:
    """The qualifier's readings as areas, as scopes (``"GE"``, ``"US/Georgia"``):
    countries first, then US states, then first-order divisions by population."""
    gaz = load_gazetteer()
    areas = [gaz.places[i] for i in exact_candidates(qualifier)]
    areas = [p for p in areas if p["kind"] in QUALIFYING_KINDS]
    areas.sort(key=lambda p: (QUALIFYING_KINDS.index(p["kind"]), -p["population"]))
    scopes = [
        p["country"]
        if p["kind"] == "country" or not p.get("admin1")
        else f"{p['country']}/{p['admin1']}"
        for p in areas
    ]
    return list(dict.fromkeys(scopes))


def containing_scope(name: str, qualifier: str) -> str | None:
    """The reading of ``qualifier`` that has a place called ``name`` inside it, as a
    scope for :func:`fivews.geo.resolve.geocode`'s ``within`` ("CA/Ontario" for
    "Mississauga", "Ontario"), or None when no reading has one."""
    gaz = load_gazetteer()
    # Exact names only: a near spelling inside some reading is no evidence.
    places = [gaz.places[i] for i, quality in candidates(name) if quality == 1.0]
    for scope in area_scopes(qualifier):
        country, _, admin1 = scope.partition("/")
        for place in places:
            if place["country"] == country and (not admin1 or place.get("admin1") == admin1):
                return scope
    return None
