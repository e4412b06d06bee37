"""Resolvers of dates named on the calendar: ISO and numeric dates, "Sept. 15, 2017",
"Sept. 15", "June 2015", "June", seasons. Years, decades and centuries are in
:mod:`resolve_years`.

A month, day or season named without a year takes the year the DCT and the clause's
tense point to (:func:`fivews.timeline.values.pick_year`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from fivews.timeline.anaphora import following_month
from fivews.timeline.dates import days_in_month, nth_weekday, real_date, year_on_side
from fivews.timeline.event_nouns import SCHEDULED_EVENT_NOUNS, names_scheduled_event
from fivews.timeline.framing_years import (
    THAT_BEFORE,
    THAT_REACH,
    year_named_after,
    year_named_before,
    year_of_a_contest,
    year_of_an_event,
)
from fivews.timeline.guards import NOUN_AFTER, POSSESSIVE_PRONOUNS, first_word, previous_word
from fivews.timeline.lexicon import (
    LAST_AS_VERB,
    LEXICON,
    MOST_RECENTLY_BEFORE,
    OPENS_HERE,
    ORDINALS,
    RELATIVE_DIRECTIONS,
    SEASONS,
    SHORT_WEEKDAY,
    WEEKDAY,
    WEEKDAYS,
)
from fivews.timeline.live_blogs import chronology_year
from fivews.timeline.records import SENTENCE_END, Context, Timex, sentence_around
from fivews.timeline.story_time import said_in, said_in_month, story_year
from fivews.timeline.tense import FUTURE, PAST
from fivews.timeline.values import (
    OTHER_TIME_BEFORE,
    WRITTEN_DATE_RULES,
    day_of_month,
    direction_tense,
    make_timex,
    month_number,
    pick_year,
    point_mod_of,
    until_a_set_event,
)


def resolve_iso(m: re.Match[str], ctx: Context) -> Timex | None:
    """``2017-09-21`` (optionally with ``T06:30``): already normalised."""
    try:
        day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    if m["hh"]:
        return make_timex(m, "TIME", f"{day.isoformat()}T{m['hh']}:{m['mi']}", "iso_date")
    return make_timex(m, "DATE", day.isoformat(), "iso_date")


def resolve_slash_date(m: re.Match[str], ctx: Context) -> Timex | None:
    """``9/21/2017``: month first (US news) unless the first number cannot be a month."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    month, day = (a, b) if a <= 12 else (b, a)  # US month/day unless impossible
    try:
        return make_timex(m, "DATE", dt.date(y, month, day).isoformat(), "numeric_date")
    except ValueError:
        return None


def resolve_slash_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """``12/2016``: a month and its year in figures, as date codes and expiry dates print
    them."""
    return make_timex(m, "DATE", f"{m['y']}-{int(m['mo']):02d}", "numeric_month_year")


