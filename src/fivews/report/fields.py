"""Reading the output dictionary: dotted paths, character spans, entity ids, and the
short text a value is shown as in a table cell or a card."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

#: Longest text shown in a table cell before it is shortened with an ellipsis.
MAX_CELL_CHARS = 240


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
