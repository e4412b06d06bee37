"""Linking across articles: the same person, organisation, place or event given one id
in every article of a corpus.

:func:`link_corpus` takes the tables of a corpus run (:func:`fivews.corpus.read_corpus_tables`)
and returns them with ``entities.corpus_id`` and ``events.corpus_event_id`` added, and two
corpus-level tables:

``corpus_entities``
    ``corpus_id``, ``name`` (the most used name), ``label``, ``aliases`` (the other names),
    ``articles``, ``mentions``, ``first_seen`` and ``last_seen`` (publication days).
``corpus_events``
    ``corpus_event_id``, ``text`` (the first report's clause), ``trigger_lemma``,
    ``actors`` (corpus ids), ``doc_ids``, ``articles``, ``first_date``, ``last_date``.

One module per step: :mod:`~fivews.linking.keys` (names as normalised keys),
:mod:`~fivews.linking.entities` (the incremental entity linker),
:mod:`~fivews.linking.events` (the event linker, blocked by kind, actor and date),
:mod:`~fivews.linking.linker` (both, one article at a time, and the corpus tables),
:mod:`~fivews.linking.tables` (corpus-run tables in, linked tables out) and
:mod:`~fivews.linking.store` (the linked tables of a corpus run on disk).

No library covered this: cross-document coreference systems compare mentions pairwise
with learned models; here the article's own merges (fivews.entities) are joined through
hash indexes of name keys, so linking is one pass with memory bounded by the names.
"""

from fivews.errors import LinkWarning
from fivews.linking.entities import CorpusEntity, EntityLinker, EntityRecord
from fivews.linking.events import CorpusEvent, EventLinker, EventRecord
from fivews.linking.keys import EntityKeys, compatible, entity_keys, label_class, org_key
from fivews.linking.linker import (
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    ArticleLinks,
    Linker,
    corpus_entity_id,
    corpus_event_id,
)
from fivews.linking.tables import entity_record, event_record, link_corpus

__all__ = [
    "ENTITY_COLUMNS",
    "EVENT_COLUMNS",
    "ArticleLinks",
    "CorpusEntity",
    "CorpusEvent",
    "EntityKeys",
    "EntityLinker",
    "EntityRecord",
    "EventLinker",
    "EventRecord",
    "LinkWarning",
    "Linker",
    "compatible",
    "corpus_entity_id",
    "corpus_event_id",
    "entity_keys",
    "entity_record",
    "event_record",
    "label_class",
    "link_corpus",
    "org_key",
]
