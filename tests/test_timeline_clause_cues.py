"""Cues in a clause and around a time expression that set its value or its extent: a
contracted "’s" the tagger reads as past, a verb it reads as a noun under "can", an event
still to happen to a noun ("an address to be delivered Wednesday"), a refusal with "would
not", a holiday that names its season's event, a timeline's clock times, day ranges
after a clock time or before another date, "over the years", and names and nouns that
look like time words ("a Century speedboat", "clams on the half shell", "FM 2071"), sets
("every Monday morning", "twice a year") and vague times ("a few years from now").

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timex_named as _one


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # "can … win" looks ahead even when the tagger reads "win" as a noun, and a
        # curly "he’s" is "he is", not a past tense
        (
            "“Not only can Ted Cruz win in November, he’s the one with the best chance.”",
            "2016-01-19",
            "November",
            "2016-11",
        ),
        # what is still to happen to a noun lies ahead of the past clause telling of it...
        (
            "Bush was recasting an address, to be delivered Wednesday at the Citadel.",
            "2015-11-17",
            "Wednesday",
            "2015-11-18",
        ),
        # ...but an active infinitive tells of a chance taken, and "the first … to be"
        # of what happened
        (
            "The class had the opportunity to tour the building during its Wednesday session.",
            "2009-03-15",
            "Wednesday",
            "2009-03-11",
        ),
        ("She was the first woman to be elected in March.", "2015-11-17", "March", "2015-03"),
        # "would not say" is a refusal already made
        (
            "Party leaders wouldn’t say Tuesday how they would prioritize gun control.",
            "2016-06-22",
            "Tuesday",
            "2016-06-21",
        ),
        (
            "In an interview Friday, Roberts would not specify his position.",
            "2009-03-25",
            "Friday",
            "2009-03-20",
        ),
        # a holiday naming its season's event: the coming one early in December...
        (
            "The gunmen attacked the office Christmas party on Wednesday.",
            "2015-12-04",
            "Christmas",
            "2015-12-25",
        ),
        # ...while the holiday itself, told in the past, is last year's
        ("He spent Christmas in jail.", "2015-12-04", "Christmas", "2014-12-25"),
        # "let's" exhorts, in a quote too; "takes effect" tells a timetable
        ("“Let’s defeat her in November,” Trump said.", "2016-05-18", "November", "2016-11"),
        (
            "Once the rule goes into effect on Dec. 1, pay rises.",
            "2016-05-18",
            "Dec. 1",
            "2016-12-01",
        ),
        ("The law takes effect Dec. 1.", "2016-05-18", "Dec. 1", "2016-12-01"),
        ("The law took effect Dec. 1.", "2016-05-18", "Dec. 1", "2015-12-01"),
        # a month after a possessive, before the noun it dates
        ("She stood by her March comment.", "2016-05-18", "March", "2016-03"),
    ],
)
def test_value_from_clause_cues(nlp, text, dct, expression, value):
    assert _one(nlp, text, expression, dct)["value"] == value


def test_timeline_entries_share_their_day(nlp):
    # a list of clock times tells one day's events, whatever the entries between say
    text = (
        "The timeline of the massacre Tuesday shows the name was announced early.\n\n"
        "11:00 am – Police receive calls saying shots have been fired.\n\n"
        "11:40 am — Police announce the suspect’s name.\n\n"
        "A witness said the shooting lasted 20 minutes.\n\n"
        "12:25 pm – The president is briefed on the situation.\n"
    )
    found = _found(nlp, text, "2015-12-04")
    assert ("12:25 pm", "2015-12-01T12:25") in found
    assert ("11:40 am", "2015-12-01T11:40") in found


def test_clock_time_outside_a_timeline_keeps_the_dct(nlp):
    text = "A witness said the shooting lasted 20 minutes.\n\nPolice arrived at 12:25 pm.\n"
    assert ("12:25 pm", "2015-12-04T12:25") in _found(nlp, text, "2015-12-04")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a dash joins two days whatever word follows...
        (
            "Cleanup days are April 6-9 and April 13-17, he said.",
            "2009-03-26",
            [
                ("April 6", "2009-04-06"),
                ("9", "2009-04-09"),
                ("April 13", "2009-04-13"),
                ("17", "2009-04-17"),
            ],
        ),
        (
            "The poll was taken April 6-9 and had a margin of 3 points.",
            "2009-03-26",
            [("April 6", "2009-04-06"), ("9", "2009-04-09")],
        ),
        # ..."and" only before a date or a preposition, not before a count
        (
            "The poll was taken April 24 and 25 people answered.",
            "2009-03-26",
            [("April 24", "2009-04-24")],
        ),
        # a range of days after a clock time on its first day
        (
            "Disposal day is 7 a.m. to 4 p.m. April 24-25 at the street department.",
            "2009-03-26",
            [
                ("7 a.m.", "2009-04-24T07:00"),
                ("4 p.m. April 24", "2009-04-24T16:00"),
                ("25", "2009-04-25"),
            ],
        ),
    ],
)
def test_day_ranges(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "over the years" is one stretch with its article, as TimeBank tags it...
        ("Over the years, she has said a lot.", [("the years", "PXY")]),
        ("The concerns remain the same throughout the centuries.", [("the centuries", "PXC")]),
        # ...while a unit anchored by a signal is tagged alone, as AQUAINT tags it
        ("He was seen in the weeks before the shooting.", [("weeks", "PXW")]),
        # a possessive before "eight years ago" is an object, not part of a duration
        ("Obama reached out to her eight years ago.", [("eight years ago", "2008")]),
        ("In her eight years as senator she wrote two bills.", [("eight years", "P8Y")]),
        # names and nouns that look like time words
        ("He owned a Century speedboat.", []),
        ("They ate clams on the half shell.", []),
        ("Profit in the half rose 5 percent.", [("the half", "2015-H2")]),
    ],
)
def test_extent_and_names(nlp, text, expected):
    assert _found(nlp, text, "2016-06-09") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The store opens every Monday morning.", [("every Monday morning", "XXXX-WXX-1TMO")]),
        ("Each Friday night, they meet.", [("Each Friday night", "XXXX-WXX-5TNI")]),
        ("The store opens every Monday.", [("every Monday", "XXXX-WXX-1")]),
        # one weekday's part is no set
        ("The attack came on a Friday night.", [("Friday night", "2016-01-29TNI")]),
    ],
)
def test_a_weekday_part_every_week(nlp, text, expected):
    assert _found(nlp, text, "2016-02-03") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how often belongs to the set, as TimeML's freq does
        ("The board meets twice a year.", [("twice a year", "P1Y")]),
        ("Indexing changes once every three years.", [("once every three years", "P3Y")]),
        ("It happens a few times a year.", [("a few times a year", "P1Y")]),
        # an amount spread "over" a stretch: the stretch alone, no "more than"
        ("It would save $30 billion over 10 years.", [("10 years", "P10Y")]),
        ("Fees rise 6 per cent over four years.", [("four years", "P4Y")]),
        ("He served for over 10 years.", [("over 10 years", "P10Y")]),
        # "early"/"late" with "in" belong to the time, as TimeBank tags "earlier in the year"
        ("Sales fell earlier in the year.", [("earlier in the year", "2016")]),
        ("The case was reported earlier in May.", [("earlier in May", "2016-05")]),
        ("He spoke later in the day.", []),
        # a length written as one word
        ("It ended the yearlong battle.", [("yearlong", "P1Y")]),
        # vague times from now and long ago
        ("That could change a few years from now.", [("a few years from now", "FUTURE_REF")]),
        ("Trump lost me a long time ago.", [("a long time ago", "PAST_REF")]),
        ("Not long ago, it was cheap.", [("Not long ago", "PAST_REF")]),
        # a stretch up to or from now without a count; a part of an event is a duration
        ("In the past weeks, prices rose.", [("the past weeks", "PAST_REF")]),
        ("The virus may spread in the next weeks.", [("the next weeks", "FUTURE_REF")]),
        ("It was quiet in the last months of his life.", []),
        ("He came for the last few minutes of the lunch.", [("the last few minutes", "PTXM")]),
        # the first year of the next century; numbers that label or count
        ("Warming by 2100 may sound scary.", [("2100", "2100")]),
        ("The boat was on FM 2071 near the lake.", []),
        ("About 2000 people attended.", []),
        ("a debate about 2016 candidates", [("2016", "2016")]),
    ],
)
def test_sets_spans_and_numbers(nlp, text, expected):
    assert _found(nlp, text, "2016-05-18") == expected
