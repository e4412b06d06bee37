"""A clock time and its day: joined when they stand side by side ("10 p.m. Wednesday",
"8:00 tonight"), and given the day named after it in its clause ("A 2 p.m. performance
will take place May 3", "at 10:35 a.m. (0735 GMT) Friday"): the clock resolver
(:func:`fivews.timeline.resolve_clock.resolve_clock`) reads the days named before a time, so
a time told before its day is left on the DCT or on no day; these passes give it the day
that follows. A part of a day with no day of its own takes one the same way."""

from __future__ import annotations

import re

from fivews.timeline.dates import interval_of
from fivews.timeline.lexicon import PARTS_OF_DAY
from fivews.timeline.records import Timex, spanning
from fivews.timeline.timetables import ends_weekday_range
from fivews.timeline.values import AT_NIGHT, DAY_ORDER, UNDATED_DAY, next_day

#: one day, of a known or unknown year, or a weekday ("2009-05-03", "XXXX-05-03",
#: "XXXX-WXX-5")
_ONE_DAY = re.compile(r"\d{4}-\d\d-\d\d|" + UNDATED_DAY)
#: how far after the clock time its day may be named (characters)
_REACH = 40
#: what in between parts the time from the day: a clause's or a sentence's end, a word
#: that puts the day before or after the time ("moved from 2 p.m. to May 3", "arrested at
#: 9 p.m. after the May 3 raid"), one that opens a clause of its own ("at 4 p.m. the
#: governor will sign a bill that passed Monday"), or a participle other than one of
#: scheduling or staging ("a bill passed Monday", not "a game scheduled for May 3", "a
#: matinee staged May 3")
_APART = re.compile(
    r"[,;:!?()\n\"“”]|\.\s|\b(?:until|till|to|from|since|after|before|by|than|and|or|but"
    r"|that|which|who|whom|whose|when|where|while|as|because|about|if"
    r"|postponed|moved|delayed|rescheduled|born|dated"
    r"|(?!(?:schedul|plann|slat|stag|host|play|perform|present|air|televis|expect)ed\b)[a-z]+ed)\b",
    re.I,
)


#: between two clock times of one day: "and", up to three words, a preposition of time
#: ("open at 07:00 and close at 17:00 on Sunday", "began at 7 a.m. and ended at 6 p.m.")
_SHARED_DAY = re.compile(r"\s+and\s+(?:[a-z]+\s+){0,3}?(?:at|until|till|by)\s+", re.I)


def clock_on_later_day(text: str, timexes: list[Timex]) -> None:
    """Give a clock time resting on the DCT or on no day the day named right after it in
    its clause, in place: "A 2 p.m. performance will take place May 3" is 2 p.m. on May 3
    (``XXXX-05-03T14:00``)."""
    for t, day in zip(timexes, timexes[1:], strict=False):
        if (
            t.rule == "clock_time"
            and t.anchor == "DCT"
            and _SHARED_DAY.fullmatch(text, t.end, day.start)
        ):
            hhmm, later = t.value[t.value.index("T") :], day.value[10:]
            if (
                day.rule.endswith("+clock_time")
                and _ONE_DAY.fullmatch(day.value[:10])
                and hhmm <= later  # "took off at 11 p.m. and landed at 6 a.m. Tuesday": apart
            ):
                # "began at 7 a.m. and ended at 6 p.m. on Sunday": both hours Sunday's
                t.value, t.type, t.anchor = day.value[:10] + hhmm, day.type, "next timex"
                continue
        if t.rule != "clock_time" or t.anchor != "DCT" or day.type != "DATE":
            continue
        if not _ONE_DAY.fullmatch(day.value) or day.start - t.end > _REACH:
            continue
        if _APART.search(text, t.end, day.start) or ends_weekday_range(text, day):
            continue  # "open 10 a.m.-4 p.m. Monday-Saturday": the hours of every day
        t.value = day.value + t.value[t.value.index("T") :]
        t.anchor = "next timex"


