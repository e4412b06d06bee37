"""Months whose names are also words: "May" (a verb, a name), "March" (a protest, a
verb, a name) and the abbreviations "Mar", "Jan", "Sep", "Dec", "Aug". A bare one (no day,
year or modifier of its own) is the month only in a temporal context: after a preposition
of time ("in May"), as a record ("the driest March on record"), listed with another
month, and so on (:func:`word_month`).

Written by hand: the cues are a few words around the name, which no date library reads.
"""

from __future__ import annotations

import re

from fivews.timeline.guards import previous_word
from fivews.timeline.lexicon import MONTH, TIME_PREPOSITIONS

#: the month names (lower case, without a stop) that are also words
WORD_MONTHS = frozenset({"may", "march", "mar", "jan", "sep", "dec", "aug"})

#: a record's words after a month ("on record", "since 1900", "in 50 years")
_RECORD_AFTER = re.compile(
    r"(?!\s+(?-i:[A-Z])|\s+(?:has|had|have|could|can|will|would|is|was|did|does|should|must"
    r"|might|sent|said|says)\b)(?:\s+[\w.'’-]+){0,4}?\s+(?:on\s+record|since\b|ever\b"
    r"|in\s+(?:\d+|a|[a-z]+)\s+(?:years|decades?|century)|in\s+(?:[\w.'’-]+\s+){0,3}history)",
    re.I,
)

#: "the" and a superlative before a month ("the driest March", "the worst May")
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:the|its)\s+(?:[a-z]+est|worst|best|most\s+[a-z]+|least\s+[a-z]+)\s+$", re.I
)

#: determiners before a month that may be a word ("the March primary", "a May rally")
_MONTH_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})

#: "as early as", "as late as", "as recently as", "as far back as" before a month
_AS_EARLY_AS = re.compile(r"\bas\s+(?:early|late|recently|soon|far\s+back)\s+as\s+$", re.I)

#: a stretch reaching "into" a month ("well into May", "dragged into March"; not "ran into
#: May at the store" nor "looked into May and her aides")
_STRETCH_INTO = re.compile(
    r"\b(?:well|deep|late|far|way|drag|drags|dragged|stretch|stretched|extend|extended|"
    r"continue|continued|last|lasted|spill|spilled)\s+into\s+$",
    re.I,
)

#: another month listed right before ("during February and March", "January, March"),
#: capitalised (checked by the guard)
_MONTH_LISTED_BEFORE = re.compile(
    rf"\b({MONTH})\.?(?:,\s*|,?\s+(?:and|or|&|(?P<contrast>not|rather\s+than|instead\s+of))\s+)$",
    re.I,
)

#: another capitalised month listed right after ("its March, June and September meetings";
#: not a person's first name: "joined the March, June Almeida said")
_MONTH_LISTED_AFTER = re.compile(
    rf"(?:,\s*|,?\s+(?:and|or|&)\s+)(?=[A-Z])(?i:{MONTH})\b(?!\s+[A-Z])"
)

#: what makes a month set against another a person ("in December, not May, whose deal…",
#: "not May herself", "not May's agreement")
_PERSON_AFTER = re.compile(r"['’]s\b|,?\s+(?:herself|himself|who|whose)\b", re.I)

#: an article and a lower-case adjective before "March" ("an unusually wet March", "a
#: record March"): a march of protest is written lower-case; "May", also a name ("a
#: defiant May"), is left out
_DESCRIBED_MARCH = re.compile(r"(?-i:\b(?:[aA]|[aA]n)\s+(?:[a-z]+ly\s+)?[a-z]{3,}\s+)$")

