"""Tests of places embedded in longer names that are places themselves: a first word
("San", "St.") or a town a place is named after ("Hopkins Park") is not that place; and
of the dateline's place, a place even when the model misses it."""

from __future__ import annotations

from tests.test_places import entities_of, find

from fivews.entities.embedded_places import _is_name_particle, _names_a_place, _part_of_refused


def embedded(entity: dict) -> list[str]:
    return [item["name"] for item in entity.get("embedded_places", [])]


def test_a_first_word_of_a_name_is_no_place(nlp) -> None:
    entity = find(entities_of(nlp, "Fishermen in San Pedro said the catch was poor."), "San Pedro")
    assert embedded(entity) == []


def test_a_park_named_after_a_town_is_not_the_town(nlp) -> None:
    text = "Police in Hopkins Park said the road was closed."
    entity = find(entities_of(nlp, text), "Hopkins Park")
    assert embedded(entity) == []


def test_name_particles_only_inside_longer_names() -> None:
    assert _is_name_particle("San Pedro", 0, 3)
    assert _is_name_particle("St. Cloud Times", 0, 3)
    assert not _is_name_particle("San", 0, 3)  # the whole name
    assert not _is_name_particle("Boston Harbor", 0, 6)


def test_parts_of_a_refused_name_are_refused() -> None:
    assert _part_of_refused(0, 3, [(0, 9)])
    assert not _part_of_refused(0, 9, [(0, 9)])
    assert not _part_of_refused(10, 14, [(0, 9)])


def test_own_place_words_make_a_place() -> None:
    assert _names_a_place("Vermilion Grove")
    assert not _names_a_place("Salinas Valley Water Board")


def test_the_dateline_place_is_a_place(nlp) -> None:
    text = "BEIRUT — Officials said on Monday that the border crossing would reopen."
    beirut = find(entities_of(nlp, text), "BEIRUT")
    assert beirut["label"] == "GPE" and beirut["country"] == "LB"


def test_the_county_a_name_embeds() -> None:
    from fivews.entities.embedded_places import county_span

    text = "Sheriff Rapides Parish Fire District"
    start, end = county_span(text)
    assert text[start:end] == "Rapides Parish"
    assert county_span("Jane Smith") is None


def test_a_county_office_tagged_a_person_lends_its_county() -> None:
    from fivews.entities.embedded_places import embedded_phrases

    entity = {"name": "Walton County Fire", "mentions": [{"text": "Walton County Fire"}]}
    person = {"name": "Jane Smith", "mentions": [{"text": "Jane Smith"}]}
    drafts = [{"label": "PERSON"}, {"label": "PERSON"}]
    assert embedded_phrases([entity, person], drafts) == ["Walton County"]
