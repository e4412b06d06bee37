"""Which tokens are events: eventive verbs, their nominal triggers, and nominal events.

Rules 1, 2 and 4 of the package docstring. One pass over each content sentence's tokens,
on the token columns of :class:`~fivews.structure.DocReader`, finds the eventive
verbs, the event nouns and whether the sentence has a verb at all; the rules of
:mod:`~fivews.events.clauses` decide which verbs head an event of their own, which fold
into their head's event and which are not asserted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from fivews.events.clauses import (
    chain_hypothetical,
    clause_role,
    fold_root,
    not_asserted,
)
from fivews.events.labels import OBJECT_DEPS
from fivews.events.lexicon import EventLexicon
from fivews.events.records import EventKind
from fivews.structure import DocReader, content_sentences
from fivews.syntax import SUBJECT_DEPS

#: Temporal prepositions -> how the nominal event inside relates to its head event.
RELATION_OF_PREPOSITION: dict[str, str] = {
    "after": "before", "following": "before", "since": "before", "prior": "after",
    "before": "after", "until": "after", "till": "after", "during": "during",
    "amid": "during", "as": "during",
}  # fmt: skip


@dataclass
class Candidate:
    """An event found in the parse, before it is written as a dict."""

    head: Token  # the clause head (a verb) or the nominal event itself
    trigger: Token  # the token that names the event (verb, or nominal of a light verb)
    kind: EventKind  # "verbal" | "support" | "nominal"
    folded: list[Token] = field(default_factory=list)
    relation: str | None = None  # nominal in a temporal phrase: before|after|during its head
    governor: Token | None = None  # that head


def find_candidates(
    reader: DocReader,
    lexicon: EventLexicon,
    block_kinds: frozenset[str],
    keep_hypothetical: bool = False,
) -> list[Candidate]:
    """The event candidates of the content sentences of ``block_kinds``, by head position."""
    candidates: list[Candidate] = []
    for sent in content_sentences(reader.doc, block_kinds):
        candidates.extend(sentence_candidates(sent, reader, lexicon, keep_hypothetical))
    candidates.sort(key=lambda c: c.head.i)
    return candidates


def sentence_candidates(
    sent: Span, reader: DocReader, lexicon: EventLexicon, keep_hypothetical: bool = False
) -> list[Candidate]:
    """The event candidates of one sentence (rules 1-4).

    One pass over the sentence's tokens, on the reader's token columns, finds the
    eventive verbs, the event nouns and whether the sentence has a verb at all.
    """
    p = reader
    doc = p.doc
    pos = p.pos
    heads: dict[int, Candidate] = {}
    fold_target: dict[int, int] = {}
    dropped: set[int] = set()
    nominals: list[int] = []
    had_verbal = False
    for i in range(sent.start, sent.end):
        tag = pos[i]
        if tag != "VERB":
            if tag == "AUX":
                had_verbal = True
            elif (tag == "NOUN" or tag == "PROPN") and lexicon.is_event_noun_at(p, i):
                nominals.append(i)
            continue
        had_verbal = True
        if not is_eventive(p, i, lexicon):
            continue
        if not keep_hypothetical and not_asserted(p, i, lexicon):
            dropped.add(i)
            continue
        role = clause_role(p, i, lexicon)
        if role == "skip":
            continue
        if role == "fold":
            fold_target[i] = p.head[p.head[i]] if p.dep[i] == "pcomp" else p.head[i]
            continue
        tok = doc[i]
        heads[i] = Candidate(head=tok, trigger=tok, kind="verbal")
    # A fold whose target is not an event (e.g. xcomp of "try") heads its own clause.
    for i, target in list(fold_target.items()):
        root = fold_root(target, fold_target)
        if root in dropped:
            del fold_target[i]  # part of a negated or hypothetical clause
        elif root not in heads and pos[root] in ("VERB", "AUX"):
            # The governing verb is no event ("used gas to disperse", "try to take"):
            # the complement heads its own clause unless that clause is hypothetical.
            del fold_target[i]
            if not chain_hypothetical(p, i, lexicon):
                tok = doc[i]
                heads[i] = Candidate(head=tok, trigger=tok, kind="verbal")
    for i, target in fold_target.items():
        root = fold_root(target, fold_target)
        if root in heads:
            heads[root].folded.append(doc[i])
    attach_nominals(p, lexicon, nominals, had_verbal, heads, dropped)
    return list(heads.values())


def is_eventive(p: DocReader, i: int, lexicon: EventLexicon) -> bool:
    """Whether token ``i`` is a verb that can head an event (rule 1)."""
    lex = lexicon
    if p.pos[i] != "VERB":
        return False
    lemma = p.lemma[i]
    if lemma in lex.reporting_verbs:
        return False
    if lemma in lex.non_event_verbs:
        # A light verb carries an event only through its nominal ("launched an attack").
        return lemma in lex.support_verbs and any(
            p.dep[c] in OBJECT_DEPS and lex.is_event_noun_at(p, c) for c in p.kids[i]
        )
    return True


def attach_nominals(
    p: DocReader,
    lexicon: EventLexicon,
    nominals: list[int],
    had_verbal: bool,
    heads: dict[int, Candidate],
    dropped: set[int],
) -> None:
    """Give light/aspectual verbs their nominal trigger; add stand-alone nominals.

    ``nominals`` are the sentence's event nouns; ``had_verbal`` whether it has a verb;
    ``heads`` (the sentence's candidates by head index) is updated in place.
    """
    lex = lexicon
    doc = p.doc
    standalone_done = False
    for n in nominals:
        if any(p.dep[c] == "det" and p.lower[c] == "no" or p.dep[c] == "neg" for c in p.kids[n]):
            continue  # "there was no fighting"
        v = p.head[n]
        lemma = p.lemma[v]
        noun_dep = p.dep[n]
        if noun_dep in SUBJECT_DEPS and lemma in lex.aspectual_verbs:
            if v in heads:  # "the offensive began": the offensive is the event
                heads[v].trigger, heads[v].kind = doc[n], "support"
            elif p.pos[v] == "VERB" and v not in dropped and not not_asserted(p, v, lex):
                heads[v] = Candidate(head=doc[v], trigger=doc[n], kind="support")
            continue
        if noun_dep in OBJECT_DEPS and lemma in lex.support_verbs and v in heads:
            if heads[v].trigger.i == v:  # "launched an offensive"
                heads[v].trigger, heads[v].kind = doc[n], "support"
            continue
        if (
            noun_dep in ("attr", "nsubj")
            and doc[v].lemma_ == "be"
            and any(p.dep[c] == "expl" for c in p.kids[v])
        ):  # "there were clashes" (not "there could be clashes")
            if not not_asserted(p, v, lex):
                heads.setdefault(v, Candidate(head=doc[v], trigger=doc[n], kind="support"))
            continue
        prep = v
        if noun_dep == "pobj" and p.lower[prep] == "of" and p.dep[p.head[prep]] == "pobj":
            prep = p.head[p.head[prep]]  # "after two days of fighting": the fighting is dated
        if noun_dep == "pobj" and p.lower[prep] in lex.temporal_prepositions:
            relation = RELATION_OF_PREPOSITION.get(p.lower[prep])
            noun = doc[n]
            heads[n] = Candidate(
                head=noun,
                trigger=noun,
                kind="nominal",
                relation=relation,
                governor=doc[p.head[prep]],
            )
            continue
        if not had_verbal and not standalone_done:  # a verbless headline: "Clashes in X"
            noun = doc[n]
            heads[n] = Candidate(head=noun, trigger=noun, kind="nominal")
            standalone_done = True