def resolve_full_date(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "Sept. 15, 2017", "15 September 2017": a complete calendar date."""
    try:
        day = dt.date(int(m["year"]), month_number(m["month"]), day_of_month(m))
    except ValueError:
        return None
    t = make_timex(m, "DATE", day.isoformat(), "month_day_year", point_mod_of(m))
    short = _SHORT_WEEKDAY.match(m.group(0))
    if short and WEEKDAYS.get(_SHORT_DAYS[short[1][:2]]) != day.isoweekday():
        # "The Sun May 5, 2011 edition", "Couple Wed June 12, 2010": a paper's name or a
        # verb, not the date's own weekday
        skip = short.end()
        t.start, t.text = m.start() + skip, m.group(0)[skip:]
    return t


#: a short weekday opening a full date ("Tue 3 Oct 2017", "Wed, Feb. 29, 2012")
_SHORT_WEEKDAY = re.compile(r"(" + SHORT_WEEKDAY + r")\.?,?\s+")
#: a short weekday's first two letters -> the weekday's name
_SHORT_DAYS = {
    "Mo": "monday",
    "Tu": "tuesday",
    "We": "wednesday",
    "Th": "thursday",
    "Fr": "friday",
    "Sa": "saturday",
    "Su": "sunday",
}


def _year_by_tense(
    m: re.Match[str], ctx: Context, month: int, day: int | None, start: int | None = None
) -> tuple[int, str]:
    """The year of the month (and day) matched, from the DCT and the tense or a direction
    the words before it state ("since", "ahead to"); ``ctx.dct`` must be known. ``start``
    is where the time itself begins, when the match opens with a preposition."""
    assert ctx.dct is not None
    start = m.start() if start is None else start
    tense, stated = direction_tense(ctx.text, start, m.end(), ctx.tense(start, m.end()))
    return pick_year(ctx.dct, month, day, tense, stated=stated)


def resolve_month_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "Sept. 15", "15 September": the year comes from a year framing the sentence, else
    from the DCT and the tense, else (no DCT) from a full date written near it; "next
    Jan. 20" is the first after the DCT, "the following May 1" the first after the time
    named last (without one, the day alone is the expression)."""
    month, dnum = month_number(m["month"]), day_of_month(m)
    if dnum > days_in_month(month):
        return None
    rel = (m.groupdict().get("rel") or "").lower()
    if rel == "last" and LAST_AS_VERB.search(ctx.text, max(0, m.start() - 14), m.start()):
        rel = ""  # "will last Sept. 3 to Sept. 5": the verb
    elif rel.startswith("the "):
        found, rel = following_month(m, ctx, month, rel, dnum)
        if found is not None:
            return found
    t = _month_day(m, ctx, month, dnum, rel)
    if t is not None and m.groupdict().get("rel") and rel != m["rel"].lower():
        # the words left of the expression: "the next March 1 deadline" is "next March 1",
        # "the following March 15" with no time before and a verb "last" leave the day
        if rel:
            t.start = m.start("rel") + m["rel"].lower().rindex(rel)
        else:
            t.start = m.end("rel") + len(re.match(r"\s*", ctx.text[m.end("rel") :]).group(0))
        t.text = ctx.text[t.start : t.end]
    return t


def _month_day(m: re.Match[str], ctx: Context, month: int, dnum: int, rel: str) -> Timex | None:
    """The value of a month and day, with ``rel`` "next", "last" or none (as
    :func:`resolve_month_day`)."""
    named = year_named_before(m, ctx) or year_named_after(m, ctx)
    if named is None and not rel:  # "The 1995 massacre began on July 11"
        named = year_of_an_event(m, ctx)
    anchor = None
    if named is not None:  # "In 2015, the plant closed on Nov. 26", "on May 3 in 2005"
        year, rule = named, "month_day_year_in_sentence"
    elif ctx.dct is not None and rel in ("next", "last"):  # "next Jan. 20": after the DCT
        d, offset = ctx.dct, 1 if rel == "next" else -1
        year = year_on_side(d.year, (month, dnum), (d.month, d.day), offset)
        rule, anchor = f"month_day_{rel}", "DCT"
    elif ctx.dct is None:
        written = _year_near_written_day(m, ctx, month, dnum)
        if written is None:
            value = f"XXXX-{month:02d}-{dnum:02d}"
            return make_timex(m, "DATE", value, "month_day_no_year", point_mod_of(m))
        year, rule = written, "month_day_after_date"
    elif (entry := chronology_year(m.start(), m.end(), month, dnum, ctx)) is not None:
        # "2011 in review: … / Jan. 14 — Ben Ali flees": the chronology's year
        year, rule, anchor = entry, "month_day_chronology", "previous timex"
    else:
        year, how = _year_by_tense(m, ctx, month, dnum)
        rule, anchor = f"month_day_{how}", "DCT+tense"
        told = None
        if (how != "near_dct" or _days_after(ctx.dct, year, month, dnum) > 1) and ctx.tense(
            m.start(), m.end()
        ) == PAST:
            # (near the DCT too when the day lies ahead of it: "exploded on the night of
            # April 20, 2010. It burned … before sinking on April 22" in an April 20 text)
            told = _year_near_written_day(m, ctx, month, dnum, 400, later=True)
        if told is not None and told != year:
            # "On March 2, 2015, … On March 25, the utility…" in a 2016 text: a past account
            # goes on in the year of the full date a sentence before wrote, when the day
            # comes soon after it and lies far from the DCT
            year, rule, anchor = told, "month_day_after_date", "previous timex"
    try:
        value = dt.date(year, month, dnum).isoformat()
    except ValueError:
        return None
    return make_timex(m, "DATE", value, rule, point_mod_of(m), anchor=anchor)


def _days_after(dct: dt.date, year: int, month: int, day: int) -> int:
    """How many days the day lies after the DCT (0 when it is no real day)."""
    date = real_date(year, month, day)
    return 0 if date is None else (date - dct).days


#: rules of a full date written out (also "14 March 2009"), or of a day that took its
#: year from one
_WRITTEN_RULES = WRITTEN_DATE_RULES | {"day_month_year", "month_day_after_date"}


def _year_near_written_day(
    m: re.Match[str], ctx: Context, month: int, day: int, reach: int = 1500, later: bool = False
) -> int | None:
    """The year of a day named without one ("as of December 9") from the latest full date
    before it ("December 2, 2007") within ``reach`` characters (with no DCT, the
    narrative's time of a few paragraphs), when the day lies near that date (as
    :func:`pick_year` reads a day near the DCT), and with ``later`` when it comes on or
    after that date, written in a sentence before; None otherwise. The full date is a time
    the story tells of, not the time of writing, so neither the tense nor a day ahead of
    the writing can be read against it, and a day far from it may belong to another year
    ("attacked on Dec. 11, 2007 … the hearing Feb. 4")."""
    # a holiday ("Election Day") or a day counted from another is no date written out
    days = ctx.earlier(r"\d{4}-\d\d-\d\d", m.start(), reach)
    written = next((t for t in days if t.rule.split("+")[0] in _WRITTEN_RULES), None)
    if written is None:
        return None
    if OTHER_TIME_BEFORE.search(ctx.text, max(0, written.start - 20), written.start):
        return None  # "born on May 5, 1950", "a letter dated May 1, 1998": not the story's time
    near = dt.date.fromisoformat(written.value)
    weekday = re.search(rf"\b{WEEKDAY}\b", m.group(0), re.I)
    if weekday is not None:
        # "Thursday, March 26" after "Friday, March 27, 2009": the year that puts the day
        # within half a year of the full date and on the weekday named, whatever the tense
        wanted = WEEKDAYS[weekday.group(0).lower()]
        for year in (near.year, near.year + 1, near.year - 1):
            if (month, day) == (2, 29) and not calendar.isleap(year):
                continue
            candidate = dt.date(year, month, day)
            if abs((candidate - near).days) <= 183 and candidate.isoweekday() == wanted:
                return year
        return None
    if ctx.tense(m.start(), m.end()) == FUTURE:
        return None
    year, how = pick_year(near, month, day, None)
    if later and (
        ((month, day) == (2, 29) and not calendar.isleap(year))
        or dt.date(year, month, day) < near
        or not SENTENCE_END.search(ctx.text, written.end, m.start())
    ):
        return None  # "On Nov. 30" before "filed on Dec. 1, 2014"; an apposition's date
    return year if how == "near_dct" else None


def resolve_weekday_of_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the fourth Thursday in November", "the last Monday of May 2016": the day that
    weekday falls on, in the month's year (written, framing the sentence, or from the DCT
    and the tense as for a bare month); with no year to be had, the month's days."""
    month, weekday = month_number(m["month"]), WEEKDAYS[m["weekday"].lower()]
    nth = ORDINALS[m["nth"].lower()]
    year = int(m["year"]) if m["year"] else year_named_before(m, ctx) or year_named_after(m, ctx)
    anchor = None
    if year is None and ctx.dct is not None:
        year, anchor = _year_by_tense(m, ctx, month, None)[0], "DCT+tense"
    if year is None:
        return make_timex(m, "DATE", f"XXXX-{month:02d}-XX", "weekday_of_month")
    day = nth_weekday(year, month, weekday, nth)
    # "the fifth Monday of February 2015": no such day, only the month
    value = day.isoformat() if day else f"{year}-{month:02d}"
    return make_timex(m, "DATE", value, "weekday_of_month", anchor=anchor)


