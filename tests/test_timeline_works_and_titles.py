"""Names of works that look like time expressions ("the movie 72 Hours"), ages ("at the
age of two weeks"), edges of a stretch of time ("the final days"), units ahead ("the year
ahead", "the coming weekend"), dates a scraper glued to a word, and a hope that looks
ahead.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised unit in running text: the title of a work
        ('The film, "72 Hours: The Siege," is based on a memoir.', []),
        ("The documentary 40 Days opened at the festival.", []),
        ("She signed copies of her book 20 Years at Sea.", []),
        # the same count in lower case is a duration
        ("Rescuers searched for 72 hours.", [("72 hours", "PT72H")]),
        # quoted alone, a count before a capitalised unit is a title even in a headline
        ("Director's Movie ‘72 Hours’ Is About To Open", []),
        # a headline in title case capitalises every word, also a headline run into the text
        (
            "Ten Years for One Life. The jury spoke on Monday.",
            [("Ten Years", "P10Y"), ("Monday", "2016-01-11")],
        ),
        ("Governor Promises Tax Relief Within First 100 Days", [("First 100 Days", "P100D")]),
        # a unit without a count at a sentence's start stays a vague duration
        ("Hours later, the mayor spoke.", [("Hours", "PTXH")]),
    ],
)
def test_a_count_before_a_capitalised_unit_names_a_work(nlp, text, expected):
    assert _found(nlp, text, "2016-01-16") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an edge of a stretch is part of the duration
        ("In the final days of the race, she campaigned hard.", [("the final days", "PXD")]),
        ("He left office in the closing months of 2015.", [("2015", "2015")]),
        ("In the early years of the war, he fled.", [("the early years", "PXY")]),
        ("Rescuers dug in the first hours after the quake.", [("the first hours", "PTXH")]),
        ("The goal came in the closing seconds.", [("the closing seconds", "PTXS")]),
        # the edge of a named time leaves the time alone
        ("He died in the early hours of Sunday.", [("Sunday", "2016-01-10")]),
        # business hours are no edge of a stretch
        ("The museum extended its opening hours.", []),
        # a bare unit after a verb reaching back is a stretch of the past
        ("Their ties stretch back decades.", [("decades", "PXY")]),
        ("The feud goes back years.", [("years", "PXY")]),
        ("Employers will cut back hours.", []),
    ],
)
def test_an_edge_of_a_stretch_of_time(nlp, text, expected):
    assert _found(nlp, text, "2016-01-12") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "ahead" after the unit: the next one
        ("Investors are wary of the year ahead.", "2016-12-19", [("the year ahead", "2017")]),
        ("The week ahead will be busy.", "2016-12-19", [("The week ahead", "2016-W52")]),
        # "ahead of" is a preposition
        ("Sales ended the year ahead of forecasts.", "2016-12-19", [("the year", "2016")]),
        # "the weekend ahead" and "the coming weekend" on a weekday end the DCT's week
        ("The weekend ahead looks wet.", "2016-12-19", [("The weekend ahead", "2016-W51-WE")]),
        (
            "He will rally supporters the coming weekend.",
            "2016-06-14",
            [("the coming weekend", "2016-W24-WE")],
        ),
        ("He will rally supporters next weekend.", "2016-06-14", [("next weekend", "2016-W25-WE")]),
        # on a Sunday the coming weekend is the next one
        ("The weekend ahead looks wet.", "2016-06-19", [("The weekend ahead", "2016-W25-WE")]),
        # "this coming" and "this past" belong to the month
        ("They will vote this coming August.", "2016-05-12", [("this coming August", "2016-08")]),
        ("They voted this past March.", "2016-05-12", [("this past March", "2016-03")]),
        # the US holiday by its date
        (
            "Fourth of July fireworks were cancelled.",
            "2016-11-20",
            [("Fourth of July", "2016-07-04")],
        ),
    ],
)
def test_units_ahead_and_coming(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age is no duration
        ("The infant died at the age of two weeks.", []),
        ("Calves aged three months were tested.", []),
        ("The infant was ill for two weeks.", [("two weeks", "P2W")]),
        ("Her son died at the age of 17 months after an infection.", []),
        ("The calf died at the age of two weeks after an infection.", []),
        # a name is no label glued to a month
        ("Gen. LeMay 5, 2016 was cited.", [("2016", "2016")]),
        # a full date glued to the word before it by a scraper, a time stamp to the headline
        # after it
        (
            "UpdatedFebruary 6, 2016 11:19PMMayor Wins The Night",
            [("February 6, 2016 11:19PM", "2016-02-06T23:19")],
        ),
        (
            "UpdatedFebruary 6, 2016 9:33PM The debate began.",
            [("February 6, 2016 9:33PM", "2016-02-06T21:33")],
        ),
    ],
)
def test_ages_and_glued_dates(nlp, text, expected):
    assert _found(nlp, text, "2016-02-07") == expected


def test_a_weekday_after_hoping_lies_ahead(nlp):
    """The pipeline lemmatises "hoping" as "hop": the hope still looks ahead."""
    text = "The couple were hoping to meet her before Monday's caucuses."
    assert _found(nlp, text, "2016-01-31") == [("Monday", "2016-02-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this period", "the same period" are a quarter only where a report names one
        ("We are talking to our members right now in this period.", [("now", "PRESENT_REF")]),
        (
            "Sales rose 3 percent in the first 10 months, compared with the same period in 2014.",
            [("the first 10 months", "P10M"), ("the same period in 2014", "2014")],
        ),
        (
            "Profit rose in the third quarter, up from $5 million in the same period of 2014.",
            [("the third quarter", "2015-Q3"), ("the same period of 2014", "2014-Q3")],
        ),
        (
            "Profit rose in the third quarter, and costs fell in the same period.",
            [("the third quarter", "2015-Q3"), ("the same period", "2015-Q3")],
        ),
    ],
)
def test_a_period_is_a_quarter_only_in_a_report(nlp, text, expected):
    assert _found(nlp, text, "2016-01-07") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a plan told in the past is ahead, unless it was for the day before the DCT
        ("Talks were to continue Monday.", "2016-12-18", ("Monday", "2016-12-19")),
        (
            "He was scheduled to leave the state late Tuesday.",
            "2016-02-10",
            ("late Tuesday", "2016-02-09"),
        ),
        (
            "She was set to receive an endorsement on Friday.",
            "2016-03-12",
            ("Friday", "2016-03-11"),
        ),
        (
            "The firm was to report earnings on Wednesday.",
            "2016-02-08",
            ("Wednesday", "2016-02-10"),
        ),
        # "due to" a cause, "was to" a place, a plan before another clause: no plan of that day
        ("The closure was due to flooding on Friday.", "2016-12-18", ("Friday", "2016-12-16")),
        ("Her last trip was to Iowa on Friday.", "2016-12-18", ("Friday", "2016-12-16")),
        (
            "He was expected to testify but fled on Friday.",
            "2016-12-18",
            ("Friday", "2016-12-16"),
        ),
        # one that did not come about is past
        (
            "The evacuation was to have begun at dawn Wednesday.",
            "2016-12-17",
            ("dawn Wednesday", "2016-12-14TMO"),
        ),
    ],
)
def test_a_weekday_of_a_plan_told_in_the_past(nlp, text, dct, expected):
    assert expected in _found(nlp, text, dct)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "weekends" is every weekend, as "Sundays" is every Sunday
        ("On weekends, the market is crowded.", [("weekends", "XXXX-WXX-WE")]),
        (
            "The museum opens late on Fridays and weekends.",
            [("Fridays", "XXXX-WXX-5"), ("weekends", "XXXX-WXX-WE")],
        ),
        # "the weekends before" are some weekends, no set
        ("The weekends before the vote were quiet.", []),
        # a count of weekends is a duration
        ("He spent three weekends there.", [("three weekends", "P6D")]),
    ],
)
def test_weekends_as_a_set(nlp, text, expected):
    assert _found(nlp, text, "2016-03-12") == expected
