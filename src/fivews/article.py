"""Read a news article (text file, HTML file, string or record) into blocks.

A scraped article is a stack of lines: page chrome ("Accessibility links", share widgets),
a headline, photo captions (often repeated, once as alt text and once as caption),
sub-heads and paragraphs. :func:`segment_text` splits the exact input text into
:class:`Block` objects whose ``start``/``end`` offsets satisfy
``text[start:end] == block.text``; every non-blank line of the input lies in exactly one
block, so nothing is dropped silently.

How a line is classified (general rules, tried on several outlets' layouts):

1. *boilerplate*: a short line matching a curated chrome pattern
   (``data/boilerplate.json``: navigation, banners, share widgets, bylines, time stamps,
   credits...) or a line with no letters at all;
2. *caption*: a photo-credit marker ("Photograph:", "(AP Photo/", "Image caption"), the
   wire-caption form that ends on a full date (", Sept. 15, 2017."), or a line that is
   repeated word for word (the repeat is kept with ``duplicate_of``);
3. *headline*: the first other line before the body, when it reads like a title (short,
   no final full stop);
4. *subhead*: a short line without final punctuation that introduces a paragraph;
5. *paragraph*: everything else.

HTML is turned into text with trafilatura (main text and metadata); no HTML is parsed by
hand here. The publication date comes from the caller, from HTML metadata, or is inferred
from the text by :func:`infer_published` with its reasoning.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
import warnings
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from fivews.errors import (
    BinaryInputError,
    DateError,
    EmptyInputError,
    EncodingInputError,
    MissingFileError,
    NotEnglishWarning,
    RecordError,
)

#: Block kinds, in the order a reader meets them.
BLOCK_KINDS: tuple[str, ...] = ("boilerplate", "headline", "caption", "subhead", "paragraph")

#: Chrome patterns are only tried on lines this short (words).
MAX_CHROME_WORDS = 12
#: A headline has at most this many words.
MAX_HEADLINE_WORDS = 30
#: A sub-head has at most this many words.
MAX_SUBHEAD_WORDS = 14
#: Menu and tag-list items have at most this many words.
MAX_MENU_WORDS = 4
#: A headline has at least this many words (a lone "News" or "World" is a menu item).
MIN_HEADLINE_WORDS = 3
#: Lines repeated verbatim with at least this many words are duplicates.
MIN_DUPLICATE_WORDS = 4

TERMINAL_PUNCT = ".!?…"
CLOSING_QUOTES = "\"'”’»)]"

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
#: "Sept. 15, 2017" / "September 15 2017"
_DATE_MDY = re.compile(
    rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: "15 September 2017"
_DATE_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_RE})\.?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: "2017-09-15"
_DATE_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
_WEEKDAY_RE = re.compile(
    r"\b(?P<before>next|this coming|coming|until|by|on or before)?\s*"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b",
    re.IGNORECASE,
)
#: A line ending on a full date, the wire photo caption form.
_CAPTION_DATE_END = re.compile(
    rf"(?:,|\bon|\bin)\s+(?:{_MONTH_RE})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d\.?\s*$", re.IGNORECASE
)
_CAPTION_MARKERS = re.compile(
    r"(\b(?:AP|AFP|Reuters|EPA|Getty|Xinhua|UPI)\s*(?:Photo|Images)\b|\bPhotograph:|\bPhoto:|"
    r"\bPhotos?\s+by\b|\bPicture:|\bPictured:|\bImage caption\b|\bCaption:|^FILE\s*[-–—]|"
    r"\bFILE PHOTO\b|\(Photo\b|\bCredit:)",
    re.IGNORECASE,
)
#: A wire-style dateline opening a paragraph: ``KABUL, Afghanistan (AP) —``,
#: ``NEW YORK, Feb 5 (Reuters) -``, ``PARIS —``.
DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\u2019\-]+(?: [A-Z][A-Z.'\u2019\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?:,?\s*[A-Z][a-z]{2,4}\.? \d{1,2})?"
    r"\s*(?:\([A-Za-z. ]{2,20}\))?\s*(?:\u2014|\u2013|--?)\s"
)
#: Only the first paragraphs can open with the dateline (the first may be a byline).
DATELINE_PARAGRAPHS = 2
_LETTER = re.compile(r"[^\W\d_]")
#: Matches (at the start) a text with at least 40 letters; stops at the 40th letter.
_FORTY_LETTERS = re.compile(r"(?:[\W\d_]*[^\W\d_]){40}")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
#: Every match of :data:`_CAPTION_MARKERS` contains one of these (case aside).
_CAPTION_MARKER_WORDS: tuple[str, ...] = ("photo", "images", "picture", "caption", "file", "credit")


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


def find_dateline(text: str, start: int = 0) -> Dateline | None:
    """The wire dateline at the start of ``text`` (a paragraph's text starting at offset
    ``start`` of the article), or None."""
    match = DATELINE_RE.match(text)
    if match is None:
        return None
    return Dateline(
        start=start + match.start("place"),
        end=start + match.end(),
        place_start=start + match.start("place"),
        place_end=start + match.end("place"),
        text=match.group(0)[match.start("place") :],
        place=match.group("place"),
    )


@dataclass
class PublishedDate:
    """The publication date and how it was obtained.

    Attributes:
        value: ISO date ``YYYY-MM-DD``, or None when nothing supports a date.
        source: ``given`` (by the caller), ``metadata`` (HTML) or ``inferred``.
        evidence: the reasoning, one step per item.
    """

    value: str | None
    source: str
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return ``{value, source, evidence}``."""
        return asdict(self)


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

    def block_dicts(self, with_text: bool = True) -> list[dict[str, Any]]:
        """Return the blocks as JSON-ready dicts."""
        return [b.to_dict(with_text=with_text) for b in self.blocks]


