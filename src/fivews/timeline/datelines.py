"""The day a wire story was filed, from its dateline ("NEW YORK, Dec. 14 (UPI) —").

What it does
    :func:`reporting_day` reads the date of a wire dateline that opens a paragraph near
    the top of the text. A site that reposts a wire story often dates it a day before or
    after the wire did (time zones, a next-morning repost); the story's "Monday",
    "today" and "yesterday" count from the wire's day, so the tagger resolves against it.

How
    A regular expression: an upper-case place (maybe a region), a month and day, the
    agency in brackets and a dash, at a line start within the first
    :data:`DATELINE_REACH` characters. Only a day within :data:`NEAR_DAYS` of the given
    publication date is taken: farther, the two dates are more likely of different
    events (an old story reprinted) than one day told two ways.
"""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.lexicon import MONTH
from fivews.timeline.values import month_number

#: how far into the text a dateline is looked for (characters)
DATELINE_REACH = 1500
#: the most days a dateline may lie from the publication date to be the reporting day
NEAR_DAYS = 3
#: "WASHINGTON, Dec. 8 (UPI) —", "CAMBRIDGE, Mass., Dec. 11 (UPI) —", "Dec 29 (Reuters) -"
_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z.'’ -]+,\s*(?:[A-Z][A-Za-z.]+,\s*)?)?"
    r"(?P<month>(?i:" + MONTH + r"))\s+(?P<day>[0-3]?\d)\s*\([A-Za-z. ]{2,20}\)\s*(?:—|–|--?)\s",
    re.MULTILINE,
)


#: a dateline at a line's start, with or without the agency ("NEW YORK, Sept. 12 —")
_DATELINE_OPENING = re.compile(
    r"[ \t]*[A-Z][A-Z.'’ -]+,\s*(?:[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?,\s*)?(?i:" + MONTH + r")"
    r"\s+[0-3]?\d"
    r"\s*(?:\([A-Za-z. ]{2,20}\)\s*)?(?:—|–|--?)\s"
)


def dateline_end(text: str, at: int) -> int | None:
    """Where the dateline that opens the line holding ``text[at]`` ends, or None when the
    line opens with no dateline."""
    start = text.rfind("\n", 0, at) + 1
    m = _DATELINE_OPENING.match(text, start, at)
    return m.end() if m else None


def reporting_day(text: str, dct: dt.date | None) -> dt.date | None:
    """The dateline's day when it is near ``dct`` and not ``dct`` itself, else None."""
    if dct is None:
        return None
    m = _DATELINE.search(text, 0, DATELINE_REACH)
    if m is None:
        return None
    near = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            near.append(dt.date(year, month_number(m["month"]), int(m["day"])))
        except ValueError:
            continue
    if not near:
        return None
    day = min(near, key=lambda d: abs((d - dct).days))
    return day if 0 < abs((day - dct).days) <= NEAR_DAYS else None
