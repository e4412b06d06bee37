"""Years that frame a month, a day or a holiday named without one: a year opening the
sentence ("In 2015, the plant closed on Nov. 26"; "Last year, sales fell in March"), one
written right after it ("on Veterans Day in 2007"), or the year of a contest the same past
clause names ("remained in the 2008 primary contest against Obama until June"), or of an
event whose course the clause tells ("The 1995 massacre took place in July"). Used by the
calendar, holiday and story-time resolvers.
"""

from __future__ import annotations

import re

from fivews.timeline.event_nouns import INCIDENT_NOUNS, SCHEDULED_EVENT_NOUNS
from fivews.timeline.lexicon import PREPOSITION_NEXT, SENTENCE_OPENS, YEAR
from fivews.timeline.records import SENTENCE_END, Context, Timex
from fivews.timeline.tense import FUTURE, PAST
from fivews.timeline.values import month_number

#: a year opening its sentence as a frame ("In 2015, …", "2009: …", "But in 2012, …"),
#: before the year
_FRAME_LEAD = re.compile(
    SENTENCE_OPENS + r"(?:(?:In|During|By|(?:But|And|Yet|So)\s+(?:in|during|by))\s+)?$"
)
#: "that" right before a month or a holiday pointing back to a year told ("that November",
#: "That Christmas"), and how far back (characters) that year may be named
THAT_BEFORE = re.compile(r"\bthat\s+$", re.I)
THAT_REACH = 500
#: what closes the frame after the year: a comma, a colon or a dash, or the clause's
#: subject right after it ("In 1968 he was arrested twice, in March and in October")
_CLOSED = re.compile(r"\s*(?:,|:|\s[-–—])")
_FRAME_CLOSE = re.compile(
    _CLOSED.pattern + r"|\s+(?=(?:he|she|they|we|I|it|his|her|their|its)\s)", re.I
)
#: "In", "During", "By" right before a year that frames its sentence with no comma
_IN_BEFORE = re.compile(r"\b(?:In|During|By)\s+$")
#: a new clause with its own subject after "and"/"but" ("and recently the company
#: reported"), which a year framing with no comma does not reach
_SUBJECT_CLAUSE = re.compile(
    r"\b(?:and|but)\s+(?:(?:recently|now|later|since|then|today)\s+)?"
    r"(?:the|he|she|it|they|we|its|his|her|their)\s",
    re.I,
)


def _frames_without_comma(t: Timex, m: re.Match[str], ctx: Context) -> bool:
    """Whether the year ``t`` that opens its sentence after "In" (or "During", "By"), with
    its subject right after it and no comma, frames the time at ``m``: a past clause of the
    same sentence ("In 1968 he was arrested twice, in March and again in October"; not "By
    2030 we want …, and in June we will order", nor "In 2005 it lost $1.6 billion and
    recently the company reported … for the month of July")."""
    return (
        bool(_IN_BEFORE.search(ctx.text, max(0, t.start - 8), t.start))
        and ctx.tense(m.start(), m.end()) == PAST
        and not _SUBJECT_CLAUSE.search(ctx.text, t.end, m.start())
        and not _NEW_CLAUSE.search(ctx.text, t.end, m.start())
    )


#: rules of a year counted from the DCT ("last year", "two years ago"), which frame only
#: their own clause, up to another time ("Last year, sales fell in March, but analysts
#: expect a rebound in October")
_YEAR_COUNTED_RULES = frozenset({"year_relative", "ago"})
#: a contrasting clause after a frame ("…, but analysts expect", "; this year it was")
_NEW_CLAUSE = re.compile(r";|\b(?:but|while|whereas|yet)\b")


