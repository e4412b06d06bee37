"""Tables: claims, assertions, quantities and contradictions as pandas DataFrames.

pandas is imported inside each function (it costs ~0.3 s), so analysing an article never
imports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fivews.claims.records import AssertionRecord, ClaimRecord, QuantityRecord

if TYPE_CHECKING:
    import pandas as pd


CLAIM_COLUMNS: dict[str, str] = {
    "id": "string",
    "source": "string",
    "source_group": "string",
    "source_type": "string",
    "source_as_written": "string",
    "source_kind": "string",
    "entity": "string",
    "cue": "string",
    "addressee": "string",
    "stance": "string",
    "direct": "boolean",
    "date": "string",
    "date_text": "string",
    "content": "string",
    "hedges": "string",
    "conditionals": "string",
    "quantities": "string",
    "about": "string",
    "contested_by": "string",
    "start": "Int64",
    "end": "Int64",
}


def _quantity_text(q: QuantityRecord) -> str:
    text = q["text"]
    if q.get("normalized_unit") and q["normalized_unit"] != q.get("unit"):
        text += f" [= {q['normalized_value']:.4g} {q['normalized_unit']}]"
    if q.get("consistent") is not None:
        text += " (consistent)" if q["consistent"] else " (INCONSISTENT)"
    return text


def claims_table(claims: list[ClaimRecord] | None) -> pd.DataFrame:
    """One row per claim: who (``source``, the name; ``source_group``, the institution a
    spokesperson speaks for; ``source_type``), cue, addressee, stance, when, what
    (``content``: the full text, never cut), hedges, conditionals, numbers, contested by."""
    import pandas as pd

    rows = []
    for c in claims or []:
        rows.append(
            {
                "id": c["id"],
                "source": c["source"]["name"],
                "source_group": c["source"].get("group"),
                "source_type": c["source"].get("type"),
                "source_as_written": c["source"]["text"],
                "source_kind": c["source"]["kind"],
                "entity": c["source"]["entity"],
                "cue": c["cue"],
                "addressee": (c.get("addressee") or {}).get("text"),
                "stance": c["stance"],
                "direct": c["direct"],
                "date": c["date"]["value"],
                "date_text": c["date"]["text"],
                "content": c["content"]["text"],
                "hedges": "; ".join(h["text"] for h in c["hedges"]),
                "conditionals": "; ".join(m["text"] for m in c.get("conditionals", [])),
                "quantities": "; ".join(_quantity_text(q) for q in c["quantities"]),
                "about": "; ".join(a["name"] for a in c.get("about", [])),
                "contested_by": ", ".join(c["contested_by"]),
                "start": c["content"]["start"],
                "end": c["content"]["end"],
            }
        )
    return pd.DataFrame(rows, columns=list(CLAIM_COLUMNS)).astype(CLAIM_COLUMNS)


ASSERTION_COLUMNS: dict[str, str] = {
    "id": "string",
    "text": "string",
    "hedges": "string",
    "quantities": "string",
    "start": "Int64",
    "end": "Int64",
}


def assertions_table(assertions: list[AssertionRecord] | None) -> pd.DataFrame:
    """One row per unattributed statement in the reporter's own voice."""
    import pandas as pd

    rows = [
        {
            "id": a["id"],
            "text": a["text"],
            "hedges": "; ".join(h["text"] for h in a["hedges"]),
            "quantities": "; ".join(_quantity_text(q) for q in a["quantities"]),
            "start": a["start"],
            "end": a["end"],
        }
        for a in assertions or []
    ]
    return pd.DataFrame(rows, columns=list(ASSERTION_COLUMNS)).astype(ASSERTION_COLUMNS)


QUANTITY_COLUMNS: dict[str, str] = {
    "claim": "string",
    "text": "string",
    "value": "Float64",
    "unit": "string",
    "counted": "string",
    "normalized_value": "Float64",
    "normalized_unit": "string",
    "approx": "boolean",
    "bound": "string",
    "equivalent_of": "string",
    "consistent": "boolean",
}


def quantities_table(
    claims: list[ClaimRecord] | None, assertions: list[AssertionRecord] | None = None
) -> pd.DataFrame:
    """Every number in claims (and assertions, ``claim`` = assertion id) with its unit."""
    import pandas as pd

    rows = []
    for item in list(claims or []) + list(assertions or []):
        for q in item["quantities"]:
            rows.append({"claim": item["id"], **{k: q.get(k) for k in list(QUANTITY_COLUMNS)[1:]}})
    return pd.DataFrame(rows, columns=list(QUANTITY_COLUMNS)).astype(QUANTITY_COLUMNS)


CONTRADICTION_COLUMNS: dict[str, str] = {
    "claim": "string",
    "source": "string",
    "content": "string",
    "contested_by": "string",
    "other_source": "string",
    "other_content": "string",
    "reasons": "string",
}


def contradictions_table(claims: list[ClaimRecord] | None) -> pd.DataFrame:
    """One row per contradicting pair (earlier claim first)."""
    import pandas as pd

    by_id = {c["id"]: c for c in claims or []}
    rows = []
    for c in claims or []:
        for other_id in c["contested_by"]:
            o = by_id[other_id]
            if int(other_id[1:]) < int(c["id"][1:]):
                continue
            rows.append(
                {
                    "claim": c["id"],
                    "source": c["source"]["name"],
                    "content": c["content"]["text"],
                    "contested_by": other_id,
                    "other_source": o["source"]["name"],
                    "other_content": o["content"]["text"],
                    "reasons": "; ".join(c["contradiction_reasons"].get(other_id, [])),
                }
            )
    return pd.DataFrame(rows, columns=list(CONTRADICTION_COLUMNS)).astype(CONTRADICTION_COLUMNS)
