"""Relative units read against the time the story last named, not the DCT.

"That year", "the following month" and "the previous spring" move from the year, month or
season the text named last: after "the plant closed in the summer of 2015", "the following
spring" is 2016-SP. "The next year" does so too when it dates an event on its own ("was
re-elected the next year"); after a preposition of extent ("over the next year", "in the
next year") or before a possessive ("the next year's budget") it is the coming year, read
from the DCT like "next year". A named month counts from the time named last as well:
after June 2006, "the following August" is 2006-08. "That month" or "that same week" in a
past clause after a year but no month or week is an unknown one of that year (``2012-XX``).
"The year before" or "the month after" closing a clause is one unit from the one named last
("won in 2008 and lost the year before": 2007).
"""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.dates import shift_date, shift_months, value_at, year_on_side
from fivews.timeline.guards import NOUN_AFTER
from fivews.timeline.lexicon import LEXICON, MONTH, SEASON, UNITS
from fivews.timeline.records import Context, Timex
from fivews.timeline.tense import FUTURE, PAST
from fivews.timeline.values import make_timex, point_mod_of

#: relative words that always look back to the time last named
_BACKWARD_LOOKING = frozenset(
    {"that", "the same", "the following", "the previous", "the preceding", "the prior"}
)
#: a word before "the next year" that makes it a stretch from now ("over the next year")
_EXTENT_BEFORE = re.compile(
    r"\b(?:in|over|within|during|for|through|throughout|into|of|by|until|till)\s+$", re.I
)
#: a season, month, quarter or half and "of" before "the next year"
_PART_OF = re.compile(r"\b(?:" + SEASON + "|" + MONTH + r"|quarter|half)\s+of\s+$", re.I)
#: how far back (characters) the time last named may lie
_WINDOW = 1500
#: rules of the DCT's own day named as now ("today")
_NOW_RULES = frozenset({"day_word_today"})


def is_anaphoric(rel: str, m: re.Match[str], text: str) -> bool:
    """Whether the relative word ``rel`` of the match ``m`` ("the following", "the next")
    moves from the time last named rather than from the DCT."""
    if rel in _BACKWARD_LOOKING:
        return True
    if rel != "the next":
        return False
    if _PART_OF.search(text, max(0, m.start() - 30), m.start()):
        return True  # "resigned in the spring of the next year": the year after one named
    if _EXTENT_BEFORE.search(text, max(0, m.start() - 15), m.start()):
        return False
    return not re.match(r"['’]s\b", text[m.end() : m.end() + 3])


#: a verb of telling right before a day ("said on Friday", "told reporters Tuesday")
_TOLD_ON = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}?|announced|reported|added|stated)"
    r"(?:\s+in\s+an?\s+(?:statement|report|release|filing|interview))?\s+(?:on\s+)?$",
    re.I,
)


def _reporting_day(t: Timex, ctx: Context) -> bool:
    """Whether ``t`` is a day of the two weeks before the DCT on which a report was given
    ("the department said on Friday", "told analysts on Monday")."""
    if ctx.dct is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
        return False
    days = (ctx.dct - dt.date.fromisoformat(t.value)).days
    return 0 <= days <= 14 and bool(_TOLD_ON.search(ctx.text, max(0, t.start - 50), t.start))


