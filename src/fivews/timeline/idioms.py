"""Time words that are no time expression, and named days whose date never moves.

What it does
    :func:`idiom_spans` finds the words of a text that look like a time but, in a set
    phrase, name something else: a newspaper ("USA TODAY"), a street address ("1600
    Pennsylvania Avenue"), an object ("a Christmas tree"), the future as an idea ("a
    brighter tomorrow"), "overnight" meaning "suddenly" ("it won't happen overnight"),
    banknotes ("a handful of $20s"). A candidate timex overlapping one of them is dropped
    (:func:`not_in_idiom`).

    :func:`resolve_named_past_day` gives the fixed date of a day named by an event of the
    past whatever the publication date: "9/11", "the Sept. 11 attacks" (2001-09-11), where
    a month and day alone would take the publication year.

How
    Both lists are regular expressions in ``data/timex_lexicon.json`` (``idioms``,
    ``named_past_days``), each idiom marking its time-looking part as group ``t``, as
    HeidelTime keeps its negative rules and named dates in resource files.
"""

from __future__ import annotations

import re

from fivews.timeline.lexicon import LEXICON
from fivews.timeline.records import Context, Timex
from fivews.timeline.values import make_timex

#: set phrases whose group ``t`` looks like a time and is none
IDIOMS: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in LEXICON["idioms"])
#: the days named by past events (regex -> TIMEX3 value), fixed whatever the DCT
NAMED_PAST_DAYS: dict[str, str] = LEXICON["named_past_days"]
#: all named past days in one pattern, each alternative a named group ``d0``, ``d1``…
NAMED_PAST_DAY_PATTERN = (
    "(?:" + "|".join(f"(?P<d{i}>{pattern})" for i, pattern in enumerate(NAMED_PAST_DAYS)) + ")"
)
_NAMED_VALUES = list(NAMED_PAST_DAYS.values())


def idiom_spans(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` ranges of ``text`` that look like a time inside a set phrase."""
    return sorted((m.start("t"), m.end("t")) for rx in IDIOMS for m in rx.finditer(text))


def not_in_idiom(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps none of the idiom ``spans``."""
    return not any(a < end and start < b for a, b in spans)


def resolve_named_past_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "9/11", "the Sept. 11 attacks": the fixed date of the event the words name."""
    for i, value in enumerate(_NAMED_VALUES):
        if m[f"d{i}"]:
            return make_timex(m, "DATE", value, "named_past_day")
    return None
