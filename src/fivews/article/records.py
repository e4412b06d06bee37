"""The records an article is read into: blocks, datelines, the publication date."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Block kinds, in the order a reader meets them.
BLOCK_KINDS: tuple[str, ...] = ("boilerplate", "headline", "caption", "subhead", "paragraph")


@dataclass
class Block:
    """One block of the article: a run of text of one kind.

    Attributes:
        kind: one of :data:`BLOCK_KINDS`.
        start: offset of the first character in the input text.
        end: offset one past the last character (``text[start:end] == self.text``).
        text: the block's text.
        duplicate_of: index of the block this one repeats word for word, if any.
        label: finer reason for chrome (``"share"``, ``"byline"``...) or captions.
    """

    kind: str
    start: int
    end: int
    text: str
    duplicate_of: int | None = None
    label: str | None = None
    dateline: Dateline | None = None

    def to_dict(self, with_text: bool = True) -> dict[str, Any]:
        """Return the block as a JSON-ready dict (optional keys only when set)."""
        out: dict[str, Any] = {"kind": self.kind, "start": self.start, "end": self.end}
        if with_text:
            out["text"] = self.text
        if self.duplicate_of is not None:
            out["duplicate_of"] = self.duplicate_of
        if self.label is not None:
            out["label"] = self.label
        if self.dateline is not None:
            out["dateline"] = self.dateline.to_dict()
        return out


@dataclass(frozen=True)
class Dateline:
    """A wire dateline opening a paragraph ("KABUL, Afghanistan (AP) —").

    Attributes:
        start, end: the dateline, through the dash and the space after it.
        place_start, place_end: its place ("KABUL").
        text, place: the two as text.
    """

    start: int
    end: int
    place_start: int
    place_end: int
    text: str
    place: str

    def to_dict(self) -> dict[str, Any]:
        """Return the dateline as a JSON-ready dict."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "place": {"start": self.place_start, "end": self.place_end, "text": self.place},
        }


#: Confidence levels of an inferred publication date, strongest first.
CONFIDENCE_LEVELS: tuple[str, ...] = ("high", "medium", "low")


@dataclass
class PublishedDate:
    """The publication date and how it was obtained.

    Attributes:
        value: ISO date ``YYYY-MM-DD``, or None when nothing supports a date.
        source: ``given`` (by the caller), ``metadata`` (HTML) or ``inferred``.
        evidence: the reasoning, one step per item.
        confidence: for an inferred date, one of :data:`CONFIDENCE_LEVELS` (None otherwise);
            see :mod:`fivews.article.published` for what each level rests on.
        basis: for an inferred date, the kind of evidence it rests on (``timestamp``,
            ``dateline``, ``caption``, ``dated-reference``, ``body-date``).
    """

    value: str | None
    source: str
    evidence: list[str] = field(default_factory=list)
    confidence: str | None = None
    basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return ``{value, source, evidence}``, with ``confidence`` and ``basis`` when set."""
        out = asdict(self)
        for key in ("confidence", "basis"):
            if out[key] is None:
                del out[key]
        return out


@dataclass
class Article:
    """An article read from a file, a string or a record.

    Attributes:
        text: the exact text every offset refers to.
        blocks: the text's blocks, in order.
        published: the publication date with its source and evidence.
        title: the headline (from metadata, the record, or the headline block).
        id: the record's id, or the file name's stem.
        url: the record's or the page's URL.
        source_format: ``text``, ``html`` or ``record``.
        language: ISO 639-1 code guessed from the text (``en`` expected).
        warnings: problems that did not stop the analysis.
        title_apart: the title given by the caller when the text does not open with it
            (None otherwise): the main-event finder reads it as the headline.
    """

    text: str
    blocks: list[Block]
    published: PublishedDate
    title: str = ""
    id: str | None = None
    url: str | None = None
    source_format: str = "text"
    language: str | None = None
    warnings: list[str] = field(default_factory=list)
    title_apart: str | None = None

    def block_dicts(self, with_text: bool = True) -> list[dict[str, Any]]:
        """Return the blocks as JSON-ready dicts."""
        return [b.to_dict(with_text=with_text) for b in self.blocks]
