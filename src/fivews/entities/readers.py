"""Per-Doc readers: token attributes as plain lists, and the block and sentence holding a
character offset, each read once per Doc instead of once per question."""

from __future__ import annotations

import bisect
from typing import Any

from spacy.attrs import IDX, IS_TITLE, LOWER, ORTH, POS
from spacy.tokens import Doc

from fivews import structure
from fivews.structure import is_content


class _TokenAttrs:
    """Attributes of a Doc's tokens as plain lists, read with one ``Doc.to_array`` call.

    spaCy builds a new ``Token`` object for every ``doc[i]`` and every step of
    ``for token in doc``; the rules scan the tokens several times, so they scan these
    lists instead and look at ``Token`` objects only at the few candidate positions.
    Valid for the Doc as it was when built (the ruler splits tokens afterwards).
    """

    __slots__ = ("text", "lower", "idx", "is_title", "pos")

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        orth, lower, idx, title, pos = doc.to_array([ORTH, LOWER, IDX, IS_TITLE, POS]).T.tolist()
        self.text: list[str] = [strings[o] for o in orth]
        # Lower-case forms as spaCy's string hashes (``hash_string``), compared with hashed
        # word lists: turning them all into strings would cost more than the rules save.
        self.lower: list[int] = lower
        self.idx: list[int] = idx
        self.is_title: list[int] = title
        self.pos: list[int] = pos  # compare with spacy.symbols (PROPN)


class _BlockLookup:
    """:func:`fivews.structure.block_index` for one Doc, reading ``doc._.blocks`` once.

    ``block_index`` reads the extension attribute (slow in spaCy) on every call; the
    rules ask for every mention, so this reads it once and bisects with
    :func:`fivews.structure.block_at`.
    """

    def __init__(self, doc: Doc) -> None:
        self.blocks: list[dict[str, Any]] = doc._.blocks or []
        self.starts = structure.block_starts(doc) if self.blocks else []

    def __call__(self, char: int) -> int | None:
        """The index of the block holding character ``char``, or None."""
        return structure.block_at(self.blocks, self.starts, char)

    def content(self, char: int) -> tuple[bool, int | None]:
        """``(whether char is in a content block, its block index)``; no blocks: (True, None)."""
        if not self.blocks:
            return True, None
        i = self(char)
        return i is not None and is_content(self.blocks[i]), i


class _Sentences:
    """Map character offsets to sentence indices (``doc.sents`` order)."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [s.start_char for s in doc.sents]

    def index(self, char: int) -> int:
        """The index of the sentence holding character ``char`` (0 before the first)."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)
