"""Parts of a day listed after a day's part ("Tuesday afternoon and evening", "from
Saturday night into the morning"); 24-hour ranges in "hours" ("between 2300 and 0100
hours"); seasons of a year range or a short year ("the winter of 1950-51", "the summer of
'44"); bounds after a count ("10 days or more", "a week or less"; "as long as" stays out
of the extent, as AQUAINT tags "as long as <a month>"); day-of-month sets in words ("the seventh of each month"); "Nth-century" before a
name; "following" as a preposition; a length after an amount and a preposition ("in 2007
after just a year") and rates with an odd count ("22 and a half hours a day"); months of
other calendars ("the month of Muharram"); "the last month of the year"; "most recently
in" a month; a daily run bounded by a month unless it recurs each year; "the Summer and
Winter Olympics"; schedule verbs before a weekday ("The fair runs Thursday through
Sunday", not "scored four runs Saturday") and "begins Monday and ends Saturday"; the year
that frames a sentence past a clock time, the year a comma narrows ("in 2017, probably in
the autumn") and seasons in a framed sentence; "the week beginning Oct. 19"; a
digit-first quarter code ("in 3Q"); "the same period of 2007" after "so far this year" or
"the first six months"; a rate before a parenthesis; "normally" after its verb; month
ranges put in order across years; a two-day list before a conjunction; "the winter of
2008-2009"; "until 0600 hours each night"; "most recently in April and May".

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timex_named

_CASES = [
    (
        "The ministry released the 2014/15 fiscal year budget.",
        "2015-03-02",
        [("2014", "2014"), ("15", "2015")],
    ),
    (
        "Enrolment fell in the 2014–15 school year.",
        "2015-03-02",
        [("2014", "2014"), ("15", "2015")],
    ),
    (
        "Rain fell Tuesday afternoon and evening.",
        "2015-03-04",
        [("Tuesday afternoon", "2015-03-03TAF"), ("evening", "2015-03-03TEV")],
    ),
    (
        "The talks resume Friday morning and afternoon.",
        "2015-03-04",
        [("Friday morning", "2015-03-06TMO"), ("afternoon", "2015-03-06TAF")],
    ),
    (
        "Fighting raged from Saturday night into the morning.",
        "2015-03-04",
        [("Saturday night", "2015-02-28TNI"), ("the morning", "2015-03-01TMO")],
    ),
    (
        "Storms are expected this afternoon and evening.",
        "2015-03-04",
        [("this afternoon", "2015-03-04TAF"), ("evening", "2015-03-04TEV")],
    ),
    (
        "She worked late Tuesday afternoon and evening shifts were cancelled.",
        "2015-03-04",
        [("late Tuesday afternoon", "2015-03-03TAF")],
    ),
    (
        "The office opens in the morning and afternoon.",
        "2015-03-04",
        [("the morning", "2015-03-04TMO")],
    ),
    (
        "Armed robbers boarded the carrier between 2300 and 0100 hours.",
        "2016-05-13",
        [("2300", "2016-05-12T23:00"), ("0100 hours", "2016-05-13T01:00")],
    ),
    (
        "Troops patrolled from 1800 hours to 0600 hours.",
        "2015-03-02",
        [("1800 hours", "2015-03-01T18:00"), ("0600 hours", "2015-03-02T06:00")],
    ),
    (
        "In the winter of 1950-51 the river froze.",
        "2015-03-02",
        [("the winter of 1950-51", "1950-WI")],
    ),
    (
        "They met in the summer of '44.",
        "2015-03-02",
        [("the summer of '44", "1944-SU")],
    ),
    (
        "Customers in outer boroughs could wait 10 days or more.",
        "2012-10-31",
        [("10 days or more", "P10D")],
    ),
    (
        "The outage lasted a week or less.",
        "2012-10-31",
        [("a week or less", "P1W")],
    ),
    (
        "Drivers waited as long as three hours on Thursday.",
        "2012-11-02",
        [("three hours", "PT3H"), ("Thursday", "2012-11-01")],
    ),
    (
        "Ukraine must make the next payment by the seventh of each month.",
        "2009-10-07",
        [("the seventh of each month", "XXXX-XX-07")],
    ),
    (
        "Troops fired near the 11th-century Preah Vihear temple.",
        "2011-02-10",
        [("11th-century", "10")],
    ),
    (
        "The screens date from the 18th- and 19th-century workshops.",
        "2012-10-19",
        [("18th", "17"), ("19th-century", "18")],
    ),
    (
        "Tony Blair stepped down following 10 years in office.",
        "2007-06-27",
        [("10 years", "P10Y")],
    ),
    (
        "In the following two years, prices rose.",
        "2007-06-27",
        [("the following two years", "P2Y")],
    ),
    (
        "Abe left abruptly in 2007 after just a year.",
        "2012-12-26",
        [("2007", "2007"), ("a year", "P1Y")],
    ),
    (
        "It earns $5 million a year.",
        "2012-12-26",
        [],
    ),
    (
        "Shiites marked Ashura, the 10th day of the month of Muharram.",
        "2012-11-24",
        [("Ashura", "2012-11-24")],
    ),
    (
        "The hajj falls in Dhul Hijja, the last month of the Islamic lunar calendar.",
        "2016-09-11",
        [],
    ),
    (
        "The month of August was hot.",
        "2012-07-24",
        [("The month of August", "2012-08")],
    ),
    (
        "Sales fell in the last month of the year.",
        "2016-09-11",
        [("the last month of the year", "2016-12")],
    ),
    (
        "The plant is inspected twice a year by state regulators, most recently in January.",
        "2011-07-12",
        [("twice a year", "P1Y"), ("January", "2011-01")],
    ),
    (
        "The plant is inspected each year, most recently in September.",
        "2011-07-12",
        [("each year", "P1Y"), ("September", "2010-09")],
    ),
    (
        "The board meets quarterly, most recently on Tuesday.",
        "2008-03-05",
        [("quarterly", "P3M"), ("Tuesday", "XXXX-WXX-2")],
    ),
    (
        "The defendants sold drugs 24 hours a day from at least 2005 through 2013.",
        "2015-02-12",
        [("2005", "2005"), ("2013", "2013")],
    ),
    (
        "Prisoners are held in windowless cells for 22 and a half hours a day.",
        "2011-07-05",
        [],
    ),
    (
        "The outages will continue every day through the end of April, the utility said.",
        "2011-03-15",
        [("every day", "P1D"), ("the end of April", "2011-04")],
    ),
    (
        "The beach is patrolled every day through the end of August each year.",
        "2013-04-02",
        [("every day", "P1D"), ("the end of August", "XXXX-08"), ("each year", "P1Y")],
    ),
    (
        "She competed in both the Summer and Winter Olympics.",
        "2011-07-05",
        [],
    ),
    (
        "The fair runs Thursday through Sunday.",
        "2015-06-16",
        [("Thursday", "2015-06-18"), ("Sunday", "2015-06-21")],
    ),
    (
        "The trial begins Monday and ends Saturday.",
        "2015-06-16",
        [("Monday", "2015-06-22"), ("Saturday", "2015-06-27")],
    ),
    (
        "The trial began Monday and ended Saturday.",
        "2015-06-16",
        [("Monday", "2015-06-08"), ("Saturday", "2015-06-13")],
    ),
    (
        "The Yankees scored four runs Saturday to beat Boston.",
        "2010-09-26",
        [("Saturday", "2010-09-25")],
    ),
    (
        "Last year, ministers clinched a deal at 4 a.m. on Dec. 16.",
        "2015-12-09",
        [("Last year", "2014"), ("4 a.m. on Dec. 16", "2014-12-16T04:00")],
    ),
    (
        "The quota will be set in 2017, probably in the autumn.",
        "2016-03-09",
        [("2017", "2017"), ("the autumn", "2017-FA")],
    ),
    (
        "The quota will be set in 2017, possibly in March.",
        "2016-03-09",
        [("2017", "2017"), ("March", "2017-03")],
    ),
    (
        "In 2011, the quota was set in the spring.",
        "2016-03-09",
        [("2011", "2011"), ("the spring", "2011-SP")],
    ),
    (
        "The shares will be priced in the week beginning Oct. 19.",
        "2015-10-09",
        [("the week beginning Oct. 19", "2015-W43")],
    ),
    (
        "Profit rose in 3Q.",
        "2015-03-02",
        [("3Q", "2014-Q3")],
    ),
    (
        "Profit rose in 4Q results.",
        "2015-03-02",
        [("4Q", "2014-Q4")],
    ),
    (
        "So far this year, 120 cases were reported, up from 80 in the same period of 2007.",
        "2008-06-12",
        [("this year", "2008"), ("the same period of 2007", "2007")],
    ),
    (
        "In the first six months of this year, 40 cases were reported, compared with 90 in the same period of 2011.",
        "2012-08-02",
        [
            ("the first six months", "P6M"),
            ("this year", "2012"),
            ("the same period of 2011", "2011-H1"),
        ],
    ),
    (
        "Profit rose in the second quarter, compared with the same period of 2011.",
        "2012-08-02",
        [("the second quarter", "2012-Q2"), ("the same period of 2011", "2011-Q2")],
    ),
    (
        "The measures save 1.6 billion euros ($2.3 billion) a year.",
        "2009-06-01",
        [],
    ),
    (
        "Trains were running normally again by Sunday afternoon.",
        "2012-04-23",
        [("Sunday afternoon", "2012-04-22TAF")],
    ),
    (
        "The board normally meets on Tuesday.",
        "2012-04-23",
        [("Tuesday", "XXXX-WXX-2")],
    ),
    (
        "The troops will be stationed there from March through October.",
        "2010-11-19",
        [("March", "2011-03"), ("October", "2011-10")],
    ),
    (
        "He spent seven months in Helmand from November to May.",
        "2012-10-07",
        [("seven months", "P7M"), ("November", "2011-11"), ("May", "2012-05")],
    ),
    (
        "The embassy closed on Jan. 13 and 14 while staff searched the building.",
        "2010-01-29",
        [("Jan. 13", "2010-01-13"), ("14", "2010-01-14")],
    ),
    (
        "The embassy closed on Jan. 13 and 14 people were hurt.",
        "2010-01-29",
        [("Jan. 13", "2010-01-13")],
    ),
    (
        "In the winter of 2008-2009 gas stopped.",
        "2010-01-29",
        [("the winter of 2008-2009", "2008-WI")],
    ),
    (
        "Residents must stay indoors until 0600 hours each night.",
        "2015-11-03",
        [("0600 hours each night", "XXXX-XX-XXT06:00")],
    ),
    (
        "Prices have risen each spring, most recently in April and May.",
        "2012-06-13",
        [("each spring", "XXXX-SP"), ("April", "2012-04"), ("May", "2012-05")],
    ),
    (
        "Sales in the nine months ended Sept. 30 fell 11 percent from the same period of 2008.",
        "2009-10-21",
        [
            ("the nine months", "P9M"),
            ("Sept. 30", "2009-09-30"),
            ("the same period of 2008", "2008"),
        ],
    ),
    (
        "October claims were down sharply from the same period in 2009.",
        "2010-11-12",
        [("October", "2010-10"), ("2009", "2009")],
    ),
    (
        "Air India says the new airliner will save US$300 million in fuel a year.",
        "2008-03-01",
        [],
    ),
    ("Permanent workers make 330 pesos for a day's work.", "2016-03-21", []),
]

_KINDS = [
    (
        "Customers in outer boroughs could wait 10 days or more.",
        "2012-10-31",
        "10 days or more",
        "DURATION",
        "EQUAL_OR_MORE",
    ),
    (
        "The outage lasted a week or less.",
        "2012-10-31",
        "a week or less",
        "DURATION",
        "EQUAL_OR_LESS",
    ),
    (
        "Drivers waited as long as three hours on Thursday.",
        "2012-11-02",
        "three hours",
        "DURATION",
        None,
    ),
    ("The repairs could take a week or so.", "2012-10-31", "a week or so", "DURATION", "APPROX"),
    (
        "She worked late Tuesday afternoon and late evening.",
        "2015-03-04",
        "late evening",
        "TIME",
        "END",
    ),
    (
        "The seventh of each month is payday.",
        "2009-10-07",
        "The seventh of each month",
        "SET",
        None,
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_listed_parts_bounds_and_calendars(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(("text", "dct", "expression", "kind", "mod"), _KINDS)
def test_kind_and_mod(nlp, text, dct, expression, kind, mod):
    found = timex_named(nlp, text, expression, dct)
    assert (found["type"], found.get("mod")) == (kind, mod)
