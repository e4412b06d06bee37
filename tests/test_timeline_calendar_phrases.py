"""Calendar phrases of event and political news: a weekday counted in a month ("the
fourth Thursday in November"), a date naming a scheduled event ("the Nov. 8 election"),
hours listed before one clock time ("at 7 and 9 p.m."), durations in figures without
"and" ("3 minutes 32 seconds"), and words that look like times and are none ("a Christmas
market").

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # one timex, the day the weekday falls on in the month's year
        (
            "Thanksgiving falls on the fourth Thursday in November.",
            "2016-07-31",
            [("Thanksgiving", "2016-11-24"), ("the fourth Thursday in November", "2016-11-24")],
        ),
        (
            "The vote is on the first Tuesday of March 2012.",
            "2011-06-01",
            [("the first Tuesday of March 2012", "2012-03-06")],
        ),
        # "last" counts from the month's end; a year framing the sentence gives the year
        (
            "In 1863, Lincoln named the last Thursday in November a holiday.",
            "2016-07-31",
            [("1863", "1863"), ("the last Thursday in November", "1863-11-26")],
        ),
        # a fifth weekday the month lacks is no day: the month is all that is known
        (
            "They meet on the fifth Monday of February 2015.",
            "2016-07-31",
            [("the fifth Monday of February 2015", "2015-02")],
        ),
    ],
)
def test_weekday_counted_in_a_month(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a scheduled event's date, told in a past clause, is the nearest such date...
        (
            "Officials said Russia meant to sway the Nov. 8 presidential election.",
            "2016-07-31",
            "2016-11-08",
        ),
        (
            "The nominee for the Nov. 8 election later said he was joking.",
            "2016-07-31",
            "2016-11-08",
        ),
        # ...an incident's date keeps the past
        ("Police searched for him after the Oct. 23 shooting.", "2016-07-31", "2015-10-23"),
        # ...and so does a date that is no event's modifier
        ("The board met on Nov. 8 and chose a new chairman.", "2016-07-31", "2015-11-08"),
    ],
)
def test_date_of_a_scheduled_event(nlp, text, dct, value):
    dated = [v for _, v in _found(nlp, text, dct)]
    assert dated == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare hours listed before a clock time take its day and half of the day...
        (
            "Shows start at 7 and 9 p.m. on Saturday.",
            [("7", "2009-03-21T19:00"), ("9 p.m. on Saturday", "2009-03-21T21:00")],
        ),
        (
            "Shots were heard between 3 and 4 p.m.",
            [("3", "2009-03-19T15:00"), ("4 p.m.", "2009-03-19T16:00")],
        ),
        # ...unless a later hour comes earlier on the clock: the list began in the morning
        (
            "Readings are at 11, 12, 1 and 3 p.m.",
            [
                ("11", "2009-03-19T11:00"),
                ("12", "2009-03-19T12:00"),
                ("1", "2009-03-19T13:00"),
                ("3 p.m.", "2009-03-19T15:00"),
            ],
        ),
        # numbers that no "at"/"between"/"from" opens are no hours
        ("Rooms 3 and 4 p.m. slots are full.", [("4 p.m.", "2009-03-19T16:00")]),
        # a clock time's day passes over a year of its own sentence
        (
            "On Sunday, March 22, the fair opens. Children meet in the 1860 school at noon.",
            [
                ("Sunday, March 22", "2009-03-22"),
                ("1860", "1860"),
                ("noon", "2009-03-22T12:00"),
            ],
        ),
    ],
)
def test_listed_hours(nlp, text, expected):
    assert _found(nlp, text, "2009-03-19") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures without "and" make one duration
        (
            "The clip sums up the race in 3 minutes 32 seconds.",
            [("3 minutes 32 seconds", "PT3M32S")],
        ),
        ("She finished in 2 hours, 15 minutes.", [("2 hours, 15 minutes", "PT2H15M")]),
        # two counts of the same unit stay two
        ("It took 5 days, 3 days more than planned.", [("5 days", "P5D"), ("3 days", "P3D")]),
        # "a minimum of" belongs to the duration
        ("Trial could be a minimum of 90 days away.", [("a minimum of 90 days", "P90D")]),
        # a holiday's name written with an apostrophe
        ("Schools closed on Veteran's Day.", [("Veteran's Day", "2015-11-11")]),
        # a holiday naming a market or a gift is no date
        ("A boy tried to bomb a Christmas market in the town.", []),
    ],
)
def test_durations_and_false_friends(nlp, text, expected):
    assert _found(nlp, text, "2016-07-31") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opening hours over a range of weekdays recur: any Monday, any day's 10 a.m.
        (
            "The gallery is open from 10 a.m.-4 p.m. Monday-Saturday.",
            [
                ("10 a.m.", "XXXX-XX-XXT10:00"),
                ("4 p.m.", "XXXX-XX-XXT16:00"),
                ("Monday", "XXXX-WXX-1"),
                ("Saturday", "XXXX-WXX-6"),
            ],
        ),
        (
            "The library is open Monday through Thursday and Saturday.",
            [("Monday", "XXXX-WXX-1"), ("Thursday", "XXXX-WXX-4"), ("Saturday", "XXXX-WXX-6")],
        ),
        # a single weekday, a past closure or a closure ahead names particular days
        ("The polls are open Tuesday.", [("Tuesday", "2009-03-24")]),
        (
            "Schools were closed Monday through Wednesday.",
            [("Monday", "2009-03-16"), ("Wednesday", "2009-03-18")],
        ),
        # a future passive is ahead even when "will" hangs from "be"
        (
            "The bridge will be closed Monday through Wednesday.",
            [("Monday", "2009-03-23"), ("Wednesday", "2009-03-25")],
        ),
        # a calendar date in the sentence names the days
        (
            "The office is open Monday through Friday, March 23-27.",
            [("Monday", "2009-03-23"), ("Friday, March 23", "2009-03-23"), ("27", "2009-03-27")],
        ),
    ],
)
def test_opening_hours(nlp, text, expected):
    assert _found(nlp, text, "2009-03-19") == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "since" points back even to a month near the DCT that lies ahead of it...
        ("He has been loyal since October.", "2015-10"),
        ("Since announcing in October that he would not run, he has been loyal.", "2015-10"),
        # a day near the DCT keeps the nearest reading (a DCT a few days off is likelier)
        ("Prices have risen since Aug. 22.", "2016-08-22"),
        # ...and "ahead to" forward
        ("The campaign is looking ahead to July.", "2017-07"),
        # a month just past stays this year's
        ("Prices have risen since Aug. 2.", "2016-08-02"),
        # with no stated direction a month near the DCT is this year's, whatever the tense
        ("Officials said the plant would reopen in September.", "2016-09"),
    ],
)
def test_stated_direction_near_the_dct(nlp, text, value):
    assert [v for _, v in _found(nlp, text, "2016-08-17")] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "monday"),
    [
        # a wire story reposted with the day before as its date counts from the wire's day
        (
            "Poll shows lead.\n\nNEW YORK, Dec. 14 (UPI) — A poll released Monday shows a lead.",
            "2015-12-13",
            "2015-12-14",
        ),
        (
            "Poll shows lead.\n\nCAMBRIDGE, Mass., Dec. 14 (UPI) — A poll out Monday shows it.",
            "2015-12-13",
            "2015-12-14",
        ),
        # a dateline far from the given date is another story's: the given date holds
        (
            "Poll shows lead.\n\nNEW YORK, Dec. 24 (UPI) — A poll released Monday shows a lead.",
            "2015-12-13",
            "2015-12-07",
        ),
        # a date in running text is no dateline
        (
            "Poll shows lead.\n\nOn Dec. 14 (a Monday) a poll released Monday showed a lead.",
            "2015-12-13",
            "2015-12-07",
        ),
    ],
)
def test_wire_dateline_gives_the_reporting_day(nlp, text, dct, monday):
    assert dict(_found(nlp, text, dct))["Monday"] == monday
