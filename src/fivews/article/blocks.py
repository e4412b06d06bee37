"""Splitting an article's text into blocks: page chrome, headline, captions, sub-heads,
paragraphs, and the wire dateline opening the first paragraphs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from fivews.article.records import Block, Dateline
from fivews.lexicon import MONTH_NAMES_RE, load_json

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
#: A line opening with one of these is an item of a list.
_BULLETS = ("-", "\u2022", "*", "\u2013", "\u00b7")
CLOSING_QUOTES = "\"'”’»)]"

#: A line ending on a full date, the wire photo caption form.
_CAPTION_DATE_END = re.compile(
    rf"(?:,|\bon|\bin)\s+(?:{MONTH_NAMES_RE})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d\.?\s*$",
    re.IGNORECASE,
)
#: A wire caption ending on its date is one sentence of at most this many words.
MAX_DATED_CAPTION_WORDS = 40
#: A caption is a few sentences at most: a longer block with a photo credit inside
#: ("... (Photo by J. Smith) ...") is a paragraph, or a whole article on one line.
MAX_CAPTION_WORDS = 60
#: Wire captions describe the photo in the present tense ("A soldier stands guard ...,
#: Sept. 15, 2017."); a line ending on a date with these auxiliaries is a sentence of
#: news ("The plane was unveiled on January 18, 2005.", "He will start on July 1, 2017.").
_NOT_CAPTION_TENSE = re.compile(r"\b(?:was|were|will|would|had|has|have)\b", re.IGNORECASE)
_CAPTION_MARKERS = re.compile(
    r"(\b(?:AP|AFP|Reuters|EPA|Getty|Xinhua|UPI)\s*(?:Photo|Images)\b|\bPhotograph:|\bPhoto:|"
    r"\bPhotos?\s+by\b|\bPicture:|\bPictured:|\b(?:Image|Media) caption\b|\bCaption:|^FILE\s*[-–—]|"
    r"\bFILE PHOTO\b|\(Photo\b|\bCredit:)",
    re.IGNORECASE,
)
#: A wire-style dateline opening a paragraph: ``KABUL, Afghanistan (AP) —``,
#: ``NEW YORK, Feb 5 (Reuters) -``, ``PARIS —`` (em, en, horizontal-bar or ASCII dash;
#: a long dash or a double hyphen may touch the first word: ``BEIJING --At least``), and
#: a press release's ``LOUISVILLE, KY--(Marketwire - Oct 10, 2012) -``.
DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\u2019\-]+(?: [A-Z][A-Z.'\u2019\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? (?:19|20)\d\d)?)?"
    r"(?:\s*--?\s*\([^()\n]{2,60}\)\s*(?:\u2014|\u2013|--?)\s"
    r"|\s*(?:\([A-Za-z. ]{2,20}\))?\s*"
    r"(?:(?:\u2014|\u2013|\u2015|--?)\s|(?:[\u2014\u2013\u2015]|--)(?=[A-Z\"\u201c])))"
)
#: A dateline in title case closed by its outlet in brackets, often glued to the first
#: word: ``Washington (CNN)Russian forces ...``, ``London (Reuters) - ...``.
AGENCY_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][\w.'\u2019\-]+(?:,? [A-Z][\w.'\u2019\-]+){0,3})\s*"
    r"\((?:CNN(?: Business| Money| Politics)?|AP|Reuters|AFP|Bloomberg|UPI|dpa|AA|Xinhua)\)"
    r"\s*(?:(?:\u2014|\u2013|--?)\s*)?"
)
#: A byline or time stamp glued to the dateline that opens the first sentence ("By Jane
#: Doe, Associated Press WASHINGTON (AP) — ...", "Updated 10:32 AM, Sept. 21, 2017 LONDON —
#: ..."): split off as its own chrome block.
GLUED_BYLINE_RE = re.compile(
    r"^(?:(?:By|BY) (?P<names>[A-Z][\w.'\u2019\-]+(?: (?:and )?[A-Z][\w.'\u2019\-]+){0,5})"
    r"|(?:Published|Updated|Posted|Last updated)[^\u2014\u2013]{0,60}?(?:19|20)\d\d"
    r"(?: (?:at )?\d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?)"
    r"(?:\s*[,|\u2022\u00b7]\s*|\s+)"
    r"(?:(?:The )?(?:Associated Press|Reuters|AFP|CNN|Bloomberg|[A-Z][a-z]+ "
    r"(?:Staff|Correspondent|Reporter|Writer))(?:\s*[,|\u2022\u00b7]\s*|\s+))?"
    r"(?=[A-Z]{2,}[A-Z.'\u2019 \-]*(?:, ?[A-Z][\w.]+)*\s*(?:\([\w .]+\)\s*)?"
    r"(?:\u2014|\u2013|--?)\s)"
)
_GLUED_STARTS = ("By ", "BY ", "Published", "Updated", "Posted", "Last updated")
#: Only the first paragraphs can open with the dateline (the first may be a byline).
DATELINE_PARAGRAPHS = 2
_LETTER = re.compile(r"[^\W\d_]")
_ANY_DIGIT = re.compile(r"\d")
#: Every match of :data:`_CAPTION_MARKERS` contains one of these (case aside).
_CAPTION_MARKER_WORDS: tuple[str, ...] = ("photo", "images", "picture", "caption", "file", "credit")


def find_dateline(text: str, start: int = 0) -> Dateline | None:
    """The wire dateline at the start of ``text`` (a paragraph's text starting at offset
    ``start`` of the article), or None."""
    match = DATELINE_RE.match(text) or AGENCY_DATELINE_RE.match(text)
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


# ----------------------------------------------------------------------- segmentation


@lru_cache(maxsize=1)
def chrome_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Load the page-chrome patterns from ``data/boilerplate.json`` (once)."""
    raw = load_json("boilerplate.json")
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


