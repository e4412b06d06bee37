"""Schedules, stamps, hedges, budgets, habits and past accounts: "Sentencing is scheduled
for Sept. 8", "scheduled a status hearing for Dec. 8", "set a trial date of Nov. 18", "a
curfew starting at midnight Friday", "the season ended Sunday, and the playoffs begin
Tuesday", "with the season set to open Sept. 10"; a page's stamp ("Tue 3 Oct 2017",
"17.05 GMT", "1108 GMT (1908 HKT)", "7:00:00 AM") and a clip's running time ("Video: …
(1:42)"); "about 1200 Moscow time"; "promised in October that … by the end of the year";
"weeks, maybe months"; "took me years"; "the 2019 budget year", "the new fiscal year";
"keeps the government funded until Dec. 11"; "beyond Sept. 30" in a present clause;
"every Fourth of July"; "like it was yesterday"; "Wednesday, the 23rd day of the
conflict"; a dateline's "overnight"; "the end of Ramadan"; a bare "Eid" under way;
"Monday, the start of the Eid al-Adha holiday"; "So far this year … the same period last
year"; "The following spring" and "that decade" in a past account with no time before.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    (
        "The hearing is scheduled for Sept. 8 in federal court.",
        "2021-01-12",
        [("Sept. 8", "2021-09-08")],
    ),
    ("The judge scheduled a status hearing for Dec. 8.", "2021-01-12", [("Dec. 8", "2021-12-08")]),
    ("The judge set a trial date of Nov. 18.", "2021-08-24", [("Nov. 18", "2021-11-18")]),
    ("The trial date of Nov. 18 was kept.", "2021-08-24", [("Nov. 18", "2020-11-18")]),
    (
        "The governor announced a curfew starting at midnight Friday.",
        "2020-03-12",
        [("midnight Friday", "2020-03-13T24:00")],
    ),
    ("The governor announced a curfew starting Friday.", "2020-03-12", [("Friday", "2020-03-13")]),
    (
        "The regular season ended Sunday, and the playoffs begin Tuesday.",
        "2005-10-03",
        [("Sunday", "2005-10-02"), ("Tuesday", "2005-10-04")],
    ),
    (
        "The season ended Sunday and the players went home.",
        "2005-10-03",
        [("Sunday", "2005-10-02")],
    ),
    (
        "The league said Thursday it had approved the plan, with the season set to open Sept. 10.",
        "2020-05-11",
        [("Thursday", "2020-05-07"), ("Sept. 10", "2020-09-10")],
    ),
    ("The Sun May 5, 2019 edition sold out.", "2019-11-27", [("Sun May 5, 2019", "2019-05-05")]),
    (
        "The jet was shot down at about 1200 Moscow time, the ministry said.",
        "2016-08-01",
        [("about 1200 Moscow time", "2016-08-01T12:00")],
    ),
    ("The index rose 17.05 points on Monday.", "2016-08-01", [("Monday", "2016-08-01")]),
    (
        "Video duration 02:31. Published on November 20, 2017.",
        "2017-11-20",
        [("November 20, 2017", "2017-11-20")],
    ),
    (
        "The train left at 1:42 (local time) on Monday.",
        "2016-09-19",
        [("1:42", "2016-09-19T01:42"), ("Monday", "2016-09-19")],
    ),
    (
        "The mayor had promised in October that the bridge would reopen by the end of the year.",
        "2017-05-31",
        [("October", "2016-10"), ("the end of the year", "2016")],
    ),
    (
        "He said in January that the city would fall by the end of the month.",
        "2016-06-20",
        [("January", "2016-01"), ("the end of the month", "2016-01")],
    ),
    (
        "He said the city would fall by the end of the month.",
        "2016-06-20",
        [("the end of the month", "2016-06")],
    ),
    (
        '"The battle will take weeks, maybe months," he said.',
        "2016-10-17",
        [("weeks", "PXW"), ("months", "PXM")],
    ),
    ("The talks may last days if not weeks.", "2016-10-17", [("days", "PXD"), ("weeks", "PXW")]),
    ('"It took me years to talk about it," she said.', "2018-04-05", [("years", "PXY")]),
    ('"It took me a while," she said.', "2018-04-05", [("a while", "PXX")]),
    (
        "The deficit in the 2019 budget year topped $980 billion.",
        "2019-10-08",
        [("the 2019 budget year", "2019")],
    ),
    (
        "The state entered the new fiscal year Wednesday without a budget.",
        "2015-07-01",
        [("the new fiscal year", "2015"), ("Wednesday", "2015-07-01")],
    ),
    (
        "The new year begins Tuesday.",
        "2018-12-28",
        [("The new year", "2019"), ("Tuesday", "2019-01-01")],
    ),
    (
        "Congress passed a bill that keeps the government funded until Dec. 11.",
        "2015-09-30",
        [("Dec. 11", "2015-12-11")],
    ),
    (
        "The budget does not cover the war beyond Sept. 30.",
        "2005-02-07",
        [("Sept. 30", "2005-09-30")],
    ),
    ("The war dragged on beyond Sept. 30.", "2005-02-07", [("Sept. 30", "2004-09-30")]),
    (
        "The family gathered at the lake every Fourth of July.",
        "2002-12-19",
        [("every Fourth of July", "XXXX-07-04")],
    ),
    (
        "She volunteers at the shelter every Thanksgiving.",
        "2012-11-26",
        [("every Thanksgiving", "XXXX-11")],
    ),
    (
        "Every Christmas morning the children open gifts.",
        "2012-11-26",
        [("Every Christmas morning", "XXXX-12-25TMO")],
    ),
    (
        "The family gathered on the Fourth of July.",
        "2012-11-26",
        [("the Fourth of July", "2012-07-04")],
    ),
    ('"I remember it like it was yesterday," Harris said.', "2005-05-16", []),
    ('"It was yesterday," Harris said.', "2005-05-16", [("yesterday", "2005-05-15")]),
    (
        "The death toll rose to 1,284 on Wednesday, the 23rd day of the conflict.",
        "2014-07-30",
        [("Wednesday", "2014-07-30"), ("the 23rd day", "2014-07-30")],
    ),
    (
        "The festival drew crowds on Wednesday, the third day of the fair.",
        "2014-07-30",
        [("Wednesday", "2014-07-30")],
    ),
    (
        "NEW YORK, Sept. 12 — Rescue workers searched the rubble overnight.",
        "2001-09-12",
        [("Sept. 12", "2001-09-12"), ("overnight", "2001-09-11TNI")],
    ),
    (
        "NEW YORK, Sept. 12 — Rain will fall overnight.",
        "2001-09-12",
        [("Sept. 12", "2001-09-12"), ("overnight", "2001-09-12TNI")],
    ),
    (
        "The army hoped to clear the Old City by the end of Ramadan.",
        "2017-05-25",
        [("the end of Ramadan", "2017-06-24")],
    ),
    ("The army will resume operations after Eid.", "2017-09-04", [("Eid", "2017-09-01")]),
    (
        "The truce takes effect on Monday, the start of the Eid al-Adha holiday.",
        "2016-09-12",
        [("Monday", "2016-09-12"), ("Eid al-Adha", "2016-09-12")],
    ),
    (
        "So far this year, 1,282 civilians have been killed, compared with 1,500 in the same period last year.",
        "2020-08-31",
        [("this year", "2020"), ("the same period last year", "2019")],
    ),
    (
        "The following spring, she enrolled at the university.",
        "2017-03-21",
        [("The following spring", "XXXX-SP")],
    ),
    ("That summer, the city was gripped by fear.", "2006-05-01", [("That summer", "XXXX-SU")]),
    (
        "By the end of that decade, she had become a famous architect.",
        "2020-11-09",
        [("the end of that decade", "XXX")],
    ),
    (
        "For the following decade, prices stayed flat.",
        "2020-11-09",
        [("the following decade", "P10Y")],
    ),
    (
        "She graduated in 1995. The following spring, she enrolled at the university.",
        "2017-03-21",
        [("1995", "1995"), ("The following spring", "1996-SP")],
    ),
    (
        "The following spring will bring new rules.",
        "2017-03-21",
        [("The following spring", "2018-SP")],
    ),
    (
        "The story was first published on Thu 15 Feb 2018 at 09.00 GMT and corrected later.",
        "2018-02-15",
        [("Thu 15 Feb 2018 at 09.00 GMT", "2018-02-15T09:00")],
    ),
    (
        "Talks opened on Tue, Apr. 11, 2006 in Geneva.",
        "2006-04-11",
        [("Tue, Apr. 11, 2006", "2006-04-11")],
    ),
    (
        "The attack came on Mon September 12, 2011 at dawn.",
        "2011-09-12",
        [("Mon September 12, 2011", "2011-09-12")],
    ),
    (
        "The strike hit the village at about 1300 Damascus time on Saturday.",
        "2016-08-01",
        [("about 1300 Damascus time on Saturday", "2016-07-30T13:00")],
    ),
    (
        "The station broadcast at 1200 Moscow time every day.",
        "2016-08-01",
        [("1200 Moscow time", "2016-08-01T12:00"), ("every day", "P1D")],
    ),
    ("The judge scheduled a status hearing for Dec. 8.", "2021-01-12", [("Dec. 8", "2021-12-08")]),
    (
        "The company said in March it would hire 500 people by the end of the year.",
        "2017-06-15",
        [("March", "2017-03"), ("the end of the year", "2017")],
    ),
    (
        "Smith, who said in January that he would step down, will leave at the end of the month.",
        "2005-03-10",
        [("January", "2005-01"), ("the end of the month", "2005-03")],
    ),
    (
        "The mayor presented a budget on Wednesday for the coming year.",
        "2013-04-11",
        [("Wednesday", "2013-04-10"), ("the coming year", "2014")],
    ),
    (
        "Year-to-date sales rose 5 percent from the same period last year.",
        "2020-08-31",
        [("the same period last year", "2019")],
    ),
    (
        "Last summer the club had trained hard, with the season set to open the following week.",
        "2014-09-15",
        [("Last summer", "2013-SU"), ("the following week", "2013-WXX")],
    ),
    (
        "Each Valentine's Day card comes with a coupon.",
        "2018-02-10",
        [("Valentine's Day", "2018-02-14")],
    ),
    (
        "She volunteers every Thanksgiving at the shelter.",
        "2012-11-26",
        [("every Thanksgiving", "XXXX-11")],
    ),
    (
        "He said the following week would be crucial.",
        "2011-02-17",
        [("the following week", "2011-W08")],
    ),
    (
        "The mayor promised that summer jobs would be available.",
        "2014-03-10",
        [("that summer", "2014-SU")],
    ),
    (
        "The following month has historically been the busiest.",
        "2004-03-11",
        [("The following month", "2004-04")],
    ),
    (
        "The story ran in The Sun May 5, 2011 edition.",
        "2011-05-06",
        [("May 5, 2011", "2011-05-05")],
    ),
    ("Since 2014 Moscow time has been fixed.", "2014-12-01", [("2014", "2014")]),
    (
        "The strike was carried out around 1100 Baghdad time.",
        "2016-08-01",
        [("around 1100 Baghdad time", "2016-08-01T11:00")],
    ),
    ("It will reopen in June, not May.", "2012-04-10", [("June", "2012-06"), ("May", "2012-05")]),
    (
        "Residents will be allowed out for one hour of exercise a day.",
        "2020-10-21",
        [("one hour", "PT1H"), ("a day", "P1D")],
    ),
    (
        "The Rays beat the White Sox on Sunday and face Boston in the playoffs starting Friday.",
        "2008-10-06",
        [("Sunday", "2008-10-05"), ("Friday", "2008-10-10")],
    ),
    (
        "The House bill keeps the government funded until Dec. 11.",
        "2020-09-22",
        [("Dec. 11", "2020-12-11")],
    ),
    (
        '"It looks like it was yesterday\'s decision that tipped the market," a trader said.',
        "2020-07-07",
        [("yesterday", "2020-07-06")],
    ),
    (
        "Traffic on the bridge was snarled again this morning, just like it was yesterday.",
        "2015-05-05",
        [("this morning", "2015-05-05TMO"), ("yesterday", "2015-05-04")],
    ),
    (
        "On Sunday, veterans marked the first day of the invasion with a ceremony.",
        "2004-06-07",
        [("Sunday", "2004-06-06")],
    ),
    (
        "COLOMBO, Sri Lanka, Dec. 27 (AFP) - Troops shelled rebel positions overnight, the army said.",
        "2011-12-27",
        [("Dec. 27", "2011-12-27"), ("overnight", "2011-12-26TNI")],
    ),
    (
        "Fasting begins Thursday, the start of Ramadan.",
        "2018-05-15",
        [("Thursday", "2018-05-17"), ("the start of Ramadan", "2018-05-17")],
    ),
    (
        "The broadcast was scheduled for 1930 Kyiv time on Monday.",
        "2021-02-01",
        [("1930 Kyiv time on Monday", "2021-02-01T19:30")],
    ),
    ("Investors put money into about 1300 Dubai time-share units.", "2017-05-02", []),
    ("The film's length 2:15 was cut by the studio.", "2015-07-22", []),
    (
        "For the festival's duration: 10:00 to 18:00 daily, gates open early.",
        "2016-11-09",
        [("10:00", "2016-11-09T10:00"), ("18:00", "2016-11-09T18:00"), ("daily", "P1D")],
    ),
    ("Fans still talk about that final like it was yesterday.", "2017-04-20", []),
    ("Late that decade, the band split up.", "2015-09-15", [("Late that decade", "XXX")]),
    (
        "It is the third day of the invasion, and forces are deep inside Iraq.",
        "2003-03-22",
        [("the third day", "2003-03-22")],
    ),
    (
        "Veterans marked the first day of the invasion with a ceremony on Sunday.",
        "2004-06-07",
        [("Sunday", "2004-06-06")],
    ),
    (
        "Troops pushed toward Basra on Friday, the second day of the invasion.",
        "2003-03-22",
        [("Friday", "2003-03-21"), ("the second day", "2003-03-21")],
    ),
    (
        "She cooks for the whole family every Christmas.",
        "2019-11-26",
        [("every Christmas", "XXXX-12-25")],
    ),
    (
        "On Friday, the start of Ramadan was declared for Saturday.",
        "2017-05-27",
        [
            ("Friday", "2017-05-26"),
            ("the start of Ramadan", "2017-05-27"),
            ("Saturday", "2017-05-27"),
        ],
    ),
    (
        "Workers marked the 10th day of their walkout with a march on Tuesday.",
        "2012-05-09",
        [("the 10th day", "2012-05-08"), ("Tuesday", "2012-05-08")],
    ),
    (
        "Stores stay open late every Easter weekend.",
        "2015-03-30",
        [("every Easter weekend", "XXXX")],
    ),
    ("Every Christmas my mother bakes bread.", "2015-12-21", [("Every Christmas", "XXXX-12-25")]),
    (
        "It was the cabinet in January, not May herself, that approved it.",
        "2019-02-14",
        [("January", "2019-01")],
    ),
    (
        "Voters turned to Johnson in December, not May, whose deal had collapsed.",
        "2019-12-20",
        [("December", "2019-12")],
    ),
    (
        "Visitors came and go freely on Sunday, police said.",
        "2017-10-03",
        [("Sunday", "2017-10-01")],
    ),
    (
        "The league released the next week's schedule on Friday.",
        "2019-07-01",
        [("the next week", "2019-W28"), ("Friday", "2019-06-28")],
    ),
    (
        "The winners will be announced in September at a ceremony in London.",
        "2017-06-14",
        [("September", "2017-09")],
    ),
    (
        "Parents will be told officially in September which schools they got.",
        "2018-05-25",
        [("September", "2018-09")],
    ),
    (
        "The company has so far declined to comment on the report, which showed sales down 9 percent from the same period last year.",
        "2011-08-10",
        [("the same period last year", "2010-Q2")],
    ),
    ("By 2012 Moscow time had been fixed permanently.", "2015-09-01", [("2012", "2012")]),
    (
        "The jet was shot down at about 1200 Moscow time.",
        "2016-08-01",
        [("about 1200 Moscow time", "2016-08-01T12:00")],
    ),
    ("For 2021 Olympic time trials, riders will start in Tokyo.", "2021-06-06", [("2021", "2021")]),
    (
        "Health officials recommend at least 30 minutes of exercise a day for adults.",
        "2020-10-21",
        [("at least 30 minutes", "PT30M"), ("a day", "P1D")],
    ),
    ("The plant emits 1,800 tons of carbon dioxide a year.", "2020-10-21", []),
    (
        "The contract will be awarded and announced in July, the ministry said.",
        "2018-05-25",
        [("July", "2018-07")],
    ),
    (
        "The airline warned in December that fares would rise by the end of the year.",
        "2019-11-20",
        [("December", "2018-12"), ("the end of the year", "2019")],
    ),
    (
        "Protesters marked the 12th day of the uprising with a minute's silence for the dead.",
        "2011-02-05",
        [("the 12th day", "2011-02-05"), ("a minute", "PT1M")],
    ),
    (
        "She ran 2:18:11 AM Best ever for a British woman.",
        "2018-09-16",
        [("2:18:11", "PT2H18M11S")],
    ),
    (
        "The company said in December that replacement parts would not be available until April.",
        "2009-12-10",
        [("December", "2009-12"), ("April", "2010-04")],
    ),
    (
        "The utility said in December that it would restore power to all customers by the end of the month.",
        "2018-02-08",
        [("December", "2017-12"), ("the end of the month", "2017-12")],
    ),
    (
        "Students now average two hours of homework a night, the survey found.",
        "2018-09-03",
        [("now", "PRESENT_REF"), ("two hours", "PT2H"), ("a night", "P1D")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_schedules_stamps_budgets_and_past_accounts(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


#: a page's stamp or a clip's label, which the page splitter files as boilerplate when it
#: stands alone; read here as a paragraph of text, as a text with no page chrome is
_STAMPS = [
    (
        "Posted Tue 3 Oct 2017, 9:41am",
        "2017-10-03",
        [("Tue 3 Oct 2017, 9:41am", "2017-10-03T09:41")],
    ),
    ("Posted on Tue, Apr. 11, 2006", "2006-04-11", [("Tue, Apr. 11, 2006", "2006-04-11")]),
    (
        "Last modified on Wed 27 Nov 2019 17.05 GMT",
        "2019-11-27",
        [("Wed 27 Nov 2019 17.05 GMT", "2019-11-27T17:05")],
    ),
    (
        "By Ana Ruiz, CNN. Updated 1108 GMT (1908 HKT) August 8, 2017",
        "2017-08-08",
        [("1108 GMT", "2017-08-08T11:08"), ("August 8, 2017", "2017-08-08")],
    ),
    (
        "Posted 1/30/2020 7:00:00 AM, updated 1/30/2020 9:12:47 PM",
        "2020-01-30",
        [
            ("1/30/2020 7:00:00 AM", "2020-01-30T07:00"),
            ("1/30/2020 9:12:47 PM", "2020-01-30T21:12"),
        ],
    ),
    ("Video: Flooding in Houston (1:42)", "2016-09-19", []),
    (
        "Watch live: Prime Minister's address (22:00 GMT)",
        "2020-01-31",
        [("22:00 GMT", "2020-01-31T22:00")],
    ),
    ("Tue 3 Oct 2017 14.30 BST", "2017-10-03", [("Tue 3 Oct 2017 14.30 BST", "2017-10-03T14:30")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _STAMPS)
def test_a_page_stamp_read_as_text(nlp, text, dct, expected):
    doc = nlp.make_doc(text)
    doc._.published = dct
    doc._.blocks = [{"kind": "paragraph", "start": 0, "end": len(text)}]
    assert [(t["text"], t["value"]) for t in nlp(doc)._.timexes] == expected