def _frames_its_clause(frame: Timex, m: re.Match[str], ctx: Context) -> bool:
    """Whether a year counted from the DCT that opens a sentence ("Last year,") still frames
    the time at ``m``: no contrasting clause between them, no time of another year between
    ("this year"), and a clause that does not look the other way ("Last year, the bridge
    was closed in March, and it will close again in August")."""
    if _NEW_CLAUSE.search(ctx.text, frame.end, m.start()):
        return False
    if any(
        frame.end <= u.start
        and u.end <= m.start()
        and not u.value.startswith(frame.value)
        and u.rule != "clock_time"  # ("at 4 a.m. on Dec. 16": the hour's day is the date's)
        for u in ctx.previous
    ):
        return False
    if ctx.dct is None:
        return True
    tense = ctx.tense(m.start(), m.end())
    year = int(frame.value)
    return not (
        (year < ctx.dct.year and tense == FUTURE) or (year > ctx.dct.year and tense == PAST)
    )


#: a year and, after a comma, the preposition that narrows it to the match ("in 2017,
#: probably in the autumn", "by 2020, perhaps in March")
_NARROWED_YEAR = re.compile(
    r"\b(?:in|during|by|until|before|after)\s+(?P<year>(?:1[5-9]|20)\d\d),\s+"
    r"(?:(?:probably|possibly|perhaps|likely|most\s+likely|maybe|presumably|either)\s+)?"
    r"(?:in|during|by)\s+$",
    re.I,
)


def year_named_before(m: re.Match[str], ctx: Context) -> int | None:
    """The year that opens the match's sentence as its frame ("In 2015, the plant closed
    on Nov. 26", "1939 - Congress moves Thanksgiving", "Last year, sales fell in March",
    "Two years ago, the bridge collapsed on Memorial Day"), or the year the match narrows
    ("in 2017, probably in March"), or None."""
    narrowed = _NARROWED_YEAR.search(ctx.text, max(0, m.start() - 50), m.start())
    if narrowed is not None:
        return int(narrowed["year"])
    for t in reversed(ctx.previous):
        if t.end > m.start():
            continue
        if SENTENCE_END.search(ctx.text, t.end, m.start()):
            return None
        if (
            (
                t.rule in ("year", "season_year")
                or (
                    t.rule in _YEAR_COUNTED_RULES
                    and re.fullmatch(r"\d{4}", t.value)
                    and _frames_its_clause(t, m, ctx)
                )
            )
            and _FRAME_LEAD.search(ctx.text, max(0, t.start - 16), t.start)
            and _FRAME_CLOSE.match(ctx.text, t.end)
            and (_CLOSED.match(ctx.text, t.end) or _frames_without_comma(t, m, ctx))
        ):
            return int(t.value[:4])
    return None


#: what may follow a year (of an era, or after a date): the clause's end or a word that
#: goes on with the clause ("100 B.C. by farmers", "500 BC to 1000 AD", "May 3 in 2005
#: when"), not a noun the number counts or dates, or a name ("150 B.C. residents", "400
#: AD patients", "BC Hydro", "in 2005 dollars")
CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:"
    + PREPOSITION_NEXT
    + r"|and|or|but|to|of|until|through|along|near|under|around|between|throughout|into|within"
    r"|the|a|an|was|were|is|are|had|has|have|when|while|as|he|she|they|it|we"
    # a past verb of the clause ("Chinese New Year in 2010 fell on Valentine's Day")
    r"|fell|came|began|brought|saw|went|[a-z]+ed)\b",
    re.I,
)


#: a year written right after a day, a month or a holiday as its year ("on Veterans Day in
#: 2007", "May 3 in 2005"): not a year that goes on as a number or a decade ("in 2005-06",
#: "in 1990s")
_YEAR_AFTER = re.compile(r"\s+(?:in|of)\s+(?P<year>" + YEAR + r")\b(?![-–/.]?\d|s\b|['’]s\b)")


