"""Joined extents: a date and the year that places it ("January of this year", "June 16th
of last year", "December 16 last year", "the fall of that year", "the last quarter of that
same year"), "the month of April", and "overnight Saturday" are one expression each; the
parts are found apart and joined, the year or the day deciding the value. A month,
season or quarter joins the year it is "of" as soon as that year is read
(:func:`joined_with_its_year`), so the rules reading the time named last see it in its
year. "The last week of March" is the ISO week of the month's last Thursday (a week
belongs to the month holding its Thursday, as in ISO 8601's numbering).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from fivews.timeline.dates import interval_of, nth_weekday, week_value
from fivews.timeline.idioms import YEAR_RULES
from fivews.timeline.records import Timex, spanning

#: a month's value, with or without a day
MONTH_VALUE = re.compile(r"(\d{4}|XXXX)-(\d\d)(-\d\d)?")
#: gap between a date and the year placing it ("January of this year", "May 5 last year")
_OF_GAP = re.compile(r"\s+(?:of\s+)?", re.I)
#: a season's, quarter's or half's value ("2015-SP", "2016-Q1"), of a known or unknown year
_PART_VALUE = re.compile(r"(?:\d{4}|XXXX)-(SP|SU|FA|WI|Q[1-4]|H[12])")
#: "last" or "final" before a quarter or half: the year's final one, not the latest
_LAST_PART = re.compile(r"\b(?:last|final)\s+(?:quarter|half)\b", re.I)
#: "this year", "last year", "next year" alone (no "earlier"/"later" before it)
_RELATIVE_YEAR = re.compile(r"(?:this|last|next)\s+year", re.I)


def join_extents(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with a date and the year placing it joined ("January of this year",
    "December 16 last year"), "the month of April", "overnight Saturday"."""
    out: list[Timex] = []
    for t in timexes:
        joined = _joined(text, out[-1], t) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(t)
    return out


def joined_with_its_year(text: str, previous: list[Timex], t: Timex) -> Timex | None:
    """The last of ``previous``, a month, season or quarter, and the year ``t`` it is "of"
    ("May of that year", "the fall of the following year") as one timex, or None; so is
    "the same period" and the year it is "in", right after a quarter, half or month ("the
    first half of 2021 … the same period in 2019": ``2019-H1``). Joined as soon as the year is
    read, so the rules reading the time named last see the month in its year."""
    prev = previous[-1]
    if t.rule not in YEAR_RULES:
        return None
    gap = text[prev.end : t.start]
    if re.fullmatch(r"\s+in\s+", gap, re.I) and re.fullmatch(r"\d{4}", t.value):
        return _same_part_in_a_year(text, previous, t)
    if not re.fullmatch(r"\s+of\s+", gap, re.I):
        return None
    return _joined(text, prev, t)


#: "the same" quarter, half, period or month
_SAME_PART = re.compile(r"(?:the|that)\s+same\s+(?:quarter|half|period|month)", re.I)


def _same_part_in_a_year(text: str, previous: list[Timex], t: Timex) -> Timex | None:
    """ "the same period" (read as the quarter, half or month named just before it) and
    the year ``t`` it is "in", as that part of the year ("the same month in 2019" after
    "May": ``2019-05``); None when the time before it is no quarter, half or month ("the
    first 10 months … the same period in 2014")."""
    prev = previous[-1]
    before = previous[-2] if len(previous) > 1 else None
    part = _PART_VALUE.fullmatch(prev.value)
    if (
        before is None
        or not (
            (part is not None and part.group(1).startswith(("Q", "H")))
            or MONTH_VALUE.fullmatch(prev.value)
        )
        or not _SAME_PART.fullmatch(prev.text)
        or before.value[4:] != prev.value[4:]
    ):
        return None
    value = t.value + prev.value[4:]
    return spanning(
        prev, t, text, "DATE", value, "same_part_in_year", prev.mod, interval_of(value),
        "previous timex",
    )  # fmt: skip


