"""Times in schedules, rates and reports: "quarter-point" rate moves, "2000 more
soldiers", "a second, stronger quake"; counts of a smaller unit in a larger one ("six days
a week", a rate left untagged as TimeBank leaves "24 hours a day"); a baseline "up from 4.2
percent in December"; a measure announced "starting Tuesday"; a day a report looked ahead
to ("On Wednesday, forecasters said Michael would weaken by Friday"); "a Saturday
schedule"; "180 daily departures"; "Fridays for Future"; "midweek"; "the holiday
weekend"; "ahead of the long Memorial Day weekend"; "happened overnight"; "a week ago
Tuesday"; "every March 14"; "a 10-year period"; "the rest of the quarter"; fiscal quarters
just reported; a range of months that crosses a new year; "the next quarter of a
century"; an age range; "The season finale airs Sunday"; "the first quarter of growth",
"the second half of their taxes"; "the 14th of each month", "the second Tuesday of each
month" and the clock time of its meeting; "six weeks earlier this season"; "will hire in
the first quarter" said in December; a schedule's present the parser reads as a noun
("The season premiere airs Thursday", "The Senate votes Thursday"); holidays named by
Easter ("Holy Thursday"), Canada's Thanksgiving, "last year's Ramadan", and days that name
a pact ("the Good Friday Agreement"); "by midyear"; and the near misses each must leave alone.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    (
        "Officials projected four more quarter-point increases in 2016.",
        "2015-12-16",
        [("2016", "2016")],
    ),
    (
        "The Fed raised rates by a quarter point on Wednesday.",
        "2015-12-16",
        [("Wednesday", "2015-12-16")],
    ),
    (
        "It was a half-percentage-point increase, the first in nearly a decade.",
        "2015-12-16",
        [("nearly a decade", "P10Y")],
    ),
    (
        "NATO will send 2000 more soldiers to southern Afghanistan early next year.",
        "2008-12-10",
        [("early next year", "2009")],
    ),
    ("Some 1500 additional troops arrived in 2008.", "2008-12-10", [("2008", "2008")]),
    (
        "Since 2005 more soldiers have died in the south than in the east.",
        "2008-12-10",
        [("2005", "2005")],
    ),
    (
        "A second, stronger quake struck at 1:25 a.m. Saturday.",
        "2016-04-18",
        [("1:25 a.m. Saturday", "2016-04-16T01:25")],
    ),
    ("Wait a second, he said.", "2016-04-18", []),
    ("The students attend classes six days a week.", "2013-08-28", []),
    ("Staff work 12 hours a day at the plant.", "2013-08-28", []),
    (
        "The camps are flooded for three months every year.",
        "2013-08-28",
        [("three months", "P3M"), ("every year", "P1Y")],
    ),
    ("He was jailed for six days in 2010.", "2013-08-28", [("six days", "P6D"), ("2010", "2010")]),
    (
        "Officials now forecast the economy will grow 6.5 percent this year, up from 4.2 percent in December.",
        "2021-03-17",
        [("now", "PRESENT_REF"), ("this year", "2021"), ("December", "2020-12")],
    ),
    (
        "Sales will rise 4 percent this year, down from 5 percent in November.",
        "2018-02-10",
        [("this year", "2018"), ("November", "2017-11")],
    ),
    ("Sales will rise in November.", "2018-02-10", [("November", "2018-11")]),
    (
        "Russia ordered a daily five-hour humanitarian pause in eastern Ghouta starting Tuesday.",
        "2018-02-26",
        [("daily", "P1D"), ("five-hour", "PT5H"), ("Tuesday", "2018-02-27")],
    ),
    (
        "The government announced a ceasefire beginning on Wednesday.",
        "2018-02-26",
        [("Wednesday", "2018-02-28")],
    ),
    (
        "The army announced on Tuesday a truce starting Thursday.",
        "2018-03-02",
        [("Tuesday", "2018-02-27"), ("Thursday", "2018-03-01")],
    ),
    ("Fighting starting Tuesday killed dozens.", "2018-02-26", [("Tuesday", "2018-02-20")]),
    (
        "On Wednesday, forecasters said Michael would weaken to a tropical storm by Friday.",
        "2018-10-13",
        [("Wednesday", "2018-10-10"), ("Friday", "2018-10-12")],
    ),
    (
        "Forecasters said Wednesday that the storm would reach the coast Friday.",
        "2018-10-13",
        [("Wednesday", "2018-10-10"), ("Friday", "2018-10-12")],
    ),
    (
        "The city's buses will operate on a Saturday schedule until April 30.",
        "2020-03-18",
        [("April 30", "2020-04-30")],
    ),
    ("The storm hit on a Saturday.", "2020-03-18", [("Saturday", "XXXX-WXX-6")]),
    (
        "Before Sept. 11, the airline flew 180 daily departures from Boston.",
        "2001-10-30",
        [("Sept. 11", "2001-09-11"), ("daily", "P1D")],
    ),
    ("The airline's summer schedule adds 20 weekly flights.", "1999-08-06", [("weekly", "P1W")]),
    ("Fares will rise 8% annually.", "2013-08-28", []),
    (
        "Students will march on Friday as part of the Fridays for Future movement.",
        "2017-11-08",
        [("Friday", "2017-11-10")],
    ),
    (
        "The shop opens Fridays and Saturdays.",
        "2017-11-08",
        [("Fridays", "XXXX-WXX-5"), ("Saturdays", "XXXX-WXX-6")],
    ),
    (
        "The forecast calls for sunshine through midweek before another front arrives by the weekend.",
        "2000-02-02",
        [("midweek", "2000-W05"), ("the weekend", "2000-W05-WE")],
    ),
    ("United lost a midweek match in Leeds.", "2000-02-02", []),
    (
        "The 24-hour hotline will remain open through the holiday weekend.",
        "2009-09-04",
        [("24-hour", "PT24H"), ("the holiday weekend", "2009-W36-WE")],
    ),
    (
        "The market will reopen Monday after the long holiday weekend.",
        "1999-12-31",
        [("Monday", "2000-01-03"), ("the long holiday weekend", "1999-W52-WE")],
    ),
    (
        "Trading volume was light ahead of the long Memorial Day weekend.",
        "2006-05-19",
        [("Memorial Day weekend", "2006-W21-WE")],
    ),
    (
        "The attack happened overnight, and the suspect was arrested the following morning.",
        "2009-04-14",
        [("overnight", "2009-04-13TNI"), ("the following morning", "XXXX-XX-XXTMO")],
    ),
    ("Change won't happen overnight.", "2009-04-14", []),
    ("Such a turnaround rarely happens overnight.", "2009-04-14", []),
    (
        "The quake that struck Haiti a week ago Tuesday has killed as many as 200,000 people.",
        "2010-01-19",
        [("a week ago Tuesday", "2010-01-12")],
    ),
    (
        "Apollo 11 lifted off 50 years ago Tuesday.",
        "2019-07-16",
        [("50 years ago Tuesday", "1969-07-16")],
    ),
    (
        "He left two years ago, on Tuesday he said.",
        "2019-07-16",
        [("two years ago", "2017"), ("Tuesday", "2019-07-16")],
    ),
    (
        "Pi Day is celebrated every March 14 by math enthusiasts around the world.",
        "2019-03-14",
        [("every March 14", "XXXX-03-14")],
    ),
    ("Each March 2,000 birds pass through the marsh.", "2019-03-14", [("Each March", "XXXX-03")]),
    (
        "Researchers tracked 5,000 patients over a 10-year period.",
        "2014-06-11",
        [("a 10-year period", "P10Y")],
    ),
    ("The board allowed a 14-day period of review.", "2014-06-11", [("a 14-day period", "P14D")]),
    (
        '"We\'ve had a good start to the quarter," chief executive Vikram Pandit wrote.',
        "2009-03-10",
        [("the quarter", "2009-Q1")],
    ),
    (
        "Sales should stay weak for the rest of the quarter.",
        "2009-03-10",
        [("the quarter", "2009-Q1")],
    ),
    ("Sales rose in the quarter.", "2009-03-10", [("the quarter", "2008-Q4")]),
    (
        "Procter & Gamble reported fiscal fourth-quarter earnings Thursday.",
        "2013-08-01",
        [("fiscal fourth-quarter", "2013-Q4"), ("Thursday", "2013-08-01")],
    ),
    (
        "The retailer reported fiscal fourth-quarter earnings Thursday.",
        "2013-02-01",
        [("fiscal fourth-quarter", "2012-Q4"), ("Thursday", "2013-01-31")],
    ),
    (
        "The dry season, which runs from November to April, has been unusually harsh this year.",
        "2018-07-03",
        [("November", "2017-11"), ("April", "2018-04"), ("this year", "2018")],
    ),
    (
        "The fiscal year runs from October to September.",
        "2018-07-03",
        [("The fiscal year", "2018"), ("October", "2017-10"), ("September", "2018-09")],
    ),
    (
        "Prices will rise over the next quarter of a century.",
        "2015-03-10",
        [("the next quarter of a century", "P25Y")],
    ),
    ("Profits will rise in the next quarter.", "2015-03-10", [("the next quarter", "2015-Q2")]),
    (
        "Children aged 6 months to 8 years need two doses at least four weeks apart.",
        "2017-02-28",
        [("at least four weeks", "P4W")],
    ),
    (
        "The season finale airs Sunday at 9 p.m. on HBO.",
        "2016-08-31",
        [("Sunday at 9 p.m.", "2016-09-04T21:00")],
    ),
    (
        "The documentary airs Tuesday night on PBS.",
        "2016-08-31",
        [("Tuesday night", "2016-09-06TNI")],
    ),
    ("Cable news ratings spike Sunday.", "2016-08-31", [("Sunday", "2016-08-28")]),
    (
        "The church will hold a Sunday service for the victims.",
        "2021-01-08",
        [("Sunday", "2021-01-10")],
    ),
    ("The state reported 12 daily deaths.", "2001-10-30", []),
    ("The company employs 1,200 hourly workers.", "2001-10-30", []),
    (
        "Students protest on Fridays for Greta Thunberg's movement.",
        "2019-03-15",
        [("Fridays", "XXXX-WXX-5")],
    ),
    (
        "Stocks rose ahead of the three-day weekend.",
        "2015-05-21",
        [("the three-day weekend", "2015-W21-WE")],
    ),
    ("Stocks rose over the weekend.", "2015-05-21", [("the weekend", "2015-W20-WE")]),
    ("The storm is expected to arrive by mid-week.", "2000-02-02", [("mid-week", "2000-W05")]),
    ("None of this happened overnight.", "2009-04-14", []),
    ("Most burglaries in the area happen overnight.", "2009-04-14", []),
    (
        "No injuries were reported in the crash that happened overnight.",
        "2009-04-14",
        [("overnight", "2009-04-13TNI")],
    ),
    (
        "Every March 14, 2015 ticket holder will receive a refund.",
        "2015-03-01",
        [("March 14, 2015", "2015-03-14")],
    ),
    (
        "Citigroup said loan losses slowed over the remainder of the quarter after a difficult October.",
        "2011-01-18",
        [("the quarter", "2010-Q4"), ("October", "2010-10")],
    ),
    (
        "The judge sentenced him to 90 days a year after the crash.",
        "2013-08-28",
        [("90 days", "P90D"), ("a year", "P1Y")],
    ),
    (
        "Sales rose in the 12 weeks a year earlier.",
        "2013-08-28",
        [("the 12 weeks", "P12W"), ("a year earlier", "2012")],
    ),
    (
        "Between 1998 and 2003 more troops were sent.",
        "2013-08-28",
        [("1998", "1998"), ("2003", "2003")],
    ),
    ("Within a second, larger flames engulfed the car.", "2013-08-28", [("a second", "PT1S")]),
    ("The region is bracing for a second, more powerful storm.", "2013-08-28", []),
    ("He sleeps four hours a night.", "2013-08-28", []),
    (
        "The governor announced Thursday that schools would close starting Monday.",
        "2020-03-26",
        [("Thursday", "2020-03-26"), ("Monday", "2020-03-30")],
    ),
    (
        "The governor announced that schools would close starting Monday.",
        "2020-03-26",
        [("Monday", "2020-03-30")],
    ),
    (
        "The hospital issued a statement saying a nurse beginning Monday's night shift found the body.",
        "2019-02-28",
        [("Monday", "2019-02-25")],
    ),
    (
        "Union leaders said Tuesday that talks would resume, and a strike is planned for Friday.",
        "2019-06-15",
        [("Tuesday", "2019-06-11"), ("Friday", "2019-06-21")],
    ),
    (
        "Officials said Tuesday that vaccines could arrive Thursday, and the next shipment will come Wednesday.",
        "2021-01-16",
        [("Tuesday", "2021-01-12"), ("Thursday", "2021-01-14"), ("Wednesday", "2021-01-20")],
    ),
    (
        "The film, shot over 40 days last winter, premieres Friday at the festival.",
        "2014-03-11",
        [("40 days", "P40D"), ("last winter", "2013-WI"), ("Friday", "2014-03-14")],
    ),
    ("It was the first quarter of growth since the recession.", "2012-05-10", []),
    (
        "Residents must pay the second half of their taxes by June 1.",
        "2011-05-10",
        [("June 1", "2011-06-01")],
    ),
    (
        "Profit rose in the second half of the year.",
        "2011-05-10",
        [("the second half of the year", "2010-H2")],
    ),
    (
        "Benefits are paid on the 14th of each month.",
        "2012-05-10",
        [("the 14th of each month", "XXXX-XX-14")],
    ),
    (
        "The council meets on the second Tuesday of each month at 7 p.m.",
        "2012-05-10",
        [("the second Tuesday of each month", "P1M"), ("7 p.m.", "XXXX-XX-XXT19:00")],
    ),
    (
        "The rent is due on the first day of every month.",
        "2012-05-10",
        [("the first day of every month", "XXXX-XX-01")],
    ),
    (
        "He missed six weeks earlier this season with a knee injury.",
        "2012-05-10",
        [("six weeks", "P6W")],
    ),
    ("He left six weeks earlier.", "2012-05-10", [("six weeks earlier", "P6W")]),
    (
        "The company will hire 200 workers in the first quarter.",
        "2019-12-10",
        [("the first quarter", "2020-Q1")],
    ),
    (
        "The company expects first-quarter profit to fall.",
        "2019-12-10",
        [("first-quarter", "2020-Q1")],
    ),
    (
        "The company will report first-quarter results on Thursday.",
        "2019-04-10",
        [("first-quarter", "2019-Q1"), ("Thursday", "2019-04-11")],
    ),
    ("Sales rose in the first quarter.", "2019-12-10", [("the first quarter", "2019-Q1")]),
    (
        "The museum opens on Sundays at noon.",
        "2012-05-10",
        [("Sundays at noon", "XXXX-WXX-7T12:00")],
    ),
    ("He was arrested on Sunday at noon.", "2012-05-10", [("Sunday at noon", "2012-05-06T12:00")]),
    ("The season premiere airs Thursday.", "2016-08-31", [("Thursday", "2016-09-01")]),
    ("Season two debuts Friday.", "2016-08-31", [("Friday", "2016-09-02")]),
    (
        "The film, shot last winter, premieres Friday.",
        "2014-03-10",
        [("last winter", "2013-WI"), ("Friday", "2014-03-14")],
    ),
    (
        "The musical closes Sunday after a two-year run.",
        "2016-08-31",
        [("Sunday", "2016-09-04"), ("two-year", "P2Y")],
    ),
    ("The Senate votes Thursday on the budget.", "2013-03-26", [("Thursday", "2013-03-28")]),
    ("The Good Friday Agreement was signed in 1998.", "2018-03-01", [("1998", "1998")]),
    ("Shops will close on Good Friday.", "2018-03-01", [("Good Friday", "2018-03-30")]),
    (
        "The pope will wash the feet of prisoners on Holy Thursday.",
        "2019-04-10",
        [("Holy Thursday", "2019-04-18")],
    ),
    (
        "Families will gather for Canadian Thanksgiving on Monday.",
        "2019-10-10",
        [("Canadian Thanksgiving", "2019-10-14"), ("Monday", "2019-10-14")],
    ),
    (
        "Last year's Ramadan was hot.",
        "2019-03-10",
        [("Last year", "2018"), ("Ramadan", "2018-05-16")],
    ),
    ("His rise to stardom happened overnight after the video went viral.", "2019-10-02", []),
    (
        "Police said the shootings happened overnight in two neighborhoods.",
        "2009-04-14",
        [("overnight", "2009-04-13TNI")],
    ),
    (
        "Leaders said Monday the bill had enough votes; the final vote could come Wednesday.",
        "2021-08-05",
        [("Monday", "2021-08-02"), ("Wednesday", "2021-08-11")],
    ),
    (
        "The Jets announced Friday that Smith is starting Sunday's game.",
        "2019-11-16",
        [("Friday", "2019-11-15"), ("Sunday", "2019-11-17")],
    ),
    (
        "The governor announced Monday that schools had reopened beginning Wednesday.",
        "2020-03-19",
        [("Monday", "2020-03-16"), ("Wednesday", "2020-03-18")],
    ),
    (
        "Troop levels will come down from 160,000 in July to 130,000 by December.",
        "2018-06-10",
        [("July", "2018-07"), ("December", "2018-12")],
    ),
    (
        "The company said it would restate its results for the first quarter.",
        "2012-11-08",
        [("the first quarter", "2012-Q1")],
    ),
    (
        "Margins will be lower than in the first quarter.",
        "2007-08-01",
        [("the first quarter", "2007-Q1")],
    ),
    (
        "Sales rose from the previous fiscal fourth quarter.",
        "2014-08-14",
        [("the previous fiscal fourth quarter", "2013-Q4")],
    ),
    (
        "Five years earlier this same bank had paid a record fine.",
        "2018-05-22",
        [("Five years earlier", "2013")],
    ),
    (
        "Shares slipped on Friday ahead of the weekend.",
        "2015-03-16",
        [("Friday", "2015-03-13"), ("the weekend", "2015-W11-WE")],
    ),
    (
        "So far in the quarter, the company has sold 3 million phones.",
        "2011-09-08",
        [("the quarter", "2011-Q3")],
    ),
    (
        "Rent is due on the first of every month.",
        "2001-02-13",
        [("the first of every month", "XXXX-XX-01")],
    ),
    ("Two House votes Monday failed to pass the bill.", "2013-03-26", [("Monday", "2013-03-25")]),
    ("Senate votes Tuesday showed deep divisions.", "2013-03-26", [("Tuesday", "2013-03-26")]),
    ("The Supreme Court votes Friday on the case.", "2013-03-26", [("Friday", "2013-03-29")]),
    (
        "The city council meets Monday at 7 p.m.",
        "2013-03-26",
        [("Monday at 7 p.m.", "2013-04-01T19:00")],
    ),
    ("The union rejected a plan to vote on Friday.", "2017-09-21", [("Friday", "2017-09-22")]),
    ("Students take midyear exams in January.", "2019-10-13", [("January", "2020-01")]),
    ("In 1997, the firm said it would ship by midyear.", "2019-10-13", [("1997", "1997")]),
    ("Deliveries begin by mid-year 2020.", "2019-10-13", [("2020", "2020")]),
    ("Rebels launch Sunday offensive on the city.", "2018-03-01", [("Sunday", "2018-03-04")]),
    (
        "The minister said on Tuesday Accord Healthcare would expand.",
        "2018-03-01",
        [("Tuesday", "2018-02-27")],
    ),
    ("The Good Friday peace accord was signed in 1998.", "2018-03-01", [("1998", "1998")]),
    ("The product will ship by mid-year.", "2019-10-13", [("mid-year", "2020")]),
    ("An additional teacher was also hired midyear.", None, []),
    ("Users spent an average of nine minutes a day on the site.", "2016-06-17", []),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_schedules_rates_and_reports(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
