"""A decade of a century ("the first decade of the 21st century"), a time zone's code after
a clock time ("3 p.m. JST"), a live blog's time stamps past midnight, the year of a part
of it ("the third quarter of the year"), the end of the year just past in an early-year
paper, "a single day", a day that is an occasion ("it was a day of mourning"), words that
describe the noun after a hyphenated length ("the remaining 29-day period"), a game's half
in a football report, and holidays of the Orthodox and Persian calendars and other new
years (Orthodox Easter, Nowruz, the Jewish New Year).

Sentences are our own; each test gives its publication date (DCT), or None.
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found
from timex_cases import timex_named

#: a Monday early in the year
_JANUARY = "2016-01-04"
#: a Saturday
_DCT = "2016-02-20"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Jobs vanished in the first decade of the 21st century.",
            "the first decade of the 21st century",
            "200",
        ),
        (
            "Prices rose in the last decade of the 20th century.",
            "the last decade of the 20th century",
            "199",
        ),
        (
            "The Second Decade of the 21st Century began quietly.",
            "The Second Decade of the 21st Century",
            "201",
        ),
        (
            "Growth slowed in the first decade of this century.",
            "the first decade of this century",
            "200",
        ),
    ],
)
def test_a_decade_of_a_century_is_that_decade(nlp, text, expression, value):
    t = timex_named(nlp, text, expression, _DCT)
    assert (t["type"], t["value"]) == ("DATE", value)


def test_a_century_alone_is_still_the_century(nlp):
    assert _found(nlp, "Steel defined the 20th century here.", _DCT) == [("the 20th century", "19")]


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The summit opens at 10 a.m. MSK on Saturday.", "10 a.m. MSK on Saturday"),
        ("Trading closed at 3 p.m. JST in Tokyo.", "3 p.m. JST"),
        ("The blast came at 7:30 a.m. IST near the market.", "7:30 a.m. IST"),
        ("Polls close at 8 p.m. AEST on Saturday.", "8 p.m. AEST on Saturday"),
    ],
)
def test_a_time_zones_code_belongs_to_the_clock_time(nlp, text, expression):
    assert timex_named(nlp, text, expression, _DCT)["type"] == "TIME"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("They met at 6 p.m. west of the city.", "6 p.m."),
        ("The lunch ended at 2 pm. Eat well, he said.", "2 pm"),
        ("Doors open at 5 pm at the Mt. Vernon hall.", "5 pm"),
        ("Doctors ordered a 7 a.m. CT scan of his chest.", "7 a.m."),
        ("At 4 p.m. CAT scanners at the hospital were offline.", "4 p.m."),
        ("PROTESTERS GATHER AT 6 P.M. WEST OF CITY HALL", "6 P.M."),
        ("Doctors ordered a 7 a.m. CT-scan.", "7 a.m."),
        ("She has an 8 a.m. CT exam.", "8 a.m."),
        ("At 10 a.m. HKT shares were up.", "10 a.m."),
        ("KIDS WHO GO TO BED AFTER 9 P.M. EAT MORE JUNK FOOD", "9 P.M."),
        ("ROAD CLOSED UNTIL 6 A.M. MT. PLEASANT ROAD", "6 A.M."),
        ("Take the 6 a.m. CT Transit bus.", "6 a.m."),
    ],
)
def test_a_word_after_a_clock_time_that_is_no_time_zone(nlp, text, expression):
    assert timex_named(nlp, text, expression, _DCT)["type"] == "TIME"


_NEWEST_FIRST = """The Latest on the primary (all times Eastern):

12:05 a.m.

The candidate thanked her supporters.

10:30 p.m.

The results came in slowly.

9:15 p.m.

Polls closed across the state.
"""

_OLDEST_FIRST = """Live updates from the count:

9:15 p.m.

Polls closed across the state.

11:40 p.m.

The results came in slowly.

1:10 a.m.

