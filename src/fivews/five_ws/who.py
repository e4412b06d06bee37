"""Who did it: the subject phrase of the event verb, linked to an entity.

The subject is the verb's own or a coordinated verb's; after a wire dateline it is the
noun phrase after the dash (the parser often makes the dateline's city the subject);
"he"/"she"/"it" take a named antecedent from the same or the previous sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from fivews.five_ws.clauses import effective_dep
from fivews.five_ws.layers import Layers
from fivews.five_ws.lexicon import PERSONAL_PRONOUNS, FiveWsLexicon
from fivews.five_ws.phrases import trim_phrase
from fivews.five_ws.records import Candidate, WhoAnswer, linked_span


def subject_of(verb: Token, layers: Layers, lexicon: FiveWsLexicon) -> Span | None:
    """The subject phrase of ``verb``: its own or a coordinated verb's; a personal
    pronoun is replaced by a named antecedent when one is near."""
    token = verb
    for _ in range(3):
        subj = next((c for c in token.children if c.dep_ in lexicon.subject_deps), None)
        if subj is not None:
            if subj.i in layers.dateline:
                return subject_after_dateline(verb, layers)
            if subj.lower_ in PERSONAL_PRONOUNS:
                found = antecedent(subj, layers, lexicon)
                if found is not None:
                    return found
            return trim_phrase(subj, lexicon)
        # "stormed ... and seized": a conjoined or complement verb shares the subject.
        if token.dep_ in ("conj", "xcomp") and token.head.pos_ in ("VERB", "AUX"):
            token = token.head
            continue
        if effective_dep(token, layers) == "ROOT" and layers.dateline:
            return subject_after_dateline(verb, layers)
        return None
    return None


def subject_after_dateline(verb: Token, layers: Layers) -> Span | None:
    """The first noun phrase between a dateline and the verb (the parser often makes
    the dateline's city the subject)."""
    after = max(layers.dateline) + 1
    if layers.noun_chunks is None:
        layers.noun_chunks = list(verb.doc.noun_chunks)
    for chunk in layers.noun_chunks:
        if chunk.start >= after and chunk.end <= verb.i:
            return chunk
        if chunk.start >= verb.i:
            break
    return None


def antecedent(pronoun: Token, layers: Layers, lexicon: FiveWsLexicon) -> Span | None:
    """A named antecedent for a personal pronoun: the nearest preceding subject that is
    a name, in the same or the previous sentence (a small, cautious rule: "he" and
    "she" take people, "it" takes organisations and places)."""
    doc = pronoun.doc
    start = pronoun.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    word = pronoun.lower_
    for tok in reversed(doc[start : pronoun.i]):
        if tok.dep_ not in lexicon.subject_deps or tok.pos_ == "PRON" or tok.i in layers.dateline:
            continue
        labels = {t.ent_type_ for t in tok.subtree if t.ent_type_}
        if not labels and tok.pos_ != "PROPN":
            continue
        if word in ("he", "she") and labels and "PERSON" not in labels:
            continue
        if word == "it" and "PERSON" in labels:
            continue
        return trim_phrase(tok, lexicon)
    return None


def who_answer(cand: Candidate, layers: Layers) -> WhoAnswer:
    """The who of the main event, linked to an entity of the entities layer if any."""
    span = cand.subject
    if span is None:
        return {"text": None, "start": None, "end": None, "entity": None, "label": None}
    entity = layers.entity_at(span.start_char, span.end_char)
    label = entity.get("label") if entity else next((e.label_ for e in span.ents), None)
    return {**linked_span(span, entity), "label": label}
