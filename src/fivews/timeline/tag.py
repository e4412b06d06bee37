"""Tagging a text: candidates resolved in text order against the DCT and the clause's
tense, a clock time joined to its adjacent day, ids ``t1``, ``t2``… (:func:`tag_timexes`)."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Doc

from fivews.structure import doc_text, reader_of
from fivews.timeline.candidates import Candidate, find_candidates, select_longest
from fivews.timeline.clause_roles import continued_sentence
from fivews.timeline.clock_days import (
    clock_in_part_of_day,
    clock_on_day,
    clock_on_later_day,
    day_from_parenthesis,
    listed_parts,
    night_range_on_day,
    part_on_later_day,
    small_hours_after_night,
)
from fivews.timeline.coordination import (
    join_durations,
    listed_days,
    listed_months,
    months_in_order,
    share_months,
    share_years,
)
from fivews.timeline.counted_joins import (
    counted_from_day,
    day_before_dated_event,
    period_ended,
    restated_after,
)
from fivews.timeline.datelines import reporting_day
from fivews.timeline.dates import interval_of
from fivews.timeline.false_friends import a_surname_speaking, in_a_persons_name, people_names
from fivews.timeline.habits import days_listed_with_a_set, habitual_times, indefinite_days
from fivews.timeline.idioms import join_phrases, named_days_again
from fivews.timeline.joined_extents import (
    day_of_period,
    join_extents,
    joined_with_its_year,
    week_of_month,
)
from fivews.timeline.lateness import lateness_not_a_point
from fivews.timeline.lexicon import WEEKDAYS
from fivews.timeline.live_blogs import stamps_past_midnight
from fivews.timeline.nowadays import today_as_nowadays
from fivews.timeline.ordinal_days import weekday_with_ordinal
from fivews.timeline.placed_days import holidays_restated, weekdays_before_or_after
from fivews.timeline.range_years import dated_range_years
from fivews.timeline.ranges import (
    range_ends,
    range_starts,
    weekday_range_ends,
    year_ranges,
)
from fivews.timeline.records import Context, Timex, TimexRecord, spanning
from fivews.timeline.tense import clause_tense, text_tense
from fivews.timeline.timetables import timetable_days

#: gap between a month or season and the spoken year after it ("the winter of nineteen …")
_OF_GAP = re.compile(r"\s+(?:of\s+)?", re.I)
#: gap allowed between a clock time and the day it belongs to ("5 p.m. EST, Nov. 6")
_JOIN_GAP = re.compile(r"[\s,]*(?:(?:on|at)\s+)?", re.I)


#: an "about"/"around" that is a preposition before a possessive ("get around Wednesday's ruling")
_PREPOSITION_BEFORE_POSSESSIVE = re.compile(r"(?:about|around)\s+", re.I)


#: "about" that is the preposition of a topic ("talked about today", "a sound bite about
#: the '60s"), unless a preposition of time goes before it ("in about 1990", "at about")
_ABOUT = re.compile(r"about\s+", re.I)
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|from|until|till|by|to|before|after|of|at|on|between|and|or|through|"
    r"circa|until|as)\s+$",
    re.I,
)


def _possessive_not_approximate(text: str, timexes: list[Timex]) -> None:
    """ "around Wednesday's ruling": the day owns the noun, so "around" is no APPROX mod;
    nor is "about" before a date after a verb or noun ("talked about today", "a prediction
    about 2016"): it names a topic there ("in about 1990", "about a year ago" stay)."""
    for t in timexes:
        lead = _PREPOSITION_BEFORE_POSSESSIVE.match(t.text)
        if lead and t.mod == "APPROX" and text[t.end : t.end + 2] in ("'s", "\u2019s"):
            t.start += lead.end()
            t.text, t.mod = text[t.start : t.end], None
            continue
        lead = _ABOUT.match(t.text)
        if (
            lead
            and t.mod == "APPROX"
            and t.type == "DATE"
            and "ago" not in t.text.lower()
            and not _TIME_PREPOSITION_BEFORE.search(text, max(0, t.start - 12), t.start)
        ):
            t.start += lead.end()
            t.text, t.mod = text[t.start : t.end], None


#: a point modifier opening a timex ("late 1970s", "mid-1990s", "post-1959")
_MOD_FIRST = re.compile(r"(?:early|late|mid|middle|earlier|later|post|pre)\b", re.I)
#: the article right before a timex
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.I)
#: the next word after a timex (an adjectival timex is followed by its noun)
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")


