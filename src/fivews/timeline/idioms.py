"""Set phrases of time expressions: time words that are no time expression, named days
whose date never moves, and phrases that complete a time expression.

What it does
    :func:`idiom_spans` finds the words of a text that look like a time but, in a set
    phrase, name something else: a newspaper ("USA TODAY"), a street address ("1600
    Pennsylvania Avenue"), an object ("a Christmas tree"), the future as an idea ("a
    brighter tomorrow"), "overnight" meaning "suddenly" ("it won't happen overnight"),
    banknotes ("a handful of $20s"). A candidate timex overlapping one of them is dropped.

    :func:`resolve_named_past_day` gives the fixed date of a day named by an event of the
    past whatever the publication date: "9/11", "the Sept. 11 attacks" (2001-09-11), where
    a month and day alone would take the publication year.

    :func:`join_phrases` joins a time expression and the words that complete it: "the
    first half of the year", "the
    past decade and a half", "years ago", "mid-morning Thursday".

How
    Both lists are regular expressions in ``data/timex_lexicon.json`` (``idioms``,
    ``named_past_days``), each idiom marking its time-looking part as group ``t``, as
    HeidelTime keeps its negative rules and named dates in resource files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from fivews.structure.overlaps import SpanOverlaps
from fivews.timeline.dates import interval_of, shift_date, week_value
from fivews.timeline.lexicon import (
    LEXICON,
    ORDINALS,
    PARTS_OF_DAY,
    POINT_MODS,
    STRETCH_NOUN_AFTER,
    WEEKDAY_NAME,
)
from fivews.timeline.records import Context, Timex, retimex, sentence_around
from fivews.timeline.this_day_then import this_day_then, this_week_then
from fivews.timeline.values import make_timex, number_value

#: set phrases whose group ``t`` looks like a time and is none
IDIOMS: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in LEXICON["idioms"])
#: the days named by past events (regex -> TIMEX3 value, or ``{value, recent_cues}`` for a
#: date other events share: "the Oct. 7 attack"), fixed whatever the DCT
NAMED_PAST_DAYS: dict[str, str | dict[str, str]] = LEXICON["named_past_days"]
#: all named past days in one pattern, each alternative a named group ``d0``, ``d1``…
NAMED_PAST_DAY_PATTERN = (
    "(?:" + "|".join(f"(?P<d{i}>{pattern})" for i, pattern in enumerate(NAMED_PAST_DAYS)) + ")"
)
_NAMED_VALUES = [v if isinstance(v, str) else v["value"] for v in NAMED_PAST_DAYS.values()]
#: per named day, the words that tell it is that event's when another such day lies near
#: the DCT ("Hamas", "anniversary"), or None for a day no other event shares ("9/11")
_RECENT_CUES = [
    None if isinstance(v, str) else re.compile(v["recent_cues"], re.I)
    for v in NAMED_PAST_DAYS.values()
]
#: days around a named day's date in the DCT's year when the same month and day may be
#: that year's: an anniversary in the news ("on Sept. 11, the candidates attended…"), or,
#: after it, a recent event sharing the date ("the Oct. 7 attack on a police station")
_ANNIVERSARY_DAYS = 60


def idiom_spans(text: str) -> SpanOverlaps:
    """The ``[start, end)`` ranges of ``text`` that look like a time inside a set phrase."""
    return SpanOverlaps((m.start("t"), m.end("t")) for rx in IDIOMS for m in rx.finditer(text))


def resolve_named_past_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "9/11", "the Sept. 11 attacks": the fixed date of the event the words name, when
    that event lies before the DCT (an "Oct. 7 attack" told in 2015 is another one). A
    day other events share is that event's only when the DCT is not within
    :data:`_ANNIVERSARY_DAYS` after the same day of its own year, or the sentence names the
    event's cues ("A year after the Oct. 7 attack", "the Oct. 7 attack by Hamas"; not "The
    Oct. 7 attack on a police station" in a paper of Oct. 15, 2025)."""
    for i, value in enumerate(_NAMED_VALUES):
        if m[f"d{i}"]:
            if ctx.dct is not None and value > ctx.dct.isoformat():
                return None
            cues = _RECENT_CUES[i]
            if ctx.dct is not None and cues is not None:
                that_year = dt.date(ctx.dct.year, int(value[5:7]), int(value[8:10]))
                recent = 0 <= (ctx.dct - that_year).days <= _ANNIVERSARY_DAYS
                if recent and not cues.search(
                    ctx.text, *sentence_around(ctx.text, m.start(), m.end())
                ):
                    return None
            return make_timex(m, "DATE", value, "named_past_day")
    return None


