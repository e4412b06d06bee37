"""A fortnight after a relative word ("the past fortnight", a two-week stretch), a month
counted from the time last named ("the following August" after June 2006), ranges of
counts written with a dash ("10-15 days"), a clock time and its half of the day ("1:40 in
the morning"), every weekend as a set, and numbers that are not times: a telephone
number's last group, "two second-degree counts", a baby's age in apposition.

Sentences are our own; each test gives its publication date (DCT), or None.
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timex_named

#: a Thursday
_DCT = "2016-03-10"


@pytest.mark.parametrize(
    ("text", "expression", "interval"),
    [
        (
            "Prices have risen over the past fortnight.",
            "the past fortnight",
            ["2016-02-25", "2016-03-10"],
        ),
        (
            "Prices have risen over the last fortnight.",
            "the last fortnight",
            ["2016-02-25", "2016-03-10"],
        ),
        (
            "Talks resume over the next fortnight.",
            "the next fortnight",
            ["2016-03-10", "2016-03-24"],
        ),
    ],
)
def test_a_relative_fortnight_is_two_weeks_from_the_dct(nlp, text, expression, interval):
    t = timex_named(nlp, text, expression, _DCT)
    assert (t["type"], t["value"], t["interval"]) == ("DURATION", "P2W", interval)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Prices have risen over the past fortnight.", "the past fortnight", "P2W"),
        ("Prices have risen over the past decade.", "the past decade", "P10Y"),
    ],
)
def test_a_relative_stretch_without_a_dct_is_a_duration(nlp, text, expression, value):
    t = timex_named(nlp, text, expression, None)
    assert (t["type"], t["value"]) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "In June 2006 the army withdrew. The following August it returned.",
            _DCT,
            [("June 2006", "2006-06"), ("The following August", "2006-08")],
        ),
        (
            "The deal was signed in 2010. The following March, the firm collapsed.",
            _DCT,
            [("2010", "2010"), ("The following March", "2011-03")],
        ),
        (
            "The vote was on Sept. 5, 2012. The previous March, he resigned.",
            _DCT,
            [("Sept. 5, 2012", "2012-09-05"), ("The previous March", "2012-03")],
        ),
        (
            "In the summer of 2009 he left; the following February he came back.",
            _DCT,
            [("the summer of 2009", "2009-SU"), ("the following February", "2010-02")],
        ),
        (
            "In June the army withdrew. The following August it returned.",
            None,
            [("June", "XXXX-06"), ("The following August", "XXXX-08")],
        ),
    ],
)
def test_a_following_month_is_counted_from_the_time_last_named(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


def test_the_next_month_of_a_name_without_an_earlier_time_is_the_coming_one(nlp):
    assert _found(nlp, "He will visit the next August.", _DCT) == [("the next August", "2016-08")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It took 10-15 days.", [("10-15 days", "PXD")]),
        ("It took 3–4 weeks.", [("3–4 weeks", "PXW")]),
        ("a five-to-six-hour flight", [("five-to-six-hour", "PTXH")]),
        ("It takes 10 - 15 days.", [("10 - 15 days", "PXD")]),
        (
            "The board met on March 10 - one day after the vote.",
            [("March 10", "2016-03-10"), ("one day", "P1D")],
        ),
        ("the 2010-2015 period", [("2010", "2010"), ("2015", "2015")]),
    ],
)
def test_ranges_of_counts_written_with_a_dash(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was seen in a bar at 1:40 in the morning.",
            [("1:40 in the morning", "2016-03-10T01:40")],
        ),
        ("He called at 11:05 at night.", [("11:05 at night", "2016-03-10T23:05")]),
        ("The train left at 10:45.", [("10:45", "2016-03-10T10:45")]),
    ],
)
def test_a_clock_time_and_its_half_of_the_day_are_one_time(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("She attends dog shows nearly every weekend.", "every weekend", "XXXX-WXX-WE"),
        ("They meet each weekend.", "each weekend", "XXXX-WXX-WE"),
        ("He calls once a weekend.", "once a weekend", "XXXX-WXX-WE"),
        ("He visits every other weekend.", "every other weekend", "P2W"),
    ],
)
def test_every_weekend_is_a_set_of_weekends(nlp, text, expression, value):
    t = timex_named(nlp, text, expression, _DCT)
    assert (t["type"], t["value"]) == ("SET", value)


@pytest.mark.parametrize(
    "text",
    [
        "For more information call 0208 892 1789.",
        "Call 020 7946 2010 for tickets.",
        "He was charged with two second-degree counts.",
        "He bought two second-hand cars.",
        "Natalia Skaggs, 8-months, escaped the fire.",
        "They want a $15-an-hour minimum wage.",
    ],
)
def test_numbers_that_are_not_times(nlp, text):
    assert _found(nlp, text, _DCT) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rose in 2010, 2011 and 2012.", [("2010", "2010"), ("2011", "2011"), ("2012", "2012")]),
        ("It lasted two seconds.", [("two seconds", "PT2S")]),
        ("a 30-second ad", [("30-second", "PT30S")]),
        ("His son, 18, left 8 months ago.", [("8 months ago", "2015-07")]),
    ],
)
def test_near_misses_of_the_numbers_that_are_not_times(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Billions were spent during the past quarter-century.",
            "the past quarter-century",
            "P25Y",
        ),
        ("Prices rose in the last half century.", "the last half century", "P50Y"),
        ("The rules may change over the next quarter century.", "the next quarter century", "P25Y"),
    ],
)
def test_a_relative_quarter_or_half_century_is_a_stretch(nlp, text, expression, value):
    t = timex_named(nlp, text, expression, _DCT)
    assert (t["type"], t["value"]) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the first year of his presidency he cut taxes.", [("the first year", "P1Y")]),
        ("Sales fell in the first week of the trial.", [("the first week", "P1W")]),
        (
            "In 2008, his first year in office, he cut taxes.",
            [("2008", "2008"), ("first year", "P1Y")],
        ),
        ("In the last year of his presidency he cut taxes.", [("the last year", "P1Y")]),
        ("Congress acted quickly in Obama's first year.", [("first year", "P1Y")]),
        (
            "She called him during her first year at the State Department.",
            [("first year", "P1Y")],
        ),
    ],
)
def test_the_opening_stretch_of_something_is_a_duration(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the first year, sales rose.", []),
        ("He was a first year student.", []),
        ("the first week of March", [("the first week of March", "2016-W09")]),
        ("It was the past year of his life.", [("the past year", "2015")]),
        ("His first year's pay was low.", []),
    ],
)
def test_near_misses_of_the_opening_stretch(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened in the fall and winter.", [("the fall", "2015-FA"), ("winter", "2016-WI")]),
        ("Leaves fall and winter comes.", []),
    ],
)
def test_a_season_after_the_fall_and(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deadline is the following March 15.", [("March 15", "2016-03-15")]),
        ("The factory closed the following August.", [("August", "2015-08")]),
        (
            "The firm was founded in 1998 and by the next August had 50 staff.",
            [("1998", "1998"), ("the next August", "1999-08")],
        ),
    ],
)
def test_a_following_month_with_a_day_or_no_time_before(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The alarm sounded at 2:35 at night.", "2016-03-10T02:35"),
        ("The call came at 3 at night.", "2016-03-10T03:00"),
        ("He called at 11:05 at night.", "2016-03-10T23:05"),
    ],
)
def test_the_small_hours_at_night_are_before_dawn(nlp, text, value):
    assert [v for _, v in _found(nlp, text, _DCT)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The law passed in 2009 and took effect the following May 1.",
            [("2009", "2009"), ("the following May 1", "2010-05-01")],
        ),
        (
            "It was signed in 1990. The next September 1 it took effect.",
            [("1990", "1990"), ("The next September 1", "1991-09-01")],
        ),
        (
            "The vote was on Sept. 5, 2012. The previous March 1, he resigned.",
            [("Sept. 5, 2012", "2012-09-05"), ("The previous March 1", "2012-03-01")],
        ),
        ("The inauguration is next Jan. 20.", [("next Jan. 20", "2017-01-20")]),
        ("He was elected last Nov. 2.", [("last Nov. 2", "2015-11-02")]),
        ("He will arrive next March 12.", [("next March 12", "2016-03-12")]),
        ("The next March 1 deadline looms.", [("next March 1", "2017-03-01")]),
        (
            "The army withdrew on June 5, 2006. The following June 30 it returned.",
            [("June 5, 2006", "2006-06-05"), ("The following June 30", "2006-06-30")],
        ),
        (
            "He was elected in November 1997. The previous November he had lost.",
            [("November 1997", "1997-11"), ("The previous November", "1996-11")],
        ),
    ],
)
def test_a_day_after_next_or_the_following(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sessions last 45-60 minutes.", [("45-60 minutes", "PTXM")]),
        ("Tickets last 90 days from the date of purchase.", [("90 days", "P90D")]),
        ("The effects usually last 45 minutes.", [("45 minutes", "PT45M")]),
        ("Storms that last three days are rare.", [("three days", "P3D")]),
        ("Over the last three months, sales fell.", [("the last three months", "P3M")]),
        ("Prices rose over last two years.", [("last two years", "P2Y")]),
        ("That last 10 minutes felt like an eternity.", [("last 10 minutes", "PT10M")]),
        ("A documentary chronicles last 24 hours of his life.", [("last 24 hours", "PT24H")]),
        ("Officials said that last two years were dry.", [("last two years", "P2Y")]),
        (
            "The talks, which last two days, begin soon.",
            [("two days", "P2D"), ("soon", "FUTURE_REF")],
        ),
    ],
)
def test_last_as_a_verb_before_a_count(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


def test_last_as_a_verb_before_a_day(nlp):
    found = _found(nlp, "The festival will last Sept. 3 to Sept. 5.", _DCT)
    assert found[0] == ("Sept. 3", "2016-09-03")


def test_a_year_named_in_the_sentence_dates_next_day(nlp):
    text = "In 2007, officials promised the bridge would reopen next March 1."
    assert _found(nlp, text, _DCT)[-1] == ("next March 1", "2007-03-01")
