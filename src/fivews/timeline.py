"""When: TIMEX3 time expressions resolved against the publication date (issue 4).

PLACEHOLDER: sets an empty result until its issue lands.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)


@Language.factory("fivews_timexes")
def make_fivews_timexes(nlp: Language, name: str) -> TimexTagger:
    """spaCy factory for :class:`TimexTagger`."""
    return TimexTagger()


class TimexTagger:
    """Placeholder component."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = []
        return doc
