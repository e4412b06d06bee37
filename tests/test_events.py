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


def only_agent(event: dict[str, Any]) -> dict[str, Any]:
    """The event's one agent (the test fails when it has none or several)."""
    (agent,) = [a for a in event["actors"] if a["role"] == "agent"]
    return agent


def timex(text: str, value: str, typ: str = "DATE", n: int = 1, **extra: Any) -> dict[str, Any]:
    return {"id": f"t{n}", "text": text, "type": typ, "value": value, **extra}


# ------------------------------------------------------------------ anchoring


def test_explicit_anchor_is_the_timex_attached_to_the_event(nlp) -> None:
    text = "Rebels captured two villages near the border on Monday."
    doc = analyse(nlp, text, timexes=[timex("Monday", "2024-03-11")])
    time = by_lemma(doc, "capture")["time"]
    assert time == {"value": "2024-03-11", "timex_id": "t1", "how": "explicit"}


def test_a_day_the_verb_takes_as_its_object_is_not_the_events_time(nlp) -> None:
    # the holiday moved is what the event is about; the year is when it happened
    text = "In 1939, Roosevelt moved Thanksgiving Day one week earlier."
    tx = [timex("1939", "1939"), timex("Thanksgiving Day", "1939-11-23", n=2)]
    doc = analyse(nlp, text, timexes=tx)
    assert by_lemma(doc, "move")["time"]["value"] == "1939"


@pytest.mark.parametrize(
    ("text", "lemma", "years", "how"),
    [
        # the years of a life after a name describe the person, not the event
        (
            "Mourners gathered beside a photo of Steve Jobs 1955-2011.",
            "gather",
            ("1955", "2011"),
            "publication",
        ),
        (
            "Mourners honored Smith (1920-2005) at the church.",
            "honor",
            ("1920", "2005"),
            "publication",
        ),
        # near miss: a span of years of the event itself
        ("Rebels attacked the town 1995-2001.", "attack", ("1995", "2001"), "explicit"),
    ],
)
def test_the_years_of_a_life_do_not_date_an_event(nlp, text, lemma, years, how) -> None:
    tx = [
        timex(years[0], years[0], rule="year_range_start"),
        timex(years[1], years[1], n=2, rule="year_range_end"),
    ]
    doc = analyse(nlp, text, timexes=tx)
    assert by_lemma(doc, lemma)["time"]["how"] == how


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


# ------------------------------------------------------------------ the table a reader trusts


def analyse_blocks(nlp, parts: list[tuple[str, str]], **layers: Any) -> Doc:
    """:func:`analyse` on blocks given as ``(kind, text)``, joined by blank lines."""
    text, blocks = "", []
    for kind, part in parts:
        if text:
            text += "\n\n"
        blocks.append({"kind": kind, "start": len(text), "end": len(text) + len(part)})
        text += part
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    doc._.blocks = blocks
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    if layers:
        for name, items in layers.items():
            setattr(doc._, name, [_locate(text, item) for item in items])
        nlp.get_pipe("fivews_events")(doc)
    return doc


def alliance(*mentions: tuple[str, int]) -> list[dict[str, Any]]:
    """A "Northern Alliance" ORG and a Kunduz GPE, mentions given as (text, start)."""
    found: dict[str, list[dict[str, Any]]] = {"Northern Alliance": [], "Kunduz": []}
    for text, start in mentions:
        found[text].append({"text": text, "start": start, "end": start + len(text)})
    return [
        {
            "id": "E1",
            "name": "Northern Alliance",
            "label": "ORG",
            "mentions": found["Northern Alliance"],
        },
        {
            "id": "E2",
            "name": "Kunduz",
            "label": "GPE",
            "country": "AF",
            "lat": 36.7,
            "lon": 68.9,
            "geo_confidence": 1.0,
            "mentions": found["Kunduz"],
        },
    ]


def test_pronoun_subject_resolves_to_the_entity_subject_before_it(nlp) -> None:
    text = "The Northern Alliance moved south on Sunday. It captured a bridge on Monday."
    doc = analyse(nlp, text, entities=alliance(("Northern Alliance", 4)))
    agent = only_agent(by_lemma(doc, "capture"))
    assert (agent["text"], agent["entity"], agent["ref"]) == ("It", "E1", "pronoun")
    assert agent["name"] == "Northern Alliance"


