"""One story, many articles: questions asked of a linked corpus.

The tables come from a corpus run with cross-article linking
(:func:`fivews.linking.link_corpus`, or ``fivews analyze CORPUS.jsonl --link``): every
entity has a ``corpus_id`` and every event a ``corpus_event_id`` shared by the articles
that report it. This package reads them:

* :func:`actor_timeline` — one entity's events across the corpus, in time order, each with
  its date and how it was found, the articles that report it and the sentence
  (:mod:`fivews.story.timeline`);
* :func:`disagreements` — the numbers, dates, places and sources on which articles
  reporting one event differ, both sentences as evidence (:func:`shared_reports` puts the
  reports side by side); :func:`only_in_one` — what a
  single article reports about actors the corpus follows (:mod:`fivews.story.differences`);
* :func:`presence` — the entity × month matrix of articles naming the most-named entities
  (:mod:`fivews.story.presence`).

Every function raises :class:`NotLinkedError` with what to run when the tables are not
linked, and works on any corpus: nothing in it names an article, a person or a place.
"""

from fivews.story.differences import (
    disagreement_counts,
    disagreements,
    only_in_one,
    shared_reports,
)
from fivews.story.presence import appearances, presence, top_entities
from fivews.story.reports import NotLinkedError, event_reports, resolve_entity
from fivews.story.timeline import actor_timeline, most_reported

__all__ = [
    "NotLinkedError",
    "actor_timeline",
    "appearances",
    "disagreement_counts",
    "disagreements",
    "event_reports",
    "most_reported",
    "only_in_one",
    "presence",
    "resolve_entity",
    "shared_reports",
    "top_entities",
]
