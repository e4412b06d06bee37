"""Normalised values shown the way a reader says them.

TIMEX3 values (``2017-09-21``, ``P2W``, ``2023-08-15TNI``, ``PAST_REF``) are exact but
cryptic. :func:`readable_time` turns one into words ("Thu 21 Sep 2017", "2 weeks, 7–21 Sep
2017", "15 Aug 2023, night"); :func:`readable_times` adds such a column to a table, so a
notebook or the HTML report shows both. :data:`LABEL_WORDS` says spaCy's entity labels in
words. Unknown forms come back unchanged: a reader never
sees less than the value itself.

The value grammar is TimeML's TIMEX3 (Pustejovsky et al., TimeML 1.2.1; ISO-TimeML):
``YYYY[-MM[-DD]][Thh:mm | TMO/TAF/TEV/TNI]``, ``YYYY-Www``, ``YYYY-Qn``, seasons
``YYYY-SP/SU/FA/WI``, durations ``P…``/``PT…``, and the references ``PAST_REF``,
``PRESENT_REF``, ``FUTURE_REF``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

#: Entity labels in plain words, for legends and tables.
LABEL_WORDS: dict[str, str] = {
    "PERSON": "person",
    "ORG": "organisation or group",
    "GPE": "country, city or state",
    "LOC": "other place (river, region…)",
    "FAC": "building or facility",
    "NORP": "nationality or group",
}

#: Parts of the day TIMEX3 names with two letters.
DAY_PARTS: dict[str, str] = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}
SEASONS: dict[str, str] = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
REFERENCES: dict[str, str] = {
    "PAST_REF": "some time in the past (no date given)",
    "PRESENT_REF": "now",
    "FUTURE_REF": "some time in the future (no date given)",
}
#: TIMEX3 ``mod`` values as words placed before the time.
MODIFIERS: dict[str, str] = {
    "START": "early",
    "MID": "mid",
    "END": "late",
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
    "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least",
}
#: Duration unit letters -> (singular, plural); date part then time part (after ``T``).
DATE_UNITS: dict[str, tuple[str, str]] = {
    "Y": ("year", "years"),
    "M": ("month", "months"),
    "W": ("week", "weeks"),
    "D": ("day", "days"),
    "DE": ("decade", "decades"),
    "CE": ("century", "centuries"),
}
TIME_UNITS: dict[str, tuple[str, str]] = {
    "H": ("hour", "hours"),
    "M": ("minute", "minutes"),
    "S": ("second", "seconds"),
}

_DATE = re.compile(
    r"^(?P<year>\d{4}|XXXX)"
    r"(?:-(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?)?"
    r"(?:T(?P<time>\d{2}:\d{2}(?::\d{2})?|MO|MI|AF|EV|NI|DT))?$"
)
_WEEK = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d{1,2})(?P<weekend>-WE)?$")
_QUARTER = re.compile(r"^(?P<year>\d{4})-Q(?P<q>[1-4])$")
_SEASON = re.compile(r"^(?P<year>\d{4})-(?P<season>SP|SU|FA|WI)$")
_DURATION = re.compile(
    r"^P(?P<date>(?:[\dX.]+(?:DE|CE|Y|M|W|D))*)(?:T(?P<time>(?:[\dX.]+[HMS])+))?$"
)
_AMOUNT = re.compile(r"([\dX.]+)(DE|CE|Y|M|W|D|H|S)")


def _day(value: dt.date) -> str:
    return f"{value:%a} {value.day} {value:%b %Y}"


def readable_date(value: str) -> str | None:
    """A calendar value in words (``2017-09-21`` -> "Thu 21 Sep 2017"), or None."""
    match = _DATE.match(value)
    if match:
        year, month, day, time = (match.group(k) for k in ("year", "month", "day", "time"))
        if year == "XXXX":
            year = "(year unknown)"
        if month in (None, "XX"):
            text = year
        elif day in (None, "XX"):
            text = f"{dt.date(2000, int(month), 1):%B} {year}"
        elif not year.isdigit():
            text = f"{int(day)} {dt.date(2000, int(month), 1):%B} {year}"
        else:
            try:
                text = _day(dt.date(int(year), int(month), int(day)))
            except ValueError:
                return None
        if time:
            text += ", " + DAY_PARTS.get(time, time)
        return text
    for pattern, words in (
        (
            _WEEK,
            lambda m: (
                f"{'weekend of ' if m['weekend'] else ''}week {int(m['week'])} of {m['year']}"
            ),
        ),
        (_QUARTER, lambda m: f"quarter {m['q']} of {m['year']}"),
        (_SEASON, lambda m: f"{SEASONS[m['season']]} {m['year']}"),
    ):
        found = pattern.match(value)
        if found:
            return words(found)
    return None


def readable_duration(value: str) -> str | None:
    """A TIMEX3 duration in words (``P2W`` -> "2 weeks", ``PT6H`` -> "6 hours"), or None."""
    match = _DURATION.match(value)
    if not match or value in ("P", "PT"):
        return None
    parts = []
    for section, units in ((match["date"] or "", DATE_UNITS), (match["time"] or "", TIME_UNITS)):
        for amount, unit in _AMOUNT.findall(section):
            singular, plural = units.get(unit, (unit, unit))
            if amount == "X":
                parts.append(f"some {plural}")
            else:
                number = float(amount)
                shown = f"{number:g}"
                parts.append(f"{shown} {singular if number == 1 else plural}")
    return ", ".join(parts) or None


def _interval_words(interval: Any) -> str | None:
    if not isinstance(interval, Sequence) or isinstance(interval, str) or len(interval) != 2:
        return None
    begin, end = (readable_date(str(v)) if v is not None else None for v in interval)
    if not begin or not end:
        return None
    if begin == end:
        return begin
    try:
        first, last = (dt.date.fromisoformat(str(v)[:10]) for v in interval)
    except ValueError:
        return f"{begin} – {end}"
    if first.year == last.year and first.month == last.month:
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


def readable_time(
    value: Any,
    *,
    mod: Any = None,
    interval: Any = None,
    kind: Any = None,
    how: Any = None,
) -> str:
    """Say a TIMEX3 value in words; unknown forms are returned unchanged.

    Args:
        value: the normalised value (``2017-09-21``, ``P2W``, ``PAST_REF``, …).
        mod: the TIMEX3 modifier (``END`` -> "late …", ``APPROX`` -> "about …").
        interval: ``[first day, last day]`` when known; a duration gets its days
            ("2 weeks, 7–21 Sep 2017").
        kind: the TIMEX3 type; a ``SET`` reads "every …".
        how: an event's ``time.how``; ``publication`` reads "on or before …" (the
            date is the publication day, a fallback, not a date the article gives).

    Examples:
        >>> readable_time("2023-08-15TNI")
        'Tue 15 Aug 2023, night'
        >>> readable_time("P2W", interval=["2017-09-07", "2017-09-21"])
        '2 weeks, 7–21 Sep 2017'
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = str(value).strip()
    if not text:
        return ""
    words = REFERENCES.get(text) or readable_date(text)
    if words is None:
        duration = readable_duration(text)
        if duration is not None:
            if str(kind or "").upper() == "SET":
                words = "every " + re.sub(r"^1 ", "", duration)
            else:
                span = _interval_words(interval)
                words = f"{duration}, {span}" if span else duration
    if words is None:
        return text
    if mod and str(mod) in MODIFIERS:
        words = f"{MODIFIERS[str(mod)]} {words}"
    if how == "publication":
        words = f"on or before {words} (publication day; no date given)"
    return words


def readable_times(
    table: pd.DataFrame,
    value: str = "value",
    *,
    mod: str | None = "mod",
    interval: str | None = "interval",
    kind: str | None = "type",
    how: str | None = None,
) -> pd.Series:
    """A ``reads as`` column for ``table``: :func:`readable_time` of each row.

    Column names that are missing from the table are ignored, so the same call works on
    the time-expression table (``value``, ``mod``, ``interval``, ``type``) and on the
    events table (``time_value``, ``how=time_how``).
    """

    def cell(row: Mapping[str, Any], column: str | None) -> Any:
        if column is None or column not in row:
            return None
        item = row[column]
        return None if item is None or (not isinstance(item, Sequence) and pd.isna(item)) else item

    rows = table.to_dict("records")
    return pd.Series(
        [
            readable_time(
                cell(row, value),
                mod=cell(row, mod),
                interval=cell(row, interval),
                kind=cell(row, kind),
                how=cell(row, how),
            )
            for row in rows
        ],
        index=table.index,
        name="reads as",
        dtype="string",
    )
