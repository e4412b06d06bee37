"""Tests of offline geocoding (fivews.geo): variant spellings, context, outlines."""

from __future__ import annotations

import math

import pytest

from fivews import geo

DEIR_EZ_ZOR = (35.336, 40.141)
RAQQA = (35.953, 39.008)


def near(hit: dict | None, lat: float, lon: float, tolerance: float = 0.5) -> bool:
    """Whether a geocoding result lies within ``tolerance`` degrees of (lat, lon)."""
    return hit is not None and math.hypot(hit["lat"] - lat, hit["lon"] - lon) <= tolerance


@pytest.mark.parametrize(
    "name",
    ["Deir ez-Zor", "Deir el-Zour", "Deir eI-Zor", "Deir el-Zur", "Dayr az-Zawr", "Deir al-Zor"],
)
def test_deir_ez_zor_variants(name: str) -> None:
    hit = geo.geocode(name)
    assert near(hit, *DEIR_EZ_ZOR), hit
    assert hit["country"] == "SY"


@pytest.mark.parametrize("name", ["Ar Raqqah", "Raqqa", "Raqqah", "al-Raqqa"])
def test_raqqa_variants(name: str) -> None:
    assert near(geo.geocode(name), *RAQQA)


def test_normalized_keys_ignore_articles_and_ocr() -> None:
    assert (
        geo.normalize_place_name("Deir eI-Zor")
        == geo.normalize_place_name("Deir el Zor")
        == "deir zor"
    )
    assert geo.normalize_place_name("Ar Raqqah") == "raqqah"
    assert geo.fix_ocr_l("AI-Qaeda") == "Al-Qaeda"


def test_context_resolves_ambiguous_names() -> None:
    us = geo.geocode_many(["Georgia", "Atlanta"])["Georgia"]
    caucasus = geo.geocode_many(["Georgia", "Tbilisi"])["Georgia"]
    assert us["country"] == "US" and caucasus["country"] == "GE"


def test_context_beats_population() -> None:
    # Alone, "Alexandria" is the big Egyptian city; next to Virginia it is the US one.
    assert geo.geocode_many(["Alexandria"])["Alexandria"]["country"] == "EG"
    assert (
        geo.geocode_many(["Alexandria", "Virginia", "Arlington"])["Alexandria"]["country"] == "US"
    )


def test_unknown_name_gives_none() -> None:
    assert geo.geocode("Qzxvbt Wqplm") is None


def test_countries_and_aliases() -> None:
    assert geo.geocode("Britain")["country"] == "GB"
    assert geo.geocode("U.S.")["country"] == "US"
    syria = geo.geocode("Syria")
    assert syria["kind"] == "country" and near(syria, 35.0, 38.5, 1.0)


def test_demonyms() -> None:
    assert geo.country_of_demonym("Russian") == "RU"
    assert geo.country_of_demonym("Kurdish") is None


def test_country_outlines() -> None:
    outlines = geo.load_country_outlines()
    assert len(outlines) == 177
    by_code = {o.iso_a2: o for o in outlines}
    assert "FR" in by_code  # Natural Earth leaves France's code as -99
    lat, lon = by_code["SY"].centroid()
    west, south, east, north = by_code["SY"].bounds
    assert south < lat < north and west < lon < east
    assert geo.outline_path(by_code["SY"]).contains_point((lon, lat))


def test_capital_beats_small_namesake_without_context() -> None:
    assert geo.geocode("Paris")["country"] == "FR"
    assert geo.geocode("Paris", within="US")["country"] == "US"


def test_frozen_gazetteer_answers_like_plain_dicts() -> None:
    postings = {"raqqa": [3, 1], "paris": [7], "x": []}
    index = geo.PostingIndex.from_dict(postings)
    assert list(index) == ["paris", "raqqa", "x"]  # sorted: looked up by binary search
    assert dict(index.items()) == postings
    assert "paris" in index and "lyon" not in index
    assert index.get("lyon", []) == []
    places = [
        {
            "name": "A",
            "kind": "city",
            "country": "SY",
            "lat": 35.0,
            "lon": 40,
            "population": 5,
            "geonameid": 1,
            "capital": False,
        },
        {
            "name": "B",
            "kind": "river",
            "country": None,
            "lat": 1.5,
            "lon": 2.5,
            "population": 0,
            "geonameid": None,
        },
    ]
    table = geo.PlaceTable.from_dicts(places)
    assert [table[i] for i in range(len(table))] == places
    assert list(table[1]) == list(places[1])  # same keys, same order, no "capital"
    import pickle

    again = pickle.loads(pickle.dumps(index))
    assert again["raqqa"] == [3, 1] and len(again) == 3


