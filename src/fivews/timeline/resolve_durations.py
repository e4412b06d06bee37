"""Resolvers of durations and sets: "four months", "the past two weeks" (with its
interval when it ends or starts at the DCT), "for years" (``PXY``), "every week",
"weekly", "Mondays"."""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.dates import span_from, value_at
from fivews.timeline.guards import OF_AFTER, previous_word
from fivews.timeline.lexicon import (
    DURATION_MODS,
    FREQUENCY_WORDS,
    LAST_AS_VERB,
    LEXICON,
    MONTHS,
    NUMBERS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    STRETCH_NOUN_AFTER,
    UNITS,
    WEEKDAY_NAME,
    WEEKDAYS,
    alternation,
)
from fivews.timeline.over_counts import over_more_than
from fivews.timeline.records import Context, Timex
from fivews.timeline.some_day import resolve_some_day
from fivews.timeline.values import (
    duration_value,
    make_timex,
    month_number,
    number_value,
)

#: a noun right after "a weekend" (not a preposition, conjunction or particle; "a weekend
#: PC meeting" too)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?i:of|in|at|on|to|for|and|or|with|ago|later|earlier|before|after|away|off|"
    r"trip|break)\b)[A-Za-z][\w-]+\b"
)
#: a plural subject before "last" (and "that" after one): the verb, when the count ends
#: its clause ("Sessions last 45-60 minutes.", "storms that last three days are rare"; not
#: "chronicles last 24 hours of his life", "prices last two weeks jumped", "said that last
#: two years had been")
_PLURAL_SUBJECT = re.compile(
    r"\b(?!(?:this|thus|was|has|his|its|yes|plus|less|unless|versus|towards|afterwards"
    r"|across)\s)[a-z]{2,}[^s\W']s(?:\s+that)?\s+$",
    re.I,
)
#: the end of a clause after a count ("… last 45 minutes." / ", " / " and" / " are" /
#: " each" / " from the date of purchase")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)]|(?:and|or|but|are|were|is|was|each|from)\b|$)", re.I)


#: "first and" before "last": the adjective ("the first and last five minutes")
_FIRST_AND = re.compile(r"\bfirst\s+and\s+$", re.I)
#: a vague count of events right before "a day"/"a week": "holding multiple rallies a
#: day", "dozens if not hundreds of interviews a day" (a recurrence, as TimeBank tags it)
_EVENTS_BEFORE = re.compile(
    r"\b(?:multiple|several|many|numerous|countless|dozens|hundreds|a\s+few|a\s+couple\s+of)"
    r"(?:\s+if\s+not\s+(?:dozens|hundreds|thousands))?(?:\s+of)?(?:\s+[a-z-]+)?"
    r"\s+[a-z]+[^s\W]s\s+$"
    # a length of a pastime ("one hour of exercise a day", "two hours of homework a night")
    r"|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty"
    r"|fifty|sixty|ninety)\s+(?:seconds?|minutes?|hours?)\s+of\s+[a-z-]+\s+$",
    re.I,
)
#: what makes "a month" after a count a point, not a rate ("several engineers a month into
#: the project")
_POINT_AFTER = re.compile(r"\s+(?:into|after|later|before|earlier|ago|of)\b", re.I)


#: what makes "a year" after "in" the present one, of a kind: a relative clause in the
#: present progressive or perfect ("in a year when voters are turning away", "in a year in
#: which he has won"; not a rule of thumb, "in a year when rains are late") or "this" and
#: an adjective ("in a year this wacky")
_THIS_YEARS_KIND = re.compile(
    r"\s+(?:(?:when|in\s+which)\s+"
    # up to six words of the clause ("Mr." too) before its verb, no past verb among them
    r"(?:(?!(?:was|were|had)\b)(?:[A-Z][a-z]{0,3}\.|[^\s.,;:!?]+)\s+){0,6}?"
    r"(?:(?:is|are)\s+(?:\w+\s+)?\w+ing|(?:has|have)\s+(?:\w+\s+)?(?:been|\w+(?:ed|en|wn|t)))\b"
    r"|this\s+(?!(?:morning|afternoon|evening|night|week|weekend|month|year|decade|century"
    r"|spring|summer|fall|autumn|winter|time|season|quarter)\b)[a-z]+\b)",
    re.I,
)


