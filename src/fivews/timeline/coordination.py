"""Coordinated expressions: dates that share one year, durations that add up.

Dates that share the year written once, after the last of them:

"In November and December 2007", "the late spring or early summer of 2010", "from May to
June 2015", "on Nov. 5 and Dec. 7, 2007": each month, season or day before the one that
carries the year is in that year (a month later in the calendar than the year's own, as in
"December and January 2008", in the year before). Without this, each earlier date would
take its year from the DCT and the tense, like a date standing alone; in a text with no
DCT, it would stay without a year ("XXXX-01").

Days listed before a date written day first share its month and year: "on the 18th and
19th of August", "the 4th, 5th and 6th of May", "on 18 and 19 August": each bare day is
a date of its own, as TimeML tags each.

Durations joined by "and", the second in smaller units, are one duration, as TimeML tags
them: "two years and six months" (P2Y6M), "a year and a day" (P1Y1D), and "two years and
three months ago" is one date.
"""

from __future__ import annotations

import dataclasses
import re

from fivews.timeline.dates import days_in_month, interval_of
from fivews.timeline.lexicon import LIST_GOES_ON, SENTENCE_OPENS
from fivews.timeline.ranges import RANGE_OPEN
from fivews.timeline.records import Timex
from fivews.timeline.values import DAY_VALUE

#: what joins two coordinated dates: "and", "or", "to", "through", a dash or a comma
_COORDINATOR = re.compile(
    r"\s*(?:,\s*(?:and|or)?|,?\s+(?:and|or|to|through|thru|until|till|into)|\s*[-–—])\s+", re.I
)
#: rules of a date joined to the year after it ("February of next year", "December 16
#: last year")
_YEAR_JOINED = ("_of_year", "_relative_year")
#: a month, season or day value with its year: 2007-11, 2010-SU, 2007-11-05
_DATED = re.compile(r"(\d{4})-(\d\d|SP|SU|FA|WI)(-\d\d)?")
#: the same without its year, in a text with no DCT: XXXX-11, XXXX-SP, XXXX-11-05
_YEARLESS = re.compile(r"XXXX-(\d\d|SP|SU|FA|WI)(-\d\d)?")
#: rules of a month, season or day left without a year for want of a DCT
_NO_DCT_RULES = ("month_no_year", "month_day_no_year", "season_no_dct")


def share_years(text: str, timexes: list[Timex]) -> None:
    """Give each month, season or day whose year was read from the DCT the year of the
    coordinated date after it that names its year (in place)."""
    for i in range(len(timexes) - 1, 0, -1):
        last = timexes[i]
        if not _names_its_year(last):
            continue
        for j in range(i - 1, -1, -1):
            t, nxt = timexes[j], timexes[j + 1]
            if not (_year_from_dct(t) and _COORDINATOR.fullmatch(text, t.end, nxt.start)):
                break
            year = int(last.value[:4])
            ranged = _RANGE_JOINER.search(text, t.end, nxt.start) is not None
            if _later_month(t.value[5:7], last.value[5:7], ranged):
                year -= 1  # "December and January 2008"
            value = f"{year:04d}{t.value[4:]}"
            timexes[j] = dataclasses.replace(
                t, value=value, rule=t.rule + "_shared_year", interval=interval_of(value),
                anchor="next timex",
            )  # fmt: skip


#: "and"/"or" between a month or season with its year and a bare year ("the spring of
#: 2005 and 2006"); not after "between" (a range: "between March 2005 and 2006")
_AND_YEAR = re.compile(r",?\s+(?:and|or|&)\s+")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
#: a bare year that ends its list, so no noun, verb or another date follows ("2006 levels",
#: "and 2006 saw a rise": the whole year); a preposition or conjunction may ("2006 in Ohio")
_LIST_END = re.compile(
    r"(?![ \t]*(?:[-–/]|(?!(?:when|as|in|on|at|for|but|because|after|before|while|with|by"
    r"|from)\b)[A-Za-z]))"
)