def year_named_after(m: re.Match[str], ctx: Context) -> int | None:
    """The year written right after the match with "in" or "of" as its year ("dedicated on
    Veterans Day in 2007", "met on May 3 in 2005", "the fourth Thursday in November in
    2004"), or None."""
    after = _YEAR_AFTER.match(ctx.text, m.end())
    if after is None or not CLAUSE_GOES_ON.match(ctx.text, after.end()):
        return None  # "in 2005 dollars", "in 1200 stores": a noun the number dates or counts
    return int(after["year"])


#: nouns of a contest a year may name ("the 2008 primary contest", "the 2012 race")
_CONTEST_NOUNS = SCHEDULED_EVENT_NOUNS | frozenset(
    {"race", "races", "campaign", "campaigns", "season", "seasons", "cycle", "olympics", "games"}
)
#: the words after a year, up to four, among which its contest's noun is sought
_YEAR_OF_NOUN = re.compile(r"(?:[ \t]+[A-Za-z-]+){1,4}")


#: what may follow a contest's noun in the clause: a preposition, a conjunction, a verb
#: of its course or a stop ("contest against Barack Obama", "race until June")
_CONTEST_ENDS = re.compile(
    r"\s*[,;.)]|\s+(?:against|in|on|at|for|from|by|until|through|with|and|or|but|to|when|"
    r"where|while|that|which|who|was|were|had|[a-z]+ed|ran|won|lost|began|went|came|fell)\b"
)
#: the next word
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")
#: a framing phrase set off by commas before the year ("Obama, in his 2008 campaign…, lost")
_FRAMING_IN = re.compile(r",\s*(?:in|during)\s+(?:his|her|their|its|the)\s+$", re.I)


def year_of_a_contest(m: re.Match[str], ctx: Context) -> int | None:
    """The year of a contest named in the month's own past clause, when it is the time
    named last ("remained in the 2008 primary contest against Obama until June"; "Obama,
    in his 2008 campaign against Clinton, lost … between early March and…"): the month
    of that contest, not the DCT's year. Not across a clause's comma ("Clinton, who lost
    the 2008 primary, won New York in April"), nor a year of a noun the contest names
    ("the 1998 season ticket holders"), nor a month after the DCT."""
    if ctx.dct is None or not ctx.previous:
        return None
    last = ctx.previous[-1]
    if (
        last.rule != "year"
        or not re.fullmatch(r"\d{4}", last.value)
        or SENTENCE_END.search(ctx.text, last.end, m.start())
        or m.start() - last.end > 150
    ):
        return None
    words = _YEAR_OF_NOUN.match(ctx.text, last.end)
    contest = None
    for w in _NEXT_WORD.finditer(ctx.text, last.end, words.end() if words else last.end):
        if w[1].lower() in _CONTEST_NOUNS:
            contest = w  # "the 2008 Democratic primary", "the 2008 Beijing Olympics"
            break
    if contest is None or contest.end() > m.start():
        return None
    end = contest.end()
    while (more := _NEXT_WORD.match(ctx.text, end)) and more[1].lower() in _CONTEST_NOUNS:
        end = more.end()  # "the 2008 primary contest"
    if not _CONTEST_ENDS.match(ctx.text, end):
        return None  # "the 1998 season ticket holders": the year of another noun
    framed = _FRAMING_IN.search(ctx.text, max(0, last.start - 24), last.start)
    if re.search(r"[,;:]", ctx.text[end : m.start()]) and not framed:
        return None  # "Clinton, who lost the 2008 primary, won New York in April"
    if ctx.tense(m.start(), m.end()) != PAST:
        return None
    year = int(last.value)
    if (year, month_number(m["month"])) > (ctx.dct.year, ctx.dct.month):
        return None  # "Registration for the 2016 race closed in September" in April 2016
    return year


