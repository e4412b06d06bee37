"""The years of a range's two days put in order when, read apart, they crossed ("would
close the line between Christmas Eve and 2 January" said on December 28)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from fivews.timeline.dates import interval_of, month_end, real_date
from fivews.timeline.holiday_dates import HOLIDAYS, holiday_date, holiday_key
from fivews.timeline.ranges import WRITTEN_YEAR, a_range
from fivews.timeline.records import Timex, sentence_around


def dated_range_years(text: str, timexes: list[Timex], dct: dt.date | None) -> None:
    """Put the two days of a range in order when their years, read apart, crossed: "would
    close the line between Christmas Eve and 2 January" said on December 28 runs from this
    Christmas Eve, not next year's; "was closed from Dec. 24 to Jan. 2" ends in the new
    year. Of moving the start a year back or the end a year on, the range that lies
    nearer the DCT is kept, without moving a day read near the DCT or against its clause's
    tense (the end of a range a decision set, which starts after the DCT, may follow it
    there: "was banned from Feb. 10 to May 9" written on Feb. 1); when no day may move, a
    range is put in the order that holds the DCT (a season under way: "must slow down from
    Nov. 15 to March 31" in February); only a range of up to half a year is put in order.
    Days with a written year
    are left alone."""
    if dct is None:
        return
    for i in range(1, len(timexes)):
        prev, t = timexes[i - 1], timexes[i]
        if _MONTH_ONLY.fullmatch(prev.value) and _MONTH_ONLY.fullmatch(t.value):
            _month_range_years(text, timexes, i, dct)
            continue
        first, last = _DATE_ONLY.match(prev.value), _DATE_ONLY.match(t.value)
        if not (first and last) or prev.rule.startswith("weekday") or t.rule.startswith("weekday"):
            continue
        if WRITTEN_YEAR.search(t.text):
            continue
        if not a_range(text, prev, t):
            continue
        begin, end = dt.date.fromisoformat(first.group(0)), dt.date.fromisoformat(last.group(0))
        if WRITTEN_YEAR.search(prev.text):
            # "between Dec. 24, 2011 and Jan. 2": the end is the first such day after the start
            same = real_date(begin.year, end.month, end.day)
            after = (
                same
                if same is not None and same >= begin
                else real_date(begin.year + 1, end.month, end.day)
            )
            if after is not None and after != end and (after - begin).days < 366:
                value = after.isoformat() + t.value[10:]
                timexes[i] = dataclasses.replace(
                    t, value=value, rule=t.rule + "+range_year", interval=interval_of(value)
                )
            continue
        if end >= begin or (begin - end).days < 365 - _SHORT_RANGE:
            continue  # in order, or crossed by more than a short range's length
        options = [
            (i_moved, day, start, stop)
            for i_moved, day, start, stop in (
                (i - 1, _a_year_on(prev, begin, -1), None, end),
                (i, _a_year_on(t, end, 1), begin, None),
            )
            if day is not None
            and (
                _may_move(timexes[i_moved].rule, day, dct)
                or (i_moved == i and begin > dct and _decided_ahead(text, prev.start))
            )
        ]
        if not options:
            # "Boaters must slow down from Nov. 15 to March 31" in February, each end read
            # apart as the nearest: the season under way, when one order holds the DCT
            options = [
                (i_moved, day, start, stop)
                for i_moved, day, start, stop in (
                    (i - 1, _a_year_on(prev, begin, -1), None, end),
                    (i, _a_year_on(t, end, 1), begin, None),
                )
                if day is not None and _days_from(dct, day, start, stop) == 0
            ]
        if not options:
            continue
        i_moved, day, _start, _stop = min(options, key=lambda o: _days_from(dct, *o[1:]))
        moved = timexes[i_moved]
        value = day.isoformat() + moved.value[10:]
        timexes[i_moved] = dataclasses.replace(
            moved, value=value, rule=moved.rule + "+range_year", interval=interval_of(value)
        )


#: a verb of a decision a few words before a range, which may set days still ahead ("was
#: banned for three months from Feb. 10 to May 9"; not "exports fell from Dec. 10 to March
#: 9", "was approved, covering purchases made from Dec. 1 to Jan. 15")
_DECIDED_BEFORE = re.compile(
    r"\b(?:banned|barred|suspended|sentenced|restricted|imposed|extended"
    r"|scheduled|approved|postponed|delayed|authori[sz]ed)\b"
    r"(?:\s+[\w'’.-]+){0,5}?\s+(?:from|between)\s+$",
    re.I,
)
#: words of a sentence that place it in a past season or year ("last winter", "a year ago",
#: "was banned in 2017 from Feb. 10 to May 9")
_PAST_ANCHOR = re.compile(
    r"\blast\s+(?:season|year|winter|summer|spring|fall|autumn|month|week|time)\b|\bago\b"
    r"|\b(?:19|20)\d\d\b",
    re.I,
)


def _decided_ahead(text: str, start: int) -> bool:
    """Whether the range starting at ``start`` is one a decision told in its sentence set
    ("The trainer was banned from Feb. 10 to May 9"), in no past season ("was closed from
    Dec. 24 to Jan. 2 last winter")."""
    opening, closing = sentence_around(text, start, start)
    return bool(
        _DECIDED_BEFORE.search(text, opening, start)
        and not _PAST_ANCHOR.search(text, opening, closing)
    )


def _month_range_years(text: str, timexes: list[Timex], i: int, dct: dt.date) -> None:
    """Put the years of a range of two months in order when they crossed ("the dry season,
    which runs from November to April" read as November and April of one year): the
    start moves a year back or the end a year on, whichever range lies nearer the DCT. A
    month read only as the nearest to the DCT may move the way the other end's tense points
    ("He spent seven months in Helmand from November to May", written in October: from
    last November; "will be stationed from March through October", written in November:
    to next October)."""
    prev, t = timexes[i - 1], timexes[i]
    if WRITTEN_YEAR.search(prev.text) or WRITTEN_YEAR.search(t.text) or prev.value <= t.value:
        return
    year, first = int(prev.value[:4]), int(prev.value[5:])
    end_year, last = int(t.value[:4]), int(t.value[5:])
    if not 0 < (year - end_year) * 12 + first - last < 12 or not a_range(text, prev, t):
        return
    crossed = first > last  # "November to May": the range spans New Year
    moves = (  # (the end that moves, the other end, the range once it has moved)
        (i - 1, t, dt.date(end_year - crossed, first, 1), month_end(end_year, last)),
        (i, prev, dt.date(year, first, 1), month_end(year + crossed, last)),
    )
    options = [
        (i_moved, start, stop)
        for i_moved, other, start, stop in moves
        if _may_move(timexes[i_moved].rule, start if i_moved == i - 1 else stop, dct)
        or _told_by_the_other(timexes[i_moved].rule, other.rule, start, stop, dct)
    ]
    if not options:
        return
    i_moved, start, stop = min(options, key=lambda o: _days_from(dct, o[1], o[1], o[2]))
    day = start if i_moved == i - 1 else stop
    value = f"{day.year}-{day.month:02d}"
    moved = timexes[i_moved]
    timexes[i_moved] = dataclasses.replace(
        moved, value=value, rule=moved.rule + "+range_year", interval=interval_of(value)
    )


def _told_by_the_other(rule: str, other: str, start: dt.date, stop: dt.date, dct: dt.date) -> bool:
    """Whether a month read near the DCT (``rule``) may move to make the range from
    ``start`` to ``stop`` the one the other end's tense (``other``) tells: a past range
    ends by the DCT, a future one starts after it."""
    if "near_dct" not in rule:
        return False
    if "past_tense" in other:
        return stop <= month_end(dct.year, dct.month)
    return "future_tense" in other and start >= dct.replace(day=1)


def _a_year_on(t: Timex, day: dt.date, years: int) -> dt.date | None:
    """The day ``t`` names ``years`` years on from ``day``: the same month and day, or a
    holiday's own day that year (Black Friday moves with Thanksgiving; "Thanksgiving
    night" with its holiday); None when that year has no such day (Feb. 29)."""
    if not t.rule.startswith("holiday"):
        return real_date(day.year + years, day.month, day.day)
    name = holiday_key(t.text).removeprefix("the ")
    rule = HOLIDAYS.get(name)
    if rule is None:  # "Thanksgiving night", "early Black Friday": the longest name in it
        names = [k for k in HOLIDAYS if re.search(rf"\b{re.escape(k)}\b", name)]
        rule = HOLIDAYS[max(names, key=len)] if names else None
    if rule is None:
        return real_date(day.year + years, day.month, day.day)
    return holiday_date(rule, day.year + years)


def _days_from(dct: dt.date, day: dt.date, start: dt.date | None, stop: dt.date | None) -> int:
    """How many days the range from ``start`` (or ``day``) to ``stop`` (or ``day``) lies
    from the DCT (0 when it holds it)."""
    low, high = start or day, stop or day
    return 0 if low <= dct <= high else min(abs((low - dct).days), abs((high - dct).days))


def _may_move(rule: str, day: dt.date, dct: dt.date) -> bool:
    """Whether a timex read by ``rule`` may move to ``day``: not a day read near the DCT,
    nor a past clause's day to after the DCT, nor a future clause's to before it."""
    if "near_dct" in rule:
        return False
    if "past_tense" in rule and day > dct:
        return False
    return not ("future_tense" in rule and day < dct)


#: the longest range, in days, whose crossed years are put in order (a holiday closure, a
#: season's run, half a year; not "the fiscal year, which runs from Oct. 1 to Sept. 30",
#: whose year the text does not tell)
_SHORT_RANGE = 183
#: a day's value, perhaps with a time ("2012-12-24", "2012-12-24T09:00")
_DATE_ONLY = re.compile(r"\d{4}-\d\d-\d\d(?=$|T)")
#: a month's value ("2018-11")
_MONTH_ONLY = re.compile(r"\d{4}-\d\d")
