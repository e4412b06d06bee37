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
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import functools
import weakref
from collections.abc import Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_TITLE, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span

from fivews.article import segment_text

#: Block kinds whose text is the article proper (not page chrome).
CONTENT_KINDS: frozenset[str] = frozenset({"headline", "caption", "subhead", "paragraph"})

for _name in ("blocks", "published", "doc_id"):
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
        # Only the tokens that open a block are touched: their positions are found by
        # binary search in the token offsets instead of visiting every token.
        offsets = doc.to_array("IDX")
        for block in blocks:
            i = int(numpy.searchsorted(offsets, block["start"]))
            if 0 < i < len(doc) and offsets[i] == block["start"]:
                doc[i].is_sent_start = True


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


#: Block start offsets per Doc, keyed by ``id(doc)`` and checked against the blocks list
#: itself (held here, so its id cannot be reused while cached). Bounded: a few Docs at once.
_STARTS_CACHE: dict[int, tuple[list[dict[str, Any]], list[int]]] = {}
_STARTS_CACHE_SIZE = 8


def block_starts(doc: Doc) -> list[int]:
    """The start offsets of ``doc._.blocks``, computed once per Doc (many callers ask)."""
    blocks = doc._.blocks or []
    hit = _STARTS_CACHE.get(id(doc))
    if hit is not None and hit[0] is blocks:
        return hit[1]
    starts = [b["start"] for b in blocks]
    if len(_STARTS_CACHE) >= _STARTS_CACHE_SIZE:
        _STARTS_CACHE.pop(next(iter(_STARTS_CACHE)))
    _STARTS_CACHE[id(doc)] = (blocks, starts)
    return starts


def block_index(doc: Doc, char: int) -> int | None:
    """Return the index of the block containing character offset ``char``, or None."""
    return block_at(doc._.blocks or [], block_starts(doc), char)


def block_at(blocks: list[dict[str, Any]], starts: list[int], char: int) -> int | None:
    """:func:`block_index` given the blocks and their :func:`block_starts`.

    For loops over many offsets of one Doc: reading ``doc._.blocks`` costs a dictionary
    look-up in spaCy's extension machinery each time, so hot loops read it once.
    """
    i = bisect.bisect_right(starts, char) - 1
    if i >= 0 and blocks[i]["start"] <= char < blocks[i]["end"]:
        return i
    return None


def block_of(doc: Doc, span: Span) -> dict[str, Any] | None:
    """Return the block dict that contains the start of ``span``, or None."""
    i = block_index(doc, span.start_char)
    return None if i is None else doc._.blocks[i]


def is_content(block: dict[str, Any] | None, *, allow_duplicates: bool = False) -> bool:
    """Whether a block is article text (not chrome; not a repeat unless allowed)."""
    if block is None or block["kind"] not in CONTENT_KINDS:
        return False
    return allow_duplicates or block.get("duplicate_of") is None


def content_sentences(
    doc: Doc, kinds: frozenset[str] = CONTENT_KINDS, *, allow_duplicates: bool = False
) -> Iterator[Span]:
    """Yield the sentences of content blocks of the given kinds, in order.

    Whitespace-only sentences are skipped. Without blocks (a Doc made elsewhere) every
    sentence counts as content.
    """
    blocks = doc._.blocks or []
    starts = block_starts(doc) if blocks else []  # read once, not once per sentence
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_space), None)
        if first is None:
            continue
        if not blocks:
            yield sent
            continue
        i = block_at(blocks, starts, first.idx)
        block = None if i is None else blocks[i]
        if is_content(block, allow_duplicates=allow_duplicates) and block["kind"] in kinds:
            yield sent


# --------------------------------------------------------------------------- per-Doc reader

#: String-store hash -> its string, and -> its string lower-cased. A hash is a fixed
#: function of its string (the same in every Vocab and process), so the memo is safe
#: across documents; the string store itself is slow to ask (a Python-level call).
_HASH_TEXT: dict[int, str] = {}
_HASH_LOWER: dict[int, str] = {}
#: Entries kept before the memos start over (a bound on memory in long runs).
_HASH_MEMO_SIZE = 200_000


