"""When it happened: the time expression governed by the event verb, as an ISO value.

The options are the sentence's time expressions: ``doc._.timexes`` when the timeline
layer is present, else spaCy DATE/TIME entities resolved by :func:`resolve_date_phrase`.
Each is scored: in the event's own clause most, a full date more than a month or a year,
a date in the fortnight before publication more than a later one, "until"/"before"/"by"
less, the nearer the verb the better; "since 2017" (a state, not the event) is skipped.
An explicit time of ``doc._.events`` for the verb wins over an option that scores less
than one in the event's clause; with no option at all, the answer is the publication
date.

Notes:
    The date resolution here is a deliberately small fallback for when the timeline
    layer is absent (weekday, "yesterday", "Month D[, YYYY]", years).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from spacy.tokens import Doc, Span

from fivews.five_ws.clauses import event_region
from fivews.five_ws.layers import Layers
from fivews.five_ws.lexicon import FiveWsLexicon
from fivews.five_ws.records import Candidate, WhenAnswer

#: A TIMEX value with at least a year (``2017``, ``2017-09``, ``2017-09-21T10:00``, ``2017-W38``).
ISO_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W\d{2})?")


# --------------------------------------------------------------------------- the answer


def time_options(sent: Span, doc: Doc, layers: Layers) -> list[dict[str, Any]]:
    """Time expressions of a sentence: from the timeline layer, else from the parse."""
    if layers.timexes:
        return [
            {**tx, "source": "timex"}
            for tx in layers.timexes
            if isinstance(tx.get("start"), int) and sent.start_char <= tx["start"] < sent.end_char
        ]
    out = []
    for ent in sent.ents:
        if ent.label_ in ("DATE", "TIME"):
            value = resolve_date_phrase(ent.text, doc._.published)
            if value:
                out.append(
                    {
                        "text": ent.text,
                        "start": ent.start_char,
                        "end": ent.end_char,
                        "type": ent.label_,
                        "value": value,
                        "source": "parse",
                    }
                )
    return out


def when_answer(cand: Candidate, doc: Doc, layers: Layers, lexicon: FiveWsLexicon) -> WhenAnswer:
    """The when of the main event: a time expression of its clause, else of its
    sentence, else the publication date."""
    published = doc._.published
    region = event_region(cand.verb, lexicon)
    best, best_score = None, float("-inf")
    for tx in time_options(cand.sentence, doc, layers):
        value = str(tx.get("value") or "")
        match = ISO_VALUE.match(value)
        if not match or tx.get("type", "DATE") not in ("DATE", "TIME"):
            continue
        span = doc.char_span(tx["start"], tx["end"], alignment_mode="expand")
        if span is None:
            continue
        value, match = _check_tense(value, match, span, published)
        score = 0.0
        if any(t.i in region for t in span):
            score += 2.0
        score += 1.0 if match.group(3) else 0.3 if match.group(2) else 0.0
        score += _recency(match, published)
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if "since" in (before, span[0].lower_):
            continue  # "since 2017" starts a state; it does not date the event
        if before in ("until", "before", "by"):
            score -= 1.0
        score -= 0.01 * abs(span.root.i - cand.verb.i)
        if score > best_score:
            best, best_score = (
                {
                    "text": tx.get("text", span.text),
                    "value": value,
                    "start": tx["start"],
                    "end": tx["end"],
                    "source": tx["source"],
                },
                score,
            )
    event_time = _event_time(cand, layers)
    if event_time is not None and (best is None or best_score < 2.0):
        return event_time
    if best is not None:
        return best
    return {
        "text": None,
        "value": published,
        "start": None,
        "end": None,
        "source": "publication" if published else None,
    }


def _check_tense(
    value: str, match: re.Match[str], span: Span, published: str | None
) -> tuple[str, re.Match[str]]:
    """Re-resolve a day placed after publication when its clause is in the past tense
    ("said on Monday it would buy": the Monday before, not after)."""
    if not published or not match.group(3) or _recency(match, published) >= 0:
        return value, match
    governor = span.root.head
    if governor.tag_ not in ("VBD", "VBN") and governor.head.tag_ not in ("VBD", "VBN"):
        return value, match
    again = resolve_date_phrase(span.text, published)
    again_match = ISO_VALUE.match(again or "")
    if again is None or again_match is None:
        return value, match
    return again, again_match


def _event_time(cand: Candidate, layers: Layers) -> WhenAnswer | None:
    """An anchored time from the events layer for the candidate's verb, if any."""
    event = layers.event_at(cand.verb)
    if event is not None:
        time = event.get("time")
        if isinstance(time, dict) and time.get("how") == "explicit" and time.get("value"):
            if ISO_VALUE.match(str(time["value"])):
                return {
                    "text": time.get("text"),
                    "value": str(time["value"]),
                    "start": None,
                    "end": None,
                    "source": "event",
                }
    return None


def _recency(match: re.Match[str], published: str | None) -> float:
    """Bonus for a date in the fortnight before publication, malus for a future one."""
    if not published or not match.group(3):
        return 0.0
    try:
        day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return 0.0
    delta = (pub - day).days
    if 0 <= delta <= 14:
        return 1.0
    return -0.5 if delta < -1 else 0.0


# --------------------------------------------------------------------------- date phrases

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_RE = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I
)
_DAY_FIRST_RE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_YEAR_RE = re.compile(rf"\b({_MONTH_RE})\.?(?:\s+(\d{{4}}))?\b", re.I)
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


def resolve_date_phrase(text: str, published: str | None) -> str | None:
    """Resolve a date phrase to an ISO value (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).

    A small fallback for when the timeline layer is absent: "today"/"tonight",
    "yesterday"/"last night", a weekday (the most recent one on or before the
    publication date), "Sept. 15[, 2017]", "15 September", "June [2017]", "2015".
    Returns None when the phrase cannot be resolved (e.g. a weekday with no date).
    """
    low = text.lower()
    try:
        pub = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        pub = None
    if pub is not None:
        if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", low):
            return pub.isoformat()
        if re.search(r"\b(yesterday|last night)\b", low):
            return (pub - dt.timedelta(days=1)).isoformat()
        for name, weekday in _WEEKDAYS.items():
            if re.search(rf"\b{name}\b", low):
                return (pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)).isoformat()
    for regex, month_group, day_group in ((_DAY_MONTH_RE, 1, 2), (_DAY_FIRST_RE, 2, 1)):
        match = regex.search(text)
        if match:
            month, day = _MONTHS[match.group(month_group).lower()], int(match.group(day_group))
            year = int(match.group(3)) if match.group(3) else (pub.year if pub else None)
            if year is None:
                return None
            try:
                value = dt.date(year, month, day)
            except ValueError:
                return None
            if not match.group(3) and pub is not None and value > pub + dt.timedelta(days=7):
                value = value.replace(year=year - 1)  # "Dec. 28" read in January
            return value.isoformat()
    match = _MONTH_YEAR_RE.search(text)
    if match and (match.group(2) or pub is not None) and len(match.group(1)) > 2:
        month = _MONTHS[match.group(1).lower()]
        if match.group(2):
            return f"{int(match.group(2)):04d}-{month:02d}"
        assert pub is not None
        year = pub.year if month <= pub.month else pub.year - 1
        return f"{year:04d}-{month:02d}"
    match = _YEAR_RE.search(text)
    return match.group(1) if match else None
