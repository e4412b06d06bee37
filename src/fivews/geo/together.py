"""An article's places resolved together, each name read in the context the others lend.

:func:`geocode_many` reads every name with :func:`fivews.geo.resolve.geocode`, then reads
each again with what the *other* names' confident readings lend (their countries, states
and points: :func:`~fivews.geo.resolve.contribution`), until no reading changes. Local
names that only make sense together get their joint reading
(:func:`fivews.geo.joint.joint_readings`) as context of their own, a qualifier's province
("Mississauga, Ontario") is that province, and names that are evidence only (the places
embedded in organisations' names) lend what they read as.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fivews.geo.cluster import cluster_reading, home_state
from fivews.geo.joint import joint_readings
from fivews.geo.lookup import candidates
from fivews.geo.names import normalize_place_name
from fivews.geo.resolve import (
    CONTEXT_MIN_CONFIDENCE,
    NAMING_KINDS,
    Context,
    contribution,
    exact_places,
    geocode,
    merge,
    place_result,
)

#: Rounds of re-reading each name in the others' context (the first pass not counted).
PASSES: int = 3

#: Kinds of place a name that only lends context (:func:`geocode_many`'s ``lenders``:
#: the state of "the Indiana State Police", the county of "the Hall County Sheriff's
#: Office") may lend: countries, states and counties. (Towns lend no context from
#: organisations' names: "Alexandria", "Dublin" or "St. Petersburg" there are as often
#: a namesake elsewhere.)
LENDING_KINDS: frozenset[str] = frozenset({"country", "us_state", "admin1", "admin2"})


def geocode_many(
    names: Iterable[str],
    extra_context: Iterable[str] = (),
    within: dict[str, str] | None = None,
    anchor: str | None = None,
    lenders: Iterable[str] = (),
) -> dict[str, dict[str, Any] | None]:
    """Geocode the places of one article together, each disambiguated by the others.

    First pass: each name with ``extra_context`` (countries named by nationality
    adjectives or institutions) alone. Then, up to :data:`PASSES` times, each name again
    with the context the *other* names' confident results of the pass before lend
    (:func:`~fivews.geo.resolve.contribution`); a name never supports itself. (A
    "Georgia" read first as the country becomes the state once a "Gainesville" has lent
    the United States, and then lends that state to "Gainesville".) ``within`` maps a
    name to where the text puts it (see :func:`~fivews.geo.resolve.geocode`); ``anchor``
    is the article's dateline place, whose first-pass result is context for every other
    name. Names the text does not qualify first get the
    joint readings of :func:`~fivews.geo.joint.joint_readings` (two small places that
    lie next to each other) as context of their own.

    ``lenders`` are names that are evidence only, such as the places embedded in
    organisations' names (the state of "the Indiana State Police"): each is read in the
    others' context like a name, and lends the others its country and state when it
    reads as one of :data:`LENDING_KINDS`; they take part in the joint readings (the
    county of "the Madison County Detention Center" and a "Richmond" read together).
    Their results are returned too.
    """
    names = list(dict.fromkeys(names))
    lending = [n for n in dict.fromkeys(lenders) if n not in names]
    only_lending = frozenset(lending)
    within = _with_qualifiers(names, within or {})
    extra = Context(countries=frozenset(extra_context))
    results = {n: geocode(n, context=extra, within=within.get(n)) for n in names}
    results.update({n: geocode(n, context=extra) for n in lending})
    # Local names that only make sense together lend each other their joint reading.
    naming = {
        n: r["country"]
        for n, r in results.items()
        if r and r["kind"] in NAMING_KINDS and r["confidence"] >= CONTEXT_MIN_CONFIDENCE
    }

    def named_apart(name: str) -> set[str]:
        """The countries the article names, apart from ``name`` itself."""
        return set(extra.countries) | {c for n, c in naming.items() if n != name}

    free = [n for n in [*names, *lending] if n not in within]
    found = {n: exact_places(n) for n in free}
    supporters = joint_readings(free, found.__getitem__, named_apart)
    region = cluster_reading(free, found.__getitem__, named_apart)
    for name, places in region.items():
        supporters.setdefault(name, places)
    state = home_state(region)
    home = (
        Context(countries=frozenset({state[0]}), admin1=frozenset({state})) if state else Context()
    )
    partners = {
        name: merge([extra, *(contribution(place_result(p, 1.0)) for p in places)])
        for name, places in supporters.items()
    }
    counties = _county_names([*names, *lending], results, within)
    within.update({name: scope for name, (scope, _) in counties.items()})
    anchor_hit = geocode(anchor, context=extra) if anchor else None
    lent: dict[str, Context] = {}
    if anchor_hit and anchor_hit["confidence"] >= CONTEXT_MIN_CONFIDENCE:
        lent[anchor] = contribution(anchor_hit)
    # Two forms of one name ("Huntsville", "Huntsville City": the same candidates) lend
    # each other nothing: each would only echo the other's last reading back.
    forms = {n: frozenset(i for i, _ in candidates(n)) for n in [*names, *lending]}
    for _ in range(PASSES):
        # A name keeps lending what its last confident reading lent.
        for n, r in results.items():
            if r and r["confidence"] >= CONTEXT_MIN_CONFIDENCE:
                if n not in only_lending or r["kind"] in LENDING_KINDS:
                    lent[n] = contribution(r)
        again = {}
        for name in [*names, *lending]:
            own = merge([partners.get(name, extra), home])
            mine = forms[name]
            context = merge(
                [
                    own,
                    *(c for other, c in lent.items() if other != name and forms.get(other) != mine),
                ]
            )
            again[name] = geocode(name, context=context, within=within.get(name))
        if again == results:
            break
        results = again
    for name, (scope, county_name) in counties.items():
        # No town of the name in the county's state: the bare name is the county,
        # unless it reads as a town elsewhere more surely than the county does.
        hit, county = results.get(name), results.get(county_name)
        if county is None:
            continue
        if hit is None or (
            f"{hit['country']}/{hit.get('admin1')}" != scope
            and hit["confidence"] <= county["confidence"]
        ):
            results[name] = dict(county)
    return results


def _with_qualifiers(names: list[str], within: dict[str, str]) -> dict[str, str]:
    """``within``, plus the state or province a qualifier names: in "Mississauga,
    Ontario" the text puts Mississauga in Canada's Ontario, so the name "Ontario" is
    that province here (kept to its country), not the town in California."""
    named = {
        normalize_place_name(admin1): scope.partition("/")[0]
        for scope in within.values()
        for admin1 in [scope.partition("/")[2]]
        if admin1
    }
    out = dict(within)
    for name in names:
        country = named.get(normalize_place_name(name))
        if country and name not in out:
            out[name] = country
    return out


#: Words after a county's name ("Barrow County", "Rapides Parish").
COUNTY_WORDS: tuple[str, ...] = ("County", "Parish", "Borough")


def _county_names(
    names: list[str], results: dict[str, dict[str, Any] | None], within: dict[str, str]
) -> dict[str, tuple[str, str]]:
    """The state a bare name lies in when the article also names it as a county: next
    to "Barrow County" (Georgia), "Barrow" is read in Georgia (the county, or its town),
    not as Barrow-in-Furness. Returns ``{name: ("country/admin-1", the county's name)}``."""
    out = {}
    for name in names:
        if name in within:
            continue
        for word in COUNTY_WORDS:
            county = results.get(f"{name} {word}")
            if (
                county
                and county["kind"] == "admin2"
                and county.get("admin1")
                and county["confidence"] >= CONTEXT_MIN_CONFIDENCE
            ):
                out[name] = (f"{county['country']}/{county['admin1']}", f"{name} {word}")
                break
    return out
