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
        # an hour after an evening hour told before it
        (
            None,
            "Officers arrived Thursday night at 11:15 p.m. He died at 1:30 a.m.",
            [
                ("Thursday night", "XXXX-WXX-4TNI"),
                ("11:15 p.m.", "XXXX-WXX-4T23:15"),
                ("1:30 a.m.", "XXXX-WXX-5T01:30"),
            ],
        ),
        # midnight stays the end of its day
        (
            "2016-03-10",
            "The law takes effect after midnight tonight.",
            [("midnight tonight", "2016-03-10T24:00")],
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He served over 10 years in the Senate.", [("over 10 years", "P10Y", "MORE_THAN")]),
        ("He was sentenced to over 20 years in prison.", [("over 20 years", "P20Y", "MORE_THAN")]),
        ("The bridge has been closed over two months.", [("over two months", "P2M", "MORE_THAN")]),
        (
            "The region has seen over 40 years of conflict.",
            [("over 40 years", "P40Y", "MORE_THAN")],
        ),
        ("It killed 800 people over four decades of violence.", [("four decades", "P40Y", None)]),
    ],
)
def test_over_after_a_verb_of_time_a_state_or_before_of(nlp, text, expected):
    assert _spans(nlp, text, "2016-03-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death, a birth, a signing date no later weekday
        (
            "Smith died Sunday, March 6, 2016, at his home. Services will be held Sunday.",
            [("Sunday, March 6, 2016", "2016-03-06"), ("Sunday", "XXXX-WXX-7")],
        ),
        # some Tuesday
        (
            "The firm was set up on Tuesday, March 17, 2009. It first met on a Tuesday.",
            [("Tuesday, March 17, 2009", "2009-03-17"), ("Tuesday", "XXXX-WXX-2")],
        ),
        # a past day does not time a future clause's hour, nor an hour before "next week"
        (
            "He died Sunday at his home. A funeral will be at 11 a.m. at the church.",
            [("Sunday", "XXXX-WXX-7"), ("11 a.m.", "XXXX-XX-XXT11:00")],
        ),
        (
            "He was arrested Friday. He is due in court at 9 a.m. next week.",
            [("Friday", "XXXX-WXX-5"), ("9 a.m.", "XXXX-XX-XXT09:00"), ("next week", "XXXX-WXX")],
        ),
        # a habit's hour is any day's
        (
            "He was arrested Friday. Court hearings usually start at 9 a.m.",
            [("Friday", "XXXX-WXX-5"), ("9 a.m.", "XXXX-XX-XXT09:00")],
        ),
    ],
)
def test_undated_days_are_not_lent_too_far(nlp, text, expected):
    assert _found(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of another noun, then a verb: no rate of events
        ("Several states gave voters a week to register.", [("a week", "DURATION", "P1W")]),
        (
            "The firm hired several engineers a month into the project.",
            [("a month", "DURATION", "P1M")],
        ),
        # more of an incident lies ahead; an incident to be talked of is not dated by it
        ("Police expect more looting Saturday.", [("Saturday", "DATE", "2016-03-12")]),
        ("Leaders will meet to discuss the carnage Friday.", [("Friday", "DATE", "2016-03-11")]),
        ("The clashes Saturday left 12 people hurt.", [("Saturday", "DATE", "2016-03-05")]),
        # "fall" after "last" is the season, and a sales season too
        ("Hiring picked up last fall in sales.", [("last fall", "DATE", "2015-FA")]),
        ("The company expects a rebound this fall in sales.", [("this fall", "DATE", "2016-FA")]),
        # one of the month's, no day
        ("It will be the first of May's three matches.", [("May", "DATE", "2016-05")]),
    ],
)
def test_mends_of_a_review_of_the_change(nlp, text, expected):
    found = [(t["text"], t["type"], t["value"]) for t in timexes_of(nlp, text, "2016-03-10")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the moment of another event, or a past one: no present
        ("At the moment Ann Lee learned of the vote, she left the hall.", []),
        ("He says whatever works at the moment he says it.", []),
        ("It was a turning point nobody saw at the moment.", []),
        ("At the moment, the likeliest route is unclear.", [("the moment", "PRESENT_REF")]),
    ],
)
def test_the_moment_of_an_event_is_no_present(nlp, text, expected):
    assert _found(nlp, text, "2016-03-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "another" belongs to its stretch; the article of "a weekend rally" to the rally
        (
            "We expect it to be done in another couple of months.",
            [("another couple of months", "P2M")],
        ),
        ("He will serve another two years.", [("another two years", "P2Y")]),
        ("She spoke at a weekend rally in Ohio.", [("weekend", "XXXX-WXX-WE")]),
    ],
)
def test_another_stretch_and_an_attributive_weekend(nlp, text, expected):
    assert _found(nlp, text, "2016-01-29") == expected
