"""Whether "over" before a counted stretch of time means "more than" ("for over a decade":
tagged with it, ``mod="MORE_THAN"``) or is a preposition of the stretch something is
spread across ("$30 billion over 10 years") or a word of its own ("declared the outbreak
over 42 days after"), left out of the timex as TimeBank leaves it.

Read from the words around "over" only: the parser attaches "over" and the count in many
ways, and the words before it (a preposition, a verb that measures time, a state) decide
most cases.
"""

from __future__ import annotations

import re

from fivews.timeline.guards import OF_AFTER, previous_word

#: words before "over" that make it "more than": a preposition ("for over a decade", "in
#: over six years", "sentenced to over 20 years"), a verb that measures time ("took over
#: three minutes", "likely to last over a week", "served over 10 years", "has been over a
#: year") or a particle ("has dragged on over a year")
_OVER_MORE_BEFORE = re.compile(
    r"for|in|of|to|after|within|than|just|well|slightly|little|on|"
    r"last(?:s|ed|ing)?|t(?:ake|akes|aking|ook|aken)|spen(?:d|ds|ding|t)|"
    r"serv(?:e|es|ed|ing)|wait(?:s|ed|ing)?|liv(?:e|es|ed|ing)|work(?:s|ed|ing)?|"
    r"stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|r(?:un|uns|unning|an)|been|be|is|was|are|were|"
    r"\w*['’]s",
    re.I,
)
#: a state told before "over" ("had been missing over 48 hours", "stood empty over a
#: decade", "went unsolved over 30 years"): "more than"
_OVER_STATE_BEFORE = re.compile(
    r"\b(?:been|stood|remained|stayed|went|gone)\s+(?:\S+\s+){0,2}$", re.I
)
#: words after the stretch that make "over" "more than" ("over a year ago", "over a
#: century apart", "over 365 days since", "paid over two months late", "over 65 years of
#: age")
_OVER_MORE_AFTER = re.compile(
    r"\s+(?:ago|later|earlier|before|after|since|apart|prior|late|of\s+age|old)\b", re.I
)
#: "into" and a determiner after a stretch that opens its clause ("Over 100 days into the
#: war, …")
_INTO_A_SPAN = re.compile(r"\s+into\s+(?:the|its|his|her|their|this|a)\b", re.I)
#: a verb whose object "over N years of X" is (has seen over 40 years of conflict)
_OVER_OF_VERB = frozenset("seen see sees saw has had have with after brought took spent".split())


#: a verb that declares something ended, then its object, before "over"
_DECLARED_BEFORE = re.compile(
    r"\b(?:declared|declares|declare|declaring|pronounced|pronounces)\s+(?:the\s+|an?\s+|its\s+"
    r"|their\s+)?(?:[\w'’-]+\s+)?(?:outbreak|epidemic|pandemic|crisis|war|emergency|strike"
    r"|siege|fighting|conflict|drought|famine|recession|season|game|match|it|them)\s+$",
    re.I,
)


def over_more_than(m: re.Match[str], text: str, n: float | None) -> bool:
    """Whether "over" before a counted stretch means "more than" ("for over a decade",
    "took over three minutes", "over a year ago", "the bureau's over three hour
    interview") and not the stretch something is spread across ("$30 billion over 10
    years", "would climb gradually over six years", "the current system has evolved over
    several years", "handed over 15 months of research"), which TimeBank tags without it."""
    if _DECLARED_BEFORE.search(text, max(0, m.start() - 50), m.start()):
        return False  # "declared the outbreak over 42 days after": over as ended
    before = previous_word(text, m.start())
    if before and re.search(r"[,;:.!?(\"“—–]\s*$", text[max(0, m.start() - 3) : m.start()]):
        before = ""  # "Yet, over 365 days since…": a clause starts at "over"
    if before.lower() == "in" and re.search(
        r"\bphas(?:e|es|ed|ing)\s+in\s+$", text[max(0, m.start() - 16) : m.start()], re.I
    ):
        return False  # "will be phased in over five years": a particle, then the stretch
    if _OVER_MORE_BEFORE.fullmatch(before) or _OVER_MORE_AFTER.match(text, m.end()):
        return True
    if not before and _INTO_A_SPAN.match(text, m.end()):
        return True  # "Over 100 days into the conflict, …" (not "$3 billion over four years
        # into home care": the stretch the money is spread over)
    if _OVER_STATE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return True
    if OF_AFTER.match(text, m.end()) and (not before or before in _OVER_OF_VERB):
        return True  # "Over a decade of war has left…", "has seen over 40 years of conflict"
    # a singular unit after a count above one is attributive: "an over three hour interview"
    return n is not None and n > 1 and not m["unit"].lower().endswith("s")
