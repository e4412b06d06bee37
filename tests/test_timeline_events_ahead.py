"""A month after an event the act is for, lasts until or calls coming ("the platform for
the convention in July"), a day counted from an event the text has not dated ("the day
after Republicans completed their convention"), and a year that starts no range ("In May
2013 - four months after").

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event lies ahead of the act told in the past: the nearest July
        (
            "Sanders sought a role in drafting the platform for the Democratic convention in July.",
            ("July", "2016-07"),
        ),
        (
            "She vowed to remain in the race, perhaps until the party's convention in July.",
            ("July", "2016-07"),
        ),
        ("But he was not hopeful about the looming showdown in July.", ("July", "2016-07")),
        # an event the act took place at is past
        ("He lit into her at a debate in August.", ("August", "2015-08")),
        ("At the first debate in August, she staged a confrontation.", ("August", "2015-08")),
    ],
)
def test_a_month_after_an_event_still_ahead_of_the_act(nlp, text, expected):
    assert expected in _found(nlp, text, "2016-04-26")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the date last named is not the event's: its day is unknown
        (
            "Rep. Gwen Graham on Friday pummeled Trump. Her remarks came the day after "
            "Republicans completed their convention in Cleveland.",
            "2016-07-22",
            ("the day", "XXXX-XX-XX"),
        ),
        # a shooting told next to another date ("last year") is not Wednesday's
        (
            "A survivor of a shooting in Charleston last year made a call for unity on "
            "Wednesday. Hillary was in South Carolina the day before the shooting.",
            "2016-07-28",
            ("the day", "XXXX-XX-XX"),
        ),
        # the event told next to the date last named: the day before that date
        (
            "She attacked him during the first presidential debate Monday night. In a "
            "column in the day before the debate, two speechwriters wrote.",
            "2016-09-27",
            ("the day", "2016-09-25"),
        ),
        (
            "A firm gave donations to the PAC on June 27, 2014. Another sold its lot the "
            "day before the donations were made.",
            "2016-08-24",
            ("the day", "2014-06-26"),
        ),
        # ...or next to an earlier date, other dates between
        (
            "He is charged in the shooting death of Christopher Greene in the Oct. 14 "
            "robbery. He lost his freedom yesterday and will be sentenced June 8. He came "
            "forward to police the day after Greene's death.",
            "2009-03-30",
            ("the day", "2008-10-15"),
        ),
        # an incident dated before stands for another word of an incident
        (
            "Police played down any link to the Oct. 23 killing of the doctor. Two men came "
            "to his house the day after his death.",
            "1998-11-21",
            ("the day", "1998-10-24"),
        ),
        # "before" as an adverb, a preposition after it: the day before the date named
        (
            "On Sunday he spoke. I disavowed Duke the day before at a major conference.",
            "2016-02-29",
            ("the day before", "2016-02-27"),
        ),
    ],
)
def test_a_day_counted_from_an_event(nlp, text, dct, expected):
    assert expected in _found(nlp, text, dct)


def test_a_year_starts_no_range_of_counts(nlp):
    text = "In May 2013 - four months after she left office - the department said no."
    found = _found(nlp, text, "2016-01-07")
    assert ("May 2013", "2013-05") in found
    assert ("four months", "P4M") in found
    # a range of small counts stays one duration
    assert _found(nlp, "The work took 2 - 3 years.", "2016-01-07") == [("2 - 3 years", "PXY")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One Sunday in late 2001, she called him.", ("Sunday", "XXXX-WXX-7")),
        ("He found the dog on his doorstep one Christmas Day.", ("Christmas Day", "XXXX-12-25")),
        # "one" of a count, or inside another word, leaves the day alone
        ("He called on Sunday, one day before the vote.", ("Sunday", "2016-01-17")),
        ("Someone Tuesday said no.", ("Tuesday", "2016-01-19")),
    ],
)
def test_one_weekday_or_holiday_is_any_such_day(nlp, text, expected):
    assert expected in _found(nlp, text, "2016-01-20")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund after "hopes of", "the chance of" looks ahead of the past clause
        (
            "Supporters waved signs in hopes of seeing the duo on the ticket in the fall.",
            ("the fall", "2016-FA"),
        ),
        ("His win raised his chance of winning the election in November.", ("November", "2016-11")),
        # after another noun the gerund keeps the clause's past
        ("He spoke of the thrill of meeting her in November.", ("November", "2015-11")),
        # a weekday hoped for in a past account lies before the DCT
        (
            "Trump lost six points among voters expressing some intention of showing up "
            "Monday evening.",
            ("Monday evening", "2016-06-27TEV"),
        ),
    ],
)
def test_a_gerund_after_hopes_of_looks_ahead(nlp, text, expected):
    assert expected in _found(nlp, text, "2016-06-29")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation opened with one straight apostrophe
        ("He said, 'Eight years, no daylight.'", [("Eight years", "P8Y")]),
        ("He said: 'Two years ago we met.'", [("Two years ago", "2014")]),
        # an apostrophe inside a word still bounds nothing
        ("He grew up in the '80s.", [("the '80s", "198")]),
    ],
)
def test_a_time_after_an_opening_single_quote(nlp, text, expected):
    assert _found(nlp, text, "2016-03-21") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Now," opening a quotation marks the next point of talk
        ("He asked, “Now, you famously said no to this?”", []),
        ('"Now, that having been said, I think it is wrong," he said.', []),
        ("“Now, I hasten to add that we will keep working,” he said.", []),
        # a speaker's "I" or a question after it still marks the next point of talk
        ("“Now, I'll be honest with you,” he said.", []),
        ("“Now, what will you do?” he asked.", []),
        # a future or a first right after it sets the present against the past
        ("“Now, she will run the agency for you,” he said.", [("Now", "PRESENT_REF")]),
        ("“Now, we'll see who was right,” she said.", [("Now", "PRESENT_REF")]),
        ("“Now, it's going to be hard,” she said.", [("Now", "PRESENT_REF")]),
        (
            '"Now, for the first time, doctors can compare the two," she said.',
            [("Now", "PRESENT_REF")],
        ),
        # in narration it sets the present against the past; "now" of the present stays
        (
            "It was over. Now, in the heat of August, he is in trouble.",
            [("Now", "PRESENT_REF"), ("August", "2016-08")],
        ),
        ("Now officials are worried.", [("Now", "PRESENT_REF")]),
        ('It was when I needed it most."\nNow, Burton is the coach.', [("Now", "PRESENT_REF")]),
        ("He is now, by all accounts, the leader.", [("now", "PRESENT_REF")]),
    ],
)
def test_now_with_a_comma_opening_a_quotation_is_no_time(nlp, text, expected):
    assert _found(nlp, text, "2016-03-21") == expected


def test_a_clock_range_written_with_to_between_hyphens(nlp):
    text = "After their 6 a.m.-to-4:30 p.m. shift, a dozen workers met."
    assert ("4:30 p.m.", "2016-03-21T16:30") in _found(nlp, text, "2016-03-21")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a set of times on the same verb makes its other times recur
        ("The board meets every year in June.", ("June", "XXXX-06")),
        ("He visits his mother every week on Sunday.", ("Sunday", "XXXX-WXX-7")),
        # a set on a noun ("a weekly podcast") or on another verb leaves the day alone
        ("On Tuesday he launched a weekly podcast.", ("Tuesday", "2016-11-22")),
        ("He said on Tuesday that he runs every day.", ("Tuesday", "2016-11-22")),
        # a bound of the stretch the set runs over is one time
        ("He will remind voters every single day between now and June.", ("June", "2017-06")),
        ("Each week since early September we have asked experts.", ("early September", "2016-09")),
    ],
)
def test_a_set_on_the_same_verb_makes_a_time_recur(nlp, text, expected):
    assert expected in _found(nlp, text, "2016-11-23")
