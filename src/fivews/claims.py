"""According to whom: attributed claims, their sources, framing, numbers and contradictions.

The ``fivews_claims`` component reads the dependency parse and finds every statement the
reporter attributes to someone (issue 5). It sets two Doc extensions:

``doc._.claims``
    attributed statements, one dict per cue (see :func:`claim_record` for the fields).
``doc._.assertions``
    sentences in the reporter's own voice (no cue, not inside a claim), with their hedges
    and quantities. They are a separate list, not flagged claims, so ``claims`` is only
    ever "someone said so".

How
---
1. **Cues.** A verb whose lemma is in ``data/reporting_verbs.json`` (said, claimed,
   warned, denied, believes…) with a subject that can speak: a name, a personal pronoun,
   or a common noun from ``data/claim_speakers.json`` ("the ministry", "the report");
   speech verbs with a clausal content accept any nominal subject ("the manufacturer
   said X"), beliefs do not ("the plan wants" is no claim). Adjectival uses
   ("so-called", "the said property") and agentless passives ("it is said") are not
   cues. "according to X" is a cue whose source is X. A cue inside the content of
   another claim by the same speaker ("he said he did not want…") is not a second claim.
2. **Content.** The cue's clausal complement (``ccomp``, "said that X"), a that-clause
   hung on "in a statement", an infinitive ("vowed to X"), or - for "X, Konashenkov
   said." - the clause the cue is attached to. Coordinated that-clauses ("claimed that
   X, and that Y") make ONE claim whose ``parts`` list each clause; a second reporting
   verb coordinated with the first ("said X and warned Y") makes a second claim.
   Quotation marks give direct claims: a quote next to a cue (also across sentences)
   becomes that cue's content; a quote sentence with no cue right after a direct claim
   continues it (``continues``: the earlier claim's id).
3. **Source.** The subject's phrase without appositions or relative clauses (a name in
   apposition becomes the name: "the company's chief, Jane Doe"). Pronouns ("he": a
   singular person, "it": a singular organisation, "they") and bare descriptions ("the
   ministry", "the spokesman", "the company") are resolved to the most recent compatible
   named source (by name or apposition), else named mention. Named sources that are
   the same actor in the article's words ("Konashenkov" / "Maj. Gen. Igor
   Konashenkov") share one ``name``. When ``doc._.entities`` exists, ``source.entity``
   is the id of the entity whose mention covers the source phrase's head, and
   ``source.name`` that entity's name.
   ``date`` is the timex (``doc._.timexes``) on a dependent of the cue ("said
   Thursday"), else a date entity there with ``value`` None, else the publication date.
4. **Framing.** ``stance`` is the cue's class in the lexicon (neutral, distancing,
   accusation, warning, denial, belief, commitment); ``hedges`` come from
   ``data/claim_hedges.json`` (approximators only right before a number).
5. **Numbers.** Numbers with a unit or a counted noun; units from ``data/claim_units.json``
   are converted with pint. A quantity followed by a parenthesised equivalent ("16
   square kilometers (6 square miles)") is checked for consistency within rounding.
6. **Contradictions.** Two claims by different sources (not one speaking for the other:
   a spokesman and his ministry) about the same subject are linked (``contested_by``
   both ways, ``contradiction_reasons``) only on positive evidence: incompatible states
   of the same subject ("is reaching its final stages" / "had stopped", from
   ``data/claim_contradictions.json``), the same predicate with opposite polarity, a
   denial of the same predicate or of an accusation against the denier, or numbers for
   the same thing whose ranges do not overlap ("at least 12" allows 45). A contrast
   marker ("however", "but") is added as a supporting reason but never links claims on
   its own: a link a reader would not accept is worse than none.

Cost: a few ms per article beside spaCy's parse. Hedge phrases are looked up by their
first word, what the pairwise contradiction test reads from a claim is worked out once
per claim (and pairs that cannot clash are dropped on those facts), the Doc's tokens,
text, entities, extensions and each token's children and subtree are read once per call
(:class:`_DocIndex`), cue candidates are picked from the Doc's arrays, and pint is
imported only when a unit needs converting, with a registry of the lexicon's units only
(``data/claim_units_pint.txt``, ~50 ms to load instead of ~0.5 s for pint's full one).

No library served: textacy's ``direct_quotations`` only sees quotation marks (the seed
has none), and no maintained Python package does indirect-speech attribution on a spaCy
parse. Number words are parsed here (a small table) because the parsers on PyPI either
pull in large models or misread "some 300"; unit conversion is pint's.

Notes: the cue/content/source decomposition follows Pareti (2016), "PARC 3.0: A Corpus of
Attribution Relations", and the rule set is in the spirit of textacy's triples module.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import DEP, ENT_TYPE, LOWER, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from fivews.structure import block_at, block_starts, content_sentences, doc_text

if TYPE_CHECKING:  # pandas costs ~0.3 s to import; only the table helpers need it.
    import pandas as pd

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Doc.has_extension("assertions"):
    Doc.set_extension("assertions", default=None)

DATA_DIR = Path(__file__).parent / "data"
#: pint definitions of the units in ``claim_units.json`` (lines copied from pint's own
#: ``default_en.txt``): a registry of ~40 units loads in ~50 ms, pint's full one in ~0.5 s.
UNIT_DEFINITIONS = "claim_units_pint.txt"

#: Dependency labels of a cue's subject.
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "csubj"})
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
#: Quotation marks: opening -> closing. Straight quotes pair with themselves.
QUOTE_PAIRS: dict[str, str] = {"\u201c": "\u201d", '"': '"', "\u00ab": "\u00bb"}
#: Any opening mark of :data:`QUOTE_PAIRS`.
QUOTE_OPENING = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")
#: Content lemmas too generic to show that two claims are about the same thing.
GENERIC_LEMMAS: frozenset[str] = frozenset(
    {
        "be",
        "have",
        "do",
        "say",
        "make",
        "take",
        "get",
        "go",
        "come",
        "give",
        "people",
        "thing",
        "time",
        "day",
        "week",
        "month",
        "year",
        "way",
        "part",
        "area",
        "-PRON-",
    }
)
#: Entity labels of numbers that are not quantities (dates, times, ordinals).
NON_QUANTITY_LABELS: frozenset[str] = frozenset({"DATE", "TIME", "ORDINAL"})
#: Minimum tokens for a quotation to be a statement (shorter ones are scare quotes).
MIN_QUOTE_TOKENS = 4


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class ClaimLexicon:
    """Everything the component reads from ``data/``: cues, speakers, hedges, units."""

    verbs: dict[str, str]
    phrasal_heads: frozenset[str]  # the verb of phrasal cues ("point" for "point out")
    phrases: dict[str, str]
    object_content: frozenset[str]
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
    unit_definitions: str | None  # path of the pint definitions file (UNIT_DEFINITIONS)
    unit_labels: dict[tuple[str, ...], str]
    money_units: dict[str, str]
    normal_units: tuple[str, ...]
    multipliers: dict[str, float]
    suffix_multipliers: dict[str, float]
    number_words: dict[str, float]


def _read_json(name: str, data_dir: Path) -> dict[str, Any]:
    with open(data_dir / name, encoding="utf-8") as f:
        return json.load(f)


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
def load_lexicon(data_dir: str | None = None) -> ClaimLexicon:
    """Load the claim lexicons from ``data_dir`` (default: the package's ``data/``)."""
    root = Path(data_dir) if data_dir else DATA_DIR
    verbs = _read_json("reporting_verbs.json", root)
    speakers = _read_json("claim_speakers.json", root)
    hedges = _read_json("claim_hedges.json", root)
    contra = _read_json("claim_contradictions.json", root)
    units = _read_json("claim_units.json", root)
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
    return ClaimLexicon(
        verbs=dict(verbs["verbs"]),
        phrasal_heads=frozenset(v.rsplit(" ", 1)[0] for v in verbs["verbs"] if " " in v),
        phrases=dict(verbs["attribution_phrases"]),
        object_content=frozenset(verbs["object_content"]),
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
        unit_definitions=str(root / UNIT_DEFINITIONS)
        if (root / UNIT_DEFINITIONS).is_file()
        else None,
        unit_labels={_phrase(k): v for k, v in units["labels"].items()},
        money_units=dict(units["money_units"]),
        normal_units=tuple(units["normal_units"]),
        multipliers={k: float(v) for k, v in units["multipliers"].items()},
        suffix_multipliers={k: float(v) for k, v in units["suffix_multipliers"].items()},
        number_words={k: float(v) for k, v in units["number_words"].items()},
    )


def _unit_registry(lexicon: ClaimLexicon) -> Any:
    """The pint ``UnitRegistry`` that converts ``lexicon``'s units, made on first use.

    Most articles have no unit to convert, so pint is imported (~0.5 s) and the registry
    built only when a quantity with a unit needs it.
    """
    needed = tuple(sorted(lexicon.convertible_units | set(lexicon.normal_units)))
    return _make_unit_registry(lexicon.unit_definitions, needed)


#: Optional packages that ``pint.compat`` imports at start-up when they are installed, to
#: support their array and locale types; fivews converts plain floats and never uses them.
PINT_OPTIONAL_IMPORTS: tuple[str, ...] = ("dask", "babel", "scipy", "uncertainties")


def _import_pint() -> Any:
    """Import pint without the optional packages of :data:`PINT_OPTIONAL_IMPORTS`.

    With the dask engine installed, ``import pint`` also imports dask (and babel, scipy if
    present): ~0.3 s of a cold ``fivews analyze`` instead of ~0.1 s. Each of them not
    already imported is masked for the duration of the import (``sys.modules[name] =
    None`` makes ``import name`` raise ImportError and ``find_spec(name)`` return None,
    pint's documented fallback) and unmasked right after, so later imports of those
    packages work as usual. When pint was imported already, it is returned as is.
    """
    if "pint" in sys.modules:
        return sys.modules["pint"]
    masked = [name for name in PINT_OPTIONAL_IMPORTS if name not in sys.modules]
    for name in masked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import pint
    finally:
        for name in masked:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return pint


@functools.lru_cache(maxsize=4)
def _make_unit_registry(definitions: str | None, units: tuple[str, ...]) -> Any:
    """A registry from the ``definitions`` file if it defines every one of ``units``,
    else pint's full default registry (a unit added to the lexicon but not to the
    definitions file still converts, only the first use is slower)."""
    pint = _import_pint()

    if definitions is not None:
        registry = pint.UnitRegistry(definitions)
        try:
            for unit in units:
                registry.Quantity(1.0, unit)
        except pint.UndefinedUnitError:
            pass
        else:
            return registry
    return pint.UnitRegistry()


# --------------------------------------------------------------------------- records


@dataclass(eq=False)
class Claim:
    """One attribution found in the Doc (token-level; turned into a dict at the end)."""

    cue: Span | None
    cue_lemma: str | None
    subject: Span | None
    content: list[Token]
    direct: bool = False
    parts: list[list[Token]] = field(default_factory=list)
    quote: tuple[int, int] | None = None
    continues: Claim | None = None
    source_text: str | None = None
    source_span: tuple[int, int] | None = None
    source_name: str | None = None
    source_kind: str = "unknown"
    source_role: str | None = None
    resolved_span: tuple[int, int] | None = None
    source_head: tuple[int, int] | None = None
    resolved_head: tuple[int, int] | None = None

    @property
    def start_char(self) -> int:
        if self.quote:
            return self.quote[0]
        return self.content[0].idx if self.content else (self.cue.start_char if self.cue else 0)

    @property
    def end_char(self) -> int:
        if self.quote:
            return self.quote[1]
        last = self.content[-1] if self.content else None
        return last.idx + len(last.text) if last is not None else 0


# --------------------------------------------------------------------------- component


@Language.factory(
    "fivews_claims",
    default_config={
        "data_dir": None,
        "min_quote_tokens": MIN_QUOTE_TOKENS,
        "assertion_kinds": ["paragraph"],
    },
)
def make_fivews_claims(
    nlp: Language,
    name: str,
    data_dir: str | None,
    min_quote_tokens: int,
    assertion_kinds: list[str],
) -> ClaimExtractor:
    """spaCy factory for :class:`ClaimExtractor`.

    Args:
        data_dir: folder with the lexicon files; default the package's ``data/``.
        min_quote_tokens: shortest quotation (in tokens) treated as a statement.
        assertion_kinds: block kinds whose unattributed sentences are assertions.
    """
    return ClaimExtractor(
        data_dir=data_dir, min_quote_tokens=min_quote_tokens, assertion_kinds=tuple(assertion_kinds)
    )


class ClaimExtractor:
    """Find attributed claims and the reporter's own assertions in a parsed Doc."""

    def __init__(
        self,
        data_dir: str | None = None,
        min_quote_tokens: int = MIN_QUOTE_TOKENS,
        assertion_kinds: Sequence[str] = ("paragraph",),
    ) -> None:
        self.lexicon = load_lexicon(data_dir)
        self.min_quote_tokens = min_quote_tokens
        self.assertion_kinds = frozenset(assertion_kinds)

    def __call__(self, doc: Doc) -> Doc:
        claims, assertions = self.match(doc)
        self.set_annotations(doc, (claims, assertions))
        return doc

    def match(self, doc: Doc) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Return ``(claims, assertions)`` as JSON-ready dicts without changing the Doc."""
        _INDEX_CACHE[id(doc)] = _DocIndex.of(doc)
        try:
            return self._match(doc)
        finally:
            _INDEX_CACHE.pop(id(doc), None)

    def _match(self, doc: Doc) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        sentences = _sentences(doc)
        found = find_claims(doc, sentences, self.lexicon, self.min_quote_tokens)
        resolve_sources(doc, found, self.lexicon)
        found = drop_restatements(found)
        records = [claim_record(doc, c, i, found, self.lexicon) for i, c in enumerate(found)]
        link_contradictions(doc, found, records, self.lexicon)
        assertions = find_assertions(doc, sentences, records, self.lexicon, self.assertion_kinds)
        return records, assertions

    def set_annotations(
        self, doc: Doc, results: tuple[list[dict[str, Any]], list[dict[str, Any]]]
    ) -> None:
        """Write ``doc._.claims`` and ``doc._.assertions``."""
        doc._.claims, doc._.assertions = results


@dataclass(eq=False)
class _DocIndex:
    """What the component reads from one Doc again and again, read once.

    ``doc.ents`` is rebuilt from the tokens on each access (the text is
    :func:`fivews.structure.doc_text`), and
    ``token.children`` and ``token.subtree`` are generators that make a new Token object
    per step; the rules ask for the same cue's children and the same clause's subtree
    several times (finding the content, its nested cues, its clauses, its date...). The
    index keeps the tokens and entities, and each token's children and subtree once
    asked for. :meth:`ClaimExtractor.match` keeps it in ``_INDEX_CACHE`` under ``id(doc)``
    while it runs and drops it afterwards, so nothing outlives the call.
    """

    tokens: list[Token]
    ents: tuple[Span, ...]
    children: dict[int, list[Token]] = field(default_factory=dict)  # by token index
    subtrees: dict[int, list[Token]] = field(default_factory=dict)  # by token index
    extensions: dict[str, Any] = field(default_factory=dict)  # see _extension
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)  # see _source_phrase

    @classmethod
    def of(cls, doc: Doc) -> _DocIndex:
        return cls(tokens=list(doc), ents=tuple(doc.ents))


_INDEX_CACHE: dict[int, _DocIndex] = {}


def _doc_tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, cached while :meth:`ClaimExtractor.match` runs on ``doc``."""
    index = _INDEX_CACHE.get(id(doc))
    return index.tokens if index is not None else list(doc)


def _doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, cached while :meth:`ClaimExtractor.match` runs on ``doc``."""
    index = _INDEX_CACHE.get(id(doc))
    return index.ents if index is not None else tuple(doc.ents)


def _extension(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` (None when there is no such extension), read once per Doc while
    ``match`` runs: each ``doc._`` access builds an accessor object (~2 us)."""
    index = _INDEX_CACHE.get(id(doc))
    if index is not None and name in index.extensions:
        return index.extensions[name]
    value = getattr(doc._, name) if Doc.has_extension(name) else None
    if index is not None:
        index.extensions[name] = value
    return value


def _tokens_of(span: Span) -> Sequence[Token]:
    """``list(span)`` (from the Doc's index while ``match`` runs: no new Tokens)."""
    return _span_tokens(span.doc, span.start, span.end)


def _span_text(span: Span) -> str:
    """``span.text``, sliced from the Doc's text (``Span.text`` joins its Token objects)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def _children(token: Token) -> Sequence[Token]:
    """``token.children`` as a list (see :func:`_kept_tokens`)."""
    return _kept_tokens(token, "children")


def _subtree_of(token: Token) -> Sequence[Token]:
    """``token.subtree`` as a list (see :func:`_kept_tokens`)."""
    return _kept_tokens(token, "subtree")


def _kept_tokens(token: Token, kind: str) -> Sequence[Token]:
    """``list(token.children)`` or ``list(token.subtree)`` (``kind``), kept in the Doc's
    index while ``match`` runs (callers only read it)."""
    index = _INDEX_CACHE.get(id(token.doc))
    if index is None:
        return list(getattr(token, kind))
    table = index.children if kind == "children" else index.subtrees
    found = table.get(token.i)
    if found is None:
        found = table[token.i] = list(getattr(token, kind))
    return found


def _span_tokens(doc: Doc, start: int, end: int) -> Sequence[Token]:
    """``list(doc[start:end])`` (from the Doc's index while ``match`` runs)."""
    index = _INDEX_CACHE.get(id(doc))
    return index.tokens[start:end] if index is not None else list(doc[start:end])


def _sentences(doc: Doc) -> list[Span]:
    """Content sentences (page chrome skipped when blocks are known)."""
    return list(content_sentences(doc))


# --------------------------------------------------------------------------- cues


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def cue_lemma(token: Token, lexicon: ClaimLexicon) -> str | None:
    """The reporting-verb lemma of ``token`` ("point out" for phrasal cues), or None."""
    lemma = _lemma(token)
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
        if child.dep_ in {"nsubj", "csubj"}:
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


# --------------------------------------------------------------------------- content


def _subtree(token: Token, exclude: Iterable[Token] = ()) -> list[Token]:
    """Tokens of ``token``'s subtree, minus the subtrees rooted at ``exclude``."""
    banned: set[int] = set()
    for ex in exclude:
        banned.update(t.i for t in _subtree_of(ex))
    return [t for t in _subtree_of(token) if t.i not in banned]


def _trim(tokens: list[Token]) -> list[Token]:
    """Sort, and strip punctuation, spaces and a leading complementiser from the edges."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (
        toks[0].is_punct
        or toks[0].is_space
        or toks[0].dep_ in {"mark", "cc"}
        and toks[0].lower_ in {"that", "and", "but", "whether", "if"}
    ):
        toks = toks[1:]
    while toks and (
        toks[-1].is_space
        or toks[-1].dep_ == "cc"
        or toks[-1].is_punct
        and toks[-1].text not in {")", "\u201d", '"'}
    ):
        toks = toks[:-1]
    return toks


def _strip_dateline(tokens: list[Token]) -> list[Token]:
    """Drop a wire dateline ("LONDON, June 12 (Reuters) -") from the start of a content."""
    if not tokens or not (tokens[0].is_upper and len(tokens[0].text) > 1):
        return tokens
    for k, t in enumerate(tokens[:15]):
        if t.text in {"-", "\u2013", "\u2014", "--"} and k + 1 < len(tokens):
            return tokens[k + 1 :]
    return tokens


def _contiguous(tokens: list[Token]) -> list[Token]:
    """Fill the gaps of a token list to one contiguous run (content is reported as a span)."""
    if not tokens:
        return []
    return list(_span_tokens(tokens[0].doc, tokens[0].i, tokens[-1].i + 1))


def _comma_between(doc: Doc, left: int, right: int) -> bool:
    return any(t.text in {",", ";", ":"} for t in doc[left:right])


def _conjuncts_in(head: Token) -> list[Token]:
    """The ``conj`` tokens of ``head``'s subtree, in subtree order (kept while ``match``
    runs: the nested cues and the clause split of one content both look for them)."""
    index = _INDEX_CACHE.get(id(head.doc))
    found = index.memo.get(("conjuncts", head.i)) if index is not None else None
    if found is None:
        found = [t for t in _subtree_of(head) if t.dep_ == "conj"]
        if index is not None:
            index.memo["conjuncts", head.i] = found
    return found


def _nested_cues(head: Token, lexicon: ClaimLexicon) -> list[Token]:
    """Reporting verbs coordinated inside a content clause without their own subject.

    "said the SDF shelled positions and warned the coalition that…": the parser hangs
    ``warned`` on ``shelled``; it is the speaker's second statement, not content.
    """
    out = []
    for t in _conjuncts_in(head):
        if cue_lemma(t, lexicon) is None:
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in _children(t)):
            continue
        if _has_content_child(t):
            out.append(t)
    return out


def content_of(
    cue: Token, subject: Token | None, lexicon: ClaimLexicon
) -> tuple[list[Token], list[Token]]:
    """Return ``(content tokens, clause heads)`` of the statement reported by ``cue``."""
    doc = cue.doc
    heads: list[Token] = []
    clauses = [c for c in _children(cue) if c.dep_ in CONTENT_DEPS]
    left = [c for c in clauses if c.i < cue.i]
    right = [c for c in clauses if c.i > cue.i]
    if left and subject is not None and left[0].i < subject.i < cue.i:
        # "X, Konashenkov said, four months after…": keep the fronted content; a clause
        # after the cue only if it is a real that-clause.
        right = [
            c for c in right if any(m.dep_ == "mark" and m.lower_ == "that" for m in _children(c))
        ]
    heads = left + right
    if not heads:
        # "said in a statement that X": the parser hangs X on the speech noun.
        for prep in (c for c in _children(cue) if c.dep_ == "prep"):
            for pobj in (c for c in _children(prep) if c.dep_ == "pobj"):
                if _lemma(pobj) not in lexicon.speech_nouns:
                    continue
                heads += [
                    c
                    for c in _children(pobj)
                    if c.dep_ in {"acl", "ccomp", "relcl"}
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in _children(c))
                ]
    # "X, the ministry said." parsed with the content as the root, or the parenthetical
    # "The attack, officials said, killed 12 people."
    inverted = (
        cue.dep_ in {"parataxis", "ccomp", "advcl", "conj"}
        and cue.head.i < cue.i
        and _comma_between(doc, cue.head.i, cue.i)
    )
    parenthetical = (
        cue.dep_ == "parataxis" and cue.head.i > cue.i and _comma_between(doc, cue.i, cue.head.i)
    )
    if (
        not heads
        and cue.head.i != cue.i
        and (inverted or parenthetical)
        and cue.head.pos_ in {"VERB", "AUX"}
    ):
        # (This was ``_subject(cue) is _subject(cue.head)``: Token objects were new on each
        # access, so only two missing subjects were "the same"; that rule is kept as is.)
        if not (cue.dep_ == "conj" and _subject(cue) is None and _subject(cue.head) is None):
            content = _subtree(cue.head, exclude=[cue])
            if inverted:  # what follows "…, the SDF said" is not part of what was said
                content = [t for t in content if t.i < cue.left_edge.i]
            return _strip_dateline(_trim(content)), [cue.head]
    if not heads:
        # "denied X", "accused X of Y", "vowed to Y": a nominal or infinitival object.
        # (Only verbs whose object IS the statement: "warned the coalition" names the
        # addressee, "said nothing" no statement.)
        lemma = cue_lemma(cue, lexicon) or ""
        heads = [
            c
            for c in _children(cue)
            if c.i > cue.i
            and (
                c.dep_ == "xcomp"
                or c.dep_ == "dobj"
                and lemma in lexicon.object_content
                and c.pos_ != "PRON"
            )
        ]
        if not heads and lexicon.verbs.get(lemma) == "warning":
            # "warned against cutting rates", "warned of famine"
            heads = [
                g
                for p in _children(cue)
                if p.dep_ == "prep" and p.i > cue.i and p.lower_ in {"against", "of", "about"}
                for g in _children(p)
                if g.dep_ in {"pobj", "pcomp"}
            ]
    content: list[Token] = []
    for head in heads:
        nested = _nested_cues(head, lexicon)
        content += _subtree(head, exclude=nested)
        if (
            head.dep_ == "ccomp"
            and head.i > cue.i
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in _children(head))
        ):
            # "said the days when… were long gone": the parser took the clause's subject
            # for a time adverbial of the cue
            content += [
                t
                for n in _children(cue)
                if n.dep_ == "npadvmod" and n.pos_ == "NOUN" and cue.i < n.i < head.i
                for t in _subtree_of(n)
            ]
        if head.dep_ == "xcomp":
            # "urged the IMO to send observers": the addressee is part of what is urged
            content += [
                t
                for o in _children(cue)
                if o.dep_ == "dobj" and cue.i < o.i < head.i
                for t in _subtree_of(o)
            ]
        if head.dep_ == "dobj":
            content += [
                t
                for p in _children(cue)
                if p.dep_ == "prep" and p.i > head.i
                for t in _subtree_of(p)
            ]
    if subject is not None:
        # (the subject's own phrase only: "groups, who say X" has X in its subtree)
        banned = {t.i for t in _source_phrase(subject)}
        content = [t for t in content if t.i not in banned]
    return _strip_dateline(_trim(list({t.i: t for t in content}.values()))), heads


def clause_parts(
    heads: list[Token], content: list[Token], lexicon: ClaimLexicon
) -> list[list[Token]]:
    """Split a content into its coordinated clauses ("that X, and that Y")."""
    if not content:
        return []
    inside = {t.i for t in content}
    conjuncts: list[Token] = []
    for head in heads:
        for t in _conjuncts_in(head):
            if (
                t.pos_ in {"VERB", "AUX"}
                and t.i in inside
                and cue_lemma(t, lexicon) is None
                and any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in _children(t))
            ):
                conjuncts.append(t)
    if not conjuncts:
        return [content]
    parts = []
    in_conjuncts = {s.i for c in conjuncts for s in _subtree_of(c)}
    rest = [t for t in content if t.i not in in_conjuncts]
    parts.append(_trim(rest))
    for c in conjuncts:
        parts.append(_trim([t for t in _subtree_of(c) if t.i in inside]))
    return [p for p in parts if p]


# --------------------------------------------------------------------------- quotes


def find_quotes(doc: Doc, min_tokens: int) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of quotations, quote marks excluded.

    Marks pair within a block (paragraph); an unclosed quote runs to the block's end, as
    in multi-paragraph quotes. Quotes shorter than ``min_tokens`` are scare quotes.
    """
    text = doc_text(doc)
    blocks = [(b["start"], b["end"]) for b in (_extension(doc, "blocks") or [])] or [(0, len(text))]
    spans: list[tuple[int, int]] = []
    for b_start, b_end in blocks:
        i = b_start
        # (the next opening mark is searched for, not reached character by character)
        while (opening := QUOTE_OPENING.search(text, i, b_end)) is not None:
            i = opening.start()
            close = QUOTE_PAIRS[text[i]]
            j = text.find(close, i + 1, b_end)
            end = j if j != -1 else b_end
            spans.append((i + 1, end))
            i = end + 1
    out = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and sum(not t.is_punct for t in _tokens_of(span)) >= min_tokens:
            out.append((start, end))
    return out


def _quote_is_content(claim: Claim, q_start: int, q_end: int) -> bool:
    """Whether the cue's parsed content is empty or lies inside the quotation."""
    words = [t for t in claim.content if not t.is_punct and not t.is_space]
    return all(q_start <= t.idx < q_end for t in words)


def _only_speaker_between(doc: Doc, claim: Claim, start: int, end: int) -> bool:
    """Whether only the speaker, an addressee or place, and punctuation separate a quote
    from its cue ('"…," Lopez told reporters', 'Lavrov told reporters in Moscow: "…"')."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return True
    subject = (
        range(claim.subject.start, claim.subject.end) if claim.subject is not None else range(0)
    )
    words = [
        t for t in _tokens_of(span) if not t.is_punct and not t.is_space and t.i not in subject
    ]
    if any(t.pos_ in {"VERB", "CCONJ", "AUX"} or t.lower_ in {"and", "but", "or"} for t in words):
        return False
    return len(words) <= 4


def _next_sentence_starts_quote(doc: Doc, sentences: list[Span], last: Claim, q_start: int) -> bool:
    """Whether the quote at ``q_start`` opens the sentence after ``last``'s sentence."""
    anchor = max(
        last.quote[1] if last.quote else 0, last.cue.end_char if last.cue is not None else 0
    )
    idx = next(
        (i for i, s in enumerate(sentences) if s.start_char <= anchor < s.end_char + 1), None
    )
    if idx is None or idx + 1 >= len(sentences):
        return False
    nxt = sentences[idx + 1]
    opening = doc_text(doc)[nxt.start_char : q_start].strip()
    return nxt.start_char <= q_start < nxt.end_char and len(opening) <= 1


def _in_quote(token: Token, quotes: list[tuple[int, int]]) -> bool:
    return any(s <= token.idx < e for s, e in quotes)


# --------------------------------------------------------------------------- finding


def find_claims(
    doc: Doc, sentences: list[Span], lexicon: ClaimLexicon, min_quote_tokens: int = MIN_QUOTE_TOKENS
) -> list[Claim]:
    """Find every attribution in ``sentences`` (sources not yet resolved)."""
    quotes = find_quotes(doc, min_quote_tokens)
    tokens = _doc_tokens(doc)
    candidates = _cue_candidates(doc)
    claims: list[Claim] = []
    for sent in sentences:
        first = bisect.bisect_left(candidates, sent.start)
        for i in candidates[first : bisect.bisect_left(candidates, sent.end, first)]:
            token = tokens[i]
            lemma = cue_lemma(token, lexicon)
            if lemma is not None:
                claim = _verb_claim(token, lemma, lexicon, quotes)
                if claim is not None:
                    claims.append(claim)
            elif _is_according_to(token):
                claim = _according_claim(token, lexicon)
                if claim is not None:
                    claims.append(claim)
    claims = _attach_quotes(doc, sentences, claims, quotes)
    claims.sort(key=lambda c: (c.start_char, c.cue.start if c.cue is not None else 0))
    return claims


#: The lower-case form of "according" as spaCy hashes it (``Token.lower``).
ACCORDING_ID: int = get_string_id("according")


def _cue_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that may be a cue or start "according to", ascending.

    A verb or auxiliary (what :func:`cue_lemma` checks first) or the word "according"
    (:func:`_is_according_to`): picked from the Doc's POS and LOWER arrays at once, so
    the many other tokens are never turned into Token objects and read one by one.
    """
    if not len(doc):
        return []
    values = doc.to_array([POS, LOWER])
    pos, lower = values[:, 0], values[:, 1]
    hits = (pos == VERB) | (pos == AUX) | (lower == numpy.uint64(ACCORDING_ID))
    return hits.nonzero()[0].tolist()


def _is_according_to(token: Token) -> bool:
    """Whether ``token`` starts "according to"."""
    doc = token.doc
    return (
        token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"
    )


def _verb_claim(
    token: Token, lemma: str, lexicon: ClaimLexicon, quotes: list[tuple[int, int]]
) -> Claim | None:
    # Cue verbs must occur outside any quotation content: "‘We said no,’ he added".
    if _in_quote(token, quotes):
        return None
    subject = _subject(token)
    if subject is None:
        return None
    content, heads = content_of(token, subject, lexicon)
    # Speech verbs with clausal content take any nominal subject ("the manufacturer
    # said X"); beliefs and objects need a subject that is known to speak ("economists
    # expect", not "the plan wants").
    clausal = any(h.dep_ == "ccomp" or h.i == token.head.i for h in heads) or any(
        _in_quote(t, quotes) for t in content[:1]
    )
    speech = lexicon.verbs.get(lemma) not in {"belief", "commitment"}
    if not is_speaker(subject, lexicon) and not (
        speech and clausal and subject.pos_ in {"NOUN", "PROPN"}
    ):
        return None
    cue = token.doc[token.i : token.i + 1]
    if any(c.dep_ == "prt" for c in _children(token)) and " " in lemma:
        prt = next(c for c in _children(token) if c.dep_ == "prt")
        cue = token.doc[min(token.i, prt.i) : max(token.i, prt.i) + 1]
    claim = Claim(cue=cue, cue_lemma=lemma, subject=_source_phrase(subject), content=content)
    claim.parts = clause_parts(heads, content, lexicon)
    return claim


def _according_claim(token: Token, lexicon: ClaimLexicon) -> Claim | None:
    """ "Y, according to X" / "According to X, Y"."""
    doc = token.doc
    to = doc[token.i + 1]
    pobj = next((c for c in _children(to) if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in _children(token) if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    anchor = token.head
    while anchor.pos_ not in {"VERB", "AUX"} and anchor.head.i != anchor.i:
        anchor = anchor.head
    if anchor.i == token.i:
        return None
    content = _trim(_subtree(anchor, exclude=[token]))
    # "according to figures released by the statistics office": keep who released them
    claim = Claim(
        cue=doc[token.i : token.i + 2],
        cue_lemma="according to",
        subject=_source_phrase(pobj, keep=frozenset({"acl"})),
        content=content,
    )
    claim.parts = clause_parts([anchor], content, lexicon)
    return claim


def _source_phrase(subject: Token, keep: frozenset[str] = frozenset()) -> Span:
    """The subject's phrase without appositions, relative clauses or punctuation.

    A name in apposition with no comma ("union leader Piotr Nowak") is part of it.
    (Worked out once per subject while ``match`` runs: a cue's subject is asked for
    again when its content is cut.)
    """
    index = _INDEX_CACHE.get(id(subject.doc))
    if index is None:
        return _make_source_phrase(subject, keep)
    key = ("source_phrase", subject.i, keep)
    found = index.memo.get(key)
    if found is None:
        found = index.memo[key] = _make_source_phrase(subject, keep)
    return found


def _make_source_phrase(subject: Token, keep: frozenset[str]) -> Span:
    """:func:`_source_phrase`, worked out."""

    def kept(child: Token) -> bool:
        if child.dep_ == "appos" and child.left_edge.i == subject.i + 1 and child.pos_ == "PROPN":
            return True
        return child.dep_ in keep or child.dep_ not in SOURCE_DROP_DEPS

    # the subject and the subtrees of its kept children: its subtree without the dropped
    # children's subtrees, gathered without walking the dropped ones (twice)
    tokens = _trim([subject] + [t for c in _children(subject) if kept(c) for t in _subtree_of(c)])

    doc = subject.doc
    if not tokens:
        return doc[subject.i : subject.i + 1]
    return doc[tokens[0].i : tokens[-1].i + 1]


def _attach_quotes(
    doc: Doc, sentences: list[Span], claims: list[Claim], quotes: list[tuple[int, int]]
) -> list[Claim]:
    """Make quotes next to a cue that cue's direct content; continue quotes without one."""
    by_cue = sorted(
        (c for c in claims if c.cue is not None and c.cue_lemma != "according to"),
        key=lambda c: c.cue.start,
    )
    used: set[int] = set()
    for q_start, q_end in quotes:
        best: Claim | None = None
        best_gap = 10**9
        for claim in by_cue:
            if id(claim) in used:
                continue
            cue_start, cue_end = claim.cue.start_char, claim.cue.end_char
            # the cue may sit right after the quote ('"…," he said') or right before it
            # ('He said: "…"'), with only the speaker and punctuation in between.
            if cue_start >= q_end:
                between_span = (q_end, cue_start)
                # '"… the whole time." Iohannis said X': a quote closed by a full stop
                # belongs to the sentence before, not to the next cue.
                if doc_text(doc)[q_start:q_end].rstrip().endswith("."):
                    continue
            elif cue_end <= q_start:
                between_span = (cue_end, q_start)
            else:
                continue
            between = doc_text(doc)[between_span[0] : between_span[1]]
            gap = len(between)
            if "\n" in between.strip(" ") or re.search(r"[.!?]\s", between):
                continue
            if not _quote_is_content(claim, q_start, q_end):
                continue  # 'said the plan was "a disaster"': a partial quote, indirect
            if not _only_speaker_between(doc, claim, *between_span):
                continue
            if gap < best_gap:
                best, best_gap = claim, gap
        if best is not None:
            used.add(id(best))
            best.quote = (q_start, q_end)
            best.direct = True
            span = doc.char_span(q_start, q_end, alignment_mode="expand")
            best.content = _trim(list(_tokens_of(span))) if span is not None else best.content
            best.parts = [best.content]
            continue
        # A quote with no cue of its own that opens the sentence right after a direct
        # claim's sentence (or the next paragraph): the same speaker goes on
        # ('"…," he said. "We will not stop."').
        prev = [c for c in claims if c.direct and c.quote and c.quote[1] <= q_start]
        if not prev:
            continue
        last = max(prev, key=lambda c: c.quote[1])  # type: ignore[index]
        if not _next_sentence_starts_quote(doc, sentences, last, q_start):
            continue
        span = doc.char_span(q_start, q_end, alignment_mode="expand")
        if span is None:
            continue
        cont = Claim(
            cue=None,
            cue_lemma=last.cue_lemma,
            subject=last.subject,
            content=_trim(list(_tokens_of(span))),
            direct=True,
            quote=(q_start, q_end),
        )
        cont.parts = [cont.content]
        cont.continues = last
        claims.append(cont)
    # A content that swallowed a neighbouring quote's text keeps only its own clause.
    return [c for c in claims if c.content]


# --------------------------------------------------------------------------- sources


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    kind: str  # person | group
    role: str | None = None
    plural: bool = False
    head: tuple[int, int] | None = None
    label: str | None = None
    proper: bool = False


def _mention_kind(span: Span, lexicon: ClaimLexicon) -> str:
    labels = {t.ent_type_ for t in _tokens_of(span)}
    root = span.root
    if "PERSON" in labels or _lemma(root) in lexicon.person_nouns:
        return "person"
    return "group"


def _source_kind(span: Span) -> str:
    root = span.root
    if root.pos_ == "PRON":
        return "pronoun"
    if any(t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_ENT_LABELS for t in _tokens_of(span)):
        return "named"
    return "description"


def _is_plural(span: Span) -> bool:
    return span.root.tag_ in {"NNS", "NNPS"}


NAME_WORD = re.compile(r"[\w.-]+")


@functools.lru_cache(maxsize=4096)
def _name_words(text: str) -> tuple[str, ...]:
    """The capitalised words of a name (cached: :func:`_merge_names` compares every named
    source with every earlier one)."""
    return tuple(w for w in NAME_WORD.findall(text) if w[:1].isupper())


@functools.lru_cache(maxsize=4096)
def _acronym(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w[0].isupper() and w.lower() not in {"the", "of"})


def _merge_names(claims: list[Claim]) -> None:
    """Give one name to named sources that are the same actor in the article's words.

    "Konashenkov" after "Maj. Gen. Igor Konashenkov", "the Kurdish-led SDF" after "the
    SDF", "SDF" after "Syrian Democratic Forces": the earliest, longest form wins. (The
    entities layer does this better; this keeps the claims table readable without it.)
    """
    seen: list[str] = []
    canonical: dict[str, str] = {}
    for claim in claims:
        if claim.source_kind != "named" or not claim.source_name:
            continue
        words = _name_words(claim.source_name)
        for earlier in seen:
            e_words = _name_words(earlier)
            if not words or not e_words:
                continue
            if (
                set(words) <= set(e_words)
                or set(e_words) <= set(words)
                or len(words) == 1
                and words[0] == _acronym(e_words)
                or len(e_words) == 1
                and e_words[0] == _acronym(words)
            ):
                canonical[claim.source_name] = earlier
                break
        else:
            seen.append(claim.source_name)
    for claim in claims:
        if claim.source_name in canonical:
            claim.source_name = canonical[claim.source_name]


#: A leading article ("the ministry").
LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.I)


