"""Resolvers of expressions relative to the DCT or to an earlier time expression:
"this week", "the past decade", "the year". The reference words ("now", "recently",
"soon") are in :mod:`resolve_reference`, counts back and forth ("two weeks ago", "a year
earlier") in :mod:`resolve_ago`, quarters and halves ("the third quarter") in
:mod:`resolve_quarters`."""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.anaphora import (
    STEP_CLOSING,
    anaphoric_unit,
    is_anaphoric,
    season_year,
    unit_before_or_after,
)
from fivews.timeline.dates import shift_date, shift_months, span_from, value_at, week_value
from fivews.timeline.guards import previous_word
from fivews.timeline.lexicon import (
    LEXICON,
    MONTH,
    SEASONS,
    UNITS,
    WEEKDAY,
)
from fivews.timeline.mid_units import MID_UNITS, resolve_mid_unit
from fivews.timeline.past_accounts import unit_of_a_past_account
from fivews.timeline.quotations import spoken_on
from fivews.timeline.records import Context, Timex
from fivews.timeline.resolve_quarters import results_year_told_back
from fivews.timeline.story_time import (
    end_of_month_or_week,
    month_named_before,
    period_of_the_year,
    said_in_month,
    year_of_its_end,
)
from fivews.timeline.tense import FUTURE, PAST
from fivews.timeline.unit_edges import FINAL_OF, edge_of_a_unit
from fivews.timeline.values import (
    make_timex,
    point_mod_of,
)
from fivews.timeline.weekends import weekend_ahead, weekend_by_tense

#: relative words that make "decade" the one of the year last named ("Later that decade",
#: "the following decade"); "the next decade", "the previous decade" are mostly stretches
#: of ten years from the DCT
_DECADE_BACK_REFERENCES = frozenset({"that", "that same", "the same", "the following"})
#: what follows the "that" of "the year after that" when it stands for a time: a stop, or
#: the subject of the clause it opens ("and the year after that she opened a studio")
_THAT_ENDS = re.compile(r"\s*(?:[,.;:!?)\"”]|$)|\s+(?:he|she|it|they|we|I|you|the\s+\w+\s+\w+ed)\b")
#: a verb of saying or warning before it, whose "that" opens what was said ("told reporters
#: the week after that he would not run", "had warned the month before that the …")
_SAID_BEFORE = re.compile(
    r"\b(?:told|said|says|warned|announced|predicted|argued|claimed|wrote|added|insisted"
    r"|reported|revealed|learned|decided|realized|agreed|knew|promised|ruled|admitted"
    r"|confirmed|vowed|denied|conceded|acknowledged|pledged|hoped|feared|believed|thought"
    r"|expected|estimated|found|showed|noted)(?:\s+(?:out|that))?(?:\s+[\w'’]+){0,2}\s+$",
    re.I,
)
#: units a relative word moves from the DCT (or from the year or month last named)
_REL_OFFSETS = {
    "this past": -1,
    "this coming": 1,
    "that": 0,
    "the same": 0,
    "the following": 1,
    "the previous": -1,
    "the preceding": -1,
    "the prior": -1,
    "this": 0,
    "current": 0,
    "the current": 0,
    "same": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "the past": -1,
    "the last": -1,
    "the latest": -1,
    "the most recent": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
    "the next": 1,
    "the coming": 1,
    "first": 0,
    "the first": 0,
}


#: months after a season's middle past which "this summer" in a clause looking ahead
#: means next year's
_SEASON_GONE = 3
#: the middle month of each season
_MIDDLE: dict[str, int] = LEXICON["season_months"]


def _this_season_shift(ctx: Context, m: re.Match[str], code: str) -> int:
    """+1 when "this summer" looks ahead from well after the summer ("is expecting her
    child this summer" in December: next year's), else 0. A past clause does not move it
    back: in spring, "the convention this summer" is ahead whatever tense tells of it."""
    assert ctx.dct is not None
    middle = _MIDDLE[code]
    tense = ctx.tense(m.start(), m.end())
    if tense == FUTURE and ctx.dct.month - middle >= _SEASON_GONE:
        return 1
    return 0