#: rules of a month and day read without a written year ("Sept. 11" in a 2016 text)
_MONTH_DAY_GUESSED = frozenset(
    {
        "month_day_near_dct",
        "month_day_past_tense",
        "month_day_future_tense",
        "month_day_nearest",
        "month_day_no_year",
    }
)


def named_days_again(timexes: list[Timex], dct: dt.date | None) -> None:
    """Give a named past day's fixed date to the same month and day written bare in the
    same text: after "the 9/11 attacks", a later "after Sept. 11" is 2001-09-11 too, not
    the publication year's, unless the text is from around that day of its own year."""
    named = {t.value[5:]: t.value for t in timexes if t.rule == "named_past_day"}
    if not named:
        return
    for i, t in enumerate(timexes):
        value = named.get(t.value[5:10]) if t.rule in _MONTH_DAY_GUESSED else None
        if value is None or len(t.value) != 10:
            continue
        if dct is not None:
            that_year = dt.date(dct.year, int(value[5:7]), int(value[8:10]))
            if abs((dct - that_year).days) <= _ANNIVERSARY_DAYS:
                continue
        timexes[i] = dataclasses.replace(
            t, value=value, rule="named_past_day", interval=interval_of(value), anchor=None
        )


# ---- joined phrases: a time expression and the words or timex that complete it ----------

#: " of " between a month (or day) or a half and the year or period that completes it
_OF = re.compile(r"\s+of\s+", re.I)
#: rules of a year named relative to the DCT or to an earlier year ("last year", "that year")
YEAR_RULES = frozenset(
    {"year", "year_relative", "year_anaphoric", "the_year", "the_year_of_period"}
)
#: "and a half" after a count of years ("the past decade and a half")
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
#: "ago" after a vague duration ("years ago", "months ago")
_AGO = re.compile(r"\s+ago\b", re.I)
#: "from now" after a vague duration ("years from now", "decades hence")
_FROM_NOW = re.compile(r"\s+(?:from\s+now(?!\s+on\b)|hence)\b", re.I)
#: "fiscal year" after a year ("the 2008 fiscal year", and the "budget year" of US wire
#: copy), which TimeBank dates by the year
_FISCAL_YEAR_AFTER = re.compile(r"\s+(?:fiscal|budget)\s+year\b", re.I)
#: a part of the day right before a weekday ("at mid-morning Thursday", "the late night
#: hours Tuesday"; not "a good night Tuesday"): its edge and the part
_PART_BEFORE_DAY = re.compile(
    r"\b(?P<edge>mid-?|early\s+|late\s+)?(?P<part>morning|afternoon|evening"
    r"|(?<=late\s)night|(?<=early\s)night)(?:\s+hours)?\s+$",
    re.I,
)


#: "the first decade of " (up to the tenth, or the last) before a century
_DECADE_OF = re.compile(
    r"\bthe\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last"
    r"|final)\s+decade\s+of\s+$",
    re.I,
)


