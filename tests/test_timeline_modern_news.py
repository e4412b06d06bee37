"""TIMEX3 rules for modern US political news: set phrases that are no time, named days
of the election calendar and of past events, months and weekdays near the publication
date, and the extents of counted and joined expressions.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import timex_named as _one
from timex_cases import timexes_of as _timexes

#: a Sunday in December of a year before a presidential election
DECEMBER = "2015-12-20"


@pytest.mark.parametrize(
    "text",
    [
        "USA TODAY reported the figures on its front page.",  # a newspaper
        "The mayor joined Fox News Sunday to talk about taxes.",  # a programme
        "She hopes to move into 1600 Pennsylvania Avenue.",  # a street address
        "The family went to see the Christmas tree at the plaza.",  # an object
        "The senator promised a brighter tomorrow for miners.",  # the future as an idea
        "It is not going to happen overnight, the governor warned.",  # "suddenly"
        "The rookie became an overnight sensation.",
        "A cashier who takes a handful of $20s is fired.",  # banknotes
        "Less than a quarter of the senator's donors gave small sums.",  # a share
        "A quarter of voters backed the measure.",
        "Aid workers paid 13-YEAR-OLDS to carry water.",  # an age, in capitals
        "The director's film Fahrenheit 9/11 was a hit.",  # a title
    ],
)
def test_set_phrases_are_no_time(nlp, text):
    assert _timexes(nlp, text, DECEMBER) == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the day of a past event, not of the DCT's year
        ("Survivors of the Sept. 11 attacks met the mayor.", "Sept. 11", "2001-09-11"),
        ("He has talked about 9/11 ever since.", "9/11", "2001-09-11"),
        # days of the election calendar: the coming one of their cycle
        ("Campaigns are spending heavily before Super Tuesday.", "Super Tuesday", "2016-03-01"),
        ("Turnout matters most on Election Day.", "Election Day", "2016-11-08"),
    ],
)
def test_named_days(nlp, text, expression, value):
    assert _one(nlp, text, expression, DECEMBER)["value"] == value


def test_a_quarter_of_an_hour_stays_a_duration(nlp):
    assert (
        _one(nlp, "The call lasted a quarter of an hour.", "a quarter of an hour", DECEMBER)[
            "value"
        ]
        == "PT15M"
    )
