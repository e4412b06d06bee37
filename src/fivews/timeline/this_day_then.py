"""The article's own day or week in a year gone by, as history columns write it: "On this
day 50 years ago", "On this date in 1941", "This week in 1927".

:func:`this_day_then` widens a count of years back or a year to the "this day"/"this
date" before it, dated the DCT's month and day in that year; :func:`this_week_then` joins
"this week" and "in" a year into that year's week of the DCT's day.

Written by hand: the phrase is a few words around a timex already found, and the value
is the DCT's day moved to another year, which no date library reads from text.
"""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.dates import week_value
from fivews.timeline.records import Timex, retimex

#: "On this day"/"on this date" (or "This date" opening a line or sentence) right before a
#: count of years back ("On this day, 50 years ago") or before "in" and a year ("On this
#: date in 1941"); not a name ("the Lagos daily This Day") nor an object ("declared this day
#: in 1983 a holiday"); the group is the phrase's start
_THIS_DAY_BEFORE = re.compile(
    r"(?:\b[Oo]n\s+|(?:^|(?<=[.!?:\n])\s*))(?P<this>(?-i:[Tt]his)\s+(?-i:day|date)),?\s+"
    r"(?P<in>in\s+)?$"
)
#: a count of years back as one timex ("50 years ago", "a century ago")
_YEARS_AGO = re.compile(r"[\w-]+(?:\s+hundred)?\s+(?:years?|decades?|centur(?:y|ies))\s+ago", re.I)


def _in_year(dct: dt.date, year: int) -> dt.date | None:
    """The DCT's month and day in ``year`` (None for Feb. 29 in a common year)."""
    try:
        return dct.replace(year=year)
    except ValueError:
        return None


def this_day_then(t: Timex, text: str, dct: dt.date | None) -> Timex | None:
    """``t`` widened to "this day" before it, the DCT's day in ``t``'s year ("this day 50
    years ago" on July 16, 2019: 1969-07-16; "this date in 1941" on Dec. 7: 1941-12-07),
    or None."""
    if dct is None or not re.fullmatch(r"\d{4}", t.value or ""):
        return None
    before = _THIS_DAY_BEFORE.search(text, max(0, t.start - 20), t.start)
    if before is None:
        return None
    counted_back = _YEARS_AGO.fullmatch(t.text) is not None
    if counted_back == bool(before["in"]) or (not counted_back and t.rule != "year"):
        return None  # "this day in 50 years ago", "this date 1941"
    day = _in_year(dct, int(t.value))
    if day is None:
        return None
    return retimex(
        t,
        text,
        before.start("this"),
        t.end,
        type="DATE",
        value=day.isoformat(),
        rule="this_day_then",
    )


def this_week_then(prev: Timex, t: Timex, text: str, dct: dt.date | None) -> Timex | None:
    """ "This week in 1927" (``prev`` the DCT's week, ``t`` a year after "in"): the week of
    the DCT's day in that year, or None."""
    if (
        dct is None
        or not re.fullmatch(r"this\s+week", prev.text, re.I)
        or t.value == str(dct.year)  # "This week in 2001 has been the worst" in 2001
        or prev.value != week_value(dct)
        or t.rule != "year"
        or not re.fullmatch(r"\d{4}", t.value or "")
        or not re.fullmatch(r"\s+in\s+", text[prev.end : t.start])
    ):
        return None
    day = _in_year(dct, int(t.value))
    if day is None:
        return None
    return retimex(
        t, text, prev.start, t.end, type="DATE", value=week_value(day), rule="this_week_then"
    )
