"""Years of an era ("500 BC", "AD 79", "250" of "between 250 and 100 B.C."; not the "2010
B.C. election" of British Columbia); a year written after a day, month or holiday ("on
Veterans Day in 2007"); days listed after a date written month first ("May 7, 8 and 9",
not "On May 7, 8 people died"); a season before "and" and another season ("spring and
fall art shows"); a school year's side of the present ("the upcoming school year");
"at the present time", "at this moment", "a matter of days"; a clock time whose day is
named after it ("A 2 p.m. performance will take place May 3"). And the time figures keep
events of years before 1678, which nanosecond timestamps cannot hold.

Sentences are our own; each test gives its publication date (DCT), or None.
"""

from __future__ import annotations

import pytest

from fivews.plots.five_ws import event_times
from fivews.plots.selection import timeline_selection
from timex_cases import texts_and_values as _found
from timex_cases import timex_named


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The mound was built between 250 and 100 B.C. by farmers.",
            None,
            [("250", "BC0250"), ("100 B.C.", "BC0100")],
        ),
        (
            "The culture lasted from 500 BC to 1000 AD in the valley.",
            "2009-04-10",
            [("500 BC", "BC0500"), ("1000 AD", "1000")],
        ),
        ("Rome was founded in 753 BC.", None, [("753 BC", "BC0753")]),
        ("The city was buried in AD 79.", None, [("AD 79", "0079")]),
        ("The site dates to 8000 BC.", None, [("8000 BC", "BC8000")]),
        ("He was born around 4 B.C.E., scholars say.", None, [("around 4 B.C.E.", "BC0004")]),
        # British Columbia, not an era; an advertisement, not Anno Domini
        ("The 2010 B.C. election was close.", None, [("2010", "2010")]),
        ("He saw 20 ad spots in May.", None, [("May", "XXXX-05")]),
    ],
)
def test_a_year_of_an_era(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The memorial was dedicated on Veterans Day in 2007.",
            [("Veterans Day", "2007-11-11"), ("2007", "2007")],
        ),
        ("They met on May 3 in 2005.", [("May 3", "2005-05-03"), ("2005", "2005")]),
        ("He won the title in June in 2005.", [("June", "2005-06"), ("2005", "2005")]),
        (
            "The deal was signed on Christmas Eve of 1999.",
            [("Christmas Eve", "1999-12-24"), ("1999", "1999")],
        ),
        # a year that measures money is not the day's
        ("Prices on May 3 in 2005 dollars were high.", [("May 3", "2009-05-03"), ("2005", "2005")]),
    ],
)
def test_a_year_written_after_a_day_month_or_holiday(nlp, text, expected):
    assert _found(nlp, text, "2009-04-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The show runs May 7, 8 and 9 at the theater.",
            [("May 7", "XXXX-05-07"), ("8", "XXXX-05-08"), ("9", "XXXX-05-09")],
        ),
        (
            "Shows are May 7, 8, 9 and 10.",
            [
                ("May 7", "XXXX-05-07"),
                ("8", "XXXX-05-08"),
                ("9", "XXXX-05-09"),
                ("10", "XXXX-05-10"),
            ],
        ),
        (
            "Shows are May 1, 2, and 3.",
            [("May 1", "XXXX-05-01"), ("2", "XXXX-05-02"), ("3", "XXXX-05-03")],
        ),
        # counts, not days: a noun after the list, no closing "and", days that fall
        ("On May 7, 8 people died.", [("May 7", "XXXX-05-07")]),
        ("On May 7, 8 and 9 people died.", [("May 7", "XXXX-05-07")]),
        ("Votes on May 9, 8 and 7.", [("May 9", "XXXX-05-09")]),
    ],
)
def test_days_listed_after_a_month_and_day(nlp, text, expected):
    assert _found(nlp, text, None) == expected


