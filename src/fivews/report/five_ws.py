"""The cards at the top of the page: who, what, when, where (why and how when answered)
and according to whom, for the main event, with its evidence sentence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from fivews.plots._style import PALETTE
from fivews.report.article import block_index_of
from fivews.report.fields import _cell_text, _entity_by_id, _get, _span_of

#: The questions shown at the top, in order: (key in ``main_event``, question shown).
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("who", "Who"),
    ("what", "What"),
    ("when", "When"),
    ("where", "Where"),
    ("why", "Why"),
    ("how", "How"),
    ("according_to", "According to whom"),
)

#: The colour of each question's card, taken from the palette the figures use.
QUESTION_COLOURS: dict[str, str] = {
    "who": PALETTE["PERSON"],
    "what": PALETTE["ORG"],
    "when": PALETTE["DATE"],
    "where": PALETTE["GPE"],
    "why": PALETTE["NORP"],
    "how": PALETTE["LOC"],
    "according_to": PALETTE["neutral"],
}

#: What a reader sees where the pipeline found no answer.
NOT_DETERMINED = "not determined"


def _according_to(result: Mapping[str, Any], main: Mapping[str, Any]) -> str | None:
    """Who reports the main event: ``main_event.according_to``, else the claim whose
    content contains the evidence sentence's span, else None."""
    given = main.get("according_to") or main.get("source")
    if given:
        return _cell_text(given)
    evidence = _span_of(main.get("evidence"))
    if evidence is None:
        return None
    for claim in result.get("claims") or []:
        content = _span_of(claim.get("content"))
        if content and content[0] < evidence[1] and evidence[0] < content[1]:
            return _cell_text(_get(claim, "source.text")) or None
    return None


def five_ws_rows(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Return the cards for the five Ws (who, what, when, where, plus why/how when given,
    and according to whom), each ``{key, question, answer, detail, determined, colour}``.

    ``main_event`` may be empty or missing: every answer is then "not determined".
    """
    main = result.get("main_event") or {}
    entities = _entity_by_id(result)
    rows = []
    for key, question in QUESTIONS:
        if key == "according_to":
            answer = _according_to(result, main) if main else None
            detail = ""
        else:
            item = main.get(key)
            if isinstance(item, Mapping):
                # "when" may carry only a value (a date inherited from an event).
                answer = _cell_text(item.get("text") or item.get("name") or item.get("value"))
            else:
                answer = _cell_text(item)
            answer = answer or None
            detail = ""
            if isinstance(item, Mapping):
                entity = (
                    entities.get(item.get("entity")) if item.get("entity") is not None else None
                )
                extra = []
                if entity and entity.get("name") and entity.get("name") != answer:
                    extra.append(str(entity["name"]))
                if entity and entity.get("role"):
                    extra.append(str(entity["role"]))
                if key == "when" and item.get("value") and item.get("value") != answer:
                    extra.append(str(item["value"]))
                if key == "where" and item.get("lat") is not None and item.get("lon") is not None:
                    extra.append(f"{float(item['lat']):.2f}, {float(item['lon']):.2f}")
                detail = " · ".join(extra)
        if key in ("why", "how") and not answer:
            continue  # optional questions are shown only when answered
        rows.append(
            {
                "key": key,
                "question": question,
                "answer": answer or NOT_DETERMINED,
                "detail": detail,
                "determined": bool(answer),
                "colour": QUESTION_COLOURS[key],
            }
        )
    return rows


def _evidence(
    result: Mapping[str, Any], text: str, blocks: Sequence[Mapping[str, Any]]
) -> dict[str, str] | None:
    """The evidence sentence of the main event and the id of its block, if any."""
    evidence = (result.get("main_event") or {}).get("evidence")
    if not isinstance(evidence, Mapping):
        return None
    span = _span_of(evidence)
    sentence = evidence.get("sentence")
    if not isinstance(sentence, str):
        sentence = text[span[0] : span[1]] if span and span[1] <= len(text) else ""
    if not sentence.strip():
        return None
    index = block_index_of(blocks, span[0]) if span else None
    return {
        "text": " ".join(sentence.split()),
        "anchor": f"block-{index}" if index is not None else "",
    }
