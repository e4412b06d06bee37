"""Mentions that are no part of the article: page chrome (boilerplate blocks and the
phrases of ``data/entity_chrome.txt``), and the names title case makes spaCy see in
headlines and subheads unless the article confirms them or they are well known."""

from __future__ import annotations

import functools
import re
from typing import Any

from spacy.tokens import Doc

from fivews.entities.constants import TITLE_CASE_KINDS
from fivews.entities.known_names import is_well_known
from fivews.entities.lexicon import load_chrome_phrases
from fivews.entities.names import clean_name, name_key
from fivews.entities.records import SpanLabels
from fivews.structure import doc_text, reader_of


def drop_chrome(doc: Doc, spans: SpanLabels) -> SpanLabels:
    """Drop mentions of page chrome, and title-case mentions the article does not confirm.

    A mention is dropped when its name is a chrome phrase, when it lies in no block or a
    boilerplate block, or when it lies in a headline, subhead or title-case block and its
    name is neither in a body paragraph nor well known (:func:`is_well_known`).
    """
    chrome = load_chrome_phrases()
    reader = reader_of(doc)
    blocks = reader.blocks
    full_text = doc_text(doc)
    # Each mention's block and each block's title case, looked up once.
    block_of = {s: reader.block_at(s) for s, _ in spans} if blocks else {}
    title_case = {
        i: _is_title_case_block(doc, blocks[i]) for i in set(block_of.values()) if i is not None
    }
    body_keys: set[str] = set()
    for (s, _e), _label in spans.items():
        i = block_of.get(s)
        if not blocks or (i is not None and blocks[i]["kind"] == "paragraph" and not title_case[i]):
            body_keys.add(name_key(full_text[s:_e]))
    out = {}
    for (s, e), label in spans.items():
        text = full_text[s:e]
        if clean_name(text).lower() in chrome:
            continue
        if blocks:
            i = block_of[s]
            block = blocks[i] if i is not None else None
            if block is None or block["kind"] == "boilerplate":
                continue
            if (
                (block["kind"] in TITLE_CASE_KINDS or title_case[i])
                and name_key(text) not in body_keys
                and not is_well_known(text, label)
            ):
                continue
        out[(s, e)] = label
    return out


def _is_title_case_block(doc: Doc, block: dict[str, Any]) -> bool:
    """Whether most words of a block (≥3 words, ≤25) start with a capital letter."""
    return _is_title_case_text(doc_text(doc)[block["start"] : block["end"]])


_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@functools.lru_cache(maxsize=4096)
def _is_title_case_text(text: str) -> bool:
    """:func:`_is_title_case_block` of a block's text, memoised: the rules ask it once per
    mention, so a block is otherwise scanned again for every name in it."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return 3 <= len(words) <= 25 and sum(w[0].isupper() for w in words) / len(words) >= 0.7
