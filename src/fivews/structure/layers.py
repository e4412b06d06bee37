"""What the earlier layers wrote on a Doc, indexed by span: the one rule that links a span
to an entity, timexes by sentence, claims by span."""

from __future__ import annotations

import bisect
import dataclasses
import functools
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

if TYPE_CHECKING:
    from fivews.structure.reader import DocReader

Mention = tuple[int, int, int, dict[str, Any]]  # (start, end, order, entity)


@dataclasses.dataclass(frozen=True)
class MentionIndex:
    """Entity mentions ``(start, end, order, entity)`` sorted by start (then ``order``, the
    entities' and their mentions' own order), found by binary search instead of a scan
    over every mention of every entity."""

    items: list[Mention]
    starts: list[int]
    longest: int  # the longest mention: none that starts before ``start - longest`` overlaps

    @classmethod
    def of(cls, items: list[Mention]) -> MentionIndex:
        """Index ``items`` (in any order)."""
        items = sorted(items, key=lambda m: (m[0], m[2]))
        return cls(
            items=items,
            starts=[m[0] for m in items],
            longest=max((max(m[1] - m[0], 0) for m in items), default=0),
        )

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions with ``m_start < end`` and ``start < m_end``."""
        lo = bisect.bisect_right(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end, lo)
        return [m for m in self.items[lo:hi] if start < m[1]]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions with ``start <= m_start`` and ``m_end <= end``, by start."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end, lo)
        return [m for m in self.items[lo:hi] if m[1] <= end]

    def best(
        self, start: int, end: int, head: tuple[int, int] | None = None
    ) -> dict[str, Any] | None:
        """The entity a span ``[start, end)`` names: :func:`entity_at`'s rule."""
        mention = self.best_mention(start, end, head)
        return None if mention is None else mention[3]

    def best_mention(
        self, start: int, end: int, head: tuple[int, int] | None = None
    ) -> Mention | None:
        """The mention by which :meth:`best` chose its entity (for the mention's offsets)."""
        best: tuple[int, int, int] = (0, 0, 0)
        found: Mention | None = None
        for mention in self.overlapping(start, end):
            m_start, m_end, order, _ = mention
            on_head = head is not None and m_start < head[1] and head[0] < m_end
            if head is not None and not on_head:
                continue  # "Turkish officials" are not the entity "Turkish"
            key = (int(on_head), min(end, m_end) - max(start, m_start), -order)
            if key[:2] > (0, 0) and key > best:
                best, found = key, mention
        return found


def mention_index(entities: list[dict[str, Any]], labels: Any = None) -> MentionIndex:
    """The mentions of ``entities`` (of the given labels, if any), in layer order; an
    entity without mentions is its own mention."""
    items: list[Mention] = []
    for entity in entities:
        if labels is not None and entity.get("label") not in labels:
            continue
        for m in entity.get("mentions") or [entity]:
            m_start, m_end = m.get("start"), m.get("end")
            if isinstance(m_start, int) and isinstance(m_end, int):
                items.append((m_start, m_end, len(items), entity))
    return MentionIndex.of(items)


class LayerIndex:
    """What the earlier fivews layers wrote on a Doc, indexed for look-ups by span.

    One rule links a span to an entity everywhere (:meth:`entity_at`): a mention over the
    span's syntactic head wins when the head is given ("the Britain-based Syrian
    Observatory" is the Observatory, not Britain); else the largest character overlap;
    on a tie the first mention in the entities layer's order.
    """

    def __init__(self, reader: DocReader) -> None:
        self.reader = reader
        self._mentions: dict[Any, MentionIndex] = {}

    @functools.cached_property
    def entities(self) -> list[dict[str, Any]]:
        """``doc._.entities`` (dict items only)."""
        return dict_items(self.reader.extension("entities"))

    @functools.cached_property
    def entity_by_id(self) -> dict[str, dict[str, Any]]:
        """Each entity by its id."""
        return {str(e.get("id")): e for e in self.entities}

    @functools.cached_property
    def timexes(self) -> list[dict[str, Any]]:
        """``doc._.timexes`` (dict items only)."""
        return dict_items(self.reader.extension("timexes"))

    @functools.cached_property
    def claims(self) -> list[dict[str, Any]]:
        """``doc._.claims`` (dict items only)."""
        return dict_items(self.reader.extension("claims"))

    def mentions(self, labels: frozenset[str] | None = None) -> MentionIndex:
        """The entity mentions (of ``labels``, if given), indexed by offset."""
        found = self._mentions.get(labels)
        if found is None:
            found = self._mentions[labels] = mention_index(self.entities, labels)
        return found

    def entity_at(
        self,
        start: int,
        end: int,
        *,
        head: tuple[int, int] | None = None,
        labels: frozenset[str] | None = None,
    ) -> dict[str, Any] | None:
        """The entity a span ``[start, end)`` names (see the class docstring), or None."""
        return self.mentions(labels).best(start, end, head)

    @functools.cached_property
    def timexes_by_sentence(self) -> dict[int, list[tuple[dict[str, Any], Span]]]:
        """Each sentence start -> ``(timex, its token span)`` of the timexes in it."""
        doc, sent_of = self.reader.doc, self.reader.sent_of
        out: dict[int, list[tuple[dict[str, Any], Span]]] = {}
        for tx in self.timexes:
            span = doc.char_span(int(tx["start"]), int(tx["end"]), alignment_mode="expand")
            if span is not None and len(span):
                out.setdefault(sent_of[span.root.i], []).append((tx, span))
        return out

    @functools.cached_property
    def claim_spans(self) -> list[tuple[int, int, str]]:
        """``(start, end, id)`` of each claim's content, sorted by start."""
        spans = []
        for claim in self.claims:
            content = claim.get("content") or {}
            start, end = content.get("start"), content.get("end")
            if start is None or end is None or claim.get("id") is None:
                continue
            spans.append((int(start), int(end), str(claim["id"])))
        spans.sort()
        return spans

    @functools.cached_property
    def _claim_starts(self) -> tuple[list[int], int]:
        """The starts of :attr:`claim_spans` and the longest content's length."""
        spans = self.claim_spans
        return [s for s, _, _ in spans], max([0] + [e - s for s, e, _ in spans])

    def claim_at(self, char: int) -> str | None:
        """The id of the innermost claim whose content covers character ``char`` (the
        shortest content; the first on a tie), or None.

        Only the contents starting within the longest one's length before ``char`` can
        cover it: they are found by bisection.
        """
        starts, longest = self._claim_starts
        lo = bisect.bisect_left(starts, char - longest)
        hi = bisect.bisect_right(starts, char, lo)
        best: tuple[int, str] | None = None
        for start, end, claim_id in self.claim_spans[lo:hi]:
            if start <= char < end and (best is None or end - start < best[0]):
                best = (end - start, claim_id)
        return best[1] if best else None


def dict_items(value: Any) -> list[dict[str, Any]]:
    """The dict items of a layer value (``None`` and non-dicts are skipped)."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]
