"""The timexes as a pandas table (one row per TIMEX3, with explicit dtypes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fivews.timeline.records import TimexRecord

if TYPE_CHECKING:
    import pandas as pd

#: the columns of :func:`timexes_table` and their pandas dtypes
TIMEX_COLUMNS: dict[str, str] = {
    "id": "string",
    "expression": "string",
    "start": "int64",
    "end": "int64",
    "type": "string",
    "value": "string",
    "mod": "string",
    "begin": "string",
    "end_date": "string",
    "rule": "string",
    "anchor": "string",
}


def timexes_table(timexes: list[TimexRecord]) -> pd.DataFrame:
    """One row per timex: id, expression, offsets, type, value, mod, interval, rule, anchor."""
    import pandas as pd  # imported on use: keeps `import fivews` fast

    rows = [
        {
            "id": t.get("id", ""),
            "expression": t["text"],
            "start": t["start"],
            "end": t["end"],
            "type": t["type"],
            "value": t["value"],
            "mod": t.get("mod"),
            "begin": (t.get("interval") or [None, None])[0],
            "end_date": (t.get("interval") or [None, None])[1],
            "rule": t.get("rule", ""),
            "anchor": t.get("anchor"),
        }
        for t in timexes
    ]
    return pd.DataFrame(rows, columns=list(TIMEX_COLUMNS)).astype(TIMEX_COLUMNS)
