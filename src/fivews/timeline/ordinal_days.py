"""A day of the month named by its ordinal alone ("will hear the petition on the 14th",
"Thursday, the 20th"), as Indian, British and Australian copy writes it: the day of the
DCT's month, or of the month before or after when the clause's tense says the day has
passed or is still to come."""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.dates import interval_of, real_date, shift_months
from fivews.timeline.lexicon import ORDINALS
from fivews.timeline.records import Context, Timex, sentence_around
from fivews.timeline.tense import FUTURE, PAST, PRESENT
from fivews.timeline.values import make_timex

#: words before "the" and an ordinal day, each a fixed-width look-behind: a preposition
#: ("on the 14th", "by the 20th"), a part of a day and "of" ("on the morning of the 3rd",
#: tagged alone as TimeBank tags "the night of Oct. 23") or a weekday's comma ("Thursday,
#: the 20th")
_BEFORE = (
    "|".join(
        rf"(?<=\b{word}\s)"
        for word in (
            *("on", "by", "until", "till", "before", "after", "since"),
            *("morning of", "afternoon of", "evening of", "night of"),
        )
    )
    + r"|(?<=day,\s)"
)
#: the rule's pattern: "the 14th" closing its phrase (not "the 14th floor", "the 14th
#: century", "the 14th of May": a month's day, or "of this month", joined later)
ORDINAL_DAY = (
    rf"(?:{_BEFORE})the\s+(?P<dnum>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
    # not the first of a list ("on the 4th, 5th and 6th of May", "the 18th and 19th")
    r"(?=\s*(?:[,.;:!?)]|$|(?:and|or|but|to|when|after|before|as|while|because)\b"
    # a verb of the clause right after ("presided over by the premier on the 15th decided",
    # "said on the 9th that"; not "the 3rd seeded player"; a present "says" after it would
    # read the day ahead)
    r"|(?:that|said|told|(?!(?:seeded|ranked|rated|placed|numbered)\b)(?-i:[a-z]+ed))\b"
    # "an arrival on the 16th at the earliest"
    r"|at\s+the\s+(?:earliest|latest)\b(?!\s+[a-z])))"
    r"(?!\s*(?:,|and|or|to|through|-)\s*(?:the\s+)?\d)"
)


#: words of a sentence whose ordinals count holes, laps, rounds or floors ("birdied on the
#: 14th", "pitted after the 30th")
_COUNTED_THINGS = re.compile(
    r"\b(?:holes?|birdie[sd]?|bogey(?:s|ed)?|par|eagle[sd]?|putts?|tee|green|fairway|laps?"
    r"|rounds?|innings?|minutes?|floors?|storeys?|stage|race)\b"
    r"|\b(?:the|in)\s+\d{1,2}(?:st|nd|rd|th)\s+(?:place|position)\b",
    re.I,
)


def guard_bare_ordinal(m: re.Match[str], text: str) -> bool:
    """Not in a sentence of golf, racing or counted floors ("bogeyed on the 17th")."""
    start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    end = min(i for i in (text.find(".", m.end()), text.find("\n", m.end()), len(text)) if i >= 0)
    return _COUNTED_THINGS.search(text, start, end) is None


def resolve_bare_ordinal(m: re.Match[str], ctx: Context) -> Timex | None:
    """The day ``m["dnum"]`` of the DCT's month; of the next month when a present or
    future clause names a day before the DCT's, of the month before when a past clause
    names one after it (none without a DCT: the month is unknown)."""
    if ctx.dct is None:
        return None
    dnum = int(m["dnum"])
    tense = ctx.tense(m.start(), m.end())
    step = 0
    if tense in (PRESENT, FUTURE) and dnum < ctx.dct.day:
        step = 1  # "will hear it on the 4th" on June 10: July 4
    elif tense == PAST and dnum > ctx.dct.day:
        step = -1  # "was arrested on the 24th" on June 10: May 24
    day = real_date(*_month_of(ctx.dct, step), dnum)
    if day is None:
        return None
    return make_timex(m, "DATE", day.isoformat(), "bare_ordinal_day", anchor="DCT+tense")


