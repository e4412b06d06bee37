"""Cues: which verb reports a statement, who its subject is, and whether that subject can speak.

A cue is a verb whose lemma is in ``data/reporting_verbs.json`` (said, claimed, warned,
denied, believes…) with a subject that can speak: a name, a personal pronoun, or a
common noun from ``data/claim_speakers.json`` ("the ministry", "the report"); speech
verbs with a clausal content accept any nominal subject ("the manufacturer said X"),
beliefs do not ("the plan wants" is no claim). Adjectival uses ("so-called", "the said
property") and agentless passives ("it is said") are not cues. The source phrase is the
subject's phrase without appositions or relative clauses (:func:`_source_phrase`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from fivews.claims.lexicon import ClaimLexicon
from fivews.claims.tokens import _children, _lemma, _strip_clause_edges, _subtree_of
from fivews.structure import reader_of
from fivews.syntax import ACTIVE_SUBJECT_DEPS

#: Dependency labels of a cue's clausal content.
CONTENT_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp"})
#: Dependents dropped from a source phrase (they describe the source, not name it).
SOURCE_DROP_DEPS: frozenset[str] = frozenset({"appos", "relcl", "acl", "punct", "advcl"})
#: Entity labels that name someone who can speak.
SPEAKER_ENT_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Personal pronouns that can be speakers, with the kind of antecedent they need.
PRONOUN_KINDS: dict[str, str] = {
    "he": "person",
    "she": "person",
    "him": "person",
    "her": "person",
    "it": "group",
    "they": "any",
    "we": "any",
    "i": "person",
}


def cue_lemma(token: Token, lexicon: ClaimLexicon) -> str | None:
    """The reporting-verb lemma of ``token`` ("point out" for phrasal cues), or None."""
    lemma = _lemma(token)
    if lemma not in lexicon.verbs and lemma not in lexicon.phrasal_heads:
        lemma = lexicon.lemma_fixes.get(token.lower_, lemma)
    if lemma not in lexicon.verbs and lemma not in lexicon.phrasal_heads:
        return None  # (checked first: most verbs are no cue, and the rest cost more)
    if token.pos_ not in {"VERB", "AUX"} or token.tag_ == "MD":
        return None
    children = _children(token)
    particles = [c for c in children if c.dep_ == "prt"]
    if particles:
        phrasal = f"{lemma} {particles[0].lower_}"
        if phrasal in lexicon.verbs:
            return phrasal
    if lemma not in lexicon.verbs:
        return None
    # "so-called", "the said", "a claimed record": adjectival participles are not cues.
    if token.dep_ in {"amod", "compound", "npadvmod"} or token.tag_ == "JJ":
        return None
    if (
        any(c.text == "-" for c in children if c.i < token.i)
        or token.i > 0
        and token.nbor(-1).text == "-"
    ):
        return None
    return lemma


def _subject(token: Token) -> Token | None:
    """The subject of ``token``, inherited from the first conjunct for "said X and warned Y"."""
    for child in _children(token):
        if child.dep_ in ACTIVE_SUBJECT_DEPS:
            if child.tag_ in {"WP", "WDT"} and token.dep_ == "relcl":
                return token.head  # "the man, who said he was a soldier": the man
            return child
        if child.dep_ == "nsubjpass":
            return None  # "X was told", "it is said": the speaker is not the subject
    if token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        head = token.head
        # "said the SDF shelled X and warned Y": the parser hangs "warned" on the content
        # verb; its speaker is the subject of the cue that governs that content.
        if (
            head.dep_ in CONTENT_DEPS
            and head.head.pos_ in {"VERB", "AUX"}
            and head.head.lemma_.lower() != head.lemma_.lower()
        ):
            outer = head.head
            if _has_content_child(token):
                return _subject(outer)
        return _subject(head)
    if token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.pos_ in {"VERB", "AUX"}:
        return _subject(token.head)  # "…," he said, adding that…
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in {"NOUN", "PROPN"}:
        return token.head  # "a new poll showing X", "a letter saying X"
    return None


def _has_content_child(token: Token) -> bool:
    """Whether a verb has a clause or object that can be reported content."""
    return any(
        c.dep_ in CONTENT_DEPS or c.dep_ == "dobj" and c.pos_ != "PRON" for c in _children(token)
    )


def is_speaker(subject: Token, lexicon: ClaimLexicon) -> bool:
    """Whether ``subject`` can report something: a name, a pronoun, a speaker noun."""
    if subject.pos_ == "PRON":
        return subject.lower_ in PRONOUN_KINDS
    if subject.pos_ == "PROPN" or subject.ent_type_ in SPEAKER_ENT_LABELS:
        return True
    lemma = _lemma(subject)
    compound = " ".join(_lemma(t) for t in subject.lefts if t.dep_ == "compound") + " " + lemma
    return (
        lemma in lexicon.person_nouns
        or lemma in lexicon.group_nouns
        or compound.strip() in lexicon.person_nouns
        or subject.lower_ in lexicon.group_nouns
    )


def _is_negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in _children(token))


def _source_phrase(subject: Token, keep: frozenset[str] = frozenset()) -> Span:
    """The subject's phrase without appositions, relative clauses or punctuation.

    A name in apposition with no comma ("union leader Piotr Nowak") is part of it.
    (Worked out once per subject while the component runs: a cue's subject is asked for
    again when its content is cut.)
    """
    memo = reader_of(subject.doc).memo
    key = ("source_phrase", subject.i, keep)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _make_source_phrase(subject, keep)
    return found


def _make_source_phrase(subject: Token, keep: frozenset[str]) -> Span:
    """:func:`_source_phrase`, worked out."""

    def kept(child: Token) -> bool:
        if child.dep_ == "appos" and child.left_edge.i == subject.i + 1 and child.pos_ == "PROPN":
            return True
        return child.dep_ in keep or child.dep_ not in SOURCE_DROP_DEPS

    # the subject and the subtrees of its kept children: its subtree without the dropped
    # children's subtrees, gathered without walking the dropped ones (twice)
    tokens = _strip_clause_edges(
        [subject] + [t for c in _children(subject) if kept(c) for t in _subtree_of(c)]
    )

    doc = subject.doc
    if not tokens:
        return doc[subject.i : subject.i + 1]
    return doc[tokens[0].i : tokens[-1].i + 1]
