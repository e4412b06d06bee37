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

from fivews.timeline.guards import OF_AFTER, first_word
from fivews.timeline.lexicon import SEASON, WEEKDAY_NAME, WEEKDAYS
from fivews.timeline.records import Context, Timex
from fivews.timeline.values import make_timex

_DETERMINER = r"(?:its|their|his|her|the|a)\s+"
#: nouns of an event that goes on for days, whose days are counted in the news ("the third
#: day of the strike", "Day 100 of the siege")
_ONGOING = (
    r"(?:strikes?|walkouts?|stoppages?|lockouts?|sieges?|blockades?|protests?|demonstrations?"
    r"|sit-ins?|vigils?|rall(?:y|ies)|marches|(?-i:march)|uprisings?|revolts?|riots?|unrest|talks"
    r"|negotiations|war|wars|fighting|offensives?|battles?|clashes|bombardment|assault"
    r"|ceasefire|truce|standoff|stand-off|shutdown|lockdown|curfew|occupation|search|rescue"
    r"|operations?|evacuation|crisis|outage|blackout|boycott|hunger\s+strike|fast|drought"
    r"|heatwave|heat\s+wave|flooding|fires?|wildfires?|eruption|outbreak|nightmare|ordeal"
    r"|captivity|detention|campaign|recount|count|visit|tour|trip|conflicts?|invasion|raids?"
    r"|airstrikes?|air\s+strikes?|bombing|shelling)"
)
#: "of" and an ongoing event after the count ("the third day of the strike", "of their
#: hunger strike"; not "the 25th day of December", "the first day of school")
_OF_AN_ONGOING_EVENT = re.compile(
    r"\s+of\s+(?:(?:(?:the|its|their|his|her|a|an|this|that)\s+)?(?:[\w'’-]+\s+){0,4}?"
    + _ONGOING
    + r"\b|(?:``|\"|“)(?-i:[A-Z]))",  # or a named operation: "of ``Desert Shield''"
    re.I,
)
#: a present copula right before the count and "in/on" ("is in its sixth day", "are now in
#: their third day", "is on the 26th day"), which needs no event named after it
_IN_ITS = re.compile(
    r"(?:\b(?:is|are|remains?)|['’](?:s|re))\s+(?:now\s+)?(?:in|on|into)\s+(?:"
    + _DETERMINER
    + r")?$",
    re.I,
)
#: a present copula right before the count ("it is the", "today is the", "it's the"; not
#: a possessive's "the strike's 28th day"), which needs an ongoing event after it
_PRESENT_COPULA = re.compile(
    r"(?:\b(?:is|are|remains?)|(?P<s>['’](?:s|re)))\s+(?:now\s+)?(?P<det>" + _DETERMINER + r")?$",
    re.I,
)
#: "now in/on" or an apposition's "in" before a day's count ("The hunger striker, now on day
#: 50", "The protests, in their 14th day,")
_NOW_IN = re.compile(r"\bnow\s+(?:in|on|into)\s+(?:" + _DETERMINER + r")?$", re.I)
_APPOSITION_IN = re.compile(r",\s+in\s+(?:its|their)\s+$", re.I)
#: a verb of reaching the count ("entered its third day", "marks the 28th day", "will
#: enter its 100th day", "dragged into its fifth day"), with whether it reads ahead (the
#: present and "will")
_REACHED = re.compile(
    r"\b(?:(?P<past>entered|reached|marked|(?:stretched|dragged|went|moved|headed)\s+(?:on\s+)?into)"
    r"|(?P<ahead>enters|reaches|marks|(?:stretches|drags|goes|moves|heads)\s+(?:on\s+)?into"
    r"|will\s+(?:enter|reach|mark)))\s+(?:" + _DETERMINER + r")?$",
    re.I,
)
#: a month's name, capitalised ("March", not "a march to the ministry")
_MONTH_NAMES = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
)
#: a time in the rest of the sentence that places the count elsewhere than at the DCT: a
#: season, a year, the day before or after, a week or month counted from now, "ago"
_ELSEWHERE = re.compile(
    rf"[^.;!?]*?\b(?:{SEASON}|yesterday|tomorrow|(?<!since\s)(?:1[5-9]|20)\d\d"
    r"|(?:last|next|this|that)\s+(?:week|weekend|month|year|night)|ago)\b",
    re.I,
)
#: an invasion after a count "marked", which is mostly remembered years on ("veterans marked
#: the first day of the invasion"), not counted while it goes on
_OF_AN_INVASION = re.compile(
    r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?invasion\b", re.I
)
#: … and a month, which places a count told by a verb of reaching it
_MONTH_LATER = re.compile(rf"[^.;!?]*?{_MONTH_NAMES}")
#: a year earlier in the count's sentence ("In 1933, Roosevelt marked his 100th day")
_YEAR_BEFORE = re.compile(r"\b(?:1[5-9]|20)\d\d\b[^.;!?]*$")
#: a clause that tells of a time to come or of a condition ("When the strike enters its
#: 100th day", "if talks go into their third day")
_CONDITION_BEFORE = re.compile(
    r"\b(?:when|whenever|if|once|until|unless|before|by\s+the\s+time)\b[^.;!?,]*$", re.I
)
#: a future after "Day N of …" ("Day 2 of the conference will focus on…")
_FUTURE_AFTER = re.compile(r"[^.;!?]*?\b(?:will|would|shall|is\s+to|are\s+to)\b", re.I)
#: what makes the count a rule's, not a day's ("the 30th day after the election")
_COUNTED_FROM = re.compile(r"\s+(?:after|before|from|following|since)\b", re.I)
#: a weekday later in the count's sentence ("its third day Monday", "the 28th day of their
#: hunger strike on Wednesday", "his 100th day in office on Thursday"); not one in a clause
#: of its own ("a strike that began Monday")
_WEEKDAY_LATER = re.compile(
    r"(?:\s+(?:of|in)\s+(?:(?!\b(?:that|which|who|when|after|before|since)\b)[^.;!?,]){1,50}?)?"
    rf",?\s+(?:on\s+)?(?P<wd>{WEEKDAY_NAME})\b"
)
#: a weekday and a comma right before the count, which restates that day ("on Sunday, the
#: second day of Operation Olive Branch")
_DAY_IN_APPOSITION = re.compile(rf"\b{WEEKDAY_NAME},\s+$")
#: a relative clause or a verb of starting before a weekday, which dates something else
#: ("which opened on Monday", "that began last Monday")
_RELATIVE_BEFORE = re.compile(
    r"\b(?:which|that|who|since|began|begun|started|opened)\b[^,.;!?]*$", re.I
)
#: a weekday earlier in the count's sentence ("On Monday, the siege entered its fifth day",
#: "Tuesday marked the 100th day", "Next Monday is the 50th day")
_WEEKDAY_BEFORE = re.compile(
    rf"(?:\b(?P<rel>next|last|this\s+coming|coming|this)\s+)?\b(?P<wd>{WEEKDAY_NAME})\b[^.;!?]*$",
    re.I,
)