#: the first or last month, of a year after it
_EDGE_MONTH = re.compile(r"(?:the\s+)?(first|last|final)\s+month", re.I)


def _joined(text: str, prev: Timex, t: Timex) -> Timex | None:
    """``prev`` and ``t`` as one timex, or None when they are two expressions."""
    gap = text[prev.end : t.start]
    month = MONTH_VALUE.fullmatch(prev.value) if prev.type == "DATE" else None
    if month:
        value = t.value + prev.value[4:]
        if (
            re.fullmatch(r"\s+of\s+", gap, re.I)
            and prev.rule.startswith("month")
            and month.group(1).isdigit()
            and t.rule in YEAR_RULES
            and re.fullmatch(r"XXXX|\d{4}", t.value)
        ):
            # "June 16th of last year", "early June of that year"
            rule = prev.rule + "_of_year"
            edge = _EDGE_MONTH.fullmatch(prev.text)
            if edge and "fiscal" not in t.text.lower():  # "the last month of the year": December
                value = t.value + ("-01" if edge[1].lower() == "first" else "-12")
            anchor = prev.anchor
            return spanning(
                prev, t, text, "DATE", value, rule, prev.mod, interval_of(value), anchor
            )
        if (
            prev.rule.startswith(("month", "day_month"))
            and _OF_GAP.fullmatch(gap)
            and _RELATIVE_YEAR.fullmatch(t.text)
            and re.fullmatch(r"\d{4}|XXXX", t.value)
        ):
            # "December 16 last year" (``XXXX-12-16`` with no DCT)
            return spanning(
                prev, t, text, "DATE", value, "month_relative_year", prev.mod, interval_of(value)
            )
    part = _PART_VALUE.fullmatch(prev.value) if prev.type == "DATE" else None
    if (
        part
        and re.fullmatch(r"\s+of\s+", gap, re.I)
        and not re.search(r"\d", prev.text)
        and not re.match(r"(?:the|that)\s+same\b", prev.text, re.I)  # a year back
        and t.rule in ("year_relative", "year_anaphoric")
        and re.fullmatch(r"XXXX|\d{4}", t.value)
        and not re.match(
            r"['’]s?\b", text[t.end : t.end + 3]
        )  # "the summer of last year's drought"
    ):
        # "the spring of last year", "the first quarter of that year": the year's part
        # ("the third quarter of the year" stays two, as "the first nine months of the year")
        code = part.group(1)
        if _LAST_PART.search(prev.text):  # "the last quarter of that year": its fourth
            code = "Q4" if code.startswith("Q") else "H2" if code.startswith("H") else code
        value = f"{t.value}-{code}"
        rule = prev.rule + "_of_year"
        return spanning(prev, t, text, "DATE", value, rule, prev.mod, interval_of(value), t.anchor)
    if (
        (prev.rule == "the_month" or (prev.rule == "the_unit_no_dct" and prev.value == "XXXX-XX"))
        and re.fullmatch(r"\s+of\s+", gap, re.I)
        and t.type == "DATE"
        and MONTH_VALUE.fullmatch(t.value)
        and t.rule.startswith("month")
    ):
        return spanning(prev, t, text, "DATE", t.value, t.rule, t.mod, interval_of(t.value))
    if (
        prev.text.lower() == "overnight"
        and gap == " "
        and t.type == "DATE"
        and t.rule.startswith("weekday")
        and re.fullmatch(r"\d{4}-\d\d-\d\d|XXXX-WXX-\d", t.value)
    ):
        value = t.value + "TNI"
        return spanning(prev, t, text, "TIME", value, t.rule, t.mod, interval_of(value), t.anchor)
    return None