#: "when" after "a day"/"a year" that a clause then describes ("on a day when most
#: candidates rest", "there ever came a day when I could no longer…"): one such day, not
#: a length of time
_ONE_WHEN = re.compile(r"\s+when\b", re.I)
#: words before "a day when" that make it one day of a kind ("on a day when", "It was a
#: year when", "there came a day when", "faced a year when", "look forward to a day when",
#: "There is rarely a day when"; also a sentence's opening words or a comma before it);
#: after others it may be measured ("takes a year when applications are complete", "gave
#: them a week when")
_ONE_OF_A_KIND_BEFORE = frozenset(
    {"on", "was", "is", "were", "are", "be", "been", "came", "come", "comes", "faced", "faces"}
    | {"face", "recalled", "recalls", "remember", "remembers", "remembered", "until", "till"}
    | {"after", "during", "to", "toward", "towards", "rarely", "never", "seldom", "hardly"}
)


def _unit_containing(value: str, unit: str) -> str | None:
    """The ``unit`` ("day", "week", "month", "year") that holds the time ``value`` ("2009"
    for "2009-03-09" or "2009-SP" and a year; "2011-W15" for "2011-04-11" and a week), or
    None when the value is coarser or not a calendar time."""
    day = re.match(r"\d{4}-\d\d-\d\d", value)
    if day:
        return value_at(dt.date.fromisoformat(day.group(0)), UNITS[unit])
    held = re.match(_UNIT_PREFIX[unit], value)
    return held.group(0) if held else None


#: a value coarser than a day that a unit holds: a year of a month, season or quarter
#: ("2009-SP"), a month or a week as written
_UNIT_PREFIX = {
    "year": r"\d{4}(?=-|$)",
    "month": r"\d{4}-\d\d$",
    "week": r"\d{4}-W\d\d$",
    "day": r"(?!)",
}


#: a sentence's opening or a comma right before "a day when"
_OPENS_OR_COMMA = re.compile(r"(?:\A|[,.!?\n])\s*$")
#: the unknown value of one day, week, month or year of a kind
_SOME_UNIT_VALUE = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}


#: "plus" after a count ("35-plus hours", "20 plus years"): more than the count
_PLUS = re.compile(r"\d[\s-]+plus[\s-]", re.I)
#: "-odd" after a count ("60-odd years"): about that many
_ODD = re.compile(r"\w-odd[\s-]", re.I)