def guard_ordinal_day(m: re.Match[str], text: str) -> bool:
    """Whether "the second day", "its 37th day", "Day 100" tells the day the story is
    about (module docstring)."""
    before = text[max(0, m.start() - 30) : m.start()]
    sentence_before = text[max(0, m.start() - 120) : m.start()]
    if (
        _COUNTED_FROM.match(text, m.end())
        or _ELSEWHERE.match(text, m.end())
        or _YEAR_BEFORE.search(sentence_before)
        or _CONDITION_BEFORE.search(sentence_before)
    ):
        # "the 30th day after the election", "reached its 50th day last week", "In 1933,
        # Roosevelt marked his 100th day", "When the strike enters its 100th day"
        return False
    of_an_event = _OF_AN_ONGOING_EVENT.match(text, m.end()) is not None
    if not of_an_event and OF_AFTER.match(text, m.end()):
        # "are in their third day of antibiotics", "is on the third day of the summit",
        # "marks the tenth day of Muharram": a day of something else
        return False
    if (
        _NOW_IN.search(before)
        or _APPOSITION_IN.search(before)
        and text[m.end() : m.end() + 1] == ","
        or _IN_ITS.search(before)
        and (not m["dnum"] or of_an_event)
    ):
        # "is now in its 37th day", "now on day 50"; not a schedule's "is on day 20, the day
        # before the finish"
        return True
    if of_an_event and _DAY_IN_APPOSITION.search(before):
        return True  # "rose to 1,284 on Wednesday, the 23rd day of the conflict"
    copula = _PRESENT_COPULA.search(before)
    if (
        copula
        and copula["s"]
        and not (copula["det"] or m["dnum"] or m.group(0).lower().startswith("the"))
    ):
        copula = None  # "the strike's 28th day": a possessive (not "It's day 21 of the war")
    if copula:
        return of_an_event  # "It is the third day of the strike"; not "the 25th day of December"
    reached = _REACHED.search(before)
    if reached:
        if _MONTH_LATER.match(text, m.end()):
            return False  # "marked the third day of the riots in March"
        if "mark" in reached.group(0).lower() and _OF_AN_INVASION.match(text, m.end()):
            return False  # "veterans marked the first day of the invasion": an anniversary
        if reached["ahead"] and "will" in reached.group(0).lower():
            return bool(_WEEKDAY_LATER.match(text, m.end()))  # not "will enter its third day if …"
        return True
    # a sentence opening "Day 100 of the strike passed on Wednesday", a headline's "Day 3 of
    # the general strike:"; not "Day 2 of the conference will focus on…"
    return bool(
        m["dnum"]
        and first_word(text, m.start())
        and of_an_event
        and not _FUTURE_AFTER.match(text, m.end())
    )


