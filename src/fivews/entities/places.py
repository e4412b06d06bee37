"""Countries and coordinates for the entities: places geocoded offline with
:mod:`fivews.geo`, each article's places disambiguating each other, and institutions
affiliated with their country's entity.

Every placed entity gets ``lat, lon, country, geo_confidence`` and a ``geo`` record in
GeoNames style (:data:`GEO_RECORD_KEYS`: the gazetteer's name, kind, feature class,
extent ``point``/``region``, country, admin-1, and ``uncertain`` for a weak guess).
Nationality adjectives ("Russian", "Georgians") are placed at their country, with
``geo.via = "demonym"`` and extent ``region``. The places embedded in organisations' and
facilities' names are placed by :mod:`fivews.entities.embedded_places`.
"""

from __future__ import annotations

import re
from typing import Any

from fivews import geo
from fivews.entities.constants import MIN_GEO_CONFIDENCE, PLACE_LABELS
from fivews.entities.embedded_places import (
    MIN_TOWN_CONFIDENCE,
    add_embedded_places,
    embedded_phrases,
)
from fivews.entities.records import EntityDraft, EntityRecord

#: The keys of a geocoding result copied into an entity's ``geo`` record.
GEO_RECORD_KEYS: tuple[str, ...] = (
    "name",
    "kind",
    "feature_class",
    "extent",
    "country",
    "admin1",
    "geonameid",
    "uncertain",
)

#: Kinds of place that can qualify another ("Paris, Texas", "Pandi, Bulacan").
QUALIFIER_KINDS: frozenset[str] = frozenset({"country", "us_state", "admin1"})


def add_institution_affiliations(entities: list[EntityRecord], drafts: list[EntityDraft]) -> None:
    """An institution is affiliated with its country's entity, if the article has one."""
    country_ids: dict[str, str] = {}
    for d in drafts:
        if d["label"] in PLACE_LABELS:
            hit = geo.geocode(d["name"])
            if hit and hit["kind"] == "country" and hit["confidence"] >= 0.8:
                country_ids.setdefault(hit["country"], d["id"])
    for entity, d in zip(entities, drafts, strict=True):
        codes = [m.institution[0] for m in d["group"] if m.institution and m.institution[0]]
        if codes and codes[0] in country_ids:
            entity["affiliation"] = country_ids[codes[0]]
            entity["country"] = codes[0]
        elif codes:
            entity["country"] = codes[0]


def scope_of(hit: dict[str, Any] | None) -> str | None:
    """Where a qualifier puts a place: ``"US"`` for a country, ``"US/Texas"`` for a state."""
    if not hit or hit["kind"] not in QUALIFIER_KINDS or hit["confidence"] < 0.8:
        return None
    if hit["kind"] == "country":
        return hit["country"]
    return f"{hit['country']}/{hit['admin1']}" if hit.get("admin1") else hit["country"]


#: Kinds of qualifier that, after a country's or state's name, make a list of areas.
AREA_QUALIFIERS: frozenset[str] = frozenset({"country", "us_state", "admin1"})


def _reads_as_state(hit: dict[str, Any] | None) -> bool:
    """Whether a qualifier read alone is a state or province, if not surely."""
    return bool(hit) and hit["kind"] in ("us_state", "admin1") and hit["confidence"] >= 0.5


def _qualified_places(places: list[tuple[EntityRecord, EntityDraft]]) -> dict[str, str]:
    """Places the text qualifies with a country or state ("Paris, Texas": "US/Texas")."""
    starts = {m.start: (d, m.sentence) for _, d in places for m in d["group"]}
    within: dict[str, str] = {}
    for entity, d in places:
        for m in d["group"]:
            gap = m.end
            # The qualifier starts after ", " right behind the mention.
            for offset in (2, 1):
                qualifier, sentence = starts.get(gap + offset, (None, None))
                # A qualifier follows in the same sentence ("Stroud, Ontario"), not
                # after a full stop ("... in Mount Pleasant. The North East ...").
                if qualifier is not None and qualifier is not d and sentence == m.sentence:
                    hit = geo.geocode(qualifier["name"])
                    scope = scope_of(hit)
                    # "Egypt, Israel" or "Louisiana, Missouri" is a list of countries
                    # or states, not a town of the first name inside the second.
                    if hit and hit["kind"] in AREA_QUALIFIERS and geo.is_area_name(entity["name"]):
                        continue
                    # The qualifier's reading that has a place of the name inside it
                    # ("Atlanta, Georgia": the US state, "Tbilisi, Georgia": the country).
                    scope = geo.containing_scope(entity["name"], qualifier["name"]) or scope
                    if scope is None and _reads_as_state(hit):
                        # A state or province ("Stroud, Ontario"): the text puts the
                        # place there, found there or not at all.
                        scope = f"{hit['country']}/{hit['admin1']}" if hit.get("admin1") else None
                    if scope:
                        within.setdefault(entity["name"], scope)
    return within


