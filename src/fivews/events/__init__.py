"""What: event records anchored in time and place, and an ACLED-like events table.

The ``fivews_events`` component finds, in the article's content sentences, every clause
headed by an event verb ("captured two villages") or carried by a nominal event ("the
campaign to take the city began", "after a breach of the wall"), and sets ``doc._.events``
to a list of plain dicts::

    {id, text, start, end, sentence, trigger: {text, start, end, lemma},
     time: {value, interval?, timex_id?, how, relation?, offset?, from_event?},
     actors?: [{text, entity, role}], place?: {text, entity, preposition},
     claimed_by?, event_type, sub_event_type, kind}

How it works (one pass over the dependency parse, every step a named rule):

1. *Eventive verbs*: a ``VERB`` whose lemma is neither a reporting verb (the claims layer
   owns "said", "told"…) nor a light/stative verb ("be", "have", "seem"…), both lists in
   ``data/event_lexicon.json``. A light verb becomes eventive when it carries a nominal
   event ("launched an offensive", "witnessed a bombing campaign"); an aspectual verb
   takes its nominal subject as trigger ("the offensive began").
2. *Folding*: complements that only elaborate their head are part of the head's event,
   not events of their own: ``xcomp`` ("began to retreat"), purpose and participial
   ``advcl`` ("deployed to help", "captured…, liberating…"), bare-infinitive ``ccomp``
   ("helping troops fight"), ``pcomp`` and the infinitive of a nominal ("campaign to take").
3. *Not asserted*: negated clauses and clauses under a hypothetical auxiliary or mark
   ("would have to retaliate if…") are dropped; prenominal participles ("U.S.-backed")
   and present-tense relative clauses ("that monitors the war") describe, not narrate;
   complements of denials and of speech acts ("denied losing", "urged X to send") are
   not asserted either.
4. *Nominal events* of their own: an event noun inside a temporal phrase ("after a
   breach") is an event ordered before/after its head (``time.relation``); in a sentence
   without any eventive verb (a headline) the first event noun is the event.
5. *Time* (TimeML-style anchoring, Pustejovsky et al. 2003): a timex whose syntactic
   head climbs to the event's clause without crossing another clause (``explicit``),
   else a timex of the same sentence (``sentence``), else the previous event's time in
   the same paragraph (``inherited``), else the publication date (``publication``), else
   ``unanchored``. Refinements: "four months after X began" is the reference day minus
   the duration (``offset``); "since June" / "has since slowed" run until publication
   (``relation: since``); an undated headline takes the time of the body event it
   announces (``from_event``). Every token's owning clause is computed once (memoised),
   so anchoring, event text and argument spans are one pass over the doc.
6. *Actors and place*: subject/object spans matched to ``doc._.entities`` mentions
   (spaCy's own entities when that layer is empty); a place is a GPE/LOC/FAC inside a
   prepositional phrase of the clause (or a place named as the direct object).
7. *Type*: an ACLED-like mapping of trigger lemmas (``data/event_types.json``), refined by
   the actors (a state agent capturing ground "regains territory").

No library served here: textacy's SVO triples skip nominal events and time, and
event extractors trained on ACE/ERE are not available offline for spaCy 3.8.

Tables: :func:`events_table` (one row per event), :func:`acled_table` (ACLED-like
fields, Raleigh et al. 2010's codebook simplified) and :func:`export_events` /
:func:`read_events` (CSV or Parquet, written atomically).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, SENT_START, TAG
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from fivews.fileio import atomic_path
from fivews.structure import CONTENT_KINDS, block_at, block_starts, content_sentences, doc_text

if TYPE_CHECKING:
    import pandas as pd

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

#: Dependency labels of a clause's subject (agent unless passive).
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "csubj"})
#: Dependency labels of a passive subject (the patient).
PASSIVE_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubjpass", "csubjpass"})
#: Any subject, active or passive.
ANY_SUBJECT_DEPS: frozenset[str] = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
#: Dependency labels of the objects of a verb (patients).
OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "obj", "dative"})
#: Modifiers that belong to a noun phrase's name ("the U.S.-backed Northern Alliance").
NAME_DEPS: frozenset[str] = frozenset(
    {"compound", "amod", "nmod", "poss", "case", "nummod", "quantmod", "npadvmod", "flat"}
)
#: Dependency labels of a place word used as a modifier, not as a place ("U.S.-backed").
MODIFIER_DEPS: frozenset[str] = frozenset({"amod", "npadvmod", "advmod"})
#: Prepositions of a nominal event that name its ground ("battle for X", "capture of X").
NOMINAL_PLACE_PREPOSITIONS: frozenset[str] = frozenset({"of", "for"})
#: Entity labels that can be an event's place.
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
#: Timex types that can anchor an event on a calendar.
ANCHOR_TYPES: frozenset[str] = frozenset({"DATE", "TIME"})
#: Preferred anchor type order (lower is better) when one clause has several timexes.
TYPE_RANK: dict[str, int] = {"DATE": 0, "TIME": 0, "DURATION": 1, "SET": 3}
#: Temporal prepositions -> how the nominal event inside relates to its head event.
RELATION_OF_PREPOSITION: dict[str, str] = {
    "after": "before", "following": "before", "since": "before", "prior": "after",
    "before": "after", "until": "after", "till": "after", "during": "during",
    "amid": "during", "as": "during",
}  # fmt: skip
#: Block kinds whose events summarise the body (dated by the body event they announce).
HEADING_KINDS: frozenset[str] = frozenset({"headline", "subhead"})
#: How an event got its time, best first.
HOW_ORDER: tuple[str, ...] = ("explicit", "sentence", "inherited", "publication", "unanchored")

_ISO_START = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_DURATION = re.compile(r"^P(\d+)([DWMY])$")
#: Marks of "N units after/before X": -1 puts X before the reference day, +1 after it.
OFFSET_SIGN: dict[str, int] = {"after": -1, "since": -1, "before": 1}


def _shift(day: dt.date, amount: int, unit: str, sign: int) -> str:
    """``day`` moved by ``amount`` units, as ISO at the unit's granularity."""
    if unit == "D":
        return (day + dt.timedelta(days=sign * amount)).isoformat()
    if unit == "W":
        return (day + dt.timedelta(weeks=sign * amount)).isoformat()
    months = day.year * 12 + day.month - 1 + sign * amount * (12 if unit == "Y" else 1)
    year, month = divmod(months, 12)
    return f"{year:04d}" if unit == "Y" else f"{year:04d}-{month + 1:02d}"


# --------------------------------------------------------------------------- data files


@dataclass(frozen=True)
class EventLexicon:
    """Word lists the event rules depend on (see ``data/event_lexicon.json``)."""

    non_event_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    aspectual_verbs: frozenset[str]
    support_verbs: frozenset[str]
    event_nouns: frozenset[str]
    temporal_prepositions: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    hypothetical_marks: frozenset[str]
    place_prepositions: frozenset[str]
    idiom_objects: frozenset[str]
    negating_verbs: frozenset[str]

    @classmethod
    def from_file(cls, path: str | os.PathLike[str] | None = None) -> EventLexicon:
        """Load the lexicon from ``path`` (default: the packaged file)."""
        raw = _read_json(path, "event_lexicon.json")
        return cls(
            **{name: frozenset(w.lower() for w in raw[name]) for name in cls.__dataclass_fields__}
        )


