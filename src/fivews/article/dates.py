"""Calendar dates and weekday mentions in an article's text: the evidence its publication
date is inferred from (:mod:`fivews.article.published`).

Three kinds of mention are found with regular expressions over the plain text (no parse is
needed, so a date is inferred before the pipeline runs):

* full dates with a year ("Sept. 15, 2017", "15 September 2017", "2017-09-15");
* weekday-named dates ("Tuesday, March 1", "Tuesday, March 1, 2016"): the weekday fixes the
  year among the few in which that day fell on it;
* weekday mentions ("said Thursday", "late Wednesday"), each marked past or future from the
  words before it in its sentence ("will meet Friday", "next Monday", "until Sunday").

Dates in news copy follow the wire style (AP Stylebook, "Dates"): a day within the week of
publication is named by its weekday, a day further away by month and day. A weekday named
as past news therefore lies in the six days before publication, or on the day itself.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from fivews.lexicon import MONTH_NAMES_RE, MONTHS, WEEKDAYS

_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: "Sept. 15, 2017" / "September 15 2017"
_DATE_MDY = re.compile(rf"\b(?P<month>{MONTH_NAMES_RE})\.?\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
#: "15 September 2017"
_DATE_DMY = re.compile(rf"\b{_DAY}\s+(?P<month>{MONTH_NAMES_RE})\.?,?\s+{_YEAR}\b", re.IGNORECASE)
#: "2017-09-15"
_DATE_ISO = re.compile(rf"\b{_YEAR}-(?P<month>\d\d)-(?P<day>\d\d)\b")
#: "Tuesday, March 1" / "Tuesday, March 1, 2016" / "Tuesday 1 March"
_WEEKDAY_DATE = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY_NAMES}),?\s+(?:(?P<month>{MONTH_NAMES_RE})\.?\s+{_DAY}"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH_NAMES_RE})\.?)"
    rf"(?:,?\s+{_YEAR})?\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(rf"\b(?P<weekday>{_WEEKDAY_NAMES})(?P<plural>s)?\b", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
#: A four-digit year from 1900 to 2099 standing alone ("in 2016", "the 2016 race").
_YEAR_ALONE = re.compile(r"(?<![\d$.,/-])(?:19|20)\d\d(?![\d%/-])")
#: What introduces the date of an embedded social-media post: the plain-text form of an
#: embedded tweet ("— Jane Doe (@janedoe) March 7, 2016"), an Instagram-style "(@name) on",
#: or a date attribute left by the scraper (``tweet-date="..."``, ``datetime="..."``).
_EMBED_LEAD = re.compile(
    r"(?:\(@\w{1,30}\)\s*(?:on\s+)?|\b(?:tweet-date|datetime|data-datetime|date)\s*=\s*[\"'])",
    re.IGNORECASE,
)
#: Words just before a weekday (same sentence) that put it in the future or make it a
#: deadline rather than a day something happened on.
_FUTURE_CUES = re.compile(
    r"\b(?:will|won't|shall|'ll|next|coming|upcoming|until|till|by|before|ahead of|"
    r"(?:is|are|was|were) (?:set|scheduled|expected|due|slated|planned|poised) to|"
    r"plans? to|planning to|going to|to be held|scheduled for|set for|slated for|expected)\b",
    re.IGNORECASE,
)
#: How many characters before a weekday are searched for a future cue.
FUTURE_WINDOW = 60
#: Words anywhere earlier in the sentence that put what it tells in the future ("Funeral
#: services will be held in ..., Friday, March 27", "is on track to take place Monday").
_FUTURE_SENTENCE = re.compile(
    r"\b(?:will|won't|shall|'ll|upcoming|to take place|to be (?:held|presented|announced)|"
    r"(?:is|are) (?:set|scheduled|expected|due|slated|planned|poised|on track) to)\b",
    re.IGNORECASE,
)
#: Where a sentence ends: a full stop after a lower-case word of three letters or more
#: (not "p.m.", "Inc.", "D. C."), a semicolon, or a line break.
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3}[.!?])[\"\u201d\u2019)]?\s+|;\s|\n")
#: A sentence is searched back this far at most.
SENTENCE_WINDOW = 240
#: Years a weekday-named date without a year may fall in, around the years the text names.
YEAR_SLACK = 1


@dataclass(frozen=True)
class DateMention:
    """A calendar date named in the text.

    Attributes:
        date: the date.
        start, end: its offsets in the text searched.
        text: the words that name it.
        weekday_named: the text names its weekday too ("Tuesday, March 1").
        year_given: the text gives its year (else the year was chosen by the weekday).
    """

    date: dt.date
    start: int
    end: int
    text: str
    weekday_named: bool = False
    year_given: bool = True


@dataclass(frozen=True)
class WeekdayMention:
    """A weekday named in the text ("said Thursday"), with its tense.

    Attributes:
        weekday: 0 = Monday ... 6 = Sunday.
        start, end: its offsets in the text searched.
        future: the words before it make it a day still to come (or a deadline).
    """

    weekday: int
    start: int
    end: int
    future: bool


def _month_number(name: str) -> int:
    return int(name) if name.isdigit() else MONTHS[name.lower().rstrip(".")]


def find_full_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Return ``(date, start, end)`` for every explicit calendar date with a year."""
    return [(m.date, m.start, m.end) for m in full_date_mentions(text)]