def share_months(text: str, timexes: list[Timex]) -> None:
    """Give a bare year coordinated after a month or season with its year that month or
    season (in place): "in the spring of 2005 and 2006" is ``2006-SP`` too."""
    for i in range(1, len(timexes)):
        t, prev = timexes[i], timexes[i - 1]
        dated = _DATED.fullmatch(prev.value)
        if (
            t.rule != "year"
            or not re.fullmatch(r"\d{4}", t.value)
            or t.text != t.value
            or dated is None
            or dated.group(3)
            or not prev.rule.startswith(("month", "season"))
            or not _AND_YEAR.fullmatch(text, prev.end, t.start)
            or _BETWEEN.search(text, max(0, prev.start - 12), prev.start)
            or not _LIST_END.match(text, t.end)
        ):
            continue
        value = t.value + prev.value[4:]
        timexes[i] = dataclasses.replace(
            t, value=value, rule="year_shared_month", interval=interval_of(value),
            anchor="previous timex",
        )  # fmt: skip


#: what lists two months ("June and November", "June, November")
_MONTH_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|,?\s+(?:and|or|&)\s+)", re.I)


def listed_months(text: str, timexes: list[Timex]) -> None:
    """A month listed after another, later in the calendar, whose year was only the
    nearest to the DCT takes the year of the month before it, in place: "three planned
    for 2026, with the others in June and November", written in February 2026, lists June
    and November of one year (the nearest November alone would be last year's)."""
    for i in range(1, len(timexes)):
        prev, t = timexes[i - 1], timexes[i]
        if (
            t.rule != "month_nearest"
            or t.anchor != "DCT+tense"
            or not prev.rule.startswith("month_")
            or not re.fullmatch(r"\d{4}-\d\d", prev.value)
            or not re.fullmatch(r"\d{4}-\d\d", t.value)
            or not _MONTH_LIST_GAP.fullmatch(text, prev.end, t.start)
            or t.value[5:] <= prev.value[5:]
            or t.value[:4] == prev.value[:4]
        ):
            continue
        value = prev.value[:4] + t.value[4:]
        timexes[i] = dataclasses.replace(
            t, value=value, rule="month_listed", interval=interval_of(value),
            anchor="previous timex",
        )  # fmt: skip


#: the word between the months of a range ("Between January and August")
_RANGE_JOIN = re.compile(r"\s*(?:and|to|through|until|till|-|–)\s*", re.I)


def months_in_order(text: str, timexes: list[Timex]) -> None:
    """The first month of a range ("Between January and August") whose year was only the
    nearest to the DCT, read after the range's end, takes the year that puts it before the
    end, in place: "Between January and August, 1.2 million registered", written in
    October 2022, starts in January 2022 (the nearest January alone would be 2023's)."""
    for i in range(1, len(timexes)):
        first, end = timexes[i - 1], timexes[i]
        if (
            first.rule != "month_nearest"
            or not end.rule.startswith("month_")
            or not re.fullmatch(r"\d{4}-\d\d", first.value)
            or not re.fullmatch(r"\d{4}-\d\d", end.value)
            or first.value <= end.value
            or not _RANGE_JOIN.fullmatch(text, first.end, end.start)
            or not RANGE_OPEN.search(text, max(0, first.start - 10), first.start)
        ):
            continue
        year = int(end.value[:4]) - (first.value[5:] > end.value[5:])
        value = f"{year:04d}{first.value[4:]}"
        timexes[i - 1] = dataclasses.replace(
            first, value=value, rule="month_range_start", interval=interval_of(value),
            anchor="next timex",
        )  # fmt: skip


def _names_its_year(t: Timex) -> bool:
    """Whether ``t`` is a month, season or day with its own year ("December 2007")."""
    return (
        t.type == "DATE"
        and t.rule.startswith(("month", "season"))
        and (t.anchor != "DCT+tense" or t.rule.endswith(_YEAR_JOINED))
        and _DATED.fullmatch(t.value) is not None
    )