def _strip_det(text: str) -> str:
    return LEADING_ARTICLE.sub("", text.strip())


#: spaCy's ids of the subject labels that :func:`_subject_nouns` looks for.
NSUBJ_IDS: tuple[int, int] = (get_string_id("nsubj"), get_string_id("nsubjpass"))


def _subject_nouns(doc: Doc) -> list[Token]:
    """Common nouns outside any entity that are the subject of a clause, in order.

    Picked from the Doc's DEP, POS and ENT_TYPE arrays at once instead of reading three
    attributes of every token.
    """
    if not len(doc):
        return []
    values = doc.to_array([DEP, POS, ENT_TYPE])
    dep = values[:, 0]
    hits = (
        ((dep == numpy.uint64(NSUBJ_IDS[0])) | (dep == numpy.uint64(NSUBJ_IDS[1])))
        & (values[:, 1] == NOUN)
        & (values[:, 2] == 0)
    )
    tokens = _doc_tokens(doc)
    return [tokens[i] for i in hits.nonzero()[0].tolist()]


def _ent_mention(ent: Span) -> tuple[int, _Mention]:
    """``(start offset, mention)`` of a named entity (a possible antecedent)."""
    root = ent.root
    return ent.start_char, _Mention(
        ent.start_char,
        ent.end_char,
        _span_text(ent),
        "person" if ent.label_ == "PERSON" else "group",
        head=(root.idx, root.idx + len(root.text)),
        label=ent.label_,
    )


