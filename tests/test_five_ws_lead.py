"""Tests of reading the lead against the headline: a deck before the lead (and a print
summary's chrome labels), the headline's leading names as its agents, a what that ends outside a name.

Every article here is written for the test.
"""

from __future__ import annotations

import pytest

import fivews
from fivews.five_ws.openers import is_deck

FOLLOWING = (
    "The city council voted on Tuesday to close the old bridge to traffic after engineers "
    "found deep cracks in two of its piers, ending weeks of debate."
)


def sentence(base, text: str):
    return next(iter(base(text).sents))


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the river towns are not through with the bridge plan.",
        "The mayor has a history of fighting for old bridges.",
        "Only two council members currently back the repair plan.",
    ],
)
def test_a_short_undated_state_before_a_longer_paragraph_is_a_deck(base, lexicon, text):
    assert is_deck(sentence(base, text), list(base(FOLLOWING).sents), lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "The council closed the old bridge on Tuesday.",  # dated
        "The council has closed the old bridge.",  # an event, told in the perfect
        "The mayor says the bridge must close.",  # a verb of saying: a lead
        FOLLOWING,  # not shorter than what follows
    ],
)
def test_an_event_or_a_report_is_not_a_deck(base, lexicon, text):
    assert not is_deck(sentence(base, text), list(base(FOLLOWING).sents), lexicon)


def test_the_lead_after_a_deck_is_the_main_event():
    text = (
        "Council closes old bridge\n\n"
        "Residents of the river towns are not through with the bridge plan.\n\n"
        f"{FOLLOWING}\n\n"
        "Engineers said the repairs would take a year.\n"
    )
    event = fivews.analyze(text, published="2021-03-18").doc._.main_event
    assert event["who"]["text"] == "The city council"
    assert event["what"]["text"].startswith("voted")


def test_summary_labels_are_chrome_and_a_one_line_summary_of_a_state_is_a_deck():
    text = (
        "Council closes old bridge\n\n"
        "ABSTRACT.\n\n"
        "Residents are angry about the bridge.\n\n"
        "FULL TEXT.\n\n"
        f"{FOLLOWING}\n\n"
        "Engineers said the repairs would take a year.\n"
    )
    doc = fivews.analyze(text, published="2021-03-18").doc
    labels = [b.get("label") for b in doc._.blocks if b["kind"] == "boilerplate"]
    assert labels == ["section", "section"]
    event = doc._.main_event
    assert event["who"]["text"] == "The city council"
    assert event["evidence"]["sentence"].startswith("The city council voted")


def test_a_what_does_not_stop_inside_a_name(base):
    from fivews.five_ws.what import name_end

    doc = base("The senator won a narrow victory in the New York State Democratic Party primary.")
    ent = next(e for e in doc.ents if e.label_ == "ORG")
    verb = next(t for t in doc if t.dep_ == "ROOT")
    inside = ent.start + 2
    assert name_end(verb, verb.i, inside, max_tokens=14) == ent.end
    assert name_end(verb, verb.i, inside, max_tokens=4) == ent.start
    assert name_end(verb, verb.i, ent.start, max_tokens=14) == ent.start


@pytest.mark.parametrize(
    "body",
    [
        "Mayor John Smith said on Tuesday that the city council had wasted millions of "
        "dollars on the old bridge.",
        "The city council wasted millions of dollars on the old bridge, Mayor John Smith "
        "said on Tuesday.",
    ],
)
def test_when_the_headline_names_the_sayer_the_saying_is_the_event(body):
    text = f"Smith attacks council over bridge\n\n{body}\n\nThe council did not answer.\n"
    event = fivews.analyze(text, published="2021-03-18").doc._.main_event
    assert event["who"]["text"] == "Mayor John Smith"
    assert event["what"]["text"].startswith("said")


