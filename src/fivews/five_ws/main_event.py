"""The main event record: the best candidate's five Ws, or a fallback without one.

:func:`find_main_event` reads the Doc through its reader (the other layers, the
dateline: :func:`fivews.structure.reader_of`), ranks the candidates
(:mod:`fivews.five_ws.candidates`) and asks each question of the best one
(:mod:`~fivews.five_ws.who`, :mod:`~fivews.five_ws.what`, :mod:`~fivews.five_ws.when`,
:mod:`~fivews.five_ws.where`, :mod:`~fivews.five_ws.why_how`). When no verb of the lead
has a subject, :func:`fallback_event` answers from the first sentence alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from fivews.five_ws.candidates import article_sections, find_candidates
from fivews.five_ws.lexicon import ACTOR_LABELS, FiveWsLexicon
from fivews.five_ws.records import (
    Candidate,
    CandidateRecord,
    Evidence,
    HeadlineEvidence,
    MainEvent,
    WhatAnswer,
    WhoAnswer,
    phrase_answer,
)
from fivews.five_ws.title import in_text, reader_for
from fivews.five_ws.what import verb_phrase, what_answer
from fivews.five_ws.when import when_answer
from fivews.five_ws.where import where_answer
from fivews.five_ws.who import who_answer
from fivews.five_ws.why_how import how_phrase, why_phrase
from fivews.structure import DocReader, reader_of

#: How many of the best candidates the record keeps (``main_event["candidates"]``).
KEPT_CANDIDATES = 5


def find_main_event(
    doc: Doc, lexicon: FiveWsLexicon, lead_sentences: int, max_what_tokens: int
) -> MainEvent:
    """Return the main event of ``doc`` as a JSON-ready dict (``{}`` if no text).

    Args:
        doc: a parsed Doc; the other fivews layers are read when present.
        lexicon: the word lists of the rules.
        lead_sentences: how many body sentences with a candidate verb are considered
            (the component's setting).
        max_what_tokens: the longest ``what`` phrase in tokens (the component's setting).
    """
    reader = reader_of(doc)
    if not reader.doc_text.strip() or len(doc) == 0:
        return {}
    candidates = find_candidates(doc, lexicon, lead_sentences, max_what_tokens)
    if not candidates:
        return fallback_event(doc, lexicon, lead_sentences, max_what_tokens)
    best = candidates[0]
    if not in_text(best.sentence, reader):
        return title_event(candidates, reader, lexicon, lead_sentences, max_what_tokens)
    event: MainEvent = {
        "who": who_answer(best, reader),
        "what": what_answer(best),
        "when": when_answer(best, reader, lexicon),
        "where": where_answer(best, reader, lexicon, lead_sentences),
    }
    why = why_phrase(best, lexicon)
    if why is not None:
        event["why"] = phrase_answer(why)
    how = how_phrase(best, lexicon)
    if how is not None:
        event["how"] = phrase_answer(how)
    event["evidence"] = _evidence(best.sentence, best.kind, headline_evidence(reader))
    event["candidates"] = [_candidate_record(c) for c in candidates[:KEPT_CANDIDATES]]
    return event


def title_event(
    candidates: list[Candidate],
    reader: DocReader,
    lexicon: FiveWsLexicon,
    lead_sentences: int,
    max_what_tokens: int,
) -> MainEvent:
    """The main event told by a title given apart (the best candidate is its clause):
    who and what are its words, without offsets (the title is not in the text); when is
    that of the best candidate of the text (else of the fallback), where the dateline's
    or a place of the lead."""
    best = candidates[0]
    anchor = next((c for c in candidates if in_text(c.sentence, reader)), None)
    if anchor is not None:
        when = when_answer(anchor, reader, lexicon)
    else:
        when = fallback_event(reader.doc, lexicon, lead_sentences, max_what_tokens)["when"]
    # The dateline, else a place of the lead (the title's own places are not in the text).
    where = where_answer(best, reader, lexicon, lead_sentences)
    who = who_answer(best, reader_for(best.sentence, reader))
    who.update(start=None, end=None)
    what = what_answer(best)
    what.update(start=None, end=None)
    evidence = _evidence(best.sentence, "title", headline_evidence(reader))
    evidence.update(start=None, end=None)  # the title is not in the text
    return {
        "who": who,
        "what": what,
        "when": when,
        "where": where,
        "evidence": evidence,
        "candidates": [_candidate_record(c) for c in candidates[:KEPT_CANDIDATES]],
    }


def fallback_event(
    doc: Doc, lexicon: FiveWsLexicon, lead_sentences: int, max_what_tokens: int
) -> MainEvent:
    """No verb with a subject in the lead: the first sentence's first actor entity and
    verb phrase (if it has a verb), its date or the publication date, and a place."""
    reader = reader_of(doc)
    headline, body = article_sections(reader)
    sentences = body or [s for s in headline if in_text(s, reader)]
    if not sentences:
        return {}
    sent = sentences[0]
    actor = next(
        (e for e in reader.ents_in(sent.start, sent.end) if e.label_ in ACTOR_LABELS), None
    )
    entity = (
        reader.layers.entity_at(actor.start_char, actor.end_char) if actor is not None else None
    )
    who: WhoAnswer = {
        "text": actor.text if actor is not None else None,
        "start": actor.start_char if actor is not None else None,
        "end": actor.end_char if actor is not None else None,
        "entity": entity.get("id") if entity else None,
        "name": entity.get("name") if entity else None,
        "label": actor.label_ if actor is not None else None,
    }
    verb = sent.root if sent.root.pos_ in ("VERB", "AUX") else None
    verb = verb or next((t for t in sent if t.pos_ == "VERB"), None)
    what: WhatAnswer = {"text": None, "start": None, "end": None, "lemma": None}
    anchor = verb if verb is not None else sent.root
    cand = Candidate(anchor, actor, anchor.doc[anchor.i : anchor.i + 1], sent, "lead", 0)
    if verb is not None:
        cand.what = verb_phrase(verb, lexicon, max_what_tokens)
        what = what_answer(cand)
    return {
        "who": who,
        "what": what,
        "when": when_answer(cand, reader, lexicon),
        "where": where_answer(cand, reader, lexicon, lead_sentences),
        "evidence": _evidence(sent, "headline" if not body else "lead", headline_evidence(reader)),
        "candidates": [],
    }


def _evidence(sent: Span, kind: str, headline: HeadlineEvidence | None) -> Evidence:
    """The sentence an event was read from, with its offsets and kind, and the headline
    the finder read (when there is one)."""
    evidence: Evidence = {
        "sentence": sent.text.strip(),
        "start": sent.start_char,
        "end": sent.end_char,
        "kind": kind,
    }
    if headline is not None:
        evidence["headline"] = headline
    return evidence


def headline_evidence(reader: DocReader) -> HeadlineEvidence | None:
    """The headline the finder read: the title given apart (``source`` ``"title"``, no
    offsets: it is not in the text), else the text's headline lines (``"text"``, with
    their offsets), else None."""
    headline, _ = article_sections(reader)
    if not headline:
        return None
    if not in_text(headline[0], reader):
        text = " ".join(s.text.strip() for s in headline if not in_text(s, reader))
        return {"text": text, "source": "title", "start": None, "end": None}
    start, end = headline[0].start_char, headline[-1].end_char
    raw = reader.doc_text[start:end]
    # The offsets of the lines without the blank space around them.
    start += len(raw) - len(raw.lstrip())
    end -= len(raw) - len(raw.rstrip())
    return {"text": reader.doc_text[start:end], "source": "text", "start": start, "end": end}


def _candidate_record(cand: Candidate) -> CandidateRecord:
    """A scored candidate as stored in ``main_event["candidates"]``."""
    return {
        "who": cand.subject.text if cand.subject is not None else None,
        "what": cand.what.text,
        "score": round(cand.score, 3),
        "kind": cand.kind,
        "rank": cand.rank,
        "reasons": cand.reasons,
    }
