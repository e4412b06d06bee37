"""Dependency-label sets the layers share, named by what they mean.

The labels are spaCy's English ones (ClearNLP style, as ``en_core_web_sm`` assigns them).
A rule reads like its description when it names the set: ``dep in ACTIVE_SUBJECT_DEPS``,
not ``dep in {"nsubj", "csubj"}``. The sets follow textacy's ``extract/triples.py``
(``_NOMINAL_SUBJ_DEPS``, ``_CLAUSAL_SUBJ_DEPS``, ``_ACTIVE_SUBJ_DEPS``).
"""

from __future__ import annotations

#: A noun phrase as subject: "the army shelled", "the town was shelled".
NOMINAL_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
#: A clause as subject: "what he said was true".
CLAUSAL_SUBJECT_DEPS: frozenset[str] = frozenset({"csubj", "csubjpass"})
#: The subject of an active verb, which is its agent.
ACTIVE_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "csubj"})
#: The subject of a passive verb, which is its patient.
PASSIVE_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubjpass", "csubjpass"})
#: Every subject label.
SUBJECT_DEPS: frozenset[str] = NOMINAL_SUBJECT_DEPS | CLAUSAL_SUBJECT_DEPS
#: The subjects of a finite clause as the claims and five-W rules read them: nominal
#: subjects and an active clausal subject (a passive clausal subject is too rare in news
#: for the small model to label reliably).
CLAUSE_SUBJECT_DEPS: frozenset[str] = NOMINAL_SUBJECT_DEPS | {"csubj"}
