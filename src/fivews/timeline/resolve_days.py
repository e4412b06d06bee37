"""Resolvers of days and times of day: weekdays ("last Friday", "Thursday"), day words
("yesterday"), parts of day ("this morning") and clock times ("6 a.m."). Days counted
from another day ("the next day") are :mod:`fivews.timeline.resolve_counted_days`'s."""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.anaphora import weekday_of_week_told
from fivews.timeline.awaited import after_told_day, awaited_day, scheduled_event
from fivews.timeline.guards import NOUN_AFTER, previous_word
from fivews.timeline.guards_days import (
    in_a_forecast,
    named_after,
    night_before_its_morning,
    stretch_of_a_habit,
)
from fivews.timeline.lexicon import (
    LEXICON,
    MONTH,
    PARTS_OF_DAY,
    RELATIVE_DIRECTIONS,
    WEEKDAY,
    WEEKDAYS,
)
from fivews.timeline.live_blogs import alone_on_its_line, day_of_previous_entry, timeline_entry
from fivews.timeline.quotations import in_quotation, said_on
from fivews.timeline.records import NAME_TITLES, SENTENCE_END, Context, Timex
from fivews.timeline.some_day import one_such_time
from fivews.timeline.tense import FUTURE, PAST, PRESENT
from fivews.timeline.values import (
    AT_NIGHT,
    DAY_ORDER,
    OTHER_TIME_BEFORE,
    UNDATED_DAY,
    WRITTEN_DATE_RULES,
    day_order,
    frame_tense,
    make_timex,
    next_day,
    number_value,
    point_mod_of,
)

#: the tense of a possessive weekday in a present or future clause ("Tuesday's primary")
NOUN_PRESENT = "NOUN_PRESENT"


#: a plan told in the past right before a weekday, in the same clause ("was set to headline
#: Tuesday", "were to be escorted out early Thursday", "was planning to hold a fund-raiser
#: for Mr. Trump on Thursday night"): a verb after "to" (not "was to Iowa", "due to
#: flooding", "was going to the store"), not "was to have begun", which did not happen, and
#: no other clause between ("was expected to testify but fled on Tuesday", "were going to
#: evacuate said on Friday")
_PAST_PLAN = re.compile(
    r"\b(?:was|were)\s+(?:(?:scheduled|set|expected|slated|supposed|planning|preparing"
    r"|hoping|going)\s+)?to\s+(?!(?:have|the|a|an|his|her|their|its|my|our|your|this|that)\b)"
    r"(?-i:[a-z]+)\b(?:(?!\b(?:but|and|or|after|before|when|while|because|until|as|then"
    r"|said|says|told|tells|added|announced|reported)\b)"
    r"(?:(?-i:" + "|".join(NAME_TITLES) + r")\.|[^.;:!?,\n\"“”])){0,80}$",
    re.I,
)


def _weekday_date(dct: dt.date, wd: int, rel: str, tense: str | None) -> tuple[dt.date, str]:
    """The date of ISO weekday ``wd`` near ``dct`` and the name of the rule used."""
    back = (dct.isoweekday() - wd) % 7  # days back to the latest such day (0 = DCT itself)
    fwd = (wd - dct.isoweekday()) % 7
    if rel == "last":
        return dct - dt.timedelta(days=back or 7), "weekday_last"
    if rel == "next":
        return dct + dt.timedelta(days=fwd or 7), "weekday_next"
    if tense == NOUN_PRESENT:  # "Monday's debate" in a present clause: the nearer one
        if fwd < back:
            return dct + dt.timedelta(days=fwd), "weekday_nearest"
        return dct - dt.timedelta(days=back), "weekday_nearest"
    if tense == FUTURE or tense == PRESENT:
        return dct + dt.timedelta(days=fwd), "weekday_future_tense"
    if tense == PAST:
        return dct - dt.timedelta(days=back), "weekday_past_tense"
    return dct - dt.timedelta(days=back), "weekday_default_past"


