"""The one-page HTML report: the five Ws, the annotated article, figures and tables.

What it makes: a single self-contained HTML file (inline CSS, figures as base64 PNG
``data:`` URIs, no script, no external font, stylesheet or image), so opening it makes no
network request. From top to bottom: the five Ws of the main event (``main_event``; every
question says "not determined" when the pipeline found no answer), the article with its
entity mentions, time expressions and claims highlighted displaCy-style (a coloured span
with a small label, colours from :data:`fivews.plots._style.PALETTE` so they match the
figures; page chrome and repeated captions dimmed), the figures, and the tables.

How:

* The page is laid out by a Jinja2 template (``fivews/data/report.html.j2``) with
  autoescaping on, so every string from the article or the analysis is HTML-escaped.
  The annotated article is built here from the text and the character offsets, escaping
  each piece of text with :func:`markupsafe.escape` and only then wrapping it in markup.
* Highlights come from three layers (claims, entities, time expressions) that may
  overlap. HTML needs properly nested elements, so the spans are first reduced to a
  *laminar* family (any two spans are disjoint or nested) by :func:`nest_highlights`:
  spans are accepted in priority order (claim contents, then claim sources and cues,
  then entity mentions, then time expressions) and a span that would cross an accepted
  one is left out and counted. displaCy's own renderer only draws non-overlapping
  entity spans (or its separate span view), so it could not show a named entity inside
  a claim; this small nesting step is written here for that reason.
* The report works from the output dictionary (``Analysis.to_dict()`` or the JSON of
  ``fivews analyze``) plus the exact input text; figures are matplotlib Figures turned
  into PNG bytes in memory.

Public functions: :func:`render_report` (dict + text -> HTML string),
:func:`write_report` (Analysis or dict -> file, written atomically) and
:func:`default_figures` (the figures the report embeds, made by ``fivews.plots``).
"""

from __future__ import annotations

import base64
import importlib
import io
import json
import logging
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape
from matplotlib.figure import Figure

from fivews.fileio import atomic_path
from fivews.plots._style import PALETTE, PNG_METADATA, STYLE

log = logging.getLogger(__name__)

#: The template file inside the package's data folder.
TEMPLATE_NAME = "report.html.j2"

#: Layers in priority order: when two spans cross, the one from the earlier layer stays.
#: Claim contents come first because they are the longest spans and the rest nest inside.
LAYER_PRIORITY: tuple[str, ...] = ("claim", "claim-part", "entity", "timex")

#: The questions shown at the top, in order: (key in ``main_event``, question shown).
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("who", "Who"),
    ("what", "What"),
    ("when", "When"),
    ("where", "Where"),
    ("why", "Why"),
    ("how", "How"),
    ("according_to", "According to whom"),
)

#: The colour of each question's card, taken from the palette the figures use.
QUESTION_COLOURS: dict[str, str] = {
    "who": PALETTE["PERSON"],
    "what": PALETTE["ORG"],
    "when": PALETTE["DATE"],
    "where": PALETTE["GPE"],
    "why": PALETTE["NORP"],
    "how": PALETTE["LOC"],
    "according_to": PALETTE["neutral"],
}

#: What a reader sees where the pipeline found no answer.
NOT_DETERMINED = "not determined"

#: Block kinds that are page chrome, shown dimmed.
CHROME_KINDS: frozenset[str] = frozenset({"boilerplate"})

#: Table columns for the dictionary form of each layer: (header, dotted path or callable).
Column = tuple[str, "str | Callable[[Mapping[str, Any]], Any]"]

ENTITY_COLUMNS: tuple[Column, ...] = (
    ("Name", "name"),
    ("Type", "label"),
    ("Salience", "salience"),
    ("Mentions", lambda e: len(e.get("mentions") or []) or None),
    ("Also called", "aliases"),
    ("Role", "role"),
    ("Affiliation", "affiliation"),
    ("Country", "country"),
    ("Latitude", "lat"),
    ("Longitude", "lon"),
)
TIMEX_COLUMNS: tuple[Column, ...] = (
    ("Expression", "text"),
    ("Type", "type"),
    ("Value", "value"),
    ("Modifier", "mod"),
    ("Interval", lambda t: _interval_text(t.get("interval"))),
    ("Rule", "rule"),
    ("Offset", "start"),
)
CLAIM_COLUMNS: tuple[Column, ...] = (
    ("Source", lambda c: _get(c, "source.name") or _get(c, "source.text")),
    ("Cue", "cue"),
    ("Stance", "stance"),
    ("Content", "content.text"),
    ("Date", lambda c: _get(c, "date.value") or c.get("date")),
    ("Direct quote", "direct"),
    ("Hedges", "hedges"),
    ("Quantities", "quantities"),
    ("Contested by", "contested_by"),
    ("Id", "id"),
)
EVENT_COLUMNS: tuple[Column, ...] = (
    ("Trigger", "trigger"),
    ("Event", "text"),
    ("Date", "time.value"),
    ("How dated", "time.how"),
    ("Type", "event_type"),
    ("Actors", "actors"),
    ("Place", "place"),
    ("Claimed by", lambda e: e.get("claimed_by") or e.get("source")),
    ("Id", "id"),
)

