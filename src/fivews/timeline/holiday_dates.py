"""Dates of named days ("Thanksgiving Day", "Eid al-Fitr", "Diwali"): the day a holiday
falls on in a year, and the days it spans.

The holidays and how each one's date is found (a fixed month and day, the n-th weekday
of a month, an offset from the Western or the Orthodox Easter Sunday, a day of the
Hebrew, Islamic or Persian calendar, or a lunisolar festival's listed dates) are listed
in ``data/timex_lexicon.json`` (``holidays``), as HeidelTime lists them in its holiday
resources. Easter comes from dateutil; the Hebrew and Persian calendars' days (Nowruz,
the Persian new year) from convertdate; the Islamic calendar's from hijridate's Umm
al-Qura tables (the Saudi civil calendar, 1924-2077; convertdate's arithmetical calendar
outside them), so a country that waits to sight the moon may keep Eid a day later. A
festival of several days ("Ramadan", "Passover") is dated by its first day, its interval
spanning all of them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from convertdate import hebrew, islamic, persian
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from hijridate import Gregorian, Hijri

from fivews.timeline.dates import nth_weekday
from fivews.timeline.lexicon import LEXICON

#: name (lower case, straight apostrophe) -> how its date is found
HOLIDAYS: dict[str, dict[str, Any]] = LEXICON["holidays"]


def holiday_key(name: str) -> str:
    """The lexicon's key of a holiday's name as written ("Black  Friday", "New Year’s Eve"
    -> "black friday", "new year's eve")."""
    return re.sub(r"\s+", " ", name.lower()).replace("’", "'")


def easter_sunday(year: int, *, orthodox: bool = False) -> dt.date:
    """Easter Sunday of ``year``: the Western (Gregorian) one, or with ``orthodox`` the
    Eastern Orthodox one (the Julian computus, as a Gregorian date), from dateutil."""
    return easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)


def holiday_date(rule: dict[str, Any], year: int) -> dt.date:
    """The date of a holiday described by ``rule`` (a ``holidays`` entry) in ``year``: a
    date the entry lists for that year (Super Tuesday of 2008 was February 5; the
    lunisolar calendars' festivals are listed, as no dependency here computes those
    calendars), else another holiday's it is ``like`` (Tet is the Lunar New Year but in
    the years listed for it) moved by its ``offset``, else its rule's (of two holidays,
    the earlier in the year)."""
    if str(year) in rule.get("dates", {}):
        return dt.date.fromisoformat(rule["dates"][str(year)])
    if "like" in rule:
        day = holiday_date(HOLIDAYS[rule["like"]], year)
        return day + dt.timedelta(days=rule.get("offset", 0))
    if "either" in rule:
        return min(holiday_date(HOLIDAYS[name], year) for name in rule["either"])
    if rule.get("lunisolar"):
        # outside the listed years (the Chinese calendar's 1980-2040, checked against the
        # lunarcalendar package; Diwali's and Holi's 2001-2035, India's public holidays
        # as the holidays package lists them): a lunisolar festival comes back to within
        # a day or two of its date every 19 years (the Metonic cycle)
        first = min(int(y) for y in rule["dates"])
        listed = year + 19 * -((year - first) // 19)
        day = dt.date.fromisoformat(rule["dates"][str(listed)])
        if (day.month, day.day) == (2, 29) and not calendar.isleap(year):
            day -= dt.timedelta(days=1)
        return day.replace(year=year)
    if "hebrew" in rule or "hijri" in rule:
        return min(d for d in _lunar_dates(rule, year) if d.year == year)
    if "persian" in rule:  # Nowruz, 1 Farvardin: the year starts at the March equinox
        return dt.date(*persian.to_gregorian(year - 621, *rule["persian"]))
    if "easter" in rule:
        orthodox = bool(rule.get("orthodox"))
        return easter_sunday(year, orthodox=orthodox) + dt.timedelta(days=rule["easter"])
    if "day" in rule:
        return dt.date(year, rule["month"], rule["day"])
    if rule.get("after_monday"):  # "the Tuesday after the first Monday"
        return _holiday_weekday(year, rule["month"], 1, 1) + dt.timedelta(days=1)
    day = _holiday_weekday(year, rule["month"], rule["weekday"], rule["n"])
    return day + dt.timedelta(days=rule.get("days_after", 0))  # Black Friday: Thanksgiving's


def holiday_rule(rule: dict[str, Any], first: dt.date) -> dict[str, Any]:
    """The holiday of ``rule`` that falls on ``first``: for a bare "Eid", the Eid of that
    day; for any other holiday, ``rule`` itself."""
    either = (HOLIDAYS[name] for name in rule.get("either", ()))
    return next((sub for sub in either if first in holiday_dates(sub, first.year)), rule)


def holiday_dates(rule: dict[str, Any], year: int) -> list[dt.date]:
    """Every date in ``year`` of ``rule``: of a bare "Eid", both Eids, each as often as
    its lunar day comes in the Gregorian year; of any other holiday, its one date."""
    if "either" in rule:
        return sorted(d for name in rule["either"] for d in holiday_dates(HOLIDAYS[name], year))
    if "hijri" in rule:
        return [d for d in _lunar_dates(rule, year) if d.year == year]
    return [holiday_date(rule, year)]


def _lunar_dates(rule: dict[str, Any], year: int) -> list[dt.date]:
    """The Gregorian dates, around ``year``, of a Hebrew or Islamic calendar day (``rule``'s
    ``hebrew`` or ``hijri``: [month, day]); a lunar year is shorter than a Gregorian one,
    so at least one of them falls in ``year``."""
    if "hebrew" in rule:  # Nisan is month 1, Tishrei 7; the year turns in Tishrei
        month, day = rule["hebrew"]
        # Adar's days (Purim) fall in Adar II in a leap year, the calendar's month 13
        return [
            dt.date(*hebrew.to_gregorian(y, 13 if month == 12 and hebrew.leap(y) else month, day))
            for y in (year + 3760, year + 3761)
        ]
    month, day = rule["hijri"]
    first = int((year - 622) * 1.0307)  # 33 Islamic years to 32 Gregorian ones
    return [_hijri_date(h, month, day) for h in range(first - 1, first + 3)]


def _hijri_date(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of an Islamic calendar day: Umm al-Qura where its tables reach,
    else the arithmetical calendar."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (OverflowError, ValueError):
        return dt.date(*islamic.to_gregorian(year, month, day))
    return dt.date(g.year, g.month, g.day)


def holiday_length(rule: dict[str, Any]) -> int:
    """A holiday's days, a whole Islamic month counted as its longer length, 30."""
    return 30 if rule.get("month_long") else rule.get("days", 1)


def holiday_span(rule: dict[str, Any], first: dt.date) -> list[str]:
    """The interval of a holiday that starts on ``first``: its ``days`` (a festival of
    several days), a whole Islamic month (``month_long``: "Ramadan"), or the day alone."""
    days = holiday_length(rule)
    if rule.get("month_long"):
        try:
            days = Gregorian(first.year, first.month, first.day).to_hijri().month_length()
        except (OverflowError, ValueError):
            pass  # outside the Umm al-Qura tables: the longer month
    return [first.isoformat(), (first + dt.timedelta(days=days - 1)).isoformat()]


def _holiday_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` of ``month`` (every holiday's exists in every year)."""
    day = nth_weekday(year, month, weekday, n)
    assert day is not None, (year, month, weekday, n)
    return day
