"""Eras, early years, ages, named days, rates, timetables, opening hours and periods
compared: "the 5th century BC" (not "the 20th century BC Hydro"), "476 CE",
"carbon-dated to about 1200", "between 1260 and 1390", "a centuries-old oak", "for
millennia"; "Earth Day", "World AIDS Day", "Whitsun" (not "the Earth Day Network", "John
Whitsun"), "days before Christmas" a few days ahead, "the Christmas week"; "rented by the
week", "overnight guests", "the morning-after pill"; "The bonds mature in February",
"falls due in July", "biweekly under the new lease"; "open daily from 9 a.m. to 5 p.m.",
"the first month after violence broke out", "the same period last year" after "the first
five months of 2016", "a dollar more than a year earlier".

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    (
        "The pottery fragments date to the 5th century BC, researchers said.",
        "2009-07-22",
        [("the 5th century BC", "BC04")],
    ),
    (
        "The temple was abandoned in the 8th century AD.",
        "2009-07-22",
        [("the 8th century AD", "07")],
    ),
    (
        "The coins date from the third century B.C.E. and the first century CE.",
        "2009-07-22",
        [("the third century B.C.E.", "BC02"), ("the first century CE", "00")],
    ),
    (
        "Growth in the 20th century BC Hydro service area slowed sharply.",
        "2014-09-23",
        [("the 20th century", "19")],
    ),
    ("Rome fell in 476 CE.", "2009-07-22", [("476 CE", "0476")]),
    (
        "The manuscript was probably copied between 1450 and 1500, experts said.",
        "2009-07-22",
        [("1450", "1450"), ("1500", "1500")],
    ),
    (
        "Carbon dating puts the shroud between 1260 and 1390.",
        "2009-07-22",
        [("1260", "1260"), ("1390", "1390")],
    ),
    (
        "The timber beams were carbon-dated to about 1200, the team said.",
        "2009-07-22",
        [("about 1200", "1200")],
    ),
    ("The church dates to 1350.", "2009-07-22", [("1350", "1350")]),
    (
        "The hotel will close for renovation from November until the spring of 2006.",
        "2005-07-08",
        [("November", "2005-11"), ("the spring of 2006", "2006-SP")],
    ),
    (
        "Sales rose in September and the summer of 2019.",
        "2020-02-10",
        [("September", "2019-09"), ("the summer of 2019", "2019-SU")],
    ),
    (
        "The work runs from June to the fall of 2006.",
        "2005-07-08",
        [("June", "2006-06"), ("the fall of 2006", "2006-FA")],
    ),
    (
        "Workers cut down a centuries-old oak tree on Monday.",
        "2009-07-22",
        [("centuries-old", "PXC"), ("Monday", "2009-07-20")],
    ),
    ("It settled a decades-old dispute.", "2009-07-22", [("decades-old", "PXY")]),
    (
        "The centuries-old church was damaged in the quake.",
        "2009-07-22",
        [("centuries-old", "PXC")],
    ),
    (
        "The tradition has survived for millennia, villagers say.",
        "2009-07-22",
        [("millennia", "PXL")],
    ),
    ("Humans have lived there for two millennia.", "2009-07-22", [("two millennia", "P2L")]),
    ("A 500-year-old painting was stolen.", "2009-07-22", []),
    ("In the 21st Century, wars are fought online.", "2016-12-13", [("the 21st Century", "20")]),
    (
        "Life In The 21st Century Is Hard, read the headline.",
        "2016-12-13",
        [("The 21st Century", "20")],
    ),
    (
        "A 2014 study found that the morning-after pill was less effective in heavier women.",
        "2020-05-19",
        [("2014", "2014")],
    ),
    (
        "More than 170 countries signed the accord at the United Nations on Earth Day.",
        "2016-04-22",
        [("Earth Day", "2016-04-22")],
    ),
    ("The Earth Day Network said the event drew record crowds.", "2015-12-01", []),
    (
        "Protests are planned for International Women's Day on Thursday.",
        "2018-03-05",
        [("International Women's Day", "2018-03-08"), ("Thursday", "2018-03-08")],
    ),
    ("The roads will be packed over Whitsun.", "2019-05-24", [("Whitsun", "2019-06-09")]),
    ("John Whitsun, a spokesman for the agency, declined to comment.", "2019-05-30", []),
    (
        "Health officials marked World AIDS Day with a call for more testing.",
        "2015-12-01",
        [("World AIDS Day", "2015-12-01")],
    ),
    (
        "The storm stranded travelers days before Christmas.",
        "2010-12-16",
        [("days", "PXD"), ("Christmas", "2010-12-25")],
    ),
    (
        "Snow closed Heathrow, stranding thousands days before Christmas.",
        "2011-01-05",
        [("days", "PXD"), ("Christmas", "2010-12-25")],
    ),
    (
        "He died days before Christmas in 1998.",
        "2010-12-16",
        [("days", "PXD"), ("Christmas", "1998-12-25"), ("1998", "1998")],
    ),
    ("As leaves fall and winter approaches, birds leave.", "2012-05-01", []),
    ("Beach huts can be rented by the week in high season.", "2017-12-04", []),
    ("The company grows by the year.", "2017-12-04", []),
    ("Emissions must fall by the year 2030.", "2017-12-04", [("the year 2030", "2030")]),
    ("The report is due by the month's end.", "2017-12-04", [("the month", "2017-12")]),
    ("Day-trippers outnumber overnight guests by three to one.", "2013-05-21", []),
    ("Guests stayed overnight in the gym.", "2013-05-21", [("overnight", "2013-05-20TNI")]),
    ("The loan comes due in March.", "2010-09-28", [("March", "2011-03")]),
    ("Greece's next big bond payment falls due in July.", "2015-11-10", [("July", "2016-07")]),
    (
        "The bonds mature in February and pay a coupon of 5.25 percent.",
        "2014-08-12",
        [("February", "2015-02")],
    ),
    ("The notes matured in March and were repaid in full.", "2010-09-28", [("March", "2010-03")]),
    ("Her stock options vest in January.", "2010-09-28", [("January", "2011-01")]),
    ("Tenants will pay rent biweekly under the new lease.", "2005-02-15", [("biweekly", "P2W")]),
    ("The literary quarterly might fold without new funding, its editor said.", "2016-06-13", []),
    (
        "The museum is open daily from 9 a.m. to 5 p.m. and closed Mondays.",
        "2012-06-05",
        [
            ("daily", "P1D"),
            ("9 a.m.", "XXXX-XX-XXT09:00"),
            ("5 p.m.", "XXXX-XX-XXT17:00"),
            ("Mondays", "XXXX-WXX-1"),
        ],
    ),
    (
        "The park is open daily until 10 p.m.",
        "2012-06-05",
        [("daily", "P1D"), ("10 p.m.", "XXXX-XX-XXT22:00")],
    ),
    (
        "The museum is open today from 9 a.m. to 5 p.m.",
        "2012-06-05",
        [("today", "2012-06-05"), ("9 a.m.", "2012-06-05T09:00"), ("5 p.m.", "2012-06-05T17:00")],
    ),
    (
        "In the first five months of 2016, Italian authorities registered 47,851 arrivals by sea, roughly the same as in the same period last year.",
        "2016-07-08",
        [("the first five months", "P5M"), ("2016", "2016"), ("the same period last year", "2015")],
    ),
    (
        "Between January and March, car sales rose 4 percent from the same period last year.",
        "2012-04-05",
        [("January", "2012-01"), ("March", "2012-03"), ("the same period last year", "2011-Q1")],
    ),
    (
        "At least 6,700 Rohingya were killed in the first month after violence broke out.",
        "2017-12-12",
        [("the first month", "P1M")],
    ),
    (
        "She was elected mayor in 2008, the first year after the merger.",
        "2012-07-19",
        [("2008", "2008")],
    ),
    (
        "Gasoline jumped to a record $3.07 a gallon, nearly a dollar more than a year earlier.",
        "2005-09-06",
        [("a year earlier", "2004")],
    ),
    (
        "More than a year earlier, he had warned of the risk.",
        "2005-09-06",
        [("More than a year earlier", "2004")],
    ),
    (
        "In the 20th century BC's population grew tenfold.",
        "2011-04-14",
        [("the 20th century", "19")],
    ),
    (
        "In the 21st Century New York has become a global hub.",
        "2013-06-06",
        [("the 21st Century", "20")],
    ),
    ("The 20th Century Was Brutal", "2018-01-15", [("The 20th Century", "19")]),
    (
        "Airlines expect the Christmas week to be the busiest of the year.",
        "2008-12-22",
        [("the Christmas week", "2008-W52"), ("the year", "2008")],
    ),
    (
        "Traffic peaks over the Thanksgiving weekend.",
        "2010-11-20",
        [("the Thanksgiving weekend", "2010-W47-WE")],
    ),
    (
        "The 4th century BC Greek theatre was restored.",
        "2014-09-23",
        [("The 4th century BC", "BC03")],
    ),
    (
        "The first year after the war, 1946, was marked by shortages.",
        "2004-06-18",
        [("1946", "1946")],
    ),
    (
        "Bookings usually peak in the first week after Easter.",
        "2019-03-01",
        [("Easter", "2019-04-21")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_eras_named_days_seasons_rates_and_opening_hours(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