@dataclass(frozen=True)
class EventTypeMap:
    """ACLED-like (event_type, sub_event_type) for trigger lemmas (``data/event_types.json``)."""

    types: Mapping[str, tuple[str, str]]
    conditional: Mapping[str, Mapping[str, tuple[str, str]]]
    generic_triggers: frozenset[str]
    state_actor_markers: tuple[str, ...]
    civilian_markers: tuple[str, ...]

    @classmethod
    def from_file(cls, path: str | os.PathLike[str] | None = None) -> EventTypeMap:
        """Load the mapping from ``path`` (default: the packaged file)."""
        raw = _read_json(path, "event_types.json")
        return cls(
            types={k: (v[0], v[1]) for k, v in raw["types"].items()},
            conditional={
                k: {cond: (v[0], v[1]) for cond, v in conds.items()}
                for k, conds in raw["conditional"].items()
            },
            generic_triggers=frozenset(raw["generic_triggers"]),
            state_actor_markers=tuple(raw["state_actor_markers"]),
            civilian_markers=tuple(raw["civilian_markers"]),
        )

    def classify(
        self, lemmas: Sequence[str], agent_text: str = "", patient_text: str = ""
    ) -> tuple[str, str]:
        """Return ``(event_type, sub_event_type)`` for the first typed lemma, else Other.

        Args:
            lemmas: candidate lemmas, most specific first (trigger, its typed modifiers…).
            agent_text: the agent phrase; a state force refines capture verbs.
            patient_text: the patient phrase; civilians refine attack verbs.
        """
        for lemma in lemmas:
            if lemma not in self.types:
                continue
            conds = self.conditional.get(lemma, {})
            if "state_agent" in conds and _has_marker(agent_text, self.state_actor_markers):
                return conds["state_agent"]
            if "civilian_patient" in conds and _has_marker(patient_text, self.civilian_markers):
                return conds["civilian_patient"]
            return self.types[lemma]
        return ("Other", "Other")


def _has_marker(text: str, markers: Iterable[str]) -> bool:
    """Whether ``text`` contains one of ``markers`` as a whole word or phrase."""
    low = f" {re.sub(r'[^a-z-]+', ' ', text.lower())} "
    return any(f" {m} " in low for m in markers)


def _read_json(path: str | os.PathLike[str] | None, default_name: str) -> dict[str, Any]:
    if path:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    return json.loads(resources.files("fivews").joinpath("data", default_name).read_text("utf-8"))


@lru_cache(maxsize=1)
def default_lexicon() -> EventLexicon:
    """The packaged :class:`EventLexicon`, loaded once."""
    return EventLexicon.from_file()


@lru_cache(maxsize=1)
def default_type_map() -> EventTypeMap:
    """The packaged :class:`EventTypeMap`, loaded once."""
    return EventTypeMap.from_file()


# --------------------------------------------------------------------------- component


@Language.factory(
    "fivews_events",
    default_config={
        "lexicon_path": None,
        "types_path": None,
        "block_kinds": sorted(CONTENT_KINDS),
        "keep_hypothetical": False,
    },
)
def make_fivews_events(
    nlp: Language,
    name: str,
    lexicon_path: str | None,
    types_path: str | None,
    block_kinds: list[str],
    keep_hypothetical: bool,
) -> EventExtractor:
    """spaCy factory for :class:`EventExtractor`.

    Args:
        lexicon_path: JSON word lists; default the packaged ``data/event_lexicon.json``.
        types_path: ACLED-like type mapping; default ``data/event_types.json``.
        block_kinds: block kinds whose sentences are read (default all content kinds).
        keep_hypothetical: also emit negated and hypothetical clauses (default False).
    """
    lexicon = EventLexicon.from_file(lexicon_path) if lexicon_path else default_lexicon()
    types = EventTypeMap.from_file(types_path) if types_path else default_type_map()
    return EventExtractor(lexicon, types, frozenset(block_kinds), keep_hypothetical)


@dataclass
class _Candidate:
    """An event found in the parse, before it is written as a dict."""

    head: Token  # the clause head (a verb) or the nominal event itself
    trigger: Token  # the token that names the event (verb, or nominal of a light verb)
    kind: str  # "verbal" | "support" | "nominal"
    folded: list[Token] = field(default_factory=list)
    relation: str | None = None  # nominal in a temporal phrase: before|after|during its head
    governor: Token | None = None  # that head


