"""What "until" a day means in a past clause: the end of a measure set then ("froze troop
rotations until June 30", "Mobile internet was suspended until noon Saturday"), which may
lie either side of the DCT, read by :func:`fivews.timeline.tense.clause_tense`; and a
weekday after "until", the next such day unless words after it tell it came ("closed all
schools until Monday"; "until Tuesday, when it heard testimony"), read by
:mod:`fivews.timeline.resolve_days`.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from fivews.timeline.changed_plans import told_gone_by
from fivews.timeline.prospects import UNTIL, index_before_time
from fivews.timeline.verb_tense import FUTURE, PAST

#: verbs of a measure whose simple past sets a state lasting until a day ("froze troop
#: rotations until June 30", "Mobile internet was suspended until noon Saturday",
#: "imposed a curfew until Monday"; not a state kept: "kept the markets closed until Friday"
#: is over)
_MEASURE_VERBS = frozenset(
    "freeze suspend extend impose declare enforce close ban shut halt block restrict order"
    " ground cancel call".split()
)
#: what a block as a measure stops ("blocked internet access until Sunday")
_BLOCKED = frozenset("access internet website websites site sites trading imports exports".split())
#: a "when" clause in the past after a day ("until Tuesday, when it heard testimony"): the
#: day has come
_WHEN_PAST = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+when\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:[a-z]+ed|was|were|had|heard|went|came|began|took|met|saw|held|won|lost|left|told"
    r"|said|gave|got|ran|fell|rose|made|found)\b",
    re.I,
)


def held_until(doc: Doc, token_i: int, verb: Token | None) -> bool:
    """Whether the day at ``token_i``, after "until"/"till" and maybe a clock time, ends a
    measure the simple past ``verb`` set: it may lie either side of the DCT, so the nearer
    such day is read; not a past perfect ("had been closed until Monday" is over) nor one
    told as gone by."""
    if verb is None or verb.lemma_.lower() not in _MEASURE_VERBS:
        return False
    if verb.lemma_.lower() == "block" and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in _BLOCKED for c in verb.children
    ):
        return False  # "Troops blocked the border crossing until Friday": a deed, over
    j = index_before_time(doc, token_i)
    if j < 0 or doc[j].lower_ not in UNTIL:
        return False
    if any(c.lemma_ == "have" and c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    after = doc[token_i].idx + len(doc[token_i].text)
    return not told_gone_by(doc, token_i) and not _WHEN_PAST.match(doc.text, after)


def until_tense(text: str, end: int, weekday: int, dct: dt.date) -> str | None:
    """The tense of the weekday ``weekday`` ending at ``end`` after "until": PAST when a
    "when" clause after it tells it came ("until Tuesday, when it heard testimony"); None
    (the nearer day) when it was the day before the DCT, which a report of the next day
    tells as over; else FUTURE, a measure still in force ("closed all schools until
    Monday")."""
    if _WHEN_PAST.match(text, end):
        return PAST
    return None if (dct.isoweekday() - weekday) % 7 == 1 else FUTURE
