"""A weekday after a count of time that ends with "later" ("nearly a dozen hours later
Thursday": the count keeps its "later", the weekday is found and has no mod), and a
weekday of an event that follows "ahead of" ("traded insults ahead of Tuesday's
primary": the day still ahead, even of a past clause).

Sentences are our own; each test gives its publication date (DCT), or None.
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timex_named

#: a Friday
_FRIDAY = "2009-03-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "That search ended nearly a dozen hours later Thursday, though.",
            [("nearly a dozen hours", "PT12H"), ("Thursday", "2009-03-19")],
        ),
        (
            "The game ended two hours later Friday.",
            [("two hours", "PT2H"), ("Friday", "2009-03-20")],
        ),
        (
            "The vote came three days later Monday night.",
            [("three days", "P3D"), ("Monday night", "2009-03-16TNI")],
        ),
        (
            "He returned a week later Tuesday morning.",
            [("a week", "P1W"), ("Tuesday morning", "2009-03-17TMO")],
        ),
        (
            "The talks resumed hours later Thursday.",
            [("hours", "PTXH"), ("Thursday", "2009-03-19")],
        ),
        (
            "Days later Monday, the body was found.",
            [("Days", "PXD"), ("Monday", "2009-03-16")],
        ),
    ],
)
def test_a_weekday_after_a_count_of_time_later(nlp, text, expected):
    assert _found(nlp, text, _FRIDAY) == expected


def test_a_weekday_after_a_count_later_without_a_dct(nlp):
    found = _found(nlp, "That search ended nearly a dozen hours later Thursday.", None)
    assert found == [("nearly a dozen hours", "PT12H"), ("Thursday", "XXXX-WXX-4")]


@pytest.mark.parametrize(
    ("text", "expression", "mod"),
    [
        # no count of time before it: "later" is the weekday's own edge
        ("Later Friday, he left for Boston.", "Later Friday", "END"),
        ("He left later Friday.", "later Friday", "END"),
        (
            "The results came in later Tuesday, hours after the polls closed.",
            "later Tuesday",
            "END",
        ),
    ],
)
def test_later_of_the_weekday_itself_stays_its_edge(nlp, text, expression, mod):
    assert timex_named(nlp, text, expression, _FRIDAY).get("mod") == mod


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # a present perfect tells the time up to the DCT: the event is still ahead of it
        (
            "The campaign has turned increasingly nasty ahead of New York's delegate-rich "
            "Tuesday primary.",
            "2016-04-15",
            "Tuesday",
            "2016-04-19",
        ),
        (
            "The race has tightened ahead of Tuesday's primary.",
            "2016-04-15",
            "Tuesday",
            "2016-04-19",
        ),
        # no possessive: "ahead of" an event noun or voting, the next day after a Monday paper
        (
            "She continued a fierce contest ahead of voting Tuesday that is likely to decide it.",
            "2016-06-06",
            "Tuesday",
            "2016-06-07",
        ),
        (
            "Polls show him trailing ahead of the Tuesday primary.",
            "2016-04-15",
            "Tuesday",
            "2016-04-19",
        ),
    ],
)
def test_a_weekday_after_ahead_of_lies_ahead(nlp, text, dct, expression, value):
    assert timex_named(nlp, text, expression, dct)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a past clause tells of the event after it, unless it is a day or two away
        ("The candidates traded insults ahead of Tuesday's primary.", "Tuesday", "2016-04-12"),
        ("He campaigned ahead of the Tuesday primary.", "Tuesday", "2016-04-12"),
        # "last" names a past day; "ahead of" a rival or a schedule is no awaited event
        ("Polls tightened ahead of last Tuesday's primary.", "last Tuesday", "2016-04-12"),
        ("Clinton was ahead of Trump on Tuesday.", "Tuesday", "2016-04-12"),
        ("He has finished ahead of schedule on Tuesday.", "Tuesday", "2016-04-12"),
        ("The storm has moved ahead of the front Tuesday.", "Tuesday", "2016-04-12"),
    ],
)
def test_ahead_of_without_an_awaited_day(nlp, text, expression, value):
    assert timex_named(nlp, text, expression, "2016-04-15")["value"] == value
