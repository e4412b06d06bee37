"""When it happened: the time expression governed by the event verb, as an ISO value.

The options are the sentence's time expressions: ``doc._.timexes`` when the timeline
layer is present, else spaCy DATE/TIME entities resolved by :func:`resolve_date_phrase`.
Each is scored: in the event's own clause most, a full date more than a month or a year,
a date in the fortnight before publication more than a later one, "until"/"before"/"by"
less, the nearer the verb the better; "since 2017" (a state, not the event), a year,
month or quarter outside the event's clause (background) and a holiday that names a
thing ("a Christmas market") are skipped.
An explicit time of ``doc._.events`` for the verb wins over an option that scores less
than one in the event's clause; with no option at all, the time of the event told again
in a next sentence (:func:`retold_time`), else a day of the week before publication that
the sentence before the event's names (:func:`lead_day`), else the publication date.

Without the timeline layer, a DATE/TIME entity's phrase is resolved on its own by
the timeline layer's tagger (:func:`resolve_date_phrase`), without its sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.tokens import Span

from fivews.five_ws.clauses import event_region_of
from fivews.five_ws.layers import event_at
from fivews.five_ws.lexicon import FiveWsLexicon
from fivews.five_ws.records import Candidate, WhenAnswer
from fivews.structure import DocReader
from fivews.timeline import tag_timexes

#: A TIMEX value with at least a year (``2017``, ``2017-09``, ``2017-09-21T10:00``, ``2017-W38``).
ISO_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W\d{2})?")
#: How many body sentences after the event's are searched for its retelling's time.
RETOLD_SENTENCES = 5
#: The date part of a TIMEX value: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
DATE_PART = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?!\d)")


# --------------------------------------------------------------------------- the answer


def time_options(sent: Span, reader: DocReader) -> list[dict[str, Any]]:
    """Time expressions of a sentence: from the timeline layer, else from the parse."""
    timexes = reader.layers.timexes
    if timexes:
        return [
            {**tx, "source": "timex"}
            for tx in timexes
            if isinstance(tx.get("start"), int) and sent.start_char <= tx["start"] < sent.end_char
        ]
    out = []
    for ent in reader.ents_in(sent.start, sent.end):
        if ent.label_ in ("DATE", "TIME"):
            value = resolve_date_phrase(ent.text, reader.extension("published"))
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


def when_answer(cand: Candidate, reader: DocReader, lexicon: FiveWsLexicon) -> WhenAnswer:
    """The when of the main event: a time expression of its clause, else of its
    sentence, else the publication date."""
    doc, published = reader.doc, reader.extension("published")
    region = event_region_of(reader, cand.verb, lexicon)
    best, best_score = None, float("-inf")
    for tx in time_options(cand.sentence, reader):
        value = str(tx.get("value") or "")
        match = ISO_VALUE.match(value)
        if not match or tx.get("type", "DATE") not in ("DATE", "TIME"):
            continue
        span = doc.char_span(tx["start"], tx["end"], alignment_mode="expand")
        if span is None:
            continue
        if modifies_a_thing(span, lexicon):
            continue  # "a Christmas market", "the Winter Night Shelter": no date of the event
        value, match = _check_tense(value, match, span, published)
        score = 0.0
        if any(t.i in region for t in span):
            score += 2.0
        elif not match.group(3):
            continue  # a year, month or quarter outside the event's clause is background
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
    event_time = _event_time(cand, reader)
    if event_time is not None and (best is None or best_score < 2.0):
        return event_time
    if best is not None:
        return best
    retold = retold_time(cand, reader, lexicon)
    if retold is not None:
        return retold
    told_before = lead_day(cand, reader)
    if told_before is not None:
        return told_before
    return {
        "text": None,
        "value": published,
        "start": None,
        "end": None,
        "source": "publication" if published else None,
    }


def modifies_a_thing(span: Span, lexicon: FiveWsLexicon) -> bool:
    """Whether a time expression only modifies a noun that is no time ("a Christmas
    market", "the Winter Night Shelter", "the 2012 attacks"): it names or describes a
    thing and does not date the event. "Thursday morning" (a time noun) still dates it."""
    root = span.root
    head = root.head
    if root.dep_ not in ("compound", "nmod", "amod", "nummod") or head.i in range(
        span.start, span.end
    ):
        return False
    if head.pos_ not in ("NOUN", "PROPN") or head.i < root.i:
        return False
    return head.lower_ not in lexicon.time_words and head.ent_type_ not in ("DATE", "TIME")


def retold_time(cand: Candidate, reader: DocReader, lexicon: FiveWsLexicon) -> WhenAnswer | None:
    """The time of the same event told again in one of the next body sentences: a verb
    with the event verb's lemma ("ISIS has released a video" ... "The video, released
    in late November"), or, for a verb of saying, another verb of saying ("Carson says
    ..." ... "the candidate told CBS on Sunday"), with a time expression of its own
    clause."""
    from fivews.five_ws.candidates import article_sections  # candidates imports when

    _, body = article_sections(reader)
    after = [s for s in body if s.start >= cand.sentence.end][:RETOLD_SENTENCES]
    lemma = cand.verb.lemma_.lower()
    saying = lemma in lexicon.reporting_verbs
    doc, published = reader.doc, reader.extension("published")
    for sent in after:
        options = time_options(sent, reader)
        if not options:
            continue
        for verb in sent:
            if verb.pos_ != "VERB":
                continue
            other = verb.lemma_.lower()
            if other != lemma and not (saying and other in lexicon.reporting_verbs):
                continue
            region = event_region_of(reader, verb, lexicon)
            for tx in options:
                span = doc.char_span(tx["start"], tx["end"], alignment_mode="expand")
                value = str(tx.get("value") or "")
                if span is None or not ISO_VALUE.match(value) or span.root.i not in region:
                    continue
                if modifies_a_thing(span, lexicon):
                    continue
                match = ISO_VALUE.match(value)
                assert match is not None
                value, _ = _check_tense(value, match, span, published)
                return {
                    "text": tx.get("text", span.text),
                    "value": value,
                    "start": tx["start"],
                    "end": tx["end"],
                    "source": "retold",
                }
    return None


#: How many days before publication a day named in an earlier lead sentence may lie.
LEAD_DAY_WINDOW = 7


def lead_day(cand: Candidate, reader: DocReader) -> WhenAnswer | None:
    """A day named in the body sentence before the event's, when the event's own
    sentence and its retellings name none: "A megamerger announced Monday would ...
    The deal immediately sparked criticism" — the news of the day the lead names. Only
    a full date in the week before publication counts (a background date does not)."""
    from fivews.five_ws.candidates import article_sections  # candidates imports when

    published = reader.extension("published")
    if cand.kind != "lead" or not published:
        return None
    _, body = article_sections(reader)
    before = [s for s in body if s.end <= cand.sentence.start][-1:]
    doc = reader.doc
    for sent in before:
        for tx in time_options(sent, reader):
            value = str(tx.get("value") or "")
            match = ISO_VALUE.match(value)
            span = doc.char_span(tx["start"], tx["end"], alignment_mode="expand")
            if match is None or span is None or not match.group(3):
                continue
            value, match = _check_tense(value, match, span, published)
            try:
                day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
                delta = (dt.date.fromisoformat(published[:10]) - day).days
            except (ValueError, TypeError):
                continue
            if 0 <= delta <= LEAD_DAY_WINDOW:
                return {
                    "text": tx.get("text", span.text),
                    "value": value,
                    "start": tx["start"],
                    "end": tx["end"],
                    "source": "lead",
                }
    return None


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


def _event_time(cand: Candidate, reader: DocReader) -> WhenAnswer | None:
    """An anchored time from the events layer for the candidate's verb, if any."""
    event = event_at(reader, cand.verb)
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


def resolve_date_phrase(text: str, published: str | None) -> str | None:
    """Resolve a date phrase to an ISO value (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).

    The phrase is tagged by the timeline layer's tagger (:func:`fivews.timeline.tag_timexes`)
    against the publication date; the first time expression's value is reduced to its
    date part ("last night" is ``2019-03-11TNI``, read as ``2019-03-11``; a week
    ``2019-W10`` as its year). Returns None when the phrase has no time expression or
    its value has no year (a weekday without a publication date, "recently").
    """
    timexes = tag_timexes(text, published)
    if not timexes:
        return None
    match = DATE_PART.match(str(timexes[0].get("value") or ""))
    return match.group(0) if match else None
