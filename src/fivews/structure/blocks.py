"""The Doc extensions every layer reads, the ``fivews_blocks`` component, and the pure
block helpers (which block holds an offset, which blocks are content)."""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Mapping, Sequence
from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

from fivews.article import segment_text

#: Block kinds whose text is the article proper (not page chrome).
CONTENT_KINDS: frozenset[str] = frozenset({"headline", "caption", "subhead", "paragraph"})

#: ``doc._.title`` is a title given apart from the text (None when the text holds it).
for _name in ("blocks", "published", "doc_id", "title"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("fivews_blocks", assigns=["doc._.blocks", "token.is_sent_start"])
def make_blocks_component(nlp: Language, name: str) -> BlockSentencizer:
    """spaCy factory for :class:`BlockSentencizer`."""
    return BlockSentencizer()


class BlockSentencizer:
    """Start a sentence at every block boundary (before the parser runs)."""

    def __call__(self, doc: Doc) -> Doc:
        blocks = self.match(doc)
        self.set_annotations(doc, blocks)
        return doc

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        """Return the Doc's blocks: the caller's, else segmented from ``doc.text``."""
        if doc._.blocks is not None:
            return list(doc._.blocks)
        return [block.to_dict(with_text=False) for block in segment_text(doc.text)]

    def set_annotations(self, doc: Doc, blocks: list[dict[str, Any]]) -> None:
        """Store the blocks and mark each block's first token as a sentence start."""
        doc._.blocks = blocks
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)  # what setting ``Token.is_sent_start`` raises
        # The tokens that open a block are found by binary search in the token offsets,
        # and their sentence starts written in one array: ``Token.is_sent_start = True``
        # checks the whole Doc for a parse on every call (quadratic in a long text).
        offsets = doc.to_array("IDX")
        starts = numpy.searchsorted(offsets, [block["start"] for block in blocks])
        opening = [
            int(i)
            for i, b in zip(starts, blocks, strict=True)
            if 0 < i < len(doc) and offsets[i] == b["start"]
        ]
        if opening:
            sent_starts = doc.to_array([SENT_START])
            sent_starts[opening] = 1
            doc.from_array([SENT_START], sent_starts)


@Language.factory("fivews_release_tensor", assigns=["doc.tensor"])
def make_release_tensor_component(nlp: Language, name: str) -> Any:
    """spaCy factory for :func:`release_tensor`."""
    return release_tensor


def release_tensor(doc: Doc) -> Doc:
    """Drop ``doc.tensor``, the tok2vec output (~0.2 MB an article), once it is used.

    No fivews layer reads it after the parse. :func:`fivews.analysis.analyze_records`
    adds this step at the end of the pipeline while it runs with several processes, where
    every Doc is serialised back from a worker: without the tensor the Doc's bytes are a
    third of the size and the main process spends about 4 ms less per article.
    """
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


#: ``Doc.text`` per live Doc. spaCy rebuilds the text from every token on each access, and
#: most fivews components need it; the entry goes with its Doc (weak key), so nothing
#: outlives or leaks between documents. Retokenising (merges, splits) keeps the text.
_DOC_TEXT: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (a Doc's text never changes)."""
    text = _DOC_TEXT.get(doc)
    if text is None:
        text = _DOC_TEXT[doc] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Give :func:`doc_text` the string ``doc`` was tokenised from (spaCy's tokenizer keeps
    every character, so it is ``doc.text``), sparing the token-by-token rebuild."""
    _DOC_TEXT[doc] = text


def block_at(blocks: Sequence[Mapping[str, Any]], starts: list[int], char: int) -> int | None:
    """:func:`block_index` given the blocks and their :func:`block_starts`.

    For loops over many offsets of one Doc: reading ``doc._.blocks`` costs a dictionary
    look-up in spaCy's extension machinery each time, so hot loops read it once.
    """
    i = bisect.bisect_right(starts, char) - 1
    if i >= 0 and blocks[i]["start"] <= char < blocks[i]["end"]:
        return i
    return None


def is_content(block: dict[str, Any] | None, *, allow_duplicates: bool = False) -> bool:
    """Whether a block is article text (not chrome; not a repeat unless allowed)."""
    if block is None or block["kind"] not in CONTENT_KINDS:
        return False
    return allow_duplicates or block.get("duplicate_of") is None
