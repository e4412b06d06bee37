"""A headline's plan with its "is" left out ("Cleanup planned for Saturday"), a plural
noun the parser reads as a present verb ("her Wall Street remarks … on Sunday"), "a day
when" (one day of a kind, not a length; "in 1988, a year when" is 1988), a yearly holiday on its eve, a rate of a measured
substance ("1,800 tons of carbon dioxide a year"), "dawn Friday", and "that day back in
March 2010".

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_TUESDAY = "2009-03-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kanawha River cleanup planned Saturday.", [("Saturday", "2009-04-04")]),
        ("Cleanup planned for Saturday.", [("Saturday", "2009-04-04")]),
        ("Parade set for Saturday.", [("Saturday", "2009-04-04")]),
        (
            "Volunteers are needed for the cleanup planned for Saturday.",
            [("Saturday", "2009-04-04")],
        ),
        # near misses: "set" with no "for" tells what was done; a plan with an infinitive
        # told in the past; an event the past clause tells happened
        ("Record set Saturday.", [("Saturday", "2009-03-28")]),
        (
            "On Friday, the government planned to pay the first claims.",
            [("Friday", "2009-03-27")],
        ),
        ("The rally planned for Saturday drew 500 people.", [("Saturday", "2009-03-28")]),
        ("The meeting set for Friday was held.", [("Friday", "2009-03-27")]),
    ],
)
def test_a_headline_plan_lies_ahead(nlp, text, expected):
    assert _found(nlp, text, _TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Clinton did not revisit her Wall Street remarks in an address to central Iowa"
            " Democrats on Sunday, where she was accompanied by former president Bill Clinton.",
            "2015-11-16",
            [("Sunday", "2015-11-15")],
        ),
        # near miss: a present verb with its subject still reads ahead
        ("Clinton says the plan works on Sunday.", "2015-11-16", [("Sunday", "2015-11-22")]),
    ],
)
def test_a_plural_noun_read_as_a_verb_does_not_tell_the_tense(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On a day when most candidates lock themselves away, Trump held a rally.",
            [("a day", "XXXX-XX-XX")],
        ),
        (
            "If there ever came a day when I could no longer meet my duties, I would say so.",
            [("a day", "XXXX-XX-XX")],
        ),
        ("It was a week when nothing went right.", [("a week", "XXXX-WXX")]),
        # after a time of its size, that time
        (
            "The last poll was in 1988, a year when Bush won 39 states.",
            [("1988", "1988"), ("a year", "1988")],
        ),
        (
            "The vote was in March 2015, a day when it rained.",
            [("March 2015", "2015-03"), ("a day", "XXXX-XX-XX")],
        ),
        # near misses: a day measured, a year counted ahead
        ("He waited a day when he could have acted.", [("a day", "P1D")]),
        (
            "It took a week when it should have taken an hour.",
            [("a week", "P1W"), ("an hour", "PT1H")],
        ),
        ("He will step down in a year when his term is up.", [("a year", "P1Y")]),
    ],
)
def test_a_day_when_is_one_day_of_a_kind(nlp, text, expected):
    assert _found(nlp, text, "2016-03-04") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Safety stressed on St. Patrick's Day.",
            "2009-03-16",
            [("St. Patrick's Day", "2009-03-17")],
        ),
        (
            "Police arrested 20 people on St. Patrick's Day.",
            "2009-03-20",
            [("St. Patrick's Day", "2009-03-17")],
        ),
        # near misses: a week before the holiday; another year named in the sentence
        (
            "Police arrested 20 people on St. Patrick's Day.",
            "2009-03-10",
            [("St. Patrick's Day", "2008-03-17")],
        ),
        (
            "Last year, police arrested 20 people on St. Patrick's Day.",
            "2009-03-16",
            [("Last year", "2008"), ("St. Patrick's Day", "2008-03-17")],
        ),
        (
            "Police arrested 20 people on St. Patrick's Day in 2007.",
            "2009-03-16",
            [("St. Patrick's Day", "2007-03-17"), ("2007", "2007")],
        ),
    ],
)
def test_a_past_clause_on_a_holidays_eve_tells_of_the_coming_one(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant emits 1,800 tons of carbon dioxide a year.", []),
        ("They pump 300 barrels of oil a day.", []),
        # near misses: a count of time, then a point counted back
        (
            "He served 3 years of his sentence a year ago.",
            [("3 years", "P3Y"), ("a year ago", "2015")],
        ),
    ],
)
def test_a_measure_of_a_substance_per_unit_is_a_rate(nlp, text, expected):
    assert _found(nlp, text, "2016-09-24") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops attacked at dawn Friday.", [("dawn Friday", "2016-09-23TMO")]),
        ("Troops attacked at dusk Thursday.", [("dusk Thursday", "2016-09-22TEV")]),
        # near miss: "on" between them keeps the weekday alone
        ("Troops attacked at dawn on Friday.", [("Friday", "2016-09-23")]),
    ],
)
def test_dawn_before_a_weekday_is_its_part_of_the_day(nlp, text, expected):
    assert _found(nlp, text, "2016-09-24") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was a show of respect to make time for Mr. Netanyahu on that day back in"
            " March 2010.",
            [("that day", "2010-03-XX"), ("March 2010", "2010-03")],
        ),
        (
            "They met on Monday, and on that day in 2010 they signed the pact.",
            [("Monday", "2015-11-09"), ("that day", "2010-XX-XX"), ("2010", "2010")],
        ),
        # near miss: a place after it leaves the day last named
        (
            "They met on Monday, and on that day in Paris they signed the pact.",
            [("Monday", "2015-11-09"), ("that day", "2015-11-09")],
        ),
    ],
)
def test_that_day_takes_the_month_written_after_it(nlp, text, expected):
    assert _found(nlp, text, "2015-11-10") == expected
