"""The JSON-ready dict of one claim (:func:`claim_record`): its source, cue, content,
date, stance, hedges, numbers and the actors it is about.

``date`` is the timex (``doc._.timexes``) on a dependent of the cue ("said Thursday"),
else a date entity there with ``value`` None, else the publication date. ``stance`` is
the cue's class in the lexicon (neutral, distancing, accusation, warning, denial,
belief, commitment).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

from fivews.claims.cues import _is_negated
from fivews.claims.framing import find_hedges
from fivews.claims.grouping import addressee, conditionals, source_group, source_type
from fivews.claims.lexicon import ClaimLexicon
from fivews.claims.mentions import _entity_for, mentioned_in
from fivews.claims.quantities import find_quantities
from fivews.claims.records import Claim, ClaimRecord, DateRecord, SpanRecord
from fivews.claims.tokens import _children, _contiguous, _span_text, _span_tokens
from fivews.structure import doc_text, reader_of
from fivews.structure.reader import DocReader


def _cue_date(doc: Doc, claim: Claim) -> DateRecord:
    """The timex attached to the cue ("said Thursday"), else the publication date."""
    reader = reader_of(doc)
    published = reader.extension("published")
    if claim.continues is not None:
        return _cue_date(doc, claim.continues)
    if claim.cue is None or claim.cue_lemma == "according to":
        return {"text": None, "value": published, "from": "published"}
    cue = claim.cue.root
    content_ids = {t.i for t in claim.content}
    near: list[Token] = []
    for child in _children(cue):
        if child.i in content_ids:
            continue
        if child.dep_ in {"npadvmod", "tmod", "advmod", "obl"}:
            near.append(child)
        elif child.dep_ == "prep":
            near += [g for g in _children(child) if g.dep_ == "pobj"]
    after = reader.tokens[cue.i + 1] if cue.i + 1 < len(doc) else None
    if (
        after is not None
        and after.ent_type_ == "DATE"
        and (after.pos_ == "PROPN" or after.dep_ == "npadvmod")
    ):
        near.append(after)  # "said Wednesday, four months after…" misattached
    timexes = reader.extension("timexes") or []
    for token in near:
        tx = _timex_at(reader, timexes, token.idx)
        if tx is not None:
            return {
                "text": tx.get("text") or doc_text(doc)[tx["start"] : tx["end"]],
                "value": tx.get("value"),
                "from": "timex",
            }
    for token in near:
        if token.ent_type_ in {"DATE", "TIME"}:
            ent = next((e for e in reader.ents if e.start <= token.i < e.end), None)
            text = ent.text if ent is not None else token.text
            # a date the timex layer did not resolve: say so rather than guess
            return {"text": text, "value": None, "from": "ner"}
    return {"text": None, "value": published, "from": "published"}


def _timex_at(reader: DocReader, timexes: list[dict[str, Any]], char: int) -> dict[str, Any] | None:
    """The first of ``timexes`` (in their order) with ``start <= char < end``.

    Found in an index by start offset, built once per reading, instead of a scan over
    every timex for every claim.
    """

    def index(_: DocReader) -> tuple[list[int], list[tuple[int, int, int]], int]:
        spans = sorted((tx.get("start", -1), n, tx.get("end", -1)) for n, tx in enumerate(timexes))
        longest = max([0] + [end - start for start, _, end in spans])
        return [start for start, _, _ in spans], spans, longest

    starts, spans, longest = reader.memoised(("claims.timexes", id(timexes)), index)
    lo = bisect.bisect_left(starts, char - longest)
    hi = bisect.bisect_right(starts, char)
    hits = [n for start, n, end in spans[lo:hi] if start <= char < end]
    return timexes[min(hits)] if hits else None


def _span_dict(tokens: Sequence[Token]) -> SpanRecord:
    if not tokens:
        return {"text": "", "start": None, "end": None}
    doc = tokens[0].doc
    first, last = tokens[0], tokens[-1]
    return {
        "text": doc_text(doc)[first.idx : last.idx + len(last.text)],
        "start": first.idx,
        "end": last.idx + len(last.text),
    }


def claim_record(
    doc: Doc, claim: Claim, index: int, claims: list[Claim], lexicon: ClaimLexicon
) -> ClaimRecord:
    """The JSON-ready dict of one claim.

    Fields: ``id`` ("c1"…); ``source`` {text, start, end (the phrase as written), name
    (the entity's name, the resolved antecedent's, or the phrase), kind (named | pronoun |
    description), role (an apposition: "the ministry's spokesman"), group (the institution
    a spokesperson speaks for, else the name: :func:`source_group`), type (government/
    official, military, armed group, ngo/monitor, media, expert, anonymous, document or
    person: :func:`source_type`), entity (id in ``doc._.entities`` or None),
    affiliation}; ``addressee`` ({text, start, end} of whom it was said to, or None);
    ``cue``, ``cue_lemma``, ``cue_start``,
    ``cue_end`` (None for a quote that continues an earlier one); ``content`` {text, start,
    end}; ``parts`` (its coordinated clauses); ``direct`` (quoted); ``continues`` (id of the
    claim a cue-less quote continues); ``negated`` (cue negated); ``date`` {text, value,
    from: timex | ner | published}; ``stance``; ``hedges``; ``conditionals`` ("would",
    "if": not hedges); ``quantities``; ``about``
    (actors and places named in the content, see :func:`mentioned_in`); ``contested_by``
    (claim ids) and ``contradiction_reasons`` ({claim id: [reasons]}).
    """
    content = _contiguous(claim.content)
    if claim.quote is not None:
        q_start, q_end = claim.quote
        text = doc_text(doc)
        while q_end > q_start and text[q_end - 1] in " \n,;:":
            q_end -= 1  # '"…helicopters," Lopez said': the comma is the sentence's
        content_dict = {"text": text[q_start:q_end], "start": q_start, "end": q_end}
    else:
        content_dict = _span_dict(content)
    # a pronoun the entities layer linked itself wins; else the resolved antecedent's entity
    entity = _entity_for(doc, claim.source_span, claim.source_head)
    if entity is None and claim.resolved_span != claim.source_span:
        entity = _entity_for(doc, claim.resolved_span, claim.resolved_head or claim.source_head)
    lemma = claim.cue_lemma or ""
    stance = lexicon.phrases.get(lemma) or lexicon.verbs.get(lemma, "neutral")
    cue = claim.cue
    cue_tokens = list(_span_tokens(doc, cue.start, cue.end)) if cue is not None else []
    scope = list(content)
    hedge_scope = scope + [c for t in cue_tokens for c in _children(t) if c.dep_ == "advmod"]
    hedge_scope.sort(key=lambda t: t.i)
    continues = claim.continues
    name = (entity.get("name") if entity else None) or claim.source_name
    role = claim.source_role or (entity.get("role") if entity else None)
    group = source_group(name, claim.source_text, role, lexicon.sources)
    kind = (
        source_type((group, name, role, claim.source_text), lexicon.sources)
        if claim.source_text or name
        else None
    )
    return {
        "id": f"c{index + 1}",
        "source": {
            "text": claim.source_text,
            "start": claim.source_span[0] if claim.source_span else None,
            "end": claim.source_span[1] if claim.source_span else None,
            "name": name,
            "kind": claim.source_kind,
            "role": role,
            "group": group,
            "type": kind,
            "entity": entity.get("id") if entity else None,
            "affiliation": entity.get("affiliation") if entity else None,
        },
        "cue": _span_text(cue) if cue is not None else None,
        "cue_lemma": claim.cue_lemma,
        "cue_start": claim.cue.start_char if claim.cue is not None else None,
        "cue_end": claim.cue.end_char if claim.cue is not None else None,
        "content": content_dict,
        "parts": [_span_dict(p) for p in claim.parts],
        "addressee": addressee(claim, claim.cue_lemma, lexicon.sources),
        "direct": claim.direct,
        "continues": f"c{claims.index(continues) + 1}" if continues is not None else None,
        "negated": bool(cue_tokens and _is_negated(cue_tokens[0])),
        "date": _cue_date(doc, claim),
        "stance": stance,
        "hedges": find_hedges(hedge_scope, lexicon),
        "conditionals": conditionals(scope, lexicon.sources),
        "quantities": find_quantities(scope, lexicon),
        "about": mentioned_in(doc, content_dict["start"], content_dict["end"]),
        "contested_by": [],
        "contradiction_reasons": {},
    }
