"""What a reader of the events table should know about each event: caption events,
the same event told twice, and what to check.

Three steps on the assembled events, in this order:

1. *Captions*: an event in a photo-caption block gets ``caption: true``; the tables
   leave it out unless asked (a caption describes a picture, often of another day).
2. *Duplicates*: an event told again in the same or the next content block (a
   sub-head and its paragraph: "Raqqa battle nearly won" / "the battle for ... Raqqa")
   is merged into one: same trigger lemma, a shared named actor or place, no
   conflicting agent, place or date. The body's event is kept (its sentence is the full
   one; a sub-head's is a summary); the other's sentence goes to ``also_in``. Headline
   events are not merged: the main-event finder reads them by their trigger.
3. *Review*: ``needs_review`` with ``review_reasons`` (:data:`REVIEW_REASONS`): a caption,
   an actor that is a pronoun or description no entity was found for, a date that is
   only the publication date (or none), a place without coordinates or with a low
   geocoding confidence, a place that is a region or river (the event lies somewhere in
   it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fivews.events.records import Event
from fivews.structure import DocReader

#: Why an event needs review, in the order they are listed.
REVIEW_REASONS: tuple[str, ...] = (
    "caption",
    "unresolved actor",
    "undated",
    "low-confidence place",
    "coarse place",
)
#: Geocoding confidence under which a place is flagged.
PLACE_CONFIDENCE = 0.5
#: Times that are no date of the event's own.
UNDATED: frozenset[str] = frozenset({"publication", "unanchored"})
#: Block kinds whose events are never merged away (the main-event finder reads them).
UNMERGED_KINDS: frozenset[str] = frozenset({"headline"})
#: Kinds of the blocks that are summaries of the paragraph after them.
SUMMARY_KINDS: frozenset[str] = frozenset({"headline", "subhead"})


def review_events(reader: DocReader, events: list[Event]) -> list[Event]:
    """Mark captions, merge duplicates and set the review keys; return the events kept."""
    blocks = reader.blocks
    block_of = [reader.block_at(ev["trigger"]["start"]) if blocks else None for ev in events]
    for ev, block in zip(events, block_of, strict=True):
        ev["caption"] = block is not None and blocks[block]["kind"] == "caption"
        ev["also_in"] = []
    kept = merge_duplicates(events, block_of, blocks)
    entities = reader.layers.entity_by_id
    for ev in kept:
        reasons = review_reasons(ev, entities)
        ev["needs_review"] = bool(reasons)
        ev["review_reasons"] = reasons
    return kept


def merge_duplicates(
    events: list[Event], block_of: list[int | None], blocks: list[dict[str, Any]]
) -> list[Event]:
    """The events with each duplicate folded into the event it repeats (``also_in``)."""
    # Content blocks in order, captions and chrome left out: "the next block" skips them.
    order: dict[int, int] = {}
    for i, block in enumerate(blocks):
        if block["kind"] in ("headline", "subhead", "paragraph"):
            order[i] = len(order)
    dropped: set[int] = set()
    for a, ev_a in enumerate(events):
        if a in dropped or block_of[a] not in order:
            continue
        for b in range(a + 1, len(events)):
            ev_b = events[b]
            if b in dropped or block_of[b] not in order:
                continue
            gap = order[block_of[b]] - order[block_of[a]]  # type: ignore[index]
            if gap > 1:
                break
            if ev_a["sentence"] == ev_b["sentence"] or not same_event(ev_a, ev_b):
                continue
            kind_a = blocks[block_of[a]]["kind"]  # type: ignore[index]
            kind_b = blocks[block_of[b]]["kind"]  # type: ignore[index]
            if kind_a in UNMERGED_KINDS or kind_b in UNMERGED_KINDS:
                continue
            # Keep the body's telling; a summary block's event folds into it.
            keep, fold = (
                (b, a) if kind_a in SUMMARY_KINDS and kind_b not in SUMMARY_KINDS else (a, b)
            )
            _fold(events[keep], events[fold])
            dropped.add(fold)
            if fold == a:
                break
    return [ev for i, ev in enumerate(events) if i not in dropped]


def same_event(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two events tell the same happening: same trigger lemma, a shared named
    actor or place, and no conflicting agents, place or date."""
    if a["trigger"]["lemma"] != b["trigger"]["lemma"]:
        return False
    agents_a, agents_b = _entities(a, "agent"), _entities(b, "agent")
    if agents_a and agents_b and not agents_a & agents_b:
        return False
    place_a = (a.get("place") or {}).get("entity")
    place_b = (b.get("place") or {}).get("entity")
    if place_a and place_b and place_a != place_b:
        return False
    time_a, time_b = a.get("time") or {}, b.get("time") or {}
    if (
        time_a.get("how") not in UNDATED
        and time_b.get("how") not in UNDATED
        and time_a.get("value") != time_b.get("value")
    ):
        return False
    shared = (_entities(a, None) & _entities(b, None)) | ({place_a} & {place_b} - {None})
    return bool(shared)


def _entities(event: Mapping[str, Any], role: str | None) -> set[str]:
    """The entity ids of the event's actors (of ``role``, if given)."""
    return {
        str(actor["entity"])
        for actor in event.get("actors") or []
        if actor.get("entity") and (role is None or actor.get("role") == role)
    }


def _fold(keep: Event, fold: Event) -> None:
    """Fold event ``fold`` into ``keep``: its sentence (and those it holds) as evidence,
    its place when ``keep`` has none."""
    sentences = {fold["sentence"], *fold.get("also_in", []), *keep.get("also_in", [])}
    sentences.discard(keep["sentence"])
    keep["also_in"] = sorted(sentences)
    if "place" not in keep and "place" in fold:
        keep["place"] = fold["place"]


def review_reasons(
    event: Mapping[str, Any], entities: Mapping[str, Mapping[str, Any]]
) -> list[str]:
    """Why ``event`` needs a reader's check (:data:`REVIEW_REASONS`), in that order."""
    reasons = []
    if event.get("caption"):
        reasons.append("caption")
    if any(
        a.get("ref") in ("pronoun", "description") and not a.get("entity")
        for a in event.get("actors") or []
    ):
        reasons.append("unresolved actor")
    if (event.get("time") or {}).get("how") in UNDATED:
        reasons.append("undated")
    place = event.get("place")
    if place:
        entity = entities.get(str(place.get("entity"))) if place.get("entity") else None
        confidence = (entity or {}).get("geo_confidence")
        if (
            entity is None
            or entity.get("lat") is None
            or (confidence is not None and float(confidence) < PLACE_CONFIDENCE)
        ):
            reasons.append("low-confidence place")
        elif entity.get("label") == "LOC":
            reasons.append("coarse place")
    return reasons