def test_pronoun_in_a_claim_is_the_claim_source(nlp) -> None:
    text = "Officials met on Sunday. The Northern Alliance said it captured a bridge on Monday."
    claims = [
        {
            "id": "c1",
            "source": {"text": "The Northern Alliance", "entity": "E1"},
            "content": {"text": "it captured a bridge on Monday"},
        }
    ]
    start = text.index("Northern")
    doc = analyse(nlp, text, entities=alliance(("Northern Alliance", start)), claims=claims)
    agent = only_agent(by_lemma(doc, "capture"))
    assert agent["entity"] == "E1" and agent["ref"] == "pronoun"


def test_unresolved_pronoun_is_kept_flagged_and_not_in_the_table(nlp) -> None:
    doc = analyse(nlp, "They stormed the parliament building on Monday.")
    event = by_lemma(doc, "storm")
    agent = only_agent(event)
    assert agent["entity"] is None and agent["ref"] == "pronoun"
    assert event["needs_review"] and "unresolved actor" in event["review_reasons"]
    row = events_table(doc._.events).set_index("id").loc[event["id"]]
    assert pd.isna(row["agent"]) and row["needs_review"]
    assert "unresolved actor" in row["review_reasons"]


def test_pronoun_for_an_event_noun_is_no_actor(nlp) -> None:
    text = "The offensive began on Monday. But it slowed down on Wednesday."
    doc = analyse(nlp, text)
    event = by_lemma(doc, "slow")
    assert not [a for a in event.get("actors", []) if a["text"].lower() == "it"]


def test_definite_description_resolves_by_its_head_noun(nlp) -> None:
    text = "The Syrian Democratic Forces entered the province on Monday. The forces captured a dam."
    entities = [
        {
            "id": "E1",
            "name": "Syrian Democratic Forces",
            "label": "ORG",
            "mentions": [{"text": "Syrian Democratic Forces", "start": 4, "end": 28}],
        }
    ]
    doc = analyse(nlp, text, entities=entities)
    agent = only_agent(by_lemma(doc, "capture"))
    assert (agent["entity"], agent["ref"]) == ("E1", "description")


def test_control_of_the_city_is_the_place_not_a_patient(nlp) -> None:
    text = "Rebels entered Kunduz on Monday. They gained control of most of the city on Tuesday."
    doc = analyse(nlp, text, entities=alliance(("Kunduz", text.index("Kunduz"))))
    event = by_lemma(doc, "gain")
    assert not [a for a in event.get("actors", []) if a["text"] in ("control", "city")]
    assert event["place"]["entity"] == "E2" and event["place"]["name"] == "Kunduz"


def test_the_finest_place_of_the_clause_is_the_place(nlp) -> None:
    text = "Rebels attacked an army post in Afghanistan near Kunduz on Monday."
    entities = [
        *alliance(("Kunduz", text.index("Kunduz"))),
        {
            "id": "E3",
            "name": "Afghanistan",
            "label": "GPE",
            "country": "AF",
            "lat": 33.9,
            "lon": 67.7,
            "mentions": [{"text": "Afghanistan"}],
        },
    ]
    doc = analyse(nlp, text, entities=entities)
    assert by_lemma(doc, "attack")["place"]["entity"] == "E2"


def test_caption_events_are_marked_and_left_out_of_the_tables(nlp) -> None:
    doc = analyse_blocks(
        nlp,
        [
            ("headline", "Talks resume in Geneva"),
            ("caption", "A soldier guards a checkpoint near the border on Monday."),
            ("paragraph", "Rebels shelled the airport on Tuesday."),
        ],
    )
    caption = by_lemma(doc, "guard")
    assert caption["caption"] and "caption" in caption["review_reasons"]
    assert not by_lemma(doc, "shell")["caption"]
    assert caption["id"] not in set(events_table(doc._.events)["id"])
    assert caption["id"] in set(events_table(doc._.events, include_captions=True)["id"])
    assert caption["id"] not in set(acled_table(doc._.events)["event_id"])


def test_a_subhead_and_its_paragraph_make_one_event(nlp) -> None:
    parts = [
        ("headline", "Talks resume in Geneva"),
        ("subhead", "Alliance captures Kunduz"),
        ("paragraph", "The Northern Alliance captured Kunduz on Monday after a long siege."),
    ]
    text = "\n\n".join(p for _, p in parts)
    sub, body = text.index("Kunduz"), text.rindex("Kunduz")
    entities = alliance(
        ("Kunduz", sub), ("Kunduz", body), ("Northern Alliance", text.index("Northern"))
    )
    doc = analyse_blocks(nlp, parts, entities=entities)
    captures = [e for e in doc._.events if e["trigger"]["lemma"] == "capture"]
    assert len(captures) == 1
    (event,) = captures
    assert event["start"] >= text.index("The Northern") and event["also_in"] == [1]


