"""Codes, numbers, titles, deadlines, working days, weekends of a month and plans that
changed: "date codes between 01/2016 and 06/2017" (not "Law 4/2016"), "model numbers 1998
and 2001", "Series 1900" (not "World Series 2016", the verb "model"), the album "1989"
and "The Next Day" (not a year said: 'answered "2008."'); "a further year"; "setting a
new deadline of June 30", "raced to meet a deadline of midnight Thursday" (not one that
"passed"), "pushing it to July 6", "negotiating past Sunday's deadline"; clock times
"on weeknights" and "on weekends"; Black Friday and "Thanksgiving night" in a range;
"the 16th at the earliest"; "the first trading day of 2021", "the first weekend of
September", "the last week before Christmas", "the third Tuesday of every quarter";
"Housing starts in the week ending Friday were"; "said in January that parts would not
be available until April"; "postponed the launch, which had been scheduled for Friday"
(not "Delayed trains slowed the march, which had been planned for Saturday"); "years,
not months"; "two extra weekly sailings"; "the tail end of 2018".

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    (
        "The affected heaters have date codes between 01/2016 and 06/2017 stamped on the back panel.",
        "2017-03-22",
        [("01/2016", "2016-01"), ("06/2017", "2017-06")],
    ),
    (
        "The contaminated lots carry expiration dates of 12/2016 and 01/2017.",
        "2016-01-20",
        [("12/2016", "2016-12"), ("01/2017", "2017-01")],
    ),
    (
        "He was born on 3/12/1990 and scored 1/2 of the points.",
        "2016-01-20",
        [("3/12/1990", "1990-03-12")],
    ),
    (
        "The recall covers Series 1900 and 2100 dehumidifiers, model numbers 1998 and 2001, the commission said.",
        "2008-11-24",
        [],
    ),
    (
        "Under Resolution 1973, adopted Thursday, the council authorized force.",
        "2011-03-20",
        [("Thursday", "2011-03-17")],
    ),
    (
        "The Cubs reached World Series 2016 after a 71-year wait.",
        "2016-10-27",
        [("2016", "2016"), ("71-year", "P71Y")],
    ),
    ("Analysts model 2020 revenue at about $5 billion.", "2019-02-15", [("2020", "2020")]),
    (
        'Taylor Swift\'s album "1989" is set for release next Monday.',
        "2014-10-20",
        [("next Monday", "2014-10-27")],
    ),
    (
        'Bowie\'s first album in a decade, "The Next Day," debuted at No. 1 in Britain this month.',
        "2013-03-27",
        [("a decade", "P10Y"), ("this month", "2013-03")],
    ),
    ('The historian\'s book "1776" has sold more than a million copies.', "2005-10-12", []),
    (
        'Asked about the worst year for the industry, he answered "2008."',
        "2012-06-01",
        [("2008", "2008")],
    ),
    (
        'The company\'s "2025" strategy calls for doubling sales in Asia.',
        "2020-09-14",
        [("2025", "2025")],
    ),
    ('He said the deal would close "next week."', "2014-10-20", [("next week", "2014-W44")]),
    (
        "The midfielder has agreed a three-year deal running until 2020, with the option for a further year.",
        "2017-06-05",
        [("three-year", "P3Y"), ("2020", "2020"), ("a further year", "P1Y")],
    ),
    (
        "He signed a two-year deal with the option of a further 12 months.",
        "2017-06-05",
        [("two-year", "P2Y"), ("a further 12 months", "P12M")],
    ),
    ("The talks produced further delays and further years of wrangling.", "2017-06-05", []),
    (
        "Negotiators agreed to extend the talks for seven months, setting a new deadline of June 30 for a final agreement.",
        "2014-11-24",
        [("seven months", "P7M"), ("June 30", "2015-06-30")],
    ),
    (
        "Congressional leaders raced to meet a deadline of midnight Thursday to raise the debt ceiling.",
        "2013-10-16",
        [("midnight Thursday", "2013-10-17T24:00")],
    ),
    (
        "The company failed to meet a deadline of Sept. 30.",
        "2013-10-16",
        [("Sept. 30", "2013-09-30")],
    ),
    (
        "The union set a deadline of Monday; when it passed, workers walked off the job.",
        "2019-04-03",
        [("Monday", "2019-04-01")],
    ),
    (
        "The agency delayed the deadline by 90 days because of the pandemic, pushing it to July 6.",
        "2020-04-07",
        [("90 days", "P90D"), ("July 6", "2020-07-06")],
    ),
    (
        "Both sides agreed to keep negotiating past Sunday's deadline.",
        "2020-12-13",
        [("Sunday", "2020-12-13")],
    ),
    ("The past Sunday was quiet in the capital.", "2020-12-16", [("past Sunday", "2020-12-13")]),
    (
        "Lane closures are scheduled between 9 a.m. and 3 p.m. weekdays through Aug. 19.",
        "2011-08-01",
        [("9 a.m.", "XXXX-XX-XXT09:00"), ("3 p.m.", "XXXX-XX-XXT15:00"), ("Aug. 19", "2011-08-19")],
    ),
    (
        "The subway line will close at 10 p.m. on weeknights for the next 18 months.",
        "2018-05-21",
        [("10 p.m.", "XXXX-XX-XXT22:00"), ("the next 18 months", "P18M")],
    ),
    (
        "On weekends the shop opens at 10 a.m. and closes at 4 p.m.",
        "2001-01-16",
        [
            ("weekends", "XXXX-WXX-WE"),
            ("10 a.m.", "XXXX-XX-XXT10:00"),
            ("4 p.m.", "XXXX-XX-XXT16:00"),
        ],
    ),
    (
        "On weekends he volunteers; last Saturday he arrived at 6 a.m. to cook.",
        "2019-05-20",
        [
            ("weekends", "XXXX-WXX-WE"),
            ("last Saturday", "2019-05-18"),
            ("6 a.m.", "2019-05-18T06:00"),
        ],
    ),
    (
        "Weekdays Inc. shares fell 3 percent at 10 a.m. after the earnings report.",
        "2017-08-14",
        [("10 a.m.", "2017-08-14T10:00")],
    ),
    (
        "The store is usually busy on weekends, but on Saturday it closed at 3 p.m. because of the storm.",
        "2012-08-28",
        [("weekends", "XXXX-WXX-WE"), ("Saturday", "2012-08-25"), ("3 p.m.", "2012-08-25T15:00")],
    ),
    (
        "FedEx said it expected to handle more than 400 million packages between Black Friday and New Year's Eve.",
        "2017-11-27",
        [("Black Friday", "2017-11-24"), ("New Year's Eve", "2017-12-31")],
    ),
    (
        "Shippers expect to be busiest between Thanksgiving night and New Year's Eve.",
        "2017-11-27",
        [("Thanksgiving night", "2017-11-23TNI"), ("New Year's Eve", "2017-12-31")],
    ),
    (
        "Stores will be closed from Christmas night until New Year's Day.",
        "2016-12-28",
        [("Christmas night", "2016-12-25TNI"), ("New Year's Day", "2017-01-01")],
    ),
    (
        "\"We're looking at an arrival on the 16th at the earliest,\" the ship's agent said.",
        "2020-06-10",
        [("the 16th", "2020-06-16")],
    ),
    ("He was placed on the 16th at the latest count of the ballots.", "2009-10-05", []),
    (
        "New customs checks caused few delays on the first working day of the year, officials said.",
        "2021-01-04",
        [("the first working day of the year", "2021-01-04")],
    ),
    (
        "Stocks rose on the first trading day of 2021.",
        "2021-01-04",
        [("the first trading day of 2021", "2021-01-04")],
    ),
    (
        "The law takes effect on the last business day of December.",
        "2021-01-04",
        [("the last business day of December", "2021-12-31")],
    ),
    (
        "The festival would move from August to the first weekend of September next year.",
        "2016-08-15",
        [("August", "2016-08"), ("the first weekend of September next year", "2017-W35-WE")],
    ),
    (
        "The vote is set for the last weekend of October and the second weekend in May.",
        "2016-08-15",
        [
            ("the last weekend of October", "2016-W43-WE"),
            ("the second weekend in May", "2017-W19-WE"),
        ],
    ),
    (
        "The first weekend of December is traditionally the busiest for tree farms.",
        "2019-12-02",
        [("The first weekend of December", "XXXX-12")],
    ),
    (
        "The festival, normally held in the first week of July, will be pushed to the autumn this year.",
        "2021-06-03",
        [("the first week of July", "XXXX-07"), ("the autumn", "2021-FA"), ("this year", "2021")],
    ),
    (
        "Shoppers crowded malls in the last week before Christmas.",
        "2017-11-27",
        [("the last week before Christmas", "2017-W51")],
    ),
    ("In the final week before the vote, he campaigned hard.", "2017-11-27", []),
    (
        "Updates will be released on the third Tuesday of every quarter.",
        "2019-07-16",
        [("the third Tuesday of every quarter", "P1Q")],
    ),
    (
        "The fund will report its holdings on the last business day of each quarter.",
        "2020-10-05",
        [("the last business day of each quarter", "P1Q")],
    ),
    (
        "Housing starts in the week ending Friday were the highest since the late 1980s, the newspaper reported.",
        "2015-11-17",
        [("the week", "2015-W46"), ("Friday", "2015-11-13"), ("the late 1980s", "198")],
    ),
    (
        "Jobless claims for the week ending Saturday rose.",
        "2015-11-17",
        [("the week", "2015-W46"), ("Saturday", "2015-11-14")],
    ),
    (
        "The builder expects to close on 2,800 homes in fiscal 2016, up from 2,450 in the year ended Sept. 30.",
        "2015-12-08",
        [("fiscal 2016", "2016"), ("the year", "P1Y"), ("Sept. 30", "2015-09-30")],
    ),
    ("The show starts Friday at the downtown theater.", "2015-11-17", [("Friday", "2015-11-20")]),
    (
        "Toyota said in January that replacement parts would not be available until April.",
        "2009-12-01",
        [("January", "2009-01"), ("April", "2009-04")],
    ),
    (
        "Officials said in June that the report would be released in June, but it was delayed.",
        "2014-07-20",
        [("June", "2014-06"), ("June", "2014-06")],
    ),
    (
        "Toyota said in October that parts would arrive in February.",
        "2009-12-01",
        [("October", "2009-10"), ("February", "2010-02")],
    ),
    (
        "Samsung postponed the launch of the Galaxy Fold, which had been scheduled for Friday, after reviewers reported broken screens.",
        "2019-04-24",
        [("Friday", "2019-04-26")],
    ),
    (
        "The concert, which had been scheduled for Friday, drew 20,000 people.",
        "2019-04-24",
        [("Friday", "2019-04-19")],
    ),
    (
        "Delayed trains slowed the march, which had been planned for Saturday, but thousands still turned out.",
        "2018-01-11",
        [("Saturday", "2018-01-06")],
    ),
    (
        "Markets shifted their focus to the jobs report, which had been scheduled for Friday, and bond yields rose.",
        "2017-10-04",
        [("Friday", "2017-09-29")],
    ),
    (
        "Heavy rain delayed the start of the final, which had been scheduled for Sunday, by two hours.",
        "2013-12-20",
        [("Sunday", "2013-12-15"), ("two hours", "PT2H")],
    ),
    (
        '"It will take years, not months, for the housing market to recover," he said.',
        "2011-05-10",
        [("years", "PXY"), ("months", "PXM")],
    ),
    (
        "The firm has struggled for months, not just weeks.",
        "2018-12-03",
        [("months", "PXM"), ("weeks", "PXW")],
    ),
    ("The process lasts months.", "2011-05-10", [("months", "PXM")]),
    (
        "Maersk said it would add two extra weekly sailings between Shanghai and Los Angeles.",
        "2020-11-20",
        [("weekly", "P1W")],
    ),
    ("The firm posted $5 million more weekly sales.", "2020-11-20", []),
    ("Sales rose at the tail end of 2018.", "2019-02-01", [("the tail end of 2018", "2018")]),
    (
        "The airline set a deadline of Dec. 15 to fix the problem, then missed it, pushing it "
        "to Feb. 1.",
        "2021-01-13",
        [("Dec. 15", "2020-12-15"), ("Feb. 1", "2021-02-01")],
    ),
    (
        'Macron\'s "2025" promise to shut coal plants has already slipped.',
        "2019-11-05",
        [("2025", "2025")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_codes_deadlines_working_days_and_changed_plans(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
