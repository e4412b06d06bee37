"""Weekly timetables: opening hours ("The gallery is open 10 a.m.-4 p.m. Monday-Saturday")
name no particular days.

What it does
    :func:`timetable_days` makes the weekdays and clock times of a sentence that gives
    opening hours generic: "Monday" is any Monday (``XXXX-WXX-1``), "10 a.m." any day's
    ten o'clock (``XXXX-XX-XXT10:00``), as TimeML writes a day or time that recurs.

How
    A sentence gives opening hours when it says "is open", "are closed" or "hours" (or
    "will be open" with the hours) and names a range of weekdays ("Monday through
    Friday", "Monday-Thursday"): a single weekday is most often one day ("the polls are
    open Tuesday"). A sentence that also names a calendar date ("open Monday through
    Friday, March 2-6") keeps its days.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from fivews.timeline.lexicon import WEEKDAY, WEEKDAYS
from fivews.timeline.records import Timex, sentence_around
from fivews.timeline.values import UNDATED_DAY

#: words of opening hours: "is open", "are closed", "remains open", "hours"
_OPEN_WORDS = re.compile(
    r"\b(?:(?:is|are|remains?|stays?)\s+(?:\w+\s+)?(?:open|closed)|hours)\b", re.I
)
#: "will be open", opening hours ahead only with the hours said ("from 10 a.m. to 5 p.m.")
_WILL_BE_OPEN = re.compile(r"\bwill\s+be\s+open\b", re.I)
#: what joins the two weekdays of a range in a timetable
_WEEKDAY_TO = re.compile(r"\s*(?:-|–|—|to|through|thru)\s*", re.I)
#: the weekday names: a range joins two of them
_NAMES = tuple(WEEKDAYS)
#: a value that is one calendar day, maybe with a time of it
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?P<time>T.*)?")
_UNDATED_CLOCK = re.compile(UNDATED_DAY + r"(?P<time>T\d\d:\d\d)")


def timetable_days(text: str, timexes: list[Timex]) -> None:
    """Make the weekdays and clock times of each opening-hours sentence generic, in place."""
    done_to = 0
    for a, b in zip(timexes, timexes[1:], strict=False):
        if a.start < done_to or not _weekday_range(text, a, b):
            continue
        start, end = sentence_around(text, a.start, b.end)
        inside = [k for k, t in enumerate(timexes) if start <= t.start < end]
        if _gives_hours(text, start, end, [timexes[k] for k in inside]):
            for k in inside:
                timexes[k] = recurring_day(timexes[k], "timetable")
        done_to = end


#: a weekday's name then a range's word, before a weekday that ends the range
_WEEKDAY_FROM = re.compile(r"\b(?:" + WEEKDAY + r")s?" + _WEEKDAY_TO.pattern + r"$", re.I)
_TO_WEEKDAY = re.compile(_WEEKDAY_TO.pattern + r"(?:" + WEEKDAY + r")\b", re.I)


def ends_weekday_range(text: str, day: Timex) -> bool:
    """Whether the weekday ``day`` opens or closes a range of weekdays ("Monday through
    Friday"): a clock time beside it is one of the range's hours ("4 p.m. to 10 p.m.
    Monday through Friday, noon to 10 p.m. Saturday"), not a time of that day."""
    return bool(
        _TO_WEEKDAY.match(text, day.end)
        or _WEEKDAY_FROM.search(text, max(0, day.start - 20), day.start)
    )


def _weekday_range(text: str, a: Timex, b: Timex) -> bool:
    """Whether ``a`` and ``b`` are the two weekdays of a range ("Monday-Saturday", not
    "Thursday, 7:30 a.m.-3:30 p.m. Friday", the hours of two days)."""
    return (
        a.rule.startswith("weekday")
        and b.rule.startswith("weekday")
        and _DAY_VALUE.fullmatch(a.value) is not None
        and _DAY_VALUE.fullmatch(b.value) is not None
        and _WEEKDAY_TO.fullmatch(text, a.end, b.start) is not None
        and a.text.lower().endswith(_NAMES)
        and b.text.lower().startswith(_NAMES)
    )


def _gives_hours(text: str, start: int, end: int, timexes: list[Timex]) -> bool:
    """Whether the sentence ``text[start:end]`` with ``timexes`` (a range of weekdays
    among them) gives opening hours."""
    clocks = [t for t in timexes if "clock" in t.rule]
    if not (
        _OPEN_WORDS.search(text, start, end)
        or (_WILL_BE_OPEN.search(text, start, end) and len(clocks) >= 2)
    ):
        return False
    # a calendar date or another time in the sentence names the days
    return all(t.rule.startswith("weekday") or "clock" in t.rule for t in timexes)


def recurring_day(t: Timex, anchor: str) -> Timex:
    """``t`` as a recurring weekday or time of day (``XXXX-WXX-1``, ``XXXX-XX-XXT10:00``),
    said to rest on ``anchor``; ``t`` itself when it names no single day."""
    day = _DAY_VALUE.fullmatch(t.value)
    if day is None:
        # an undated text's clock time on a day it was told of ("XXXX-WXX-5T09:00"): any day's
        undated = _UNDATED_CLOCK.fullmatch(t.value) if t.rule == "clock_time" else None
        if undated is None:
            return t
        return dataclasses.replace(t, value="XXXX-XX-XX" + undated["time"], anchor=anchor)
    if t.rule.startswith("weekday"):  # the weekday its dated reading falls on
        weekday = dt.date.fromisoformat(t.value[:10]).isoweekday()
        value = f"XXXX-WXX-{weekday}" + (day["time"] or "")
    else:
        value = "XXXX-XX-XX" + (day["time"] or "")
    return dataclasses.replace(t, value=value, interval=None, anchor=anchor)
