"""The guard on a bare plural unit ("weeks", "the final days"): a stretch of time after
a preposition of time or a verb of spending it, or before "later"/"ago"; not a count the
duration rule left ("at the age of two weeks") nor a noun of its own ("after weeks of
talks")."""

from __future__ import annotations

import re

from fivews.timeline.guards import previous_word
from fivews.timeline.lexicon import NUMBERS, alternation

#: a count right before a unit, in figures or words ("at the age of 17 months", "of two weeks")
_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:" + alternation([w for w in NUMBERS if w not in ("a", "an")]) + r"))[\s-]+$",
    re.I,
)

#: "take" and whom the time is spent by, before a bare plural unit ("took me years")
_TOOK_SOMEONE = re.compile(
    r"\b(?:take|takes|taking|took|taken)\s+(?:me|him|her|us|them|you)\s+$", re.I
)

#: a bare plural unit taken as a stretch, then set against another ("take years, not …",
#: "for weeks rather than …") or hedged by it ("will take weeks, maybe months", "last
#: days if not weeks")
_CONTRASTED_UNIT = re.compile(
    r"\b(?:for|in|within|over|take|takes|taking|took|lasted|lasting|lasts?)\s+"
    r"(?:seconds|minutes|hours|days|weeks|months|years|decades)\s*,?\s+"
    r"(?:not|rather\s+than|instead\s+of|if\s+not|maybe|perhaps|possibly|probably)\s+"
    r"(?:(?:just|even|only|merely)\s+)?$",
    re.I,
)

#: what makes "only weeks" a stretch of time: time left or given ("just months left",
#: "only weeks to make their case", "mere days away")
_LEFT_AFTER = re.compile(r"\s+(?:left|remaining|to\s+[a-z]+|away|before|until)\b")

#: verbs of spending time before a bare plural unit ("spent weeks traveling", "spent
#: weeks of his life")
_SPENT = frozenset({"spent", "spend", "spends", "spending"})

#: … and of waiting or enduring it, where "of" after the unit makes it a count ("waited
#: hours", "suffered years under house arrest", "served years"; not "served weeks of meals")
_SPENDING = _SPENT | frozenset(
    {"wait", "waits", "waited", "stood", "suffered", "endured", "languished", "served"}
)

#: "go" before a bare plural unit and "without" ("went weeks without pay")
_GOING = frozenset({"go", "goes", "going", "went", "gone"})

#: a verb reaching into the past before "back" ("stretching back decades", "goes back years")
_REACHING_BACK = re.compile(
    r"\b(?:go(?:es|ing)?|went|gone|dat(?:e|es|ed|ing)|stretch(?:es|ed|ing)?|reach(?:es|ed|ing)?"
    r"|trac(?:e|es|ed|ing))\s+back\s+$",
    re.I,
)

#: prepositions before "the years", "the weeks"… that make them a stretch of time
_SPAN_PREPOSITIONS = frozenset({"over", "in", "during", "throughout", "for"})


def guard_vague(m: re.Match[str], text: str) -> bool:
    """A bare plural unit is a duration after a temporal preposition or a verb of spending
    time, or before "later"/"ago"; after an edge ("the final days") it always is."""
    if m["edge"]:
        return True
    if _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False  # a count the duration rule did not take ("at the age of two weeks")
    prev = previous_word(text, m.start())
    nxt = text[m.end() : m.end() + 12].lower()
    before_the = re.search(r"(\w+)\s+the\s+$", text[max(0, m.start() - 30) : m.start()], re.I)
    if before_the and before_the.group(1).lower() in _SPAN_PREPOSITIONS:
        # "over the years", "in the weeks ahead": a stretch of time, not a count
        return not nxt.lstrip().startswith("of ")
    if (
        prev in _SPENDING
        and not nxt.startswith("-")
        and (prev in _SPENT or not nxt.lstrip().startswith("of "))
    ) or _REACHING_BACK.search(text, max(0, m.start() - 20), m.start()):
        return True  # "spent months crafting a plan" ("after weeks of talks" stays untagged)
    if prev == "the" and re.match(r"\s+ahead\b(?!\s+of\b)", nxt):
        return True  # "The years ahead will test the party": the stretch to come
    if prev in _GOING and nxt.lstrip().startswith("without "):
        return True  # "went weeks without pay", "has gone years without a raise"
    if prev in ("only", "just", "mere") and _LEFT_AFTER.match(nxt):
        return True  # "with just months left", "have only weeks to make their case"
    if _TOOK_SOMEONE.search(
        text, max(0, m.start() - 24), m.start()
    ) and not nxt.lstrip().startswith("of "):
        return True  # "It took me years to talk about it"
    if _CONTRASTED_UNIT.search(text, max(0, m.start() - 40), m.start()):
        return True  # "It will take years, not months", "weeks, maybe months"
    return (
        (
            prev
            in {"for", "in", "within", "over", "took", "lasted", "lasting", "last", "lasts", "of"}
            or (
                prev in ("take", "takes", "taking")
                and m["unit"].lower() in ("hours", "days", "weeks", "months", "years", "decades")
                and not re.match(r"\s+(?:off|out|away)\b", nxt)
            )
        )
        and (prev == "within" or not nxt.lstrip().startswith("of "))  # "within days of it"
        and prev != "of"
        or bool(
            re.match(
                r"\s+(?:later|earlier|after|before|ago|ahead\s+of|from\s+now(?!\s+on\b))\b", nxt
            )
        )
    )