def _article_of_a_modified_period(
    doc: Doc | None, starts: list[int], text: str, timexes: list[Timex]
) -> None:
    """ "the late 1970s", "the mid-1990s", "the early summer" take in their article, as
    TimeML extents do ("the 1990s" has it already); but in "the post-1959 exodus" or "the
    late-November rescue" the timex modifies the noun after it, which owns the article.
    The noun is read from the parse, or, in plain text, assumed after a hyphenated
    modifier."""
    prev_end = 0
    for t in timexes:
        the = _THE_BEFORE.search(text, max(prev_end, t.start - 6), t.start)
        prev_end = t.end
        if the is None or not _MOD_FIRST.match(t.text):
            continue
        nxt = _NEXT_WORD.match(text, t.end)
        if nxt is not None:
            if doc is not None and starts:
                i = bisect.bisect_left(starts, nxt.start(1))
                if i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN"):
                    continue
            elif "-" in t.text:
                continue
        t.start = the.start()
        t.text = text[t.start : t.end]


#: "season" after a season, which is the season itself ("the end of the summer season")
_SEASON_NOUN = re.compile(r"\s+seasons?\b", re.I)
#: an edge of a period and the article of its period ("the start of the fall campaign")
_EDGE_OF_THE = re.compile(r"the\s+[a-z]+\s+of\s+the\s+", re.I)
#: rules of timexes whose article is not part of what they name ("the winter", "the
#: future", "the 8 November")
_OPTIONAL_ARTICLE_RULES = ("season", "reference", "month_day", "day_month", "holiday")
#: a preposition of time before a decade, which may make it the time of its clause
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|during|since|until|till|by|through|throughout|from)\s+$", re.I
)
#: the article that opens a timex
_THE_FIRST = re.compile(r"the\s+", re.I)


def _article_of_a_modified_noun(doc: Doc | None, starts: list[int], timexes: list[Timex]) -> None:
    """ "the 8 November presidential election", "the future Democratic leader", "the winter
    golf season": a timex that modifies a noun after it leaves its article to that noun,
    as TimeML extents do ("the Oct. 23 slaying"). Not where "the" makes the timex ("the
    weekend", "the fourth quarter": "the weekend decision" keeps it). Read from the parse
    only."""
    if doc is None or not starts:
        return
    for t in timexes:
        the = _THE_FIRST.match(t.text)
        if the is None or not (
            t.rule.startswith(_OPTIONAL_ARTICLE_RULES)
            or t.rule == "decade"
            and not _PREPOSITION_BEFORE.search(doc_text(doc), max(0, t.start - 12), t.start)
        ):
            # ("The 1990s sitcom star", "videos of the 1960s remark"; not "the past
            # decade-plus", nor "were in the 60s college students", which may be a time)
            continue
        last = bisect.bisect_left(starts, t.end) - 1
        if last < 0 or last >= len(doc):
            continue
        tok = doc[last]
        after = doc[last + 1] if last + 1 < len(doc) else None
        if (
            tok.dep_ in ("compound", "amod", "nmod")
            and tok.head.i > tok.i
            and tok.head.idx >= t.end
            and tok.head.pos_ in ("NOUN", "PROPN")
        ) or (
            # "the future Trump International Hotel": the parser may read "future" as the
            # noun and the name after it as its apposition
            t.rule == "reference_word"
            and tok.lower_ == "future"
            and after is not None
            and after.idx == t.end + 1
            and after.pos_ == "PROPN"
            and after.text[:1].isupper()
            and not re.search(
                r"\b(?:in|into|for|to|toward|towards|about|near)\s+$",
                doc_text(doc)[max(0, t.start - 12) : t.start],
                re.I,
            )
        ):
            # "the start of the fall campaign": the edge is the campaign's, the season
            # alone modifies it
            season_noun = _SEASON_NOUN.match(doc_text(doc), t.end)
            edge = _EDGE_OF_THE.match(t.text) if season_noun is None else None
            cut = edge.end() if edge is not None else the.end()
            if edge is not None:
                t.mod = None
            t.start += cut
            t.text = t.text[cut:]


