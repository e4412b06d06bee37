"""Read a news article (text file, HTML file, string or record) into blocks.

A scraped article is a stack of lines: page chrome ("Accessibility links", share widgets),
a headline, photo captions (often repeated, once as alt text and once as caption),
sub-heads and paragraphs. :func:`segment_text` splits the exact input text into
:class:`Block` objects whose ``start``/``end`` offsets satisfy
``text[start:end] == block.text``; every non-blank character of the input lies in exactly
one block, so nothing is dropped silently (a byline glued to the opening dateline, "By Jane
Roe, Associated Press WASHINGTON (AP) —", is cut off into a block of its own).

How a line is classified (general rules, tried on several outlets' layouts):

1. *boilerplate*: a short line matching a curated chrome pattern
   (``data/boilerplate.json``: navigation, banners, newsletter prompts, share widgets and
   counts, bylines, time stamps, photo and agency credits, read-more lines...) or a line
   with no letters at all;
2. *caption*: a photo-credit marker ("Photograph:", "(AP Photo/", "Image caption"), the
   short present-tense wire-caption form that ends on a full date (", Sept. 15, 2017."),
   or a line that is repeated word for word (the repeat is kept with ``duplicate_of``);
3. *headline*: the first other line before the body, when it reads like a title (short,
   no final full stop);
4. *subhead*: a short line without final punctuation that introduces a paragraph;
5. *paragraph*: everything else.

HTML is turned into text with trafilatura (main text and metadata); no HTML is parsed by
hand here. The publication date comes from the caller, from HTML metadata, or is inferred
from the text by :func:`infer_published` with its evidence, a confidence and the kind of
evidence it rests on (nothing is given when the evidence is weak).

Files: `records.py` (Block, Dateline, PublishedDate, Article), `read.py` (files, bytes,
HTML, records, strings, with the input errors), `blocks.py` (the segmentation rules and the
dateline), `dates.py` (dates and weekdays named in the text), `published.py` (the
publication-date inference), `language.py`.
"""

from fivews.article.blocks import (
    DATELINE_PARAGRAPHS,
    DATELINE_RE,
    chrome_label,
    chrome_patterns,
    find_dateline,
    segment_text,
)
from fivews.article.dates import find_full_dates
from fivews.article.language import detect_language
from fivews.article.published import infer_published
from fivews.article.read import (
    decode_bytes,
    from_html,
    from_record,
    from_text,
    looks_like_html,
    parse_iso_date,
    read_article,
    read_file,
    sniff_binary,
)
from fivews.article.records import (
    BLOCK_KINDS,
    CONFIDENCE_LEVELS,
    Article,
    Block,
    Dateline,
    PublishedDate,
)

__all__ = [
    "BLOCK_KINDS",
    "CONFIDENCE_LEVELS",
    "DATELINE_PARAGRAPHS",
    "DATELINE_RE",
    "Article",
    "Block",
    "Dateline",
    "PublishedDate",
    "chrome_label",
    "chrome_patterns",
    "decode_bytes",
    "detect_language",
    "find_dateline",
    "find_full_dates",
    "from_html",
    "from_record",
    "from_text",
    "infer_published",
    "looks_like_html",
    "parse_iso_date",
    "read_article",
    "read_file",
    "segment_text",
    "sniff_binary",
]