def join_phrases(text: str, timexes: list[Timex], dct: dt.date | None = None) -> list[Timex]:
    """``timexes`` with the phrases that complete them joined in, in text order.

    - a set and "of" the unit it repeats in: "every day of the year" (``P1D``);
    - a half and "of" the period it halves: "the first half of the year" (``YYYY-H1``),
      "the second half of July" (the month, mod END);
    - "and a half" after years: "the past decade and a half" (``P15Y``);
    - the DCT's day or week in a year gone by: "this day 50 years ago", "this date in
      1941", "This week in 1927";
    - "from now" after a vague duration: "years from now" (``FUTURE_REF``, the "now"
      inside it dropped);
    - "ago" after a vague duration: "years ago", "months ago" (``PXY``…), and "today",
      "this week" or "this month" after a count back ("five years ago this week": the
      week of the day five years before ``dct``, the DCT);
    - "fiscal year" after a year: "the 2008 fiscal year" (the year, as "fiscal 2008");
    - a part of the day before a weekday: "mid-morning Thursday" (a TIME);
    - a decade of a century: "the first decade of the 21st century" (``200``).
    """
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.start <= t.start
            and t.end <= prev.end
            and (prev.start, prev.end) != (t.start, t.end)
        ):
            continue  # "now" inside "years from now", joined in before it
        if prev is not None and _OF.fullmatch(text, prev.end, t.start):
            joined = _joined_of(prev, t, text)
            if joined is not None:
                out[-1] = joined
                continue
        if prev is not None and (joined := _ago_today(prev, t, text, dct)) is not None:
            out[-1] = joined
            continue
        if prev is not None and (joined := this_week_then(prev, t, text, dct)) is not None:
            out[-1] = joined  # "This week in 1927"
            continue
        t = this_day_then(t, text, dct) or t  # "On this day 50 years ago"
        done = _completed(t, text)
        if out and out[-1].start < done.start < out[-1].end:
            done = t  # "Friday night Tuesday": the night is Friday's, not Tuesday's
        while out and done.start <= out[-1].start and out[-1].end <= done.end:
            out.pop()  # the part of the day "early morning" now inside "early morning Sunday"
        out.append(done)
    return sorted(out, key=lambda x: x.start)


#: a count of units back ("a week ago", "15 years ago", "a hundred years ago", "half a
#: century ago")
_UNITS_AGO = re.compile(
    r"(?P<n>half\s+a|[\w-]+(?:\s+hundred)?)\s+(?P<unit>day|week|month|year|decade|centur(?=y|ies))"
    r"(?:s|y|ies)?\s+ago",
    re.I,
)
#: years in a decade and a century
_YEARS_IN = {"decade": 10, "centur": 100}


#: the DCT's own week or month, or the one before, after a count of larger units back
#: ("five years ago this week", "a year ago this month", "20 years ago last week")
_THIS_UNIT = re.compile(r"(?:this|last)\s+(?P<unit>week(?:end)?|month)", re.I)
#: words before a count back that make it a comparison's base ("from a year ago", "lower
#: than a year ago", "their level of a year ago", "compared with a year ago")
_COMPARED_WITH = re.compile(r"\b(?:from|than|of|with|versus|vs\.?|over|since)\s+$", re.I)
#: the DCT's parts of the day a count back may end on ("70 years ago this morning")
_THIS_PART = re.compile(r"this\s+(?:morning|afternoon|evening)|tonight", re.I)
#: the days a count back may end on ("15 years ago today", "ten years ago tomorrow")
_DAY_WORD_RULES = frozenset({"day_word_today", "day_word_tomorrow", "day_word_yesterday"})
#: units a count back may be in for "this week" or "this month" after it
_LARGER_UNITS = {"week": ("month", "year"), "weekend": ("year",), "month": ("year",)}


