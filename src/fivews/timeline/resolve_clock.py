"""Resolver of clock times ("6 a.m.", "18:30 GMT", "noon", "4 in the morning"): a TIME on
the day named in its sentence, else on the day the sentence before ends with, else on
the DCT."""

from __future__ import annotations

import re

from fivews.timeline.lexicon import LEXICON, MONTH, SENTENCE_OPENS, WEEKDAY
from fivews.timeline.live_blogs import alone_on_its_line, day_of_previous_entry, timeline_entry
from fivews.timeline.records import SENTENCE_END, Context, Timex
from fivews.timeline.resolve_days import (
    DAY_OF_A_TIME,
    DAY_OF_A_TIME_UNDATED,
    ahead_of_dct,
    lead_day,
)
from fivews.timeline.tense import FUTURE, PAST
from fivews.timeline.values import AT_NIGHT, make_timex, next_day, number_value

#: a day named ("Friday", "May 3", "next week", "on the 3rd", "in two weeks")
_A_DAY = re.compile(
    rf"\b(?:{WEEKDAY}|(?-i:(?=[A-Z]))(?:{MONTH})\s+\d|(?:next|this|last)\s+(?:week|month)|"
    r"tomorrow|today|tonight|yesterday|the\s+\d{1,2}(?:st|nd|rd|th)\b|"
    r"in\s+\w+\s+(?:days?|weeks?|months?))",
    re.I,
)


def _day_later_in_sentence(m: re.Match[str], text: str) -> bool:
    """Whether a day is named right after the clock time in its sentence, within
    :data:`_DAY_AFTER_REACH` characters ("from 7:30 a.m.-3:30 p.m. Friday", "A 2 p.m. show
    will take place May 3"; not the day of another clock time further on)."""
    end = _CLOCK_SENTENCE_END.search(text, m.end(), m.end() + _DAY_AFTER_REACH)
    return bool(_A_DAY.search(text, m.end(), end.start() if end else m.end() + _DAY_AFTER_REACH))


_DAY_AFTER_REACH = 40
#: a sentence's end; after "a.m."/"p.m." only before a capitalised word that is no day, no
#: month and no time zone ("from 7:30 a.m.-9:30 p.m. Monday" goes on; "reported at 9:47
#: a.m. The victim…" ends)
_CLOCK_SENTENCE_END = re.compile(
    rf"(?<![ap]\.m)(?<![AP]\.M)[.!?][\"'”’)]*\s|\n|(?<=[apAP]\.[mM]\.)[\"'”’)]*\s+"
    rf"(?!(?:{WEEKDAY}|{MONTH})\b|(?-i:[A-Z]{{2,4}}\b))(?-i:(?=[A-Z]))",
    re.I,
)


#: a part of a day right before a clock time ("tonight at 9 o'clock", "Friday evening at 8")
_PART_RIGHT_BEFORE = re.compile(
    r"\b(?P<part>tonight|morning|afternoon|evening|night)\s+at\s+(?:about\s+|around\s+)?\Z", re.I
)


def _ampm_of(half: str, h: int) -> str:
    """ "am" or "pm" for the half of the day written after the hour ``h``: "a.m.", "p.m.",
    "in the morning", "this afternoon", "at night" ("12 at night" is midnight, "2:35 at
    night" the small hours)."""
    half = half.lower()
    if half.replace(".", "") in ("am", "pm"):
        return half.replace(".", "")
    night = "night" in half
    return "am" if "morning" in half or (night and (h == 12 or h < 5)) else "pm"


def _hour_24(h: int, ampm: str, small_is_afternoon: bool) -> int:
    """The hour ``h`` of a 12-hour clock on the 24-hour one: "pm" adds 12 and "am" makes 12
    midnight's 0; with ``small_is_afternoon``, an hour up to six is also the afternoon's
    ("before three o'clock"), as people keep them."""
    if (ampm == "pm" or (small_is_afternoon and h <= 6)) and h < 12:
        return h + 12
    return 0 if ampm == "am" and h == 12 else h