ASSERTION_COLUMNS: tuple[Column, ...] = (
    ("Statement", "text"),
    ("Block", "block"),
    ("Hedges", "hedges"),
    ("Quantities", "quantities"),
    ("Id", "id"),
)

#: The tables of the report: (slug, title, key in the result, columns).
TABLES: tuple[tuple[str, str, str, tuple[Column, ...]], ...] = (
    ("entities", "Entities", "entities", ENTITY_COLUMNS),
    ("timexes", "Time expressions", "timexes", TIMEX_COLUMNS),
    ("claims", "Claims", "claims", CLAIM_COLUMNS),
    ("events", "Events", "events", EVENT_COLUMNS),
    ("assertions", "Statements in the reporter's own voice", "assertions", ASSERTION_COLUMNS),
)

#: Tables shown only when the result has their key (optional layers).
OPTIONAL_TABLES: frozenset[str] = frozenset({"assertions"})

#: Table columns whose values may be entity ids, shown as entity names.
ID_COLUMNS: frozenset[str] = frozenset({"Affiliation", "Actors", "Place", "Claimed by"})

#: Longest text shown in a table cell before it is shortened with an ellipsis.
MAX_CELL_CHARS = 240


#: Width (characters) of the text windows :func:`nest_highlights` files spans under.
NEST_WINDOW = 512


@dataclass(frozen=True)
class Highlight:
    """One highlighted span of the text: ``text[start:end]`` drawn as a coloured mark.

    Attributes:
        start: first character (offset into the input text).
        end: one past the last character.
        layer: ``claim``, ``claim-part`` (a claim's source or cue), ``entity`` or ``timex``.
        label: the short label drawn after the span ("PERSON", "DATE 2017-09-21").
        colour: the palette colour (``#rrggbb``).
        title: the tooltip shown on hover.
    """

    start: int
    end: int
    layer: str
    label: str
    colour: str
    title: str = ""

    @property
    def rank(self) -> int:
        """Position of the span's layer in :data:`LAYER_PRIORITY` (lower wins)."""
        return LAYER_PRIORITY.index(self.layer)


@dataclass
class NestedHighlights:
    """The highlights that can be drawn as nested HTML, and those left out."""

    kept: list[Highlight] = field(default_factory=list)
    dropped: list[Highlight] = field(default_factory=list)


# --------------------------------------------------------------------------- helpers


def _get(item: Mapping[str, Any] | None, path: str) -> Any:
    """Return ``item[a][b]`` for the dotted ``path`` ``"a.b"``, or None when absent."""
    value: Any = item
    for key in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def _as_int(value: Any) -> int | None:
    """Return ``value`` as an int when it is a whole number (bools excluded), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _span_of(item: Any) -> tuple[int, int] | None:
    """Return ``(start, end)`` of a dict carrying character offsets, else None."""
    if not isinstance(item, Mapping):
        return None
    start, end = _as_int(item.get("start")), _as_int(item.get("end"))
    if start is None or end is None or end <= start:
        return None
    return start, end


def text_colour_on(background: str) -> str:
    """Return black or white, whichever reads better on the ``#rrggbb`` background."""
    hex_digits = background.lstrip("#")
    if len(hex_digits) != 6:
        return "#000000"
    r, g, b = (int(hex_digits[i : i + 2], 16) / 255 for i in (0, 2, 4))

    # Relative luminance (WCAG 2.x, sRGB); 0.45 splits the palette's dark and light colours.
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    return "#000000" if luminance > 0.45 else "#ffffff"


def tint(colour: str, alpha: str = "33") -> str:
    """Return ``colour`` with an alpha channel (``#rrggbbaa``) for a light background."""
    return colour + alpha if len(colour) == 7 else colour


def _cell_text(value: Any) -> str:
    """Return a short readable string for a table cell (lists joined, dicts by name)."""
    if value is None:
        return ""
    try:  # pandas' missing values (NaN, NaT, NA) are shown as empty cells
        import pandas as pd

        if not isinstance(value, list | tuple | dict) and pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, Mapping):
        for key in ("name", "text", "value", "id"):
            if value.get(key) not in (None, ""):
                return _cell_text(value[key])
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, list | tuple):
        return "; ".join(s for s in (_cell_text(v) for v in value) if s)
    text = str(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1].rstrip() + "…"
    return text


