"""The word lists and the ACLED-like type map the event rules read, loaded from data files.

:class:`EventLexicon` holds ``data/event_lexicon.json`` (reporting, light, aspectual and
support verbs, event nouns, hypothetical auxiliaries and marks, place prepositions…);
:class:`EventTypeMap` holds ``data/event_types.json`` (trigger lemma -> ACLED-like
``(event_type, sub_event_type)``, refined by who acts on whom).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

    from fivews.events.parse import DocParse


@dataclass(frozen=True)
class EventLexicon:
    """Word lists the event rules depend on (see ``data/event_lexicon.json``)."""

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

    @classmethod
    def from_file(cls, path: str | os.PathLike[str] | None = None) -> EventLexicon:
        """Load the lexicon from ``path`` (default: the packaged file)."""
        raw = _read_json(path, "event_lexicon.json")
        return cls(
            **{name: frozenset(w.lower() for w in raw[name]) for name in cls.__dataclass_fields__}
        )

    def is_event_noun(self, tok: Token) -> bool:
        """Whether ``tok`` is a noun that names an event ("offensive", "airstrike")."""
        return tok.pos_ in ("NOUN", "PROPN") and (
            tok.lemma_.lower() in self.event_nouns or tok.lower_ in self.event_nouns
        )

    def is_event_noun_at(self, parse: DocParse, i: int) -> bool:
        """:meth:`is_event_noun` for token ``i``, read from the per-Doc token columns."""
        nouns = self.event_nouns
        return parse.pos[i] in ("NOUN", "PROPN") and (
            parse.lemma[i] in nouns or parse.lower[i] in nouns
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
    def from_file(cls, path: str | os.PathLike[str] | None = None) -> EventTypeMap:
        """Load the mapping from ``path`` (default: the packaged file)."""
        raw = _read_json(path, "event_types.json")
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


def _read_json(path: str | os.PathLike[str] | None, default_name: str) -> dict[str, Any]:
    """The JSON file at ``path``, else the packaged ``data/<default_name>``."""
    if path:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    return json.loads(resources.files("fivews").joinpath("data", default_name).read_text("utf-8"))


@lru_cache(maxsize=1)
def default_lexicon() -> EventLexicon:
    """The packaged :class:`EventLexicon`, loaded once."""
    return EventLexicon.from_file()


@lru_cache(maxsize=1)
def default_type_map() -> EventTypeMap:
    """The packaged :class:`EventTypeMap`, loaded once."""
    return EventTypeMap.from_file()