def test_days_listed_after_a_dated_day_take_its_year(nlp):
    found = _found(nlp, "The screenings will be held March 17, 18 and 19.", "2009-03-02")
    assert found == [("March 17", "2009-03-17"), ("18", "2009-03-18"), ("19", "2009-03-19")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The organization's spring and fall art shows drew crowds.",
            [("spring", "XXXX-SP"), ("fall", "XXXX-FA")],
        ),
        ("Prices spring and fall with the market.", []),
    ],
)
def test_a_season_before_another_season(nlp, text, expected):
    assert _found(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clubs are finished for the current school year.",
            [("the current school year", "PRESENT_REF")],
        ),
        (
            "Applications for the upcoming school year are up.",
            [("the upcoming school year", "FUTURE_REF")],
        ),
        ("Routes may improve next school year.", [("next school year", "FUTURE_REF")]),
        ("Fees rose in the last academic year.", [("the last academic year", "PAST_REF")]),
        ("That school year was hard.", []),
        ("I'm looking to the coming budget year.", [("the coming budget year", "2010")]),
    ],
)
def test_a_school_year_is_only_its_side_of_the_present(nlp, text, expected):
    assert _found(nlp, text, "2009-04-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There is a low risk at the present time.", [("the present time", "PRESENT_REF")]),
        ("At this moment, nobody knows where he is.", [("this moment", "PRESENT_REF")]),
        ("At this moment he says it, the crowd cheers.", []),
        ("It will be done in a matter of days.", [("a matter of days", "PXD")]),
        ("We moved within a matter of hours.", [("a matter of hours", "PTXH")]),
    ],
)
def test_the_present_and_a_matter_of_days(nlp, text, expected):
    assert _found(nlp, text, "2009-04-10") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "A 2 p.m. performance will take place May 3.",
            None,
            [("2 p.m.", "XXXX-05-03T14:00"), ("May 3", "XXXX-05-03")],
        ),
        (
            "A 2 p.m. performance will take place May 3.",
            "2009-04-10",
            [("2 p.m.", "2009-05-03T14:00"), ("May 3", "2009-05-03")],
        ),
        (
            "At 1:40 a.m. on a Thursday, a car hit a deer.",
            None,
            [("1:40 a.m.", "XXXX-WXX-4T01:40"), ("Thursday", "XXXX-WXX-4")],
        ),
        # the day of another event, a range of days, a clause between
        (
            "The 9 a.m. meeting was moved to May 3.",
            None,
            [("9 a.m.", "XXXX-XX-XXT09:00"), ("May 3", "XXXX-05-03")],
        ),
        (
            "The gallery is open from 10 a.m.-4 p.m. Monday-Saturday.",
            None,
            [
                ("10 a.m.", "XXXX-XX-XXT10:00"),
                ("4 p.m.", "XXXX-XX-XXT16:00"),
                ("Monday", "XXXX-WXX-1"),
                ("Saturday", "XXXX-WXX-6"),
            ],
        ),
        (
            "At 9 p.m., police said, the man arrested May 3 fled.",
            None,
            [("9 p.m.", "XXXX-XX-XXT21:00"), ("May 3", "XXXX-05-03")],
        ),
    ],
)
def test_a_clock_time_before_its_day(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


def _dated_event(eid: str, value: str) -> dict:
    return {
        "id": eid,
        "start": 0,
        "end": 5,
        "text": f"event {eid}",
        "trigger": {"text": "built"},
        "event_type": "Other",
        "time": {"value": value, "how": "explicit"},
    }


def test_the_time_tables_keep_years_before_1678():
    events = [_dated_event("e1", "1600"), _dated_event("e2", "0400"), _dated_event("e3", "2017")]
    table = timeline_selection(events)
    assert list(table["begin"].dt.year) == [400, 1600, 2017]
    assert table["shown"].all()
    assert list(event_times(events)["begin"].dt.year) == [400, 1600, 2017]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "before" closing its clause counts back as "earlier" does
        (
            "The school had 341 students this year, up from 179 only two years before.",
            "2009-04-10",
            [("this year", "2009"), ("two years before", "2007")],
        ),
        (
            "He quit on May 5. He had been warned a week before.",
            None,
            [("May 5", "XXXX-05-05"), ("a week before", "P1W")],
        ),
        # a stretch, then "before"; "before" an event
        ("He had served for two years before.", None, [("two years", "P2Y")]),
        ("Three days before the vote, he quit.", None, [("Three days", "P3D")]),
        # a bare unit gone without something
        (
            "She went weeks without pay and was then underpaid for months.",
            None,
            [("weeks", "PXW"), ("months", "PXM")],
        ),
        (
            "Students not enrolled this semester can apply.",
            None,
            [("this semester", "PRESENT_REF")],
        ),
        ("He will teach next semester.", None, [("next semester", "FUTURE_REF")]),
        # a year named by its last day is a period, with or without a DCT; "ended badly" is
        # no last day
        (
            "Funds for the fiscal year ending Dec. 31, 2009, were approved.",
            None,
            [("the fiscal year", "P1Y"), ("Dec. 31, 2009", "2009-12-31")],
        ),
        (
            "It expects a loss for the year ending tomorrow.",
            "1989-11-02",
            [("the year", "P1Y"), ("tomorrow", "1989-11-03")],
        ),
        ("The year ended badly.", "1989-11-02", [("The year", "1989")]),
    ],
)
def test_before_semesters_and_years_named_by_their_end(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police patrolled during the evening hours.", [("the evening hours", "2009-04-10TEV")]),
        # the day after "of" is tagged alone, as "the night of Oct. 23"
        ("The fire broke out in the early morning hours of Sunday.", [("Sunday", "2009-04-05")]),
        ("He was killed in the morning of Sunday.", [("Sunday", "2009-04-05")]),
        # a part of the day joined to the weekday after it is one time, with its edge
        (
            "The fire broke out in the early morning Sunday.",
            [("the early morning Sunday", "2009-04-05TMO")],
        ),
        (
            "The shooting happened in the early morning hours Sunday.",
            [("the early morning hours Sunday", "2009-04-05TMO")],
        ),
        ("He works morning hours.", []),
    ],
)
def test_hours_of_a_part_of_the_day(nlp, text, expected):
    assert _found(nlp, text, "2009-04-10") == expected


