"""Assertions: sentences in the reporter's own voice (no cue in them, not inside a
claim), with their hedges and quantities."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from fivews.claims.framing import find_hedges
from fivews.claims.lexicon import ClaimLexicon
from fivews.claims.quantities import find_quantities
from fivews.claims.records import AssertionRecord, ClaimRecord
from fivews.structure import doc_text, reader_of


def find_assertions(
    doc: Doc,
    sentences: list[Span],
    records: list[ClaimRecord],
    lexicon: ClaimLexicon,
    kinds: frozenset[str] = frozenset({"paragraph"}),
) -> list[AssertionRecord]:
    """Sentences in the reporter's own voice: no cue in them and not inside a claim."""
    covered = _Intervals(
        [(r["cue_start"], r["cue_end"]) for r in records if r["cue_start"] is not None]
        + [
            (r["content"]["start"], r["content"]["end"])
            for r in records
            if r["content"]["start"] is not None
        ]
    )
    out: list[AssertionRecord] = []
    reader = reader_of(doc)
    doc_tokens = reader.tokens
    blocks = reader.blocks
    for sent in sentences:
        tokens = [t for t in doc_tokens[sent.start : sent.end] if not t.is_space]
        if not tokens or not any(t.is_alpha for t in tokens):
            continue
        kind = "paragraph"
        if blocks:
            i = reader.block_at(tokens[0].idx)
            kind = blocks[i]["kind"] if i is not None else "paragraph"
        if kind not in kinds:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if covered.overlaps(start, end):
            continue
        out.append(
            {
                "id": f"a{len(out) + 1}",
                "text": doc_text(doc)[start:end],
                "start": start,
                "end": end,
                "block": kind,
                "hedges": find_hedges(tokens, lexicon),
                "quantities": find_quantities(tokens, lexicon),
            }
        )
    return out


class _Intervals:
    """Character ranges ``[start, end)`` that answer "does any overlap this range?" by
    binary search (sorted starts, running maximum of the ends) instead of a scan."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [s for s, _ in ordered]
        self.max_ends: list[int] = []
        for _, e in ordered:
            self.max_ends.append(max(e, self.max_ends[-1]) if self.max_ends else e)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some range ``(s, e)`` has ``s < end`` and ``start < e``."""
        k = bisect.bisect_left(self.starts, end)  # ranges [0, k) start before ``end``
        return k > 0 and self.max_ends[k - 1] > start
