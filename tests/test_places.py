"""Tests of place recognition and resolution in the pipeline, on short sentences we wrote:
qualifiers, datelines, hyphenated names, demonyms, places inside organisation names,
the geo record and the seed's places."""

from __future__ import annotations

from typing import Any

import pytest


def entities_of(nlp, text: str) -> list[dict[str, Any]]:
    return nlp(text)._.entities


def find(entities: list[dict[str, Any]], name: str) -> dict[str, Any]:
    for e in entities:
        if e["name"] == name or name in e["aliases"]:
            return e
    raise AssertionError(f"{name!r} not among {[e['name'] for e in entities]}")


def test_a_state_after_a_comma_places_the_town_in_it(nlp) -> None:
    entities = entities_of(nlp, "The mayor of Paris, Texas, said the storm had passed.")
    paris = find(entities, "Paris")
    assert paris["country"] == "US" and paris["geo"]["admin1"] == "Texas"


def test_an_abbreviated_state_qualifies_the_town(nlp) -> None:
    entities = entities_of(nlp, "The plant in Gainesville, Ga., will close next year.")
    assert find(entities, "Gainesville")["geo"]["admin1"] == "Georgia"


def test_the_named_state_decides_a_town_without_a_comma(nlp) -> None:
    text = "Police in Gainesville arrested two men. Florida officials said more arrests may follow."
    assert find(entities_of(nlp, text), "Gainesville")["geo"]["admin1"] == "Florida"


def test_the_dateline_is_context_for_the_other_places(nlp) -> None:
    text = "RICHMOND, Va. (AP) — Lawmakers in Alexandria approved the budget on Monday."
    alexandria = find(entities_of(nlp, text), "Alexandria")
    assert alexandria["country"] == "US"


def test_hyphenated_city_names_are_kept_whole(nlp) -> None:
    text = "A bomb exploded in Mazar-i-Sharif on Monday, officials in northern Afghanistan said."
    city = find(entities_of(nlp, text), "Mazar-i-Sharif")
    assert city["country"] == "AF" and abs(city["lat"] - 36.7) < 0.5


def test_demonyms_are_placed_at_their_country_as_a_region(nlp) -> None:
    entities = entities_of(nlp, "Russian troops crossed the border, Ukrainian officials said.")
    ukrainian = find(entities, "Ukrainian")
    assert ukrainian["country"] == "UA"
    assert ukrainian["geo"]["via"] == "demonym" and ukrainian["geo"]["extent"] == "region"


def test_places_inside_organisation_names_are_found_but_the_organisation_stays_unplaced(
    nlp,
) -> None:
    text = "The Texas Department of Public Safety closed the road on Sunday."
    org = next(e for e in entities_of(nlp, text) if e["label"] == "ORG")
    assert "lat" not in org
    (embedded,) = org["embedded_places"]
    assert embedded["text"] == "Texas" and embedded["country"] == "US"
    assert text[embedded["start"] : embedded["end"]] == "Texas"


def test_countries_and_rivers_are_regions_towns_are_points(nlp) -> None:
    text = (
        "Kurdish fighters said on Tuesday that they had crossed the Euphrates River. "
        "They reached Raqqa, Syria, on Monday."
    )
    entities = entities_of(nlp, text)
    assert find(entities, "Syria")["geo"]["extent"] == "region"
    assert find(entities, "Raqqa")["geo"]["extent"] == "point"
    river = next(e for e in entities if "Euphrates" in e["name"])
    assert river["geo"]["kind"] == "river" and river["geo"]["extent"] == "region"


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Deir el-Zour", 35.34, 40.14),
        ("Raqqa", 35.95, 39.01),
        ("Syria", 35.0, 38.5),
        ("Moscow", 55.75, 37.62),
    ],
)
def test_the_seed_places_keep_their_coordinates(nlp, seed_text: str, name, lat, lon) -> None:
    place = find(entities_of(nlp, seed_text), name)
    assert abs(place["lat"] - lat) < 0.5 and abs(place["lon"] - lon) < 0.5
    assert not place["geo"]["uncertain"]


def test_a_possessive_place_inside_an_organisation_name(nlp) -> None:
    from fivews.entities.embedded_places import _embedded_candidates

    text = "Gainesville\u2019s VFW Post"
    assert "Gainesville" in [text[a:b] for a, b in _embedded_candidates(text)]


def with_ents(nlp, text: str, ents: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """The entities of ``text`` when spaCy's NER tags exactly ``ents`` (char spans):
    the rules below run on what the statistical model would have said."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "ner":
            doc.ents = [doc.char_span(s, e, label=label) for s, e, label in ents]
        else:
            doc = component(doc)
    return doc._.entities


def test_a_one_word_person_that_is_a_city_name_is_placed_as_the_city(nlp) -> None:
    text = "Tbilisi has denied the allegation and said the talks would go on."
    (tbilisi,) = with_ents(nlp, text, [(0, 7, "PERSON")])
    assert "lat" not in tbilisi  # still what NER said it is, but it names a place:
    (place,) = tbilisi["embedded_places"]
    assert place["country"] == "GE" and (place["start"], place["end"]) == (0, 7)


def test_a_full_person_name_is_not_taken_for_a_place(nlp) -> None:
    text = "Sydney Smith has denied the allegation."
    entities = with_ents(nlp, text, [(0, 12, "PERSON")])
    assert all("embedded_places" not in e for e in entities)


def test_a_lowercase_word_tagged_as_a_place_is_left_unplaced(nlp) -> None:
    text = "The state said the metro in Cairo would close."
    state, cairo = text.index("state"), text.index("Cairo")
    entities = with_ents(nlp, text, [(state, state + 5, "GPE"), (cairo, cairo + 5, "GPE")])
    assert all("lat" not in e for e in entities if e["name"] == "state")
    assert any(e["name"] == "Cairo" and e["country"] == "EG" for e in entities)


def test_embedded_name_occurrences_are_every_whole_word_match() -> None:
    import random

    from fivews.entities.embedded_places import _occurrences

    def every_match(text: str, names: list[str]) -> list[tuple[str, int]]:
        out = []
        for name in sorted(names, key=len, reverse=True):
            if not name[:1].isupper():
                continue
            start = text.find(name)
            while start >= 0:
                end = start + len(name)
                before, after = text[start - 1 : start], text[end : end + 1]
                if not before.isalnum() and not after.isalnum():
                    out.append((name, start))
                start = text.find(name, end)
        return out

    names = ["Georgia", "St. Louis", "Winston-Salem", "Ga", "Sri Lanka", "Lanka", "Côte d'Ivoire"]
    names += ["New York", "York", "Louis", "lowercase", "O"]
    words = [*names, "the", "Police", "'s", "-", ".", "Georgian", "St", "Yorkshire", "2"]
    rng = random.Random(3)
    for _ in range(3000):
        seps = [" ", "", "-", ", ", "'s "]
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 8)))
        chosen = rng.sample(names, rng.randint(0, len(names)))
        assert _occurrences(text, chosen) == every_match(text, chosen), (text, chosen)
