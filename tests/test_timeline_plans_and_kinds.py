"""A headline's plan with its "is" left out ("Cleanup planned for Saturday"), a plural
noun the parser reads as a present verb ("her Wall Street remarks … on Sunday"), "a day
when" (one day of a kind, not a length; "in 1988, a year when" is 1988), a rate of a measured
substance ("1,800 tons of carbon dioxide a year"), "dawn Friday", "that day back in
March 2010", a present perfect state "until Friday" (ahead), "Last year," opening a
sentence as its frame ("Last year, sales fell in March"), and a past clause's run-up to a
holiday just ahead ("slashed prices before Christmas" on December 23), and a time before
a noun of an incident ("will investigate the October attack": past), and "the past year and a
half" (one stretch).

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

_TUESDAY = "2009-03-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kanawha River cleanup planned Saturday.", [("Saturday", "2009-04-04")]),
        ("Cleanup planned for Saturday.", [("Saturday", "2009-04-04")]),
        ("Parade set for Saturday.", [("Saturday", "2009-04-04")]),
        (
            "Volunteers are needed for the cleanup planned for Saturday.",
            [("Saturday", "2009-04-04")],
        ),
        ("Blood drive slated for Friday.", [("Friday", "2009-04-03")]),
        ("Bake sale set for Saturday morning.", [("Saturday morning", "2009-04-04TMO")]),
        (
            "Services planned for Thursday at Cooke Funeral Home.",
            [("Thursday", "2009-04-02")],
        ),
        # near misses: "set" with no "for" tells what was done; a plan with an infinitive
        # told in the past; an event the past clause tells happened, also from inside a
        # phrase of the past verb
        ("Record set Saturday.", [("Saturday", "2009-03-28")]),
        (
            "On Friday, the government planned to pay the first claims.",
            [("Friday", "2009-03-27")],
        ),
        ("The rally planned for Saturday drew 500 people.", [("Saturday", "2009-03-28")]),
        ("The meeting set for Friday was held.", [("Friday", "2009-03-27")]),
        ("Nobody showed up at the meeting planned Thursday.", [("Thursday", "2009-03-26")]),
        (
            "Police arrested two men at the protest planned for Wednesday.",
            [("Wednesday", "2009-03-25")],
        ),
    ],
)
def test_a_headline_plan_lies_ahead(nlp, text, expected):
    assert _found(nlp, text, _TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Clinton did not revisit her Wall Street remarks in an address to central Iowa"
            " Democrats on Sunday, where she was accompanied by former president Bill Clinton.",
            "2015-11-16",
            [("Sunday", "2015-11-15")],
        ),
        (
            "Republicans criticized the president's Iran remarks Sunday.",
            "2012-04-18",
            [("Sunday", "2012-04-15")],
        ),
        # near miss: a present verb with its subject still reads ahead
        ("Clinton says the plan works on Sunday.", "2015-11-16", [("Sunday", "2015-11-22")]),
    ],
)
def test_a_plural_noun_read_as_a_verb_does_not_tell_the_tense(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On a day when most candidates lock themselves away, Trump held a rally.",
            [("a day", "XXXX-XX-XX")],
        ),
        (
            "If there ever came a day when I could no longer meet my duties, I would say so.",
            [("a day", "XXXX-XX-XX")],
        ),
        ("It was a week when nothing went right.", [("a week", "XXXX-WXX")]),
        ("A day when temperatures hit 104 degrees ended in a storm.", [("A day", "XXXX-XX-XX")]),
        ("After a year when profits collapsed, the firm cut jobs.", [("a year", "XXXX")]),
        ("They look forward to a day when every child is insured.", [("a day", "XXXX-XX-XX")]),
        # after a time of its size, that time
        (
            "The last poll was in 1988, a year when Bush won 39 states.",
            [("1988", "1988"), ("a year", "1988")],
        ),
        (
            "The vote was in March 2015, a day when it rained.",
            [("March 2015", "2015-03"), ("a day", "XXXX-XX-XX")],
        ),
        (
            "The bank failed on March 9, 2009, a year when regulators closed 140 lenders.",
            [("March 9, 2009", "2009-03-09"), ("a year", "2009")],
        ),
        # near misses: a day measured, a year counted ahead, time given
        ("He waited a day when he could have acted.", [("a day", "P1D")]),
        (
            "It took a week when it should have taken an hour.",
            [("a week", "P1W"), ("an hour", "PT1H")],
        ),
        ("He will step down in a year when his term is up.", [("a year", "P1Y")]),
        ("The permit process usually takes a year when papers are complete.", [("a year", "P1Y")]),
        ("She gave them a week when they asked for more time.", [("a week", "P1W")]),
    ],
)
def test_a_day_when_is_one_day_of_a_kind(nlp, text, expected):
    assert _found(nlp, text, "2016-03-04") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant emits 1,800 tons of carbon dioxide a year.", []),
        ("They pump 300 barrels of oil a day.", []),
        # a share of a value, not three quarters of a year
        ("The index has lost nearly three quarters of its value.", []),
        # near misses: a count of time, then a point counted back; quarters of a year
        ("Profit fell for three quarters.", [("three quarters", "P9M")]),
        (
            "It achieved profitability after several quarters of losses.",
            [("several quarters", "PXQ")],
        ),
        (
            "He served 3 years of his sentence a year ago.",
            [("3 years", "P3Y"), ("a year ago", "2015")],
        ),
    ],
)
def test_a_measure_of_a_substance_per_unit_is_a_rate(nlp, text, expected):
    assert _found(nlp, text, "2016-09-24") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops attacked at dawn Friday.", [("dawn Friday", "2016-09-23TMO")]),
        ("Troops attacked at dusk Thursday.", [("dusk Thursday", "2016-09-22TEV")]),
        # near misses: "on" between them keeps the weekday alone, as does a date after it
        ("Troops attacked at dawn on Friday.", [("Friday", "2016-09-23")]),
        (
            "The first shells fell around dawn Friday, Sept. 23, residents said.",
            [("Friday, Sept. 23", "2016-09-23")],
        ),
    ],
)
def test_dawn_before_a_weekday_is_its_part_of_the_day(nlp, text, expected):
    assert _found(nlp, text, "2016-09-24") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was a show of respect to make time for Mr. Netanyahu on that day back in"
            " March 2010.",
            [("that day", "2010-03-XX"), ("March 2010", "2010-03")],
        ),
        (
            "They met on Monday, and on that day in 2010 they signed the pact.",
            [("Monday", "2015-11-09"), ("that day", "2010-XX-XX"), ("2010", "2010")],
        ),
        # near misses: a place after it leaves the day last named, as does a day of the
        # year written after it
        (
            "The plant opened on July 4, 1999. Workers who were there on that day in 1999"
            " still meet.",
            [("July 4, 1999", "1999-07-04"), ("that day", "1999-07-04"), ("1999", "1999")],
        ),
        (
            "They met on Monday, and on that day in Paris they signed the pact.",
            [("Monday", "2015-11-09"), ("that day", "2015-11-09")],
        ),
    ],
)
def test_that_day_takes_the_month_written_after_it(nlp, text, expected):
    assert _found(nlp, text, "2015-11-10") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The government has kept the markets closed until Friday.",
            "2008-09-18",
            [("Friday", "2008-09-19")],
        ),
        (
            "A group of lenders has extended the company loans through January.",
            "1989-10-30",
            [("January", "1990-01")],
        ),
        # near misses: a past or past perfect state ended there; events counted through a
        # day gone by; a clause of its own; "Until Tuesday," before the verb
        ("Until Tuesday, he has refused to comment.", "2009-03-18", [("Tuesday", "2009-03-17")]),
        (
            "Turnout fell in the states that have held primaries through Tuesday, according"
            " to results tallied through Wednesday afternoon.",
            "2016-03-04",
            [("Tuesday", "2016-03-01"), ("Wednesday afternoon", "2016-03-02TAF")],
        ),
        (
            "The markets had been closed until Friday.",
            "2008-09-18",
            [("Friday", "2008-09-12")],
        ),
        (
            "The government kept the markets closed until Friday.",
            "2008-09-18",
            [("Friday", "2008-09-12")],
        ),
    ],
)
def test_a_present_perfect_until_a_day_reaches_ahead(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Last year, sales fell in March.",
            "2009-07-03",
            [("Last year", "2008"), ("March", "2008-03")],
        ),
        (
            "Two years ago, the bridge collapsed on Memorial Day.",
            "2009-07-03",
            [("Two years ago", "2007"), ("Memorial Day", "2007-05-28")],
        ),
        (
            "Next year, the plant will open in March.",
            "2009-07-03",
            [("Next year", "2010"), ("March", "2010-03")],
        ),
        (
            "Last year, the team won on Memorial Day and lost on July 4.",
            "2009-06-25",
            [("Last year", "2008"), ("Memorial Day", "2008-05-26"), ("July 4", "2008-07-04")],
        ),
        (
            "Last year, sales fell in March, and they fell again in May.",
            "2009-06-25",
            [("Last year", "2008"), ("March", "2008-03"), ("May", "2008-05")],
        ),
        # near misses: a contrasting clause or one that looks ahead after the frame, no
        # comma closing it
        (
            "Last year, the bridge was closed in March, and it will close again in August.",
            "2009-06-25",
            [("Last year", "2008"), ("March", "2008-03"), ("August", "2009-08")],
        ),
        (
            "Last year, sales fell in March, but analysts expect a rebound in October.",
            "2009-06-25",
            [("Last year", "2008"), ("March", "2008-03"), ("October", "2009-10")],
        ),
        (
            "Next year, the festival will move to May; this year it was held in June.",
            "2009-06-25",
            [("Next year", "2010"), ("May", "2010-05"), ("this year", "2009"), ("June", "2009-06")],
        ),
        (
            "Last year sales fell in March.",
            "2009-07-03",
            [("Last year", "2008"), ("March", "2009-03")],
        ),
    ],
)
def test_a_counted_year_opening_the_sentence_frames_it(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Retailers slashed prices before Christmas.", "2008-12-23", [("Christmas", "2008-12-25")]),
        ("The museum closed early for Christmas.", "2008-12-23", [("Christmas", "2008-12-25")]),
        (
            "The debate was held the Saturday before Christmas.",
            "2015-12-23",
            [("Saturday", "2015-12-19"), ("Christmas", "2015-12-25")],
        ),
        # near misses: an event on the holiday; long before it; another year named; after it;
        # a time counted back from it or looked back on; a stay that ended there
        (
            "The store was robbed a week before Christmas.",
            "2008-12-10",
            [("a week", "P1W"), ("Christmas", "2007-12-25")],
        ),
        (
            "Police have been looking for the man since before Christmas.",
            "2008-12-10",
            [("Christmas", "2007-12-25")],
        ),
        (
            "The store stayed open until Christmas Eve.",
            "2008-12-10",
            [("Christmas Eve", "2007-12-24")],
        ),
        (
            "The store was robbed on Christmas Day, police said.",
            "2008-12-23",
            [("Christmas Day", "2007-12-25")],
        ),
        ("Retailers slashed prices before Christmas.", "2008-10-20", [("Christmas", "2007-12-25")]),
        (
            "Decades ago, the family went home for Christmas.",
            "2008-12-23",
            [("Decades ago", "PXY"), ("Christmas", "2007-12-25")],
        ),
        ("Retailers slashed prices before Christmas.", "2009-01-05", [("Christmas", "2008-12-25")]),
    ],
)
def test_a_past_run_up_to_a_holiday_just_ahead_is_for_it(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the August war, politicians should give up the issue.", [("August", "2008-08")]),
        ("The government will investigate the October attack.", [("October", "2008-10")]),
        ("Police will review the Friday crash.", [("Friday", "2009-03-27")]),
        # near misses: a planned event, a forecast storm, a planned raid, a time after the
        # noun
        (
            "Officials warned that a Friday storm will bring heavy snow.",
            [("Friday", "2009-04-03")],
        ),
        ("Police will review the planned October raid.", [("October", "2009-10")]),
        ("The Friday meeting will be held downtown.", [("Friday", "2009-04-03")]),
        ("The war will end in August.", [("August", "2009-08")]),
    ],
)
def test_a_time_before_a_noun_of_an_incident_dates_it_in_the_past(nlp, text, expected):
    assert _found(nlp, text, "2009-03-28") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over the past year and a half, prices rose.",
            [("the past year and a half", "P1Y6M")],
        ),
        ("In the next month and a half, we will vote.", [("the next month and a half", "P1M15D")]),
        # near misses: a half-dozen, a half million
        (
            "The club signed one striker in the past year and a half-dozen defenders before.",
            [("the past year", "2008")],
        ),
        (
            "The charity raised $2 million in the past year and a half million dollars before.",
            [("the past year", "2008")],
        ),
    ],
)
def test_the_past_year_and_a_half_is_one_stretch(nlp, text, expected):
    assert _found(nlp, text, "2009-03-31") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Obama won 13 states on Super Tuesday.", "2008-02-08", [("Super Tuesday", "2008-02-05")]),
        # near miss: a year on the rule's day
        (
            "Clinton won seven states on Super Tuesday.",
            "2016-03-04",
            [("Super Tuesday", "2016-03-01")],
        ),
    ],
)
def test_super_tuesday_of_a_year_off_its_rule_has_its_own_day(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
