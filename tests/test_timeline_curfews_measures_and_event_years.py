"""Curfews, measures and the years of events: a clock range across midnight ends the next
day, from the day it starts on ("a curfew from 10 p.m. to 7 a.m. starting tonight"); a
measure set in the past "until" a day reads the nearer such day ("froze troop rotations
until June 30", "suspended until noon Saturday"); what someone was told to do at a time
("summoned politicians to report on Saturday"); a month of an event a year dates ("The
1995 massacre took place in July"; not "criticized the 2015 agreement in March"); a
possessive weekday planned ahead ("Saturday's march is planned to start"); "Sunday marks
1,000 days"; "falls due Tuesday"; a trailing attribution after a clause the parser split
("Ghana will hold a call … on Friday, the ministry said"); a weekday before a zone
("5:30 p.m. Tuesday Eastern time"); legal acts' numbers and sanctions committees; "the
latest period of house arrest"; "by a quarter" after any form of a change verb; a season
opening its sentence; "a night curfew"; "Q3 GDP"; "the April-to-June period"; "2-1/2
years"; "month-on-month"; "$40 billion of bonds per month"; World Press Freedom Day.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timex_named

_CASES = [
    (
        "KYIV — The mayor announced a curfew from 10 p.m. to 7 a.m. starting tonight.",
        "2022-02-24",
        [
            ("10 p.m.", "2022-02-24T22:00"),
            ("7 a.m.", "2022-02-25T07:00"),
            ("tonight", "2022-02-24TNI"),
        ],
    ),
    (
        "France replaced its lockdown with a nationwide 8 p.m. to 6 a.m. curfew on Tuesday.",
        "2020-12-15",
        [("8 p.m.", "2020-12-15T20:00"), ("6 a.m.", "2020-12-16T06:00"), ("Tuesday", "2020-12-15")],
    ),
    (
        "Paris will be under a 9 p.m.-to-6 a.m. curfew for four weeks.",
        "2020-10-16",
        [("9 p.m.", "2020-10-16T21:00"), ("6 a.m.", "2020-10-17T06:00"), ("four weeks", "P4W")],
    ),
    (
        "The curfew ran from 10 p.m. Friday to 6 a.m. Saturday.",
        "2020-10-16",
        [("10 p.m. Friday", "2020-10-16T22:00"), ("6 a.m. Saturday", "2020-10-17T06:00")],
    ),
    (
        "The U.N. froze all troop rotations until June 30.",
        "2020-04-08",
        [("June 30", "2020-06-30")],
    ),
    (
        "Mobile internet was suspended in Lucknow until noon Saturday as protests spread.",
        "2019-12-20",
        [("noon Saturday", "2019-12-21T12:00")],
    ),
    (
        "The mayor ordered a curfew for minors until Monday.",
        "2023-07-02",
        [("Monday", "2023-07-03")],
    ),
    (
        "Officials closed all schools until Monday after the storm.",
        "2015-01-08",
        [("Monday", "2015-01-12")],
    ),
    (
        "The government kept the markets closed until Friday.",
        "2008-09-18",
        [("Friday", "2008-09-12")],
    ),
    (
        "The curfew runs from 10 p.m. to 6 a.m., starting Saturday, officials said.",
        "2020-10-16",
        [
            ("10 p.m.", "2020-10-17T22:00"),
            ("6 a.m.", "2020-10-18T06:00"),
            ("Saturday", "2020-10-17"),
        ],
    ),
    (
        "She told her sister to call her on Sunday, but the call never came.",
        "2015-03-06",
        [("Sunday", "2015-03-01")],
    ),
    (
        "Veterans of the 2003 war held a rally on Nov. 11.",
        "2008-11-13",
        [("2003", "2003"), ("Nov. 11", "2008-11-11")],
    ),
    (
        "The 2021 Committee report was ignored, but the 1718 Committee met.",
        "2022-09-25",
        [("2021", "2021")],
    ),
    (
        "Regulation (EU) 2023/1214 and Directive 2014/65/EU apply.",
        "2024-02-23",
        [],
    ),
    (
        "The court suspended the hearing until Tuesday, when it heard testimony from the widow.",
        "2018-03-29",
        [("Tuesday", "2018-03-27")],
    ),
    (
        "The court suspended the hearing until Monday, when it heard testimony from two officers.",
        "2017-11-10",
        [("Monday", "2017-11-06")],
    ),
    (
        "Flights out of the city were grounded until Wednesday, the airline said.",
        "2021-01-17",
        [("Wednesday", "2021-01-20")],
    ),
    (
        "Troops blocked the border crossing until Friday, witnesses said.",
        "2015-04-07",
        [("Friday", "2015-04-03")],
    ),
    (
        "The judge told him to appear in court on Monday, and he did.",
        "2008-01-25",
        [("Monday", "2008-01-21")],
    ),
    (
        "Winter was born in Ohio, and Summer has been sentenced. Spring has been unusually wet.",
        "2020-09-14",
        [("Spring", "2020-SP")],
    ),
    (
        "The 1922 Committee of Conservative backbenchers met on Wednesday evening.",
        "2019-09-14",
        [("Wednesday evening", "2019-09-11TEV")],
    ),
    (
        "Flights are banned between 11 p.m. and 6 a.m. every night.",
        "2017-03-17",
        [("11 p.m.", "XXXX-XX-XXT23:00"), ("6 a.m. every night", "XXXX-XX-XXT06:00")],
    ),
    (
        'ABC is axing "The Muppets," and on Monday, CBS said it was canceling "Rush Hour."',
        "2016-05-17",
        [("Monday", "2016-05-16")],
    ),
    (
        "She waited for 4  1/2  hours; the plan would invest $3 billion over four years into care.",
        "2016-04-15",
        [("4  1/2  hours", "PT4H30M"), ("four years", "P4Y")],
    ),
    (
        "The airport had been closed until Monday.",
        "2023-07-05",
        [("Monday", "2023-07-03")],
    ),
    (
        "The strike lasted until Monday.",
        "2023-07-05",
        [("Monday", "2023-07-03")],
    ),
    (
        "The junta summoned 155 politicians to report to the army on Saturday.",
        "2014-05-23",
        [("Saturday", "2014-05-24")],
    ),
    (
        "Embassy staff were told to be at the airport by 0800 on Saturday.",
        "2011-02-25",
        [("0800 on Saturday", "2011-02-26T08:00")],
    ),
    (
        "He wanted the court to rule on Monday.",
        "2023-09-05",
        [("Monday", "2023-09-04")],
    ),
    (
        "The 1995 massacre took place in July.",
        "2017-09-25",
        [("1995", "1995"), ("July", "1995-07")],
    ),
    (
        "The 2015 agreement, signed on July 14, lifted sanctions.",
        "2017-09-25",
        [("2015", "2015"), ("July 14", "2015-07-14")],
    ),
    (
        "The 2003 invasion of Iraq began on March 20, and the 2016 coup attempt began on July 15.",
        "2017-09-25",
        [("2003", "2003"), ("March 20", "2003-03-20"), ("2016", "2016"), ("July 15", "2017-07-15")],
    ),
    (
        "The 2013 typhoon hit the central Philippines on Nov. 8.",
        "2015-10-22",
        [("2013", "2013"), ("Nov. 8", "2013-11-08")],
    ),
    (
        "The 2020 election will be held on Nov. 3.",
        "2019-11-27",
        [("2020", "2020"), ("Nov. 3", "2020-11-03")],
    ),
    (
        "The 2018 election will be remembered in March.",
        "2019-11-27",
        [("2018", "2018"), ("March", "2020-03")],
    ),
    (
        "The 2012 treaty took effect in January after the last ratification.",
        "2014-03-18",
        [("2012", "2012"), ("January", "2014-01")],
    ),
    (
        "He criticized the 2015 agreement in March.",
        "2017-09-25",
        [("2015", "2015"), ("March", "2017-03")],
    ),
    (
        "Families of the 2014 crash victims protested in March.",
        "2017-09-25",
        [("2014", "2014"), ("March", "2017-03")],
    ),
    (
        "Saturday's march is planned to start at the city hall.",
        "2017-09-25",
        [("Saturday", "2017-09-30")],
    ),
    (
        "Saturday's attack is expected to deepen the crisis.",
        "2017-09-25",
        [("Saturday", "2017-09-23")],
    ),
    (
        "Sunday marks 1,000 days since the reporter was taken from his home, his family said.",
        "2025-04-04",
        [("Sunday", "2025-04-06"), ("1,000 days", "P1000D")],
    ),
    (
        "Greece's payment to the IMF falls due Tuesday.",
        "2015-06-29",
        [("Tuesday", "2015-06-30")],
    ),
    (
        "Ghana will hold a bondholder call at 10 a.m. New York time on Friday, the ministry said.",
        "2023-04-06",
        [("10 a.m. New York time on Friday", "2023-04-07T10:00")],
    ),
    (
        "The attack began at 5:30 p.m. Tuesday Eastern time.",
        "2020-01-08",
        [("5:30 p.m. Tuesday", "2020-01-07T17:30")],
    ),
    (
        "Crews expect to have the fire surrounded by Friday night.",
        "2006-10-26",
        [("Friday night", "2006-10-27TNI")],
    ),
    (
        "Regulation (EU) 2022/328 was amended again on Friday under Decision 2014/145/CFSP.",
        "2024-02-23",
        [("Friday", "2024-02-23")],
    ),
    (
        "Council Regulation No 833/2014 will apply from Aug. 1.",
        "2014-07-31",
        [("Aug. 1", "2014-08-01")],
    ),
    (
        "Sales in the 2014/15 season rose, and the figures for 9/2014 were revised.",
        "2024-02-23",
        [("2014", "2014"), ("15", "2015"), ("9/2014", "2014-09")],
    ),
    ("The 1718 Committee has received no reports from 90 member states.", "2019-09-04", []),
    (
        "Her latest period of house arrest began in May 2003.",
        "2010-11-13",
        [("May 2003", "2003-05")],
    ),
    (
        "Revenue in the latest period rose 4 percent.",
        "2010-11-13",
        [("the latest period", "2010-Q3")],
    ),
    (
        "Remittances are expected to drop by a quarter in 2020.",
        "2020-05-25",
        [("2020", "2020")],
    ),
    (
        "Winter is coming in Afghanistan, and with it the hunger season.",
        "2023-10-02",
        [("Winter", "2023-WI")],
    ),
    ("Fall is a risk for the elderly. Winter Park is a city.", "2023-10-02", []),
    ("Winter is a time of hardship. Winter is cold and dark in Norway.", "2010-03-15", []),
    (
        "Ecuador imposed a night curfew near government buildings. They spent a night in jail.",
        "2019-10-08",
        [("a night", "P1D")],
    ),
    (
        "Q3 GDP rose 1.9 percent, beating forecasts.",
        "2019-10-30",
        [("Q3", "2019-Q3")],
    ),
    ("The Audi Q3 sales rose. Q2 Holdings rose.", "2019-10-30", []),
    (
        "Its Q4 results are due next Thursday, and it expects a recovery in Q2.",
        "2025-01-30",
        [("Q4", "2024-Q4"), ("next Thursday", "2025-02-06"), ("Q2", "2025-Q2")],
    ),
    (
        "The government will publish its second estimate of fourth-quarter GDP on Feb. 28.",
        "2024-01-25",
        [("fourth-quarter", "2023-Q4"), ("Feb. 28", "2024-02-28")],
    ),
    (
        "Britain's jobless total fell by 46,000 in the April-to-June period.",
        "2012-08-15",
        [("the April-to-June period", "2012-Q2")],
    ),
    (
        "The jobless rate is its lowest in 2-1/2 years.",
        "2011-12-02",
        [("2-1/2 years", "P2Y6M")],
    ),
    (
        "On a month-on-month basis, the CPI rose 1.3 percent in June.",
        "2022-07-13",
        [("June", "2022-06")],
    ),
    (
        "The Fed said it would buy $40 billion of mortgage-backed securities per month.",
        "2012-09-13",
        [],
    ),
    (
        "Ahead of World Press Freedom Day on Saturday, the UN chief urged governments to act.",
        "2025-05-02",
        [("World Press Freedom Day", "2025-05-03"), ("Saturday", "2025-05-03")],
    ),
    (
        "The Coast Guard will search until sunset Wednesday before deciding.",
        "2015-10-05",
        [("sunset Wednesday", "2015-10-07TEV")],
    ),
    (
        "They fasted from sunrise to sunset, and the sunset clause expires.",
        "2015-10-05",
        [],
    ),
    (
        "Armed robbers boarded the carrier between 2300 and 0100 hours.",
        "2016-05-13",
        [("2300", "2016-05-12T23:00"), ("0100 hours", "2016-05-13T01:00")],
    ),
    (
        "Amtrak canceled all Empire Service trains for Friday and Saturday.",
        "2022-12-23",
        [("Friday", "2022-12-23"), ("Saturday", "2022-12-24")],
    ),
    (
        "Summer school was canceled for Friday because of the heat.",
        "2019-07-18",
        [("Friday", "2019-07-19")],
    ),
    (
        "Police closed the road for Friday's parade.",
        "2019-07-18",
        [("Friday", "2019-07-12")],
    ),
    (
        "The 800m runner posted a time of 1:55.69 in Doha last month.",
        "2019-06-07",
        [("last month", "2019-05")],
    ),
    (
        '"We have waited 78 years, and Christmas came early," his nephew said.',
        "2022-12-22",
        [("78 years", "P78Y")],
    ),
    ("Some 300 were found, about a quarter of whom were identified.", "2015-05-09", []),
    (
        "The 64-year-old wait for answers ended. The 45-year-old worker spoke.",
        "2007-01-09",
        [("64-year-old", "P64Y")],
    ),
    (
        "Between January and August, 1.2 million Venezuelans registered for protection in Colombia.",
        "2022-10-05",
        [("January", "2022-01"), ("August", "2022-08")],
    ),
    (
        "The company will complete the layoffs in the first half of FY2023.",
        "2022-10-27",
        [("the first half of FY2023", "2023-H1")],
    ),
    (
        "Workers will get two weeks of pay for every year of service.",
        "2014-08-28",
        [("two weeks", "P2W")],
    ),
    (
        "The plant has run every year since 1990, its third owner in as many years.",
        "2024-09-06",
        [("every year", "P1Y"), ("1990", "1990")],
    ),
    (
        "Charles visited Italy 17 times, most recently in 2017, and he most recently spoke.",
        "2025-04-05",
        [("2017", "2017"), ("recently", "PAST_REF")],
    ),
]

#: (text, DCT, expression, type, mod)
_KINDS = [
    (
        "The curfew in Port Said will continue from 9 p.m. each night for 30 days.",
        "2012-12-26",
        "9 p.m. each night",
        "SET",
        None,
    ),
    (
        "Over 100 days into the conflict, aid is scarce.",
        "2023-12-11",
        "Over 100 days",
        "DURATION",
        "MORE_THAN",
    ),
    (
        "The jobless rate tumbled to its lowest level in more than 2-1/2 years.",
        "2011-12-02",
        "more than 2-1/2 years",
        "DURATION",
        "MORE_THAN",
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_curfews_measures_and_event_years(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(("text", "dct", "expression", "kind", "mod"), _KINDS)
def test_kind_and_mod(nlp, text, dct, expression, kind, mod):
    found = timex_named(nlp, text, expression, dct)
    assert (found["type"], found.get("mod")) == (kind, mod)
