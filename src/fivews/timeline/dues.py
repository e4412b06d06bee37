"""What is due: a time after "due" in a "with" phrase ("with counting due on Friday") and
after a "due" set off by commas with no verb of its own ("The album, due out in early
December, was recorded…"), whose tense the clause around it does not decide; and what
someone was told to do at a time ("summoned 155 politicians to report on Saturday"). Used
by :mod:`fivews.timeline.tense`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

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


#: verbs that direct someone to do a thing ("summoned 155 politicians to report to the army
#: on Saturday", "were told to be at the airport by 0800 on Saturday", "authorized a force
#: to take over on Sept. 15")
_DIRECTING = frozenset(
    "summon tell order instruct ask urge direct invite command authorize authorise".split()
)
#: what someone is directed to do at a time: be somewhere, come or go ("to report to the
#: army", "to be at the airport", "to appear in court", "to take over"); other acts' times
#: mostly date the directing ("asked a court to block the merger on Monday")
_PRESENCE = frozenset(
    "be report appear return leave attend come arrive assemble gather vacate evacuate testify"
    " surrender take".split()
)


#: verbs of directing whose infinitive's time is always still ahead when it is given
#: ("summoned politicians to report on Saturday", "authorized a force to take over")
_AHEAD_WHEN_GIVEN = frozenset({"summon", "authorize", "authorise"})


def directed(doc: Doc, token_i: int, verb: Token) -> bool:
    """Whether the time at ``token_i`` dates a to-infinitive of presence or movement that a
    verb of directing governs, directly or through its object, when that verb always looks
    ahead or the time is a deadline ("summoned politicians to report on Saturday", "were
    told to be at the airport by 0800 on Saturday"): it was ahead when the order was given,
    so it may lie either side of the DCT (not "The judge told him to appear in court on
    Monday, and he did": a day the order named, told after)."""
    if not (
        verb.lemma_.lower() in _PRESENCE
        and verb.dep_ in ("xcomp", "ccomp", "advcl", "acl")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    ):
        return False
    director = next(
        (h for h in (verb.head, verb.head.head) if h.lemma_.lower() in _DIRECTING), None
    )
    if director is None:
        return False
    before = {t.lower_ for t in doc[max(0, token_i - 4) : token_i]}
    return director.lemma_.lower() in _AHEAD_WHEN_GIVEN or bool(before & {"by", "than"})
