"""Quotations in a text: whether a place lies inside one, and the day its attribution
names ('"I talked to him today," Lewis said Monday'), the day a quoted "today" was said.
Read by :func:`fivews.timeline.resolve_days.resolve_day_word`. Also the clause an
attribution closes ("The vote is set for Thursday, an aide said"), whose verb tells the
tense of a time in it, read by :func:`fivews.timeline.tense.clause_tense`."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from fivews.timeline.clause_roles import a_verb
from fivews.timeline.event_nouns import incident, reports
from fivews.timeline.lexicon import WEEKDAY, WEEKDAYS
from fivews.timeline.records import NAME_TITLES, Timex, sentence_around

#: quotation marks that open (group 1) or close (group 2) a quotation; a straight double
#: quote toggles
_QUOTE_MARKS = re.compile(r"(“|``)|(”)|(\"|'')")


def in_quotation(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a quotation opened earlier in its paragraph."""
    return _last_opening_mark(text, start) is not None


#: up to 60 characters of a sentence that open no clause of their own (no conjunction,
#: relative word or "-ing" form after a comma; a period only after an initial or a title:
#: "Sen. Edward M. Kennedy", "the Rev. Al Sharpton")
_NO_CLAUSE = (
    r"(?:(?!\b(?:who|whom|whose|which|that|when|where|after|before|since|until|because|and|"
    r"but|while|as|if)\b|,[ \t]*\w+ing\b)"
    r"(?:(?-i:[A-Z])\.|(?-i:" + "|".join(NAME_TITLES) + r")\."
    r"|[^.!?;“”\"\n])){0,60}?"
)
#: the attribution right after a quotation's closing mark, dated by a weekday ('," Lewis
#: said Monday night', '," she told The Associated Press on Wednesday', '," Pelosi said in
#: a statement late Friday'): words that open no clause of their own ("who on Monday had
#: been fired" dates something else), a verb of saying, then the weekday, not a name's
#: ("told the Monday Morning Quarterback blog") nor a noun's ("the Monday deadline")
_SAID_ON = re.compile(
    rf"(?:”|''|\")[ \t]*,?{_NO_CLAUSE}(?:said|told|reported|added|wrote)\b{_NO_CLAUSE}"
    rf"\b(?:(?:on|late|early)[ \t]+)?(?<!the[ \t])(?P<weekday>{WEEKDAY})\b"
    r"(?![ \t]+(?-i:[A-Z])[a-z])",
    re.I,
)
#: a quotation's closing mark, within a paragraph
_CLOSING_MARK = re.compile(r"[^\n]{0,300}?(?=”|''|\")")


def said_on(text: str, end: int, dct: dt.date) -> str | None:
    """The day of the weekday dating the attribution right after the quotation that
    ``end`` lies in ("I talked to him today," Lewis said Monday): the day the words were
    spoken, the latest such weekday on or before the DCT."""
    close = _CLOSING_MARK.match(text, end)
    said = _SAID_ON.match(text, close.end()) if close else None
    return None if said is None else _latest(said["weekday"], dct).isoformat()


def _latest(weekday: str, dct: dt.date) -> dt.date:
    """The latest ``weekday`` on or before the DCT: the day an attribution's weekday names."""
    return dct - dt.timedelta((dct.isoweekday() - WEEKDAYS[weekday.lower()]) % 7)