#: a world time in parentheses between a clock time and its day: "10:35 a.m. (0735 GMT) Friday"
_WORLD_TIME_GAP = re.compile(r"\s*\((?:\d{3,4}|\d{1,2}:\d\d)\s+(?:GMT|UTC)\)[\s,]*(?:on\s+)?", re.I)
#: a parenthesis and what may stand between it and the day after it ("(1 p.m. ET) on ")
_AFTER_PARENTHESIS = re.compile(r"\s*\([^()]*\)[\s,]*(?:on\s+)?", re.I)
#: a world time or another zone's time tagged as a clock time of its own, in parentheses
#: ("(16:30 UTC)", "(1 p.m. ET)")
_WORLD_TIME = re.compile(
    r"\s*\((?:\d{1,2}:\d\d|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+"
    r"(?:GMT|UTC|[ECMP][SD]?T|BST|CES?T)\)",
    re.I,
)


def day_from_parenthesis(text: str, timexes: list[Timex]) -> None:
    """A clock time dated by the DCT takes the day of a time restated right after it in
    parentheses or after a slash ("at 4 in the morning (4 a.m. EDT Thursday)", "at 10 a.m.
    PT / 1 p.m. ET on Tuesday"), or of the day that follows a world time or another zone's
    time in parentheses ("at 10:35 a.m. (0735 GMT) Friday", "at 10 a.m. PT (1 p.m. ET) on
    Tuesday")."""
    for i, (t, nxt) in enumerate(zip(timexes, timexes[1:], strict=False)):
        if t.rule != "clock_time" or t.anchor != "DCT":
            continue
        gap = text[t.end : nxt.start]
        world = nxt.rule == "clock_time" and _WORLD_TIME.fullmatch(text, t.end, nxt.end + 1)
        day = timexes[i + 2] if world and i + 2 < len(timexes) else nxt
        if world:  # "12:30 EST (16:30 UTC) on Thursday": both hours on the day after them
            gap = text[t.end : day.start]
        if day.type == "DATE" and (
            _WORLD_TIME_GAP.fullmatch(gap) or (world and _AFTER_PARENTHESIS.fullmatch(gap))
        ):
            if re.fullmatch(r"\d{4}-\d\d-\d\d", day.value):
                for hour in (t, nxt) if world else (t,):
                    hour.value = day.value + "T" + hour.value.split("T", 1)[1]
                    hour.interval, hour.anchor = interval_of(day.value), "next timex"
            continue
        if nxt.type != "TIME":
            continue
        listed = _CLOCK_LIST_GAP.fullmatch(gap) and nxt.anchor != "DCT" and "T" in nxt.value
        if (listed or re.fullmatch(r"\s*(?:\(|/)\s*", gap)) and re.match(
            r"\d{4}-\d\d-\d\d", nxt.value
        ):
            # (also two clock times listed before their day: "at 2:03 a.m. and 7:04 p.m. on
            # Monday")
            t.value = nxt.value[:10] + "T" + t.value.split("T", 1)[1]
            t.interval, t.anchor = interval_of(nxt.value[:10]), "next timex"


#: a part of a day with no day of its own: a bare or modified "morning" ("at mid-morning",
#: "late in the evening"), not "this morning", "last night", "one night"
_BARE_PART = re.compile(r"(?!(?:this|last|one|that)\b)[\w\s-]*", re.I)


#: "spent" right before a part of a day ("spent the night")
_SPENT = re.compile(r"\bspent\s+$", re.I)
#: what parts a part of a day from a day named later: a sentence's or clause's end, a word
#: of a stretch's end ("spent the night there until Friday"), a second verb ("spent the
#: night on the ridge and reached the summit on Monday")
_OTHER_CLAUSE = re.compile(r"[.!?;:,]\s|\b(?:until|till|into|before|by|to|and|but)\b", re.I)


def part_on_later_day(text: str, timexes: list[Timex]) -> None:
    """Give a part of a day resting on the DCT the day named right after it with "on", in
    place: "attacked at mid-morning on Saturday" is Saturday's morning (TMO), as "Saturday
    morning" is; so is the day named later in the clause of "spent the night" ("spent the
    afternoon practicing at the Berto Center on Thursday")."""
    for t, day in zip(timexes, timexes[1:], strict=False):
        part = re.fullmatch(r"(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)(T(?:MO|AF|EV|NI))", t.value)
        gap = text[t.end : day.start]
        if (
            part
            and t.rule == "part_of_day"
            and t.anchor == "DCT"
            and (
                (_BARE_PART.fullmatch(t.text) and re.fullmatch(r"\s+on\s+", gap))
                or (
                    _SPENT.search(text, max(0, t.start - 12), t.start)
                    and len(gap) <= _REACH * 2
                    and not _OTHER_CLAUSE.search(gap)
                )
            )
            and day.type == "DATE"
            and _ONE_DAY.fullmatch(day.value)
        ):
            t.value = day.value + part.group(1)
            t.interval, t.anchor = interval_of(day.value), "next timex"


