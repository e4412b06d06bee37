"""Resolvers of days counted from another day: "the next day", "the day before the vote",
"the following Monday", "that day", "the second day (of the strike)".

A day counted from the day last named takes that day, else the DCT. "The day before/after"
an event is counted from the date the text names next to that event, if any; else it is
a day not known ("tweeted the day after a man … gunned down 49").
"""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.event_nouns import INCIDENT_NOUNS
from fivews.timeline.guards import NOUN_AFTER
from fivews.timeline.lexicon import MONTH, PARTS_OF_DAY, WEEKDAYS, YEAR
from fivews.timeline.records import SENTENCE_END, Context, Timex
from fivews.timeline.tense import PAST, PRESENT
from fivews.timeline.values import (
    UNDATED_DAY,
    make_timex,
    month_number,
    next_day,
    point_mod_of,
)

#: what after "the morning after", "the night before" makes it a thing ("the morning
#: after pill") or a title ("The Night Before Christmas")
_NO_PART_BEFORE_AFTER = re.compile(
    r"[ \t]+(?:pill|last|next|the\s+night\s+before|(?-i:Christmas\b(?![,.;])))", re.I
)
#: "in", "into" right before "the morning before/after" (a part of the day told, not a day
#: counted: "worked late into the night before collapsing")
_IN_BEFORE = re.compile(r"\b(?:in|into|during|through|throughout|all)\s+$", re.I)
#: rules of a part of a day named without its day ("overnight", "this morning")
_BARE_PARTS_OF_DAY = frozenset({"part_of_day"})


def _a_part_counted(m: re.Match[str], ctx: Context) -> bool:
    """Whether "the night before", "the morning after" counts a day: before an event ("the
    night before the March 1 primary") or closing a past clause ("had arrived the night
    before."); not "the morning after pill", "the morning after the night before", "the
    night before last", "in the morning before school" (a part of the day told), a title
    ("The Night Before Christmas"), nor the aftermath ("It's the morning after for
    Democrats", "THE NIGHT BEFORE: …")."""
    after = ctx.text[m.end() : m.end() + 30]
    if _NO_PART_BEFORE_AFTER.match(after) or _IN_BEFORE.search(
        ctx.text, max(0, m.start() - 12), m.start()
    ):
        return False
    if re.search(r"the\s+morning\s+after\s+$", ctx.text[max(0, m.start() - 20) : m.start()], re.I):
        return False  # "the morning after the night before": the idiom
    if (
        m["dpart"][0].isupper()
        and m.start() > 0
        and not re.search(r"(?:^|[.!?\n]\s*)$", ctx.text[max(0, m.start() - 3) : m.start()])
    ):
        return False  # a title's capitals mid-sentence
    if _PREPOSITION_OBJECT.match(ctx.text, m.end()):
        return True
    return ctx.tense(m.start(), m.end()) == PAST


