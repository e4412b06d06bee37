"""Inferring an article's publication date from its text, with the evidence and a confidence.

A date is inferred only from explicit evidence, strongest first:

1. **time stamp** (``high``): a chrome line that is a date or says when the page was
   published or updated ("Published 21 September 2017", "March 01, 2008") gives the date;
2. **dateline** (``high``): a wire dateline that carries a date ("NEW YORK, Feb. 5, 2016
   (Reuters) -", "Edmonton (November 28, 2016) -") gives the date;
3. **anchor and weekdays** (``medium``): the latest date the article reports as past is a
   lower bound ``L``: a photo caption's date (a photo is taken on or before the day it is
   published) or a weekday-named date ("on Tuesday, March 1"; wire style names the weekday
   only within the week of publication). The weekdays named as past news ("said
   Thursday") must fall on or after ``L``: the date is the earliest day from which each of
   them, taken as its most recent occurrence, does. A caption's date or a weekday-named
   date needs such a weekday to be ``medium``; alone it is ``low`` (file photos are often
   older, and a lone dated mention may be a meeting's or history's date);
4. **body date** (``low``): otherwise the latest full date in the body, of the latest year
   the text names.

An anchor older than a year the text names by more than one year is stale (a file photo, a
historical date) and only ``low``. Dates below :data:`MIN_CONFIDENCE` are not given as the
value: the evidence says what they would have been and why they are not trusted, so a
wrong date never shifts the relative dates of the timeline silently. Measured on real
articles by ``benchmarks/published.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from fivews.article.blocks import DATELINE_PARAGRAPHS
from fivews.article.dates import (
    DateMention,
    embed_dates,
    full_date_mentions,
    is_future,
    weekday_date_spans,
    weekday_dates,
    weekday_mentions,
    years_named,
)
from fivews.article.records import CONFIDENCE_LEVELS, Block, PublishedDate
from fivews.lexicon import WEEKDAYS

#: The weakest confidence whose date is given as the value.
MIN_CONFIDENCE = "medium"
#: Chrome labels whose lines state when the page was published.
STAMP_LABELS = frozenset({"timestamp", "byline"})
#: A line that states what its date is ("Published", "Updated on", "By ...").
_STAMP_WORDS = re.compile(
    r"(?:first |last )?(?:published|posted|updated|modified|by)\b", re.IGNORECASE
)
_UPDATE_WORDS = ("updated", "modified", "last")
#: Block kinds read as the article's own text.
TEXT_KINDS = frozenset({"paragraph", "subhead", "headline"})
#: A date in a paragraph's opening, closed by a dash or a bracket: a dateline's date.
_DATELINE_DATE_END = re.compile(r"^[^\n.!?]{0,20}?\)?\s*(?:[-\u2013\u2014]|--)")
#: A dateline is at most this many characters before its date.
DATELINE_CHARS = 80


def infer_published(text: str, blocks: list[Block]) -> PublishedDate:
    """Infer the publication date of ``text`` from its ``blocks``, explaining each step."""
    found = _stamp(blocks) or _dateline(blocks)
    if found is not None:
        return found
    content = [b for b in blocks if b.kind in TEXT_KINDS and b.duplicate_of is None]
    years = set().union(*(years_named(b.text) for b in blocks if b.kind != "boilerplate"))
    evidence: list[str] = []
    anchor = _anchor(blocks, content, years, evidence)
    if anchor is None:
        evidence.append("no explicit date reported as past news: nothing to anchor a date to")
        return PublishedDate(None, "inferred", evidence)
    mention, basis = anchor
    confidence = "medium" if basis in {"dated-reference", "embed"} else "low"
    lower = mention.date
    where = {
        "caption": "a photo caption",
        "dated-reference": "a weekday-named date",
        "embed": "an embedded post",
    }
    evidence.append(
        f"latest date in {where.get(basis, 'the article body')}: {mention.text!r} = "
        f"{lower.isoformat()} (the article cannot be older than what it reports)"
    )
    weekdays = _past_weekdays(content)
    day = lower
    if weekdays:
        while not all(_most_recent(day, w) >= lower for w in weekdays):
            day += dt.timedelta(days=1)
        names = ", ".join(WEEKDAYS[w].capitalize() for w in sorted(weekdays))
        evidence.append(
            f"weekdays named as past news ({names}) fall on or after it from "
            f"{day.strftime('%A')} {day.isoformat()} on: the earliest such day"
        )
        if basis == "caption":
            confidence = "medium"
    elif basis == "dated-reference":
        # One dated mention alone says nothing of how recent it is (a meeting's date, a
        # date of history): on real news it was off by more than a week as often as not.
        confidence = "low"
        evidence.append("no weekday named as past news: nothing says that date is recent news")
    else:
        evidence.append("no weekday named as past news: the date is taken to be that date")
    later = [y for y in years if y > lower.year + 1]
    if later:
        confidence = "low"
        evidence.append(
            f"the text names {max(later)}, more than a year later: the date may be a file "
            "photo's or a past event's"
        )
    return _decide(day, confidence, basis, evidence)


def _decide(day: dt.date, confidence: str, basis: str, evidence: list[str]) -> PublishedDate:
    """Give the date as the value when its confidence reaches :data:`MIN_CONFIDENCE`."""
    if CONFIDENCE_LEVELS.index(confidence) <= CONFIDENCE_LEVELS.index(MIN_CONFIDENCE):
        return PublishedDate(day.isoformat(), "inferred", evidence, confidence, basis)
    evidence.append(
        f"{day.isoformat()} rests on {confidence}-confidence evidence only: no date is given"
    )
    return PublishedDate(None, "inferred", evidence, None, basis)


def _stamp(blocks: list[Block]) -> PublishedDate | None:
    """The date of the first time-stamp (or dated byline) line, if any.

    A line that only says when the page was updated gives a ``medium`` date (an update
    follows publication); a bare date counts only above the first paragraph (further
    down it dates a correction or a live-blog entry).
    """
    first_paragraph = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"), len(blocks))
    for i, block in enumerate(blocks):
        if block.kind != "boilerplate" or block.label not in STAMP_LABELS:
            continue
        dates = full_date_mentions(block.text)
        if not dates:
            continue
        stated = _STAMP_WORDS.match(block.text)
        if stated is None and i > first_paragraph:
            continue
        updated = stated is not None and stated.group(0).lower().startswith(_UPDATE_WORDS)
        day = dates[0].date
        evidence = [f"time-stamp line {block.text!r} gives {day.isoformat()}"]
        if updated:
            evidence.append("it says when the page was updated: publication was then or before")
        return PublishedDate(
            day.isoformat(), "inferred", evidence, "medium" if updated else "high", "timestamp"
        )
    return None


def _dateline(blocks: list[Block]) -> PublishedDate | None:
    """The date carried by the dateline of one of the first paragraphs, if any."""
    paragraphs = [b for b in blocks if b.kind == "paragraph"][:DATELINE_PARAGRAPHS]
    for block in paragraphs:
        for mention in full_date_mentions(block.text[:DATELINE_CHARS]):
            closes = _DATELINE_DATE_END.match(block.text[mention.end :])
            inside = block.dateline is not None and mention.end <= block.dateline.end - block.start
            if closes or inside:
                day = mention.date
                evidence = [
                    f"the dateline {block.text[: mention.end]!r} carries the date {day.isoformat()}"
                ]
                return PublishedDate(day.isoformat(), "inferred", evidence, "high", "dateline")
    return None


def _anchor(
    blocks: list[Block], content: list[Block], years: set[int], evidence: list[str]
) -> tuple[DateMention, str] | None:
    """The latest date reported as past, with its basis, or None.

    Captions' full dates and weekday-named dates in the text come first; the body's full
    dates of the latest year the text names are the fall-back.
    """
    captions = [b for b in blocks if b.kind == "caption" and b.duplicate_of is None]
    anchors: list[tuple[DateMention, str]] = [
        (m, "caption") for b in captions for m in full_date_mentions(b.text)
    ]
    anchors += [(m, "dated-reference") for m in _past_weekday_dates(content, years)]
    anchors += [(m, "embed") for b in content for m in embed_dates(b.text)]
    if anchors:
        return max(anchors, key=lambda a: (a[0].date, a[1] == "dated-reference"))
    if not years:
        return None
    latest_year = max(years)
    body = [m for b in content for m in full_date_mentions(b.text) if m.date.year == latest_year]
    if not body:
        return None
    return max(body, key=lambda m: m.date), "body-date"


def _past_weekday_dates(content: Iterable[Block], years: set[int]) -> list[DateMention]:
    """Weekday-named dates ("Tuesday, March 1") not marked as still to come."""
    out = []
    for block in content:
        out += [m for m in weekday_dates(block.text, years) if not is_future(block.text, m.start)]
    return out


def _most_recent(day: dt.date, weekday: int) -> dt.date:
    """The latest date on or before ``day`` that falls on ``weekday`` (0 = Monday)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def _past_weekdays(content: Iterable[Block]) -> set[int]:
    """Weekdays named as past news in the text, outside weekday-named dates."""
    found: set[int] = set()
    for block in content:
        dated = weekday_date_spans(block.text)
        for mention in weekday_mentions(block.text):
            if mention.future or any(s <= mention.start < e for s, e in dated):
                continue
            found.add(mention.weekday)
    return found
