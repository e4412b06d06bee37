"""Entity mentions: which ``doc._.entities`` entity a source names, and which actors and
places a claim's content mentions.

When ``doc._.entities`` exists, ``source.entity`` is the id of the entity whose mention
covers the source phrase's head, and ``source.name`` that entity's name
(:func:`_entity_for`); ``about`` lists the entities mentioned in the content
(:func:`mentioned_in`). Mentions are looked up by binary search (:class:`_Mentions`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from fivews.claims.docindex import _INDEX_CACHE, _doc_ents, _extension
from fivews.claims.records import AboutRecord
from fivews.claims.tokens import _strip_det

#: Entity labels of the things a claim can be about (the source -> subject network).
SUBJECT_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _entity_for(
    doc: Doc, span: tuple[int, int] | None, head: tuple[int, int] | None = None
) -> dict[str, Any] | None:
    """The entity from ``doc._.entities`` that the source span names.

    The entity with a mention over the span's syntactic head wins ("the Britain-based
    Syrian Observatory…" is the Observatory, not Britain); else the largest overlap (the
    first such mention in the entities' order on a tie).
    """
    mentions = _source_mentions(doc)
    if mentions is None or span is None:
        return None
    start, end = span
    best: tuple[int, int, int] = (0, 0, 0)
    found: dict[str, Any] | None = None
    for m_start, m_end, order, entity in mentions.overlapping(start, end):
        on_head = head is not None and m_start < head[1] and head[0] < m_end
        if head is not None and not on_head:
            continue  # "Turkish officials" are not the entity "Turkish"
        key = (int(on_head), min(end, m_end) - max(start, m_start), -order)
        if key[:2] > (0, 0) and key > best:
            best, found = key, entity
    return found


@dataclass(frozen=True)
class _Mentions:
    """Entity mentions ``(start, end, order, entity)`` sorted by start (then ``order``, the
    entities' and their mentions' own order), found by binary search instead of a scan
    over every mention of every entity for each claim."""

    items: list[tuple[int, int, int, dict[str, Any]]]
    starts: list[int]
    longest: int  # the longest mention: none that starts before ``start - longest`` overlaps

    @classmethod
    def of(cls, items: list[tuple[int, int, int, dict[str, Any]]]) -> _Mentions:
        items = sorted(items, key=lambda m: (m[0], m[2]))
        return cls(
            items=items,
            starts=[m[0] for m in items],
            longest=max((max(m[1] - m[0], 0) for m in items), default=0),
        )

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, int, dict[str, Any]]]:
        """The mentions with ``m_start < end`` and ``start < m_end``."""
        lo = bisect.bisect_right(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end, lo)
        return [m for m in self.items[lo:hi] if start < m[1]]

    def within(self, start: int, end: int) -> list[tuple[int, int, int, dict[str, Any]]]:
        """The mentions with ``start <= m_start`` and ``m_end <= end``, by start.

        (Mentions end after they start, so none that starts after ``end`` qualifies.)
        """
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end, lo)
        return [m for m in self.items[lo:hi] if m[1] <= end]


def _source_mentions(doc: Doc) -> _Mentions | None:
    """The mentions :func:`_entity_for` reads (an entity without any is its own mention),
    None without entities; made once per Doc while ``match`` runs."""
    entities = _extension(doc, "entities")
    if not entities:
        return None
    index = _INDEX_CACHE.get(id(doc))
    found = index.memo.get(("source_mentions",)) if index is not None else None
    if found is None:
        items = []
        for entity in entities:
            for m in entity.get("mentions") or [entity]:
                m_start, m_end = m.get("start"), m.get("end")
                if m_start is not None and m_end is not None:
                    items.append((m_start, m_end, len(items), entity))
        found = _Mentions.of(items)
        if index is not None:
            index.memo["source_mentions",] = found
    return found


def _subject_mentions(doc: Doc, entities: list[dict[str, Any]]) -> _Mentions:
    """The mentions :func:`mentioned_in` reads: those of entities with a subject label
    (or none), each with ``{"name", "id"}`` as its entity; made once per Doc while
    ``match`` runs."""
    index = _INDEX_CACHE.get(id(doc))
    found = index.memo.get(("subject_mentions",)) if index is not None else None
    if found is None:
        items = []
        for entity in entities:
            if entity.get("label") and entity["label"] not in SUBJECT_LABELS:
                continue
            for m in entity.get("mentions") or []:
                if m.get("start") is not None:
                    items.append(
                        (
                            m["start"],
                            m["end"],
                            len(items),
                            {
                                "name": entity.get("name") or m.get("text", ""),
                                "id": entity.get("id"),
                            },
                        )
                    )
        found = _Mentions.of(items)
        if index is not None:
            index.memo["subject_mentions",] = found
    return found


def mentioned_in(doc: Doc, start: int | None, end: int | None) -> list[AboutRecord]:
    """Named actors and places mentioned in ``[start, end)`` as ``{name, entity}``.

    From ``doc._.entities`` (merged actors, ``entity`` = id) when that layer has any,
    else from spaCy's named entities (``entity`` None). First mention order, no repeats.
    """
    if start is None or end is None:
        return []
    out: list[AboutRecord] = []
    seen: set[str] = set()
    entities = _extension(doc, "entities") or []
    hits: list[tuple[int, str, str | None]] = [
        (m_start, hit["name"], hit["id"])
        for m_start, _, _, hit in _subject_mentions(doc, entities).within(start, end)
    ]
    if not entities:
        for ent in _doc_ents(doc):
            if ent.label_ in SUBJECT_LABELS and start <= ent.start_char and ent.end_char <= end:
                name = re.sub(r"[’']s$", "", _strip_det(ent.text))
                hits.append((ent.start_char, name, None))
    for _, name, ent_id in sorted(hits, key=lambda h: h[0]):
        key = ent_id or name.lower()
        if key in seen or not name:
            continue
        seen.add(key)
        out.append({"name": name, "entity": ent_id})
    return out