def resolve_sources(doc: Doc, claims: list[Claim], lexicon: ClaimLexicon) -> None:
    """Fill each claim's source fields; resolve pronouns and bare descriptions."""
    named_sources: list[tuple[int, _Mention]] = []  # (char offset, mention), in order
    ner = [_ent_mention(e) for e in _doc_ents(doc) if e.label_ in SPEAKER_ENT_LABELS]
    # "The coach was blunt. '…,' he said.": sentence subjects that are speaker nouns
    # are antecedents too, though they said nothing yet.
    for t in _subject_nouns(doc):
        if _lemma(t) in lexicon.person_nouns or _lemma(t) in lexicon.group_nouns:
            phrase = doc[t.left_edge.i : t.i + 1]
            ner.append(
                (
                    phrase.start_char,
                    _Mention(
                        phrase.start_char,
                        phrase.end_char,
                        _strip_det(phrase.text),
                        _mention_kind(phrase, lexicon),
                        None,
                        t.tag_ == "NNS",
                        (t.idx, t.idx + len(t.text)),
                    ),
                )
            )
    ner.sort(key=lambda m: m[0])

    def position(claim: Claim) -> int:
        return claim.cue.start_char if claim.cue is not None else claim.start_char

    for claim in sorted(claims, key=position):
        if claim.continues is not None:
            prev = claim.continues
            for attr in (
                "source_text",
                "source_span",
                "source_name",
                "source_kind",
                "source_role",
                "resolved_span",
                "source_head",
                "resolved_head",
            ):
                setattr(claim, attr, getattr(prev, attr))
            continue
        span = claim.subject
        if span is None:
            continue
        root = span.root
        claim.source_text = _span_text(span)
        claim.source_span = (span.start_char, span.end_char)
        claim.source_head = (root.idx, root.idx + len(root.text))
        claim.source_kind = _source_kind(span)
        inner_name = [c for c in _children(root) if c.dep_ == "appos" and c.i < span.end]
        if root.pos_ == "NOUN" and inner_name:
            # "union leader Piotr Nowak": the name is the head that entities know
            claim.source_head = (inner_name[0].idx, inner_name[0].idx + len(inner_name[0].text))
        appos = [c for c in _children(root) if c.dep_ == "appos" and c.left_edge.i >= span.end]
        role = _trim(list(_subtree_of(appos[0]))) if appos else []
        claim.source_role = _span_text(doc[role[0].i : role[-1].i + 1]) if role else None
        at = span.start_char
        if root.pos_ == "NOUN" and appos and appos[0].pos_ == "PROPN":
            # "The company that operates the dam, Northline Hydro, denied…": the
            # apposition is the name, the subject the description.
            name = _trim(list(_subtree_of(appos[0])))
            claim.source_role = _strip_det(_span_text(span))
            span = doc[name[0].i : name[-1].i + 1]
            claim.source_kind = "named"
            claim.source_head = (appos[0].idx, appos[0].idx + len(appos[0].text))
        if claim.source_kind == "named":
            claim.source_name = _strip_det(_span_text(span))
            claim.resolved_span = (span.start_char, span.end_char)
            named_sources.append(
                (
                    at,
                    _Mention(
                        span.start_char,
                        span.end_char,
                        claim.source_name,
                        _mention_kind(span, lexicon),
                        claim.source_role,
                        _is_plural(span),
                        claim.source_head,
                        proper=True,
                    ),
                )
            )
            continue
        antecedent = _antecedent(span, at, named_sources, ner, lexicon)
        if antecedent is not None:
            claim.source_name = antecedent.text
            claim.resolved_span = (antecedent.start, antecedent.end)
            claim.resolved_head = antecedent.head
            claim.source_role = claim.source_role or antecedent.role
            # the antecedent is now the most recently mentioned speaker
            named_sources.append(
                (
                    at,
                    _Mention(
                        antecedent.start,
                        antecedent.end,
                        antecedent.text,
                        antecedent.kind,
                        antecedent.role,
                        antecedent.plural,
                        antecedent.head,
                        antecedent.label,
                        antecedent.proper,
                    ),
                )
            )
        else:
            claim.source_name = _strip_det(_span_text(span))
            claim.resolved_span = claim.source_span
            if claim.source_kind == "description":
                named_sources.append(
                    (
                        at,
                        _Mention(
                            span.start_char,
                            span.end_char,
                            claim.source_name,
                            _mention_kind(span, lexicon),
                            None,
                            _is_plural(span),
                            claim.source_head,
                        ),
                    )
                )
    _merge_names(claims)