The candidate thanked her supporters.
"""


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (_NEWEST_FIRST, ["2016-02-21T00:05", "2016-02-20T22:30", "2016-02-20T21:15"]),
        (_OLDEST_FIRST, ["2016-02-20T21:15", "2016-02-20T23:40", "2016-02-21T01:10"]),
    ],
)
def test_a_live_blogs_stamps_after_midnight_are_the_next_days(nlp, text, values):
    stamps = [v for _, v in _found(nlp, text, _DCT) if "T" in v]
    assert stamps == values


def test_a_live_blog_within_one_day_keeps_its_day(nlp):
    text = (
        "Live updates:\n\n2:10 p.m.\n\nA post.\n\n11:05 a.m.\n\nA post.\n\n9:00 a.m.\n\nA post.\n"
    )
    stamps = [v for _, v in _found(nlp, text, _DCT) if "T" in v]
    assert stamps == ["2016-02-20T14:10", "2016-02-20T11:05", "2016-02-20T09:00"]


def test_an_undated_live_blogs_stamps_stay_undated(nlp):
    text = "Live:\n\n8:30 p.m.\n\nA post.\n\n11:10 p.m.\n\nA post.\n\n12:40 a.m.\n\nA post.\n"
    stamps = [v for _, v in _found(nlp, text, None) if "T" in v]
    assert stamps == ["XXXX-XX-XXT20:30", "XXXX-XX-XXT23:10", "XXXX-XX-XXT00:40"]


def test_two_stamps_tell_no_order(nlp):
    text = "Live updates:\n\n12:05 a.m.\n\nA post.\n\n10:30 p.m.\n\nA post.\n"
    stamps = [v for _, v in _found(nlp, text, _DCT) if "T" in v]
    assert stamps == ["2016-02-20T00:05", "2016-02-20T22:30"]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "He raised $12 million during the third quarter of the year.",
            "the year",
            "2015",
        ),
        (
            "Clinton had a bigger cash balance at year's end than Sanders.",
            "year's end",
            "2015",
        ),
        ("Year-end bonuses were smaller, the bank said.", "Year-end", "2015-12-31"),
        (
            "The group raised more by the end of the year, its reports showed.",
            "the end of the year",
            "2015",
        ),
    ],
)
def test_early_in_the_year_a_past_year_end_is_the_year_just_past(nlp, text, expression, value):
    assert timex_named(nlp, text, expression, _JANUARY)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "dct", "value"),
    [
        ("He said the plant would close by year's end.", "year's end", _JANUARY, "2016"),
        ("The plant will close by the end of the year.", "the end of the year", _JANUARY, "2016"),
        ("Clinton had a bigger cash balance at year's end.", "year's end", "2016-06-04", "2016"),
        (
            "Sales fell in the first half of the year.",
            "the first half of the year",
            _DCT,
            "2016-H1",
        ),
        ("Year-end bonuses will be smaller.", "Year-end", "2016-02-01", "2016-12-31"),
    ],
)
def test_a_year_end_ahead_or_later_in_the_year_is_the_dcts(nlp, text, expression, dct, value):
    assert timex_named(nlp, text, expression, dct)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The company does not offer workers a single day of paid leave.", "a single day", "P1D"),
        ("He lost a billion dollars in a single year.", "a single year", "P1Y"),
        ("The firm set a single-day record for sales.", "single-day", "P1D"),
    ],
)
def test_a_single_unit_is_one(nlp, text, expression, value):
    t = timex_named(nlp, text, expression, _DCT)
    assert (t["type"], t["value"]) == ("DURATION", value)


@pytest.mark.parametrize(
    "text",
    [
        "For the president, it was a day of celebration.",
        "It was a night to remember for the team.",
        "It's been a day of protests across the country.",
        "Monday was a day of protests in the capital.",
    ],
)
def test_a_day_that_is_an_occasion_is_no_length(nlp, text):
    assert [t for t, _ in _found(nlp, text, _DCT) if t in ("a day", "a night")] == []


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("It has been a day since the attack.", "a day"),
        ("The trip was a day of driving each way.", "a day"),
        ("It was a day or two before the vote.", "a day"),
    ],
)
def test_a_day_that_is_a_length_stays(nlp, text, expression):
    assert timex_named(nlp, text, expression, _DCT)["value"] == "P1D"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The ruling restored Ohio's remaining 29-day early voting period.", "29-day"),
        ("The offer ends after the final 10-day stretch.", "10-day"),
        ("during the remaining six-month period", "six-month"),
    ],
)
def test_an_adjective_before_a_hyphenated_length_is_the_nouns(nlp, text, expression):
    assert timex_named(nlp, text, expression, _DCT)["type"] == "DURATION"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("He will serve the remaining two years of his term.", "the remaining two years"),
        ("Sales rose over the past 10-day period.", "the past 10-day"),
    ],
)
def test_a_counted_stretch_keeps_its_adjective(nlp, text, expression):
    assert timex_named(nlp, text, expression, _DCT)["type"] == "DURATION"


@pytest.mark.parametrize(
    "text",
    [
        "Ahli were held to a goalless draw. They were unlucky in the first half.",
        "Ahli sat just above the relegation zone after the first half.",
    ],
)
def test_a_half_in_a_football_report_is_the_games(nlp, text):
    assert _found(nlp, text, _DCT) == []


def test_a_half_of_a_companys_year_stays(nlp):
    assert _found(nlp, "Profits were weak in the first half, the company said.", _DCT) == [
        ("the first half", "2016-H1")
    ]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # Orthodox Easter 2015 was April 12 (Western Easter April 5)
        ("The Orthodox Easter truce was broken.", "Orthodox Easter", "2015-04-12"),
        ("Orthodox Easter falls on May 1 this year.", "Orthodox Easter", "2016-05-01"),
        ("Putin attended Orthodox Christmas Eve services.", "Orthodox Christmas Eve", "2016-01-06"),
        ("Serbs marked Orthodox Christmas with processions.", "Orthodox Christmas", "2016-01-07"),
        (
            "Ukrainians will spend Orthodox Easter Monday with family.",
            "Orthodox Easter Monday",
            "2016-05-02",
        ),
        # Nowruz, 1 Farvardin 1395, was March 20, 2016
        ("Iranians will mark Nowruz next month.", "Nowruz", "2016-03-20"),
        ("Iranians will celebrate the Persian New Year.", "Persian New Year", "2016-03-20"),
        ("Kurds will gather for Newroz in Diyarbakir.", "Newroz", "2016-03-20"),
        # Rosh Hashanah 5777 began October 3, 2016
        ("The Jewish New Year begins in October.", "Jewish New Year", "2016-10-03"),
        # 1 Muharram 1437 was October 14, 2015 (Umm al-Qura)
        ("Pilgrims gathered before the Islamic New Year.", "Islamic New Year", "2015-10-14"),
    ],
)
def test_orthodox_persian_and_other_new_years_holidays(nlp, text, expression, value):
    t = timex_named(nlp, text, expression, _DCT)
    assert (t["type"], t["value"]) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "She cooked Nowruz recipes for the family.",
        "The Nowruz table is set with seven symbolic items.",
        "The Navruz Bank reported a loss.",
        "Novruz Mammadov, a senior presidential aide, spoke.",
        "Police closed Navruz Park to traffic.",
    ],
)
def test_other_calendars_new_years_without_a_date_and_kinds_are_no_time(nlp, text):
    assert _found(nlp, text, _DCT) == []


def test_easter_follows_both_computuses():
    from fivews.timeline.holiday_dates import easter_sunday

    western = [easter_sunday(y).isoformat() for y in (2015, 2016, 2017)]
    orthodox = [easter_sunday(y, orthodox=True).isoformat() for y in (2015, 2016, 2017)]
    assert western == ["2015-04-05", "2016-03-27", "2017-04-16"]
    assert orthodox == ["2015-04-12", "2016-05-01", "2017-04-16"]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "orthodox" meaning conventional leaves the Western holiday
        (
            "They had a thoroughly orthodox Christmas with turkey.",
            "2016-12-20",
            [("Christmas", "2015-12-25")],
        ),
        # Nowruz after a word that makes it the holiday, before a capitalised word
        ("During Nowruz Iranians visit relatives.", _DCT, [("Nowruz", "2016-03-20")]),
        ("Happy Nowruz to all our readers.", "2016-04-05", [("Nowruz", "2016-03-20")]),
        ("Nowruz, 34, a taxi driver, said he was tired.", _DCT, []),
        ("Uzbekistan won the Navruz Cup on Sunday.", _DCT, [("Sunday", "2016-02-14")]),
        # a zone code that is also a word or a name in capitals is left out
        ("Doctors ordered a 7 a.m. CT scan.", _DCT, [("7 a.m.", "2016-02-20T07:00")]),
        ("Police said the call came at 10:22 AM CT.", None, [("10:22 AM", "XXXX-XX-XXT10:22")]),
        # a score or a card outside a game's report leaves a company's half
        (
            "Gainers led decliners 3-1 on the NYSE after losses in the second half.",
            _DCT,
            [("the second half", "2015-H2")],
        ),
        (
            "The EU showed Thailand a yellow card over fishing in the first half.",
            _DCT,
            [("the first half", "2016-H1")],
        ),
        # a year the sentence names is the year whose end it tells of
        (
            "In 2012, the company grew and by the end of the year it had 300 staff.",
            _JANUARY,
            [("2012", "2012"), ("the end of the year", "2012")],
        ),
        (
            "In 2013, the firm had $5 million at year end.",
            _JANUARY,
            [("2013", "2013"), ("year end", "2013")],
        ),
        # a decade of a century's half is no decade of the century
        (
            "It was built in the first decade of the 20th century's second half.",
            _DCT,
            [("the 20th century", "19"), ("second half", "2015-H2")],
        ),
    ],
)
def test_near_misses_of_the_new_rules(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
