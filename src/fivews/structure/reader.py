"""The per-Doc reader every layer shares: token columns, the tree, sentences and the
Doc's own objects, read on demand while a component runs (:func:`reading`)."""

from __future__ import annotations

import bisect
import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_TITLE, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span

from fivews.structure.blocks import CONTENT_KINDS, block_at, doc_text, is_content
from fivews.structure.layers import LayerIndex

T = TypeVar("T")

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

    @functools.cached_property
    def _ent_starts(self) -> list[int]:
        return [e.start for e in self.ents]

    def ents_in(self, start: int, end: int) -> list[Span]:
        """``doc[start:end].ents``: the entities from the first one starting at or after
        ``start`` up to the first one that ends past ``end`` (spaCy's rule), found by
        bisection instead of rebuilding every entity of the Doc."""
        ents = self.ents
        out: list[Span] = []
        for k in range(bisect.bisect_left(self._ent_starts, start), len(ents)):
            ent = ents[k]
            if ent.end > end:
                break
            out.append(ent)
        return out

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

    @functools.cached_property
    def datelines(self) -> list[tuple[int, dict[str, Any]]]:
        """``(paragraph start, dateline)`` of each block that opens with a wire dateline
        (``block["dateline"]``, found once by :func:`fivews.article.find_dateline`)."""
        return [(b["start"], b["dateline"]) for b in self.blocks if b.get("dateline")]

    def memoised(self, key: Any, compute: Callable[[DocReader], T]) -> T:
        """``compute(self)``, computed once per reading and kept in :attr:`memo` under
        ``key`` (a layer's keys start with its name: ``"five_ws.sections"``)."""
        memo = self.memo
        try:
            return memo[key]
        except KeyError:
            value = memo[key] = compute(self)
            return value

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
        """``(start, end)`` of each sentence, in text order (read from the parse columns
        when they are read already, else from the sentence starts alone)."""
        parse = self.__dict__.get("_parse")
        return sentence_bounds(self.doc, None if parse is None else parse[:, 6])

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


# --------------------------------------------------------------------------- Doc-level helpers


def block_starts(doc: Doc) -> list[int]:
    """The start offsets of ``doc._.blocks`` (the open reader's, when a component runs)."""
    return reader_of(doc).block_starts


def block_index(doc: Doc, char: int) -> int | None:
    """Return the index of the block containing character offset ``char``, or None."""
    return reader_of(doc).block_at(char)


def block_of(doc: Doc, span: Span) -> dict[str, Any] | None:
    """Return the block dict that contains the start of ``span``, or None."""
    reader = reader_of(doc)
    i = reader.block_at(span.start_char)
    return None if i is None else reader.blocks[i]


def sentence_blocks(doc: Doc) -> Iterator[tuple[Span, dict[str, Any] | None]]:
    """Yield each sentence that is not all whitespace with the block holding its first
    word (None when no block does, or when the Doc has no blocks at all); listed once per
    reading (``Doc.sents`` makes a new Span per sentence on every pass)."""
    yield from reader_of(doc).memoised("structure.sentence_blocks", _sentence_blocks)


def _sentence_blocks(reader: DocReader) -> list[tuple[Span, dict[str, Any] | None]]:
    blocks = reader.blocks
    starts = reader.block_starts if blocks else []
    out: list[tuple[Span, dict[str, Any] | None]] = []
    for sent in reader.doc.sents:
        # Only the first word is needed: stop there instead of listing the sentence.
        first = next((t for t in sent if not t.is_space), None)
        if first is None:
            continue
        i = block_at(blocks, starts, first.idx) if blocks else None
        out.append((sent, None if i is None else blocks[i]))
    return out


def content_sentences(
    doc: Doc, kinds: frozenset[str] = CONTENT_KINDS, *, allow_duplicates: bool = False
) -> Iterator[Span]:
    """Yield the sentences of content blocks of the given kinds, in order.

    Whitespace-only sentences are skipped. Without blocks (a Doc made elsewhere) every
    sentence counts as content.
    """
    if not reader_of(doc).blocks:
        yield from (sent for sent, _ in sentence_blocks(doc))
        return
    for sent, block in sentence_blocks(doc):
        if is_content(block, allow_duplicates=allow_duplicates) and block["kind"] in kinds:
            yield sent