def test_loaded_gazetteer_is_the_compact_form() -> None:
    gaz = geo.load_gazetteer()
    assert isinstance(gaz.by_key, geo.PostingIndex)
    assert isinstance(gaz.places, geo.PlaceTable)
    assert gaz.keys is gaz.by_key.keys
    syria = [gaz.places[i] for i in gaz.by_key["syria"]]
    assert any(p["kind"] == "country" and p["country"] == "SY" for p in syria)


# --------------------------------------------------------------------------- gazetteer coverage


def test_small_towns_and_us_counties_are_in_the_gazetteer() -> None:
    town = geo.geocode("Chiefland")
    assert town["country"] == "US" and town["admin1"] == "Florida"
    county = geo.geocode("Laurel County")
    assert county["kind"] == "admin2" and county["admin1"] == "Kentucky"
    assert county["extent"] == "region" and county["feature_class"] == "A"


def test_provinces_worldwide_with_or_without_the_word_province() -> None:
    for name in ("Helmand", "Helmand province", "Kunduz Province"):
        hit = geo.geocode(name)
        assert hit["kind"] == "admin1" and hit["country"] == "AF", (name, hit)


def test_region_names_drop_a_suffix_only_when_the_rest_says_enough() -> None:
    from fivews.geo.sources import region_names

    assert region_names("Bulacan Province") == ["Bulacan Province", "Bulacan"]
    assert region_names("Eastern Province") == ["Eastern Province"]


@pytest.mark.parametrize(
    ("abbreviation", "state"),
    [("Fla.", "Florida"), ("W.Va.", "West Virginia"), ("N.Y.", "New York"), ("Va.", "Virginia")],
)
def test_ap_state_abbreviations(abbreviation: str, state: str) -> None:
    hit = geo.geocode(abbreviation)
    assert hit["kind"] == "us_state" and hit["admin1"] == state


def test_fuzzy_matching_never_lands_on_a_small_town() -> None:
    # "Chieflandd" is one letter off a town of 2,000: no fuzzy match for minor places.
    assert geo.geocode("Chieflandd") is None


# --------------------------------------------------------------------------- context


def test_a_town_inside_a_named_state_wins() -> None:
    georgia = geo.geocode_many(["Gainesville", "Georgia"])
    assert georgia["Gainesville"]["admin1"] == "Georgia"
    assert georgia["Georgia"]["kind"] == "us_state"
    florida = geo.geocode_many(["Gainesville", "Florida"])
    assert florida["Gainesville"]["admin1"] == "Florida"


def test_a_qualifier_scopes_the_candidates_to_a_state() -> None:
    assert geo.geocode("Walker County", within="US/Georgia")["admin1"] == "Georgia"
    assert geo.geocode("Paris", within="US/Illinois")["admin1"] == "Illinois"


def test_nearby_places_pull_a_town_into_their_region() -> None:
    # Alone, "LaFayette" is the Louisiana city; next to a point in north-west Georgia it
    # is the Georgia town there.
    assert geo.geocode("LaFayette")["admin1"] == "Louisiana"
    near = geo.Context(anchors=((34.70, -85.28),))
    assert geo.geocode("LaFayette", context=near)["admin1"] == "Georgia"


def test_a_country_is_not_overruled_by_a_small_namesake() -> None:
    assert geo.geocode_many(["Egypt", "Tennessee"])["Egypt"]["kind"] == "country"


def test_results_carry_a_geonames_style_record() -> None:
    hit = geo.geocode("Moscow")
    assert {"name", "kind", "feature_class", "extent", "country", "admin1"} <= set(hit)
    assert hit["feature_class"] == "P" and hit["extent"] == "point"
    river = geo.geocode("Euphrates")
    assert river["feature_class"] == "H" and river["extent"] == "region"


def test_weak_guesses_are_marked_uncertain() -> None:
    hit = geo.geocode("Springfield", context=geo.Context(countries=frozenset({"FR"})))
    assert hit["uncertain"] is (hit["confidence"] < 0.5)
    assert hit["confidence"] < 0.5 and hit["uncertain"]


def test_country_place_by_code() -> None:
    russia = geo.country_place("RU")
    assert russia["kind"] == "country" and russia["extent"] == "region"
    assert geo.country_place("XX") is None


def test_fuzzy_matches_are_rapidfuzz_over_every_major_key() -> None:
    """The length window, the character masks and the memo leave rapidfuzz's answer as it
    is over all keys of major places."""
    import random

    from rapidfuzz import fuzz, process

    from fivews.geo.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    major = [gaz.keys[i] for i in sorted(gaz._key_signatures()[2])]
    rng = random.Random(11)
    queries = [k if i % 2 else k[:-1] + "q" for i, k in enumerate(rng.sample(major, 30))]
    for query in [*queries, "deir el zur", "mosccow", "ab", *queries[:3]]:
        expected = process.extract(query, major, scorer=fuzz.ratio, score_cutoff=85, limit=8)
        assert gaz.fuzzy_matches(query, 85, 8) == [(m, s) for m, s, _ in expected]