def _interval_text(interval: Any) -> str | None:
    """``[begin, end]`` as "begin – end" (one date when they are equal)."""
    if not isinstance(interval, list | tuple) or len(interval) != 2:
        return _cell_text(interval) or None
    begin, end = (_cell_text(v) for v in interval)
    return begin if begin == end else f"{begin} – {end}"


def _is_number(value: Any) -> bool:
    """Whether a table cell holds a number (right-aligned)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


# ------------------------------------------------------------------------ highlights


def collect_highlights(
    result: Mapping[str, Any], text_length: int | None = None
) -> list[Highlight]:
    """Return every span the report highlights, from the output dictionary.

    Entity mentions (coloured by entity label), time expressions (by TIMEX3 type) and
    claims (content coloured by stance; the source and cue too when they carry offsets).
    Spans outside ``[0, text_length)`` or empty are ignored.

    Args:
        result: the output dictionary (``entities``, ``timexes``, ``claims`` lists).
        text_length: length of the input text, to drop offsets that point past it.
    """
    found: list[Highlight] = []

    def add(span: tuple[int, int] | None, layer: str, label: str, colour: str, title: str) -> None:
        if span is None:
            return
        start, end = span
        if start < 0 or (text_length is not None and end > text_length):
            return
        found.append(Highlight(start, end, layer, label, colour, title))

    for entity in result.get("entities") or []:
        label = str(entity.get("label") or "OTHER")
        colour = PALETTE.get(label, PALETTE["OTHER"])
        name = str(entity.get("name") or "")
        role = entity.get("role")
        title = f"{label}: {name}" + (f" ({role})" if role else "")
        for mention in entity.get("mentions") or []:
            add(_span_of(mention), "entity", label, colour, title)
        if not entity.get("mentions"):  # a flat mention list (spaCy-like) also works
            add(_span_of(entity), "entity", label, colour, title)

    for timex in result.get("timexes") or []:
        kind = str(timex.get("type") or "DATE")
        value = timex.get("value")
        label = f"{kind} {value}" if value else kind
        mod = f" mod={timex['mod']}" if timex.get("mod") else ""
        add(_span_of(timex), "timex", label, PALETTE.get(kind, PALETTE["DATE"]), f"{label}{mod}")

    for claim in result.get("claims") or []:
        stance = str(claim.get("stance") or "neutral")
        colour = PALETTE.get(stance, PALETTE["neutral"])
        source = _cell_text(_get(claim, "source.text") or _get(claim, "source.name"))
        source = source or "unattributed"
        cue = _cell_text(
            claim.get("cue")
            if not isinstance(claim.get("cue"), Mapping)
            else _get(claim, "cue.text")
        )
        title = f"claim by {source}" + (f", {cue}" if cue else "") + f" ({stance})"
        # A content split by the cue ("X, he said, and Y") has parts: each is drawn, and
        # the label follows the last one only.
        parts = [p for p in (_span_of(part) for part in claim.get("parts") or []) if p]
        if not parts:
            parts = [p for p in [_span_of(claim.get("content")) or _span_of(claim)] if p]
        for i, part in enumerate(sorted(parts)):
            label = f"{source} · {stance}" if i == len(parts) - 1 else f" · {stance}"
            add(part, "claim", label, colour, title)
        add(_span_of(claim.get("source")), "claim-part", "source", colour, title)
        cue_span = _span_of(claim.get("cue")) or _span_of(
            {"start": claim.get("cue_start"), "end": claim.get("cue_end")}
        )
        add(cue_span, "claim-part", "cue", colour, title)
    return found


def _crosses(a: Highlight, b: Highlight) -> bool:
    """Whether two spans overlap without one containing the other."""
    overlap = a.start < b.end and b.start < a.end
    nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return overlap and not nested


def nest_highlights(highlights: Iterable[Highlight]) -> NestedHighlights:
    """Reduce the spans to a laminar family that HTML can nest.

    Spans are taken in layer priority (:data:`LAYER_PRIORITY`), longer first within a
    layer; a span that crosses one already kept is dropped. Exact duplicates (same
    offsets and layer, e.g. the same mention listed twice) are kept once.
    """
    # The full key keeps the choice between equal spans independent of set order.
    ordered = sorted(
        set(highlights),
        key=lambda h: (h.rank, -(h.end - h.start), h.start, h.label, h.title, h.colour),
    )
    nested = NestedHighlights()
    seen: set[tuple[int, int, str]] = set()
    # Kept spans are filed under every window of the text they touch, so a span is only
    # compared with its neighbours (a long article has tens of thousands of spans).
    windows: dict[int, list[Highlight]] = {}
    for span in ordered:
        key = (span.start, span.end, span.layer)
        if key in seen:
            continue
        touched = range(span.start // NEST_WINDOW, (span.end - 1) // NEST_WINDOW + 1)
        if any(_crosses(span, other) for w in touched for other in windows.get(w, ())):
            nested.dropped.append(span)
            continue
        seen.add(key)
        nested.kept.append(span)
        for w in touched:
            windows.setdefault(w, []).append(span)
    nested.kept.sort(key=lambda h: (h.start, -h.end, h.rank))
    return nested


def _open_tag(span: Highlight) -> Markup:
    """The opening tag of a highlight (its colours as CSS variables)."""
    style = f"--c: {span.colour}; --bg: {tint(span.colour)}; --on-c: {text_colour_on(span.colour)}"
    if span.layer == "claim":
        return Markup('<span class="claim" data-stance="{}" title="{}" style="{}">').format(
            span.label.rsplit(" · ", 1)[-1], span.title, style
        )
    if span.layer == "claim-part":
        return Markup('<span class="claim-part" data-part="{}" title="{}" style="{}">').format(
            span.label, span.title, style
        )
    return Markup('<mark class="hl {}" data-label="{}" title="{}" style="{}">').format(
        span.layer, span.label, span.title, style
    )


def _close_tag(span: Highlight) -> Markup:
    """The label and closing tag of a highlight (displaCy draws the label after the span)."""
    if span.layer == "claim-part":
        return Markup("</span>")
    label = Markup('<span class="hl-label">{}</span>').format(span.label)
    if span.layer == "claim" and span.label.startswith(" · "):  # not the claim's last part
        return Markup("</span>")
    if span.layer == "claim":
        return label + Markup("</span>")
    return label + Markup("</mark>")


def render_span_text(text: str, start: int, end: int, spans: Sequence[Highlight]) -> Markup:
    """Return ``text[start:end]`` as escaped HTML with the (laminar) ``spans`` marked.

    ``spans`` must lie within ``[start, end)``, be laminar and be sorted by
    ``(start, -end, rank)`` as :func:`nest_highlights` leaves them.
    """
    out: list[Markup] = []
    pos = start
    i = 0
    while i < len(spans):
        span = spans[i]
        # The spans after this one that start before it ends are nested inside it.
        j = i + 1
        while j < len(spans) and spans[j].start < span.end:
            j += 1
        out.append(escape(text[pos : span.start]))
        out.append(_open_tag(span))
        out.append(render_span_text(text, span.start, span.end, spans[i + 1 : j]))
        out.append(_close_tag(span))
        pos = span.end
        i = j
    out.append(escape(text[pos:end]))
    return Markup("").join(out)


def _clip(span: Highlight, start: int, end: int) -> Highlight | None:
    """Return the part of ``span`` inside ``[start, end)``, or None when there is none."""
    lo, hi = max(span.start, start), min(span.end, end)
    if hi <= lo:
        return None
    if (lo, hi) == (span.start, span.end):
        return span
    return Highlight(lo, hi, span.layer, span.label, span.colour, span.title)


# --------------------------------------------------------------------------- article


def article_blocks(result: Mapping[str, Any], text: str) -> list[dict[str, Any]]:
    """Return the blocks to draw, in order, covering every non-blank part of the text.

    The document's blocks are used as given; any stretch of text outside every block
    that is not blank becomes a ``paragraph`` block, so nothing is hidden from the reader.
    Without blocks the whole text is one paragraph.
    """
    given = []
    for block in _get(result, "document.blocks") or []:
        span = _span_of(block)
        if span and span[1] <= len(text):
            given.append({**block, "start": span[0], "end": span[1]})
    given.sort(key=lambda b: (b["start"], b["end"]))
    blocks: list[dict[str, Any]] = []
    pos = 0
    for block in given:
        if block["start"] < pos:  # overlapping blocks: draw the text only once
            continue
        if text[pos : block["start"]].strip():
            blocks.append({"kind": "paragraph", "start": pos, "end": block["start"], "added": True})
        blocks.append(block)
        pos = block["end"]
    if text[pos:].strip():
        blocks.append({"kind": "paragraph", "start": pos, "end": len(text), "added": True})
    return blocks


#: HTML element and kind tag for each block kind.
BLOCK_ELEMENTS: dict[str, str] = {
    "headline": "h3",
    "subhead": "h4",
    "caption": "p",
    "paragraph": "p",
    "boilerplate": "p",
}


def block_index_of(blocks: Sequence[Mapping[str, Any]], char: int) -> int | None:
    """Return the index of the block containing character ``char``, or None."""
    for i, block in enumerate(blocks):
        if block["start"] <= char < block["end"]:
            return i
    return None


def render_article(
    result: Mapping[str, Any], text: str, blocks: Sequence[Mapping[str, Any]] | None = None
) -> tuple[Markup, NestedHighlights]:
    """Return the annotated article as HTML, and the highlights kept and dropped.

    Each block becomes one element (``id="block-N"``, class = its kind); page chrome and
    repeated captions get a small tag and are dimmed by the stylesheet. Highlights that
    cross a block boundary are drawn in each block they touch.
    """
    if blocks is None:
        blocks = article_blocks(result, text)
    nested = nest_highlights(collect_highlights(result, len(text)))
    parts: list[Markup] = []
    # Blocks are in text order: sweep the (start-sorted) highlights once, keeping those
    # still open, instead of clipping every highlight to every block.
    pending = iter(nested.kept)
    upcoming = next(pending, None)
    active: list[Highlight] = []
    for i, block in enumerate(blocks):
        kind = str(block.get("kind") or "paragraph")
        element = BLOCK_ELEMENTS.get(kind, "p")
        classes = ["block", kind]
        tag = ""
        if kind in CHROME_KINDS:
            tag = "page chrome"
        elif block.get("duplicate_of") is not None:
            classes.append("duplicate")
            tag = "repeat"
        start, end = int(block["start"]), int(block["end"])
        # Strip the block's surrounding whitespace so pre-wrap does not draw blank lines.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while upcoming is not None and upcoming.start < end:
            active.append(upcoming)
            upcoming = next(pending, None)
        active = [h for h in active if h.end > start]
        spans = [s for s in (_clip(h, start, end) for h in active) if s is not None]
        spans.sort(key=lambda h: (h.start, -h.end, h.rank))
        body = render_span_text(text, start, end, spans)
        prefix = Markup('<span class="kind-tag">{}</span>').format(tag) if tag else Markup("")
        parts.append(
            Markup(
                '<{0} class="{1}" id="block-{2}" data-start="{3}" data-end="{4}">{5}{6}</{0}>'
            ).format(Markup(element), " ".join(classes), i, start, end, prefix, body)
        )
    return Markup("\n").join(parts), nested


def legend_items(kept: Sequence[Highlight]) -> list[dict[str, str]]:
    """Return one legend entry per label kind drawn (entity types, timex types, stances)."""
    items: dict[tuple[str, str], dict[str, str]] = {}
    for span in kept:
        if span.layer == "entity":
            key, text = span.label, f"{span.label} (entity)"
        elif span.layer == "timex":
            kind = span.label.split(" ", 1)[0]
            key, text = kind, f"{kind} (time expression)"
        elif span.layer == "claim":
            stance = span.label.rsplit(" · ", 1)[-1]
            key, text = stance, f"claim, {stance}"
        else:
            continue
        items.setdefault(
            (span.layer, key), {"layer": span.layer, "colour": span.colour, "text": text}
        )
    order = {layer: i for i, layer in enumerate(("entity", "timex", "claim"))}
    return [items[k] for k in sorted(items, key=lambda k: (order.get(k[0], 9), k[1]))]


# --------------------------------------------------------------------------- five Ws


def _entity_by_id(result: Mapping[str, Any]) -> dict[Any, Mapping[str, Any]]:
    """Map entity id -> entity dict."""
    return {e.get("id"): e for e in result.get("entities") or [] if isinstance(e, Mapping)}


def _according_to(result: Mapping[str, Any], main: Mapping[str, Any]) -> str | None:
    """Who reports the main event: ``main_event.according_to``, else the claim whose
    content contains the evidence sentence's span, else None."""
    given = main.get("according_to") or main.get("source")
    if given:
        return _cell_text(given)
    evidence = _span_of(main.get("evidence"))
    if evidence is None:
        return None
    for claim in result.get("claims") or []:
        content = _span_of(claim.get("content"))
        if content and content[0] < evidence[1] and evidence[0] < content[1]:
            return _cell_text(_get(claim, "source.text")) or None
    return None