#: Hard-wrapped text: at least this many lines over :data:`_WRAP_MIN_LINE` characters, of
#: which this share ends within :data:`_WRAP_SLACK` characters of the wrap width.
_WRAP_MIN_LINES, _WRAP_MIN_SHARE, _WRAP_MIN_LINE, _WRAP_SLACK = 5, 0.6, 40, 20
#: Wider than this, lines are paragraphs, not a wrap width.
_WRAP_MAX_WIDTH = 160


def _wrap_width(spans: list[tuple[int, int]]) -> int | None:
    """The width a hard-wrapped text was wrapped at (its lines' lengths cluster just below
    it), or None when the lines are paragraphs of any length.

    The width is the 80th percentile of the longer lines' lengths; the text counts as
    wrapped when most of those lines end near it ("…for makers of\n    mobile devices…").
    """
    lengths = sorted(e - s for s, e in spans if e - s > _WRAP_MIN_LINE)
    if len(lengths) < _WRAP_MIN_LINES:
        return None
    width = lengths[int(0.8 * (len(lengths) - 1))]
    near = sum(1 for n in lengths if width - _WRAP_SLACK <= n <= width + 5)
    if width > _WRAP_MAX_WIDTH or near < _WRAP_MIN_SHARE * len(lengths):
        return None
    return width


#: Words a heading or a finished line never ends with: a line ending with one is cut by a
#: hard wrap ("…arrived in the fall of\n2013…"), whatever the next line starts with.
_OPEN_ENDS = re.compile(r"(?:^|\s)(?:a|an|the|of|and|or|to|than|its|their|his|her|our)$")