def resolve_weekday(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "Thursday", "late Wednesday" (mod END), "last Friday", "Monday night", "dawn
    Friday" (TIME)."""
    wd = WEEKDAYS[m["weekday"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    rel = RELATIVE_DIRECTIONS.get(rel, rel)
    part = m["part"] or m["dawn"]
    mod = point_mod_of(m)
    if rel == "that":  # "took place on May 25. That Friday": the first Friday from the day told
        told = weekday_of_week_told(ctx, m.start(), wd)
        if told is not None:
            value = f"{told}T{PARTS_OF_DAY[part.lower()]}" if part else told
            kind = "TIME" if part else "DATE"
            return make_timex(m, kind, value, "weekday_that", mod, anchor="previous timex")
        rel = ""
    if (
        not rel
        and not part
        and previous_word(ctx.text, m.start()) == "a"
        # "a Friday storm", "a Saturday-night shooting" are that day's; so is "What a
        # Sunday it was"
        and not NOUN_AFTER.match(ctx.text, m.end())
        and ctx.text[m.end() : m.end() + 1] != "-"
        and not _EXCLAIMED.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        # "Jan. 20 falls on a Sunday", "happened on a Friday": some such day, no day near
        # the DCT (and no narrative time for "the next day" to count from)
        return make_timex(m, "DATE", f"XXXX-WXX-{wd}", "weekday_indefinite", mod)
    if ctx.dct is None:
        value, rule = f"XXXX-WXX-{wd}", "weekday_no_dct"
        written = None if rel else _written_date_of_weekday(m, ctx, wd)
        if written is not None:  # "Saturday, March 14, 2009, at 3 p.m. … on Saturday from 2"
            value, rule = written, "weekday_of_written_date"
    else:
        # a possessive ("Friday's debate") dates a noun: a past clause puts it in the past;
        # in a present or future clause an event set for a day ("heads into Tuesday's
        # primary") is at the nearer such day; else ("over Thursday's close") the latest one
        possessive = re.match(r"['’]s\b", ctx.text[m.end() : m.end() + 3]) is not None
        tense = ctx.tense(m.start(), m.end())
        if possessive and tense in (PRESENT, FUTURE):
            tense = NOUN_PRESENT if scheduled_event(ctx.text, m.start(), m.end()) else None
        if tense is None and previous_word(ctx.text, m.start()) == "by":
            tense = NOUN_PRESENT  # a deadline of unknown tense ("to fill the bags by Thursday")
        if (m["pmod"] or "").lower() == "earlier":
            tense = PAST  # "Earlier Tuesday, his campaign manager says…": told after it began
        if (m["pmod"] or "").lower() == "later" and (ctx.dct.isoweekday() - wd) % 7 == 1:
            # "when he speaks later Monday" in a Tuesday paper: later on the day the story
            # was written, the day before the DCT (not a week on)
            tense = PAST
        ahead = None if rel else awaited_day(ctx.text, m.start(), m.end(), possessive)
        if (
            not possessive
            and not rel
            and _PAST_PLAN.search(ctx.text, max(0, m.start() - 120), m.start())
        ):
            # a plan told in the past ("was scheduled to leave late Tuesday", "Talks were to
            # continue Monday") is still ahead, unless it was for the day before the DCT: a
            # report of the next day tells yesterday's plan
            yesterday = (ctx.dct.isoweekday() - wd) % 7 == 1
            tense = PAST if yesterday else FUTURE
        soon = (wd - ctx.dct.isoweekday()) % 7 in (1, 2)
        if ahead and (tense != PAST or ahead == "ahead now" or soon or after_told_day(m, ctx, wd)):
            # "sit atop the polls ahead of Monday's caucuses": the event is still ahead (a
            # past clause, "had the lead heading into Tuesday's primaries", tells of it after,
            # unless the day is the next or the one after: "Heading into Tuesday's primary,
            # she got bad news" in a Monday paper; a present perfect reaches the DCT: "has
            # turned nasty ahead of Tuesday's primary"; so does a day the clause names
            # before: "crisscrossed the state Wednesday ahead of Tuesday's primary")
            tense = FUTURE
        if not rel:  # "With mixed results on Tuesday night, the party is split": over
            tense = frame_tense(ctx.text, m.start(), m.end(), tense)
        day, rule = _weekday_date(ctx.dct, wd, rel, tense)
        value = day.isoformat()
    anchor = "previous timex" if rule == "weekday_of_written_date" else "DCT+tense"
    if part:
        return make_timex(
            m, "TIME", f"{value}T{PARTS_OF_DAY[part.lower()]}", rule, mod, anchor=anchor
        )
    return make_timex(m, "DATE", value, rule, mod, anchor=anchor)


#: how far back a full date may lie to name the day a bare weekday repeats (a paragraph)
_SAME_WEEKDAY_REACH = 400


def _written_date_of_weekday(m: re.Match[str], ctx: Context, weekday: int) -> str | None:
    """With no DCT, the latest full date written within :data:`_SAME_WEEKDAY_REACH`
    characters before a bare weekday when it falls on that weekday: the text names the
    same day again ("services on Saturday, March 14, 2009 … visitation on Saturday from 2
    to 3 p.m."; "a Tuesday, March 17, 2009 photo … released from prison Tuesday")."""
    if re.search(
        r"\b(?:an?|one|each|every)\s+$", ctx.text[max(0, m.start() - 8) : m.start()], re.I
    ):
        return None  # "met on a Tuesday", "one Tuesday in April": some Tuesday
    for t in ctx.earlier(r"\d{4}-\d\d-\d\d(?:T.*)?", m.start(), _SAME_WEEKDAY_REACH):
        if t.rule == "clock_time":
            continue  # "Saturday, March 14, 2009, at 3 p.m.": the date before its hour
        if t.rule.split("+")[0] not in WRITTEN_DATE_RULES:
            return None  # a holiday ("Christmas 2016") or a day resolved from another
        if OTHER_TIME_BEFORE.search(ctx.text, max(0, t.start - 20), t.start):
            return None  # "Smith died Sunday, March 6, 2016 … Services will be Sunday"
        day = dt.date.fromisoformat(t.value[:10])
        return day.isoformat() if day.isoweekday() == weekday else None
    return None


#: days a day word is from the DCT
_DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def resolve_day_word(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "today", "yesterday", "tomorrow", "tonight", "yesterday morning" (TIME)."""
    word = re.sub(r"\s+", " ", m["word"].lower())
    part = (m["part"] or m["part0"] or ("night" if word == "tonight" else "")).lower() or None
    offset = _DAY_OFFSETS[word]
    value = "XXXX-XX-XX" if ctx.dct is None else (ctx.dct + dt.timedelta(offset)).isoformat()
    if word == "tonight" and ctx.dct is not None and ctx.tense(m.start(), m.end()) == PAST:
        # "Tonight, he painted a dark picture", quoted the morning after: the night of the
        # day the text last named, when that is the day before the DCT
        last = ctx.last_value(r"\d{4}-\d\d-\d\d(?:T\w+)?", m.start(), 6000)
        if last is not None and last[:10] == (ctx.dct - dt.timedelta(1)).isoformat():
            value = last[:10]
    if word == "tonight" and ctx.dct is not None and in_quotation(ctx.text, m.start()):
        # a speech quoted after the night it was given ("''Tonight, I ask you…'' he said"):
        # the night the article first names, when that was one to three days back
        night = _first_night(ctx)
        if night is not None:
            value = night
    if word == "today" and ctx.dct is not None and in_quotation(ctx.text, m.start()):
        lead = said_on(ctx.text, m.end(), ctx.dct) or _lead_day(ctx)
        if lead is not None:
            value = lead
    if part:
        return make_timex(
            m,
            "TIME",
            f"{value}T{PARTS_OF_DAY[part]}",
            "day_word_part",
            point_mod_of(m),
            anchor="DCT",
        )
    return make_timex(
        m, "DATE", value, f"day_word_{word.replace(' ', '_')}", point_mod_of(m), anchor="DCT"
    )


def _lead_day(ctx: Context) -> str | None:
    """The first day the text names, when it is the day before the DCT (a report written
    the day after its events)."""
    first = _first_day_back(ctx, r"\d{4}-\d\d-\d\d(?:T\w+)?")
    return first[0] if first and first[1] == 1 else None


def _first_night(ctx: Context) -> str | None:
    """The day of the first night or evening the text names, when it is one to three days
    before the DCT (the night of the speech or debate a report is about)."""
    first = _first_day_back(ctx, r"\d{4}-\d\d-\d\dT(?:NI|EV)")
    return first[0] if first and 1 <= first[1] <= 3 else None


def _first_day_back(ctx: Context, shape: str) -> tuple[str, int] | None:
    """The day of the first timex whose value has ``shape`` and how many days before the
    DCT it lies, or None (no such timex, or no DCT)."""
    if ctx.dct is None:
        return None
    for t in ctx.previous:
        if re.fullmatch(shape, t.value):
            day = t.value[:10]
            return day, (ctx.dct - dt.date.fromisoformat(day)).days
    return None


def _ahead_of_dct(day: str | None, ctx: Context) -> bool:
    """Whether the day (or time) value ``day`` lies after the DCT: no day of a past account."""
    return day is not None and ctx.dct is not None and day[:10] > ctx.dct.isoformat()


def resolve_part_of_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "this morning", "last night", "overnight": a part of the DCT's (or a named) day."""
    if stretch_of_a_habit(m, ctx.text, ctx.tense(m.start("part"), m.end())):
        return None  # "owls hunt through the night"
    rel = (m["rel"] or "").lower()
    part = PARTS_OF_DAY[m["part"].lower()]
    if m["one"]:
        # "One night in the late 1960s, he…", "Early one evening in June": some such part of
        # an untold day, in a past account; else a length ("stayed one night") or nothing
        if not one_such_time(m, ctx) or m["part"].lower() == "overnight":
            return None
        return make_timex(m, "TIME", f"XXXX-XX-XXT{part}", "part_of_some_day", point_mod_of(m))
    offset = -1 if rel == "last" or m["part"].lower() == "overnight" else 0
    tense = ctx.tense(m.start(), m.end())
    if m["part"].lower() == "overnight" and (
        tense == FUTURE or (tense == PRESENT and in_a_forecast(ctx.text, m.start()))
    ):
        # "rain will fall overnight", "the chance of rain jumps to 100 percent overnight": the
        # coming night, not the one just past
        offset = 0
    # "in the morning", "by mid-afternoon" are a part of the day under discussion, which an
    # earlier sentence may have named; a bare "morning" takes its day from its own sentence
    the_part = m.group(0).lower().startswith("the") or bool(m["pmod"])
    days = _DAY_VALUE_UNDATED if ctx.dct is None and not named_after(m, ctx.text) else _DAY_VALUE
    base = (
        ctx.last_value(
            days + r"(?:T[A-Z]{2}|T\d\d:\d\d)?", m.start(), 600, same_sentence=not the_part
        )
        if not rel
        else None
    )
    if base is not None and night_before_its_morning(m, ctx):
        base = next_day(base[:10], -1)
    if base is not None and "T" in base:
        # "spoke Thursday night. Throughout the night…": that night; a part earlier in the
        # day than the one named is the next day's ("Thursday evening … In the morning")
        later = DAY_ORDER[part] < day_order(base.split("T", 1)[1])
        base = next_day(base[:10]) if later else base[:10]
    past = tense == PAST
    if past and _ahead_of_dct(base, ctx):
        base = None  # "… the polls Feb. 9. Four more debated earlier in the evening": a day
        # still ahead is not the day of a past event
    if base is None and the_part and not rel and past:
        base = _lead_day(ctx)  # "Throughout the night, …" far into a report of last night
    if base is None:
        base = "XXXX-XX-XX" if ctx.dct is None else (ctx.dct + dt.timedelta(offset)).isoformat()
        anchor = "DCT"
    else:
        anchor = "previous day"
    t = make_timex(m, "TIME", f"{base}T{part}", "part_of_day", point_mod_of(m), anchor=anchor)
    if m.group(0).lower().startswith("the ") and _NOUN_AFTER_OVERNIGHT.match(ctx.text, m.end()):
        # "the overnight protest": the article is the noun's
        t.start, t.text = m.start("part"), m["part"]
    return t


#: a noun after "overnight" used as an adjective ("the overnight protest", not "the
#: overnight hours" nor "the overnight in Paris")
_NOUN_AFTER_OVERNIGHT = re.compile(
    r"(?<=overnight)\s+(?!(?:of|in|at|on|to|for|and|or|with|by|from|hours?|was|is|were|are)\b)"
    r"[a-z][\w-]+\b",
    re.I,
)


#: the value of a day a clock time or a part of a day can take; without a DCT also an
#: unknown week's weekday or day of an unknown year ("Monday … at 10:35 a.m.": XXXX-WXX-1)
_DAY_VALUE = r"\d{4}-\d\d-\d\d"
_DAY_VALUE_UNDATED = rf"(?:{_DAY_VALUE}|{UNDATED_DAY})"
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


def resolve_clock(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "6 a.m.", "18:30 GMT", "noon", "4 in the morning": a TIME on the day named in the
    sentence, else on the day the sentence before ends with, else the DCT."""
    if m["sec"] and _ELAPSED_CUE.search(ctx.text, max(0, m.start() - 30), m.start()):
        # "finished in 2:03:59", "a record of 2:17:08": a time taken, not a time of day
        h, mi, sec = int(m["h2"]), int(m["mi2"]), int(m["sec"])
        return make_timex(m, "DURATION", f"PT{h}H{mi}M{sec}S", "elapsed_time")
    if m["cw"]:
        hhmm = LEXICON["clock_words"][m["cw"].lower()]
    else:
        h = int(number_value(m["h"] or m["h2"] or m["h3"] or m["h4"] or m["h5"]) or 0)
        mi = int(m["mi"] or m["mi2"] or m["mi3"] or m["mi4"] or 0)
        ampm = (m["ampm"] or "").lower().replace(".", "")
        if m["dayhalf"]:  # "4 in the morning", "9 at night" ("12 at night" is midnight, "2:35
            # at night" the small hours)
            night = "night" in m["dayhalf"].lower()
            morning = "morning" in m["dayhalf"].lower() or (night and (h == 12 or h < 5))
            ampm = "am" if morning else "pm"
        if (ampm == "pm" or (m["h5"] and h <= 6)) and h < 12:
            h += 12  # "before three o'clock": an afternoon hour, as people keep them
        if ampm == "am" and h == 12:
            h = 0
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
    day_value = _DAY_VALUE
    if ctx.dct is None and not _day_later_in_sentence(m, ctx.text):
        # an undated text's clock time takes the day it was told of, unless a day follows
        # ("7:30 a.m.-3:30 p.m. Friday", "A 2 p.m. show will take place May 3")
        day_value = _DAY_VALUE_UNDATED
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
            if _ahead_of_dct(base, ctx):
                base = None  # a day ahead ("expects to win the May 10 primary") is no account
        if base is None and timeline_entry(m.start(), m.end(), ctx.text):
            base = day_of_previous_entry(m.start(), ctx)
        if base is None and ctx.tense(m.start(), m.end()) == PAST:
            # a past hour with no day near it, in a report of the day before the DCT (the
            # day its lead names): that day's ("continued … Saturday" in Sunday's paper, …
            # "Republicans began meeting at 10 a.m."; not "In 2012, they met at 9 a.m.")
            own = SENTENCE_END.split(ctx.text[max(0, m.start() - 300) : m.start()])[-1]
            base = None if _OTHER_TIME.search(own) else _lead_day(ctx)
    if base:
        night = AT_NIGHT.search(base) is not None
        base = base.split("T")[0]
        if night and hhmm < "12:00":
            # the morning hours after a night named before, or after an evening hour, are
            # the next day's ("Friday night … at 4 a.m." is Saturday's; "arrived at 11:15
            # p.m. … died at 1:30 a.m."), the evening hours the night's own
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
    before = text[max(0, start - 40) : start]
    return bool(re.search(r"(?:^|[.!?]\s+|\n\s*)(?:On\s+)?$", before))


#: how far (characters) a day may come before "began at midnight" to be the day of what began
_START_REACH = 40
#: "what a", "quite a", "such a" before a weekday: that day praised, not some such day
_EXCLAIMED = re.compile(r"\b(?:what|quite|such)\s+a\s+$", re.I)
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
    start: int, ctx: Context, reach: int = 1, day_value: str = _DAY_VALUE
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
