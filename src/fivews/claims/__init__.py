"""According to whom: attributed claims, their sources, framing, numbers and contradictions.

The ``fivews_claims`` component reads the dependency parse and finds every statement the
reporter attributes to someone. It sets two Doc extensions:

``doc._.claims``
    attributed statements, one dict per cue (see
    :func:`fivews.claims.serialize.claim_record` for the fields).
``doc._.assertions``
    sentences in the reporter's own voice (no cue, not inside a claim), with their hedges
    and quantities. They are a separate list, not flagged claims, so ``claims`` is only
    ever "someone said so".

How (each step's rules are described in its module)
---
1. **Cues** (:mod:`.cues`, :mod:`.finding`, :mod:`.nominal`). A reporting verb from
   ``data/reporting_verbs.json`` with a subject that can speak; "according to X" is a
   cue whose source is X; so are a speaker's name and a colon ("Trump: …") and a fronted
   "in" + document ("In a new poll, …").
2. **Content** (:mod:`.content`, :mod:`.quotes`). The clause the cue reports, split into
   its coordinated clauses; quotation marks give direct claims, and a quote with no cue
   right after a direct claim continues it.
3. **Source** (:mod:`.sources`, :mod:`.mentions`). The subject's phrase, pronouns and
   bare descriptions resolved to a named source, linked to ``doc._.entities``.
4. **Framing** (:mod:`.framing`, :mod:`.grouping`, :mod:`.serialize`). ``stance`` is the
   cue's class in the lexicon; ``hedges`` come from ``data/claim_hedges.json``,
   ``conditionals`` ("would", "if") apart from them; ``date`` from the timex on the cue,
   else the publication date; the source's ``group`` (the institution a spokesperson
   speaks for) and ``type``, and the ``addressee``, from ``data/claim_sources.json``.
5. **Numbers** (:mod:`.quantities`). Numbers with a unit or a counted noun; units are
   converted with pint and parenthesised equivalents checked.
6. **Contradictions** (:mod:`.contradictions`). Claims by different sources are linked
   only on positive evidence.

The reporter's own statements are found by :mod:`.assertions`; :mod:`.tables` turns
claims, assertions, quantities and contradictions into DataFrames.

Cost: a few ms per article beside spaCy's parse. Hedge phrases are looked up by their
first word, what the pairwise contradiction test reads from a claim is worked out once
per claim (and pairs that cannot clash are dropped on those facts), the Doc's tokens,
text, entities, extensions and each token's children and subtree are read once per call
(the :class:`fivews.structure.DocReader` that :meth:`ClaimExtractor.match` opens), cue
candidates are picked from the Doc's arrays, and pint is imported only when a unit needs
converting, with a registry of the lexicon's units only (``data/claim_units_pint.txt``,
~50 ms to load instead of ~0.5 s for pint's full one).

No library served: textacy's ``direct_quotations`` only sees quotation marks (the seed
has none), and no maintained Python package does indirect-speech attribution on a spaCy
parse. Number words are parsed here (a small table) because the parsers on PyPI either
pull in large models or misread "some 300"; unit conversion is pint's.

Notes: the cue/content/source decomposition follows Pareti (2016), "PARC 3.0: A Corpus of
Attribution Relations", and the rule set is in the spirit of textacy's triples module.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from fivews.claims.assertions import _Intervals, find_assertions
from fivews.claims.content import clause_parts, content_of
from fivews.claims.contradictions import link_contradictions
from fivews.claims.cues import cue_lemma, is_speaker
from fivews.claims.finding import _cue_candidates, find_claims
from fivews.claims.framing import find_hedges
from fivews.claims.lexicon import ClaimLexicon, load_lexicon
from fivews.claims.mentions import mentioned_in
from fivews.claims.quantities import PINT_OPTIONAL_IMPORTS, _import_pint, find_quantities
from fivews.claims.quotes import MIN_QUOTE_TOKENS, find_quotes
from fivews.claims.records import (
    AboutRecord,
    AssertionRecord,
    Claim,
    ClaimRecord,
    DateRecord,
    HedgeRecord,
    QuantityRecord,
    SourceRecord,
    SpanRecord,
)
from fivews.claims.serialize import claim_record
from fivews.claims.sources import _subject_nouns, drop_restatements, resolve_sources
from fivews.claims.tables import (
    assertions_table,
    claims_table,
    contradictions_table,
    quantities_table,
)
from fivews.claims.tokens import _sentences
from fivews.structure import reading

__all__ = [
    "MIN_QUOTE_TOKENS",
    "PINT_OPTIONAL_IMPORTS",
    "AboutRecord",
    "AssertionRecord",
    "Claim",
    "ClaimExtractor",
    "ClaimLexicon",
    "ClaimRecord",
    "DateRecord",
    "HedgeRecord",
    "QuantityRecord",
    "SourceRecord",
    "SpanRecord",
    "assertions_table",
    "claim_record",
    "claims_table",
    "clause_parts",
    "content_of",
    "contradictions_table",
    "cue_lemma",
    "drop_restatements",
    "find_assertions",
    "find_claims",
    "find_hedges",
    "find_quantities",
    "find_quotes",
    "is_speaker",
    "link_contradictions",
    "load_lexicon",
    "make_fivews_claims",
    "mentioned_in",
    "quantities_table",
    "resolve_sources",
    # imported from here by the tests: the array pickers, the interval search and the
    # pint import
    "_Intervals",
    "_cue_candidates",
    "_import_pint",
    "_subject_nouns",
]

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Doc.has_extension("assertions"):
    Doc.set_extension("assertions", default=None)


@Language.factory(
    "fivews_claims",
    assigns=["doc._.claims", "doc._.assertions"],
    requires=[
        "doc.sents",
        "doc.ents",
        "token.dep",
        "token.head",
        "token.tag",
        "token.lemma",
        "token.ent_type",
        "doc._.blocks",
        "doc._.entities",
        "doc._.timexes",
    ],
    default_config={
        "lexicon_dir": None,
        "min_quote_tokens": MIN_QUOTE_TOKENS,
        "assertion_kinds": ["paragraph"],
    },
)
def make_fivews_claims(
    nlp: Language,
    name: str,
    lexicon_dir: str | None,
    min_quote_tokens: int,
    assertion_kinds: list[str],
) -> ClaimExtractor:
    """spaCy factory for :class:`ClaimExtractor`.

    Args:
        lexicon_dir: folder whose lexicon files replace the package's own (a file it
            lacks comes from the package's ``data/``; see :mod:`fivews.lexicon`).
        min_quote_tokens: shortest quotation (in tokens) treated as a statement.
        assertion_kinds: block kinds whose unattributed sentences are assertions.
    """
    return ClaimExtractor(
        lexicon_dir=lexicon_dir,
        min_quote_tokens=min_quote_tokens,
        assertion_kinds=tuple(assertion_kinds),
    )


class ClaimExtractor:
    """Find attributed claims and the reporter's own assertions in a parsed Doc."""

    def __init__(
        self,
        lexicon_dir: str | None = None,
        min_quote_tokens: int = MIN_QUOTE_TOKENS,
        assertion_kinds: Sequence[str] = ("paragraph",),
    ) -> None:
        self.lexicon = load_lexicon(lexicon_dir)
        self.min_quote_tokens = min_quote_tokens
        self.assertion_kinds = frozenset(assertion_kinds)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> tuple[list[ClaimRecord], list[AssertionRecord]]:
        """Return ``(claims, assertions)`` as JSON-ready dicts without changing the Doc.

        The rules read the Doc through one :class:`fivews.structure.DocReader`, open for
        the length of the call (:func:`fivews.structure.reading`).
        """
        with reading(doc):
            return self._match(doc)

    def _match(self, doc: Doc) -> tuple[list[ClaimRecord], list[AssertionRecord]]:
        """Find the claims, resolve their sources, write their records, link the
        contradictions, then find the assertions outside them."""
        sentences = _sentences(doc)
        found = find_claims(doc, sentences, self.lexicon, self.min_quote_tokens)
        resolve_sources(doc, found, self.lexicon)
        found = drop_restatements(found)
        records = [claim_record(doc, c, i, found, self.lexicon) for i, c in enumerate(found)]
        link_contradictions(doc, found, records, self.lexicon)
        assertions = find_assertions(doc, sentences, records, self.lexicon, self.assertion_kinds)
        return records, assertions

    def set_annotations(
        self, doc: Doc, results: tuple[list[ClaimRecord], list[AssertionRecord]]
    ) -> None:
        """Write ``doc._.claims`` and ``doc._.assertions``."""
        doc._.claims, doc._.assertions = results
