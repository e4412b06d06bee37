"""A past account's clock times on the day it last named, opening hours beside a range of
weekdays, and matches that name no time: a broadcasting slot ("late night talk show"), a
point in a recording ("the 15:20 mark"), a share ("between a quarter and a third"), the
particle of "handed over", and "every single day" as one set.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found


def test_a_past_account_keeps_the_day_it_named(nlp):
    # the clock time's own sentence and the one before name no day: the account goes on
    # with the last day it named, passing over a duration
    text = (
        "A fire destroyed the roof of a house on Elm Street Tuesday. No one was hurt. "
        "Firefighters were called to the house around 12:30 p.m. Smoke hung over the "
        "town for hours. By 6 p.m., the roof had collapsed."
    )
    found = _found(nlp, text, "2009-03-25")
    assert ("around 12:30 p.m.", "2009-03-24T12:30") in found
    assert ("6 p.m.", "2009-03-24T18:00") in found


def test_an_account_of_the_present_keeps_the_dct(nlp):
    text = "A fire destroyed a barn Tuesday. No one was hurt. The road opens at 6 p.m."
    assert ("6 p.m.", "2009-03-25T18:00") in _found(nlp, text, "2009-03-25")


def test_a_day_ahead_is_no_account(nlp):
    # the day last named lies after the DCT: the clock time keeps the DCT
    text = (
        "He said he expects to win the state's May 10 primary. He spoke in a gym. "
        "Only one state remained uncalled as votes were counted by 9:30 p.m."
    )
    assert ("9:30 p.m.", "2016-04-27T21:30") in _found(nlp, text, "2016-04-27")


def test_a_day_too_far_back_is_no_account(nlp):
    text = (
        "The store opened on Monday. It sells shoes. It sells hats. It sells coats. "
        "It sells bags. Police were called at 8 p.m."
    )
    assert ("8 p.m.", "2016-06-09T20:00") in _found(nlp, text, "2016-06-09")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time beside a range of weekdays is one of the range's hours
        (
            "The shop is open from 4 p.m. to 10 p.m. Monday through Friday, noon to "
            "10 p.m. Saturday.",
            [
                ("4 p.m.", "XXXX-XX-XXT16:00"),
                ("10 p.m.", "XXXX-XX-XXT22:00"),
                ("Monday", "XXXX-WXX-1"),
                ("Friday", "XXXX-WXX-5"),
                ("noon", "XXXX-XX-XXT12:00"),
                ("10 p.m. Saturday", "XXXX-WXX-6T22:00"),
            ],
        ),
        # one day's hours still join their day
        (
            "The office was open Thursday, 7:30 a.m.-3:30 p.m. Friday.",
            [("Thursday, 7:30 a.m.", "2009-03-12T07:30"), ("3:30 p.m. Friday", "2009-03-13T15:30")],
        ),
    ],
)
def test_hours_beside_a_range_of_weekdays(nlp, text, expected):
    assert _found(nlp, text, "2009-03-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She told late night talk show host Ann Lee about it.", []),
        ("He talked about the morning shows.", []),
        ("They met late at night.", []),
        ("He left late last night.", [("late last night", "2016-06-08TNI")]),
        ("The interview starts at the 15:20 mark.", []),
        ("The interview starts at 15:20.", [("15:20", "2016-06-09T15:20")]),
        ("Turnout fell by between a quarter and a third.", []),
        ("He had handed over 15 months of research.", [("15 months", "P15M")]),
        ("The talks lasted over 15 months.", [("over 15 months", "P15M")]),
        ("Thefts rose over last several months.", [("last several months", "PAST_REF")]),
        ("We will say it every single day.", [("every single day", "P1D")]),
        ("Crews spray twice-weekly.", [("twice-weekly", "P1W")]),
        ("The call came in midafternoon.", [("midafternoon", "2016-06-09TAF")]),
        ("A midmorning meeting was held.", []),
        ("Year after year, prices rose.", [("Year after year", "P1Y")]),
    ],
)
def test_words_that_name_no_time_or_more_of_one(nlp, text, expected):
    assert _found(nlp, text, "2016-06-09") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a timex that modifies the noun after it leaves its article to that noun...
        ("It could alter the 8 November presidential election.", [("8 November", "2016-11-08")]),
        ("Ann Lee, the future party leader, objected.", [("future", "FUTURE_REF")]),
        ("They met at the spring meeting.", [("spring", "2016-SP")]),
        # ...but not where the article makes the timex, nor where the timex is the noun
        ("The weekend decision stood.", [("The weekend", "2016-W46-WE")]),
        ("In the future, it will grow.", [("the future", "FUTURE_REF")]),
        # "Future" in a name is no time
        ("He is treasurer of the Future Farmers of America.", []),
        ("They watched Back to the Future again.", []),
    ],
)
def test_article_of_the_noun_and_names(nlp, text, expected):
    assert _found(nlp, text, "2016-11-25") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a habit names any such month, season or weekday
        ("Sales usually peak in December.", [("December", "XXXX-12")]),
        ("The risk tends to go down by early summer.", [("early summer", "XXXX-SU")]),
        ("The board typically meets on Tuesday.", [("Tuesday", "XXXX-WXX-2")]),
        ("Crews usually start in the morning.", [("the morning", "XXXX-XX-XXTMO")]),
        ("The county typically tests its sirens at noon.", [("noon", "XXXX-XX-XXT12:00")]),
        # a named year, or an adverb of another clause, keeps the date
        ("Sales usually peak in December 2008.", [("December 2008", "2008-12")]),
        ("He usually walks, and he left on Tuesday.", [("Tuesday", "2009-03-24")]),
        ("The board met on Tuesday.", [("Tuesday", "2009-03-24")]),
    ],
)
def test_habits_recur(nlp, text, expected):
    assert _found(nlp, text, "2009-03-25") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month after a possessive pronoun dates the owner's act, already done...
        (
            "The union is unlikely to back her after her March comment on coal.",
            [("March", "2016-03")],
        ),
        # ...unless it names an event set for a day, which the tense places
        ("He will speak before our November election.", [("November", "2016-11")]),
        ("She will travel in March.", [("March", "2017-03")]),
    ],
)
def test_a_possessive_month_dates_an_act_done(nlp, text, expected):
    assert _found(nlp, text, "2016-06-10") == expected
