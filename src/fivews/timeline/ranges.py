"""Ranges, read from the text around the timexes already found.

A span of years ("1974-75", "the 2009-10 fiscal year", "(2016 – 2020)") is two
DATEs, its first and its last year; the end of a range after a clock time ("10 a.m.-4
p.m."), a month ("July-September") or a day ("April 24 and 25", "March 30-April 4") is a
TIME or DATE of its own, on the same day, in the same month or in the same year; the bare
hour that starts a clock range ("from 6 to 10 p.m.") is a TIME in the same half of the
day. The rules' left word boundary keeps them from starting after a hyphen (the clock rule
alone may, after an hour: "6-10 p.m."), so the end is added here, as TimeML tags each end
of a range. A date and the year that places it, joined into one extent, are read in
:mod:`fivews.timeline.joined_extents`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from fivews.timeline.clock_days import HALF_OF_DAY, listed_clock
from fivews.timeline.dates import days_in_month, interval_of
from fivews.timeline.joined_extents import MONTH_VALUE
from fivews.timeline.lexicon import DAYNUM, LIST_GOES_ON, MONTH, WEEKDAY_NAME, YEAR
from fivews.timeline.records import Timex, spanning
from fivews.timeline.values import DAY_VALUE, UNDATED_DAY, month_number

#: a span of years: "1974-75", "2009–10", "2016 – 2020", "2011/12" (not inside a number or a
#: code; a slash joins only two years in a row, as seasons and fiscal years are written)
_YEAR_RANGE = re.compile(
    r"(?<![\w$£€#.,/–-])(?P<a>" + YEAR + r")\s*(?P<sep>[-–/])\s*(?P<b>" + YEAR + r"|\d\d?)"
    r"(?![\w%]|[-–/.,:]\d)"
)
#: the end of a clock range after a clock time: "-4 p.m.", "– 11:30 a.m.", "-to-4:30 p.m."
_CLOCK_END = re.compile(
    r"\s*(?:[-–]|-to-)\s*(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>[ap])\.?m\b\.?",
    re.I,
)
#: the end of a month range after a month: "-September", "– Sept."
_MONTH_END = re.compile(r"\s*(?:-(?:to|through)-|[-–])\s*(?P<month>" + MONTH + r")(?![\w-])", re.I)
#: the end day of a range after a dated day: "April 24 and 25", "Oct. 5-6" (group ``day``)
_DAY_END = re.compile(
    r"\s*(?:-|–|and|to|or|through)\s*(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    # not before a number of its own (a year after a comma is the range's: "April 6-9,
    # 2016"); a count after a comma is another phrase ("conducted March 11-13, 40 percent");
    # nor the thousands of a count ("rose on Thursday to 22,600")
    r"(?!\s*\d|[-–/:.]\d|,\d{3}(?!\d)|\s*(?:%|percent|per\b))"
    # after "and"/"to", a word that would make the number a count ("April 24 and 25 people");
    # a dash joins two days whatever follows ("taken April 6-9 and had a margin")
    r"(?:(?<=[-–]\d)|(?<=[-–]\d\d)|(?<=[-–]\s\d)|(?<=[-–]\s\d\d)|(?!\s*(?!" + LIST_GOES_ON + r"\b"
    r"|(?:and|or)\s+" + MONTH + r")[a-z]))",
    re.I,
)
#: the end date of a range after a dated day, across months: "March 30-April 4"
_DATE_END = re.compile(
    r"\s*[-–]\s*(?P<month>" + MONTH + r")\s*(?P<day>" + DAYNUM + r")(?![\w-])", re.I
)


def _year_timex(start: int, end: int, text: str, year: int, rule: str) -> Timex:
    """A DATE timex for ``year``."""
    value = f"{year:04d}"
    return Timex(start, end, text[start:end], "DATE", value, rule, interval=interval_of(value))


def _end_year(start_year: int, written: str) -> int | None:
    """The last year of a range from ``start_year`` written ``written`` ("75", "1975", "9"
    in "2008-9")."""
    if len(written) == 4:
        end = int(written)
    elif len(written) == 1:
        end = start_year // 10 * 10 + int(written)
    else:
        end = start_year // 100 * 100 + int(written)
        if start_year % 100 == 99 and written == "00":
            end += 100  # "1999-00": into the next century ("1998-01" may be a month)
    # a life may be long ("Steve Jobs 1955-2011"); a short form ("1974-75") spans a few years
    return (
        end if 0 < end - start_year <= (_LIFE_YEARS if len(written) == 4 else _SPAN_YEARS) else None
    )


#: the longest span of years read as one outside a life, and the longest life
_SPAN_YEARS, _LIFE_YEARS = 50, 120


def _after_a_name(text: str, start: int, name_ends: set[int]) -> bool:
    """Whether a person's name ends right before ``start``, or before a "(" or a comma
    there ("Frank Delaney, 1931-2011, newspaperman")."""
    i = start
    while i > 0 and text[i - 1] in " \t(,":
        i -= 1
    return i in name_ends


def year_ranges(
    text: str,
    timexes: list[Timex],
    inside: Callable[[int, int], bool] | None = None,
    names: list[tuple[int, int]] | None = None,
) -> list[Timex]:
    """``timexes`` with each year of a span of years that no timex covers yet ("1974-75":
    1974 and 1975), in text order. ``inside`` limits the search (content blocks); a span
    longer than 50 years is a life, right after a person's name in ``names`` ("Steve Jobs
    1955-2011", "Smith (1920-2005)"), and nothing else ("Tel: 1945-2010", "Sections
    1901-1999")."""
    added: list[Timex] = []
    name_ends = {end for _, end in names or []}
    for m in _YEAR_RANGE.finditer(text):
        if inside is not None and not inside(m.start(), m.end()):
            continue
        first = int(m["a"])
        last = _end_year(first, m["b"])
        if last is None or (m["sep"] == "/" and last != first + 1):
            continue
        if last - first > _SPAN_YEARS and not _after_a_name(text, m.start(), name_ends):
            continue
        for group, year, rule in (("a", first, "year_range_start"), ("b", last, "year_range_end")):
            start, end = m.start(group), m.end(group)
            if not any(t.start < end and start < t.end for t in timexes):
                added.append(_year_timex(start, end, text, year, rule))
    return sorted(timexes + added, key=lambda t: t.start) if added else timexes


