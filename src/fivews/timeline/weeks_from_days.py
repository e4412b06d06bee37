"""A day counted in weeks from another, as British and Australian copy writes it: "a week
today" (seven days from the DCT), "a fortnight tomorrow", "a week on Thursday" (the
Thursday after the coming one), "a week ago yesterday" (eight days back); not a length
("delayed by a week on Tuesday")."""

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
#: a length before the count, which then is no day ("extended by a week on Tuesday",
#: "closed for a week on Friday", "within a week on Friday"; not "scheduled for a week on
#: Tuesday", "closed by a week on Friday", "due by a week on Friday")
_A_LENGTH_BEFORE = re.compile(
    r"\b(?:within|over"
    r"|(?:extend|delay|postpone|prolong|lengthen|shorten|cut|push(?:ed|es|ing)?\s+back"
    r"|put\s+back|brought\s+forward)\w*(?:\s+[\w'’-]+){0,4}?\s+(?:by|for)"
    r"|(?:suspend|close|shut|ban|bar)\w*(?:\s+[\w'’-]+){0,4}?\s+for)\s+$",
    re.I,
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
_DAY_OFFSETS = {"today": 0, "tomorrow": 1, "yesterday": -1}


def resolve_week_from_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """The day the match names, counted from the DCT (none without one)."""
    if ctx.dct is None or _A_LENGTH_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
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
