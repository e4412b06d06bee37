"""The entities as pandas tables: one row per entity, one row per mention."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from fivews import geo
from fivews.entities.records import EntityRecord, MentionRow

if TYPE_CHECKING:  # pandas is imported where a table is made: keeps `import fivews` fast
    import pandas as pd


def iter_mentions(entities: Iterable[EntityRecord]) -> Iterator[MentionRow]:
    """Every mention with its entity's id, name and label, in text order."""
    rows: list[MentionRow] = [
        {"id": e["id"], "name": e["name"], "label": e["label"], **m}
        for e in entities
        for m in e["mentions"]
    ]
    yield from sorted(rows, key=lambda r: r["start"])


def entities_table(entities: list[EntityRecord]) -> pd.DataFrame:
    """One row per entity, most salient first, with readable column names.

    Columns: ``id, name, label, mentions`` (count), ``salience, aliases`` ("; "-joined),
    ``role, affiliation`` (the affiliated entity's name), ``country`` (ISO code),
    ``country_name, lat, lon, geo_confidence``.
    """
    names = {e["id"]: e["name"] for e in entities}
    rows: list[MentionRow] = [
        {
            "id": e["id"],
            "name": e["name"],
            "label": e["label"],
            "mentions": len(e["mentions"]),
            "salience": e["salience"],
            "aliases": "; ".join(e.get("aliases", [])),
            "role": e.get("role"),
            "affiliation": names.get(e.get("affiliation", ""), None),
            "country": e.get("country"),
            "country_name": geo.country_name(e.get("country")),
            "lat": e.get("lat"),
            "lon": e.get("lon"),
            "geo_confidence": e.get("geo_confidence"),
        }
        for e in entities
    ]
    dtypes = {
        "id": "string",
        "name": "string",
        "label": "string",
        "mentions": "Int64",
        "salience": "Float64",
        "aliases": "string",
        "role": "string",
        "affiliation": "string",
        "country": "string",
        "country_name": "string",
        "lat": "Float64",
        "lon": "Float64",
        "geo_confidence": "Float64",
    }
    import pandas as pd  # imported on use: keeps `import fivews` fast

    frame = pd.DataFrame(rows, columns=list(dtypes))
    return frame.astype(dtypes)


def mentions_table(entities: list[EntityRecord]) -> pd.DataFrame:
    """One row per mention: ``id, name, label, text, start, end, sentence``, in text order."""
    dtypes = {
        "id": "string",
        "name": "string",
        "label": "string",
        "text": "string",
        "start": "Int64",
        "end": "Int64",
        "sentence": "Int64",
    }
    import pandas as pd  # imported on use: keeps `import fivews` fast

    frame = pd.DataFrame(list(iter_mentions(entities)), columns=list(dtypes))
    return frame.astype(dtypes)
