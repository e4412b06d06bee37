"""Resolver of named days ("Thanksgiving Day", "last Christmas", "Easter week"): the date
of the holiday in the year the DCT, a named year or the clause's tense points to; a bare
"Eid" is whichever of the two the tense points to, and an Islamic holiday told with its
weekday keeps the day the moon was sighted. The dates themselves come from
:mod:`fivews.timeline.holiday_dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from fivews.timeline.dates import week_value
from fivews.timeline.framing_years import (
    THAT_BEFORE,
    THAT_REACH,
    year_named_after,
    year_named_before,
)
from fivews.timeline.guards import NOUN_AFTER
from fivews.timeline.holiday_dates import (
    HOLIDAYS,
    holiday_date,
    holiday_dates,
    holiday_key,
    holiday_length,
    holiday_rule,
    holiday_span,
)
from fivews.timeline.lexicon import PARTS_OF_DAY, SENTENCE_OPENS, WEEKDAY, WEEKDAYS
from fivews.timeline.records import Context, Timex, sentence_around
from fivews.timeline.tense import FUTURE, PAST
from fivews.timeline.values import make_timex, point_mod_of

#: an event a holiday names, held around it ("the Christmas party", "a Thanksgiving
#: dinner", "the Easter service"): told in a past clause, it may lie before the holiday
#: itself, so the nearest holiday is its own
_SEASON_EVENT_AFTER = re.compile(
    r"\s+(?:party|parties|dinner|dinners|lunch|luncheon|feast|parade|service|services|concert"
    r"|celebration|celebrations|festivities|festival|pageant|program|event|events|gathering)\b",
    re.I,
)


#: days after a day of an election cycle during which news, unless it looks ahead, means
#: the one just past
_JUST_PAST = 45
#: days after one within which a past clause tells of that one (not of a cycle before)
_SAME_CYCLE = 300


def _pick(
    rule: dict[str, Any], dct: dt.date, rel: str, tense: str | None, week: bool = False
) -> dt.date:
    """The occurrence the words ask for: "last"/past tense the latest on or before the DCT,
    "next"/future tense the first on or after it, "this" the DCT's year, else the nearest
    (the coming one for a day of an election cycle, which news looks ahead to even in a
    past clause: "urged people to vote on Election Day"; but within 45 days after one, the
    one just past unless the clause looks ahead, and within 300 days, in a past clause).
    With ``week`` ("Easter week") the holiday's ISO week is what starts or ends there,
    so its Monday is compared with the DCT."""
    every = rule.get("every", 1)  # Election Day falls in even years, Super Tuesday every 4th
    remainder = rule.get("remainder", 0)  # Inauguration Day the year after an election
    years = [y for y in range(dct.year - every, dct.year + every + 1) if y % every == remainder]
    # every date in each year: a lunar day may come twice in one ("Islamic New Year" on
    # January 10 and December 29, 2008), and a bare "Eid" is either Eid
    options = [d for y in years for d in holiday_dates(rule, y)]
    if week:
        options = [d - dt.timedelta(days=d.isoweekday() - 1) for d in options]
    if rel == "this":
        return next((d for d in options if d.year == dct.year), options[len(options) // 2])
    if not rel and not week:
        # a festival under way at the DCT ("Hanukkah ends tonight" on January 1; a bare
        # "Eid" four days into Eid al-Adha)
        under_way = [
            d
            for d in options
            if d <= dct <= d + dt.timedelta(days=holiday_length(holiday_rule(rule, d)) - 1)
        ]
        if under_way:
            return under_way[-1]
    latest = max(d for d in options if d < dct or (not rel and d == dct))
    if rel == "last" or (not rel and tense == PAST and every == 1):
        return latest
    if not rel and every > 1 and tense != FUTURE:
        # "Rubio's poor showings on Super Tuesday" a week after it; "Clinton won on Super
        # Tuesday" in the autumn of the same cycle
        if (dct - latest).days <= (_SAME_CYCLE if tense == PAST else _JUST_PAST):
            return latest
    if rel == "next" or (not rel and (tense == FUTURE or every > 1)):
        # a day of an election cycle is the coming one unless "last" says otherwise
        return min(d for d in options if d > dct or (not rel and d == dct))
    return min(options, key=lambda d: abs((d - dct).days))


def _year_just_before(m: re.Match[str], ctx: Context) -> int | None:
    """The year written right before the holiday after a determiner, as its attribute
    ("the 2009 Fourth of July celebration"), or opening the sentence ("In 2005 Christmas
    fell on a Sunday"), or a year's possessive ("last year's Ramadan"), or None."""
    before = [t for t in ctx.previous if t.end <= m.start()]
    if not before:
        return None
    t = max(before, key=lambda t: t.end)
    if re.fullmatch(r"['’]s\s+", ctx.text[t.end : m.start()]) and re.fullmatch(r"\d{4}", t.value):
        return int(t.value)  # "last year's Ramadan", "next year's Lunar New Year"
    if t.rule != "year" or ctx.text[t.end : m.start()].strip():
        return None
    if not _DETERMINER_BEFORE.search(ctx.text, max(0, t.start - 30), t.start):
        return None  # "the class of 1985 Christmas reunion", "Since 1990 Easter has been"
    return int(t.value[:4])


#: a determiner right before the year of a holiday ("the 2009 Fourth of July celebration",
#: "its 2010 Christmas results", "the firm's 2012 New Year's Eve party"), or "In" opening
#: the sentence ("In 2005 Christmas fell on a Sunday")
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our)|\w['’]s|(?:^|[.!?]['\"”’]*\s+|\n\s*)In)\s+$", re.I
)


