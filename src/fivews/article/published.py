"""Inferring an article's publication date from its text, with the reasoning."""

from __future__ import annotations

import datetime as dt
import re

from fivews.article.records import Block, PublishedDate
from fivews.lexicon import MONTH_NAMES_RE, MONTHS, WEEKDAYS

#: "Sept. 15, 2017" / "September 15 2017"
_DATE_MDY = re.compile(
    rf"\b(?P<month>{MONTH_NAMES_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: "15 September 2017"
_DATE_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH_NAMES_RE})\.?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: "2017-09-15"
_DATE_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
_WEEKDAY_RE = re.compile(
    r"\b(?P<before>next|this coming|coming|until|by|on or before)?\s*"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b",
    re.IGNORECASE,
)

# ------------------------------------------------------------------ publication date


def find_full_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Return ``(date, start, end)`` for every explicit calendar date with a year."""
    found = []
    for regex in (_DATE_MDY, _DATE_DMY, _DATE_ISO):
        for m in regex.finditer(text):
            month = m.group("month")
            month_no = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            try:
                day = dt.date(int(m.group("year")), month_no, int(m.group("day")))
            except ValueError:
                continue
            found.append((day, m.start(), m.end()))
    return sorted(found, key=lambda x: x[1])


def infer_published(text: str, blocks: list[Block]) -> PublishedDate:
    """Infer the publication date from the text, explaining each step.

    Reasoning, in order of strength:

    1. a time-stamp line ("Published 21 September 2017") gives the date itself;
    2. otherwise the latest full date in captions and datelines (a photo is taken on or
       before the day it is published) is a lower bound ``L``; without one, the latest
       full date in the body is used;
    3. weekday names in news copy ("said Thursday") refer to the past week; the
       publication date is the earliest day on or after ``L`` from which every weekday
       mentioned, taken as its most recent occurrence, falls on or after ``L``.

    Without any explicit date there is nothing to anchor weekdays to: the value is None.
    """
    evidence: list[str] = []
    stamps = [b for b in blocks if b.kind == "boilerplate" and b.label == "timestamp"]
    for block in stamps:
        dates = find_full_dates(block.text)
        if dates:
            day = dates[0][0]
            evidence.append(f"time-stamp line {block.text!r} gives {day.isoformat()}")
            return PublishedDate(day.isoformat(), "inferred", evidence)

    def dates_in(kinds: set[str]) -> list[tuple[dt.date, str]]:
        out = []
        for b in blocks:
            if b.kind in kinds and b.duplicate_of is None:
                out += [(d, b.text[s:e]) for d, s, e in find_full_dates(b.text)]
        return out

    anchors = dates_in({"caption"})
    where = "caption"
    paragraph_starts = [
        (d, b.text[s:e])
        for b in blocks
        if b.kind == "paragraph"
        for d, s, e in find_full_dates(b.text[:60])
    ]
    if paragraph_starts:
        anchors += paragraph_starts
        where = "caption or dateline"
    if not anchors:
        anchors = dates_in({"paragraph", "subhead", "headline"})
        where = "article body"
    if not anchors:
        evidence.append("no explicit calendar date in the text: nothing to anchor a date to")
        return PublishedDate(None, "inferred", evidence)
    lower, phrase = max(anchors, key=lambda a: a[0])
    evidence.append(
        f"latest explicit date in a {where}: {phrase!r} = {lower.isoformat()} "
        "(the article cannot be older than what it reports)"
    )

    weekdays = _past_weekdays(text, blocks)
    if not weekdays:
        evidence.append("no weekday mentions: the publication date is taken to be that date")
        return PublishedDate(lower.isoformat(), "inferred", evidence)
    names = ", ".join(
        sorted(
            {WEEKDAYS[w].capitalize() for w in weekdays}, key=lambda n: WEEKDAYS.index(n.lower())
        )
    )
    day = lower
    while not all(_most_recent(day, w) >= lower for w in weekdays):
        day += dt.timedelta(days=1)
    evidence.append(
        f"weekdays mentioned as past news ({names}) must fall on or after {lower.isoformat()}"
    )
    evidence.append(
        f"earliest such day: {day.strftime('%A')} {day.isoformat()}, when each named weekday "
        "is within the past week"
    )
    return PublishedDate(day.isoformat(), "inferred", evidence)


def _most_recent(day: dt.date, weekday: int) -> dt.date:
    """The latest date on or before ``day`` that falls on ``weekday`` (0 = Monday)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def _past_weekdays(text: str, blocks: list[Block]) -> set[int]:
    """Weekdays named in content blocks, except those marked as future ("next Friday")."""
    found: set[int] = set()
    for b in blocks:
        if b.kind not in {"paragraph", "subhead", "headline"} or b.duplicate_of is not None:
            continue
        for m in _WEEKDAY_RE.finditer(b.text):
            if m.group("before"):
                continue
            found.add(WEEKDAYS.index(m.group("weekday").lower()))
    return found