class EventExtractor:
    """Find event clauses and nominal events; anchor them in time, actors and place."""

    def __init__(
        self,
        lexicon: EventLexicon | None = None,
        types: EventTypeMap | None = None,
        block_kinds: frozenset[str] = CONTENT_KINDS,
        keep_hypothetical: bool = False,
    ) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.types = types or default_type_map()
        self.block_kinds = block_kinds
        self.keep_hypothetical = keep_hypothetical

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def set_annotations(self, doc: Doc, events: list[dict[str, Any]]) -> None:
        """Store the event dicts on ``doc._.events``."""
        doc._.events = events

    # ------------------------------------------------------------------ match

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        """Return the event dicts of ``doc`` without changing it."""
        parse = _Parse(doc)
        sentence_index = {start: i for i, start in enumerate(parse.sent_end)}
        sentences = list(content_sentences(doc, self.block_kinds))
        candidates: list[_Candidate] = []
        for sent in sentences:
            candidates.extend(self._sentence_candidates(sent, parse))
        if not candidates:
            return []
        candidates.sort(key=lambda c: c.head.i)
        view = _DocView(doc, self.lexicon, candidates, parse)
        events: list[dict[str, Any]] = []
        previous_in_block: dict[int | None, dict[str, Any]] = {}
        headings: list[int] = []  # positions of events in headlines and sub-heads
        published = doc._.published
        blocks = doc._.blocks
        starts = block_starts(doc) if blocks else []
        for n, cand in enumerate(candidates, start=1):
            event = self._record(view, cand, n, sentence_index)
            block = block_at(blocks, starts, cand.trigger.idx) if blocks else None
            event["time"] = self._anchor(view, cand, previous_in_block.get(block), published)
            if event["time"]["how"] in ("explicit", "sentence", "inherited"):
                previous_in_block[block] = event
            if block is not None and blocks[block]["kind"] in HEADING_KINDS:
                headings.append(len(events))
            events.append(event)
        _anchor_headings(events, headings)
        return events

    # ------------------------------------------------------------------ detection

    def _sentence_candidates(self, sent: Span, parse: _Parse | None = None) -> list[_Candidate]:
        """The event candidates of one sentence (rules 1-4).

        One pass over the sentence's tokens, on the per-doc attribute lists of
        :class:`_Parse`, finds the eventive verbs, the event nouns and whether the
        sentence has a verb at all (three passes over spaCy Tokens before).
        """
        p = parse if parse is not None else _Parse(sent.doc)
        doc = sent.doc
        pos = p.pos
        heads: dict[int, _Candidate] = {}
        fold_target: dict[int, int] = {}
        dropped: set[int] = set()
        nominals: list[int] = []
        had_verbal = False
        for i in range(sent.start, sent.end):
            tag = pos[i]
            if tag != "VERB":
                if tag == "AUX":
                    had_verbal = True
                elif (tag == "NOUN" or tag == "PROPN") and self._is_event_noun_at(p, i):
                    nominals.append(i)
                continue
            had_verbal = True
            if not self._is_eventive(p, i):
                continue
            if not self.keep_hypothetical and self._not_asserted(p, i):
                dropped.add(i)
                continue
            role = self._clause_role(p, i)
            if role == "skip":
                continue
            if role == "fold":
                fold_target[i] = p.head[p.head[i]] if p.dep[i] == "pcomp" else p.head[i]
                continue
            tok = doc[i]
            heads[i] = _Candidate(head=tok, trigger=tok, kind="verbal")
        # A fold whose target is not an event (e.g. xcomp of "try") heads its own clause.
        for i, target in list(fold_target.items()):
            root = self._fold_root(target, fold_target)
            if root in dropped:
                del fold_target[i]  # part of a negated or hypothetical clause
            elif root not in heads and pos[root] in ("VERB", "AUX"):
                # The governing verb is no event ("used gas to disperse", "try to take"):
                # the complement heads its own clause unless that clause is hypothetical.
                del fold_target[i]
                if not self._chain_hypothetical(p, i):
                    tok = doc[i]
                    heads[i] = _Candidate(head=tok, trigger=tok, kind="verbal")
        for i, target in fold_target.items():
            root = self._fold_root(target, fold_target)
            if root in heads:
                heads[root].folded.append(doc[i])
        self._attach_nominals(p, nominals, had_verbal, heads, dropped)
        return list(heads.values())

    def _is_event_noun_at(self, p: _Parse, i: int) -> bool:
        nouns = self.lexicon.event_nouns
        return p.pos[i] in ("NOUN", "PROPN") and (p.lemma[i] in nouns or p.lower[i] in nouns)

    def _is_event_noun(self, tok: Token) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and (
            tok.lemma_.lower() in self.lexicon.event_nouns or tok.lower_ in self.lexicon.event_nouns
        )

    def _is_eventive(self, p: _Parse, i: int) -> bool:
        """Whether token ``i`` is a verb that can head an event (rule 1)."""
        lex = self.lexicon
        if p.pos[i] != "VERB":
            return False
        lemma = p.lemma[i]
        if lemma in lex.reporting_verbs:
            return False
        if lemma in lex.non_event_verbs:
            # A light verb carries an event only through its nominal ("launched an attack").
            return lemma in lex.support_verbs and any(
                p.dep[c] in OBJECT_DEPS and self._is_event_noun_at(p, c) for c in p.kids[i]
            )
        return True

    def _not_asserted(self, p: _Parse, i: int) -> bool:
        """Negated or hypothetical clause, or the complement of a denial (rule 3)."""
        lex = self.lexicon
        dep = p.dep[i]
        if dep in ("xcomp", "ccomp") and p.lemma[p.head[i]] in lex.negating_verbs:
            return True  # "denied losing the bridge", "failed to take the town"
        if dep == "xcomp" and p.lemma[p.head[i]] in lex.reporting_verbs:
            return True  # "urged the UN to send observers", "vowed to retake": not done yet
        for c in p.kids[i]:
            child_dep = p.dep[c]
            if child_dep == "neg":
                return True
            if child_dep == "aux" and p.lower[c] in lex.hypothetical_auxiliaries:
                return True
            if child_dep == "mark" and p.lower[c] in lex.hypothetical_marks:
                return True
        return False

    def _chain_hypothetical(self, p: _Parse, i: int) -> bool:
        """Whether a complement's governing verbs (xcomp chain) are hypothetical."""
        cur = i
        for _ in range(6):
            if p.dep[cur] not in ("xcomp", "ccomp", "advcl") or p.head[cur] == cur:
                return False
            cur = p.head[cur]
            if self._not_asserted(p, cur):
                return True
        return False

    def _clause_role(self, p: _Parse, i: int) -> str:
        """``head`` (an event of its own), ``fold`` (part of its head's event) or ``skip``."""
        dep, tag, kids = p.dep[i], p.tag[i], p.kids[i]
        if dep in ("amod", "compound", "npadvmod", "nmod"):
            return "skip"  # "U.S.-backed", "Kurdish-led": a modifier, not a narrated event
        if dep == "acl":
            if any(p.dep[c] in ANY_SUBJECT_DEPS for c in kids):
                return "head"  # a misattached finite clause ("statement that X deployed")
            return "fold" if self._is_event_noun_at(p, p.head[i]) else "skip"
        if (
            dep == "relcl"
            and tag in ("VBZ", "VBP")
            and not any(p.dep[c] in ("aux", "auxpass") for c in kids)
        ):
            return "skip"  # "the group that monitors the war": description, not narration
        if dep == "xcomp":
            return "fold"
        has_mark = any(p.dep[c] == "mark" for c in kids)
        if dep == "advcl" and not has_mark:
            has_to = any(p.dep[c] == "aux" and p.lower[c] == "to" for c in kids)
            if has_to or tag in ("VBG", "VBN"):
                return "fold"  # purpose ("deployed to help") or participle ("…, liberating")
        if dep == "ccomp" and not has_mark and tag in ("VB", "VBG"):
            if p.lemma[p.head[i]] not in self.lexicon.reporting_verbs:
                return "fold"  # bare infinitive: "helping troops fight"
        if dep == "pcomp" and p.dep[p.head[i]] == "prep":
            return "fold"
        return "head"

    @staticmethod
    def _fold_root(target: int, fold_target: dict[int, int]) -> int:
        """Follow fold links up to the token that heads the folded chain."""
        seen = set()
        cur = target
        while cur in fold_target and cur not in seen:
            seen.add(cur)
            cur = fold_target[cur]
        return cur

    def _attach_nominals(
        self,
        p: _Parse,
        nominals: list[int],
        had_verbal: bool,
        heads: dict[int, _Candidate],
        dropped: set[int],
    ) -> None:
        """Give light/aspectual verbs their nominal trigger; add stand-alone nominals.

        ``nominals`` are the sentence's event nouns; ``had_verbal`` whether it has a verb.
        """
        lex = self.lexicon
        doc = p.doc
        standalone_done = False
        for n in nominals:
            if any(
                p.dep[c] == "det" and p.lower[c] == "no" or p.dep[c] == "neg" for c in p.kids[n]
            ):
                continue  # "there was no fighting"
            v = p.head[n]
            lemma = p.lemma[v]
            noun_dep = p.dep[n]
            if noun_dep in ANY_SUBJECT_DEPS and lemma in lex.aspectual_verbs:
                if v in heads:  # "the offensive began": the offensive is the event
                    heads[v].trigger, heads[v].kind = doc[n], "support"
                elif p.pos[v] == "VERB" and v not in dropped and not self._not_asserted(p, v):
                    heads[v] = _Candidate(head=doc[v], trigger=doc[n], kind="support")
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
                if not self._not_asserted(p, v):
                    heads.setdefault(v, _Candidate(head=doc[v], trigger=doc[n], kind="support"))
                continue
            prep = v
            if noun_dep == "pobj" and p.lower[prep] == "of" and p.dep[p.head[prep]] == "pobj":
                prep = p.head[p.head[prep]]  # "after two days of fighting": the fighting is dated
            if noun_dep == "pobj" and p.lower[prep] in lex.temporal_prepositions:
                relation = RELATION_OF_PREPOSITION.get(p.lower[prep])
                noun = doc[n]
                heads[n] = _Candidate(
                    head=noun,
                    trigger=noun,
                    kind="nominal",
                    relation=relation,
                    governor=doc[p.head[prep]],
                )
                continue
            if not had_verbal and not standalone_done:  # a verbless headline: "Clashes in X"
                noun = doc[n]
                heads[n] = _Candidate(head=noun, trigger=noun, kind="nominal")
                standalone_done = True

    # ------------------------------------------------------------------ records

    def _record(
        self, view: _DocView, cand: _Candidate, n: int, sentence_index: dict[int, int]
    ) -> dict[str, Any]:
        tokens = view.clause_tokens(cand)
        start_tok, end_tok = _trim(tokens)
        trigger_start, trigger_end = cand.trigger.idx, cand.trigger.idx + len(cand.trigger)
        particle = next(
            (
                c
                for c in view.children(cand.trigger)
                if c.dep_ == "prt" and c.i == cand.trigger.i + 1
            ),
            None,
        )
        if particle is not None:  # "slowed down", "carried out"
            trigger_end = particle.idx + len(particle)
        event: dict[str, Any] = {
            "id": f"e{n}",
            "text": view.text[start_tok.idx : end_tok.idx + len(end_tok)],
            "start": start_tok.idx,
            "end": end_tok.idx + len(end_tok),
            "trigger": {
                "text": view.text[trigger_start:trigger_end],
                "start": trigger_start,
                "end": trigger_end,
                "lemma": cand.trigger.lemma_.lower(),
            },
            "sentence": sentence_index.get(view.parse.sent_of[cand.head.i], -1),
            "kind": cand.kind,
        }
        actors = view.actors(cand)
        if actors:
            event["actors"] = actors
        place = view.place(cand)
        if place:
            event["place"] = place
        claim = view.claim_of(cand.trigger.idx)
        if claim is not None:
            event["claimed_by"] = claim
        agent = " ".join(a["text"] for a in actors if a["role"] == "agent")
        patient = " ".join(a["text"] for a in actors if a["role"] == "patient")
        event["event_type"], event["sub_event_type"] = self.types.classify(
            self._type_lemmas(cand, view), agent, patient
        )
        return event

    def _type_lemmas(self, cand: _Candidate, view: _DocView | None = None) -> list[str]:
        """Lemmas to look up, most specific first ("bombing campaign" -> bombing, campaign)."""
        trig = cand.trigger
        children = view.children(trig) if view is not None else list(trig.children)
        lemmas: list[str] = []
        compounds = [c for c in children if c.dep_ == "compound"]
        if len(compounds) == 1:  # "air strike" as one lemma
            lemmas.append(f"{compounds[0].lemma_.lower()} {trig.lemma_.lower()}")
        generic = trig.lemma_.lower() in self.types.generic_triggers
        particle = next((c for c in children if c.dep_ == "prt"), None)
        idiom = any(
            c.dep_ in OBJECT_DEPS and c.lemma_.lower() in self.lexicon.idiom_objects
            for c in children
        )
        if idiom:  # "took place", "took part": the verb names no event type
            pass
        elif particle is not None:  # "take off" is not "take": only the phrasal lemma counts
            lemmas.append(f"{trig.lemma_.lower()} {particle.lower_}")
        elif generic:
            lemmas.extend(c.lemma_.lower() for c in compounds)
        else:
            lemmas.append(trig.lemma_.lower())
            if trig.lower_ != trig.lemma_.lower():  # "talks" is not "talk"
                lemmas.insert(len(lemmas) - 1, trig.lower_)
        lemmas.extend(v.lemma_.lower() for v in cand.folded)
        lemmas.extend(c.lemma_.lower() for c in children if c.dep_ == "acl" and c.pos_ == "VERB")
        if cand.head.i != trig.i:
            lemmas.append(cand.head.lemma_.lower())
        else:  # "an airstrike hit a market": the nominal subject says what happened
            lemmas.extend(
                c.lemma_.lower()
                for c in children
                if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and self._is_event_noun(c)
            )
        if generic:
            lemmas.append(trig.lemma_.lower())
        return lemmas

    # ------------------------------------------------------------------ time

    def _anchor(
        self,
        view: _DocView,
        cand: _Candidate,
        previous: dict[str, Any] | None,
        published: str | None,
    ) -> dict[str, Any]:
        """Anchor an event: explicit, sentence, inherited, publication, unanchored."""
        relation = {"relation": cand.relation} if cand.relation else {}
        offset = view.offset_time(cand, published)
        if offset is not None:
            return {**offset, "how": "explicit"}
        own = view.timexes_of(cand.head)
        if own:
            since = view.since_timex(own[0]) or view.since_adverb(cand)
            time = {**_time_from_timex(own[0]), "how": "explicit", **relation}
            return _until_publication(time, published) if since else time
        in_sentence = view.sentence_timexes(cand)
        if in_sentence:
            return {**_time_from_timex(in_sentence[0]), "how": "sentence", **relation}
        if previous is not None:
            inherited = {
                k: v for k, v in previous["time"].items() if k not in ("how", "relation", "offset")
            }
            time = {**inherited, "how": "inherited", **relation}
            # "It has since slowed down": from the previous event's time until publication.
            return _until_publication(time, published) if view.since_adverb(cand) else time
        if published:
            return {"value": published, "how": "publication", **relation}
        return {"value": None, "how": "unanchored", **relation}


