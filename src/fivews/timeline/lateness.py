"""How early or late something came, told by a count of time before "early"/"late"
("the rains arrived two weeks late this year", "started 10 days early this year", "the
frost came three weeks late in May"): the count and the word say how far off the usual
time the event fell, so "late"/"early" is not the time's point modifier ("late this
year" would be the end of the year). The time keeps its value without the word
(:func:`lateness_not_a_point`).

A hand-written regular expression over the words before the time: the parser attaches
"late" to the verb or to the time in either reading, while a counted unit right before
the word, after a verb of arriving, starting or ending (or "be"), marks the lateness
reading; after a preposition or a verb of lasting the count is a stretch of its own.
"""

from __future__ import annotations

import re

from fivews.timeline.records import Timex

#: the point modifier opening a time that a count of time says how early or late
_LATENESS = re.compile(r"(?:early|late)\s+(?:in\s+)?", re.I)
#: a verb of arriving, starting or ending, or "be", and a counted unit of time right
#: before the word ("arrived two weeks ", "started 10 days ", "were a month "); not a
#: stretch something lasted ("rain fell for six hours late Sunday", "lasted two weeks
#: early in 2019"), whose "late"/"early" is the time's
_COUNT_BEFORE = re.compile(
    r"\b(?:arriv(?:ed|es|e|ing)|c[ao]me|comes|coming|start(?:ed|s|ing)?|beg[au]n|begins?"
    r"|beginning|open(?:ed|s|ing)?|end(?:ed|s|ing)?|finish(?:ed|es|ing)?|return(?:ed|s|ing)?"
    r"|land(?:ed|s|ing)?|launch(?:ed|es|ing)?|deliver(?:ed|s|ing)?|bloom(?:ed|s|ing)?"
    r"|ripen(?:ed|s|ing)?|hatch(?:ed|es|ing)?|melt(?:ed|s|ing)?|froze|freezes?|peak(?:ed|s|ing)?"
    r"|reach(?:ed|es|ing)?|dock(?:ed|s|ing)?|enter(?:ed|s|ing)?|resum(?:ed|es|ing)|went|goes"
    r"|appear(?:ed|s|ing)?|releas(?:ed|es|ing)|publish(?:ed|es|ing)|mail(?:ed|s|ing)|sent"
    r"|expected"
    r"|was|were|is|are|been|be|running|ran|paid|filed|shipped|occurred|hit|struck|broke)"
    r"(?:\s+(?:out|in|up|back|off|down))?"  # "went out a month late", "came in a week early"
    r"\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+)?"
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few"
    r"|several|\d+(?:\.\d+)?)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+$",
    re.I,
)


def lateness_not_a_point(text: str, timexes: list[Timex]) -> None:
    """Drop "early"/"late" (and "in" after it) from a DATE or TIME right after a verb of
    arriving (or "be") and a counted unit ("arrived two weeks late this year" -> "this
    year", without its END mod), in place."""
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        word = _LATENESS.match(text, t.start)
        if word is None or word.end() >= t.end:
            continue
        if not _COUNT_BEFORE.search(text, max(0, t.start - 60), t.start):
            continue
        t.start = word.end()
        t.text = text[t.start : t.end]
        t.mod = None
