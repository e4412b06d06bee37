"""Who did what to whom, and where: an event's actors and place from its clause.

Rule 6 of the package docstring: subject and object phrases (and a nominal event's
possessor, modifiers and "against/on/by" phrases) become agents and patients, matched to
``doc._.entities`` mentions (spaCy's own entities when that layer is empty), pronouns and
descriptions resolved by :mod:`fivews.events.actors`; an object that only relates the
verb to its "of" phrase ("gained control of most of the city") gives way to that phrase.
The place is a GPE/LOC/FAC (or a description of one: "in the city") inside a
prepositional phrase of the clause or named as its direct object ("captured Mosul in
Iraq"), else in a phrase of its objects; of several, the finest (a town before the
river or country it lies in, :func:`place_rank`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from fivews.events.actors import ActorResolver, place_rank
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
        self.resolver = ActorResolver(reader, lexicon, self.mentions)

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
        # "the city witnessed a bombing campaign": the subject undergoes the event.
        undergoes = cand.kind == "support" and cand.head.lemma_ in self.lexicon.experiencer_verbs
        for subj in subjects:
            if subj.i == cand.trigger.i:
                continue
            passive = subj.dep_ in PASSIVE_SUBJECT_DEPS or undergoes
            add(subj, "patient" if passive else "agent")
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
                if child.dep_ in OBJECT_DEPS:
                    child = self.related_object(child)
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
        on_head = entity is not None and self.mention_at(tok.i) is not None
        actor = self.resolver.actor(tok, text, entity, on_head, role)
        if actor is None:
            return
        if actor["ref"] == "description" and role == "patient":  # type: ignore[typeddict-item]
            described = self.reader.layers.entity_by_id.get(str(actor["entity"]), {})
            if described.get("label") in PLACE_LABELS:
                return  # "took the city": the ground, the event's place
        out.append(actor)

    def related_object(self, obj: Token) -> Token:
        """What an object stands for: the "of" phrase of a relational noun ("control of
        the city"), read through partitives ("most of the city"); else the object."""
        lexicon = self.lexicon
        if obj.lemma_.lower() not in lexicon.relational_objects:
            return obj
        cur = obj
        for _ in range(3):
            of = next((c for c in self.reader.children_tokens(cur) if c.lower_ == "of"), None)
            pobj = (
                next((c for c in self.reader.children_tokens(of) if c.dep_ == "pobj"), None)
                if of is not None
                else None
            )
            if pobj is None:
                return obj if cur is obj else cur
            cur = pobj
            if cur.lemma_.lower() not in lexicon.partitive_nouns:
                return cur
        return cur

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
                        return self._named({**hit, "preposition": None})  # type: ignore[typeddict-item]
        for group in (carriers, objects):
            hits: list[EventPlace] = []
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
                        hits.append({**hit, "preposition": prep.lower_})  # type: ignore[typeddict-item]
            if group is carriers:  # "seized Crimea from Ukraine": the finer of the two
                for obj in objects:
                    if self.place_at(obj.i) is not None:
                        hit = self._first_place(obj, subtree=False)
                        if hit:
                            hits.append({**hit, "preposition": None})  # type: ignore[typeddict-item]
            if group is objects and not hits:
                for obj in objects:
                    # "gained control of most of the city": the city is the ground.
                    related = self.related_object(obj)
                    hit = self._first_place(related, subtree=related is not obj)
                    if hit:
                        hits.append({**hit, "preposition": None})  # type: ignore[typeddict-item]
            if hits:  # the finest place the clause names: a town before its country
                return self._named(min(hits, key=lambda h: self._rank(h.get("entity"))))
        return None

    def _named(self, place: EventPlace) -> EventPlace:
        """``place`` with its entity's canonical ``name`` (when it has an entity)."""
        name = self.reader.layers.entity_by_id.get(str(place.get("entity")), {}).get("name")
        return {**place, "name": name} if name else place  # type: ignore[typeddict-item]

    def _rank(self, entity_id: str | None) -> int:
        """:func:`place_rank` of an entity id."""
        return place_rank(self.reader.layers.entity_by_id.get(str(entity_id)))

    def _first_place(self, root: Token, subtree: bool = True) -> dict[str, Any] | None:
        """``{text, entity}`` of the finest place in ``root``'s subtree (or in ``root`` and
        its name modifiers when not ``subtree``): a place mention, or a definite
        description of one ("the city"); the first of equal rank; else None."""
        p = self.reader
        i = root.i
        indices = p.subtree(i) if subtree else [i, *(c for c in p.kids[i] if p.dep[c] in NAME_DEPS)]
        best: tuple[tuple[int, int], dict[str, Any]] | None = None
        for k in indices:
            mention = self.place_at(k)
            if mention is None:
                hit = self._described_place(k)
                if hit is None:
                    continue
                rank = (self._rank(hit["entity"]), 1)  # a name before a description
            elif p.dep[k] in MODIFIER_DEPS:
                continue  # "the U.S.-backed forces": a place word used as a modifier
            else:
                start, end, _, entity = mention
                hit = {"text": self.text[start:end], "entity": entity.get("id")}
                rank = (place_rank(entity) if entity.get("id") else 2, 0)
            if best is None or rank < best[0]:
                best = (rank, hit)
        return best[1] if best else None

    def _described_place(self, k: int) -> dict[str, Any] | None:
        """``{text, entity}`` of a definite description of a place at token ``k`` ("the
        city"), resolved to the place it refers to; else None."""
        p = self.reader
        if p.pos[k] != "NOUN" or p.lemma[k] not in self.lexicon.class_nouns:
            return None
        if self.lexicon.class_nouns[p.lemma[k]] == "org":
            return None
        tok = p.doc[k]
        if not self.resolver.is_description(tok):
            return None
        entity = self.resolver.resolve_description(tok)
        if entity is None:
            return None
        if self.reader.layers.entity_by_id.get(entity, {}).get("label") not in PLACE_LABELS:
            return None
        text, _ = self.phrase(tok)
        return {"text": text, "entity": entity}
