"""The shapes of what the claims layer finds: :class:`Claim` while it works, and the
JSON-ready dicts it writes to ``doc._.claims`` and ``doc._.assertions``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypedDict

from spacy.tokens import Span, Token


@dataclass(eq=False)
class Claim:
    """One attribution found in the Doc (token-level; turned into a dict at the end)."""

    cue: Span | None
    cue_lemma: str | None
    subject: Span | None
    content: list[Token]
    direct: bool = False
    parts: list[list[Token]] = field(default_factory=list)
    quote: tuple[int, int] | None = None
    continues: Claim | None = None
    source_text: str | None = None
    source_span: tuple[int, int] | None = None
    source_name: str | None = None
    source_kind: str = "unknown"
    source_role: str | None = None
    resolved_span: tuple[int, int] | None = None
    source_head: tuple[int, int] | None = None
    resolved_head: tuple[int, int] | None = None

    @property
    def start_char(self) -> int:
        if self.quote:
            return self.quote[0]
        return self.content[0].idx if self.content else (self.cue.start_char if self.cue else 0)

    @property
    def end_char(self) -> int:
        if self.quote:
            return self.quote[1]
        last = self.content[-1] if self.content else None
        return last.idx + len(last.text) if last is not None else 0


class SpanRecord(TypedDict):
    """A stretch of the text: ``start``/``end`` are character offsets (None when empty)."""

    text: str
    start: int | None
    end: int | None


class SourceRecord(TypedDict):
    """Who a claim is attributed to (see :func:`fivews.claims.serialize.claim_record`)."""

    text: str | None
    start: int | None
    end: int | None
    name: str | None
    kind: str
    role: str | None
    group: str | None
    type: str | None
    entity: str | None
    affiliation: Any


#: When a claim was made: ``from`` is "timex", "ner" or "published".
DateRecord = TypedDict("DateRecord", {"text": str | None, "value": Any, "from": str})


class HedgeRecord(TypedDict):
    """A hedge or approximator; ``kind`` is a key of ``data/claim_hedges.json``."""

    text: str
    start: int
    end: int
    kind: str


class QuantityRecord(TypedDict):
    """A number with its unit or counted noun (see
    :func:`fivews.claims.quantities.find_quantities`)."""

    text: str
    start: int
    end: int
    value: float
    unit: str | None
    counted: str | None
    normalized_value: float
    normalized_unit: str | None
    approx: bool
    bound: str | None
    equivalent_of: str | None
    consistent: bool | None


class AboutRecord(TypedDict):
    """An actor or place named in a claim's content; ``entity`` is its id or None."""

    name: str
    entity: str | None


class ClaimRecord(TypedDict):
    """One item of ``doc._.claims`` (the fields are described at
    :func:`fivews.claims.serialize.claim_record`)."""

    id: str
    source: SourceRecord
    cue: str | None
    cue_lemma: str | None
    cue_start: int | None
    cue_end: int | None
    content: SpanRecord
    parts: list[SpanRecord]
    addressee: SpanRecord | None
    direct: bool
    continues: str | None
    negated: bool
    date: DateRecord
    stance: str
    hedges: list[HedgeRecord]
    conditionals: list[SpanRecord]
    quantities: list[QuantityRecord]
    about: list[AboutRecord]
    contested_by: list[str]
    contradiction_reasons: dict[str, list[str]]


class AssertionRecord(TypedDict):
    """One item of ``doc._.assertions``: a sentence in the reporter's own voice."""

    id: str
    text: str
    start: int
    end: int
    block: str
    hedges: list[HedgeRecord]
    quantities: list[QuantityRecord]