def drop_restatements(claims: list[Claim]) -> list[Claim]:
    """Drop a claim whose cue sits inside another claim's content by the same speaker.

    "Johnson said he did not want a new cold war": *want* is part of what Johnson said,
    not a second claim. A different speaker inside ("X said Y claimed Z") is kept.
    """
    kept = []
    for claim in claims:
        cue = claim.cue
        inside = cue is not None and any(
            other is not claim
            and other.source_name == claim.source_name
            and other.content
            and other.content[0].i <= cue.start < other.content[-1].i
            for other in claims
        )
        if not inside:
            kept.append(claim)
    for claim in kept:  # a continued claim that was dropped: continue its own parent
        while claim.continues is not None and claim.continues not in kept:
            claim.continues = claim.continues.continues
    return kept


def _antecedent(
    span: Span,
    at: int,
    named: list[tuple[int, _Mention]],
    ner: list[tuple[int, _Mention]],
    lexicon: ClaimLexicon,
) -> _Mention | None:
    """The most recent compatible named source (else named mention) before ``at``."""
    root = span.root
    if root.pos_ == "PRON":
        need = PRONOUN_KINDS.get(root.lower_, "any")
        if root.lower_ == "they" or root.lower_ == "we":
            need = "any"

        def ok(m: _Mention) -> bool:
            if need == "person":
                return m.kind == "person" and not m.plural
            if root.lower_ == "it":
                return m.kind == "group" and not m.plural
            return need == "any"

        window = at - 1500  # about three paragraphs: older speakers are not "he"
        for _, m in reversed(named):
            if m.start < at and m.start >= window and ok(m):
                return m
        for _, m in reversed(ner):
            if (
                m.end <= at
                and m.start >= window
                and ok(m)
                and not (m.start <= span.start_char < m.end)
            ):
                return m
        return None
    # A bare description ("the ministry", "the spokesman"): a named source whose name or
    # role contains the head noun. Descriptions with modifiers are their own sources.
    content_words = [
        t for t in _tokens_of(span) if not t.is_stop and not t.is_punct and t.pos_ != "DET"
    ]
    if len(content_words) != 1:
        return None
    head = _lemma(root)
    for _, m in reversed(named):
        if m.start >= at:
            continue
        words = {w.lower().strip(".,’'s") for w in (m.text + " " + (m.role or "")).split()}
        if head in words or head + "s" in words:
            return m
    if head in lexicon.generic_org_nouns and not _is_plural(span):
        # "Toyota said… The company said…": the last named organisation that spoke, else
        # an organisation named earlier in the same sentence
        for _, m in reversed(named):
            if at - 1500 <= m.start < at and m.kind == "group" and not m.plural and m.proper:
                return m
        sent_start = span.sent.start_char
        for _, m in reversed(ner):
            if sent_start <= m.start and m.end <= at and m.label == "ORG":
                return m
    return None