def _ago_today(prev: Timex, t: Timex, text: str, dct: dt.date | None) -> Timex | None:
    """ "a week ago today", "15 years ago today", "ten years ago tomorrow": the one day
    that many units before the day; "five years ago this week", "a year ago this month",
    "20 years ago last week": the week or month of the day that many units before the DCT
    (of the week's Thursday without one); or None."""
    units = _UNITS_AGO.fullmatch(prev.text)
    this = _THIS_UNIT.fullmatch(t.text)
    if (
        units is None
        or not re.fullmatch(r"[ \t]+", text[prev.end : t.start])
        or re.match(r"['’]s\b", text[t.end : t.end + 3])  # "ten years ago today's champion"
        # "rose 2.9 percent from a year ago last month": a comparison's base, then the time
        # of what is compared
        or _COMPARED_WITH.search(text, max(0, prev.start - 14), prev.start)
    ):
        return None
    n = 0.5 if units["n"].lower().startswith("half") else number_value(units["n"])
    unit = units["unit"].lower()
    if n is not None and unit in _YEARS_IN:  # "a century ago today": 100 years
        n, unit = n * _YEARS_IN[unit], "year"
    if n is None or n != int(n):
        return None
    code = unit[0].upper()  # D, W, M, Y
    if t.rule in _DAY_WORD_RULES and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
        day = shift_date(dt.date.fromisoformat(t.value), -int(n), code)
        return retimex(prev, text, prev.start, t.end, value=day.isoformat(), rule="ago_today")
    part = re.fullmatch(r"(\d{4}-\d\d-\d\d)(T[A-Z]{2})", t.value)
    if part is not None and _THIS_PART.fullmatch(t.text):
        # "Seventy years ago this morning", "50 years ago tonight": that part of that day
        day = shift_date(dt.date.fromisoformat(part[1]), -int(n), code)
        return retimex(
            prev,
            text,
            prev.start,
            t.end,
            type="TIME",
            value=day.isoformat() + part[2],
            rule="ago_part_of_day",
        )
    if (
        t.rule.startswith("weekday")
        and re.fullmatch(WEEKDAY_NAME, t.text)
        and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)
        and not re.match(r"[ \t]+[A-Z]", text[t.end : t.end + 2])  # "ago Sunday Times"
    ):
        # "a week ago Tuesday", "50 years ago Tuesday": that many units before the day; an
        # anniversary's day is the one of that name nearest the DCT, whatever the tense of
        # what happened ("Fifty years ago Tuesday, Apollo 11 lifted off" in Monday's paper
        # is tomorrow's)
        day = dt.date.fromisoformat(t.value)
        if dct is not None and code == "Y":
            ahead = (day.isoweekday() - dct.isoweekday()) % 7
            day = dct + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
        day = shift_date(day, -int(n), code)
        return retimex(prev, text, prev.start, t.end, value=day.isoformat(), rule="ago_weekday")
    if this is None or unit not in _LARGER_UNITS[this["unit"].lower()]:
        return None
    week = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", t.value)
    month = re.fullmatch(r"(\d{4})-(\d\d)", t.value)
    if week is not None and week[3]:  # "100 years ago this weekend": that year's weekend
        saturday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 6)
        value = week_value(shift_date(saturday, -int(n), code)) + "-WE"
    elif week is not None:
        day = dct if dct is not None and week_value(dct) == t.value else None
        day = day or dt.date.fromisocalendar(int(week[1]), int(week[2]), 4)
        value = week_value(shift_date(day, -int(n), code))
    elif month is not None:
        back = shift_date(dt.date(int(month[1]), int(month[2]), 1), -int(n), code)
        value = f"{back.year}-{back.month:02d}"
    else:
        return None
    return retimex(prev, text, prev.start, t.end, value=value, rule="ago_this_unit")