def resolve_duration(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "four months", "the past two weeks" (interval ending at the DCT), "10-year";
    "one day" meaning "some day" is a reference (:mod:`fivews.timeline.some_day`); "a day"
    after a vague count of events is a set ("multiple rallies a day")."""
    some_day = resolve_some_day(m, ctx)
    if some_day is not None:
        return some_day
    if (
        re.fullmatch(r"an?\s+(?:day|night|week|month|year)", m.group(0), re.I)
        and _EVENTS_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
        and not _POINT_AFTER.match(ctx.text, m.end())
    ):
        return make_timex(m, "SET", duration_value(1, m["unit"]), "set_events_per")
    if (
        ctx.dct is not None
        and re.fullmatch(r"a\s+year", m.group(0), re.I)
        and previous_word(ctx.text, m.start()) == "in"
        and _THIS_YEARS_KIND.match(ctx.text, m.end())
    ):
        # "in a year when arguments against big government are resonating", "a year this
        # wacky": the year the story is told in, of a kind
        return make_timex(m, "DATE", str(ctx.dct.year), "year_of_a_kind", anchor="DCT")
    if (
        re.fullmatch(r"an?\s+(?:day|week|month|year)", m.group(0), re.I)
        and _ONE_WHEN.match(ctx.text, m.end())
        and (
            previous_word(ctx.text, m.start()) in _ONE_OF_A_KIND_BEFORE
            or _OPENS_OR_COMMA.search(ctx.text, max(0, m.start() - 12), m.start())
        )
    ):
        # "on a day when most candidates rest": a day the clause describes; after a time
        # of its size, that time ("in 1988, a year when Bush won 39 states")
        unit = m["unit"].lower()
        before = max(ctx.previous, key=lambda t: t.end, default=None)
        if before is not None and re.fullmatch(r",\s*", ctx.text[before.end : m.start()]):
            within = _unit_containing(before.value, unit)
            if within is not None:
                return make_timex(m, "DATE", within, "unit_of_a_kind", anchor="previous timex")
        return make_timex(m, "DATE", _SOME_UNIT_VALUE[unit], "unit_of_a_kind")
    if re.fullmatch(r"an?\s+weekend", m.group(0), re.I) and _NOUN_AFTER.match(ctx.text, m.end()):
        # "a weekend rally", "a weekend meeting": some weekend, not its length; the article
        # is the noun's
        t = make_timex(m, "DATE", "XXXX-WXX-WE", "weekend_attributive")
        t.start, t.text = m.start("unit"), m["unit"]
        return t
    n = number_value(m["num"])
    # "a decade-long war", "a centuries-old oak": a hyphenated length or age before a noun
    length_or_age = m.group(0).lower()[-5:] in ("-long", "s-old")
    if m["num2"]:  # "two to three weeks", "two or three weeks": a range is a vague duration
        n = None
    elif n == 1 and m["unit"].lower().endswith("s") and length_or_age:
        n = None  # "a weeks-long strike", "a centuries-old oak": some weeks, not one
    elif m["half"] and n is not None:  # "a minute and a half"
        n += 0.5
    unit = m["unit"]
    code = UNITS[re.sub(r"\s+", " ", unit.lower())]
    if code == "Q" and n is not None:  # TimeML writes quarters as months
        n, unit, code = n * 3, "months", "M"
    value = duration_value(n, unit)
    dmod = re.sub(r"\s+", " ", (m["dmod"] or "").lower())
    mod = "APPROX" if m["orso"] else DURATION_MODS.get(dmod)  # "a week or so"
    if m["ormore"] or m["orless"]:
        mod = "EQUAL_OR_MORE" if m["ormore"] else "EQUAL_OR_LESS"  # "10 days or more"
    if mod is None and _ODD.search(m.group(0)):
        mod = "APPROX"  # "60-odd years"
    if mod is None and _PLUS.search(m.group(0)):
        mod = "MORE_THAN"  # "35-plus hours"
    # "the most recent five years"; "the preceding three months", "the three previous years"
    rel = re.sub(r"^most\s+", "", (m["rel"] or m["rel2"] or "").lower())
    # ("the trailing 12 months" of a stock's price: the past ones)
    rel = {"preceding": "previous", "prior": "previous", "trailing": "past"}.get(rel, rel)
    start = m.start()
    if dmod in ("over", "under", "some", "about", "around") and (m["det"] or rel):
        # "over the past year", "over last several months": a preposition, not a modifier
        mod, start = None, m.start("det") if m["det"] else m.start("rel")
    elif dmod == "over" and not over_more_than(m, ctx.text, n):
        # "$30 billion over 10 years", "would climb gradually over six years", "handed
        # over 15 months of research": the stretch something is spread over, not "more than"
        mod, start = None, m.start("num")
    verb_at = m.start("rel")
    if (
        rel == "last"
        and m["rel"]
        and not m["det"]
        and (
            LAST_AS_VERB.search(ctx.text, max(0, verb_at - 14), verb_at)
            or (
                _PLURAL_SUBJECT.search(ctx.text, max(0, verb_at - 20), verb_at)
                and _CLAUSE_ENDS.match(ctx.text, m.end())
            )
        )
        and not _FIRST_AND.search(ctx.text, max(0, verb_at - 12), verb_at)
    ):
        # "expected to last two weeks": the verb, then a plain duration
        rel, start = "", m.start("num")
    if length_or_age and (m["num"] or "").lower() in ("a", "an"):
        start = m.start("unit")  # "a decade-long war", "a decades-old feud": the noun's article
    if (m["num"] or "").lower() == "a single" and _hyphenated(m, ctx.text):
        start = m.end("num") - len("single")  # "a single-day record": the article is the noun's
    if _attributive(m) or _adjectives_of_the_noun(m, ctx.text):
        # "a 16-hour flight", "its two-year term": the determiner belongs to the noun, as
        # do "remaining" and "final" before a hyphenated length ("the final 10-day stretch")
        start = m.start("num")
        if rel in ("next", "previous"):
            rel = ""  # "its next two-day meeting": the meeting's length, not a stretch from now
    elif (m["det"] or "").lower() in _POSSESSIVES:
        # "his first 100 days in office", "their last two weeks": TimeBank leaves the
        # possessive out ("its one-year term", "his first day")
        start = m.start("rel") if m["rel"] else m.start("num")
    if (
        n is None
        and not m["num2"]
        and rel in ("past", "last", "previous", "recent")
        and not (rel == "last" and OF_AFTER.match(ctx.text, m.end()))
    ):  # "the last few minutes of a lunch" is a stretch of that lunch, no PAST_REF ("the
        # discovery in the past few years of tunnels" is one); a range of counts ("the
        # past two or three years", "the last six to nine months") is a vague duration,
        # as TimeBank writes "the next 12 to 18 months"
        t = make_timex(m, "DATE", "PAST_REF", "vague_past_units")
        t.start, t.text = start, ctx.text[start : m.end()]
        return t
    interval = None
    rule = "duration"
    if ctx.dct is not None and n is not None and n == int(n) and code in ("D", "W", "M", "Y", "E"):
        sign = {"past": -1, "last": -1, "previous": -1, "recent": -1, "next": 1, "coming": 1}
        if rel in sign:
            try:
                interval = span_from(ctx.dct, sign[rel] * int(n), code)
                rule = "duration_ending_at_dct" if sign[rel] < 0 else "duration_starting_at_dct"
            except (ValueError, OverflowError):
                pass  # "the past 400,000 years" reaches before the calendar's first year
    t = make_timex(m, "DURATION", value, rule, mod, interval, anchor="DCT" if interval else None)
    t.start, t.text = start, ctx.text[start : m.end()]
    return t


def _attributive(m: re.Match[str]) -> bool:
    """Whether a counted duration modifies a noun after a determiner ("a five-hour visit",
    "a two day"): a singular unit after a number other than "a" (a noun of a stretch
    after it takes the determiner back: "a three-year period", in
    :mod:`fivews.timeline.idioms`)."""
    return bool(
        m["det"]
        and not m["rel"]
        and (m["num"] or "").lower() not in ("a", "an")
        and not m["unit"].lower().endswith("s")
    )


#: possessive determiners, which a duration's extent leaves out
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
#: words before a hyphenated length that describe the noun after it, not the length ("the
#: remaining 29-day voting period", "the extra seven-day period" in TimeBank)
_NOUN_ADJECTIVES = frozenset({"remaining", "final", "first", "initial", "same", "other"})


def _adjectives_of_the_noun(m: re.Match[str], text: str) -> bool:
    """Whether the match's ``rel`` word describes the noun after a hyphenated length ("its
    next two-day policy meeting"; not "the next 12-month period", a stretch from now)."""
    rel = (m["rel"] or "").lower()
    return (
        (
            rel in _NOUN_ADJECTIVES
            or (rel in ("next", "previous") and not STRETCH_NOUN_AFTER.match(text, m.end()))
        )
        and _hyphenated(m, text)
        and not m["unit"].lower().endswith("s")
    )


def _hyphenated(m: re.Match[str], text: str) -> bool:
    """Whether the match's count and unit are one hyphenated word ("29-day", "single-day")."""
    return bool(m["num"]) and text[m.end("num") : m.start("unit")] == "-"


def resolve_unit_and_a_half(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the past year and a half", "the next month and a half": a stretch of one and a
    half units (the :func:`resolve_duration` pattern starts from a count)."""
    return make_timex(m, "DURATION", duration_value(1.5, m["unit"]), "unit_and_a_half")


def resolve_the_hour(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the past hour", "the next half hour": a stretch of an hour or half of one (the
    :func:`resolve_duration` pattern starts from a count)."""
    return make_timex(m, "DURATION", duration_value(0.5 if m["half"] else 1, "hour"), "the_hour")


def resolve_long_compound(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "a day-long meeting", "the yearlong battle", "the decades-long feud", "the
    centuries-old church": the unit's length (vague if plural); an article before it
    belongs to the noun, "nearly" before it to the length ("nearly decade-long
    persistence", APPROX)."""
    if m["halfhour"]:  # "the half-hour meeting"
        return make_timex(m, "DURATION", "PT30M", "long_compound")
    if m["munit"] or m["ounit"]:  # "a multi-year deal", "the decades-old feud": some years
        unit = m["munit"] or m["ounit"]
        return make_timex(m, "DURATION", duration_value(None, unit), "long_compound")
    n = None if m["unit"].lower().endswith("s") else 1
    mod = DURATION_MODS.get(m["approx"].lower()) if m["approx"] else None
    return make_timex(m, "DURATION", duration_value(n, m["unit"]), "long_compound", mod)


def resolve_vague_duration(m: re.Match[str], ctx: Context) -> Timex | None:
    """A bare plural unit after "for"/"in"… ("for years") -> ``PXY``; "weeks or months",
    "days and weeks" are one expression, in the first unit (as TimeBank tags "recent weeks
    and months"). "the" is part of a stretch of time "over the years" or "throughout the
    centuries" (as TimeBank tags "over the years"), and of "the weeks ahead" and "the weeks
    to come" (as of "two weeks ago"); the unit is tagged alone "in the weeks before
    the shooting" or "in the years that followed" (as AQUAINT tags them). An edge of a
    stretch is part of it ("the final days", as TimeBank tags "the first hours", "the early
    years"), unless a time follows that it is the edge of ("the early hours of Sunday"),
    which is tagged alone."""
    if m["edge"] and _OF_A_TIME.match(ctx.text, m.end()):
        return None
    t = make_timex(m, "DURATION", duration_value(None, m["unit"]), "vague_duration")
    owner = re.match(r"(?:his|her|its|their)\s+", m["edge"] or "", re.I)
    if owner:  # "her final months": the possessive is left out, as in "his first day"
        t.start += owner.end()
        t.text = ctx.text[t.start : t.end]
    the = _OVER_THE_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    ahead = _AHEAD.match(ctx.text, m.end())
    if ahead:
        the = _THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start())
    if the:
        t.start, t.end = the.start("the"), ahead.end() if ahead else m.end()
        t.text = ctx.text[t.start : t.end]
    return t


def resolve_past_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "in the past day", "over the last day": the day up to now, ``P1D`` (as "the past
    24 hours" is ``PT24H``)."""
    return make_timex(m, "DURATION", "P1D", "past_day", "APPROX" if m["orso"] else None)


def resolve_a_while(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "for a while", "quite a while": a stretch of unknown length (``PXX``, as TimeBank
    tags "a while")."""
    return make_timex(m, "DURATION", "PXX", "a_while")


#: how often, right before "a year", "every week" ("twice ", "once ", "three times ")
_HOW_OFTEN_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(FREQUENCY_WORDS - {"times"}))
    + r"|(?:\d+|"
    + "|".join(w for w in NUMBERS if w not in ("a", "an"))
    + r"|several|many|few|a\s+few|a\s+couple\s+of)\s+times)\s+$",
    re.I,
)
#: "ahead" or "to come" after a plural unit ("the weeks ahead", "the months to come")
_AHEAD = re.compile(r"\s+(?:ahead|to\s+come)\b", re.I)
#: a time after an edge of a stretch ("the early hours of Sunday", "of this morning", "of
#: the morning", "of 2015", "of March", "of the next day")
_OF_A_TIME = re.compile(
    r"\s+of\s+(?:(?:the|this|last|next|that)\s+)?(?:(?:next|following|previous)\s+)?(?:"
    + alternation([*WEEKDAYS, *PARTS_OF_DAY, *MONTHS, *LEXICON["holidays"]])
    + r"|day|today|tonight|yesterday|tomorrow|(?:19|20)\d\d)\b",
    re.I,
)
#: "the" just before a plural unit (group ``the``)
_THE_BEFORE = re.compile(r"\b(?P<the>the)\s+$", re.I)
#: "over the", "throughout the" just before a plural unit (group ``the``)
_OVER_THE_BEFORE = re.compile(r"\b(?:over|throughout)\s+(?P<the>the)\s+$", re.I)


#: a noun after "every second" that makes "second" the ordinal ("every second game",
#: "every second week", "every second Tuesday"; not "every second counts", "every second of
#: the day"); a unit of time there is group ``unit``
_ORDINAL_SECOND = re.compile(
    r"\s+(?:(?P<unit>day|week|month|year|weekend)\b|(?P<wd>" + WEEKDAY_NAME + r")\b"
    r"|(?!(?:counts?|matters?|of|is|was|that|and|or|to|the|a|an|we|you|i|he|she|they|it|in|on"
    r"|at|for|with|from|by|this|until|till|there|after|before|when|while|without|or)\b)"
    r"(?-i:[a-z]+)\b)",
    re.I,
)


def resolve_set(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "every week" (P1W), "weekly", "$5 a year" (P1Y), "each Thursday", "Mondays",
    "weekends"."""
    if m["adverb"]:
        t = make_timex(m, "SET", SET_ADVERBS[m["adverb"].lower()], "set_adverb")
        return _with_how_often(t, m, ctx)
    if m["halfhour"]:
        return make_timex(m, "SET", "PT30M", "set_every")
    if (m["unit"] or "").lower() == "night" and not m["n"] and m["q"].lower() in ("every", "each"):
        return make_timex(m, "SET", "XXXX-XX-XXTNI", "set_part_of_day")  # as "each morning"
    if m["wends"] or (m["unit"] and m["unit"].lower() == "weekend" and not m["n"]):
        # "on weekends", "every weekend": every weekend, as "Sundays" is every Sunday
        t = make_timex(m, "SET", "XXXX-WXX-WE", "set_weekends")
        return _with_how_often(t, m, ctx) if m["unit"] else t
    if m["wd2"] or m["wd3"]:  # "Mondays", "Tuesday nights"
        part = m["wpart"] or m["wpart3"]
        value = f"XXXX-WXX-{WEEKDAYS[(m['wd2'] or m['wd3']).lower()]}"
        return make_timex(
            m,
            "SET",
            value + (f"T{PARTS_OF_DAY[part.lower()]}" if part else ""),
            "set_weekday_plural",
        )
    if m["wd"]:  # "every Monday", "each Friday night"
        value = f"XXXX-WXX-{WEEKDAYS[m['wd'].lower().rstrip('s')]}"
        if m["wdpart"]:
            value += f"T{PARTS_OF_DAY[m['wdpart'].lower()]}"
        return make_timex(m, "SET", value, "set_weekday")
    if m["smonth"]:
        if m["smonth"].lower() in ("may", "march") and not m["smonth"][0].isupper():
            return None  # "where each may thrive", "each march ends at the capitol": a word
        if m["sday"]:  # "every March 14"
            value = f"XXXX-{month_number(m['smonth']):02d}-{int(m['sday']):02d}"
            return make_timex(m, "SET", value, "set_month_day")
        return make_timex(m, "SET", f"XXXX-{month_number(m['smonth']):02d}", "set_month")
    if m["sseason"]:  # "each summer" ("a summer" is one summer, not a set)
        if m["q"].lower() not in ("every", "each"):
            return None
        return make_timex(m, "SET", f"XXXX-{SEASONS[m['sseason'].lower()]}", "set_season")
    if m["spart"]:
        return make_timex(
            m, "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m['spart'].lower()]}", "set_part_of_day"
        )
    if re.search(r"\s(?:to|or)\s", m["n"] or "") and m["q"].lower() != "every":
        return None  # "a two or three weeks": no rate
    if m["unit"].lower() == "second" and not m["n"] and m["q"].lower() in ("every", "each"):
        ordinal = _ORDINAL_SECOND.match(ctx.text, m.end())
        if ordinal is not None and not (ordinal["unit"] or ordinal["wd"]):
            return None  # "rest days after every second game": every other one, no time
        if ordinal is not None:  # "every second week", "every second Tuesday": every other
            value = (
                # ("every second weekend" as "every other weekend": every two weeks)
                duration_value(
                    2.0, "week" if ordinal["unit"].lower() == "weekend" else ordinal["unit"]
                )
                if ordinal["unit"]
                else f"XXXX-WXX-{WEEKDAYS[ordinal['wd'].lower()]}"
            )
            t = make_timex(m, "SET", value, "set_every")
            t.end = ordinal.end()
            t.text = ctx.text[t.start : t.end]
            return t
    n = 2.0 if (m["n"] or "").lower() == "other" else (number_value(m["n"]) if m["n"] else 1.0)
    unit = "week" if m["unit"].lower() == "weekend" else m["unit"]  # "every other weekend"
    t = make_timex(m, "SET", duration_value(n, unit), "set_every")
    return _with_how_often(t, m, ctx)


def _with_how_often(t: Timex, m: re.Match[str], ctx: Context) -> Timex:
    """``t`` widened over a count of times before it: "twice a year", "once every three
    years", "three times a week", "twice annually" are one set."""
    often = _HOW_OFTEN_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    if often:
        t.start, t.text = often.start(), ctx.text[often.start() : m.end()]
    return t
