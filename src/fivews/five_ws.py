"""The five Ws of the article's main event (issue 6).

PLACEHOLDER: sets an empty result until its issue lands.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("main_event"):
    Doc.set_extension("main_event", default=None)


@Language.factory("fivews_five_ws")
def make_fivews_five_ws(nlp: Language, name: str) -> MainEventFinder:
    """spaCy factory for :class:`MainEventFinder`."""
    return MainEventFinder()


class MainEventFinder:
    """Placeholder component."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.main_event = {}
        return doc
