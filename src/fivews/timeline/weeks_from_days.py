"""A day counted in weeks from another, as British and Australian copy writes it: "a week
today" (seven days from the DCT), "a fortnight tomorrow", "a week on Thursday" (the
Thursday after the coming one), "a week ago yesterday" (eight days back)."""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.lexicon import WEEKDAY, WEEKDAYS
from fivews.timeline.records import Context, Timex
from fivews.timeline.values import make_timex

#: the rule's pattern
WEEK_FROM_DAY = (
    r"(?P<n>a|one|two|three)\s+(?P<unit>weeks?|fortnight)\s+"
    r"(?:(?P<ago>ago\s+)?(?P<day>today|tomorrow|yesterday)|on\s+(?P<wd>" + WEEKDAY + r"))"
    # not "Thursday's", "Thursday night", "Thursday Island"
    r"(?!['’]s|\s+(?:night|morning|afternoon|evening)\b|\s+(?-i:[A-Z]))"
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
_DAY_OFFSETS = {"today": 0, "tomorrow": 1, "yesterday": -1}


def resolve_week_from_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """The day the match names, counted from the DCT (none without one)."""
    if ctx.dct is None:
        return None
    n, unit = _COUNTS[m["n"].lower()], m["unit"].lower()
    if unit.startswith("week") and (n == 1) != (unit == "week"):
        return None  # "two week today": no such phrase
    days = 7 * n * (2 if unit == "fortnight" else 1)
    if m["wd"]:
        wd = WEEKDAYS[m["wd"].lower()]
        coming = ctx.dct + dt.timedelta(days=(wd - ctx.dct.isoweekday()) % 7 or 7)
        day = coming + dt.timedelta(days=days)
    else:
        base = ctx.dct + dt.timedelta(days=_DAY_OFFSETS[m["day"].lower()])
        day = base - dt.timedelta(days=days) if m["ago"] else base + dt.timedelta(days=days)
    return make_timex(m, "DATE", day.isoformat(), "week_from_day", anchor="DCT")