def test_a_part_of_the_day_before_a_weekday_keeps_its_edge(nlp):
    found = timex_named(
        nlp,
        "The fire broke out in the early morning Sunday.",
        "the early morning Sunday",
        "2009-04-10",
    )
    assert found.get("mod") == "START"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The animal's age is between eight and 10 years.", []),
        ("Their age was about 30 years.", []),
        # the age of a thing is a stretch TimeBank tags
        ("The average age of the fleet is 12 years.", [("12 years", "P12Y")]),
    ],
)
def test_an_age_said_to_be_a_count_of_years(nlp, text, expected):
    assert _found(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "In 1972, McGovern lost the election to Nixon that November, carrying one state.",
            "2016-04-26",
            [("1972", "1972"), ("that November", "1972-11")],
        ),
        (
            "Riots at the 1968 convention led to his loss that November.",
            None,
            [("1968", "1968"), ("that November", "1968-11")],
        ),
        # "that" opening a clause, and no year named before
        ("He said that November was cold.", "2016-04-26", [("November", "2015-11")]),
        ("He lost that November.", None, [("November", "XXXX-11")]),
    ],
)
def test_that_month_is_of_the_year_named_before(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an era's abbreviation before a noun or a name is no era; British Columbia
        ("About 150 B.C. residents signed the letter.", []),
        ("More than 9,000 BC Hydro customers lost power.", []),
        ("In 2013 B.C. and Alberta voted.", [("2013", "2013")]),
        ("The study followed 400 AD patients.", []),
        ("Azul flight AD 4523 landed.", []),
        ("Farming began around 1900 B.C. in the valley.", [("around 1900 B.C.", "BC1900")]),
        ("Bronze was in use by 2000 BC.", [("2000 BC", "BC2000")]),
        # a year after a date before a noun it counts or dates
        ("Sales rose in May in 1200 stores.", [("May", "2012-05")]),
        ("Prices on May 3 in 2005 dollars were high.", [("May 3", "2012-05-03"), ("2005", "2005")]),
        # counts after a frame opening the sentence, and a share
        ("As of June 1, 15 and 16 from the district had enrolled.", [("June 1", "2012-06-01")]),
        ("By Nov. 1, 6 and 7 in 10 adults agreed.", [("Nov. 1", "2011-11-01")]),
        (
            "On May 7, 8 and 9, the show ran.",
            [("May 7", "2012-05-07"), ("8", "2012-05-08"), ("9", "2012-05-09")],
        ),
        # a season is a verb or a thing after a noun or an adjective
        ("As leaves fall and winter approaches, birds leave.", []),
        # ... the second season is read as before (a season and "and" before it)
        ("The Arab Spring and summer protests spread.", [("summer", "2012-SU")]),
        # a semester's own words
        ("It was the last semester of his senior year.", []),
        ("In 1998, he returned the next semester.", [("1998", "1998")]),
        # a day in a clause of its own is not the time's day
        (
            "At 4 p.m. the governor will sign a bill passed Monday.",
            [("4 p.m.", "2012-05-01T16:00"), ("Monday", "2012-04-30")],
        ),
        (
            "The 2 p.m. game is scheduled for May 3.",
            [("2 p.m.", "2012-05-03T14:00"), ("May 3", "2012-05-03")],
        ),
        # "the year ended" before a weekday, not before a share
        (
            "Sales in the year ended Saturday rose.",
            [("the year", "P1Y"), ("Saturday", "2012-04-28")],
        ),
        ("The year ended 13 percent higher.", [("The year", "2012")]),
        ("He paid $2 million over two years before.", [("over two years", "P2Y")]),
        (
            "Costs rise for the year ending next June.",
            [("the year", "P1Y"), ("next June", "2012-06")],
        ),
        # an era's year after "AD", or before a preposition
        ("The eruption in AD 79 buried Pompeii.", [("AD 79", "0079")]),
        (
            "The wall was built from 122 to 128 A.D. along the frontier.",
            [("122", "0122"), ("128 A.D.", "0128")],
        ),
        (
            "The 2 p.m. matinee will be staged May 3 at the Orpheum.",
            [("2 p.m.", "2012-05-03T14:00"), ("May 3", "2012-05-03")],
        ),
        ("Spring and summer rains were welcome.", [("Spring", "2012-SP"), ("summer", "2012-SU")]),
        # a part of the day stays with the weekday before it
        (
            "He quit on Friday night Tuesday.",
            [("Friday night", "2012-04-27TNI"), ("Tuesday", "2012-05-01")],
        ),
        (
            "The fire broke out in the late night hours Tuesday.",
            [("the late night hours Tuesday", "2012-05-01TNI")],
        ),
    ],
)
def test_near_misses_of_eras_lists_seasons_and_later_days(nlp, text, expected):
    assert _found(nlp, text, "2012-05-01") == expected
