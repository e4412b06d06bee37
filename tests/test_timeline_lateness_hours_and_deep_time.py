"""Lateness, sky and deep time, back- and forward-looking words, hours that recur and
evening hours: a count before "early"/"late" is how late something came ("arrived two
weeks late this year": "this year"; not "rain fell for six hours late Sunday"); no season
before a solstice; "a million years", "tens of millions of years"; "retroactive to
January", "backdated to April" read back, "is due in January" ahead (not when overdue);
clock times a set governs recur ("from 4 to 6 p.m. daily", "On Saturdays the market opens
at 8 a.m.", a range's start with its end); a bare hour after a "p.m." hour is that evening's
("Doors open at 6 p.m.; the show starts at 7:30"; not the next morning's, another day's or
an earlier one); "planned for Saturday, has been postponed"; "the year after that"; "a
Friday's restaurant manager"; "asteroid 2012 DA14"; a life span after a comma; a quarter
or half of business copy that shares a word with a game's report ("schedule overtime at the
plant in the third quarter"); "every day since January"; "opened at 10 p.m. Thursday and
was packed by 2 a.m."; Fat Tuesday, April Fools' Day.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    (
        "The monsoon rains arrived two weeks late this year, delaying the sowing of rice.",
        "2013-08-19",
        [("two weeks", "P2W"), ("this year", "2013")],
    ),
    (
        "The last frost came three weeks late in May.",
        "2012-10-03",
        [("three weeks", "P3W"), ("May", "2012-05")],
    ),
    (
        "Wheat harvest in Kansas started 10 days early this year.",
        "2016-07-11",
        [("10 days", "P10D"), ("this year", "2016")],
    ),
    (
        "The payments went out a month late last year, pensioners complained.",
        "2003-11-12",
        [("a month", "P1M"), ("last year", "2002")],
    ),
    (
        "The harvest is expected two weeks late this year in much of the Midwest.",
        "2011-08-10",
        [("two weeks", "P2W"), ("this year", "2011")],
    ),
    (
        "Rain fell for six hours late Sunday, flooding streets in the capital.",
        "2009-01-26",
        [("six hours", "PT6H"), ("late Sunday", "2009-01-25")],
    ),
    (
        "The strike lasted two weeks early in 2019 and shut the ports.",
        "2019-08-05",
        [("two weeks", "P2W"), ("early in 2019", "2019")],
    ),
    (
        "Prices rose for several days late last month before easing.",
        "2018-07-23",
        [("several days", "PXD"), ("late last month", "2018-06")],
    ),
    ("The company will open late this year.", "2013-03-25", [("late this year", "2013")]),
    (
        "The winter solstice occurs at 1:35 p.m. Wednesday.",
        "2005-12-21",
        [("1:35 p.m. Wednesday", "2005-12-21T13:35")],
    ),
    (
        "The winter solstice and the Great Conjunction coincide on Monday.",
        "2020-12-16",
        [("Monday", "2020-12-14")],
    ),
    ("The summer solstice fell on Saturday.", "2014-06-21", [("Saturday", "2014-06-21")]),
    (
        "The fossils lived within a million years of the asteroid impact.",
        "2019-10-15",
        [("a million years", "P1000000Y")],
    ),
    (
        "The dinosaurs ruled for 1.5 million years.",
        "2019-10-15",
        [("1.5 million years", "P1500000Y")],
    ),
    (
        "The company said two million years of computing time had been donated.",
        "2019-04-11",
        [("two million years", "P2000000Y")],
    ),
    (
        "Mars once had lakes that lasted perhaps tens of millions of years, scientists said Thursday.",
        "2015-10-08",
        [("tens of millions of years", "PXY"), ("Thursday", "2015-10-08")],
    ),
    (
        "One million years from now, the coastline will look very different.",
        "2018-09-27",
        [("One million years from now", "FUTURE_REF")],
    ),
    (
        "He said the painting, bought for $5 million years ago, is now worth ten times as much.",
        "2012-06-14",
        [("years ago", "PXY"), ("now", "PRESENT_REF")],
    ),
    (
        "The order, which applies retroactively to March 1, will remain in effect through Dec. 31.",
        "2020-09-09",
        [("March 1", "2020-03-01"), ("Dec. 31", "2020-12-31")],
    ),
    ("The raise is retroactive to January.", "2020-09-09", [("January", "2020-01")]),
    (
        "The 2 percent pay rise for nurses will be backdated to April, the health secretary said.",
        "2018-07-12",
        [("April", "2018-04")],
    ),
    ("The baby is due in January.", "2018-02-13", [("January", "2019-01")]),
    ("The company said its new tablet is due out in July.", "2016-09-12", [("July", "2017-07")]),
    ("The report was due in January but never appeared.", "2018-02-13", [("January", "2018-01")]),
    ("The delays were due in part to January storms.", "2018-02-13", [("January", "2018-01")]),
    ("The rent due in April remains unpaid.", "2016-05-11", [("April", "2016-04")]),
    (
        "The installment that is due in May has still not been paid.",
        "2017-06-14",
        [("May", "2017-05")],
    ),
    (
        "Sales were stronger than expected in December, the retailer said.",
        "2018-07-10",
        [("December", "2017-12")],
    ),
    (
        "Early-bird specials are available from 4 to 6 p.m. daily.",
        "2010-09-27",
        [("4", "XXXX-XX-XXT16:00"), ("6 p.m.", "XXXX-XX-XXT18:00"), ("daily", "P1D")],
    ),
    (
        "Visiting hours are from 10 a.m. to 4 p.m. daily, except on holidays.",
        "2011-02-25",
        [("10 a.m.", "XXXX-XX-XXT10:00"), ("4 p.m.", "XXXX-XX-XXT16:00"), ("daily", "P1D")],
    ),
    (
        "The museum stays open late on Thursdays, until 9 p.m.",
        "2011-10-06",
        [("Thursdays", "XXXX-WXX-4"), ("9 p.m.", "XXXX-XX-XXT21:00")],
    ),
    (
        "On Saturdays the market opens at 8 a.m.",
        "2019-03-14",
        [("Saturdays", "XXXX-WXX-6"), ("8 a.m.", "XXXX-XX-XXT08:00")],
    ),
    (
        "On Sundays the library opens at 1 p.m. and closes at 5 p.m.",
        "2019-03-14",
        [("Sundays", "XXXX-WXX-7"), ("1 p.m.", "XXXX-XX-XXT13:00"), ("5 p.m.", "XXXX-XX-XXT17:00")],
    ),
    (
        "Breakfast with Santa is held each Saturday in December from 8 to 10 a.m.",
        "2016-12-12",
        [
            ("each Saturday", "XXXX-WXX-6"),
            ("December", "XXXX-12"),
            ("8", "XXXX-XX-XXT08:00"),
            ("10 a.m.", "XXXX-XX-XXT10:00"),
        ],
    ),
    (
        "The council meets on Tuesdays, but on Monday it met at 6 p.m.",
        "2019-03-14",
        [("Tuesdays", "XXXX-WXX-2"), ("Monday", "2019-03-11"), ("6 p.m.", "2019-03-11T18:00")],
    ),
    (
        "The shop opens daily but closed at 3 p.m. yesterday.",
        "2019-03-14",
        [("daily", "P1D"), ("3 p.m. yesterday", "2019-03-13T15:00")],
    ),
    (
        "Doors open at 6 p.m.; the show starts at 7:30.",
        "2017-03-15",
        [("6 p.m.", "2017-03-15T18:00"), ("7:30", "2017-03-15T19:30")],
    ),
    (
        "The cruise departs at 8 p.m. and returns around 10:30.",
        "2015-06-29",
        [("8 p.m.", "2015-06-29T20:00"), ("around 10:30", "2015-06-29T22:30")],
    ),
    (
        "Gates open at 5 p.m. Friday and the headliner takes the stage at 7:45, promoters said.",
        "2016-04-22",
        [("5 p.m. Friday", "2016-04-22T17:00"), ("7:45", "2016-04-22T19:45")],
    ),
    (
        "Radar lost contact at 5 p.m. Saturday, and the search resumed at 6:30 the next morning.",
        "2014-03-08",
        [("5 p.m. Saturday", "2014-03-08T17:00"), ("6:30 the next morning", "2014-03-09T06:30")],
    ),
    (
        "The curfew begins at 9 p.m. Shops may reopen at 9:30, the mayor said.",
        "2019-11-05",
        [("9 p.m.", "2019-11-05T21:00"), ("9:30", "2019-11-06T09:30")],
    ),
    (
        "The vote was held at 2 p.m.; the committee had met earlier at 11:30.",
        "2015-09-09",
        [("2 p.m.", "2015-09-09T14:00"), ("11:30", "2015-09-09T11:30")],
    ),
    (
        "The ferry departs at 18:00 and returns at 7:30.",
        "2014-05-05",
        [("18:00", "2014-05-05T18:00"), ("7:30", "2014-05-06T07:30")],
    ),
    (
        "The couple's wedding, planned for Saturday, has been postponed.",
        "2001-09-12",
        [("Saturday", "2001-09-15")],
    ),
    (
        "The rally, planned for Saturday, drew 500 people.",
        "2001-09-12",
        [("Saturday", "2001-09-08")],
    ),
    (
        "She moved to Rome in 1984; the next year she married, and the year after that she opened her first studio.",
        "2016-05-18",
        [("1984", "1984"), ("the next year", "1985"), ("the year after that", "1986")],
    ),
    (
        "He won in 2004 and lost the year before that.",
        "2016-05-18",
        [("2004", "2004"), ("the year before that", "2003")],
    ),
    (
        "The plant closed in March 2009 and reopened the month after that.",
        "2016-05-18",
        [("March 2009", "2009-03"), ("the month after that", "2009-04")],
    ),
    (
        "A Friday's restaurant manager for most of the 1990s, Cole now owns three diners.",
        "2006-01-31",
        [("the 1990s", "199"), ("now", "PRESENT_REF")],
    ),
    ("They met at a TGI Friday's in Dallas.", "2006-01-31", []),
    (
        "Separately, asteroid 2012 DA14 will pass within 17,200 miles of Earth on Friday.",
        "2013-02-15",
        [("Friday", "2013-02-15")],
    ),
    (
        "Investigators are still examining the 2018 AC130 crash in Georgia.",
        "2019-05-20",
        [("2018", "2018")],
    ),
    (
        "Obituary: Frank Delaney, 1931-2011, newspaperman and raconteur.",
        "2011-10-25",
        [("1931", "1931"), ("2011", "2011")],
    ),
    ("The polls are open Tuesday.", "2019-03-21", [("Tuesday", "2019-03-26")]),
    (
        "The automaker will schedule overtime at the plant in the third quarter.",
        "2018-07-31",
        [("the third quarter", "2018-Q3")],
    ),
    (
        "Earnings should rebound in the second half, the company said.",
        "2018-07-31",
        [("the second half", "2018-H2")],
    ),
    ("The team scored twice in the third quarter to win in overtime.", "2018-07-31", []),
    (
        "The Celtics' offensive production dried up in the third quarter and Boston lost the game.",
        "2018-01-29",
        [],
    ),
    (
        "She has posted a new video every day since January.",
        "2021-02-01",
        [("every day", "P1D"), ("January", "2021-01")],
    ),
    (
        "The store opened at 10 p.m. Thursday and was packed by 2 a.m.",
        "2014-11-28",
        [("10 p.m. Thursday", "2014-11-27T22:00"), ("2 a.m.", "2014-11-28T02:00")],
    ),
    (
        "Polling stations closed at 8 p.m. Sunday after opening at 5 a.m.",
        "2012-10-15",
        [("8 p.m. Sunday", "2012-10-14T20:00"), ("5 a.m.", "2012-10-14T05:00")],
    ),
    (
        "Revellers celebrated Fat Tuesday in New Orleans.",
        "2015-02-17",
        [("Fat Tuesday", "2015-02-17")],
    ),
    (
        "Pranksters marked April Fools' Day with fake headlines.",
        "2015-04-01",
        [("April Fools' Day", "2015-04-01")],
    ),
    (
        "The shelter opens its doors at 5 p.m., serves dinner at 6:30 and turns out the lights at 10:00.",
        "2015-11-20",
        [
            ("5 p.m.", "2015-11-20T17:00"),
            ("6:30", "2015-11-20T18:30"),
            ("10:00", "2015-11-20T22:00"),
        ],
    ),
    (
        "Crews worked nightly last week, and on Friday they finished at 4 a.m.",
        "2017-01-23",
        [
            ("nightly", "P1D"),
            ("last week", "2017-W03"),
            ("Friday", "2017-01-20"),
            ("4 a.m.", "2017-01-20T04:00"),
        ],
    ),
    (
        "The vote, expected in January, has been delayed until the summer.",
        "2018-03-12",
        [("January", "2018-01"), ("the summer", "2018-SU")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_lateness_hours_plans_and_deep_time(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
