"""The report's figures: which ``fivews.plots`` functions draw them, with what data, and
how each becomes an embedded PNG ``data:`` URI."""

from __future__ import annotations

import base64
import importlib
import io
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from matplotlib.figure import Figure

from fivews.plots._style import PNG_METADATA, STYLE
from fivews.report.fields import _get

log = logging.getLogger(__name__)


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


def _blocks(result: Mapping[str, Any]) -> list[Any]:
    return [b for b in _get(result, "document.blocks") or [] if isinstance(b, Mapping)]


def _timeline_arguments(result: Mapping[str, Any]) -> PlotArguments | None:
    events = result.get("events") or []
    if not events:
        return None
    return (events, result.get("timexes") or []), {
        "published": _published(result),
        "blocks": _blocks(result),
    }


def _main_place(result: Mapping[str, Any]) -> tuple[float, float] | None:
    where = _get(result, "main_event.where")
    if isinstance(where, Mapping):
        lat, lon = where.get("lat"), where.get("lon")
        if isinstance(lat, int | float) and isinstance(lon, int | float):
            return float(lat), float(lon)
    return None


def _entities_arguments(result: Mapping[str, Any]) -> PlotArguments | None:
    entities = result.get("entities") or []
    places = [e for e in entities if e.get("lat") is not None and e.get("lon") is not None]
    return ((entities,), {"focus": _main_place(result)}) if places else None


def _events_map_arguments(result: Mapping[str, Any]) -> PlotArguments | None:
    events = result.get("events") or []
    if not any(isinstance(e.get("place"), Mapping) for e in events):
        return None
    return (events, result.get("entities") or [], result.get("main_event") or {}), {
        "blocks": _blocks(result)
    }


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
#: function is skipped, so the report is written with whichever plots exist.
FIGURE_SOURCES: tuple[FigureSource, ...] = (
    FigureSource(
        "When: the article's events on a time axis (undated events apart)",
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
        "Where the events happen, by type",
        "fivews.plots.five_ws",
        ("events_map",),
        _events_map_arguments,
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

    A plot module or function that does not exist, or one that fails on this
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
