"""Plans that changed: a weekday a plan was overtaken on ("which had been planned for
Sunday") lies either side of the DCT when words after it tell the plan changed ("would be
moved to Monday") or a verb of change before it governs the plan ("NASA delayed the
launch of the capsule, which had been scheduled for Friday"), so the nearer such day is
read; without them the plan went ahead and its day is past ("drew 20,000 people"). Used by
:mod:`fivews.timeline.resolve_days`. So is a day a plan was put off to or extended through
told as gone by ("extended through Dec. 31 and then lapsed"), used by
:mod:`fivews.timeline.prospects` and :mod:`fivews.timeline.until_days`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from fivews.timeline.guards import previous_word

#: a plan overtaken before a weekday ("which had been planned for Sunday", "had been due
#: to meet on Thursday", "was to have been held on Sunday"): the day may lie either side
#: of the DCT, so the nearer one is read (a reduced "originally scheduled for Monday" keeps
#: the plan's reading ahead: "has been moved to Wednesday" mostly tells of a later day)
_OVERTAKEN_PLAN = re.compile(
    r"\b(?:had\s+been|(?:was|were)\s+to\s+have\s+been)\s+(?:originally\s+|initially\s+)?"
    r"(?:planned|scheduled|set|slated|due|held)\s+"
    r"(?:for|on|to\s+(?-i:[a-z]+)(?:\s+[\w'’-]+){0,3}?\s+on|to\s+(?-i:[a-z]+))\s+$",
    re.I,
)
#: words after an overtaken plan's day that tell it changed ("would be moved to Monday",
#: "may be delayed again", "was canceled on Friday"); without them the plan went ahead and
#: its day is past ("had been planned for Sunday took place", "drew 20,000 people")
_PLAN_CHANGED_AFTER = re.compile(
    r"^[^.;!?]*?\b(?:moved|postponed|delayed|cancell?ed|called\s+off|put\s+off|pushed\s+back"
    r"|rescheduled|scrapped|brought\s+forward|shifted|extended|withdrawn|pulled)\b",
    re.I,
)
#: … or before it: a verb of change in lower case, after a word that may end its subject
#: (not a determiner's, a preposition's or a copula's participle: "the twice-postponed
#: trial", "Despite delayed trains", "were visibly moved during the hearing"), with its
#: object, a noun phrase the plan's clause tells of ("postponed the strike, which had been
#: scheduled for Friday"; not "moved by the support", "shifted to the summit, which…")
_PLAN_CHANGED_BEFORE = re.compile(
    r"(?<![-\w])(?P<verb>(?-i:postpone[sd]?|delay(?:s|ed)?|cancel(?:s|l?ed)?"
    r"|call(?:s|ed)?\s+off|put(?:s)?\s+off|push(?:es|ed)?\s+back|reschedule[sd]?|scrap(?:s|ped)?|suspend(?:s|ed)?"
    r"|br(?:ings|ought)\s+forward|moved|shifted))\s+"
    r"(?:the|its|their|his|her|a|an|this|that|these|those)\s+"
    # (no clause and no place or stretch inside: "moved the crowd at the memorial service",
    # "suspended the referee for his handling of the derby")
    r"(?P<object>(?:(?!\b(?:after|before|when|because|since|as|until|while|following|and|at|in"
    r"|during|for|by|out|into|over|through)\b)[^,;.!?]){1,80}),\s+(?:which|that)\s+"
    # a plan, not an event "held" ("which had been held on Sunday" took place)
    r"(?:had\s+(?:originally\s+|initially\s+)?been\s+(?:originally\s+|initially\s+)?"
    r"(?:planned|scheduled|set|slated|due)|(?:was|were)\s+to\s+have\s+been\s+\w+)\s+"
    r"[^,;.!?]{0,40}$",
    re.I,
)
#: words before such a participle that make it an adjective, a passive's or a denied one
_NOT_A_SUBJECT_END = frozenset(
    "a an the its his her our their was were been be being is are with despite without"
    " after before amid during of for by in on not never".split()
)
#: a delay of minutes or hours after the day: the event went ahead that day ("delayed the
#: start of the final, which had been scheduled for Sunday, by two hours", "by half an
#: hour")
_SHORT_DELAY_AFTER = re.compile(
    r",?\s*(?:by\s+(?:\w+\s+){0,3}?(?:minutes?|hours?)\b"
    # or a change made hours before, told after ("called off the match, which had been
    # scheduled for Saturday, an hour before kickoff")
    r"|[^.!?]*?\b\w+\s+(?:hours?|minutes?)\s+before\b)",
    re.I,
)
#: words later in the sentence that tell the event went ahead after all ("and held it on
#: Wednesday", "went ahead", "and 5,000 nurses walked out")
_WENT_AHEAD_AFTER = re.compile(
    r"[^.!?]*?\b(?:went\s+ahead|took\s+place|(?:was|were)\s+(?:held|played)|held\s+it"
    r"|walked\s+out|passed\s+(?:it|the\s+\w+)\s+on|instead)\b",
    re.I,
)


def plan_changed(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``text[start:end]`` is an overtaken plan's day that changed:
    words after it tell so, or a verb of change before it governs the plan."""
    before = text[max(0, start - 60) : start]
    if _OVERTAKEN_PLAN.search(before) and _PLAN_CHANGED_AFTER.search(text[end : end + 200]):
        return True
    return _changed_before(text, start, end)


def _changed_before(text: str, start: int, end: int) -> bool:
    """Whether a verb of change right before an overtaken plan's clause governs the noun it
    tells of ("NASA delayed the launch of the capsule, which had been scheduled for
    Friday"), and nothing after the day tells the event went ahead (a delay of hours, "and
    held it on Wednesday")."""
    changed = _PLAN_CHANGED_BEFORE.search(text, max(0, start - 160), start)
    if changed is None or _SHORT_DELAY_AFTER.match(text, end):
        return False
    if _WENT_AHEAD_AFTER.match(text, end):
        return False
    if changed["verb"].lower() in ("moved", "shifted") and re.search(
        r"\b(?:to|of)\b", changed["object"]
    ):
        # "shifted their focus to the jobs report, which…", "shifted the mood of the
        # meeting, which…": where or what it moved, not the plan
        return False
    before = previous_word(text, changed.start("verb"))
    return before not in _NOT_A_SUBJECT_END and not before.endswith("ly")


#: words later in the sentence that tell a new end or a put-off day went by ("extended
#: through Dec. 31 and then lapsed", "postponed until after Easter, finally began on April
#: 28", "extended through Sunday, closed to sold-out crowds")
_OVERTAKEN_AFTER = re.compile(
    r"(?:[^.!?;]|\.(?=\s+\d))*?"
    r"\b(?:ended|closed|lapsed|expired|began|passed|finished|concluded|resumed|reopened"
    r"|opened|started|took\s+place|was\s+held|then)\b"
)
#: a year of the sentence that places a plan in the past ("In 1998", "last year", "ago")
_PAST_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b|\blast\s+(?:year|month|week)\b|\bago\b", re.I)


def told_gone_by(doc: Doc, token_i: int) -> bool:
    """Whether the day at ``token_i`` that a plan was put off to or extended through is
    told as gone by: by a later word of the sentence ("and then lapsed", "finally began on
    April 28") or a past year it names ("In 1998 the council postponed the vote until
    after Easter", "Last year…")."""
    return bool(_OVERTAKEN_AFTER.match(doc.text, doc[token_i].idx)) or bool(
        _PAST_YEAR_IN.search(doc[token_i].sent.text)
    )