def anaphoric_unit(
    m: re.Match[str], ctx: Context, unit: str, offset: int, mod: str | None
) -> Timex | None:
    """The year, month or season ``offset`` units from the one named last ("the following
    year" after 1995: 1996), or None when the text named none before."""
    # "that year" points away from now: a "today" between it and the year it recalls
    # ("below McCain's support in the 2008 race … Trump's support today … that year") is
    # passed over
    skip = _NOW_RULES if m.group(0).lower().startswith("that") else frozenset()
    if unit == "year":
        last = ctx.last_value(r"\d{4}(-.*)?", _anchor_end(m, ctx), _WINDOW, skip_rules=skip)
        if last is None:
            return None
        value = str(int(last[:4]) + offset)
    elif unit == "decade":  # "The mine opened in 1920. Later that decade": the 1920s
        last = ctx.last_value(r"\d{4}(-.*)?", _anchor_end(m, ctx), _WINDOW, skip_rules=skip)
        if last is None:
            return None
        value = str(int(last[:3]) + offset)
    elif unit == "month":
        # a month of an unknown year, in a text with no DCT, too ("in February … that month");
        # a count from a month passes over the day a report was given ("jobs rose in
        # October, the department said on Friday, from 7.8 percent the month before"), unless
        # no month was named before it ("the ministry said on Tuesday that exports rose from
        # the previous month": from Tuesday's)
        earlier = list(ctx.earlier(_MONTH_OR_DAY, _anchor_end(m, ctx), _WINDOW))
        named = next(
            (t for t in earlier if offset == 0 or not _reporting_day(t, ctx)),
            earlier[0] if earlier else None,
        )
        if named is None and offset != 0:
            return _unit_after_a_year_named(m, ctx, offset, mod, unit)
        if named is None:
            return _of_the_year_named(m, ctx, offset, "XX", "month_anaphoric", mod, skip)
        last = named.value
        yearless = last.startswith("XXXX")
        month = dt.date(2000 if yearless else int(last[:4]), int(last[5:7]), 1)
        value = shift_months(month, offset).isoformat()[:7]
        value = "XXXX" + value[4:] if yearless else value
    elif unit in ("week", "weekend"):
        last = next(ctx.earlier(_DAY_OR_WEEK, _anchor_end(m, ctx), _WEEK_WINDOW), None)
        if last is None and offset != 0:
            return _unit_after_a_year_named(m, ctx, offset, mod, unit)
        if last is None and unit == "week":
            return _of_the_year_named(m, ctx, offset, "WXX", "week_anaphoric", mod, skip)
        if last is None:
            return None
        # "Thanksgiving weekend. The following weekend": the weekend of the day named
        weekend = _WEEKEND_AFTER.match(ctx.text, last.end) is not None
        value = _week_from(last.value, unit, offset, weekend)
    elif unit in LEXICON["seasons"]:
        last = ctx.last_value(r"\d{4}(-.*)?", _anchor_end(m, ctx), _WINDOW)
        if last is None:
            return None
        code = LEXICON["seasons"][unit]
        value = f"{_season_year(last, code, offset)}-{code}"
        unit = "season"
    else:
        return None
    return make_timex(m, "DATE", value, f"{unit}_anaphoric", mod, anchor="previous timex")


#: how far back (characters) a year may lie for "that month" to be one of its months
_YEAR_WINDOW = 400


def _of_the_year_named(
    m: re.Match[str],
    ctx: Context,
    offset: int,
    unknown: str,
    rule: str,
    mod: str | None,
    skip: frozenset[str],
) -> Timex | None:
    """ "that month" or "that same week" in a past clause after a year (or a season or
    month of one) but no month or week: an unknown one of that year ("The 2012 request …
    CREW filed it that month": ``2012-XX``; ``unknown`` is "XX" or "WXX"), or None with no
    year named close before. Not "the same month", mostly a comparison ("rose from the
    same month a year ago"), nor after a year that only bounds a stretch ("the worst run
    since 2008")."""
    if offset != 0 or not _THAT.search(m.group(0)) or ctx.tense(m.start(), m.end()) != PAST:
        return None
    named = next(
        ctx.earlier(_YEAR_OR_PART, _anchor_end(m, ctx), _YEAR_WINDOW, skip_rules=skip), None
    )
    if named is None or _BOUND_BEFORE.search(ctx.text, max(0, named.start - 12), named.start):
        return None
    value = f"{named.value[:4]}-{unknown}"
    return make_timex(m, "DATE", value, rule, mod, anchor="previous timex")