def resolve_month_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "June 2015", "January this year": a month of a given or relative year."""
    month = month_number(m["month"])
    if m["year"]:
        return make_timex(m, "DATE", f"{m['year']}-{month:02d}", "month_year", point_mod_of(m))
    if ctx.dct is None:
        return make_timex(m, "DATE", f"XXXX-{month:02d}", "month_year", point_mod_of(m))
    rel = m["rel"].lower()
    year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel]
    return make_timex(
        m, "DATE", f"{year}-{month:02d}", "month_relative_year", point_mod_of(m), anchor="DCT"
    )


def resolve_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "June", "last May", "early September": a month whose year depends on the DCT."""
    month = month_number(m["month"])
    rel = (m["rel"] or "").lower()
    that = _that_month(m, ctx)
    if that is not None:  # "In 1972, … McGovern lost … that November": 1972's
        return that
    own = False  # the month alone is the expression
    if rel.startswith("the "):  # "the following August", "the previous March"
        if re.match(r"\s+\d{1,2}(?!\d)", ctx.text[m.end() :]):
            return None  # "the following March 15": the day's rule dates it
        found, rel = following_month(m, ctx, month, rel)
        if found is not None:
            return found
        own = not rel
    named = None if rel else year_named_before(m, ctx) or year_named_after(m, ctx)
    if named is None and not rel:
        named = year_of_a_contest(m, ctx) or year_of_an_event(m, ctx)
    if named is not None and not own:  # "In 2015, sales peaked in June", "won in June in 2005"
        value = f"{named:04d}-{month:02d}"
        return make_timex(m, "DATE", value, "month_year_in_sentence", point_mod_of(m))
    if ctx.dct is None:
        return make_timex(m, "DATE", f"XXXX-{month:02d}", "month_no_year", point_mod_of(m))
    d, anchor = ctx.dct, "DCT+tense"
    preposition = rel == "past" and previous_word(ctx.text, m.start("rel")) != "this"
    if preposition:  # "looked way past November": the preposition, not "this past November"
        rel = ""
    rel = RELATIVE_DIRECTIONS.get(re.sub(r"\s+", " ", rel), rel)
    if rel in ("last", "next"):
        year = year_on_side(d.year, (month,), (d.month,), 1 if rel == "next" else -1)
        rule = f"month_{rel}"
    elif rel == "this":
        year, rule = d.year, "month_this"
    elif _owned_past_event(m, ctx.text):
        year, how = pick_year(d, month, None, PAST)
        rule = f"month_{how}"
    elif MOST_RECENTLY_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "is inspected each year, most recently in September": the last September
        year, how = pick_year(d, month, None, PAST, stated=True)
        rule = f"month_{how}"
    else:
        year, how = _year_by_tense(m, ctx, month, None, m.start("month") if preposition else None)
        rule = f"month_{how}"
        if (
            how == "near_dct"
            and (year, month) < (d.year, d.month)
            and previous_word(ctx.text, m.start()) == "in"
            and ctx.tense(m.start(), m.end()) == FUTURE
            and _WILL_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start())
        ):
            # "will leave office in January" in March: a month gone by is no future's time
            year, rule = year + 1, "month_future_tense"
        told = _told_as_past(m, ctx) and not until_a_set_event(ctx.text, m.start(), m.end())
        if how == "near_dct" and (year, month) > (d.year, d.month) and told:
            # "In October, Mrs. Clinton proposed…" in September: not yet come, so last year's
            year, rule = year - 1, "month_past_tense"
        if (year, month) > (d.year, d.month) and said_in(ctx.text, m.start()):
            # "The company said in March it would hire 500 people" in June: the saying's
            # March, gone by, whatever the tense of what was said
            year, rule = d.year if month <= d.month else d.year - 1, "month_of_saying"
        said = said_in_month(m, ctx) if ctx.tense(m.start(), m.end()) == FUTURE else None
        if said is not None:
            # "said in March that the company would finish the repairs by June": the June
            # after the saying, not after the DCT
            year = said[0] if month >= said[1] else said[0] + 1
            rule, anchor = "month_after_saying", "previous timex"
        story = story_year(m, ctx, month) if told else None
        if story is not None:
            # "In June 2001, … a month later … In August, she flew to New York" in a 2016
            # text: a past account goes on in the year of the month it last wrote out
            year, rule, anchor = story, "month_after_date", "previous timex"
    t = make_timex(m, "DATE", f"{year}-{month:02d}", rule, point_mod_of(m), anchor=anchor)
    if preposition or own:
        t.start, t.text = m.start("month"), m["month"]
    return t


