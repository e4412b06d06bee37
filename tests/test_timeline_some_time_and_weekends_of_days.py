""" "some time" as a stretch of unknown length ("for some time", "may take some time"), "the
weekend of 17 September" (the date is tagged, as "the night of Oct. 23" is), "Last
Saturday, March 5, 2005" (the whole phrase) and a year coordinated after a season before a
verb ("the spring of 2005 and 2006 was").

Sentences are our own; each test gives its publication date (DCT), or None.
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_DCT = "2016-01-04"


@pytest.mark.parametrize(
    "text",
    [
        "It may take some time for the stock to recover.",
        "He has lived here for some time.",
        "It has been some time since we met.",
        "They spent some time in Paris.",
        "He needed some time away from the campaign.",
        "They spent some time searching the woods.",
        "He took some time out.",
    ],
)
def test_some_time_after_for_or_a_verb_of_taking_time_is_a_stretch(nlp, text):
    assert _found(nlp, text, _DCT) == [("some time", "PXX")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will visit some time next week.", [("next week", "2016-W02")]),
        ("We met some time ago.", []),
        ("Some time later, he left.", []),
        ("It is time for some time management.", []),
    ],
)
def test_some_time_as_a_point_or_a_noun_is_no_stretch(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He buried 14 people on the weekend of 17 September.", [("17 September", "XXXX-09-17")]),
        ("They met over the weekend of May 5.", [("May 5", "XXXX-05-05")]),
        ("They met on the weekend of Saturday, Sept. 17.", [("Saturday, Sept. 17", "XXXX-09-17")]),
    ],
)
def test_the_weekend_of_a_date_leaves_the_date(nlp, text, expected):
    assert _found(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The horses passed through on the weekend of the 18th and 19th.",
            [("the weekend", "XXXX-WXX-WE")],
        ),
        ("After a weekend of bitter accusations, they met.", [("a weekend", "P2D")]),
    ],
)
def test_a_weekend_of_no_dated_day_stays(nlp, text, expected):
    assert _found(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last Saturday, March 5, 2005, they announced the suit.",
            [("Last Saturday, March 5, 2005", "2005-03-05")],
        ),
        ("Last Sunday, 6 March 2005, they met.", [("Last Sunday, 6 March 2005", "2005-03-06")]),
        ("On Saturday, March 5, 2005, they met.", [("Saturday, March 5, 2005", "2005-03-05")]),
        (
            "This past Sunday, May 1, 2011, he spoke.",
            [("This past Sunday, May 1, 2011", "2011-05-01")],
        ),
        (
            "The last Saturday, March 26, 2005, was cold.",
            [("The last Saturday, March 26, 2005", "2005-03-26")],
        ),
    ],
)
def test_last_before_a_weekday_and_its_full_date_is_one_expression(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Rains failed in March 2005 and 2006 in Ohio.", "2006-03"),
        ("The surveys ran in the spring of 2005 and 2006, when funds allowed.", "2006-SP"),
        # a noun or a verb after the year: the year itself ("2006 saw a further rise")
        ("In the spring of 2005 and 2006 levels rose.", "2006"),
        ("Revenue jumped in March 2005 and 2006 saw a further rise.", "2006"),
        ("She graduated in June 2005, and 2006 was a year of travel.", "2006"),
    ],
)
def test_a_year_after_a_dated_month_or_season_and_and(nlp, text, second):
    assert _found(nlp, text, None)[1] == ("2006", second)