def hashed_strings(strings: Any, keys: list[int], lower: bool = False) -> list[str]:
    """``strings[key]`` (lower-cased if ``lower``) for each key, memoised by hash."""
    memo = _HASH_LOWER if lower else _HASH_TEXT
    try:
        return [memo[k] for k in keys]
    except KeyError:
        pass
    if len(memo) > _HASH_MEMO_SIZE:
        memo.clear()
    for k in keys:
        if k not in memo:
            memo[k] = strings[k].lower() if lower else strings[k]
    return [memo[k] for k in keys]


def sentence_bounds(doc: Doc, sent_starts: Any = None) -> list[tuple[int, int]]:
    """``(start, end)`` token indices of each of ``doc.sents``.

    The same rule as ``Doc.sents`` (a sentence starts at token 0 and wherever
    ``sent_start == 1``) without making a Span per sentence; a Doc with a ``sents`` hook
    or without sentence boundaries goes through ``Doc.sents`` itself. ``sent_starts`` is
    the Doc's SENT_START column when the caller has read it.
    """
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [(sent.start, sent.end) for sent in doc.sents]
    if sent_starts is None:
        sent_starts = doc.to_array([SENT_START])
    n = len(doc)
    starts = [0, *(i for i in numpy.flatnonzero(sent_starts == 1).tolist() if i > 0)]
    return [(a, b) for a, b in zip(starts, [*starts[1:], n], strict=True) if a < b]