def _entity_for(
    doc: Doc, span: tuple[int, int] | None, head: tuple[int, int] | None = None
) -> dict[str, Any] | None:
    """The entity from ``doc._.entities`` that the source span names.

    The entity with a mention over the span's syntactic head wins ("the Britain-based
    Syrian Observatory…" is the Observatory, not Britain); else the largest overlap (the
    first such mention in the entities' order on a tie).
    """
    mentions = _source_mentions(doc)
    if mentions is None or span is None:
        return None
    start, end = span
    best: tuple[int, int, int] = (0, 0, 0)
    found: dict[str, Any] | None = None
    for m_start, m_end, order, entity in mentions.overlapping(start, end):
        on_head = head is not None and m_start < head[1] and head[0] < m_end
        if head is not None and not on_head:
            continue  # "Turkish officials" are not the entity "Turkish"
        key = (int(on_head), min(end, m_end) - max(start, m_start), -order)
        if key[:2] > (0, 0) and key > best:
            best, found = key, entity
    return found


@dataclass(frozen=True)
class _Mentions:
    """Entity mentions ``(start, end, order, entity)`` sorted by start (then ``order``, the
    entities' and their mentions' own order), found by binary search instead of a scan
    over every mention of every entity for each claim."""

    items: list[tuple[int, int, int, dict[str, Any]]]
    starts: list[int]
    longest: int  # the longest mention: none that starts before ``start - longest`` overlaps

    @classmethod
    def of(cls, items: list[tuple[int, int, int, dict[str, Any]]]) -> _Mentions:
        items = sorted(items, key=lambda m: (m[0], m[2]))
        return cls(
            items=items,
            starts=[m[0] for m in items],
            longest=max((max(m[1] - m[0], 0) for m in items), default=0),
        )

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, int, dict[str, Any]]]:
        """The mentions with ``m_start < end`` and ``start < m_end``."""
        lo = bisect.bisect_right(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end, lo)
        return [m for m in self.items[lo:hi] if start < m[1]]

    def within(self, start: int, end: int) -> list[tuple[int, int, int, dict[str, Any]]]:
        """The mentions with ``start <= m_start`` and ``m_end <= end``, by start.

        (Mentions end after they start, so none that starts after ``end`` qualifies.)
        """
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end, lo)
        return [m for m in self.items[lo:hi] if m[1] <= end]


def _source_mentions(doc: Doc) -> _Mentions | None:
    """The mentions :func:`_entity_for` reads (an entity without any is its own mention),
    None without entities; made once per Doc while ``match`` runs."""
    entities = _extension(doc, "entities")
    if not entities:
        return None
    index = _INDEX_CACHE.get(id(doc))
    found = index.memo.get(("source_mentions",)) if index is not None else None
    if found is None:
        items = []
        for entity in entities:
            for m in entity.get("mentions") or [entity]:
                m_start, m_end = m.get("start"), m.get("end")
                if m_start is not None and m_end is not None:
                    items.append((m_start, m_end, len(items), entity))
        found = _Mentions.of(items)
        if index is not None:
            index.memo["source_mentions",] = found
    return found


def _subject_mentions(doc: Doc, entities: list[dict[str, Any]]) -> _Mentions:
    """The mentions :func:`mentioned_in` reads: those of entities with a subject label
    (or none), each with ``{"name", "id"}`` as its entity; made once per Doc while
    ``match`` runs."""
    index = _INDEX_CACHE.get(id(doc))
    found = index.memo.get(("subject_mentions",)) if index is not None else None
    if found is None:
        items = []
        for entity in entities:
            if entity.get("label") and entity["label"] not in SUBJECT_LABELS:
                continue
            for m in entity.get("mentions") or []:
                if m.get("start") is not None:
                    items.append(
                        (
                            m["start"],
                            m["end"],
                            len(items),
                            {
                                "name": entity.get("name") or m.get("text", ""),
                                "id": entity.get("id"),
                            },
                        )
                    )
        found = _Mentions.of(items)
        if index is not None:
            index.memo["subject_mentions",] = found
    return found


# --------------------------------------------------------------------------- framing


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


#: A number with a glued multiplier suffix ("1.5bn", "20m", "300k").
SUFFIXED_NUMBER = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([a-z]+)$")


def _suffixed(token: Token, lexicon: ClaimLexicon) -> float | None:
    """The value of "1.5bn"-style tokens, else None."""
    m = SUFFIXED_NUMBER.match(token.lower_)
    if m is None or m.group(2) not in lexicon.suffix_multipliers:
        return None
    return float(m.group(1).replace(",", "")) * lexicon.suffix_multipliers[m.group(2)]


def _is_number(token: Token, lexicon: ClaimLexicon) -> bool:
    if token.like_num:
        return True
    low = token.lower_
    # (a "1.5bn" starts with a digit: the regex is tried on those only)
    return (
        low in lexicon.number_words
        or low in lexicon.multipliers
        or low[:1].isdigit()
        and _suffixed(token, lexicon) is not None
    )


def find_hedges(tokens: Sequence[Token], lexicon: ClaimLexicon) -> list[dict[str, Any]]:
    """Hedges and approximators among ``tokens`` as ``{text, start, end, kind}``."""
    out: list[dict[str, Any]] = []
    # Most token lists hold no word that starts a hedge: look for one by its hash
    # (``Token.lower``) before reading the tokens' text.
    if not any(t.lower in lexicon.hedge_first_ids for t in tokens):
        return out
    lowers = [t.lower_ for t in tokens]
    for kind, index in lexicon.hedge_index.items():
        for i, j in _match_phrases(lowers, index):
            first, last = tokens[i], tokens[j - 1]
            if kind == "approximator":
                # "about 16", "less than 300": only directly before a number.
                nxt = tokens[j] if j < len(tokens) else None
                if (
                    nxt is None
                    or not _is_number(nxt, lexicon)
                    or nxt.ent_type_ in NON_QUANTITY_LABELS
                ):
                    continue
            if kind == "modal" and first.tag_ != "MD":
                continue
            out.append(
                {
                    "text": doc_text(first.doc)[first.idx : last.idx + len(last.text)],
                    "start": first.idx,
                    "end": last.idx + len(last.text),
                    "kind": kind,
                }
            )
    out.sort(key=lambda h: h["start"])
    return out


# --------------------------------------------------------------------------- numbers


def _number_value(tokens: list[Token], lexicon: ClaimLexicon) -> float | None:
    value: float | None = None
    for t in tokens:
        low = t.lower_.replace(",", "")
        if low in lexicon.multipliers:
            value = (value if value is not None else 1.0) * lexicon.multipliers[low]
            continue
        if low in lexicon.number_words:
            value = (value or 0.0) + lexicon.number_words[low]
            continue
        if low in {"a", "an"}:
            continue
        suffixed = _suffixed(t, lexicon)
        if suffixed is not None:
            value = (value or 0.0) + suffixed
            continue
        try:
            number = float(low)
        except ValueError:
            return None
        value = (value or 0.0) + number
    return value


def _rounding(text: str) -> float:
    """Half the unit of the last significant digit ("16" -> 0.5, "1,200" -> 50, "2.5" -> 0.05)."""
    digits = text.replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", digits):
        return 0.0
    if "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1])
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return 0.5 * 10**zeros


def _starts_number(token: Token, lexicon: ClaimLexicon) -> bool:
    """A token that starts a quantity: a number, not a date/time/ordinal or lone "one"."""
    if not _is_number(token, lexicon) or token.ent_type_ in NON_QUANTITY_LABELS:
        return False
    if token.lower_ in lexicon.multipliers:
        return False  # "million" alone ("a million reasons") is not read as a number
    return token.lower_ != "one" or token.dep_ == "nummod"  # "one of them" is no quantity


def _unit_at(
    toks: list[Token], j: int, lexicon: ClaimLexicon
) -> tuple[str | None, str | None, int]:
    """``(pint unit, label, end index)`` of the longest unit phrase starting at ``j``."""
    for n in (3, 2, 1):
        phrase = tuple(x.lower_ for x in toks[j : j + n])
        if len(phrase) == n and phrase in lexicon.units:
            return lexicon.units[phrase], None, j + n
        if len(phrase) == n and phrase in lexicon.unit_labels:
            return None, lexicon.unit_labels[phrase], j + n
    return None, None, j


def _approximator_before(toks: list[Token], i: int, lexicon: ClaimLexicon) -> str | None:
    """The approximator phrase ending right before index ``i`` ("less than", "about")."""
    window = max(0, i - 3)
    found = None
    lowers = [t.lower_ for t in toks[window:i]]
    for a, b in _match_phrases(lowers, lexicon.hedge_index["approximator"]):
        if window + b == i:
            found = " ".join(x.text for x in toks[window + a : i])
    return found


