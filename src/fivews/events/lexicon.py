"""The word lists and the ACLED-like type map the event rules read, loaded from data files.

:class:`EventLexicon` holds ``data/event_lexicon.json`` (light, aspectual and support
verbs, event nouns, hypothetical auxiliaries and marks…) with the shared tables it
draws on: the reporting verbs the events layer reads (``data/reporting_verbs.json``)
and the prepositions of before/after and of place (``data/prepositions.json``);
:class:`EventTypeMap` holds ``data/event_types.json`` (trigger lemma -> ACLED-like
``(event_type, sub_event_type)``, refined by who acts on whom). Both are read through
:mod:`fivews.lexicon`, so a ``lexicon_dir`` can replace any of the files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fivews import lexicon as shared
from fivews.lexicon import LexiconDir

if TYPE_CHECKING:
    from spacy.tokens import Token

    from fivews.structure import DocReader

#: The events layer's own word lists.
LEXICON_FILE = "event_lexicon.json"
#: The trigger lemma -> ACLED-like type map.
TYPES_FILE = "event_types.json"


@dataclass(frozen=True)
class EventLexicon:
    """Word lists the event rules depend on (see ``data/event_lexicon.json``).

    ``reporting_verbs`` are the verbs of ``reporting_verbs.json`` marked for the events
    layer; ``temporal_prepositions`` the ``before_after`` and ``place_prepositions`` the
    ``place`` prepositions of ``prepositions.json``.
    """

    non_event_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    aspectual_verbs: frozenset[str]
    support_verbs: frozenset[str]
    event_nouns: frozenset[str]
    temporal_prepositions: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    hypothetical_marks: frozenset[str]
    place_prepositions: frozenset[str]
    idiom_objects: frozenset[str]
    negating_verbs: frozenset[str]
    relational_objects: frozenset[str]
    experiencer_verbs: frozenset[str]
    partitive_nouns: frozenset[str]
    class_nouns: Mapping[str, str]

    @classmethod
    def load(cls, lexicon_dir: LexiconDir = None) -> EventLexicon:
        """The lexicon from ``lexicon_dir``'s files (default and fallback: the package's)."""
        raw = shared.load_json(LEXICON_FILE, lexicon_dir)
        lists = {
            "reporting_verbs": shared.reporting_verbs("events", lexicon_dir),
            "temporal_prepositions": shared.prepositions("before_after", lexicon_dir),
            "place_prepositions": shared.prepositions("place", lexicon_dir),
        }
        for name in cls.__dataclass_fields__:
            if name == "class_nouns":
                continue
            if name not in lists:
                lists[name] = frozenset(w.lower() for w in raw[name])
        class_nouns = {str(k).lower(): str(v) for k, v in raw["class_nouns"].items()}
        return cls(**lists, class_nouns=class_nouns)

    def is_event_noun(self, tok: Token) -> bool:
        """Whether ``tok`` is a noun that names an event ("offensive", "airstrike")."""
        return tok.pos_ in ("NOUN", "PROPN") and (
            tok.lemma_.lower() in self.event_nouns or tok.lower_ in self.event_nouns
        )

    def is_event_noun_at(self, reader: DocReader, i: int) -> bool:
        """:meth:`is_event_noun` for token ``i``, read from the reader's token columns."""
        nouns = self.event_nouns
        return reader.pos[i] in ("NOUN", "PROPN") and (
            reader.lemma[i] in nouns or reader.lower[i] in nouns
        )


@dataclass(frozen=True)
class EventTypeMap:
    """ACLED-like (event_type, sub_event_type) for trigger lemmas (``data/event_types.json``)."""

    types: Mapping[str, tuple[str, str]]
    conditional: Mapping[str, Mapping[str, tuple[str, str]]]
    generic_triggers: frozenset[str]
    state_actor_markers: tuple[str, ...]
    civilian_markers: tuple[str, ...]

    @classmethod
    def load(cls, lexicon_dir: LexiconDir = None) -> EventTypeMap:
        """The mapping from ``lexicon_dir``'s file (default and fallback: the package's)."""
        raw = shared.load_json(TYPES_FILE, lexicon_dir)
        return cls(
            types={k: (v[0], v[1]) for k, v in raw["types"].items()},
            conditional={
                k: {cond: (v[0], v[1]) for cond, v in conds.items()}
                for k, conds in raw["conditional"].items()
            },
            generic_triggers=frozenset(raw["generic_triggers"]),
            state_actor_markers=tuple(raw["state_actor_markers"]),
            civilian_markers=tuple(raw["civilian_markers"]),
        )

    def classify(
        self, lemmas: Sequence[str], agent_text: str = "", patient_text: str = ""
    ) -> tuple[str, str]:
        """Return ``(event_type, sub_event_type)`` for the first typed lemma, else Other.

        Args:
            lemmas: candidate lemmas, most specific first (trigger, its typed modifiers…).
            agent_text: the agent phrase; a state force refines capture verbs.
            patient_text: the patient phrase; civilians refine attack verbs.
        """
        for lemma in lemmas:
            if lemma not in self.types:
                continue
            conds = self.conditional.get(lemma, {})
            if "state_agent" in conds and _has_marker(agent_text, self.state_actor_markers):
                return conds["state_agent"]
            if "civilian_patient" in conds and _has_marker(patient_text, self.civilian_markers):
                return conds["civilian_patient"]
            return self.types[lemma]
        return ("Other", "Other")


def _has_marker(text: str, markers: Iterable[str]) -> bool:
    """Whether ``text`` contains one of ``markers`` as a whole word or phrase."""
    low = f" {re.sub(r'[^a-z-]+', ' ', text.lower())} "
    return any(f" {m} " in low for m in markers)
