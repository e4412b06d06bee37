"""Read the article a main-event record names from a shared corpus at run time.

A five-W record without ``text`` names its article by ``id`` and ``source``; the text,
title and publication date are read from ``../shared/data`` (never copied into the
project):

* ``polnear`` (the default; ``split`` names the folder): ``polnear/{split}/text/ID.txt``
  and ``polnear/metadata.tsv``.
* ``meantime``: ``meantime/metadata.tsv`` (title, published, file); the file holds the
  title, a blank line, then the dateline and the body.
* ``tr-news`` / ``lgl``: ``geo/TR-News.xml`` / ``geo/lgl.xml`` (``docid``, ``title``,
  ``dltime``, ``text``). The publication date is read from ``dltime`` (written many ways:
  ``"Dec 17, 2016 8:46 AM ET"``, ``"2009-03-25 00:26:04-05"``, ``"24 November 2016"``);
  an LGL text that starts with its title loses that first line.

As in PolNeAR's files, the text fivews reads is the title, a blank line and the body
(an article as a reader copies it: headline, then text); the title is also given.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

#: The shared data folder beside the checkout (read at run time, never copied).
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"

_MONTHS = {
    m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())
}
_ISO_DAY = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_SLASH_DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
_MONTH_WORD = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_DAY_NUMBER = re.compile(r"(?<![:\d])(\d{1,2})(?:st|nd|rd|th)?\b(?!:)")


def date_of_stamp(stamp: str | None) -> str | None:
    """The ISO day of a scraped date stamp, or None when it names no full date.

    >>> date_of_stamp("7:58 AM ET, Sat January 3, 2015")
    '2015-01-03'
    >>> date_of_stamp("9 Oct 2012, 7:43am EDT")
    '2012-10-09'
    >>> date_of_stamp("") is None
    True
    """
    text = (stamp or "").strip()
    if found := _ISO_DAY.search(text):
        return "-".join(found.groups())
    if found := _SLASH_DAY.search(text):
        month, day, year = (int(g) for g in found.groups())
        return f"{year:04d}-{month:02d}-{day:02d}"
    month = _MONTH_WORD.search(text)
    year = _YEAR.search(text)
    if not month or not year:
        return None
    rest = text.replace(year.group(0), " ", 1)
    days = [int(d) for d in _DAY_NUMBER.findall(rest) if 1 <= int(d) <= 31]
    after = [
        int(m.group(1))
        for m in _DAY_NUMBER.finditer(rest)
        if 1 <= int(m.group(1)) <= 31 and abs(m.start() - month.end()) <= 2
    ]
    before = [
        int(m.group(1))
        for m in _DAY_NUMBER.finditer(rest)
        if 1 <= int(m.group(1)) <= 31 and 0 <= month.start() - m.end() <= 2
    ]
    day = (after or before or days or [None])[0]
    if day is None:
        return None
    number = _MONTHS[month.group(1).lower()[:3]]
    return f"{int(year.group(1)):04d}-{number:02d}-{day:02d}"


def _clean(value: str | None) -> str:
    return (value or "").strip()


def _with_title(title: str, body: str) -> str:
    """The article as fivews reads it: the title, a blank line, then the body."""
    return f"{title}\n\n{body}" if title else body


@cache
def _xml_articles(path: Path) -> dict[str, dict[str, str]]:
    root = ET.parse(path).getroot()
    out = {}
    for article in root.findall("article"):
        title = " ".join(_clean(article.findtext("title")).split())
        text = (article.findtext("text") or "").strip("\n")
        if title and text.startswith(title):
            text = text[len(title) :].lstrip(". \n")
        out[str(article.get("docid"))] = {
            "title": title,
            "text": _with_title(title, text),
            "published": date_of_stamp(article.findtext("dltime")) or "",
            "outlet": _clean(article.findtext("domain")),
        }
    return out


@cache
def _meantime(root: Path) -> dict[str, dict[str, str]]:
    with (root / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle, delimiter="\t")}
    out = {}
    for rid, row in rows.items():
        path = root / row["file"]
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        head, _, body = text.partition("\n\n")
        out[rid] = {
            "title": row["title"],
            "text": _with_title(row["title"], body) if body else head,
            "published": row["published"],
            "outlet": "en.wikinews.org",
        }
    return out


def _polnear(root: Path, split: str, rid: str) -> dict[str, str] | None:
    path = root / split / "text" / f"{rid}.txt"
    meta = _polnear_meta(root / "metadata.tsv")
    if rid not in meta or not path.is_file():
        return None
    row = meta[rid]
    return {
        "title": row["title"],
        "text": path.read_text(encoding="utf-8"),
        "published": row["publication_date"],
    }


@cache
def _polnear_meta(path: Path) -> dict[str, dict[str, str]]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}


#: The file each XML source is read from, under ``SHARED / "geo"``.
XML_SOURCES = {"tr-news": "TR-News.xml", "lgl": "lgl.xml"}


def article_of(
    record: dict[str, Any], polnear: Path, shared: Path = SHARED
) -> dict[str, str] | None:
    """The text, title and publication date of the article a record names, or None when
    the corpus or the article is missing."""
    source = str(record.get("source") or "polnear").lower()
    rid = str(record.get("id"))
    if source == "polnear":
        return _polnear(polnear, str(record.get("split") or "train"), rid)
    if source == "meantime":
        folder = shared.resolve() / "meantime"
        if not (folder / "metadata.tsv").is_file():
            return None
        return _meantime(folder).get(rid)
    if source in XML_SOURCES:
        path = shared.resolve() / "geo" / XML_SOURCES[source]
        return _xml_articles(path).get(rid) if path.is_file() else None
    return None