def clock_on_day(prev: Timex, t: Timex, clock: Timex, day: Timex, text: str) -> Timex | None:
    """A clock time and the day beside it as one timex: a TIME on a date or a weekday
    ("10 p.m. Wednesday"), a SET on weekdays that recur ("at noon on Wednesdays":
    ``XXXX-WXX-3T12:00``); None for any other neighbour."""
    if day.rule == "ago_within_day":
        return None  # "at 7 p.m., about an hour from now": a count of hours, no day
    hhmm = clock.value.split("T", 1)[1]
    if (
        hhmm == "24:00"
        and clock.start < day.start
        and _AFTER.search(text, max(0, clock.start - 12), clock.start)
    ):
        hhmm = "00:00"  # "shortly after midnight Saturday": the small hours of Saturday
    if day.rule.startswith(("weekday", "set_weekday")) and ends_weekday_range(text, day):
        return None  # "Mondays through Fridays at 10 p.m.": the clock is the whole range's
    if day.rule in ("set_weekday_plural", "set_weekday") and re.fullmatch(
        r"XXXX-WXX-\d", day.value
    ):  # "Thursdays at 9 p.m.", "every Thursday at 9 p.m."
        value, rule = f"{day.value}T{hhmm}", f"{day.rule}+clock_time"
        return spanning(prev, t, text, "SET", value, rule, clock.mod or day.mod, None)
    part = day.rule.startswith(("month_day", "day_month")) and re.fullmatch(
        r"((?:\d{4}|XXXX)-\d\d-\d\d)T(MO|AF|EV|NI)", day.value
    )
    if part:  # "Sunday night, March 29, at 11:30": the clock on the date, in that part of it
        hour = int(hhmm[:2])
        if part.group(2) != "MO" and hour < 12 and not _AM_PM.search(clock.text):
            hhmm = f"{hour + 12:02d}{hhmm[2:]}"
    if (day.type == "DATE" or part) and re.fullmatch(
        r"(\d{4}|XXXX)-[\dX]{2}-[\dX]{2}|XXXX-WXX-\d", day.value[:10] if part else day.value
    ):
        return spanning(
            prev,
            t,
            text,
            "TIME",
            f"{day.value[:10]}T{hhmm}",
            f"{day.rule}+clock_time",
            clock.mod or day.mod,
            interval_of(day.value),
            day.anchor,
        )
    return None


def clock_in_part_of_day(prev: Timex, t: Timex, gap: str, text: str) -> Timex | None:
    """ "8:00 tonight", "at 7 this evening": a clock time then the part of a day it lies in,
    one TIME on that day (a SET when the part recurs: "9 p.m. each night"); an hour with no
    a.m./p.m. before 12 is read in the afternoon, evening or night the part names."""
    part = re.fullmatch(rf"(\d{{4}}-\d\d-\d\d|{UNDATED_DAY}|XXXX-XX-XX)T(MO|AF|EV|NI)", t.value)
    if not (
        part
        and prev.rule == "clock_time"
        and prev.type == "TIME"
        and re.fullmatch(r"\s+(?:on\s+)?", gap)  # "at 11 o'clock on Friday night"
        and re.match(r"(?:\d{4}|XXXX)-[\dX]{2}-[\dX]{2}T\d\d:\d\d$", prev.value)
    ):
        return None
    h, mi = int(prev.value[11:13]), prev.value[14:16]
    if part.group(2) != "MO" and h < 12 and not _AM_PM.search(prev.text):
        if not _TWENTY_FOUR_HOUR.search(prev.text):  # ("until 0600 hours each night": 06:00)
            h += 12
    value = f"{part.group(1)}T{h:02d}:{mi}"
    kind = "SET" if t.type == "SET" else "TIME"
    return spanning(
        prev, t, text, kind, value, f"{t.rule}+clock_time", prev.mod, t.interval, t.anchor
    )


#: "after" right before a time ("shortly after midnight Saturday")
_AFTER = re.compile(r"\bafter\s+$", re.I)
#: an a.m./p.m. written with a clock time
_AM_PM = re.compile(r"\b[ap]\.?m\b\.?", re.I)
#: a clock time written on the 24-hour clock ("0600 hours", "06:00")
_TWENTY_FOUR_HOUR = re.compile(r"\b(?:[01]\d|2[0-3])[0-5]\d\b|\b0\d:\d\d")


