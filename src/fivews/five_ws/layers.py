"""What the other fivews layers found on a Doc, as the five Ws rules read it.

The entities, time expressions and claims come from the Doc's reader
(:attr:`fivews.structure.DocReader.layers`); any layer may be ``None`` or malformed,
which counts as empty. The few facts this layer derives from them — the claims' cue and
content ranges, the direct quotations, the events layer's records, the highest entity
salience — are computed once per reading and kept in the reader's ``memo``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from fivews.structure import DocReader, dict_items

#: Direct quotations (curly or straight double quotes, or the doubled apostrophes of some
#: print archives: ''...'') on one line. The claims layer
#: holds only the quotations it attributes to a source (and none when it is absent),
#: so every quotation is found here.
QUOTE_RE = re.compile(r"\u201c[^\u201d\n]*\u201d?|\"[^\"\n]*\"|''(?:(?!'')[^\n])*''")


def in_ranges(char: int, ranges: Iterable[tuple[int, int]]) -> bool:
    """Whether the character offset ``char`` falls in one of ``ranges``."""
    return any(start <= char < end for start, end in ranges)


# --------------------------------------------------------------------------- claims


def cue_ranges(reader: DocReader) -> list[tuple[int, int]]:
    """``(cue_start, cue_end)`` of each claim's cue (the verbs of saying)."""
    return reader.memoised("five_ws.cue_ranges", _cue_ranges)


def _cue_ranges(reader: DocReader) -> list[tuple[int, int]]:
    return [
        (claim["cue_start"], claim["cue_end"])
        for claim in reader.layers.claims
        if isinstance(claim.get("cue_start"), int) and isinstance(claim.get("cue_end"), int)
    ]


def content_ranges(reader: DocReader) -> list[tuple[int, int]]:
    """``(start, end)`` of each claim's content."""
    return reader.memoised(
        "five_ws.content_ranges", lambda r: [(s, e) for s, e, _ in r.layers.claim_spans]
    )


def quote_ranges(reader: DocReader) -> list[tuple[int, int]]:
    """``(start, end)`` of each direct quotation, quote marks included (:data:`QUOTE_RE`)."""
    return reader.memoised(
        "five_ws.quote_ranges", lambda r: [m.span() for m in QUOTE_RE.finditer(r.doc_text)]
    )


# --------------------------------------------------------------------------- entities, events


def max_salience(reader: DocReader) -> float:
    """The highest salience of ``doc._.entities`` (0.0 without entities)."""
    return reader.memoised(
        "five_ws.max_salience",
        lambda r: max((float(e.get("salience") or 0.0) for e in r.layers.entities), default=0.0),
    )


def event_triggers(reader: DocReader) -> list[tuple[int, int, dict[str, Any]]]:
    """``(start, end, event)`` of each ``doc._.events`` record with a trigger offset, in
    layer order (a trigger without ``end`` covers one character)."""
    return reader.memoised("five_ws.event_triggers", _event_triggers)


def _event_triggers(reader: DocReader) -> list[tuple[int, int, dict[str, Any]]]:
    out = []
    for event in dict_items(reader.extension("events")):
        trigger = event.get("trigger")
        if isinstance(trigger, dict) and isinstance(trigger.get("start"), int):
            out.append((trigger["start"], int(trigger.get("end", trigger["start"] + 1)), event))
    return out


def event_at(reader: DocReader, verb: Token) -> dict[str, Any] | None:
    """The events-layer record whose trigger is ``verb`` (or whose text holds it)."""
    char = verb.idx
    for start, end, event in event_triggers(reader):
        if start <= char < end:
            return event
    return None
