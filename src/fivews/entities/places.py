"""Countries and coordinates for the entities: places geocoded offline with
:mod:`fivews.geo`, each article's places disambiguating each other, and institutions
affiliated with their country's entity."""

from __future__ import annotations

from fivews import geo
from fivews.entities.constants import MIN_GEO_CONFIDENCE, PLACE_LABELS
from fivews.entities.records import EntityDraft, EntityRecord


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


def _qualified_places(places: list[tuple[EntityRecord, EntityDraft]]) -> dict[str, str]:
    """Places the text qualifies with a country or state: "Paris, Texas" -> {"Paris": "US"}."""
    starts = {m.start: d for _, d in places for m in d["group"]}
    within: dict[str, str] = {}
    for entity, d in places:
        for m in d["group"]:
            gap = m.end
            # The qualifier starts after ", " right behind the mention.
            for offset in (2, 1):
                qualifier = starts.get(gap + offset)
                if qualifier is not None and qualifier is not d:
                    hit = geo.geocode(qualifier["name"])
                    if hit and hit["kind"] in ("country", "us_state") and hit["confidence"] >= 0.8:
                        within.setdefault(entity["name"], hit["country"])
    return within


def geocode_entities(entities: list[EntityRecord], drafts: list[EntityDraft]) -> None:
    """Add ``lat, lon, country, geo_confidence`` to places, disambiguated together."""
    places = [(e, d) for e, d in zip(entities, drafts, strict=True) if d["label"] in PLACE_LABELS]
    # Countries named by nationality adjectives ("Russian") and by institutions ("the
    # French finance ministry") are context for the places too.
    demonym_countries = {
        geo.country_of_demonym(m.name) for d in drafts for m in d["group"] if m.label == "NORP"
    } | {m.institution[0] for d in drafts for m in d["group"] if m.institution and m.institution[0]}
    names = [e["name"] for e, _ in places]
    results = geo.geocode_many(
        names, {c for c in demonym_countries if c}, within=_qualified_places(places)
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
        if d["label"] in ("LOC", "FAC") and hit["kind"] == "city" and hit["country"] not in context:
            continue  # a local feature ("the Old City") named like a town elsewhere
        entity.update(
            {
                "lat": hit["lat"],
                "lon": hit["lon"],
                "country": hit["country"],
                "geo_confidence": hit["confidence"],
            }
        )
    for entity, d in zip(entities, drafts, strict=True):
        if d["label"] == "NORP" and "country" not in entity:
            code = geo.country_of_demonym(entity["name"])
            if code:
                entity["country"] = code
