"""A relative unit of a past account that no earlier time anchors: "The following spring,
she enrolled", "That summer, the city was gripped by fear", "By the end of that decade,
she had become …".

What it does
    :func:`unit_of_a_past_account` gives such a unit an unknown year (``XXXX-SP``,
    ``XXXX``, ``XXXX-WXX``, ``XXX``) when the anaphora rules found no time told before it
    to count from. Counted from the DCT instead, "the following spring" of a 2017 text
    would be 2018's, after the article date, which the past tense rules out; "that summer"
    told in May would be the summer still to come.

How
    From the words around the unit and the clause's tense: "the following"/"the next"
    (not "the coming", which counts from now), or "that" opening a time (at a clause's
    start or after a preposition; not the conjunction of "promised that summer jobs
    would…") before a season or a decade; not a subject of a present or modal verb ("the
    following week would be crucial").
"""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.lexicon import LEXICON, SEASONS
from fivews.timeline.records import Context, Timex
from fivews.timeline.tense import PAST
from fivews.timeline.values import make_timex

#: a season's middle month ("SU": 7)
_MIDDLE: dict[str, int] = LEXICON["season_months"]
#: what may come before "that" opening a time: a sentence's or clause's start or a
#: preposition ("That summer, …", "in that decade", "by the end of that decade")
_THAT_OPENS = re.compile(
    r"(?:^|[.!?;:,\n\"“]\s*|\b(?:in|during|by|of|through|throughout|until|till|since|after"
    r"|before|for|over|all)\s+)$",
    re.I,
)
#: a present, future or modal verb right after the unit, whose subject it is ("the
#: following week would be crucial", "The following month has historically been …")
_FINITE_AFTER = re.compile(
    r"\s+(?:would|will|could|might|may|should|must|shall|can|is|are|has|have)\b", re.I
)
#: a preposition of a stretch before the unit ("even if funding were to pass within the
#: next week": the week to come)
_STRETCH_BEFORE = re.compile(r"\b(?:within|over|throughout)\s+$", re.I)
#: the value of a unit of an unknown year
_UNKNOWN = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "decade": "XXX"}


def _season_ahead(dct: dt.date, code: str) -> bool:
    """Whether the season ``code`` of the DCT's year has not yet begun at the DCT (its
    middle month more than one month ahead)."""
    return _MIDDLE[code] - dct.month > 1


def unit_of_a_past_account(
    m: re.Match[str], ctx: Context, rel: str, unit: str, mod: str | None
) -> Timex | None:
    """The unit at ``m`` ("the following spring", "that decade"; ``rel`` and ``unit`` as
    the relative-unit rule read them) as one of an unknown year, when it is told in a past
    clause and counting from the DCT would misplace it (module docstring); else None."""
    following = rel in ("the following", "following", "the next")
    if (
        ctx.dct is None
        or unit not in ("year", "month", "week", "decade", *SEASONS)
        or not (following and unit != "decade" or rel == "that" and unit in ("decade", *SEASONS))
        or (rel == "that" and not _THAT_OPENS.search(ctx.text, max(0, m.start() - 30), m.start()))
        or _FINITE_AFTER.match(ctx.text, m.end())
        or re.match(
            r"['’]s\b", ctx.text[m.end() : m.end() + 3]
        )  # "released the next week's schedule"
        or _STRETCH_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start())
        or ctx.tense(m.start(), m.end()) != PAST
    ):
        return None
    value = _UNKNOWN.get(unit)
    if value is None and (following or _season_ahead(ctx.dct, SEASONS[unit])):
        value = f"XXXX-{SEASONS[unit]}"  # not "that summer" told in November: that year's
    if value is None:
        return None
    return make_timex(m, "DATE", value, "unit_of_a_past_account", mod)
