"""The cards at the top of the page: who, what, when, where (why and how when answered)
and according to whom, for the main event, with its evidence sentence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from fivews.plots._style import PALETTE
from fivews.plots.readable import readable_time
from fivews.report.article import block_index_of
from fivews.report.fields import (
    _cell_text,
    _entity_by_id,
    _span_of,
    claim_source,
    sentence_anchor,
    sentence_starts,
)

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
    claim = _claim_of_evidence(result, main)
    return claim_source(claim) if claim else None


def _claim_of_evidence(
    result: Mapping[str, Any], main: Mapping[str, Any]
) -> Mapping[str, Any] | None:
    """The claim whose content overlaps the main event's evidence sentence, if any."""
    evidence = _span_of(main.get("evidence"))
    if evidence is None:
        return None
    for claim in result.get("claims") or []:
        content = _span_of(claim.get("content"))
        if content and content[0] < evidence[1] and evidence[0] < content[1]:
            return claim
    return None


def five_ws_rows(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Return the cards for the five Ws (who, what, when, where, plus why/how when given,
    and according to whom), each ``{key, question, answer, detail, determined, colour,
    link}``; ``link`` points at the answer's sentence (or its claim) in the article.

    ``main_event`` may be empty or missing: every answer is then "not determined".
    """
    main = result.get("main_event") or {}
    entities = _entity_by_id(result)
    starts = sentence_starts(result)
    evidence_link = sentence_anchor(starts, (main.get("evidence") or {}).get("start"))
    rows = []
    for key, question in QUESTIONS:
        link = None
        if key == "according_to":
            answer = _according_to(result, main) if main else None
            detail = ""
            claim = _claim_of_evidence(result, main) if main else None
            link = f"#claim-{claim['id']}" if claim and claim.get("id") is not None else None
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
                if key == "when" and item.get("value"):
                    words = readable_time(item.get("value"), mod=item.get("mod"))
                    if words and words != answer:
                        extra.append(words)
                    if item["value"] != answer and item["value"] != words:
                        extra.append(str(item["value"]))
                if key == "where" and item.get("lat") is not None and item.get("lon") is not None:
                    extra.append(f"{float(item['lat']):.2f}, {float(item['lon']):.2f}")
                detail = " · ".join(extra)
                anchor = sentence_anchor(starts, item.get("start"))
                link = f"#{anchor}" if anchor else None
        if answer and link is None and evidence_link:
            link = f"#{evidence_link}"
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
                "link": link or "",
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
    anchor = sentence_anchor(sentence_starts(result), span[0]) if span else None
    if anchor is None and index is not None:
        anchor = f"block-{index}"
    return {"text": " ".join(sentence.split()), "anchor": anchor or ""}
