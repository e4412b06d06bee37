"""TIMEX3 rules for the newswire families TimeML annotates: extents, ages, ranges,
prospective clauses, anchored days, attributive durations, decades in years.

Sentences are our own; the publication date (DCT) is Thursday 2017-09-21 unless a test
says otherwise.
"""

from __future__ import annotations

import pytest

from timex_cases import DCT
from timex_cases import timex_named as _one
from timex_cases import timexes_of as _timexes

WEDNESDAY = "2017-09-20"


@pytest.mark.parametrize(
    "text",
    [
        "The 44-year-old was released on bail.",  # an age
        "A 6-year-old boy was rescued at sea.",
        "Their 8-month-old daughter was unharmed.",
        "The talks had previously stalled.",  # "previously" is no TimeML reference
        "A second group of fighters crossed the river.",  # the ordinal "second"
        "She was in her 30s when she moved.",  # an age in decades
        "The film High Noon was shown.",  # the idiom, not a clock time
        "He was freed soon after being captured.",  # "soon after" is a conjunction
        "The March of Dimes raised money.",  # a name, not the month
    ],
)
def test_not_time_expressions(nlp, text):
    assert _timexes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expression", "typ", "value"),
    [
        # a range of counts is one vague duration
        ("Shipments resume within two to three weeks.", "two to three weeks", "DURATION", "PXW"),
        # a half unit after the unit
        (
            "A minute and a half later, a pilot radioed.",
            "A minute and a half",
            "DURATION",
            "PT1M30S",
        ),
        # a fiscal year named by its last day is a duration
        ("Net rose 5% for the year ended March 31.", "the year", "DURATION", "P1Y"),
        ("Sales fell in the year to March.", "the year", "DURATION", "P1Y"),
        ("The year was hard for farmers.", "The year", "DATE", "2017"),
        # "the last half" of a named year is its second half
        ("Sales slowed in the last half of 2016.", "the last half of 2016", "DATE", "2016-H2"),
        # an ambiguous month name after "the" modifying a noun
        ("The March accession will enlarge the alliance.", "March", "DATE", "2018-03"),
        # a plural unit after "over the", "in the": a vague stretch of time
        ("Over the years the clinic grew.", "the years", "DURATION", "PXY"),
        ("Selling could grow in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"),
        # decades and centuries counted in years
        (
            "Unemployment is at its lowest in almost two decades.",
            "almost two decades",
            "DURATION",
            "P20Y",
        ),
        ("Prices rose over the past decade.", "the past decade", "DURATION", "P10Y"),
    ],
)
def test_family_values(nlp, text, expression, typ, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == (typ, value)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # an infinitive under a prospective verb looks ahead of the DCT
        ("The team planned to leave Nairobi on Thursday.", "Thursday", "2017-09-21"),
        ("The envoy said talks were set to resume Monday.", "Monday", "2017-09-25"),
        # "until" after a verb of delay or extension: the end of the wait
        ("The court postponed the hearing until Tuesday.", "Tuesday", "2017-09-26"),
        (
            "The agency extended its deadline until 9 a.m. EST Tuesday.",
            "9 a.m. EST Tuesday",
            "2017-09-26T09:00",
        ),
        # a present form with a singular noun subject is a past form ("hurt", "cut", "set")
        ("Weakness in big technology stocks hurt the composite on Friday.", "Friday", "2017-09-15"),
        # without one, a past clause still points back
        ("The team left Nairobi on Tuesday.", "Tuesday", "2017-09-19"),
    ],
)
def test_weekday_direction_in_prospective_and_mistagged_clauses(nlp, text, expression, value):
    assert _one(nlp, text, expression, WEDNESDAY if "Thursday" in text else DCT)["value"] == value


def test_the_week_of_a_day_is_its_iso_week(nlp):
    t = _one(
        nlp,
        "A hearing is set for the week of March 6, a lawyer said.",
        "the week of March 6",
        "2000-02-24",
    )
    assert (t["type"], t["value"]) == ("DATE", "2000-W10")


