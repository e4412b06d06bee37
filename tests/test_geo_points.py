"""Tests of where countries are put and of joint readings of local names (fivews.geo)."""

from __future__ import annotations

from typing import Any

from fivews import geo
from fivews.geo import joint
from fivews.geo.gazetteer import country_point
from fivews.geo.resolve import haversine_km


def test_large_countries_sit_at_their_representative_point() -> None:
    # The area centroid of Canada or Russia lies hundreds of km from the point
    # gazetteers use for them; compact countries keep their centroid.
    assert haversine_km(_point("Russia"), (60.0, 100.0)) < 20
    assert haversine_km(_point("Canada"), (60.1, -113.6)) < 20
    assert haversine_km(_point("Indonesia"), (-5.0, 120.0)) < 20
    assert haversine_km(_point("Syria"), (35.0, 38.5)) < 60


def test_country_point_rule() -> None:
    assert country_point((35.0, 38.5), (35.0, 38.0)) == (35.0, 38.5)
    assert country_point((61.4, -98.3), (60.1, -113.6)) == (60.1, -113.6)
    assert country_point(None, (1.37, 103.8)) == (1.37, 103.8)
    assert country_point((1.0, 2.0), None) == (1.0, 2.0)


def test_small_countries_are_placed() -> None:
    for name, point in (("Singapore", (1.37, 103.8)), ("Malta", (35.9, 14.4))):
        hit = geo.geocode(name)
        assert hit["kind"] == "country" and haversine_km(_point(name), point) < 60


def _exact(name: str) -> list[dict[str, Any]]:
    from fivews.geo.resolve import exact_places

    return exact_places(name)


def _point(name: str) -> tuple[float, float]:
    hit = geo.geocode(name)
    assert hit is not None and hit["kind"] == "country", hit
    return hit["lat"], hit["lon"]


def _town(name: str, lat: float, lon: float, **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "kind": extra.pop("kind", "city"),
        "country": extra.pop("country", "US"),
        "lat": lat,
        "lon": lon,
        "population": extra.pop("population", 5000),
        **extra,
    }


TOWNS: dict[str, list[dict[str, Any]]] = {
    "Lakeside": [_town("Lakeside", 36.3, -88.3), _town("Lakeside", 45.0, -120.0)],
    "Hill County": [
        _town("Hill County", 36.33, -88.35, kind="admin2"),
        _town("Hill County", 30.0, -97.0, kind="admin2"),
    ],
    "Oakton": [_town("Oakton", 40.0, -80.0), _town("Oakton", 47.0, -100.0)],
}


def test_two_small_names_side_by_side_read_together() -> None:
    readings = joint.joint_readings(["Lakeside", "Hill County", "Oakton"], TOWNS.__getitem__)
    assert [p["lat"] for p in readings["Lakeside"]] == [36.33]
    assert [p["lat"] for p in readings["Hill County"]] == [36.3]
    assert "Oakton" not in readings  # none of its namesakes lies near another name's


def test_a_famous_namesake_in_a_named_country_wins() -> None:
    towns = dict(TOWNS)
    towns["Lakeside"] = [
        *TOWNS["Lakeside"],
        _town("Lakeside", 51.5, -0.1, country="GB", population=8_000_000),
    ]
    assert (
        joint.joint_readings(["Lakeside", "Hill County"], towns.__getitem__, lambda name: {"GB"})
        == {}
    )
    assert joint.joint_readings(["Lakeside", "Hill County"], towns.__getitem__, lambda name: {"US"})


def test_a_town_in_its_county_reads_together_even_with_many_namesakes() -> None:
    many = [_town("Fairview", 30.0 + i, -100.0 + i, admin1=f"S{i}", admin2="X") for i in range(25)]
    county = _town("Pike County", 38.0, -84.0, kind="admin2", admin1="Kentucky")
    inside = _town("Fairview", 38.9, -84.0, admin1="Kentucky", admin2="Pike County")
    counties = [county] + [
        _town("Pike County", 10.0 + i, 10.0, kind="admin2", admin1=f"T{i}") for i in range(9)
    ]
    towns = {"Fairview": [*many, inside], "Pike County": counties}
    # 26 x 10 candidates: too many for mere closeness, enough for containment (~100 km
    # apart, so only containment can pair them).
    readings = joint.joint_readings(["Fairview", "Pike County"], towns.__getitem__)
    assert readings["Fairview"] == [county] and readings["Pike County"] == [inside]


def test_local_names_resolve_together_in_an_article() -> None:
    # Alone, "Paris" is France's capital; next to "Henry County" (and no country named)
    # it is the seat of Henry County, Tennessee.
    assert geo.geocode_many(["Paris"])["Paris"]["country"] == "FR"
    together = geo.geocode_many(["Paris", "Henry County"])
    assert together["Paris"]["country"] == "US"
    assert together["Paris"]["admin1"] == together["Henry County"]["admin1"] == "Tennessee"


def test_a_country_name_is_a_town_only_inside_a_named_county() -> None:
    assert geo.geocode_many(["Lebanon"])["Lebanon"]["kind"] == "country"
    town = geo.geocode_many(["Lebanon", "Boone County"])["Lebanon"]
    assert town["kind"] == "city" and (town["country"], town["admin1"]) == ("US", "Indiana")
    # A nearby town alone is not enough for a country's name.
    assert "Lebanon" not in joint.joint_readings(["Lebanon", "Myerstown"], _exact)


def test_a_list_of_states_is_not_a_town_inside_a_state(nlp) -> None:
    doc = nlp("Officials in Louisiana, Missouri and Nevada reported new cases on Monday.")
    places = {e["name"]: e for e in doc._.entities if "lat" in e}
    assert places["Louisiana"]["geo"]["kind"] == "us_state"
    assert places["Missouri"]["geo"]["kind"] == "us_state"


def test_a_town_named_like_no_state_keeps_its_qualifier(nlp) -> None:
    doc = nlp("The mayor of Paris, Texas, said the storm had passed.")
    paris = next(e for e in doc._.entities if e["name"] == "Paris")
    assert paris["geo"]["admin1"] == "Texas"


def test_many_common_names_stay_cheap() -> None:
    many = {
        f"Town{n}": [_town(f"Town{n}", 30.0 + (i % 20), -100.0 + i / 10) for i in range(40)]
        for n in range(80)
    }
    many["Lakeside"], many["Hill County"] = TOWNS["Lakeside"], TOWNS["Hill County"]
    readings = joint.joint_readings(list(many), many.__getitem__)
    assert [p["lat"] for p in readings["Lakeside"]] == [36.33]


def test_point_index_answers_as_every_point_measured() -> None:
    import random

    from fivews.geo.distance import PointIndex, haversine_km

    rng = random.Random(7)
    for size in (0, 1, 5, 300):
        points = [(rng.uniform(-90, 90), rng.uniform(-180, 180)) for _ in range(size)]
        # clusters, a shared latitude, the poles and the antimeridian
        points += [(10.0, 179.9), (10.0, -179.9), (89.99, 0.0), (-89.99, 45.0)] * (size > 1)
        index = PointIndex(points)
        for _ in range(200):
            here = (rng.uniform(-90, 90), rng.uniform(-180, 180))
            expected = min((haversine_km(here, p) for p in points), default=float("inf"))
            assert index.nearest_km(here) == expected
            for km in (0.0, 50.0, 161.0, 2_000.0):
                assert index.any_within(here, km) == any(
                    haversine_km(here, p) <= km for p in points
                )