#: words before a holiday that a past clause made ready for ("slashed prices before
#: Christmas", "closed early for Christmas", "stocked up ahead of Thanksgiving"), with the
#: word before "before"; not the end of a stay ("stayed open until Christmas Eve")
_READY_FOR = re.compile(
    r"(?:\b(?P<word>[\w']+)\s+)?\b(?:before|for|ahead\s+of|in\s+time\s+for|(?P<eve>eve\s+of))\s+"
    r"(?:the\s+|(?-i:[A-Z][a-z]+)['’]s\s+)?"  # "ahead of China's Spring Festival"
    # "ahead of the long (three-day) Memorial Day weekend"
    r"(?:(?:long|holiday|(?:three|four)-day)\s+){0,2}$",
    re.I,
)
#: words before "before" that count back from the holiday or look back on it ("a week
#: before Christmas", "the weekend before Thanksgiving", "just before Christmas", "since
#: before Christmas")
_COUNTED_BACK = frozenset(
    {"since", "just", "day", "days", "week", "weeks", "weekend", "month", "months", "night"}
)
#: days before a holiday within which a past clause's preparations are for it (unless
#: the holiday's entry says otherwise: the Lunar New Year's travel rush begins weeks ahead)
_RUN_UP = 30
#: a verb of urging and its infinitive before a holiday in its sentence ("urged people to
#: avoid gatherings on New Year's Eve", "asked residents not to travel during the Lunar
#: New Year")
_URGED_TO = re.compile(
    r"\b(?:urged|urging|asked|advised|told|warned|called\s+on|ordered|encouraged|appealed\s+to)"
    r"\b[^.;!?]{0,60}?\bto\s+[a-z]+\b[^.;!?]{0,80}$",
    re.I,
)
#: days a stretch counted back from a holiday begins before it ("the week before
#: Christmas"): a past clause tells of the coming holiday's once that has begun
#: ("days before Christmas", "just before Christmas" are up to about ten days)
_RUN_UP_DAYS = {"day": 1, "night": 1, "days": 10, "just": 10, "week": 7, "weekend": 7, "weeks": 14}
#: words naming another year ("last year", "decades ago", "in 2008") in the sentence
_OTHER_YEAR = re.compile(
    r"\b(?:(?:last|previous|past|prior)\s+year|(?:years?|decades?)\s+(?:ago|earlier|before)"
    r"|(?:1[89]|20)\d\d)\b",
    re.I,
)