def test_or_so_is_part_of_the_expression_and_approximate(nlp):
    t = _one(nlp, "The general met them a week or so ago.", "a week or so ago")
    assert (t["value"], t.get("mod")) == ("2017-W37", "APPROX")
    t = _one(nlp, "Rates will stay low for the next two years or so.", "the next two years or so")
    assert (t["type"], t["value"], t.get("mod")) == ("DURATION", "P2Y", "APPROX")


def test_day_before_an_event_is_the_day(nlp):
    # counted from the date of the vote, when the text names it next to the vote...
    t = _one(
        nlp, "The vote was held on Sept. 4. Talks collapsed the day before the vote.", "the day"
    )
    assert t["value"] == "2017-09-03"
    # ...not from another date ("began on Sept. 4" and collapsed later)
    t = _one(nlp, "Talks began on Sept. 4 and collapsed the day before the vote.", "the day")
    assert t["value"] == "XXXX-XX-XX"
    t = _one(nlp, "Stocks fell on Oct. 12, the day before the crash.", "the day")
    assert t["value"] == "2017-10-12"
    # a named day after "before"/"after" is the day it is counted from
    t = _one(nlp, "The day before last Tuesday's hearing, they met.", "The day before last Tuesday")
    assert t["value"] == "2017-09-18"
    # "the next day" before a clause is unchanged
    t = _one(nlp, "He was arrested on Sept. 4. The next day the troops left.", "The next day")
    assert t["value"] == "2017-09-05"
    # before punctuation "the day before" stays one expression
    t = _one(nlp, "He was arrested on Sept. 4 and freed the day before.", "the day before")
    assert t["value"] == "2017-09-03"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Albright arrived after a 16-hour flight.", "16-hour", "PT16H"),
        ("The company called the 30-day waiting period unfair.", "30-day", "P30D"),
        ("Its two-year term ends soon.", "two-year", "P2Y"),
        ("The firm took a third-quarter charge.", "third-quarter", "2017-Q3"),
        ("The firm reported its fourth quarter results.", "fourth quarter", "2016-Q4"),
    ],
)
def test_determiner_of_an_attributive_period_is_left_out(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


def test_counted_and_relative_durations_keep_their_determiner(nlp):
    assert _one(nlp, "Prices rose in the past two weeks.", "the past two weeks")["value"] == "P2W"
    assert _one(nlp, "The plant opened a year ago.", "a year ago")["value"] == "2016"
    assert _one(nlp, "The siege lasted the nine months.", "the nine months")["value"] == "P9M"


@pytest.mark.parametrize(
    ("text", "expression", "dct", "value"),
    [
        ("The boy was found on Thanksgiving Day.", "Thanksgiving Day", "2000-01-07", "1999-11-25"),
        ("The campaign runs from now to Election Day.", "Election Day", "1998-10-26", "1998-11-03"),
        ("Protesters prayed as Easter week began.", "Easter week", "2000-04-17", "2000-W16"),
        ("The law took effect on New Year's Day 1999.", "New Year's Day 1999", DCT, "1999-01-01"),
        ("Prices fell after last Christmas.", "last Christmas", DCT, "2016-12-25"),
        ("Stores open on Memorial Day.", "Memorial Day", "2017-05-02", "2017-05-29"),
        # fixed days named outside the US calendar
        ("A truck hit crowds on Bastille Day.", "Bastille Day", "2016-08-03", "2016-07-14"),
        ("Veterans marched on Anzac Day.", "Anzac Day", "2016-08-03", "2016-04-25"),
        ("Wreaths were laid on Remembrance Day.", "Remembrance Day", "2016-08-03", "2015-11-11"),
    ],
)
def test_holidays(nlp, text, expression, dct, value):
    t = _one(nlp, text, expression, dct)
    assert (t["type"], t["value"]) == ("DATE", value)


def test_holiday_names_need_capitals_and_easter_follows_the_computus(nlp):
    from fivews.timeline.holiday_dates import easter_sunday

    assert _timexes(nlp, "The children hunted for the easter bunny.") == []
    assert [easter_sunday(y).isoformat() for y in (1999, 2000, 2017, 2024)] == [
        "1999-04-04",
        "2000-04-23",
        "2017-04-16",
        "2024-03-31",
    ]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a scheduling verb with an event as its object dates that event ahead
        ("The prosecutor has scheduled a news conference Friday.", "Friday", "2017-09-22"),
        ("Protesters planned a large rally on Saturday.", "Saturday", "2017-09-23"),
        # a perfect progressive reaches back from the DCT
        ("Police have been searching for him since the Dec. 3 shooting.", "Dec. 3", "2016-12-03"),
    ],
)
def test_scheduled_events_and_perfect_progressive(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "typ", "value", "mod"),
    [
        # the quarter under discussion, a year back
        (
            "Profit rose in the third quarter. Sales for last year's quarter were flat.",
            "last year's quarter",
            "DATE",
            "2016-Q3",
            None,
        ),
        # "that quarter" is the quarter last named; "fiscal-first" is an ordinal quarter
        (
            "Net rose in the fiscal-first quarter. Results for that quarter included a charge.",
            "that quarter",
            "DATE",
            "2017-Q1",
            None,
        ),
        # the end part of the year (the attributive "year-end" stays the closing day)
        ("New rules should be in place by year's end.", "year's end", "DATE", "2017", "END"),
        ("Year-end profit fell.", "Year-end", "DATE", "2017-12-31", None),
        # an hour with the half of the day in words
        (
            "The father will leave at 4 in the morning.",
            "4 in the morning",
            "TIME",
            "2017-09-21T04:00",
            None,
        ),
        ("The vigil began at 9 at night.", "9 at night", "TIME", "2017-09-21T21:00", None),
    ],
)
def test_quarters_year_end_and_spelled_clock_times(nlp, text, expression, typ, value, mod):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"], t.get("mod")) == (typ, value, mod)


