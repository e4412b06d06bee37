"""Possessive weekdays told ahead, months told of, titles, names and named days: "Saturday's
parade will begin at noon" and "clouds could spoil Monday's eclipse" read ahead (not
"Saturday's attack will be investigated", "Thursday's debate will be the subject of
fact-checks" written Friday, "Video of Tuesday's supermoon"); "May was the deadliest month"
(not "May was a month late"); months listed in one year; "rose on Thursday to 22,600";
the day after a day range; "every second week" (not "every second game"); "until at least
September"; "just before Christmas", "on the eve of Thanksgiving"; "Martin Luther King
Jr. Day"; "Halloween" topping the box office; "The Half Moon Tavern"; a comet's
designation; a Sunday school teacher (not "Last Sunday school teachers walked out"); "the
40-year-old conviction" (not "the 45-year-old case worker"); Do Kwon's past; listed clock
times sharing p.m.; another zone's time by slash or parenthesis; "on the 15th reported";
"As of 24:00 on Sunday"; the Spring Festival holiday; "the Jan. 6 cases", "A year after
the Oct. 7 attack" (not a recent Oct. 7 attack elsewhere); a season's crossed range;
"the first Monday of the month" as a habit.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    (
        "Thursday's annular eclipse will be visible at sunrise in parts of Canada.",
        "2021-06-09",
        [("Thursday", "2021-06-10")],
    ),
    (
        "Saturday's parade will begin at noon on Main Street.",
        "2023-05-09",
        [("Saturday", "2023-05-13"), ("noon", "2023-05-13T12:00")],
    ),
    (
        "Clouds could spoil Monday's eclipse across much of the Northeast.",
        "2024-04-05",
        [("Monday", "2024-04-08")],
    ),
    (
        "Saturday's attack will be investigated by the FBI.",
        "2017-09-21",
        [("Saturday", "2017-09-16")],
    ),
    (
        "Thursday's debate will be the subject of fact-checks for days.",
        "2024-06-28",
        [("Thursday", "2024-06-27"), ("days", "PXD")],
    ),
    (
        "Video of Tuesday's supermoon is still going viral on social media.",
        "2023-08-05",
        [("Tuesday", "2023-08-01")],
    ),
    (
        "May was the deadliest month since the conflict began, the monitor said on Monday.",
        "2013-08-05",
        [("May", "2013-05"), ("Monday", "2013-08-05")],
    ),
    (
        "May was a month late in submitting her resignation letter, critics said.",
        "2019-07-25",
        [("a month", "P1M")],
    ),
    (
        "The Major is the first of three planned for 2026, with the others in June and November.",
        "2026-02-20",
        [("2026", "2026"), ("June", "2026-06"), ("November", "2026-11")],
    ),
    (
        "The group met in March and November.",
        "2026-07-20",
        [("March", "2026-03"), ("November", "2025-11")],
    ),
    (
        "The death toll rose on Thursday to 22,600, the ministry said.",
        "2024-01-05",
        [("Thursday", "2024-01-04")],
    ),
    (
        "The press days are Nov. 20-21, with public days beginning the following day.",
        "2019-11-14",
        [("Nov. 20", "2019-11-20"), ("21", "2019-11-21"), ("the following day", "2019-11-22")],
    ),
    ("The journal is published every second week.", "2021-11-26", [("every second week", "P2W")]),
    ("Every second counts in a rescue.", "2021-11-26", [("Every second", "PT1S")]),
    (
        "Most tournaments have been canceled until at least September.",
        "2020-05-07",
        [("September", "2020-09")],
    ),
    (
        "The bridge is closed to truck traffic until at least March.",
        "2023-02-15",
        [("March", "2023-03")],
    ),
    (
        "The governor granted clemency just before Christmas, sparing the inmate's life.",
        "2021-12-20",
        [("Christmas", "2021-12-25")],
    ),
    ("He was arrested just before Christmas.", "2021-06-20", [("Christmas", "2020-12-25")]),
    (
        "The governor commuted the sentence on the eve of Thanksgiving.",
        "2025-11-26",
        [("Thanksgiving", "2025-11-27")],
    ),
    (
        "The film led the Martin Luther King Jr. Day weekend with $19.6 million.",
        "2023-01-17",
        [("the Martin Luther King Jr. Day weekend", "2023-W02-WE")],
    ),
    ('"Halloween" topped the box office for a third weekend.', "2018-10-29", []),
    (
        "The Half Moon Tavern will unveil its spring menu on April 1.",
        "2005-03-17",
        [("April 1", "2005-04-01")],
    ),
    (
        "The Quarter Brought Record Profits For Microsoft Cloud Unit",
        "2024-04-29",
        [("The Quarter", "2024-Q1")],
    ),
    (
        "Comet C/2022 E3 (ZTF) was discovered in March 2022.",
        "2023-02-01",
        [("March 2022", "2022-03")],
    ),
    (
        "She was a homemaker and Sunday school teacher for decades.",
        "2024-06-24",
        [("decades", "PXY")],
    ),
    (
        "Last Sunday school teachers walked out of the service.",
        "2012-03-20",
        [("Last Sunday", "2012-03-18")],
    ),
    (
        "His lawyers challenged the 40-year-old conviction, citing new DNA evidence.",
        "2019-07-25",
        [("40-year-old", "P40Y")],
    ),
    ("The 45-year-old case worker was fired last week.", "2017-04-21", [("last week", "2017-W15")]),
    ("The auction featured a 20-year-old case of Bordeaux.", "2003-01-09", []),
    (
        "Do Kwon posted on Twitter late Tuesday that he was close to a plan.",
        "2022-05-12",
        [("late Tuesday", "2022-05-10")],
    ),
    ("Will Smith will host the show on Sunday.", "2017-09-11", [("Sunday", "2017-09-17")]),
    (
        "The twins were born July 4 at 9:01 and 9:14 p.m.",
        "2006-07-12",
        [("July 4 at 9:01", "2006-07-04T21:01"), ("9:14 p.m.", "2006-07-04T21:14")],
    ),
    (
        "The blasts came at 6:30 and 11:45 a.m.",
        "2006-07-12",
        [("6:30", "2006-07-12T06:30"), ("11:45 a.m.", "2006-07-12T11:45")],
    ),
    (
        "Apple's event starts at 10 a.m. PT / 1 p.m. ET on Tuesday.",
        "2024-03-14",
        [("10 a.m. PT", "2024-03-19T10:00"), ("1 p.m. ET on Tuesday", "2024-03-19T13:00")],
    ),
    (
        "The event starts at 10 a.m. PT (1 p.m. ET) on Tuesday.",
        "2024-03-14",
        [
            ("10 a.m. PT", "2024-03-19T10:00"),
            ("1 p.m. ET", "2024-03-19T13:00"),
            ("Tuesday", "2024-03-19"),
        ],
    ),
    (
        "Xinhua on the 15th reported that the talks had ended.",
        "2019-03-16",
        [("the 15th", "2019-03-15")],
    ),
    (
        "On the morning of the 3rd, terrorist groups fired rocket shells at Damascus.",
        "2017-08-04",
        [("the 3rd", "2017-08-03")],
    ),
    ("He finished on the 15th hole with a birdie.", "2019-03-16", []),
    (
        "As of 24:00 on Sunday, a total of 40,171 confirmed cases had been reported.",
        "2020-02-10",
        [("24:00 on Sunday", "2020-02-09T24:00")],
    ),
    ("He clocked 24:00 in the five-mile race, a personal best.", "2018-08-20", []),
    (
        "Domestic tourist trips during the Spring Festival holiday rose 34.3 percent.",
        "2024-02-18",
        [("Spring Festival", "2024-02-10")],
    ),
    ("The Spring Festival drew 5,000 visitors to the park.", "2019-04-02", []),
    (
        "Tarrio was sentenced to 22 years, the longest sentence in the Jan. 6 cases so far.",
        "2023-09-05",
        [("22 years", "P22Y"), ("Jan. 6", "2021-01-06")],
    ),
    (
        "The Oct. 7 attack on a police station in northwest Pakistan killed four officers.",
        "2025-10-15",
        [("Oct. 7", "2025-10-07")],
    ),
    (
        "A year after the Oct. 7 attack, families held vigils on Monday.",
        "2024-10-07",
        [("A year", "P1Y"), ("Oct. 7", "2023-10-07"), ("Monday", "2024-10-07")],
    ),
    (
        "Police said the Oct. 7 attack on the station killed two.",
        "2015-10-20",
        [("Oct. 7", "2015-10-07")],
    ),
    (
        "Boaters must slow down in manatee zones from Nov. 15 to March 31.",
        "2019-02-08",
        [("Nov. 15", "2018-11-15"), ("March 31", "2019-03-31")],
    ),
    (
        "The club meets on the first Monday of the month.",
        "2018-03-05",
        [("the first Monday of the month", "P1M")],
    ),
    (
        "The amnesty program ends on the last day of the month, the city said.",
        "2023-08-30",
        [("the last day of the month", "2023-08-31")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_possessives_titles_names_and_named_days(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