#: between an evening hour and a small hour after it: another day, a morning, an hour told
#: as earlier, or a sentence's end
_NOT_THAT_NIGHT = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:morning|earlier|before|previous|"
    r"yesterday|today|tomorrow|after|since|following|had|having|began|begun|started)\b|[.!?]\s",
    re.I,
)


def small_hours_after_night(text: str, timexes: list[Timex]) -> None:
    """Move a morning hour told after an evening hour of the same day, in its sentence, to
    the next day, in place: "opened at 10 p.m. Thursday and was packed by 2 a.m." is
    Friday's 2 a.m. The clock resolver does so for an evening hour it has read ("began at
    9 p.m. and at 1 a.m. the power failed"); a day named after the evening hour ("10 p.m.
    Thursday") is joined to it only after the morning hour was read."""
    for prev, t in zip(timexes, timexes[1:], strict=False):
        if t.rule != "clock_time" or t.anchor != "previous day" or prev.type != "TIME":
            continue
        day, hhmm = t.value[:10], t.value[11:16]
        if not (
            re.fullmatch(r"\d{4}-\d\d-\d\d", day)
            and hhmm < "06:00"
            and prev.value.startswith(day)
            and AT_NIGHT.search(prev.value)
            and prev.rule.endswith("+clock_time")  # a day named with it: "10 p.m. Thursday"
            and not _NOT_THAT_NIGHT.search(text, prev.end, t.start)
        ):
            continue
        value = f"{next_day(day)}T{hhmm}"
        t.value, t.interval = value, interval_of(value)


#: a clock time that says its half of the day ("10 p.m.", "6am")
HALF_OF_DAY = re.compile(r"\d\s*[ap]\.?m\b", re.I)
#: "at" and an hour with its minutes closing a clock time that says no half of the day
#: ("at 9:01", "July 4 at 9:01")
_AT_BARE_MINUTES = re.compile(r"\bat\s+(?:1[0-2]|0?[1-9]):[0-5]\d$", re.I)
#: what lists two clock times ("9:01 and 9:14 p.m.", "6:30, 7:45 p.m.", "2:03 a.m. and
#: 7:04 p.m. on Monday")
_CLOCK_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)


def listed_clock(text: str, prev: Timex, t: Timex) -> bool:
    """Whether the clock time ``prev``, after "at" and saying no half of the day, is
    listed before the clock time ``t``, which says one ("at 6:30 and 7:45 p.m.")."""
    return (
        prev.rule.endswith("clock_time")
        and t.type == "TIME"
        and t.rule.endswith("clock_time")
        and re.search(r"T\d\d:\d\d$", prev.value) is not None
        and re.search(r"T\d\d:\d\d$", t.value) is not None
        and HALF_OF_DAY.search(t.text) is not None
        and _AT_BARE_MINUTES.search(text, max(0, prev.end - 12), prev.end) is not None
        and _CLOCK_LIST_GAP.fullmatch(text, prev.end, t.start) is not None
    )


