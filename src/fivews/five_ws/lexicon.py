"""The word lists and label sets the five Ws rules depend on.

The word lists (reporting verbs, light verbs, dependency labels read as subject or
object, locative, causal and manner prepositions, time words) are read from
``data/five_ws_lexicon.json`` into a :class:`FiveWsLexicon`; the entity-label and
punctuation sets that do not change with the language variety are constants here.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

#: The lexicon file shipped with the package.
LEXICON_FILE = Path(__file__).parent.parent / "data" / "five_ws_lexicon.json"

#: Entity labels that can be a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels that can be an actor.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC", "PRODUCT", "EVENT"})
#: Punctuation that ends a short phrase after its head.
CUT_PUNCT = frozenset({",", ";", ":", "—", "–", "(", "--", "\u201c", "\u201d", '"'})
#: Pronouns resolved to an antecedent (personal ones) or penalised as subjects.
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
#: Clause labels under which a verb is background, never the main event.
BACKGROUND_DEPS = frozenset({"relcl", "acl", "amod", "pcomp", "csubj", "csubjpass", "prep", "pobj"})


@dataclass(frozen=True)
class FiveWsLexicon:
    """Word lists the rules depend on (see ``data/five_ws_lexicon.json``)."""

    reporting_verbs: frozenset[str]
    weak_verbs: frozenset[str]
    subject_deps: frozenset[str]
    object_deps: frozenset[str]
    complement_deps: frozenset[str]
    cut_deps: frozenset[str]
    locative_prepositions: frozenset[str]
    place_heads: frozenset[str]
    purpose_marks: frozenset[str]
    causal_marks: frozenset[str]
    causal_prepositions: frozenset[str]
    manner_prepositions: frozenset[str]
    time_words: frozenset[str]
    temporal_prepositions: frozenset[str]
    addressee_verbs: frozenset[str]

    @classmethod
    def from_file(cls, path: str | Path) -> FiveWsLexicon:
        """Read a lexicon JSON file with one list per field."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(**{name: frozenset(data[name]) for name in cls.__dataclass_fields__})


@functools.lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> FiveWsLexicon:
    """Load (once) the lexicon at ``path``, default :data:`LEXICON_FILE`."""
    return FiveWsLexicon.from_file(path or LEXICON_FILE)
