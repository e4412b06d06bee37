"""Tests of qualifiers ("Mississauga, Ontario"): the reading of the qualifier that has the
place inside it, and a place the text puts in a state where no place of the name lies."""

from __future__ import annotations

from tests.test_places import entities_of, find

from fivews import geo


def test_the_qualifier_reading_that_contains_the_town() -> None:
    assert geo.containing_scope("Atlanta", "Georgia") == "US/Georgia"
    assert geo.containing_scope("Tbilisi", "Georgia") == "GE"
    assert geo.containing_scope("Mississauga", "Ontario") == "CA/Ontario"


def test_no_reading_contains_an_unknown_name() -> None:
    assert geo.containing_scope("Qwertzville", "Ontario") is None


def test_area_scopes_put_countries_first() -> None:
    scopes = geo.area_scopes("Georgia")
    assert scopes[0] == "GE" and "US/Georgia" in scopes


def test_a_town_missing_from_the_named_state_is_left_unplaced() -> None:
    # No Stroud lies in Ontario: the English town is not what the text means.
    assert geo.geocode("Stroud", within="CA/Ontario") is None
    # Only a country named: a namesake elsewhere may still be meant.
    assert geo.geocode("Paris", within="US") is not None


def test_a_province_after_a_comma_is_the_province_not_a_namesake_town(nlp) -> None:
    text = (
        "The company, based in Mississauga, Ontario, recalled its products. "
        "Shops in California removed them."
    )
    entities = entities_of(nlp, text)
    assert find(entities, "Mississauga")["geo"]["admin1"] == "Ontario"
    assert find(entities, "Ontario")["geo"]["kind"] == "admin1"


def test_a_name_after_a_full_stop_is_no_qualifier(nlp) -> None:
    text = "The choir sang in Stroud. Ontario has new rules for choirs."
    stroud = find(entities_of(nlp, text), "Stroud")
    assert stroud["country"] == "GB"


def test_a_town_read_no_surer_than_a_coin_flip_stays_unplaced(nlp) -> None:
    # Madison alone is one of several state capitals' and towns' names: not guessed.
    alone = find(entities_of(nlp, "The council met in Madison on Tuesday."), "Madison")
    assert "lat" not in alone
    text = "The mayor of Madison, Wisconsin, spoke on Tuesday."
    named = find(entities_of(nlp, text), "Madison")
    assert named["geo"]["admin1"] == "Wisconsin"


def test_a_populous_province_alone_is_the_province() -> None:
    ontario = geo.geocode("Ontario")
    assert (ontario["country"], ontario["kind"]) == ("CA", "admin1")
    assert ontario["confidence"] >= 0.8
    assert geo.geocode("Victoria")["country"] == "AU"  # the state, not a district elsewhere


def test_a_big_city_beats_a_province_of_its_name_in_another_country() -> None:
    cordoba = geo.geocode("Cordoba")
    assert (cordoba["country"], cordoba["kind"]) == ("AR", "city")


def test_gaza_alone_is_the_strip() -> None:
    assert geo.geocode("Gaza")["country"] == "PS"


def test_a_big_city_beats_the_state_named_after_it() -> None:
    # Kano State is named like the city of Kano: the name alone is the city.
    kano = geo.geocode("Kano")
    assert (kano["country"], kano["kind"]) == ("NG", "city")
