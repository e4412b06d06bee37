"""Places embedded in organisations' names lend their state to the article's places."""

from __future__ import annotations

import pytest

from fivews import geo
from fivews.entities.embedded_places import embedded_phrases as _embedded_phrases
from fivews.entities.places import _names_its_country


def _state(results: dict, name: str) -> str | None:
    hit = results[name]
    return hit["admin1"] if hit else None


def test_a_lent_state_places_a_town_in_it() -> None:
    assert _state(geo.geocode_many(["Gainesville"]), "Gainesville") == "Florida"
    results = geo.geocode_many(["Gainesville"], lenders=["Texas"])
    assert _state(results, "Gainesville") == "Texas"
    # The lender's own reading is returned too.
    assert results["Texas"]["kind"] == "us_state"


def test_a_lent_county_places_a_town_in_it() -> None:
    results = geo.geocode_many(["Gainesville"], lenders=["Cooke County"])
    assert _state(results, "Gainesville") == "Texas"


def test_a_town_inside_an_organisation_lends_no_state() -> None:
    # "Amarillo" inside a name is as often a namesake elsewhere: it lends nothing (and
    # lies too far from Gainesville, Texas, for a joint reading).
    results = geo.geocode_many(["Gainesville"], lenders=["Amarillo"])
    assert _state(results, "Gainesville") == "Florida"
    assert _state(results, "Amarillo") == "Texas"


def test_a_name_of_the_article_is_not_only_a_lender() -> None:
    results = geo.geocode_many(["Texas", "Gainesville"], lenders=["Texas"])
    assert set(results) == {"Texas", "Gainesville"}


@pytest.mark.parametrize(
    ("text", "code", "names"),
    [
        ("the French finance ministry", "FR", True),
        ("Syria's army", "SY", True),
        ("the U.S. Army", "US", True),
        ("the Paris police", "FR", False),
    ],
)
def test_an_institution_names_its_country(text: str, code: str, names: bool) -> None:
    assert _names_its_country(text, code) is names


def test_the_pipeline_lends_an_organisations_state(nlp) -> None:
    text = (
        "Officers of the Texas Department of Public Safety said the crash happened near "
        "Gainesville on Friday. Two people were hurt."
    )
    places = {e["name"]: e for e in nlp(text)._.entities if e.get("geo")}
    assert places["Gainesville"]["geo"]["admin1"] == "Texas"
    alone = {
        e["name"]: e
        for e in nlp("Police said the crash happened near Gainesville on Friday.")._.entities
        if e.get("geo")
    }
    # Alone, the name is a guess between namesakes: Florida's, or left unplaced.
    assert "Gainesville" not in alone or alone["Gainesville"]["geo"]["admin1"] == "Florida"


def test_embedded_phrases_are_exact_place_names() -> None:
    entities = [
        {"mentions": [{"text": "the Indiana State Police", "start": 0, "end": 24}]},
        {"mentions": [{"text": "the city council", "start": 30, "end": 46}]},
        {"mentions": [{"text": "Indiana", "start": 50, "end": 57}]},
    ]
    drafts = [{"label": "ORG"}, {"label": "ORG"}, {"label": "GPE"}]
    assert _embedded_phrases(entities, drafts) == ["Indiana"]


def test_inside_a_place_typed_name_only_places_spelled_so() -> None:
    from fivews.entities.embedded_places import _embedded_hit

    context = geo.Context()
    # "the Canadian River" is no place in Canada; "North" names no town by itself.
    assert _embedded_hit("Canadian", {}, context, strict=True) is None
    assert _embedded_hit("Canadian", {}, context) is not None
    assert _embedded_hit("North", {}, context, strict=True) is None
    got = _embedded_hit("Orange County", {}, geo.Context(countries=frozenset({"US"})), strict=True)
    assert got is not None and got[0]["kind"] == "admin2"


def test_a_small_town_inside_a_name_is_placed_only_in_a_named_state() -> None:
    from fivews.entities.embedded_places import _in_named_state

    town = {"country": "US", "admin1": "Kansas", "kind": "city"}
    assert _in_named_state(town, geo.Context(admin1=frozenset({("US", "Kansas")})))
    assert _in_named_state(town, geo.Context(implied=frozenset({("US", "Kansas")})))
    assert not _in_named_state(town, geo.Context(admin1=frozenset({("US", "Ohio")})))
