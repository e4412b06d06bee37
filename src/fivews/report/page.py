"""The page: the Jinja2 template filled with the five Ws, the article, figures and
tables, and written to a file atomically.

The page is laid out by a Jinja2 template (``fivews/data/report.html.j2``) with
autoescaping on, so every string from the article or the analysis is HTML-escaped.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
from matplotlib.figure import Figure

from fivews.fileio import atomic_path
from fivews.lexicon import load_text
from fivews.plots.readable import readable_time
from fivews.report.article import article_blocks, legend_items, render_article
from fivews.report.fields import _get, _span_of
from fivews.report.figures import default_figures, figure_entries
from fivews.report.five_ws import _evidence, five_ws_rows
from fivews.report.highlights import NestedHighlights
from fivews.report.tables import build_tables

#: The template file inside the package's data folder.
TEMPLATE_NAME = "report.html.j2"


def _template() -> jinja2.Template:
    """The report template, with autoescaping on for every substituted value."""
    source = load_text(TEMPLATE_NAME)
    env = jinja2.Environment(
        autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )
    return env.from_string(source)


def _meta_line(result: Mapping[str, Any], nested: NestedHighlights) -> str:
    """The line under the title: publication date and its source, and counts."""
    published = _get(result, "document.published")
    parts = []
    if isinstance(published, Mapping) and published.get("value"):
        how = published.get("source")
        confidence = published.get("confidence")
        detail = ", ".join(str(x) for x in (how, confidence and f"confidence {confidence}") if x)
        parts.append(
            f"Published {readable_time(published['value'])}" + (f" ({detail})" if detail else "")
        )
    elif isinstance(published, str) and published:
        parts.append(f"Published {readable_time(published)}")
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
