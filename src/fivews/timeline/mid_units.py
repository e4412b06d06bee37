"""The middle of the DCT's week or year ("sunshine through midweek", "will ship by
midyear"): the DCT's own, or the one after it when told ahead late in it, or the one
before it when told back early in it. Read by
:func:`fivews.timeline.resolve_relative.resolve_the_unit`."""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.dates import week_value
from fivews.timeline.guards import previous_word
from fivews.timeline.records import Context, Timex, sentence_around
from fivews.timeline.tense import FUTURE, PAST
from fivews.timeline.values import make_timex

#: prepositions of time before "midyear"
_BEFORE_MIDYEAR = frozenset(
    {"by", "at", "since", "until", "till", "from", "in", "through", "before"}
)
#: a year written in the sentence, which places "midyear" instead of the DCT
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: the words for the middle of a week or a year, as the unit's rule writes them
MID_UNITS = frozenset({"midweek", "mid-week", "midyear", "mid-year"})


def resolve_mid_unit(m: re.Match[str], ctx: Context, word: str, d: dt.date | None) -> Timex | None:
    """ "midweek" (the ISO week, mod MID) or "midyear" (the year, mod MID) near ``d``;
    "midyear" only after a preposition of time and in a sentence naming no year ("by
    midyear"; not "midyear exams", "In 1997, … by midyear", "by midyear 2001")."""
    tense = ctx.tense(m.start(), m.end())
    if word.endswith("year"):
        start, end = sentence_around(ctx.text, m.start(), m.end())
        if previous_word(ctx.text, m.start()) not in _BEFORE_MIDYEAR or _A_YEAR.search(
            ctx.text, start, end
        ):
            return None
        if d is None:
            return make_timex(m, "DATE", "XXXX", "midyear", "MID")
        year = d.year + (tense == FUTURE and d.month >= 8) - (tense == PAST and d.month <= 4)
        return make_timex(m, "DATE", str(year), "midyear", "MID", anchor="DCT+tense")
    if d is None:
        return make_timex(m, "DATE", "XXXX-WXX", "midweek", "MID")
    weekday = d.isoweekday()
    shift = -7 if tense == PAST and weekday <= 2 else (7 if tense == FUTURE and weekday >= 4 else 0)
    day = d + dt.timedelta(days=shift)
    return make_timex(m, "DATE", week_value(day), "midweek", "MID", anchor="DCT+tense")
