"""Holidays of the Hebrew and Islamic calendars: each is dated by its first day in the year
the publication date and the tense point to, with an interval over all its days; an
attributive use ("Passover recipes") and a surname ("Tariq Ramadan") are no times.

The expected dates are the published calendars' (Umm al-Qura for the Islamic holidays);
sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fivews.timeline.holiday_dates import holiday_date, holiday_span
from fivews.timeline.lexicon import LEXICON
from timex_cases import texts_and_values as _found
from timex_cases import timex_named

#: a Thursday
_DCT = "2016-03-10"
_HOLIDAYS = LEXICON["holidays"]


@pytest.mark.parametrize(
    ("name", "year", "first"),
    [
        ("passover", 2016, "2016-04-23"),
        ("passover", 2019, "2019-04-20"),
        ("rosh hashanah", 2016, "2016-10-03"),
        ("yom kippur", 1973, "1973-10-06"),
        ("hanukkah", 2016, "2016-12-25"),
        ("ramadan", 2016, "2016-06-06"),
        ("ramadan", 2024, "2024-03-11"),
        ("eid al-fitr", 2016, "2016-07-06"),
        ("eid al-adha", 2015, "2015-09-23"),
    ],
)
def test_the_first_day_of_a_calendar_holiday_in_a_year(name, year, first):
    assert holiday_date(_HOLIDAYS[name], year) == dt.date.fromisoformat(first)


def test_an_islamic_holiday_outside_the_umm_al_qura_tables_still_has_a_date():
    # 1900 is before the tables: the arithmetical calendar dates it
    assert holiday_date(_HOLIDAYS["eid al-fitr"], 1900).year == 1900


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("ramadan", "2016-06-06", "2016-07-05"),
        ("passover", "2016-04-23", "2016-04-30"),
        ("yom kippur", "2016-10-12", "2016-10-12"),
    ],
)
def test_a_festival_spans_its_days(name, first, last):
    assert holiday_span(_HOLIDAYS[name], dt.date.fromisoformat(first)) == [first, last]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Fighting eased during Ramadan last year.", "Ramadan last year", "2015-06-18"),
        ("The truce will hold over Eid al-Fitr.", "Eid al-Fitr", "2016-07-06"),
        ("Rebels agreed to a ceasefire for Eid al-Adha.", "Eid al-Adha", "2015-09-23"),
        ("The war began on Yom Kippur in 1973.", "Yom Kippur", "1973-10-06"),
        ("Shops will close for Hanukkah.", "Hanukkah", "2016-12-25"),
        ("Next Passover the family will travel.", "Next Passover", "2016-04-23"),
    ],
)
def test_a_calendar_holiday_in_a_sentence(nlp, text, expression, value):
    t = timex_named(nlp, text, expression, _DCT)
    assert (t["type"], t["value"]) == ("DATE", value)


def test_a_calendar_holiday_without_a_publication_date_is_undated(nlp):
    assert _found(nlp, "Families met during Passover.", None) == [("Passover", "XXXX-XX-XX")]


@pytest.mark.parametrize(
    "text",
    [
        "Tariq Ramadan spoke at the university.",
        "The scholar Tariq Ramadan was questioned.",
        "Chefs showed their Passover recipes to shoppers.",
        "Volunteers handed out kits for the Passover Seder meal.",
        "He hosted a Ramadan Iftar dinner for diplomats.",
        "Ramadan Abdullah Shallah led the group.",
        "Ramadan, a lawyer from Cairo, was arrested on Sunday.",
        "The Yom Kippur War reshaped the region.",
    ],
)
def test_a_surname_or_an_attributive_holiday_is_no_time(nlp, text):
    assert [t for t, _ in _found(nlp, text, _DCT)] in ([], ["Sunday"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a capitalised word before the holiday that is no given name
        ("During Ramadan, the town was shelled.", [("Ramadan", "2015-06-18")]),
        ("Since Ramadan, prices have risen.", [("Ramadan", "2015-06-18")]),
        ("Only bread without yeast may be eaten during Passover.", [("Passover", "2016-04-23")]),
        ("Amid Ramadan, food prices rose.", [("Ramadan", "2015-06-18")]),
    ],
)
def test_a_calendar_holiday_after_a_preposition_stays_a_time(nlp, text, expected):
    assert _found(nlp, text, _DCT) == expected


def test_a_festival_under_way_at_the_publication_date_is_that_one(nlp):
    found = _found(nlp, "Hanukkah ends tonight.", "2017-01-01")
    assert ("Hanukkah", "2016-12-25") in found


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The truce held over Eid-al-Fitr.", "Eid-al-Fitr"),
        ("Shops closed for Hanukah.", "Hanukah"),
    ],
)
def test_other_spellings_of_calendar_holidays(nlp, text, expression):
    assert timex_named(nlp, text, expression, _DCT)["type"] == "DATE"
