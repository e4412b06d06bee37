"""The highlighted spans of the article: collected from three layers, reduced to spans
HTML can nest, and drawn as escaped markup.

Highlights come from three layers (claims, entities, time expressions) that may
overlap. HTML needs properly nested elements, so the spans are first reduced to a
*laminar* family (any two spans are disjoint or nested) by :func:`nest_highlights`:
spans are accepted in priority order (claim contents, then claim sources and cues,
then entity mentions, then time expressions) and a span that would cross an accepted
one is left out and counted. displaCy's own renderer only draws non-overlapping
entity spans (or its separate span view), so it could not show a named entity inside
a claim; this small nesting step is written here for that reason.

Each piece of text is escaped with :func:`markupsafe.escape` and only then wrapped in
markup; colours come from :data:`fivews.plots._style.PALETTE`, so they match the figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from fivews.plots._style import PALETTE
from fivews.plots.readable import readable_time
from fivews.report.fields import _cell_text, _get, _span_of, claim_source

#: Layers in priority order: when two spans cross, the one from the earlier layer stays.
#: Claim contents come first because they are the longest spans and the rest nest inside.
LAYER_PRIORITY: tuple[str, ...] = ("claim", "claim-part", "entity", "timex")


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
        shown: the label as a reader reads it (a time in words); default ``label``.
    """

    start: int
    end: int
    layer: str
    label: str
    colour: str
    title: str = ""
    shown: str = ""

    @property
    def rank(self) -> int:
        """Position of the span's layer in :data:`LAYER_PRIORITY` (lower wins)."""
        return LAYER_PRIORITY.index(self.layer)


@dataclass
class NestedHighlights:
    """The highlights that can be drawn as nested HTML, and those left out."""

    kept: list[Highlight] = field(default_factory=list)
    dropped: list[Highlight] = field(default_factory=list)


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

    def add(
        span: tuple[int, int] | None,
        layer: str,
        label: str,
        colour: str,
        title: str,
        shown: str = "",
    ) -> None:
        if span is None:
            return
        start, end = span
        if start < 0 or (text_length is not None and end > text_length):
            return
        found.append(Highlight(start, end, layer, label, colour, title, shown))

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
        words = readable_time(
            value, mod=timex.get("mod"), interval=timex.get("interval"), kind=kind
        )
        add(
            _span_of(timex),
            "timex",
            label,
            PALETTE.get(kind, PALETTE["DATE"]),
            f"{label}{mod}" + (f" = {words}" if words and words != value else ""),
            words if words and words != value else "",
        )

    for claim in result.get("claims") or []:
        stance = str(claim.get("stance") or "neutral")
        colour = PALETTE.get(stance, PALETTE["neutral"])
        source = claim_source(claim)
        cue = _cell_text(
            claim.get("cue")
            if not isinstance(claim.get("cue"), Mapping)
            else _get(claim, "cue.text")
        )
        written = _cell_text(_get(claim, "source.text"))
        as_written = f' (written "{written}")' if written and written != source else ""
        title = f"claim by {source}{as_written}" + (f", {cue}" if cue else "") + f" ({stance})"
        # A content split by the cue ("X, he said, and Y") has parts: each is drawn with
        # the claim's id and stance (the source and cue are written in the margin).
        parts = [p for p in (_span_of(part) for part in claim.get("parts") or []) if p]
        if not parts:
            parts = [p for p in [_span_of(claim.get("content")) or _span_of(claim)] if p]
        for part in sorted(parts):
            add(part, "claim", f"{claim.get('id') or ''} · {stance}", colour, title)
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
        return Markup(
            '<span class="claim" data-stance="{}" data-claim="{}" title="{}" style="{}">'
        ).format(span.label.rsplit(" · ", 1)[-1], span.label.split(" · ", 1)[0], span.title, style)
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
    if span.layer == "claim":  # the claim's source and stance are in the margin
        return Markup("</span>")
    label = Markup('<span class="hl-label">{}</span>').format(span.shown or span.label)
    return label + Markup("</mark>")


def _escaped(text: str, lo: int, hi: int, anchors: Mapping[int, Sequence[str]]) -> Markup:
    """``text[lo:hi]`` escaped, with an empty anchor element (a link target) before each
    offset in ``anchors`` that falls in ``[lo, hi)``."""
    if not anchors:
        return escape(text[lo:hi])
    out: list[Markup] = []
    pos = lo
    for offset in sorted(o for o in anchors if lo <= o < hi):
        out.append(escape(text[pos:offset]))
        for name in anchors[offset]:
            out.append(Markup('<span class="anchor" id="{}"></span>').format(name))
        pos = offset
    out.append(escape(text[pos:hi]))
    return Markup("").join(out)


def render_span_text(
    text: str,
    start: int,
    end: int,
    spans: Sequence[Highlight],
    anchors: Mapping[int, Sequence[str]] | None = None,
) -> Markup:
    """Return ``text[start:end]`` as escaped HTML with the (laminar) ``spans`` marked.

    ``spans`` must lie within ``[start, end)``, be laminar and be sorted by
    ``(start, -end, rank)`` as :func:`nest_highlights` leaves them. ``anchors`` maps
    character offsets to element ids written there as empty link targets (a sentence's
    or a claim's start), so links can point into the text without breaking the nesting.
    """
    anchors = anchors or {}
    out: list[Markup] = []
    pos = start
    i = 0
    while i < len(spans):
        span = spans[i]
        # The spans after this one that start before it ends are nested inside it.
        j = i + 1
        while j < len(spans) and spans[j].start < span.end:
            j += 1
        out.append(_escaped(text, pos, span.start, anchors))
        out.append(_open_tag(span))
        out.append(render_span_text(text, span.start, span.end, spans[i + 1 : j], anchors))
        out.append(_close_tag(span))
        pos = span.end
        i = j
    out.append(_escaped(text, pos, end, anchors))
    return Markup("").join(out)


def _clip(span: Highlight, start: int, end: int) -> Highlight | None:
    """Return the part of ``span`` inside ``[start, end)``, or None when there is none."""
    lo, hi = max(span.start, start), min(span.end, end)
    if hi <= lo:
        return None
    if (lo, hi) == (span.start, span.end):
        return span
    return Highlight(lo, hi, span.layer, span.label, span.colour, span.title, span.shown)
