"""A verbless line of a notice that goes on in the tense of the sentence before it
("Services will be held Tuesday. … Viewing hours Monday from 4-7."), a world time in
parentheses after a local clock time ("10:35 a.m. (0735 GMT) Friday"), a live blog's time
stamp glued to a title in capitals ("9:12PMCNN Disputes"), "the same month a year ago",
a past part of the day that no day still ahead can date, and "today's" before an era
noun past the words that describe it ("today's global economy").

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import re

import pytest

from fivews.timeline.lexicon import WEEKDAY
from timex_cases import texts_and_values as _found
from timex_cases import timex_named

_SUNDAY = "2009-03-15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Services will be held Tuesday at 11:45 in the church. Interment at the cemetery."
            " Viewing hours Monday from 4-7 at the church.",
            [("Tuesday at 11:45", "2009-03-17T11:45"), ("Monday", "2009-03-16")],
        ),
        (
            "The parade will start at the park. Road closures Saturday and Monday on Main St.",
            [("Saturday", "2009-03-21"), ("Monday", "2009-03-16")],
        ),
        (
            "The fire destroyed a barn. Road closure Friday on Main Street.",
            [("Friday", "2009-03-13")],
        ),
        # near misses: a new paragraph, a first line, a sentence with its own verb, a
        # verbless line too far from the last verb
        (
            "Services will be held Tuesday at the church.\nViewing hours Monday at the church.",
            [("Tuesday", "2009-03-17"), ("Monday", "2009-03-09")],
        ),
        ("Viewing hours Monday from 4-7 at the church.", [("Monday", "2009-03-09")]),
        (
            "Services will be held Tuesday. The family met Monday at the church.",
            [("Tuesday", "2009-03-17"), ("Monday", "2009-03-09")],
        ),
        (
            "Services will be held at the church. Interment at the cemetery. Flowers from the"
            " family. Reception at the hall. Viewing hours Monday at the church.",
            [("Monday", "2009-03-09")],
        ),
    ],
)
def test_a_verbless_line_goes_on_in_the_tense_before_it(nlp, text, expected):
    assert _found(nlp, text, _SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
            [("about 10:35 a.m.", "2009-03-13T10:35"), ("Friday", "2009-03-13")],
        ),
        (
            "The ceasefire began at 8 a.m. local time (0500 GMT) on Friday.",
            [("8 a.m. local time", "2009-03-13T08:00"), ("Friday", "2009-03-13")],
        ),
        (
            "The jet is due to land at 12:30 EST (16:30 UTC) in New York.",
            [("12:30 EST", "2009-03-15T12:30"), ("16:30 UTC", "2009-03-15T16:30")],
        ),
        # near misses: no world time between the hour and its day, a weekday inside the
        # parentheses (the world time may fall on the day before)
        (
            "The blast occurred at 10:35 a.m. Friday.",
            [("10:35 a.m. Friday", "2009-03-13T10:35")],
        ),
        (
            "The quake hit at around 6 am (2200 GMT Friday) and blocked a river.",
            [("around 6 am", "2009-03-15T06:00"), ("Friday", "2009-03-13")],
        ),
    ],
)
def test_a_world_time_in_parentheses_is_no_part_of_the_clock_time(nlp, text, expected):
    assert _found(nlp, text, _SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "FeaturedFebruary 6, 2016 9:12PMCNN Disputes Report",
            "February 6, 2016 9:12PM",
            "2016-02-06T21:12",
        ),
        (
            "FeaturedFebruary 6, 2016 8:21PMWTF Was That?\nIt was an awkward start to the"
            " debate, as Ben Carson missed his cue.",
            "February 6, 2016 8:21PM",
            "2016-02-06T20:21",
        ),
        (
            "FeaturedFebruary 6, 2016 11:19PMMayor Wins",
            "February 6, 2016 11:19PM",
            "2016-02-06T23:19",
        ),
        # near miss: a letter glued to a clock without a.m./p.m. is no time stamp
        ("The score was 9:12X at the break on February 6, 2016.", "February 6, 2016", "2016-02-06"),
    ],
)
def test_a_time_stamp_glued_to_a_title_in_capitals(nlp, text, expression, value):
    assert timex_named(nlp, text, expression, "2016-02-07")["value"] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales fell 35% in January, compared to the same month a year ago, makers said.",
            [("January", "2009-01"), ("the same month a year ago", "2008-01")],
        ),
        (
            "Sales fell in March 2005, against the same month one year earlier.",
            [("March 2005", "2005-03"), ("the same month one year earlier", "2004-03")],
        ),
        # near misses: two years back is not "a year", a year in its own words stays
        (
            "Sales fell in January from the same month two years ago.",
            [("January", "2009-01"), ("the same month", "2009-01"), ("two years ago", "2007")],
        ),
        (
            "Sales fell 35% in January, compared to the same month last year.",
            [("January", "2009-01"), ("the same month last year", "2008-01")],
        ),
    ],
)
def test_the_same_month_a_year_ago_is_that_month_a_year_back(nlp, text, expected):
    assert _found(nlp, text, "2009-02-03") == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Voters will go to the polls Feb. 9. Four other candidates debated earlier in the"
            " evening and criticized the media.",
            "earlier in the evening",
            "2016-01-29TEV",
        ),
        # near misses: a future clause keeps the day ahead, a past one a day gone by
        (
            "Voters will go to the polls Feb. 9. Four candidates will debate later in the evening.",
            "later in the evening",
            "2016-02-09TEV",
        ),
        (
            "Voters went to the polls Jan. 26. Four candidates debated later in the evening.",
            "later in the evening",
            "2016-01-26TEV",
        ),
    ],
)
def test_a_past_part_of_the_day_is_no_day_still_ahead(nlp, text, expression, value):
    assert timex_named(nlp, text, expression, "2016-01-29")["value"] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jobs are hard to find in today's global economy.", []),
        ("Nobody would condemn today's refugees as a group.", []),
        ("He spoke about today's more stridently ideological media.", []),
        ("That is rare in today's climate.", []),
        # near misses: a day's own event, described or not
        ("Today's speech shows that.", [("Today", "2016-03-16")]),
        ("Today's booming merger market lifted shares.", [("Today", "2016-03-16")]),
        ("Today's final vote was close.", [("Today", "2016-03-16")]),
    ],
)
def test_todays_era_noun_past_its_describing_words(nlp, text, expected):
    assert _found(nlp, text, "2016-03-16") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Compared with the 2008 race, Trump's support today is well below McCain's"
            " support that year.",
            [("2008", "2008"), ("today", "2016-09-07"), ("that year", "2008")],
        ),
        (
            "He won in 2008. Today he says that year was hard.",
            [("2008", "2008"), ("Today", "2016-09-07"), ("that year", "2008")],
        ),
        # near misses: "the same year" and "the following year" still count from the
        # time last named, a year named after "today" is the one recalled
        (
            "He won in 2008. Today he spoke. He said the same year was hard.",
            [("2008", "2008"), ("Today", "2016-09-07"), ("the same year", "2016")],
        ),
        (
            "Today we remember 1968. The city burned that year.",
            [("Today", "2016-09-07"), ("1968", "1968"), ("that year", "1968")],
        ),
    ],
)
def test_that_year_passes_over_today(nlp, text, expected):
    assert _found(nlp, text, "2016-09-07") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chrysler will cut 789, or about a quarter, of its 3,200 dealers.", []),
        ("The Russell 2000 index fell 3% on Friday.", [("Friday", "2009-02-20")]),
        ("The Russel 2000 Index fell 3%.", []),
        ("It has been 20 years since Black Monday, the crash.", [("20 years", "P20Y")]),
        ("Crowds marked Bloody Sunday in Derry.", []),
        # near misses: a quarter of the calendar, a year before index funds, the shopping
        # day (the day after Thanksgiving), a weekday a lower-case "black" describes
        ("Sales rose in the quarter, of course, as prices fell.", [("the quarter", "2008-Q4")]),
        ("In 2000 index funds grew.", [("2000", "2000")]),
        ("Shoppers crowded stores on Black Friday.", [("Black Friday", "2008-11-28")]),
        ("It was a black Monday for the market.", [("Monday", "2009-02-23")]),
    ],
)
def test_shares_index_names_and_days_of_disaster_are_no_times(nlp, text, expected):
    assert _found(nlp, text, "2009-02-23") == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a possessive weekday of a matchup in a present or future clause is the nearer
        # one, one a clause looks back on ("since", "back from") the latest
        ("Tickets remain for Monday's matchup between Michigan and Rutgers.", "2016-09-26"),
        ("Trump lost Monday's matchup, Kall said.", "2016-09-19"),
        ("It is the first poll since Monday's debate.", "2016-09-19"),
        ("He is trying to bounce back from Monday night's debate.", "2016-09-19TNI"),
        ("He hopes to build on the momentum from Monday's debate.", "2016-09-19"),
        # near misses: a plain "from", a "since" giving a reason, an encounter with police
        ("He is preparing for Monday's debate.", "2016-09-26"),
        ("Results from Monday's runoff are expected after polls close.", "2016-09-26"),
        ("Since Monday's game is sold out, fans will watch at home.", "2016-09-26"),
        ("Police are reviewing Monday's encounter with protesters.", "2016-09-19"),
    ],
)
def test_events_looked_back_on_or_ahead_to(nlp, text, value):
    assert (
        timex_named(nlp, text, "Monday night" if "night" in text else "Monday", "2016-09-23")[
            "value"
        ]
        == value
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a plan told in the past for the day before the DCT: that day
        (
            "Krzanich was planning to hold a fund-raiser for Mr. Trump on Thursday night, a"
            " spokeswoman said on Tuesday.",
            "2016-06-02TNI",
        ),
        ("He was going to speak on Thursday.", "2016-06-02"),
        # near misses: a plan for a later day is still ahead, a walk to a place is no plan,
        # a weekday of another clause
        ("He was planning to hold a rally on Saturday.", "2016-06-04"),
        ("He was hoping to speak on Monday.", "2016-06-06"),
        ("He was going to the store on Saturday when he was struck.", "2016-05-28"),
        ("Residents who were going to leave said on Monday that they would stay.", "2016-05-30"),
    ],
)
def test_a_plan_told_in_the_past_for_the_day_before(nlp, text, value):
    expression = "Thursday night" if "night" in text else re.search(WEEKDAY, text, re.I).group(0)
    assert timex_named(nlp, text, expression, "2016-06-03")["value"] == value


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a year as the subject of "was/will be the year" is the year meant
        (
            "2007 was the year of the iPhone.",
            "2011-10-06",
            [("2007", "2007"), ("the year", "2007")],
        ),
        (
            "Democrats hope 2016 will be the year they win.",
            "2015-10-06",
            [("2016", "2016"), ("the year", "2016")],
        ),
        # "the same period" after a month is that month; "of the last year" moves it back
        (
            "Sales rose 10% in February compared with the same period last year.",
            "2010-03-02",
            [("February", "2010-02"), ("the same period last year", "2009-02")],
        ),
        (
            "Apple sold 1.6 million units in the fourth quarter, up from the same period of the"
            " last year.",
            "2007-01-18",
            [("the fourth quarter", "2006-Q4"), ("the same period of the last year", "2005-Q4")],
        ),
        # the final quarter of a year is its fourth
        (
            "Profit fell in the final quarter of 2009.",
            "2010-03-02",
            [("the final quarter of 2009", "2009-Q4")],
        ),
        # near misses: a year not the subject, a quarter nearer than the month, a game's
        # final quarter, the noun "current", the grammar's past tense
        (
            "In 2007 sales grew, and that was the year of the iPhone.",
            "2011-10-06",
            [("2007", "2007"), ("the year", "2011")],
        ),
        (
            "Sales rose in February, and in the fourth quarter profit beat the same period last"
            " year.",
            "2010-03-02",
            [
                ("February", "2010-02"),
                ("the fourth quarter", "2009-Q4"),
                ("the same period last year", "2008-Q4"),
            ],
        ),
        ("He scored twice in the final quarter.", "2010-03-02", []),
        ("The rhetoric reflects a strong current of opinion.", "2010-03-02", []),
        ("Candidates spoke of it in the past tense.", "2010-03-02", []),
    ],
)
def test_the_year_named_the_same_period_and_the_final_quarter(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The judge accepted the plea and set his sentencing for June 2.", "2009-06-02"),
        ("The judge set a hearing for Friday.", "2009-04-03"),
        # near misses: "set" with no event set for the day, a record set on a day
        ("He set a record for the season on Friday.", "2009-03-27"),
        ("The judge set bail at $5,000 on Friday.", "2009-03-27"),
    ],
)
def test_an_event_set_for_a_day_lies_ahead(nlp, text, value):
    expression = "June 2" if "June" in text else "Friday"
    assert timex_named(nlp, text, expression, "2009-03-31")["value"] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a world time tagged on its own and the hour before it take the day after them
        (
            "The window opens at 12:30 EST (16:30 UTC) on Thursday, NASA said.",
            [
                ("12:30 EST", "2018-05-17T12:30"),
                ("16:30 UTC", "2018-05-17T16:30"),
                ("Thursday", "2018-05-17"),
            ],
        ),
        # a world time in four figures is no year
        (
            "The vote is set for 11:30 a.m. (1530 GMT) on Thursday.",
            [("11:30 a.m.", "2018-05-17T11:30"), ("Thursday", "2018-05-17")],
        ),
        # "today's" before an era noun that names the day's event or report is the day
        ("Today's climate talks in Bonn ended.", [("Today", "2018-05-15")]),
        ("Today's workforce report showed gains.", [("Today", "2018-05-15")]),
        # a market line with its verb left out keeps its own reading
        (
            "Acme will report earnings Thursday. Shares up 2 percent Monday.",
            [("Thursday", "2018-05-17"), ("Monday", "2018-05-14")],
        ),
        # a month in a verbless line keeps its own reading
        (
            "The company cut 200 jobs. Layoffs in May and June.",
            [("May", "2018-05"), ("June", "2018-06")],
        ),
    ],
)
def test_near_misses_of_world_times_era_nouns_and_verbless_lines(nlp, text, expected):
    assert _found(nlp, text, "2018-05-15") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a year after "If" is still the subject; a number a label names is no year
        (
            "If 2007 was the year of the iPhone, 2015 was the year of the smartwatch.",
            "2015-12-20",
            [("2007", "2007"), ("the year", "2007"), ("2015", "2015"), ("the year", "2015")],
        ),
        (
            "Flight 1549 was the year's most remarkable rescue.",
            "2011-03-03",
            [("the year", "2011")],
        ),
        ("The Model 1800 was the year the firm grew.", "2012-04-02", [("the year", "2012")]),
        # "the same period" after a stretch of months, or before its own year, is no month
        (
            "Between January and March, car sales rose 4 percent from the same period last year.",
            "2012-04-05",
            [
                ("January", "2012-01"),
                ("March", "2012-03"),
                ("the same period last year", "2011-Q1"),
            ],
        ),
        (
            "October claims were down sharply from the same period in 2009.",
            "2010-11-12",
            [("October", "2010-10"), ("2009", "2009")],
        ),
        # a day an event "had been set for" may be over
        (
            "The hearing had been set for Friday, but the judge fell ill Thursday night.",
            "2012-09-29",
            [("Friday", "2012-09-28"), ("Thursday night", "2012-09-27TNI")],
        ),
        # "past" before "tense weeks" is the time
        (
            "After the past tense weeks of talks, the union ratified the contract Wednesday.",
            "2016-05-05",
            [("past", "PAST_REF"), ("Wednesday", "2016-05-04")],
        ),
    ],
)
def test_near_misses_of_the_year_named_the_same_period_and_set_for(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "ago today" names one day
        ("The rules emerged a week ago today.", "2009-03-15", [("a week ago today", "2009-03-08")]),
        (
            "The murder happened 15 years ago today.",
            "2009-03-15",
            [("15 years ago today", "1994-03-15")],
        ),
        # a life span is a span of years
        (
            'The homepage displays a photograph and the text "Steve Jobs 1955-2011", it said.',
            "2011-10-06",
            [("1955", "1955"), ("2011", "2011")],
        ),
        ("Smith (1920-2005) was a writer.", "2011-10-06", [("1920", "1920"), ("2005", "2005")]),
        # a present perfect before "ahead of" an event "on" a weekday: the coming one
        (
            "Clinton has found herself in a tight race ahead of the Iowa caucuses on Monday.",
            "2016-01-29",
            [("Monday", "2016-02-01")],
        ),
        # a weekend paper's "this past week" is the week now ending
        ("Sanders drew big crowds this past week.", "2016-06-05", [("this past week", "2016-W22")]),
        # near misses: "ago" and "today" apart, a vague count, a past "campaigned … on
        # Monday", "this past week" midweek, a span too long for a life
        (
            "He left two days ago. Today he is back.",
            "2009-03-15",
            [("two days ago", "2009-03-13"), ("Today", "2009-03-15")],
        ),
        (
            "It happened years ago today.",
            "2009-03-15",
            [("years ago", "PXY"), ("today", "2009-03-15")],
        ),
        (
            "Clinton campaigned ahead of the Iowa caucuses on Monday.",
            "2016-01-29",
            [("Monday", "2016-01-25")],
        ),
        ("Sanders drew big crowds this past week.", "2016-06-02", [("this past week", "2016-W21")]),
        ("The vault held coins from 1520-2005.", "2011-10-06", []),
        ("Call the clinic at Tel: 1945-2010, ext. 4.", "2011-10-06", []),
        ("Sections 1901-1999 of the statute were repealed.", "2011-10-06", []),
        (
            "Ten years ago today's champion was still in school.",
            "2013-04-15",
            [("Ten years ago", "2003"), ("today", "2013-04-15")],
        ),
    ],
)
def test_ago_today_life_spans_awaited_caucuses_and_this_past_week(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