def _year_from_dct(t: Timex) -> bool:
    """Whether ``t`` is a month, season or day whose year came from the DCT and tense
    ("November", "the late spring", "Nov. 5"), not from a word ("last May"), or, in a
    text with no DCT, one left without a year."""
    if t.type == "DATE" and t.rule in _NO_DCT_RULES:
        return _YEARLESS.fullmatch(t.value) is not None
    return (
        t.type == "DATE"
        and t.rule.startswith(("month", "season"))
        and t.rule not in ("month_last", "month_next", "month_this")
        and t.anchor == "DCT+tense"
        and not t.rule.endswith(_YEAR_JOINED)
        and _DATED.fullmatch(t.value) is not None
    )


def _later_month(here: str, there: str, ranged: bool) -> bool:
    """Whether month ``here`` comes later in the calendar than month ``there``, or, in a
    range (``ranged``), than the last month of the season ``there`` ("from November until
    the spring of 2006": November 2005; a list need not keep time's order: "in September
    and the summer of 2019"); a season is left in the year written ("the fall and winter of
    2007"), and so is a month before a winter, which spans two years."""
    if not here.isdigit():
        return False
    last = int(there) if there.isdigit() else _SEASON_ENDS.get(there) if ranged else None
    return last is not None and int(here) > last


#: the word or dash of a range between two dates ("November until the spring of 2006")
_RANGE_JOINER = re.compile(r"\b(?:to|through|thru|until|till|into)\b|[-–—]", re.I)
#: the last month of a season that lies within one calendar year
_SEASON_ENDS = {"SP": 5, "SU": 8, "FA": 11}


#: a date written day first ("19th of August", "19 August")
_DAY_FIRST = re.compile(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z]")
#: a day of the month, in figures, maybe with its ordinal's ending ("18", "19th")
_DAY_NUMBER = r"(?P<day>[12]\d|3[01]|0?[1-9])(?P<th>st|nd|rd|th)?"
#: a bare day listed right before another ("the 18th and ", "4th, "), as its last words
_LISTED_DAY = re.compile(
    r"(?P<the>the\s+)?"
    + _DAY_NUMBER
    + r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+|(?P<dash>[-–]))$",
    re.I,
)
#: what may open a list of days: a preposition, "the", a comma or a line start
_LIST_OPENS = re.compile(r"(?:^|\n|\b(?:on|of|from|between|the|and|or)\s+|,\s*)$", re.I)


#: a day listed after a day written month first, with a comma ("May 7, 8 and 9"), and
#: the list's last one, after "and", "or" or "&" (group ``last``)
_DAY_AFTER = re.compile(r"\s*,\s*(?P<last>(?:and|or|&)\s+)?" + _DAY_NUMBER + r"(?![\w:/-]|\.\d)")
_LAST_DAY_AFTER = re.compile(r"\s+(?P<last>and|or|&)\s+" + _DAY_NUMBER + r"(?![\w:/-]|\.\d)")
#: what may follow a list's last day: no word, or a preposition ("May 7, 8 and 9 at the
#: theater") or a conjunction ("Jan. 13 and 14 while staff searched"); another word makes
#: the numbers counts ("May 7, 8 and 9 people")
_AFTER_LIST = re.compile(r"(?!\s*(?!" + LIST_GOES_ON + r"\b)[a-z])", re.I)


