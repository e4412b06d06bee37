"""Who did what to whom, and where: an event's actors and place from its clause.

Rule 6 of the package docstring: subject and object phrases (and a nominal event's
possessor, modifiers and "against/on/by" phrases) become agents and patients, matched to
``doc._.entities`` mentions (spaCy's own entities when that layer is empty); the place is
a GPE/LOC/FAC inside a prepositional phrase of the clause, or a place named as the
direct object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from fivews.events.detect import Candidate
from fivews.events.index import LayerIndex
from fivews.events.labels import (
    ANY_SUBJECT_DEPS,
    MODIFIER_DEPS,
    NAME_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PLACE_LABELS,
    SUBJECT_DEPS,
)
from fivews.events.lexicon import EventLexicon
from fivews.events.records import EventActor, EventPlace

#: Prepositions of a nominal event that name its ground ("battle for X", "capture of X").
NOMINAL_PLACE_PREPOSITIONS: frozenset[str] = frozenset({"of", "for"})


class EventArguments:
    """Find the actors and the place of a Doc's events.

    Args:
        index: the Doc's entity mentions (and text, token columns), indexed once.
        lexicon: the event word lists (event nouns, idiom objects, place prepositions).
    """

    def __init__(self, index: LayerIndex, lexicon: EventLexicon) -> None:
        self.index = index
        self.lexicon = lexicon
        self.parse = index.parse
        self.doc = index.doc

    def actors(self, cand: Candidate) -> list[EventActor]:
        """Agents and patients of the event from its subject and object phrases."""
        out: list[EventActor] = []
        seen: set[int] = set()

        def add(tok: Token, role: str) -> None:
            if tok.i in seen or tok.pos_ in ("DET",):
                return
            if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
                tok = tok.head.head  # "the city, which …": the relative's antecedent
            if self.lexicon.is_event_noun(tok):
                if role != "agent":
                    return  # "supported the president's offensive": its owner is no patient here
                # "A government offensive captured": the actor is who runs it.
                for mod in self.parse.children(tok):
                    if mod.dep_ in ("poss", "compound", "amod") and mod.pos_ in (
                        "NOUN",
                        "PROPN",
                        "ADJ",
                    ):
                        if mod.dep_ == "amod" and self.index.entity_at.get(mod.i) is None:
                            continue
                        add(mod, role)
                return
            seen.add(tok.i)
            text, entity = self.phrase(tok)
            out.append({"text": text, "entity": entity, "role": role})

        verbs = [cand.head] if cand.head.pos_ in ("VERB", "AUX") else []
        subjects = self._subjects(cand.head) if verbs else []
        for subj in subjects:
            if subj.i == cand.trigger.i:
                continue
            add(subj, "patient" if subj.dep_ in PASSIVE_SUBJECT_DEPS else "agent")
        for verb in verbs:
            for child in self.parse.children(verb):
                if child.dep_ == "agent":
                    for pobj in self.parse.children(child):
                        if pobj.dep_ == "pobj":
                            add(pobj, "agent")
        if cand.trigger.i != cand.head.i or cand.kind == "nominal":
            self._nominal_actors(cand.trigger, add)
        aspectual_subject = cand.kind == "support" and cand.trigger.dep_ in SUBJECT_DEPS
        object_verbs = list(cand.folded) if aspectual_subject else verbs + list(cand.folded)
        for verb in object_verbs:  # "the battle is reaching its final stages": no patient
            for child in self.parse.children(verb):
                if child.dep_ == "dative" and child.pos_ == "ADP":
                    child = next((g for g in self.parse.children(child) if g.dep_ == "pobj"), child)
                    if child.pos_ == "ADP":
                        continue
                if child.lemma_.lower() in self.lexicon.idiom_objects:
                    continue  # "took place": no patient
                if child.dep_ in OBJECT_DEPS | {"pobj"} and child.i != cand.trigger.i:
                    if self.index.place_entity(child) is None:  # "captured Mosul": a place
                        add(child, "patient")
        return out

    def _nominal_actors(self, noun: Token, add: Callable[[Token, str], None]) -> None:
        """``add`` the actors of a nominal event: its possessor and named modifiers are
        agents; "against"/"on" phrases patients, "by" phrases agents."""
        entity_at = self.index.entity_at
        for child in self.parse.children(noun):
            if child.dep_ == "poss" and child.pos_ != "PRON":
                add(child, "agent")
            elif child.dep_ in ("compound", "amod") and entity_at.get(child.i) is not None:
                if self.index.place_entity(child) is None:
                    add(child, "agent")
            elif child.dep_ == "prep" and child.lower_ in ("against", "on", "by"):
                for pobj in self.parse.children(child):
                    if pobj.dep_ == "pobj" and self.index.place_entity(pobj) is None:
                        add(pobj, "agent" if child.lower_ == "by" else "patient")

    def _subjects(self, verb: Token) -> list[Token]:
        """The verb's subjects, else those of the verb it is coordinated with or controlled by."""
        cur = verb
        for _ in range(4):  # shared subject of coordinated / controlled verbs
            subs = [c for c in self.parse.children(cur) if c.dep_ in ANY_SUBJECT_DEPS]
            if subs:
                return subs
            if cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
                cur = cur.head
                continue
            break
        return []

    def phrase(self, tok: Token) -> tuple[str, str | None]:
        """A noun phrase's name-like text (no relative clauses) and its entity id.

        Works on token indices (:class:`DocParse`); the text is cut from the doc text, as
        ``Span.text`` would give it.
        """
        p, doc = self.parse, self.doc
        lo, hi = tok.i, tok.i
        stack = [tok.i]
        while stack:
            cur = stack.pop()
            for child in p.kids[cur]:
                dep = p.dep[child]
                if dep in NAME_DEPS or (dep == "punct" and p.tag[child] == "HYPH"):
                    if dep == "poss" and p.pos[child] == "PRON":
                        continue
                    lo, hi = (
                        min(lo, doc[child].left_edge.i if dep != "poss" else child),
                        max(hi, child),
                    )
                    stack.append(child)
        while hi > lo and p.dep[lo] in ("det", "case", "punct"):
            lo += 1
        while hi > lo and p.dep[hi] in ("case", "punct"):
            hi -= 1
        entity_at = self.index.entity_at
        entity = entity_at.get(tok.i)
        if entity is None:  # the head is no mention: the phrase's first token that is one
            entity = next((entity_at[k] for k in range(lo, hi + 1) if k in entity_at), None)
        first, last = doc[lo], doc[hi]
        return self.index.text[first.idx : last.idx + len(last)], (entity[0] if entity else None)

    def place(self, cand: Candidate) -> EventPlace | None:
        """The first GPE/LOC/FAC in a prepositional phrase (or object) of the event."""
        carriers = [cand.head, *cand.folded]
        if cand.trigger.i != cand.head.i:
            carriers.append(cand.trigger)
        # "The attack on Izmail wounded two workers": the subject event names the place.
        carriers.extend(
            c
            for c in self.parse.children(cand.head)
            if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and self.lexicon.is_event_noun(c)
        )
        objects = [c for v in carriers for c in self.parse.children(v) if c.dep_ in OBJECT_DEPS]
        nominal = cand.trigger if cand.trigger.pos_ in ("NOUN", "PROPN") else None
        if nominal is not None:  # "the Mosul battle", "an Aleppo airstrike"
            for mod in self.parse.children(nominal):
                if mod.dep_ in ("compound", "nmod") and self.index.place_entity(mod) is not None:
                    hit = self._first_place(mod, subtree=False)
                    if hit:
                        return {**hit, "preposition": None}
        for group in (carriers, objects):
            for carrier in group:
                for prep in self.parse.children(carrier):
                    if prep.dep_ != "prep":
                        continue
                    # A nominal's own "of"/"for" names its ground ("the battle for Mosul").
                    of_nominal = (
                        nominal is not None
                        and carrier.i == nominal.i
                        and prep.lower_ in NOMINAL_PLACE_PREPOSITIONS
                    )
                    if prep.lower_ not in self.lexicon.place_prepositions and not of_nominal:
                        continue
                    hit = self._first_place(prep)
                    if hit:
                        return {**hit, "preposition": prep.lower_}
            if group is objects:
                for obj in objects:
                    hit = self._first_place(obj, subtree=False)
                    if hit:
                        return {**hit, "preposition": None}
        return None

    def _first_place(self, root: Token, subtree: bool = True) -> dict[str, Any] | None:
        """``{text, entity}`` of the first place mention in ``root``'s subtree (or in
        ``root`` and its name modifiers when not ``subtree``), else None."""
        p = self.parse
        entity_at = self.index.entity_at
        i = root.i
        indices = p.subtree(i) if subtree else [i, *(c for c in p.kids[i] if p.dep[c] in NAME_DEPS)]
        for k in indices:
            hit = entity_at.get(k)
            if hit is None or hit[1] not in PLACE_LABELS:
                continue
            if p.dep[k] in MODIFIER_DEPS:
                continue  # "the U.S.-backed forces": a place word used as a modifier
            return {"text": self.index.text[hit[2] : hit[3]], "entity": hit[0]}
        return None