def _made_ready_for(m: re.Match[str], ctx: Context, rule: dict[str, Any]) -> bool:
    """Whether a past clause tells of getting ready for a yearly holiday that is at most
    :data:`_RUN_UP` days ahead of the DCT ("Retailers slashed prices before Christmas" on
    December 23; "the debate was held the Saturday before Christmas" when that Saturday is
    gone by), in a sentence naming no other year."""
    if ctx.dct is None or rule.get("every", 1) != 1 or m["rel"]:
        return False
    cue = _READY_FOR.search(ctx.text, max(0, m.start() - 30), m.start())
    start, end = sentence_around(ctx.text, m.start(), m.end())
    urged = _URGED_TO.search(ctx.text, start, m.start())
    if cue is None and urged is None:
        return False
    coming = min(
        d for y in (ctx.dct.year, ctx.dct.year + 1) for d in holiday_dates(rule, y) if d > ctx.dct
    )
    # (the Lunar New Year's travel and trade begin weeks ahead)
    if (coming - ctx.dct).days > rule.get("run_up", _RUN_UP):
        return False
    if cue is None:
        # "urged residents not to travel during the Lunar New Year": what was urged is ahead
        return not _OTHER_YEAR.search(ctx.text, start, end)
    word = (cue["word"] or "").lower()
    if cue["eve"] and coming - dt.timedelta(days=1) > ctx.dct:
        return False  # "commuted the sentence on the eve of Thanksgiving": the eve is gone by
    if cue.group(0).lower().rstrip().endswith("before") and word in WEEKDAYS:
        # "the Saturday before Christmas": that day must be gone by
        back = (coming.isoweekday() - WEEKDAYS[word] - 1) % 7 + 1
        if coming - dt.timedelta(days=back) > ctx.dct:
            return False
    elif cue.group(0).lower().rstrip().endswith("before") and word in _COUNTED_BACK:
        # "the week before Christmas" on December 24: this Christmas's week, if it has begun
        run_up = _RUN_UP_DAYS.get(word)
        if run_up is None or coming - dt.timedelta(days=run_up) > ctx.dct:
            return False
    return not _OTHER_YEAR.search(ctx.text, start, end)


def _holiday_weekend(
    m: re.Match[str], ctx: Context, day: dt.date | None, how: str, mod: str | None
) -> Timex:
    """ "the Thanksgiving weekend", "the Memorial Day weekend": the weekend next to the
    holiday (the one before a Monday to Wednesday, else the one of its week)."""
    value = "XXXX-WXX-WE"
    if day is not None:
        wd = day.isoweekday()
        saturday = day - dt.timedelta(days=wd + 1) if wd <= 3 else day + dt.timedelta(days=6 - wd)
        value = week_value(saturday) + "-WE"
    return make_timex(m, "DATE", value, how + "_weekend", mod, anchor="DCT+tense")


def _with_the(t: Timex, m: re.Match[str], ctx: Context) -> Timex:
    """``t`` with the "the" right before it ("the Thanksgiving weekend", "the Christmas
    week"), as the extent of a unit of time keeps it."""
    the = re.search(r"\bthe\s+$", ctx.text[max(0, m.start() - 4) : m.start()], re.I)
    if the and not m["rel"]:
        t.start -= len(the.group(0))
        t.text = ctx.text[t.start : t.end]
    return t


#: a verb that welcomes a year coming ("to welcome the New Year", "rang in the New Year")
_WELCOMED = re.compile(
    r"\b(?:welcom(?:e|es|ed|ing)|(?:ring|rang|rings|ringing|see|saw|seeing|usher|ushered"
    r"|ushering)\s+in)\s+(?:the\s+)?$",
    re.I,
)


#: "that" pointing back to a time told: opening its sentence ("That Christmas, …") or
#: after a preposition ("over that Christmas"), not a clause's "that" ("warned that
#: Thanksgiving sales", "told reporters that Christmas would be quiet")
_POINTING_THAT = re.compile(
    r"(?:" + SENTENCE_OPENS + r"(?-i:T)|\b(?:in|on|over|by|until|since|during|for|at)\s+t)hat$",
    re.I,
)
#: "Christmas and" right before a New Year ("over Christmas and New Year's")
_CHRISTMAS_AND = re.compile(r"\bChristmas(?:\s+Day)?\s+(?:and|&)\s+(?:the\s+)?$")


def _christmas_before(m: re.Match[str], ctx: Context) -> int | None:
    """The year of the Christmas told right before a New Year, as in "over Christmas and
    New Year's", which is the New Year after it; or None."""
    if not _CHRISTMAS_AND.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    last = ctx.previous[-1] if ctx.previous else None
    if last is None or not re.fullmatch(r"\d{4}-12-2[45]", last.value) or ctx.dct is None:
        return None
    year = int(last.value[:4])
    # only a Christmas near the DCT (one read a year off carries no New Year with it)
    return year if abs((dt.date(year + 1, 1, 1) - ctx.dct).days) <= _NEAR_NEW_YEAR else None


