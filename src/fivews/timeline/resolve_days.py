"""Resolvers of days and parts of days: weekdays ("last Friday", "Thursday"), day words
("yesterday") and parts of day ("this morning"). Clock times ("6 a.m.") are
:mod:`fivews.timeline.resolve_clock`'s, days counted from another day ("the next day")
:mod:`fivews.timeline.resolve_counted_days`'s."""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.anaphora import weekday_of_week_told
from fivews.timeline.awaited import (
    NOUN_PRESENT,
    WARNING_FOR,
    a_record_of,
    after_told_day,
    awaited_day,
    possessive_tense,
)
from fivews.timeline.captions import in_a_caption
from fivews.timeline.changed_plans import plan_changed
from fivews.timeline.datelines import dateline_end
from fivews.timeline.guards import NOUN_AFTER, previous_word
from fivews.timeline.guards_days import (
    in_a_forecast,
    named_after,
    night_before_its_morning,
    stretch_of_a_habit,
)
from fivews.timeline.lexicon import (
    OPENS_HERE,
    PARTS_OF_DAY,
    RELATIVE_DIRECTIONS,
    WEEKDAYS,
)
from fivews.timeline.quotations import ahead_of_a_told_day, in_quotation, spoken_on
from fivews.timeline.records import NAME_TITLES, Context, Timex
from fivews.timeline.schedule_verbs import scheduled_present
from fivews.timeline.some_day import one_such_time
from fivews.timeline.tense import FUTURE, PAST, PRESENT
from fivews.timeline.until_days import until_tense
from fivews.timeline.values import (
    DAY_ORDER,
    OTHER_TIME_BEFORE,
    UNDATED_DAY,
    WRITTEN_DATE_RULES,
    day_order,
    frame_tense,
    make_timex,
    next_day,
    point_mod_of,
)

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


