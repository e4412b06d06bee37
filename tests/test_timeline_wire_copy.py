"""Times and days as wire copy writes them: a 24-hour time with its zone ("at 2315 GMT"),
a city's time ("5 p.m. Cairo time"), "9 o'clock Friday evening", a past midnight, two
clock times sharing one day, the night before a morning, "was due to", a possessive
weekday of an event still prepared for, dates across New Year, "That Friday", groups
named by a date, holiday weekends, the week before a holiday near it, quarters named by
months, "the previous quarter", Black Friday and Cyber Monday.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    # 24-hour times with their zone, a city's time, "o'clock"
    (
        "The meeting ended at 2315 GMT, and ministers are due to meet again at 0800 GMT on "
        "Tuesday.",
        "2011-10-03",
        [("2315 GMT", "2011-10-03T23:15"), ("0800 GMT on Tuesday", "2011-10-04T08:00")],
    ),
    (
        "The vote closes at 1800 local time on Sunday.",
        "2011-10-03",
        [("1800 local time on Sunday", "2011-10-09T18:00")],
    ),
    (
        "The opposition gave the government until 5 p.m. Cairo time on Wednesday to resign.",
        "2013-06-03",
        [("5 p.m. Cairo time on Wednesday", "2013-06-05T17:00")],
    ),
    (
        "The two leaders spoke by telephone at 9 o'clock Friday evening.",
        "2013-09-21",
        [("9 o'clock Friday evening", "2013-09-20T21:00")],
    ),
    (
        "He was last seen at about 11 o'clock on Friday night.",
        "2010-03-10",
        [("about 11 o'clock on Friday night", "2010-03-05T23:00")],
    ),
    # near misses: a year before "GMT", a world time in parentheses, hours counted, a
    # sentence after a clock time
    ("In 1925 GMT was adopted.", "2011-10-03", []),
    (
        "The blast happened at 10:30 a.m. (0830 GMT) on Monday.",
        "2011-10-05",
        [("10:30 a.m.", "2011-10-03T10:30"), ("Monday", "2011-10-03")],
    ),
    (
        "He logged 1200 hours of flight time.",
        "2011-10-03",
        [("1200 hours", "PT1200H")],
    ),
    (
        "The store closes at 2 p.m. The time for talk is over.",
        "2011-10-03",
        [("2 p.m.", "2011-10-03T14:00")],
    ),
    # a past midnight, clock times sharing a day, the night before a morning
    (
        "The gunman opened fire inside the cinema shortly after midnight.",
        "2012-07-20",
        [("midnight", "2012-07-19T24:00")],
    ),
    ("The truce will take effect at midnight.", "2012-07-20", [("midnight", "2012-07-20T24:00")]),
    (
        "Voting began at 7 a.m. and ended at 6 p.m. on Sunday, officials said.",
        "2014-08-11",
        [("7 a.m.", "2014-08-10T07:00"), ("6 p.m. on Sunday", "2014-08-10T18:00")],
    ),
    (
        "The store opens at 9 a.m. and closes at 9 p.m. every day.",
        "2014-08-11",
        [("9 a.m.", "2014-08-11T09:00"), ("9 p.m.", "2014-08-11T21:00"), ("every day", "P1D")],
    ),
    (
        "Syrian forces resumed shelling early Tuesday after a brief lull overnight.",
        "2012-02-07",
        [("early Tuesday", "2012-02-07"), ("overnight", "2012-02-06TNI")],
    ),
    (
        "The square was calm on Tuesday morning after police clashed with protesters through "
        "the night.",
        "2012-02-07",
        [("Tuesday morning", "2012-02-07TMO"), ("the night", "2012-02-06TNI")],
    ),
    (
        "Rebels attacked on Monday and fighting went on through the night.",
        "2012-02-07",
        [("Monday", "2012-02-06"), ("the night", "2012-02-06TNI")],
    ),
    # "was due to", a possessive weekday of an event prepared for
    (
        "The suspect was due to appear in court on Thursday.",
        "2013-10-07",
        [("Thursday", "2013-10-10")],
    ),
    (
        "He had been due to fly home on Sunday.",
        "2013-10-07",
        [("Sunday", "2013-10-06")],
    ),
    (
        "Tens of thousands are expected at Tuesday's memorial for the late president.",
        "2013-12-09",
        [("Tuesday", "2013-12-10")],
    ),
    (
        "Officials were preparing for Saturday's summit at Camp David.",
        "2012-05-17",
        [("Saturday", "2012-05-19")],
    ),
    ("Thousands attended Sunday's memorial.", "2013-12-09", [("Sunday", "2013-12-08")]),
    # across New Year, the tense decides
    (
        "The survey was carried out on Jan. 4, the ministry said.",
        "2010-12-29",
        [("Jan. 4", "2010-01-04")],
    ),
    ("The law will take effect on Jan. 1.", "2010-12-29", [("Jan. 1", "2011-01-01")]),
    # "That Friday" after a day told
    (
        "The massacre took place on May 25. That Friday, villagers buried 49 children.",
        "2012-05-29",
        [("May 25", "2012-05-25"), ("That Friday", "2012-05-25")],
    ),
    (
        "Militants seized the town on June 9. That Sunday, thousands fled.",
        "2014-06-16",
        [("June 9", "2014-06-09"), ("That Sunday", "2014-06-15")],
    ),
    ("He said that Friday was the deadline.", "2014-06-16", [("Friday", "2014-06-13")]),
    # no times: groups named by a date, idioms, a game's quarter, a studio's name
    (
        "The March 14 alliance said on Monday it would boycott the talks.",
        "2012-09-10",
        [("Monday", "2012-09-10")],
    ),
    ("Bahrain's February 14 Coalition called for a strike.", "2012-09-10", []),
    ("The vote on March 14 drew crowds.", "2012-09-10", [("March 14", "2012-03-14")]),
    ("A new film about Black September opens on Friday.", "2012-09-10", [("Friday", "2012-09-14")]),
    ("The senator said it was time to call it a day.", "2012-09-05", []),
    (
        "The well was sealed on Sunday, five months to the day after the explosion.",
        "2010-09-20",
        [("Sunday", "2010-09-19"), ("five months", "P5M")],
    ),
    (
        "He shot his girlfriend in the early hours of Valentine's Day.",
        "2013-02-26",
        [("Valentine's Day", "2013-02-14")],
    ),
    (
        "Miami trailed in the fourth quarter of Game 7 on Thursday night.",
        "2013-06-21",
        [("Thursday night", "2013-06-20TNI")],
    ),
    ("The 20th Century Fox film took $90 million.", "2013-06-21", []),
    ("The 20th Century was violent.", "2013-06-21", [("The 20th Century", "19")]),
    (
        "The 1990s-era reactor will be shut down in 2016.",
        "2014-01-08",
        [("1990s", "199"), ("2016", "2016")],
    ),
    # holiday weekends, the week before a holiday that has begun
    (
        "Shoppers spent a record $11 billion over the Thanksgiving weekend.",
        "2012-11-26",
        [("the Thanksgiving weekend", "2012-W47-WE")],
    ),
    (
        "Dozens of people were shot over the Labor Day weekend.",
        "2012-09-04",
        [("the Labor Day weekend", "2012-W35-WE")],
    ),
    (
        "Thousands of flights were cancelled in the week before Christmas.",
        "2012-12-24",
        [("the week before Christmas", "2012-W51")],
    ),
    (
        "Thousands of flights were cancelled in the week before Christmas.",
        "2012-12-10",
        [("the week before Christmas", "2011-W51")],
    ),
    # quarters named by months, "the previous quarter"
    (
        "Revenue for the January-March quarter rose 8 percent from the previous quarter.",
        "2012-05-10",
        [("the January-March quarter", "2012-Q1"), ("the previous quarter", "2011-Q4")],
    ),
    (
        "Revenue in the September quarter rose.",
        "2011-10-27",
        [("the September quarter", "2011-Q3")],
    ),
    (
        "Sales in the January-May period rose.",
        "2012-06-10",
        [("January", "2012-01"), ("May", "2012-05")],
    ),
    # near misses of "o'clock": a newscast, a direction, a name, stubble
    ("Viewers heard it on the six o'clock news.", "2012-08-18", []),
    ("Enemy fighters appeared at two o'clock high.", "2012-08-18", []),
    ("The suspect sported a five o'clock shadow.", "2012-08-18", []),
    ("Trading was halted at 1430 EDT.", "2012-08-17", [("1430 EDT", "2012-08-17T14:30")]),
    # two clock times across midnight keep apart; a weekly day makes both a set
    (
        "The jet took off at 11 p.m. and landed at 6 a.m. on Tuesday.",
        "2001-09-14",
        [("11 p.m.", "2001-09-14T23:00"), ("6 a.m. on Tuesday", "2001-09-11T06:00")],
    ),
    (
        "The store opens at 9 a.m. and shuts at 6 p.m. on Saturdays.",
        "1997-11-30",
        [("9 a.m.", "XXXX-WXX-6T09:00"), ("6 p.m. on Saturdays", "XXXX-WXX-6T18:00")],
    ),
    # "the following month" after only a year; a verb whose past is its present
    (
        "The crisis began in 2009. The following month, agencies downgraded the debt.",
        "2011-10-31",
        [("2009", "2009"), ("The following month", "2009-XX")],
    ),
    (
        "Investors shed shares on Friday, a day after the central bank raised rates.",
        "2014-03-24",
        [("Friday", "2014-03-21"), ("a day", "P1D")],
    ),
    ("Officials set the date on Monday.", "2014-03-18", [("Monday", "2014-03-17")]),
    ("Protests spread to Alexandria on Tuesday.", "2011-01-27", [("Tuesday", "2011-01-25")]),
    (
        "The ceasefire came into force at 2100 on Wednesday.",
        "2012-11-22",
        [("2100 on Wednesday", "2012-11-21T21:00")],
    ),
    (
        "Clashes killed 40 people in the last day or so.",
        "2014-05-05",
        [("the last day or so", "P1D")],
    ),
    # "due to" overtaken, passive; an event's result; preparations under way
    (
        "The ship was due to arrive on Monday but was held up by fog.",
        "2020-07-08",
        [("Monday", "2020-07-06")],
    ),
    ("The two men were due to be sentenced on Friday.", "2022-10-02", [("Friday", "2022-10-07")]),
    ("Tuesday's referendum result is a blow.", "2023-06-10", [("Tuesday", "2023-06-06")]),
    ("Tuesday's referendum is a test.", "2023-06-10", [("Tuesday", "2023-06-13")]),
    ("Sunday's vote decides the winner.", "2016-09-30", [("Sunday", "2016-10-02")]),
    (
        "Carter was due to be sentenced on Friday and was jailed for six years.",
        "2011-08-10",
        [("Friday", "2011-08-05"), ("six years", "P6Y")],
    ),
    ("The June 3 group meeting was canceled.", "2011-03-16", [("June 3", "2011-06-03")]),
    (
        "Officials were preparing for Wednesday's summit in Prague.",
        "2022-10-02",
        [("Wednesday", "2022-10-05")],
    ),
    ("Friday's protest turned violent.", "2022-10-02", [("Friday", "2022-09-30")]),
    # "That Friday" after a weekend day; dates before groups and a draw
    (
        "The strike began on Sunday, Oct. 10. That Friday, the union rejected an offer.",
        "2021-11-05",
        [("Sunday, Oct. 10", "2021-10-10"), ("That Friday", "2021-10-15")],
    ),
    ("On Nov. 17 militants stormed the station.", "2012-11-20", [("Nov. 17", "2012-11-17")]),
    (
        "The Oct. 14 group stage draw placed the club alongside Barcelona.",
        "2012-11-20",
        [("Oct. 14", "2012-10-14")],
    ),
    # a year named after the week before a holiday
    (
        "Retail sales fell in the week before Christmas last year.",
        "2013-12-20",
        [("the week before Christmas last year", "2012-W51")],
    ),
    (
        "The retailer staged a comeback in the third quarter.",
        "2012-10-25",
        [("the third quarter", "2012-Q3")],
    ),
    # "end-March", a clock time before its world time, a bound after a set
    ("The sale is expected to close by end-March.", "2013-02-20", [("end-March", "2013-03")]),
    ("The plant will be completed by end-2013.", "2013-02-20", [("end-2013", "2013")]),
    (
        "The ceasefire came into force at 2100 (1900 GMT) on Wednesday.",
        "2012-11-22",
        [("2100", "2012-11-21T21:00"), ("Wednesday", "2012-11-21")],
    ),
    (
        "The opposition has staged protests every Friday since the election in May.",
        "2012-06-08",
        [("every Friday", "XXXX-WXX-5"), ("May", "2012-05")],
    ),
    (
        "The board meets every Friday in May.",
        "2012-06-08",
        [("every Friday", "XXXX-WXX-5"), ("May", "XXXX-05")],
    ),
    # a weekday of the week named, "take weeks", "the past day"
    (
        "Militants attacked the town on Tuesday last week.",
        "2014-06-26",
        [("Tuesday last week", "2014-06-17")],
    ),
    (
        "The talks will resume on Monday next week.",
        "2014-06-26",
        [("Monday next week", "2014-06-30")],
    ),
    ("It would take weeks to restore power.", "2013-03-12", [("weeks", "PXW")]),
    ("It takes years of practice.", "2013-03-12", []),
    ("At least 15 people were killed in the past day.", "2014-07-25", [("the past day", "P1D")]),
    ("It was the last day.", "2014-07-25", []),
    # quarter codes, fiscal years, "the prior quarter"
    (
        "Q2 net income rose, compared with $3.9 billion in Q1.",
        "2014-07-17",
        [("Q2", "2014-Q2"), ("Q1", "2014-Q1")],
    ),
    ("Sales in Q4 fell.", "2014-07-17", [("Q4", "2013-Q4")]),
    ("Profit in FY2014 rose.", "2014-07-17", [("FY2014", "2014")]),
    ("She drives an Audi Q3.", "2014-07-17", []),
    ("Shares of Q2 Holdings rose 9 percent.", "2014-03-19", []),
    ("The Eagles scored 21 points in Q2.", "2013-10-14", []),
    ("The company expects demand to recover in Q4.", "2013-08-14", [("Q4", "2013-Q4")]),
    ("Sales rose, but a prior quarter had been weaker still.", "2013-10-24", []),
    (
        "Revenue in the third quarter rose 6 percent from the prior quarter.",
        "2011-10-19",
        [("the third quarter", "2011-Q3"), ("the prior quarter", "2011-Q2")],
    ),
    # day ranges written day first, "the week to", a stretch of years
    (
        "EU ministers will meet in Brussels on 4-6 March.",
        "2013-02-25",
        [("4", "2013-03-04"), ("6 March", "2013-03-06")],
    ),
    ("Liverpool won 3-1 March 2 at Anfield.", "2013-03-05", [("March 2", "2013-03-02")]),
    (
        "Unions have the week to March 8 to respond.",
        "2013-03-01",
        [("the week", "2013-W09"), ("March 8", "2013-03-08")],
    ),
    (
        "Average output grew in the period 2008-2012.",
        "2013-01-15",
        [("2008", "2008"), ("2012", "2012")],
    ),
    # Black Friday, Cyber Monday
    ("Shoppers lined up on Black Friday.", "2012-11-26", [("Black Friday", "2012-11-23")]),
    (
        "Sales on Cyber Monday will top $1.5 billion.",
        "2012-11-20",
        [("Cyber Monday", "2012-11-26")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_wire_copy_times_and_days(nlp, text: str, dct: str, expected: list[tuple[str, str]]):
    assert _found(nlp, text, dct) == expected