def _inside(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``[start, end)`` lies within one of ``spans``: the spans sorted by
    start, the furthest end so far at each, then one bisection per question (a long text
    has thousands of blocks and candidates)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach: list[int] = []
    for _, e in ordered:
        reach.append(max(e, reach[-1]) if reach else e)

    def inside(start: int, end: int) -> bool:
        k = bisect.bisect_right(starts, start) - 1
        return k >= 0 and reach[k] >= end

    return inside


def _merge_adjacent(text: str, timexes: list[Timex]) -> list[Timex]:
    """Join a clock time and an adjacent day ("10 p.m. Wednesday", "Thursday at noon"),
    a weekday and its date ("Saturday, April 25"), a month or season and its spoken year
    ("January nineteen ninety-seven"), "the week" and its day ("the week of
    March 6"), "the day" and the day it is counted from ("the day before last Tuesday"), a
    half and its decade ("the first half of the 1990s")."""
    out: list[Timex] = []
    for t in timexes:
        if out:
            prev = out[-1]
            gap = text[prev.end : t.start]
            clock, day = (prev, t) if prev.rule == "clock_time" else (t, prev)
            if _JOIN_GAP.fullmatch(gap) and clock.rule == "clock_time" and clock is not day:
                joined = clock_on_day(prev, t, clock, day, text)
                if joined is not None:
                    out[-1] = joined
                    continue
            evening = clock_in_part_of_day(prev, t, gap, text)
            if evening is not None:
                out[-1] = evening
                continue
            if (
                _JOIN_GAP.fullmatch(gap)
                and gap.strip(" ,") == ""
                and prev.rule.startswith("weekday")
                and t.rule.startswith(("month_day", "day_month"))
            ):
                # "Saturday, April 25": the explicit date decides; a part of the day or
                # a clock time stays ("Sunday night, March 29" is that date's night)
                part = re.search(r"T(?:MO|AF|EV|NI|\d\d:\d\d)$", prev.value)
                dated = part and re.fullmatch(r"(\d{4}|XXXX)-\d\d-\d\d", t.value)
                out[-1] = spanning(
                    prev,
                    t,
                    text,
                    "TIME" if dated else t.type,
                    t.value + part.group() if dated else t.value,
                    t.rule,
                    prev.mod or t.mod if dated else t.mod or prev.mod,
                    t.interval,
                    t.anchor,
                )
                continue
            if (
                t.rule == "spoken_year"
                and _OF_GAP.fullmatch(gap)
                and re.fullmatch(r"(\d{4}|XXXX)-(\d\d|SP|SU|FA|WI)", prev.value)
                and prev.rule.startswith(("month", "season"))
            ):
                # "January nineteen ninety-seven", "the winter of nineteen ninety-four"
                value = t.value + prev.value[4:]
                out[-1] = spanning(
                    prev,
                    t,
                    text,
                    "DATE",
                    value,
                    f"{prev.rule.split('_')[0]}_spoken_year",
                    prev.mod,
                    interval_of(value),
                )
                continue
            # "the day after the March 22 primary", "The year before, in 2009, …": two
            # timexes, the first counted from (or restated by) the second
            event_day = day_before_dated_event(prev, t, gap, text[t.end : t.end + 80])
            restated = None if event_day else restated_after(prev, t, gap, text[t.end : t.end + 4])
            if event_day is not None or restated is not None:
                value = event_day or restated or ""
                rule = prev.rule.removesuffix("_dct")
                if event_day:
                    clock = "+clock_time" if rule.endswith("+clock_time") else ""
                    rule = "day_from_named_day" + clock
                out[-1] = dataclasses.replace(
                    prev, value=value, rule=rule, interval=interval_of(value), anchor="next timex"
                )
                out.append(t)
                continue
            ended = period_ended(prev, t, gap, text[max(0, prev.start - 8) : prev.start])
            if ended is not None:  # "the week ended March 9": the week, then its last day
                out[-1] = dataclasses.replace(
                    prev, value=ended, rule=prev.rule + "_ended", interval=interval_of(ended),
                    anchor="next timex",
                )  # fmt: skip
                out.append(t)
                continue
            counted = counted_from_day(prev, t, gap, text[t.end : t.end + 3])
            if counted is not None:
                value, rule = counted
                mod = prev.mod
                if rule == "decade_half":  # the decade's first half is its start
                    mod = "START" if re.search(r"\b(?:first|1st)\b", prev.text, re.I) else "END"
                out[-1] = spanning(
                    prev,
                    t,
                    text,
                    "TIME" if "T" in value else "DATE",
                    value,
                    rule,
                    mod,
                    interval_of(value),
                    "previous timex",
                )
                continue
        out.append(t)
    return out


def _dct_date(dct: str | dt.date | dt.datetime | None) -> dt.date | None:
    """The DCT as a date (from an ISO string, date or datetime), or None."""
    if dct is None or dct == "":
        return None
    if isinstance(dct, dt.datetime):
        return dct.date()
    if isinstance(dct, dt.date):
        return dct
    try:
        return dt.date.fromisoformat(str(dct)[:10])
    except ValueError:
        return None


#: selection passes: a declined candidate is dropped and the selection redone
_MAX_PASSES = 3


def _resolve(c: Candidate, ctx: Context) -> Timex | None:
    """The candidate's timex, or None when its resolver declines it."""
    _start, _end, rule, m = c
    try:
        t = rule.resolve(m, ctx)
    except (ValueError, OverflowError):
        # calendar arithmetic out of range ("a million years ago"): not a usable date
        return None
    if t is not None:
        t.rule = t.rule or rule.name
    return t


def tag_timexes(
    doc_or_text: Doc | str,
    dct: str | dt.date | None = None,
    *,
    spans: list[tuple[int, int]] | None = None,
) -> list[TimexRecord]:
    """TIMEX3 dicts for a parsed Doc or a plain string, resolved against ``dct``.

    Args:
        doc_or_text: a spaCy Doc (tense is read from its parse) or a string (tense is
            guessed from the words around each expression).
        dct: the document creation / publication date (ISO string or date); None leaves
            relative expressions underspecified (``XXXX-…``).
        spans: character ranges to tag (e.g. content blocks); default the whole text.

    Returns:
        ``[{id, text, start, end, type, value, rule, mod?, interval?, anchor?}]`` in text order.
    """
    if isinstance(doc_or_text, Doc):
        doc: Doc | None = doc_or_text
        text = doc_text(doc_or_text)
    else:
        doc, text = None, doc_or_text
    day = _dct_date(dct)
    day = reporting_day(text, day) or day  # a wire story's own day ("Dec. 14 (UPI) —")
    tense_fn: Callable[[int, int], str | None]
    starts: list[int] = []
    if doc is not None and doc.has_annotation("DEP"):
        starts = reader_of(doc).idx  # token start offsets, from the Doc's reader
        cache: dict[int, str | None] = {}

        def tense_fn(start: int, end: int) -> str | None:
            i = max(0, bisect.bisect_right(starts, start) - 1)
            if i not in cache:
                tense = clause_tense(doc, i)
                if tense is None and doc[i].lower_ in WEEKDAYS:
                    # a weekday in a verbless line of a notice ("Viewing hours Monday"): the
                    # tense of the sentence it continues (a month there keeps its own
                    # reading: "cut 200 jobs. Layoffs in May" may lie ahead)
                    root = continued_sentence(doc[i])
                    tense = clause_tense(doc, root.i) if root is not None else None
                cache[i] = tense
            return cache[i]
    else:

        def tense_fn(start: int, end: int) -> str | None:
            return text_tense(text, start, end)

    cands = find_candidates(text)
    names = people_names(doc)
    if names:  # "Jill June", "April Mellody": a person, not a month
        cands = [
            c
            for c in cands
            if not in_a_persons_name(c[0], c[1], text, names)
            and not a_surname_speaking(c[0], c[1], text, names)
        ]
    if spans is not None:
        inside = _inside(spans)
        cands = [c for c in cands if inside(c[0], c[1])]
    for _ in range(_MAX_PASSES):
        ctx = Context(text, day, tense_fn)
        declined = []
        for c in select_longest(cands):
            t = _resolve(c, ctx)
            if t is None:
                declined.append(c)
                continue
            joined = joined_with_its_year(text, ctx.previous, t) if ctx.previous else None
            if joined is not None:
                ctx.previous[-1] = joined  # "May of that year": one time from here on
                continue
            ctx.previous.append(t)
        unresolved = {id(c[3]) for c in declined}
        overlapped = any(
            d[0] < c[1] and c[0] < d[1] and id(c[3]) not in unresolved
            for d in declined
            for c in cands
        )
        if not overlapped:
            break
        # a candidate its resolver declines ("two and a half years ago") gives its place
        # to the shorter ones it overlapped ("two and a half years")
        cands = [c for c in cands if id(c[3]) not in unresolved]
    merged = join_phrases(text, _merge_adjacent(text, ctx.previous), ctx.dct)
    merged = join_extents(text, range_starts(text, range_ends(text, merged)))
    merged = listed_parts(text, listed_days(text, merged))
    merged = join_durations(text, merged)
    share_years(text, merged)
    share_months(text, merged)
    listed_months(text, merged)
    months_in_order(text, merged)
    merged = day_of_period(text, week_of_month(text, merged))
    merged = weekday_with_ordinal(text, merged)
    merged = year_ranges(text, merged, _inside(spans) if spans is not None else None, names)
    named_days_again(merged, day)
    weekday_range_ends(text, merged, day)
    dated_range_years(text, merged, day)
    clock_on_later_day(text, merged)
    night_range_on_day(text, merged)
    small_hours_after_night(text, merged)
    part_on_later_day(text, merged)
    stamps_past_midnight(text, merged)
    timetable_days(text, merged)
    habitual_times(doc if starts else None, starts, merged)
    today_as_nowadays(doc if starts else None, starts, merged, day)
    indefinite_days(text, merged)
    days_listed_with_a_set(text, merged)
    day_from_parenthesis(text, merged)
    holidays_restated(text, merged)
    weekdays_before_or_after(text, merged)
    _possessive_not_approximate(text, merged)
    lateness_not_a_point(text, merged)
    _article_of_a_modified_period(doc if starts else None, starts, text, merged)
    _article_of_a_modified_noun(doc if starts else None, starts, merged)
    for i, t in enumerate(merged, 1):
        t.id = f"t{i}"
    return [t.to_dict() for t in merged]
