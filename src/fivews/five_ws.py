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
   Verbs of saying are not candidates: the claims layer's cue spans when present, else
   a small reporting-verb lexicon with a clausal complement. So in "X are helping Y, the
   ministry said", the candidate is *X are helping Y*, not *the ministry said*. Verbs in
   relative clauses and noun modifiers are background. A wire dateline ("KABUL,
   Afghanistan (AP) —"), which the parser often makes the subject, is skipped: the
   subject is the noun phrase after the dash. "He"/"she"/"it" take a named antecedent
   from the same or the previous sentence.
2. **Score.** Position (lead sentence first, then the next ones, the headline lower as
   its grammar is telegraphic), clause rank (main clause or the reported clause of a
   saying verb), subject quality (named entity, salience from ``doc._.entities``;
   pronouns and the source of a claim penalised), agreement with the headline and the
   other lead sentences (shared lemmas), a match with ``doc._.events``, and penalties
   for light verbs and verbs inside direct quotes. In "14 people were killed when a
   train derailed" the when-clause's event (the cause) outranks the passive outcome.
   The best candidate is the main event.
3. **When** is the time expression governed by the event verb (``doc._.timexes`` when
   present, else spaCy DATE/TIME entities resolved by :func:`resolve_date_phrase`),
   else any in the sentence, else the publication date.
4. **Where** is a GPE/LOC/FAC place in the event clause, preferring the object of a
   locative preposition ("in northern Kunduz province") over places that are actors
   ("Brazil beat Argentina"); else the dateline ("KABUL, Afghanistan (AP) —"); else a
   place of the lead. Coordinates come from the entities layer.
5. **Why / how** are purpose or causal clauses and prepositions ("to protest against",
   "because", "after", "over") and manner or instrument preposition phrases ("with",
   "by") attached to the event verb, when present.

Every layer may be empty (they are written concurrently): the component then falls back
on the parse alone, and never fails on an odd document (an empty one gives ``{}``).

Notes:
    No library does news 5W extraction in Python; Giveme5W1H needs a Java CoreNLP
    server. The date resolution here is a deliberately small fallback for when the
    timeline layer is absent (weekday, "yesterday", "Month D[, YYYY]", years).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from fivews.structure import block_at, block_starts, doc_text

if TYPE_CHECKING:
    import pandas as pd

if not Doc.has_extension("main_event"):
    Doc.set_extension("main_event", default=None)

#: The lexicon file shipped with the package.
LEXICON_FILE = Path(__file__).parent / "data" / "five_ws_lexicon.json"

#: Weight of a body sentence by its rank among the sentences that have a candidate.
POSITION_WEIGHTS: tuple[float, ...] = (1.0, 0.6, 0.4, 0.3, 0.25)
#: Weight of a headline candidate (headlines are telegraphic and often title-cased).
HEADLINE_WEIGHT = 0.45
#: Block kinds read as the article's body (captions and subheads are not the lead).
BODY_KINDS = frozenset({"paragraph"})
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
#: A TIMEX value with at least a year (``2017``, ``2017-09``, ``2017-09-21T10:00``, ``2017-W38``).
ISO_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W\d{2})?")
#: Direct quotations (curly or straight double quotes) on one line.
QUOTE_RE = re.compile(r"\u201c[^\u201d\n]*\u201d?|\"[^\"\n]*\"")
#: A wire-style dateline at the start of a paragraph: ``KABUL, Afghanistan (AP) —``,
#: ``NEW YORK, Feb 5 (Reuters) -``, ``PARIS —``.
DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\u2019\-]+(?: [A-Z][A-Z.'\u2019\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?:,?\s*[A-Z][a-z]{2,4}\.? \d{1,2})?"
    r"\s*(?:\([A-Za-z. ]{2,20}\))?\s*(?:\u2014|\u2013|--?)\s"
)


@dataclass(frozen=True)
class Lexicon:
    """Word lists the rules depend on (see ``data/five_ws_lexicon.json``)."""

    reporting_verbs: frozenset[str]
    weak_verbs: frozenset[str]
    subject_deps: frozenset[str]
    object_deps: frozenset[str]
    complement_deps: frozenset[str]
    cut_deps: frozenset[str]
    locative_prepositions: frozenset[str]
    place_heads: frozenset[str]
    purpose_marks: frozenset[str]
    causal_marks: frozenset[str]
    causal_prepositions: frozenset[str]
    manner_prepositions: frozenset[str]
    time_words: frozenset[str]
    temporal_prepositions: frozenset[str]
    addressee_verbs: frozenset[str]

    @classmethod
    def from_file(cls, path: str | Path) -> Lexicon:
        """Read a lexicon JSON file with one list per field."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(**{name: frozenset(data[name]) for name in cls.__dataclass_fields__})


@functools.lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load (once) the lexicon at ``path``, default :data:`LEXICON_FILE`."""
    return Lexicon.from_file(path or LEXICON_FILE)


@Language.factory(
    "fivews_five_ws",
    default_config={"lead_sentences": 3, "max_what_tokens": 14, "lexicon_path": None},
)
def make_fivews_five_ws(
    nlp: Language, name: str, lead_sentences: int, max_what_tokens: int, lexicon_path: str | None
) -> MainEventFinder:
    """spaCy factory for :class:`MainEventFinder`."""
    return MainEventFinder(
        lead_sentences=lead_sentences, max_what_tokens=max_what_tokens, lexicon_path=lexicon_path
    )


# --------------------------------------------------------------------------- records


@dataclass
class Candidate:
    """One candidate main event: a verb with its subject in a lead or headline sentence.

    Attributes:
        verb: the event verb.
        subject: the subject phrase (after pronoun resolution), or None.
        what: the short verb phrase.
        sentence: the sentence it comes from.
        kind: ``"headline"`` or ``"lead"``.
        rank: the sentence's rank in the body (0 = lead sentence); 0 for headlines.
        score: the total score; ``reasons`` lists the parts that made it.
    """

    verb: Token
    subject: Span | None
    what: Span
    sentence: Span
    kind: str
    rank: int
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)

    def add(self, points: float, reason: str) -> None:
        """Add ``points`` to the score and remember why."""
        if points:
            self.score += points
            self.reasons.append(f"{reason} {points:+.2f}")


