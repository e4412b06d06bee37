"""Counts back, world times, attributions and holidays told by their weekday: "A hundred
years ago today", "Ten years ago tomorrow", "Twenty years ago last week" as one date (not
a comparison's base: "rose 2.9 percent from a year ago last month"); a 24-hour time with
its zone after a comma or "or" ("…, 1300 GMT Tuesday"; not after a year's comma, nor in
brackets); a time before a closing attribution ("…11 a.m. Thursday, an aide said") in
the tense of the clause it closes, unless it dates an incident; "with counting due on
Friday"; "would be ready for Friday's quarter-final" (not "was ready for", "prepared for
Sunday's final, then lost"); "since Monday" (not the conjunction "Since Monday is a public
holiday"); a bare verb after a present perfect ("have won 11 … and play Denver on
Wednesday"); an Islamic holiday's weekday within two days of its computed date ("Muslims
celebrated Eid al-Adha on Monday"; not "discuss Eid on Monday", "ahead of Ramadan on
Sunday", nor another calendar's holiday); a holiday or weekday that is the subject of a
reported clause ("said Eid al-Fitr will begin on Friday"; not "said Monday the man was
armed", "said Sunday schools would close").

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_CASES = [
    (
        "Most Gulf states said Eid al-Fitr will begin on Friday.",
        "2018-06-14",
        [("Eid al-Fitr", "2018-06-15"), ("Friday", "2018-06-15")],
    ),
    ("Officials said Christmas would be quiet.", "2019-12-20", [("Christmas", "2019-12-25")]),
    ("He said Friday would be the deadline.", "2019-05-01", [("Friday", "2019-05-03")]),
    ("Police said Monday the man was armed.", "2019-05-01", [("Monday", "2019-04-29")]),
    ("Officials said Sunday schools would close.", "2016-03-14", [("Sunday", "2016-03-13")]),
    (
        "A hundred years ago today, Archduke Franz Ferdinand was shot.",
        "2014-06-28",
        [("A hundred years ago today", "1914-06-28")],
    ),
    (
        "Ten years ago tomorrow, the tsunami struck.",
        "2014-06-28",
        [("Ten years ago tomorrow", "2004-06-29")],
    ),
    (
        "Twenty years ago last week, the war began.",
        "2014-06-28",
        [("Twenty years ago last week", "1994-W24")],
    ),
    (
        "One hundred years ago this week, the war began.",
        "2014-06-28",
        [("One hundred years ago this week", "1914-W26")],
    ),
    (
        "Consumer prices rose 2.9 percent from a year ago last month.",
        "2018-07-17",
        [("a year ago", "2017"), ("last month", "2018-06")],
    ),
    (
        "Shares closed 20 percent below their level of a year ago yesterday.",
        "2017-06-15",
        [("a year ago", "2016"), ("yesterday", "2017-06-14")],
    ),
    (
        "The rebels attacked the town, 1300 GMT Tuesday.",
        "2019-05-01",
        [("1300 GMT Tuesday", "2019-04-30T13:00")],
    ),
    (
        "The talks resume at 0900 GMT, or 1300 local time.",
        "2019-05-01",
        [("0900 GMT", "2019-05-01T09:00"), ("1300 local time", "2019-05-01T13:00")],
    ),
    ("In 2003, 1300 GMT was chosen as the opening time.", "2005-04-12", [("2003", "2003")]),
    (
        "The blast came at about 10:35 a.m. (0735 GMT).",
        "1998-08-07",
        [("about 10:35 a.m.", "1998-08-07T10:35")],
    ),
    (
        "The vote is set for 11 a.m. Thursday, an aide said.",
        "2019-05-01",
        [("11 a.m. Thursday", "2019-05-02T11:00")],
    ),
    ("The man was arrested Thursday, police said.", "2019-05-01", [("Thursday", "2019-04-25")]),
    (
        "Police are investigating the attack at 2 a.m. Saturday, a spokesman said.",
        "2020-03-04",
        [("2 a.m. Saturday", "2020-02-29T02:00")],
    ),
    (
        "Polls close at 8 p.m. Thursday, with counting due on Friday.",
        "2019-05-01",
        [("8 p.m. Thursday", "2019-05-02T20:00"), ("Friday", "2019-05-03")],
    ),
    (
        "The coach said his side would be ready for Friday's quarter-final.",
        "2018-07-02",
        [("Friday", "2018-07-06")],
    ),
    ("The team is fully prepared for Friday's game.", "2018-07-02", [("Friday", "2018-07-06")]),
    ("The team was ready for Friday's game but lost.", "2018-07-02", [("Friday", "2018-06-29")]),
    (
        "The squad prepared for Sunday's final, then lost 3-1 to Qatar.",
        "2017-10-02",
        [("Sunday", "2017-10-01")],
    ),
    ("The rebels hold the town since Monday.", "2019-03-30", [("Monday", "2019-03-25")]),
    (
        "Since Monday is a public holiday, the exchange will stay shut.",
        "2014-03-04",
        [("Monday", "2014-03-10")],
    ),
    (
        "The Warriors have won 11 of their last 12 games and play Denver on Wednesday.",
        "2019-03-30",
        [("Wednesday", "2019-04-03")],
    ),
    (
        "Officials have met and agreed on Monday to raise rates.",
        "2019-03-30",
        [("Monday", "2019-03-25")],
    ),
    (
        "Muslims celebrated Eid al-Adha on Monday.",
        "2019-08-14",
        [("Eid al-Adha", "2019-08-12"), ("Monday", "2019-08-12")],
    ),
    (
        "Ramadan, which starts on Monday, will be quiet.",
        "2019-05-03",
        [("Ramadan", "2019-05-06"), ("Monday", "2019-05-06")],
    ),
    (
        "Eid al-Adha will be celebrated on Monday across Bangladesh.",
        "2019-08-09",
        [("Eid al-Adha", "2019-08-12"), ("Monday", "2019-08-12")],
    ),
    (
        "Ramadan ends on Tuesday.",
        "2019-06-03",
        [("Ramadan", "2019-05-06"), ("Tuesday", "2019-06-04")],
    ),
    (
        "Khan met traders to discuss Eid on Monday.",
        "2019-06-04",
        [("Eid", "2019-06-04"), ("Monday", "2019-06-03")],
    ),
    (
        "Police arrested 12 suspected militants ahead of Ramadan on Sunday.",
        "2021-04-12",
        [("Ramadan", "2021-04-13"), ("Sunday", "2021-04-11")],
    ),
    (
        "Families gathered for Christmas on Monday.",
        "2019-12-24",
        [("Christmas", "2019-12-25"), ("Monday", "2019-12-23")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), _CASES)
def test_counts_back_world_times_and_told_weekdays(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