def resolve_relative_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the next day", "the day before", "the following Monday", "the next morning" (TIME):
    relative to the day last named in the text (else the DCT)."""
    phrase = re.sub(r"\s+", " ", m["rday"].lower())
    forward = re.search(r"\b(?:next|following|after)\b", phrase) is not None
    if m["dpart"] and not m["rw"] and not _a_part_counted(m, ctx):
        return None
    # the day of the last date or time named ("Friday evening … the day before"); not a
    # bare part of a day ("overnight losses"), which dates itself from the DCT, and for a
    # day counted back not another day counted back ("from 1.51 percent the day before …
    # from $1.1074 the day before" both compare with the report's day)
    skip = _BARE_PARTS_OF_DAY if forward else _BARE_PARTS_OF_DAY | {"day_relative_to_previous"}
    # with no DCT, also a day named without its year or week ("August 5; the next day")
    days = r"\d{4}-\d\d-\d\d" if ctx.dct is not None else rf"(?:\d{{4}}-\d\d-\d\d|{UNDATED_DAY})"
    named = next(ctx.earlier(days + r"(?:T[\w:]+)?", m.start(), 1500, skip_rules=skip), None)
    last = named.value if named is not None else None
    anchor = "previous timex"
    if ctx.dct is None and (last is None or last.startswith("XXXX")):
        month = None if m["weekday"] else _month_told_since(m, ctx, named, skip)
        if month is not None and not (
            _THE_DAY_BEFORE_AFTER.match(m["rday"]) and _PREPOSITION_OBJECT.match(ctx.text, m.end())
        ):
            # "In March 2010, the plant closed. The workers were told the next morning."
            return _day_or_part(m, f"{month}-XX", "day_relative_to_previous", anchor)
        return _from_undated_day(m, ctx, forward, _undated_anchor(m, ctx, last, skip, True))
    if last is None:
        assert ctx.dct is not None
        base, anchor = ctx.dct, "DCT"
    else:
        base = dt.date.fromisoformat(last[:10])
    if m["weekday"]:
        wd = WEEKDAYS[m["weekday"].lower()]
        if forward:
            day = base + dt.timedelta(days=(wd - base.isoweekday()) % 7 or 7)
        else:
            day = base - dt.timedelta(days=(base.isoweekday() - wd) % 7 or 7)
        rule = "weekday_relative_to_previous"
    else:
        day = base + dt.timedelta(days=1 if forward else -1)
        rule = "day_relative_to_previous"
        the_day = _THE_DAY_BEFORE_AFTER.match(m["rday"])
        if the_day and _PREPOSITION_OBJECT.match(ctx.text, m.end()):
            # "the day before the plunge": "before" is a signal to an event, the timex is
            # "the day"; after a date and a comma it is that date ("Oct. 12, the day before")
            end = m.start("rday") + the_day.end(1)
            apposed = ctx.apposed_value(m.start(), r"\d{4}-\d\d-\d\d")
            value = day.isoformat()
            if apposed is not None:
                value, rule = apposed, "day_in_apposition"
            elif _WITHIN_THE_DAY.search(ctx.text, max(0, m.start() - 12), m.start("rday")):
                # "rebounded late in the day after falling": the day told of, "after" the verb's
                value, rule = base.isoformat(), "the_day_told"
            elif last is not None:
                # the day of the event told next to a date named before ("the Oct. 14 effort
                # to rob … the day after Greene's death"); with none, an unknown day ("tweeted
                # the day after a man … gunned down 49" needs not be the day last named)
                dated = _event_dated(ctx, m.start(), m.end(), skip)
                value = "XXXX-XX-XX"
                if dated is not None:
                    step = dt.timedelta(days=1 if forward else -1)
                    value = (dt.date.fromisoformat(dated.value[:10]) + step).isoformat()
            elif anchor == "DCT" and ctx.tense(m.start(), m.end()) == PAST:
                # "her remarks came the day after the convention ended": an event's day, not
                # the DCT's; a past clause rules out the day after the DCT
                value = "XXXX-XX-XX"
            kind = "DATE"
            if m["dpart"]:  # "the night before the election": that day's night
                kind, value = "TIME", f"{value}T{PARTS_OF_DAY[m['dpart'].lower()]}"
            t = make_timex(m, kind, value, rule, point_mod_of(m), anchor=anchor)
            t.end, t.text = end, ctx.text[m.start() : end]
            return t
        if anchor == "DCT" and forward and ctx.tense(m.start(), m.end()) == PAST:
            # "He apologized the next day", with no day named before: some day already past
            day = None
    date = day.isoformat() if day is not None else "XXXX-XX-XX"
    month = _month_told_since(m, ctx, named, skip)
    if month is not None and not m["weekday"]:
        # "Last September, Beck called Palin a clown. He apologized the next day": a day of
        # the month told since the day named last
        date, anchor = f"{month}-XX", "previous timex"
    return _day_or_part(m, date, rule, anchor)


def _day_or_part(m: re.Match[str], date: str, rule: str, anchor: str | None) -> Timex:
    """The day ``date`` as a DATE, or a part of it as a TIME ("the next morning")."""
    if m["dpart"]:
        value = f"{date}T{PARTS_OF_DAY[m['dpart'].lower()]}"
        return make_timex(m, "TIME", value, rule, point_mod_of(m), anchor=anchor)
    return make_timex(m, "DATE", date, rule, point_mod_of(m), anchor=anchor)


#: a capitalised word right after a month: a name it is part of ("August Wilson's play")
_NAME_AFTER = re.compile(r"[ \t]+(?!I\b)(?-i:[A-Z])")


def _month_told_since(
    m: re.Match[str], ctx: Context, day: Timex | None, skip: frozenset[str]
) -> str | None:
    """The month (``YYYY-MM``) named alone in the sentence before "the next day" or its
    own, after ``day``, the day named last (or with none named): the story's time is then
    that month's, not the day's."""
    month = next(ctx.earlier(r"\d{4}-\d\d", m.start(), 400, skip_rules=skip), None)
    if month is None or not month.rule.startswith("month") or month.rule.startswith("month_day"):
        return None
    latest = next(ctx.earlier(r".+", m.start(), 400, skip_rules=skip), None)
    if latest is not None and latest.start > month.start:
        return None  # "In March, … In 2012, the workers sued, and … the next day"
    if NOUN_AFTER.match(ctx.text, month.end) or _NAME_AFTER.match(ctx.text, month.end):
        return None  # "The March report showed…", "August Wilson's play": a noun's, a name
    if day is not None and (day.start > month.start or day.value.startswith(month.value)):
        return None
    if len(SENTENCE_END.findall(ctx.text, month.end, m.start())) > 1:
        return None
    return month.value


def _from_undated_day(m: re.Match[str], ctx: Context, forward: bool, last: str | None) -> Timex:
    """ "the next day", "the day before", "the following morning" in a text with no DCT:
    counted from the day last named without its year or week ("August 5; the next day":
    ``XXXX-08-06``; "Friday evening … the day before": ``XXXX-WXX-4``), else a day not
    known; "the day before/after" an event is not counted from it."""
    value, rule, anchor = "XXXX-XX-XX", "relative_day_no_dct", None
    the_day = _THE_DAY_BEFORE_AFTER.match(m["rday"])
    event = the_day is not None and _PREPOSITION_OBJECT.match(ctx.text, m.end()) is not None
    shifted = (
        None if last is None or event else _undated_step(last, 1 if forward else -1, m["weekday"])
    )
    if shifted is not None:
        rule = "weekday_relative_to_previous" if m["weekday"] else "day_relative_to_previous"
        value, anchor = shifted, "previous timex"
    t = _day_or_part(m, value, rule, anchor)  # "the following morning": a time of that day
    if the_day is not None and event:  # "the day before the stabbing": the timex is "the day"
        t.end = m.start("rday") + the_day.end(1)
        t.text = ctx.text[t.start : t.end]
    return t


#: a count of time between a day named and "that day" ("arrived Monday, began to feel ill
#: two days later and was hospitalised the same day", "Weeks later", "After four days"):
#: the day named is not the one
_COUNTED_ON = re.compile(
    r"\b(?:hours?|days?|nights?|weeks?|months?|years?|decades?)\s+"
    r"(?:later|earlier|afterwards?|before|on)\b"
    r"|\bafter\s+(?:\w+\s+){0,2}(?:hours|days|weeks|months)\b",
    re.I,
)
#: a year after "the same day" ("on the same day in 1982"): the day of another year
_IN_A_YEAR = re.compile(r"\s+(?:in|of)\s+" + YEAR + r"\b")


def _undated_anchor(
    m: re.Match[str], ctx: Context, last: str | None, skip: frozenset[str], counted: bool
) -> str | None:
    """``last``, the value of the day named without its year or week before the match, if
    it is the match's anchor: not when a count of time or another time lies between ("two
    days later … the same day", "Wednesday. The following week, … the next day"), not
    for "the same day in 1982", nor, for a day ``counted`` from it ("the following
    morning"), in a present clause, which tells a habit ("owners usually discover the
    damage the following morning"), with no DCT to tell it from news."""
    if last is None or (counted and ctx.tense(m.start(), m.end()) == PRESENT):
        return None
    named = next(ctx.earlier(re.escape(last), m.start(), 1500, skip_rules=skip), None)
    if named is None or _COUNTED_ON.search(ctx.text, named.end, m.start()):
        return None
    if any(named.end <= t.start and t.end <= m.start() for t in ctx.previous):
        return None  # "on Wednesday. The following week, … and the next day": another time
    if _IN_A_YEAR.match(ctx.text, m.end()):
        return None  # "On the same day in 1982": an anniversary
    return last


def _undated_step(value: str, step: int, weekday: str | None) -> str | None:
    """The day ``step`` days from a day of an unknown year (``XXXX-08-05``) or an unknown
    week's weekday (``XXXX-WXX-5``), as :func:`next_day` counts; with ``weekday`` ("the
    following Monday") that weekday, known only after a weekday. None when it cannot be
    told."""
    day = re.match(UNDATED_DAY, value)
    if day is None or (weekday and "W" not in day.group(0)):
        return None
    if weekday:
        return f"XXXX-WXX-{WEEKDAYS[weekday.lower()]}"
    return next_day(day.group(0), step)


#: a month and year or a year written right after "that day" as the time it names ("that
#: day back in March 2010", "that night in 1963"; not "that day in 2015 dollars")
_DATED_AFTER = re.compile(
    r"\s+(?:back\s+)?in\s+(?:(?P<month>" + MONTH + r")\.?,?\s+)?(?P<year>(?:1[89]|20)\d\d)\b"
    r"(?!\s*[-–/]\d|\s+(?:dollars?|prices?|terms|money|levels?|figures|values?|rates?)\b)",
    re.I,
)


def resolve_that_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "that day", "the same day", "later that night" (TIME): a month or year written
    right after it ("that day back in March 2010": a day of that month), else the day last
    named in the text, or a day of the month last named ("last October ... that same day");
    in a text with no DCT also a day named without its year or week ("April 1 … that day":
    ``XXXX-04-01``)."""
    named = r"\d{4}-\d\d(?:-\d\d)?"
    if ctx.dct is None:  # "said on March 23. Earlier on the same day"
        named = rf"(?:{named}|{UNDATED_DAY})"
    last = ctx.last_value(named + r"(?:T.*)?", m.start(), 1500)
    after = _DATED_AFTER.match(ctx.text, m.end())
    if after is not None and "same" not in m["same"].lower():  # not an anniversary
        month = f"-{month_number(after['month']):02d}" if after["month"] else ""
        if not (last or "").startswith(after["year"] + month):
            # a day last named in that year or month is the one meant ("opened on July
            # 4, 1999 … on that day in 1999")
            last = f"{after['year']}{month or '-XX'}"
    if last is not None and last.startswith("XXXX"):
        last = _undated_anchor(m, ctx, last, frozenset(), False)
    if last is None:
        value, anchor = "XXXX-XX-XX", None
    else:
        value, anchor = (last[:10] if len(last) >= 10 else f"{last}-XX"), "previous timex"
    if m["dpart"]:
        value = f"{value}T{PARTS_OF_DAY[m['dpart'].lower()]}"
        return make_timex(m, "TIME", value, "that_day", point_mod_of(m), anchor=anchor)
    return make_timex(m, "DATE", value, "that_day", point_mod_of(m), anchor=anchor)


#: "the day before"/"the day after" (group 1: "the day")
_THE_DAY_BEFORE_AFTER = re.compile(
    r"(the\s+(?:day|morning|afternoon|evening|night))\s+(?:before|after)$", re.I
)
#: "late in", "earlier in", "during", "throughout" before "the day" ("rebounded late in the
#: day after falling"): the day told of, its "after" a signal of the verb
_WITHIN_THE_DAY = re.compile(r"\b(?:(?:late|later|early|earlier)\s+in|during|throughout)\s+$", re.I)
#: the words of the event after "the day before/after", up to a punctuation mark
_EVENT_WORDS = re.compile(r"[^\n.,;:!?()—–\"“”]{1,60}")
#: words too common to tie an event to the sentence of a date
_COMMON_WORDS = frozenset(
    "that this they them then than were with from have been when what into over some more "
    "most also said says will make made down four five nine many much such very just only "
    "even each both here there their about after before other these those while since "
    "under three seven eight which where would could should being time year years week "
    "weeks month days".split()
)


#: how far back (characters) the date of an event counted from may lie
_EVENT_REACH = 1500


def _event_dated(ctx: Context, start: int, end: int, skip: frozenset[str]) -> Timex | None:
    """The date named before ``start`` (within ``_EVENT_REACH`` characters, latest first)
    next to which the event after "the day before/after" (from ``end``) is told: "the
    first presidential debate Monday night … in the day before the debate"; "on Friday
    pummeled Trump … the day after Republicans completed their convention" names another
    day. The event's
    first five words of four letters or more, less common ones, are compared by their
    first five letters ("donations" and "donation"), and an incident by any incident ("the
    Oct. 23 killing … the day after his death"); a hand-written check, since the two
    places may lie paragraphs apart, beyond one parse."""
    words = _EVENT_WORDS.match(ctx.text, end)
    event = re.findall(r"[a-z]{4,}", words.group(0).lower() if words else "")
    wanted = {w[:5] for w in [w for w in event if w not in _COMMON_WORDS][:5]}
    incident = any(_incident_word(w) for w in event[:4])
    for t in ctx.earlier(r"\d{4}-\d\d-\d\d(?:T[\w:]+)?", start, _EVENT_REACH, skip_rules=skip):
        near = re.findall(r"[a-z]{4,}", ctx.words_near(t, start).lower())
        if wanted & {w[:5] for w in near}:
            return t
        if incident and any(_incident_word(w) for w in near):
            return t  # "the Oct. 23 killing of the doctor … the day after his death"
    return None


def _incident_word(word: str) -> bool:
    """Whether ``word`` is a noun of an incident, also in the plural ("shootings")."""
    return word in INCIDENT_NOUNS or any(
        word.endswith(end) and word[: -len(end)] in INCIDENT_NOUNS for end in ("s", "es")
    )


#: a word after "the day before/after", not a preposition or conjunction ("the day before
#: at a conference" is an adverb): the preposition takes an event as its object
_PREPOSITION_OBJECT = re.compile(
    r"[ \t]+(?!(?:at|by|in|on|with|from|to|for|and|but|or|as|so|when|while|then|there|was|were"
    r"|is|are)\b)"
    r"(?:the\s+|his\s+|her\s+|its\s+|their\s+)?[A-Za-z]",
    re.I,
)
