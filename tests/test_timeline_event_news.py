"""TIMEX3 on event news (local reports, outbreaks, sport, company news): false friends,
ranges, joined extents and readings that depend on the sentence.

Sentences are our own; the publication date (DCT) is Thursday 2017-09-21 unless a test
says otherwise.
"""

from __future__ import annotations

import pytest

from timex_cases import timex_named as _one
from timex_cases import timexes_of as _timexes


@pytest.mark.parametrize(
    ("text", "not_a_timex"),
    [
        ("Fans travelled to France for Euro 2016 last summer.", "2016"),
        ("The union said Local 1520 would vote on the deal.", "1520"),
        ("The judge said HB 1523's protections were unequal.", "1523"),
        ("The House passed H.R. 1599 on a party-line vote.", "1599"),
        ("The pandemic H1N1 2009 strain spread quickly.", "2009"),
        ("The bid values the plant at $4.1556 a share.", "1556"),
        ("He quoted John 3:16 in his speech.", "3:16"),
        ("The Tigers scored twice in the second half to win the game.", "the second half"),
        ("Toronto led 2-0 late in the first period before the Flames scored.", "the first period"),
        ("They avenged a 2-1 defeat from the first half of the season.", "the first half"),
        ("She ran the second half of the race alone.", "the second half"),
        ("The first half of the film drags.", "The first half"),
        ("The coach made two substitutions in the second half.", "the second half"),
        ("She was named Citizen of the Year by the council.", "the Year"),
        ("He was voted the country's athlete of the year for 2016.", "the year"),
        ("The Moose Lodge 1642 will hold a dinner.", "1642"),
        ("The Dodgers host Game 7 tonight.", "7 tonight"),
        ("The Rangers beat Boston 2-1 in overtime.", "1"),
        ('"I was in fourth period when it happened," the girl said.', "fourth period"),
        ("It was her second period of sick leave.", "second period"),
        ("Old rivalries do not heal overnight, she said.", "overnight"),
        ("Few people see what happens here on a day-to-day basis.", "a day"),
        ("The hosts pressed for a second before the break, but the game ended 1-0.", "a second"),
        # a periodical, not a recurrence
        ("The pan-Arab daily Al-Hayat reported that the talks had failed.", "daily"),
        ("According to the Israeli daily Maariv, the army withdrew.", "daily"),
        ("The German news weekly Die Zeit said the plan was dropped.", "weekly"),
        ("The state-run daily said the army had advanced.", "daily"),
        ("It ran on the front page of the pro-government daily.", "daily"),
    ],
)
def test_false_friends_are_not_timexes(nlp, text, not_a_timex):
    assert not_a_timex not in [t["text"] for t in _timexes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the same shapes as real times
        ("Sales slowed in the second half, the retailer said.", "the second half", "2017-H2"),
        ("Profit rose in the second half of 2016.", "the second half of 2016", "2016-H2"),
        ("The plant opened in 2009 and closed in 2014.", "2009", "2009"),
        ("The meeting starts at 3:15 p.m. in the hall.", "3:15 p.m.", "2017-09-21T15:15"),
        ("Prices fell at the end of the year.", "the end of the year", "2017"),
        ("Third-period net rose 63%, the chemicals group said.", "Third-period", "2017-Q3"),
        # recurrences that look like a paper's name
        ("The town faced daily Israeli raids.", "daily", "P1D"),
        ("The council meets weekly in the old hall.", "weekly", "P1W"),
        ("The pills are taken twice daily.", "twice daily", "P1D"),
        ("There were daily U.S. briefings on the strikes.", "daily", "P1D"),
    ],
)
def test_real_times_next_to_false_friends(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of years: each end a DATE
        ("He sat in the state senate in 1974-75.", [("1974", "1974"), ("75", "1975")]),
        ("The budget for the 2009-10 fiscal year was cut.", [("2009", "2009"), ("10", "2010")]),
        ("Growth should average 6% (2016 – 2020).", [("2016", "2016"), ("2020", "2020")]),
        ("The club was dissolved in 1998-01.", []),  # a month written in figures, or unclear
        # the end of a clock range is a time of the same day, the day named after it
        (
            "The library is open from 10 a.m.-4 p.m. on Saturday.",
            [("10 a.m.", "2017-09-23T10:00"), ("4 p.m. on Saturday", "2017-09-23T16:00")],
        ),
        (
            "The pantry was open 9 a.m.-2 p.m. Sunday.",
            [("9 a.m.", "2017-09-17T09:00"), ("2 p.m. Sunday", "2017-09-17T14:00")],
        ),
        (
            "The library is open Saturday, 10 a.m.-4 p.m.",
            [("Saturday, 10 a.m.", "2017-09-23T10:00"), ("4 p.m.", "2017-09-23T16:00")],
        ),
        # a start with a day of its own keeps it; the hours of a range of days join no day
        (
            "The desk will be open Thursday, 7:30 a.m.-3:30 p.m. Friday.",
            [("Thursday, 7:30 a.m.", "2017-09-21T07:30"), ("3:30 p.m. Friday", "2017-09-22T15:30")],
        ),
        (
            "The gallery is open from 10 a.m.-4 p.m. Monday-Saturday.",
            [("10 a.m.", None), ("4 p.m.", None), ("Monday", None), ("Saturday", None)],
        ),
        # "between ... and ...": both clock times on the day named after the second
        (
            "Shots were fired between 6:50 a.m. and 7:30 a.m. Wednesday.",
            [("6:50 a.m.", "2017-09-20T06:50"), ("7:30 a.m. Wednesday", "2017-09-20T07:30")],
        ),
        # the bare start of a clock range is in the end's half of the day
        (
            "A first-aid course runs from 6 to 10 p.m. on Oct. 4.",
            [("6", "2017-10-04T18:00"), ("10 p.m. on Oct. 4", "2017-10-04T22:00")],
        ),
        # two clock times of one range are on the same day
        (
            "The market runs 9:30 – 11:30 a.m. on Saturday.",
            [("9:30", "2017-09-23T09:30"), ("11:30 a.m. on Saturday", "2017-09-23T11:30")],
        ),
        # the end of a day range before a preposition; before a noun it is a count
        (
            "The poll was conducted July 8 to 12 on cellphones.",
            [("July 8", "2017-07-08"), ("12", "2017-07-12")],
        ),
        ("Between April 24 and 25 people died.", [("April 24", "2017-04-24")]),
        # the end of a month range is a month of the same year
        (
            "Cases peak in the rainy months (July-September) in 2015.",
            [("July", None), ("September", None), ("2015", "2015")],
        ),
    ],
)
def test_ranges(nlp, text, expected):
    found = [(t["text"], t["value"]) for t in _timexes(nlp, text)]
    assert [e for e, _ in found] == [e for e, _ in expected]
    for (_, value), (_, want) in zip(found, expected, strict=True):
        assert want is None or value == want