def full_date_mentions(text: str) -> list[DateMention]:
    """Every explicit calendar date with a year, in text order (weekday-named ones marked)."""
    if not _ANY_YEAR.search(text):
        return []  # every form holds a four-digit year: most blocks are done here
    found: dict[int, DateMention] = {}
    for regex in (_DATE_MDY, _DATE_DMY, _DATE_ISO):
        for m in regex.finditer(text):
            try:
                day = dt.date(
                    int(m.group("year")), _month_number(m.group("month")), int(m.group("day"))
                )
            except ValueError:
                continue
            found.setdefault(m.start(), DateMention(day, m.start(), m.end(), m.group(0)))
    for mention in weekday_dates(text, years=set()):
        if mention.year_given:
            for start in list(found):
                if mention.start <= start < mention.end:
                    del found[start]
            found[mention.start] = mention
    return sorted(found.values(), key=lambda m: m.start)


def embed_dates(text: str) -> list[DateMention]:
    """Full dates that date an embedded social-media post (see :data:`_EMBED_LEAD`)."""
    out = []
    for mention in full_date_mentions(text):
        lead = text[max(0, mention.start - 40) : mention.start]
        if any(m.end() == len(lead) for m in _EMBED_LEAD.finditer(lead)):
            out.append(mention)
    return out


def years_named(text: str) -> set[int]:
    """The four-digit years the text names on their own ("in 2016", "the 2016 race")."""
    return {int(m.group(0)) for m in _YEAR_ALONE.finditer(text)}


def weekday_dates(text: str, years: set[int]) -> list[DateMention]:
    """Weekday-named dates ("Tuesday, March 1"), each resolved to one date.

    A date without a year takes the one year, among those within :data:`YEAR_SLACK` of the
    latest year in ``years`` (a date without its year is of the current year), in which
    that day fell on the named weekday; when there is no such year or more than one, the
    mention is left out. A date whose year is given but whose
    weekday does not match it is left out too (a typo cannot be resolved).
    """
    out = []
    latest = max(years, default=None)
    candidates = [] if latest is None else list(range(latest - YEAR_SLACK, latest + YEAR_SLACK + 1))
    for m in _WEEKDAY_DATE.finditer(text):
        weekday = WEEKDAYS.index(m.group("weekday").lower())
        month = _month_number(m.group("month") or m.group("month2"))
        day = int(m.group("day") or m.group("day2"))
        given = m.group("year")
        pool = [int(given)] if given else candidates
        fits = []
        for year in pool:
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            if date.weekday() == weekday:
                fits.append(date)
        if len(fits) == 1:
            out.append(DateMention(fits[0], m.start(), m.end(), m.group(0), True, bool(given)))
    return out


def is_future(text: str, start: int) -> bool:
    """Whether the words before offset ``start``, in its sentence, put it in the future: a
    cue just before it ("next", "until", "will meet") or a future form earlier in the
    sentence ("will be held in ..., Friday")."""
    sentence = _SENTENCE_BREAK.split(text[max(0, start - SENTENCE_WINDOW) : start])[-1]
    return bool(_FUTURE_CUES.search(sentence[-FUTURE_WINDOW:]) or _FUTURE_SENTENCE.search(sentence))


def weekday_date_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every weekday-named date ("Tuesday, March 1"), resolved or not."""
    return [m.span() for m in _WEEKDAY_DATE.finditer(text)]


def weekday_mentions(text: str) -> list[WeekdayMention]:
    """Every weekday named in ``text`` (plurals such as "on Mondays" left out), with its
    tense read from the words before it in the same sentence."""
    out = []
    for m in _WEEKDAY.finditer(text):
        if m.group("plural"):
            continue  # a habit ("on Mondays"), not a day
        future = is_future(text, m.start())
        out.append(
            WeekdayMention(WEEKDAYS.index(m.group("weekday").lower()), m.start(), m.end(), future)
        )
    return out
