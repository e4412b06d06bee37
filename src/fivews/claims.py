"""According to whom: attributed claims, stance, hedges, numbers, contradictions (issue 5).

PLACEHOLDER: sets an empty result until its issue lands.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


@Language.factory("fivews_claims")
def make_fivews_claims(nlp: Language, name: str) -> ClaimExtractor:
    """spaCy factory for :class:`ClaimExtractor`."""
    return ClaimExtractor()


class ClaimExtractor:
    """Placeholder component."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = []
        return doc