#: a reduced "due" set off by a comma right before a weekday ("earnings, due Thursday")
_REDUCED_DUE = re.compile(r"(?:,\s+|\b(?:falls?|comes?)\s+)due\s+(?:on\s+|out\s+)?$", re.I)
#: a weekday opening its sentence as the subject of a present "marks" ("Sunday marks 1,000
#: days since his arrest", "Tuesday marks the 10th anniversary"): the coming such day
_MARKS_AFTER = re.compile(r"\s+marks\s")
#: "starting"/"beginning" right before a weekday ("a truce starting on Tuesday"), or
#: "until" (group "until": "suspended until noon Saturday")
_START_BEFORE = re.compile(
    r"\b(?:starting|beginning|(?P<until>until|till))\s+(?:on\s+|from\s+)?"
    r"(?:(?:at\s+)?(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)\s+(?:on\s+)?)?$",
    re.I,
)
#: a speaker's name opening a sentence before "on" and a weekday, and a quotation after it
#: ("McCurry on Friday: ``I want …''", "Obama on Tuesday: "We will not back down."")
_SPEAKER_ON = re.compile(r"(?:^|[.!?\"”'’]\s+|\n)(?:[A-Z][\w.’'-]*\s+){1,3}on\s+$")
_QUOTE_AFTER = re.compile(r"\s*[:,]?\s*(?:``|[\"“‘])")
#: "as planned" before a weekday in a future clause ("will go ahead as planned on Sunday"):
#: the plan's day is the clause's
_AS_PLANNED_AHEAD = re.compile(
    r"\b(?:will|would|shall|'ll|to|is|are)\s+(?:[a-z]+\s+){1,4}?as\s+(?:originally\s+)?"
    r"(?:planned|scheduled)\s+(?:on\s+)?$",
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
    if rel == "this" and wd > dct.isoweekday():
        # "ahead of its release this Friday", said on a Monday: the week's Friday to come
        return dct + dt.timedelta(days=fwd), "weekday_this"
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
    Friday" (TIME) (:func:`_resolve_weekday`); in "the start of Saturday's final round" the
    part belongs to the round, and the weekday alone is tagged."""
    t = _resolve_weekday(m, ctx)
    if (
        t is not None
        and (m["pmod"] or "").lower().startswith("the ")
        and re.match(r"['’]s\b", ctx.text[m.end() : m.end() + 3])
    ):
        t.start = m.start("rel") if m["rel"] else m.start("weekday")
        t.text, t.mod = ctx.text[t.start : t.end], None
    return t


def _resolve_weekday(m: re.Match[str], ctx: Context) -> Timex | None:
    """:func:`resolve_weekday` before a part of a possessive weekday's event is left out."""
    wd = WEEKDAYS[m["weekday"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    rel = RELATIVE_DIRECTIONS.get(rel, rel)
    post = (m["post"] or "").lower()
    if post == "week" and ctx.dct is not None and not rel:
        # "on Monday week": a week after the coming Monday
        day = ctx.dct + dt.timedelta(days=((wd - ctx.dct.isoweekday()) % 7 or 7) + 7)
        return make_timex(m, "DATE", day.isoformat(), "weekday_week_after", anchor="DCT")
    if post in ("last", "next") and not rel:
        rel = post  # "on Monday last", "till Tuesday next"
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
            tense = possessive_tense(
                ctx.text, m.start(), m.end(), tense, (ctx.dct.isoweekday() - wd) % 7
            )
        start = (
            None
            if tense or possessive
            else _START_BEFORE.search(ctx.text, max(0, m.start() - 36), m.start())
        )
        announced = start is not None
        if start is not None and start["until"]:  # "closed all schools until Monday": ahead
            tense = until_tense(ctx.text, m.end(), wd, ctx.dct) or tense
        if tense is None and (previous_word(ctx.text, m.start()) == "by" or announced):
            # a deadline of unknown tense ("to fill the bags by Thursday"), the start of
            # a measure announced ("ordered a pause starting Tuesday"): the nearer day
            tense = NOUN_PRESENT
        if tense is None and _REDUCED_DUE.search(ctx.text, max(0, m.start() - 12), m.start()):
            tense = FUTURE  # "The figures, due out Tuesday, are expected to show": ahead
        if (
            not rel
            and _MARKS_AFTER.match(ctx.text, m.end())
            and OPENS_HERE.search(ctx.text, max(0, m.start() - 4), m.start())
        ):
            tense = FUTURE
        if not possessive and WARNING_FOR.search(ctx.text, max(0, m.start() - 90), m.start()):
            tense = NOUN_PRESENT  # "issued a flood watch for Tuesday night and Wednesday"
        if not possessive and not rel and a_record_of(ctx.text, m.start(), m.end()):
            tense = PAST  # "Imagery from Saturday morning shows rebels at the gates"
        if (m["pmod"] or "").lower() == "earlier":
            tense = PAST  # "Earlier Tuesday, his campaign manager says…": told after it began
        if not possessive and not rel and scheduled_present(ctx.text, m.start(), m.end()):
            # "The season premiere airs Thursday", "The film, shot last winter, premieres
            # Friday": a schedule's present, which the parser often takes for a plural noun
            tense = FUTURE
        if tense == PRESENT and not possessive and in_a_caption(ctx.text, m.start()):
            tense = PAST  # "Obama speaks during a news conference Tuesday. (AP Photo/…)"
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
        if (
            not rel
            and _SPEAKER_ON.search(ctx.text, max(0, m.start() - 40), m.start())
            and _QUOTE_AFTER.match(ctx.text, m.end())
        ):
            tense = PAST  # "McCurry on Friday: ``I want to be clear''": what was said
        if not rel and not possessive:
            before = ctx.text[max(0, m.start() - 60) : m.start()]
            if plan_changed(ctx.text, m.start(), m.end()):
                # "which had been planned for Sunday, would be moved", "NASA delayed the
                # launch of the capsule, which had been scheduled for Friday"
                tense = NOUN_PRESENT
            elif _AS_PLANNED_AHEAD.search(before):
                tense = FUTURE  # "will go ahead as planned on Sunday"
        soon = (wd - ctx.dct.isoweekday()) % 7 in (1, 2)
        if ahead and (tense != PAST or ahead == "ahead now" or soon or after_told_day(m, ctx, wd)):
            # "sit atop the polls ahead of Monday's caucuses": the event is still ahead (a
            # past clause, "had the lead heading into Tuesday's primaries", tells of it after,
            # unless the day is the next or the one after: "Heading into Tuesday's primary,
            # she got bad news" in a Monday paper; a present perfect reaches the DCT: "has
            # turned nasty ahead of Tuesday's primary"; so does a day the clause names
            # before: "crisscrossed the state Wednesday ahead of Tuesday's primary")
            tense = FUTURE
        if not rel and not ahead:
            # "With mixed results on Tuesday night, the party is split": over (not "With
            # two days to go before Thursday's election, …")
            tense = frame_tense(ctx.text, m.start(), m.end(), tense)
        day, rule = _weekday_date(ctx.dct, wd, rel, tense)
        then = None
        if not rel and tense in (FUTURE, NOUN_PRESENT):
            then = ahead_of_a_told_day(ctx.text, m.start(), ctx.previous, wd, announced=announced)
        if then is not None and (then < day or announced):
            day, rule = then, "weekday_after_told_day"
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
    if (
        word == "tonight"
        and ctx.dct is not None
        and not m["pmod"]  # "Medvedev said earlier tonight": the DCT's
        and ctx.tense(m.start(), m.end()) == PAST
    ):
        # "Tonight, he painted a dark picture", quoted the morning after: the night of the
        # day the text last named, when that is the day before the DCT
        last = ctx.last_value(r"\d{4}-\d\d-\d\d(?:T\w+)?", m.start(), 6000)
        if last is not None and last[:10] == (ctx.dct - dt.timedelta(1)).isoformat():
            value = last[:10]
    spoken = None if ctx.dct is None else spoken_on(ctx.text, m.start(), m.end(), ctx.dct)
    if spoken is not None:
        # a quotation dated by its attribution ('"We vote tomorrow," he said on Monday'):
        # counted from the day it was spoken
        value = (spoken + dt.timedelta(offset)).isoformat()
    elif word == "tonight" and ctx.dct is not None and in_quotation(ctx.text, m.start()):
        # a speech quoted after the night it was given ("''Tonight, I ask you…'' he said"):
        # the night the article first names, when that was one to three days back
        night = _first_night(ctx)
        if night is not None:
            value = night
    elif word == "today" and ctx.dct is not None and in_quotation(ctx.text, m.start()):
        lead = lead_day(ctx)
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


def lead_day(ctx: Context) -> str | None:
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


def ahead_of_dct(day: str | None, ctx: Context) -> bool:
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
    undated = ctx.dct is None and not named_after(m, ctx.text)
    days = DAY_OF_A_TIME_UNDATED if undated else DAY_OF_A_TIME
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
    if past and base is not None and offset == -1 and m["part"].lower() == "overnight":
        told = dateline_end(ctx.text, m.start())
        if told is not None and not any(told <= t.start < m.start() for t in ctx.previous):
            # "NEW YORK, Sept. 12 — Rescue workers searched the rubble overnight": the
            # night before the dateline's day, as before the DCT
            base = next_day(base[:10], -1)
    if past and ahead_of_dct(base, ctx):
        base = None  # "… the polls Feb. 9. Four more debated earlier in the evening": a day
        # still ahead is not the day of a past event
    if base is None and the_part and not rel and past:
        base = lead_day(ctx)  # "Throughout the night, …" far into a report of last night
        if base is None and part == "NI":
            offset = -1  # "Rescuers worked through the night": the night before the DCT
    spoken = (
        spoken_on(ctx.text, m.start(), m.end(), ctx.dct)
        if rel in ("this", "last") and ctx.dct is not None
        else None
    )
    if spoken is not None:
        # '"I spoke with him last night," the ambassador said on Tuesday': Monday's night
        base, anchor = (spoken + dt.timedelta(offset)).isoformat(), "DCT"
    elif base is None:
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
DAY_OF_A_TIME = r"\d{4}-\d\d-\d\d"
DAY_OF_A_TIME_UNDATED = rf"(?:{DAY_OF_A_TIME}|{UNDATED_DAY})"


#: "what a", "quite a", "such a" before a weekday: that day praised, not some such day
_EXCLAIMED = re.compile(r"\b(?:what|quite|such)\s+a\s+$", re.I)