@dataclass
class Layers:
    """What the other fivews layers found, read defensively (any may be empty)."""

    entities: list[dict[str, Any]]
    timexes: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    events: list[dict[str, Any]]
    cue_ranges: list[tuple[int, int]]
    source_ranges: list[tuple[int, int]]
    content_ranges: list[tuple[int, int]]
    quote_ranges: list[tuple[int, int]]
    max_salience: float
    dateline: range = range(0)
    #: ``doc.text`` (spaCy rebuilds it from every token on each access), when known.
    text: str | None = None
    #: :func:`find_dateline`'s answer, computed once per Doc (``False``: not yet asked).
    dateline_chars: tuple[int, int, int] | None | bool = False
    #: :meth:`MainEventFinder.lead_and_headline`'s answer, computed once per Doc.
    sections: tuple[list[Span], list[Span]] | None = None
    #: :func:`content_lemmas` of a sentence by (start, end): each candidate compares
    #: itself with the same few headline and lead sentences.
    sentence_lemmas: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    #: ``list(doc.noun_chunks)`` once asked (spaCy chunks the whole Doc on each call).
    noun_chunks: list[Span] | None = None
    #: ``(entity, mention)`` of every entity mention, in layer order (see entity_at).
    mention_list: list[tuple[dict[str, Any], dict[str, Any]]] | None = None

    def lemmas_of(self, sent: Span) -> set[str]:
        """:func:`content_lemmas` of ``sent``, computed once per sentence."""
        key = (sent.start, sent.end)
        found = self.sentence_lemmas.get(key)
        if found is None:
            found = self.sentence_lemmas[key] = content_lemmas(sent)
        return found

    @classmethod
    def from_doc(cls, doc: Doc, text: str | None = None) -> Layers:
        """Collect the layers of ``doc`` (``None`` or malformed layers count as empty).

        ``text`` is ``doc.text`` when the caller has it already (it is read once here).
        """
        text = doc_text(doc) if text is None else text
        found = find_dateline(doc, text)
        entities = _dicts(doc._.entities)
        claims = _dicts(doc._.claims)
        cues, sources, contents = [], [], []
        for claim in claims:
            for key, bucket in (("cue", cues), ("source", sources), ("content", contents)):
                bucket.extend(_ranges(claim.get(key)))
            # The claims layer may give the cue as a string with cue_start/cue_end.
            if isinstance(claim.get("cue_start"), int) and isinstance(claim.get("cue_end"), int):
                cues.append((claim["cue_start"], claim["cue_end"]))
        saliences = [float(e.get("salience") or 0.0) for e in entities]
        return cls(
            entities=entities,
            timexes=_dicts(doc._.timexes),
            claims=claims,
            events=_dicts(doc._.events),
            cue_ranges=cues,
            source_ranges=sources,
            content_ranges=contents,
            quote_ranges=[m.span() for m in QUOTE_RE.finditer(text)],
            max_salience=max(saliences, default=0.0),
            dateline=dateline_tokens(doc, found),
            text=text,
            dateline_chars=found,
        )

    def find_dateline(self, doc: Doc) -> tuple[int, int, int] | None:
        """:func:`find_dateline` of ``doc``, looked up once."""
        if self.dateline_chars is False:
            self.dateline_chars = find_dateline(doc, self.text)
        return self.dateline_chars  # type: ignore[return-value]

    def event_at(self, verb: Token) -> dict[str, Any] | None:
        """The events-layer record whose trigger is ``verb`` (or whose text holds it)."""
        for event in self.events:
            trigger = event.get("trigger")
            if isinstance(trigger, dict) and isinstance(trigger.get("start"), int):
                if trigger["start"] <= verb.idx < int(trigger.get("end", trigger["start"] + 1)):
                    return event
        return None

    def entity_at(self, start: int, end: int, labels: Iterable[str] | None = None) -> dict | None:
        """Return the entity with a mention overlapping ``[start, end)`` (largest overlap)."""
        if self.mention_list is None:  # flattened once: many spans are looked up per Doc
            self.mention_list = [
                (entity, mention)
                for entity in self.entities
                for mention in _dicts(entity.get("mentions"))
            ]
        best, best_overlap = None, 0
        for entity, mention in self.mention_list:
            if labels is not None and entity.get("label") not in labels:
                continue
            overlap = min(end, int(mention.get("end", -1))) - max(
                start, int(mention.get("start", -1))
            )
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
        return best


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The dict items of a layer value (``None`` and non-dicts are skipped)."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def _ranges(value: Any) -> list[tuple[int, int]]:
    """Character ranges in a claim field: a dict with start/end, or a list of them."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if (
            isinstance(item, dict)
            and isinstance(item.get("start"), int)
            and isinstance(item.get("end"), int)
        ):
            out.append((item["start"], item["end"]))
    return out


def _inside(char: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in ranges)


# --------------------------------------------------------------------------- component


class MainEventFinder:
    """Choose the article's main event and answer its five Ws (``doc._.main_event``).

    Args:
        lead_sentences: how many body sentences with a candidate verb are considered
            (default 3).
        max_what_tokens: the longest ``what`` phrase in tokens (default 14).
        lexicon_path: a lexicon JSON file; default ``data/five_ws_lexicon.json``.
    """

    def __init__(
        self, lead_sentences: int = 3, max_what_tokens: int = 14, lexicon_path: str | None = None
    ) -> None:
        self.lead_sentences = lead_sentences
        self.max_what_tokens = max_what_tokens
        self.lexicon = load_lexicon(lexicon_path)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def set_annotations(self, doc: Doc, main_event: dict[str, Any]) -> None:
        """Store the main event on the Doc."""
        doc._.main_event = main_event

    # -- the decision ---------------------------------------------------------

    def match(self, doc: Doc) -> dict[str, Any]:
        """Return the main event of ``doc`` as a JSON-ready dict (``{}`` if no text)."""
        text = doc_text(doc)  # spaCy rebuilds it from every token on each access
        if not text.strip() or len(doc) == 0:
            return {}
        layers = Layers.from_doc(doc, text)
        candidates = self.candidates(doc, layers)
        if not candidates:
            return self.fallback(doc, layers)
        best = candidates[0]
        event: dict[str, Any] = {
            "who": self.who(best, layers),
            "what": {
                "text": best.what.text,
                "start": best.what.start_char,
                "end": best.what.end_char,
                "lemma": best.verb.lemma_,
            },
            "when": self.when(best, doc, layers),
            "where": self.where(best, doc, layers),
        }
        for key, span in (("why", self.why(best)), ("how", self.how(best))):
            if span is not None:
                event[key] = {"text": span.text, "start": span.start_char, "end": span.end_char}
        event["evidence"] = {
            "sentence": best.sentence.text.strip(),
            "start": best.sentence.start_char,
            "end": best.sentence.end_char,
            "kind": best.kind,
        }
        event["candidates"] = [
            {
                "who": c.subject.text if c.subject is not None else None,
                "what": c.what.text,
                "score": round(c.score, 3),
                "kind": c.kind,
                "rank": c.rank,
                "reasons": c.reasons,
            }
            for c in candidates[:5]
        ]
        return event

    def candidates(self, doc: Doc, layers: Layers) -> list[Candidate]:
        """All scored candidates of the headline and lead, best first."""
        headline, body = self._sections(doc, layers)
        found: list[Candidate] = []
        for sent in headline:
            found.extend(self.sentence_candidates(sent, "headline", 0, layers))
        rank = 0
        for sent in body:
            if rank >= self.lead_sentences:
                break
            here = self.sentence_candidates(sent, "lead", rank, layers)
            if here:
                found.extend(here)
                rank += 1
        context = [c.sentence for c in found]
        for cand in found:
            self.score(cand, headline, context, layers)
        # Stable order on ties: earlier in the text first.
        found.sort(key=lambda c: (-c.score, c.verb.i))
        return found

    def _sections(self, doc: Doc, layers: Layers) -> tuple[list[Span], list[Span]]:
        """:meth:`lead_and_headline`, computed once per Doc (candidates and where ask)."""
        if layers.sections is None:
            layers.sections = self.lead_and_headline(doc)
        return layers.sections

    def lead_and_headline(self, doc: Doc) -> tuple[list[Span], list[Span]]:
        """The headline's sentences and the body's sentences, in text order."""
        headline, body = [], []
        blocks = doc._.blocks
        starts = block_starts(doc) if blocks else []
        for sent in doc.sents:
            # Only the first word is needed: stop there instead of listing the sentence.
            first = next((t for t in sent if not t.is_space), None)
            if first is None:
                continue
            if not blocks:
                body.append(sent)
                continue
            index = block_at(blocks, starts, first.idx)
            block = None if index is None else blocks[index]
            if block is None or block.get("duplicate_of") is not None:
                continue
            if block["kind"] == "headline":
                headline.append(sent)
            elif block["kind"] in BODY_KINDS:
                body.append(sent)
        if not body and not headline and blocks:
            # Everything looked like chrome or captions: read all sentences rather than nothing.
            body = [s for s in doc.sents if s.text.strip()]
        return headline, body

    # -- candidates -------------------------------------------------------------

    def is_saying(self, verb: Token, layers: Layers) -> bool:
        """Whether ``verb`` is a verb of saying (a claim's cue), not an event.

        A reporting verb with a nominal object and no clause is an event ("confirmed the
        death toll", "reported a 54% jump in profit"), unless the object is the addressee
        ("told reporters").
        """
        lex = self.lexicon
        has_clause = any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
        has_object = any(c.dep_ in ("dobj", "dative", "attr") for c in verb.children)
        if has_object and not has_clause and verb.lemma_.lower() not in lex.addressee_verbs:
            return False
        if _inside(verb.idx, layers.cue_ranges):
            return True
        if verb.lemma_.lower() not in lex.reporting_verbs:
            return False
        # "said Thursday that ...", "X, the ministry said": a saying verb governs a clause
        # or stands beside one.
        if has_clause or verb.dep_ == "parataxis":
            return True
        return verb.dep_ in ("ROOT", "conj", "advcl")

    def effective_dep(self, verb: Token, layers: Layers) -> str:
        """The verb's clause label, reading a clause that the parser hung on a dateline
        ("KYIV, Ukraine (AP) — Ukrainian air defenses shot down ...") as a main clause."""
        if verb.dep_ != "ROOT" and verb.head.i in layers.dateline and verb.i not in layers.dateline:
            return "ROOT"
        return verb.dep_

    def is_background(self, verb: Token, layers: Layers) -> bool:
        """Whether a verb sits, at any depth, in a relative clause, a noun modifier or a
        preposition phrase: background, never the main event."""
        token = verb
        for _ in range(12):
            if token.dep_ == "ROOT" or token.head.i in layers.dateline:
                return False
            if token.dep_ in BACKGROUND_DEPS:
                return True
            token = token.head
        return False

    def sentence_candidates(
        self, sent: Span, kind: str, rank: int, layers: Layers
    ) -> list[Candidate]:
        """The candidate (who, what) pairs of one sentence, unscored."""
        out = []
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or tok.i in layers.dateline:
                continue
            if tok.pos_ == "AUX" and tok.dep_ != "ROOT":
                continue  # an auxiliary of another verb
            if self.is_background(tok, layers) or self.is_saying(tok, layers):
                continue
            subject = self.subject_of(tok, layers)
            if subject is None:
                continue
            out.append(Candidate(tok, subject, self.verb_phrase(tok), sent, kind, rank))
        return out

    def subject_of(self, verb: Token, layers: Layers) -> Span | None:
        """The subject phrase of ``verb``: its own or a coordinated verb's; a personal
        pronoun is replaced by a named antecedent when one is near."""
        lex = self.lexicon
        token = verb
        for _ in range(3):
            subj = next((c for c in token.children if c.dep_ in lex.subject_deps), None)
            if subj is not None:
                if subj.i in layers.dateline:
                    return self.subject_after_dateline(verb, layers)
                if subj.lower_ in PERSONAL_PRONOUNS:
                    antecedent = self.antecedent(subj, layers)
                    if antecedent is not None:
                        return antecedent
                return self.trim_phrase(subj)
            # "stormed ... and seized": a conjoined or complement verb shares the subject.
            if token.dep_ in ("conj", "xcomp") and token.head.pos_ in ("VERB", "AUX"):
                token = token.head
                continue
            if self.effective_dep(token, layers) == "ROOT" and layers.dateline:
                return self.subject_after_dateline(verb, layers)
            return None
        return None

    def subject_after_dateline(self, verb: Token, layers: Layers) -> Span | None:
        """The first noun phrase between a dateline and the verb (the parser often makes
        the dateline's city the subject)."""
        after = max(layers.dateline) + 1
        if layers.noun_chunks is None:
            layers.noun_chunks = list(verb.doc.noun_chunks)
        for chunk in layers.noun_chunks:
            if chunk.start >= after and chunk.end <= verb.i:
                return chunk
            if chunk.start >= verb.i:
                break
        return None

    def antecedent(self, pronoun: Token, layers: Layers) -> Span | None:
        """A named antecedent for a personal pronoun: the nearest preceding subject that is
        a name, in the same or the previous sentence (a small, cautious rule: "he" and
        "she" take people, "it" takes organisations and places)."""
        doc = pronoun.doc
        start = pronoun.sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        lex = self.lexicon
        word = pronoun.lower_
        for tok in reversed(doc[start : pronoun.i]):
            if tok.dep_ not in lex.subject_deps or tok.pos_ == "PRON" or tok.i in layers.dateline:
                continue
            labels = {t.ent_type_ for t in tok.subtree if t.ent_type_}
            if not labels and tok.pos_ != "PROPN":
                continue
            if word in ("he", "she") and labels and "PERSON" not in labels:
                continue
            if word == "it" and "PERSON" in labels:
                continue
            return self.trim_phrase(tok)
        return None

    def trim_phrase(self, head: Token, max_tokens: int = 12) -> Span:
        """The phrase headed by ``head``, cut before relative clauses, appositions and
        commas after the head. A longer phrase is cut before its last preposition that
        keeps it within ``max_tokens``, else reduced to the head and its left modifiers."""
        doc = head.doc
        start, end = head.left_edge.i, head.right_edge.i + 1
        for tok in doc[head.i + 1 : end]:
            if tok.dep_ in self.lexicon.cut_deps and tok.head.i >= head.i:
                end = min(end, tok.left_edge.i)
            if tok.text in CUT_PUNCT or tok.is_space:
                end = min(end, tok.i)
        for tok in doc[start : head.i]:
            # A fronted clause ("In June, the army ...") or a dateline's tail ("(AP) —").
            if tok.text in CUT_PUNCT or tok.text in (")", "-") or tok.is_space:
                start = tok.i + 1
        if end - start > max_tokens:
            cuts = [
                t.i
                for t in doc[head.i + 1 : end]
                if t.dep_ in ("prep", "agent", "cc") and t.i - start <= max_tokens
            ]
            end = max(cuts) if cuts else head.i + 1
            if end - start > max_tokens:
                start = head.i
        while end - 1 > head.i and (
            doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "case", "prep", "det")
        ):
            end -= 1
        while start < head.i and (doc[start].is_punct or doc[start].is_space):
            start += 1
        return doc[start:end]

    def verb_phrase(self, verb: Token) -> Span:
        """A short verb phrase: auxiliaries, negation, the verb, a particle, and its
        object or clausal complement, else its first non-temporal preposition phrase."""
        lex = self.lexicon
        doc = verb.doc
        keep = {verb.i}
        for child in verb.lefts:
            if child.dep_ in ("aux", "auxpass", "neg") and verb.i - child.i <= 3:
                keep.add(child.i)
        rights = list(verb.rights)
        for child in rights:
            if child.dep_ in ("prt", "neg") or (
                child.dep_ == "advmod" and child.i == verb.i + 1 and child.pos_ == "ADP"
            ):
                keep.add(child.i)  # "shot down", "walked out"
        obj = next((c for c in rights if c.dep_ in lex.object_deps), None)
        if obj is not None:
            keep.update(t.i for t in self.trim_phrase(obj, max_tokens=10))
        comp = next((c for c in rights if c.dep_ in lex.complement_deps), None)
        if comp is not None and not self._is_clause_of_saying(comp):
            inner = {comp.i}
            inner.update(c.i for c in comp.lefts if c.dep_ in ("aux", "neg"))
            subj = next((c for c in comp.lefts if c.dep_ in lex.subject_deps), None)
            if subj is not None:
                inner.update(t.i for t in self.trim_phrase(subj, max_tokens=6))
            comp_obj = next(
                (c for c in comp.rights if c.dep_ in lex.object_deps or c.dep_ == "prt"), None
            )
            if comp_obj is not None:
                inner.update(t.i for t in self.trim_phrase(comp_obj, max_tokens=6))
            if min(inner) <= max(keep) + 3:
                keep |= inner
        if obj is None and comp is None:
            prep = next((c for c in rights if c.dep_ == "prep" and not self.is_temporal(c)), None)
            if prep is not None and prep.i - verb.i <= 4:
                keep.update(t.i for t in self.trim_phrase(prep, max_tokens=10))
        start, end = min(keep), max(keep) + 1
        if end - start > self.max_what_tokens:
            end = start + self.max_what_tokens
        while end - 1 > verb.i and (
            doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "prep", "det")
        ):
            end -= 1
        return doc[start:end]

    def _is_clause_of_saying(self, comp: Token) -> bool:
        return (
            comp.dep_ == "ccomp"
            and any(c.dep_ in self.lexicon.subject_deps for c in comp.children)
            and (comp.head.lemma_.lower() in self.lexicon.reporting_verbs)
        )

    def is_temporal(self, prep: Token) -> bool:
        """Whether a preposition phrase is about time ("on Thursday", "for three hours",
        but not "to six years in prison")."""
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return False
        if prep.lower_ not in self.lexicon.temporal_prepositions:
            return False  # "to six years in prison" is a sentence, not a time
        return pobj.ent_type_ in ("DATE", "TIME") or pobj.lower_ in self.lexicon.time_words

    # -- scoring ----------------------------------------------------------------

    def score(
        self, cand: Candidate, headline: list[Span], context: list[Span], layers: Layers
    ) -> None:
        """Score a candidate in place (see the module docstring for the parts)."""
        verb, lex = cand.verb, self.lexicon
        if cand.kind == "headline":
            cand.add(HEADLINE_WEIGHT, "headline")
        else:
            cand.add(
                POSITION_WEIGHTS[min(cand.rank, len(POSITION_WEIGHTS) - 1)], f"lead#{cand.rank}"
            )
        # Clause rank: the main clause, or the clause a saying verb reports.
        dep = self.effective_dep(verb, layers)
        head_is_main = self.effective_dep(verb.head, layers) == "ROOT"
        if dep == "ROOT":
            cand.add(0.3, "main clause")
        elif dep in ("ccomp", "parataxis") and self.is_saying(verb.head, layers):
            cand.add(0.35 if head_is_main else 0.05, "reported clause")
        elif dep == "advcl" and self.is_saying(verb.head, layers) and head_is_main:
            cand.add(0.2, "event beside a saying verb")
        elif dep == "conj" and (head_is_main or self.is_saying(verb.head.head, layers)):
            cand.add(0.1, "coordinated main clause")
        elif dep in ("advcl", "xcomp", "ccomp"):
            cand.add(-0.2, "subordinate clause")
        # "14 people were killed when a train derailed": the event is the when-clause.
        if dep == "advcl" and self._explains_passive_outcome(verb):
            cand.add(0.6, "cause of a passive outcome")
        outcome_group = [verb, *(c for c in verb.children if c.dep_ == "conj")]
        if any(
            self._explains_passive_outcome(c)
            for v in outcome_group
            for c in v.children
            if c.dep_ == "advcl"
        ):
            cand.add(-0.4, "passive outcome")
        if _inside(verb.idx, layers.content_ranges):
            cand.add(0.1, "claim content")
        if _inside(verb.idx, layers.quote_ranges):
            cand.add(-0.5, "inside a direct quote")
        if verb.lemma_.lower() in lex.weak_verbs:
            cand.add(-0.3, "light verb")
        if verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            cand.add(-0.2, "participle")
        self._score_subject(cand, layers)
        self._score_agreement(cand, headline, context, layers)
        if layers.event_at(verb) is not None:
            cand.add(0.15, "event layer")

    def _explains_passive_outcome(self, clause: Token) -> bool:
        """Whether ``clause`` is a when/after/as clause with its own subject attached to a
        passive verb without agent ("were killed when ...")."""
        head = clause.head
        marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
        # "14 were killed and 50 injured when ...": the passive auxiliary may sit on the
        # first of two coordinated participles.
        passive = any(c.dep_ == "auxpass" for c in head.children) or (
            head.dep_ == "conj"
            and head.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in head.head.children)
        )
        return (
            bool(marks & {"when", "after", "as"})
            and any(c.dep_ in self.lexicon.subject_deps for c in clause.children)
            and passive
            and not any(c.dep_ == "agent" for c in head.children)
        )

    def _score_subject(self, cand: Candidate, layers: Layers) -> None:
        subject = cand.subject
        if subject is None:
            return
        head = subject.root
        if head.pos_ == "PRON" or head.lower_ in ("this", "that", "there"):
            cand.add(-0.4, "pronoun subject")
        elif (
            head.ent_type_ in ACTOR_LABELS
            or head.pos_ == "PROPN"
            or any(t.ent_type_ in ACTOR_LABELS for t in subject)
        ):
            cand.add(0.15, "named subject")
        entity = layers.entity_at(subject.start_char, subject.end_char)
        if entity is not None and layers.max_salience > 0:
            cand.add(0.3 * float(entity.get("salience") or 0.0) / layers.max_salience, "salience")

    def _score_agreement(
        self,
        cand: Candidate,
        headline: list[Span],
        context: list[Span],
        layers: Layers | None = None,
    ) -> None:
        """Shared content lemmas with the headline and the other lead sentences.

        With ``layers``, each sentence's lemmas are computed once per Doc (the same
        sentences are compared with every candidate)."""
        mine = content_lemmas(list(cand.subject or []) + list(cand.what))
        if not mine:
            return
        lemmas_of = layers.lemmas_of if layers is not None else content_lemmas
        if cand.kind != "headline" and headline:
            shared = mine & set().union(*(lemmas_of(s) for s in headline))
            cand.add(round(0.4 * min(1.0, len(shared) / 2), 3), "agrees with headline")
        others = {s.start for s in context if s.start != cand.sentence.start}
        agreeing = sum(
            1
            for s in {s.start: s for s in context}.values()
            if s.start in others and mine & lemmas_of(s)
        )
        cand.add(min(0.2, 0.1 * agreeing), "agrees with lead")

    # -- who --------------------------------------------------------------------

    def who(self, cand: Candidate, layers: Layers) -> dict[str, Any]:
        """The who of the main event, linked to an entity of the entities layer if any."""
        span = cand.subject
        if span is None:
            return {"text": None, "start": None, "end": None, "entity": None, "label": None}
        entity = layers.entity_at(span.start_char, span.end_char)
        label = entity.get("label") if entity else next((e.label_ for e in span.ents), None)
        return {**_linked_span(span, entity), "label": label}

    # -- when -------------------------------------------------------------------

    def event_region(self, verb: Token) -> set[int]:
        """Token indices of the event's clause: the verb's subtree without any clause of
        saying attached to it ("..., officials said Tuesday") and without relative
        clauses and appositions, which describe a participant ("X, who had been in
        office since 2017, stepped down")."""
        region = {t.i for t in verb.subtree}
        for tok in verb.subtree:
            if tok.i == verb.i:
                continue
            saying = (
                tok.head.i == verb.i
                and tok.dep_ in ("ccomp", "parataxis", "advcl", "conj")
                and tok.lemma_.lower() in self.lexicon.reporting_verbs
            )
            if saying or tok.dep_ in ("relcl", "acl", "appos"):
                region -= {t.i for t in tok.subtree}
        return region

    def time_options(self, sent: Span, doc: Doc, layers: Layers) -> list[dict[str, Any]]:
        """Time expressions of a sentence: from the timeline layer, else from the parse."""
        if layers.timexes:
            return [
                {**tx, "source": "timex"}
                for tx in layers.timexes
                if isinstance(tx.get("start"), int)
                and sent.start_char <= tx["start"] < sent.end_char
            ]
        out = []
        for ent in sent.ents:
            if ent.label_ in ("DATE", "TIME"):
                value = resolve_date_phrase(ent.text, doc._.published)
                if value:
                    out.append(
                        {
                            "text": ent.text,
                            "start": ent.start_char,
                            "end": ent.end_char,
                            "type": ent.label_,
                            "value": value,
                            "source": "parse",
                        }
                    )
        return out

    def when(self, cand: Candidate, doc: Doc, layers: Layers) -> dict[str, Any]:
        """The when of the main event: a time expression of its clause, else of its
        sentence, else the publication date."""
        published = doc._.published
        region = self.event_region(cand.verb)
        best, best_score = None, float("-inf")
        for tx in self.time_options(cand.sentence, doc, layers):
            value = str(tx.get("value") or "")
            match = ISO_VALUE.match(value)
            if not match or tx.get("type", "DATE") not in ("DATE", "TIME"):
                continue
            span = doc.char_span(tx["start"], tx["end"], alignment_mode="expand")
            if span is None:
                continue
            value, match = self._check_tense(value, match, span, published)
            score = 0.0
            if any(t.i in region for t in span):
                score += 2.0
            score += 1.0 if match.group(3) else 0.3 if match.group(2) else 0.0
            score += _recency(match, published)
            before = doc[span.start - 1].lower_ if span.start > 0 else ""
            if "since" in (before, span[0].lower_):
                continue  # "since 2017" starts a state; it does not date the event
            if before in ("until", "before", "by"):
                score -= 1.0
            score -= 0.01 * abs(span.root.i - cand.verb.i)
            if score > best_score:
                best, best_score = (
                    {
                        "text": tx.get("text", span.text),
                        "value": value,
                        "start": tx["start"],
                        "end": tx["end"],
                        "source": tx["source"],
                    },
                    score,
                )
        event_time = self._event_time(cand, layers)
        if event_time is not None and (best is None or best_score < 2.0):
            return event_time
        if best is not None:
            return best
        return {
            "text": None,
            "value": published,
            "start": None,
            "end": None,
            "source": "publication" if published else None,
        }

    @staticmethod
    def _check_tense(
        value: str, match: re.Match[str], span: Span, published: str | None
    ) -> tuple[str, re.Match[str]]:
        """Re-resolve a day placed after publication when its clause is in the past tense
        ("said on Monday it would buy": the Monday before, not after)."""
        if not published or not match.group(3) or _recency(match, published) >= 0:
            return value, match
        governor = span.root.head
        if governor.tag_ not in ("VBD", "VBN") and governor.head.tag_ not in ("VBD", "VBN"):
            return value, match
        again = resolve_date_phrase(span.text, published)
        again_match = ISO_VALUE.match(again or "")
        if again is None or again_match is None:
            return value, match
        return again, again_match

    def _event_time(self, cand: Candidate, layers: Layers) -> dict[str, Any] | None:
        """An anchored time from the events layer for the candidate's verb, if any."""
        event = layers.event_at(cand.verb)
        if event is not None:
            time = event.get("time")
            if isinstance(time, dict) and time.get("how") == "explicit" and time.get("value"):
                if ISO_VALUE.match(str(time["value"])):
                    return {
                        "text": time.get("text"),
                        "value": str(time["value"]),
                        "start": None,
                        "end": None,
                        "source": "event",
                    }
        return None

    # -- where ------------------------------------------------------------------

    def where(self, cand: Candidate, doc: Doc, layers: Layers) -> dict[str, Any]:
        """The where of the main event (see the module docstring)."""
        options: list[tuple[float, dict[str, Any]]] = []
        region = self.event_region(cand.verb)
        for span, entity in self.place_mentions(cand.sentence, doc, layers):
            score = 1.0 + self._place_role_score(span, cand, region)
            options.append((score, self._place_answer(span, entity, "sentence")))
        dateline = layers.find_dateline(doc)
        if dateline is not None:
            span = doc.char_span(dateline[0], dateline[1], alignment_mode="expand")
            if span is not None:
                entity = layers.entity_at(span.start_char, span.end_char, PLACE_LABELS)
                entity = entity or self._entity_named(span.text, layers)
                options.append((1.5, self._place_answer(span, entity, "dateline")))
        _, body = self._sections(doc, layers)
        for sent in body[: self.lead_sentences]:
            if sent.start == cand.sentence.start:
                continue
            for span, entity in self.place_mentions(sent, doc, layers):
                options.append((0.5, self._place_answer(span, entity, "lead")))
        places = [
            e for e in layers.entities if e.get("label") in PLACE_LABELS and e.get("mentions")
        ]
        if places:
            top = max(places, key=lambda e: float(e.get("salience") or 0.0))
            for mention in _dicts(top["mentions"]):
                span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
                # A demonym ("the Dutch minister") names the country but is no place.
                if span is not None and span.root.pos_ != "ADJ":
                    options.append((0.2, self._place_answer(span, top, "salience")))
                    break
        if not options:
            return {
                "text": None,
                "start": None,
                "end": None,
                "entity": None,
                "lat": None,
                "lon": None,
                "name": None,
                "source": None,
            }
        # Coordinates break near-ties: a place on the map is more useful.
        options.sort(key=lambda o: -(o[0] + (0.2 if o[1]["lat"] is not None else 0.0)))
        return options[0][1]

    def place_mentions(
        self, sent: Span, doc: Doc, layers: Layers
    ) -> Iterator[tuple[Span, dict | None]]:
        """Place mentions in a sentence: the entities layer's, and spaCy's GPE/LOC/FAC
        entities it does not cover. Demonyms ("Ukrainian") and the dateline are skipped."""
        taken: set[int] = set()
        found: list[tuple[Span, dict | None]] = []
        for entity in layers.entities:
            if entity.get("label") not in PLACE_LABELS:
                continue
            for mention in _dicts(entity.get("mentions")):
                start = mention.get("start")
                if isinstance(start, int) and sent.start_char <= start < sent.end_char:
                    span = doc.char_span(start, mention["end"], alignment_mode="expand")
                    if span is not None:
                        taken.update(range(span.start, span.end))
                        found.append((span, entity))
        for ent in sent.ents:
            if ent.label_ in PLACE_LABELS and not taken.intersection(range(ent.start, ent.end)):
                found.append((ent, layers.entity_at(ent.start_char, ent.end_char, PLACE_LABELS)))
        for span, entity in found:
            if span.root.pos_ == "ADJ" or span.root.i in layers.dateline:
                continue
            yield span, entity

    def _place_role_score(self, span: Span, cand: Candidate, region: set[int]) -> float:
        """How much a place mention reads as the event's location (not an actor).

        Walks up from the mention through noun modifiers and "of"/"for" phrases: the
        object of a locative preposition scores (less the more nouns away it is); a
        place that is itself a subject or object is an actor; a possessive or a place
        that contains another place named in the same phrase ("Deir el-Zour in eastern
        Syria", "China's Shanxi province") is a container, less specific.
        """
        lex = self.lexicon
        root = span.root
        score = 1.0 if root.i in region else 0.0
        token, hops = root, 0
        for _ in range(8):
            if token.dep_ == "pobj":
                prep = token.head
                if prep.dep_ == "agent":
                    score -= 2.0  # "launched by Russia": an actor
                    break
                if (
                    prep.lower_ in lex.locative_prepositions
                    and prep.head.dep_ not in lex.subject_deps
                ):
                    score += max(0.5, 2.0 - 0.25 * hops)
                    if prep.head.pos_ in ("NOUN", "PROPN") and self._holds_place(prep.head, token):
                        score -= 0.8  # the place contains the one its phrase is attached to
                    break
                if prep.head.pos_ in ("NOUN", "PROPN"):  # "the city of X", "the battle for X"
                    token, hops = prep.head, hops + 1
                    continue
                break
            if token.dep_ in lex.subject_deps or token.dep_ in lex.object_deps:
                # The place is (or modifies) a participant: "Brazil beat Argentina".
                score += -3.0 if token.i == root.i else -0.5
                break
            if token.dep_ in ("compound", "amod", "poss", "nmod", "appos", "conj"):
                token = token.head
                continue
            break
        if root.dep_ == "poss":
            score -= 0.6  # "China's Shanxi province": the possessor contains the place
        if cand.subject is not None and cand.subject.start <= root.i < cand.subject.end:
            score -= 0.5
        score -= 0.02 * abs(root.i - cand.verb.i)
        return score

    @staticmethod
    def _holds_place(noun: Token, phrase: Token) -> bool:
        """Whether ``noun``'s phrase names a place before the preposition phrase whose
        object is ``phrase`` ("Deir el-Zour [in eastern Syria]")."""
        own = {t.i for t in phrase.subtree}
        return any(
            t.ent_type_ in PLACE_LABELS and t.i < phrase.left_edge.i and t.i not in own
            for t in noun.subtree
        )

    def _place_answer(self, span: Span, entity: dict | None, source: str) -> dict[str, Any]:
        head = span.root.head
        if (
            span.root.dep_ == "compound"
            and head.i == span.end
            and head.lower_ in self.lexicon.place_heads
        ):
            span = span.doc[span.start : head.i + 1]  # "Kunduz" + "province"
        lat = entity.get("lat") if entity else None
        lon = entity.get("lon") if entity else None
        return {
            **_linked_span(span, entity),
            "lat": float(lat) if isinstance(lat, (int, float)) else None,
            "lon": float(lon) if isinstance(lon, (int, float)) else None,
            "source": source,
        }

    @staticmethod
    def _entity_named(name: str, layers: Layers) -> dict | None:
        key = name.casefold()
        for entity in layers.entities:
            if entity.get("label") in PLACE_LABELS:
                names = [entity.get("name") or ""] + [
                    a for a in entity.get("aliases") or [] if isinstance(a, str)
                ]
                if any(n.casefold() == key for n in names):
                    return entity
        return None

    # -- why and how --------------------------------------------------------------

    def why(self, cand: Candidate) -> Span | None:
        """A purpose or causal clause or phrase attached to the event verb, if any."""
        lex = self.lexicon
        what = set(range(cand.what.start, cand.what.end))
        for child in cand.verb.rights:
            if child.i in what:
                continue
            if child.dep_ in ("advcl", "xcomp"):
                marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "aux")}
                if (
                    child.dep_ == "advcl"
                    and marks & lex.causal_marks
                    and not self.is_temporal(child)
                ):
                    return self.clause(child)
                if "to" in marks and child.tag_ == "VB":
                    return self.clause(child)
            if child.dep_ == "prep":
                phrase = " ".join(t.lower_ for t in child.doc[child.i : child.i + 3])
                causal = any(
                    phrase == p or phrase.startswith(p + " ") for p in lex.causal_prepositions
                )
                if causal and not self.is_temporal(child) and not self._names_place(child):
                    return self.trim_phrase(child, max_tokens=15)
        return None

    def _names_place(self, prep: Token) -> bool:
        """Whether a preposition's object is a place ("over the Odesa region")."""
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return False
        return pobj.lower_ in self.lexicon.place_heads or any(
            t.ent_type_ in PLACE_LABELS for t in pobj.subtree
        )

    def how(self, cand: Candidate) -> Span | None:
        """A manner or instrument phrase attached to the event verb, if any."""
        what = set(range(cand.what.start, cand.what.end))
        for child in cand.verb.children:
            if child.i in what or child.dep_ != "prep":
                continue  # the passive agent ("by the army") has its own label: a who
            if child.lower_ in self.lexicon.manner_prepositions and not self.is_temporal(child):
                return self.trim_phrase(child, max_tokens=15)
        return None

    def clause(self, verb: Token, max_tokens: int = 15) -> Span:
        """A clause headed by ``verb`` with its marker, cut like :meth:`trim_phrase`."""
        return self.trim_phrase(verb, max_tokens=max_tokens)

    # -- fallback ---------------------------------------------------------------

    def fallback(self, doc: Doc, layers: Layers) -> dict[str, Any]:
        """No verb with a subject in the lead: the first sentence's first actor entity and
        verb phrase (if it has a verb), its date or the publication date, and a place."""
        headline, body = self._sections(doc, layers)
        sentences = body or headline
        if not sentences:
            return {}
        sent = sentences[0]
        actor = next((e for e in sent.ents if e.label_ in ACTOR_LABELS), None)
        entity = layers.entity_at(actor.start_char, actor.end_char) if actor is not None else None
        who = {
            "text": actor.text if actor is not None else None,
            "start": actor.start_char if actor is not None else None,
            "end": actor.end_char if actor is not None else None,
            "entity": entity.get("id") if entity else None,
            "name": entity.get("name") if entity else None,
            "label": actor.label_ if actor is not None else None,
        }
        verb = sent.root if sent.root.pos_ in ("VERB", "AUX") else None
        verb = verb or next((t for t in sent if t.pos_ == "VERB"), None)
        what: dict[str, Any] = {"text": None, "start": None, "end": None, "lemma": None}
        anchor = verb if verb is not None else sent.root
        cand = Candidate(anchor, actor, anchor.doc[anchor.i : anchor.i + 1], sent, "lead", 0)
        if verb is not None:
            cand.what = self.verb_phrase(verb)
            what = {
                "text": cand.what.text,
                "start": cand.what.start_char,
                "end": cand.what.end_char,
                "lemma": verb.lemma_,
            }
        return {
            "who": who,
            "what": what,
            "when": self.when(cand, doc, layers),
            "where": self.where(cand, doc, layers),
            "evidence": {
                "sentence": sent.text.strip(),
                "start": sent.start_char,
                "end": sent.end_char,
                "kind": "headline" if not body else "lead",
            },
            "candidates": [],
        }


