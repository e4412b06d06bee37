"""Reader views: the analysis tables trimmed to the columns a reader needs, with
times in words beside their normalised values and sources by their merged names.

Each function takes the plain dicts of one layer (``doc._.events``, the output's
``claims`` …) and returns a small pandas DataFrame for a notebook or a newsroom
spreadsheet. The full tables stay one call away (``fivews.events.events_table``,
``fivews.claims.claims_table``, ``Analysis.timexes_df()``…); these views add nothing
the analysis did not find, they only say it plainly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from fivews.plots.readable import LABEL_WORDS, readable_time
from fivews.plots.selection import timeline_selection
from fivews.report.fields import _cell_text, claim_source
from fivews.report.five_ws import five_ws_rows

#: An event's ``time.how`` in words.
HOW_DATED: dict[str, str] = {
    "explicit": "a date in its own clause",
    "sentence": "a date elsewhere in its sentence",
    "inherited": "date carried over from a nearby event",
    "publication": "no date given: publication day as upper bound",
}


def _frame(rows: list[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(columns)).astype("string")


def five_ws_view(result: Mapping[str, Any]) -> pd.DataFrame:
    """The main event's five Ws plus *according to whom*, one row per question.

    Args:
        result: the output dictionary (``Analysis.to_dict()``).

    Returns:
        Columns ``question``, ``answer`` (as written, or "not determined") and
        ``details`` (the entity's name and role, the date in words and its value, the
        coordinates). *Why* and *how* appear only when the article answers them.
    """
    rows = [
        {"question": r["question"], "answer": r["answer"], "details": r["detail"]}
        for r in five_ws_rows(result)
    ]
    return _frame(rows, ["question", "answer", "details"])


def timexes_view(timexes: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """Time expressions: ``text``, ``type``, ``value`` (TIMEX3), ``reads as`` (in words)
    and ``resolved by`` (the rule, and what it was resolved against)."""
    rows = []
    for t in timexes:
        anchor = t.get("anchor")
        rows.append(
            {
                "text": t.get("text"),
                "type": t.get("type"),
                "value": t.get("value"),
                "reads as": readable_time(
                    t.get("value"), mod=t.get("mod"), interval=t.get("interval"), kind=t.get("type")
                ),
                "resolved by": str(t.get("rule") or "")
                + (f" (against {anchor})" if anchor else ""),
            }
        )
    return _frame(rows, ["text", "type", "value", "reads as", "resolved by"])


def events_view(
    events: Sequence[Mapping[str, Any]],
    entities: Sequence[Mapping[str, Any]] = (),
    blocks: Sequence[Mapping[str, Any]] = (),
) -> pd.DataFrame:
    """Events: ``id``, ``event`` (its clause), ``type``, ``when`` (in words), ``how dated``,
    ``where``, ``on the timeline`` (yes, or why not) and ``check`` (the events layer's
    ``review_reasons`` when it flags an event for review)."""
    names = {e.get("id"): e.get("name") for e in entities}
    selection = timeline_selection(events, blocks).set_index("id")
    rows = []
    for ev in events:
        time = ev.get("time") if isinstance(ev.get("time"), Mapping) else {}
        place = ev.get("place")
        where = (
            names.get(place.get("entity")) or place.get("text")
            if isinstance(place, Mapping)
            else names.get(place, place)
        )
        own = str(ev.get("id"))
        left_out = selection.loc[own, "left_out"] if own in selection.index else ""
        reasons = ev.get("review_reasons") or ([] if not ev.get("needs_review") else ["review"])
        rows.append(
            {
                "id": own,
                "event": " ".join(str(ev.get("text") or "").split()),
                "type": ev.get("event_type"),
                "when": readable_time(time.get("value"), interval=time.get("interval")),
                "how dated": HOW_DATED.get(str(time.get("how")), time.get("how")),
                "where": _cell_text(where),
                "on the timeline": "yes" if not left_out else f"no: {left_out}",
                "check": "; ".join(str(r) for r in reasons),
            }
        )
    columns = ["id", "event", "type", "when", "how dated", "where", "on the timeline", "check"]
    frame = _frame(rows, columns)
    if not frame["check"].fillna("").str.len().any():
        frame = frame.drop(columns=["check"])
    return frame


def claims_view(claims: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """Claims: ``id``, ``source`` (merged name), ``cue``, ``stance``, ``said`` (when, in
    words), ``claim`` (the full reported text) and ``contested by``."""
    rows = []
    for c in claims:
        date = c.get("date") if isinstance(c.get("date"), Mapping) else {"value": c.get("date")}
        content = c.get("content")
        rows.append(
            {
                "id": c.get("id"),
                "source": claim_source(c),
                "cue": _cell_text(c.get("cue")),
                "stance": c.get("stance"),
                "said": readable_time(date.get("value")),
                "claim": content.get("text") if isinstance(content, Mapping) else content,
                "contested by": ", ".join(str(x) for x in c.get("contested_by") or []),
            }
        )
    return _frame(rows, ["id", "source", "cue", "stance", "said", "claim", "contested by"])


def entities_view(entities: Sequence[Mapping[str, Any]], top: int | None = None) -> pd.DataFrame:
    """Entities by salience: ``name``, ``type`` (in words), ``mentions``, ``salience``,
    ``also called`` and ``role``; the ``top`` first when given."""
    ranked = sorted(
        entities, key=lambda e: (-(e.get("salience") or 0), -len(e.get("mentions") or []))
    )
    rows = [
        {
            "name": e.get("name"),
            "type": LABEL_WORDS.get(str(e.get("label")), e.get("label")),
            "mentions": str(len(e.get("mentions") or [])),
            "salience": f"{float(e.get('salience') or 0):.2f}",
            "also called": ", ".join(str(a) for a in e.get("aliases") or []),
            "role": e.get("role") or "",
        }
        for e in (ranked[:top] if top else ranked)
    ]
    return _frame(rows, ["name", "type", "mentions", "salience", "also called", "role"])


def set_aside_view(blocks: pd.DataFrame) -> pd.DataFrame:
    """The blocks a reader does not read as the article: page chrome (with the pattern
    family that recognised it, ``label``) and repeated blocks (``duplicate_of``)."""
    kept = blocks[(blocks["kind"] == "boilerplate") | blocks["duplicate_of"].notna()]
    return kept[["block", "kind", "label", "duplicate_of", "text"]]


def spacy_entities_view(doc: Any) -> pd.DataFrame:
    """The named entities a plain spaCy pipeline tagged in ``doc`` (people, organisations,
    places, nationalities), each text and label once, in text order."""
    labels = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
    rows = [(e.text, e.label_) for e in doc.ents if e.label_ in labels]
    frame = pd.DataFrame(rows, columns=["text", "spaCy label"]).drop_duplicates()
    return frame.reset_index(drop=True)


def roles_view(entities: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """Entities with a role or an affiliation: ``name``, ``type``, ``role`` and
    ``affiliation`` (the name of the entity it belongs to)."""
    names = {e.get("id"): e.get("name") for e in entities}
    rows = [
        {
            "name": e.get("name"),
            "type": LABEL_WORDS.get(str(e.get("label")), e.get("label")),
            "role": e.get("role") or "",
            "affiliation": names.get(e.get("affiliation"), e.get("affiliation")) or "",
        }
        for e in entities
        if e.get("role") or e.get("affiliation")
    ]
    return _frame(rows, ["name", "type", "role", "affiliation"])


def places_view(entities: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """Geocoded places: ``name``, ``type``, ``country``, ``lat``, ``lon`` and ``confidence``
    of the gazetteer match."""
    rows = [
        {
            "name": e.get("name"),
            "type": LABEL_WORDS.get(str(e.get("label")), e.get("label")),
            "country": e.get("country_name") or e.get("country") or "",
            "lat": f"{float(e['lat']):.2f}",
            "lon": f"{float(e['lon']):.2f}",
            "confidence": f"{float(e.get('geo_confidence') or 0):.2f}",
        }
        for e in entities
        if e.get("lat") is not None and e.get("lon") is not None
    ]
    return _frame(rows, ["name", "type", "country", "lat", "lon", "confidence"])


def claim_parts_view(claims: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """Claims whose content has several parts (coordinated clauses): ``id`` and each
    ``part`` on its own row."""
    rows = [
        {"id": c.get("id"), "part": part.get("text")}
        for c in claims
        if len(c.get("parts") or []) > 1
        for part in c["parts"]
    ]
    return _frame(rows, ["id", "part"])
