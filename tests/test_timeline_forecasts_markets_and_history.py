"""Forecasts, market wraps, history columns, names and ranges: "continued into the night";
"the Women's March"; figures waited or watched for ("are bracing for Friday's retail sales
figures", "will turn their attention to Friday's October jobs report"; not "Friday's
figures, which showed a drop"); "is planned for the second quarter", "is expected in the
third quarter"; "Seventy years ago this morning", "On this day 50 years ago", "On this
date in 1941", "This week in 1927"; "may date back to April"; a weekday or month quoted as
a name ("known as \"Friday\""); "Super Tuesday, March 3"; "the start of the fall
campaign"; "due out in early December", "earnings, due Thursday"; "every Thursday through
August"; "the play's fall run"; "the hottest first half of a year"; "issued a flood watch
for Tuesday night and Wednesday"; "between five and eight years".

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    (
        "The German coalition talks overran a Sunday deadline and continued into the night.",
        "2018-02-05",
        [("Sunday", "2018-02-04"), ("the night", "2018-02-04TNI")],
    ),
    ("The talks stretched into the night.", "2018-02-05", [("the night", "2018-02-04TNI")]),
    ("He vanished into the night.", "2018-02-05", []),
    (
        "Twenty years ago, the talks dragged into the night before a deal was struck.",
        "2016-02-02",
        [("Twenty years ago", "1996")],
    ),
    (
        "The strike that began a month ago dragged into the night.",
        "2012-03-28",
        [("a month ago", "2012-02"), ("the night", "2012-03-27TNI")],
    ),
    (
        "Ten years ago this month the plant closed, and on Monday former workers kept vigil through the night.",
        "2017-05-09",
        [
            ("Ten years ago this month", "2007-05"),
            ("Monday", "2017-05-08"),
            ("the night", "2017-05-08TNI"),
        ],
    ),
    ("The Women's March was held in January.", "2012-06-23", [("January", "2012-01")]),
    (
        "Florida's March was the wettest in the state's recorded history.",
        "2019-04-03",
        [("March", "2019-03")],
    ),
    (
        "Solly March scored in the 80th minute. March has now scored three goals.",
        "2019-11-09",
        [("now", "PRESENT_REF")],
    ),
    (
        "Markets will now turn their attention to Friday's October jobs report.",
        "2004-11-03",
        [("now", "PRESENT_REF"), ("Friday", "2004-11-05"), ("October", "2004-10")],
    ),
    (
        "Investors are bracing for Friday's retail sales figures.",
        "2009-03-09",
        [("Friday", "2009-03-13")],
    ),
    ("Investors are bracing for Friday's jobs report.", "2021-03-01", [("Friday", "2021-03-05")]),
    (
        "Traders are looking ahead to Friday's retail sales data.",
        "2009-03-11",
        [("Friday", "2009-03-13")],
    ),
    (
        "Traders will focus on Thursday's inflation data.",
        "2009-03-09",
        [("Thursday", "2009-03-12")],
    ),
    ("Stocks are still digesting Friday's jobs report.", "2009-03-11", [("Friday", "2009-03-06")]),
    ("Investors will build on Friday's gains.", "2009-03-11", [("Friday", "2009-03-06")]),
    (
        "Traders were waiting for Friday's jobs report, which showed a loss.",
        "2009-03-11",
        [("Friday", "2009-03-06")],
    ),
    (
        "Lawmakers will focus on Thursday's figures, which showed a sharp drop in exports.",
        "2018-07-16",
        [("Thursday", "2018-07-12")],
    ),
    (
        "Analysts are waiting for Monday's data to be revised.",
        "2016-01-15",
        [("Monday", "2016-01-11")],
    ),
    (
        "Investors are waiting for Friday's weak jobs report to be digested.",
        "2017-10-04",
        [("Friday", "2017-09-29")],
    ),
    (
        "The hearing will focus on Tuesday's data breach at the agency.",
        "2013-06-05",
        [("Tuesday", "2013-06-04")],
    ),
    (
        "Residents had been waiting for Sunday's referendum for years, and the result stunned them.",
        "2016-10-04",
        [("Sunday", "2016-10-02"), ("years", "PXY")],
    ),
    (
        "The company says the closure is planned for the second quarter.",
        "2006-03-02",
        [("the second quarter", "2006-Q2")],
    ),
    (
        "The closure was planned for the second quarter but never happened.",
        "2017-10-16",
        [("the second quarter", "2017-Q2")],
    ),
    (
        "The offering is expected in the third quarter.",
        "2006-03-02",
        [("the third quarter", "2006-Q3")],
    ),
    ("A ruling is expected by March.", "2013-06-10", [("March", "2014-03")]),
    (
        "A decision is expected in light of the court's ruling in February.",
        "2013-06-10",
        [("February", "2013-02")],
    ),
    (
        "Seventy years ago this morning, Allied troops stormed the beaches of Normandy.",
        "2014-06-06",
        [("Seventy years ago this morning", "1944-06-06TMO")],
    ),
    (
        "Fifty years ago tonight, the Beatles played the Ed Sullivan show.",
        "2014-06-06",
        [("Fifty years ago tonight", "1964-06-06TNI")],
    ),
    (
        "On this day 50 years ago, Apollo 11 lifted off from Florida.",
        "2019-07-16",
        [("this day 50 years ago", "1969-07-16")],
    ),
    (
        "On this day, 50 years ago, Apollo 11 lifted off.",
        "2019-07-16",
        [("this day, 50 years ago", "1969-07-16")],
    ),
    (
        "On this date in 1941, Japan attacked Pearl Harbor.",
        "2001-12-07",
        [("this date in 1941", "1941-12-07")],
    ),
    ("He was born on this day in 1941.", "2001-12-07", [("this day in 1941", "1941-12-07")]),
    (
        "This week in 1927: Charles Lindbergh completed the first solo transatlantic flight.",
        "2007-05-25",
        [("This week in 1927", "1927-W21")],
    ),
    (
        "This week in 2001 has been the worst for the Nasdaq.",
        "2001-03-15",
        [("This week", "2001-W11"), ("2001", "2001")],
    ),
    ("He has been silent to this day.", "2001-12-07", []),
    ("The report appeared in the Lagos daily This Day in 2013.", "2017-03-20", [("2013", "2013")]),
    ("Congress declared this day in 1983 a federal holiday.", "2014-01-20", [("1983", "1983")]),
    (
        "Home Depot said it is investigating a possible breach that may date back to April.",
        "2014-09-08",
        [("April", "2014-04")],
    ),
    ("The cracks could date back as far as the summer.", "2014-11-08", [("the summer", "2014-SU")]),
    (
        "Lines could stretch back around the block in December, organizers warned.",
        "2013-11-12",
        [("December", "2013-12")],
    ),
    ("The company may go back to court in October.", "2014-09-08", [("October", "2014-10")]),
    (
        'The software, known as "Friday," was first sold to police departments in 2015.',
        "2019-10-16",
        [("2015", "2015")],
    ),
    ('Her novel, titled "August," won a prize.', "2019-10-16", []),
    ('The vote is "Friday," the spokesman said.', "2019-10-16", [("Friday", "2019-10-18")]),
    ('He appeared on NBC\'s "Today" show.', "2019-10-16", []),
    (
        "Bloomberg has until Friday to file for the Alabama primary, which is on Super Tuesday, March 3.",
        "2019-11-05",
        [("Friday", "2019-11-08"), ("Super Tuesday", "2020-03-03"), ("March 3", "2020-03-03")],
    ),
    ("The deadline is Tuesday, March 3.", "2019-11-05", [("Tuesday, March 3", "2020-03-03")]),
    (
        "Labor Day traditionally marks the start of the fall campaign.",
        "2018-09-04",
        [("Labor Day", "2018-09-03"), ("fall", "XXXX-FA")],
    ),
    (
        "Labor Day marks the start of the fall.",
        "2018-09-04",
        [("Labor Day", "2018-09-03"), ("the start of the fall", "2018-FA")],
    ),
    (
        "The singer's new album, due out in early December, was recorded over six weeks.",
        "2004-11-18",
        [("early December", "2004-12"), ("six weeks", "P6W")],
    ),
    (
        "The cut, due in part to falling oil prices in March, was the first since 2015.",
        "2018-10-16",
        [("March", "2018-03"), ("2015", "2015")],
    ),
    (
        "The consumer price figures, due out Tuesday, are expected to show inflation remained subdued.",
        "2015-09-09",
        [("Tuesday", "2015-09-15")],
    ),
    (
        "Investors are awaiting Hewlett-Packard's earnings, due Thursday.",
        "2002-02-26",
        [("Thursday", "2002-02-28")],
    ),
    ("The report was due in March but was delayed.", "2010-06-18", [("March", "2010-03")]),
    (
        "The outdoor concert series continues every Thursday through August.",
        "2019-07-05",
        [("every Thursday", "XXXX-WXX-4"), ("August", "2019-08")],
    ),
    (
        "The market will run every Sunday through December, organizers said.",
        "2020-01-22",
        [("every Sunday", "XXXX-WXX-7"), ("December", "2020-12")],
    ),
    (
        "Last year the market ran every Thursday through August.",
        "2019-10-15",
        [("Last year", "2018"), ("every Thursday", "XXXX-WXX-4"), ("August", "XXXX-08")],
    ),
    (
        "The market has been held every Saturday through October since it opened in 1962.",
        "2018-03-12",
        [("every Saturday", "XXXX-WXX-6"), ("October", "XXXX-10"), ("1962", "1962")],
    ),
    (
        "The pool is open Mondays through Fridays.",
        "2019-07-05",
        [("Mondays", "XXXX-WXX-1"), ("Fridays", "XXXX-WXX-5")],
    ),
    (
        "The Friday Night Lights star will headline the play's fall run.",
        "2010-06-29",
        [("fall", "2010-FA")],
    ),
    ("The airline's summer schedule adds 20 weekly flights.", "1999-08-06", [("weekly", "P1W")]),
    ("The dollar's fall against the yen worried traders.", "2010-06-29", []),
    (
        "It was the hottest first half of a year since records began in 1895.",
        "2012-07-05",
        [("first half", "2012-H1"), ("1895", "1895")],
    ),
    (
        "The last quarter of a century brought great change.",
        "2011-07-13",
        [("The last quarter of a century", "P25Y")],
    ),
    ("It took half of a year to finish.", "2012-06-23", [("a year", "P1Y")]),
    (
        "Forecasters issued a flood watch for Tuesday night and Wednesday as the storm approached.",
        "2000-02-22",
        [("Tuesday night", "2000-02-22TNI"), ("Wednesday", "2000-02-23")],
    ),
    (
        "A blizzard warning issued for Friday covers Washington and Baltimore.",
        "2016-01-20",
        [("Friday", "2016-01-22")],
    ),
    (
        "The warning for Friday was lifted on Saturday.",
        "2000-02-22",
        [("Friday", "2000-02-18"), ("Saturday", "2000-02-19")],
    ),
    (
        "He faces between five and eight years in prison.",
        "2017-10-03",
        [("five and eight years", "PXY")],
    ),
    ("The program runs between 60 and 90 days.", "2017-10-03", [("60 and 90 days", "PXD")]),
    (
        "Between 10 and 15 years ago, it was different.",
        "2017-10-03",
        [("10 and 15 years ago", "2007")],
    ),
    ("Prices rose between 2010 and 2015.", "2017-10-03", [("2010", "2010"), ("2015", "2015")]),
    ("Between five and eight people were killed.", "2017-10-03", []),
    ("The animal's age is between eight and 10 years.", "2017-10-03", []),
    (
        "Ticket sales surged at the end of the summer season.",
        "2018-05-14",
        [("end of the summer", "2018-SU")],
    ),
    (
        "Police are still waiting for Wednesday's autopsy report, a spokesman said.",
        "2006-11-14",
        [("Wednesday", "2006-11-08")],
    ),
    (
        "Investors are waiting for Tuesday's earnings from Netflix to sink in.",
        "2018-10-22",
        [("Tuesday", "2018-10-16")],
    ),
    ("The dollar's fall shows how nervous investors have become.", "2019-05-17", []),
    (
        "A week ago, negotiators worked through the night.",
        "2006-05-24",
        [("A week ago", "2006-W20")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_forecasts_markets_history_columns_and_ranges(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
