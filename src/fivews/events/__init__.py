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
   owns "said", "told"…; ``data/reporting_verbs.json``) nor a light/stative verb ("be",
   "have", "seem"…; ``data/event_lexicon.json``). A light verb becomes eventive when it
   carries a nominal event ("launched an offensive", "witnessed a bombing campaign"); an
   aspectual verb takes its nominal subject as trigger ("the offensive began").
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

Where each step lives: :mod:`.detect` (rules 1, 2 and 4), :mod:`.clauses` (2 and 3, and
clause ownership), :mod:`.anchor` (5, on the timexes of :mod:`.timexes`),
:mod:`.arguments` (6), :mod:`.classify` (7), :mod:`.assemble` (the records, in text
order), all on the Doc's :class:`~fivews.structure.DocReader` (token columns, and the
entities, timexes and claims layers); :mod:`.tables` (tables).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from fivews.events.anchor import HEADING_KINDS, HOW_ORDER, OFFSET_SIGN
from fivews.events.arguments import NOMINAL_PLACE_PREPOSITIONS
from fivews.events.assemble import assemble_events
from fivews.events.dates import event_dates
from fivews.events.detect import RELATION_OF_PREPOSITION, find_candidates
from fivews.events.labels import MODIFIER_DEPS, NAME_DEPS, OBJECT_DEPS, PLACE_LABELS
from fivews.events.lexicon import EventLexicon, EventTypeMap
from fivews.events.records import Event
from fivews.events.tables import (
    ACLED_COLUMNS,
    EVENT_COLUMNS,
    EXPORT_FORMATS,
    acled_table,
    events_table,
    export_events,
    read_events,
    time_precision,
)
from fivews.events.timexes import ANCHOR_TYPES, TYPE_RANK
from fivews.structure import CONTENT_KINDS, reading

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

__all__ = [
    "ACLED_COLUMNS",
    "ANCHOR_TYPES",
    "EVENT_COLUMNS",
    "EXPORT_FORMATS",
    "HEADING_KINDS",
    "HOW_ORDER",
    "MODIFIER_DEPS",
    "NAME_DEPS",
    "NOMINAL_PLACE_PREPOSITIONS",
    "OBJECT_DEPS",
    "OFFSET_SIGN",
    "PLACE_LABELS",
    "RELATION_OF_PREPOSITION",
    "TYPE_RANK",
    "EventExtractor",
    "EventLexicon",
    "EventTypeMap",
    "acled_table",
    "event_dates",
    "events_table",
    "export_events",
    "make_fivews_events",
    "read_events",
    "time_precision",
]


@Language.factory(
    "fivews_events",
    assigns=["doc._.events"],
    requires=[
        "doc._.blocks",
        "doc.sents",
        "token.dep",
        "token.head",
        "token.tag",
        "token.lemma",
        "doc.ents",
        # Also read: doc._.published, set by the caller (fivews.analysis), not a component.
        "doc._.entities",
        "doc._.timexes",
        "doc._.claims",
    ],
    default_config={
        "lexicon_dir": None,
        "block_kinds": sorted(CONTENT_KINDS),
        "keep_hypothetical": False,
    },
)
def make_fivews_events(
    nlp: Language,
    name: str,
    lexicon_dir: str | None,
    block_kinds: list[str],
    keep_hypothetical: bool,
) -> EventExtractor:
    """spaCy factory for :class:`EventExtractor`.

    Args:
        lexicon_dir: a folder whose data files (``event_lexicon.json``,
            ``event_types.json``, ``reporting_verbs.json``, ``prepositions.json``) replace
            the package's; a file it lacks comes from the package (see :mod:`fivews.lexicon`).
        block_kinds: block kinds whose sentences are read (default all content kinds).
        keep_hypothetical: also emit negated and hypothetical clauses (default False).
    """
    return EventExtractor(
        EventLexicon.load(lexicon_dir),
        EventTypeMap.load(lexicon_dir),
        frozenset(block_kinds),
        keep_hypothetical,
    )


class EventExtractor:
    """Find event clauses and nominal events; anchor them in time, actors and place."""

    def __init__(
        self,
        lexicon: EventLexicon | None = None,
        types: EventTypeMap | None = None,
        block_kinds: frozenset[str] = CONTENT_KINDS,
        keep_hypothetical: bool = False,
    ) -> None:
        self.lexicon = lexicon or EventLexicon.load()
        self.types = types or EventTypeMap.load()
        self.block_kinds = block_kinds
        self.keep_hypothetical = keep_hypothetical

    def __call__(self, doc: Doc) -> Doc:
        """Find the events of ``doc`` and store them on ``doc._.events``."""
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Event]:
        """Return the event dicts of ``doc`` without changing it."""
        with reading(doc) as reader:
            candidates = find_candidates(
                reader, self.lexicon, self.block_kinds, self.keep_hypothetical
            )
            return assemble_events(reader, candidates, self.lexicon, self.types)

    def set_annotations(self, doc: Doc, events: list[Event]) -> None:
        """Store the event dicts on ``doc._.events``."""
        doc._.events = events
