"""Calendar arithmetic: dates shifted by units, written at a unit's granularity, and
the calendar interval ``[begin, end]`` a TimeML value denotes."""

from __future__ import annotations

import calendar
import datetime as dt
import re


def shift_months(day: dt.date, n: int) -> dt.date:
    """``day`` moved by ``n`` months (day clipped to the month's length)."""
    y, m = divmod(day.year * 12 + day.month - 1 + n, 12)
    return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def year_on_side(year: int, here: tuple[int, ...], there: tuple[int, ...], offset: int) -> int:
    """The year of the first ``here`` (a (month,) or (month, day)) after (``offset`` 1) or
    before (-1) ``there`` of ``year``: ``year`` when it falls on that side, else the next
    or the previous year ("next Jan. 20" in May 2011: 2012; the spring before July 2015:
    2015)."""
    ahead = here > there if offset > 0 else here < there
    return year if ahead else year + offset


def month_end(y: int, m: int) -> dt.date:
    """The last day of month ``m`` of year ``y``."""
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def days_in_month(month: int) -> int:
    """The most days ``month`` has (29 for February: a day of an unknown year may be a leap
    day)."""
    return calendar.monthrange(2000, month)[1]


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The ``n``-th ISO ``weekday`` (1 = Monday) of ``month`` (``n`` = -1: the last one),
    or None when the month has no such day (a fifth Monday of February)."""
    if n < 0:
        last = month_end(year, month)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    return day if day.month == month else None


def week_value(day: dt.date) -> str:
    """The ISO week of ``day`` as a TimeML value (``2017-W38``)."""
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_of(day: dt.date) -> int:
    """The calendar quarter (1-4) of ``day``."""
    return (day.month - 1) // 3 + 1


def interval_of(value: str) -> list[str] | None:
    """The first and last calendar day ``[begin, end]`` a DATE/TIME value denotes, or None.

    Handles ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD(Thh…)``, ``YYYY-Www(-WE)``, ``YYYY-Qn``,
    ``YYYY-Hn``, seasons (``YYYY-SU``…), decades (``199``) and centuries (``19``).
    """
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", value):
            d = value[:10]
            dt.date.fromisoformat(d)
            return [d, d]
        if re.fullmatch(r"\d{4}-\d\d", value):
            y, m = int(value[:4]), int(value[5:])
            return [f"{value}-01", month_end(y, m).isoformat()]
        if re.fullmatch(r"\d{4}", value):
            return [f"{value}-01-01", f"{value}-12-31"]
        m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
        if m:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return [
                    (monday + dt.timedelta(5)).isoformat(),
                    (monday + dt.timedelta(6)).isoformat(),
                ]
            return [monday.isoformat(), (monday + dt.timedelta(6)).isoformat()]
        m = re.fullmatch(r"(\d{4})-([QH])(\d)", value)
        if m:
            y, size, n = int(m[1]), 3 if m[2] == "Q" else 6, int(m[3])
            first = (n - 1) * size + 1
            return [dt.date(y, first, 1).isoformat(), month_end(y, first + size - 1).isoformat()]
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
        if m:
            y = int(m[1])
            spans = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
            if m[2] == "WI":
                return [dt.date(y - 1, 12, 1).isoformat(), month_end(y, 2).isoformat()]
            a, b = spans[m[2]]
            return [dt.date(y, a, 1).isoformat(), month_end(y, b).isoformat()]
        if re.fullmatch(r"\d{3}", value):
            return [f"{value}0-01-01", f"{value}9-12-31"]
        if re.fullmatch(r"\d{2}", value):
            return [f"{value}00-01-01", f"{value}99-12-31"]
    except ValueError:
        return None
    return None


def shift_date(dct: dt.date, n: int, code: str) -> dt.date:
    """``dct`` moved by ``n`` units of duration code ``code`` (D, W, M, Q, Y, E, C)."""
    if code == "D":
        return dct + dt.timedelta(days=n)
    if code == "W":
        return dct + dt.timedelta(weeks=n)
    if code == "M":
        return shift_months(dct, n)
    if code == "Q":
        return shift_months(dct, 3 * n)
    if code == "Y":
        return shift_months(dct, 12 * n)
    if code == "E":
        return shift_months(dct, 120 * n)
    if code == "C":
        return shift_months(dct, 1200 * n)
    return dct


def span_from(day: dt.date, n: int, code: str) -> list[str]:
    """The interval from ``day`` to ``n`` units of duration code ``code`` after it (before
    it when ``n`` is negative), earlier end first: "the past two weeks" from the DCT."""
    return sorted([day.isoformat(), shift_date(day, n, code).isoformat()])


def value_at(day: dt.date, code: str) -> str:
    """``day`` written at the granularity of a duration unit."""
    if code == "D":
        return day.isoformat()
    if code == "W":
        return week_value(day)
    if code == "M":
        return day.isoformat()[:7]
    year = f"{day.year:04d}"  # TIMEX3 years have four digits ("1,500 years ago": 0512)
    if code == "Q":
        return f"{year}-Q{quarter_of(day)}"
    if code == "E":
        return year[:3]
    if code == "C":
        return year[:2]
    return year


def year_value(year: int) -> str:
    """An astronomical year (0 is 1 BC) as a TIMEX3 value: "0512", "BC43000"."""
    return f"{year:04d}" if year >= 1 else f"BC{1 - year:04d}"


def real_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (February 29 of a common year)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
