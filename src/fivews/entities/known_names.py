"""What fivews knows about a name without context: the alias file, the demonyms and the
gazetteer's confident readings (countries, regions, big cities)."""

from __future__ import annotations

from typing import Any

from fivews import geo
from fivews.entities.constants import PLACE_LABELS
from fivews.entities.lexicon import load_aliases
from fivews.entities.names import alias_key, clean_name


def _exact_place(
    text: str, *, countries_only: bool = False, min_confidence: float = 0.8
) -> dict[str, Any] | None:
    """The gazetteer's confident reading of ``text`` as a place, else None."""
    hit = geo.geocode(text)
    if not hit or hit["confidence"] < min_confidence:
        return None
    if countries_only and hit["kind"] != "country":
        return None
    return hit


def known_name_label(text: str) -> str | None:
    """Label of a name fivews knows without context: alias file, demonym or gazetteer."""
    alias = load_aliases().get(alias_key(text))
    if alias:
        return alias[1]
    if geo.country_of_demonym(text):
        return "NORP"
    hit = geo.geocode(text)
    if (
        hit
        and hit["confidence"] >= 0.8
        and hit["kind"] in {"country", "us_state", "region", "continent"}
    ):
        return "GPE"
    if (
        hit
        and hit["kind"] == "city"
        and hit["confidence"] >= 0.8
        and normalize_exact(text, hit["name"])
    ):
        return "GPE"
    return None


def normalize_exact(a: str, b: str) -> bool:
    """Whether two place names have the same transliteration-normalised key."""
    return geo.normalize_place_name(a) == geo.normalize_place_name(b)


def is_well_known(text: str, label: str) -> bool:
    """Whether a headline name is known beyond doubt (alias, demonym, country, big city)."""
    if load_aliases().get(alias_key(clean_name(text))):
        return True
    if label == "NORP":
        return geo.country_of_demonym(clean_name(text)) is not None
    if label in PLACE_LABELS:
        hit = geo.geocode(clean_name(text))
        if hit and hit["confidence"] >= 0.8:
            return hit["kind"] != "city" or (
                _city_population(hit) >= 100_000 and normalize_exact(clean_name(text), hit["name"])
            )
    return False


def _city_population(hit: dict[str, Any]) -> int:
    gaz = geo.load_gazetteer()
    for i in gaz.by_key.get(geo.normalize_place_name(hit["name"]), []):
        if gaz.places[i]["geonameid"] == hit["geonameid"]:
            return int(gaz.places[i]["population"])
    return 0