#: the faithful of an Eastern church named before a holiday in its sentence, whose Easter
#: is the Orthodox one ("Orthodox Christians marked Easter", "Coptic believers", "Copts";
#: not "Orthodox economists", "an Orthodox rabbi", "Ultra-Orthodox Jewish parties"), and
#: of a church that keeps Christmas on January 7 (not the Greek one's December 25)
_EASTERN_FAITHFUL = (
    r"(?<![\w-])(?:(?:Orthodox|Coptic)\s+(?:Christians?|believers|faithful|worshippers"
    r"|[Cc]hurch(?:es)?|pilgrims)|Copts)\b"
)
_EASTERN_CHURCH = {
    "easter": re.compile(_EASTERN_FAITHFUL),
    "christmas": re.compile(
        r"(?<!Greek\s)(?<!Romanian\s)(?<!Bulgarian\s)(?<!Cypriot\s)"
        + _EASTERN_FAITHFUL
        + r"|\b(?:Russian|Serbian|Ethiopian|Georgian|Macedonian|Belarusian)\s+Orthodox\b"
    ),
}
#: the names of New Year's Day; how near the DCT (days) a New Year told after Christmas is
_NEW_YEARS_DAYS = frozenset({"new year", "new year's", "new year's day"})
_NEAR_NEW_YEAR = 45


