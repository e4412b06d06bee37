""" "This weekend" told in the past early in the week, Inauguration Day, a possessive month
ahead of a future verb, and "a quarter of that" as a share.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # Monday to Wednesday, a past clause tells of the weekend just gone (ISO week 37
        # holds Saturday 17 and Sunday 18 September 2016)...
        ("A body found this weekend was identified on Monday.", "2016-09-19", "2016-W37-WE"),
        ("This weekend, the senator complained about the rules.", "2016-09-21", "2016-W37-WE"),
        # ...a future clause of the coming one...
        ("Another meeting is scheduled for this weekend.", "2016-09-19", "2016-W38-WE"),
        # ...and late in the week "this weekend" is the coming one whatever the tense
        ("The vote had set the stage for a rout this weekend.", "2016-09-23", "2016-W38-WE"),
        # on the weekend itself, the DCT's own
        ("Thousands marched this weekend.", "2016-09-18", "2016-W37-WE"),
    ],
)
def test_this_weekend_early_in_the_week_is_the_one_just_past(nlp, text, dct, value):
    assert ("this weekend", value) in [(t.lower(), v) for t, v in _found(nlp, text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # the year after each presidential election: from 2016 the coming one...
        (
            "The next president must have a plan before Inauguration Day.",
            "2016-09-10",
            "2017-01-20",
        ),
        # ...and weeks after it, the one just past
        ("Protesters marched on Inauguration Day.", "2017-02-10", "2017-01-20"),
    ],
)
def test_inauguration_day_falls_the_year_after_an_election(nlp, text, dct, value):
    assert ("Inauguration Day", value) in _found(nlp, text, dct)


def test_a_possessive_month_before_a_future_verb_is_ahead(nlp):
    # "their December sales" already made would be last December; "will" puts them ahead
    assert _found(nlp, "Their December sales will be strong.", "2016-09-10") == [
        ("December", "2016-12")
    ]
    assert _found(nlp, "Their January sales fell.", "2016-09-10") == [("January", "2016-01")]


@pytest.mark.parametrize(
    "text",
    ["A quarter of that went to tuition.", "Nearly a quarter of it was spent on ads."],
)
def test_a_quarter_of_a_pronoun_is_a_share(nlp, text):
    assert _found(nlp, text, "2016-09-24") == []


def test_a_quarter_of_a_year_stays_a_time(nlp):
    assert ("a quarter", "P3M") in _found(
        nlp, "He spent a quarter of that year abroad.", "2016-09-24"
    )
