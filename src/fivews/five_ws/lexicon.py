"""The word lists and label sets the five Ws rules depend on.

The layer's own word lists (light verbs, dependency labels read as object, complement or
phrase end, place nouns, causal clause markers, time words, addressee verbs) are read
from ``data/five_ws_lexicon.json``; the lists several layers share come from
:mod:`fivews.lexicon`: the reporting verbs (``reporting_verbs.json``, those marked for
``five_ws``), the prepositions of where, when, why and how (``prepositions.json``), and
the month and weekday names that are time words. All of it is gathered into a
:class:`FiveWsLexicon`. The entity-label and punctuation sets that do not change with the
language variety are constants here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from fivews import lexicon as shared
from fivews.lexicon import LexiconDir

#: The layer's lexicon file (in ``data/``, or in the component's ``lexicon_dir``).
LEXICON_FILE = "five_ws_lexicon.json"

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
    """Word lists the rules depend on (see the module docstring for where each comes from)."""

    #: Verbs of saying (``reporting_verbs.json``, layer ``five_ws``): the main event is
    #: who is doing, not who is saying.
    reporting_verbs: frozenset[str]
    #: Light or stative verbs that rarely carry the main event on their own.
    weak_verbs: frozenset[str]
    #: Dependency labels read as an object of the verb.
    object_deps: frozenset[str]
    #: Dependency labels read as a clausal complement of the verb.
    complement_deps: frozenset[str]
    #: Modifiers after a phrase's head that end a short phrase.
    cut_deps: frozenset[str]
    #: Prepositions whose object is read as the event's place (use ``where``).
    locative_prepositions: frozenset[str]
    #: Nouns that extend a place name ("Kunduz province").
    place_heads: frozenset[str]
    #: Clause markers of a cause ("because", "after").
    causal_marks: frozenset[str]
    #: Prepositions (and multi-word starts) of a cause (use ``why``).
    causal_prepositions: frozenset[str]
    #: Prepositions of manner or instrument (use ``how``).
    manner_prepositions: frozenset[str]
    #: Words that make a preposition phrase temporal: the file's list, months, weekdays.
    time_words: frozenset[str]
    #: Prepositions that, with a time word, make a phrase temporal (use ``when``).
    temporal_prepositions: frozenset[str]
    #: Reporting verbs whose object is the person told ("told reporters").
    addressee_verbs: frozenset[str]
    #: Prepositions of a direction ("to", "toward"): their object is where someone goes,
    #: weaker evidence of the event's scene than "in" or "at".
    directional_prepositions: frozenset[str] = frozenset()
    #: Words of political affiliation ("Republican", "GOP"): never a place name.
    affiliation_words: frozenset[str] = frozenset()
    #: Adjectives that after a copula tell what happened ("a man is dead"): no light verb.
    outcome_states: frozenset[str] = frozenset()

    @classmethod
    def from_dir(cls, lexicon_dir: LexiconDir = None) -> FiveWsLexicon:
        """Read the lexicon from ``lexicon_dir`` (files it lacks come from the package)."""
        data = shared.load_json(LEXICON_FILE, lexicon_dir)
        own = {
            name: frozenset(data[name])
            for name in (
                "weak_verbs",
                "object_deps",
                "complement_deps",
                "cut_deps",
                "place_heads",
                "causal_marks",
                "addressee_verbs",
            )
        }
        return cls(
            **own,
            directional_prepositions=frozenset(data.get("directional_prepositions", ())),
            affiliation_words=frozenset(data.get("affiliation_words", ())),
            outcome_states=frozenset(data.get("outcome_states", ())),
            reporting_verbs=shared.reporting_verbs("five_ws", lexicon_dir),
            locative_prepositions=shared.prepositions("where", lexicon_dir),
            causal_prepositions=shared.prepositions("why", lexicon_dir),
            manner_prepositions=shared.prepositions("how", lexicon_dir),
            temporal_prepositions=shared.prepositions("when", lexicon_dir),
            time_words=frozenset(data["time_words"]) | set(shared.MONTHS) | set(shared.WEEKDAYS),
        )


@functools.lru_cache(maxsize=4)
def load_lexicon(lexicon_dir: LexiconDir = None) -> FiveWsLexicon:
    """Load (once) the lexicon from ``lexicon_dir``, default the package's ``data/``."""
    return FiveWsLexicon.from_dir(lexicon_dir)