def _joined_of(prev: Timex, t: Timex, text: str) -> Timex | None:
    """``prev`` "of" ``t`` as one timex ("the first half of the year"), or None when they
    are not one expression (a month "of" a year is joined by
    :func:`fivews.timeline.joined_extents.join_extents`)."""
    if prev.type == "SET" and re.fullmatch(r"the\s+(?:year|month|week|day)", t.text, re.I):
        return retimex(prev, text, prev.start, t.end)  # "every day of the year": one set
    half = re.fullmatch(r"(?:the\s+)?(first|second|last|back|front)\s+half", prev.text, re.I)
    if not (half and prev.rule.startswith("quarter")):
        return None
    second = half.group(1).lower() not in ("first", "front")
    if t.rule in YEAR_RULES and re.fullmatch(r"\d{4}", t.value):
        value = f"{t.value}-H{2 if second else 1}"
        return retimex(prev, text, prev.start, t.end, value=value, rule="half_of_year")
    if re.fullmatch(r"\d{4}-\d\d|\d\d", t.value):  # a month, a century
        mod = "END" if second else "START"
        return retimex(prev, text, prev.start, t.end, value=t.value, mod=mod, rule="half_of")
    return None


#: the article before it
_A_BEFORE = re.compile(r"\b(?:an?|the)[ \t]+$", re.I)


def _completed(t: Timex, text: str) -> Timex:
    """``t`` with the words after or before it that complete it ("and a half", "ago")."""
    years = re.fullmatch(r"P(\d+)Y", t.value)
    half = _AND_A_HALF.match(text, t.end)
    if t.type == "DURATION" and years and half:
        n = int(years.group(1))  # "a decade and a half" is 15 years, "a year and a half" 18 months
        value = f"P{n * 3 // 2}Y" if n % 2 == 0 else f"P{n // 2 * 3 + 1}Y6M"
        return retimex(t, text, t.start, half.end(), value=value)
    period = STRETCH_NOUN_AFTER.match(text, t.end)
    if t.type == "DURATION" and period and re.fullmatch(r"[\w.]+-[a-z]+", t.text):
        det = _A_BEFORE.search(text, max(0, t.start - 4), t.start)
        if det is not None:
            # "over a 10-year period", "the three-month span": the whole noun phrase, as
            # TimeBank tags "a three-year period"
            return retimex(t, text, det.start(), period.end())
    ago = _AGO.match(text, t.end)
    if t.type == "DURATION" and t.value.startswith(("PX", "PTX")) and ago:
        # TimeBank's convention: "months ago" ("hours ago") is the vague duration, "ago" in
        # its extent
        return retimex(t, text, t.start, ago.end())
    ahead = _FROM_NOW.match(text, t.end)
    if t.type == "DURATION" and t.value.startswith(("PX", "PTX")) and ahead:
        # "years from now": a time ahead, as "a few years from now" is
        return retimex(t, text, t.start, ahead.end(), type="DATE", value="FUTURE_REF")
    fiscal = _FISCAL_YEAR_AFTER.match(text, t.end)
    if fiscal and t.rule == "year" and re.fullmatch(r"\d{4}", t.value):
        start = t.start - 4 if text[max(0, t.start - 4) : t.start].lower() == "the " else t.start
        return retimex(t, text, start, fiscal.end(), rule="fiscal_year")
    decade = _DECADE_OF.search(text, max(0, t.start - 40), t.start)
    if (
        decade
        and t.rule.startswith("century")
        and re.fullmatch(r"\d\d", t.value)
        and not text.startswith(("'s", "’s"), t.end)  # "…of the 20th century's second half"
    ):
        # "the first decade of the 21st century" (200), "the last decade of the 20th" (199)
        word = decade["ord"].lower()
        n = 10 if word in ("last", "final") else ORDINALS[word]
        value = f"{t.value}{n - 1}"
        return retimex(t, text, decade.start(), t.end, value=value, rule="decade_of_century")
    part = _PART_BEFORE_DAY.search(text, max(0, t.start - 20), t.start)
    if part and t.type == "DATE" and t.rule.startswith("weekday") and not t.mod:
        value = f"{t.value}T{PARTS_OF_DAY[part['part'].lower()]}"
        mod = POINT_MODS.get((part["edge"] or "").strip().lower())  # "early morning": START
        return retimex(t, text, part.start(), t.end, type="TIME", value=value, mod=mod)
    return t
