"""One article's JSON output as rows of the five tables, and the flattening rule.

Flattening rule (the same for every table): a scalar field is a column of its own type; a
dict whose keys are field names (lower-case letters and ``_``) is flattened one level into
``field_key`` columns (``published`` -> ``published_value``, ``published_source``…);
anything else (a list, a deeper dict, a dict keyed by data such as claim ids, a column
mixing text and numbers) is stored as a JSON string — decode with ``json.loads``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from fivews.corpus.layout import ITEM_LAYERS


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


#: Keys that name fields (so a dict of them is a record, flattened into columns).
_FIELD_NAME = re.compile(r"[a-z][a-z_]*\Z")


def _is_record(value: Mapping[str, Any]) -> bool:
    """Whether a dict is a record with field names (``{"text", "start"}``) rather than a
    mapping keyed by data (claim ids, dates, names), which would make a column per key."""
    return all(isinstance(k, str) and _FIELD_NAME.match(k) for k in value)


def flatten(item: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Flatten one output item into table columns (see the module docstring).

    Scalars stay as they are; a record dict (field-name keys) is flattened one level
    (``source`` -> ``source_text``, ``source_start``…); lists, deeper dicts and dicts keyed
    by data become JSON strings.
    """
    row: dict[str, Any] = {}
    for key, value in item.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and _is_record(value):
            for sub, inner in value.items():
                row[f"{name}_{sub}"] = (
                    _json(inner) if isinstance(inner, (Mapping, list, tuple)) else inner
                )
        elif isinstance(value, (Mapping, list, tuple)):
            row[name] = _json(value)
        else:
            row[name] = value
    return row


def analysis_rows(
    output: Mapping[str, Any], text: str | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Turn one article's JSON output into rows of the five tables.

    Args:
        output: ``Analysis.to_dict()`` (document, entities, …, main_event).
        text: the article's exact text, stored in ``documents.text``.
    """
    document = dict(output["document"])
    doc_id = str(document.pop("id"))
    document.pop("text", None)
    doc_row: dict[str, Any] = {"doc_id": doc_id, "text": text}
    doc_row.update(flatten(document))
    for layer in ITEM_LAYERS:
        doc_row[f"n_{layer}"] = len(output.get(layer) or [])
    doc_row.update(flatten(output.get("main_event") or {}, prefix="main_event_"))
    rows: dict[str, list[dict[str, Any]]] = {"documents": [doc_row]}
    for layer in ITEM_LAYERS:
        rows[layer] = [
            {"doc_id": doc_id, "position": i, **flatten(item)}
            for i, item in enumerate(output.get(layer) or [])
        ]
    return rows
