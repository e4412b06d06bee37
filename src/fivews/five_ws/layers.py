"""What the other fivews layers found on a Doc, read defensively, and cached per Doc.

:class:`Layers` is built once per Doc by the component: it reads ``doc._.entities``,
``doc._.timexes``, ``doc._.claims`` and ``doc._.events`` (any may be ``None`` or
malformed, which counts as empty), the claims' cue, source and content ranges, the
direct quotations and the dateline, and caches what the rules ask for many times
(entity at a span, the sections, sentence lemmas, noun chunks).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from fivews.five_ws.dateline import dateline_tokens, find_dateline
from fivews.five_ws.phrases import content_lemmas
from fivews.structure import doc_text

#: Direct quotations (curly or straight double quotes) on one line.
QUOTE_RE = re.compile(r"\u201c[^\u201d\n]*\u201d?|\"[^\"\n]*\"")


@dataclass
class Layers:
    """What the other fivews layers found, read defensively (any may be empty)."""

    entities: list[dict[str, Any]]
    timexes: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    events: list[dict[str, Any]]
    cue_ranges: list[tuple[int, int]]
    source_ranges: list[tuple[int, int]]
    content_ranges: list[tuple[int, int]]
    quote_ranges: list[tuple[int, int]]
    max_salience: float
    dateline: range = range(0)
    #: ``doc.text`` (spaCy rebuilds it from every token on each access), when known.
    text: str | None = None
    #: :func:`find_dateline`'s answer, computed once per Doc (``False``: not yet asked).
    dateline_chars: tuple[int, int, int] | None | bool = False
    #: :func:`fivews.five_ws.candidates.lead_and_headline`'s answer, computed once per Doc.
    sections: tuple[list[Span], list[Span]] | None = None
    #: :func:`content_lemmas` of a sentence by (start, end): each candidate compares
    #: itself with the same few headline and lead sentences.
    sentence_lemmas: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    #: ``list(doc.noun_chunks)`` once asked (spaCy chunks the whole Doc on each call).
    noun_chunks: list[Span] | None = None
    #: ``(entity, mention)`` of every entity mention, in layer order (see entity_at).
    mention_list: list[tuple[dict[str, Any], dict[str, Any]]] | None = None

    def lemmas_of(self, sent: Span) -> set[str]:
        """:func:`content_lemmas` of ``sent``, computed once per sentence."""
        key = (sent.start, sent.end)
        found = self.sentence_lemmas.get(key)
        if found is None:
            found = self.sentence_lemmas[key] = content_lemmas(sent)
        return found

    @classmethod
    def from_doc(cls, doc: Doc, text: str | None = None) -> Layers:
        """Collect the layers of ``doc`` (``None`` or malformed layers count as empty).

        ``text`` is ``doc.text`` when the caller has it already (it is read once here).
        """
        text = doc_text(doc) if text is None else text
        found = find_dateline(doc, text)
        entities = dicts_in(doc._.entities)
        claims = dicts_in(doc._.claims)
        cues, sources, contents = [], [], []
        for claim in claims:
            for key, bucket in (("cue", cues), ("source", sources), ("content", contents)):
                bucket.extend(_ranges(claim.get(key)))
            # The claims layer may give the cue as a string with cue_start/cue_end.
            if isinstance(claim.get("cue_start"), int) and isinstance(claim.get("cue_end"), int):
                cues.append((claim["cue_start"], claim["cue_end"]))
        saliences = [float(e.get("salience") or 0.0) for e in entities]
        return cls(
            entities=entities,
            timexes=dicts_in(doc._.timexes),
            claims=claims,
            events=dicts_in(doc._.events),
            cue_ranges=cues,
            source_ranges=sources,
            content_ranges=contents,
            quote_ranges=[m.span() for m in QUOTE_RE.finditer(text)],
            max_salience=max(saliences, default=0.0),
            dateline=dateline_tokens(doc, found),
            text=text,
            dateline_chars=found,
        )

    def find_dateline(self, doc: Doc) -> tuple[int, int, int] | None:
        """:func:`find_dateline` of ``doc``, looked up once."""
        if self.dateline_chars is False:
            self.dateline_chars = find_dateline(doc, self.text)
        return self.dateline_chars  # type: ignore[return-value]

    def event_at(self, verb: Token) -> dict[str, Any] | None:
        """The events-layer record whose trigger is ``verb`` (or whose text holds it)."""
        for event in self.events:
            trigger = event.get("trigger")
            if isinstance(trigger, dict) and isinstance(trigger.get("start"), int):
                if trigger["start"] <= verb.idx < int(trigger.get("end", trigger["start"] + 1)):
                    return event
        return None

    def entity_at(self, start: int, end: int, labels: Iterable[str] | None = None) -> dict | None:
        """Return the entity with a mention overlapping ``[start, end)`` (largest overlap)."""
        if self.mention_list is None:  # flattened once: many spans are looked up per Doc
            self.mention_list = [
                (entity, mention)
                for entity in self.entities
                for mention in dicts_in(entity.get("mentions"))
            ]
        best, best_overlap = None, 0
        for entity, mention in self.mention_list:
            if labels is not None and entity.get("label") not in labels:
                continue
            overlap = min(end, int(mention.get("end", -1))) - max(
                start, int(mention.get("start", -1))
            )
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
        return best


def dicts_in(value: Any) -> list[dict[str, Any]]:
    """The dict items of a layer value (``None`` and non-dicts are skipped)."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def _ranges(value: Any) -> list[tuple[int, int]]:
    """Character ranges in a claim field: a dict with start/end, or a list of them."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if (
            isinstance(item, dict)
            and isinstance(item.get("start"), int)
            and isinstance(item.get("end"), int)
        ):
            out.append((item["start"], item["end"]))
    return out


def in_ranges(char: int, ranges: Iterable[tuple[int, int]]) -> bool:
    """Whether the character offset ``char`` falls in one of ``ranges``."""
    return any(start <= char < end for start, end in ranges)
