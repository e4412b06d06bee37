"""Calendar arithmetic on event times: the days an ISO value covers, and shifting a day.

An event's ``time`` carries a TIMEX3-style ISO value ("2017", "2017-06", "2017-06-21")
and sometimes an interval; :func:`event_dates` turns either into its first and last day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

#: The year, month and day at the start of an ISO value ("2017-06" -> 2017, 06).
ISO_START = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
#: A whole-unit ISO duration ("P4M" -> 4 months).
DURATION = re.compile(r"^P(\d+)([DWMY])$")


def shift_date(day: dt.date, amount: int, unit: str, sign: int) -> str:
    """``day`` moved by ``amount`` units, as ISO at the unit's granularity."""
    if unit == "D":
        return (day + dt.timedelta(days=sign * amount)).isoformat()
    if unit == "W":
        return (day + dt.timedelta(weeks=sign * amount)).isoformat()
    months = day.year * 12 + day.month - 1 + sign * amount * (12 if unit == "Y" else 1)
    year, month = divmod(months, 12)
    return f"{year:04d}" if unit == "Y" else f"{year:04d}-{month + 1:02d}"


def event_dates(time: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """First and last calendar day (ISO) an event's ``time`` covers, or ``(None, None)``.

    An interval gives its ends; a value gives the day, or the month/year's first and last
    day ("2017-06" -> 2017-06-01 .. 2017-06-30).
    """
    interval = time.get("interval")
    if interval and len(interval) == 2:
        begin, _ = iso_bounds(str(interval[0]))
        _, end = iso_bounds(str(interval[1]))
        if begin and end:
            return begin, end
    return iso_bounds(str(time.get("value") or ""))


def iso_bounds(value: str) -> tuple[str | None, str | None]:
    """First and last day (ISO) of an ISO year, month or day; ``(None, None)`` otherwise."""
    match = ISO_START.match(value)
    if not match:
        return None, None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None:
            return dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()
        if day is None:
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return dt.date(year, month, 1).isoformat(), (nxt - dt.timedelta(days=1)).isoformat()
        day_iso = dt.date(year, month, day).isoformat()
    except ValueError:
        return None, None
    return day_iso, day_iso
