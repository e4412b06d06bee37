"""Context rules of place resolution: states named like cities, listed states, qualifiers,
near spellings, and the curated regions (oceans, islands, the UK's nations)."""

from __future__ import annotations

import pytest

from fivews import geo


def kinds(names: list[str], **kwargs) -> dict[str, tuple[str, str]]:
    """Each name's resolved (gazetteer name, kind)."""
    results = geo.geocode_many(names, **kwargs)
    return {n: (r["name"], r["kind"]) for n, r in results.items() if r}


def test_new_york_alone_is_the_city() -> None:
    assert kinds(["New York", "Moscow"])["New York"] == ("New York City", "city")


def test_new_york_among_states_is_the_state() -> None:
    found = kinds(["Missouri", "New York", "North Carolina", "Virginia"])
    assert found["New York"] == ("New York State", "us_state")


def test_listed_state_is_not_a_town_of_another_listed_state() -> None:
    found = kinds(["Arizona", "Ohio", "Oklahoma", "Oregon", "Washington", "Wisconsin"])
    assert found["Oregon"] == ("Oregon", "us_state")
    assert found["Washington"] == ("Washington State", "us_state")


def test_qualifier_province_is_the_province() -> None:
    found = kinds(["Mississauga", "Ontario", "California"], within={"Mississauga": "CA/Ontario"})
    assert found["Ontario"] == ("Ontario", "admin1")


def test_prominent_city_beats_small_namesake_near_other_places() -> None:
    hit = geo.geocode_many(["Atlanta", "Chicago"])["Atlanta"]
    assert hit["admin1"] == "Georgia"


def test_near_spelling_needs_same_consonants_or_context() -> None:
    assert geo.geocode("Harwinton") is None  # not Arlington
    assert geo.geocode("Deir el-Zur")["country"] == "SY"  # a transliteration


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Pacific", "sea"), ("Atlantic", "sea"), ("Sumatra", "region"), ("Caucasus", "region")],
)
def test_curated_regions(name: str, kind: str) -> None:
    hit = geo.geocode(name)
    assert hit is not None and hit["kind"] == kind and hit["extent"] == "region"


def test_uk_nations_are_first_order_divisions() -> None:
    hit = geo.geocode("Scotland")
    assert (hit["kind"], hit["country"], hit["admin1"]) == ("admin1", "GB", "Scotland")
    assert geo.geocode("United Kingdom")["kind"] == "country"