#: The region after a dateline's place, up to the agency or the dash ("Afghanistan").
_DATELINE_REGION = re.compile(r"\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})")


def _dateline_place(dateline: str | None) -> tuple[str | None, str | None]:
    """The place of a dateline ("KABUL, Afghanistan (AP) —") and where it says it is."""
    if not dateline:
        return None, None
    place, _, rest = dateline.partition(",")
    place = place.strip(" -\u2014\u2013")
    if not place:
        return None, None
    region = _DATELINE_REGION.match(rest) if rest else None
    scope = scope_of(geo.geocode(region.group(1))) if region else None
    return (place.title() if place.isupper() else place), scope


#: A run of capitalised words ("U.S.", "Syria", "United Kingdom") in a name.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.\u2019'-]*(?: [A-Z][\w.\u2019'-]*)*")


def _names_its_country(text: str, code: str) -> bool:
    """Whether an institution's text names its country ``code`` by a nationality word or
    the country's name ("the French ministry", "Syria's army"), rather than by a town it
    lies in: "the Paris police" says nothing about France in a story from Paris, Texas."""
    for run in _CAPITALISED_RUN.findall(text):
        run = re.sub(r"['\u2019]s$", "", run)
        if any(geo.country_of_demonym(word) == code for word in run.split()):
            return True
        hit = geo.geocode(run)
        if hit and hit["kind"] == "country" and hit["country"] == code:
            return True
    return False


def _place(entity: EntityRecord, hit: dict[str, Any], via: str | None = None) -> None:
    """Write a geocoding result onto an entity."""
    record = {k: hit.get(k) for k in GEO_RECORD_KEYS}
    if via:
        record["via"] = via
    entity.update(
        {
            "lat": hit["lat"],
            "lon": hit["lon"],
            "country": hit["country"],
            "geo_confidence": hit["confidence"],
            "geo": record,
        }
    )


def geocode_entities(
    entities: list[EntityRecord], drafts: list[EntityDraft], dateline: str | None = None
) -> None:
    """Add ``lat, lon, country, geo_confidence, geo`` to places, disambiguated together.

    ``dateline`` is the place of the article's wire dateline ("KABUL, Afghanistan"), if
    any: context for every other place.
    """
    places = [(e, d) for e, d in zip(entities, drafts, strict=True) if d["label"] in PLACE_LABELS]
    # Countries named by nationality adjectives ("Russian") and by institutions ("the
    # French finance ministry") are context for the places too.
    demonym_countries = {
        geo.country_of_demonym(m.name) for d in drafts for m in d["group"] if m.label == "NORP"
    } | {
        m.institution[0]
        for d in drafts
        for m in d["group"]
        if m.institution and m.institution[0] and _names_its_country(m.text, m.institution[0])
    }
    # A place-typed name with no capital letter ("state", "metro") is not a place name.
    places = [(e, d) for e, d in places if any(c.isupper() for c in e["name"])]
    names = [e["name"] for e, _ in places]
    within = _qualified_places(places)
    anchor, anchor_scope = _dateline_place(dateline)
    if anchor and anchor_scope:
        within.setdefault(anchor, anchor_scope)
    results = geo.geocode_many(
        names,
        {c for c in demonym_countries if c},
        within=within,
        anchor=anchor,
        lenders=embedded_phrases(entities, drafts),
    )
    context = {
        r["country"] for r in results.values() if r and r["confidence"] >= 0.8
    } | demonym_countries
    for entity, d in places:
        hit = results.get(entity["name"])
        if hit is None:
            # Try the entity's other spellings.
            for alias in entity["aliases"]:
                hit = geo.geocode(alias)
                if hit:
                    break
        if hit is None or hit["confidence"] < MIN_GEO_CONFIDENCE:
            continue
        if hit["kind"] == "city" and hit["confidence"] < MIN_TOWN_CONFIDENCE:
            continue
        if d["label"] in ("LOC", "FAC") and hit["kind"] == "city" and hit["country"] not in context:
            continue  # a local feature ("the Old City") named like a town elsewhere
        _place(entity, hit)
    for entity, d in zip(entities, drafts, strict=True):
        if d["label"] == "NORP" and "country" not in entity:
            code = geo.country_of_demonym(entity["name"])
            if code:
                entity["country"] = code
        if d["label"] in ("NORP", *PLACE_LABELS) and "lat" not in entity:
            # "Ukrainian" (often tagged GPE) is a nationality: placed at its country.
            code = geo.country_of_demonym(entity["name"])
            country = geo.country_place(code) if code else None
            if country:
                _place(entity, country, via="demonym")
    add_embedded_places(entities, drafts, anchor, read=results)