def _unit_after_a_year_named(
    m: re.Match[str], ctx: Context, offset: int, mod: str | None, unit: str
) -> Timex | None:
    """ "the following week" ("weekend"), "the next week" in a past clause after a month,
    season or year but no day or week: an unknown week of that year ("In May 2009 he left. The
    following week he returned": ``2009-WXX``, not a week from the DCT), or None; "the
    following month" after a year but no month an unknown month of it (``2009-XX``). "The
    following week" in a future clause counts from a time ahead ("He will leave in May.
    The following week …"). Not after a year that bounds a stretch ("until 2014"), names
    a thing ("the 2017 budget", "the Class of 1962") or a fiscal year, nor from a time at
    the year's edge the week may cross ("the end of 2010", "the fourth quarter")."""
    tense = ctx.tense(m.start(), m.end())
    following = "following" in m.group(0).lower()
    if tense != PAST and not (following and tense == FUTURE):
        return None
    named = next(ctx.earlier(_YEAR_OR_PART, _anchor_end(m, ctx), _YEAR_WINDOW), None)
    if named is None or _STRETCH_OR_NAME_BEFORE.search(
        ctx.text, max(0, named.start - 20), named.start
    ):
        return None
    if NOUN_AFTER.match(ctx.text, named.end) or _STRETCH_END_AFTER.match(ctx.text, named.end):
        return None  # "the 2017 budget", "between 2010 and 2012"
    edge = ("-12", "-Q4", "-H2", "-WI") if offset > 0 else ("-01", "-Q1", "-H1")
    if named.value.endswith(edge) or named.mod == ("END" if offset > 0 else "START"):
        return None  # "the week after December" may be the next year's
    if tense == FUTURE and ctx.dct is not None and int(named.value[:4]) < ctx.dct.year:
        return None  # "fell in 2015. The following week is expected to be volatile"
    value = f"{named.value[:4]}-" + {"week": "WXX", "weekend": "WXX-WE", "month": "XX"}[unit]
    return make_timex(m, "DATE", value, f"{unit}_anaphoric", mod, anchor="previous timex")


#: what before a year makes it bound a stretch or name a thing ("until 2014", "from 2005
#: to 2009", "between 2010 and", "fiscal 2014", "the Class of 1962")
_STRETCH_OR_NAME_BEFORE = re.compile(
    r"(?:\b(?:since|until|till|through|thru|to|and|between|from|fiscal)|(?-i:[A-Z])\w+\s+of)\s+$",
    re.I,
)
#: what after a year makes it start a stretch ("between 2010 and 2012", "2005 to 2009")
_STRETCH_END_AFTER = re.compile(
    r"\s*(?:[-–]|\b(?:to|and|through)\b)\s*(?:\d|(?-i:[A-Z])[a-z]+\.?\s+\d)", re.I
)


#: a month's or a day's value, of a known or an unknown year
_MONTH_OR_DAY = r"(?:\d{4}|XXXX)-\d\d(-.*)?"
#: "that" in "that month", "later that month", "that same week"
_THAT = re.compile(r"\bthat\b", re.I)
#: a year, or a season, quarter, half or month of one
_YEAR_OR_PART = r"\d{4}(?:-(?:\d\d|SP|SU|FA|WI|Q[1-4]|H[12]))?"
#: "since" before a year, which then bounds a stretch, not the time told ("the worst run
#: since 2008")
_BOUND_BEFORE = re.compile(r"\bsince\s+$", re.I)


#: "before"/"after" closing its clause after "the week/month/year" ("lost the year before.";
#: not "the week before and after Easter")
STEP_CLOSING = re.compile(
    r"\s+(?P<dir>before|after)(?=\s*(?:[,.;:!?)\"”—–]|$)|\s+--?\s|\s+but\b)", re.I
)


