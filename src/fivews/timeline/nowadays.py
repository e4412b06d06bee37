"""Nowadays: a "Today" that opens a sentence set against a time long past names the
present age, not the day the article came out ("This used to be Russia's back yard.
Today, those links are beginning to point toward China"; "In 2009, … dues were $6,612 a
year. Today, that same membership costs $25,000").

What it does
    :func:`today_as_nowadays` rewrites such a "Today" as TimeML writes the present in
    general: ``PRESENT_REF`` (TimeBank: "And today, the right to work is equal to…").

How
    The "Today" must open its sentence, and its clause must tell a state of the present:
    a simple present of a verb of a state or a view ("is", "remains", "costs"), or a
    present progressive of a change ("are beginning to"); not a comparison, a day's move,
    a passive or an age ("is hotter today than…", "is down 3 percent", "is deadlocked",
    "90 years old today"). The sentence before must recall an earlier age ("used to",
    "was once", "back then", "World War", "in the old days"), or one of the two before must name
    a time five or more years before the DCT ("in 1950", "a 7th-century stop"); its own
    sentence counts when it compares ("whereas in 1960…"). A "today" inside a sentence
    ("Clinton's advantage today is the same one Obama enjoyed in 2008", "Libya today is
    chaotic") keeps the DCT's day: in wire copy that reading ("The pope today is in
    Croatia", "Unlike in 1992, Republicans today have a chance") is far the more common
    one. Plain text without a parse is left alone.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from spacy.tokens import Doc, Token

from fivews.structure import doc_text
from fivews.timeline.event_nouns import SCHEDULED_EVENT_NOUNS
from fivews.timeline.habits import governing_verb
from fivews.timeline.records import Timex
from fivews.timeline.tense import PRESENT, clause_tense

#: words that recall an earlier age in the sentence of "today" or the one before it
_EARLIER_AGE = re.compile(
    r"\b(?:used\s+to|once\s+(?:was|were|had|a|an|the)|(?:was|were|had)\s+once|back\s+then|"
    r"in\s+those\s+days|in\s+the\s+past|in\s+the\s+old|"
    r"olden|world\s+war|cold\s+war|centur(?:y|ies)|decades\s+ago|"
    r"generations?\s+ago|came\s+into\s+office|took\s+office|always\s+\w+ed)\b",
    re.I,
)
#: words of a comparison in the sentence of "today"
_COMPARED = re.compile(r"\b(?:than|same|unlike|like|compared|whereas|but|then)\b", re.I)
#: years, decades and centuries in a value ("2008", "200" for the 2000s, "06" for the
#: 7th century)
_YEARS = re.compile(r"(\d{2,4})(?=$|-)")
#: verbs of a state or a view, whose simple present tells what holds these days
_STATE_VERBS = frozenset(
    {
        "be", "remain", "have", "argue", "believe", "think", "want", "need", "face",
        "live", "seem", "exist", "hold", "see", "view", "consider", "know", "agree",
        "disagree", "stand", "lack", "share", "understand", "support", "oppose", "favor",
        "favour", "prefer", "depend", "rely", "struggle", "worry", "fear", "cost",
    }
)  # fmt: skip
#: verbs of a change whose present progressive tells of the present age ("Today, those
#: links are beginning to point toward China")
_CHANGE_VERBS = frozenset({"begin", "start", "become", "grow", "change", "shift"})
#: words of a day's move after "be" ("Shares today are up")
_MOVES = frozenset({"up", "down", "higher", "lower", "open", "closed", "off", "flat", "unchanged"})
#: how many years before the DCT a time must lie to set "today" against it
_AGE_YEARS = 5


def today_as_nowadays(
    doc: Doc | None, starts: list[int], timexes: list[Timex], dct: dt.date | None
) -> None:
    """Make a sentence-opening "Today" set against a time long past ``PRESENT_REF``, in
    place."""
    if doc is None or not starts or dct is None:
        return
    text = doc_text(doc)
    for k, t in enumerate(timexes):
        if t.rule != "day_word_today" or t.text.lower() != "today":
            continue
        i = bisect.bisect_right(starts, t.start) - 1
        if not 0 <= i < len(doc) or not _opens(doc, i):
            continue
        if not _a_present_state(doc, i, text, t.start):
            continue
        sent = doc[i].sent
        one_back = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        two_back = doc[one_back - 1].sent.start if one_back > 0 else one_back
        # its own sentence counts when it compares ("Today, women make up half the work
        # force, whereas in 1960 they were barely a third")
        compared = _COMPARED.search(text, sent.start_char, sent.end_char) is not None
        hi = sent.end_char if compared else sent.start_char
        lo_time = doc[two_back].idx  # "In 2009, … Dues were $6,612 a year. Today, …"
        others = [o for o in timexes if o is not t and lo_time <= o.start and o.end <= hi]
        if any(_long_past(o.value, dct) for o in others) or _EARLIER_AGE.search(
            text, doc[one_back].idx, hi
        ):
            timexes[k] = dataclasses.replace(
                t, value="PRESENT_REF", interval=None, anchor="nowadays"
            )


def _a_present_state(doc: Doc, i: int, text: str, start: int) -> bool:
    """Whether the "today" at token ``i`` sits in a clause of a present state: a simple
    present of a verb of a state or a view ("is", "remains", "argue"), or a present
    progressive of a change after a sentence-opening "Today," ("are beginning to point").
    Not a present of events ("opens today", "voters go to the polls today"), nor
    "Today is sunny", a passive or an adjective of the day ("is deadlocked", "are
    crowded"), a comparison or a day's move ("hotter today", "is down 3 percent"), an
    age ("90 years old today")."""
    verb = governing_verb(doc[i])
    if verb is None or doc[i].dep_ in ("nsubj", "nsubjpass") or not _a_state(verb):
        return False
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in _STATE_VERBS:
        return clause_tense(doc, i) == PRESENT
    # the caller has checked that it opens its sentence; a comma must follow it
    return (
        text[start + 5 : start + 6] == ","
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in _CHANGE_VERBS
        and any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in verb.children)
    )


def _a_state(verb: Token) -> bool:
    """Whether nothing under ``verb`` makes its clause a day's own: a participle or an
    adjective of the day's state, a comparison, a move, an age."""
    for c in verb.children:
        if c.tag_ in ("JJR", "RBR", "VBN") or c.lower_ in _MOVES:
            return False
        if c.dep_ in ("acomp", "attr") and any(
            w.lower_ == "old" and w.nbor(-1).lower_ in ("years", "year", "months", "days")
            for w in c.subtree
            if w.i > 0
        ):
            return False  # "90 years old today": a birthday
    if any(w.lower_ in ("than", "against", "versus", "vs.", "back") for w in verb.subtree):
        # "hotter today than … in 1936", "are underdogs today against the Colts", "is back
        # in court"
        return False
    if any(w.lower_ in SCHEDULED_EVENT_NOUNS for w in verb.subtree):
        return False  # "is the keynote speaker at the union's convention": the day's event
    if verb.lemma_.lower() in _CHANGE_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return False  # "is beginning a $2 million cleanup": an act started on the day
    return not any(c.dep_ == "auxpass" for c in verb.children)


def _opens(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens its sentence, past any quotation mark or bracket."""
    return all(doc[j].is_punct for j in range(doc[i].sent.start, i))


def _long_past(value: str, dct: dt.date) -> bool:
    """Whether the value names a time that ended five or more years before the DCT: a
    year, a decade or a century."""
    m = _YEARS.match(value)
    if m is None:
        return False
    digits = m[1]
    scale = 10 ** (4 - len(digits))
    last = int(digits) * scale + scale - 1  # "200" -> 2009, "06" -> 699
    return last <= dct.year - _AGE_YEARS
