"""The article's block structure on the spaCy Doc, and the ``fivews_blocks`` component.

Every fivews component reads the same Doc-level facts, registered here once:

``doc._.blocks``
    list of block dicts ``{kind, start, end, duplicate_of?, label?}`` (character offsets
    into ``doc.text``); set by the caller from :func:`fivews.article.read_article`, or
    computed by ``fivews_blocks`` from the text when absent.
``doc._.published``
    the publication date as an ISO string (``"2017-09-21"``) or ``None``.
``doc._.doc_id``
    the caller's document id, if any.

``fivews_blocks`` runs before the parser and starts a sentence at every block boundary,
so a headline or caption never runs into the paragraph after it. Downstream components
use :func:`content_sentences` to skip page chrome and repeated captions.

Files: ``blocks.py`` (the extensions, ``fivews_blocks``, the block helpers),
``reader.py`` (:class:`DocReader`, opened by :func:`reading` for a component's call and
found by :func:`reader_of`: the one cache of per-Doc readings) and ``layers.py``
(:class:`LayerIndex`, what the earlier layers wrote, by span, with one entity-at-span rule).
"""

from fivews.structure.blocks import (
    CONTENT_KINDS,
    BlockSentencizer,
    block_at,
    doc_text,
    is_content,
    release_tensor,
)
from fivews.structure.layers import LayerIndex, Mention, MentionIndex, dict_items, mention_index
from fivews.structure.reader import (
    DocReader,
    block_index,
    block_of,
    block_starts,
    content_sentences,
    hashed_strings,
    reader_of,
    reading,
    sentence_blocks,
    sentence_bounds,
)

#: The first fivews component that reads the whole article: the ones before it are
#: token-level (they see each chunk of a long text, and a title parsed on its own).
DOCUMENT_LEVEL_FROM = "fivews_entities"

__all__ = [
    "DOCUMENT_LEVEL_FROM",
    "CONTENT_KINDS",
    "BlockSentencizer",
    "DocReader",
    "LayerIndex",
    "Mention",
    "MentionIndex",
    "block_at",
    "block_index",
    "block_of",
    "block_starts",
    "content_sentences",
    "dict_items",
    "doc_text",
    "hashed_strings",
    "is_content",
    "mention_index",
    "reader_of",
    "reading",
    "release_tensor",
    "sentence_blocks",
    "sentence_bounds",
]