# --------------------------------------------------------------------------- reading


def read_article(
    source: str | os.PathLike[str] | Mapping[str, Any],
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    encoding: str = "utf-8",
) -> Article:
    """Read an article from a path, a record or a string of text.

    Args:
        source: a path (``.txt``, ``.html``/``.htm``; ``Path`` or an existing file name),
            a record ``{"text", "id"?, "title"?, "published"?, "url"?}``, or the text.
        published: the publication date (ISO ``YYYY-MM-DD``); inferred when absent.
        title: the headline, when the caller knows it.
        encoding: the file's encoding (UTF-8 unless told otherwise).

    Raises:
        InputError: the source is missing, empty, binary, not decodable, or a bad record.
    """
    if isinstance(source, Mapping):
        return from_record(source, published=published)
    if isinstance(source, os.PathLike) or _looks_like_path(source):
        return read_file(source, published=published, title=title, encoding=encoding)
    return from_text(str(source), published=published, title=title)


def _looks_like_path(source: str) -> bool:
    """A short one-line string naming an existing file is a path, not article text."""
    return len(source) < 4096 and "\n" not in source and os.path.isfile(source)


def read_file(
    path: str | os.PathLike[str],
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    encoding: str = "utf-8",
) -> Article:
    """Read a text or HTML file (never modified) into an :class:`Article`."""
    p = Path(path)
    if not p.is_file():
        raise MissingFileError(f"{p}: no such file")
    data = p.read_bytes()
    text = decode_bytes(data, encoding=encoding, name=str(p))
    if p.suffix.lower() in {".html", ".htm", ".xhtml"} or looks_like_html(text):
        article = from_html(text, published=published, url=None)
    else:
        article = from_text(text, published=published, title=title)
    article.id = article.id or p.stem
    return article


def decode_bytes(data: bytes, *, encoding: str = "utf-8", name: str = "input") -> str:
    """Decode file bytes, refusing empty, binary and undecodable input with a clear error.

    A UTF-8 byte-order mark is dropped (it is not text); nothing else is changed, so
    offsets stay those of the decoded file.
    """
    if not data.strip():
        raise EmptyInputError(f"{name}: the file is empty or only whitespace")
    kind = sniff_binary(data)
    if kind:
        raise BinaryInputError(f"{name}: looks like a binary file ({kind}), not article text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingInputError(
            f"{name}: not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save it as UTF-8 or pass --encoding (e.g. --encoding cp1252)"
        ) from None
    except LookupError:
        raise EncodingInputError(f"{name}: unknown encoding {encoding!r}") from None
    return text.removeprefix("\ufeff")


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip"),
    (b"\x7fELF", "executable"),
)


