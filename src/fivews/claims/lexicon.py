"""The claim lexicons from ``data/``, loaded once, and a phrase look-up over them.

:func:`load_lexicon` reads the claims layer's reporting verbs and their stances
(:func:`fivews.lexicon.reporting_verbs`, :func:`fivews.lexicon.verb_stances`), and
``claim_speakers.json``, ``claim_hedges.json``, ``claim_contradictions.json``,
``claim_units.json`` and ``claim_sources.json`` (:mod:`.grouping`) through
:func:`fivews.lexicon.load_json` into one :class:`ClaimLexicon`; :func:`_match_phrases`
finds its multi-word phrases in a list of lower-cased words.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.strings import get_string_id

from fivews.claims.grouping import SourceLexicon, load_source_lexicon
from fivews.lexicon import (
    REPORTING_VERBS_FILE,
    LexiconDir,
    data_file,
    load_json,
    reporting_verbs,
    verb_stances,
)

#: pint definitions of the units in ``claim_units.json`` (lines copied from pint's own
#: ``default_en.txt``): a registry of ~40 units loads in ~50 ms, pint's full one in ~0.5 s.
UNIT_DEFINITIONS = "claim_units_pint.txt"


@dataclass(frozen=True)
class ClaimLexicon:
    """Everything the component reads from ``data/``: cues, speakers, hedges, units."""

    verbs: dict[str, str]
    phrasal_heads: frozenset[str]  # the verb of phrasal cues ("point" for "point out")
    phrases: dict[str, str]
    object_content: frozenset[str]
    lemma_fixes: dict[str, str]  # "hoped" -> "hope" (the model says "hop")
    no_infinitive_content: frozenset[str]  # "asked not to be named": a request
    evidence_verbs: frozenset[str]  # "the poll found": only with a speaker or document subject
    naming_verbs: frozenset[str]  # "called the plan a disaster": object + what it is called
    prep_content: dict[str, frozenset[str]]  # "called for a ban": the statement is the pobj
    quantifier_subjects: frozenset[str]  # "one in three said", "most said"
    title_abbreviations: frozenset[str]  # "Ms." ends no sentence
    document_nouns: frozenset[str]  # "in a new poll, X": documents that state something
    colon_labels: frozenset[str]  # "Update:", "Editor's note:": no speaker before the colon
    person_nouns: frozenset[str]
    group_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    generic_org_nouns: frozenset[str]
    hedges: dict[str, tuple[tuple[str, ...], ...]]
    hedge_index: dict[str, PhraseIndex]  # ``hedges`` by first word, for _match_phrases
    hedge_first_ids: frozenset[int]  # spaCy's hashes of those first words (see find_hedges)
    bounds: dict[str, str]
    contrast_markers: frozenset[str]
    accusation_nouns: frozenset[str]
    states: dict[str, str]
    incompatible: frozenset[frozenset[str]]
    units: dict[tuple[str, ...], str]
    convertible_units: frozenset[str]  # the pint units of ``units``
    unit_definitions: str  # path of the pint definitions file (UNIT_DEFINITIONS)
    unit_labels: dict[tuple[str, ...], str]
    money_units: dict[str, str]
    normal_units: tuple[str, ...]
    multipliers: dict[str, float]
    suffix_multipliers: dict[str, float]
    number_words: dict[str, float]
    sources: SourceLexicon  # claim_sources.json: source groups and types, addressees


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


#: Lower-cased phrases keyed by their first word, longest first (see :func:`_match_phrases`).
PhraseIndex = dict[str, tuple[tuple[str, ...], ...]]


def _phrase_index(phrases: Iterable[tuple[str, ...]]) -> PhraseIndex:
    """Group ``phrases`` (given longest first) by their first word, keeping their order."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in index.items()}


