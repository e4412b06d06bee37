"""A weekday's part of the day kept on the date written beside it ("Sunday night, March
29" is that date's night), an approximate clock time ("almost 9 a.m."), a modified part of
the day that describes a noun ("an early morning raid"), and words that look like times
but name something else: a bill's number ("H.R. 1546"), a count left open ("1500 or
more"), an acronym in capitals ("the DEC"), a newspaper ("the Sunday Times") and an event
("the Week Against Poverty").

Sentences are our own; each test gives its publication date (DCT), or None.
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timex_named

#: a Thursday
_DCT = "2016-03-10"


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value", "mod"),
    [
        (
            "The blaze started Sunday night, March 29, in a barn.",
            None,
            "Sunday night, March 29",
            "XXXX-03-29TNI",
            None,
        ),
        (
            "The mayor spoke late Monday afternoon, March 16, at city hall.",
            None,
            "late Monday afternoon, March 16",
            "XXXX-03-16TAF",
            "END",
        ),
        (
            "The vote came on Friday morning, Feb. 3, 2006, after a long debate.",
            _DCT,
            "Friday morning, Feb. 3, 2006",
            "2006-02-03TMO",
            None,
        ),
        (
            "Police were called Tuesday evening, March 1, to the station.",
            _DCT,
            "Tuesday evening, March 1",
            "2016-03-01TEV",
            None,
        ),
    ],
)
def test_a_weekdays_part_of_the_day_stays_on_its_date(nlp, text, dct, expression, value, mod):
    t = timex_named(nlp, text, expression, dct)
    assert (t["type"], t["value"], t.get("mod")) == ("TIME", value, mod)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The polls opened Sunday morning, March 6, at 7 a.m. sharp.",
            "Sunday morning, March 6, at 7 a.m.",
            "2016-03-06T07:00",
        ),
        (
            "The fire began Tuesday night, March 1, at 11:30, firefighters said.",
            "Tuesday night, March 1, at 11:30",
            "2016-03-01T23:30",
        ),
        (
            "The talks began at 9 a.m. Friday morning, Feb. 3, 2006.",
            "9 a.m. Friday morning, Feb. 3, 2006",
            "2006-02-03T09:00",
        ),
    ],
)
def test_a_clock_time_beside_a_dated_part_of_the_day_gives_the_hour(nlp, text, expression, value):
    t = timex_named(nlp, text, expression, _DCT)
    assert (t["type"], t["value"]) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a plain weekday before its date is still the date
        ("The fair opened on Saturday, April 25, downtown.", None, "XXXX-04-25"),
        ("The fair opened on Saturday, March 5, downtown.", _DCT, "2016-03-05"),
    ],
)
def test_a_plain_weekday_before_its_date_is_the_date(nlp, text, dct, expected):
    found = _found(nlp, text, dct)
    assert len(found) == 1 and found[0][1] == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The buses did not arrive until almost 9 a.m., parents said.", "almost 9 a.m.", "T09:00"),
        ("Protesters marched until nearly 2 a.m. Friday.", "nearly 2 a.m. Friday", "T02:00"),
        ("The rally ran until nearly midnight.", "nearly midnight", "T24:00"),
    ],
)
def test_almost_or_nearly_before_a_clock_time_makes_it_approximate(nlp, text, expression, value):
    t = timex_named(nlp, text, expression, _DCT)
    assert (t["type"], t["value"][10:], t.get("mod")) == ("TIME", value, "APPROX")


@pytest.mark.parametrize(
    "text",
    [
        "A man was hurt in an early morning incident near the park.",
        "Troops carried out an early morning raid on the village.",
        "The senator sent a late night tweet about the vote.",
        "Party leaders called a late afternoon meeting on the budget.",
        "A late night shooting left two people dead.",
        "Supporters packed an early evening rally in the square.",
    ],
)
def test_a_modified_part_of_the_day_describing_a_noun_is_no_time(nlp, text):
    assert _found(nlp, text, _DCT) == []


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Most calls come in the early morning hours.", "the early morning hours"),
        ("He woke at an early morning hour.", "early morning"),
        ("The talks went on until late night.", "late night"),
        ("After a late night of talks, the deal was signed.", "late night"),
        ("They set an early afternoon time for the vote.", "early afternoon"),
        ("After a late night out, the players flew home.", "late night"),
        ("It was a late night working on the budget.", "late night"),
    ],
)
def test_a_modified_part_of_the_day_before_a_time_word_or_alone_stays(nlp, text, expression):
    assert timex_named(nlp, text, expression, _DCT)["type"] == "TIME"


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Jones introduced H.R.1546, a bill on veterans' care.",
        "The Senate passed S. 1070 by a wide margin.",
        "Lawmakers debated HB 2012 and SB 1999 in committee.",
        "A further 1500 or more are still in hospital.",
        "The DEC says it has not found the cause of the deaths.",
        "Officials at the DEC were looking at the water.",
        "The minister told the Sunday Times that he would resign.",
        "Britain's Sunday Telegraph reported the story first.",
        "A Sunday Times report said the talks had failed.",
        "She wrote a column for the Mail on Sunday.",
        "He said so in the Independent on Sunday.",
        "Schools marked the Week Against Bullying with a rally.",
        "The Week Against Bullying is held in schools across the state.",
    ],
)
def test_numbers_and_names_that_look_like_times_are_no_timexes(nlp, text):
    assert _found(nlp, text, _DCT) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the same words where they are times
        ("The law was passed in 2010 or soon after.", [("2010", "2010")]),
        (
            "The group was founded in 1999 or more than 15 years ago.",
            [("1999", "1999"), ("more than 15 years ago", "2001")],
        ),
        ("The plan was approved last DEC by the board.", [("last DEC", "2015-12")]),
        ("Sales slumped this JAN, the firm said.", [("this JAN", "2016-01")]),
        ("Profits in the OCT-DEC quarter rose.", [("the OCT-DEC quarter", "2015-Q4")]),
        ("Sales rose in OCT and NOV, the firm said.", [("OCT", "2015-10"), ("NOV", "2015-11")]),
        ("He ran as an Independent on Sunday.", [("Sunday", "2016-03-06")]),
        ("Thousands filled Times Square on Sunday.", [("Sunday", "2016-03-06")]),
        ("Trump's Sunday Times Square rally drew thousands.", [("Sunday", "2016-03-06")]),
        ("The U.S. 2016 election was close.", [("2016", "2016")]),
        ("Sales fell in DEC 2008, the figures show.", [("DEC 2008", "2008-12")]),
        ("FLOODS HIT IN MAY", [("MAY", "2016-05")]),
        ("On Sunday Times Square was empty.", [("Sunday", "2016-03-06")]),
        ("He said on Sunday Post offices would close.", [("Sunday", "2016-03-06")]),
        ("They spent the week in Paris.", [("the week", "2016-W10")]),
        ("The Week In Review", [("The Week", "2016-W10")]),
    ],
)
def test_near_misses_of_names_and_counts_stay_times(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The lake freezes in the wintertime.", "the wintertime", "XXXX-WI"),
        ("Crowds return in the summertime.", "the summertime", "XXXX-SU"),
    ],
)
def test_springtime_summertime_and_wintertime_are_seasons(nlp, text, expression, value):
    t = timex_named(nlp, text, expression, None)
    assert (t["type"], t["value"]) == ("DATE", value)
