"""The final or opening stretch of something, told with a relative unit: "in the last year
of his presidency", "the first week of the race", "in 2008, his last year in office", "in
the first month after violence broke out" are one unit's length (TimeBank writes "the
first nine months of 1989" as a duration), not the unit before or after the DCT.

Hand-written regular expressions over the words around the match, like the guards: the
parse is not needed to see "of his", "before the" or an owner before "first".
"""

from __future__ import annotations

import re

from fivews.timeline.records import Context, Timex
from fivews.timeline.values import duration_value, make_timex

#: "of" and a determiner after "the last year": the final year of something ("the last
#: year of his presidency", "the last week of the campaign"), not the one before the DCT
FINAL_OF = re.compile(
    r"\s+of\s+(?:his|her|its|their|our|my|your|the|this|that)\s"
    r"(?!(?:year|month|week|decade|century)\b|(?:fiscal|calendar|school)\s+year\b)"
    # "the last week before the election": the final stretch before an event
    r"|\s+before\s+(?:the|his|her|its|their)\s+[a-z]",
    re.I,
)
#: a possessive right before "last year" ("his last year in office"; not "her", which may be
#: an object: "saw her last year", nor "your last week", a week just past)
_OWNER_BEFORE = re.compile(r"\b(?:his|its|their|our)\s+$", re.I)
#: an owner right before "first year" ("her first year at the State Department", "the
#: school's first year", "Obama's first year")
_FIRST_OWNER = re.compile(r"(?:\b(?:his|her|its|their|our|my|your)|\w['’]s)\s+$", re.I)
#: "after" and what the opening stretch follows ("the first month after violence broke out";
#: not a named day: "the first week after Easter" is a week of the calendar)
_OPENING_AFTER = re.compile(r"\s+after\s+(?:the\s+)?(?-i:[a-z])", re.I)
#: a preposition of a stretch before "the first month after" (not a sentence's start: "The
#: first year after the war, 1946, was" names a year)
_STRETCH_PREPOSITION = re.compile(r"\b(?:in|during|for|over|within|throughout)\s+$", re.I)


def edge_of_a_unit(m: re.Match[str], ctx: Context, rel: str, edge: str, unit: str) -> Timex | None:
    """The length of one ``unit`` when "last"/"first" (``edge``, with ``rel`` as written:
    "the last" or "last") opens the final or opening stretch of something; None when it
    is the unit before or after the DCT ("last year")."""
    if unit not in ("week", "month", "year") or not edge:
        return None
    text = ctx.text
    if not (
        (edge != rel and FINAL_OF.match(text, m.end()))
        or (
            # "in the first month after violence broke out" (not "in 2008, the first year
            # after the merger", "The first year after the war, 1946,": that year)
            edge == "first"
            and edge != rel
            and _OPENING_AFTER.match(text, m.end())
            and _STRETCH_PREPOSITION.search(text, max(0, m.start() - 12), m.start())
        )
        or (
            edge == rel
            and (_OWNER_BEFORE if edge == "last" else _FIRST_OWNER).search(
                text, max(0, m.start() - 30), m.start()
            )
            and not re.match(r"['’]s\b", text[m.end() : m.end() + 3])  # "his last year's pay"
        )
    ):
        return None
    rule = "final_unit_of" if edge == "last" else "opening_unit_of"
    return make_timex(m, "DURATION", duration_value(1, unit), rule)
