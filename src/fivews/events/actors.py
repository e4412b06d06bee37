"""Which entity an actor phrase names: directly, or through a pronoun or a description.

An event's subject or object phrase is written as an actor with ``ref``, how it names
its entity:

* ``name``: its head lies in an entity mention ("the Syrian Democratic Forces");
* ``member``: a modifier names the entity ("a Russian soldier" -> Russia);
* ``pronoun``: a personal pronoun, resolved to the entity it refers to when the text
  allows (below); ``entity`` stays None otherwise and the event is flagged for review;
* ``description``: a definite noun phrase without a name of its own whose noun can
  stand for an entity ("the city", "the forces", "the coalition"), resolved the same way
  ("the voters" is a ``phrase``);
* ``phrase``: any other phrase ("two villages", "300 militants"): no entity.

Pronouns (a small Hobbs-style search, Hobbs 1978, and the source rule of claims): a
third-person pronoun inside a claim's reported (not quoted) content refers to the
claim's source when the content names no compatible entity before it ("The SDF said it
captured ..."); a first-person one inside a direct quotation refers to the speaker
("we" to the speaker's organisation when the claims layer knows it), and a third-person
one inside quotation marks stays unresolved (it is anyone but the speaker). Else the
nearest preceding grammatical subject that agrees with it (in the pronoun's sentence,
then up to :data:`PRONOUN_SENTENCES` earlier ones) decides: an entity of a compatible
label resolves it ("it" only an organisation), a common noun of the same number ("the
campaign ... it") means it refers to no entity (an event noun is then no actor at all).
Without such a subject, "he" and "she" take the nearest person named before; "it" and
"they" stay unresolved (they are as often a thing, a crowd or an empty subject: "it's
time to ..."), and so does an "it" that is the subject of "be".

Descriptions: the nearest organisation mentioned before whose name ends in the same
noun ("the forces" -> "Syrian Democratic Forces", "the coalition" -> "U.S.-led
coalition"; "the states" is no "United States"),
else the nearest, in the :data:`DESCRIPTION_SENTENCES` sentences before, of the kind the
noun's class names in ``data/event_lexicon.json`` ``class_nouns`` ("the city" -> the
last town named).
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.tokens import Token

from fivews import geo
from fivews.events.lexicon import EventLexicon
from fivews.events.records import EventActor
from fivews.structure import DocReader, Mention, MentionIndex

#: How many sentences before a pronoun's are searched for its antecedent.
PRONOUN_SENTENCES = 2
#: How many sentences before a description's are searched for its antecedent.
DESCRIPTION_SENTENCES = 6
#: Determiners that make a noun phrase a definite description.
DEFINITE_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that", "these", "those"})
#: Entity labels each pronoun can refer to.
PRONOUN_LABELS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("he", "him", "she", "her", "himself", "herself"), frozenset({"PERSON"})),
    **dict.fromkeys(("it", "itself"), frozenset({"ORG", "GPE"})),
    **dict.fromkeys(("they", "them", "themselves"), frozenset({"ORG", "NORP"})),
}
#: First-person pronouns: in a claim, the claim's source.
FIRST_PERSON: frozenset[str] = frozenset({"i", "me", "we", "us", "myself", "ourselves"})
#: Pronouns no rule here resolves ("you", "one"): kept, flagged.
OTHER_PRONOUNS: frozenset[str] = frozenset({"you", "yourself", "yourselves", "one"})
#: Subject dependencies an antecedent is searched among.
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
#: Which labels and place sizes each class of ``class_nouns`` describes.
CLASS_LABELS: dict[str, frozenset[str]] = {
    "town": frozenset({"GPE", "FAC"}),
    "country": frozenset({"GPE"}),
    "region": frozenset({"GPE", "LOC"}),
    "org": frozenset({"ORG"}),
}


def is_country(entity: dict[str, Any]) -> bool:
    """Whether a place entity is a whole country (its name is its country's name)."""
    code = entity.get("country")
    name = geo.country_name(str(code)) if code else None
    return bool(name) and name == entity.get("name")


def place_rank(entity: dict[str, Any] | None) -> int:
    """How coarse a place is: 0 a building or site (FAC), 1 a town (a GPE that is no
    country), 2 a region, river or sea (LOC, or unknown), 3 a country."""
    if entity is None:
        return 2
    label = entity.get("label")
    if label == "FAC":
        return 0
    if label == "GPE":
        return 3 if is_country(entity) else 1
    return 2


class ActorResolver:
    """Write an actor phrase as an :class:`~fivews.events.records.EventActor`.

    Args:
        reader: the Doc's reader (token columns, sentences, the entities and claims).
        lexicon: the event word lists (``class_nouns``).
        mentions: the entity mentions the events layer links tokens with.
    """

    def __init__(self, reader: DocReader, lexicon: EventLexicon, mentions: MentionIndex) -> None:
        self.reader = reader
        self.lexicon = lexicon
        self.mentions = mentions
        self.starts = mentions.starts
        #: ORG name's last word -> positions of its mentions in ``mentions.items``.
        self._org_endings: dict[str, list[int]] | None = None
        self.by_id = reader.layers.entity_by_id
        self.claims = {str(c.get("id")): c for c in reader.layers.claims}
        self.sentence_starts = [start for start, _ in reader.sentence_bounds]
        #: The last word of every entity name, lower-cased ("forces", "coalition").
        self.name_heads = {
            str(e.get("name") or "").lower().split()[-1]
            for e in reader.layers.entities
            if str(e.get("name") or "").split()
        }

    # ---------------------------------------------------------------- the record
    def actor(
        self, tok: Token, text: str, entity: str | None, on_head: bool, role: str
    ) -> EventActor | None:
        """The actor record of phrase ``text`` headed by ``tok``; None when the phrase
        refers to an event rather than a participant ("it" for "the campaign").

        Args:
            tok: the phrase's head token.
            text: the phrase as written.
            entity: the entity id a mention in the phrase gives, if any.
            on_head: whether that mention covers the head.
            role: ``agent`` or ``patient``.
        """
        ref = "phrase"
        if entity is not None:
            ref = "name" if on_head else "member"
        elif tok.pos_ == "PRON" or tok.lower_ in PRONOUN_LABELS:
            ref = "pronoun"
            found = self.resolve_pronoun(tok)
            if found is False:
                return None
            entity = found or None
        elif self.is_description(tok):
            ref = "description"
            entity = self.resolve_description(tok)
        name = self.by_id.get(entity, {}).get("name") if entity else None
        return {"text": text, "entity": entity, "role": role, "name": name, "ref": ref}  # type: ignore[typeddict-item]

    # ---------------------------------------------------------------- descriptions
    def is_description(self, tok: Token) -> bool:
        """A definite common-noun phrase that can stand for an entity: its noun is a class
        noun ("the city") or ends an entity's name ("the forces" beside "... Forces")."""
        if tok.pos_ != "NOUN":
            return False
        lemma = tok.lemma_.lower()
        if lemma not in self.lexicon.class_nouns and not {lemma, tok.lower_} & self.name_heads:
            return False  # "the voters", "the people": a group no entity names
        kids = self.reader.children_tokens(tok)
        if any(k.dep_ == "nummod" for k in kids):
            return False  # "the two villages": a new referent
        return any(k.dep_ == "det" and k.lower_ in DEFINITE_DETERMINERS for k in kids)

    def resolve_description(self, tok: Token) -> str | None:
        """The entity id a definite description refers to, or None."""
        lower, lemma = tok.lower_, tok.lemma_.lower()
        kind = self.lexicon.class_nouns.get(lemma) or self.lexicon.class_nouns.get(lower)
        labels = CLASS_LABELS.get(kind or "", frozenset())
        if kind != "org" and tok.tag_ == "NNS":
            labels = frozenset()  # "the states", "the cities": several places, no one
        window_start = self.reader.idx[
            self.reader.sentence_bounds[
                max(0, self._sentence_index(tok.i) - DESCRIPTION_SENTENCES)
            ][0]
        ]
        # The nearest earlier mention of an organisation whose name ends with the noun
        # ("the forces" -> "... Forces") wins; else the nearest entity of the noun's class
        # within the window. The first is looked up by the name's last word.
        named = self._nearest_org_ending(tok, (lower, lemma))
        if named is not None:
            return named
        for mention in self._mentions_before(tok, DESCRIPTION_SENTENCES):
            entity = mention[3]
            if (
                mention[0] >= window_start
                and entity.get("label") in labels
                and self._fits(kind, entity)
            ):
                return str(entity.get("id"))
        return None

    def _nearest_org_ending(self, tok: Token, words: tuple[str, str]) -> str | None:
        """The entity id of the nearest mention before ``tok`` (as :meth:`_mentions_before`
        orders them) of an ORG entity whose name's last word is one of ``words``."""
        if self._org_endings is None:
            index: dict[str, list[int]] = {}
            for k, m in enumerate(self.mentions.items):
                name = str(m[3].get("name") or "").lower().split()
                if name and m[3].get("label") == "ORG":
                    index.setdefault(name[-1], []).append(k)
            self._org_endings = index
        hi = bisect.bisect_left(self.starts, tok.idx)
        best = -1
        for word in set(words):
            positions = self._org_endings.get(word, [])
            j = bisect.bisect_left(positions, hi) - 1
            while j >= 0 and self.mentions.items[positions[j]][1] > tok.idx:
                j -= 1
            if j >= 0:
                best = max(best, positions[j])
        return None if best < 0 else str(self.mentions.items[best][3].get("id"))

    @staticmethod
    def _fits(kind: str | None, entity: dict[str, Any]) -> bool:
        """Whether a place entity has the size a class noun names."""
        if kind == "town":
            return place_rank(entity) <= 1
        if kind == "country":
            return is_country(entity)
        return True

    # ---------------------------------------------------------------- pronouns
    def resolve_pronoun(self, tok: Token) -> str | bool | None:
        """The entity id a pronoun refers to; None when unresolved; False when it refers
        to an event noun (the phrase is then no actor)."""
        lower = tok.lower_
        claim = self._claim_of(tok)
        source = (claim or {}).get("source") or {}
        source_entity = self.by_id.get(str(source.get("entity"))) if source else None
        direct = bool((claim or {}).get("direct"))
        if lower in FIRST_PERSON:
            if source_entity is None or not direct:
                return None
            if lower in ("we", "us", "ourselves") and source.get("affiliation"):
                return str(source["affiliation"])
            return str(source_entity.get("id"))
        labels = PRONOUN_LABELS.get(lower)
        if labels is None:
            return None
        if lower in ("it", "itself") and (
            tok.head.lemma_ == "be" or tok.head.lower_ in ("'s", "\u2019s")
        ):
            return None  # "it's time to act", "it is a problem": no participant
        if direct or self._in_quotes(tok):
            return None  # "'He is new to this,' she said": anyone but the speaker
        if source_entity is not None and source_entity.get("label") in labels:
            content_start = int((claim or {}).get("content", {}).get("start", tok.idx))
            before = [
                m
                for m in self.mentions.overlapping(content_start, tok.idx)
                if m[3].get("label") in labels
            ]
            if not before:  # "The SDF said it captured": the source
                return str(source_entity.get("id"))
        plural = lower in ("they", "them", "themselves")
        if lower in ("it", "itself"):
            labels = frozenset({"ORG"})  # a place "it" is rarer than a thing "it"
        found = self._subject_antecedent(tok, labels, plural)
        if found is not None:
            return found
        if "PERSON" not in labels:
            return None  # "it", "they": no nearest-mention guess
        for mention in self._mentions_before(tok, PRONOUN_SENTENCES):
            if mention[3].get("label") in labels:
                return str(mention[3].get("id"))
        return None

    def _subject_antecedent(
        self, tok: Token, labels: frozenset[str], plural: bool
    ) -> str | bool | None:
        """The nearest earlier subject's reading (see the module docstring): an entity
        id, False for an event noun, "" for another common noun, None for no subject."""
        r = self.reader
        sent = self._sentence_index(tok.i)
        for k in range(sent, max(-1, sent - PRONOUN_SENTENCES - 1), -1):
            start, end = r.sentence_bounds[k]
            stop = min(end, tok.i) if k == sent else end
            for i in range(stop - 1, start - 1, -1):
                if r.dep[i] not in SUBJECT_DEPS or r.pos[i] == "PRON":
                    continue
                cand = r.doc[i]
                mention = self.mentions.best_mention(cand.idx, cand.idx + len(cand))
                if mention is not None:
                    if mention[3].get("label") in labels:
                        return str(mention[3].get("id"))
                    continue
                if r.pos[i] != "NOUN" or (r.tag[i] == "NNS") != plural:
                    continue
                if self.lexicon.is_event_noun_at(r, i):
                    return False  # "The campaign ... began. But it has since slowed"
                if self.is_description(cand):
                    described = self.resolve_description(cand)
                    if described and self.by_id.get(described, {}).get("label") in labels:
                        return described
                return ""  # a thing no entity names: unresolved
        return None

    # ---------------------------------------------------------------- helpers
    def _sentence_index(self, i: int) -> int:
        return bisect.bisect_right(self.sentence_starts, i) - 1

    def _mentions_before(self, tok: Token, sentences: int) -> list[Mention]:
        """Mentions from ``sentences`` sentences before ``tok``'s up to ``tok``, nearest
        first."""
        r = self.reader
        first = r.sentence_bounds[max(0, self._sentence_index(tok.i) - sentences)][0]
        lo = bisect.bisect_left(self.starts, r.idx[first])
        hi = bisect.bisect_left(self.starts, tok.idx)
        return [m for m in reversed(self.mentions.items[lo:hi]) if m[1] <= tok.idx]

    def _in_quotes(self, tok: Token) -> bool:
        """Whether ``tok`` lies inside quotation marks opened earlier in its sentence."""
        r = self.reader
        start = r.sentence_bounds[self._sentence_index(tok.i)][0]
        before = r.doc_text[r.idx[start] : tok.idx]
        return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1

    def _claim_of(self, tok: Token) -> dict[str, Any] | None:
        claim_id = self.reader.layers.claim_at(tok.idx)
        return self.claims.get(claim_id) if claim_id else None
