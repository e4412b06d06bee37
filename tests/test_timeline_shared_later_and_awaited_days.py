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


def test_a_clock_time_after_a_state_since_a_day_is_not_that_days(nlp):
    text = "The travel ban, in effect since February 11, was lifted as of 9:45 a.m."
    assert timex_named(nlp, text, "9:45 a.m.", "2015-05-20")["value"] == "2015-05-20T09:45"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the day a state began, but a clause of that day or the hour right after it
        ("He has been missing since Monday, when he left at 9 a.m.", "2015-05-18T09:00"),
        ("He has been held since Monday; police said he arrived at 9 a.m.", "2015-05-18T09:00"),
        ("Crews had worked since Monday (they began at 9 a.m.)", "2015-05-18T09:00"),
    ],
)
def test_a_clock_time_of_the_day_since_which(nlp, text, value):
    assert timex_named(nlp, text, "9 a.m.", "2015-05-20")["value"] == value


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Sales rose over Christmas and New Year.",
            "2009-04-04",
            [("Christmas", "2008-12-25"), ("New Year", "2009-01-01")],
        ),
        ("Shops were busy over the New Year holiday.", "2009-04-04", [("New Year", "2009-01-01")]),
        ("He returned home at New Year.", None, [("New Year", "XXXX-01-01")]),
        # the Chinese calendar's new year; a greeting, a resolution, the coming year
        ("Chinese New Year began.", "2009-04-04", [("Chinese New Year", "2009-01-26")]),
        ("He celebrated the Lunar New Year.", "2009-04-04", [("Lunar New Year", "2009-01-26")]),
        ("Happy New Year, he said.", "2009-04-04", []),
        ("She made New Year's resolutions.", "2009-04-04", []),
        ("Talks will resume in the new year.", "2009-04-04", []),
    ],
)
def test_new_year_is_january_first(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit will rise next financial year.", [("next financial year", "2010")]),
        (
            "Profit rose in the first quarter of the financial year.",
            [("the first quarter", "2009-Q1"), ("the financial year", "2009")],
        ),
        ("The council approved its financial plan.", []),
    ],
)
def test_the_financial_year_is_the_fiscal_year(nlp, text, expected):
    assert _found(nlp, text, "2009-04-04") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fish returned in the spring of 2005 and 2006.",
            [("the spring of 2005", "2005-SP"), ("2006", "2006-SP")],
        ),
        ("Sales fell in March 2008 and 2009.", [("March 2008", "2008-03"), ("2009", "2009-03")]),
        # a range keeps its end year; a year that goes on into a range is its own
        ("Prices rose between March 2005 and 2006.", [("March 2005", "2005-03"), ("2006", "2006")]),
    ],
)
def test_a_bare_year_after_a_month_or_season_with_its_year(nlp, text, expected):
    assert _found(nlp, text, None) == expected


def test_a_date_line_under_the_headline_is_a_date(nlp):
    text = (
        "Apple chief opens the developers' conference\n\nJune 6, 2005\n\n"
        "Apple's chief gave the opening keynote on Monday in San Francisco.\n"
    )
    found = _found(nlp, text, "2005-06-06")
    assert found == [("June 6, 2005", "2005-06-06"), ("Monday", "2005-06-06")]


def test_a_time_stamp_line_keeps_only_a_whole_date(nlp):
    text = (
        "Apple chief opens the developers' conference\n\nUpdated 10:32 a.m. ET\n\n"
        "Apple's chief gave the opening keynote on Monday in San Francisco.\n"
    )
    assert _found(nlp, text, "2005-06-06") == [("Monday", "2005-06-06")]


@pytest.mark.parametrize(
    ("text", "expression", "mod"),
    [
        (
            "Profit rose at the very beginning of the financial year.",
            "the very beginning of the financial year",
            "START",
        ),
        ("They left at the very end of 2008.", "the very end of 2008", "END"),
    ],
)
def test_the_very_edge_of_a_period(nlp, text, expression, mod):
    assert timex_named(nlp, text, expression, "2009-04-04").get("mod") == mod


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most deaths occurred in infants under three months.", []),
        ("Babies younger than six months should not get it.", []),
        # a stretch of time, and the young doing something for one
        ("The ban lasted under three months.", [("under three months", "P3M")]),
        ("The children spent three months in care.", [("three months", "P3M")]),
    ],
)
def test_the_young_under_an_age(nlp, text, expected):
    assert _found(nlp, text, None) == expected


def test_a_clock_time_and_a_weekdays_part_of_day_without_a_dct(nlp):
    text = "She was woken by the phone around 8:30 PM Tuesday night."
    found = timex_named(nlp, text, "around 8:30 PM Tuesday night", None)
    assert (found["value"], found.get("mod")) == ("XXXX-WXX-2T20:30", "APPROX")


