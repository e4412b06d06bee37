"""Which weekend "the weekend" names: the one ahead, the one under way or the one just
past, from the publication date and the clause's tense."""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.dates import week_value
from fivews.timeline.tense import FUTURE, PAST, PRESENT

#: "the rest of" before "the weekend"
_REST_OF = re.compile(r"\brest\s+of\s+$", re.I)
#: "ahead of" before "the weekend" ("stocks rose ahead of the three-day weekend")
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+time\s+for)\s+$", re.I)


def weekend_ahead(d: dt.date) -> str:
    """ "the coming weekend", "the weekend ahead": the first weekend not over by ``d``, the
    one ending its ISO week (under way on a Saturday), or the next one on a Sunday."""
    return week_value(d + dt.timedelta(weeks=1 if d.isoweekday() == 7 else 0)) + "-WE"


def weekend_by_tense(d: dt.date, tense: str | None, text: str, start: int) -> str:
    """The weekend "the weekend" at ``text[start:]`` names with publication date ``d``: the
    DCT's own in a future clause, in a present one from Wednesday on (early in the week a
    present clause tells of the weekend just past: "a report from over the weekend
    shows"), on a Saturday or Sunday, and on a Friday after "the rest of" ("warned of mud
    for the rest of the weekend"); else the one before. "ahead of the weekend" is the
    one ahead, unless told in the past early in a week ("Shares slipped on Friday ahead of
    the weekend" in a Monday paper: the one gone)."""
    if _AHEAD_OF.search(text, max(0, start - 16), start) and not (
        tense == PAST and d.isoweekday() <= 3
    ):
        return weekend_ahead(d)
    if (
        tense == FUTURE
        or (tense == PRESENT and d.isoweekday() >= 3)
        or d.isoweekday() >= 6
        or (d.isoweekday() == 5 and _REST_OF.search(text, max(0, start - 12), start))
    ):
        return week_value(d) + "-WE"
    return week_value(d - dt.timedelta(weeks=1)) + "-WE"
