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
        # a real wait and a real stay keep their length, a break after it too
        ("Riders had to wait a minute for the next train.", [("a minute", "PT1M")]),
        ("He had to wait a minute, then the doors opened.", [("a minute", "PT1M")]),
        ("He did not stay for a minute.", [("a minute", "PT1M")]),
    ],
)
def test_idioms_of_a_moment_are_no_stretch_of_time(nlp, text, expected):
    assert _found(nlp, text, "2016-02-19") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one count of two nouns makes "a year" a rate, as "700 seats a week" does
        ("The firm publishes more than 20 magazines and supplements a year.", []),
        ("It sells 700 seats and 40 boxes a week.", []),
        # a count of something else, then a verb: the stretch stays
        ("The team signed 3 players and waited a year.", [("a year", "P1Y")]),
    ],
)
def test_a_count_of_two_nouns_makes_a_rate(nlp, text, expected):
    assert _found(nlp, text, "2016-06-26") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those 65 years and older can vote by mail.", []),
        ("Children 5 years or younger ride free.", []),
        # "and up to" is no age group
        ("He served 10 years and up to 15 more could be added.", [("10 years", "P10Y")]),
        ("The loan runs five years or more.", [("five years or more", "P5Y")]),
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
        ("She linked the greats of America's recent past.", "recent past", "DATE", "PAST_REF"),
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
        ("If it rained in November, the crops failed.", [("November", "2015-11")]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "come November": when November comes, whatever the clause's tense
        (
            "She was the favorite to win the election come November, aides said.",
            [("November", "2016-11")],
        ),
        (
            "Clinton, the strong favorite to win the presidential election come November, "
            "proposed to draft her husband as an adviser.",
            [("November", "2016-11")],
        ),
        # the verb "come" keeps the clause's own reading
        ("They had come March 3 to see the show.", [("March 3", "2016-03-03")]),
        ("They had finally come on March 3 to see the show.", [("March 3", "2016-03-03")]),
        ("They'd come March 3 to see the show.", [("March 3", "2016-03-03")]),
    ],
)
def test_come_before_a_month_looks_ahead(nlp, text, expected):
    assert _found(nlp, text, "2016-06-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unemployment dipped in January, with the economy adding jobs during the month.",
            [("January", "2016-01"), ("the month", "2016-01")],
        ),
        # no month named in the sentence: the DCT's month
        ("The economy added jobs during the month.", [("the month", "2016-02")]),
        # "the month" counted from another, or after a month that is a bound
        (
            "Hiring rose in January, and the month of March will be key.",
            [("January", "2016-01"), ("the month of March", "2016-03")],
        ),
        (
            "Since December, prices have risen 5%, and they are up 2% for the month.",
            [("December", "2015-12"), ("the month", "2016-02")],
        ),
        # a month named in an earlier sentence does not reach
        (
            "Jobless claims fell in January. The economy added jobs during the month.",
            [("January", "2016-01"), ("the month", "2016-02")],
        ),
    ],
)
def test_the_month_after_a_month_named_in_its_sentence_is_that_month(nlp, text, expected):
    assert _found(nlp, text, "2016-02-05") == expected


def test_without_a_publication_date_a_full_date_lends_its_year(nlp):
    text = (
        "The outbreak began on December 2, 2007. So far, no one else is ill. "
        "As of December 9, the agency reported 20 cases. On January 3 the count rose."
    )
    assert _found(nlp, text, None) == [
        ("December 2, 2007", "2007-12-02"),
        ("December 9", "2007-12-09"),
        ("January 3", "2008-01-03"),
    ]
    # with no full date before it, the year stays unknown; a birth date is not the story's
    assert _found(nlp, "He was born on March 3.", None) == [("March 3", "XXXX-03-03")]
    born = "Smith, who was born on May 5, 1950, was arrested on June 3 for fraud."
    assert _found(nlp, born, None) == [("May 5, 1950", "1950-05-05"), ("June 3", "XXXX-06-03")]


def test_without_a_publication_date_a_day_ahead_keeps_its_unknown_year(nlp):
    # the full date before tells of the past; the hearing lies ahead of the unknown time
    # of writing, not of that date
    text = (
        "The recall covers products made after January 1, 2007. "
        "The congressman will hold a hearing on February 11."
    )
    assert _found(nlp, text, None) == [
        ("January 1, 2007", "2007-01-01"),
        ("February 11", "XXXX-02-11"),
    ]


