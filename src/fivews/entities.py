"""Who and where: entity mentions merged into actors, with roles and places (issue 3).

PLACEHOLDER: sets an empty result until its issue lands.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)


@Language.factory("fivews_entity_ruler")
def make_fivews_entity_ruler(nlp: Language, name: str) -> EntityRuler:
    """spaCy factory for :class:`EntityRuler`."""
    return EntityRuler()


class EntityRuler:
    """Placeholder component."""

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("fivews_entities")
def make_fivews_entities(nlp: Language, name: str) -> EntityMerger:
    """spaCy factory for :class:`EntityMerger`."""
    return EntityMerger()


class EntityMerger:
    """Placeholder component."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = []
        return doc
