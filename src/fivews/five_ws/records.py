"""The records of the five Ws layer: what ``doc._.main_event`` holds, and a candidate.

``doc._.main_event`` is a :class:`MainEvent` (``{}`` for an empty document); its answers
are the small dicts below, in the key order the component writes them. A
:class:`Candidate` is the working record of one candidate main event while it is scored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypedDict

from spacy.tokens import Span, Token


class WhoAnswer(TypedDict, total=False):
    """Who did it: the subject phrase, linked to an entity of ``doc._.entities`` if any.

    ``name`` is absent when there is no subject.
    """

    text: str | None
    start: int | None
    end: int | None
    entity: str | None
    name: str | None
    label: str | None


class WhatAnswer(TypedDict):
    """What was done: a short verb phrase and the verb's lemma."""

    text: str | None
    start: int | None
    end: int | None
    lemma: str | None


class WhenAnswer(TypedDict):
    """When: a time expression with its ISO value, or the publication date.

    ``source`` is ``timex``, ``parse``, ``event``, ``retold`` (the event told again in a
    later sentence), ``lead`` (a day of the week before publication named in the body
    sentence before the event's) or ``publication``.
    """

    text: str | None
    value: str | None
    start: int | None
    end: int | None
    source: str | None


class WhereAnswer(TypedDict):
    """Where: a place mention with its entity and coordinates when known.

    ``source`` is ``sentence``, ``dateline``, ``lead`` or ``salience``.
    """

    text: str | None
    start: int | None
    end: int | None
    entity: str | None
    name: str | None
    lat: float | None
    lon: float | None
    source: str | None


class PhraseAnswer(TypedDict):
    """Why or how: a phrase of the article with its character offsets."""

    text: str
    start: int
    end: int


class HeadlineEvidence(TypedDict):
    """The headline the main event was matched with: ``source`` ``"title"`` for a title
    given apart from the text (``start`` and ``end`` None: it is not in the text), or
    ``"text"`` for the text's own headline lines (their offsets)."""

    text: str
    source: str
    start: int | None
    end: int | None


class Evidence(TypedDict, total=False):
    """The sentence the main event was read from (``kind``: ``headline`` or ``lead``, or
    ``title`` for a title given apart: ``start`` and ``end`` None, it is not in the
    text), and the headline read beside it (``headline``, when the article has one)."""

    sentence: str
    start: int | None
    end: int | None
    kind: str
    headline: HeadlineEvidence


class CandidateRecord(TypedDict):
    """One of the best candidates, as stored: its who and what, score and reasons."""

    who: str | None
    what: str
    score: float
    kind: str
    rank: int
    reasons: list[str]


class MainEvent(TypedDict, total=False):
    """``doc._.main_event``: the five Ws of the article's main event.

    ``why`` and ``how`` are present only when found; an empty document gives ``{}``.
    """

    who: WhoAnswer
    what: WhatAnswer
    when: WhenAnswer
    where: WhereAnswer
    why: PhraseAnswer
    how: PhraseAnswer
    evidence: Evidence
    candidates: list[CandidateRecord]


@dataclass
class Candidate:
    """One candidate main event: a verb with its subject in a lead or headline sentence.

    Attributes:
        verb: the event verb.
        subject: the subject phrase (after pronoun resolution), or None.
        what: the short verb phrase.
        sentence: the sentence it comes from.
        kind: ``"headline"`` or ``"lead"``.
        rank: the sentence's rank in the body (0 = lead sentence); 0 for headlines.
        score: the total score; ``reasons`` lists the parts that made it.
        saying: whether the verb is a verb of saying ("X said ...", "X told ...").
        opener: ``"deck"`` for a body sentence before the lead
            (:mod:`fivews.five_ws.openers`), else None.
        tells_headline: whether its verb is the headline's predicate or its subject the
            headline's agent or speaker (:func:`fivews.five_ws.headline.score_headline_match`).
    """

    verb: Token
    subject: Span | None
    what: Span
    sentence: Span
    kind: str
    rank: int
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    saying: bool = False
    opener: str | None = None
    tells_headline: bool = False

    def add(self, points: float, reason: str) -> None:
        """Add ``points`` to the score and remember why."""
        if points:
            self.score += points
            self.reasons.append(f"{reason} {points:+.2f}")


def linked_span(span: Span, entity: Mapping[str, Any] | None) -> dict[str, Any]:
    """An answer's text and offsets, with the id and name of its entity when it has one."""
    return {
        "text": span.text,
        "start": span.start_char,
        "end": span.end_char,
        "entity": entity.get("id") if entity else None,
        "name": entity.get("name") if entity else None,
    }


def phrase_answer(span: Span) -> PhraseAnswer:
    """A why or how answer: the phrase's text and character offsets."""
    return {"text": span.text, "start": span.start_char, "end": span.end_char}