def resolve_ordinal_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """The day of an event's count: the DCT's, or that of a weekday named with it, the
    coming one after a verb that reads ahead ("enters its 10th day on Monday"), else the
    latest ("entered its third day Monday", "said on Saturday")."""
    if ctx.dct is None:
        return make_timex(m, "DATE", "XXXX-XX-XX", "ordinal_day")
    day = ctx.dct
    if _DAY_IN_APPOSITION.search(ctx.text, max(0, m.start() - 14), m.start()):
        told = ctx.last_value(r"\d{4}-\d\d-\d\d", m.start(), 4)
        if told is not None:  # "on Sunday, the second day of …": that Sunday
            return make_timex(m, "DATE", told, "ordinal_day_restated", anchor="previous timex")
    named = _WEEKDAY_LATER.match(ctx.text, m.end()) or _WEEKDAY_BEFORE.search(
        ctx.text, max(0, m.start() - 60), m.start()
    )
    if named is not None and _RELATIVE_BEFORE.search(
        ctx.text, max(0, named.start("wd") - 40), named.start("wd")
    ):
        named = None  # "The talks, which opened on Monday, are in their third day"
    if named is not None:
        weekday = WEEKDAYS[named["wd"].lower()]
        reached = _REACHED.search(ctx.text, max(0, m.start() - 30), m.start())
        rel = (named.groupdict().get("rel") or "").lower()
        ahead = (weekday - day.isoweekday()) % 7  # days to the coming such weekday
        if rel == "next" and not ahead:
            day += dt.timedelta(days=7)  # "Next Monday is …" told on a Monday
        elif rel in ("next", "coming", "this coming") or (reached and reached["ahead"]):
            day += dt.timedelta(days=ahead)
        elif rel == "last":
            day -= dt.timedelta(days=7 - ahead)  # "Last Friday, …" told on a Friday: a week back
        elif reached:
            day -= dt.timedelta(days=(7 - ahead) % 7)
        else:  # "Monday is the first day of the strike": the nearest Monday
            day += dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
    return make_timex(m, "DATE", day.isoformat(), "ordinal_day", anchor="DCT")