def sniff_binary(data: bytes) -> str | None:
    """Return what binary format ``data`` looks like, or None for text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head:
        return "NUL bytes"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls / len(head) > 0.05:
        return "control bytes"
    return None


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page rather than plain text."""
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(html|head|body)[\s>]", head)
    )


def from_html(
    html: str, *, published: str | dt.date | None = None, url: str | None = None
) -> Article:
    """Extract the main text and metadata of an HTML page with trafilatura.

    Offsets of the result refer to the extracted text (``Article.text``).
    """
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if extracted is None:
        raise EmptyInputError("HTML page: no article text could be extracted")
    meta = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = meta.get("text") or ""
    if not text.strip():
        raise EmptyInputError("HTML page: no article text could be extracted")
    article = from_text(
        text, published=published, title=meta.get("title") or None, metadata_date=meta.get("date")
    )
    article.source_format = "html"
    article.url = url or meta.get("url")
    return article


def from_record(record: Mapping[str, Any], *, published: str | dt.date | None = None) -> Article:
    """Read a record ``{"text", "id"?, "title"?, "published"?, "url"?}``."""
    if not isinstance(record, Mapping):
        raise RecordError("record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise RecordError("record has no string field 'text'")
    if not text.strip():
        raise EmptyInputError("record's 'text' is empty")
    given = published or record.get("published") or None
    title = record.get("title")
    article = from_text(text, published=given, title=title if isinstance(title, str) else None)
    rid = record.get("id")
    article.id = None if rid is None else str(rid)
    url = record.get("url")
    article.url = url if isinstance(url, str) else None
    article.source_format = "record"
    return article


def from_text(
    text: str,
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    metadata_date: str | None = None,
) -> Article:
    """Segment a text into blocks, settle its date and title, and check its language."""
    if not text.strip():
        raise EmptyInputError("the text is empty or only whitespace")
    blocks = segment_text(text, title=title)
    if published is not None and str(published).strip():
        date = PublishedDate(parse_iso_date(published), "given", ["given by the caller"])
    elif metadata_date:
        value = parse_iso_date(str(metadata_date)[:10])
        date = PublishedDate(value, "metadata", [f"HTML metadata date {metadata_date!r}"])
    else:
        date = infer_published(text, blocks)
    headline = next((b.text for b in blocks if b.kind == "headline"), "")
    article = Article(text=text, blocks=blocks, published=date, title=title or headline)
    article.language = detect_language(text, blocks)
    if article.language not in (None, "en"):
        message = (
            f"the text looks like language {article.language!r}, not English; results will be poor"
        )
        article.warnings.append(message)
        warnings.warn(message, NotEnglishWarning, stacklevel=2)
    return article


def parse_iso_date(value: str | dt.date) -> str:
    """Return ``value`` as ``YYYY-MM-DD``; raise :class:`DateError` if it is not a date."""
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise DateError(f"publication date {value!r} is not an ISO date (YYYY-MM-DD)") from None


# ----------------------------------------------------------------------- segmentation


@lru_cache(maxsize=1)
def chrome_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Load the page-chrome patterns from ``data/boilerplate.json`` (once)."""
    raw = json.loads(resources.files("fivews.data").joinpath("boilerplate.json").read_text("utf-8"))
    out = []
    for item in raw["patterns"]:
        flags = 0 if item.get("case") == "sensitive" else re.IGNORECASE
        out.append((re.compile(rf"(?:{item['regex']})[\s:.,|•·]*", flags), item["label"]))
    return tuple(out)


def _lines(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each non-blank line, trimmed of surrounding spaces."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(CLOSING_QUOTES + " ")
    return bool(stripped) and stripped[-1] in TERMINAL_PUNCT


def _join_wrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join hard-wrapped lines: adjacent lines where the next starts in lower case.

    Two lines are adjacent when only one line break separates them; a blank line always
    ends a block.
    """
    units: list[tuple[int, int]] = []
    for s, e in spans:
        if units:
            ps, pe = units[-1]
            gap = text[pe:s]
            first = text[s]
            if (
                gap.count("\n") == 1
                and not _ends_sentence(text[ps:pe])
                and (first.islower() or first in ",;)")
            ):
                units[-1] = (ps, e)
                continue
        units.append((s, e))
    return units


def chrome_label(line: str) -> str | None:
    """Return the chrome label of a line (``"share"``, ``"byline"``...) or None."""
    if not _LETTER.search(line):
        return "separator"
    if re.fullmatch(r"(https?://|www\.)\S+", line):
        return "link"
    if len(line.split()) > MAX_CHROME_WORDS:
        return None
    for pattern, label in chrome_patterns():
        if pattern.fullmatch(line):
            return label
    return None


def _normalise(line: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", line).casefold().split())


def _is_caption(line: str) -> bool:
    """Whether a line carries a photo credit or ends like a wire caption's date.

    Cheap string tests first (most lines are neither): a marker needs one of
    :data:`_CAPTION_MARKER_WORDS`, and the date form needs a year at the very end.
    """
    return bool(
        (_may_have_marker(line) and _CAPTION_MARKERS.search(line))
        or (_may_end_with_year(line) and _CAPTION_DATE_END.search(line))
    )


def _may_have_marker(line: str) -> bool:
    """False only if :data:`_CAPTION_MARKERS` cannot match (an ASCII line without any of
    its words; a non-ASCII line may hold case variants such as the long s, so it passes)."""
    if not line.isascii():
        return True
    low = line.lower()
    return any(word in low for word in _CAPTION_MARKER_WORDS)


def _may_end_with_year(line: str) -> bool:
    """False only if :data:`_CAPTION_DATE_END` cannot match: it ends with ``(19|20)dd``,
    an optional period and spaces."""
    tail = line.rstrip()
    if tail.endswith("."):
        tail = tail[:-1]
    return tail[-4:-2] in ("19", "20") and tail[-2:].isdigit()


def _is_heading(line: str, max_words: int) -> bool:
    """Short, starts with a capital or digit, and has no sentence-final punctuation."""
    words = line.split()
    if not words or len(words) > max_words:
        return False
    first = next((c for c in line if c.isalnum()), "")
    return (
        (first.isupper() or first.isdigit())
        and not _ends_sentence(line)
        and not line.endswith((",", ";"))
    )


def segment_text(text: str, title: str | None = None) -> list[Block]:
    """Split ``text`` into blocks of kind :data:`BLOCK_KINDS` (see module docstring).

    Args:
        text: the article as plain text (exactly as read).
        title: the known headline, if any; a line equal to it is the headline.
    """
    units = _join_wrapped(text, _lines(text))
    blocks = [Block("paragraph", s, e, text[s:e]) for s, e in units]
    title_key = _normalise(title) if title else None

    # 1. page chrome
    for block in blocks:
        block.label = chrome_label(block.text)
        if block.label:
            block.kind = "boilerplate"

    # 1b. menus and tag lists: three or more short title-like lines in a row (one line
    #     break apart, no blank line) are navigation, not headlines or sub-heads.
    run: list[int] = []
    for i in range(len(blocks) + 1):
        block = blocks[i] if i < len(blocks) else None
        adjacent = (
            bool(run)
            and block is not None
            and text[blocks[run[-1]].end : block.start].count("\n") == 1
        )
        short = block is not None and (
            block.kind == "boilerplate" or _is_heading(block.text, MAX_MENU_WORDS)
        )
        if short and (adjacent or not run):
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                if blocks[j].kind != "boilerplate":
                    blocks[j].kind, blocks[j].label = "boilerplate", "navigation"
        run = [i] if short else []

    # 2. repeats: the second and later copies point at the first
    first_seen: dict[str, int] = {}
    for i, block in enumerate(blocks):
        if block.kind == "boilerplate" or len(block.text.split()) < MIN_DUPLICATE_WORDS:
            continue
        key = _normalise(block.text)
        if key in first_seen:
            block.duplicate_of = first_seen[key]
        else:
            first_seen[key] = i

    # 3. captions: credit markers, wire form, or repeated lines (alt text + caption)
    repeated = {b.duplicate_of for b in blocks if b.duplicate_of is not None}
    for i, block in enumerate(blocks):
        if block.kind == "boilerplate":
            continue
        if _is_caption(block.text) or i in repeated or block.duplicate_of is not None:
            block.kind = "caption"

    # 4. headline: the title if known, else the first title-like line before the body
    content = [i for i, b in enumerate(blocks) if b.kind != "boilerplate"]
    headline_at: int | None = None
    if title_key:
        headline_at = next((i for i in content if _normalise(blocks[i].text) == title_key), None)
    if headline_at is None:
        for i in content:
            block = blocks[i]
            if block.kind == "caption":
                continue
            words = len(block.text.split())
            if words < MIN_HEADLINE_WORDS and not _ends_sentence(block.text):
                continue  # a stray menu word or label, not the headline
            if _is_heading(block.text, MAX_HEADLINE_WORDS) or (
                words <= MAX_HEADLINE_WORDS and not _ends_sentence(block.text)
            ):
                headline_at = i
            break
    if headline_at is not None:
        blocks[headline_at].kind = "headline"
        blocks[headline_at].duplicate_of = None

    # 5. sub-heads: short title-like lines that introduce a paragraph; a run of three or
    #    more such lines is a menu or a tag list, not sub-heads.
    for pos, i in enumerate(content):
        block = blocks[i]
        # A question can be a sub-head too ("What is in the deal?").
        if block.kind != "paragraph" or not _is_heading(block.text.rstrip("?"), MAX_SUBHEAD_WORDS):
            continue
        nxt = blocks[content[pos + 1]] if pos + 1 < len(content) else None
        prv = blocks[content[pos - 1]] if pos > 0 else None
        introduces = (
            nxt is not None
            and nxt.kind == "paragraph"
            and not _is_heading(nxt.text, MAX_SUBHEAD_WORDS)
        )
        in_run = (
            prv is not None
            and prv.kind == "paragraph"
            and _is_heading(prv.text, MAX_SUBHEAD_WORDS)
            and nxt is not None
            and _is_heading(nxt.text, MAX_SUBHEAD_WORDS)
        )
        if introduces and not in_run:
            block.kind = "subhead"
        elif not introduces:
            block.kind = "boilerplate"
            block.label = "fragment"

    # duplicates share their original's kind
    for block in blocks:
        if block.duplicate_of is not None:
            block.kind = blocks[block.duplicate_of].kind

    # 6. a wire dateline opening one of the first paragraphs
    for block in [b for b in blocks if b.kind == "paragraph"][:DATELINE_PARAGRAPHS]:
        block.dateline = find_dateline(block.text, block.start)
        if block.dateline is not None:
            break
    return blocks


# ------------------------------------------------------------------ publication date


def find_full_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Return ``(date, start, end)`` for every explicit calendar date with a year."""
    found = []
    for regex in (_DATE_MDY, _DATE_DMY, _DATE_ISO):
        for m in regex.finditer(text):
            month = m.group("month")
            month_no = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            try:
                day = dt.date(int(m.group("year")), month_no, int(m.group("day")))
            except ValueError:
                continue
            found.append((day, m.start(), m.end()))
    return sorted(found, key=lambda x: x[1])


def infer_published(text: str, blocks: list[Block]) -> PublishedDate:
    """Infer the publication date from the text, explaining each step.

    Reasoning, in order of strength:

    1. a time-stamp line ("Published 21 September 2017") gives the date itself;
    2. otherwise the latest full date in captions and datelines (a photo is taken on or
       before the day it is published) is a lower bound ``L``; without one, the latest
       full date in the body is used;
    3. weekday names in news copy ("said Thursday") refer to the past week; the
       publication date is the earliest day on or after ``L`` from which every weekday
       mentioned, taken as its most recent occurrence, falls on or after ``L``.

    Without any explicit date there is nothing to anchor weekdays to: the value is None.
    """
    evidence: list[str] = []
    stamps = [b for b in blocks if b.kind == "boilerplate" and b.label == "timestamp"]
    for block in stamps:
        dates = find_full_dates(block.text)
        if dates:
            day = dates[0][0]
            evidence.append(f"time-stamp line {block.text!r} gives {day.isoformat()}")
            return PublishedDate(day.isoformat(), "inferred", evidence)

    def dates_in(kinds: set[str]) -> list[tuple[dt.date, str]]:
        out = []
        for b in blocks:
            if b.kind in kinds and b.duplicate_of is None:
                out += [(d, b.text[s:e]) for d, s, e in find_full_dates(b.text)]
        return out

    anchors = dates_in({"caption"})
    where = "caption"
    paragraph_starts = [
        (d, b.text[s:e])
        for b in blocks
        if b.kind == "paragraph"
        for d, s, e in find_full_dates(b.text[:60])
    ]
    if paragraph_starts:
        anchors += paragraph_starts
        where = "caption or dateline"
    if not anchors:
        anchors = dates_in({"paragraph", "subhead", "headline"})
        where = "article body"
    if not anchors:
        evidence.append("no explicit calendar date in the text: nothing to anchor a date to")
        return PublishedDate(None, "inferred", evidence)
    lower, phrase = max(anchors, key=lambda a: a[0])
    evidence.append(
        f"latest explicit date in a {where}: {phrase!r} = {lower.isoformat()} "
        "(the article cannot be older than what it reports)"
    )

    weekdays = _past_weekdays(text, blocks)
    if not weekdays:
        evidence.append("no weekday mentions: the publication date is taken to be that date")
        return PublishedDate(lower.isoformat(), "inferred", evidence)
    names = ", ".join(
        sorted(
            {WEEKDAYS[w].capitalize() for w in weekdays}, key=lambda n: WEEKDAYS.index(n.lower())
        )
    )
    day = lower
    while not all(_most_recent(day, w) >= lower for w in weekdays):
        day += dt.timedelta(days=1)
    evidence.append(
        f"weekdays mentioned as past news ({names}) must fall on or after {lower.isoformat()}"
    )
    evidence.append(
        f"earliest such day: {day.strftime('%A')} {day.isoformat()}, when each named weekday "
        "is within the past week"
    )
    return PublishedDate(day.isoformat(), "inferred", evidence)


def _most_recent(day: dt.date, weekday: int) -> dt.date:
    """The latest date on or before ``day`` that falls on ``weekday`` (0 = Monday)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def _past_weekdays(text: str, blocks: list[Block]) -> set[int]:
    """Weekdays named in content blocks, except those marked as future ("next Friday")."""
    found: set[int] = set()
    for b in blocks:
        if b.kind not in {"paragraph", "subhead", "headline"} or b.duplicate_of is not None:
            continue
        for m in _WEEKDAY_RE.finditer(b.text):
            if m.group("before"):
                continue
            found.add(WEEKDAYS.index(m.group("weekday").lower()))
    return found


# -------------------------------------------------------------------------- language


#: Share of English function words above which a text is English without asking langdetect.
ENGLISH_STOPWORD_SHARE = 0.25


def detect_language(text: str, blocks: list[Block]) -> str | None:
    """Guess the language of the article's paragraphs with langdetect (deterministic seed).

    A text whose words are mostly English function words (spaCy's English stop-word
    list) is taken as English at once: that settles ordinary articles without loading
    langdetect's profiles, which cost more than the rest of reading. Returns None when
    there is too little text to tell.
    """
    body = " ".join(b.text for b in blocks if b.kind != "boilerplate")[:3000]
    if not _FORTY_LETTERS.match(body):  # fewer than 40 letters
        return None
    from spacy.lang.en.stop_words import STOP_WORDS

    words = _LETTER_RUN.findall(body.lower())
    stop = sum(map(STOP_WORDS.__contains__, words))
    if words and stop / len(words) >= ENGLISH_STOPWORD_SHARE:
        return "en"
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0
    try:
        best = detect_langs(body)[0]
    except LangDetectException:
        return None
    return best.lang if best.prob >= 0.8 else "en"