#: the bare start of a clock range before a clock time: "6 to ", "11-", "9:30 – "; or a
#: bare hour of a list that ends with one: "3 and ", "1, " of "at 1, 3 and 4 p.m."
_CLOCK_START = re.compile(
    r"(?<![\d$£€.,:/-])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?"
    r"\s*(?:(?P<to>-|–|to)|(?P<list>,|and|or))\s*$"
)
#: the word that opens a list of hours: "at 7 and 9 p.m.", "between 3 and 4 p.m."
_HOURS_OPEN = re.compile(r"\b(?:at|between|from)\s+$", re.I)


def range_starts(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with the bare start of a clock range before a clock time ("from 6 to
    10 p.m.": 18:00 the same day; "11-1 p.m.": 11:00) and the bare hours listed before
    one ("between 3 and 4 p.m.", "readings at 11, 12, 1 and 3 p.m.")."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if prev is not None and _range_gap(text, prev, t):
            # "9:30 – 11:30 a.m. on Saturday": the start is on the end's day, and in the
            # end's afternoon when it says none ("4:30-7:30 p.m."; "11:30-1 p.m." stays)
            hour, end_hour = int(prev.value[-5:-3]), int(t.value[-5:-3])
            pm = re.search(r"\d\s*p\.?m\b", t.text, re.I) is not None
            if pm and not HALF_OF_DAY.search(prev.text) and hour < 12 and hour + 12 <= end_hour:
                prev.value = f"{prev.value[:-5]}{hour + 12:02d}{prev.value[-3:]}"
            day, end_clock = t.value.split("T", 1)
            start_clock, interval = prev.value.split("T", 1)[1], t.interval
            if start_clock > end_clock and re.fullmatch(r"\d{4}-\d\d-\d\d", day):
                # "from 8 p.m. until 6 a.m.": a range across midnight starts the day before
                day = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
                interval = interval_of(day)
            prev.value, prev.interval, prev.anchor = f"{day}T{start_clock}", interval, "next timex"
        elif prev is not None and listed_clock(text, prev, t):
            # "born July 4 at 9:01 and 9:14 p.m.", "at 6:30 and 7:45 p.m. on Friday": the
            # first hour is in the last one's half of the day, and on its day
            hour, end_hour = int(prev.value[-5:-3]), int(t.value[-5:-3])
            if hour < 12 and hour + 12 <= end_hour:
                prev.value = f"{prev.value[:-5]}{hour + 12:02d}{prev.value[-3:]}"
            if prev.rule == "clock_time" and prev.anchor == "DCT":
                day = t.value.split("T", 1)[0]
                prev.value, prev.interval = f"{day}T{prev.value.split('T', 1)[1]}", t.interval
                prev.anchor = "next timex"
        else:
            out.extend(_clock_starts(text, t, prev.end if prev else 0))
        out.append(t)
    return out


def _range_gap(text: str, prev: Timex, t: Timex) -> bool:
    """Whether two clock times are the ends of one range ("9:30 – 11:30 a.m.", "between
    6:50 a.m. and 7:30 a.m. Wednesday")."""
    gap = text[prev.end : t.start]
    return (
        prev.rule == "clock_time"
        and t.type in ("TIME", "SET")  # ("from 10 p.m. to 6 a.m. every night")
        and t.rule.endswith("clock_time")
        and "T" in prev.value
        and "T" in t.value
        and (
            bool(re.fullmatch(r"\s*(?:-|–|to|until)\s*", gap))
            or bool(
                re.fullmatch(r"\s+and\s+", gap)
                and RANGE_OPEN.search(text, max(0, prev.start - 10), prev.start)
            )
        )
    )


def _clock_starts(text: str, t: Timex, after: int) -> list[Timex]:
    """The TIMEs of the bare hours before the clock time ``t`` (a range's start, or the
    hours of a list after "at"/"between"/"from"), in text order. Each takes ``t``'s half
    of the day unless its hour would then come after the next one: "11-1 p.m." and "at
    11, 12 and 1 p.m." start in the morning."""
    if t.type != "TIME" or not t.rule.endswith("clock_time") or "T" not in t.value:
        return []
    clock = re.fullmatch(r"(.*)T(\d\d):(\d\d)", t.value)
    if not HALF_OF_DAY.search(t.text) or clock is None:
        return []
    hours: list[re.Match[str]] = []
    pos = t.start
    while (m := _CLOCK_START.search(text, max(after, pos - 12), pos)) is not None:
        hours.append(m)
        pos = m.start()
        if m["to"]:
            break  # a range has one start
    if any(m["list"] for m in hours) and not _HOURS_OPEN.search(text, max(0, pos - 10), pos):
        hours = [m for m in hours[:1] if m["to"]]  # "Nos. 3 and 4 p.m." lists no hours
    out: list[Timex] = []
    later = int(clock.group(2))
    for m in hours:
        hour = int(m["h"]) % 12 + (12 if later >= 12 else 0)
        if hour > later:  # "11-1 p.m.": the morning before the afternoon
            hour -= 12
        if hour < 0:
            break
        later = hour
        end = m.end("mi") if m["mi"] else m.end("h")
        value = f"{clock.group(1)}T{hour:02d}:{m['mi'] or '00'}"
        rule = "range_start_clock" if m["to"] else "listed_clock"
        out.append(
            Timex(
                m.start(),
                end,
                text[m.start() : end],
                "TIME",
                value,
                rule,
                interval=t.interval,
                anchor="next timex",
            )
        )
    return out[::-1]


def range_ends(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with the end of a clock, month or day range after each start ("10 a.m.-4
    p.m.": 16:00 the same day; "July-September": September of the same year; "April 24
    and 25", "Oct. 5-6": a day of the same month; "March 30-April 4": a date of the same
    year, or the next one when its month is earlier), as TimeML tags each end."""
    out: list[Timex] = []
    skip = False
    for i, t in enumerate(timexes):
        if skip:
            skip = False
            continue
        out.append(t)
        after = timexes[i + 1] if i + 1 < len(timexes) else None
        end = _range_end(text, t)
        if end is None or (after is not None and end.end > after.start):
            continue
        if (
            end.rule == "range_end_month"
            and after is not None
            and after.rule == "year"
            and re.fullmatch(r",?\s+", text[end.end : after.start])
        ):
            # "June-August 2012": the year is the range's, both months in it (the start's
            # the year before when it comes later in the calendar: "November-February 2013")
            year = int(after.value)
            start_month, end_month = int(t.value[5:7]), int(end.value[5:7])
            first = f"{year - (start_month > end_month)}-{start_month:02d}"
            out[-1] = dataclasses.replace(
                t, value=first, interval=interval_of(first), anchor="next timex"
            )
            value = f"{year}-{end_month:02d}"
            end = spanning(
                end, after, text, "DATE", value, "range_end_month", None, interval_of(value)
            )
            skip = True
        elif (
            end.rule in ("range_end_day", "range_end_date")
            and after is not None
            and after.rule == "year"
            and re.fullmatch(r",\s*", text[end.end : after.start])
            and _RANGE_YEAR_ENDS.match(text, after.end)
        ):
            # "Aug. 20-21, 1968", "Aug. 30-Sept. 2, 1998": the year is the range's, both
            # days in it (the start's the year before when its month comes later), or the
            # end's alone when the start has its own ("June 5, 2015-June 7, 2016")
            year = int(after.value)
            if not WRITTEN_YEAR.search(t.text):
                first = f"{year - (t.value[5:7] > end.value[5:7]):04d}{t.value[4:]}"
                out[-1] = dataclasses.replace(
                    t, value=first, interval=interval_of(first), anchor="next timex"
                )
            value = f"{year:04d}{end.value[4:]}"
            end = spanning(end, after, text, "DATE", value, end.rule, None, interval_of(value))
            skip = True
        day = _day_after_clock_range(text, end, after)
        if day is not None and after is not None:
            # "10 a.m.-4 p.m. Saturday": both ends on the day, which joins the end (a start
            # with a day of its own keeps it: "Thursday, 7:30 a.m.-3:30 p.m. Friday")
            if t.rule == "clock_time":
                out[-1] = dataclasses.replace(
                    t, value=day + t.value[t.value.index("T") :], anchor="next timex"
                )
            value = day + end.value[end.value.index("T") :]
            rule = after.rule + "+range_end_clock"
            end = spanning(end, after, text, "TIME", value, rule, None, after.interval)
            skip = True
        elif after is not None and end.rule in ("range_end_day", "range_end_date"):
            timexes[i + 1] = _counted_from_the_end(t, end, after)
        out.append(end)
    return out


def _counted_from_the_end(start: Timex, end: Timex, after: Timex) -> Timex:
    """``after``, a day counted on from the start of the day range ``start``-``end`` ("press
    days are Nov. 20-21, with public days beginning the following day"), counted on from
    its end instead: the range was the time named last."""
    if after.rule != "day_relative_to_previous" or not all(
        re.fullmatch(r"\d{4}-\d\d-\d\d", t.value) for t in (start, end, after)
    ):
        return after
    offset = (dt.date.fromisoformat(after.value) - dt.date.fromisoformat(start.value)).days
    if not 1 <= offset <= 3:
        return after
    value = (dt.date.fromisoformat(end.value) + dt.timedelta(days=offset)).isoformat()
    return dataclasses.replace(after, value=value, interval=interval_of(value))


#: a year written in a timex ("June 5, 2015", "June 5, '15" already have their own)
WRITTEN_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b|['’]\d\d\b")
#: what may follow a range's year ("Aug. 20-21, 1968."): a stop or a small word, not a
#: noun it would count ("March 2-3, 1500 police officers")
_RANGE_YEAR_ENDS = re.compile(
    r"\s*(?:[,.;:)!?\"”’']|$)|\s+(?:and|or|but|to|in|on|at|for|with|by|from|when|as|after"
    r"|before|the|a|an|he|she|they|it|we)\b"
)
#: the gap between a clock range's end and the day it is on: " ", " on ", ", "
_ON_DAY = re.compile(r"(?:,?\s+on|,)?\s+")


def _day_after_clock_range(text: str, end: Timex, after: Timex | None) -> str | None:
    """The day (ISO date) the timex ``after`` names right after the clock range ending in
    ``end`` ("10 a.m.-4 p.m. on Saturday"), or None."""
    if end.rule != "range_end_clock" or after is None or after.type != "DATE":
        return None
    # also an undated text's weekday ("7:30 a.m.-3:30 p.m. Friday": XXXX-WXX-5)
    day = DAY_VALUE.fullmatch(after.value) or re.fullmatch(UNDATED_DAY, after.value)
    if day is None or not _ON_DAY.fullmatch(text, end.end, after.start):
        return None
    if _DAY_RANGE_GOES_ON.match(text, after.end):
        return None  # "10 a.m.-4 p.m. Monday-Saturday": the hours of a range of days
    return day.group(0)


#: a range of days going on after a weekday ("-Saturday", " through Thursday")
_DAY_RANGE_GOES_ON = re.compile(r"\s*(?:-|–|—|to|through|thru)\s*[A-Z][a-z]+day\b")


def _range_end(text: str, t: Timex) -> Timex | None:
    """The timex ending a range that starts with ``t``, or None."""
    day = DAY_VALUE.fullmatch(t.value) if t.type == "DATE" else None
    if t.type == "TIME" and (dated := _CLOCK_THEN_DAY.search(t.text)):
        # "7 a.m. to 4 p.m. April 24-25": the hours of each day of a range
        day = DAY_VALUE.match(t.value)
        if day is None or int(dated["day"]) != int(day.group(3)):
            day = None
    if day is not None:
        return _day_end(text, t, day)
    if t.type == "TIME" and "T" in t.value and t.rule.endswith("clock_time"):
        m = _CLOCK_END.match(text, t.end)
        if m is None:
            return None
        hour = int(m["h"]) % 12 + (12 if m["ampm"].lower() == "p" else 0)
        value = f"{t.value.split('T', 1)[0]}T{hour:02d}:{m['mi'] or '00'}"
        start = m.start("h")
        return Timex(
            start, m.end(), text[start : m.end()], "TIME", value, "range_end_clock",
            interval=t.interval, anchor="previous timex",
        )  # fmt: skip
    month = MONTH_VALUE.fullmatch(t.value)
    if t.type == "DATE" and month and not month.group(3) and t.rule.startswith("month"):
        m = _MONTH_END.match(text, t.end)
        if m is None or not m["month"][0].isupper():
            return None
        number = month_number(m["month"])
        year = month.group(1)
        if year != "XXXX" and number < int(month.group(2)):
            year = f"{int(year) + 1:04d}"  # "November-February": into the next year
        value = f"{year}-{number:02d}"
        start = m.start("month")
        return Timex(
            start, m.end(), text[start : m.end()], "DATE", value, "range_end_month",
            interval=interval_of(value), anchor="previous timex",
        )  # fmt: skip
    return None


#: a clock time's text that ends with the day it is on ("4 p.m. April 24")
_CLOCK_THEN_DAY = re.compile(r"[A-Za-z.]\s+(?P<day>[12]\d|3[01]|0?[1-9])$")


#: the word opening a range before its start ("from", "between")
RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.I)
#: the words between a range's start and its end ("until", "to", "and", "-")
_RANGE_TO = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*", re.I)


def a_range(text: str, prev: Timex, t: Timex) -> bool:
    """Whether ``prev`` and ``t`` are the two ends of a range ("from Monday to Friday",
    "Dec. 24-Jan. 2"; "Monday and Friday" only after "from" or "between")."""
    joint = _RANGE_TO.fullmatch(text, prev.end, t.start)
    return bool(joint) and not (
        joint.group(0).strip().lower() == "and"
        and not RANGE_OPEN.search(text, max(0, prev.start - 10), prev.start)
    )


#: a weekday alone, with no word that places it ("Friday", not "last Friday")
_BARE_WEEKDAY = re.compile(WEEKDAY_NAME)


#: between a start's weekday and an end's: "begins Monday and ends Saturday"
_THEN_ENDS = re.compile(
    r",?\s+and\s+(?:(?:it|will|would|is\s+to)\s+)?(?:end(?:s|ed)?|close[sd]?|conclude[sd]?"
    r"|finish(?:es|ed)?|wrap(?:s|ped)?\s+up)\s+(?:on\s+)?",
    re.I,
)


def weekday_range_ends(text: str, timexes: list[Timex], dct: dt.date | None) -> None:
    """Put the two weekdays of a range in order when their readings crossed: "closing
    from midday on Saturday until Sunday", said on the Saturday, ends the next day (a past
    clause read the bare "Sunday" as the latest one); "early voting ran from Monday through
    Saturday" starts the Monday before that Saturday (the latest Monday, or the DCT's own,
    came after it); so does "open Tuesday to Saturday" or "Monday-Friday", which need no
    "from". A range read ahead, or one that starts at a time of the DCT's own day,
    keeps its start and moves its end; any other keeps its end and moves its start. A
    range whose end was read a week or more after its start ends in the start's week."""
    for i in range(1, len(timexes)):
        prev, t = timexes[i - 1], timexes[i]
        first = DAY_VALUE.match(prev.value)  # also "2016-12-17T12:00"
        last = DAY_VALUE.match(t.value)
        if not (prev.rule.startswith("weekday") and t.rule.startswith("weekday")):
            continue
        if not (first and last) or "X" in prev.value + t.value:
            continue
        if not (a_range(text, prev, t) or _THEN_ENDS.fullmatch(text, prev.end, t.start)):
            continue
        begin = dt.date.fromisoformat(first.group(0))
        end = dt.date.fromisoformat(last.group(0))
        if 7 <= (end - begin).days < 14 and _BARE_WEEKDAY.fullmatch(prev.text):
            # "earning $44 million from Friday through Sunday" on a Monday: the end read
            # ahead of a start read back ends the week the start begins
            value = (end - dt.timedelta(days=7)).isoformat() + t.value[10:]
            timexes[i] = dataclasses.replace(
                t, value=value, rule="weekday_range", interval=interval_of(value), anchor="range"
            )
            continue
        if end >= begin or (begin - end).days >= 7:
            continue
        if "future" in t.rule or (begin == dct and prev.type == "TIME"):
            # the range lies ahead, or runs on from a time today ("from midday on Saturday")
            i_moved, moved, day = i, t, end + dt.timedelta(days=7)
        else:  # a past range: its start is the earlier such day
            i_moved, moved, day = i - 1, prev, begin - dt.timedelta(days=7)
        value = day.isoformat() + moved.value[10:]  # a part of the day stays ("Sunday night")
        timexes[i_moved] = dataclasses.replace(
            moved, value=value, rule="weekday_range", interval=interval_of(value),
            anchor="range",
        )  # fmt: skip


def _day_end(text: str, t: Timex, day: re.Match[str]) -> Timex | None:
    """The day ("April 24 and 25") or date ("March 30-April 4") ending a range that starts
    with the dated day ``t`` (value matched as ``day``), or None."""
    r = _DAY_END.match(text, t.end)
    if r is not None:
        if int(r["day"]) <= int(day.group(3)) or int(r["day"]) > days_in_month(int(day.group(2))):
            return None  # "June 7- 2" is a vote, "Feb. 27-30" no date
        value = f"{day.group(1)}-{day.group(2)}-{int(r['day']):02d}"
        start, end, rule = r.start("day"), r.end("day"), "range_end_day"
    else:
        r = _DATE_END.match(text, t.end)
        if r is None or not day.group(1).isdigit():
            return None
        month, dnum = month_number(r["month"]), int(re.sub(r"\D", "", r["day"]))
        year = int(day.group(1)) + (1 if month < int(day.group(2)) else 0)
        try:
            value = dt.date(year, month, dnum).isoformat()
        except ValueError:
            return None
        start, end, rule = r.start("month"), r.end(), "range_end_date"
    return Timex(
        start, end, text[start:end], "DATE", value, rule,
        anchor="previous timex", interval=interval_of(value),
    )  # fmt: skip