#: a future's own words before a month in its clause ("will leave office in", "plans to
#: retire in"; not "Housing starts in January fell", a parse's timetable)
_WILL_BEFORE = re.compile(r"\b(?:will|'ll|shall|going\s+to|plans?\s+to)\b[^.;:!?]*$", re.I)
#: after "that" and a month, the clause's end, a preposition or a subject: the month of the
#: year last named ("lost the election that November,", "That September he was sent"), not
#: "that" opening a clause ("said that November was cold")
_THAT_MONTH_ENDS = re.compile(
    r"\s*[.,;:!?)]|\s+(?:when|after|before|in|on|and|as|at|he|she|it|they|we|the|his|her|their)\b",
    re.I,
)
#: a subject right after a month ("That September he was sent")
_SUBJECT_NEXT = re.compile(r"\s+(?:he|she|it|they|we|the|his|her|their)\b", re.I)


def _that_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "that November" after a year named before (within 500 characters): the month of
    that year, "that" in its extent as in "that spring"; None when no year was named, or
    the month has a direction or a modifier of its own."""
    that = THAT_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
    if m["rel"] or m["pmod"] or that is None or not _THAT_MONTH_ENDS.match(ctx.text, m.end()):
        return None
    if _SUBJECT_NEXT.match(ctx.text, m.end()) and not OPENS_HERE.search(
        ctx.text, max(0, that.start() - 4), that.start()
    ):
        return None  # "Union leaders said that April they will return": a clause's "that"
    last = ctx.last_value(r"\d{4}(-.*)?", m.start(), THAT_REACH)
    if last is None:
        return None
    value = f"{last[:4]}-{month_number(m['month']):02d}"
    t = make_timex(m, "DATE", value, "month_anaphoric", anchor="previous timex")
    t.start, t.text = that.start(), ctx.text[that.start() : m.end()]
    return t


#: a future told from the past or a condition ("if she were to win in November")
_WERE_TO = re.compile(r"\b(?:was|were)\s+to\s+[a-z]+\s+in\s+$", re.I)


#: a past copula after a month, its subject ("March was", "May had been")
_PAST_COPULA_AFTER = re.compile(r"\s+(?:was|had\s+been|proved|turned\s+out)\b")


def _told_as_past(m: re.Match[str], ctx: Context) -> bool:
    """Whether the month after "in" is told in a past clause as the time of what it tells
    ("announced his candidacy in March", "In October, she proposed"): not dating a noun
    ("the March firewall", "a cutback of supply in September") nor after an event set for
    a day ("the convention is set to take place in Cleveland in July"), where the clause's
    tense tells of the setting, not of the event."""
    if (
        _PAST_COPULA_AFTER.match(ctx.text, m.end())
        and m.group(0)[:1].isupper()
        and first_word(ctx.text, m.start())
    ):
        return True  # "March was not the worst month", told in January: last year's
    # a noun after the month ("the March firewall") has its own time, not the clause's
    if previous_word(ctx.text, m.start()) != "in" or NOUN_AFTER.match(ctx.text, m.end()):
        return False
    if ctx.tense(m.start(), m.end()) != PAST or _WERE_TO.search(
        ctx.text, max(0, m.start() - 40), m.start()
    ):
        return False
    before = ctx.text[max(0, m.start() - 120) : m.start()]
    if names_scheduled_event(before, last=15):
        return False
    # within its clause, no "of" chain of nouns before it ("told of a cutback in its oil
    # supply in September" dates the cutback, still ahead)
    clause = re.split(r"[,;:.!?()\n]", before)[-1]
    return re.search(r"\bof\b", clause, re.I) is None


#: the noun after "her March": a word, maybe after an adjective-like word
_NOUN_AFTER_MONTH = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)\b")
#: a future verb after the owned noun ("their December sales will be strong"): still ahead
_FUTURE_AFTER_NOUN = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+){1,2}?(?:will|shall|(?:is|are)[ \t]+(?:going|expected|set)[ \t]+to)\b"
)


def _owned_past_event(m: re.Match[str], text: str) -> bool:
    """Whether the month dates someone's act already done ("after her March comment",
    "their January sales"), not an event set for a day ("our November election"): a
    possessive pronoun, the month, then a noun; it lies back from the DCT whatever the
    clause's tense ("is unlikely to give the nod after her March comment"), unless a future
    verb follows ("their December sales will be strong")."""
    if m["pmod"] or previous_word(text, m.start()) not in POSSESSIVE_PRONOUNS:
        return False
    if _FUTURE_AFTER_NOUN.match(text, m.end()):
        return False
    noun = _NOUN_AFTER_MONTH.match(text, m.end())
    return noun is not None and noun.group(1) not in SCHEDULED_EVENT_NOUNS


#: "later in", "earlier in" before a season: a part of the year under discussion
_LATER_IN = re.compile(r"\b(?:later|earlier)\s+(?:in|that)\s+$", re.I)


#: a year the sentence names, which may place its winter ("will open in 2019 and reach full
#: output by winter", "by winter next year")
_YEAR_TOLD = re.compile(r"\b(?:19|20)\d\d\b|\b(?:next|last|this)\s+year\b", re.I)


def resolve_season(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "summer", "the spring of 2016": ``YYYY-SU`` etc., year from DCT and tense."""
    code = SEASONS[m["season"].lower()]
    if m["year"]:
        return make_timex(m, "DATE", f"{m['year']}-{code}", "season_year", point_mod_of(m))
    if m["yy"]:
        latest = ctx.dct.year + 5 if ctx.dct is not None else 2030
        year = latest - (latest - int(m["yy"])) % 100  # as a year "’44" alone reads
        return make_timex(m, "DATE", f"{year}-{code}", "season_year", point_mod_of(m))
    named = year_named_before(m, ctx)
    if named is not None:  # "In 2011, the quota was set in the spring"
        value = f"{named}-{code}"
        return make_timex(m, "DATE", value, "season_year_in_sentence", point_mod_of(m))
    if ctx.dct is None:
        return make_timex(m, "DATE", f"XXXX-{code}", "season_no_dct", point_mod_of(m))
    at = m.start("rel") if m["rel"] else m.start("season")  # after "later in", if matched
    if _LATER_IN.search(ctx.text, max(0, at - 20), at):
        # "later in the summer": the season of the year the sentence talks about
        last = ctx.last_value(r"\d{4}(?:-.*)?", m.start(), 400, same_sentence=True)
        if last is not None:
            value = f"{last[:4]}-{code}"
            return make_timex(m, "DATE", value, "season_of_previous", anchor="previous timex")
    month = LEXICON["season_months"][code]
    year, how = _year_by_tense(m, ctx, month, None)
    if (
        code == "WI"
        and ctx.dct.month >= 9
        and year == ctx.dct.year + 1
        and not _YEAR_TOLD.search(ctx.text, *sentence_around(ctx.text, m.start(), m.end()))
    ):
        year = ctx.dct.year  # "before winter" in the fall: the winter this December begins
    return make_timex(
        m, "DATE", f"{year}-{code}", f"season_{how}", point_mod_of(m), anchor="DCT+tense"
    )