class DocReader:
    """Everything the fivews layers read from one Doc again and again, read once.

    spaCy makes a new ``Token`` for every ``doc[i]``, looks each token attribute up in the
    string store on every access, rebuilds ``doc.text`` and ``doc.ents`` on every access,
    and rescans a token's span for ``Token.children``. The rules ask for the same things
    many times, so the reader computes each on first use and keeps it:

    * token columns as plain lists (one ``Doc.to_array`` call): :attr:`text`,
      :attr:`lower_ids` (string hashes), :attr:`idx`, :attr:`is_title`, :attr:`pos_ids`,
      and the parse: :attr:`head` (absolute), :attr:`pos`, :attr:`dep`, :attr:`tag`,
      :attr:`lemma` (lower-cased), :attr:`lower`;
    * the tree: :attr:`kids` (children indices in ``Token.children`` order),
      :meth:`subtree`, :meth:`children_tokens`, :meth:`subtree_tokens`;
    * sentences: :attr:`sent_of` (each token's sentence start), :attr:`sent_end`;
    * the Doc's own objects: :attr:`tokens`, :attr:`ents`, :attr:`doc_text`,
      :meth:`extension` (``doc._.name``), the blocks and their starts;
    * :attr:`layers`, the :class:`LayerIndex` of what earlier layers wrote.

    A component opens one with :func:`reading` for the length of its call; helpers deep in
    its rules find it with :func:`reader_of`. It is valid for the Doc as it was when opened
    (a component that retokenises opens a new one afterwards).
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.memo: dict[Any, Any] = {}  # a layer's own per-Doc results, by a key it chooses
        self._extensions: dict[str, Any] = {}
        self._children: dict[int, list[Any]] = {}
        self._subtrees: dict[int, list[Any]] = {}

    # the Doc's own objects ----------------------------------------------------------------
    @functools.cached_property
    def doc_text(self) -> str:
        """``doc.text``."""
        return doc_text(self.doc)

    @functools.cached_property
    def tokens(self) -> list[Any]:
        """``list(doc)``: one Token object per token, made once."""
        return list(self.doc)

    @functools.cached_property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents`` (rebuilt from the tokens by spaCy on each access)."""
        return tuple(self.doc.ents)

    def extension(self, name: str) -> Any:
        """``doc._.<name>`` (None when there is no such extension), read once: each
        ``doc._`` access builds an accessor object."""
        found = self._extensions
        if name not in found:
            found[name] = getattr(self.doc._, name) if Doc.has_extension(name) else None
        return found[name]

    @property
    def blocks(self) -> list[dict[str, Any]]:
        """``doc._.blocks`` (an empty list when there are none)."""
        return self.extension("blocks") or []

    @functools.cached_property
    def block_starts(self) -> list[int]:
        """The start offsets of :attr:`blocks`."""
        return [b["start"] for b in self.blocks]

    def block_at(self, char: int) -> int | None:
        """The index of the block holding character ``char``, or None."""
        return block_at(self.blocks, self.block_starts, char)

    # token columns ------------------------------------------------------------------------
    @functools.cached_property
    def _lexical(self) -> list[list[int]]:
        return self.doc.to_array([ORTH, LOWER, IDX, IS_TITLE, POS]).T.tolist()

    @functools.cached_property
    def text(self) -> list[str]:
        """Each token's text."""
        return hashed_strings(self.doc.vocab.strings, self._lexical[0])

    @property
    def lower_ids(self) -> list[int]:
        """Each token's lower-cased form as spaCy's string hash (compare with hashed word
        lists: turning them all into strings costs more than most rules save)."""
        return self._lexical[1]

    @property
    def idx(self) -> list[int]:
        """Each token's character offset."""
        return self._lexical[2]

    @property
    def is_title(self) -> list[int]:
        """1 where the token is title-cased."""
        return self._lexical[3]

    @property
    def pos_ids(self) -> list[int]:
        """Each token's coarse part of speech as a ``spacy.symbols`` id."""
        return self._lexical[4]

    @functools.cached_property
    def _parse(self) -> Any:
        return self.doc.to_array([HEAD, POS, DEP, TAG, LEMMA, LOWER, SENT_START])

    @functools.cached_property
    def head(self) -> list[int]:
        """Each token's head index (the root is its own head)."""
        n = len(self.doc)
        # HEAD is an offset stored as uint64: back to signed, then absolute.
        return (self._parse[:, 0].astype("int64") + numpy.arange(n, dtype="int64")).tolist()

    @functools.cached_property
    def pos(self) -> list[str]:
        """Each token's coarse part of speech (``"VERB"``)."""
        names = _pos_names()
        return [names[k] for k in self._parse[:, 1].tolist()]

    @functools.cached_property
    def dep(self) -> list[str]:
        """Each token's dependency label."""
        return hashed_strings(self.doc.vocab.strings, self._parse[:, 2].tolist())

    @functools.cached_property
    def tag(self) -> list[str]:
        """Each token's fine-grained tag."""
        return hashed_strings(self.doc.vocab.strings, self._parse[:, 3].tolist())

    @functools.cached_property
    def lemma(self) -> list[str]:
        """Each token's lemma, lower-cased."""
        return hashed_strings(self.doc.vocab.strings, self._parse[:, 4].tolist(), lower=True)

    @functools.cached_property
    def lower(self) -> list[str]:
        """Each token's lower-cased form."""
        return hashed_strings(self.doc.vocab.strings, self._parse[:, 5].tolist())

    # the tree -----------------------------------------------------------------------------
    @functools.cached_property
    def kids(self) -> list[list[int]]:
        """``kids[i]``: the children of token ``i`` in ``Token.children`` order."""
        kids: list[list[int]] = [[] for _ in range(len(self.doc))]
        for i, h in enumerate(self.head):
            if h != i:
                kids[h].append(i)
        return kids

    def subtree(self, i: int) -> list[int]:
        """Token ``i`` and its descendants, in ``Token.subtree`` order."""
        out: list[int] = []
        self._walk(i, out)
        return out

    def _walk(self, i: int, out: list[int]) -> None:
        kids = self.kids[i]
        k = 0
        while k < len(kids) and kids[k] < i:
            self._walk(kids[k], out)
            k += 1
        out.append(i)
        for child in kids[k:]:
            self._walk(child, out)

    def children_tokens(self, token: Any) -> list[Any]:
        """``list(token.children)``, kept (callers only read it)."""
        found = self._children.get(token.i)
        if found is None:
            found = self._children[token.i] = list(token.children)
        return found

    def subtree_tokens(self, token: Any) -> list[Any]:
        """``list(token.subtree)``, kept (callers only read it)."""
        found = self._subtrees.get(token.i)
        if found is None:
            found = self._subtrees[token.i] = list(token.subtree)
        return found

    # sentences ----------------------------------------------------------------------------
    @functools.cached_property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence, in text order."""
        return sentence_bounds(self.doc, self._parse[:, 6])

    @functools.cached_property
    def sent_of(self) -> list[int]:
        """Each token's sentence start."""
        sent_of = [0] * len(self.doc)
        for start, end in self.sentence_bounds:
            sent_of[start:end] = [start] * (end - start)
        return sent_of

    @functools.cached_property
    def sent_end(self) -> dict[int, int]:
        """Each sentence start -> its end."""
        return dict(self.sentence_bounds)

    # the other layers ---------------------------------------------------------------------
    @functools.cached_property
    def layers(self) -> LayerIndex:
        """What the earlier fivews layers wrote on the Doc, indexed by span."""
        return LayerIndex(self)

    def release_layers(self) -> None:
        """Drop :attr:`layers` (built again if asked for). The index refers back to its
        reader, so while it is kept the two are a reference cycle: :func:`reading` drops
        it at the end of a component's call, and the reader, its columns and the Tokens
        it holds are freed at once instead of at the garbage collector's next pass."""
        self.__dict__.pop("layers", None)