def unit_before_or_after(
    m: re.Match[str], ctx: Context, word: str, step: re.Match[str], mod: str | None
) -> Timex:
    """ "the year before", "the month after" closing a clause: the unit before or after the
    one named last, or the DCT's with none named (an unknown one with no DCT, or after it
    in a past clause: "He resigned the week after."); "before"/"after" is in the extent, as
    in "the day before"."""
    offset = -1 if step["dir"].lower() == "before" else 1
    found = anaphoric_unit(m, ctx, word, offset, mod)
    if found is None:
        d = ctx.dct
        if d is None or (offset > 0 and ctx.tense(m.start(), m.end()) == PAST):
            value = {"week": "XXXX-WXX", "month": "XXXX-XX"}.get(word, "XXXX")
        else:
            value = value_at(shift_date(d, offset, UNITS[word]), UNITS[word])
        anchor = None if value.startswith("XXXX") else "DCT"
        found = make_timex(m, "DATE", value, f"{word}_before_after_dct", mod, anchor=anchor)
    else:
        # counted from another timex: no anchor of "a year earlier" after it ("fell from the
        # month before but rose from a year earlier" is a year before January, not before
        # December)
        found.rule = f"{word}_before_after"
    found.end = step.end("dir")
    found.text = ctx.text[found.start : found.end]
    return found


def following_month(
    m: re.Match[str], ctx: Context, month: int, rel: str, day: int | None = None
) -> tuple[Timex | None, str]:
    """ "the following August", "the previous March", "the next June 30": counted from the
    time named last (in a past clause, after "by the next" too), else the relative word the
    month keeps: "next" from the DCT ("over the next August"), or none, the month alone
    placed by the tense ("the factory closed the following August")."""
    rel = re.sub(r"\s+", " ", rel)
    offset = 1 if rel.endswith(("following", "next")) else -1
    past = ctx.tense(m.start(), m.end()) == PAST
    if past or is_anaphoric(rel, m, ctx.text):
        found = _anaphoric_month(m, ctx, (month, day), offset, point_mod_of(m))
        if found is not None:
            return found, rel
    return None, "" if past or not rel.endswith("next") else "next"


def _anaphoric_month(
    m: re.Match[str], ctx: Context, when: tuple[int, int | None], offset: int, mod: str | None
) -> Timex | None:
    """The month (and day) ``when`` after (``offset`` 1) or before (-1) the time named last:
    "the following August" after June 2006 is 2006-08, "the following March" after 2010
    alone 2011-03, "the following May 1" after 2009 2010-05-01; None when the text named no
    time before."""
    last = ctx.last_value(
        r"(?:\d{4}|XXXX)(?:-(?:\d\d|SP|SU|FA|WI)(?:-\d\d)?)?(?:T.*)?", _anchor_end(m, ctx), _WINDOW
    )
    if last is None or last == "XXXX":
        return None
    month, day = when
    shape = f"{month:02d}" + (f"-{day:02d}" if day else "")
    if last.startswith("XXXX"):
        value = f"XXXX-{shape}"
    else:
        year, here = int(last[:4]), last[5:7]
        if here:
            there = int(here) if here.isdigit() else LEXICON["season_months"][here]
            # by the day when both have one ("the following June 30" after June 5, 2006)
            that_day = int(last[8:10]) if day and last[8:10].isdigit() else None
            here_key, there_key = (
                ((month, day), (there, that_day)) if that_day else ((month,), (there,))
            )
            year = year_on_side(year, here_key, there_key, offset)
        else:
            year += offset
        value = f"{year:04d}-{shape}"
    rule = "month_day_anaphoric" if day else "month_anaphoric"
    return make_timex(m, "DATE", value, rule, mod, anchor="previous timex")


#: a day's or a week's value ("2016-08-03", "2016-W31", "2016-W31-WE"), and how far back
#: (characters) it may be named for "the following week" or "that weekend"
_DAY_OR_WEEK = r"\d{4}-(?:\d\d-\d\d|W\d\d)(?:[-T].*)?"
_WEEK_WINDOW = 600


