"""Weekdays of events a clause looks ahead to: "sit atop the polls ahead of Monday's
caucuses", "in the run-up to Tuesday's primary", "ahead of New York's delegate-rich
Tuesday primary", "ahead of voting Tuesday". :func:`fivews.timeline.resolve_days.
resolve_weekday` reads such a day as still to come, unless a past clause tells of it
after the event.

Written by hand: the cue is a handful of words around the weekday, which no date library
reads.
"""

from __future__ import annotations

import re

from fivews.timeline.event_nouns import names_scheduled_event

#: words before a possessive weekday that put its event ahead ("ahead of Saturday's caucus",
#: "in the run-up to Tuesday's primary"; "before" only a scheduled event: "before Tuesday's
#: vote")
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|heading\s+into|going\s+into|head\s+into|(?:lead|run|build)[\s-]*up\s+to"
    r"|(?P<before>before|in\s+advance\s+of))\s+$",
    re.I,
)
#: "ahead of" and up to three words before a weekday that is no possessive ("ahead of New
#: York's delegate-rich Tuesday primary", "ahead of voting Tuesday")
_AHEAD_OF_WORDS = re.compile(r"\bahead\s+of\s+((?:[\w'’-]+\s+){1,3})$", re.I)
#: the words after a possessive weekday, up to the noun it dates
_POSSESSED_WORDS = re.compile(r"['’]s((?:\s+[\w-]+){1,4})")
#: the words after a weekday that is no possessive ("Tuesday primary")
_NEXT_WORDS = re.compile(r"((?:\s+[\w-]+){1,2})")
#: a present perfect told up to the time "ahead of" follows ("has turned nasty ahead of"):
#: the time told reaches the DCT, so the event is still ahead of it
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+){0,2}?\w+(?:ed|en|wn|ne)\b[^.;:!?\n\"“”]{0,80}$", re.I
)
#: "voting" or "the polls", which name an election day though no event noun does
_VOTING = frozenset({"voting", "polls"})


def scheduled_event(text: str, end: int) -> bool:
    """Whether the noun phrase after the possessive weekday ending at ``end`` names an
    event set for a day (a debate, a primary), within its first four words."""
    m = _POSSESSED_WORDS.match(text, end)
    if m is None:
        return False
    return names_scheduled_event(m.group(1))


def awaited_day(text: str, start: int, end: int, possessive: bool) -> str | None:
    """How the weekday ``text[start:end]`` dates an event looked ahead to: "ahead" ("ahead
    of Monday's caucuses", "ahead of the Tuesday primary"), "ahead now" when a present
    perfect tells the time before it up to the DCT ("has turned nasty ahead of Tuesday's
    primary"), or None (no such event; "before Friday's purchases" may be either side)."""
    cue = _AHEAD_OF.search(text, max(0, start - 20), start)
    if cue is not None and possessive:
        if cue["before"] and not scheduled_event(text, end):
            return None
    elif (words := _AHEAD_OF_WORDS.search(text, max(0, start - 60), start)) is not None:
        after = _NEXT_WORDS.match(text, end)
        named = words.group(1) + (after.group(1) if after else "")
        if not (names_scheduled_event(named) or _VOTING & set(named.lower().split())):
            return None
        cue = words
    else:
        return None
    perfect = _PERFECT_BEFORE.search(text, max(0, cue.start() - 120), cue.start())
    return "ahead now" if perfect else "ahead"