#: the weekday a holiday is told to fall on, right after it: its verb of beginning or
#: falling ("Ramadan, which starts on Monday", "Eid began Tuesday", "Eid al-Adha will be
#: celebrated on Monday") or, after a verb of celebrating, "on" alone ("Muslims celebrated
#: Eid al-Adha on Monday"); not another act's day ("discuss Eid on Monday", "ahead of
#: Ramadan on Sunday")
#: a weekday the holiday opens, told before it ("on Monday, the start of the Eid al-Adha
#: holiday", "Friday, the first day of Eid")
_WEEKDAY_OPENING_IT = re.compile(
    r"\b(?P<weekday>" + WEEKDAY + r"),\s+(?:the\s+)?(?:start|beginning|first\s+day)\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
#: what ends an apposition after the holiday: a stop, or "holiday"/"festival" and a stop
_APPOSITION_ENDS = re.compile(r"(?:\s+(?:holiday|festival|feast)s?)?\s*(?:[,.;:)!?]|$)")
_ITS_WEEKDAY = re.compile(
    r"(?:,\s+which)?\s+(?:(?:will|would|is\s+expected\s+to|was\s+expected\s+to)\s+)?"
    r"(?:begins?|began|starts?|started|falls?|fell|be|is|was|(?:is|was|be)\s+(?:celebrated"
    r"|marked|observed))"
    r"\s+(?:on\s+)?(?P<weekday>" + WEEKDAY + r")\b",
    re.I,
)
_CELEBRATED_ON = re.compile(
    r"(?:\s+(?:holidays?|festival))?\s+(?:on\s+)?(?P<weekday>" + WEEKDAY + r")\b", re.I
)
_CELEBRATING = re.compile(
    r"\b(?:celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?|observ(?:e|es|ed|ing))\s+(?:the\s+)?$",
    re.I,
)
#: days a holiday of the Islamic calendar may lie from its computed date, as the moon is
#: sighted a day or two apart from place to place
_SIGHTING = 2


def _sighted_day(m: re.Match[str], ctx: Context, day: dt.date) -> dt.date:
    """The day of a holiday of the Islamic calendar that the sentence names by its weekday
    ("Muslims celebrated Eid al-Adha on Monday"), when that weekday lies within
    :data:`_SIGHTING` days of the computed date (the moon is sighted a day apart from
    country to country); else the computed ``day``."""
    said = _ITS_WEEKDAY.match(ctx.text, m.end())
    if said is None and _APPOSITION_ENDS.match(ctx.text, m.end()):
        # "on Monday, the start of the Eid al-Adha holiday." (not "On Friday, the start of
        # Ramadan was declared for Saturday")
        said = _WEEKDAY_OPENING_IT.search(
            ctx.text, max(0, m.start("holiday") - 50), m.start("holiday")
        )
    if said is None and _CELEBRATING.search(ctx.text, max(0, m.start() - 20), m.start()):
        said = _CELEBRATED_ON.match(ctx.text, m.end())
    if said is None or not said["weekday"][0].isupper():
        return day
    wanted = WEEKDAYS[said["weekday"].lower()]
    near = [
        day + dt.timedelta(days=k)
        for k in range(-_SIGHTING, _SIGHTING + 1)
        if (day + dt.timedelta(days=k)).isoweekday() == wanted
    ]
    return near[0] if near else day


#: a pronoun's owner or an adverb after "every" and a holiday, which opens the clause
#: ("Every Christmas my mother…", "Each Christmas usually brings…")
_NO_NOUN_AFTER = re.compile(
    r"[ \t]+(?:my|our|your|usually|always|often|never|sometimes|also|still)\b", re.I
)
#: keys of a holiday entry whose month moves from year to year (a lunar calendar's, Easter's)
_MOVABLE_KEYS = frozenset(
    {"dates", "like", "either", "lunisolar", "hebrew", "hijri", "persian", "easter"}
)


#: a title right before a holiday, which makes it a name ("Father Christmas", "Mr.
#: Christmas")
_NAME_BEFORE = re.compile(
    r"(?-i:(?:Mr|Mrs|Ms|Dr|Rev|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt)\.|Father|Mother|Mrs|Mr)\s+$"
)

#: a capitalised word before "Christmas" that is no determiner, owner or word of time,
#: which makes it a person's surname ("Carolyn Christmas", "Tim Christmas")
_FIRST_NAME_BEFORE = re.compile(
    r"\b(?!(?:The|Her|His|Their|Our|My|Its|This|That|On|At|In|By|During|Over|Since|Before"
    r"|After|Until|For|When|If|Because|And|But|Last|Next|Every|Each|White|Merry|Orthodox"
    r"|American|British|Western|Eastern|Santa)\b)(?-i:[A-Z][a-z]+)\s+$"
)


def resolve_holiday(m: re.Match[str], ctx: Context) -> Timex | None:
    """A holiday (:func:`_resolve_holiday`), and a part of it named after it ("Christmas
    morning", "Thanksgiving night"): a TIME on the holiday's day."""
    t = _resolve_holiday(m, ctx)
    if t is not None and m["hpart"] and re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", t.value):
        t.value = f"{t.value}T{PARTS_OF_DAY[m['hpart'].lower()]}"
        t.type = "SET" if t.type == "SET" else "TIME"  # "every Christmas morning" recurs
    return t


def _resolve_holiday(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "Thanksgiving Day", "last Christmas", "Easter 1999", "Easter week" (its ISO week);
    a year named before it in the sentence is its year ("In 2015, Thanksgiving fell…"),
    as is a year right before it ("the 2009 Fourth of July celebration") or written after
    it ("on Veterans Day in 2007")."""
    name = holiday_key(m["holiday"])
    # "a thoroughly orthodox Christmas": conventional, the Western holiday
    conventional = m["holiday"].startswith("orthodox")
    if conventional:
        name = name.removeprefix("orthodox ")
    rule = HOLIDAYS[name]
    if m["hevery"] and not (
        NOUN_AFTER.match(ctx.text, m.end()) and not _NO_NOUN_AFTER.match(ctx.text, m.end())
    ):
        # "every Fourth of July", "each Thanksgiving": the holiday year after year, on its
        # day, or in its month when the day moves (not "each Valentine's Day card")
        value = "XXXX"
        if "month" in rule and not _MOVABLE_KEYS & rule.keys():
            day = f"-{rule['day']:02d}" if "day" in rule else ""
            value = f"XXXX-{rule['month']:02d}{day}"
        t = make_timex(m, "SET", value, "holiday_every")
        t.start, t.text = m.start("hevery"), ctx.text[m.start("hevery") : m.end()]
        return t  # "stay open late every Easter weekend": "late" is the verb's
    start, _ = sentence_around(ctx.text, m.start(), m.end())
    church = _EASTERN_CHURCH["christmas" if "christmas" in name else "easter"]
    if f"orthodox {name}" in HOLIDAYS and church.search(ctx.text, start, m.start()):
        # "Orthodox believers celebrated Christmas on Monday": the Orthodox one
        rule = HOLIDAYS[f"orthodox {name}"]
    rel = (m["rel"] or "").lower()
    mod = point_mod_of(m)
    # a year named earlier in the sentence places the holiday ("In 2015, Thanksgiving…")
    named = (
        None
        if rel
        else year_named_before(m, ctx) or _year_just_before(m, ctx) or year_named_after(m, ctx)
    )
    that = (
        None if rel or m["year"] else THAT_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
    )
    if that and not _POINTING_THAT.search(ctx.text, max(0, that.start() - 12), that.start() + 4):
        that = None  # "warned that Thanksgiving sales could fall": a clause's "that"
    told = ctx.last_value(r"\d{4}(-.*)?", m.start(), THAT_REACH) if that else None
    if told is not None and not named:
        # "In 1994, a similar accord fell apart. That Christmas, fighting resumed."
        t = make_timex(
            m, "DATE", holiday_date(rule, int(told[:4])).isoformat(), "holiday_that", mod,
            anchor="previous timex",
        )  # fmt: skip
        t.start, t.text = that.start(), ctx.text[that.start() : m.end()]
        return t
    if m["hyrel"] and (
        _NAME_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        or (
            name == "christmas"
            and _FIRST_NAME_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        )
    ):
        # "Father Christmas last year", "Mr. Christmas last year", "Tim Christmas last year
        # joined the firm": a name
        return None
    if m["hyrel"] and not rel and ctx.dct is not None:
        # "during Ramadan last year": that year's
        year = ctx.dct.year + (1 if m["hyrel"].lower() == "next" else -1)
        day, how = holiday_date(rule, year), "holiday_relative_year"
    elif m["year"] or named:
        day: dt.date | None = holiday_date(rule, int(m["year"] or named))
        how = "holiday_year" if m["year"] else "holiday_year_in_sentence"
    elif ctx.dct is not None:
        tense = ctx.tense(m.start(), m.end())
        if tense == PAST and _SEASON_EVENT_AFTER.match(ctx.text, m.end()):
            tense = None  # "the Christmas party slaughter" early in December: this season's
        elif tense == PAST and _made_ready_for(m, ctx, rule):
            tense = FUTURE  # "slashed prices before Christmas" on December 23
        day, how = _pick(rule, ctx.dct, rel, tense, bool(m["week"])), "holiday"
        if (
            name == "new year"
            and ctx.dct.month == 12
            and _WELCOMED.search(ctx.text, max(0, m.start() - 30), m.start())
        ):
            day = dt.date(ctx.dct.year + 1, 1, 1)  # "welcomed the New Year" in a Dec. 31 paper
        christmas = _christmas_before(m, ctx) if name in _NEW_YEARS_DAYS else None
        if christmas is not None and not rel:
            day = dt.date(christmas + 1, 1, 1)  # "over Christmas and New Year's": the next
    else:
        day, how = None, "holiday_no_dct"
    if day is not None:
        rule = holiday_rule(rule, day)  # a bare "Eid": the Eid of that day
    if day is not None and "hijri" in rule:
        day = _sighted_day(m, ctx, day)
    if m["week"] or rule.get("week"):
        # "Easter week"; "Holy Week", the ISO week its last day (Holy Saturday) is in
        last = day + dt.timedelta(days=holiday_length(rule) - 1) if day else None
        value = week_value(last) if last else "XXXX-WXX"
        t = make_timex(m, "DATE", value, how + "_week", mod, anchor="DCT+tense")
        return _with_the(t, m, ctx) if m["week"] else t
    if m["weekend"]:
        return _with_the(_holiday_weekend(m, ctx, day, how, mod), m, ctx)
    if day is None:
        fixed = "day" in rule
        value = f"XXXX-{rule['month']:02d}-{rule['day']:02d}" if fixed else "XXXX-XX-XX"
        return make_timex(m, "DATE", value, how, mod)
    span = holiday_span(rule, day)
    if mod == "END" and len(span) > 1:
        day = dt.date.fromisoformat(span[-1])  # "by the end of Ramadan": its last day
    t = make_timex(m, "DATE", day.isoformat(), how, mod, span, anchor="DCT+tense")
    if m["hevery"]:  # "each Valentine's Day card": the holiday, "each" the card's
        t.start, t.text = m.start("holiday"), ctx.text[m.start("holiday") : t.end]
    if conventional and m.start() == m.start("holiday"):
        t.start = m.end("holiday") - len(m["holiday"][len("orthodox") :].lstrip())
        t.text = ctx.text[t.start : t.end]
    return t
