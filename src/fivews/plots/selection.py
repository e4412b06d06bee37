"""Which events a time figure draws, and why the others are left out.

Every time figure of the series (:mod:`fivews.plots.timeline`) starts from
:func:`timeline_selection`, so they agree on what counts as news:

* **caption** events (a photo caption describes the picture, not the story) are left out.
  An event's ``caption`` flag is used when the events layer sets it; otherwise the kind
  of the block the event starts in.
* **repeats**: a headline or sub-head that announces a body event ("Raqqa battle nearly
  won" before the paragraph on the battle) is the same event told twice. When the events
  layer merges such repeats itself (the merged event lists the sentences in ``also_in``)
  there is nothing left to do; ids of other events in ``also_in`` are honoured; and a
  headline/sub-head event whose date was carried over from a body event
  (``time.from_event``) is taken as a repeat of that event.
* **undated** events (no calendar day at all) are left out.
* **fallback-dated** events (``time.how == "publication"``): the article gives no date,
  so the publication day is only an upper bound. They are kept, marked ``fallback``,
  and drawn apart ("on or before publication"), never as if dated.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from fivews.events import event_dates
from fivews.structure import block_at

#: Block kinds whose events announce a body event rather than add one.
ANNOUNCING_KINDS: frozenset[str] = frozenset({"headline", "subhead"})

#: Label length (characters) of an event row.
LABEL_CHARS = 48

SELECTION_COLUMNS: dict[str, str] = {
    "id": "string",
    "label": "string",
    "text": "string",
    "trigger": "string",
    "event_type": "string",
    "how": "string",
    # seconds, not nanoseconds: a history's years before 1678 stay on the axis ("in 1600")
    "begin": "datetime64[s]",
    "end": "datetime64[s]",
    "interval": "boolean",
    "fallback": "boolean",
    "shown": "boolean",
    "left_out": "string",
}


def _block_kinds(
    events: Sequence[Mapping[str, Any]], blocks: Sequence[Mapping[str, Any]]
) -> dict[str, str | None]:
    """The kind of the block each event starts in (None without blocks)."""
    ordered = sorted(
        (b for b in blocks if isinstance(b.get("start"), int)), key=lambda b: b["start"]
    )
    starts = [b["start"] for b in ordered]
    kinds: dict[str, str | None] = {}
    for event in events:
        start = event.get("start")
        index = block_at(ordered, starts, start) if isinstance(start, int) and ordered else None
        kinds[str(event.get("id"))] = ordered[index]["kind"] if index is not None else None
    return kinds


def _repeats(
    events: Sequence[Mapping[str, Any]], kinds: Mapping[str, str | None]
) -> dict[str, str]:
    """``{event id: id of the event it repeats}`` for events told twice."""
    ids = {str(e.get("id")) for e in events}
    repeats: dict[str, str] = {}
    for event in events:
        own = str(event.get("id"))
        if own in repeats:
            continue
        for other in event.get("also_in") or []:
            other = str(other)
            # Keep the body paragraph's telling; the headline/sub-head one repeats it.
            if other in ids and other not in repeats and other != own:
                if kinds.get(own) in ANNOUNCING_KINDS and kinds.get(other) not in ANNOUNCING_KINDS:
                    repeats[own] = other
                    break
                repeats[other] = own
        time = event.get("time") or {}
        source = time.get("from_event") if isinstance(time, Mapping) else None
        if (
            own not in repeats
            and source
            and str(source) in ids
            and kinds.get(own) in ANNOUNCING_KINDS
        ):
            repeats[own] = str(source)
    return repeats


def event_label(event: Mapping[str, Any], width: int = LABEL_CHARS) -> str:
    """A short row label: the event's clause, shortened on a word boundary."""
    text = " ".join(str(event.get("text") or "").split())
    if not text:
        trigger = event.get("trigger")
        text = str(trigger.get("text") if isinstance(trigger, Mapping) else trigger or "")
    return textwrap.shorten(text or str(event.get("id")), width, placeholder="…")


def timeline_selection(
    events: Sequence[Mapping[str, Any]], blocks: Sequence[Mapping[str, Any]] = ()
) -> pd.DataFrame:
    """One row per event with what a time figure does with it, in date order.

    Args:
        events: ``doc._.events`` (or the output's ``events``).
        blocks: ``doc._.blocks`` (or ``document.blocks``), to tell captions, headlines
            and sub-heads; without them only the events' own fields are read.

    Returns:
        Columns ``id``, ``label``, ``text``, ``trigger``, ``event_type``, ``how``,
        ``begin``/``end`` (first and last day covered), ``interval`` (more than one day),
        ``fallback`` (dated only by the publication day), ``shown`` and ``left_out``
        (why not: "photo caption", "repeats e14", "no date").
    """
    kinds = _block_kinds(events, blocks)
    repeats = _repeats(events, kinds)
    rows = []
    for event in events:
        own = str(event.get("id"))
        time = event.get("time") if isinstance(event.get("time"), Mapping) else {}
        begin, end = event_dates(time)
        caption = event.get("caption")
        if caption is None:
            caption = kinds.get(own) == "caption"
        reason = ""
        if caption:
            reason = "photo caption"
        elif own in repeats:
            reason = f"repeats {repeats[own]}"
        elif begin is None or end is None:
            reason = "no date"
        trigger = event.get("trigger")
        rows.append(
            {
                "id": own,
                "label": event_label(event),
                "text": " ".join(str(event.get("text") or "").split()),
                "trigger": str(
                    trigger.get("text") if isinstance(trigger, Mapping) else trigger or ""
                ),
                "event_type": str(event.get("event_type") or "Other"),
                "how": str(time.get("how") or ""),
                "begin": pd.Timestamp(begin) if begin else pd.NaT,
                "end": pd.Timestamp(end) if end else pd.NaT,
                "interval": bool(begin and end and begin != end),
                "fallback": time.get("how") == "publication",
                "shown": not reason,
                "left_out": reason,
            }
        )
    table = pd.DataFrame(rows, columns=list(SELECTION_COLUMNS)).astype(SELECTION_COLUMNS)
    return table.sort_values(
        ["fallback", "begin", "end", "id"], kind="stable", na_position="last"
    ).reset_index(drop=True)