# --------------------------------------------------------------------------- helpers


def content_lemmas(tokens: Iterable[Token]) -> set[str]:
    """Lower-case lemmas of the content words (nouns, names, verbs, numbers, adjectives)."""
    return {
        t.lemma_.lower()
        for t in tokens
        if t.pos_ in ("NOUN", "PROPN", "VERB", "NUM", "ADJ") and not t.is_stop and len(t.text) > 1
    }


def _recency(match: re.Match[str], published: str | None) -> float:
    """Bonus for a date in the fortnight before publication, malus for a future one."""
    if not published or not match.group(3):
        return 0.0
    try:
        day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return 0.0
    delta = (pub - day).days
    if 0 <= delta <= 14:
        return 1.0
    return -0.5 if delta < -1 else 0.0


def find_dateline(doc: Doc, text: str | None = None) -> tuple[int, int, int] | None:
    """Find a wire dateline opening the first body paragraph ("KABUL, Afghanistan (AP) —").

    Returns ``(place_start, place_end, dateline_end)`` character offsets (the place is
    "KABUL"; the dateline ends after the dash), or None. ``text`` is ``doc.text`` when
    the caller has it (spaCy rebuilds it from every token on each access).
    """
    text = doc_text(doc) if text is None else text
    blocks = doc._.blocks or [{"kind": "paragraph", "start": 0, "end": len(text)}]
    paragraphs = [b for b in blocks if b.get("kind") == "paragraph"]
    # Only an opening paragraph can carry the dateline (the first may be a byline).
    for block in paragraphs[:2]:
        match = DATELINE_RE.match(text[block["start"] : block["end"]])
        if match is None:
            continue
        base = block["start"]
        return base + match.start("place"), base + match.end("place"), base + match.end()
    return None


