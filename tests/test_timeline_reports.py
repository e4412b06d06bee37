"""TIMEX3 rules for company reports and rates: which quarter a comparison or an anaphoric
"the quarter" names, adverbs of frequency after an amount.

Sentences are our own; the publication date (DCT) is Thursday 2017-09-21 unless a test
says otherwise.
"""

from __future__ import annotations

import pytest

from timex_cases import DCT
from timex_cases import timex_named as _one
from timex_cases import timexes_of as _timexes

#: a day in the fourth quarter, when third-quarter results come out
OCTOBER = "2017-10-26"


def test_year_ago_period_compares_with_the_report_not_an_outlook(nlp):
    text = (
        "Acme said third-quarter profit fell 20%. Analysts expect weak results through "
        "the second quarter of 2018. In the year-ago period, Acme earned $5 million."
    )
    assert _one(nlp, text, "the year-ago period", OCTOBER)["value"] == "2016-Q3"


def test_a_named_comparison_year_is_no_antecedent(nlp):
    text = (
        "Acme earned $5 million in the fiscal first quarter. In the 2016 period, it lost "
        "$2 million. The company shipped 4,000 machines in the quarter."
    )
    assert _one(nlp, text, "the 2016 period", OCTOBER)["value"] == "2016-Q1"
    assert _one(nlp, text, "the quarter", OCTOBER)["value"] == "2017-Q1"


@pytest.mark.parametrize(
    "text",
    [
        "Sales are expected to grow 8% annually.",
        "The plant will make about 5,000 cars annually.",
        "The cuts save $40 million annually.",
    ],
)
def test_a_frequency_adverb_after_an_amount_is_a_rate(nlp, text):
    # like "$5 a year": a rate, which TimeML leaves untagged
    assert _timexes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ceremony is held here annually.", "annually", "P1Y"),
        ("Take the pill twice daily.", "twice daily", "P1D"),
    ],
)
def test_a_frequency_adverb_without_an_amount_stays_a_set(nlp, text, expression, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == ("SET", value)


@pytest.mark.parametrize(
    ("text", "expression", "typ", "value"),
    [
        (
            "The storm hit on Oct. 3. Earlier that day, crews closed the port.",
            "Earlier that day",
            "DATE",
            "2017-10-03",
        ),
        (
            "The bomb went off on Friday. That same night, police searched a flat.",
            "That same night",
            "TIME",
            "2017-09-15TNI",
        ),
        (
            "The law passed last March, and the governor signed it that same day.",
            "that same day",
            "DATE",
            "2017-03-XX",
        ),
        (
            "The mayor died on Aug. 2. On that day, the city lowered its flags.",
            "that day",
            "DATE",
            "2017-08-02",
        ),
    ],
)
def test_that_day_is_the_day_last_named(nlp, text, expression, typ, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == (typ, value)


def test_a_plain_that_day_without_a_preposition_is_no_timex(nlp):
    # "trades made that day": any day of a kind, not a time the story names
    assert _timexes(nlp, "Dealers lose money on trades made that day.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The index has risen 12% since year-end.", "2016-12-31"),
        ("The deal should close by year-end.", "2017-12-31"),
    ],
)
def test_since_year_end_is_the_last_year_end(nlp, text, value):
    assert _one(nlp, text, "year-end", OCTOBER)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("It is the third day of the strike at the port.", "the third day"),
        ("Today is the ninth day of the siege.", "the ninth day"),
        ("It's the fifth straight day of protests.", "the fifth straight day"),
    ],
)
def test_the_nth_day_of_an_event_told_now_is_the_dct(nlp, text, expression):
    assert _one(nlp, text, expression)["value"] == DCT


@pytest.mark.parametrize(
    "text",
    ["It was the second day of talks.", "She quit on her first day in office."],
)
def test_the_nth_day_without_the_present_has_no_anchor(nlp, text):
    assert _timexes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Holders may buy stock at half the then current market price.", "then current"),
        ("The then-current chairman resigned.", "then-current"),
    ],
)
def test_then_current_is_the_past(nlp, text, expression):
    assert _one(nlp, text, expression)["value"] == "PAST_REF"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mayor could not be reached for comment Wednesday.", "2017-09-20"),
        ("Neither he nor his wife could be located Wednesday.", "2017-09-20"),
        ("A ruling could be announced Wednesday.", "2017-09-27"),
        ("The team could leave as early as Wednesday.", "2017-09-27"),
    ],
)
def test_a_negated_could_tells_of_the_past(nlp, text, value):
    # a failed attempt is over; an open possibility lies ahead
    assert _one(nlp, text, "Wednesday")["value"] == value


def test_or_so_after_a_relative_unit_is_an_approximation(nlp):
    t = _one(nlp, "Prices should stay high for the next year or so.", "the next year or so")
    assert (t["value"], t.get("mod")) == ("2018", "APPROX")


def test_in_the_morning_is_a_part_of_the_day_under_discussion(nlp):
    text = "Stocks fell on Monday. Dealers placed heavy orders in the morning."
    t = _one(nlp, text, "the morning")
    assert (t["type"], t["value"]) == ("TIME", "2017-09-18TMO")
    # without a day named before it, the DCT's
    assert _one(nlp, "Dealers placed heavy orders in the morning.", "the morning")["value"] == (
        f"{DCT}TMO"
    )
    assert _timexes(nlp, "He works the night shift.") == []


@pytest.mark.parametrize(
    ("text", "expression", "value", "mod"),
    [
        (
            "Sales boomed in the first half of the 1990s.",
            "the first half of the 1990s",
            "199",
            "START",
        ),
        ("Growth slowed in the last half of the '80s.", "the last half of the '80s", "198", "END"),
    ],
)
def test_a_half_of_a_decade_is_the_decade(nlp, text, expression, value, mod):
    t = _one(nlp, text, expression)
    assert (t["value"], t.get("mod")) == (value, mod)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Acme posted third-quarter net of $5 million. For the quarter a year ago, it "
            "earned $4 million.",
            "the quarter a year ago",
            "2016-Q3",
        ),
        (
            "It lost money in the fourth quarter two years ago.",
            "the fourth quarter two years ago",
            "2015-Q4",
        ),
    ],
)
def test_a_quarter_and_its_year_back_are_one_timex(nlp, text, expression, value):
    assert _one(nlp, text, expression, OCTOBER)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Net for the year-earlier nine months included a gain.", "the year-earlier nine months"),
        ("Sales rose 5% in the latest nine months.", "the latest nine months"),
    ],
)
def test_a_reported_stretch_keeps_its_qualifier(nlp, text, expression):
    t = _one(nlp, text, expression, OCTOBER)
    assert (t["type"], t["value"]) == ("DURATION", "P9M")