def _join_wrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join hard-wrapped lines: adjacent lines where the previous one does not end a
    sentence and the next starts in lower case, or the previous one ends with an article,
    "of", "and"… (:data:`_OPEN_ENDS`), or, in a text wrapped at a fixed width
    (:func:`_wrap_width`), where the previous one reaches that width ("…said in
    statement on\n    Wednesday that…").

    Two lines are adjacent when only one line break separates them; a blank line always
    ends a block.
    """
    width = _wrap_width(spans)
    units: list[tuple[int, int]] = []
    last_line = 0  # the length of the last line of the unit being built
    for s, e in spans:
        if units:
            ps, pe = units[-1]
            gap = text[pe:s]
            first = text[s]
            if (
                gap.count("\n") == 1
                and not _ends_sentence(text[ps:pe])
                and (
                    first.islower()
                    or first in ",;)"
                    or _OPEN_ENDS.search(text, max(ps, pe - 8), pe) is not None
                    or width is not None
                    and last_line >= width - _WRAP_SLACK
                )
            ):
                units[-1] = (ps, e)
                last_line = e - s
                continue
        units.append((s, e))
        last_line = e - s
    return units


def _split_glued_bylines(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a byline glued to the opening dateline off its paragraph (see
    :data:`GLUED_BYLINE_RE`); the byline becomes a unit of its own, so nothing is lost."""
    out: list[tuple[int, int]] = []
    for s, e in units:
        match = GLUED_BYLINE_RE.match(text[s:e]) if text.startswith(_GLUED_STARTS, s) else None
        if match is None:
            out.append((s, e))
            continue
        cut = s + len(match.group(0).rstrip())
        out += [(s, cut), (s + match.end(), e)]
    return out


def chrome_label(line: str) -> str | None:
    """Return the chrome label of a line (``"share"``, ``"byline"``...) or None."""
    if re.fullmatch(r"(https?://|www\.)\S+", line):
        return "link"
    if len(line.split()) > MAX_CHROME_WORDS:
        return None if _LETTER.search(line) else "separator"
    for pattern, label in chrome_patterns():
        if pattern.fullmatch(line):
            return label
    return None if _LETTER.search(line) else "separator"


def _normalise(line: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", line).casefold().split())


_TITLE_WORD = re.compile(r"\w+")


def title_words(line: str) -> list[str]:
    """The words of a line as a known title is compared with it: punctuation and case
    do not count ("Sanders wins Iowa" is the line "Sanders Wins Iowa.")."""
    return _TITLE_WORD.findall(unicodedata.normalize("NFKC", line).casefold())


def _title_blocks(blocks: list[Block], content: list[int], title: str) -> list[int]:
    """The blocks that hold the known title: one block with its words, else a run of
    consecutive content blocks that spell it part by part (a headline and its deck
    on two lines, "Jobs report gives Democrats a lift;" / "Solid upturn, ...")."""
    want = title_words(title)
    if not want:
        return []
    for i in content:
        if title_words(blocks[i].text) == want:
            return [i]
    for pos in range(len(content)):
        run, got = [], []
        for j in content[pos:]:
            words = title_words(blocks[j].text)
            if not words or want[len(got) : len(got) + len(words)] != words:
                break
            run.append(j)
            got += words
            if got == want:
                return run
    return []


def _is_caption(line: str) -> bool:
    """Whether a line of a caption's length carries a photo credit, or ends like a wire
    caption's date.

    Cheap string tests first (most lines are neither): a marker needs one of
    :data:`_CAPTION_MARKER_WORDS`, and the date form needs a year at the very end.
    """
    return bool(
        (
            _may_have_marker(line)
            and _CAPTION_MARKERS.search(line)
            and len(line.split()) <= MAX_CAPTION_WORDS
        )
        or (
            _may_end_with_year(line)
            and len(line.split()) <= MAX_DATED_CAPTION_WORDS
            and _CAPTION_DATE_END.search(line)
            and not _NOT_CAPTION_TENSE.search(line)
        )
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
    units = _split_glued_bylines(text, _join_wrapped(text, _lines(text)))
    glued = {
        e
        for (s, e), nxt in zip(units, units[1:], strict=False)
        if text[e : nxt[0]].strip(" ") == "" and "\n" not in text[e : nxt[0]]
    }
    blocks = [Block("paragraph", s, e, text[s:e]) for s, e in units]

    # 1. page chrome (a byline or time stamp cut off the first sentence is chrome even
    #    when no pattern names it)
    for block in blocks:
        block.label = chrome_label(block.text)
        if block.label is None and block.end in glued:
            block.label = "timestamp" if _ANY_DIGIT.search(block.text) else "byline"
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
    titled = _title_blocks(blocks, content, title) if title else []
    if titled:
        headline_at = titled[0]
        for i in titled[1:]:
            blocks[i].kind = "headline"
            blocks[i].duplicate_of = None
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
    in_list = False  # inside the run of lines that follows a line ending with ":"
    for pos, i in enumerate(content):
        block = blocks[i]
        prv = blocks[content[pos - 1]] if pos > 0 else None
        starts_list = prv is not None and prv.text.endswith(":")
        heading = _is_heading(block.text.rstrip("?"), MAX_SUBHEAD_WORDS)
        in_list = heading and (
            starts_list or (in_list and _is_heading(prv.text, MAX_SUBHEAD_WORDS))
        )
        # A question can be a sub-head too ("What is in the deal?").
        if block.kind != "paragraph" or not heading or in_list:
            continue
        nxt = blocks[content[pos + 1]] if pos + 1 < len(content) else None
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
        if block.text.endswith(":") or block.text.startswith(_BULLETS):
            continue  # a line that opens a list or a quote, or an item of that list: text
        if introduces and not in_run:
            block.kind = "subhead"
        elif not introduces:
            block.kind = "boilerplate"
            block.label = "fragment"

    # duplicates share their original's kind
    for block in blocks:
        if block.duplicate_of is not None:
            block.kind = blocks[block.duplicate_of].kind

    # 6. a wire dateline opening one of the first paragraphs, or on a line of its own
    #    right before the first paragraph ("Washington (CNN)"): page furniture then
    paragraphs = 0
    for i, block in enumerate(blocks):
        if block.kind == "paragraph":
            block.dateline = find_dateline(block.text, block.start)
            paragraphs += 1
            if block.dateline is not None or paragraphs == DATELINE_PARAGRAPHS:
                break
        elif (
            block.kind in ("headline", "subhead")
            and i + 1 < len(blocks)
            and blocks[i + 1].kind == "paragraph"
            and paragraphs == 0
        ):
            found = find_dateline(block.text, block.start)
            if found is not None and found.end == block.end:
                block.kind, block.label, block.dateline = "boilerplate", "dateline", found
                break
    return blocks