@pytest.mark.parametrize(
    ("text", "expression", "mod"),
    [
        # a stretch "for" some hours, then the weekday's own "earlier"
        ("Jurors deliberated for about six hours earlier Tuesday.", "earlier Tuesday", "START"),
        (
            "The council debated the budget for an hour earlier Monday night.",
            "earlier Monday night",
            "START",
        ),
    ],
)
def test_a_stretch_of_time_does_not_take_the_weekdays_edge(nlp, text, expression, mod):
    assert timex_named(nlp, text, expression, "2007-03-14").get("mod") == mod


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # an idiom or a rival after "ahead of", a result told after, a perfect of another clause
        (
            "The company stayed ahead of the game Tuesday by cutting prices first.",
            "2008-04-20",
            "2008-04-15",
        ),
        (
            "Clinton finished well ahead of Obama in Tuesday voting in Ohio.",
            "2008-03-09",
            "2008-03-04",
        ),
        (
            "Senators traded barbs ahead of the Monday vote, which the measure lost 52-48.",
            "2008-04-19",
            "2008-04-14",
        ),
        (
            "Shares have risen ahead of the Friday meeting, which ended without a deal.",
            "2008-04-20",
            "2008-04-18",
        ),
        (
            "The campaign has acknowledged that it overspent ahead of Tuesday's primary.",
            "2008-04-24",
            "2008-04-22",
        ),
        # a day the clause names before the awaited one: the event comes after it
        (
            "The candidates crisscrossed the state Wednesday ahead of Pennsylvania's Tuesday primary.",
            "2008-04-17",
            "2008-04-22",
        ),
        # a result told after a semicolon; a day named in another clause
        (
            "Lobbyists swarmed the Capitol ahead of the Monday vote; the bill failed 52-48.",
            "2008-04-19",
            "2008-04-14",
        ),
        (
            "Obama rested Wednesday after a bruising loss, having campaigned hard ahead of Tuesday's primary.",
            "2008-04-24",
            "2008-04-22",
        ),
        # a perfect with its object before "ahead of"
        (
            "The campaign has poured millions into television ads ahead of Tuesday's primary.",
            "2008-04-17",
            "2008-04-22",
        ),
    ],
)
def test_ahead_of_in_context(nlp, text, dct, value):
    weekdays = [t for t in _found(nlp, text, dct) if t[0] in ("Tuesday", "Monday", "Friday")]
    assert weekdays[-1][1] == value


@pytest.mark.parametrize(
    "text",
    [
        "The mayor wished residents a safe and prosperous New Year.",
        "Losing weight topped the list of New Year resolutions in the survey.",
        "Monks in Myanmar marked the Buddhist New Year with prayers for peace.",
        "The singer was knighted in the New Year Honours list.",
        "Londoners celebrated the Korean New Year with a parade.",
    ],
)
def test_no_january_first(nlp, text):
    assert _found(nlp, text, "2007-02-19") == []


def test_new_year_late_in_december_is_the_coming_one(nlp):
    text = "Revellers packed Trafalgar Square to welcome the New Year."
    assert _found(nlp, text, "2006-12-31") == [("New Year", "2007-01-01")]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The hiker has been missing since Sunday, after he was last seen at 10 a.m.",
            "10 a.m.",
            "2007-03-11T10:00",
        ),
        (
            "The boy has not been seen since Saturday, the day he left home at 7 a.m.",
            "7 a.m.",
            "2007-03-10T07:00",
        ),
        (
            "The man, held since March 9, was freed on March 12, shortly before 6 p.m.",
            "6 p.m.",
            "2007-03-12T18:00",
        ),
    ],
)
def test_a_clock_time_of_a_day_named_with_since(nlp, text, expression, value):
    assert timex_named(nlp, text, expression, "2007-03-14")["value"] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The study tracked 500 infants over six months.", [("six months", "P6M")]),
        (
            "Nurses monitored the babies around 48 hours before discharge.",
            [("around 48 hours", "PT48H")],
        ),
    ],
)
def test_the_young_over_a_stretch_of_time(nlp, text, expected):
    assert _found(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Rain fell during February and March.",
            None,
            [("February", "XXXX-02"), ("March", "XXXX-03")],
        ),
        (
            "It rained between February and May.",
            None,
            [("February", "XXXX-02"), ("May", "XXXX-05")],
        ),
        ("He arrived at 9:30 this morning.", None, [("9:30 this morning", "XXXX-XX-XXT09:30")]),
        (
            "She died on 25 February last year.",
            "2009-04-04",
            [("25 February last year", "2008-02-25")],
        ),
        ("She died on 25 February last year.", None, [("25 February last year", "XXXX-02-25")]),
        (
            "The board declared the month of April a month of prayer.",
            None,
            [("the month of April", "XXXX-04"), ("a month", "P1M")],
        ),
        ("Four children aged 9, 8, 4 and 8 months died.", None, []),
    ],
)
def test_months_listed_hours_of_a_morning_days_of_last_year_and_ages(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a New Year before a late-December DCT is the one past, unless it is welcomed
        ("The factory has been idle since New Year.", "2006-12-21", "2006-01-01"),
        (
            "The smoking ban took effect at New Year and has cut sales all year.",
            "2006-12-28",
            "2006-01-01",
        ),
        ("Thai police were on alert over the New Year holiday.", "2009-01-05", "2009-01-01"),
    ],
)
def test_new_year_in_context(nlp, text, dct, value):
    assert timex_named(nlp, text, "New Year", dct)["value"] == value


def test_infants_up_to_an_age(nlp):
    assert _found(nlp, "Infants up to six months were vaccinated.", None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The archive holds documents from 1355.", [("1355", "1355")]),
        (
            "The church dates from 1215 and was rebuilt in 1520.",
            [("1215", "1215"), ("1520", "1520")],
        ),
        ("The town was founded in 1066.", [("1066", "1066")]),
        # amounts: a noun after, a verb of change before, a range of numbers
        ("Sales rose in 1200 stores.", []),
        ("Population rose from 1200.", []),
        ("Population rose from 1200 to 1400.", []),
    ],
)
def test_a_year_before_1500_ending_its_phrase(nlp, text, expected):
    assert _found(nlp, text, None) == expected