#: "weekend" right after a day named ("Thanksgiving weekend", "the Memorial Day weekend")
_WEEKEND_AFTER = re.compile(r"\s+weekend\b", re.I)


def _week_from(last: str, unit: str, offset: int, weekend: bool = False) -> str:
    """The week (or weekend) ``offset`` weeks from the day or week ``last`` (or from the
    weekend of that day, with ``weekend``): "the following week" after Aug. 3, 2016 is
    2016-W32; "the previous weekend" before a Wednesday is the weekend of the week before,
    "the following weekend" after it that week's own."""
    week = re.match(r"(\d{4})-W(\d\d)", last)
    if week is not None:
        day = dt.date.fromisocalendar(int(week[1]), int(week[2]), 6 if "WE" in last else 3)
    else:
        day = dt.date.fromisoformat(last[:10])
    if weekend:  # a Monday's weekend is the one before it (Labor Day weekend), else after
        weekday = day.isoweekday()
        day += dt.timedelta(days=-2 if weekday == 1 else max(0, 6 - weekday))
    if unit == "weekend" and offset > 0 and day.isoweekday() < 6:
        offset -= 1  # a weekday's "following weekend" closes its own week
    year, num, _ = (day + dt.timedelta(weeks=offset)).isocalendar()
    return f"{year}-W{num:02d}" + ("-WE" if unit == "weekend" else "")


def _anchor_end(m: re.Match[str], ctx: Context) -> int:
    """Where the search for the time named last starts: before the match, or before the
    month it completes ("early June of that year": not June's own year)."""
    if ctx.previous and re.fullmatch(r"\s+of\s+", ctx.text[ctx.previous[-1].end : m.start()]):
        return ctx.previous[-1].start
    return m.start()


def _season_year(last: str, code: str, offset: int) -> int:
    """The year of the season ``code`` that is ``offset`` seasons of its name from the time
    ``last`` ("2015-SU" and the following spring: 2016; "2012" and the next spring: 2013)."""
    year = int(last[:4])
    months = LEXICON["season_months"]
    anchor = re.match(r"\d{4}-(\d\d|SP|SU|FA|WI)", last)
    if code == "WI" and offset == 0 and anchor and anchor.group(1) in ("01", "02"):
        return year - 1  # "In January 2010 … That winter": the winter its December began
    if anchor is None or offset == 0:
        return year + offset
    here = int(anchor.group(1)) if anchor.group(1).isdigit() else months[anchor.group(1)]
    if anchor.group(1) == "WI":
        here = 12  # a year's winter is the one its December begins ("Last winter" in June)
    return season_year(year, here, code, forward=offset > 0)


def season_year(year: int, month: int, code: str, *, forward: bool) -> int:
    """The year of the first season ``code`` after (``forward``) or before month ``month``
    of ``year``: after July 2015 the spring is 2016's, before it 2015's."""
    return year_on_side(year, (LEXICON["season_months"][code],), (month,), 1 if forward else -1)


#: how far back "That Friday" looks for the day whose week it names (characters)
_THAT_WEEKDAY_REACH = 600


def weekday_of_week_told(ctx: Context, before: int, weekday: int) -> str | None:
    """The date of the first ISO ``weekday`` on or after the day last named within
    :data:`_THAT_WEEKDAY_REACH` characters ("took place on May 25. That Friday, villagers
    buried…": that Friday; "began on Sunday, Oct. 10. That Friday": Oct. 15), or None when
    no day was named."""
    last = ctx.last_value(r"\d{4}-\d\d-\d\d(?:T.*)?", before, _THAT_WEEKDAY_REACH)
    if last is None:
        return None
    day = dt.date.fromisoformat(last[:10])
    return (day + dt.timedelta(days=(weekday - day.isoweekday()) % 7)).isoformat()
