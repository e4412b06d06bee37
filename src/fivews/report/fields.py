"""Reading the output dictionary: dotted paths, character spans, entity ids, and the
short text a value is shown as in a table cell or a card."""

from __future__ import annotations

import bisect
import json
from collections.abc import Mapping
from typing import Any, NamedTuple

#: Longest text shown in a table cell before it is shortened with an ellipsis.
MAX_CELL_CHARS = 240


class Link(NamedTuple):
    """A table cell that links into the page: its text and the ``#id`` it points at."""

    text: str
    href: str


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


def _entity_by_id(result: Mapping[str, Any]) -> dict[Any, Mapping[str, Any]]:
    """Map entity id -> entity dict."""
    return {e.get("id"): e for e in result.get("entities") or [] if isinstance(e, Mapping)}


def claim_source(claim: Mapping[str, Any]) -> str:
    """The merged source of a claim, as a reader should see it: the claims layer's
    ``source_group``, else the source entity's name, else the words of the attribution."""
    group = claim.get("source_group") or _get(claim, "source.group")
    if isinstance(group, Mapping):
        group = group.get("name") or group.get("text")
    name = group or _get(claim, "source.name") or _get(claim, "source.text")
    return _cell_text(name) or "unattributed"


def sentence_starts(result: Mapping[str, Any]) -> list[int]:
    """The start offsets of ``document.sentences``, in order (empty when not given)."""
    starts = [
        span[0] for span in (_span_of(s) for s in _get(result, "document.sentences") or []) if span
    ]
    return sorted(starts)


def sentence_anchor(starts: list[int], offset: Any) -> str | None:
    """The id of the anchor of the sentence holding character ``offset`` (``s-N``)."""
    position = _as_int(offset)
    if position is None or not starts:
        return None
    index = bisect.bisect_right(starts, position) - 1
    return f"s-{index}" if index >= 0 else None


def text_anchors(result: Mapping[str, Any]) -> dict[int, list[str]]:
    """Link targets in the article: ``s-N`` at each sentence start, ``claim-ID`` at each
    claim's first content character, ``event-ID`` at each event's start."""
    anchors: dict[int, list[str]] = {}
    for i, start in enumerate(sentence_starts(result)):
        anchors.setdefault(start, []).append(f"s-{i}")
    for claim in result.get("claims") or []:
        parts = [p for p in (_span_of(x) for x in claim.get("parts") or []) if p]
        first = min(parts) if parts else _span_of(claim.get("content"))
        if first and claim.get("id") is not None:
            anchors.setdefault(first[0], []).append(f"claim-{claim['id']}")
    for event in result.get("events") or []:
        span = _span_of(event)
        if span and event.get("id") is not None:
            anchors.setdefault(span[0], []).append(f"event-{event['id']}")
    return anchors
