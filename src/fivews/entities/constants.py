"""Label sets, thresholds and name shapes the entity rules share."""

from __future__ import annotations

import re

#: Entity labels fivews keeps: actors (who) and places (where).
ACTOR_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})

#: Labels of places, geocoded and drawn on the map.
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})

#: Preference when mentions of one entity disagree on the label and the vote ties.
LABEL_PRIORITY: tuple[str, ...] = ("PERSON", "GPE", "ORG", "LOC", "FAC", "NORP")

#: Possessive clitics stripped from the end of a mention.
POSSESSIVES: tuple[str, ...] = ("’s", "'s", "’", "'")

#: Block kinds whose title case makes spaCy see names everywhere.
TITLE_CASE_KINDS: frozenset[str] = frozenset({"headline", "subhead"})

#: Function words skipped when computing a name's initials.
INITIALS_SKIP: frozenset[str] = frozenset(
    {"of", "for", "the", "and", "de", "du", "des", "la", "le", "on", "in", "to", "&"}
)

#: Minimum ``fuzz.ratio`` between transliteration-normalised place keys to merge them.
PLACE_FUZZY_CUTOFF: float = 88.0

#: Below this geocoding confidence an entity gets no coordinates.
MIN_GEO_CONFIDENCE: float = 0.3

#: A name glued to a participle: "U.S.-backed", "Kurdish-led", "Britain-based".
GLUED_NAME = re.compile(r"^(?P<name>[A-Z][A-Za-z.]*[A-Za-z.])-(?P<rest>[a-z]+)$")

#: Generational suffixes ignored when comparing person names ("Marcos Jr." = "Marcos").
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: Acronym: 2-6 capitals, dots allowed ("SDF", "U.N.").
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")


def label_rank(label: str) -> int:
    """Position of ``label`` in :data:`LABEL_PRIORITY` (unknown labels last)."""
    return LABEL_PRIORITY.index(label) if label in LABEL_PRIORITY else len(LABEL_PRIORITY)