#: "in" and a number after a list's last number ("Nov. 1, 6 and 7 in 10 adults"): a share
_SHARE_AFTER = re.compile(r"\s+in\s+\d")
#: a frame opening its sentence before a date ("On June 1, …", "As of May 7, …"): numbers
#: listed after its comma may be the clause's counts, so the list must end the clause
_FRAME_BEFORE = re.compile(SENTENCE_OPENS + r"(?:On|As\s+of|By|Since|Until|From|Through)\s+$")
_LIST_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _days_listed_after(text: str, t: Timex, value: re.Match[str], limit: int) -> list[Timex]:
    """The days listed after the dated day ``t`` written month first, before ``limit``:
    "May 7, 8 and 9" gives 05-08 and 05-09. The list must close with "and", "or" or "&"
    after at least one comma, its days rise within the month, and no word but a
    preposition follow it, so counts stay apart ("on May 7, 8 people died"); after a
    frame opening the sentence ("As of June 1, …") it must end the clause."""
    if not t.text[0].isalpha() or not t.text[-1].isdigit():
        return []
    days: list[re.Match[str]] = []
    at = t.end
    while not (days and days[-1]["last"]) and (m := _DAY_AFTER.match(text, at)) is not None:
        days.append(m)
        at = m.end()
    if days and not days[-1]["last"]:
        m = _LAST_DAY_AFTER.match(text, at)
        if m is None:
            return []
        days.append(m)
    if not days:
        return []
    numbers = [int(value.group(3))] + [int(d["day"]) for d in days]
    month = int(value.group(2))
    end = days[-1].end()
    if (
        end > limit
        or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False))
        or numbers[-1] > days_in_month(month)
        or not _AFTER_LIST.match(text, end)
        or _SHARE_AFTER.match(text, end)
    ):
        return []
    if _FRAME_BEFORE.search(text, max(0, t.start - 12), t.start) and not _LIST_ENDS.match(
        text, end
    ):
        return []  # "As of June 1, 15 and 16 from the district had enrolled": counts
    found = []
    for d in days:
        start, end = d.start("day"), d.end("th") if d["th"] else d.end("day")
        date = f"{value.group(1)}-{value.group(2)}-{int(d['day']):02d}"
        interval = interval_of(date) if date[0].isdigit() else None
        found.append(
            Timex(start, end, text[start:end], "DATE", date, t.rule + "+listed_day",
                  interval=interval, anchor="previous timex")
        )  # fmt: skip
    return found


