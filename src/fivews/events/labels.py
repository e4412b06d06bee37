"""Which dependency and entity labels the event rules read as object, name or place.

The rules in :mod:`~fivews.events.detect`, :mod:`~fivews.events.clauses` and
:mod:`~fivews.events.arguments` are written in terms of these sets (spaCy's English
dependency labels, ClearNLP style; OntoNotes entity labels). The subject labels are
shared with the other layers: :mod:`fivews.syntax`.
"""

from __future__ import annotations

#: Dependency labels of the objects of a verb (patients).
OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "obj", "dative"})
#: Modifiers that belong to a noun phrase's name ("the U.S.-backed Northern Alliance").
NAME_DEPS: frozenset[str] = frozenset(
    {"compound", "amod", "nmod", "poss", "case", "nummod", "quantmod", "npadvmod", "flat"}
)
#: Dependency labels of a place word used as a modifier, not as a place ("U.S.-backed").
MODIFIER_DEPS: frozenset[str] = frozenset({"amod", "npadvmod", "advmod"})
#: Entity labels that can be an event's place.
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