def _normalise(value: float, unit: str | None, lexicon: ClaimLexicon) -> tuple[float, str | None]:
    """Convert ``value unit`` to the first of ``normal_units`` with its dimensionality."""
    if unit is None:
        return value, None
    q = _unit_registry(lexicon).Quantity(value, unit)
    for normal in lexicon.normal_units:
        if q.is_compatible_with(normal):
            q = q.to(normal)
            break
    return float(q.magnitude), f"{q.units:~}"


def _is_money(toks: list[Token], j: int, lexicon: ClaimLexicon) -> bool:
    """Whether the unit word at ``j`` ("pounds") is a currency here: inside a MONEY entity,
    or after "million"/"billion" and not followed by "of" ("300 million pounds of grain")."""
    if toks[j].ent_type_ == "MONEY":
        return True
    after = toks[j + 1].lower_ if j + 1 < len(toks) else ""
    return toks[j - 1].lower_ in lexicon.multipliers and after != "of"


def find_quantities(tokens: Sequence[Token], lexicon: ClaimLexicon) -> list[dict[str, Any]]:
    """Numbers with their unit or counted noun among ``tokens``; units normalised with pint.

    Each quantity: ``{text, start, end, value, unit, counted, normalized_value,
    normalized_unit, approx, bound, equivalent_of, consistent}``. ``bound`` is "upper"
    ("less than 300"), "lower" ("at least 12"), "approx" ("about 16") or None.
    """
    out: list[dict[str, Any]] = []
    toks = list(tokens)
    i = 0
    while i < len(toks):
        if not _starts_number(toks[i], lexicon):
            i += 1
            continue
        j = i + 1  # "1.5 million", "2 billion"
        while (
            j < len(toks)
            and (toks[j].like_num or toks[j].lower_ in lexicon.multipliers)
            and toks[j].ent_type_ not in NON_QUANTITY_LABELS
        ):
            j += 1
        number = toks[i:j]
        value = _number_value(number, lexicon)
        if value is None:
            i = j
            continue
        if j < len(toks) and toks[j].text in {"-", "\u2010"}:
            i = j  # "one-third", "a 70-year-old": part of a word, not a quantity
            continue
        unit, label, end = _unit_at(toks, j, lexicon)
        if (
            unit is not None
            and toks[j].lower_ in lexicon.money_units
            and _is_money(toks, j, lexicon)
        ):
            unit, label = None, lexicon.money_units[toks[j].lower_]  # "300 million pounds"
        start_i = i
        before = (toks[i - 1].lower_,) if i > 0 else ()
        if unit is None and label is None and before in lexicon.unit_labels:
            label, start_i = lexicon.unit_labels[before], i - 1  # "$2 million"
        counted = None
        if unit is None and label is None:
            head = number[-1].head  # "300 militants": the noun the number counts
            if head.pos_ in {"NOUN", "PROPN"} and head.i >= number[-1].i:
                counted = _lemma(head)
                end = max(end, min(head.i - toks[0].i + 1, len(toks)))
            elif number[-1].dep_ not in {"nummod", "quantmod", "compound"}:
                i = j
                continue
        approx = _approximator_before(toks, start_i, lexicon)
        normalized_value, normalized_unit = _normalise(value, unit, lexicon)
        first, last = toks[start_i], toks[end - 1]
        out.append(
            {
                "text": doc_text(first.doc)[first.idx : last.idx + len(last.text)],
                "start": first.idx,
                "end": last.idx + len(last.text),
                "value": value,
                "unit": unit or label,
                "counted": counted,
                "normalized_value": round(normalized_value, 6),
                "normalized_unit": normalized_unit or label,
                "approx": approx is not None,
                "bound": lexicon.bounds.get(approx.lower(), "approx") if approx else None,
                "rounding": _rounding("".join(x.text for x in number)),
                "equivalent_of": None,
                "consistent": None,
            }
        )
        i = end
    _check_equivalents(toks, out, lexicon)
    for q in out:
        q.pop("rounding", None)
    return out


def _range(q: dict[str, Any], factor: float) -> tuple[float, float]:
    """The interval a quantity allows, in its normalised unit (rounding, approximators)."""
    v = q["value"]
    half = q.get("rounding") or 0.0
    low, high = v - half, v + half
    if q.get("bound") == "upper":
        low = 0.0
    elif q.get("bound") == "lower":
        high = math.inf
    elif q.get("bound") == "approx":
        low, high = low * 0.9, high * 1.1
    return low * factor, high * factor


def _check_equivalents(
    tokens: Sequence[Token], quantities: list[dict[str, Any]], lexicon: ClaimLexicon
) -> None:
    """Check "16 square kilometers (6 square miles)": consistent within rounding?

    Only units pint converts are compared; labels (percent, currencies) are not.
    """
    text = doc_text(tokens[0].doc) if tokens else ""
    for a, b in zip(quantities, quantities[1:], strict=False):
        if a["unit"] is None or b["unit"] is None or a["unit"] == b["unit"]:
            continue
        if a["unit"] not in lexicon.convertible_units or b["unit"] not in lexicon.convertible_units:
            continue  # "$2 million (€1.8 million)": currencies are labels, not pint units
        between = text[a["end"] : b["start"]].strip()
        if between not in {"(", "or", ", or", "-", "\u2013 or", "\u2014"}:
            continue
        ureg = _unit_registry(lexicon)
        qa, qb = ureg.Quantity(1.0, a["unit"]), ureg.Quantity(1.0, b["unit"])
        if not qa.is_compatible_with(qb):
            continue
        fa = qa.to(b["unit"]).magnitude  # a's unit expressed in b's unit
        # the parenthesis restates the same number: compare within rounding only
        # ("more than 8,000 hectares (19,800 acres)": the bound applies to both)
        low_a, high_a = _range(dict(a, bound=None), fa)
        low_b, high_b = _range(dict(b, bound=None), 1.0)
        consistent = low_a <= high_b and low_b <= high_a
        a["equivalent_of"], b["equivalent_of"] = b["text"], a["text"]
        a["consistent"] = b["consistent"] = bool(consistent)


# --------------------------------------------------------------------------- records


def _cue_date(doc: Doc, claim: Claim) -> dict[str, Any]:
    """The timex attached to the cue ("said Thursday"), else the publication date."""
    published = _extension(doc, "published")
    if claim.continues is not None:
        return _cue_date(doc, claim.continues)
    if claim.cue is None or claim.cue_lemma == "according to":
        return {"text": None, "value": published, "from": "published"}
    cue = claim.cue.root
    content_ids = {t.i for t in claim.content}
    near: list[Token] = []
    for child in _children(cue):
        if child.i in content_ids:
            continue
        if child.dep_ in {"npadvmod", "tmod", "advmod", "obl"}:
            near.append(child)
        elif child.dep_ == "prep":
            near += [g for g in _children(child) if g.dep_ == "pobj"]
    after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if (
        after is not None
        and after.ent_type_ == "DATE"
        and (after.pos_ == "PROPN" or after.dep_ == "npadvmod")
    ):
        near.append(after)  # "said Wednesday, four months after…" misattached
    timexes = _extension(doc, "timexes") or []
    for token in near:
        for tx in timexes:
            if tx.get("start", -1) <= token.idx < tx.get("end", -1):
                return {
                    "text": tx.get("text") or doc_text(doc)[tx["start"] : tx["end"]],
                    "value": tx.get("value"),
                    "from": "timex",
                }
    for token in near:
        if token.ent_type_ in {"DATE", "TIME"}:
            ent = next((e for e in _doc_ents(doc) if e.start <= token.i < e.end), None)
            text = ent.text if ent is not None else token.text
            # a date the timex layer did not resolve: say so rather than guess
            return {"text": text, "value": None, "from": "ner"}
    return {"text": None, "value": published, "from": "published"}


#: Entity labels of the things a claim can be about (the source -> subject network).
SUBJECT_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def mentioned_in(doc: Doc, start: int | None, end: int | None) -> list[dict[str, Any]]:
    """Named actors and places mentioned in ``[start, end)`` as ``{name, entity}``.

    From ``doc._.entities`` (merged actors, ``entity`` = id) when that layer has any,
    else from spaCy's named entities (``entity`` None). First mention order, no repeats.
    """
    if start is None or end is None:
        return []
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    entities = _extension(doc, "entities") or []
    hits: list[tuple[int, str, str | None]] = [
        (m_start, hit["name"], hit["id"])
        for m_start, _, _, hit in _subject_mentions(doc, entities).within(start, end)
    ]
    if not entities:
        for ent in _doc_ents(doc):
            if ent.label_ in SUBJECT_LABELS and start <= ent.start_char and ent.end_char <= end:
                name = re.sub(r"[’']s$", "", _strip_det(ent.text))
                hits.append((ent.start_char, name, None))
    for _, name, ent_id in sorted(hits, key=lambda h: h[0]):
        key = ent_id or name.lower()
        if key in seen or not name:
            continue
        seen.add(key)
        out.append({"name": name, "entity": ent_id})
    return out


def _span_dict(tokens: Sequence[Token]) -> dict[str, Any]:
    if not tokens:
        return {"text": "", "start": None, "end": None}
    doc = tokens[0].doc
    first, last = tokens[0], tokens[-1]
    return {
        "text": doc_text(doc)[first.idx : last.idx + len(last.text)],
        "start": first.idx,
        "end": last.idx + len(last.text),
    }


def claim_record(
    doc: Doc, claim: Claim, index: int, claims: list[Claim], lexicon: ClaimLexicon
) -> dict[str, Any]:
    """The JSON-ready dict of one claim.

    Fields: ``id`` ("c1"…); ``source`` {text, start, end (the phrase as written), name
    (the entity's name, the resolved antecedent's, or the phrase), kind (named | pronoun |
    description), role (an apposition: "the ministry's spokesman"), entity (id in
    ``doc._.entities`` or None), affiliation}; ``cue``, ``cue_lemma``, ``cue_start``,
    ``cue_end`` (None for a quote that continues an earlier one); ``content`` {text, start,
    end}; ``parts`` (its coordinated clauses); ``direct`` (quoted); ``continues`` (id of the
    claim a cue-less quote continues); ``negated`` (cue negated); ``date`` {text, value,
    from: timex | ner | published}; ``stance``; ``hedges``; ``quantities``; ``about``
    (actors and places named in the content, see :func:`mentioned_in`); ``contested_by``
    (claim ids) and ``contradiction_reasons`` ({claim id: [reasons]}).
    """
    content = _contiguous(claim.content)
    if claim.quote is not None:
        q_start, q_end = claim.quote
        text = doc_text(doc)
        while q_end > q_start and text[q_end - 1] in " \n,;:":
            q_end -= 1  # '"…helicopters," Lopez said': the comma is the sentence's
        content_dict = {"text": text[q_start:q_end], "start": q_start, "end": q_end}
    else:
        content_dict = _span_dict(content)
    # a pronoun the entities layer linked itself wins; else the resolved antecedent's entity
    entity = _entity_for(doc, claim.source_span, claim.source_head)
    if entity is None and claim.resolved_span != claim.source_span:
        entity = _entity_for(doc, claim.resolved_span, claim.resolved_head or claim.source_head)
    lemma = claim.cue_lemma or ""
    stance = lexicon.phrases.get(lemma) or lexicon.verbs.get(lemma, "neutral")
    cue = claim.cue
    cue_tokens = list(_span_tokens(doc, cue.start, cue.end)) if cue is not None else []
    scope = list(content)
    hedge_scope = scope + [c for t in cue_tokens for c in _children(t) if c.dep_ == "advmod"]
    hedge_scope.sort(key=lambda t: t.i)
    continues = claim.continues
    return {
        "id": f"c{index + 1}",
        "source": {
            "text": claim.source_text,
            "start": claim.source_span[0] if claim.source_span else None,
            "end": claim.source_span[1] if claim.source_span else None,
            "name": (entity.get("name") if entity else None) or claim.source_name,
            "kind": claim.source_kind,
            "role": claim.source_role or (entity.get("role") if entity else None),
            "entity": entity.get("id") if entity else None,
            "affiliation": entity.get("affiliation") if entity else None,
        },
        "cue": _span_text(cue) if cue is not None else None,
        "cue_lemma": claim.cue_lemma,
        "cue_start": claim.cue.start_char if claim.cue is not None else None,
        "cue_end": claim.cue.end_char if claim.cue is not None else None,
        "content": content_dict,
        "parts": [_span_dict(p) for p in claim.parts],
        "direct": claim.direct,
        "continues": f"c{claims.index(continues) + 1}" if continues is not None else None,
        "negated": bool(cue_tokens and _is_negated(cue_tokens[0])),
        "date": _cue_date(doc, claim),
        "stance": stance,
        "hedges": find_hedges(hedge_scope, lexicon),
        "quantities": find_quantities(scope, lexicon),
        "about": mentioned_in(doc, content_dict["start"], content_dict["end"]),
        "contested_by": [],
        "contradiction_reasons": {},
    }