def _anchor_headings(events: list[dict[str, Any]], headings: list[int]) -> None:
    """Date an undated headline event by the body event it summarises.

    A headline ("Army retakes bridge") names no day; the first later body event with the
    same trigger lemma, else the same specific type ("Government regains territory"), is
    the event it announces: its time is copied, ``how: inherited`` with ``from_event``.
    """
    heading_set = set(headings)
    for pos in headings:
        event = events[pos]
        if event["time"]["how"] not in ("publication", "unanchored"):
            continue
        lemma = event["trigger"]["lemma"]
        kind = (event["event_type"], event["sub_event_type"])
        body = [
            e
            for i, e in enumerate(events[pos + 1 :], start=pos + 1)
            if i not in heading_set and e["time"]["how"] in ("explicit", "sentence", "inherited")
        ]
        match = next((e for e in body if e["trigger"]["lemma"] == lemma), None)
        if match is None and kind[0] != "Other":
            match = next((e for e in body if (e["event_type"], e["sub_event_type"]) == kind), None)
        if match is not None:
            time = {k: v for k, v in match["time"].items() if k not in ("how", "relation")}
            event["time"] = {**time, "how": "inherited", "from_event": match["id"]}


def _until_publication(time: dict[str, Any], published: str | None) -> dict[str, Any]:
    """A "since X" time: the interval from X's first day to the publication date."""
    begin = event_dates(time)[0]
    if begin is None or not published or published < begin:
        return time
    return {**time, "interval": [begin, published], "relation": "since"}


