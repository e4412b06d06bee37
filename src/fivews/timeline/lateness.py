"""How early or late something came, told by a count of time before "early"/"late"
("the rains arrived two weeks late this year", "started 10 days early this year", "the
frost came three weeks late in May"): the count and the word say how far off the usual
time the event fell, so "late"/"early" is not the time's point modifier ("late this
year" would be the end of the year). The time keeps its value without the word
(:func:`lateness_not_a_point`).

A hand-written regular expression over the words before the time: the parser attaches
"late" to the verb or to the time in either reading, while a counted unit right before
the word marks the lateness reading.
"""

from __future__ import annotations

import re

from fivews.timeline.records import Timex

#: the point modifier opening a time that a count of time says how early or late
_LATENESS = re.compile(r"(?:early|late)\s+(?:in\s+)?", re.I)
#: a counted unit of time ending right before it ("two weeks ", "10 days ", "an hour ")
_COUNT_BEFORE = re.compile(
    r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few"
    r"|several|\d+(?:\.\d+)?)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+$",
    re.I,
)


def lateness_not_a_point(text: str, timexes: list[Timex]) -> None:
    """Drop "early"/"late" (and "in" after it) from a DATE or TIME right after a counted
    unit ("arrived two weeks late this year" -> "this year", without its END mod)."""
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        word = _LATENESS.match(text, t.start)
        if word is None or word.end() >= t.end:
            continue
        if not _COUNT_BEFORE.search(text, max(0, t.start - 24), t.start):
            continue
        t.start = word.end()
        t.text = text[t.start : t.end]
        t.mod = None
