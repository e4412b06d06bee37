"""A local story's home region, parts of states and countries, places inside names."""

from __future__ import annotations

from fivews import geo
from fivews.entities.embedded_places import _embedded_candidates
from fivews.geo.cluster import cluster_reading, home_state
from fivews.geo.resolve import exact_places

#: Towns and counties of one corner of Nebraska; Wayne and Madison lie side by side in
#: New Jersey too.
NEBRASKA = ["Norfolk", "Battle Creek", "Wayne", "Neligh", "Madison", "Antelope County"]


def test_many_names_that_lie_together_are_the_home_region() -> None:
    reading = cluster_reading(NEBRASKA, exact_places)
    assert {"Wayne", "Madison", "Neligh"} <= set(reading)
    assert all(p["admin1"] == "Nebraska" for p in reading["Wayne"])
    assert home_state(reading) == ("US", "Nebraska")
    results = geo.geocode_many(NEBRASKA)
    assert results["Wayne"]["admin1"] == "Nebraska"
    assert results["Madison"]["admin1"] == "Nebraska"


def test_two_names_are_no_home_region() -> None:
    assert cluster_reading(["Wayne", "Madison"], exact_places) == {}


def test_spread_out_names_are_no_home_region() -> None:
    assert cluster_reading(["Paris", "London", "Berlin", "Madrid"], exact_places) == {}


def test_the_part_of_a_state_or_country_is_that_area() -> None:
    east_texas = geo.geocode("East Texas")
    assert east_texas is not None and east_texas["kind"] == "us_state"
    assert east_texas["name"] == "Texas"
    north = geo.geocode("Northern Iraq")
    assert north is not None and north["country"] == "IQ" and north["kind"] == "country"
    # A continent's part lies nowhere near the continent's point.
    assert geo.geocode("Southern Europe") is None


def _phrases(text: str) -> list[str]:
    return [text[a:b] for a, b in _embedded_candidates(text)]


def test_places_inside_names_after_directions_of_and_hyphens() -> None:
    assert "Kentucky" in _phrases("Eastern Kentucky University")
    assert "Eastern" not in _phrases("Eastern Kentucky University")
    assert "Kentucky" in _phrases("University of Kentucky College of Law")
    assert "Nebraska" in _phrases("the University of Nebraska-Lincoln")
    # "North Korea" comes before "Korea".
    spans = _phrases("North Korea Ministry of Defense")
    assert spans.index("North Korea") < spans.index("Korea")


def test_an_articles_own_place_inside_a_name_is_found() -> None:
    from fivews.entities.embedded_places import _known_inside

    georgia = {"id": "e1", "name": "Georgia", "lat": 32.7, "lon": -83.4, "country": "US"}
    known = {"Georgia": georgia}
    org = {"text": "the Professional Association of Georgia Educators", "start": 100}
    items = _known_inside(org, known, [], person=False)
    assert [(i["text"], i["start"], i["entity"]) for i in items] == [("Georgia", 132, "e1")]
    # In a "person", only before an office word or "'s", or as the whole mention.
    assert _known_inside({"text": "Georgia Smith", "start": 0}, known, [], person=True) == []
    office = {"text": "Georgia Police Chief Smith", "start": 0}
    assert len(_known_inside(office, known, [], person=True)) == 1
    # Not twice where a place was found already.
    found = [{"start": 132, "end": 139}]
    assert _known_inside(org, known, found, person=False) == []


def test_two_forms_of_one_name_do_not_echo_each_other() -> None:
    # "Huntsville City" and "Huntsville" have the same candidates: the county decides both.
    results = geo.geocode_many(["Huntsville", "Huntsville City"], lenders=["Walker County"])
    assert results["Huntsville"]["admin1"] == "Texas"
    assert results["Huntsville City"]["admin1"] == "Texas"


