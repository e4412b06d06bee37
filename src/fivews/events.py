"""What: event records anchored in time and place (issues 4 and 6).

PLACEHOLDER: sets an empty result until its issue lands.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)


@Language.factory("fivews_events")
def make_fivews_events(nlp: Language, name: str) -> EventExtractor:
    """spaCy factory for :class:`EventExtractor`."""
    return EventExtractor()


class EventExtractor:
    """Placeholder component."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc
