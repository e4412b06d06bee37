"""The one-page HTML report: the five Ws, the annotated article, figures and tables.

What it makes: a single self-contained HTML file (inline CSS, figures as base64 PNG
``data:`` URIs, no script, no external font, stylesheet or image), so opening it makes no
network request. From top to bottom: the five Ws of the main event and *according to
whom* (``main_event``; every question says "not determined" when the pipeline found no
answer), each linked to its sentence; the article with its entity mentions and time
expressions highlighted displaCy-style (a coloured span with a small label, times in
words; colours from :data:`fivews.plots._style.PALETTE` so they match the figures; page
chrome and repeated captions dimmed), each claim shaded in its stance colour with its
merged source, cue and stance in the margin beside the paragraph; the figures; and the
tables, each claim and event linked to its sentence. A print stylesheet is included.
:mod:`fivews.report.views` gives the same readable tables to notebooks.

How:

* The page is laid out by a Jinja2 template (``fivews/data/report.html.j2``) with
  autoescaping on, so every string from the article or the analysis is HTML-escaped
  (:mod:`fivews.report.page`). The annotated article is built from the text and the
  character offsets, escaping each piece of text with :func:`markupsafe.escape` and only
  then wrapping it in markup (:mod:`fivews.report.highlights`, :mod:`fivews.report.article`).
* Highlights come from three layers (claims, entities, time expressions) that may
  overlap; :func:`nest_highlights` reduces them to spans HTML can nest (see
  :mod:`fivews.report.highlights` for the rule, and why displaCy's renderer is not used).
* The report works from the output dictionary (``Analysis.to_dict()`` or the JSON of
  ``fivews analyze``) plus the exact input text; figures are matplotlib Figures turned
  into PNG bytes in memory (:mod:`fivews.report.figures`).

Public functions: :func:`render_report` (dict + text -> HTML string),
:func:`write_report` (Analysis or dict -> file, written atomically) and
:func:`default_figures` (the figures the report embeds, made by ``fivews.plots``).
"""

from fivews.report.article import (
    BLOCK_ELEMENTS,
    CHROME_KINDS,
    article_blocks,
    block_index_of,
    legend_items,
    render_article,
)
from fivews.report.fields import MAX_CELL_CHARS
from fivews.report.figures import (
    FigureSource,
    PlotArguments,
    default_figures,
    figure_entries,
    figure_png,
    png_size,
)
from fivews.report.five_ws import NOT_DETERMINED, QUESTION_COLOURS, QUESTIONS, five_ws_rows
from fivews.report.highlights import (
    LAYER_PRIORITY,
    NEST_WINDOW,
    Highlight,
    NestedHighlights,
    collect_highlights,
    nest_highlights,
    render_span_text,
    text_colour_on,
    tint,
)
from fivews.report.page import TEMPLATE_NAME, render_report, write_report
from fivews.report.tables import (
    ASSERTION_COLUMNS,
    CLAIM_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    ID_COLUMNS,
    OPTIONAL_TABLES,
    TABLES,
    TIMEX_COLUMNS,
    Column,
    build_tables,
    generic_columns,
    table_rows,
)

__all__ = [
    "ASSERTION_COLUMNS",
    "BLOCK_ELEMENTS",
    "CHROME_KINDS",
    "CLAIM_COLUMNS",
    "ENTITY_COLUMNS",
    "EVENT_COLUMNS",
    "ID_COLUMNS",
    "LAYER_PRIORITY",
    "MAX_CELL_CHARS",
    "NEST_WINDOW",
    "NOT_DETERMINED",
    "OPTIONAL_TABLES",
    "QUESTIONS",
    "QUESTION_COLOURS",
    "TABLES",
    "TEMPLATE_NAME",
    "TIMEX_COLUMNS",
    "Column",
    "FigureSource",
    "Highlight",
    "NestedHighlights",
    "PlotArguments",
    "article_blocks",
    "block_index_of",
    "build_tables",
    "collect_highlights",
    "default_figures",
    "figure_entries",
    "figure_png",
    "five_ws_rows",
    "generic_columns",
    "legend_items",
    "nest_highlights",
    "png_size",
    "render_article",
    "render_report",
    "render_span_text",
    "table_rows",
    "text_colour_on",
    "tint",
    "write_report",
]