def _time_from_timex(timex: Mapping[str, Any]) -> dict[str, Any]:
    time: dict[str, Any] = {"value": timex.get("value")}
    if timex.get("interval"):
        time["interval"] = list(timex["interval"])
    if timex.get("id") is not None:
        time["timex_id"] = timex["id"]
    return time


def _trim(tokens: list[Token]) -> tuple[Token, Token]:
    """First and last token of a clause, without edge punctuation, marks or conjunctions."""
    i, j = 0, len(tokens) - 1
    while i < j and (
        tokens[i].dep_ in ("cc", "mark", "punct")
        or tokens[i].tag_ in ("WDT", "WP")
        or tokens[i].is_space
    ):
        i += 1
    while j > i and (tokens[j].dep_ in ("cc", "punct", "prep", "mark") or tokens[j].is_space):
        j -= 1
    return tokens[i], tokens[j]


# --------------------------------------------------------------------------- doc view


class _Parse:
    """The Doc's token attributes as plain lists, read once per Doc.

    ``Token`` attributes are looked up in the string store on every access, and
    ``Token.children`` rescans the token's whole span: the rules ask for each several
    times, so the attributes are copied out once (``Doc.to_array``, one C loop) and the
    children listed from the heads. ``kids[i]`` are the children of token ``i`` in
    ``Token.children`` order (left to right); ``lemma`` is lower-cased;
    ``sent_of[i]`` is the start of token ``i``'s sentence and ``sent_end`` maps each
    sentence start to its end, in text order.
    """

    __slots__ = (
        "doc", "head", "pos", "dep", "tag", "lemma", "lower", "kids", "sent_of", "sent_end",
    )  # fmt: skip

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        n = len(doc)
        rows = doc.to_array([HEAD, POS, DEP, TAG, LEMMA, LOWER, SENT_START])
        # HEAD is an offset stored as uint64: back to signed, then absolute.
        self.head = (rows[:, 0].astype("int64") + numpy.arange(n, dtype="int64")).tolist()
        pos_names = {int(k): v for k, v in POS_NAMES.items()}
        self.pos = [pos_names[k] for k in rows[:, 1].tolist()]
        strings = doc.vocab.strings
        self.dep, self.tag, self.lower = (
            _strings(strings, rows[:, col].tolist()) for col in (2, 3, 5)
        )
        self.lemma = _strings(strings, rows[:, 4].tolist(), lower=True)
        kids: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(self.head):
            if h != i:
                kids[h].append(i)
        self.kids = kids
        self.sent_of = [0] * n
        self.sent_end: dict[int, int] = {}
        for start, end in _sentence_bounds(doc, rows[:, 6]):
            self.sent_of[start:end] = [start] * (end - start)
            self.sent_end[start] = end

    def subtree(self, i: int) -> list[int]:
        """Token ``i`` and its descendants, in ``Token.subtree`` order."""
        out: list[int] = []
        self._walk(i, out)
        return out

    def _walk(self, i: int, out: list[int]) -> None:
        kids = self.kids[i]
        k = 0
        while k < len(kids) and kids[k] < i:
            self._walk(kids[k], out)
            k += 1
        out.append(i)
        for child in kids[k:]:
            self._walk(child, out)


#: String-store hash -> its string, and -> its string lower-cased. A hash is a fixed
#: function of its string (the same in every Vocab and process), so the memo is safe
#: across documents; the string store itself is slow to ask (a Python-level call).
_HASH_TEXT: dict[int, str] = {}
_HASH_LOWER: dict[int, str] = {}
#: Entries kept before the memos start over (a bound on memory in long runs).
_HASH_MEMO_SIZE = 200_000


def _sentence_bounds(doc: Doc, sent_starts: Any) -> list[tuple[int, int]]:
    """``(start, end)`` of each of ``doc.sents``, from the SENT_START column.

    The same rule as ``Doc.sents`` (a sentence starts at token 0 and wherever
    ``sent_start == 1``) without making a Span per sentence; a Doc with a ``sents``
    hook or without sentence boundaries goes through ``Doc.sents`` itself.
    """
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [(sent.start, sent.end) for sent in doc.sents]
    n = len(doc)
    starts = [0, *(i for i in numpy.flatnonzero(sent_starts == 1).tolist() if i > 0)]
    return [(a, b) for a, b in zip(starts, [*starts[1:], n], strict=True) if a < b]


def _strings(strings: Any, keys: list[int], lower: bool = False) -> list[str]:
    """``strings[key]`` (lower-cased if ``lower``) for each key, memoised by hash."""
    memo = _HASH_LOWER if lower else _HASH_TEXT
    try:
        return [memo[k] for k in keys]
    except KeyError:
        pass
    if len(memo) > _HASH_MEMO_SIZE:
        memo.clear()
    for k in keys:
        if k not in memo:
            memo[k] = strings[k].lower() if lower else strings[k]
    return [memo[k] for k in keys]