def _past_or_to(m: re.Match[str]) -> str:
    """ "ten past ten" 10:10 (an hour from one to six, 13:00 to 18:00, as with "o'clock"),
    "a quarter to four" 15:45, "one minute past midnight" 00:01, "five to midnight" 23:55."""
    to = m["tmi"] is not None
    words = re.sub(
        r"\s+minutes?$|^(?:a|one)\s+(?=minute)|^a\s+", "", (m["tmi"] or m["pmi"]).lower()
    )
    words = re.sub(r"[-\s]+", "-", words)
    mi = {"quarter": 15, "half": 30, "minute": 1}.get(words) or int(number_value(words) or 0)
    hour = (m["th"] or m["ph"]).lower()
    h = 0 if hour == "midnight" else 12 if hour == "noon" else int(number_value(hour) or 0)
    half = m["thalf"] or m["phalf"]
    if hour not in ("midnight", "noon"):
        # "ten past eight in the evening" 20:10, "five past twelve at night" 00:05
        h = _hour_24(h, _ampm_of(half, h) if half else "", small_is_afternoon=not half)
    minutes = h * 60 + (-mi if to else mi)
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def resolve_clock(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "6 a.m.", "18:30 GMT", "noon", "4 in the morning": a TIME on the day named in the
    sentence, else on the day the sentence before ends with, else the DCT."""
    if m["sec"] and _ELAPSED_CUE.search(ctx.text, max(0, m.start() - 30), m.start()):
        # "finished in 2:03:59", "a record of 2:17:08": a time taken, not a time of day
        h, mi, sec = int(m["h2"]), int(m["mi2"]), int(m["sec"])
        return make_timex(m, "DURATION", f"PT{h}H{mi}M{sec}S", "elapsed_time")
    if m["cw"]:
        hhmm = LEXICON["clock_words"][m["cw"].lower()]
    elif m["pmi"] or m["tmi"]:
        hhmm = _past_or_to(m)
    else:
        h = int(number_value(m["h"] or m["h2"] or m["h3"] or m["h4"] or m["h5"] or m["h6"]) or 0)
        mi = int(m["mi"] or m["mi2"] or m["mi3"] or m["mi4"] or m["mi6"] or 0)
        ampm = (m["ampm"] or m["ampm2"] or "").lower().replace(".", "")
        if m["dayhalf"]:  # "4 in the morning", "9 at night"
            ampm = _ampm_of(m["dayhalf"], h)
        part = (
            None
            if ampm or m["h"]
            else _PART_RIGHT_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        )
        if part:  # "tonight at 9 o'clock", "Friday evening at 8": the hour of that part
            night = "night" in part["part"].lower()
            ampm = "am" if part["part"].lower() == "morning" or (h < 5 and night) else "pm"
            if night and h == 12 and not mi:
                h, ampm = 24, ""  # "tonight at 12": the midnight that ends it
        h = _hour_24(h, ampm, small_is_afternoon=bool(m["h5"]))
        if not ampm and not part and not m["h5"] and _later_that_evening(m, ctx, h, mi):
            h += 12  # "Doors open at 6 p.m.; the show starts at 7:30": the same evening
        if h > 24 or mi > 59:
            return None
        hhmm = f"{h:02d}:{mi:02d}"
    mod = "APPROX" if m["cmod"] else None
    if m["dayhalf"] and m["dayhalf"].lower().startswith(("tonight", "this")):
        # "at 7 tonight", "at 9 this morning": today's hour
        day = "XXXX-XX-XX" if ctx.dct is None else ctx.dct.isoformat()
        return make_timex(m, "TIME", f"{day}T{hhmm}", "clock_time", mod, anchor="DCT")
    # the day named earlier in the sentence, also as a part of it ("Friday night, at 11 p.m.")
    # or the day of a clock time before it ("open at 6 p.m. and the show starts at 8 p.m.")
    day_value = DAY_OF_A_TIME
    if ctx.dct is None and not _day_later_in_sentence(m, ctx.text):
        # an undated text's clock time takes the day it was told of, unless a day follows
        # ("7:30 a.m.-3:30 p.m. Friday", "A 2 p.m. show will take place May 3")
        day_value = DAY_OF_A_TIME_UNDATED
    base = ctx.last_value(
        day_value + r"(?:T[A-Z]{2}|T\d\d:\d\d)?", m.start(), 200, same_sentence=True
    )
    # "in effect since February 11, was lifted as of 9:45 a.m.": the day a state began
    since = bool(base) and _SINCE_DAY.search(ctx.text, max(0, m.start() - 200), m.start())
    base = None if since else base
    if not base and not since and not alone_on_its_line(m.start(), m.end(), ctx.text):
        base = _day_of_previous_sentence(m.start(), ctx, day_value=day_value)
        if base is None and ctx.tense(m.start(), m.end()) == PAST:
            # a past account goes on with the day it last named ("A fire destroyed a home
            # Tuesday. No one was hurt. Crews arrived around 12:30 p.m.")
            base = _day_of_previous_sentence(m.start(), ctx, _NARRATIVE_REACH, day_value)
            if ahead_of_dct(base, ctx):
                base = None  # a day ahead ("expects to win the May 10 primary") is no account
        if base is None and timeline_entry(m.start(), m.end(), ctx.text):
            base = day_of_previous_entry(m.start(), ctx)
        if base is None and ctx.tense(m.start(), m.end()) == PAST:
            # a past hour with no day near it, in a report of the day before the DCT (the
            # day its lead names): that day's ("continued … Saturday" in Sunday's paper, …
            # "Republicans began meeting at 10 a.m."; not "In 2012, they met at 9 a.m.")
            own = SENTENCE_END.split(ctx.text[max(0, m.start() - 300) : m.start()])[-1]
            base = None if _OTHER_TIME.search(own) else lead_day(ctx)
    if base:
        night = AT_NIGHT.search(base) is not None
        base = base.split("T")[0]
        if night and hhmm < "12:00" and not _past_beyond_dct(next_day(base), m, ctx):
            # the morning hours after a night named before, or after an evening hour, are
            # the next day's ("Friday night … at 4 a.m." is Saturday's; "arrived at 11:15
            # p.m. … died at 1:30 a.m."), the evening hours the night's own; a past account's
            # stay on the DCT ("The blackout lasted from 2200 to 0600 GMT": the night before)
            base = next_day(base)
        if (
            hhmm == "24:00"
            and _BEGAN_AT.search(ctx.text, max(0, m.start() - 30), m.start())
            and _day_of_the_start(m, ctx)
        ):
            # "The strike on Wednesday began at midnight": the midnight the day starts with
            base = next_day(base, -1)
    anchor = "previous day"
    if base is None:
        base = "XXXX-XX-XX" if ctx.dct is None else ctx.dct.isoformat()
        anchor = "DCT"
        if hhmm == "24:00" and ctx.dct and ctx.tense(m.start(), m.end()) == PAST:
            base = next_day(base, -1)  # "opened fire after midnight": the DCT's first hour
    return make_timex(m, "TIME", f"{base}T{hhmm}", "clock_time", mod, anchor=anchor)


def _later_that_evening(m: re.Match[str], ctx: Context, h: int, mi: int) -> bool:
    """Whether the bare hour ``h:mi`` (1 to 11, no "a.m."/"p.m.") is the same evening's as
    a "p.m." hour right before it in its sentence, up to four hours earlier ("Doors open
    at 6 p.m.; the show starts at 7:30", "departs at 8 p.m. and returns around 10:30");
    not "began at 3 p.m. and ended at 1:30", a 24-hour "18:00", another place's "8:30 local
    time", another day or a morning named ("reopens at 9:30 Saturday", "at 6:30 the next
    morning"), an hour told as earlier ("had met earlier at 11:30"), a game's clock ("at
    8:45 of the second period"), nor a pace ("a 9:30 pace")."""
    if (
        not 1 <= h <= 11
        or "local" in m.group(0).lower()
        or not (m["cmod"] or _AT_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()))
    ):
        return False
    prev = next(ctx.earlier(r"[\dX]{4}-[\dX]{2}-[\dX]{2}T\d\d:\d\d", m.start(), 120), None)
    if prev is None or not (_PM.search(prev.text) or _read_as_evening(prev)):
        return False
    between = ctx.text[prev.end : m.start()]
    own_day = _OWN_DAY.match(between)  # "at 5 p.m. Friday and … at 7:45": the first's day
    if (
        re.match(r"\s+(?-i:[A-Z])", between)
        and prev.text.endswith(".")
        and not own_day
        or _OTHER_DAY.search(between, own_day.end() if own_day else 0)
        or _OTHER_DAY_AFTER.match(ctx.text, m.end())
    ):
        return False  # "at 9 p.m. Shops may reopen at 9:30": another sentence, another day
    then = int(prev.value[-5:-3]) * 60 + int(prev.value[-2:])
    return 12 * 60 <= then < (h + 12) * 60 + mi <= then + 240


def _read_as_evening(t: Timex) -> bool:
    """Whether ``t`` is a bare hour this rule read as the evening's ("serves dinner at 6:30
    and turns out the lights at 10:00": 18:30, then 22:00), not a 24-hour "18:00"."""
    bare = re.match(r"(?:\D*?)(\d{1,2})[:.]\d\d", t.text)
    return bare is not None and int(bare.group(1)) < 12 and int(t.value[-5:-3]) >= 12


#: a preposition of a time of day right before a bare hour ("at 7:30", "around 10:30")
_AT_BEFORE = re.compile(r"\b(?:at|around|about|by|until|till|to|from)\s+$", re.I)
#: "p.m." written with an hour
_PM = re.compile(r"\d\s*p\.?\s*m\b", re.I)
#: words between two hours that put them on different days or in a morning, or the second
#: before the first
_OTHER_DAY = re.compile(
    rf"\b(?:{WEEKDAY}|morning|tomorrow|next\s+day|overnight|earlier|before|after|again)\b"
    r"|(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?]\s",  # (not "Oct. 12")
    re.I,
)
#: the day of the first hour, right after it
_OWN_DAY = re.compile(rf"\s*,?\s*(?:on\s+)?(?:{WEEKDAY})\b", re.I)
#: the same right after the bare hour, another place's clock ("at 8:30 local time"), or
#: "of"/"into"/"in"/"left"/"remaining" after it, as after a game's or a recording's clock
#: ("at 8:45 of the second period", "at 10:15 into the footage")
_OTHER_DAY_AFTER = re.compile(
    rf"[^.;!?]{{0,25}}?\b(?:{WEEKDAY}|morning|tomorrow|next\s+day)\b|\s+(?:local\s+time|earlier)\b"
    r"|\s+(?:of|into|left|remaining|in)\s+(?:the\s+)?(?:first|second|third|fourth|final|video"
    r"|footage|game|match|period|half|quarter|recording|clip|film)?",
    re.I,
)


def _past_beyond_dct(day: str, m: re.Match[str], ctx: Context) -> bool:
    """Whether ``day`` lies after the DCT while the clock time at ``m`` is told in the past."""
    return (
        ctx.dct is not None
        and day[:10] > ctx.dct.isoformat()
        and ctx.tense(m.start(), m.end()) == PAST
    )


def _day_of_the_start(m: re.Match[str], ctx: Context) -> bool:
    """Whether the day named last before a "began at midnight" at ``m`` is the day of what
    began, joined to it with no comma ("The strike on Wednesday began at midnight"; not
    "The curfew, imposed by the army on Friday, begins at midnight")."""
    last = ctx.previous[-1] if ctx.previous else None
    return (
        last is not None
        and m.start() - last.end < _START_REACH
        and ("," not in ctx.text[last.end : m.start()] or _opens_sentence(ctx.text, last.start))
        and not SENTENCE_END.search(ctx.text, last.end, m.start())
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the time at ``start`` opens its sentence, after "On" at most ("On Tuesday,
    the walkout started at midnight")."""
    return bool(_OPENS_ON.search(text, max(0, start - 40), start))


#: a sentence's start, and "On" at most, right before a time
_OPENS_ON = re.compile(SENTENCE_OPENS + r"(?:On\s+)?$")
#: how far (characters) a day may come before "began at midnight" to be the day of what began
_START_REACH = 40
#: a verb of starting right before "(at) midnight" ("began at midnight")
_BEGAN_AT = re.compile(
    r"\b(?:beg[ai]ns?|started|starts|took\s+effect|takes\s+effect|came\s+into\s+force"
    r"|went\s+into\s+effect)\s+(?:at\s+)?(?:about\s+|around\s+)?$",
    re.I,
)
#: a day after "since" with words between it and a clock time after it: the day a state
#: began, not the hour's ("since February 11, was lifted as of 9:45 a.m."; "since Monday at
#: 9 a.m.", "since Monday, when he left at 9 a.m." and "since Sunday, after he was seen at
#: 10 a.m." are that day's; a day named after it is the hour's)
_SINCE_DAY = re.compile(
    rf"\bsince\s+(?:{WEEKDAY}|{MONTH}\.?(?:\s+\d{{1,2}}\b)?(?:,\s*\d{{4}}\b)?)"
    rf"(?:(?!{WEEKDAY}|{MONTH})[^.;:!?\n])*?,(?!\s*(?:when|after|where|as|the\s+day)\b)"
    rf"(?:(?!{WEEKDAY}|{MONTH})[^.;:!?()\n])*$",
    re.I,
)
#: a year or a day named before a clock time in its sentence ("In 2012, they met at 9
#: a.m."), or a birth: the hour is not the lead day's
_OTHER_TIME = re.compile(rf"\b(?:(?:1[89]|20)\d\d|{WEEKDAY}|{MONTH}|born)\b")
#: words before an h:mm:ss that make it a time taken ("in 2:03:59", "clocked 1:59:40")
_ELAPSED_CUE = re.compile(
    r"\b(?:in|of|clocked|timed|ran|run|finished|time|record|winning|best)\s+$", re.I
)


#: how many sentence ends a past account's clock time looks back for its day
_NARRATIVE_REACH = 4


def _day_of_previous_sentence(
    start: int, ctx: Context, reach: int = 1, day_value: str = DAY_OF_A_TIME
) -> str | None:
    """The value (``YYYY-MM-DD``, with its part of day or hour) of the latest timex before
    ``start`` when it is a day and lies in the sentence just before ("…on Friday night.
    Police believe he went to the house around 8 p.m."), or within ``reach`` sentence
    ends; None when another kind of
    timex or more sentence ends are in between (a timex of the clock time's own sentence
    that is no day, a year or a duration, is passed over, and with a longer reach any
    duration or set: "burned for hours. By 6 p.m. the roof had collapsed")."""
    for t in reversed(ctx.previous):
        if t.end > start:
            continue
        ends = [e for e in SENTENCE_END.finditer(ctx.text, t.end, start) if not _after_title(e)]
        if len(ends) > reach:
            return None
        day = re.match(day_value + r"(?:T[A-Z]{2}|T\d\d:\d\d)?$", t.value)
        if not ends and not day:
            continue  # "activities in the circa 1860 schoolhouse from noon": not the day
        if reach > 1 and t.type in ("DURATION", "SET"):
            continue
        if (
            ctx.dct is None
            and t.value.startswith("XXXX-WXX")
            and ctx.tense(start, start + 1) == FUTURE
            and ctx.tense(t.start, t.end) == PAST
        ):
            return None  # "He died Sunday. A funeral will be at 11 a.m.": another Sunday's
        return day.group(0) if day and t.type in ("DATE", "TIME") else None
    return None


#: a short capitalised abbreviation before a full stop ("Det.", "Sgt.", "Dr."): no end
_TITLE_BEFORE = re.compile(r"(?:^|[\s(-])[A-Z][a-z]{0,3}\.$")


def _after_title(end: re.Match[str]) -> bool:
    """Whether a sentence end found by :data:`SENTENCE_END` is a title's full stop."""
    return bool(_TITLE_BEFORE.search(end.string, max(0, end.start() - 6), end.start() + 1))