def listed_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with the bare days listed before a date written day first ("the 18th
    and 19th of August": 08-18 too), each in the date's month and year. The days must be
    ordinals, follow "the" or follow "on", "from" or "between", so a count stays one
    ("scored 12 and 19 August points" has no list). Days listed after a date written
    month first ("May 7, 8 and 9") are added too (:func:`_days_listed_after`)."""
    out: list[Timex] = []
    for i, t in enumerate(timexes):
        value = DAY_VALUE.fullmatch(t.value) if t.type == "DATE" else None
        if value is not None and not _DAY_FIRST.match(t.text):
            limit = timexes[i + 1].start if i + 1 < len(timexes) else len(text)
            out.append(t)
            out.extend(_days_listed_after(text, t, value, limit))
            continue
        if value is None or not _DAY_FIRST.match(t.text) or not t.text[0].isalnum():
            out.append(t)
            continue
        found: list[Timex] = []
        at = t.start
        while (m := _LISTED_DAY.search(text, max(0, at - 16), at)) is not None:
            opens = _LIST_OPENS.search(text, max(0, m.start() - 10), m.start())
            if not m["dash"] and (
                opens is None
                or not (
                    m["th"]
                    or m["the"]
                    or opens.group(0).strip().lower() in ("on", "from", "between")
                )
            ):
                break  # a range's first day ("12-14 July") needs no opening word
            day = int(m["day"])
            start = m.start("the") if m["the"] else m.start("day")
            if day > days_in_month(int(value.group(2))) or (out and out[-1].end > start):
                break
            if m["dash"] and day >= int(value.group(3)):
                break  # a range runs forward ("12-14 July"; not a score, "won 3-1 1 July")
            end = m.end("th") if m["th"] else m.end("day")
            date = f"{value.group(1)}-{value.group(2)}-{day:02d}"
            interval = interval_of(date) if date[0].isdigit() else None
            found.append(
                Timex(
                    start,
                    end,
                    text[start:end],
                    "DATE",
                    date,
                    t.rule + "+listed_day",
                    interval=interval,
                    anchor="next timex",
                )
            )
            at = start
        out.extend(reversed(found))
        out.append(t)
    return out


#: an ISO 8601 duration of whole units (weeks left out: they do not mix with the others)
_DURATION = re.compile(
    r"P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<D>\d+)D)?"
    r"(?:T(?:(?P<H>\d+)H)?(?:(?P<TM>\d+)M)?(?:(?P<S>\d+)S)?)?"
)
#: the duration's units from the largest down
_ORDER = ("Y", "M", "D", "H", "TM", "S")
#: "a day", "one day", "30 minutes": a count and a unit, read as a duration after "and"
_COUNTED = re.compile(r"(?:an?|one|\d+)\s+(?P<unit>day|night|hour|minute|second)s?", re.I)
#: what may part two durations counted in figures that make one ("3 minutes 32 seconds")
_FIGURES_GAP = re.compile(r",?[ \t]+")
_UNIT_CODE = {"day": "D", "night": "D", "hour": "H", "minute": "TM", "second": "S"}


def join_durations(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with a duration and a smaller one after "and" joined into one ("two
    years and six months": P2Y6M, "2 hours and 30 minutes": PT2H30M, "a year and a day":
    P1Y1D; in figures "and" may be left out: "3 minutes 32 seconds"), as TimeML tags one
    expression. The values are added by hand: the parts of two
    ISO 8601 durations in whole units only need writing side by side, which no library
    the project has (dateutil's relativedelta normalises months into years) does as text."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        joined = (
            prev is not None
            and (
                re.fullmatch(r"\s+and\s+", text[prev.end : t.start])
                # "3 minutes 32 seconds", "2 hours, 15 minutes": counted in figures, no "and"
                or (_FIGURES_GAP.fullmatch(text, prev.end, t.start) and t.text[:1].isdigit())
            )
        )
        value = _sum(prev, t) if prev is not None and joined else None
        ago = _years_before(prev, t) if prev is not None and joined else None
        if prev is not None and value is not None:
            out[-1] = Timex(
                prev.start, t.end, text[prev.start : t.end], "DURATION", value,
                prev.rule + "+duration", prev.mod, None, prev.anchor,
            )  # fmt: skip
        elif prev is not None and ago is not None:
            out[-1] = Timex(
                prev.start, t.end, text[prev.start : t.end], "DATE", ago, t.rule, prev.mod,
                interval_of(ago), t.anchor,
            )  # fmt: skip
        else:
            out.append(t)
    return out


def _years_before(prev: Timex, t: Timex) -> str | None:
    """The value of "two years and three months ago": ``t`` ("three months ago") moved
    back by the whole years of ``prev``, or None when they are not such a pair."""
    years = re.fullmatch(r"P(\d+)Y", prev.value) if prev.type == "DURATION" else None
    if years is None or t.rule != "ago" or not re.match(r"\d{4}-\d\d", t.value):
        return None
    return f"{int(t.value[:4]) - int(years.group(1)):04d}{t.value[4:]}"


def _sum(prev: Timex, t: Timex) -> str | None:
    """The value of duration ``prev`` and the smaller ``t`` together, or None when they
    are not such a pair."""
    if prev.type != "DURATION":
        return None
    first = _DURATION.fullmatch(prev.value)
    if t.type == "DURATION":
        second = _DURATION.fullmatch(t.value)
        parts = {} if second is None else {k: v for k, v in second.groupdict().items() if v}
    else:  # "one day" read as a day to come ("a year and one day")
        counted = _COUNTED.fullmatch(t.text)
        if counted is None:
            return None
        n = re.match(r"\d+", t.text)
        parts = {_UNIT_CODE[counted["unit"].lower()]: n.group(0) if n else "1"}
    if first is None or not parts:
        return None
    have = {k: v for k, v in first.groupdict().items() if v}
    if not have or _ORDER.index(max(have, key=_ORDER.index)) >= _ORDER.index(
        min(parts, key=_ORDER.index)
    ):
        return None  # the second must be in smaller units than all of the first
    both = have | parts
    date = "".join(f"{both[k]}{k}" for k in ("Y", "M", "D") if k in both)
    clock = "".join(f"{both[k]}{k[-1]}" for k in ("H", "TM", "S") if k in both)
    return "P" + date + ("T" + clock if clock else "")