#: the attribution right before a quotation's opening mark in its sentence, dated by a
#: weekday ('Erdogan said on Monday: "', 'Suleiman said on Saturday that a dialogue "'):
#: a verb of saying, then the weekday, then up to 80 characters of no sentence's end and no
#: other quotation
_SAID_ON_BEFORE = re.compile(
    rf"\b(?:said|told|wrote|added|insisted|warned|announced)\b{_NO_CLAUSE}"
    rf"\b(?:(?:on|late|early)[ \t]+)?(?<!the[ \t])(?P<weekday>{WEEKDAY})\b"
    r"(?![ \t]+(?-i:[A-Z])[a-z])[^.!?“”\"\n]{0,80}(?:“|``|\")\Z",
    re.I,
)
#: a sentence of saying that ends with its weekday right before a quotation opens, the
#: speaker going on ('… told reporters Wednesday night. "Maybe tomorrow."'): the verb, at
#: most one word or "the" and a word, the weekday and the stop (not "said he was arrested
#: Sunday.", "said the vote is Tuesday.")
_SAID_ON_SENTENCE_BEFORE = re.compile(
    r"\b(?:said|told|added|insisted|warned)(?:[ \t]+(?:the[ \t]+)?[\w.’'-]+)?[ \t]+"
    rf"(?:(?:on|late|early)[ \t]+)?(?P<weekday>{WEEKDAY})"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?[.!?][ \t]+(?:“|``|\")\Z",
    re.I,
)
#: the quotation's own attribution after its closing mark ('," another official said')
_ATTRIBUTED_AFTER = re.compile(
    r"[^“”\"\n]{0,200}?[,.!?]?(?:”|\"|'')[ \t]*(?:[\w.’'-]+[ \t]+){0,6}?(?:said|says|told"
    r"|wrote|writes|added|tweeted)\b",
    re.I,
)
#: how far before a quotation's opening mark its attribution may start (characters)
_BEFORE_REACH = 200


def spoken_on(text: str, start: int, end: int, dct: dt.date) -> dt.date | None:
    """The day the quotation that ``start``..``end`` lies in was spoken, when a weekday
    dates its attribution, right after it ('"We vote tomorrow," he told parliament on
    Monday') or right before it ('Erdogan said on Monday: "The protests will be over by
    tomorrow."', or in the sentence before: '… he told reporters Wednesday night. "Maybe
    tomorrow."'): the latest such weekday on or before the DCT; else None."""
    if not in_quotation(text, start):
        return None
    day = said_on(text, end, dct)
    if day is not None:
        return dt.date.fromisoformat(day)
    opening = _last_opening_mark(text, start)
    if opening is None:
        return None
    said = _SAID_ON_BEFORE.search(text, max(0, opening - _BEFORE_REACH), opening)
    if said is None and not _ATTRIBUTED_AFTER.match(text, end):
        said = _SAID_ON_SENTENCE_BEFORE.search(text, max(0, opening - 80), opening)
    return None if said is None else _latest(said["weekday"], dct)


def _last_opening_mark(text: str, start: int) -> int | None:
    """Where the quotation that ``start`` lies in opens (the end of its opening mark), or
    None outside a quotation: an opening mark opens one, a closing mark ends it, a straight
    double quote toggles."""
    opening = None
    for q in _QUOTE_MARKS.finditer(text, text.rfind("\n", 0, start) + 1, start):
        if q.group(1) or (q.group(3) and opening is None):
            opening = q.end()
        elif q.group(2) or q.group(3):
            opening = None
    return opening


def ahead_of_a_told_day(
    text: str, start: int, previous: list[Timex], weekday: int, *, announced: bool = False
) -> dt.date | None:
    """The first ``weekday`` after the day a report was made, for a weekday a report told
    as ahead of then ("On Wednesday, forecasters said Michael would weaken by Friday": the
    Friday after that Wednesday, which may be gone by the DCT): a weekday told back earlier
    in the sentence, then a reporting verb and "would"/"could"/"might" in the clause of
    ``start``; else None ("said Monday the vote will be held Thursday" counts from the DCT;
    so does "said Tuesday talks would resume, and a strike is planned for Friday"). With
    ``announced`` (a measure "starting Monday" that a past verb announced) no modal is
    needed: "announced Thursday that schools would close starting Monday"."""
    opening, _ = sentence_around(text, start, start)
    told = next(
        (
            t
            for t in reversed(previous)
            if opening <= t.start
            and t.end <= start
            and t.rule.startswith("weekday")
            and "past" in t.rule
            and _DAY.fullmatch(t.value)
        ),
        None,
    )
    if told is None:
        return None
    between = text[told.end : start]
    if _CLAUSE_BREAK.search(between):
        return None  # "said Monday …; the final vote could come Wednesday": another clause
    if not (announced or _AHEAD_THEN.search(between)) or not _REPORTED.search(text, opening, start):
        return None
    day = dt.date.fromisoformat(told.value)
    return day + dt.timedelta(days=(weekday - day.isoweekday()) % 7 or 7)


#: a day's value
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
#: a break before another clause ("…, and a strike is planned for Friday")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\b|\bwhile\b|;", re.I)
#: the future of a past report ("would weaken", "could reach")
_AHEAD_THEN = re.compile(r"\b(?:would|could|might)\b(?![^,;]*\b(?:have|had)\b)", re.I)
#: a verb of reporting or warning in the past
_REPORTED = re.compile(
    r"\b(?:said|told|warned|forecast|predicted|announced|reported|added|estimated|expected"
    r"|ordered|declared|decided|agreed)\b",
    re.I,
)


def attributed_clause(doc: Doc, token_i: int, verb: Token | None) -> Token | None:
    """The verb of the clause an attribution closes ("The vote is set for 11 a.m.
    Thursday, an aide said": "set"), when the parser hung the time right before the
    attribution's comma on the verb of saying after it; else ``verb``."""
    if verb is None or verb.i <= token_i or not reports(verb):
        return verb
    if not any(c.text == "," and token_i < c.i < verb.i for c in verb.children):
        return verb
    told = [c for c in verb.children if c.dep_ == "ccomp" and c.i < token_i and a_verb(c)]
    if not told:
        # the parser made the clause a sentence of its own ("Ghana will hold a call at 10
        # a.m. New York time on Friday, the ministry said"): its root before, when the
        # attribution does not hang from it ("…, and on Monday, CBS said": a joined clause)
        k = token_i - 1
        while k >= 0 and doc[k].text not in (".", "!", "?", ";") and doc[k].dep_ != "ROOT":
            k -= 1
        split = (
            k >= 0
            and doc[k].dep_ == "ROOT"
            and a_verb(doc[k])
            and all(a.i != k for a in verb.ancestors)
        )
        told = [doc[k]] if split else []
    if not told or any(incident(doc[k]) for k in range(told[-1].i + 1, token_i)):
        # "Police are investigating the attack at 2 a.m. Saturday, a spokesman said": the
        # incident's time, which the report's past tells
        return verb
    return told[-1]