#: nouns of an event a year dates ("the 1995 massacre", "the 2015 agreement"), beside
#: :data:`INCIDENT_NOUNS`
_EVENT_NOUNS = INCIDENT_NOUNS | frozenset(
    {
        "war", "coup", "invasion", "uprising", "revolution", "offensive", "siege",
        "agreement", "deal", "accord", "treaty", "ceasefire", "truce", "tsunami",
        "hurricane", "cyclone", "typhoon", "eruption", "outbreak", "protests", "attacks",
        "genocide", "referendum", "election", "crisis", "strike", "floods", "fires",
        "wildfire", "wildfires", "blackout", "pandemic",
    }
)  # fmt: skip
#: the event's own course after its noun, up to the month ("took place in", ", signed in",
#: ", which ended in", "was signed in late"); not a verb that does something to it
#: ("criticized the 2015 agreement in March" is when it was criticized)
_OWN_COURSE = re.compile(
    # (a second noun or a place after it: "coup attempt", "earthquake and tsunami",
    # "invasion of Iraq", "attack on the Capitol", "war between Israel and Hezbollah")
    r"(?:\s+attempt|\s+and\s+[a-z-]+)?"
    r"(?:\s+(?:of|in|on|against|between|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,2})?"
    r"(?:\s+(?:was|were|had\s+been|had|will(?:\s+be)?|is\s+(?:set|scheduled|due)\s+to(?:\s+be)?)"
    r"|,\s*(?:which|that)\s+(?:was\s+|were\s+|will\s+(?:be\s+)?)?|,)?\s*"
    r"(?:took\s+place|take\s+place|begin|start|end|happened|occurred|began|started|ended"
    r"|broke\s+out|erupted|unfolded"
    r"|struck|hit|made\s+landfall|took\s+effect|peaked|lasted|signed|held|reached|brokered"
    r"|launched|carried\s+out)"
    # (not "until": "The 2008 crash lasted until June" may end in a later year)
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|on|during|by|from)\s+$",
    re.I,
)


#: "The" opening a sentence right before a year: the event it dates is the subject
_THE_OPENS = re.compile(SENTENCE_OPENS + r"The\s+$")


def year_of_an_event(m: re.Match[str], ctx: Context) -> int | None:
    """The year that dates the event whose own course the month's clause tells ("The 1995
    massacre took place in July", "The 2015 agreement, signed in July, …", "Since the 2014
    war, which ended in August"), when it is the time named last and the event opens its
    sentence or a relative clause tells its course: in a past clause no later than the
    DCT's month, in a future one no earlier than the DCT's year ("The 2020 election will
    be held on Nov. 3"); not a month of something done to the event ("He criticized the
    2015 agreement in March") nor of what others did ("Veterans of the 2003 war held a
    rally on Nov. 11")."""
    if ctx.dct is None or not ctx.previous:
        return None
    last = ctx.previous[-1]
    if last.rule != "year" or not re.fullmatch(r"\d{4}", last.value):
        return None
    # the event's noun within the year's first four words ("the 2014 Malaysia Airlines crash")
    for k, noun in enumerate(re.finditer(r"[ \t]+([A-Za-z-]+)\b", ctx.text[last.end : m.start()])):
        if k >= 4:
            return None
        if noun[1].lower() in _EVENT_NOUNS:
            break
    else:
        return None
    course = _OWN_COURSE.fullmatch(ctx.text, last.end + noun.end(), m.start())
    if course is None or (
        re.search(r"took\s+effect", course.group(0), re.I)
        and noun[1].lower() not in ("ceasefire", "truce")
    ):
        return None  # (a treaty's or a deal's year is its signing, not its taking effect)
    if not re.match(r",\s*(?:which|that)\b", course.group(0)) and not _THE_OPENS.search(
        ctx.text, max(0, last.start - 8), last.start
    ):
        return None  # "Veterans of the 2003 war held a rally on Nov. 11": not the subject
    tense, year = ctx.tense(m.start(), m.end()), int(last.value)
    if tense == FUTURE:  # "The 2020 election will be held on Nov. 3", written in 2019
        return year if year >= ctx.dct.year else None
    if tense != PAST:
        return None
    return None if (year, month_number(m["month"])) > (ctx.dct.year, ctx.dct.month) else year