def test_a_share_is_no_period_and_signals_stay_outside(nlp):
    # "a quarter of the market" is a share; "a quarter of an hour" stays a time
    assert not _timexes(nlp, "Banks hold more than a quarter of the entire market.")
    assert [t["text"] for t in _timexes(nlp, "Profit fell in a quarter of weak demand.")] == [
        "a quarter"
    ]
    # "until" and "right" are not part of the reference word
    assert [t["text"] for t in _timexes(nlp, "Until recently, the plant was idle.")] == ["recently"]
    assert [t["text"] for t in _timexes(nlp, "Right now, the plant is idle.")] == ["now"]


def test_the_near_and_short_term_are_the_future(nlp):
    t = _one(nlp, "Profits will stay thin in the near term.", "the near term")
    assert t["value"] == "FUTURE_REF"
    assert not _timexes(nlp, "Short-term rates rose.")  # the hyphenated adjective


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "later" is a signal: the timex is the stretch, a (vague) duration
        ("Three days later, talks resumed.", "Three days", "P3D"),
        ("A few days later, the company announced losses.", "A few days", "PXD"),
        ("An hour later, he was declared dead.", "An hour", "PT1H"),
    ],
)
def test_n_units_later_is_the_duration_without_later(nlp, text, expression, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The war lasted a quarter-century.", "a quarter-century", "P25Y"),
        ("The feud ran for a half-century.", "a half-century", "P50Y"),
        ("The ship docked for two fortnights.", "two fortnights", "P4W"),
        # fractions are written in the next smaller unit
        ("He waited half an hour.", "half an hour", "PT30M"),
        ("It took a quarter of an hour.", "a quarter of an hour", "PT15M"),
        ("He served two and a half years.", "two and a half years", "P2Y6M"),
    ],
)
def test_multiple_units_are_written_in_their_base_unit(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


def test_a_range_of_days_tags_both_days(nlp):
    found = [(t["text"], t["value"]) for t in _timexes(nlp, "The summit will be held Oct. 5-6.")]
    assert found == [("Oct. 5", "2017-10-05"), ("6", "2017-10-06")]
    found = [t["text"] for t in _timexes(nlp, "On Sept. 3 and 4 people were hurt.")]
    assert found == ["Sept. 3"]  # a count, not a day


def test_clock_time_before_a_world_time_takes_the_day_after_it(nlp):
    # the world time in parentheses is no part of the extent (AQUAINT tags "10:35 a.m."
    # and "Friday" apart in "10:35 a.m. (0735 GMT) Friday")
    t = _one(
        nlp, "The ceasefire began at 8 a.m. local time (0500 GMT) on Tuesday.", "8 a.m. local time"
    )
    assert (t["type"], t["value"]) == ("TIME", "2017-09-19T08:00")


def test_the_verb_last_is_not_the_past(nlp):
    t = _one(nlp, "The trial is expected to last two weeks.", "two weeks")
    assert (t["type"], t["value"]) == ("DURATION", "P2W")
    t = _one(nlp, "Prices rose over the last two weeks.", "the last two weeks")
    assert (t["type"], t["value"]) == ("DURATION", "P2W")


@pytest.mark.parametrize(
    ("text", "expression", "typ", "value"),
    [
        # "-long" compounds: the length; an article before them is the noun's
        ("Lawyers left their third day-long meeting.", "day-long", "DURATION", "P1D"),
        ("The war was a decade-long struggle.", "decade-long", "DURATION", "P10Y"),
        # decades are written in years, also when vague
        ("The decades-long feud ended.", "decades-long", "DURATION", "PXY"),
        # a set of seasons
        ("The council meets each summer.", "each summer", "SET", "XXXX-SU"),
        # a hyphenated point modifier
        ("He made the late-April trip.", "late-April", "DATE", "2017-04"),
    ],
)
def test_long_compounds_vague_decades_and_seasonal_sets(nlp, text, expression, typ, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == (typ, value)


def test_hyphenated_part_of_day_is_an_adjective(nlp):
    assert not _timexes(nlp, "A late-night meeting ended.")


def test_a_unit_after_a_date_and_comma_is_no_rate(nlp):
    text = "The bill was signed on Dec. 31, 2016, a day before the deadline."
    t = _one(nlp, text, "a day")
    assert (t["type"], t["value"]) == ("DURATION", "P1D")
    # an amount in the same phrase makes it a rate, which is no timex
    assert _timexes(nlp, "The fee is $1,500 a year.") == []


def test_clock_time_takes_the_day_of_a_part_of_day_before_it(nlp):
    text = "The blast came late Friday night, around 11 p.m."
    assert _one(nlp, text, "around 11 p.m.")["value"] == "2017-09-15T23:00"


def test_period_codes(nlp):
    found = [(t["text"], t["value"]) for t in _timexes(nlp, "Sales in Q3 2016 and 2017 H1 rose.")]
    assert found == [("Q3 2016", "2016-Q3"), ("2017 H1", "2017-H1")]


def test_clock_time_takes_the_day_restated_in_parentheses(nlp):
    text = "The father will leave at 4 in the morning (4 a.m. EDT Friday), officials said."
    assert _one(nlp, text, "4 in the morning")["value"] == "2017-09-22T04:00"


def test_around_before_a_possessive_day_is_a_preposition(nlp):
    t = _one(nlp, "They sought ways to get around Wednesday's ruling.", "Wednesday")
    assert t.get("mod") is None
    assert _one(nlp, "It happened around Wednesday.", "around Wednesday")["mod"] == "APPROX"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year after a possessive, before a plural noun, is a year ...
        ("He worked for one of Trump's 2016 rivals.", ["2016"]),
        ("The team's 1998 playoffs drew crowds.", ["1998"]),
        # ... a round hundred there may be a count
        ("The company's 2000 workers went on strike.", []),
    ],
)
def test_a_year_after_a_possessive(nlp, text, expected):
    assert [t["value"] for t in _timexes(nlp, text)] == expected