@functools.lru_cache(maxsize=4)
def load_lexicon(lexicon_dir: LexiconDir = None) -> ClaimLexicon:
    """Load the claim lexicons (the files in ``lexicon_dir`` replace the package's own,
    see :mod:`fivews.lexicon`)."""
    lexicon_dir = lexicon_dir or None  # ("" is no folder, as before)
    verbs = load_json(REPORTING_VERBS_FILE, lexicon_dir)
    speakers = load_json("claim_speakers.json", lexicon_dir)
    hedges = load_json("claim_hedges.json", lexicon_dir)
    contra = load_json("claim_contradictions.json", lexicon_dir)
    units = load_json("claim_units.json", lexicon_dir)
    hedge_kinds = ("approximator", "evidential", "epistemic", "modal")
    hedge_phrases = {
        k: tuple(sorted({_phrase(p) for p in hedges[k]}, key=len, reverse=True))
        for k in hedge_kinds
    }
    states = {lemma: cls for cls, lemmas in contra["states"].items() for lemma in lemmas}
    bounds = {
        phrase: kind
        for kind, phrases in hedges["approximator_bounds"].items()
        for phrase in phrases
    }
    # the claims layer's cues with their stances, in the file's order
    cues = reporting_verbs("claims", lexicon_dir)
    stances = {
        lemma: stance for lemma, stance in verb_stances(lexicon_dir).items() if lemma in cues
    }
    return ClaimLexicon(
        verbs=stances,
        phrasal_heads=frozenset(v.rsplit(" ", 1)[0] for v in stances if " " in v),
        phrases=dict(verbs["attribution_phrases"]),
        object_content=frozenset(verbs["object_content"]),
        lemma_fixes=dict(verbs.get("lemma_fixes", {})),
        no_infinitive_content=frozenset(verbs.get("no_infinitive_content", ())),
        evidence_verbs=frozenset(verbs.get("evidence_verbs", ())),
        naming_verbs=frozenset(verbs.get("naming_verbs", ())),
        prep_content={k: frozenset(v) for k, v in verbs.get("prep_content", {}).items()},
        quantifier_subjects=frozenset(speakers.get("quantifier_subjects", ())),
        title_abbreviations=frozenset(speakers.get("title_abbreviations", ())),
        document_nouns=frozenset(speakers.get("document_nouns", ())),
        colon_labels=frozenset(speakers.get("colon_labels", ())),
        person_nouns=frozenset(speakers["person"]),
        group_nouns=frozenset(speakers["group"]),
        speech_nouns=frozenset(speakers["speech_nouns"]),
        generic_org_nouns=frozenset(speakers["generic_org_nouns"]),
        hedges=hedge_phrases,
        hedge_index={k: _phrase_index(v) for k, v in hedge_phrases.items()},
        hedge_first_ids=frozenset(
            get_string_id(p[0]) for v in hedge_phrases.values() for p in v if p
        ),
        bounds=bounds,
        contrast_markers=frozenset(contra["contrast_markers"]),
        accusation_nouns=frozenset(contra["accusation_nouns"]),
        states=states,
        incompatible=frozenset(frozenset(pair) for pair in contra["incompatible"]),
        units={_phrase(k): v for k, v in units["units"].items()},
        convertible_units=frozenset(units["units"].values()),
        unit_definitions=str(data_file(UNIT_DEFINITIONS, lexicon_dir)),
        unit_labels={_phrase(k): v for k, v in units["labels"].items()},
        money_units=dict(units["money_units"]),
        normal_units=tuple(units["normal_units"]),
        multipliers={k: float(v) for k, v in units["multipliers"].items()},
        suffix_multipliers={k: float(v) for k, v in units["suffix_multipliers"].items()},
        number_words={k: float(v) for k, v in units["number_words"].items()},
        sources=load_source_lexicon(lexicon_dir),
    )


def _match_phrases(lowers: Sequence[str], index: PhraseIndex) -> list[tuple[int, int]]:
    """Index ranges ``(i, j)`` in ``lowers`` (lower-cased words) that spell a phrase of ``index``.

    Leftmost-longest and non-overlapping: at each position the longest phrase wins and the
    scan goes on after it. Only phrases that start with the word at hand are tried (one
    dict look-up per word). spaCy's ``PhraseMatcher`` would return every overlapping match
    and match whole Docs, while hedges are looked for in token lists (a claim's content
    plus its cue's adverbs), so this short scan keeps the rule exact.
    """
    out: list[tuple[int, int]] = []
    end = 0  # the scan goes on after the last match
    for i in [k for k, word in enumerate(lowers) if word in index]:  # (the few that can start one)
        if i < end:
            continue
        for phrase in index[lowers[i]]:
            n = len(phrase)
            if tuple(lowers[i : i + n]) == phrase:
                out.append((i, i + n))
                end = i + n
                break
    return out
