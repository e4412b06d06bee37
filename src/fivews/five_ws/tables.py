"""The main event as tables: its five Ws, and the candidates it was chosen from.

:func:`five_ws_table` and :func:`candidates_table` turn ``doc._.main_event`` into
DataFrames with explicit dtypes, for notebooks and reports.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

#: The questions of :func:`five_ws_table`, in reading order.
QUESTIONS: tuple[str, ...] = ("who", "what", "when", "where", "why", "how")


def five_ws_table(main_event: Mapping[str, Any] | None) -> pd.DataFrame:
    """The main event as a table: one row per question (who, what, when, where, why,
    how), with the answer as written in the article, its normalised form (entity name,
    date value, coordinates), where it came from, and its character offsets.

    Questions without an answer have an empty answer (why and how often have none).
    """
    import pandas as pd  # imported on use: keeps `import fivews` fast

    event = main_event or {}
    rows = []
    for question in QUESTIONS:
        item = event.get(question) or {}
        if question == "when":
            normalised = item.get("value")
        elif question == "where" and item.get("lat") is not None:
            normalised = (
                f"{item.get('name') or item.get('text')} ({item['lat']:.2f}, {item['lon']:.2f})"
            )
        else:
            normalised = item.get("name")
        rows.append(
            {
                "question": question,
                "answer": item.get("text"),
                "normalised": normalised,
                "source": item.get("source") or ("parse" if item.get("text") else None),
                "start": item.get("start"),
                "end": item.get("end"),
            }
        )
    columns = {
        "question": "string",
        "answer": "string",
        "normalised": "string",
        "source": "string",
        "start": "Int64",
        "end": "Int64",
    }
    return pd.DataFrame(rows, columns=list(columns)).astype(columns)


def candidates_table(main_event: Mapping[str, Any] | None) -> pd.DataFrame:
    """The best candidates for the main event, best first: who, what, where they come
    from (headline or lead sentence rank), the score and the reasons that made it."""
    import pandas as pd  # imported on use: keeps `import fivews` fast

    rows = [
        {
            "who": c.get("who"),
            "what": c.get("what"),
            "from": c.get("kind")
            if c.get("kind") == "headline"
            else f"lead sentence {c.get('rank', 0) + 1}",
            "score": c.get("score"),
            "reasons": "; ".join(c.get("reasons") or []),
        }
        for c in (main_event or {}).get("candidates") or []
    ]
    columns = {
        "who": "string",
        "what": "string",
        "from": "string",
        "score": "float64",
        "reasons": "string",
    }
    return pd.DataFrame(rows, columns=list(columns)).astype(columns)
