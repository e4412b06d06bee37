"""A time of an untold day: "one day" meaning "some day" ("I hope one day to run": a
reference ahead; "One day he walked out": one behind) and "one night", "one evening"
opening a past clause ("One night in the late 1960s, he drove…": some such night, a TIME
with no date), told from "one day" or "one night" as a length ("stayed one night", "one
day of talks"). Used by :mod:`fivews.timeline.resolve_durations` and
:mod:`fivews.timeline.resolve_days`."""

from __future__ import annotations

import re

from fivews.timeline.records import Context, Timex
from fivews.timeline.tense import PAST
from fivews.timeline.values import make_timex

#: what goes before "one day" meaning "some day": a clause's start, a conjunction, a
#: modal or a verb of hoping ("If one day…", "I hope one day", "could one day")
_BEFORE_SOME_DAY = re.compile(
    r"(?:^|[.!?;:,\"“‘(—–]\s*|\n\s*|\b(?:if|that|and|but|or|so|then|when|until|will|would|"
    r"could|can|may|might|should|must|hope|hopes|hoped|hoping|dream|dreams|dreamed|perhaps|"
    r"maybe|believe|believes|wish|wishes|he|she|they|we|I)\s+)$",
    re.I,
)
#: a wish before "one day" ("hopes one day to run", not "had one day to prepare"; "the
#: hope he one day follows", a wish even in a past clause)
_WISH_BEFORE = re.compile(
    r"\b(?:hope|hopes|hoped|hoping|dream|dreams|dreamed|wish|wishes)\s+(?:(?:he|she|they|we|I|"
    r"you)\s+)?$",
    re.I,
)
#: what follows "one day" as a length of time ("one day after", "one day of talks", "one
#: day and a half", "one day short of"; not "be like that one day and just show love")
_AFTER_LENGTH = re.compile(
    r"\s*(?:of|after|before|later|earlier|ago|to|a|per|each|long|old|or|more|ahead|off|"
    r"short|shy|"
    r"left|early|late|from|than|[-–]|and(?=\s+(?:a|an|one|two|three|half|nights?|\d)\b))\b",
    re.I,
)


#: what follows "one night" framing a clause: a comma (maybe after a short phrase of time
#: or place: "One night in the late 1960s,") or the clause's subject ("and one evening she
#: left"); not "One night in jail was enough", "One night's stay", "One morning session"
_FRAME_GOES_ON = re.compile(
    r"(?:\s+(?:in|at|on|during|after|before|last|this|that|soon|shortly|later|early|late)\b"
    r"(?:(?!\b(?:was|were|is|are|had|has|will|would|could|cost|costs|left|made|gave|felt)\b)"
    r"[^,.;:!?]){0,40})?\s*,"
    r"|\s+(?:he|she|they|we|I|you|police|officers|the|a|an|his|her|their|my|our)\b"
)


def one_such_time(m: re.Match[str], ctx: Context) -> bool:
    """Whether "one" and a unit or a part of a day ("one night", "one evening") open a clause
    told in the past ("One night in 1968, he…", "and one evening she left"): some such
    time, not a length ("stayed one night", "one night of talks")."""
    at = m.start()  # "Early one evening": before the modifier
    return (
        _BEFORE_SOME_DAY.search(ctx.text, max(0, at - 12), at) is not None
        and _AFTER_LENGTH.match(ctx.text, m.end()) is None
        and _FRAME_GOES_ON.match(ctx.text, m.end()) is not None
        and ctx.tense(m.start(), m.end()) == PAST
    )


def resolve_some_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "one day" meaning "some day", and "some day": FUTURE_REF ("I hope one day we
    will…", "hope one day to run", "the hope he one day follows"), or PAST_REF in a past
    clause ("One day he walked out"); None when it is a length of time."""
    if re.fullmatch(r"some\s*day", m.group(0), re.I):
        pass  # "surrounded some day by plants": never a length of time
    elif not re.fullmatch(r"one\s+day", m.group(0), re.I):
        return None
    elif not _BEFORE_SOME_DAY.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    wish = _WISH_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    after = _AFTER_LENGTH.match(ctx.text, m.end())
    if after and not (wish and after.group(0).strip().lower() == "to"):
        return None
    past = ctx.tense(m.start(), m.end()) == PAST and not wish
    value = "PAST_REF" if past else "FUTURE_REF"
    return make_timex(m, "DATE", value, "some_day")
