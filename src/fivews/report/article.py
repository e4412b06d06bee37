"""The annotated article: its blocks in text order, each drawn as one element with its
highlights, and the legend of the labels drawn."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup

from fivews.plots._style import PALETTE
from fivews.report.fields import _cell_text, _get, _span_of, claim_source, text_anchors
from fivews.report.highlights import (
    Highlight,
    NestedHighlights,
    _clip,
    collect_highlights,
    nest_highlights,
    render_span_text,
)
from fivews.structure import block_at

#: Block kinds that are page chrome, shown dimmed.
CHROME_KINDS: frozenset[str] = frozenset({"boilerplate"})


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
    return block_at(blocks, [block["start"] for block in blocks], char)


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
    anchors = text_anchors(result)
    notes = margin_notes(result, blocks)
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
        body = render_span_text(text, start, end, spans, anchors)
        prefix = Markup('<span class="kind-tag">{}</span>').format(tag) if tag else Markup("")
        element_html = Markup(
            '<{0} class="{1}" id="block-{2}" data-start="{3}" data-end="{4}">{5}{6}</{0}>'
        ).format(Markup(element), " ".join(classes), i, start, end, prefix, body)
        margin = Markup("").join(_note_html(note) for note in notes.get(i, ()))
        parts.append(
            Markup('<div class="row">{}<aside class="margin">{}</aside></div>').format(
                element_html, margin
            )
        )
    return Markup("\n").join(parts), nested


def margin_notes(
    result: Mapping[str, Any], blocks: Sequence[Mapping[str, Any]]
) -> dict[int, list[dict[str, str]]]:
    """The claims to note in the margin of each block (by block index): id, merged
    source, cue, stance and its colour, for the claims whose content starts there."""
    notes: dict[int, list[dict[str, str]]] = {}
    for claim in result.get("claims") or []:
        parts = [p for p in (_span_of(x) for x in claim.get("parts") or []) if p]
        first = min(parts) if parts else _span_of(claim.get("content"))
        index = block_index_of(blocks, first[0]) if first else None
        if index is None:
            continue
        stance = str(claim.get("stance") or "neutral")
        cue = claim.get("cue")
        notes.setdefault(index, []).append(
            {
                "id": str(claim.get("id") or ""),
                "source": claim_source(claim),
                "cue": _cell_text(cue.get("text") if isinstance(cue, Mapping) else cue),
                "stance": stance,
                "colour": PALETTE.get(stance, PALETTE["neutral"]),
            }
        )
    return notes


def _note_html(note: Mapping[str, str]) -> Markup:
    """One margin note: the claim's source and cue, and its stance as a coloured badge."""
    return Markup(
        '<a class="margin-note" href="#claim-{0}" style="--c: {1}"><span class="who">{2}</span> {3}'
        '<span class="stance">{4}</span></a>'
    ).format(note["id"], note["colour"], note["source"], note["cue"], note["stance"])


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
