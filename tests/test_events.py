"""Tests of the events layer (fivews.events) on sentences written for these tests.

Time expressions are set by hand where a test is about anchoring, so the test checks the
events logic, not the temporal tagger; the other layers (entities, claims) are set by
hand where a test uses them and are otherwise whatever the pipeline produces.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal
from spacy.tokens import Doc

from fivews.events import (
    ACLED_COLUMNS,
    EventLexicon,
    EventTypeMap,
    acled_table,
    event_dates,
    events_table,
    export_events,
    make_fivews_events,
    read_events,
    time_precision,
)
from fivews.lexicon import load_json, prepositions, reporting_verbs
from fivews.structure import CONTENT_KINDS

PUBLISHED = "2024-03-14"  # a Thursday


def analyse(nlp, text: str, published: str | None = PUBLISHED, **layers: Any) -> Doc:
    """Run the pipeline with a publication date; override layers by hand, re-run events.

    ``layers`` maps an extension name (``timexes``, ``entities``, ``claims``) to a list
    of dicts whose ``text`` is located in ``text`` to fill ``start``/``end``.
    """
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    if layers:
        for name, items in layers.items():
            setattr(doc._, name, [_locate(text, item) for item in items])
        nlp.get_pipe("fivews_events")(doc)
    return doc


def _locate(text: str, item: dict[str, Any]) -> dict[str, Any]:
    item = dict(item)
    if "text" in item and "start" not in item:
        item["start"] = text.index(item["text"])
        item["end"] = item["start"] + len(item["text"])
    if "mentions" in item:
        item["mentions"] = [_locate(text, m) for m in item["mentions"]]
    if isinstance(item.get("content"), dict):
        item["content"] = _locate(text, item["content"])
    return item


def by_lemma(doc: Doc, lemma: str) -> dict[str, Any]:
    hits = [e for e in doc._.events if e["trigger"]["lemma"] == lemma]
    assert hits, f"no event {lemma!r} in {[e['trigger']['lemma'] for e in doc._.events]}"
    return hits[0]


def timex(text: str, value: str, typ: str = "DATE", n: int = 1, **extra: Any) -> dict[str, Any]:
    return {"id": f"t{n}", "text": text, "type": typ, "value": value, **extra}


# ------------------------------------------------------------------ anchoring


def test_explicit_anchor_is_the_timex_attached_to_the_event(nlp) -> None:
    text = "Rebels captured two villages near the border on Monday."
    doc = analyse(nlp, text, timexes=[timex("Monday", "2024-03-11")])
    time = by_lemma(doc, "capture")["time"]
    assert time == {"value": "2024-03-11", "timex_id": "t1", "how": "explicit"}


def test_timex_of_a_reporting_verb_only_anchors_at_sentence_level(nlp) -> None:
    # "said Monday" dates the statement, not the shelling: sentence level, not explicit.
    text = "The army said on Monday that rebels shelled the airport."
    doc = analyse(nlp, text, timexes=[timex("Monday", "2024-03-11")])
    assert "say" not in {e["trigger"]["lemma"] for e in doc._.events}
    assert by_lemma(doc, "shell")["time"]["how"] == "sentence"


def test_interval_timex_keeps_its_interval(nlp) -> None:
    text = "In the past two weeks, the militia crossed the river."
    tx = timex("the past two weeks", "P2W", "DURATION", interval=["2024-02-29", "2024-03-14"])
    doc = analyse(nlp, text, timexes=[tx])
    time = by_lemma(doc, "cross")["time"]
    assert time["how"] == "explicit" and time["interval"] == ["2024-02-29", "2024-03-14"]


def test_vague_timex_does_not_anchor(nlp) -> None:
    text = "Militants attacked a checkpoint in recent days."
    doc = analyse(nlp, text, timexes=[timex("recent days", "PAST_REF")])
    assert by_lemma(doc, "attack")["time"]["how"] == "publication"


def test_inherited_from_previous_event_of_the_paragraph_only(nlp) -> None:
    text = (
        "Protesters marched through the capital on Friday. Police arrested dozens of them.\n\n"
        "Officials evacuated the museum."
    )
    doc = analyse(nlp, text, timexes=[timex("Friday", "2024-03-08")])
    assert by_lemma(doc, "march")["time"]["how"] == "explicit"
    arrest = by_lemma(doc, "arrest")["time"]
    assert arrest["how"] == "inherited" and arrest["value"] == "2024-03-08"
    assert by_lemma(doc, "evacuate")["time"]["how"] == "publication"


def test_publication_else_unanchored(nlp) -> None:
    text = "Gunmen attacked a convoy."
    assert by_lemma(analyse(nlp, text), "attack")["time"] == {
        "value": PUBLISHED,
        "how": "publication",
    }
    undated = analyse(nlp, text, published=None, timexes=[])
    assert by_lemma(undated, "attack")["time"] == {"value": None, "how": "unanchored"}


def test_duration_before_after_is_an_offset_from_the_reference_day(nlp) -> None:
    text = "The army recaptured the town on Wednesday, four months after rebels seized it."
    doc = analyse(
        nlp,
        text,
        timexes=[timex("Wednesday", "2024-03-13"), timex("four months", "P4M", "DURATION", n=2)],
    )
    seize = by_lemma(doc, "seize")["time"]
    assert seize["value"] == "2023-11" and seize["offset"]["duration"] == "P4M"
    assert by_lemma(doc, "recapture")["time"]["value"] == "2024-03-13"


def test_nominal_event_in_a_temporal_phrase_is_ordered_before_its_head(nlp) -> None:
    text = "The assault began in June after a breach of the city wall."
    doc = analyse(nlp, text, timexes=[timex("June", "2023-06")])
    assault = by_lemma(doc, "assault")
    assert assault["time"]["how"] == "explicit" and assault["time"]["value"] == "2023-06"
    assert by_lemma(doc, "breach")["time"]["relation"] == "before"


# ------------------------------------------------------------------ what is an event


@pytest.mark.parametrize(
    "text",
    [
        "The city is quiet and the mayor seems tired.",
        "Moscow would retaliate if its troops were attacked.",
        "The rebels did not attack the base.",
        "The spokesman said that, and the minister told reporters so.",
    ],
)
def test_no_event_in_states_hypotheticals_negations_or_bare_reports(nlp, text: str) -> None:
    assert analyse(nlp, text)._.events == []


def test_reporting_verbs_are_not_events_but_their_content_is(nlp) -> None:
    doc = analyse(nlp, "The minister said the talks had collapsed.")
    lemmas = {e["trigger"]["lemma"] for e in doc._.events}
    assert lemmas and not lemmas & EventLexicon.load().reporting_verbs
    assert by_lemma(doc, "talk")["text"] == "the talks had collapsed"


def test_folded_complements_make_one_event(nlp) -> None:
    doc = analyse(nlp, "Special forces were deployed to help the army fight the militants.")
    assert [e["trigger"]["lemma"] for e in doc._.events] == ["deploy"]


def test_light_verb_takes_its_nominal_as_trigger(nlp) -> None:
    doc = analyse(nlp, "The town witnessed an intense bombing campaign.")
    event = by_lemma(doc, "campaign")
    assert event["event_type"] == "Explosions/Remote violence"


# ------------------------------------------------------------------ actors, place, claims


def test_actors_and_place_without_entities_layer(nlp) -> None:
    doc = analyse(nlp, "Government troops shelled rebel positions near Paris.", entities=[])
    event = by_lemma(doc, "shell")
    roles = {(a["text"], a["role"]) for a in event["actors"]}
    assert roles == {("Government troops", "agent"), ("rebel positions", "patient")}
    assert event["place"]["text"] == "Paris" and event["place"]["preposition"] == "near"
    assert event["place"]["entity"] is None  # spaCy's own entities have no id


def test_a_place_named_inside_another_mention_is_the_place(nlp) -> None:
    text = "Gunmen attacked students at the University of Aleppo."
    entities = [
        {"id": "E1", "label": "ORG", "mentions": [{"text": "University of Aleppo"}]},
        {"id": "E2", "label": "GPE", "mentions": [{"text": "Aleppo"}]},
    ]
    place = by_lemma(analyse(nlp, text, entities=entities), "attack")["place"]
    assert place == {"text": "Aleppo", "entity": "E2", "preposition": "at"}


def kunduz_entities() -> list[dict]:
    """Entity dicts for "The Northern Alliance captured Kunduz …" (mentions located later)."""
    return [
        {
            "id": "E1",
            "name": "Northern Alliance",
            "label": "ORG",
            "mentions": [{"text": "Northern Alliance"}],
        },
        {
            "id": "E2",
            "name": "Kunduz",
            "label": "GPE",
            "lat": 36.7,
            "lon": 68.9,
            "mentions": [{"text": "Kunduz"}],
        },
    ]


def test_actors_and_place_use_entities_when_present(nlp) -> None:
    text = "The Northern Alliance captured Kunduz on Monday."
    entities = kunduz_entities()
    doc = analyse(nlp, text, entities=entities)
    event = by_lemma(doc, "capture")
    assert event["actors"] == [
        {
            "text": "Northern Alliance",
            "entity": "E1",
            "role": "agent",
            "name": "Northern Alliance",
            "ref": "name",
        }
    ]
    assert event["place"]["entity"] == "E2"


def test_passive_subject_is_the_patient_and_by_phrase_the_agent(nlp) -> None:
    doc = analyse(nlp, "Two journalists were abducted by gunmen.")
    roles = {(a["text"], a["role"]) for a in by_lemma(doc, "abduct")["actors"]}
    assert roles == {("Two journalists", "patient"), ("gunmen", "agent")}


def test_event_inside_a_claim_is_claimed_by_it(nlp) -> None:
    text = "Rebels shelled the airport, the army said. Officials evacuated the museum."
    claims = [
        {
            "id": "c7",
            "source": {"text": "the army", "entity": None},
            "content": {"text": "Rebels shelled the airport"},
        }
    ]
    doc = analyse(nlp, text, claims=claims)
    assert by_lemma(doc, "shell")["claimed_by"] == "c7"
    assert "claimed_by" not in by_lemma(doc, "evacuate")


# ------------------------------------------------------------------ types


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        (
            "Rebels captured the town.",
            "capture",
            ("Battles", "Non-state actor overtakes territory"),
        ),
        (
            "Government troops captured the town.",
            "capture",
            ("Battles", "Government regains territory"),
        ),
        ("Gunmen killed five villagers.", "kill", ("Violence against civilians", "Attack")),
        ("An airstrike hit a market.", "hit", ("Explosions/Remote violence", "Air/drone strike")),
        ("Thousands protested outside parliament.", "protest", ("Protests", "Peaceful protest")),
        ("The two sides signed a ceasefire.", "ceasefire", ("Strategic developments", "Agreement")),
        ("A helicopter took off from the base.", "take", ("Other", "Other")),
    ],
)
def test_event_types(nlp, text: str, lemma: str, expected: tuple[str, str]) -> None:
    event = by_lemma(analyse(nlp, text), lemma)
    assert (event["event_type"], event["sub_event_type"]) == expected


def test_lexicon_dir_replaces_one_file_and_the_rest_come_from_the_package(
    nlp, tmp_path: Path
) -> None:
    words = load_json("event_lexicon.json")
    (tmp_path / "event_lexicon.json").write_text(
        json.dumps({**words, "non_event_verbs": [*words["non_event_verbs"], "shell"]}),
        encoding="utf-8",
    )
    events = make_fivews_events(
        nlp, "fivews_events", lexicon_dir=str(tmp_path), block_kinds=sorted(CONTENT_KINDS),
        keep_hypothetical=False,
    )  # fmt: skip
    assert "shell" in events.lexicon.non_event_verbs
    assert events.lexicon.reporting_verbs == reporting_verbs("events")
    assert events.lexicon.place_prepositions == prepositions("place")
    assert events.types == EventTypeMap.load()
    doc = analyse(nlp, "Government troops shelled rebel positions near Paris.")
    assert "shell" in {e["trigger"]["lemma"] for e in doc._.events}
    assert "shell" not in {e["trigger"]["lemma"] for e in events(doc)._.events}


def test_type_map_conditions_on_actor_words() -> None:
    types = EventTypeMap.load()
    assert types.classify(["capture"], agent_text="the army")[1] == "Government regains territory"
    assert (
        types.classify(["capture"], agent_text="the armyless")[1] != "Government regains territory"
    )
    assert types.classify(["unknownverb"]) == ("Other", "Other")


# ------------------------------------------------------------------ tables and export


def test_event_dates_and_time_precision() -> None:
    assert event_dates({"value": "2017-06"}) == ("2017-06-01", "2017-06-30")
    assert event_dates({"value": "P2W", "interval": ["2017-09-07", "2017-09-21"]}) == (
        "2017-09-07",
        "2017-09-21",
    )
    assert event_dates({"value": None}) == (None, None)
    assert time_precision({"value": "2017-09-20", "how": "explicit"}) == 1
    assert time_precision({"value": "2017-09-20", "how": "inherited"}) == 2
    assert time_precision({"value": "2017-06", "how": "explicit"}) == 3
    assert time_precision({"value": "2017-09-21", "how": "publication"}) == 3


@pytest.fixture(scope="module")
def acled(nlp) -> pd.DataFrame:
    text = "The Northern Alliance captured Kunduz on Monday, the ministry said."
    entities = kunduz_entities()
    claims = [
        {
            "id": "c1",
            "source": {"text": "the ministry", "entity": None},
            "content": {"text": "The Northern Alliance captured Kunduz on Monday"},
        }
    ]
    doc = analyse(
        nlp, text, entities=entities, claims=claims, timexes=[timex("Monday", "2024-03-11")]
    )
    return acled_table(
        doc._.events, entities, claims, source="Test Wire", sentences=[s.text for s in doc.sents]
    )


def test_acled_table_fields(acled: pd.DataFrame) -> None:
    assert list(acled.columns) == list(ACLED_COLUMNS)
    row = acled.iloc[0]
    assert row["event_date"] == "2024-03-11" and row["time_precision"] == 1
    assert row["actor1"] == "Northern Alliance" and row["location"] == "Kunduz"
    assert row["latitude"] == pytest.approx(36.7) and row["geo_precision"] == 1
    assert row["source"] == "the ministry" and row["claimed_by"] == "c1"
    assert row["notes"].startswith("The Northern Alliance captured Kunduz")


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_export_round_trip(acled: pd.DataFrame, tmp_path: Path, suffix: str) -> None:
    path = export_events(acled, tmp_path / f"events{suffix}")
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left
    assert_frame_equal(read_events(path), acled)


def test_export_rejects_unknown_format(acled: pd.DataFrame, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="csv"):
        export_events(acled, tmp_path / "events.xlsx")


def test_events_table_dtypes(nlp) -> None:
    doc = analyse(nlp, "Rebels captured the town.\n\nThe army shelled the airport.")
    table = events_table(doc._.events)
    assert len(table) == 2 and str(table["sentence"].dtype) == "Int64"
    assert table["time_how"].tolist() == ["publication", "publication"]
    assert events_table([]).empty


def test_denied_event_is_not_asserted(nlp) -> None:
    doc = analyse(nlp, "The militia denied losing the bridge.")
    assert "lose" not in {e["trigger"]["lemma"] for e in doc._.events}


def test_complement_of_a_light_verb_heads_its_own_event(nlp) -> None:
    doc = analyse(nlp, "Police used tear gas to disperse the crowd.")
    assert [e["trigger"]["lemma"] for e in doc._.events] == ["disperse"]


def test_nominal_event_after_a_duration_is_an_event(nlp) -> None:
    doc = analyse(nlp, "The army retook the bridge after two days of heavy fighting.")
    assert by_lemma(doc, "fighting")["time"].get("relation") == "before"


def test_since_runs_until_publication(nlp) -> None:
    text = (
        "Exports have fallen by a third since July. The offensive began in May. "
        "It has since stalled."
    )
    doc = analyse(nlp, text, timexes=[timex("July", "2023-07"), timex("May", "2023-05", n=2)])
    fallen = by_lemma(doc, "fall")["time"]
    assert fallen["interval"] == ["2023-07-01", PUBLISHED] and fallen["relation"] == "since"
    stalled = by_lemma(doc, "stall")["time"]
    assert stalled["how"] == "inherited" and stalled["interval"] == ["2023-05-01", PUBLISHED]


def test_headline_event_is_dated_by_the_body_event_it_announces(nlp) -> None:
    text = (
        "Rebels seize border town\n\n"
        "Rebels seized the border town on Monday after a week of clashes, officials said.\n"
    )
    doc = analyse(nlp, text, timexes=[timex("Monday", "2024-03-11")])
    headline, body = [e for e in doc._.events if e["trigger"]["lemma"] == "seize"]
    assert body["time"]["how"] == "explicit"
    assert headline["time"] == {
        "value": "2024-03-11",
        "timex_id": "t1",
        "how": "inherited",
        "from_event": body["id"],
    }


def test_existential_there_carries_a_nominal_event(nlp) -> None:
    doc = analyse(nlp, "There were heavy clashes in the north on Friday.")
    assert [e["trigger"]["lemma"] for e in doc._.events] == ["clash"]
    assert analyse(nlp, "There could be clashes in the north.")._.events == []
