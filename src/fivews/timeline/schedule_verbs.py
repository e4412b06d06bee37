"""A schedule told in the present right before a weekday: "The season premiere airs
Thursday", "The fair runs Thursday through Sunday", "The Senate votes Tuesday" name the
coming such day, as a schedule's present looks ahead; the parser often takes the "-s" verb
for a plural noun, so the words before the weekday are read instead (not "scored four runs
Saturday", "Senate votes Tuesday showed")."""

from __future__ import annotations

import re

#: a schedule's verb in "-s" right before a weekday, not after a determiner ("its debuts")
_SCHEDULE_VERB_BEFORE = re.compile(
    r"(?:(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!['’]s\s)(?<!s['’]\s)"
    r"\b(?:airs|premieres|debuts|screens|streams|opens|reopens|closes|resumes|runs|begins"
    r"|starts|ends|concludes|kicks\s+off|wraps\s+up)"
    # a body's sitting ("The Senate votes Thursday"; not "counted votes Monday", "Two House
    # votes Monday failed")
    r"|(?:\bthe\s+(?:[a-z]+\s+)?|(?=Parliament|Congress))(?:council|board|committee|panel|court|assembly"
    r"|cabinet|jury|commission|legislature|parliament|congress|senate|house)\s+"
    r"(?:votes|meets|convenes|reconvenes))\s+(?:on\s+)?$",
    re.I,
)
#: a count or a compound before "runs", "starts", "ends": the plural noun ("scored four
#: runs Saturday", "the Dodgers' home runs Thursday")
_COUNTED_NOUN_BEFORE = re.compile(
    r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|several|few|more|their"
    r"|his|her|its|home|tight|loose|dead|odd|split)|['’]s?)\s+(?:runs|starts|ends|begins)"
    r"\s+(?:on\s+)?$",
    re.I,
)
#: a verb right after the weekday, which makes "votes" before it a noun ("Senate votes
#: Tuesday showed")
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ed|were|was|are|is|showed|split|drew|went|left|fell|rose)\b")


def scheduled_present(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``start``-``end`` follows a schedule's verb in the present
    ("airs Thursday", "begins Monday", "the board meets Tuesday") that no count makes a
    plural noun ("four runs Saturday") and no verb after makes one ("Senate votes Tuesday
    showed")."""
    return (
        _SCHEDULE_VERB_BEFORE.search(text, max(0, start - 40), start) is not None
        and not _VERB_AFTER.match(text, end)
        and not _COUNTED_NOUN_BEFORE.search(text, max(0, start - 30), start)
    )