def dateline_tokens(doc: Doc, found: tuple[int, int, int] | None | bool = False) -> range:
    """Token indices of the dateline (place through the dash), empty if there is none.

    ``found`` is :func:`find_dateline`'s answer when the caller has it already.
    """
    if found is False:
        found = find_dateline(doc)
    if found is None:
        return range(0)
    start, _, end = found
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return range(0)
    last = span.end
    while last > span.start and (doc[last - 1].is_space):
        last -= 1
    return range(span.start, last)


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_RE = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I
)
_DAY_FIRST_RE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_YEAR_RE = re.compile(rf"\b({_MONTH_RE})\.?(?:\s+(\d{{4}}))?\b", re.I)
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


def resolve_date_phrase(text: str, published: str | None) -> str | None:
    """Resolve a date phrase to an ISO value (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).

    A small fallback for when the timeline layer is absent: "today"/"tonight",
    "yesterday"/"last night", a weekday (the most recent one on or before the
    publication date), "Sept. 15[, 2017]", "15 September", "June [2017]", "2015".
    Returns None when the phrase cannot be resolved (e.g. a weekday with no date).
    """
    low = text.lower()
    try:
        pub = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        pub = None
    if pub is not None:
        if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", low):
            return pub.isoformat()
        if re.search(r"\b(yesterday|last night)\b", low):
            return (pub - dt.timedelta(days=1)).isoformat()
        for name, weekday in _WEEKDAYS.items():
            if re.search(rf"\b{name}\b", low):
                return (pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)).isoformat()
    for regex, month_group, day_group in ((_DAY_MONTH_RE, 1, 2), (_DAY_FIRST_RE, 2, 1)):
        match = regex.search(text)
        if match:
            month, day = _MONTHS[match.group(month_group).lower()], int(match.group(day_group))
            year = int(match.group(3)) if match.group(3) else (pub.year if pub else None)
            if year is None:
                return None
            try:
                value = dt.date(year, month, day)
            except ValueError:
                return None
            if not match.group(3) and pub is not None and value > pub + dt.timedelta(days=7):
                value = value.replace(year=year - 1)  # "Dec. 28" read in January
            return value.isoformat()
    match = _MONTH_YEAR_RE.search(text)
    if match and (match.group(2) or pub is not None) and len(match.group(1)) > 2:
        month = _MONTHS[match.group(1).lower()]
        if match.group(2):
            return f"{int(match.group(2)):04d}-{month:02d}"
        assert pub is not None
        year = pub.year if month <= pub.month else pub.year - 1
        return f"{year:04d}-{month:02d}"
    match = _YEAR_RE.search(text)
    return match.group(1) if match else None


