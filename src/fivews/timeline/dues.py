"""What is due: a time after "due" in a "with" phrase ("with counting due on Friday") and
after a "due" set off by commas with no verb of its own ("The album, due out in early
December, was recorded…"), whose tense the clause around it does not decide. Used by
:mod:`fivews.timeline.tense`.
"""

from __future__ import annotations

from spacy.tokens import Token

from fivews.timeline.clause_roles import a_verb
from fivews.timeline.verb_tense import FUTURE, PAST, verb_tense


def due_with(tok: Token) -> str:
    """The tense of the clause around a time right after ``tok`` when ``tok`` is "due" (or
    "due by", "due in") in a "with" phrase: FUTURE when the clause is not past ("with
    counting due on Friday", "With results due Friday, markets are quiet"), PAST when it is
    (where the caller keeps a weekday's past, "With results due Friday, markets were quiet",
    and reads any other time as the nearest, "The talks were extended, with a framework due
    by March 1"); "" when it is no such "due"."""
    if tok.lower_ in ("by", "in") and tok.i > 0:
        tok = tok.doc[tok.i - 1]  # "due by March 1"
    if tok.lower_ != "due" or tok.tag_ != "JJ":
        return ""
    if not any(a.lower_ == "with" for a in list(tok.ancestors)[:2]):
        return ""
    root = tok.sent.root
    return PAST if a_verb(root) and verb_tense(root) == PAST else FUTURE


def reduced_due(tok: Token) -> bool:
    """Whether ``tok`` hangs from a "due" with no verb of its own, set off by commas
    ("The album, due out in early December, was recorded…"): due at the nearest such
    time, whatever the tense of the clause around it ("was due in March" keeps its past)."""
    for a in list(tok.ancestors)[:5]:
        if a.lower_ == "due" and a.tag_ == "JJ":
            return (
                a.dep_ in ("amod", "advcl", "appos", "acl")
                and any(t.text == "," for t in a.doc[max(0, a.i - 1) : a.i])
                # ("The cut, due in part to falling prices in March": because of them)
                and not any(t.lower_ == "to" for t in a.subtree if t.i < tok.i)
            )
    return False
