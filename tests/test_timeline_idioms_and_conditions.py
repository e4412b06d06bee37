"""Idioms of a moment ("wait a minute, …"), groups by age ("65 years and older"),
stretches with a demonstrative ("those four years") or a range of counts ("the past two
or three years"), a condition that looks ahead ("if he is on the ticket in November"), a
hyphen the parser reads as a verb, and "two days later" without a publication date.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timexes_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stop in talk, a denial, an adverb of how closely: no stretch of time
        ("The mainstream is saying wait a minute, the wealth gap is a disaster.", []),
        ("‘Hold on a second: who paid for this?’ she asked.", []),
        ("I don't believe for a minute that she wrote it.", []),
        ("I never thought for a second that he would win.", []),
        ("The sites track readers on a minute-by-minute basis.", []),
        # a real wait and a real stay keep their length
        ("Riders had to wait a minute for the next train.", [("a minute", "PT1M")]),
        ("He did not stay for a minute.", [("a minute", "PT1M")]),
    ],
)
def test_idioms_of_a_moment_are_no_stretch_of_time(nlp, text, expected):
    assert _found(nlp, text, "2016-02-19") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those 65 years and older can vote by mail.", []),
        ("Children 5 years and under ride free.", []),
        ("The loan runs five years or more.", [("five years", "P5Y")]),
    ],
)
def test_a_group_by_age_is_no_duration(nlp, text, expected):
    assert _found(nlp, text, "2016-02-19") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Look at what we proposed in those four years.", [("those four years", "P4Y")]),
        ("She made mistakes during those 40 years.", [("those 40 years", "P40Y")]),
        ("The progress of these past eight years was real.", [("these past eight years", "P8Y")]),
        # "these days" stays the present
        ("These days the plant is idle.", [("These days", "PRESENT_REF")]),
    ],
)
def test_a_demonstrative_belongs_to_the_stretch(nlp, text, expected):
    assert _found(nlp, text, "2016-02-19") == expected


@pytest.mark.parametrize(
    ("text", "expression", "typ", "value"),
    [
        (
            "They have talked for the last five or six years.",
            "the last five or six years",
            "DURATION",
            "PXY",
        ),
        (
            "Prices fell over the past eight to 10 years.",
            "the past eight to 10 years",
            "DURATION",
            "PXY",
        ),
        (
            "It happened in the last six to nine months.",
            "the last six to nine months",
            "DURATION",
            "PXM",
        ),
        # no counts: the recent past, as TimeBank writes "the last few months"
        ("Prices fell over the past few years.", "the past few years", "DATE", "PAST_REF"),
        ("It belongs to the recent past.", "the recent past", "DATE", "PAST_REF"),
    ],
)
def test_a_range_of_counts_back_from_now_is_a_vague_duration(nlp, text, expression, typ, value):
    found = [(t["text"], t["type"], t["value"]) for t in timexes_of(nlp, text, "2016-05-14")]
    assert found == [(expression, typ, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the present of a condition under a main clause that looks ahead is the future's
        (
            "The party could lose the Senate if Trump is at the top of the ticket in November.",
            [("November", "2016-11")],
        ),
        (
            "Sales will recover once the plant reopens in October.",
            [("October", "2016-10")],
        ),
        # a main clause in the past keeps the condition's month in the past
        (
            "He said the crops failed if it rained in November.",
            [("November", "2015-11")],
        ),
    ],
)
def test_a_condition_under_a_future_clause_looks_ahead(nlp, text, expected):
    assert _found(nlp, text, "2016-03-24") == expected


def test_a_hyphen_read_as_a_verb_does_not_set_the_tense(nlp):
    # the tokenizer splits "co-founded", and in this text the parser hangs "on Monday"
    # from the "-", tagged as a past verb; "will hold" tells the time
    text = (
        "He sincerely believes that he is a good guy.\n\n"
        "And on Monday, he and other members of the group he co-founded will hold a "
        "coming-out party at the headquarters in New York - with the candidate.\n"
    )
    assert _found(nlp, text, "2016-04-17") == [("Monday", "2016-04-18")]


def test_days_later_without_a_publication_date_is_the_stretch(nlp):
    # as with a publication date: the stretch between two events ("Three days" later, as
    # TimeBank writes it), not an unknown day
    text = "She reached the hospital on October 6. Two days later, she was flown to London."
    found = [(t["text"], t["type"], t["value"]) for t in timexes_of(nlp, text, None)]
    assert found == [("October 6", "DATE", "XXXX-10-06"), ("Two days", "DURATION", "P2D")]
    dated = [(t["text"], t["type"], t["value"]) for t in timexes_of(nlp, text, "2014-12-30")]
    assert dated[1] == ("Two days", "DURATION", "P2D")