#: between the two ends of a clock range ("9 p.m.-to-6 a.m.", "10 p.m. to 7 a.m.",
#: "noon until 5 a.m.")
_RANGE_GAP = re.compile(r"\s*(?:[-–]\s*)?(?:to|until|till|through|[-–])\s*(?:[-–]\s*)?", re.I)
#: "between" before a clock range joined by "and" ("between 8 p.m. and 6 a.m.")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
#: what may stand between a clock range and the day it starts on: up to two words and
#: "starting"/"beginning"/"from"/"effective"/"on" ("a curfew from 10 p.m. to 7 a.m. starting
#: tonight", "a nationwide 8 p.m. to 6 a.m. curfew on Tuesday"), no clause's end
_STARTS_ON = re.compile(
    r",?\s+(?:[a-z-]+\s+){0,2}?(?:starting|beginning|starts|begins|from|effective|on)\s+"
    r"(?:on\s+|from\s+)?",
    re.I,
)
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def night_range_on_day(text: str, timexes: list[Timex]) -> None:
    """Date a clock range with no day of its own, in place: from the day named after it
    with "starting"/"on" ("a curfew from 10 p.m. to 7 a.m. starting tonight": 22:00 tonight
    to 07:00 the next day; "a 8 p.m. to 6 a.m. curfew on Tuesday"), its end on the next day
    when it crosses midnight; with no such day, a range left reversed on one day ("9
    p.m.-to-6 a.m.") ends the next day."""
    for i, (a, b) in enumerate(zip(timexes, timexes[1:], strict=False)):
        if not (
            a.type == "TIME"
            and b.type == "TIME"
            and a.rule == "clock_time"
            and b.rule in ("clock_time", "range_end_clock")
            and (
                _RANGE_GAP.fullmatch(text, a.end, b.start)
                or (
                    re.fullmatch(r"\s+and\s+", text[a.end : b.start])
                    and _BETWEEN.search(text, max(0, a.start - 10), a.start)
                )
            )
            and _FULL_DAY.match(a.value)
            and _FULL_DAY.match(b.value)
            and "T" in a.value
            and "T" in b.value
        ):
            continue
        start_clock, end_clock = a.value[11:], b.value[11:]
        crosses = start_clock > end_clock
        day = timexes[i + 2] if i + 2 < len(timexes) else None
        if (
            day is not None
            and day.type in ("DATE", "TIME")
            and _FULL_DAY.match(day.value)
            and len(day.value) in (10, 13)  # a day, or a part of one ("tonight")
            and _STARTS_ON.fullmatch(text, b.end, day.start)
        ):
            first = day.value[:10]
        elif crosses and a.value[:10] == b.value[:10]:
            first = a.value[:10]
        else:
            continue
        a.value, a.interval, a.anchor = f"{first}T{start_clock}", interval_of(first), "next timex"
        last = next_day(first) if crosses else first
        b.value, b.interval, b.anchor = f"{last}T{end_clock}", interval_of(last), "next timex"


#: a second part of the same day listed after a day's part: " and evening" of "Tuesday
#: afternoon and evening", " into the night" of "Friday evening into the night"; then the
#: end of the phrase (not "and evening shifts", "and night owls")
_LISTED_PART = re.compile(
    r"\s+(?P<join>and|or|into)\s+(?P<ext>(?:(?<=into\s)the\s+)?(?:(?P<mod>early|late)\s+)?"
    r"(?P<part>morning|afternoon|evening|night))\b"
    r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|or|but|in|on|at|with|as|when|while|before|after"
    r"|until|to|for|from|by|near|across|amid|around|along|of|local|time|hours?)\b)"
)
#: a part of the day with no day of its own: "the morning", "overnight"
_PART_ALONE = re.compile(r"(?:the\s+)?(?:(?:early|late)\s+)?[a-z-]+", re.I)
#: a day's part as a TIME value: its day (or weekday) and the part's code
_DAY_PART = re.compile(r"(?P<day>\d{4}-\d\d-\d\d|" + UNDATED_DAY + r")T(?P<code>MO|AF|EV|NI)")


def listed_parts(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with a second part of a day listed after one: "Rain fell Tuesday
    afternoon and evening" gives "evening" Tuesday's evening (``2015-03-03TEV``) too, as
    TimeBank tags each part of a listed pair. A part that qualifies a noun after it ("and
    evening shifts") stays untagged, and so does one after a part without a day ("opens in
    the morning and afternoon")."""
    added: list[Timex] = []
    for k, t in enumerate(timexes):
        value = _DAY_PART.fullmatch(t.value)
        if t.type != "TIME" or value is None or _PART_ALONE.fullmatch(t.text):
            continue  # a day's part, not one alone ("opens in the morning and afternoon")
        m = _LISTED_PART.match(text, t.end)
        code = PARTS_OF_DAY[m["part"]] if m else None
        if m is None or code == value["code"]:
            continue
        if k + 1 < len(timexes) and timexes[k + 1].start < m.end("ext"):
            continue  # already tagged
        day = value["day"]
        if m["join"] == "into" and DAY_ORDER[code] < DAY_ORDER[value["code"]]:
            day = next_day(day)  # "from Saturday night into the morning": Sunday's
        part = f"{day}T{code}"
        added.append(
            Timex(
                m.start("ext"),
                m.end("ext"),
                m["ext"],
                "TIME",
                part,
                "part_listed",
                mod={"early": "START", "late": "END"}.get((m["mod"] or "").lower()),
                interval=t.interval if day == value["day"] else interval_of(day),
                anchor="previous timex",
            )
        )
    return sorted(timexes + added, key=lambda t: t.start) if added else timexes