@pytest.mark.parametrize(
    ("text", "expression", "typ", "value"),
    [
        ("The two firms met in January of this year.", "January of this year", "DATE", "2017-01"),
        ("The bank was sold in April of last year.", "April of last year", "DATE", "2016-04"),
        (
            "The deal was signed on December 16 last year.",
            "December 16 last year",
            "DATE",
            "2016-12-16",
        ),
        ("Renewals stop after October of next year.", "October of next year", "DATE", "2018-10"),
        (
            "The board named the month of April a month of action.",
            "the month of April",
            "DATE",
            "2017-04",
        ),
        (
            "Police made six arrests overnight Saturday.",
            "overnight Saturday",
            "TIME",
            "2017-09-16TNI",
        ),
    ],
)
def test_joined_extents(nlp, text, expression, typ, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == (typ, value)


@pytest.mark.parametrize(
    ("text", "expression", "typ", "value"),
    [
        # "one day" meaning "some day": a reference, its side given by the tense
        ('"I hope one day my children will see it," she said.', "one day", "DATE", "FUTURE_REF"),
        ("If one day the rules change, the firm will return.", "one day", "DATE", "FUTURE_REF"),
        ("One day he simply walked out of the office.", "One day", "DATE", "PAST_REF"),
        ("The valley may be covered some day by wind farms.", "some day", "DATE", "FUTURE_REF"),
        # a length of time stays a duration
        ("The strike lasted one day.", "one day", "DURATION", "P1D"),
        ("The vote came one day after the attack.", "one day", "DURATION", "P1D"),
        ("One day of talks ended without a deal.", "One day", "DURATION", "P1D"),
    ],
)
def test_one_day_as_some_day(nlp, text, expression, typ, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == (typ, value)


@pytest.mark.parametrize(
    ("text", "expression", "typ", "value"),
    [
        # "weekend" before a noun is some weekend (the article is the noun's, as in "a 16-hour
        # flight"); after "spent" its length
        ("Protesters gathered at a weekend rally downtown.", "weekend", "DATE", "XXXX-WXX-WE"),
        ("She spent a weekend in Lisbon.", "a weekend", "DURATION", "P2D"),
        ("Aides met during a weekend GOP retreat.", "weekend", "DATE", "XXXX-WXX-WE"),
    ],
)
def test_a_weekend(nlp, text, expression, typ, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == (typ, value)


@pytest.mark.parametrize(
    ("text", "expression", "value", "dct"),
    [
        # a year before "as" is no count of things
        ("The jet is now due around 2020, and not 2015 as planned.", "2015", "2015", "2017-09-21"),
        # "as early as" makes an ambiguous month name a month
        ("The first test flight may come as early as March.", "March", "2018-03", "2017-09-21"),
        # a financial quarter is a quarter
        (
            "Sales should recover in the current financial quarter.",
            "the current financial quarter",
            "2017-Q3",
            "2017-09-21",
        ),
        # a gerund after a preposition does not take the governing verb's present as future
        (
            "The state accuses the cleric of plotting a failed uprising in July.",
            "July",
            "2016-07",
            "2016-12-19",
        ),
        # ... while a past verb over the gerund keeps the past
        (
            "She went unpaid for weeks after coming back from leave in April.",
            "April",
            "2016-04",
            "2016-12-17",
        ),
        # "due" after a present "be" looks ahead
        ("The first aircraft are not due until October.", "October", "2007-10", "2007-03-19"),
    ],
)
def test_months_and_years_in_context(nlp, text, expression, value, dct):
    assert _one(nlp, text, expression, dct)["value"] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a clock time takes the day the sentence before ends with
        (
            "Nobody knows what happened on Tuesday night. Police say a man came to the door "
            "around 9 p.m. and left.",
            "2017-09-19T21:00",
        ),
        # with no day named just before, the DCT
        ("Police say a man came to the door around 9 p.m. and left.", "2017-09-21T21:00"),
        # a clock time after another takes its day
        (
            "The fair is on Saturday, Oct. 7. Gates open at 9 a.m. and the parade starts at noon.",
            "2017-10-07T12:00",
        ),
        # another timex in between: the day is not the clock time's
        (
            "The fair opened on Tuesday. It runs for a week. Gates open at 9 a.m. daily.",
            "2017-09-21T09:00",
        ),
    ],
)
def test_clock_time_takes_the_day_just_before(nlp, text, value):
    clock = [t for t in _timexes(nlp, text) if t["type"] == "TIME"][-1]
    assert clock["value"] == value


def test_clock_time_reads_past_a_title_abbreviation(nlp):
    text = (
        "Nobody knows what happened on Tuesday night. Det. Sgt. Ann Lee said a man came to "
        "the door around 9 p.m. and left."
    )
    clock = [t for t in _timexes(nlp, text) if t["type"] == "TIME"][-1]
    assert clock["value"] == "2017-09-19T21:00"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a year opening the sentence places a holiday, a day and a month in it
        ("In 2014, Thanksgiving fell on November 27.", "Thanksgiving", "2014-11-27"),
        ("In 2014, Thanksgiving fell on November 27.", "November 27", "2014-11-27"),
        ("In 2012, the river flooded in June.", "June", "2012-06"),
        ("1939 - Congress moved Thanksgiving a week earlier.", "Thanksgiving", "1939-11-23"),
        # a year inside the clause is no frame for a later date
        (
            "Under a plan approved in 2012 that set no cap, it bought shares through Sept. 15.",
            "Sept. 15",
            "2017-09-15",
        ),
    ],
)
def test_year_opening_the_sentence(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a day on a noun of an incident, in a present clause, is past
        ("Police are investigating a fatal crash early Tuesday.", "early Tuesday", "2017-09-19"),
        ("A teenager is charged in the robbery Monday of a pharmacy.", "Monday", "2017-09-18"),
        # a future clause keeps it ahead
        ("Police will brief reporters on the crash Monday.", "Monday", "2017-09-25"),
        ("The city is holding a fire drill Monday.", "Monday", "2017-09-25"),
    ],
)
def test_day_of_an_incident(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "through"/"until" a day with no past verb looks ahead (notices, listings)
        ("Lane closures through Tuesday on Main Street.", "Tuesday", "2017-09-26"),
        ("The exhibit runs until Saturday at the library.", "Saturday", "2017-09-23"),
        # a past verb keeps the past
        ("The bridge was shut through Monday.", "Monday", "2017-09-18"),
    ],
)
def test_through_a_day(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "typ", "value"),
    [
        # h:mm:ss after "in", "of", "clocked": a time taken (a race), not a time of day
        ("The Kenyan won the marathon in 2:04:11.", "2:04:11", "DURATION", "PT2H4M11S"),
        ("She lowered the course record of 2:19:36.", "2:19:36", "DURATION", "PT2H19M36S"),
        ("He clocked 1:59:40 on a closed course.", "1:59:40", "DURATION", "PT1H59M40S"),
        # after "at" it is the clock
        (
            "The tremor struck at 4:12:30 local time.",
            "4:12:30 local time",
            "TIME",
            "2017-09-21T04:12",
        ),
        # a clock time then the part of the day it lies in: one TIME, the evening's hour
        ("Polls close at 8:00 tonight.", "8:00 tonight", "TIME", "2017-09-21T20:00"),
        ("The vigil begins at 6:30 this evening.", "6:30 this evening", "TIME", "2017-09-21T18:30"),
        (
            "Officers were called at 5:15 this morning.",
            "5:15 this morning",
            "TIME",
            "2017-09-21T05:15",
        ),
        # the end of an hour range written with a hyphen
        ("Voting runs 6-10 p.m. Tuesday.", "10 p.m. Tuesday", "TIME", "2017-09-26T22:00"),
        ("Voting runs 6-10 p.m. Tuesday.", "6", "TIME", "2017-09-26T18:00"),
        # a bare hour after "at" before "tonight"/"this evening"
        ("The speech starts at 7 this evening.", "7 this evening", "TIME", "2017-09-21T19:00"),
        ("Doors open at 6 tonight.", "6 tonight", "TIME", "2017-09-21T18:00"),
    ],
)
def test_time_taken_and_clock_in_a_part_of_the_day(nlp, text, expression, typ, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == (typ, value)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # an ordinal week of a month: the ISO week holding that Thursday of the month
        ("The offer will end in the last week of March.", "the last week of March", "2018-W13"),
        ("Fighting eased in the first week of August.", "the first week of August", "2017-W31"),
        (
            "Talks resume in the second week of January 2019.",
            "the second week of January 2019",
            "2019-W02",
        ),
    ],
)
def test_ordinal_week_of_a_month(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the weekday ending a range comes on or after its start, whatever the tense
        (
            "The port said it was shut from midday on Saturday until Sunday.",
            "2016-12-17",
            [("midday on Saturday", "2016-12-17T12:00"), ("Sunday", "2016-12-18")],
        ),
        # a past range of two past days stays in the past
        (
            "The strike ran from Friday to Monday, the union said.",
            "2016-12-15",
            [("Friday", "2016-12-09"), ("Monday", "2016-12-12")],
        ),
        # a past range whose start was read after its end starts the week before
        (
            "Early voting, which ran from Monday through Saturday, drew 600 people.",
            "2009-03-24",
            [("Monday", "2009-03-16"), ("Saturday", "2009-03-21")],
        ),
        # ...also when the start was read as the publication day itself
        (
            "Early voting, which ran from Monday through Saturday, drew 600 people.",
            "2009-03-23",
            [("Monday", "2009-03-16"), ("Saturday", "2009-03-21")],
        ),
        # a range needs no "from" when "to", "through" or a dash joins its ends
        (
            "The shop was open Tuesday to Saturday.",
            "2016-03-10",
            [("Tuesday", "2016-03-01"), ("Saturday", "2016-03-05")],
        ),
        # ...and a dash between two weekdays keeps the second one
        (
            "Voting ran Saturday-Monday.",
            "2016-03-10",
            [("Saturday", "2016-03-05"), ("Monday", "2016-03-07")],
        ),
        # "and" alone joins two days, not a range
        (
            "He met her Monday and Friday.",
            "2016-03-10",
            [("Monday", "2016-03-07"), ("Friday", "2016-03-04")],
        ),
        # a word ending in "day" before the dash is not a weekday
        ("The Birthday-Friday party was fun.", "2016-03-10", []),
    ],
)
def test_weekday_range_end(nlp, text, dct, expected):
    assert [(t["text"], t["value"]) for t in _timexes(nlp, text, dct)] == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "the month"/"the year" restating the month or year before it
        ("But in March, the month after the judge died, the court ruled.", "the month", "2017-03"),
        ("In 2008, the year the bank failed, prices fell.", "the year", "2008"),
        # on its own it is the DCT's
        ("Prices fell sharply during the month.", "the month", "2017-09"),
    ],
)
def test_a_unit_in_apposition(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a duration and a smaller one after "and" are one duration
        ("She was jailed for two years and six months.", [("two years and six months", "P2Y6M")]),
        ("The flight took 2 hours and 30 minutes.", [("2 hours and 30 minutes", "PT2H30M")]),
        ("He was sentenced to a year and a day.", [("a year and a day", "P1Y1D")]),
        (
            "It happened two years and three months ago.",
            [("two years and three months ago", "2015-06")],
        ),
        # a larger unit after "and", or two durations of two things, stay apart
        (
            "He spent six months and two years in jail.",
            [("six months", "P6M"), ("two years", "P2Y")],
        ),
        (
            "The plan runs for two years and the review for six months.",
            [("two years", "P2Y"), ("six months", "P6M")],
        ),
    ],
)
def test_durations_joined_by_and(nlp, text, expected):
    assert [(t["text"], t["value"]) for t in _timexes(nlp, text)] == expected