def test_a_direction_before_a_towns_other_name_is_no_part_of_it() -> None:
    # "Creek" is only another name of some town: "Eastern Creek" is not a part of it.
    hit = geo.geocode("Eastern Creek", context_countries=["US"])
    assert hit is None or hit["name"] == "Eastern Creek"


def test_a_several_word_place_name_tagged_as_an_organisation_is_a_place() -> None:
    from fivews.entities.embedded_places import _is_place_phrase

    assert _is_place_phrase("Coral Gables")
    assert _is_place_phrase("Burkina Faso")
    assert not _is_place_phrase("Coral")  # one word: only a major place's name counts
    assert not _is_place_phrase("the Gables Club")


def test_a_state_is_not_demoted_for_a_city_that_only_has_its_name_as_another() -> None:
    # Salvador is also called "Bahia"; the state of Bahia keeps its name.
    bahia = geo.geocode("Bahia")
    assert bahia is not None and bahia["kind"] == "admin1"
    # A US state named like a big city is still the city ("New York").
    assert geo.geocode("New York")["kind"] == "city"


def test_a_province_is_not_pulled_away_by_stray_towns_or_the_date_line() -> None:
    import numpy as np

    from fivews.geo.sources import _mean_longitude, _without_strays

    lats = np.array([33.0] * 12 + [32.0])
    lons = np.array([119.0 + 0.1 * n for n in range(12)] + [101.0])  # one stray far west
    kept_lats, kept_lons = _without_strays(lats, lons)
    assert len(kept_lons) == 12 and kept_lons.min() > 118.0
    assert abs(abs(_mean_longitude(np.array([179.0, -179.0]))) - 180.0) < 1e-6
    jiangsu = geo.geocode("Jiangsu")
    assert jiangsu is not None and 117.0 < jiangsu["lon"] < 121.0


def test_a_bare_name_beside_its_county_is_that_county() -> None:
    results = geo.geocode_many(["Barrow", "Barrow County"])
    assert results["Barrow County"]["admin1"] == "Georgia"
    assert results["Barrow"]["country"] == "US" and results["Barrow"]["admin1"] == "Georgia"


def test_washington_beside_england_is_the_us_capital() -> None:
    results = geo.geocode_many(["London", "England", "Washington"], ["US"])
    assert results["Washington"]["country"] == "US"


def test_a_town_read_unsurely_is_left_unplaced(nlp) -> None:
    text = "The council met in Springfield on Monday. The mayor spoke."
    places = {e["name"]: e for e in nlp(text)._.entities if "lat" in e}
    assert "Springfield" not in places  # a guess between many namesakes
    named = "The council met in Springfield, Illinois, on Monday. The mayor spoke."
    places = {e["name"]: e for e in nlp(named)._.entities if "lat" in e}
    assert places["Springfield"]["geo"]["admin1"] == "Illinois"


def test_a_province_whose_towns_crowd_its_south_is_at_its_middle() -> None:
    ontario = geo.geocode("Ontario", context_countries=["CA"])
    assert ontario is not None and ontario["kind"] == "admin1"
    assert ontario["lat"] >= 49.0


def test_a_name_ending_in_a_water_word_is_the_water() -> None:
    red_sea = geo.geocode("Red Sea", context_countries=["EG"])
    assert red_sea is not None and red_sea["kind"] == "sea"
    lake = geo.geocode("Lake Victoria")
    assert lake is not None and lake["feature_class"] == "H"


def test_provinces_short_forms() -> None:
    assert geo.geocode("NSW")["name"] == "New South Wales"
    assert geo.geocode("B.C.")["name"] == "British Columbia"


def test_titled_places_and_party_words() -> None:
    assert geo.geocode("Province of Ontario")["kind"] == "admin1"
    assert geo.geocode("State of Illinois")["name"] == "Illinois"
    assert geo.geocode("Bank of America") is None
    assert geo.geocode("Liberal") is None  # the party, not Liberal, Kansas
    assert geo.geocode("Liberal", within="US/Kansas")["admin1"] == "Kansas"