#: an ordinal week before "of" and a month ("the last week of", "the first week of")
_WEEK_OF = re.compile(
    r"(?P<w>(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week(?P<end>end)?"
    r"\s+(?:of|in)\s+)$",
    re.I,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def week_of_month(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with "the last week of March", "the first week of October 2016" as one
    DATE each: the ISO week holding that Thursday of the month (a "the last week" found
    alone before it is dropped); "the first weekend of September", "the second weekend in
    May" the weekend of that Saturday (``2017-W35-WE``)."""
    out: list[Timex] = []
    for t in timexes:
        month = MONTH_VALUE.fullmatch(t.value) if t.type == "DATE" else None
        if month is None or month.group(3) or not month.group(1).isdigit():
            out.append(t)
            continue
        m = _WEEK_OF.search(text, max(0, t.start - 30), t.start)
        if m is None or (m["end"] and not t.rule.startswith("month")):
            # (a weekend of "the month" is often a standing rule's: "free on the last
            # weekend of the month")
            out.append(t)
            continue
        # the ISO week holding that Thursday (a weekend: Saturday) of the month
        day = nth_weekday(
            int(month.group(1)),
            int(month.group(2)),
            6 if m["end"] else 4,
            _ORDINALS[m["ord"].lower()],
        )
        if day is None:
            out.append(t)
            continue
        start = m.start("w")
        out = [o for o in out if o.end <= start]
        value = week_value(day) + ("-WE" if m["end"] else "")
        out.append(_widened(text, start, t, value, "week_of_month", t.mod))
    return out


def _widened(text: str, start: int, t: Timex, value: str, rule: str, mod: str | None) -> Timex:
    """``t`` reaching back to ``start`` as a DATE of ``value``, made by ``rule``."""
    return Timex(
        start, t.end, text[start : t.end], "DATE", value, rule, mod, interval_of(value), t.anchor
    )


#: the first or last day before "of" and a month or a year ("the first day of next month",
#: "the last day of 2011")
_DAY_OF = re.compile(
    r"(?P<w>(?:the\s+)?(?:(?P<ord>first|last|final)\s+(?P<work>(?:working|business|trading)\s+)?day"
    r"|(?P<num>[12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th))\s+of\s+)$",
    re.I,
)


#: a year or month that is no calendar one ("the fiscal year", "the school year")
_NOT_CALENDAR = re.compile(r"\b(?:fiscal|financial|school|academic|tax|budget|season)\b", re.I)


def _working_day(year: int, month: int, day: int, step: int) -> int:
    """The first working day from ``day`` on (``step`` 1) or back (-1) in the month: a
    weekday other than New Year's Day and Christmas Day, the two holidays markets and
    offices close for nearly everywhere (a country's own holidays are not known here)."""
    date = dt.date(year, month, day)
    while date.weekday() >= 5 or (date.month, date.day) in ((1, 1), (12, 25)):
        date += dt.timedelta(days=step)
    return date.day


def day_of_period(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with "the first day of next month", "the last day of the year" as one
    DATE each: the month's or year's first or last day."""
    out: list[Timex] = []
    for t in timexes:
        m = _DAY_OF.search(text, max(0, t.start - 34), t.start) if t.type == "DATE" else None
        period = re.fullmatch(r"(\d{4})(?:-(\d\d))?", t.value) if m else None
        if m is None or period is None or _NOT_CALENDAR.search(t.text):
            # (not "the last day of the fiscal year", whose end the text does not tell)
            out.append(t)
            continue
        if m["num"] and (not period.group(2) or t.text.lower() == "the month"):
            # "the 14th of 2012": no month; "Rent is due on the 1st of the month": a habit
            out.append(t)
            continue
        first = (m["ord"] or "").lower() == "first"
        year, month = int(period.group(1)), int(period.group(2) or (1 if first else 12))
        last = calendar.monthrange(year, month)[1]
        day = int(m["num"]) if m["num"] else 1 if first else last
        if day > last:
            out.append(t)
            continue
        if m["work"]:
            day = _working_day(year, month, day, 1 if first else -1)
        value = f"{year:04d}-{month:02d}-{day:02d}"
        start = m.start("w")
        out = [o for o in out if o.end <= start]
        out.append(_widened(text, start, t, value, "day_of_period", None))
    return out