# --------------------------------------------------------------------------- tables

#: The questions of :func:`five_ws_table`, in reading order.
QUESTIONS: tuple[str, ...] = ("who", "what", "when", "where", "why", "how")


def five_ws_table(main_event: dict[str, Any] | None) -> pd.DataFrame:
    """The main event as a table: one row per question (who, what, when, where, why,
    how), with the answer as written in the article, its normalised form (entity name,
    date value, coordinates), where it came from, and its character offsets.

    Questions without an answer have an empty answer (why and how often have none).
    """
    import pandas as pd  # imported on use: keeps `import fivews` fast

    event = main_event or {}
    rows = []
    for question in QUESTIONS:
        item = event.get(question) or {}
        if question == "when":
            normalised = item.get("value")
        elif question == "where" and item.get("lat") is not None:
            normalised = (
                f"{item.get('name') or item.get('text')} ({item['lat']:.2f}, {item['lon']:.2f})"
            )
        else:
            normalised = item.get("name")
        rows.append(
            {
                "question": question,
                "answer": item.get("text"),
                "normalised": normalised,
                "source": item.get("source") or ("parse" if item.get("text") else None),
                "start": item.get("start"),
                "end": item.get("end"),
            }
        )
    columns = {
        "question": "string",
        "answer": "string",
        "normalised": "string",
        "source": "string",
        "start": "Int64",
        "end": "Int64",
    }
    return pd.DataFrame(rows, columns=list(columns)).astype(columns)


def candidates_table(main_event: dict[str, Any] | None) -> pd.DataFrame:
    """The best candidates for the main event, best first: who, what, where they come
    from (headline or lead sentence rank), the score and the reasons that made it."""
    import pandas as pd  # imported on use: keeps `import fivews` fast

    rows = [
        {
            "who": c.get("who"),
            "what": c.get("what"),
            "from": c.get("kind")
            if c.get("kind") == "headline"
            else f"lead sentence {c.get('rank', 0) + 1}",
            "score": c.get("score"),
            "reasons": "; ".join(c.get("reasons") or []),
        }
        for c in (main_event or {}).get("candidates") or []
    ]
    columns = {
        "who": "string",
        "what": "string",
        "from": "string",
        "score": "float64",
        "reasons": "string",
    }
    return pd.DataFrame(rows, columns=list(columns)).astype(columns)


def _linked_span(span: Span, entity: Mapping[str, Any] | None) -> dict[str, Any]:
    """An answer's text and offsets, with the id and name of its entity when it has one."""
    return {
        "text": span.text,
        "start": span.start_char,
        "end": span.end_char,
        "entity": entity.get("id") if entity else None,
        "name": entity.get("name") if entity else None,
    }
