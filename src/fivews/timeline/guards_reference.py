"""The guard on the reference words ("now", "recently", "the past", "the future", "of
late"): a veto on those that are not times ("the past nine contests", "Now What?", "futures
contracts")."""

from __future__ import annotations

import re

from fivews.timeline.guards import (
    OF_AFTER,
    in_a_headline,
    in_a_title,
    phrase_end,
    previous_word,
)
from fivews.timeline.lexicon import LAST_AS_VERB, NUMBERS, UNIT

#: a count after "the past" ("the past nine contests", "the past three periods")
_COUNT_AFTER = re.compile(
    r"\s+(?:\d+|" + "|".join(w for w in NUMBERS if w not in ("a", "an")) + r"|several|few)"
    r"\s+(?!" + UNIT + r"\b)[A-Za-z]",
    re.I,
)


#: what may follow the adverb "of late" ("rallies of late.", "the downturn of late is"),
#: unlike the adjective "late" of "of late-night tweets" or "of late January"
_OF_LATE_END = phrase_end(
    "as|is|was|are|were|has|have|had|and|but|or|in|on|at|to|that|with|for|because|than|"
    "among|from|by|amid"
)


#: a noun "the long/short term" may modify ("the long term effects", "the short term debt")
_TERM_NOUN_AFTER = re.compile(
    r"\s+(?:effects?|impacts?|consequences|debts?|goals?|interests?|plans?|planning|strateg(?:y|ies)"
    r"|investments?|investors?|care|memory|outlook|solutions?|contracts?|rates?|loans?|growth"
    r"|view|vision|health|damage|costs?|benefits?|prospects|trends?|unemployment|financing"
    r"|capital|bonds?|deals?|gains?|losses|returns?|risks?|unemployed|jobless)\b",
    re.I,
)


#: what may follow "the other day" meaning "recently": a stop, a clause going on or a
#: preposition ("as Erica said the other day, …", "saw him the other day at the store")
_OTHER_DAY_ENDS = re.compile(
    r"\s*(?:[,.;:!?)\"”’]|$)|\s+(?:and|or|but|when|while|as|at|in|on|to|for|with|about|after"
    r"|before|that|he|she|they|we|I|you|it|his|her|their|our|my|the|a|an|there|who|which"
    r"|asking|saying|telling)\b"
)
#: two days, nights or weeks, or the first of them, named before "the other day" (the
#: other of the two: "one night in Boston and the other night in New York")
_TWO_DAYS_BEFORE = re.compile(
    r"\b(?:two|both|2)\s+(?:days|nights|weeks)\b(?!\s+(?:ago|earlier|later|before|after)\b)"
    r"|\b(?:one|first)\s+(?:day|night|week)\b"
    r"|\bthe\s+first\b",
    re.I,
)


#: a negated auxiliary and its subject after a sentence's "Now", which asks or exclaims
#: rather than telling when ("Now isn't that refreshing.", "Now wouldn't you like one?")
_NOW_ASKS = re.compile(
    r",?\s+(?:is|was|are|were|do|does|did|would|could|should|wo|ca|have|has)n['’]t\s+"
    r"(?:that|this|it|he|she|they|you|we|I|there)\b"
)


def guard_reference(m: re.Match[str], text: str) -> bool:
    """Not "as soon as" (a conjunction), "current account", "futures contracts"."""
    word = m["ref"].lower()
    if (
        re.search(r"\b(?:Future|Past|Now)\b", m.group(0))
        and in_a_title(m, text)
        and not (m.group(0) == "Now" and in_a_headline(m, text, share=0.7, longest=120))
    ):
        return False  # "Future Farmers of America", "the Shaping the Future committee",
        # "Liberty Now PAC" (not a headline's "Smith Now Tied with Jones")
    if word.endswith("term") and _TERM_NOUN_AFTER.match(text, m.end()):
        return False  # "the long term effects": an adjective of the noun
    if word.endswith(("other day", "other night", "other week")) and (
        not _OTHER_DAY_ENDS.match(text, m.end())
        or _TWO_DAYS_BEFORE.search(text, max(0, m.start() - 200), m.start())
    ):
        # "the other day shift", "the other night shift", "the other day of the trip", "two
        # days … the other day": a compound or the other of two days
        return False
    if word.startswith("last ") and LAST_AS_VERB.search(text, max(0, m.start() - 14), m.start()):
        return False  # "It could last weeks or months": the verb
    if word.endswith("past") and _COUNT_AFTER.match(text, m.end()):
        return False  # "eight of the past nine contests": the last ones of a series, not a time
    if re.fullmatch(r"(?:the\s+)?(?:past|last|next)\s+[a-z]+s", word):
        # "in the past weeks", "the next weeks", "past years": a stretch up to or from now;
        # not "his last years", nor "the last days of the campaign" (a part of an event)
        return word.startswith(("the", "past")) and not OF_AFTER.match(text, m.end())
    if (
        word == "soon"
        and text[max(0, m.start() - 3) : m.start()].lower() == "as "
        and not text[m.end() : m.end() + 12].lower().startswith(" as possible")
    ):
        return False
    if word == "soon" and re.match(
        r"\s+(?:after|afterwards?|before|thereafter)\b", text[m.end() : m.end() + 14], re.I
    ):
        return False  # "killed soon after being captured": a conjunction, not a future time
    if (
        word == "now"
        and re.match(r"\s+and\s+(?:then|again)\s*(?:[.,;:!?)\"”’]|$)", text[m.end() : m.end() + 16])
        and previous_word(text, m.start()) != "between"
    ):
        return False  # "a treat now and then", "every now and again" ("between now and then")
    if m.group(0) == "Now" and _NOW_ASKS.match(text, m.end()):
        return False  # "Now isn't that refreshing.", "Now wasn't he right?": a marker
    if (
        word == "recently"
        and re.search(r"\bmost\s+$", text[max(0, m.start() - 6) : m.start()], re.I)
        and re.match(r",?\s+(?:in|on|at|during|last|this)\b", text[m.end() : m.end() + 10])
    ):
        return False  # "most recently in 2017": the last time, which the date after tells
    if word == "of late":  # "waffled of late", not "of late-night tweets", "of late January"
        return bool(_OF_LATE_END.match(text, m.end()))
    if word == "current":  # "current account", "electric current", "a current of opinion"
        return not re.match(
            r"\s+(?:account|accounts|affairs|events|flowing|flows?|of)\b",
            text[m.end() : m.end() + 12],
        )
    if word.endswith("past") and re.match(
        r"\s+(?:tense|participles?)\b(?!\s+(?:hours|days|weeks|months|years))",
        text[m.end() : m.end() + 24],
    ):
        return False  # "spoke of it in the past tense": grammar, not a time
    if word == "the present" and re.match(
        r"\s*(?:-|(?!(?:and|or|day)\b)[a-zA-Z])", text[m.end() : m.end() + 6]
    ):
        return False  # "the present government", "the present-day border": an adjective
    if word == "future":  # the adjective: "future quarters" is TimeML FUTURE_REF; "futures" is not
        return not re.match(r"\s*(?:contracts?|markets?|exchange)\b", text[m.end() : m.end() + 12])
    return True