def test_same_lemma_at_different_places_is_not_merged(nlp) -> None:
    parts = [
        ("subhead", "Alliance captures Kunduz"),
        ("paragraph", "Rebels captured Herat on Monday."),
    ]
    text = "\n\n".join(p for _, p in parts)
    entities = [
        *alliance(("Kunduz", text.index("Kunduz"))),
        {"id": "E3", "name": "Herat", "label": "GPE", "mentions": [{"text": "Herat"}]},
    ]
    doc = analyse_blocks(nlp, parts, entities=entities)
    assert len([e for e in doc._.events if e["trigger"]["lemma"] == "capture"]) == 2


@pytest.mark.parametrize(
    "phrase",
    [
        "Saudi-led coalition",
        "pro-government forces",
        "Iranian-allied militiamen",
        "Kurdish-led forces",
    ],
)
def test_collective_actors_are_entities(nlp, phrase: str) -> None:
    doc = analyse(nlp, f"On Monday the {phrase} attacked a convoy near the border.")
    names = {e["name"].lower() for e in doc._.entities}
    assert phrase.lower() in names
    agent = only_agent(by_lemma(doc, "attack"))
    assert agent["entity"] is not None and agent["ref"] == "name"


def test_acled_source_is_the_canonical_entity_and_the_outlet_its_own_column() -> None:
    events = [
        {
            "id": "e1",
            "text": "captured Kunduz",
            "start": 0,
            "end": 15,
            "trigger": {"text": "captured", "start": 0, "end": 8, "lemma": "capture"},
            "sentence": 0,
            "claimed_by": "c1",
            "time": {"value": None, "how": "publication"},
        },
        {
            "id": "e2",
            "text": "shelled the airport",
            "start": 20,
            "end": 39,
            "trigger": {"text": "shelled", "start": 20, "end": 27, "lemma": "shell"},
            "sentence": 1,
            "time": {"value": None, "how": "publication"},
        },
    ]
    entities = [{"id": "E1", "name": "Northern Alliance", "label": "ORG"}]
    claims = [{"id": "c1", "source": {"text": "The Kurdish-led alliance", "entity": "E1"}}]
    table = acled_table(events, entities, claims, source="Test Wire")
    assert list(table["source"].fillna("")) == ["Northern Alliance", ""]
    assert list(table["outlet"]) == ["Test Wire", "Test Wire"]


def test_review_reasons_undated_and_places() -> None:
    from fivews.events.review import review_reasons

    entities = {
        "E1": {"id": "E1", "label": "LOC", "name": "Euphrates River", "lat": 34.5, "lon": 41.0},
        "E2": {
            "id": "E2",
            "label": "GPE",
            "name": "Kunduz",
            "lat": 36.7,
            "lon": 68.9,
            "geo_confidence": 0.2,
        },
    }
    base = {"time": {"value": "2024-03-11", "how": "explicit"}}
    assert review_reasons(base, entities) == []
    assert review_reasons({"time": {"value": None, "how": "publication"}}, entities) == ["undated"]
    assert review_reasons({**base, "place": {"entity": "E1"}}, entities) == ["coarse place"]
    assert review_reasons({**base, "place": {"entity": "E2"}}, entities) == ["low-confidence place"]


def test_a_plural_description_is_no_place_and_no_country(nlp) -> None:
    text = "The United States imposed sanctions on Monday. The states sued the agency on Tuesday."
    entities = [
        {
            "id": "E1",
            "name": "United States",
            "label": "GPE",
            "country": "US",
            "mentions": [{"text": "United States", "start": 4, "end": 17}],
        }
    ]
    doc = analyse(nlp, text, entities=entities)
    agent = only_agent(by_lemma(doc, "sue"))
    assert agent["entity"] is None


def test_a_town_named_as_the_object_beats_its_country(nlp) -> None:
    text = "The army captured Kunduz in Afghanistan on Monday."
    entities = [
        *alliance(("Kunduz", text.index("Kunduz"))),
        {
            "id": "E3",
            "name": "Afghanistan",
            "label": "GPE",
            "country": "AF",
            "mentions": [{"text": "Afghanistan"}],
        },
    ]
    place = by_lemma(analyse(nlp, text, entities=entities), "capture")["place"]
    assert place["entity"] == "E2" and place["preposition"] is None


def test_the_subject_of_an_experiencer_verb_undergoes_the_event(nlp) -> None:
    doc = analyse(nlp, "The rebels faced mounting resistance from the army on Monday.")
    roles = {(a["text"], a["role"]) for a in by_lemma(doc, "resistance")["actors"]}
    assert ("rebels", "agent") not in roles
