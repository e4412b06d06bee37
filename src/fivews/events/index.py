"""Where the other layers' results sit in the Doc: timexes, entities and claims, indexed once.

:class:`LayerIndex` reads ``doc._.timexes``, ``doc._.entities`` (spaCy's ``doc.ents``
when that layer is empty) and ``doc._.claims`` once per Doc and answers look-ups by
token or character: the timexes of a sentence with their syntactic head, the entity
mention covering a token, the innermost claim covering a character.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from fivews.events.dates import ISO_START
from fivews.events.labels import PLACE_LABELS
from fivews.events.parse import DocParse
from fivews.structure import doc_text

#: Timex types that can anchor an event on a calendar.
ANCHOR_TYPES: frozenset[str] = frozenset({"DATE", "TIME"})
#: Preferred anchor type order (lower is better) when one clause has several timexes.
TYPE_RANK: dict[str, int] = {"DATE": 0, "TIME": 0, "DURATION": 1, "SET": 3}

#: An entity mention at a token: (entity id or None, label, mention start, mention end).
EntityHit = tuple[str | None, str, int, int]


@dataclass
class IndexedTimex:
    """A timex of ``doc._.timexes`` with the tokens it sits on."""

    data: dict[str, Any]
    head_i: int | None
    start_i: int
    anchors: bool  # can it place an event on the calendar?

    def rank(self, head_i: int) -> tuple[int, int]:
        """Sort key for an event headed at ``head_i``: anchor type, then distance."""
        return (TYPE_RANK.get(str(self.data.get("type")), 2), abs(self.start_i - head_i))


class LayerIndex:
    """Per-Doc indexes of the other layers' results, built once.

    Attributes:
        text: the Doc's text (``Doc.text`` is rebuilt from all tokens on every access).
        entity_at: token index -> :data:`EntityHit` of the first mention covering it.
        entities: entity id -> the ``doc._.entities`` dict.
        timexes: the timexes in ``doc._.timexes`` order; ``timexes_in`` the same by
            sentence start (a clause is only ever anchored inside its sentence).
        claims: ``(start, end, id)`` of each claim's content, sorted by start.
    """

    def __init__(self, doc: Doc, parse: DocParse) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.parse = parse
        self.entity_at, self.entities = _entity_index(doc)
        self.timexes = _timex_index(doc)
        self.timexes_in: dict[int, list[IndexedTimex]] = {}
        for tx in self.timexes:
            if tx.head_i is not None:
                self.timexes_in.setdefault(self.parse.sent_of[tx.head_i], []).append(tx)
        self.claims = _claim_spans(doc._.claims or [])

    def place_entity(self, tok: Token) -> EntityHit | None:
        """The place entity whose mention covers ``tok``, as (id, label, start, end)."""
        hit = self.entity_at.get(tok.i)
        return hit if hit is not None and hit[1] in PLACE_LABELS else None

    def claim_of(self, char: int) -> str | None:
        """The id of the innermost claim whose content covers ``char``."""
        best: tuple[int, str] | None = None
        for start, end, claim_id in self.claims:
            if start > char:
                break
            if start <= char < end and (best is None or end - start < best[0]):
                best = (end - start, claim_id)
        return best[1] if best else None


def _timex_index(doc: Doc) -> list[IndexedTimex]:
    """The doc's timexes with their syntactic head token (the one attached outside)."""
    out = []
    for tx in doc._.timexes or []:
        span = doc.char_span(int(tx["start"]), int(tx["end"]), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = span.root
        out.append(IndexedTimex(dict(tx), head.i, span.start, anchors_on_calendar(tx)))
    return out


def anchors_on_calendar(tx: Mapping[str, Any]) -> bool:
    """A timex places an event on the calendar if it has a date value or an interval."""
    if tx.get("interval"):
        return True
    return tx.get("type") in ANCHOR_TYPES and bool(ISO_START.match(str(tx.get("value") or "")))


def _entity_index(doc: Doc) -> tuple[dict[int, EntityHit], dict[str, dict[str, Any]]]:
    """Token index -> (entity id, label, mention start, end), from ``doc._.entities``.

    When the entities layer is empty, spaCy's own ``doc.ents`` are used (entity id None).
    A token in several mentions keeps the first (entities in list order, then mentions).
    """
    at: dict[int, EntityHit] = {}
    by_id: dict[str, dict[str, Any]] = {}
    entities = doc._.entities or []
    if entities:
        for ent in entities:
            by_id[str(ent.get("id"))] = ent
            for mention in ent.get("mentions", []):
                span = doc.char_span(
                    int(mention["start"]), int(mention["end"]), alignment_mode="expand"
                )
                if span is None:
                    continue
                for tok in span:
                    at.setdefault(
                        tok.i,
                        (ent.get("id"), str(ent.get("label")), mention["start"], mention["end"]),
                    )
    else:
        for ent in doc.ents:
            for tok in ent:
                at.setdefault(tok.i, (None, ent.label_, ent.start_char, ent.end_char))
    return at, by_id


def _claim_spans(claims: Sequence[Mapping[str, Any]]) -> list[tuple[int, int, str]]:
    """``(start, end, id)`` of each claim's content, sorted by start."""
    spans = []
    for claim in claims:
        content = claim.get("content") or {}
        start, end = content.get("start"), content.get("end")
        if start is None or end is None or claim.get("id") is None:
            continue
        spans.append((int(start), int(end), str(claim["id"])))
    spans.sort()
    return spans
