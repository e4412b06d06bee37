"""Tagging a text: candidates resolved in text order against the DCT and the clause's
tense, a clock time joined to its adjacent day, ids ``t1``, ``t2``… (:func:`tag_timexes`)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Doc

from fivews.structure import doc_text, reader_of
from fivews.timeline.candidates import find_candidates, select_longest
from fivews.timeline.dates import interval_of, week_value
from fivews.timeline.records import Context, Timex, TimexRecord
from fivews.timeline.tense import clause_tense, text_tense

#: the words between "the day" and the day it is counted from ("the day before Monday")
_DAY_BEFORE_AFTER = re.compile(r"\s+(before|after)\s+", re.I)
#: the words between "the week" and the day that names it ("the week of March 6")
_WEEK_OF = re.compile(r"\s+of\s+", re.I)
#: gap allowed between a clock time and the day it belongs to ("5 p.m. EST, Nov. 6")
_JOIN_GAP = re.compile(r"[\s,]*(?:(?:on|at)\s+)?", re.I)


def _merge_adjacent(text: str, timexes: list[Timex]) -> list[Timex]:
    """Join a clock time and an adjacent day ("10 p.m. Wednesday", "Thursday at noon"),
    a weekday and its date ("Saturday, April 25"), "the week" and its day ("the week of
    March 6"), "the day" and the day it is counted from ("the day before last Tuesday")."""
    out: list[Timex] = []
    for t in timexes:
        if out:
            prev = out[-1]
            gap = text[prev.end : t.start]
            clock, day = (prev, t) if prev.rule == "clock_time" else (t, prev)
            if (
                _JOIN_GAP.fullmatch(gap)
                and clock.rule == "clock_time"
                and clock is not day
                and day.type == "DATE"
                and re.fullmatch(r"(\d{4}|XXXX)-[\dX]{2}-[\dX]{2}|XXXX-WXX-\d", day.value)
            ):
                hhmm = clock.value.split("T", 1)[1]
                out[-1] = Timex(
                    prev.start,
                    t.end,
                    text[prev.start : t.end],
                    "TIME",
                    f"{day.value}T{hhmm}",
                    f"{day.rule}+clock_time",
                    clock.mod or day.mod,
                    interval_of(day.value),
                    day.anchor,
                )
                continue
            if (
                _JOIN_GAP.fullmatch(gap)
                and gap.strip(" ,") == ""
                and prev.rule.startswith("weekday")
                and t.rule.startswith(("month_day", "day_month"))
            ):
                # "Saturday, April 25": the explicit date decides
                out[-1] = Timex(
                    prev.start,
                    t.end,
                    text[prev.start : t.end],
                    t.type,
                    t.value,
                    t.rule,
                    t.mod or prev.mod,
                    t.interval,
                    t.anchor,
                )
                continue
            counted = _counted_from_day(prev, t, gap)
            if counted is not None:
                value, rule = counted
                out[-1] = Timex(
                    prev.start,
                    t.end,
                    text[prev.start : t.end],
                    "DATE",
                    value,
                    rule,
                    prev.mod,
                    interval_of(value),
                    "previous timex",
                )
                continue
        out.append(t)
    return out


def _counted_from_day(prev: Timex, t: Timex, gap: str) -> tuple[str, str] | None:
    """The value and rule of ``prev`` joined to the day ``t`` names after ``gap``, or None.

    "the day before last Tuesday's hearing" is a day from the day named after it; "the week
    of March 6" is the ISO week of the named day.
    """
    offset = _DAY_BEFORE_AFTER.fullmatch(gap)
    if offset and prev.rule in ("day_relative_to_previous", "day_in_apposition"):
        day = _day_of(t.value)
        if day is not None:
            shift = 1 if offset.group(1).lower() == "after" else -1
            return (day + dt.timedelta(days=shift)).isoformat(), "day_from_named_day"
    if prev.rule == "the_week" and _WEEK_OF.fullmatch(gap):
        day = _day_of(t.value)
        if day is not None:
            return week_value(day), "week_of_day"
    return None


def _day_of(value: str) -> dt.date | None:
    """The calendar day a ``YYYY-MM-DD`` value names, or None (another value, or no such day)."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


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
    tense_fn: Callable[[int, int], str | None]
    if doc is not None and doc.has_annotation("DEP"):
        starts = reader_of(doc).idx  # token start offsets, from the Doc's reader
        cache: dict[int, str | None] = {}

        def tense_fn(start: int, end: int) -> str | None:
            i = max(0, bisect.bisect_right(starts, start) - 1)
            if i not in cache:
                cache[i] = clause_tense(doc, i)
            return cache[i]
    else:

        def tense_fn(start: int, end: int) -> str | None:
            return text_tense(text, start, end)

    cands = find_candidates(text)
    if spans is not None:
        cands = [c for c in cands if any(s <= c[0] and c[1] <= e for s, e in spans)]
    ctx = Context(text, day, tense_fn)
    for _start, _end, rule, m in select_longest(cands):
        try:
            t = rule.resolve(m, ctx)
        except (ValueError, OverflowError):
            # calendar arithmetic out of range ("a million years ago"): not a usable date
            continue
        if t is None:
            continue
        t.rule = t.rule or rule.name
        ctx.previous.append(t)
    merged = _merge_adjacent(text, ctx.previous)
    for i, t in enumerate(merged, 1):
        t.id = f"t{i}"
    return [t.to_dict() for t in merged]
