"""A title given apart from the text is read as the headline, never counted twice, and
never given offsets into the text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import fivews
from fivews.article import read_article, segment_text
from fivews.article.read import opens_with_title

BODY = (
    "The city council wasted millions of dollars on the old bridge, Mayor John Smith "
    "said on Tuesday.\n\n"
    "The council did not answer.\n"
)
TITLE = "Smith attacks council over bridge"


def _valid(event: dict, text: str) -> None:
    for key in ("who", "what", "when", "where"):
        answer = event.get(key) or {}
        if answer.get("start") is not None:
            assert 0 <= answer["start"] <= answer["end"] <= len(text)
            assert text[answer["start"] : answer["end"]] == answer["text"]


def test_a_title_given_apart_points_to_the_sayer_as_a_title_in_the_text_does():
    in_text = fivews.analyze(f"{TITLE}\n\n{BODY}", published="2021-03-18", title=TITLE)
    apart = fivews.analyze(BODY, published="2021-03-18", title=TITLE)
    without = fivews.analyze(BODY, published="2021-03-18")
    for result in (in_text, apart):
        event = result.doc._.main_event
        assert event["who"]["text"] == "Mayor John Smith"
        assert event["what"]["text"].startswith("said")
    # Without a headline the reported clause is the event: the title made the difference.
    assert without.doc._.main_event["who"]["text"] == "The city council"


def test_the_evidence_says_the_headline_came_from_the_given_title_without_offsets():
    result = fivews.analyze(BODY, published="2021-03-18", title=TITLE)
    event = result.doc._.main_event
    headline = event["evidence"]["headline"]
    assert headline == {"text": TITLE, "source": "title", "start": None, "end": None}
    _valid(event, result.text)
    assert result.text == BODY  # the title is not added to the text


def test_a_title_the_text_opens_with_is_counted_once():
    text = f"{TITLE}\n\n{BODY}"
    result = fivews.analyze(text, published="2021-03-18", title=TITLE)
    assert result.doc._.title is None
    headline = result.doc._.main_event["evidence"]["headline"]
    assert headline["source"] == "text"
    assert text[headline["start"] : headline["end"]] == headline["text"] == TITLE
    _valid(result.doc._.main_event, text)


@pytest.mark.parametrize(
    ("text", "title", "holds"),
    [
        (f"{TITLE}\n\n{BODY}", TITLE, True),
        (f"{TITLE.upper()}.\n\n{BODY}", TITLE, True),  # case and punctuation aside
        (f"{TITLE}\n\n{BODY}", f"{TITLE} - The Daily Courier", True),  # an outlet's suffix
        (BODY, TITLE, False),
        (f"Bridge row\n\n{BODY}", TITLE, False),  # another line, not the title
    ],
)
def test_whether_the_text_opens_with_the_title(text, title, holds):
    assert opens_with_title(text, segment_text(text, title=title), title) is holds
    assert (read_article(text, title=title).title_apart is None) is holds


def test_records_give_the_title_apart_too():
    record = {"id": "r1", "text": BODY, "title": TITLE, "published": "2021-03-18"}
    result = fivews.analyze(record)
    assert result.doc._.title == TITLE
    assert result.doc._.main_event["evidence"]["headline"]["source"] == "title"


def test_the_benchmark_drops_the_title_lines_only_when_they_spell_the_title():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from five_ws import title_apart

    two_lines = {
        "title": "Budget passes; mayor resigns",
        "text": "Budget passes;\nMayor resigns.\n\nBody.",
    }
    assert title_apart(two_lines)["text"] == "Body."
    other = {"title": "Budget passes", "text": "Council meets.\n\nBody."}
    assert title_apart(other)["text"] == other["text"]
    alone = {"title": "Budget passes", "text": "Budget passes"}
    assert title_apart(alone)["text"] == "Budget passes"  # never an empty text


def test_a_title_s_words_that_name_the_article_s_people_are_tagged_as_names(base):
    from fivews.five_ws.title import mark_article_names

    title = base.make_doc("Holt: Council Broke Its Promise On Budget")  # no entities
    article = base("Mayor Jane Holt told reporters that the council had broken its promise.")
    assert any(e.label_ == "PERSON" and "Holt" in e.text for e in article.ents)
    mark_article_names(title, article)
    assert [(t.text, t.ent_type_) for t in title if t.ent_type_] == [("Holt", "PERSON")]


def test_a_title_given_apart_that_states_the_event_answers_without_offsets():
    # The lead only hedges about something else: the headline's own clause is the event,
    # whether the headline is the text's first line or given apart.
    title = "Farmers are never ready for the drought"
    body = (
        "Her quiet words at the podium on Wednesday could ring alarm bells in every "
        "village of the valley.\n\n"
        "Months of dry weather have left the wells of the region empty.\n"
    )
    in_text = fivews.analyze(f"{title}\n\n{body}", published="2021-03-18").doc._.main_event
    result = fivews.analyze(body, published="2021-03-18", title=title)
    apart = result.doc._.main_event
    for event in (in_text, apart):
        assert event["who"]["text"] == "Farmers"
        assert event["what"]["text"].startswith("are never ready")
    assert apart["who"]["start"] is None and apart["what"]["end"] is None
    assert apart["evidence"]["kind"] == "title"
    assert apart["evidence"]["start"] is None
    assert apart["evidence"]["sentence"] == title
    assert apart["when"]["value"]  # the text's date of the event, else the publication's
    _valid(apart, result.text)


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        (
            "Farmers are never ready for the drought; Expect prices to climb",
            ["Farmers are never ready for the drought;", "Expect prices to climb"],
        ),
        ("Storm hits coast | Daily Courier", ["Storm hits coast", "Daily Courier"]),
        ("Storm hits coast", ["Storm hits coast"]),
    ],
)
def test_a_headline_and_its_deck_in_one_title_are_two_parts(title, parts):
    from fivews.five_ws.title import title_parts

    assert [title[b["start"] : b["end"]] for b in title_parts(title)] == parts
