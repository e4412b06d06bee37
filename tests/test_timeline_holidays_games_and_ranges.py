"""Holidays of other calendars, games and day ranges: a bare "Eid" (whichever Eid the
tense points to; not the surname in "Bassem Eid" or "said Eid, a spokesman"), Diwali,
Deepavali and Holi (India's dates), Lent (not the verb, nor "Karen Lent"), Tet (not "the
Tet offensive", nor "Tet Htut"), Holy Week, Purim (Adar II in a leap year), Coptic
Christmas Eve, the Chinese New Year's Eve; Christmas and Easter told of Orthodox or
Coptic faithful (not the Greek church's Christmas, nor "Orthodox economists" or
"Ultra-Orthodox" parties); a game's quarters and halves ("the fourth quarter of
Sunday's Super Bowl") and its clock ("with 2:47 remaining"), not a company's quarter nor
the last 9:30 train; a day range whose year follows its end ("Aug. 20-21, 1968", "Dec.
30-Jan. 2, 1999", "June 5, 2015-June 7, 2016"); counted school days; Mountain and
Central time; a crop named by its season ("winter wheat").

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    # 1 Muharram came twice in 2008: January 10 and December 29
    (
        "Muslims will mark the Islamic New Year next week.",
        "2008-12-20",
        [("Islamic New Year", "2008-12-29"), ("next week", "2008-W52")],
    ),
    ("The winter wheat crop was rated 46 percent good.", "2020-11-30", []),
    (
        "Harvesting of the winter wheat crop is nearly over, while spring wheat will be harvested in August.",
        "2017-07-20",
        [("August", "2017-08")],
    ),
    ("Farmers expect a good crop this summer.", "2017-07-20", [("this summer", "2017-SU")]),
    ("In the spring, crops were planted.", "2017-07-20", [("the spring", "2017-SP")]),
    (
        "Muslims will celebrate Eid later this week.",
        "2019-06-03",
        [("Eid", "2019-06-04"), ("later this week", "2019-W23")],
    ),
    (
        "The Eid holiday ended on Tuesday.",
        "2019-08-14",
        [("Eid", "2019-08-11"), ("Tuesday", "2019-08-13")],
    ),
    ("Families shopped ahead of Eid.", "2019-06-03", [("Eid", "2019-06-04")]),
    ("Human rights activist Bassem Eid said the ceasefire was broken.", "2019-06-03", []),
    (
        '"We will appeal," said Eid, a spokesman for the ministry, on Tuesday.',
        "2020-02-11",
        [("Tuesday", "2020-02-11")],
    ),
    (
        "Eid said the group would appeal the ruling on Monday.",
        "2020-02-11",
        [("Monday", "2020-02-17")],
    ),
    (
        "Hindus celebrated Diwali on Sunday with fireworks.",
        "2019-10-30",
        [("Diwali", "2019-10-27"), ("Sunday", "2019-10-27")],
    ),
    ("Shops in Delhi stocked up for Deepavali.", "2017-10-12", [("Deepavali", "2017-10-19")]),
    (
        "Revellers threw coloured powder during Holi on Thursday.",
        "2019-03-22",
        [("Holi", "2019-03-21"), ("Thursday", "2019-03-21")],
    ),
    (
        "The Holi Cow bar in Sydney was closed on Monday after a health inspection.",
        "2016-07-12",
        [("Monday", "2016-07-11")],
    ),
    (
        "Lent begins on Wednesday for millions of Christians.",
        "2019-03-05",
        [("Lent", "2019-03-06"), ("Wednesday", "2019-03-06")],
    ),
    ("Many give up chocolate for Lent.", "2019-03-05", [("Lent", "2019-03-06")]),
    ("Banks Borrowed And Lent Less In 2009, Fed Says", "2010-01-12", [("2009", "2009")]),
    (
        '"We are reviewing the data," said Karen Lent, a spokeswoman for the agency.',
        "2018-07-19",
        [],
    ),
    (
        "Kenyan runner Peter Lent, 24, won the race on Sunday.",
        "2017-02-20",
        [("Sunday", "2017-02-19")],
    ),
    (
        "The Lent family has run the dairy farm outside Albany since 1920.",
        "2016-08-01",
        [("1920", "1920")],
    ),
    (
        "Vietnamese families prepare for Tet, which falls on Tuesday.",
        "2019-02-03",
        [("Tet", "2019-02-05"), ("Tuesday", "2019-02-05")],
    ),
    (
        "Vietnam prepares for Tet next week.",
        "2007-02-10",
        [("Tet", "2007-02-17"), ("next week", "2007-W07")],
    ),
    (
        "Fifty years ago, the Tet offensive shook Saigon.",
        "2018-01-30",
        [("Fifty years ago", "1968")],
    ),
    (
        '"The talks were useful," said Tet Htut, a senior Myanmar official, on Monday.',
        "2015-06-15",
        [("Monday", "2015-06-15")],
    ),
    ("Pilgrims flocked to Jerusalem for Holy Week.", "2019-04-15", [("Holy Week", "2019-W16")]),
    (
        "The Pope opened Holy Week with Palm Sunday Mass in St. Peter's Square.",
        "2016-03-20",
        [("Holy Week", "2016-W12"), ("Palm Sunday", "2016-03-20")],
    ),
    ("Purim begins next week.", "2019-03-15", [("Purim", "2019-03-21"), ("next week", "2019-W12")]),
    ("Purim begins next week.", "2016-03-15", [("Purim", "2016-03-24"), ("next week", "2016-W12")]),
    (
        "Copts gathered for Coptic Christmas Eve mass.",
        "2019-01-05",
        [("Coptic Christmas Eve", "2019-01-06")],
    ),
    (
        "Travellers headed home for Chinese New Year's Eve.",
        "2019-02-01",
        [("Chinese New Year's Eve", "2019-02-04")],
    ),
    (
        "Orthodox believers celebrated Christmas on Monday.",
        "2019-01-08",
        [("Christmas", "2019-01-07"), ("Monday", "2019-01-07")],
    ),
    (
        "Orthodox Christians marked Easter on Sunday.",
        "2019-04-30",
        [("Easter", "2019-04-28"), ("Sunday", "2019-04-28")],
    ),
    (
        "Greek Orthodox Christians in Athens will celebrate Christmas on Wednesday.",
        "2019-12-23",
        [("Christmas", "2019-12-25"), ("Wednesday", "2019-12-25")],
    ),
    (
        "Orthodox economists warned that Christmas spending would slow this year.",
        "2019-12-20",
        [("Christmas", "2019-12-25"), ("this year", "2019")],
    ),
    (
        "Ultra-Orthodox Jewish parties threatened to quit the coalition before Christmas.",
        "2018-12-20",
        [("Christmas", "2018-12-25")],
    ),
    (
        "Mahomes threw two touchdown passes in the fourth quarter of Sunday's Super Bowl.",
        "2020-02-03",
        [("Sunday", "2020-02-02")],
    ),
    (
        "Sterling scored twice in the first half of Saturday's game against Watford.",
        "2019-09-16",
        [("Saturday", "2019-09-14")],
    ),
    (
        "The Broncos were down by 10 points with 2:47 remaining in the fourth quarter.",
        "2017-11-13",
        [],
    ),
    ("Miller hit a three-pointer with 1:12 left to tie it at 98.", "2015-11-30", []),
    (
        "Profit rose in the fourth quarter of 2019.",
        "2019-09-16",
        [("the fourth quarter of 2019", "2019-Q4")],
    ),
    (
        "Profit rose in the fourth quarter, the company said.",
        "2019-09-16",
        [("the fourth quarter", "2018-Q4")],
    ),
    (
        "Revenue trailed analysts' estimates in the fourth quarter.",
        "2018-04-26",
        [("the fourth quarter", "2017-Q4")],
    ),
    (
        "Football became the most popular sport in the first half of the 20th century.",
        "2017-01-12",
        [("the first half of the 20th century", "19")],
    ),
    (
        "The last 9:30 train to Boston was cancelled because of flooding.",
        "2017-08-30",
        [("9:30", "2017-08-30T09:30")],
    ),
    ("The opening 8:00 session drew few attendees.", "2015-12-01", [("8:00", "2015-12-01T08:00")]),
    (
        "Soviet tanks rolled into Prague on Aug. 20-21, 1968.",
        "2012-08-03",
        [("Aug. 20", "1968-08-20"), ("21, 1968", "1968-08-21")],
    ),
    (
        "The talks were held Aug. 30-Sept. 2, 1998.",
        "2012-08-03",
        [("Aug. 30", "1998-08-30"), ("Sept. 2, 1998", "1998-09-02")],
    ),
    (
        "The talks ran Dec. 30-Jan. 2, 1999.",
        "2012-08-03",
        [("Dec. 30", "1998-12-30"), ("Jan. 2, 1999", "1999-01-02")],
    ),
    (
        "He served June 5, 2015-June 7, 2016, as interim director.",
        "2016-06-10",
        [("June 5, 2015", "2015-06-05"), ("June 7, 2016", "2016-06-07")],
    ),
    ("Students lost 10 school days to the strike.", "2019-05-01", [("10 school days", "P10D")]),
    (
        "The district needs 180 instructional days.",
        "2019-05-01",
        [("180 instructional days", "P180D")],
    ),
    (
        "The storm hit at 3 p.m. Mountain Time.",
        "2019-05-01",
        [("3 p.m. Mountain Time", "2019-05-01T15:00")],
    ),
    (
        "The show airs at 8 p.m. Central time.",
        "2019-05-01",
        [("8 p.m. Central time", "2019-05-01T20:00")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_holidays_games_and_day_ranges(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