def five_ws_rows(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Return the cards for the five Ws (who, what, when, where, plus why/how when given,
    and according to whom), each ``{key, question, answer, detail, determined, colour}``.

    ``main_event`` may be empty or missing: every answer is then "not determined".
    """
    main = result.get("main_event") or {}
    entities = _entity_by_id(result)
    rows = []
    for key, question in QUESTIONS:
        if key == "according_to":
            answer = _according_to(result, main) if main else None
            detail = ""
        else:
            item = main.get(key)
            if isinstance(item, Mapping):
                # "when" may carry only a value (a date inherited from an event).
                answer = _cell_text(item.get("text") or item.get("name") or item.get("value"))
            else:
                answer = _cell_text(item)
            answer = answer or None
            detail = ""
            if isinstance(item, Mapping):
                entity = (
                    entities.get(item.get("entity")) if item.get("entity") is not None else None
                )
                extra = []
                if entity and entity.get("name") and entity.get("name") != answer:
                    extra.append(str(entity["name"]))
                if entity and entity.get("role"):
                    extra.append(str(entity["role"]))
                if key == "when" and item.get("value") and item.get("value") != answer:
                    extra.append(str(item["value"]))
                if key == "where" and item.get("lat") is not None and item.get("lon") is not None:
                    extra.append(f"{float(item['lat']):.2f}, {float(item['lon']):.2f}")
                detail = " · ".join(extra)
        if key in ("why", "how") and not answer:
            continue  # optional questions are shown only when answered
        rows.append(
            {
                "key": key,
                "question": question,
                "answer": answer or NOT_DETERMINED,
                "detail": detail,
                "determined": bool(answer),
                "colour": QUESTION_COLOURS[key],
            }
        )
    return rows


def _evidence(
    result: Mapping[str, Any], text: str, blocks: Sequence[Mapping[str, Any]]
) -> dict[str, str] | None:
    """The evidence sentence of the main event and the id of its block, if any."""
    evidence = (result.get("main_event") or {}).get("evidence")
    if not isinstance(evidence, Mapping):
        return None
    span = _span_of(evidence)
    sentence = evidence.get("sentence")
    if not isinstance(sentence, str):
        sentence = text[span[0] : span[1]] if span and span[1] <= len(text) else ""
    if not sentence.strip():
        return None
    index = block_index_of(blocks, span[0]) if span else None
    return {
        "text": " ".join(sentence.split()),
        "anchor": f"block-{index}" if index is not None else "",
    }


# ----------------------------------------------------------------------- tables, figures


def _name_ids(value: Any, names: Mapping[Any, str]) -> Any:
    """Replace entity ids (alone, in a list, or a dict's ``entity``) by entity names."""
    if isinstance(value, str | int) and not isinstance(value, bool) and value in names:
        return names[value]
    if isinstance(value, list | tuple):
        return [_name_ids(v, names) for v in value]
    if isinstance(value, Mapping) and "entity" in value and not value.get("text"):
        return _name_ids(value["entity"], names)
    return value


def table_rows(
    items: Sequence[Mapping[str, Any]],
    columns: Sequence[Column],
    entity_names: Mapping[Any, str] | None = None,
) -> tuple[list[str], list[list[dict[str, Any]]]]:
    """Return ``(headers, rows)`` for a layer's list of dicts; empty columns are left out.

    Ids in :data:`ID_COLUMNS` (an event's place, an entity's affiliation, the claim an
    event is reported in) are shown by name, from ``entity_names`` (id -> name).
    """
    names = entity_names or {}
    values = [
        [
            _name_ids(value, names) if header in ID_COLUMNS else value
            for header, value in (
                (header, col(item) if callable(col) else _get(item, col)) for header, col in columns
            )
        ]
        for item in items
    ]
    keep = [i for i in range(len(columns)) if any(_cell_text(row[i]) for row in values)]
    headers = [columns[i][0] for i in keep]
    rows = [
        [{"text": _cell_text(row[i]), "numeric": _is_number(row[i])} for i in keep]
        for row in values
    ]
    return headers, rows


def generic_columns(items: Sequence[Mapping[str, Any]], limit: int = 10) -> tuple[Column, ...]:
    """Columns for records whose fields the curated lists do not know: their scalar and
    ``text``-bearing fields, in first-seen order, at most ``limit``."""
    names: dict[str, None] = {}
    for item in items:
        for key, value in item.items():
            if isinstance(value, str | int | float | bool) or (
                isinstance(value, Mapping) and "text" in value
            ):
                names.setdefault(key, None)
    return tuple((key.replace("_", " ").capitalize(), key) for key in list(names)[:limit])


def build_tables(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Return the report's tables (entities, time expressions, claims, events).

    Each uses the curated readable columns of :data:`TABLES`; when fewer than two of
    them are filled (a layer with other field names), its own scalar fields are shown.
    The raw ``Analysis.*_df()`` tables are not used: they keep nested lists (every
    mention of an entity) that do not read well in a page.
    """
    names = {k: str(e.get("name") or k) for k, e in _entity_by_id(result).items()}
    # An event's "claimed by" is a claim id: shown as the claim's source and id.
    for claim in result.get("claims") or []:
        source = _get(claim, "source.name") or _get(claim, "source.text")
        if claim.get("id") is not None and source and claim["id"] not in names:
            names[claim["id"]] = f"{source} ({claim['id']})"
    tables = []
    for slug, title, key, columns in TABLES:
        if key in OPTIONAL_TABLES and key not in result:
            continue
        items = [i for i in result.get(key) or [] if isinstance(i, Mapping)]
        headers, rows = table_rows(items, columns, names)
        if items and len(headers) < 2:
            headers, rows = table_rows(items, generic_columns(items), names)
        tables.append({"slug": slug, "title": title, "columns": headers, "rows": rows})
    return tables


def figure_png(fig: Figure) -> bytes:
    """Return the figure as PNG bytes, with the project's style and no varying metadata."""
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    with plt.rc_context(STYLE):
        fig.savefig(buffer, format="png", metadata=PNG_METADATA, bbox_inches="tight")
    return buffer.getvalue()


def png_size(png: bytes) -> tuple[int, int]:
    """Return ``(width, height)`` in pixels read from a PNG's IHDR chunk."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def figure_entries(figures: Mapping[str, Figure | bytes] | None) -> list[dict[str, Any]]:
    """Return the template entries for the figures: title, slug, data URI and size."""
    entries = []
    for title, fig in (figures or {}).items():
        png = fig if isinstance(fig, bytes) else figure_png(fig)
        width, height = png_size(png)
        slug = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")
        entries.append(
            {
                "title": title,
                "slug": slug,
                "data_uri": "data:image/png;base64," + base64.b64encode(png).decode("ascii"),
                "width": width,
                "height": height,
            }
        )
    return entries


PlotArguments = tuple[tuple[Any, ...], dict[str, Any]]


def _published(result: Mapping[str, Any]) -> str | None:
    """The publication date (ISO string) of the result, or None."""
    published = _get(result, "document.published")
    value = published.get("value") if isinstance(published, Mapping) else published
    return value if isinstance(value, str) and value else None


def _timeline_arguments(result: Mapping[str, Any]) -> PlotArguments | None:
    events = result.get("events") or []
    if not events:
        return None
    return (events, result.get("timexes") or []), {"published": _published(result)}


def _entities_arguments(result: Mapping[str, Any]) -> PlotArguments | None:
    entities = result.get("entities") or []
    places = [e for e in entities if e.get("lat") is not None and e.get("lon") is not None]
    return ((entities,), {}) if places else None


def _claims_arguments(result: Mapping[str, Any]) -> PlotArguments | None:
    claims = result.get("claims") or []
    return ((claims,), {}) if claims else None


def _contradictions_arguments(result: Mapping[str, Any]) -> PlotArguments | None:
    claims = result.get("claims") or []
    return ((claims,), {}) if any(c.get("contested_by") for c in claims) else None


@dataclass(frozen=True)
class FigureSource:
    """A figure the report embeds when its plot function exists and has data to draw.

    Attributes:
        title: the caption in the report.
        module: the ``fivews.plots`` module that draws it.
        names: plot function names tried in order (the first that exists is used).
        arguments: ``result -> (args, kwargs)`` for the function, or None to skip the
            figure (nothing to draw, e.g. no geocoded place).
    """

    title: str
    module: str
    names: tuple[str, ...]
    arguments: Callable[[Mapping[str, Any]], PlotArguments | None]


#: The figures :func:`default_figures` tries, in page order. A missing module or
#: function is skipped, so the report works before every plot exists.
FIGURE_SOURCES: tuple[FigureSource, ...] = (
    FigureSource(
        "When: the article's events on a time axis",
        "fivews.plots.timeline",
        ("event_timeline", "plot_timeline"),
        _timeline_arguments,
    ),
    FigureSource(
        "Where: the places on a map",
        "fivews.plots.entities",
        ("plot_places_map", "places_map", "plot_map", "entity_map"),
        _entities_arguments,
    ),
    FigureSource(
        "According to whom: claims per source, by stance",
        "fivews.plots.claims",
        ("plot_claims_by_source",),
        _claims_arguments,
    ),
    FigureSource(
        "Contradicting claims",
        "fivews.plots.claims",
        ("plot_contradictions",),
        _contradictions_arguments,
    ),
)


def default_figures(result: Mapping[str, Any]) -> dict[str, Figure]:
    """Return the report's figures, made by the ``fivews.plots`` functions that exist.

    A plot module or function that does not exist yet, or one that fails on this
    article (e.g. no dated events), is skipped with a log message: the report is still
    written without that figure.
    """
    figures: dict[str, Figure] = {}
    for source in FIGURE_SOURCES:
        arguments = source.arguments(result)
        if arguments is None:
            log.info("report: nothing to draw for %r; skipped", source.title)
            continue
        try:
            module = importlib.import_module(source.module)
        except ImportError:
            log.info("report: %s is not available; figure %r skipped", source.module, source.title)
            continue
        function = next(
            (getattr(module, n) for n in source.names if callable(getattr(module, n, None))), None
        )
        if function is None:
            log.info("report: no function %s in %s; skipped", "/".join(source.names), source.module)
            continue
        args, kwargs = arguments
        try:
            fig = function(*args, **kwargs)
        except Exception as error:  # one failing figure must not lose the report
            log.warning(
                "report: %s failed (%s: %s); figure skipped",
                function.__name__,
                type(error).__name__,
                error,
            )
            continue
        if isinstance(fig, Figure):
            figures[source.title] = fig
    return figures


# ----------------------------------------------------------------------------- page


def _template() -> jinja2.Template:
    """The report template, with autoescaping on for every substituted value."""
    source = resources.files("fivews").joinpath("data", TEMPLATE_NAME).read_text(encoding="utf-8")
    env = jinja2.Environment(
        autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )
    return env.from_string(source)


def _meta_line(result: Mapping[str, Any], nested: NestedHighlights) -> str:
    """The line under the title: publication date and its source, and counts."""
    published = _get(result, "document.published")
    parts = []
    if isinstance(published, Mapping) and published.get("value"):
        parts.append(
            f"Published {published['value']}"
            + (f" ({published['source']})" if published.get("source") else "")
        )
    elif isinstance(published, str) and published:
        parts.append(f"Published {published}")
    else:
        parts.append("Publication date unknown")
    for key, name in (
        ("entities", "entities"),
        ("timexes", "time expressions"),
        ("claims", "claims"),
        ("events", "events"),
    ):
        parts.append(f"{len(result.get(key) or [])} {name}")
    if nested.dropped:
        parts.append(f"{len(nested.dropped)} overlapping highlights not drawn")
    return " · ".join(parts)


def _title(result: Mapping[str, Any], text: str, blocks: Sequence[Mapping[str, Any]]) -> str:
    """The article's title: ``document.title``, else its headline block, else its first line."""
    title = _get(result, "document.title")
    if isinstance(title, str) and title.strip():
        return " ".join(title.split())
    for block in blocks:
        if block.get("kind") == "headline":
            return " ".join(text[block["start"] : block["end"]].split())
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:120] or "Untitled article"


def render_report(
    result: Mapping[str, Any],
    text: str,
    figures: Mapping[str, Figure | bytes] | None = None,
) -> str:
    """Return the one-page HTML report for an analysed article.

    Args:
        result: the output dictionary (``document``, ``entities``, ``timexes``,
            ``claims``, ``events``, ``main_event``); missing parts are shown as empty.
        text: the exact input text the offsets in ``result`` refer to.
        figures: ``{title: Figure or PNG bytes}`` embedded in this order; None embeds
            none (use :func:`default_figures` to make the project's figures).

    Returns:
        The complete HTML page (a ``str``), self-contained and with every piece of the
        article escaped.
    """
    blocks = article_blocks(result, text)
    article_html, nested = render_article(result, text, blocks)
    return _template().render(
        title=_title(result, text, blocks),
        meta_line=_meta_line(result, nested),
        five_ws=five_ws_rows(result),
        evidence=_evidence(result, text, blocks),
        legend=legend_items(nested.kept),
        article_html=article_html,
        figures=figure_entries(figures),
        tables=build_tables(result),
    )


def _text_from_blocks(result: Mapping[str, Any]) -> str:
    """Rebuild the input text from block texts at their offsets (gaps become newlines).

    Used only when a saved output dictionary is given without its text.
    """
    blocks = [
        b
        for b in _get(result, "document.blocks") or []
        if _span_of(b) and isinstance(b.get("text"), str)
    ]
    if not blocks:
        raise ValueError(
            "the result has no text: pass text=, or a dict with document.text or block texts"
        )
    chars = ["\n"] * max(b["end"] for b in blocks)
    for block in blocks:
        piece = block["text"][: block["end"] - block["start"]]
        chars[block["start"] : block["start"] + len(piece)] = list(piece)
    return "".join(chars)


def write_report(
    analysis_or_dict: Any,
    out_path: str | os.PathLike[str],
    *,
    text: str | None = None,
    figures: Mapping[str, Figure | bytes] | None = None,
) -> Path:
    """Write the HTML report of an analysed article to ``out_path`` atomically.

    The page is written to a temporary file in the same folder and moved into place
    with :func:`os.replace`, so a reader never sees a half-written report and a failed
    run leaves any earlier report untouched.

    Args:
        analysis_or_dict: a :class:`fivews.Analysis` (its ``.to_dict()`` and ``.text``
            are used) or an output dictionary.
        out_path: where to write the ``.html`` file; parent folders are created.
        text: the input text, for a dictionary (default: ``document.text``, ``text``, or
            the text rebuilt from the blocks' texts).
        figures: figures to embed; default :func:`default_figures` of the result.

    Returns:
        The path written.
    """
    if isinstance(analysis_or_dict, Mapping):
        result = analysis_or_dict
    else:
        result = analysis_or_dict.to_dict()
        text = text if text is not None else analysis_or_dict.text
    if text is None:
        text = _get(result, "document.text") or result.get("text")
    if not isinstance(text, str):
        text = _text_from_blocks(result)
    if figures is None:
        figures = default_figures(result)
    page = render_report(result, text, figures)
    target = Path(out_path)
    with atomic_path(target) as tmp:
        tmp.write_text(page, encoding="utf-8", newline="\n")
    return target
