"""The day of an ongoing event, counted: "It is the second day of the strike", "the siege
is now in its 37th day", "The walkout entered its third day Monday", "Day 100 of the
strike passed on Wednesday".

What it does
    :func:`guard_ordinal_day` keeps such a count as a time only where it tells the day
    the story is about: after a present copula ("is", "it's the", "are in their"), "now
    in/on", or a verb of reaching it ("entered", "marks", "will enter"), and "Day N of"
    opening a sentence; not "on the third day of the trip" in a past account, "the 30th
    day after the results are certified" (a rule), nor a count placed at another time by
    the rest of its sentence ("reached its 50th day last week", "the third day of the
    riots in 1992"). :func:`resolve_ordinal_day` dates it: the DCT's day, or the day of a
    weekday the sentence names with it ("On Monday, the siege entered its fifth day";
    "will enter its 100th day on Thursday": the coming Thursday).

How
    From the words around the count: TimeBank tags "It's the second day of an offensive"
    as the DCT's day and "today is the eighth day of Desert Shield" as that day; the
    parser cannot tell a copula's "'s" from a possessive's ("the strike's 28th day")
    better than the words after it can.
"""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.guards import first_word
from fivews.timeline.lexicon import SEASON, WEEKDAYS
from fivews.timeline.records import Context, Timex
from fivews.timeline.values import make_timex

_DETERMINER = r"(?:its|their|his|her|the)\s+"
#: a present copula right before the count ("it is the", "is now in its", "are in their",
#: "it's the"; not a possessive's "the strike's 28th day")
_PRESENT_COPULA = re.compile(
    r"(?:\b(?:is|are|remains?)|(?P<s>['’](?:s|re)))\s+(?:now\s+)?(?:(?:in|on|into)\s+)?"
    r"(?P<det>" + _DETERMINER + r")?$",
    re.I,
)
#: "now in"/"now on" before a day's count ("The hunger striker, now on day 50")
_NOW_IN = re.compile(r"\bnow\s+(?:in|on|into)\s+(?:" + _DETERMINER + r")?$", re.I)
#: a verb of reaching the count ("entered its third day", "marks the 28th day", "will
#: enter its 100th day"), with whether it reads ahead (the present and "will")
_REACHED = re.compile(
    r"\b(?:(?P<past>entered|reached|marked)|(?P<ahead>enters|reaches|marks"
    r"|will\s+(?:enter|reach|mark)))\s+(?:" + _DETERMINER + r")?$",
    re.I,
)
#: a month's name, capitalised ("March", not "a march to the ministry")
_MONTH_NAMES = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
)
#: a time in the rest of the sentence that places the count elsewhere than at the DCT: a
#: month, a season, a year, a day word, a week or month counted from now
_ELSEWHERE = re.compile(
    rf"[^.;!?]*?\b(?:{_MONTH_NAMES}|{SEASON}|today|yesterday|tomorrow|tonight|(?:1[5-9]|20)\d\d"
    r"|(?:last|next|this|that)\s+(?:week|weekend|month|year)|ago)\b",
    re.I,
)
#: a year later in the sentence (a count told of another year: "… said one passenger in
#: 2009")
_YEAR_LATER = re.compile(r"[^.;!?]*?\b(?:1[5-9]|20)\d\d\b")
#: what makes the count a rule's, not a day's ("the 30th day after the election")
_COUNTED_FROM = re.compile(r"\s+(?:after|before|from|following|since)\b", re.I)
_WEEKDAY_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)
#: a weekday later in the count's sentence ("its third day Monday", "the 28th day of their
#: hunger strike on Wednesday", "his 100th day in office on Thursday"); not one in a clause
#: of its own ("a strike that began Monday")
_WEEKDAY_LATER = re.compile(
    r"(?:\s+(?:of|in)\s+(?:(?!\b(?:that|which|who|when|after|before|since)\b)[^.;!?,]){1,50}?)?"
    rf",?\s+(?:on\s+)?(?P<wd>{_WEEKDAY_NAMES})\b"
)
#: a weekday earlier in the count's sentence ("On Monday, the siege entered its fifth day",
#: "Tuesday marked the 100th day")
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<wd>{_WEEKDAY_NAMES})\b[^.;!?]*$")


def guard_ordinal_day(m: re.Match[str], text: str) -> bool:
    """Whether "the second day", "its 37th day", "Day 100" tells the day the story is
    about (module docstring)."""
    before = text[max(0, m.start() - 30) : m.start()]
    if _COUNTED_FROM.match(text, m.end()) or _YEAR_LATER.match(text, m.end()):
        return False  # "the 30th day after the election", "… said one passenger in 2009"
    copula = _PRESENT_COPULA.search(before)
    if copula and copula["s"] and not copula["det"] and not m.group(0).lower().startswith("the"):
        copula = None  # "the strike's 28th day": a possessive
    if copula or _NOW_IN.search(before):
        return True
    reached = _REACHED.search(before)
    opening = m["dnum"] and first_word(text, m.start()) and re.match(r"\s+of\b", text[m.end() :])
    if not (reached or opening) or _ELSEWHERE.match(text, m.end()):
        return False  # "reached its 50th day last week", "Day 40 of the siege, in the winter"
    if reached and reached["ahead"] and "will" in reached.group(0).lower():
        return bool(_WEEKDAY_LATER.match(text, m.end()))  # not "will enter its third day if …"
    return True


def resolve_ordinal_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """The day of an event's count: the DCT's, or that of a weekday named with it, the
    coming one after a verb that reads ahead ("enters its 10th day on Monday"), else the
    latest ("entered its third day Monday", "said on Saturday")."""
    if ctx.dct is None:
        return make_timex(m, "DATE", "XXXX-XX-XX", "ordinal_day")
    day = ctx.dct
    named = _WEEKDAY_LATER.match(ctx.text, m.end()) or _WEEKDAY_BEFORE.search(
        ctx.text, max(0, m.start() - 60), m.start()
    )
    if named is not None:
        weekday = WEEKDAYS[named["wd"].lower()]
        reached = _REACHED.search(ctx.text, max(0, m.start() - 30), m.start())
        if reached and reached["ahead"]:
            day += dt.timedelta(days=(weekday - day.isoweekday()) % 7)
        else:
            day -= dt.timedelta(days=(day.isoweekday() - weekday) % 7)
    return make_timex(m, "DATE", day.isoformat(), "ordinal_day", anchor="DCT")
