"""The timexes an event can be anchored on, by sentence, with the token each hangs from.

A view of :attr:`fivews.structure.LayerIndex.timexes_by_sentence` shaped for the anchoring
rules of :mod:`~fivews.events.anchor`: each timex with its syntactic head token (the one
attached outside it), its first token and whether it can place an event on the calendar.
A clause is only ever anchored inside its sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span

from fivews.events.dates import ISO_START
from fivews.structure import DocReader

#: Timex types that can anchor an event on a calendar.
ANCHOR_TYPES: frozenset[str] = frozenset({"DATE", "TIME"})
#: Preferred anchor type order (lower is better) when one clause has several timexes.
TYPE_RANK: dict[str, int] = {"DATE": 0, "TIME": 0, "DURATION": 1, "SET": 3}


@dataclass
class IndexedTimex:
    """A timex of ``doc._.timexes`` with the tokens it sits on."""

    data: dict[str, Any]
    head_i: int  # the timex's syntactic head
    start_i: int  # its first token
    anchors: bool  # can it place an event on the calendar?

    def rank(self, head_i: int) -> tuple[int, int]:
        """Sort key for an event headed at ``head_i``: anchor type, then distance."""
        return (TYPE_RANK.get(str(self.data.get("type")), 2), abs(self.start_i - head_i))


def timexes_by_sentence(reader: DocReader) -> dict[int, list[IndexedTimex]]:
    """Each sentence start -> its timexes in ``doc._.timexes`` order (kept in the reader's
    memo for the length of the reading)."""
    return reader.memoised("events.timexes_by_sentence", _index_timexes)


def _index_timexes(reader: DocReader) -> dict[int, list[IndexedTimex]]:
    return {
        sent_start: [
            IndexedTimex(
                tx, span.root.i, span.start, anchors_on_calendar(tx) and not _life_span(tx, span)
            )
            for tx, span in pairs
        ]
        for sent_start, pairs in reader.layers.timexes_by_sentence.items()
    }


#: rules of the two years of a span of years ("1955-2011")
_YEAR_SPAN_RULES = frozenset({"year_range_start", "year_range_end"})


def _life_span(tx: Mapping[str, Any], span: Span) -> bool:
    """Whether a year is one end of a span of years written right after a name, the life
    of the person named ("Steve Jobs 1955-2011", "Smith (1920-2005)"): no event's time."""
    if tx.get("rule") not in _YEAR_SPAN_RULES:
        return False
    doc, i = span.doc, span.start - 1
    if tx.get("rule") == "year_range_end":  # back over "1955-"
        while i >= 0 and (doc[i].like_num or doc[i].text in ("-", "–")):
            i -= 1
    if i >= 0 and doc[i].text == "(":
        i -= 1
    return i >= 0 and doc[i].pos_ == "PROPN"


def anchors_on_calendar(tx: Mapping[str, Any]) -> bool:
    """A timex places an event on the calendar if it has a date value or an interval."""
    if tx.get("interval"):
        return True
    return tx.get("type") in ANCHOR_TYPES and bool(ISO_START.match(str(tx.get("value") or "")))
