"""Where the wire dateline is ("KABUL, Afghanistan (AP) —").

The dateline's place is a candidate answer to *where*; its tokens are skipped when
candidate verbs and subjects are read (the parser often makes the dateline's city the
subject of the lead sentence).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from fivews.structure import doc_text

#: A wire-style dateline at the start of a paragraph: ``KABUL, Afghanistan (AP) —``,
#: ``NEW YORK, Feb 5 (Reuters) -``, ``PARIS —``.
DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\u2019\-]+(?: [A-Z][A-Z.'\u2019\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?:,?\s*[A-Z][a-z]{2,4}\.? \d{1,2})?"
    r"\s*(?:\([A-Za-z. ]{2,20}\))?\s*(?:\u2014|\u2013|--?)\s"
)


def find_dateline(doc: Doc, text: str | None = None) -> tuple[int, int, int] | None:
    """Find a wire dateline opening the first body paragraph ("KABUL, Afghanistan (AP) —").

    Returns ``(place_start, place_end, dateline_end)`` character offsets (the place is
    "KABUL"; the dateline ends after the dash), or None. ``text`` is ``doc.text`` when
    the caller has it (spaCy rebuilds it from every token on each access).
    """
    text = doc_text(doc) if text is None else text
    blocks = doc._.blocks or [{"kind": "paragraph", "start": 0, "end": len(text)}]
    paragraphs = [b for b in blocks if b.get("kind") == "paragraph"]
    # Only an opening paragraph can carry the dateline (the first may be a byline).
    for block in paragraphs[:2]:
        match = DATELINE_RE.match(text[block["start"] : block["end"]])
        if match is None:
            continue
        base = block["start"]
        return base + match.start("place"), base + match.end("place"), base + match.end()
    return None


def dateline_tokens(doc: Doc, found: tuple[int, int, int] | None | bool = False) -> range:
    """Token indices of the dateline (place through the dash), empty if there is none.

    ``found`` is :func:`find_dateline`'s answer when the caller has it already.
    """
    if found is False:
        found = find_dateline(doc)
    if found is None:
        return range(0)
    start, _, end = found
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return range(0)
    last = span.end
    while last > span.start and (doc[last - 1].is_space):
        last -= 1
    return range(span.start, last)