def weekday_with_ordinal(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with a weekday and the ordinal day after its comma ("Thursday, the
    16th", "Tuesday, the 8th") as one timex, on the date of that day of the month nearest
    the ordinal's own reading that falls on that weekday (unjoined when none does)."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if (
            prev is None
            or t.rule != "bare_ordinal_day"
            or not prev.rule.startswith("weekday")
            or not re.fullmatch(r",\s*", text[prev.end : t.start])
            or not re.match(r"\d{4}-\d\d-\d\d$", prev.value)
        ):
            out.append(t)
            continue
        told = dt.date.fromisoformat(t.value[:10])
        weekday = dt.date.fromisoformat(prev.value).isoweekday()
        options = [
            d
            for step in (0, 1, -1, 2, -2)
            if (d := real_date(*_month_of(told, step), told.day)) is not None
            and d.isoweekday() == weekday
        ]
        if not options:
            out.append(t)
            continue
        value = options[0].isoformat() + t.value[10:]
        out[-1] = Timex(
            prev.start,
            t.end,
            text[prev.start : t.end],
            t.type,
            value,
            "weekday_with_ordinal",
            t.mod,
            interval_of(value),
            t.anchor,
        )
    return out


def _month_of(day: dt.date, step: int) -> tuple[int, int]:
    """The year and month ``step`` months from ``day``'s."""
    moved = shift_months(day.replace(day=1), step)
    return moved.year, moved.month


#: the rule's pattern for a day that recurs in each month: "the 14th of each month", "the
#: second Tuesday of every month", "the last day of each month"
MONTHLY_DAY = (
    r"(?:the\s+)?(?:(?P<mnth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
    r"(?P<mwd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"|(?P<mday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|(?P<medge>first|last|final)"
    r"(?:\s+(?P<mwork>business|working|trading))?(?:\s+day)?"
    r"|(?P<mword>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty-first))"
    r"\s+of\s+(?:each|every|(?P<mthe>the))\s+(?P<munit>month|quarter|year)\b(?!-)"
)


#: a past or future auxiliary before "the first Monday of the month" in its sentence: one
#: such day, no habit
_ONE_TIME_BEFORE = re.compile(
    r"\b(?:will|['’]ll|would|shall|going\s+to|was|were|had|did|last|next)\b", re.I
)


#: a timetable's verb right before "the last day of the month" ("The amnesty program ends
#: on the last day of the month") or a copula ("The deadline is the 15th of the month"):
#: the one day of this month
_TIMETABLE_BEFORE = re.compile(
    r"\b(?:ends?|begins?|starts?|expires?|closes?|opens?|launch(?:es)?|runs?\s+out"
    r"|takes?\s+effect|kicks?\s+off|lapses?)\s+(?:on\s+|at\s+|by\s+)?$"
    # … or a copula naming the day ("The deadline is the 15th of the month")
    r"|\b(?:is|are|was|will\s+be)\s+$",
    re.I,
)


def resolve_monthly_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the 14th of each month" (``XXXX-XX-14``), "the first day of every month"
    (``XXXX-XX-01``): a SET of that day of each month; a weekday or the last day of each
    month, which no day number names, is a monthly set (``P1M``); so is "the third Tuesday
    of every quarter" a quarterly one (``P1Q``) and "the first Monday of each year" a
    yearly one (``P1Y``). "of the month" is such a set in a clause of the present, which
    tells a habit ("The club meets on the first Monday of the month", "Rent is due on the
    first of the month"); in one told in the past or the future ("will resign on the first
    Monday of the month") it is left to the rules of days and of "the month"."""
    unit = m["munit"].lower()
    if m["mthe"] and (
        unit != "month"
        or ctx.tense(m.start(), m.end()) == PAST
        or _ONE_TIME_BEFORE.search(
            ctx.text, sentence_around(ctx.text, m.start(), m.end())[0], m.start()
        )
        or _TIMETABLE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        or ctx.text[max(0, m.start() - 1) : m.start()] in ('"', "“")  # "The First of the Month"
    ):
        return None
    if unit != "month" or m["mwork"]:  # ("the first business day of each month": P1M)
        if unit == "month":
            return make_timex(m, "SET", "P1M", "monthly_day")
        return make_timex(m, "SET", "P1Q" if unit == "quarter" else "P1Y", "monthly_day")
    word = m["mword"] or (m["medge"] if (m["medge"] or "").lower() == "first" else None)
    if m["mday"] or word:
        day = int(m["mday"]) if m["mday"] else ORDINALS[word.lower()]
        return make_timex(m, "SET", f"XXXX-XX-{day:02d}", "monthly_day")
    return make_timex(m, "SET", "P1M", "monthly_day")