@functools.cache
def _pos_names() -> dict[int, str]:
    return {int(k): v for k, v in POS_NAMES.items()}


#: The reader of each Doc a fivews component is reading now, by ``id(doc)`` (the entry
#: holds the Doc, so the id cannot be reused while it is there).
_READERS: dict[int, DocReader] = {}


@contextlib.contextmanager
def reading(doc: Doc) -> Iterator[DocReader]:
    """Open a :class:`DocReader` for ``doc`` for the length of a ``with`` block.

    Components wrap their call in it; the reader is dropped at the end, so nothing
    outlives the call or goes stale when a later component retokenises. Nested use on the
    same Doc shares the open reader.
    """
    key = id(doc)
    open_reader = _READERS.get(key)
    if open_reader is not None and open_reader.doc is doc:
        yield open_reader
        return
    reader = _READERS[key] = DocReader(doc)
    try:
        yield reader
    finally:
        _READERS.pop(key, None)
        reader.release_layers()


def reader_of(doc: Doc) -> DocReader:
    """The reader opened by :func:`reading` for ``doc``, or a new one that is not kept
    (for a helper called outside a component)."""
    reader = _READERS.get(id(doc))
    if reader is not None and reader.doc is doc:
        return reader
    return DocReader(doc)


# --------------------------------------------------------------------------- layer index

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
        best: tuple[int, int, int] = (0, 0, 0)
        found: dict[str, Any] | None = None
        for m_start, m_end, order, entity in self.overlapping(start, end):
            on_head = head is not None and m_start < head[1] and head[0] < m_end
            if head is not None and not on_head:
                continue  # "Turkish officials" are not the entity "Turkish"
            key = (int(on_head), min(end, m_end) - max(start, m_start), -order)
            if key[:2] > (0, 0) and key > best:
                best, found = key, entity
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
        return _dict_items(self.reader.extension("entities"))

    @functools.cached_property
    def entity_by_id(self) -> dict[str, dict[str, Any]]:
        """Each entity by its id."""
        return {str(e.get("id")): e for e in self.entities}

    @functools.cached_property
    def timexes(self) -> list[dict[str, Any]]:
        """``doc._.timexes`` (dict items only)."""
        return _dict_items(self.reader.extension("timexes"))

    @functools.cached_property
    def claims(self) -> list[dict[str, Any]]:
        """``doc._.claims`` (dict items only)."""
        return _dict_items(self.reader.extension("claims"))

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

    def claim_at(self, start: int, end: int) -> str | None:
        """The id of the first claim whose content holds ``[start, end)``, or None."""
        for c_start, c_end, claim_id in self.claim_spans:
            if c_start > start:
                break
            if end <= c_end:
                return claim_id
        return None


def _dict_items(value: Any) -> list[dict[str, Any]]:
    """The dict items of a layer value (``None`` and non-dicts are skipped)."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]
