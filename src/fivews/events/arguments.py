"""Who did what to whom, and where: an event's actors and place from its clause.

Rule 6 of the package docstring: subject and object phrases (and a nominal event's
possessor, modifiers and "against/on/by" phrases) become agents and patients, matched to
``doc._.entities`` mentions (spaCy's own entities when that layer is empty); the place is
a GPE/LOC/FAC inside a prepositional phrase of the clause, or a place named as the
direct object.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from fivews.events.detect import Candidate
from fivews.events.labels import MODIFIER_DEPS, NAME_DEPS, OBJECT_DEPS, PLACE_LABELS
from fivews.events.lexicon import EventLexicon
from fivews.events.records import EventActor, EventPlace
from fivews.structure import DocReader, Mention, mention_index
from fivews.syntax import ACTIVE_SUBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS

#: Prepositions of a nominal event that name its ground ("battle for X", "capture of X").
NOMINAL_PLACE_PREPOSITIONS: frozenset[str] = frozenset({"of", "for"})


class EventArguments:
    """Find the actors and the place of a Doc's events.

    A token names the entity :meth:`fivews.structure.LayerIndex.entity_at` gives for its
    characters (the mention with the largest overlap; the first in the entities layer's
    order on a tie), a place the one it gives among GPE/LOC/FAC mentions. When the
    entities layer is empty, spaCy's own entities stand in (without ids).

    Args:
        reader: the Doc's reader (token columns, text, the entities layer).
        lexicon: the event word lists (event nouns, idiom objects, place prepositions).
    """

    def __init__(self, reader: DocReader, lexicon: EventLexicon) -> None:
        self.reader = reader
        self.lexicon = lexicon
        self.text = reader.doc_text
        layers = reader.layers
        if layers.entities:
            self.mentions = layers.mentions()
            self.place_mentions = layers.mentions(PLACE_LABELS)
        else:  # no entities layer: spaCy's own entities, each its own mention, without id
            ents = [
                {"label": e.label_, "start": e.start_char, "end": e.end_char} for e in reader.ents
            ]
            self.mentions = mention_index(ents)
            self.place_mentions = mention_index(ents, PLACE_LABELS)
        self._mention_at: dict[int, Mention | None] = {}  # by token, as asked
        self._place_at: dict[int, Mention | None] = {}

    def mention_at(self, i: int) -> Mention | None:
        """The entity mention token ``i`` is read as, or None."""
        found = self._mention_at
        if i not in found:
            tok = self.reader.doc[i]
            found[i] = self.mentions.best_mention(tok.idx, tok.idx + len(tok))
        return found[i]

    def place_at(self, i: int) -> Mention | None:
        """The place (GPE/LOC/FAC) mention token ``i`` is read as, or None."""
        found = self._place_at
        if i not in found:
            tok = self.reader.doc[i]
            found[i] = self.place_mentions.best_mention(tok.idx, tok.idx + len(tok))
        return found[i]

    def actors(self, cand: Candidate) -> list[EventActor]:
        """Agents and patients of the event from its subject and object phrases."""
        out: list[EventActor] = []
        # A partial, not a closure that calls itself: that would be a reference cycle
        # holding the Doc's reader until the garbage collector runs.
        add = functools.partial(self._add_actor, out, set())
        verbs = [cand.head] if cand.head.pos_ in ("VERB", "AUX") else []
        subjects = self._subjects(cand.head) if verbs else []
        for subj in subjects:
            if subj.i == cand.trigger.i:
                continue
            add(subj, "patient" if subj.dep_ in PASSIVE_SUBJECT_DEPS else "agent")
        for verb in verbs:
            for child in self.reader.children_tokens(verb):
                if child.dep_ == "agent":
                    for pobj in self.reader.children_tokens(child):
                        if pobj.dep_ == "pobj":
                            add(pobj, "agent")
        if cand.trigger.i != cand.head.i or cand.kind == "nominal":
            self._nominal_actors(cand.trigger, add)
        aspectual_subject = cand.kind == "support" and cand.trigger.dep_ in ACTIVE_SUBJECT_DEPS
        object_verbs = list(cand.folded) if aspectual_subject else verbs + list(cand.folded)
        for verb in object_verbs:  # "the battle is reaching its final stages": no patient
            for child in self.reader.children_tokens(verb):
                if child.dep_ == "dative" and child.pos_ == "ADP":
                    child = next(
                        (g for g in self.reader.children_tokens(child) if g.dep_ == "pobj"), child
                    )
                    if child.pos_ == "ADP":
                        continue
                if child.lemma_.lower() in self.lexicon.idiom_objects:
                    continue  # "took place": no patient
                if child.dep_ in OBJECT_DEPS | {"pobj"} and child.i != cand.trigger.i:
                    if self.place_at(child.i) is None:  # "captured Mosul": a place
                        add(child, "patient")
        return out

    def _add_actor(self, out: list[EventActor], seen: set[int], tok: Token, role: str) -> None:
        """Append ``tok``'s phrase to ``out`` as an actor in ``role`` (once per token in
        ``seen``); for an event noun, its named modifiers instead."""
        if tok.i in seen or tok.pos_ in ("DET",):
            return
        if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "the city, which …": the relative's antecedent
        if self.lexicon.is_event_noun(tok):
            if role != "agent":
                return  # "supported the president's offensive": its owner is no patient here
            # "A government offensive captured": the actor is who runs it.
            for mod in self.reader.children_tokens(tok):
                if mod.dep_ in ("poss", "compound", "amod") and mod.pos_ in (
                    "NOUN",
                    "PROPN",
                    "ADJ",
                ):
                    if mod.dep_ == "amod" and self.mention_at(mod.i) is None:
                        continue
                    self._add_actor(out, seen, mod, role)
            return
        seen.add(tok.i)
        text, entity = self.phrase(tok)
        out.append({"text": text, "entity": entity, "role": role})

    def _nominal_actors(self, noun: Token, add: Callable[[Token, str], None]) -> None:
        """``add`` the actors of a nominal event: its possessor and named modifiers are
        agents; "against"/"on" phrases patients, "by" phrases agents."""
        children_tokens = self.reader.children_tokens
        for child in children_tokens(noun):
            if child.dep_ == "poss" and child.pos_ != "PRON":
                add(child, "agent")
            elif child.dep_ in ("compound", "amod") and self.mention_at(child.i) is not None:
                if self.place_at(child.i) is None:
                    add(child, "agent")
            elif child.dep_ == "prep" and child.lower_ in ("against", "on", "by"):
                for pobj in children_tokens(child):
                    if pobj.dep_ == "pobj" and self.place_at(pobj.i) is None:
                        add(pobj, "agent" if child.lower_ == "by" else "patient")

    def _subjects(self, verb: Token) -> list[Token]:
        """The verb's subjects, else those of the verb it is coordinated with or controlled by."""
        cur = verb
        for _ in range(4):  # shared subject of coordinated / controlled verbs
            subs = [c for c in self.reader.children_tokens(cur) if c.dep_ in SUBJECT_DEPS]
            if subs:
                return subs
            if cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
                cur = cur.head
                continue
            break
        return []

    def phrase(self, tok: Token) -> tuple[str, str | None]:
        """A noun phrase's name-like text (no relative clauses) and its entity id.

        Works on token indices (the reader's columns); the text is cut from the doc text,
        as ``Span.text`` would give it.
        """
        p = self.reader
        doc = p.doc
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
        mention = self.mention_at(tok.i)
        if mention is None:  # the head is no mention: the phrase's first token that is one
            mention = next(
                (m for m in map(self.mention_at, range(lo, hi + 1)) if m is not None), None
            )
        first, last = doc[lo], doc[hi]
        return self.text[first.idx : last.idx + len(last)], (
            mention[3].get("id") if mention else None
        )

    def place(self, cand: Candidate) -> EventPlace | None:
        """The first GPE/LOC/FAC in a prepositional phrase (or object) of the event."""
        carriers = [cand.head, *cand.folded]
        if cand.trigger.i != cand.head.i:
            carriers.append(cand.trigger)
        # "The attack on Izmail wounded two workers": the subject event names the place.
        carriers.extend(
            c
            for c in self.reader.children_tokens(cand.head)
            if c.dep_ in SUBJECT_DEPS and self.lexicon.is_event_noun(c)
        )
        objects = [
            c for v in carriers for c in self.reader.children_tokens(v) if c.dep_ in OBJECT_DEPS
        ]
        nominal = cand.trigger if cand.trigger.pos_ in ("NOUN", "PROPN") else None
        if nominal is not None:  # "the Mosul battle", "an Aleppo airstrike"
            for mod in self.reader.children_tokens(nominal):
                if mod.dep_ in ("compound", "nmod") and self.place_at(mod.i) is not None:
                    hit = self._first_place(mod, subtree=False)
                    if hit:
                        return {**hit, "preposition": None}
        for group in (carriers, objects):
            for carrier in group:
                for prep in self.reader.children_tokens(carrier):
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
        p = self.reader
        i = root.i
        indices = p.subtree(i) if subtree else [i, *(c for c in p.kids[i] if p.dep[c] in NAME_DEPS)]
        for k in indices:
            mention = self.place_at(k)
            if mention is None:
                continue
            if p.dep[k] in MODIFIER_DEPS:
                continue  # "the U.S.-backed forces": a place word used as a modifier
            start, end, _, entity = mention
            return {"text": self.text[start:end], "entity": entity.get("id")}
        return None
