"""Tests of names with more than one form: a province and its city ("Alexandria"), whose
province does not keep the name from a joint reading with a county, and names written
with a particle apart or joined ("De Soto", "DeSoto")."""

from __future__ import annotations

from fivews import geo
from fivews.geo.joint import _eponymous
from fivews.geo.resolve import exact_places


def test_a_province_named_after_its_city_is_eponymous() -> None:
    found = exact_places("Alexandria")
    province = next(p for p in found if p["kind"] == "admin1" and p["country"] == "EG")
    assert _eponymous(province, found)
    ontario = exact_places("Ontario")
    assert not _eponymous(next(p for p in ontario if p["kind"] == "admin1"), ontario)


def test_a_town_and_its_county_read_together() -> None:
    # Alexandria is the seat of Douglas County, Minnesota.
    found = geo.geocode_many(["Alexandria", "Douglas County"])
    assert found["Alexandria"]["admin1"] == "Minnesota"
    assert found["Douglas County"]["admin1"] == "Minnesota"


def test_a_leading_particle_is_one_key_written_apart_or_joined() -> None:
    assert geo.normalize_place_name("DeSoto Parish") == geo.normalize_place_name("De Soto Parish")
    assert geo.normalize_place_name("LaCrosse") == geo.normalize_place_name("La Crosse")
    assert geo.geocode("DeSoto Parish")["admin1"] == "Louisiana"


def test_a_former_country_name_is_the_country() -> None:
    # Zaire is the Democratic Republic of the Congo, not the Angolan province.
    assert geo.geocode("Zaire")["country"] == "CD"