def test_without_a_publication_date_a_day_far_from_the_full_date_keeps_its_unknown_year(nlp):
    # ten months before the attack, or two months after it a year on: no reading is safe
    text = (
        "He attacked the officer on Dec. 11, 2007. "
        "He could not attend his arraignment hearing Feb. 4, so the court entered a plea."
    )
    assert _found(nlp, text, None) == [("Dec. 11, 2007", "2007-12-11"), ("Feb. 4", "XXXX-02-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant is inspected twice annually.", [("twice annually", "P1Y")]),
        ("They meet three times weekly.", [("three times weekly", "P1W")]),
        ("The paper comes out weekly.", [("weekly", "P1W")]),
    ],
)
def test_a_count_of_times_belongs_to_an_adverb_of_recurrence(nlp, text, expected):
    assert _found(nlp, text, "2016-06-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote came just days ahead of the summit.", [("days", "PXD")]),
        ("They finished weeks ahead of schedule.", [("weeks", "PXW")]),
    ],
)
def test_a_bare_unit_ahead_of_an_event_is_a_stretch(nlp, text, expected):
    assert _found(nlp, text, "2016-06-15") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a simple past after "if" under "would": a condition imagined ahead
        (
            "He was asked how ties would fare if he won the election on Nov. 8.",
            "2016-05-16",
            [("Nov. 8", "2016-11-08")],
        ),
        # "had won" and "would have" tell of a past that did not happen
        (
            "If she had won the vote on Nov. 8, she would have been mayor.",
            "2016-05-16",
            [("Nov. 8", "2015-11-08")],
        ),
        (
            "If he won in November, he would have been the first.",
            "2016-05-16",
            [("November", "2015-11")],
        ),
        (
            "He would've resigned if the board voted against him in September.",
            "2016-05-16",
            [("September", "2015-09")],
        ),
        # a sentence set in the past: "would" tells a habit
        (
            "As a child, he would cry if his mother left in September.",
            "2016-05-16",
            [("September", "2015-09")],
        ),
    ],
)
def test_an_imagined_condition_looks_ahead(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a past clause heading into the next day's event, in a Monday paper
        (
            "Heading into Tuesday's New Hampshire primary, Clinton got bad news.",
            "2016-02-08",
            [("Tuesday", "2016-02-09")],
        ),
        # the event three days ahead or more: the past one the clause tells of
        (
            "He spoke in the minutes leading up to Monday's caucuses.",
            "2016-02-05",
            [("minutes", "PTXM"), ("Monday", "2016-02-01")],
        ),
        (
            "Clinton had more delegates heading into Tuesday's primaries.",
            "2016-03-16",
            [("Tuesday", "2016-03-15")],
        ),
    ],
)
def test_a_past_clause_ahead_of_the_next_days_event(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("People still like a treat now and then.", []),
        ("Act now and then we will see.", [("now", "PRESENT_REF")]),
        ("Every now and again, he calls.", []),
        ("We can win a lot between now and then.", [("now", "PRESENT_REF")]),
        ("The upcoming week's round of primaries matters.", [("The upcoming week", "2016-W11")]),
        ("In the upcoming year, sales will rise.", [("the upcoming year", "2017")]),
    ],
)
def test_now_and_then_and_the_upcoming_week(nlp, text, expected):
    assert _found(nlp, text, "2016-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next such season, which in July is this year's fall
        ("The coming fall will be busy.", [("The coming fall", "2016-FA")]),
        ("Priorities for the upcoming fall campaign are clear.", [("upcoming fall", "2016-FA")]),
        ("This coming fall will be busy.", [("This coming fall", "2016-FA")]),
        ("In the coming spring, it will bloom.", [("the coming spring", "2017-SP")]),
    ],
)
def test_the_coming_season_is_the_next_one(nlp, text, expected):
    assert _found(nlp, text, "2016-07-25") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time on a weekday that recurs: one set of times
        (
            "The county tests its sirens at noon on Wednesdays.",
            [("noon on Wednesdays", "XXXX-WXX-3T12:00")],
        ),
        ("The show airs Sundays at 9 p.m.", [("Sundays at 9 p.m.", "XXXX-WXX-7T21:00")]),
        # a range of weekdays: the clock is the whole range's
        (
            "The show airs Mondays through Fridays at 10 p.m.",
            [("Mondays", "XXXX-WXX-1"), ("Fridays", "XXXX-WXX-5"), ("10 p.m.", "XXXX-XX-XXT22:00")],
        ),
        # one weekday: one time on one day
        ("The store opens at 10 a.m. on Saturday.", [("10 a.m. on Saturday", "2016-07-30T10:00")]),
    ],
)
def test_a_clock_time_on_weekdays_that_recur_is_one_set(nlp, text, expected):
    found = timexes_of(nlp, text, "2016-07-25")
    assert [(t["text"], t["value"]) for t in found] == expected
    assert found[0]["type"] == ("SET" if "XXXX-WXX" in expected[0][1] else "TIME")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ages, in the plural too, and after "in age from"
        ("In 1962 Viguerie, then 29-years-old, was named director.", [("1962", "1962")]),
        ("The children range in age from 18 months to six-years-old.", []),
        # the age of a thing with no count stays, as TimeBank tags it ("years-old"), some
        # years; the article is the noun's
        ("It ended a years-old slump in tourism.", [("years-old", "PXY")]),
    ],
)
def test_ages_in_the_plural_and_after_age_from(nlp, text, expected):
    assert _found(nlp, text, "2016-07-25") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle alone as a list's item is a state lasting until the time
        (
            "Talmadge Drive between Pine Needle Drive and Sylvan Road. Closed through June 1 "
            "for building construction.",
            [("June 1", "2009-06-01")],
        ),
        (
            "Madison Heights between Strickland and North avenues. Closed through Thursday "
            "for sewer work.",
            [("Thursday", "2009-03-19")],
        ),
        # with a subject or an auxiliary it tells of the past
        ("The road was closed through Thursday.", [("Thursday", "2009-03-12")]),
    ],
)
def test_a_bare_participle_until_a_time_is_a_state_ahead(nlp, text, expected):
    assert _found(nlp, text, "2009-03-16") == expected