#: a copula after a month and "month" in its predicate: the month told of as one ("May was
#: the deadliest month", "March had been a record month", "May has not been a good
#: month"; not "May was the first prime minister", "May was a month late")
_A_MONTH_AFTER = re.compile(
    # (the verb in lower case: not a title's "May Was a Good Month")
    r"\s+(?-i:was|is|has|had|will|became|remains|remained|proved|marked|turned\s+out)\s+"
    r"(?:not\s+)?(?:been\s+|be\s+|to\s+be\s+)?(?:(?:also|again|already|easily|by\s+far)\s+)?"
    # not "a month" alone, a measure ("May was a month late"), unless it is described
    # ("March was a month of protests")
    r"(?:the|its|their|(?:a|an)(?=\s+(?!months?\b(?!\s+(?:of|when|that)\b))))\s+"
    r"(?:[\w-]+\s+){0,3}?months?\b",
    re.I,
)

#: a preposition of time and "at least" before a month ("closed until at least March")
_AT_LEAST_BEFORE = re.compile(
    r"\b(?:until|till|since|through|by|from|before|after|in)\s+at\s+least\s+$", re.I
)

#: "between now and" before a month ("between now and March")
_BETWEEN_AND = re.compile(r"\bbetween\s+(?:now|today)\s+and\s+$", re.I)

#: ", when" after a month name: a time the clause goes on to tell ("compared with March,
#: when he paid")
_WHEN_AFTER = re.compile(r",?\s+when\b")

#: a lower-case word after a month name, other than "of" (the month modifies a noun)
_NOUN_AFTER_MONTH = re.compile(r"\s+(?!of\b)[a-z]{3,}\b")

#: the marchers a march is named after ("the Women's March", "the People's March")
_MARCHERS = frozenset({"women's", "people's", "workers'", "veterans'", "mothers'", "students'"})


def word_month(m: re.Match[str], text: str, word: str) -> bool:
    """Whether the bare month ``word`` matched by ``m`` (one of :data:`WORD_MONTHS`) is the
    month: "as early as March", "the March accession", "in May", "an unusually wet March",
    "the driest March on record"; not "the March of Dimes", "the
    Women's March", "mad as a March hare"."""
    if _AS_EARLY_AS.search(text, max(0, m.start() - 30), m.start()):
        return True  # "as early as March", "as late as May"
    prev = previous_word(text, m.start())
    if word == "march" and prev.replace("’", "'") in _MARCHERS:
        return False  # "the Women's March was held in January": a march
    if prev in _MONTH_DETERMINERS or prev.endswith(("'s", "’s")):
        # "the March accession", "Florida's March primary", "at a March meeting" (not
        # "the March of Dimes", "the march", "mad as a March hare")
        noun = _NOUN_AFTER_MONTH.match(text, m.end())
        if noun is None and _MONTH_LISTED_AFTER.match(text, m.end()):
            return True  # "at its March, June and September meetings"
        return noun is not None and noun.group(0).strip() not in ("hare", "hares")
    return (
        prev in TIME_PREPOSITIONS
        or (word == "march" and _DESCRIBED_MARCH.search(text, max(0, m.start() - 40), m.start()))
        or bool(_WHEN_AFTER.match(text, m.end()))
        or bool(_A_MONTH_AFTER.match(text, m.end()))
        or bool(_AT_LEAST_BEFORE.search(text, max(0, m.start() - 24), m.start()))
        or bool(_STRETCH_INTO.search(text, max(0, m.start() - 30), m.start()))
        or bool(_BETWEEN_AND.search(text, max(0, m.start() - 40), m.start()))
        or _month_listed_before(text, m.start(), m.end())
        # "the driest March on record", "the warmest May since 1900" (not "the best May
        # could hope for", "the best March Madness numbers")
        or bool(
            _SUPERLATIVE_BEFORE.search(text, max(0, m.start() - 24), m.start())
            and _RECORD_AFTER.match(text, m.end())
        )
    )


def _month_listed_before(text: str, start: int, end: int) -> bool:
    """Whether a capitalised month is listed right before ``text[start:end]`` ("February
    and") or set against it ("in June, not May", "June rather than May"; not a person:
    "in December, not May, whose deal…")."""
    listed = _MONTH_LISTED_BEFORE.search(text, max(0, start - 20), start)
    if listed is not None and listed["contrast"] and _PERSON_AFTER.match(text, end):
        return False
    return listed is not None and listed.group(1)[0].isupper()
