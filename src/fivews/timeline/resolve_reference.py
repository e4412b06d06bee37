"""Resolver of the reference words of TimeML: "now" and "at the moment" (PRESENT_REF),
"recently" and "recent days" (PAST_REF), "soon" and "the coming weeks" (FUTURE_REF), and
"recent months" (a vague duration)."""

from __future__ import annotations

import re

from fivews.timeline.lexicon import REFERENCE_WORDS
from fivews.timeline.records import Context, Timex
from fivews.timeline.tense import PAST
from fivews.timeline.values import duration_value, make_timex

#: words before "soon" that keep it ahead of a past clause ("very soon", "anytime soon")
_SOON_AHEAD = re.compile(r"\b(?:very|anytime|any\s+time|fairly|quite|pretty|relatively)\s+$", re.I)


#: a clause right after "at the moment" or "at this moment" ("At the moment Sanders
#: announced…", "at the moment he says it"): the moment of that event, not the present
_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:he|she|they|we|i|you|it)\b|(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?\s+(?-i:[a-z]+))",
    re.I,
)


def resolve_reference(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "now" (PRESENT_REF), "recently"/"in recent days" (PAST_REF), "soon" (FUTURE_REF)."""
    word = re.sub(r"\s+", " ", m["ref"].lower())
    if word == "soon" and (
        ctx.text.startswith("-to-", m.end())
        or (
            ctx.tense(m.start(), m.end()) == PAST
            and not _SOON_AHEAD.search(ctx.text, max(0, m.start() - 15), m.start())
        )
    ):
        # "fact-checkers soon noted": the narrative's next step, no FUTURE_REF; "the
        # soon-to-open terminal" is an adjective ("wanted to present it very soon" stays)
        return None
    if word in ("at the moment", "at this moment") and (
        _CLAUSE_AFTER.match(ctx.text, m.end()) or ctx.tense(m.start(), m.end()) == PAST
    ):
        return None  # "At the moment Christie learned…", "nobody realized at the moment"
    if word in REFERENCE_WORDS:
        t = make_timex(m, "DATE", REFERENCE_WORDS[word], "reference_word")
        if word.startswith("at "):  # "at the moment", "at present": no preposition in a timex
            t.text = m.group(0)[2:].lstrip()
            t.start = m.end() - len(t.text)
        return t
    # "recent days", "the coming weeks", "the past few months"
    # ("recent weeks and months" too, as TimeBank tags it; "recent decades" as years)
    if re.match(
        r"(?:the )?(?:last|past|previous|prior) "
        r"|(?:the )?recent (?:days|years|decades|\w+ (?:and|or) )",
        word,
    ):
        return make_timex(m, "DATE", "PAST_REF", "recent_units")
    if word.startswith("future"):
        return make_timex(m, "DATE", "FUTURE_REF", "coming_units")
    if word.startswith(("recent", "the recent")):  # TimeML: "recent months" is a vague duration
        return make_timex(m, "DURATION", duration_value(None, word.split()[-1]), "recent_units")
    return make_timex(m, "DATE", "FUTURE_REF", "coming_units")
