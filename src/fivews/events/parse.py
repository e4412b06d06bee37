"""The Doc's token attributes as plain lists, read once per Doc for the event rules.

``Token`` attributes are looked up in the string store on every access, and
``Token.children`` rescans the token's whole span: the event rules ask for each several
times, so :class:`DocParse` copies the attributes out once (``Doc.to_array``, one C loop)
and lists the children from the heads.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, SENT_START, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Token


class DocParse:
    """The Doc's token attributes as plain lists, read once per Doc.

    ``kids[i]`` are the children of token ``i`` in ``Token.children`` order (left to
    right); ``lemma`` is lower-cased; ``sent_of[i]`` is the start of token ``i``'s
    sentence and ``sent_end`` maps each sentence start to its end, in text order.
    """

    __slots__ = (
        "doc", "head", "pos", "dep", "tag", "lemma", "lower", "kids", "sent_of", "sent_end",
    )  # fmt: skip

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        n = len(doc)
        rows = doc.to_array([HEAD, POS, DEP, TAG, LEMMA, LOWER, SENT_START])
        # HEAD is an offset stored as uint64: back to signed, then absolute.
        self.head = (rows[:, 0].astype("int64") + numpy.arange(n, dtype="int64")).tolist()
        pos_names = {int(k): v for k, v in POS_NAMES.items()}
        self.pos = [pos_names[k] for k in rows[:, 1].tolist()]
        strings = doc.vocab.strings
        self.dep, self.tag, self.lower = (
            _strings(strings, rows[:, col].tolist()) for col in (2, 3, 5)
        )
        self.lemma = _strings(strings, rows[:, 4].tolist(), lower=True)
        kids: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(self.head):
            if h != i:
                kids[h].append(i)
        self.kids = kids
        self.sent_of = [0] * n
        self.sent_end: dict[int, int] = {}
        for start, end in _sentence_bounds(doc, rows[:, 6]):
            self.sent_of[start:end] = [start] * (end - start)
            self.sent_end[start] = end

    def children(self, tok: Token) -> list[Token]:
        """``tok.children`` from the per-doc child lists (no rescan of the token's span)."""
        doc = self.doc
        return [doc[c] for c in self.kids[tok.i]]

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


#: String-store hash -> its string, and -> its string lower-cased. A hash is a fixed
#: function of its string (the same in every Vocab and process), so the memo is safe
#: across documents; the string store itself is slow to ask (a Python-level call).
_HASH_TEXT: dict[int, str] = {}
_HASH_LOWER: dict[int, str] = {}
#: Entries kept before the memos start over (a bound on memory in long runs).
_HASH_MEMO_SIZE = 200_000


def _sentence_bounds(doc: Doc, sent_starts: Any) -> list[tuple[int, int]]:
    """``(start, end)`` of each of ``doc.sents``, from the SENT_START column.

    The same rule as ``Doc.sents`` (a sentence starts at token 0 and wherever
    ``sent_start == 1``) without making a Span per sentence; a Doc with a ``sents``
    hook or without sentence boundaries goes through ``Doc.sents`` itself.
    """
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [(sent.start, sent.end) for sent in doc.sents]
    n = len(doc)
    starts = [0, *(i for i in numpy.flatnonzero(sent_starts == 1).tolist() if i > 0)]
    return [(a, b) for a, b in zip(starts, [*starts[1:], n], strict=True) if a < b]


def _strings(strings: Any, keys: list[int], lower: bool = False) -> list[str]:
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
