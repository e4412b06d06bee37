"""Days counted from a day named without its year or week, in a text with no publication
date ("on August 5; the next day" is 08-06, "Friday evening … the day before" a Thursday,
"March 23 … the same day"), unless a count of time lies between or the clause tells a
habit; "the next morning" with no day to count from is a time of day; days listed before
a date written day first ("the 18th and 19th of August"); "July 4- 5"; a year right before
a holiday ("the 2012 Christmas parade"); a month that is a speaker's surname ("Jason
January … January said"); a bare decade of degrees ("highs in the mid-70s"); "35-plus
hours" (more than) and "$75billion a year" (a rate); "nearly decade-long"; "the previous
calendar year"; "March for Babies" after another sentence's "through"; a weekday after an
event being judged ("are hailing the speech on Thursday") is past.

Sentences are our own; each test gives its publication date (DCT), or None.
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timex_named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rescuers began looking on August 5; the next day more guards joined them.",
            [("August 5", "XXXX-08-05"), ("the next day", "XXXX-08-06")],
        ),
        (
            "The party ended on Dec. 31. The next day was quiet.",
            [("Dec. 31", "XXXX-12-31"), ("The next day", "XXXX-01-01")],
        ),
        (
            "Police raided the shops on Friday evening. They had opened the day before.",
            [("Friday evening", "XXXX-WXX-5TEV"), ("the day before", "XXXX-WXX-4")],
        ),
        (
            "It rained on Friday. The following Monday the river rose.",
            [("Friday", "XXXX-WXX-5"), ("The following Monday", "XXXX-WXX-1")],
        ),
        (
            "The ministry spoke on March 23. Earlier on the same day, two men were held.",
            [("March 23", "XXXX-03-23"), ("the same day", "XXXX-03-23")],
        ),
        (
            "A dinner will be held April 1. Part of the takings from that day goes to the zoo.",
            [("April 1", "XXXX-04-01"), ("that day", "XXXX-04-01")],
        ),
        # "the day after" an event is the event's, not the day last named; "after" is its
        # signal, out of the extent, as with a DCT
        (
            "It rained on Friday. He left the day after the storm.",
            [("Friday", "XXXX-WXX-5"), ("the day", "XXXX-XX-XX")],
        ),
        # a count of time between: the day named is not the one meant
        (
            "He landed last Monday, fell ill two days later and was admitted the same day.",
            [("last Monday", "XXXX-WXX-1"), ("two days", "P2D"), ("the same day", "XXXX-XX-XX")],
        ),
        # a present clause tells a habit, not a day after the one named
        (
            "The damage was found Tuesday morning. Owners usually find the"
            " paint the following morning.",
            [("Tuesday morning", "XXXX-WXX-2TMO"), ("the following morning", "XXXX-XX-XXTMO")],
        ),
    ],
)
def test_a_day_counted_from_a_day_of_no_known_year(nlp, text, expected):
    assert _found(nlp, text, None) == expected


def test_the_next_morning_with_no_day_before_is_a_time_of_day(nlp):
    t = timex_named(nlp, "Thieves slipped out the next morning.", "the next morning", None)
    assert (t["type"], t["value"]) == ("TIME", "XXXX-XX-XXTMO")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The show is held on the 18th and 19th of August.",
            "2016-03-01",
            [("the 18th", "2016-08-18"), ("19th of August", "2016-08-19")],
        ),
        (
            "The fair ran on the 4th, 5th and 6th of May.",
            "2016-03-01",
            [("the 4th", "2015-05-04"), ("5th", "2015-05-05"), ("6th of May", "2015-05-06")],
        ),
        (
            "The show is held on 18 and 19 August.",
            None,
            [("18", "XXXX-08-18"), ("19 August", "XXXX-08-19")],
        ),
        # a count before a date is no list
        ("He scored 12 and 19 August points.", None, [("19 August", "XXXX-08-19")]),
        (
            "The fair at the park July 4- 5 will have music.",
            None,
            [("July 4", "XXXX-07-04"), ("5", "XXXX-07-05")],
        ),
    ],
)
def test_days_listed_before_a_date(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 2009 Fourth of July fair drew crowds.",
            [("2009", "2009"), ("Fourth of July", "2009-07-04")],
        ),
        ("The 2012 Christmas parade was loud.", [("2012", "2012"), ("Christmas", "2012-12-25")]),
    ],
)
def test_a_year_right_before_a_holiday_is_its_year(nlp, text, expected):
    assert _found(nlp, text, "2016-03-01") == expected


def test_a_month_that_is_a_speakers_surname_is_no_month(nlp):
    text = (
        "Fire chief Jason January said the ban had held since January. The fire was out "
        "by noon, January said. According to January, most counties had bans."
    )
    months = [(t, v) for t, v in _found(nlp, text, None) if t == "January"]
    assert months == [("January", "XXXX-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Highs will be in the mid-70s on Saturday.", [("Saturday", "XXXX-WXX-6")]),
        ("Temperatures in the 80s are expected.", []),
        ("Prices in the 70s were low.", [("the 70s", "197")]),
    ],
)
def test_a_bare_decade_of_degrees_is_no_decade(nlp, text, expected):
    assert _found(nlp, text, None) == expected


def test_plus_after_a_count_is_more_than(nlp):
    t = timex_named(nlp, "She worked 35-plus hours on the report.", "35-plus hours", None)
    assert (t["value"], t.get("mod")) == ("PT35H", "MORE_THAN")
    assert _found(nlp, "She worked 35-plus hours on the report.", None) == [
        ("35-plus hours", "PT35H")
    ]


def test_money_run_together_with_its_unit_makes_a_rate(nlp):
    assert _found(nlp, "His $75billion a year plan was costed.", "2016-03-01") == []


def test_nearly_before_a_long_compound_is_part_of_it(nlp):
    t = timex_named(nlp, "It took her nearly decade-long work.", "nearly decade-long", None)
    assert (t["value"], t.get("mod")) == ("P10Y", "LESS_THAN")


def test_the_previous_calendar_year(nlp):
    found = _found(nlp, "He must be 65 by the end of the previous calendar year.", "2016-03-01")
    assert found == [("the end of the previous calendar year", "2015")]


def test_a_named_march_after_another_sentences_preposition(nlp):
    text = "We saw what we went through.\u201d March for Babies For details call the office."
    assert _found(nlp, text, None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unions are hailing the governor's speech on Thursday.", "2016-08-11"),
        ("Critics are blasting the debate on Thursday.", "2016-08-11"),
        ("Unions will praise the speech on Thursday.", "2016-08-18"),
        ("Unions are holding a rally on Thursday.", "2016-08-18"),
    ],
)
def test_a_weekday_after_an_event_being_judged_is_past(nlp, text, expected):
    assert timex_named(nlp, text, "Thursday", "2016-08-12")["value"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A few weeks earlier, she had warned them.", [("A few weeks earlier", "PXW")]),
        ("Several days earlier, she had warned them.", [("Several days earlier", "PXD")]),
        ("A day earlier, she had warned them.", [("A day earlier", "P1D")]),
    ],
)
def test_a_vague_count_earlier_is_a_duration_with_its_direction(nlp, text, expected):
    assert _found(nlp, text, "2016-03-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spends one in five days on the road.", []),
        ("One in four years has a leap day.", []),
        ("He spends five days on the road.", [("five days", "P5D")]),
        # "one in each of" is one per period, no share
        (
            "The troubles came one in each of the last four years.",
            [("each of the last four years", "P4Y")],
        ),
    ],
)
def test_one_in_a_count_of_days_is_a_share(nlp, text, expected):
    assert _found(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "But in 2012, the party spent more, starting in April.",
            [("2012", "2012"), ("April", "2012-04")],
        ),
        (
            "And in 2008, the race turned in March.",
            [("2008", "2008"), ("March", "2008-03")],
        ),
        # a year that is the subject opens no frame
        (
            "But 2012, he said, was different in April.",
            [("2012", "2012"), ("April", "2015-04")],
        ),
    ],
)
def test_a_year_after_but_in_frames_its_sentence(nlp, text, expected):
    assert _found(nlp, text, "2016-03-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another time between the day named and the day counted from it
        (
            "Talks ended on Wednesday. The following week both sides came back, and the next"
            " day a deal was signed.",
            "XXXX-XX-XX",
        ),
        ("He took office on Jan. 2. Weeks later, and the next day, cash ran out.", "XXXX-XX-XX"),
        (
            "On Friday the king met the pope. On the same day in 1982, his father did too.",
            "XXXX-XX-XX",
        ),
        # a day of an unknown year is counted in a common year
        ("The sale closed on Feb. 28. The next day the buyer walked away.", "XXXX-03-01"),
    ],
)
def test_a_day_counted_from_an_undated_day_only_when_nothing_lies_between(nlp, text, expected):
    counted = [
        v for t, v in _found(nlp, text, None) if t.lower().startswith(("the next", "the same"))
    ]
    assert counted == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The class of 1985 Christmas reunion was called off.", "2011-12-25"),
        ("Since 1990 Easter has been a holiday here.", "2011-04-24"),
        ("In 2005 Christmas fell on a Sunday.", "2005-12-25"),
        ("Police looked into a 2010 New Year's Day crash.", "2010-01-01"),
    ],
)
def test_a_year_before_a_holiday_only_after_a_determiner(nlp, text, expected):
    values = [v for t, v in _found(nlp, text, "2012-03-01") if not t.isdigit()]
    assert values[0] == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Analyst Jason January tracks spending. Sales rose, according to January, February"
            " and March figures.",
            "January",
        ),
        ("Coach Mark Sunday quit. The paper Sunday said he would stay on.", "Sunday"),
        ("Economist Rachel January was right: January added 150,000 jobs.", "January"),
    ],
)
def test_a_surname_month_stays_a_time_where_it_does_not_speak(nlp, text, kept):
    assert kept in [t for t, _ in _found(nlp, text, "2013-02-10")]


@pytest.mark.parametrize(
    "text",
    [
        "Global temperatures have risen steadily since the 70s.",
        "Temperatures were much colder in the 70s, when rivers froze.",
        "Freddie Mercury rose to fame in the 70s.",
    ],
)
def test_a_decade_near_weather_words_that_do_not_read_it_stays(nlp, text):
    assert ("the 70s", "197") in _found(nlp, text, "2011-07-12")


def test_a_unit_after_an_amount_counted_from_an_event_is_no_rate(nlp):
    assert _found(nlp, "The fund lost 2bn a year after its launch.", None) == [("a year", "P1Y")]


@pytest.mark.parametrize(
    "text",
    [
        "Town officials are celebrating the festival on Saturday with fireworks.",
        "Critics are slamming the convention Saturday, which is expected to draw few.",
    ],
)
def test_a_judged_event_still_ahead_keeps_its_weekday_ahead(nlp, text):
    assert timex_named(nlp, text, "Saturday", "2012-08-31")["value"] == "2012-09-01"


def test_a_spaced_day_range_needs_a_real_end_day(nlp):
    assert _found(nlp, "Hearings were held Feb. 27- 30, the court said.", "2010-06-20") == [
        ("Feb. 27", "2010-02-27")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thursday will start sunny, with storms during the afternoon.",
            [("Thursday", "XXXX-WXX-4"), ("the afternoon", "XXXX-WXX-4TAF")],
        ),
        (
            "Police taped off the street Sunday, but it was open again by early afternoon.",
            [("Sunday", "XXXX-WXX-7"), ("early afternoon", "XXXX-WXX-7TAF")],
        ),
        # the day written after the part of the day is its own, tagged alone as TimeBank
        # tags "the night of Oct. 23"
        (
            "They met on Monday. In the early-morning hours of May 28, the two argued.",
            [("Monday", "XXXX-WXX-1"), ("May 28", "XXXX-05-28")],
        ),
    ],
)
def test_a_part_of_a_day_takes_a_day_of_no_known_year(nlp, text, expected):
    assert _found(nlp, text, None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The firm will work for $75,000 a week after that.",
        "The agency has lost $12 million a year since it cut tolls.",
        "Charities that raise more than $25,000 a year from the public must register.",
    ],
)
def test_a_rate_going_on_from_a_point_is_still_a_rate(nlp, text):
    assert _found(nlp, text, None) == []
