"""Who and where: entity mentions fixed, merged into one entity per actor, geocoded, ranked.

Two spaCy components, registered here:

``fivews_entity_ruler`` (:class:`EntityPatternRuler`, runs right after spaCy's ``ner``)
    Corrects the statistical mentions in ``doc.ents`` with general rules and a small
    pattern file (``data/entity_patterns.jsonl``, run by spaCy's own ``SpanRuler``):

    * names whose spelling varies are kept whole: transliterated names with an article
      (*Deir ez-Zor*, *Deir el-Zour*, *Deir eI-Zor* with an OCR ``I`` for ``l``, *Ras
      al-Ain*, *Abu Bakr al-Baghdadi*) and hyphenated names (*Rostov-on-Don*);
      a pattern match is joined with the NER span it overlaps and takes its label
      (:mod:`~fivews.entities.ruler`);
    * known multi-word names beat fragments (*Islamic State* is an ORG, not the NORP
      *Islamic* followed by a word); all-caps acronyms (*IS*) are ignored in shouted,
      all-caps text;
    * possessive clitics are stripped (*Raqqa’s* -> *Raqqa*);
    * a name glued to a participle (*U.S.-backed*, *Kurdish-led*) is split off into its
      own token and mention when the name is known (alias file, demonym, gazetteer)
      (:mod:`~fivews.entities.spans`);
    * no entity from page chrome (boilerplate blocks, ``data/entity_chrome.txt``), and in
      title-case blocks (headlines, subheads) only entities the article confirms
      elsewhere or the gazetteer knows (drops *Breaking News*, *Key City*)
      (:mod:`~fivews.entities.chrome`);
    * one label per name: all mentions of the same name get the majority label
      (:mod:`~fivews.entities.labels`).

``fivews_entities`` (:class:`EntityMerger`, after the ruler)
    Sets ``doc._.entities``: a list of JSON-ready dicts
    (:class:`~fivews.entities.records.EntityRecord`), most salient first::

        {id, name, label, aliases, mentions: [{text, start, end, sentence}], salience,
         role?, affiliation?, lat?, lon?, country?, geo_confidence?}

    Mentions (:mod:`~fivews.entities.mentions`) are merged with union-find by name,
    alias, acronym, surname, place spelling and institution (:mod:`~fivews.entities.merge`);
    each group becomes an entity with a salience, and a person's role and affiliation
    (:mod:`~fivews.entities.actors`). Places are geocoded offline with :mod:`fivews.geo`,
    each article's places disambiguating each other (:mod:`~fivews.entities.places`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from fivews.entities.actors import build_entities
from fivews.entities.chrome import drop_chrome
from fivews.entities.constants import (
    ACRONYM,
    ACTOR_LABELS,
    GLUED_NAME,
    INITIALS_SKIP,
    LABEL_PRIORITY,
    MIN_GEO_CONFIDENCE,
    NAME_SUFFIXES,
    PLACE_FUZZY_CUTOFF,
    PLACE_LABELS,
    POSSESSIVES,
    TITLE_CASE_KINDS,
)
from fivews.entities.known_names import is_well_known, known_name_label, normalize_exact
from fivews.entities.labels import repair_labels, vote_labels
from fivews.entities.lexicon import (
    PATTERNS_FILE,
    load_aliases,
    load_chrome_phrases,
    load_institutions,
    load_name_prefix_data,
    load_name_prefixes,
    load_patterns,
    load_titles,
)
from fivews.entities.mentions import Mention, collect_mentions, institution_mentions
from fivews.entities.merge import merge_mentions
from fivews.entities.names import (
    acronym_of,
    alias_key,
    clean_name,
    initials,
    name_key,
    strip_possessive,
)
from fivews.entities.person_names import person_tokens, strip_title
from fivews.entities.records import EntityRecord, MentionRecord, RulerResult
from fivews.entities.ruler import _anchor as _anchor  # re-exported for the tests
from fivews.entities.ruler import _PatternAnchors, apply_patterns, pattern_matches
from fivews.entities.spans import (
    add_dateline_place,
    add_definitions,
    add_known_places,
    propagate_names,
    split_glued_names,
    strip_possessives,
    trim_mentions,
)
from fivews.entities.tables import entities_table, iter_mentions, mentions_table
from fivews.lexicon import LexiconDir
from fivews.structure import doc_text, reading

__all__ = [
    "ACRONYM",
    "ACTOR_LABELS",
    "PATTERNS_FILE",
    "GLUED_NAME",
    "INITIALS_SKIP",
    "LABEL_PRIORITY",
    "MIN_GEO_CONFIDENCE",
    "NAME_SUFFIXES",
    "PLACE_FUZZY_CUTOFF",
    "PLACE_LABELS",
    "POSSESSIVES",
    "TITLE_CASE_KINDS",
    "EntityMerger",
    "EntityPatternRuler",
    "EntityRecord",
    "Mention",
    "MentionRecord",
    "RulerResult",
    "acronym_of",
    "alias_key",
    "build_entities",
    "clean_name",
    "collect_mentions",
    "entities_table",
    "initials",
    "institution_mentions",
    "is_well_known",
    "iter_mentions",
    "known_name_label",
    "load_aliases",
    "load_chrome_phrases",
    "load_institutions",
    "load_name_prefix_data",
    "load_name_prefixes",
    "load_patterns",
    "load_titles",
    "make_fivews_entities",
    "make_fivews_entity_ruler",
    "mentions_table",
    "merge_mentions",
    "name_key",
    "normalize_exact",
    "person_tokens",
    "strip_possessive",
    "strip_title",
]

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)


# --------------------------------------------------------------------------- the ruler


@Language.factory(
    "fivews_entity_ruler",
    default_config={"lexicon_dir": None},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    requires=[
        "doc.ents",
        "doc.sents",
        "token.is_sent_start",
        "token.dep",
        "token.head",
        "doc._.blocks",
    ],
    retokenizes=True,
)
def make_fivews_entity_ruler(
    nlp: Language, name: str, lexicon_dir: str | None
) -> EntityPatternRuler:
    """spaCy factory for :class:`EntityPatternRuler`.

    Args:
        lexicon_dir: a folder whose ``entity_patterns.jsonl`` (``SpanRuler`` patterns, one
            JSON object a line) replaces the packaged ``data/entity_patterns.jsonl``;
            without one, the packaged file. Label ``_NAME`` marks a name shape kept whole
            whose label comes from the NER span it overlaps.
    """
    return EntityPatternRuler(nlp, name, lexicon_dir=lexicon_dir)


class EntityPatternRuler:
    """Fix spaCy's entity mentions (see the package docstring for the rules).

    Args:
        nlp: the pipeline (its vocabulary builds the pattern matchers).
        name: the component's name (default ``"fivews_entity_ruler"``).
        lexicon_dir: a folder whose ``entity_patterns.jsonl`` replaces the packaged
            ``data/entity_patterns.jsonl`` (:func:`fivews.lexicon.load_jsonl`).
    """

    def __init__(
        self, nlp: Language, name: str = "fivews_entity_ruler", *, lexicon_dir: LexiconDir = None
    ) -> None:
        self.name = name
        self.ruler = SpanRuler(nlp, f"{name}_patterns", spans_key=None, annotate_ents=False)
        patterns = load_patterns(lexicon_dir)
        self.ruler.add_patterns(patterns)
        self.anchors = _PatternAnchors(patterns)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> RulerResult:
        """Compute corrected mentions without changing the Doc.

        The rules read the Doc through one :class:`~fivews.structure.DocReader`, open for
        this step only: :meth:`set_annotations` splits tokens afterwards, which a reader
        opened before would not see.
        """
        result = RulerResult()
        with reading(doc):
            spans = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
            spans = apply_patterns(spans, self.pattern_matches(doc))
            spans = split_glued_names(doc, spans, result)
            spans = strip_possessives(doc, spans)
            spans = trim_mentions(doc, spans)
            spans = add_definitions(doc, spans)
            spans = add_known_places(doc, spans)
            spans = add_dateline_place(doc, spans)
            spans = repair_labels(doc, spans)
            spans = propagate_names(doc, spans)
            spans = drop_chrome(doc, spans)
            spans = vote_labels(doc, spans)
        result.spans = sorted((s, e, label) for (s, e), label in spans.items() if e > s)
        return result

    def pattern_matches(self, doc: Doc) -> list[Span]:
        """The pattern matches, exactly as ``SpanRuler.match`` returns them (sorted Spans),
        found on windows around anchor tokens (:func:`~fivews.entities.ruler.pattern_matches`)."""
        return pattern_matches(self.ruler, self.anchors, doc)

    def set_annotations(self, doc: Doc, result: RulerResult) -> None:
        """Split glued tokens, then replace ``doc.ents`` with the corrected mentions."""
        if result.splits:
            with doc.retokenize() as retokenizer:
                for i, parts, _ in result.splits:
                    token = doc[i]
                    last = len(parts) - 1
                    heads = [(token, last)] * last + [
                        token.head if token.head.i != token.i else (token, last)
                    ]
                    deps = ["npadvmod", "punct", token.dep_]
                    retokenizer.split(token, parts, heads=heads, attrs={"DEP": deps})
        ents = []
        text = doc_text(doc)  # splitting tokens leaves the text as it is
        for start, end, label in result.spans:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and text[span.start_char : span.end_char].strip():
                ents.append(span)
        # What ``doc.ents = ...`` does, without the setter copying every Span first.
        doc.set_ents(filter_spans(ents), default="outside")


# --------------------------------------------------------------------------- the merger


@Language.factory(
    "fivews_entities",
    assigns=["doc._.entities"],
    requires=["doc.ents", "doc.sents", "token.dep", "token.head", "doc._.blocks"],
)
def make_fivews_entities(nlp: Language, name: str) -> EntityMerger:
    """spaCy factory for :class:`EntityMerger`."""
    return EntityMerger()


class EntityMerger:
    """Set ``doc._.entities``: one dict per actor or place (see the package docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[EntityRecord]:
        """Compute the entity dicts without changing the Doc (read through one
        :class:`~fivews.structure.DocReader`, opened after the ruler's token splits)."""
        with reading(doc):
            return build_entities(doc)

    def set_annotations(self, doc: Doc, entities: list[EntityRecord]) -> None:
        """Store the entities on ``doc._.entities``."""
        doc._.entities = entities