# --------------------------------------------------------------------------- contradictions


def _source_key(record: dict[str, Any]) -> str:
    src = record["source"]
    if src.get("entity"):
        return f"entity:{src['entity']}"
    return _strip_det(src.get("name") or src.get("text") or "").lower()


#: Words of a source's name and role that do not tell two sources apart.
SOURCE_FILLER_WORDS: frozenset[str] = frozenset({"the", "a", "an", "of", "s", "in"})
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _SourceFacts:
    """A claim's source as :func:`_same_source` compares it (worked out once per claim)."""

    key: str
    entity: Any
    affiliation: Any
    words: frozenset[str]


def _source_facts(record: dict[str, Any]) -> _SourceFacts:
    src = record["source"]
    words = WORD.findall(f"{src.get('name') or ''} {src.get('role') or ''}".lower())
    return _SourceFacts(
        key=_source_key(record),
        entity=src.get("entity"),
        affiliation=src.get("affiliation"),
        words=frozenset(words) - SOURCE_FILLER_WORDS,
    )


def _same_source(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same speaker, or one speaks for the other (a spokesman of "the ministry")."""
    return _same_source_facts(_source_facts(a), _source_facts(b))


def _same_source_facts(sa: _SourceFacts, sb: _SourceFacts) -> bool:
    """:func:`_same_source` on facts already worked out."""
    if sa.key == sb.key:
        return True
    if sa.entity and sa.entity in {sb.affiliation} or sb.entity and sb.entity in {sa.affiliation}:
        return True
    if not sa.words or not sb.words:
        return False
    # "the Russian defense ministry" vs Konashenkov, "the Russian defense ministry's spokesman"
    return sa.words <= sb.words or sb.words <= sa.words


def _key_lemmas(tokens: Iterable[Token]) -> tuple[set[str], set[str]]:
    """(proper-noun lemmas, other noun lemmas) of ``tokens``."""
    names, nouns = set(), set()
    for t in tokens:
        if t.is_stop or t.is_punct:
            continue
        pos = t.pos_
        if pos == "PROPN" or t.ent_type_ in {"GPE", "LOC", "ORG", "PERSON", "FAC", "NORP"}:
            names.add(t.lower_)
        elif pos == "NOUN":
            lemma = _lemma(t)
            if lemma not in GENERIC_LEMMAS:
                nouns.add(lemma)
    return names, nouns


def _state_of(verb: Token, lexicon: ClaimLexicon) -> str | None:
    lemma = _lemma(verb)
    for obj in _children(verb):
        if obj.dep_ in {"dobj", "attr", "prep"}:
            target = (
                obj
                if obj.dep_ != "prep"
                else next((g for g in _children(obj) if g.dep_ == "pobj"), obj)
            )
            key = f"{lemma} {_lemma(target)}"
            if key in lexicon.states:
                return lexicon.states[key]
    return lexicon.states.get(lemma)


def _predicates(part: list[Token]) -> list[Token]:
    return [
        t for t in part if t.pos_ in {"VERB", "AUX"} and t.dep_ != "aux" and t.dep_ != "auxpass"
    ]


def _subject_names(verb: Token) -> tuple[set[str], str | None]:
    subj = next((c for c in _children(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return set(), None
    names, nouns = _key_lemmas(_subtree_of(subj))
    return names | nouns, _lemma(subj) if subj.pos_ != "PRON" else None


@dataclass(frozen=True)
class _ClaimFacts:
    """What the pairwise contradiction test reads from one claim.

    :func:`link_contradictions` compares every pair of claims; these are worked out once
    per claim instead of once per pair.
    """

    names: set[str]  # proper-noun lemmas of the content (see _key_lemmas)
    nouns: set[str]  # its other noun lemmas
    verbs: set[str]  # lemmas of its predicates, generic ones left out
    part_predicates: tuple[list[Token], ...]  # the predicates of each coordinated clause
    source: _SourceFacts
    stance: str
    quantified: bool  # whether the claim has quantities


def _claim_facts(claim: Claim, record: dict[str, Any]) -> _ClaimFacts:
    names, nouns = _key_lemmas(claim.content)
    predicates = _predicates(claim.content)
    # (a claim of one clause has the content itself as its only part)
    return _ClaimFacts(
        names=names,
        nouns=nouns,
        verbs={_lemma(v) for v in predicates} - GENERIC_LEMMAS,
        part_predicates=tuple(
            predicates if p is claim.content else _predicates(p)
            for p in claim.parts or [claim.content]
        ),
        source=_source_facts(record),
        stance=record["stance"],
        quantified=bool(record["quantities"]),
    )


def _may_contradict(fa: _ClaimFacts, fb: _ClaimFacts) -> bool:
    """False when :func:`_contradiction_reasons` is sure to find nothing for the pair.

    The tests of that function's first branches on the facts alone: two claims about
    different named things, or sharing too little and not both with numbers, are no
    contradiction. Most pairs stop here after a few set operations.
    """
    shared_names = fa.names & fb.names
    if (
        (fa.stance == "denial") != (fb.stance == "denial")
        and fa.verbs & fb.verbs
        and (shared_names or fa.nouns & fb.nouns)
    ):
        return True
    if {fa.stance, fb.stance} == {"accusation", "denial"}:
        return True  # the accused may deny it (see _denies_accusation)
    if fa.names and fb.names and not shared_names:
        return False
    if not shared_names and len(fa.nouns & fb.nouns) < 2:
        return fa.quantified and fb.quantified  # (see _number_reasons)
    return True


#: ``verb.i`` -> :func:`_subject_names` of that verb, for one Doc.
_SubjectCache = dict[int, tuple[set[str], str | None]]


def _contradiction_reasons(
    doc: Doc,
    a: Claim,
    b: Claim,
    ra: dict[str, Any],
    rb: dict[str, Any],
    lexicon: ClaimLexicon,
    fa: _ClaimFacts | None = None,
    fb: _ClaimFacts | None = None,
    subjects: _SubjectCache | None = None,
) -> list[str]:
    """Why claim ``b`` contradicts the earlier claim ``a`` (empty: it does not).

    ``fa``/``fb`` (the claims' :class:`_ClaimFacts`) and ``subjects`` are caches that
    :func:`link_contradictions` shares across pairs; they are worked out when absent.
    """
    fa = fa if fa is not None else _claim_facts(a, ra)
    fb = fb if fb is not None else _claim_facts(b, rb)
    subjects = subjects if subjects is not None else {}
    names_a, nouns_a, names_b, nouns_b = fa.names, fa.nouns, fb.names, fb.nouns
    shared_names, shared_nouns = names_a & names_b, nouns_a & nouns_b
    verbs_a, verbs_b = fa.verbs, fb.verbs
    reasons: list[str] = []
    if (
        (ra["stance"] == "denial") != (rb["stance"] == "denial")
        and verbs_a & verbs_b
        and (shared_names or shared_nouns)
    ):
        # "X accused the government of ignoring warnings" / "the government denied it had
        # ignored warnings": the same predicate on the same thing, denied.
        denier, denied = (rb, b) if rb["stance"] == "denial" else (ra, a)
        verb = next(v for v in _predicates(denied.content) if _lemma(v) in verbs_a & verbs_b)
        reasons.append(
            f"denial: {denier['source']['name']} {denier['cue']} that '{_clause_text(verb)}'"
        )
    elif _denies_accusation(a, b, ra, rb, lexicon):
        # "Police accused the organizers of blocking an ambulance" / "The organizers
        # denied that they had blocked any vehicle": the accused denies it.
        accuser, denier = (ra, rb) if ra["stance"] == "accusation" else (rb, ra)
        reasons.append(
            f"denial of an accusation: {denier['source']['name']} "
            f"{denier['cue']} what {accuser['source']['name']} alleged"
        )
    elif names_a and names_b and not shared_names:
        return []  # about different named things (Aleppo vs Idlib)
    elif not shared_names and len(shared_nouns) < 2:
        # not visibly about the same thing; only numbers of the same thing under the same
        # predicate ("12 civilians were killed" / "45 civilians were killed") may still clash
        return _number_reasons(doc, ra, rb, same_predicate=True)
    for predicates_a in fa.part_predicates:
        for predicates_b in fb.part_predicates:
            for va in predicates_a:
                for vb in predicates_b:
                    reason = _pair_reason(va, vb, lexicon, subjects)
                    if reason and reason not in reasons:
                        reasons.append(reason)
    reasons += _number_reasons(doc, ra, rb)
    marker = _contrast_marker(b, lexicon)
    if reasons and marker is not None:
        reasons.append(f"contrast marker '{marker}'")
    return reasons


def _denies_accusation(
    a: Claim, b: Claim, ra: dict[str, Any], rb: dict[str, Any], lexicon: ClaimLexicon
) -> bool:
    """One claim accuses the other's source, which denies the same act or "the claims"."""
    stances = {ra["stance"], rb["stance"]}
    if stances != {"accusation", "denial"}:
        return False
    accusation, denial = (a, b) if ra["stance"] == "accusation" else (b, a)
    denier = rb if denial is b else ra
    accused_words = {_lemma(t) for t in accusation.content if t.pos_ in {"NOUN", "PROPN"}}
    accused_words |= {t.lower_ for t in accusation.content if t.pos_ == "PROPN"}
    source_words = {w.lower() for w in re.findall(r"\w+", denier["source"].get("name") or "")}
    source_words |= {_lemma(t) for t in (denial.subject or []) if t.pos_ in {"NOUN", "PROPN"}}
    if not source_words & accused_words:
        return False
    verbs_acc = {_lemma(v) for v in _predicates(accusation.content)} - GENERIC_LEMMAS
    verbs_den = {_lemma(v) for v in _predicates(denial.content)} - GENERIC_LEMMAS
    content_heads = {
        _lemma(t)
        for t in denial.content
        if t.dep_ in {"dobj", "ROOT"} or t.head not in denial.content
    }
    return bool(verbs_acc & verbs_den) or bool(content_heads & lexicon.accusation_nouns)


def _contrast_marker(claim: Claim, lexicon: ClaimLexicon) -> str | None:
    """A contrast marker on the claim's cue ("however", "but the ministry insisted")."""
    if claim.cue is None:
        return None
    cue = claim.cue.root
    for child in _children(cue):
        if child.lower_ in lexicon.contrast_markers and child.dep_ in {"advmod", "cc", "mark"}:
            return child.text
    left = min([cue.i] + [t.left_edge.i for t in _children(cue) if t.dep_ in SUBJECT_DEPS])
    doc = cue.doc
    for t in doc[max(cue.sent.start, left - 2) : left]:
        if t.lower_ in lexicon.contrast_markers:
            return t.text
    return None


def _pair_reason(
    va: Token, vb: Token, lexicon: ClaimLexicon, subjects: _SubjectCache | None = None
) -> str | None:
    subjects = subjects if subjects is not None else {}
    if va.i not in subjects:
        subjects[va.i] = _subject_names(va)
    if vb.i not in subjects:
        subjects[vb.i] = _subject_names(vb)
    subj_a, head_a = subjects[va.i]
    subj_b, head_b = subjects[vb.i]
    same_subject = bool(subj_a & subj_b) or (head_a is not None and head_a == head_b)
    if not same_subject:
        return None
    sa, sb = _state_of(va, lexicon), _state_of(vb, lexicon)
    if sa and sb and frozenset({sa, sb}) in lexicon.incompatible:
        return f"incompatible states: '{_clause_text(va)}' ({sa}) vs '{_clause_text(vb)}' ({sb})"
    if (
        _lemma(va) == _lemma(vb)
        and _lemma(va) not in GENERIC_LEMMAS
        and _is_negated(va) != _is_negated(vb)
    ):
        return f"opposite polarity: '{_clause_text(va)}' vs '{_clause_text(vb)}'"
    return None


def _clause_text(verb: Token) -> str:
    subj = next((c for c in _children(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    left = subj.left_edge.i if subj is not None else verb.i
    tokens = [t for t in verb.doc[left : verb.i + 1]]
    objs = [c for c in _children(verb) if c.dep_ in {"dobj", "attr", "acomp"}]
    right = max([o.right_edge.i for o in objs], default=verb.i)
    tokens = list(verb.doc[left : right + 1])
    return doc_text(verb.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _number_reasons(
    doc: Doc, ra: dict[str, Any], rb: dict[str, Any], same_predicate: bool = False
) -> list[str]:
    """Numbers for the same thing (counted noun or unit) whose ranges do not overlap.

    With ``same_predicate`` the counted nouns must also hang on the same verb lemma.
    """
    reasons = []
    for qa in ra["quantities"]:
        for qb in rb["quantities"]:
            same_thing = (qa["counted"] and qa["counted"] == qb["counted"]) or (
                qa["unit"] and qa["normalized_unit"] == qb["normalized_unit"]
            )
            if not same_thing:
                continue
            if same_predicate and not (
                qa["counted"]
                and _governor(doc, qa) is not None
                and _governor(doc, qa) == _governor(doc, qb)
            ):
                continue
            qa_r = dict(qa, value=qa["normalized_value"], rounding=0.0)
            qb_r = dict(qb, value=qb["normalized_value"], rounding=0.0)
            low_a, high_a = _range(qa_r, 1.0)
            low_b, high_b = _range(qb_r, 1.0)
            if high_a < low_b or high_b < low_a:
                reasons.append(f"incompatible numbers: '{qa['text']}' vs '{qb['text']}'")
    return reasons


def _governor(doc: Doc, quantity: dict[str, Any]) -> str | None:
    """Lemma of the verb a counted quantity depends on ("12 civilians were killed": kill)."""
    span = doc.char_span(quantity["start"], quantity["end"], alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return _lemma(token) if token.pos_ in {"VERB", "AUX"} else None


def link_contradictions(
    doc: Doc, claims: list[Claim], records: list[dict[str, Any]], lexicon: ClaimLexicon
) -> None:
    """Fill ``contested_by`` and ``contradiction_reasons`` both ways, in place.

    Every pair of claims is compared; what the test reads from each claim is worked out
    once beforehand (:class:`_ClaimFacts`), so a pair costs a few set operations.
    """
    facts = [_claim_facts(c, r) for c, r in zip(claims, records, strict=True)]
    subjects: _SubjectCache = {}
    for j, (b, rb) in enumerate(zip(claims, records, strict=True)):
        for i in range(j):
            a, ra = claims[i], records[i]
            if _same_source_facts(facts[i].source, facts[j].source) or not _may_contradict(
                facts[i], facts[j]
            ):
                continue
            reasons = _contradiction_reasons(
                doc, a, b, ra, rb, lexicon, facts[i], facts[j], subjects
            )
            if not reasons:
                continue
            ra["contested_by"].append(rb["id"])
            rb["contested_by"].append(ra["id"])
            ra["contradiction_reasons"][rb["id"]] = reasons
            rb["contradiction_reasons"][ra["id"]] = reasons


# --------------------------------------------------------------------------- assertions


def find_assertions(
    doc: Doc,
    sentences: list[Span],
    records: list[dict[str, Any]],
    lexicon: ClaimLexicon,
    kinds: frozenset[str] = frozenset({"paragraph"}),
) -> list[dict[str, Any]]:
    """Sentences in the reporter's own voice: no cue in them and not inside a claim."""
    covered = _Intervals(
        [(r["cue_start"], r["cue_end"]) for r in records if r["cue_start"] is not None]
        + [
            (r["content"]["start"], r["content"]["end"])
            for r in records
            if r["content"]["start"] is not None
        ]
    )
    out = []
    doc_tokens = _doc_tokens(doc)
    blocks = _extension(doc, "blocks")
    starts = block_starts(doc) if blocks else []
    for sent in sentences:
        tokens = [t for t in doc_tokens[sent.start : sent.end] if not t.is_space]
        if not tokens or not any(t.is_alpha for t in tokens):
            continue
        kind = "paragraph"
        if blocks:
            i = block_at(blocks, starts, tokens[0].idx)
            kind = blocks[i]["kind"] if i is not None else "paragraph"
        if kind not in kinds:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if covered.overlaps(start, end):
            continue
        out.append(
            {
                "id": f"a{len(out) + 1}",
                "text": doc_text(doc)[start:end],
                "start": start,
                "end": end,
                "block": kind,
                "hedges": find_hedges(tokens, lexicon),
                "quantities": find_quantities(tokens, lexicon),
            }
        )
    return out


class _Intervals:
    """Character ranges ``[start, end)`` that answer "does any overlap this range?" by
    binary search (sorted starts, running maximum of the ends) instead of a scan."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [s for s, _ in ordered]
        self.max_ends: list[int] = []
        for _, e in ordered:
            self.max_ends.append(max(e, self.max_ends[-1]) if self.max_ends else e)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some range ``(s, e)`` has ``s < end`` and ``start < e``."""
        k = bisect.bisect_left(self.starts, end)  # ranges [0, k) start before ``end``
        return k > 0 and self.max_ends[k - 1] > start


# --------------------------------------------------------------------------- tables


CLAIM_COLUMNS: dict[str, str] = {
    "id": "string",
    "source": "string",
    "source_as_written": "string",
    "source_kind": "string",
    "entity": "string",
    "cue": "string",
    "stance": "string",
    "direct": "boolean",
    "date": "string",
    "date_text": "string",
    "content": "string",
    "hedges": "string",
    "quantities": "string",
    "about": "string",
    "contested_by": "string",
    "start": "Int64",
    "end": "Int64",
}


def _quantity_text(q: dict[str, Any]) -> str:
    text = q["text"]
    if q.get("normalized_unit") and q["normalized_unit"] != q.get("unit"):
        text += f" [= {q['normalized_value']:.4g} {q['normalized_unit']}]"
    if q.get("consistent") is not None:
        text += " (consistent)" if q["consistent"] else " (INCONSISTENT)"
    return text


def claims_table(claims: list[dict[str, Any]] | None) -> pd.DataFrame:
    """One row per claim: who, cue, stance, when, what, hedges, numbers, contested by."""
    import pandas as pd

    rows = []
    for c in claims or []:
        rows.append(
            {
                "id": c["id"],
                "source": c["source"]["name"],
                "source_as_written": c["source"]["text"],
                "source_kind": c["source"]["kind"],
                "entity": c["source"]["entity"],
                "cue": c["cue"],
                "stance": c["stance"],
                "direct": c["direct"],
                "date": c["date"]["value"],
                "date_text": c["date"]["text"],
                "content": c["content"]["text"],
                "hedges": "; ".join(h["text"] for h in c["hedges"]),
                "quantities": "; ".join(_quantity_text(q) for q in c["quantities"]),
                "about": "; ".join(a["name"] for a in c.get("about", [])),
                "contested_by": ", ".join(c["contested_by"]),
                "start": c["content"]["start"],
                "end": c["content"]["end"],
            }
        )
    return pd.DataFrame(rows, columns=list(CLAIM_COLUMNS)).astype(CLAIM_COLUMNS)


ASSERTION_COLUMNS: dict[str, str] = {
    "id": "string",
    "text": "string",
    "hedges": "string",
    "quantities": "string",
    "start": "Int64",
    "end": "Int64",
}


def assertions_table(assertions: list[dict[str, Any]] | None) -> pd.DataFrame:
    """One row per unattributed statement in the reporter's own voice."""
    import pandas as pd

    rows = [
        {
            "id": a["id"],
            "text": a["text"],
            "hedges": "; ".join(h["text"] for h in a["hedges"]),
            "quantities": "; ".join(_quantity_text(q) for q in a["quantities"]),
            "start": a["start"],
            "end": a["end"],
        }
        for a in assertions or []
    ]
    return pd.DataFrame(rows, columns=list(ASSERTION_COLUMNS)).astype(ASSERTION_COLUMNS)


QUANTITY_COLUMNS: dict[str, str] = {
    "claim": "string",
    "text": "string",
    "value": "Float64",
    "unit": "string",
    "counted": "string",
    "normalized_value": "Float64",
    "normalized_unit": "string",
    "approx": "boolean",
    "bound": "string",
    "equivalent_of": "string",
    "consistent": "boolean",
}


def quantities_table(
    claims: list[dict[str, Any]] | None, assertions: list[dict[str, Any]] | None = None
) -> pd.DataFrame:
    """Every number in claims (and assertions, ``claim`` = assertion id) with its unit."""
    import pandas as pd

    rows = []
    for item in list(claims or []) + list(assertions or []):
        for q in item["quantities"]:
            rows.append({"claim": item["id"], **{k: q.get(k) for k in list(QUANTITY_COLUMNS)[1:]}})
    return pd.DataFrame(rows, columns=list(QUANTITY_COLUMNS)).astype(QUANTITY_COLUMNS)


CONTRADICTION_COLUMNS: dict[str, str] = {
    "claim": "string",
    "source": "string",
    "content": "string",
    "contested_by": "string",
    "other_source": "string",
    "other_content": "string",
    "reasons": "string",
}


def contradictions_table(claims: list[dict[str, Any]] | None) -> pd.DataFrame:
    """One row per contradicting pair (earlier claim first)."""
    import pandas as pd

    by_id = {c["id"]: c for c in claims or []}
    rows = []
    for c in claims or []:
        for other_id in c["contested_by"]:
            o = by_id[other_id]
            if int(other_id[1:]) < int(c["id"][1:]):
                continue
            rows.append(
                {
                    "claim": c["id"],
                    "source": c["source"]["name"],
                    "content": c["content"]["text"],
                    "contested_by": other_id,
                    "other_source": o["source"]["name"],
                    "other_content": o["content"]["text"],
                    "reasons": "; ".join(c["contradiction_reasons"].get(other_id, [])),
                }
            )
    return pd.DataFrame(rows, columns=list(CONTRADICTION_COLUMNS)).astype(CONTRADICTION_COLUMNS)
