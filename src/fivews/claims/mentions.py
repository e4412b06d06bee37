"""Entity mentions: which ``doc._.entities`` entity a source names, and which actors and
places a claim's content mentions.

When ``doc._.entities`` exists, ``source.entity`` is the id of the entity whose mention
covers the source phrase's head, and ``source.name`` that entity's name
(:func:`_entity_for`, the one rule of :meth:`fivews.structure.LayerIndex.entity_at`);
``about`` lists the entities mentioned in the content (:func:`mentioned_in`). Mentions
are looked up by binary search (:class:`fivews.structure.MentionIndex`).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from fivews.claims.records import AboutRecord
from fivews.claims.tokens import _strip_det
from fivews.structure import DocReader, Mention, MentionIndex, reader_of

#: Entity labels of the things a claim can be about (the source -> subject network).
SUBJECT_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _entity_for(
    doc: Doc, span: tuple[int, int] | None, head: tuple[int, int] | None = None
) -> dict[str, Any] | None:
    """The entity from ``doc._.entities`` that the source span names.

    :meth:`fivews.structure.LayerIndex.entity_at`'s rule: the entity with a mention over
    the span's syntactic head wins ("the Britain-based Syrian Observatory…" is the
    Observatory, not Britain); else the largest overlap (the first such mention in the
    entities' order on a tie).
    """
    if span is None:
        return None
    return reader_of(doc).layers.entity_at(span[0], span[1], head=head)


def _subject_mentions(doc: Doc) -> MentionIndex:
    """The mentions :func:`mentioned_in` reads: those of entities with a subject label
    (or none), each with ``{"name", "id"}`` as its entity (the mention's text when the
    entity has no name); made once per Doc while the component runs."""
    return reader_of(doc).memoised("claims.subject_mentions", _make_subject_mentions)


def _make_subject_mentions(reader: DocReader) -> MentionIndex:
    items: list[Mention] = []
    for entity in reader.layers.entities:
        if entity.get("label") and entity["label"] not in SUBJECT_LABELS:
            continue
        for m in entity.get("mentions") or []:
            if m.get("start") is not None:
                name = entity.get("name") or m.get("text", "")
                items.append(
                    (m["start"], m["end"], len(items), {"name": name, "id": entity.get("id")})
                )
    return MentionIndex.of(items)


def mentioned_in(doc: Doc, start: int | None, end: int | None) -> list[AboutRecord]:
    """Named actors and places mentioned in ``[start, end)`` as ``{name, entity}``.

    From ``doc._.entities`` (merged actors, ``entity`` = id) when that layer has any,
    else from spaCy's named entities (``entity`` None). First mention order, no repeats.
    """
    if start is None or end is None:
        return []
    out: list[AboutRecord] = []
    seen: set[str] = set()
    reader = reader_of(doc)
    hits: list[tuple[int, str, str | None]] = [
        (m_start, hit["name"], hit["id"])
        for m_start, _, _, hit in _subject_mentions(doc).within(start, end)
    ]
    if not reader.layers.entities:
        for ent in reader.ents:
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
