"""The tense a time expression takes from its clause, and the times it is counted from:
contractions written with a curly apostrophe, participles that head no clause, a
timetable's present, a date something was scheduled for, and the year or day a later
expression counts from.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import timex_named as _one
from timex_cases import timexes_of as _timexes


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # a present perfect written with a curly apostrophe is past, like a straight one
        (
            "They’ve held two calls in the past week, including one on Sunday.",
            "2016-06-22",
            "Sunday",
            "2016-06-19",
        ),
        (
            "They've held two calls in the past week, including one on Sunday.",
            "2016-06-22",
            "Sunday",
            "2016-06-19",
        ),
        # "’ll" is "will"
        ("We’ll meet again on Sunday.", "2016-06-22", "Sunday", "2016-06-26"),
        # an adjectival participle is no past clause: the coming Christmas
        (
            "The group will run a Christmas-themed ad starting Dec. 26.",
            "2015-12-24",
            "Christmas",
            "2015-12-25",
        ),
        # a timetable's present looks ahead
        (
            "The deficit for this fiscal year, which ends Sept. 30, is projected to grow.",
            "2016-01-20",
            "Sept. 30",
            "2016-09-30",
        ),
        ("The new session begins in October.", "2016-01-20", "October", "2016-10"),
        # a date something was scheduled for, told in a past clause: the nearest one
        (
            "The last day of school was originally scheduled for May 27.",
            "2009-03-26",
            "May 27",
            "2009-05-27",
        ),
        # "this summer" looking ahead from December is next year's; in spring a past
        # clause does not move it back
        (
            "She is expecting her second child this summer.",
            "2015-12-21",
            "this summer",
            "2016-SU",
        ),
        (
            "Delegates were bound to Trump at the convention this summer.",
            "2016-03-15",
            "this summer",
            "2016-SU",
        ),
        ("We went there this summer.", "2015-12-21", "this summer", "2015-SU"),
        # "set" of a record is no scheduling: the past one
        (
            "The index ended near its record high set on Aug. 6.",
            "1998-02-06",
            "Aug. 6",
            "1997-08-06",
        ),
    ],
)
def test_tense_of_the_clause(nlp, text, dct, expression, value):
    assert _one(nlp, text, expression, dct)["value"] == value


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # counted from the year named before it in the sentence
        (
            "Obama won the state in 2008 but lost it to Romney four years later.",
            "2016-03-15",
            [("2008", "DATE", "2008"), ("four years later", "DATE", "2012")],
        ),
        (
            "In 2012, he won the seat; a year earlier, he had lost.",
            "2016-03-15",
            [("2012", "DATE", "2012"), ("a year earlier", "DATE", "2011")],
        ),
        # or in the sentence before; a month named there gives its year
        (
            "Cuomo became Carey's running mate in 1978. Four years later, Carey stepped aside.",
            "2016-12-01",
            [("1978", "DATE", "1978"), ("Four years later", "DATE", "1982")],
        ),
        (
            "A poll in December found that, relative to two years earlier, more agreed.",
            "2016-03-23",
            [("December", "DATE", "2015-12"), ("two years earlier", "DATE", "2013")],
        ),
        # "a year earlier" beside a report's figures looks back from the report's year,
        # not from a year the sentence before named
        (
            "Earnings fell from last year's $3.27 a share. It lost $673 million in the first"
            " nine months, compared with earnings a year earlier of $382 million.",
            "1989-10-30",
            [
                ("last year", "DATE", "1988"),
                ("the first nine months", "DURATION", "P9M"),
                ("a year earlier", "DATE", "1988"),
            ],
        ),
        # a day dated from the DCT gives no year to count from
        (
            "It marks a 2013 show, whose CD comes out Sept. 9. Bringing it back three years"
            " later feels right.",
            "2016-08-05",
            [
                ("2013", "DATE", "2013"),
                ("Sept. 9", "DATE", "2016-09-09"),
                ("three years later", "DATE", "2016"),
            ],
        ),
        # with no year named, "earlier" counts back from the DCT
        (
            "Only six years earlier, he was a tea party favorite.",
            "2016-03-15",
            [("six years earlier", "DATE", "2010")],
        ),
        # a time worked out from the DCT names no year to count from
        (
            "We still live under it today, more than 200 years later.",
            "2016-07-28",
            [("today", "DATE", "2016-07-28"), ("more than 200 years", "DURATION", "P200Y")],
        ),
        # with no year before it, "later" leaves a duration
        (
            "The team lost the opener and won four years later.",
            "2016-03-15",
            [("four years", "DURATION", "P4Y")],
        ),
        # "the day before" an evening: the day before that evening's day
        (
            "He was arrested on Friday evening. The shops had opened the day before.",
            "2016-12-17",
            [("Friday evening", "TIME", "2016-12-16TEV"), ("the day before", "DATE", "2016-12-15")],
        ),
        # "the day before" again compares with the same day, not with the day before that
        (
            "Stocks ended higher on Friday. The yield fell to 1.45 percent from 1.51 percent"
            " the day before. The euro rose to $1.1175 from $1.1074 the day before.",
            "2016-07-30",
            [
                ("Friday", "DATE", "2016-07-29"),
                ("the day before", "DATE", "2016-07-28"),
                ("the day before", "DATE", "2016-07-28"),
            ],
        ),
        # while "the next day" goes on from the day before it
        (
            "He arrived Monday. The next day he left. The next day he returned.",
            "2016-07-30",
            [
                ("Monday", "DATE", "2016-07-25"),
                ("The next day", "DATE", "2016-07-26"),
                ("The next day", "DATE", "2016-07-27"),
            ],
        ),
        # a part of a day named without its day does not anchor "the previous Friday"
        (
            "Shares closed lower Friday. They were hit by overnight losses in New York. The"
            " index fell 4.5% from the previous Friday.",
            "1989-10-30",
            [
                ("Friday", "DATE", "1989-10-27"),
                ("overnight", "TIME", "1989-10-29TNI"),
                ("the previous Friday", "DATE", "1989-10-20"),
            ],
        ),
    ],
)
def test_counted_from_a_named_time(nlp, text, dct, expected):
    assert [(t["text"], t["type"], t["value"]) for t in _timexes(nlp, text, dct)] == expected