#: an owner right before "first semester" ("her first semester at Yale"): counted from the
#: owner's start, not from the article's date
_OWNER_BEFORE = re.compile(r"\b(?:her|his|their|my|our|your|its|\w+['’]s)\s+$", re.I)


def resolve_relative_unit(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "this week", "last year", "next month", "the past decade", "this summer"."""
    rel = re.sub(r"\s+", " ", m["rel"].lower()).replace("upcoming", "coming")
    if m["that"]:  # "the year after that", "the month before that"
        if not _THAT_ENDS.match(ctx.text, m.end()) or _SAID_BEFORE.search(
            ctx.text, max(0, m.start() - 30), m.start()
        ):
            return None  # "the year after that election", "told reporters the week after that he…"
        rel = "the following" if "after" in m["that"].lower() else "the previous"
    rel = "the same" if rel == "that same" else rel  # "that same year"
    unit = m["unit"].lower()
    offset = _REL_OFFSETS[rel]
    mod = "APPROX" if m["orso"] else point_mod_of(m)  # "the next year or so"
    if m["school"] or m["semester"]:
        # a school year spans two calendar years, a semester's months vary: only its side
        # of the present is known ("the upcoming academic year", "this semester")
        if (
            rel in ("that", "the same", "same", "the following", "following")
            or (rel in ("last", "the last") and FINAL_OF.match(ctx.text, m.end()))
            or (
                rel == "first" and _OWNER_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
            )
        ):
            # "that school year", "the last semester of his senior year", "her first
            # semester at Yale" (counted from her start)
            return None
        tense = ctx.tense(m.start(), m.end())
        if (offset > 0 and tense == PAST) or (offset < 0 and tense == FUTURE):
            return None  # "in 1998 he returned the next semester": counted from that time
        value = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[offset]
        return make_timex(m, "DATE", value, "school_period", mod)
    edge = rel.removeprefix("the ") if rel in ("the last", "last", "the first", "first") else ""
    stretch = edge_of_a_unit(m, ctx, rel, edge, unit)
    if stretch is not None:
        return stretch
    if edge == "first":
        return None  # "the first year": only of something named after it
    if (
        unit in ("year", "month", "week", "weekend", *SEASONS)
        or (
            unit == "decade"
            and rel in _DECADE_BACK_REFERENCES
            # "stayed flat for the following decade": ten years, not the 1980s
            and previous_word(ctx.text, m.start()) not in ("for", "over", "throughout")
        )
    ) and is_anaphoric(rel, m, ctx.text):
        # relative to the year, month or season last talked about, not the DCT
        found = anaphoric_unit(m, ctx, unit, offset, mod)
        if found is not None:
            return found
    told = unit_of_a_past_account(m, ctx, rel, unit, mod)
    if told is not None:
        return told
    if unit in SEASONS:
        code = SEASONS[unit]
        if ctx.dct is None:
            return make_timex(m, "DATE", f"XXXX-{code}", "season_relative", mod)
        year = ctx.dct.year + offset
        if rel in ("this past", "this coming", "coming", "the coming"):
            # the latest (next) such season, which may lie in the DCT's own year: "this
            # past spring" written in October is the spring of the same year, "the coming
            # fall" written in July this year's fall
            forward = rel != "this past"
            year = season_year(ctx.dct.year, ctx.dct.month, code, forward=forward)
        elif rel == "this" and code != "WI":
            year += _this_season_shift(ctx, m, code)
        elif rel == "last" and code != "WI" and ctx.dct.month - _MIDDLE[code] > _SEASON_GONE:
            # "last summer" written in December: the summer just gone, long over by then
            # ("last summer" in August, "last fall" in November is the year before's)
            year += 1
        return make_timex(m, "DATE", f"{year}-{code}", "season_relative", mod, anchor="DCT")
    # "the past quarter century", "the next quarter of a century"
    unit = re.sub(r"[-\s]+(?:of[-\s]+a[-\s]+)?", "-", unit)
    if unit in _STRETCHES and (
        unit not in ("decade", "century")
        or (
            rel not in ("this", "current", "the current", "that")
            # "at the start of the next decade": the 2020s' start, no stretch
            and mod not in ("START", "MID", "END")
        )
    ):
        # "the past decade", "the next fortnight": a stretch of time ending (or starting) at
        # the DCT; TimeML writes decades and centuries in years
        n, code = _STRETCHES[unit]
        span = span_from(ctx.dct, n if offset > 0 else -n, code) if ctx.dct else None
        rule = f"{unit.replace('-', '_')}_relative"
        return make_timex(
            m, "DURATION", f"P{n}{code}", rule, mod, span, anchor="DCT" if span else None
        )
    if ctx.dct is None:
        value = {
            "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX",
            "year": "XXXX",
            "quarter": "XXXX-QX",
            "half": "XXXX-HX",
        }.get(unit, "XXXX")
        return make_timex(m, "DATE", value, f"{unit}_relative", mod)
    d = ctx.dct
    if unit in ("week", "month") and rel in ("this", "next", "last"):
        # a quotation dated by its attribution ('"this week," Boehner told reporters last
        # Friday'): counted from the day it was spoken
        d = spoken_on(ctx.text, m.start(), m.end(), d) or d
    if unit == "week":
        # "for the last week", "over the past week": the seven days up to the DCT, which
        # AQUAINT writes as the DCT's week when most of them lie in it, from a Thursday on
        # ("last week" alone is the week before)
        if (
            rel in ("the past", "the last")
            and d.isoweekday() >= 4
            and not _WEEK_OF_SOMETHING.match(ctx.text, m.end())
        ):
            offset = 0
        if rel == "this past" and d.isoweekday() >= 6:
            offset = 0  # a weekend paper's "this past week" is the week now ending
        value = week_value(d + dt.timedelta(weeks=offset))
    elif unit == "weekend":
        if rel == "this" and d.isoweekday() <= 3 and ctx.tense(m.start(), m.end()) == PAST:
            # "a body found this weekend" early in the week: the weekend just past (the DCT's ISO
            # week holds the coming one)
            offset = -1
        if rel in ("coming", "the coming", "this coming"):
            value = weekend_ahead(d)
        else:
            value = week_value(d + dt.timedelta(weeks=offset)) + "-WE"
    elif unit == "month":
        value = shift_months(d, offset).isoformat()[:7]
    elif unit == "year":
        value = str(d.year + offset)
    elif unit == "quarter":
        # "the latest quarter" in a report is the last completed one
        value = value_at(shift_months(d, 3 * offset), "Q")
    elif unit == "half":
        h = 1 if d.month <= 6 else 2
        idx = d.year * 2 + h - 1 + offset
        value = f"{idx // 2}-H{idx % 2 + 1}"
    elif unit == "decade":
        year = d.year
        if mod in ("START", "MID", "END"):
            # "In 1989, planners hoped to finish by the start of the next decade": the 1990s
            named = ctx.last_value(r"\d{4}", m.start(), 300, same_sentence=True)
            year = int(named) if named else year
        value = str(year + 10 * offset)[:3]
    elif unit == "century":
        value = str(d.year + 100 * offset)[:2]
    else:
        return None
    return make_timex(m, "DATE", value, f"{unit}_relative", mod, anchor="DCT")


#: units whose relative stretch is a duration ("the past decade"), as a count and a
#: duration code
_STRETCHES = {
    "decade": (10, "Y"),
    "century": (100, "Y"),
    "fortnight": (2, "W"),
    "quarter-century": (25, "Y"),
    "half-century": (50, "Y"),
}


def resolve_the_unit(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the year", "the full year", "the week", "the weekend", "year-end", "year-earlier",
    "the end of the decade", "the week before last", "the year ahead"."""
    word = re.sub(r"\s+", " ", m["tunit"].lower()).replace("’", "'")
    owner = re.match(r"(?:its|their)\s+", m["tunit"], re.I)
    if word.startswith(("the ", "its ", "their ")):
        word = word.split()[-1]
    mod = point_mod_of(m)
    if word in ("week", "month", "year") and _THAT_FOLLOWED.match(ctx.text, m.end()):
        # "In the week that followed" a day named: the week after it
        found = anaphoric_unit(m, ctx, word, 1, mod)
        last = next(ctx.earlier(r"(?:\d{4}|XXXX).*", m.start(), 1500), None)
        if found is not None and (last is None or previous_word(ctx.text, last.start) not in _SAID):
            return found
    step = STEP_CLOSING.match(ctx.text, m.end())
    if word in ("week", "month", "year") and step and not m["twice"]:
        # "won in 2008 and lost the year before.", "rose from the month before,": one unit
        # from the one named last (from the DCT's with none named)
        return unit_before_or_after(m, ctx, word, step, mod)
    d = ctx.dct
    if word in ("year-earlier", "year-ago", "year-before"):
        last = ctx.report_period(m.start())
        if last is not None:
            return make_timex(
                m,
                "DATE",
                f"{int(last[:4]) - 1}{last[4:]}",
                "year_earlier_anchor",
                mod,
                anchor="previous timex",
            )
        return make_timex(
            m, "DATE", str(d.year - 1) if d else "XXXX", "year_earlier_dct", mod, anchor="DCT"
        )
    if word in ("month's end", "week's end"):
        return end_of_month_or_week(m, ctx, word.startswith("month"))
    apposed = _in_apposition(m, ctx, word)
    if apposed is not None:  # "in March, the month after the judge died"
        return make_timex(m, "DATE", apposed, f"{word}_in_apposition", mod, anchor="previous timex")
    if word in MID_UNITS:  # "through midweek", "by midyear"
        return resolve_mid_unit(m, ctx, word, d)
    if d is None:
        if word == "year" and _PERIOD_ENDING.match(ctx.text, m.end()):
            # "the fiscal year ending Dec. 31, 2009": a period named by its end, as with a DCT
            return make_timex(m, "DURATION", "P1Y", "the_year_ending", mod)
        return make_timex(
            m,
            "DATE",
            {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(word, "XXXX"),
            "the_unit_no_dct",
            mod,
        )
    if word in ("mid-century", "mid-decade"):
        # "by mid-century": the middle of the DCT's century (decade), or of the one before
        # in a clause that looks back from before it ("the mid-century boom" in 2013)
        size = 100 if word == "mid-century" else 10
        ahead = (
            previous_word(ctx.text, m.start()) == "by" or ctx.tense(m.start(), m.end()) == FUTURE
        )
        value = d.year // size - (d.year % size < size * 2 // 5 and not ahead)
        return make_timex(m, "DATE", str(value), f"the_{word[4:]}", "MID", anchor="DCT+tense")
    if word == "year" and re.search(r"\bnew\s(?!(?:fiscal|budget)\s)", m.group(0)):
        # "in the new year": from October the coming one, to March the one just begun; in
        # between, another calendar's ("marked the new year with apples and honey" in
        # September)
        if 4 <= d.month <= 9:
            return None
        return make_timex(m, "DATE", str(d.year + (d.month > 9)), "the_new_year", mod, anchor="DCT")
    if word == "full-year" or (word == "year" and mod is None and "fiscal" not in m.group(0)):
        if results_year_told_back(m, ctx):
            # "Full-year profit rose 3%" in February: the year whose results came out
            return make_timex(m, "DATE", str(d.year - 1), "year_of_results", anchor="DCT+tense")
        if word == "full-year":
            return make_timex(m, "DATE", str(d.year), "the_year", anchor="DCT")
    if m["twice"] and word in ("week", "month", "year"):
        # "the week before last", "the year after next": two units from the DCT's; "the
        # year ahead" the next one, as "the coming year"
        twice = m["twice"].lower()
        offset = -2 if "last" in twice else (1 if "ahead" in twice else 2)
        value = value_at(shift_date(d, offset, UNITS[word]), UNITS[word])
        name = f"{word}_ahead" if offset == 1 else f"{word}_two_from_dct"
        return make_timex(m, "DATE", value, name, mod, anchor="DCT")
    if word in ("decade", "century"):
        # "the end of the decade": the DCT's decade or century, only with a point modifier
        # ("over the decade", "the decade's growth" may be any stretch of ten years)
        if mod is None:
            return None
        value = str(d.year // 10) if word == "decade" else f"{d.year // 100:02d}"
        return make_timex(m, "DATE", value, f"the_{word}", mod, anchor="DCT")
    if word == "year-end":  # the attributive compound names the closing day ("year-end net")
        # "since year-end": a closing day already past, the last one before the DCT
        passed = previous_word(ctx.text, m.start()) == "since"
        year, anchor = (d.year - 1, "DCT") if passed else year_of_its_end(m, ctx)
        anchor = anchor if anchor == "previous timex" else "DCT"
        return make_timex(m, "DATE", f"{year}-12-31", "year_end", mod, anchor=anchor)
    if word in (
        "year end",
        "year's end",
    ):  # "by year end", "by year's end": the end part of the year
        year, anchor = year_of_its_end(m, ctx)
        return make_timex(m, "DATE", str(year), "year_end", mod or "END", anchor=anchor)
    if word == "weekend":
        if m["twice"] and "ahead" in m["twice"].lower():
            value = weekend_ahead(d)
        else:
            value = weekend_by_tense(d, ctx.tense(m.start(), m.end()), ctx.text, m.start())
        t = make_timex(m, "DATE", value, "weekend_tense", mod, anchor="DCT+tense")
        if owner:  # "its debut weekend": the possessive is left out, as in "its fourth quarter"
            t.start = m.start("tunit") + owner.end()
            t.text = ctx.text[t.start : t.end]
        return t
    if word == "week":
        if _BEFORE_AN_EVENT.match(ctx.text, m.end()):
            # "the week before the convention": a week counted from an event, not the DCT's
            return make_timex(m, "DATE", "XXXX-WXX", "the_week_of_event", mod)
        return make_timex(m, "DATE", week_value(d), "the_week", mod, anchor="DCT")
    if word == "month":
        named = month_named_before(m, ctx, mod)
        if named is not None:
            # "jobs rose in January, adding 151,000 during the month": the month just named
            return make_timex(m, "DATE", named, "the_month_named", mod, anchor="previous timex")
        said = said_in_month(m, ctx) if mod is not None else None
        if said is not None:
            # "said in January that Fallujah would fall by the end of the month": the
            # month of the saying
            value = f"{said[0]}-{said[1]:02d}"
            return make_timex(m, "DATE", value, "the_month_said", mod, anchor="previous timex")
        return make_timex(m, "DATE", d.isoformat()[:7], "the_month", mod, anchor="DCT")
    if _PERIOD_ENDING.match(ctx.text, m.end()):
        # "the year ended March 31": a reporting period named by its end, a duration
        return make_timex(m, "DURATION", "P1Y", "the_year_ending", mod)
    of_period = period_of_the_year(m, ctx)
    if of_period is not None:  # "the third quarter of the year": the quarter's year
        return make_timex(m, "DATE", of_period, "the_year_of_period", mod, anchor="previous timex")
    subject = _YEAR_IS_THE.search(ctx.text, max(0, m.start() - 40), m.start())
    labelled = subject is not None and (
        _CAPITALISED_BEFORE.search(ctx.text, max(0, subject.start() - 30), subject.start())
        and previous_word(ctx.text, subject.start()) not in _OPENING_WORDS
    )
    if (
        subject is not None
        and not labelled
        and m.group(0).lower().startswith("the")
        and not re.match(r"['’]s\b", ctx.text[m.end() : m.end() + 3])
    ):
        # "2007 was the year of the iPhone", "2016 will be the year": the year just named
        return make_timex(
            m, "DATE", subject["year"], "the_year_named", mod, anchor="previous timex"
        )
    year, anchor = year_of_its_end(m, ctx) if mod == "END" else (d.year, "DCT")
    if year != d.year:
        return make_timex(m, "DATE", str(year), "year_end_other_year", mod, anchor=anchor)
    return make_timex(m, "DATE", str(d.year), "the_year", mod, anchor="DCT")


#: a year as the subject of a copula right before "the year" ("2007 was the year")
_YEAR_IS_THE = re.compile(
    r"(?<![\w$.,-])(?P<year>1[5-9]\d\d|20\d\d)\s+(?:was|is|will\s+be|would\s+be"
    r"|may\s+be|could\s+be|has\s+been)\s+$"
)
#: a capitalised word right before a year
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+$")
#: words that may stand capitalised before such a year ("If 2007 was the year …"); any
#: other capitalised word names a thing by the number ("Flight 1549 was", "Model 1800")
_OPENING_WORDS = frozenset(
    "if and but so yet then while when because although though perhaps maybe surely"
    " hopefully clearly indeed still now again certainly probably possibly arguably thus".split()
)


#: words after "the last week" that make it a week of something else or a vaguer stretch
#: ("the last week before the vote", "the last week or two")
_WEEK_OF_SOMETHING = re.compile(r"\s+(?:before|of|or|leading|prior|ahead)\b", re.I)


#: "before"/"after"/"leading up to" and a noun phrase after "the week": counted from an event
#: "that followed" after "the week": the unit after the one last named
#: (with no object of its own: not "the week that followed the election"); and the verbs of
#: saying whose day is the report's, not the story's ("the report said Tuesday")
_THAT_FOLLOWED = re.compile(
    r"\s+(?:that|which)\s+(?:followed|came\s+after)(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:was|were|is"
    r"|brought|saw|had|proved|became|began|ended|would)\b)",
    re.I,
)
_SAID = frozenset({"said", "says", "told", "announced", "reported", "wrote"})
_BEFORE_AN_EVENT = re.compile(
    r"\s+(?:before|after|leading\s+up\s+to)\s+(?:the|his|her|their|its|a)\s+(?!day\b|week)",
    re.I,
)
#: "ended"/"ending" after "the year" and its last day: a fiscal year named by that day
#: ("the year ended March 31", "the year ending tomorrow", "the year ending next June";
#: not "the year ended badly", "the year ended 13 percent higher")
_PERIOD_ENDING = re.compile(
    r"\s+(?:(?:that\s+)?(?:ended|ending|ends)\s+(?:(?:in|on)\s+(?=(?:"
    + MONTH
    + r")\b))?(?=(?:"
    + MONTH
    + "|"
    + WEEKDAY
    + r")\b|\d(?!\d*(?:\.\d+)?\s*(?:%|percent|points?)\b)|(?:today|tomorrow|yesterday)\b"
    r"|(?:next|this|last)\s+(?:month|week|" + MONTH + "|" + WEEKDAY + r")\b)"
    r"|(?:to|through)\s+(?:the\s+end\s+of\s+)?(?:" + MONTH + r")\b)",
    re.I,
)


#: the value a month or a year names, for "the month"/"the year" in apposition to it
_APPOSED_VALUE = {"month": r"\d{4}-\d\d", "year": r"\d{4}"}


def _in_apposition(m: re.Match[str], ctx: Context, word: str) -> str | None:
    """The value of the month or year right before "the month"/"the year" and a comma
    ("in March, the month after…", "in 2008, the year the bank failed"), which the
    phrase restates; None otherwise."""
    shape = _APPOSED_VALUE.get(word)
    if shape is None or m.group(0).lower() != f"the {word}":
        return None
    return ctx.apposed_value(m.start(), shape)
