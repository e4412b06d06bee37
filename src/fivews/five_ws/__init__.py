"""The five Ws of the article's main event: who did what, when, where, why and how.

The ``fivews_five_ws`` component sets ``doc._.main_event`` to one JSON-ready dict::

    {who: {text, start, end, entity, name, label}, what: {text, start, end, lemma},
     when: {text, value, start, end, source},
     where: {text, start, end, entity, name, lat, lon, source},
     why: {text, start, end}?, how: {text, start, end}?,
     evidence: {sentence, start, end, kind}, candidates: [{who, what, score, kind, rank, reasons}]}

``entity`` is an id of ``doc._.entities`` (None without that layer); ``source`` says where
an answer came from (``timex``/``parse``/``event``/``publication`` for when;
``sentence``/``dateline``/``lead``/``salience`` for where). :func:`five_ws_table` and
:func:`candidates_table` show a main event as DataFrames.

How it works (a rule-based reading of the inverted pyramid, in the spirit of Giveme5W1H,
Hamborg et al. 2019, but built on the spaCy parse and the other fivews layers):

1. **Candidates.** Every verb with a subject in the headline and the first
   ``lead_sentences`` sentences of the body is a candidate *(who, what)* pair: the
   subject phrase and a short verb phrase (auxiliaries + verb + particle + object or
   first non-temporal preposition phrase, cut before relative clauses and appositions).
   Verbs of saying are not candidates: the claims layer's cues, and the reporting verbs
   that govern or stand beside a clause (one with only a nominal object is an event:
   "confirmed the death toll"). So in "X are helping Y, the ministry said", the
   candidate is *X are helping Y*, not *the ministry said*. Verbs in
   relative clauses and noun modifiers are background. A wire dateline ("KABUL,
   Afghanistan (AP) —"), which the parser often makes the subject, is skipped: the
   subject is the noun phrase after the dash. "He"/"she"/"it" take a named antecedent
   from the same or the previous sentence.
2. **Score.** Position (lead sentence first, then the next ones, the headline lower as
   its grammar is telegraphic), clause rank (main clause or the reported clause of a
   saying verb), subject quality (named entity, salience from ``doc._.entities``;
   pronouns penalised), agreement with the headline and the other lead sentences
   (shared lemmas), a match with ``doc._.events``, a claim's content, and penalties for
   light verbs, participles, hypothetical clauses and verbs inside direct quotes. In "14
   people were killed when a train derailed" the when-clause's event (the cause) outranks
   the passive outcome. The headline (:mod:`~fivews.five_ws.headline`) points to the lead
   sentence that tells it: a candidate whose verb is the headline's predicate and whose
   subject is its agent scores; a "NAME: claim" headline makes NAME's saying the event
   (a sayer's statement is a candidate, below the clause it reports otherwise).
   The best candidate is the main event, unless it only hedges or states ("X could
   draw voters", a light verb) without telling the headline: then the headline's own
   main clause is.
3. **When** is the time expression governed by the event verb (``doc._.timexes`` when
   present, else spaCy DATE/TIME entities resolved by :func:`resolve_date_phrase`),
   else any in the sentence, else the time of the event told again, else a day of the
   week before publication named in the sentence before, else the publication date.
4. **Where** is a GPE/LOC/FAC place in the event clause, preferring the object of a
   locative preposition ("in northern Kunduz province") over places that are actors
   ("Brazil beat Argentina"); else the dateline ("KABUL, Afghanistan (AP) —", as
   :mod:`fivews.article` marks it on its paragraph block); else a place of the lead.
   Coordinates come from the entities layer.
5. **Why / how** are purpose or causal clauses and prepositions ("to protest against",
   "because", "after", "over") and manner or instrument preposition phrases ("with",
   "by") attached to the event verb, when present.

A title given apart from the text (``doc._.title``, set by :mod:`fivews.article` when
the text does not open with it) is parsed on its own and read as the headline in step 2
(:mod:`~fivews.five_ws.title`); the evidence names it (``evidence["headline"]``).

Every layer may be empty (they are written concurrently): the component then falls back
on the parse alone, and never fails on an odd document (an empty one gives ``{}``).

Where each part is decided: ``candidates.py`` and ``headline.py`` (steps 1 and 2),
``who.py``, ``what.py``, ``when.py``, ``where.py`` and ``why_how.py`` (one answer each),
``main_event.py`` (the record, from the best candidate or the fallback). The component
reads the Doc through one :class:`fivews.structure.DocReader` per call (``structure.reading``): its
``layers`` index gives the entities, time expressions and claims, and ``layers.py``
keeps in the reader's memo what this layer derives from them (claim cue and content
ranges, quotations, events); ``dateline.py`` reads the dateline from the blocks,
``clauses.py`` tells what kind of clause a verb heads and ``phrases.py`` how a phrase is
cut. ``lexicon.py`` gathers the word lists, ``records.py`` the record shapes and
``tables.py`` the DataFrames.

Notes:
    No library does news 5W extraction in Python; Giveme5W1H needs a Java CoreNLP
    server. Without the timeline layer, a date phrase is resolved by the timeline
    layer's tagger on the phrase alone (:func:`resolve_date_phrase`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from fivews.five_ws.candidates import find_candidates, lead_and_headline
from fivews.five_ws.dateline import dateline_tokens, find_dateline
from fivews.five_ws.lexicon import LEXICON_FILE, FiveWsLexicon, load_lexicon
from fivews.five_ws.main_event import fallback_event, find_main_event
from fivews.five_ws.phrases import content_lemmas
from fivews.five_ws.records import Candidate, MainEvent
from fivews.five_ws.tables import QUESTIONS, candidates_table, five_ws_table
from fivews.five_ws.title import given_title, mark_article_names, parse_title, remember_title
from fivews.five_ws.when import resolve_date_phrase
from fivews.five_ws.where import place_mentions
from fivews.lexicon import CONFIG_KEY, LexiconDir
from fivews.structure import reading

__all__ = [
    "LEXICON_FILE",
    "QUESTIONS",
    "Candidate",
    "FiveWsLexicon",
    "MainEvent",
    "MainEventFinder",
    "candidates_table",
    "content_lemmas",
    "dateline_tokens",
    "fallback_event",
    "find_candidates",
    "find_dateline",
    "find_main_event",
    "five_ws_table",
    "lead_and_headline",
    "load_lexicon",
    "make_fivews_five_ws",
    "place_mentions",
    "resolve_date_phrase",
]

if not Doc.has_extension("main_event"):
    Doc.set_extension("main_event", default=None)


@Language.factory(
    "fivews_five_ws",
    default_config={"lead_sentences": 3, "max_what_tokens": 14, CONFIG_KEY: None},
    assigns=["doc._.main_event"],
    requires=[
        "doc._.blocks",
        "doc._.entities",
        "doc._.timexes",
        "doc._.claims",
        "doc._.events",
        "doc.sents",
        "doc.ents",
        "token.dep",
        "token.head",
        "token.tag",
        "token.lemma",
        "token.ent_type",
    ],
)
def make_fivews_five_ws(
    nlp: Language, name: str, lead_sentences: int, max_what_tokens: int, lexicon_dir: str | None
) -> MainEventFinder:
    """spaCy factory for :class:`MainEventFinder`."""
    return MainEventFinder(
        lead_sentences=lead_sentences,
        max_what_tokens=max_what_tokens,
        lexicon_dir=lexicon_dir,
        nlp=nlp,
    )


class MainEventFinder:
    """Choose the article's main event and answer its five Ws (``doc._.main_event``).

    Args:
        lead_sentences: how many body sentences with a candidate verb are considered
            (default 3).
        max_what_tokens: the longest ``what`` phrase in tokens (default 14).
        lexicon_dir: a folder of data files that replace the package's own of the same
            name (``five_ws_lexicon.json``, ``reporting_verbs.json``,
            ``prepositions.json``); default None, the package's ``data/``.
        nlp: the pipeline that parses a title given apart from the text
            (``doc._.title``, :mod:`fivews.five_ws.title`); default None, such a title
            is not read.
    """

    def __init__(
        self,
        lead_sentences: int = 3,
        max_what_tokens: int = 14,
        lexicon_dir: LexiconDir = None,
        nlp: Language | None = None,
    ) -> None:
        self.lead_sentences = lead_sentences
        self.max_what_tokens = max_what_tokens
        self.lexicon = load_lexicon(lexicon_dir)
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> MainEvent:
        """Return the main event of ``doc`` as a JSON-ready dict (``{}`` if no text),
        without changing the Doc."""
        title = given_title(doc)
        title_doc = parse_title(self.nlp, title) if title else None
        if title_doc is not None:
            mark_article_names(title_doc, doc)
        with reading(doc) as reader:
            remember_title(reader, title_doc)
            return find_main_event(doc, self.lexicon, self.lead_sentences, self.max_what_tokens)

    def set_annotations(self, doc: Doc, main_event: MainEvent) -> None:
        """Store the main event on the Doc."""
        doc._.main_event = main_event