def test_a_place_named_inside_the_sayer_is_not_the_headline_s_agent_speaking():
    # "police in Ohio said": the headline's agent (Ohio) is a modifier of the sayer, so the
    # reported event stays the main event.
    text = (
        "Ohio braces for more storms after Tuesday floods\n\n"
        "At least 20 people were injured on Tuesday in floods across the state, police in "
        "Ohio said.\n\nMore rain is expected on Friday.\n"
    )
    event = fivews.analyze(text, published="2021-03-18").doc._.main_event
    assert event["what"]["text"] != "said"
    assert "injured" in event["what"]["text"]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Police in Ohio said it.", ["Police"]),
        ("Ohio's police said it.", ["Ohio", "'s", "police"]),
        ("The man who met Smith said it.", ["The", "man"]),
    ],
)
def test_head_tokens_leave_out_modifiers(base, text, head):
    from fivews.five_ws.headline import head_tokens

    doc = base(text)
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.head.dep_ == "ROOT")
    span = doc[subject.left_edge.i : subject.right_edge.i + 1]
    assert [t.text for t in head_tokens(span)] == head


def test_a_says_ending_of_the_headline_names_its_speaker(lexicon):
    from fivews.five_ws.candidates import lead_and_headline
    from fivews.five_ws.headline import headline_cue
    from fivews.structure import reader_of

    text = (
        "Council Wasted Millions On Bridge, John Smith Says\n\n"
        "The city council wasted millions of dollars on the old bridge, Mayor John Smith "
        "told reporters on Tuesday.\n\n"
        "The council did not answer.\n"
    )
    doc = fivews.analyze(text, published="2021-03-18").doc
    headline, _ = lead_and_headline(doc)
    assert headline_cue(reader_of(doc), lexicon, headline).speaker == {"john", "smith"}
    event = doc._.main_event
    assert event["who"]["text"] == "Mayor John Smith"
    assert event["what"]["text"].startswith("told")


@pytest.mark.parametrize(("text", "place"), [("Republican", False), ("GOP", False), ("Ohio", True)])
def test_a_word_of_political_affiliation_is_no_place_name(base, text, place):
    from fivews.five_ws.where import is_place_name

    doc = base(f"{text} leaders met in the capital on Tuesday.")
    assert is_place_name(doc[0:1]) is place


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("It has been common for reporters to describe the governor as a reformer.", "reporters"),
        ("It is clear that the council will raise the tax.", "the council"),
    ],
)
def test_the_who_of_an_expletive_it_is_the_subject_of_its_clause(sentence, who):
    text = f"Reporters cover the race\n\n{sentence}\n\nThe governor did not answer.\n"
    event = fivews.analyze(text, published="2021-03-18").doc._.main_event
    assert event["who"]["text"] == who


def test_a_participle_s_reported_clause_yields_to_the_main_clause():
    text = (
        "Mayor vows to stop using a word\n\n"
        "Mayor John Smith promised on Tuesday to stop using the word, saying he had "
        "made a poor choice of words at a council meeting.\n\n"
        "The council did not answer.\n"
    )
    event = fivews.analyze(text, published="2021-03-18").doc._.main_event
    assert event["what"]["text"].startswith("promised")
    reported = next(c for c in event["candidates"] if c["what"].startswith("had made"))
    assert "reported by a participle -0.20" in reported["reasons"]


def test_the_name_before_a_parenthesis_is_the_subject_the_parser_missed(base):
    from fivews.five_ws.who import misparsed_subject

    doc = base(
        "Thursday at the Jewish Coalition conference in Washington, D.C., Republican, "
        "presidential candidate Sen. Lindsey Graham (R-SC) called out his rival."
    )
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert verb.lower_ == "called"
    found = misparsed_subject(verb)
    assert found is not None and found.text == "Graham"


def test_a_lead_that_only_hedges_about_something_else_yields_to_the_headline():
    text = (
        "Farmers are never ready for the drought\n\n"
        "Her quiet words at the podium on Wednesday could ring alarm bells in every "
        "village of the valley.\n\n"
        "Months of dry weather have left the wells of the region empty.\n"
    )
    event = fivews.analyze(text, published="2021-03-18").doc._.main_event
    assert event["who"]["text"] == "Farmers"
    assert event["what"]["text"].startswith("are never ready")
    assert any("headline states" in r for r in event["candidates"][0]["reasons"])


def test_a_lead_that_tells_the_headline_stays_the_event_even_with_a_modal():
    text = (
        "Council may close old bridge\n\n"
        "The city council could close the old bridge over the river next month, the mayor "
        "said on Tuesday.\n\n"
        "Engineers found cracks in two of its pillars.\n"
    )
    event = fivews.analyze(text, published="2021-03-18").doc._.main_event
    assert event["who"]["text"] == "The city council"
    assert event["what"]["text"].startswith("could close the old bridge")
