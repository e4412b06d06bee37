"""Days placed by another date written beside them: a holiday restated with its date and
year ("Christmas Day, Dec. 25, 1914, brought a truce"), and a weekday before or after a
day ("the Friday before Memorial Day", "the Tuesday after the first Monday in
November", "the Sunday after the June 5 election").

Both read the timexes already resolved, in place, as the last steps of
:func:`fivews.timeline.tag.tag_timexes`: each day is first read alone, then placed by its
neighbour, whose value the text states.
"""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.lexicon import LEXICON, WEEKDAY_NAME, WEEKDAYS
from fivews.timeline.records import Timex


def _fixed_day(name: str) -> bool:
    """Whether the holiday ``name`` falls on one day of its month every year."""
    rule = LEXICON["holidays"].get(re.sub(r"\s+", " ", name.lower()))
    return isinstance(rule, dict) and "day" in rule and "month" in rule


def holidays_restated(text: str, timexes: list[Timex]) -> None:
    """Give a holiday the date written right after it with its year, in place: "Christmas
    Day, Dec. 25, 1914, brought a truce" is 1914-12-25, "Thanksgiving Day, Nov. 28, 1963"
    1963-11-28 (a date of the holiday's month, restated after a comma)."""
    for prev, t in zip(timexes, timexes[1:], strict=False):
        if (
            prev.rule == "holiday"
            and re.fullmatch(r"\d{4}-\d\d-\d\d", prev.value)
            and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)
            and prev.value[4:7] == t.value[4:7]
            and prev.value != t.value
            # a fixed day restated is that day ("Christmas Day, Dec. 26, 2012, and New
            # Year's Day" is a list)
            and (prev.value[4:] == t.value[4:] or not _fixed_day(prev.text))
            and re.fullmatch(r"\s*,\s*", text[prev.end : t.start])
        ):
            prev.value, prev.interval, prev.anchor = t.value, t.interval, "next timex"


#: "before" or "after" between a weekday and a holiday ("the Friday before Memorial Day")
_BEFORE_OR_AFTER = re.compile(r"\s+(?P<dir>before|after)\s+(?:the\s+)?", re.I)


def weekdays_before_or_after(text: str, timexes: list[Timex]) -> None:
    """Date "the Friday before Memorial Day", "the Monday after Thanksgiving", "the
    Tuesday after the first Monday in November" by the day after it, in place: the first
    such weekday before (after) that day ("Friday" 2011-05-27, as "The debate was held the
    Saturday before Christmas" tags "Saturday")."""
    for prev, t in zip(timexes, timexes[1:], strict=False):
        gap = _BEFORE_OR_AFTER.fullmatch(text, prev.end, t.start)
        the = _THE_BEFORE.search(text, max(0, prev.start - 5), prev.start)
        if (
            gap is None
            or the is None
            or _WEEKDAY_NAME.fullmatch(t.text)
            or not prev.rule.startswith("weekday")
            or not _WEEKDAY_NAME.fullmatch(prev.text)
            or not re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)
        ):
            continue
        holiday = dt.date.fromisoformat(t.value)
        weekday = WEEKDAYS[prev.text.lower()]
        if gap["dir"].lower() == "before":
            day = holiday - dt.timedelta(days=(holiday.isoweekday() - weekday - 1) % 7 + 1)
        else:
            day = holiday + dt.timedelta(days=(weekday - holiday.isoweekday() - 1) % 7 + 1)
        prev.value, prev.interval, prev.anchor = day.isoformat(), None, "next timex"


#: "the" right before a weekday
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_WEEKDAY_NAME = re.compile(WEEKDAY_NAME)
