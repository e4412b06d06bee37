"""Relative units read against the time the story last named, not the DCT.

"That year", "the following month" and "the previous spring" move from the year, month or
season the text named last: after "the plant closed in the summer of 2015", "the following
spring" is 2016-SP. "The next year" does so too when it dates an event on its own ("was
re-elected the next year"); after a preposition of extent ("over the next year", "in the
next year") or before a possessive ("the next year's budget") it is the coming year, read
from the DCT like "next year".
"""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.dates import shift_months
from fivews.timeline.lexicon import LEXICON
from fivews.timeline.records import Context, Timex
from fivews.timeline.values import make_timex

#: relative words that always look back to the time last named
_BACKWARD_LOOKING = frozenset(
    {"that", "the same", "the following", "the previous", "the preceding"}
)
#: a word before "the next year" that makes it a stretch from now ("over the next year")
_EXTENT_BEFORE = re.compile(
    r"\b(?:in|over|within|during|for|through|throughout|into|of|by|until|till)\s+$", re.I
)
#: how far back (characters) the time last named may lie
_WINDOW = 1500


def is_anaphoric(rel: str, m: re.Match[str], text: str) -> bool:
    """Whether the relative word ``rel`` of the match ``m`` ("the following", "the next")
    moves from the time last named rather than from the DCT."""
    if rel in _BACKWARD_LOOKING:
        return True
    if rel != "the next":
        return False
    if _EXTENT_BEFORE.search(text, max(0, m.start() - 15), m.start()):
        return False
    return not re.match(r"['’]s\b", text[m.end() : m.end() + 3])


def anaphoric_unit(
    m: re.Match[str], ctx: Context, unit: str, offset: int, mod: str | None
) -> Timex | None:
    """The year, month or season ``offset`` units from the one named last ("the following
    year" after 1995: 1996), or None when the text named none before."""
    if unit == "year":
        last = ctx.last_value(r"\d{4}(-.*)?", _anchor_end(m, ctx), _WINDOW)
        if last is None:
            return None
        value = str(int(last[:4]) + offset)
    elif unit == "month":
        # a month of an unknown year, in a text with no DCT, too ("in February … that month")
        last = ctx.last_value(r"(?:\d{4}|XXXX)-\d\d(-.*)?", _anchor_end(m, ctx), _WINDOW)
        if last is None:
            return None
        yearless = last.startswith("XXXX")
        month = dt.date(2000 if yearless else int(last[:4]), int(last[5:7]), 1)
        value = shift_months(month, offset).isoformat()[:7]
        value = "XXXX" + value[4:] if yearless else value
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
    if anchor is None or offset == 0:
        return year + offset
    here = int(anchor.group(1)) if anchor.group(1).isdigit() else months[anchor.group(1)]
    return season_year(year, here, code, forward=offset > 0)


def season_year(year: int, month: int, code: str, *, forward: bool) -> int:
    """The year of the first season ``code`` after (``forward``) or before month ``month``
    of ``year``: after July 2015 the spring is 2016's, before it 2015's."""
    there = LEXICON["season_months"][code]
    if forward:
        return year if there > month else year + 1
    return year if there < month else year - 1
