"""Ranges a decision set, put-off days, years before a weekday, counts after a month's
day, recurring and listed days, the same period in a year, holidays of last year: "was
banned for three months from Feb. 10 to May 9" ends after the DCT (not "Figures showed
exports fell from…"); "extended the mandate … through December 31" and "adjourned the case
until after Christmas" read ahead (not "extended through Dec. 31 and then lapsed",
"extended its lead through December"); "until 2023 on Friday" is a year and a day (not
"stay closed until 2000 on Friday"); "sentenced on Sept. 30 to three years" a date and a
length; "extended by a week on Tuesday" a length (not "scheduled for a week on Tuesday");
"the weekly Friday protests", "every January and July", "every Tuesday and Friday at 11
p.m." recur; "its March, June and September meetings"; "the same period in 2019" after
the first half of 2021; "Ramadan last year", "the Fourth of July last year" (not "Father
Christmas last year"); "with a framework due by March 1" after a past verb; "The general
election is Nov. 6" ahead; "We've got a game on Saturday"; "every night"; "the other
night"; a quarter that is a coin; a winter named in the fall; "version 1903"; Giving
Tuesday; "the Thursday Farmers Market".

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    (
        "The race horse trainer was banned for three months from Feb. 10 to May 9.",
        "2017-02-01",
        [("three months", "P3M"), ("Feb. 10", "2017-02-10"), ("May 9", "2017-05-09")],
    ),
    (
        "The first half of the suspension must be served immediately; the rest is suspended for two years.",
        "2018-04-10",
        [("two years", "P2Y")],
    ),
    ("The first half of the king's reign was marked by relative prosperity.", "2015-06-30", []),
    (
        "In the first half of the year the campaign raised $45 million from small donors.",
        "2020-06-18",
        [("the first half of the year", "2020-H1")],
    ),
    (
        "The council on Wednesday extended the mandate of the Golan force for six months, through December 31.",
        "2011-06-29",
        [("Wednesday", "2011-06-29"), ("six months", "P6M"), ("December 31", "2011-12-31")],
    ),
    (
        "The aid was extended through Dec. 31 and then lapsed.",
        "2013-02-10",
        [("Dec. 31", "2012-12-31")],
    ),
    (
        "The festival was extended through Sunday, drawing record crowds.",
        "2019-03-05",
        [("Sunday", "2019-03-03")],
    ),
    (
        "The judge adjourned the case until after Christmas.",
        "2019-12-19",
        [("Christmas", "2019-12-25")],
    ),
    (
        "The hearing, postponed until after Easter, finally began on April 28.",
        "2011-05-05",
        [("Easter", "2011-04-24"), ("April 28", "2011-04-28")],
    ),
    (
        "The journalist was sentenced on Sept. 30 to three years in prison.",
        "2019-09-30",
        [("Sept. 30", "2019-09-30"), ("three years", "P3Y")],
    ),
    (
        "The study found damage in May 20 to 25 years after the spill.",
        "2018-03-02",
        [("May", "2017-05"), ("20 to 25 years", "PXY")],
    ),
    (
        "EU leaders agreed to extend the arms embargo until 2023 on Friday, diplomats said.",
        "2021-12-10",
        [("2023", "2023"), ("Friday", "2021-12-10")],
    ),
    (
        "Shops must stay closed until 2000 on Friday, the interior ministry said.",
        "2020-04-09",
        [("2000 on Friday", "2020-04-10T20:00")],
    ),
    (
        "Putin extended the food embargo until the end of 2017 on Wednesday.",
        "2016-06-29",
        [("the end of 2017", "2017"), ("Wednesday", "2016-06-29")],
    ),
    (
        "Hours before the curfew, crowds poured into the streets around 4 o'clock.",
        "2019-10-18",
        [("Hours", "PTXH"), ("around 4 o'clock", "2019-10-18T16:00")],
    ),
    ("A book about 5 o'clock tea traditions topped the bestseller list.", "2020-10-16", []),
    (
        "The June 30 deadline for a final deal was extended by a week on Tuesday.",
        "2015-06-30",
        [("June 30", "2015-06-30"), ("a week", "P1W"), ("Tuesday", "2015-06-30")],
    ),
    (
        "The hearing has been scheduled for a week on Tuesday, the court said.",
        "2012-10-25",
        [("a week on Tuesday", "2012-11-06")],
    ),
    (
        "The plant was closed by a week on Friday, workers said.",
        "2014-01-24",
        [("a week on Friday", "2014-02-07")],
    ),
    (
        "Palestinians gathered along the Gaza border fence for the weekly Friday protests.",
        "2018-04-13",
        [("weekly Friday", "XXXX-WXX-5")],
    ),
    (
        "The EU renews its sanctions on Russia every January and July.",
        "2016-07-01",
        [("every January", "XXXX-01"), ("July", "XXXX-07")],
    ),
    (
        "The Fed raised rates at its March, June and September meetings.",
        "2018-09-26",
        [("March", "2018-03"), ("June", "2018-06"), ("September", "2018-09")],
    ),
    (
        "Births in the first half of 2021 were down 4 percent from the same period in 2019.",
        "2021-08-19",
        [("the first half of 2021", "2021-H1"), ("the same period in 2019", "2019-H1")],
    ),
    (
        "Sales in May were down from the same month in 2019.",
        "2021-08-19",
        [("May", "2021-05"), ("the same month in 2019", "2019-05")],
    ),
    (
        "Sales rose 3 percent in the first 10 months, compared with the same period in 2014.",
        "2016-01-07",
        [("the first 10 months", "P10M"), ("the same period in 2014", "2014")],
    ),
    (
        "Distributions were suspended during Ramadan last year because of security concerns.",
        "2019-05-07",
        [("Ramadan last year", "2018-05-16")],
    ),
    (
        "Fireworks sales on the Fourth of July last year topped $600 million.",
        "2010-07-12",
        [("the Fourth of July last year", "2009-07-04")],
    ),
    (
        "Father Christmas last year arrived at the mall by helicopter.",
        "2017-03-03",
        [("last year", "2016")],
    ),
    (
        "When Christmas last year fell on a Tuesday, many offices closed for four days.",
        "2019-06-01",
        [("Christmas last year", "2018-12-25"), ("Tuesday", "XXXX-WXX-2"), ("four days", "P4D")],
    ),
    (
        "The talks were extended again on Monday, with a political framework due by March 1.",
        "2014-11-24",
        [("Monday", "2014-11-24"), ("March 1", "2015-03-01")],
    ),
    ("The general election is Nov. 6.", "2018-02-28", [("Nov. 6", "2018-11-06")]),
    ("We've got a game on Saturday.", "2019-06-03", [("Saturday", "2019-06-08")]),
    ("The guards patrol the camp every night.", "2019-06-03", [("every night", "XXXX-XX-XXTNI")]),
    ("I saw him at the market the other night.", "2019-06-03", [("the other night", "PAST_REF")]),
    (
        "Once upon a time, a newspaper cost a dime and a phone call cost a quarter.",
        "2011-07-15",
        [],
    ),
    ("The council adopted a quarter-cent sales tax.", "2019-06-03", []),
    (
        "The lottery draws every Tuesday and Friday at 11 p.m.",
        "2019-06-03",
        [("every Tuesday", "XXXX-WXX-2"), ("Friday at 11 p.m.", "XXXX-WXX-5T23:00")],
    ),
    ("The crew must finish the roof before winter.", "2018-10-01", [("winter", "2018-WI")]),
    (
        "The plant will open in 2019 and reach full output by winter.",
        "2018-10-01",
        [("2019", "2019"), ("winter", "2019-WI")],
    ),
    ("Users on version 1903 must upgrade by November.", "2019-06-03", [("November", "2019-11")]),
    ("Windows 2000 SP4 support ends in July.", "2019-06-03", [("July", "2019-07")]),
    (
        "The food bank hopes to raise $50,000 on Giving Tuesday.",
        "2019-11-20",
        [("Giving Tuesday", "2019-12-03")],
    ),
    ("She sells bread at the Thursday Farmers Market.", "2019-11-20", []),
    ("She struggled during her first semester at Yale.", "2020-01-20", []),
    (
        "The company extended its lead in the smartphone market through December.",
        "2021-03-10",
        [("December", "2020-12")],
    ),
    (
        "He spent one night in Boston and the other night in New York.",
        "2015-07-07",
        [("one night", "P1D")],
    ),
    ("The other night shift workers were sent home early.", "2009-12-01", []),
    (
        "Residents protest a third runway at Heathrow on Saturday. (AP Photo/Matt Dunham)",
        "2016-09-07",
        [("Saturday", "2016-09-03")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_ranges_sets_deadlines_and_holidays_of_last_year(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
