"""A live blog's time stamps ("10:30 p.m." on a line of its own above each post) that run
past midnight: the small hours after a late evening are the next day's.

What it does
    :func:`stamps_past_midnight` moves a time stamp on to the next day when the blog, read
    in the order of its time, goes from a late evening stamp ("10:30 p.m.") to one of the
    small hours ("12:05 a.m."): the clock resolver
    (:func:`fivews.timeline.resolve_clock.resolve_clock`) dates every stamp by the blog's
    day, the DCT, so a post after midnight would come out before the evening's.

How
    The stamps are the clock times resting on a DCT that stand alone on their lines. A
    blog lists them newest first (AP's "The Latest") or oldest first; the order most of
    their steps take tells which (a step between the evening and the small hours tells
    none). Read from the oldest, each step from 6 p.m. or later to before 6 a.m. crosses a
    midnight, and the stamps after it move on one more day. A blog is taken to start on
    its DCT, the day its first posts were written.

A timeline's entries ("11:40 am — Police announce the suspect's name") are told of here
too: :func:`timeline_entry` finds one, :func:`day_of_previous_entry` the day of the one
before it, which the entries after it share.
"""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.dates import interval_of, real_date
from fivews.timeline.records import Context, Timex
from fivews.timeline.values import next_day

#: a clock time on a known day (an undated blog's stamps have no day to move on from)
_DATED_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
#: the fewest stamps whose order tells a blog's direction
_MIN_STAMPS = 3
#: a late evening stamp and a small hours' one, whose step crosses a midnight
_EVENING, _SMALL_HOURS = "18:00", "06:00"


def alone_on_its_line(start: int, end: int, text: str) -> bool:
    """Whether ``text[start:end]`` is a line of its own, but for a stop or a dash after it:
    a live blog's time stamp ("9:34 p.m." above a post)."""
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end >= 0 else len(text)]
    return opens_line(start, text) and not after.strip(" \t.:-–—")


def opens_line(start: int, text: str) -> bool:
    """Whether only blanks stand between the line's start and ``start``."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def stamps_past_midnight(text: str, timexes: list[Timex]) -> None:
    """Give a live blog's stamps after a midnight the next day, in place."""
    stamps = [
        t
        for t in timexes
        if t.rule == "clock_time"
        and t.anchor == "DCT"
        and _DATED_CLOCK.fullmatch(t.value)
        and alone_on_its_line(t.start, t.end, text)
    ]
    if len(stamps) < _MIN_STAMPS or len({t.value[:10] for t in stamps}) > 1:
        return
    clocks = [t.value[11:16] for t in stamps]
    steps = [(a, b) for a, b in zip(clocks, clocks[1:], strict=False) if not _across(a, b)]
    falling = sum(b < a for a, b in steps)
    rising = sum(b > a for a, b in steps)
    if falling == rising:
        return
    oldest_first = stamps if rising > falling else stamps[::-1]
    days = 0
    for older, newer in zip(oldest_first, oldest_first[1:], strict=False):
        if _past_midnight(older.value[11:16], newer.value[11:16]):
            days += 1
        if days:
            _move_on(newer, days)


def _past_midnight(earlier: str, later: str) -> bool:
    """Whether a step from clock time ``earlier`` to ``later`` (``HH:MM``) crosses a
    midnight: from a late evening to the small hours."""
    return earlier >= _EVENING and later < _SMALL_HOURS


def _across(a: str, b: str) -> bool:
    """Whether a step between ``a`` and ``b`` may cross a midnight either way: such a step
    tells no order."""
    return _past_midnight(a, b) or _past_midnight(b, a)


def _move_on(t: Timex, days: int) -> None:
    """``t`` moved ``days`` days on, in place."""
    day, clock = t.value.split("T", 1)
    value = f"{next_day(day, days)}T{clock}"
    t.value = value
    t.interval = interval_of(value)
    t.anchor = "previous time stamp"


#: a clock time opening a line and a dash after it: an entry of a timeline ("11:40 am —
#: Police announce the suspect's name")
_ENTRY_DASH = re.compile(r"[ \t]*(?:[A-Z]{2,4}\b[ \t]*)?(?:—|–|--?)[ \t]")
#: how far back a timeline's earlier entry is looked for (characters)
_ENTRY_REACH = 3000


def timeline_entry(start: int, end: int, text: str) -> bool:
    """Whether the clock time at ``text[start:end]`` opens a timeline's entry."""
    return opens_line(start, text) and bool(_ENTRY_DASH.match(text, end))


def day_of_previous_entry(start: int, ctx: Context) -> str | None:
    """The day of the timeline's entry before the one at ``start``: a list of clock times
    ("11:00 am – …", "12:25 pm – …") tells one day's events, whatever the entries
    between quote (a tweet's date, "20 minutes later")."""
    for t in reversed(ctx.previous):
        if t.end > start or start - t.end > _ENTRY_REACH:
            continue
        if t.rule == "clock_time" and timeline_entry(t.start, t.end, ctx.text):
            day = re.match(r"\d{4}-\d\d-\d\d(?=T\d\d:\d\d$)", t.value)
            return day.group(0) if day else None
    return None


#: what follows the date opening a chronology's entry: an optional year, then a dash or a
#: colon ("Jan. 14 — Ben Ali flees", "March 11: A quake strikes")
_DATE_ENTRY_DASH = re.compile(r"(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*(?:—|–|--?|:)[ \t]")
#: a year in a chronology's heading ("2011 in review", "Looking ahead to 2014:")
_HEADING_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def chronology_year(start: int, end: int, month: int, day: int, ctx: Context) -> int | None:
    """The year of a date that opens a chronology's entry ("Jan. 14 — Ben Ali flees to
    Saudi Arabia"): the year of the entry before it, the next one when the list has turned
    the year ("Dec. 17, 2010 — … / Jan. 14 — …"), else a year its heading names ("2011 in
    review:"), or the one before when the list runs backwards; None when the date opens no
    entry or nothing gives its year. Entries tell their events in the historical present,
    which is no future."""
    if not (opens_line(start, ctx.text) and _DATE_ENTRY_DASH.match(ctx.text, end)):
        return None
    entries = [
        dt.date.fromisoformat(t.value[:10])
        for t in ctx.previous
        if t.end <= start
        and start - t.end <= _ENTRY_REACH
        and re.match(r"\d{4}-\d\d-\d\d", t.value)
        and opens_line(t.start, ctx.text)
    ]
    if entries:
        last = entries[-1]
        if len(entries) > 1 and entries[-2] > last:  # a list told backwards
            return last.year - 1 if (month, day) > (last.month, last.day) else last.year
        if (month, day) >= (last.month, last.day):
            return last.year
        # the list turns the year, unless that would put a past account beyond the DCT
        # ("Oct. 20, 2011 — … / Aug. 23 — …" in a February 2012 text runs backwards)
        turned = real_date(last.year + 1, month, day)
        beyond = ctx.dct is not None and turned is not None and turned > ctx.dct >= last
        return last.year if beyond else last.year + 1
    line_start = ctx.text.rfind("\n", 0, max(0, start - 1)) + 1
    heading = ctx.text[line_start:start].strip()
    year = _HEADING_YEAR.search(heading)
    # a heading: a short line or one ending with a colon ("2011 in review:"); not a
    # sentence that names years ("The library opened in 1962 and was expanded in 1998.")
    if year and (heading.endswith(":") or len(heading.split()) <= 6):
        return int(year.group(0))
    return None
