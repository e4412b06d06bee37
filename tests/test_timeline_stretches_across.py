"""A stretch something is spread across ("will rise gradually over four years") against
"over" meaning "more than" ("for over a decade"); a day written as an ordinal word ("the
first of June 2009"); "fall" the decline ("this fall in prices"); a near future with an
intensifier; a vague count of events per day as a set ("several rallies a day"); the final
stretch of something ("the last year of his term").

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timexes_of


def _spans(nlp, text: str, dct: str) -> list[tuple[str, str, str | None]]:
    return [(t["text"], t["value"], t.get("mod")) for t in timexes_of(nlp, text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spread across: TimeBank tags the stretch without "over"
        ("The fare would rise gradually over four years.", [("four years", "P4Y", None)]),
        ("The city plans to build 30 schools over five years.", [("five years", "P5Y", None)]),
        ("Over three years, the agency lost half its staff.", [("three years", "P3Y", None)]),
        ("The rule has changed over several decades.", [("several decades", "PXY", None)]),
        # more than: a preposition, a verb that measures time, "ago"/"since" after it
        ("She has led the group for over a decade.", [("over a decade", "P10Y", "MORE_THAN")]),
        ("The hearing took over three hours.", [("over three hours", "PT3H", "MORE_THAN")]),
        (
            "Shares hit their lowest level in over six years.",
            [("over six years", "P6Y", "MORE_THAN")],
        ),
        ("The strike is likely to last over a week.", [("over a week", "P1W", "MORE_THAN")]),
        (
            "Yet, over 200 days since the vote, nothing has moved.",
            [("over 200 days", "P200D", "MORE_THAN")],
        ),
    ],
)
def test_over_a_stretch_is_across_it_unless_it_means_more_than(nlp, text, expected):
    assert _spans(nlp, text, "2016-03-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her daughter was born on the first of June 2009.",
            [("the first of June 2009", "2009-06-01")],
        ),
        (
            "The vote fell on the twenty-third of May 2012.",
            [("the twenty-third of May 2012", "2012-05-23")],
        ),
        (
            "The council will meet on the fifteenth of May.",
            [("the fifteenth of May", "2016-05-15")],
        ),
    ],
)
def test_a_day_written_as_an_ordinal_word(nlp, text, expected):
    assert _found(nlp, text, "2016-03-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After this fall in oil prices, the budget slipped.", []),
        ("Nobody expected this fall from grace.", []),
        # the season, with a place or a noun after it
        ("She will campaign this fall in Ohio.", [("this fall", "2016-FA")]),
        ("The plan starts this fall in schools.", [("this fall", "2016-FA")]),
    ],
)
def test_fall_the_decline_is_no_season(nlp, text, expected):
    assert _found(nlp, text, "2016-03-10") == expected


@pytest.mark.parametrize(
    "text",
    [
        "We will need new rules in the very near future.",
        "Cars may drive themselves in the not-too-distant future.",
    ],
)
def test_a_near_future_with_an_intensifier(nlp, text):
    assert [value for _, value in _found(nlp, text, "2016-03-10")] == ["FUTURE_REF"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor held several town halls a day.", [("a day", "SET", "P1D")]),
        ("Staff answered dozens of calls a week.", [("a week", "SET", "P1W")]),
        # a wait, not a recurrence
        ("Many people wait a day for results.", [("a day", "DURATION", "P1D")]),
    ],
)
def test_a_vague_count_of_events_per_day_is_a_set(nlp, text, expected):
    found = [(t["text"], t["type"], t["value"]) for t in timexes_of(nlp, text, "2016-03-10")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He vetoed the bill in the last year of his term.",
            [("the last year", "DURATION", "P1Y")],
        ),
        ("Turnout rose in the last week of the campaign.", [("the last week", "DURATION", "P1W")]),
        # the year before the DCT
        ("In the last year, prices rose by a third.", [("the last year", "DATE", "2015")]),
        ("Sales in the last year of data fell.", [("the last year", "DATE", "2015")]),
    ],
)
def test_the_last_year_of_something_is_its_final_stretch(nlp, text, expected):
    found = [(t["text"], t["type"], t["value"]) for t in timexes_of(nlp, text, "2016-03-10")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month or weekday name inside a person's name names the person
        ('"It is over," said Jill June, a member of the board.', []),
        ("Jason January, the fire chief, said burning is banned.", []),
        # the month itself, next to a name
        ("Mark Halperin said in June that he would run.", [("June", "2015-06")]),
    ],
)
def test_a_month_inside_a_persons_name_is_no_date(nlp, text, expected):
    assert _found(nlp, text, "2016-02-04") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no publication date, a clock time takes the day the account named
        (
            "A man, 87, was killed in a crash Monday morning. It happened at about 10:35 a.m.",
            [("Monday morning", "XXXX-WXX-1TMO"), ("about 10:35 a.m.", "XXXX-WXX-1T10:35")],
        ),
        (
            "Friends will be received Thursday, March 26, from 7 p.m. until 9 p.m.",
            [
                ("Thursday, March 26", "XXXX-03-26"),
                ("7 p.m.", "XXXX-03-26T19:00"),
                ("9 p.m.", "XXXX-03-26T21:00"),
            ],
        ),
        # a bare weekday repeating the weekday of a full date just written is that date
        (
            "Services will be held Saturday, March 14, 2009. Visitation will be on Saturday.",
            [("Saturday, March 14, 2009", "2009-03-14"), ("Saturday", "2009-03-14")],
        ),
        # another weekday keeps its unknown week
        (
            "Services will be held Saturday, March 14, 2009. Visitation will be on Friday.",
            [("Saturday, March 14, 2009", "2009-03-14"), ("Friday", "XXXX-WXX-5")],
        ),
        # a weekday and day take the year, next to a full date's, that fits the weekday
        (
            "The funeral is Friday, March 27, 2009. Friends will be received Thursday, March 26.",
            [("Friday, March 27, 2009", "2009-03-27"), ("Thursday, March 26", "2009-03-26")],
        ),
        (
            "The funeral was Friday, Jan. 2, 2009. A wake was held Wednesday, Dec. 31.",
            [("Friday, Jan. 2, 2009", "2009-01-02"), ("Wednesday, Dec. 31", "2008-12-31")],
        ),
    ],
)
def test_an_undated_text_lends_its_days(nlp, text, expected):
    assert _found(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A lot was lost in America this past seven years.", [("this past seven years", "P7Y")]),
        ("At the moment, the likeliest route is unclear.", [("the moment", "PRESENT_REF")]),
        ("No shipments are moving at present.", [("present", "PRESENT_REF")]),
    ],
)
def test_extents_of_this_past_and_at_the_moment(nlp, text, expected):
    assert _found(nlp, text, "2016-02-04") == expected


@pytest.mark.parametrize(
    ("dct", "text", "expected"),
    [
        # the small hours after a night named before are the next day's
        (
            "2016-03-10",
            "The attack happened Friday night. Neighbors were woken at 4 a.m. by shouting.",
            [("Friday night", "2016-03-04TNI"), ("4 a.m.", "2016-03-05T04:00")],
        ),
        (
            None,
            "The attack happened Friday night. Neighbors were woken at 4 a.m. by shouting.",
            [("Friday night", "XXXX-WXX-5TNI"), ("4 a.m.", "XXXX-WXX-6T04:00")],
        ),
        # the evening hours are the night's own day
        (
            "2016-03-10",
            "He was stabbed Friday night. Police arrived at 11 p.m.",
            [("Friday night", "2016-03-04TNI"), ("11 p.m.", "2016-03-04T23:00")],
        ),
        # "after midnight" is the start of the day, "midnight Friday" its end
        (
            "2016-08-26",
            "The nomination came shortly after midnight.",
            [("midnight", "2016-08-26T00:00")],
        ),
        (
            "2016-03-10",
            "The offer expires at midnight Friday.",
            [("midnight Friday", "2016-03-11T24:00")],
        ),
    ],
)
def test_small_hours_and_midnight(nlp, dct, text, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an incident noun dates its weekday in the past whatever the clause's tense
        (
            "The slaughter early Sunday at the club has a uniquely local side.",
            [("early Sunday", "2016-06-12")],
        ),
        (
            "The board elects its chair at the start of each fiscal year.",
            [("each fiscal year", "P1Y")],
        ),
        # the article of "the overnight protest" is the noun's
        ("Hundreds joined the overnight protest.", [("overnight", "2016-06-14TNI")]),
        ("Hundreds protested through the overnight.", [("the overnight", "2016-06-14TNI")]),
    ],
)
def test_incidents_fiscal_sets_and_an_overnight_noun(nlp, text, expected):
    assert _found(nlp, text, "2016-06-15") == expected
