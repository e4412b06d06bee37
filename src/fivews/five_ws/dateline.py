"""Where the wire dateline is ("KABUL, Afghanistan (AP) —").

The dateline is found once, by :func:`fivews.article.blocks.find_dateline` when the
article is split into blocks: the paragraph block that opens with it carries it as
``block["dateline"]`` in ``doc._.blocks``. This module reads it from there. The
dateline's place is a candidate answer to *where*; its tokens are skipped when candidate
verbs and subjects are read (the parser often makes the dateline's city the subject of
the lead sentence).
"""

from __future__ import annotations

from spacy.tokens import Doc

from fivews.article.blocks import find_dateline as find_dateline_in_text
from fivews.structure import DocReader, reader_of

#: ``(place_start, place_end, dateline_end)`` character offsets.
DatelineChars = tuple[int, int, int]


def find_dateline(doc: Doc) -> DatelineChars | None:
    """The wire dateline opening one of the first body paragraphs, or None.

    Returns ``(place_start, place_end, dateline_end)`` character offsets (the place is
    "KABUL"; the dateline ends after the dash and the space after it).
    """
    return dateline_chars(reader_of(doc))


def dateline_tokens(doc: Doc) -> range:
    """Token indices of the dateline (place through the dash), empty if there is none."""
    return dateline_range(reader_of(doc))


def dateline_chars(reader: DocReader) -> DatelineChars | None:
    """:func:`find_dateline` of the reader's Doc, looked up once per reading.

    A Doc without blocks (made without ``fivews_blocks``) is read as one paragraph: its
    text is given to the same dateline finder.
    """
    return reader.memoised("five_ws.dateline_chars", _dateline_chars)


def _dateline_chars(reader: DocReader) -> DatelineChars | None:
    blocks = reader.blocks
    if not blocks:
        found = find_dateline_in_text(reader.doc_text)
        return None if found is None else (found.place_start, found.place_end, found.end)
    for _, dateline in reader.datelines[:1]:
        place = dateline["place"]
        return place["start"], place["end"], dateline["end"]
    return None


def dateline_range(reader: DocReader) -> range:
    """:func:`dateline_tokens` of the reader's Doc, computed once per reading."""
    return reader.memoised("five_ws.dateline_range", _dateline_range)


def _dateline_range(reader: DocReader) -> range:
    found = dateline_chars(reader)
    if found is None:
        return range(0)
    start, _, end = found
    doc = reader.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return range(0)
    last = span.end
    while last > span.start and doc[last - 1].is_space:
        last -= 1
    return range(span.start, last)