class _DocView:
    """Per-doc indexes built once: clause ownership, timexes, entities, claims."""

    def __init__(
        self,
        doc: Doc,
        lexicon: EventLexicon,
        candidates: list[_Candidate],
        parse: _Parse | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text is rebuilt from all tokens on every access
        self.lexicon = lexicon
        self.parse = parse if parse is not None else _Parse(doc)
        self.heads: dict[int, _Candidate] = {c.head.i: c for c in candidates}
        self.folded: dict[int, int] = {v.i: c.head.i for c in candidates for v in c.folded}
        self._owner: dict[int, int | None] = {}
        self.entity_at, self.entities = _entity_index(doc)
        self.timexes = _timex_index(doc)
        # Timexes by sentence start: a clause is only ever anchored inside its sentence.
        self.timexes_in: dict[int, list[_Timex]] = {}
        for tx in self.timexes:
            if tx.head_i is not None:
                self.timexes_in.setdefault(self.parse.sent_of[tx.head_i], []).append(tx)
        self.claims = _claim_spans(doc._.claims or [])

    # clause ownership ---------------------------------------------------------------
    def owner_of(self, start: int) -> int | None:
        """The event head owning the clause of the token at index ``start``, or None
        (another clause, a report); memoised for every token on the path up."""
        memo = self._owner
        if start in memo:
            return memo[start]
        p = self.parse
        path: list[int] = []
        cur = start
        result: int | None = None
        while True:
            if cur in memo:
                result = memo[cur]
                break
            path.append(cur)
            if cur in self.heads:
                result = cur
                break
            if cur in self.folded:
                result = self.folded[cur]
                break
            pos = p.pos[cur]
            if pos == "VERB" and p.lemma[cur] in self.lexicon.reporting_verbs:
                result = None  # a reporting verb's own modifiers ("said Thursday")
                break
            if (
                cur != start
                and pos in ("VERB", "AUX")
                and any(p.dep[c] in ANY_SUBJECT_DEPS for c in p.kids[cur])
            ):
                result = None  # crossed into another finite clause that is not an event
                break
            if p.head[cur] == cur:
                result = None
                break
            cur = p.head[cur]
        for i in path:
            memo[i] = result
        return result

    def children(self, tok: Token) -> list[Token]:
        """``tok.children`` from the per-doc child lists (no rescan of the token's span)."""
        doc = self.doc
        return [doc[c] for c in self.parse.kids[tok.i]]

    def clause_tokens(self, cand: _Candidate) -> list[Token]:
        """Tokens of the event's clause (its subtree minus other events' clauses)."""
        own = cand.head.i
        doc, owner_of = self.doc, self.owner_of
        return [doc[k] for k in self.parse.subtree(own) if owner_of(k) == own] or [cand.head]

    # time -----------------------------------------------------------------------------
    def timexes_of(self, head: Token) -> list[dict[str, Any]]:
        """Anchoring timexes governed by the event's clause, best first."""
        found = [
            tx
            for tx in self.timexes_in.get(self.parse.sent_of[head.i], [])
            if tx.head_i is not None and self.owner_of(tx.head_i) == head.i
        ]
        return [tx.data for tx in sorted(found, key=lambda tx: tx.rank(head.i)) if tx.anchors]

    def since_timex(self, timex: Mapping[str, Any]) -> bool:
        """Whether a timex is the object of "since" ("fallen by a third since July")."""
        for tx in self.timexes:
            if tx.data is timex or tx.data.get("id") == timex.get("id"):
                head = self.doc[tx.head_i] if tx.head_i is not None else None
                return head is not None and head.head.lower_ == "since"
        return False

    def since_adverb(self, cand: _Candidate) -> bool:
        """Whether the clause says "has since …" (from a time given earlier until now)."""
        return any(c.dep_ == "advmod" and c.lower_ == "since" for c in self.children(cand.head))

    def offset_time(self, cand: _Candidate, published: str | None) -> dict[str, Any] | None:
        """Resolve "four months after the offensive began" to a date before its reference.

        The clause must be introduced by an ordering mark (after/since/before) and carry a
        DURATION timex; the reference day is another DATE timex of the clause or sentence
        (the parser often attaches "Wednesday" of the matrix clause here), else the
        publication date. The result keeps the duration's granularity (months -> month).
        """
        head = cand.head
        mark = next(
            (c for c in self.children(head) if c.dep_ == "mark" and c.lower_ in OFFSET_SIGN), None
        )
        if mark is None:
            return None
        duration = None
        for tx in self.timexes:
            if tx.data.get("type") != "DURATION" or tx.head_i is None:
                continue
            tok = self.doc[tx.head_i]
            if tok.head.i in (head.i, mark.i) and tok.i < mark.i:
                duration = tx
                break
        if duration is None:
            return None
        parsed = _DURATION.match(str(duration.data.get("value") or ""))
        if not parsed:
            return None
        reference = next(
            (
                d
                for d in self.timexes_of(head) + self.sentence_timexes(cand)
                if d is not duration.data
                and _ISO_START.match(str(d.get("value") or ""))
                and d.get("type") in ANCHOR_TYPES
            ),
            None,
        )
        ref_value = reference.get("value") if reference else published
        ref_day = _iso_bounds(str(ref_value or ""))[0]
        if ref_day is None:
            return None
        value = _shift(
            dt.date.fromisoformat(ref_day),
            int(parsed.group(1)),
            parsed.group(2),
            OFFSET_SIGN[mark.lower_],
        )
        time: dict[str, Any] = {
            "value": value,
            "timex_id": duration.data.get("id"),
            "offset": {
                "duration": duration.data.get("value"),
                "from": ref_value,
                "mark": mark.lower_,
            },
        }
        return time

    def sentence_timexes(self, cand: _Candidate) -> list[dict[str, Any]]:
        """Anchoring timexes of the event's sentence (free ones before others' own)."""
        own = cand.head.i
        sent_start = self.parse.sent_of[own]
        sent_end = self.parse.sent_end[sent_start]
        scored = []
        for tx in self.timexes_in.get(sent_start, []):
            if not tx.anchors or tx.head_i is None or not (sent_start <= tx.head_i < sent_end):
                continue
            owner = self.owner_of(tx.head_i)
            taken = owner is not None and owner != own
            scored.append(((taken, *tx.rank(own)), tx))
        scored.sort(key=lambda pair: pair[0])
        return [tx.data for _, tx in scored]

    # actors and place ----------------------------------------------------------------
    def actors(self, cand: _Candidate) -> list[dict[str, Any]]:
        """Agents and patients of the event from its subject and object phrases."""
        out: list[dict[str, Any]] = []
        seen: set[int] = set()

        def add(tok: Token, role: str) -> None:
            if tok.i in seen or tok.pos_ in ("DET",):
                return
            if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
                tok = tok.head.head  # "the city, which …": the relative's antecedent
            if self._is_event_noun(tok):
                if role != "agent":
                    return  # "supported the president's offensive": its owner is no patient here
                # "A government offensive captured": the actor is who runs it.
                for mod in self.children(tok):
                    if mod.dep_ in ("poss", "compound", "amod") and mod.pos_ in (
                        "NOUN",
                        "PROPN",
                        "ADJ",
                    ):
                        if mod.dep_ == "amod" and self.entity_at.get(mod.i) is None:
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
            for child in self.children(verb):
                if child.dep_ == "agent":
                    for pobj in self.children(child):
                        if pobj.dep_ == "pobj":
                            add(pobj, "agent")
        if cand.trigger.i != cand.head.i or cand.kind == "nominal":
            self._nominal_actors(cand.trigger, add)
        aspectual_subject = cand.kind == "support" and cand.trigger.dep_ in SUBJECT_DEPS
        object_verbs = list(cand.folded) if aspectual_subject else verbs + list(cand.folded)
        for verb in object_verbs:  # "the battle is reaching its final stages": no patient
            for child in self.children(verb):
                if child.dep_ == "dative" and child.pos_ == "ADP":
                    child = next((g for g in self.children(child) if g.dep_ == "pobj"), child)
                    if child.pos_ == "ADP":
                        continue
                if child.lemma_.lower() in self.lexicon.idiom_objects:
                    continue  # "took place": no patient
                if child.dep_ in OBJECT_DEPS | {"pobj"} and child.i != cand.trigger.i:
                    if self.place_entity(child) is None:  # "captured Mosul": a place
                        add(child, "patient")
        return out

    def _nominal_actors(self, noun: Token, add: Any) -> None:
        for child in self.children(noun):
            if child.dep_ == "poss" and child.pos_ != "PRON":
                add(child, "agent")
            elif child.dep_ in ("compound", "amod") and self.entity_at.get(child.i) is not None:
                if self.place_entity(child) is None:
                    add(child, "agent")
            elif child.dep_ == "prep" and child.lower_ in ("against", "on", "by"):
                for pobj in self.children(child):
                    if pobj.dep_ == "pobj" and self.place_entity(pobj) is None:
                        add(pobj, "agent" if child.lower_ == "by" else "patient")

    def _subjects(self, verb: Token) -> list[Token]:
        cur = verb
        for _ in range(4):  # shared subject of coordinated / controlled verbs
            subs = [c for c in self.children(cur) if c.dep_ in ANY_SUBJECT_DEPS]
            if subs:
                return subs
            if cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
                cur = cur.head
                continue
            break
        return []

    def _is_event_noun(self, tok: Token) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and (
            tok.lemma_.lower() in self.lexicon.event_nouns or tok.lower_ in self.lexicon.event_nouns
        )

    def phrase(self, tok: Token) -> tuple[str, str | None]:
        """A noun phrase's name-like text (no relative clauses) and its entity id.

        Works on token indices (:class:`_Parse`); the text is cut from the doc text, as
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
        entity = self.entity_at.get(tok.i)
        if entity is None:
            entity = next(
                (self.entity_at[k] for k in range(lo, hi + 1) if k in self.entity_at), None
            )
        first, last = doc[lo], doc[hi]
        return self.text[first.idx : last.idx + len(last)], (entity[0] if entity else None)

    def place_entity(self, tok: Token) -> tuple[str | None, str, int, int] | None:
        """The place entity whose mention covers ``tok``, as (id, label, start, end)."""
        hit = self.entity_at.get(tok.i)
        return hit if hit is not None and hit[1] in PLACE_LABELS else None

    def place(self, cand: _Candidate) -> dict[str, Any] | None:
        """The first GPE/LOC/FAC in a prepositional phrase (or object) of the event."""
        carriers = [cand.head, *cand.folded]
        if cand.trigger.i != cand.head.i:
            carriers.append(cand.trigger)
        # "The attack on Izmail wounded two workers": the subject event names the place.
        carriers.extend(
            c
            for c in self.children(cand.head)
            if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and self._is_event_noun(c)
        )
        objects = [c for v in carriers for c in self.children(v) if c.dep_ in OBJECT_DEPS]
        nominal = cand.trigger if cand.trigger.pos_ in ("NOUN", "PROPN") else None
        if nominal is not None:  # "the Mosul battle", "an Aleppo airstrike"
            for mod in self.children(nominal):
                if mod.dep_ in ("compound", "nmod") and self.place_entity(mod) is not None:
                    hit = self._first_place(mod, subtree=False)
                    if hit:
                        return {**hit, "preposition": None}
        for group in (carriers, objects):
            for carrier in group:
                for prep in self.children(carrier):
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
        p = self.parse
        i = root.i
        indices = p.subtree(i) if subtree else [i, *(c for c in p.kids[i] if p.dep[c] in NAME_DEPS)]
        for k in indices:
            hit = self.entity_at.get(k)
            if hit is None or hit[1] not in PLACE_LABELS:
                continue
            if p.dep[k] in MODIFIER_DEPS:
                continue  # "the U.S.-backed forces": a place word used as a modifier
            return {"text": self.text[hit[2] : hit[3]], "entity": hit[0]}
        return None

    # claims ---------------------------------------------------------------------------
    def claim_of(self, char: int) -> str | None:
        """The id of the innermost claim whose content covers ``char``."""
        best: tuple[int, str] | None = None
        for start, end, claim_id in self.claims:
            if start > char:
                break
            if start <= char < end and (best is None or end - start < best[0]):
                best = (end - start, claim_id)
        return best[1] if best else None


@dataclass
class _Timex:
    data: dict[str, Any]
    head_i: int | None
    start_i: int
    anchors: bool  # can it place an event on the calendar?

    def rank(self, head_i: int) -> tuple[int, int]:
        return (TYPE_RANK.get(str(self.data.get("type")), 2), abs(self.start_i - head_i))


def _timex_index(doc: Doc) -> list[_Timex]:
    """The doc's timexes with their syntactic head token (the one attached outside)."""
    out = []
    for tx in doc._.timexes or []:
        span = doc.char_span(int(tx["start"]), int(tx["end"]), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = span.root
        out.append(_Timex(dict(tx), head.i, span.start, _anchors(tx)))
    return out


def _anchors(tx: Mapping[str, Any]) -> bool:
    """A timex places an event on the calendar if it has a date value or an interval."""
    if tx.get("interval"):
        return True
    return tx.get("type") in ANCHOR_TYPES and bool(_ISO_START.match(str(tx.get("value") or "")))


def _entity_index(
    doc: Doc,
) -> tuple[dict[int, tuple[str | None, str, int, int]], dict[str, dict[str, Any]]]:
    """Token index -> (entity id, label, mention start, end), from ``doc._.entities``.

    When the entities layer is empty, spaCy's own ``doc.ents`` are used (entity id None).
    """
    at: dict[int, tuple[str | None, str, int, int]] = {}
    by_id: dict[str, dict[str, Any]] = {}
    entities = doc._.entities or []
    if entities:
        for ent in entities:
            by_id[str(ent.get("id"))] = ent
            for mention in ent.get("mentions", []):
                span = doc.char_span(
                    int(mention["start"]), int(mention["end"]), alignment_mode="expand"
                )
                if span is None:
                    continue
                for tok in span:
                    at.setdefault(
                        tok.i,
                        (ent.get("id"), str(ent.get("label")), mention["start"], mention["end"]),
                    )
    else:
        for ent in doc.ents:
            for tok in ent:
                at.setdefault(tok.i, (None, ent.label_, ent.start_char, ent.end_char))
    return at, by_id


def _claim_spans(claims: Sequence[Mapping[str, Any]]) -> list[tuple[int, int, str]]:
    """``(start, end, id)`` of each claim's content, sorted by start."""
    spans = []
    for claim in claims:
        content = claim.get("content") or {}
        start, end = content.get("start"), content.get("end")
        if start is None or end is None or claim.get("id") is None:
            continue
        spans.append((int(start), int(end), str(claim["id"])))
    spans.sort()
    return spans


# --------------------------------------------------------------------------- tables

#: Columns of :func:`events_table` with their pandas dtypes.
EVENT_COLUMNS: dict[str, str] = {
    "id": "string",
    "sentence": "Int64",
    "trigger": "string",
    "lemma": "string",
    "text": "string",
    "event_type": "string",
    "sub_event_type": "string",
    "time_value": "string",
    "time_begin": "string",
    "time_end": "string",
    "time_how": "string",
    "timex_id": "string",
    "agent": "string",
    "patient": "string",
    "place": "string",
    "claimed_by": "string",
    "start": "Int64",
    "end": "Int64",
}

#: Columns of :func:`acled_table` (ACLED's names where ACLED has the field).
ACLED_COLUMNS: dict[str, str] = {
    "event_id": "string",
    "event_date": "string",
    "event_type": "string",
    "sub_event_type": "string",
    "actor1": "string",
    "actor2": "string",
    "location": "string",
    "latitude": "Float64",
    "longitude": "Float64",
    "geo_precision": "Int64",
    "time_precision": "Int64",
    "source": "string",
    "claimed_by": "string",
    "notes": "string",
}


def event_dates(time: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """First and last calendar day (ISO) an event's ``time`` covers, or ``(None, None)``.

    An interval gives its ends; a value gives the day, or the month/year's first and last
    day ("2017-06" -> 2017-06-01 .. 2017-06-30).
    """
    interval = time.get("interval")
    if interval and len(interval) == 2:
        begin, _ = _iso_bounds(str(interval[0]))
        _, end = _iso_bounds(str(interval[1]))
        if begin and end:
            return begin, end
    return _iso_bounds(str(time.get("value") or ""))


def _iso_bounds(value: str) -> tuple[str | None, str | None]:
    match = _ISO_START.match(value)
    if not match:
        return None, None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None:
            return dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()
        if day is None:
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return dt.date(year, month, 1).isoformat(), (nxt - dt.timedelta(days=1)).isoformat()
        day_iso = dt.date(year, month, day).isoformat()
    except ValueError:
        return None, None
    return day_iso, day_iso


def _actor_text(
    event: Mapping[str, Any], role: str, names: Mapping[str, str] | None = None
) -> str | None:
    parts = []
    for actor in event.get("actors", []):
        if actor.get("role") != role:
            continue
        name = (names or {}).get(str(actor.get("entity"))) if actor.get("entity") else None
        parts.append(name or actor["text"])
    return "; ".join(dict.fromkeys(parts)) or None


def events_table(events: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """One row per event: trigger, type, time (value, span, how), actors, place, claim."""
    import pandas as pd  # imported on use: keeps `import fivews` fast

    rows = []
    for ev in events:
        time = ev.get("time", {})
        begin, end = event_dates(time)
        rows.append(
            {
                "id": ev["id"],
                "sentence": ev.get("sentence"),
                "trigger": ev["trigger"]["text"],
                "lemma": ev["trigger"]["lemma"],
                "text": ev["text"],
                "event_type": ev.get("event_type"),
                "sub_event_type": ev.get("sub_event_type"),
                "time_value": time.get("value"),
                "time_begin": begin,
                "time_end": end,
                "time_how": time.get("how"),
                "timex_id": time.get("timex_id"),
                "agent": _actor_text(ev, "agent"),
                "patient": _actor_text(ev, "patient"),
                "place": (ev.get("place") or {}).get("text"),
                "claimed_by": ev.get("claimed_by"),
                "start": ev["start"],
                "end": ev["end"],
            }
        )
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS)).astype(EVENT_COLUMNS)


def time_precision(time: Mapping[str, Any]) -> int | None:
    """ACLED's time precision: 1 a known day, 2 within a week, 3 a longer span; None if undated.

    A day that was only inherited from the previous event is precision 2; the publication
    date (the event merely happened by then) is precision 3.
    """
    begin, end = event_dates(time)
    if begin is None or end is None:
        return None
    how = time.get("how")
    if how == "publication":
        return 3
    days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(begin)).days
    if days == 0:
        return 1 if how in ("explicit", "sentence") else 2
    return 2 if days <= 7 else 3


def acled_table(
    events: Sequence[Mapping[str, Any]],
    entities: Sequence[Mapping[str, Any]] | None = None,
    claims: Sequence[Mapping[str, Any]] | None = None,
    *,
    source: str | None = None,
    sentences: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Events as rows in ACLED-like fields.

    Args:
        events: ``doc._.events``.
        entities: ``doc._.entities`` (names for actors; lat/lon for places), may be empty.
        claims: ``doc._.claims``; an event inside a claim gets the claim's source.
        source: the outlet, used when the event is in the reporter's own voice.
        sentences: the doc's sentence texts (``[s.text for s in doc.sents]``) for
            ``notes``; without them ``notes`` is the event's clause.

    ``event_date`` is the first day the event's time covers; ``time_precision`` says how
    exact it is (see :func:`time_precision`). ``geo_precision`` is 1 for a town-like place
    (GPE/FAC) with coordinates, 2 for a region, river or other LOC, None without
    coordinates.
    """
    import pandas as pd  # imported on use: keeps `import fivews` fast

    by_id = {str(e.get("id")): e for e in entities or []}
    names = {k: str(e.get("name") or "") for k, e in by_id.items() if e.get("name")}
    claim_source = {
        str(c.get("id")): str((c.get("source") or {}).get("text") or "") for c in claims or []
    }
    rows = []
    for ev in events:
        time = ev.get("time", {})
        place = ev.get("place") or {}
        ent = by_id.get(str(place.get("entity"))) if place.get("entity") else None
        lat = ent.get("lat") if ent else None
        lon = ent.get("lon") if ent else None
        geo = None
        if lat is not None and lon is not None:
            geo = 1 if str(ent.get("label")) in ("GPE", "FAC") else 2
        claim = ev.get("claimed_by")
        sentence = ev.get("sentence")
        notes = ev["text"]
        if sentences is not None and sentence is not None and 0 <= sentence < len(sentences):
            notes = sentences[sentence].strip()
        rows.append(
            {
                "event_id": ev["id"],
                "event_date": event_dates(time)[0],
                "event_type": ev.get("event_type"),
                "sub_event_type": ev.get("sub_event_type"),
                "actor1": _actor_text(ev, "agent", names),
                "actor2": _actor_text(ev, "patient", names),
                "location": place.get("text")
                or (names.get(str(place.get("entity"))) if place else None),
                "latitude": lat,
                "longitude": lon,
                "geo_precision": geo,
                "time_precision": time_precision(time),
                "source": (claim_source.get(str(claim)) if claim else None) or source,
                "claimed_by": claim,
                "notes": notes,
            }
        )
    return pd.DataFrame(rows, columns=list(ACLED_COLUMNS)).astype(ACLED_COLUMNS)


#: File suffixes :func:`export_events` writes.
EXPORT_FORMATS: tuple[str, ...] = (".csv", ".parquet", ".pq")


def export_events(df: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write an events table as CSV or Parquet (by suffix), atomically; return the path.

    The file is written to a temporary file in the same folder and moved into place with
    ``os.replace``, so a reader never sees half a file.

    Raises:
        ValueError: the suffix is not one of :data:`EXPORT_FORMATS`.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise ValueError(
            f"cannot export events to {target.name!r}: use a .csv, .parquet or .pq file name"
        )
    with atomic_path(target) as tmp:
        if suffix == ".csv":
            df.to_csv(tmp, index=False)
        else:
            df.to_parquet(tmp, index=False, engine="pyarrow")
    return target


def read_events(
    path: str | os.PathLike[str], columns: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Read a table written by :func:`export_events` back with its dtypes.

    Args:
        path: a ``.csv`` or ``.parquet``/``.pq`` file.
        columns: column -> dtype to restore for CSV (default: ACLED or events columns,
            whichever matches the header).
    """
    import pandas as pd  # imported on use: keeps `import fivews` fast

    target = Path(path)
    if target.suffix.lower() == ".csv":
        df = pd.read_csv(target, dtype=str, keep_default_na=False, na_values=[""])
        if columns is None:
            columns = ACLED_COLUMNS if list(df.columns) == list(ACLED_COLUMNS) else EVENT_COLUMNS
        dtypes = {c: t for c, t in columns.items() if c in df.columns}
        for col, dtype in dtypes.items():
            if dtype in ("Int64", "Float64"):
                df[col] = pd.to_numeric(df[col])
        return df.astype(dtypes)
    return pd.read_parquet(target, engine="pyarrow")
