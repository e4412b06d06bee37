"""Reading an article from a file, bytes, HTML, a record or a string, with clear errors
for input that cannot be an article (empty, binary, wrong encoding, not a date)."""

from __future__ import annotations

import datetime as dt
import os
import re
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fivews.article.blocks import segment_text, title_words
from fivews.article.language import detect_language
from fivews.article.published import infer_published
from fivews.article.records import Article, Block, PublishedDate
from fivews.errors import (
    BinaryInputError,
    DateError,
    EmptyInputError,
    EncodingInputError,
    MissingFileError,
    NotEnglishWarning,
    RecordError,
)

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
    article.title_apart = title if title and not opens_with_title(text, blocks, title) else None
    article.language = detect_language(text, blocks)
    if article.language not in (None, "en"):
        message = (
            f"the text looks like language {article.language!r}, not English; results will be poor"
        )
        article.warnings.append(message)
        warnings.warn(message, NotEnglishWarning, stacklevel=2)
    return article


#: A headline line that spells this share of a longer given title's words, from its
#: start, is that title ("Jobs report gives Democrats a lift" for "... - The Times").
TITLE_PREFIX_SHARE = 0.6


def opens_with_title(text: str, blocks: list[Block], title: str) -> bool:
    """Whether the text already holds the given title: its headline lines spell the
    title's words (case and punctuation aside; a line spelling most of a longer title
    from its start counts: an outlet's suffix), or the text opens with those words."""
    want = title_words(title)
    if not want:
        return True
    spelled = [w for b in blocks if b.kind == "headline" for w in title_words(b.text)]
    if spelled and want[: len(spelled)] == spelled[: len(want)]:
        if min(len(spelled), len(want)) >= TITLE_PREFIX_SHARE * max(len(spelled), len(want)):
            return True
    head = text.lstrip()[: len(title) + 40]
    return title_words(head)[: len(want)] == want


def parse_iso_date(value: str | dt.date) -> str:
    """Return ``value`` as ``YYYY-MM-DD``; raise :class:`DateError` if it is not a date."""
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise DateError(f"publication date {value!r} is not an ISO date (YYYY-MM-DD)") from None
