"""Who and where: entity mentions fixed, merged into one entity per actor, geocoded, ranked.

Two spaCy components, registered here:

``fivews_entity_ruler`` (runs right after spaCy's ``ner``)
    Corrects the statistical mentions in ``doc.ents`` with general rules and a small
    pattern file (``data/entity_patterns.jsonl``, run by spaCy's own ``SpanRuler``):

    * names whose spelling varies are kept whole: transliterated names with an article
      (*Deir ez-Zor*, *Deir el-Zour*, *Deir eI-Zor* with an OCR ``I`` for ``l``, *Ras
      al-Ain*, *Abu Bakr al-Baghdadi*) and hyphenated names (*Rostov-on-Don*);
      a pattern match is joined with the NER span it overlaps and takes its label;
    * known multi-word names beat fragments (*Islamic State* is an ORG, not the NORP
      *Islamic* followed by a word); all-caps acronyms (*IS*) are ignored in shouted,
      all-caps text;
    * possessive clitics are stripped (*Raqqa’s* -> *Raqqa*);
    * a name glued to a participle (*U.S.-backed*, *Kurdish-led*) is split off into its
      own token and mention when the name is known (alias file, demonym, gazetteer);
    * no entity from page chrome (boilerplate blocks, ``data/entity_chrome.txt``), and in
      title-case blocks (headlines, subheads) only entities the article confirms
      elsewhere or the gazetteer knows (drops *Breaking News*, *Key City*);
    * one label per name: all mentions of the same name get the majority label.

``fivews_entities`` (after the ruler)
    Sets ``doc._.entities``: a list of JSON-ready dicts, most salient first::

        {id, name, label, aliases, mentions: [{text, start, end, sentence}], salience,
         role?, affiliation?, lat?, lon?, country?, geo_confidence?}

    ``start``/``end`` are character offsets into ``doc.text``; ``sentence`` is the index
    of the mention's sentence in ``doc.sents`` order (all sentences of the Doc, chrome
    included, counted from 0). ``country`` is an ISO 3166-1 alpha-2 code,
    ``affiliation`` the ``id`` of another entity. Mentions are merged with union-find by:

    1. the same normalised name (case, dots, articles, possessives ignored);
    2. the curated alias file ``data/aliases.json`` (IS / ISIS / Daesh / Islamic State);
    3. acronyms: an explicit definition "Long Name (LN)", or an all-caps mention equal to
       the initials of a multi-word name in the article (SDF = Syrian Democratic Forces);
    4. person names: title-free forms, a surname alone joining the full name that ends
       with it (nearest preceding one when several do);
    5. places: fuzzy spelling variants (``rapidfuzz`` ratio on keys normalised for
       transliteration) and the same gazetteer entry;
    6. descriptive references to institutions ("the defense ministry in Moscow", "the
       Russian defense ministry"), keyed by (country, phrase); a nationality adjective
       (NORP) joins its country's entity when the article names the country.

    ``role`` comes from an appositive ("Igor Konashenkov, the Russian defense ministry’s
    spokesman" -> "spokesman of the Russian defense ministry") or a title before the
    name ("President"); ``affiliation`` from an entity inside the role, a nationality
    before the title, or an institution's country. Places are geocoded offline with
    :mod:`fivews.geo`, each article's places disambiguating each other.

Salience (0..1) is a weighted mention count, divided by the top entity's: each mention
counts 1, plus 1 in the headline, plus 0.5 in the first content paragraph, plus 0.5 when
it is a grammatical subject.

Acronym and surname matching are hand-written: textacy's acronym extractor is not a
dependency, and neither it nor spaCy links a surname to a full name.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz
from spacy.attrs import IDX, IS_TITLE, LOWER, ORTH, POS
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.strings import hash_string
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from fivews import geo, structure
from fivews.structure import doc_text, is_content

if TYPE_CHECKING:  # pandas is imported where a table is made: keeps `import fivews` fast
    import pandas as pd

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)

DATA = resources.files("fivews") / "data"

#: Entity labels fivews keeps: actors (who) and places (where).
ACTOR_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})

#: Labels of places, geocoded and drawn on the map.
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})

#: Preference when mentions of one entity disagree on the label and the vote ties.
LABEL_PRIORITY: tuple[str, ...] = ("PERSON", "GPE", "ORG", "LOC", "FAC", "NORP")

#: Possessive clitics stripped from the end of a mention.
POSSESSIVES: tuple[str, ...] = ("’s", "'s", "’", "'")

#: Block kinds whose title case makes spaCy see names everywhere.
TITLE_CASE_KINDS: frozenset[str] = frozenset({"headline", "subhead"})

#: Function words skipped when computing a name's initials.
INITIALS_SKIP: frozenset[str] = frozenset(
    {"of", "for", "the", "and", "de", "du", "des", "la", "le", "on", "in", "to", "&"}
)

#: Minimum ``fuzz.ratio`` between transliteration-normalised place keys to merge them.
PLACE_FUZZY_CUTOFF: float = 88.0

#: Below this geocoding confidence an entity gets no coordinates.
MIN_GEO_CONFIDENCE: float = 0.3

#: Dependency labels of grammatical subjects (salience bonus).
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})

#: A name glued to a participle: "U.S.-backed", "Kurdish-led", "Britain-based".
GLUED_NAME = re.compile(r"^(?P<name>[A-Z][A-Za-z.]*[A-Za-z.])-(?P<rest>[a-z]+)$")

#: Generational suffixes ignored when comparing person names ("Marcos Jr." = "Marcos").
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: Acronym: 2-6 capitals, dots allowed ("SDF", "U.N.").
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")


class _TokenAttrs:
    """Attributes of a Doc's tokens as plain lists, read with one ``Doc.to_array`` call.

    spaCy builds a new ``Token`` object for every ``doc[i]`` and every step of
    ``for token in doc``; the rules scan the tokens several times, so they scan these
    lists instead and look at ``Token`` objects only at the few candidate positions.
    Valid for the Doc as it was when built (the ruler splits tokens afterwards).
    """

    __slots__ = ("text", "lower", "idx", "is_title", "pos")

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        orth, lower, idx, title, pos = doc.to_array([ORTH, LOWER, IDX, IS_TITLE, POS]).T.tolist()
        self.text: list[str] = [strings[o] for o in orth]
        # Lower-case forms as spaCy's string hashes (``hash_string``), compared with hashed
        # word lists: turning them all into strings would cost more than the rules save.
        self.lower: list[int] = lower
        self.idx: list[int] = idx
        self.is_title: list[int] = title
        self.pos: list[int] = pos  # compare with spacy.symbols (PROPN)


# --------------------------------------------------------------------------- data files


@functools.lru_cache(maxsize=1)
def load_aliases() -> dict[str, tuple[str, str]]:
    """Alias key -> (canonical name, label), from ``data/aliases.json``.

    Keys are :func:`name_key` of each alias and canonical name; all-caps aliases are also
    keyed case-sensitively (prefix ``"=")`` so "IS" never matches the word "is".
    """
    data = json.loads((DATA / "aliases.json").read_text(encoding="utf-8"))
    table: dict[str, tuple[str, str]] = {}
    for item in data["entities"]:
        for alias in [item["name"], *item["aliases"]]:
            table[alias_key(alias)] = (item["name"], item["label"])
    return table


@functools.lru_cache(maxsize=16384)
def alias_key(text: str) -> str:
    """Key for the alias table: all-caps short names exact, others :func:`name_key`."""
    bare = text.replace(".", "").strip()
    if bare.isupper() and len(bare) <= 6:
        return "=" + bare
    return name_key(text)


@functools.lru_cache(maxsize=1)
def load_titles() -> list[list[str]]:
    """Titles as token lists, longest first (``data/entity_titles.json``)."""
    data = json.loads((DATA / "entity_titles.json").read_text(encoding="utf-8"))
    titles = {tuple(t.replace(".", ". ").split()) for t in data["titles"]}
    return sorted((list(t) for t in titles), key=len, reverse=True)


@functools.lru_cache(maxsize=1)
def load_chrome_phrases() -> frozenset[str]:
    """Lower-cased page-chrome phrases (``data/entity_chrome.txt``)."""
    lines = (DATA / "entity_chrome.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


@functools.lru_cache(maxsize=1)
def load_institutions() -> dict[str, Any]:
    """Institution heads and settings (``data/entity_institutions.json``)."""
    return json.loads((DATA / "entity_institutions.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def load_name_prefix_data() -> dict[str, Any]:
    """The whole ``data/entity_name_prefixes.json`` (name words, event and locative words)."""
    return json.loads((DATA / "entity_name_prefixes.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _event_words() -> tuple[frozenset[str], frozenset[int]]:
    """Lower-cased event words ("hurricane", "typhoon") and their string hashes."""
    words = frozenset(w.lower() for w in load_name_prefix_data()["_event_words"])
    return words, frozenset(hash_string(w) for w in words)


@functools.lru_cache(maxsize=1)
def _locative_words() -> frozenset[str]:
    """Words before a place ("in", "near"), from ``data/entity_name_prefixes.json``."""
    return frozenset(load_name_prefix_data()["_locative_words"])


@functools.lru_cache(maxsize=1)
def load_name_prefixes() -> dict[str, str]:
    """First word of a transliterated name -> implied label (``data/entity_name_prefixes.json``)."""
    data = load_name_prefix_data()
    return {
        word: label for label, words in data.items() if not label.startswith("_") for word in words
    }


def load_patterns(path: str | None = None) -> list[dict[str, Any]]:
    """spaCy ``SpanRuler`` patterns, one JSON object a line (``data/entity_patterns.jsonl``)."""
    text = (
        open(path, encoding="utf-8").read()
        if path
        else (DATA / "entity_patterns.jsonl").read_text(encoding="utf-8")
    )
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# --------------------------------------------------------------------------- names


def strip_possessive(text: str) -> str:
    """Drop a trailing possessive clitic ("Raqqa’s" -> "Raqqa", "Kurds'" -> "Kurds")."""
    for clitic in POSSESSIVES:
        if text.endswith(clitic) and len(text) > len(clitic) + 1:
            return text[: -len(clitic)].rstrip()
    return text


_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


# clean_name and name_key are pure functions of a string that every rule calls for
# every mention, and articles repeat their names: both are memoised.
@functools.lru_cache(maxsize=16384)
def clean_name(text: str) -> str:
    """A mention's text as a name: no leading "the", no possessive, single spaces."""
    text = _SPACES.sub(" ", text.strip())
    text = _LEADING_THE.sub("", text)
    return strip_possessive(text).strip(" ,;:")


@functools.lru_cache(maxsize=16384)
def name_key(text: str) -> str:
    """Comparison key of a name: cleaned, OCR ``I``/``l`` fixed, lower case, no dots."""
    text = geo.fix_ocr_l(clean_name(text))
    text = text.replace(".", "").replace("’", "'").replace("-", " ")
    return _SPACES.sub(" ", text).strip().lower()


def strip_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split leading titles off a person's name tokens: ``(title tokens, name tokens)``.

    >>> strip_title(["Maj.", "Gen.", "Igor", "Konashenkov"])
    (['Maj.', 'Gen.'], ['Igor', 'Konashenkov'])
    """
    title: list[str] = []
    rest = list(tokens)
    index = _title_index()
    while len(rest) > 1:
        # The longest title that leaves at least one name token, as in load_titles() order.
        for size, titles in index.get(rest[0].lower(), ()):
            if size < len(rest) and tuple(w.lower() for w in rest[:size]) in titles:
                title += rest[:size]
                rest = rest[size:]
                break
        else:
            break
    return title, rest


@functools.lru_cache(maxsize=1)
def _title_index() -> dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]:
    """Titles by lower-cased first word: ``(length, lower-cased token tuples)``, longest first.

    :func:`strip_title` thus looks only at the few titles a name's first token can start,
    instead of scanning the whole title list for every name.
    """
    by_first: dict[str, dict[int, set[tuple[str, ...]]]] = {}
    for t in load_titles():
        lowered = tuple(w.lower() for w in t)
        by_first.setdefault(lowered[0], {}).setdefault(len(lowered), set()).add(lowered)
    return {
        first: tuple((size, frozenset(ts)) for size, ts in sorted(sizes.items(), reverse=True))
        for first, sizes in by_first.items()
    }


def person_tokens(name: str) -> list[str]:
    """Lower-case name tokens without titles or Arabic articles ("al-Assad" -> "assad")."""
    return list(_person_tokens(name))


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ed|az|ez|as|ash|an|ar|at)-", re.I)


@functools.lru_cache(maxsize=16384)
def _person_tokens(name: str) -> tuple[str, ...]:
    """:func:`person_tokens`, memoised: the rules ask it several times for each name."""
    _, rest = strip_title(clean_name(name).replace(".", ". ").split())
    out = []
    for tok in rest:
        tok = _ARABIC_ARTICLE.sub("", geo.fix_ocr_l(tok))
        out.append(tok.strip(".").lower())
    return tuple(t for t in out if t and t not in NAME_SUFFIXES)


@functools.lru_cache(maxsize=16384)
def initials(name: str) -> str:
    """Initials of a multi-word name's capitalised words ("Syrian Democratic Forces" -> "SDF")."""
    words = [
        w for w in re.split(r"[\s-]+", clean_name(name)) if w and w.lower() not in INITIALS_SKIP
    ]
    return "".join(w[0].upper() for w in words if w[0].isalpha())


def acronym_of(text: str) -> str | None:
    """The bare acronym if ``text`` is one ("U.N." -> "UN", "SDF" -> "SDF"), else None."""
    name = clean_name(text)
    return name.replace(".", "") if ACRONYM.match(name) else None


# --------------------------------------------------------------------------- the ruler


@dataclass
class RulerResult:
    """What :meth:`EntityRuler.match` found: tokens to split and the corrected mentions."""

    #: ``(token index, [sub-token texts], index of the name sub-token)``.
    splits: list[tuple[int, list[str], int]] = field(default_factory=list)
    #: Corrected mentions as ``(start_char, end_char, label)``.
    spans: list[tuple[int, int, str]] = field(default_factory=list)


@Language.factory("fivews_entity_ruler", default_config={"patterns_path": None})
def make_fivews_entity_ruler(nlp: Language, name: str, patterns_path: str | None) -> EntityRuler:
    """spaCy factory for :class:`EntityRuler`.

    Args:
        patterns_path: a JSONL file of ``SpanRuler`` patterns; default the packaged
            ``data/entity_patterns.jsonl``. Label ``_NAME`` marks a name shape kept whole
            whose label comes from the NER span it overlaps.
    """
    return EntityRuler(nlp, name, patterns_path=patterns_path)


class EntityRuler:
    """Fix spaCy's entity mentions (see the module docstring for the rules)."""

    def __init__(
        self, nlp: Language, name: str = "fivews_entity_ruler", *, patterns_path: str | None = None
    ) -> None:
        self.name = name
        self.ruler = SpanRuler(nlp, f"{name}_patterns", spans_key=None, annotate_ents=False)
        patterns = load_patterns(patterns_path)
        self.ruler.add_patterns(patterns)
        self.anchors = _PatternAnchors(patterns)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    # -- match ---------------------------------------------------------------

    def match(self, doc: Doc) -> RulerResult:
        """Compute corrected mentions without changing the Doc."""
        result = RulerResult()
        toks = _TokenAttrs(doc)
        spans = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
        spans = self._apply_patterns(doc, spans, toks)
        spans = self._split_glued_names(doc, spans, result, toks)
        spans = {self._strip_possessive(doc, s, e): label for (s, e), label in spans.items()}
        spans = self._trim(doc, spans)
        spans = self._add_definitions(doc, spans, toks)
        spans = self._add_known_places(doc, spans, toks)
        spans = self._repair_labels(doc, spans, toks)
        spans = self._propagate(doc, spans)
        spans = self._drop_chrome(doc, spans)
        spans = self._vote_labels(doc, spans)
        result.spans = sorted((s, e, label) for (s, e), label in spans.items() if e > s)
        return result

    def pattern_matches(self, doc: Doc, toks: _TokenAttrs | None = None) -> list[Span]:
        """The pattern matches, exactly as ``SpanRuler.match`` returns them (sorted Spans).

        spaCy's ``Matcher`` starts every pattern at every token (about 2 ms an article
        for the 15 patterns). Each token pattern here has a required token from a short
        list ("-", "al", "bin", ...), so the Matcher runs only on windows around such
        tokens, as wide as the pattern is long: every match lies in one window, and a
        window match is a match in the Doc (no pattern looks beyond its tokens).
        """
        # The windowed run rebuilds SpanRuler.match's Spans from the ruler's private key ->
        # label map (spaCy 3.8); a spaCy without it gets the ruler's own (slower) match.
        labels = getattr(self.ruler, "_match_label_id_map", None)
        if labels is None:
            return list(self.ruler.match(doc))
        toks = toks or _TokenAttrs(doc)
        matcher = self.ruler.matcher
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            if self.anchors.whole_doc:
                matches = list(matcher(doc))
            else:
                matches = [
                    (key, start + a, end + a)
                    for a, b in self.anchors.windows(toks)
                    for key, start, end in matcher(doc[a:b])
                ]
            matches += list(self.ruler.phrase_matcher(doc))
        # As SpanRuler.match: one Span per (start, end, label, id), sorted.
        found = {
            Span(doc, start, end, label=labels[key]["label"], span_id=labels[key]["id"])
            for key, start, end in matches
            if start != end
        }
        return sorted(found)

    def _apply_patterns(
        self, doc: Doc, spans: dict[tuple[int, int], str], toks: _TokenAttrs
    ) -> dict[tuple[int, int], str]:
        prefixes = load_name_prefixes()
        out = dict(spans)
        for match in self.pattern_matches(doc, toks):
            overlapping = [(s, e) for (s, e) in out if s < match.end_char and match.start_char < e]
            if match.label_ == "_NAME":
                hyphenated = any(t.text == "-" for t in match)
                first_label = prefixes.get(match[0].text)
                if not overlapping and not first_label:
                    continue  # an unknown name shape with no NER support: leave it
                if not hyphenated and not first_label:
                    continue  # "X el Y" without hyphen only after a known name word
                labels = [out[k] for k in overlapping if out[k] in ACTOR_LABELS]
                label = labels[0] if labels else first_label
                if label is None:
                    continue
                start = min([match.start_char] + [s for s, _ in overlapping])
                end = max([match.end_char] + [e for _, e in overlapping])
            else:
                if acronym_of(match.text) and _shouting(match.sent):
                    continue  # "IS" in an all-caps headline is the verb
                label = match.label_
                # A known name replaces the fragments it overlaps, or is kept inside a
                # longer NER span ("the Islamic State group").
                if any(
                    s <= match.start_char
                    and match.end_char <= e
                    and (e - s) > len(match.text)
                    and out[(s, e)] == label
                    for s, e in overlapping
                ):
                    continue
                start, end = match.start_char, match.end_char
            for key in overlapping:
                out.pop(key, None)
            out[(start, end)] = label
        return out

    def _split_glued_names(
        self,
        doc: Doc,
        spans: dict[tuple[int, int], str],
        result: RulerResult,
        toks: _TokenAttrs,
    ) -> dict[tuple[int, int], str]:
        out = dict(spans)
        for i, text in enumerate(toks.text):
            found = GLUED_NAME.match(text) if "-" in text else None
            idx = toks.idx[i]
            if not found or any(s < idx + len(text) and idx < e for s, e in out):
                continue
            label = known_name_label(found["name"])
            if label is None:
                continue
            result.splits.append((i, [found["name"], "-", found["rest"]], 0))
            out[(idx, idx + len(found["name"]))] = label
        return out

    @staticmethod
    def _strip_possessive(doc: Doc, start: int, end: int) -> tuple[int, int]:
        text = doc_text(doc)[start:end]
        stripped = strip_possessive(text)
        return start, start + len(stripped)

    @staticmethod
    def _trim(doc: Doc, spans: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
        """Cut unbalanced brackets ("Center (NHC") and a trailing title ("FEMA Administrator")."""
        out: dict[tuple[int, int], str] = {}
        for (s, e), label in spans.items():
            text = doc_text(doc)[s:e]
            if text.count("(") != text.count(")"):
                cut = text.find("(") if text.count("(") > text.count(")") else text.find(")")
                e = s + len(text[:cut].rstrip())
                text = doc_text(doc)[s:e]
            words = text.split()
            if label == "ORG" and len(words) >= 2:
                for k in range(1, len(words)):
                    _, rest = strip_title(words[k:] + ["X"])
                    if rest == ["X"]:
                        e = s + len(" ".join(words[:k]))
                        break
            if e > s:
                out[(s, e)] = label
        return out

    @staticmethod
    def _repair_labels(
        doc: Doc, spans: dict[tuple[int, int], str], toks: _TokenAttrs
    ) -> dict[tuple[int, int], str]:
        """Fix labels the small statistical model often gets wrong, from evidence in the text.

        * a name right after a title ("regional governor Oleh Kiper") is a PERSON;
        * a single word equal to a person's surname elsewhere ("Lavrov") is that PERSON;
        * a name in the alias file takes the alias file's label ("Kyiv" is a GPE);
        * a name after an event word ("Hurricane Ida") is an EVENT;
        * a NORP that is no nationality, or a PERSON/ORG after a locative word ("west of
          al-Fashir", "in El Fasher"), that the gazetteer knows exactly, is a place.
        """
        event_words, event_hashes = _event_words()
        locatives = _locative_words()
        out = dict(spans)
        # Names of events ("Hurricane Ida" -> "ida"): a bare "Ida" later is the storm too.
        lower, is_title = toks.lower, toks.is_title
        events = {
            doc.vocab.strings[lower[i + 1]]
            for i in range(len(lower) - 1)
            if lower[i] in event_hashes and is_title[i] and is_title[i + 1]
        }
        full_text = doc_text(doc)
        aliases = load_aliases()
        # Each mention's cleaned name and the words before it, computed once for the loops.
        names = {(s, e): clean_name(full_text[s:e]) for s, e in spans}
        befores = {s: full_text[max(0, s - 40) : s].split() for s, _ in spans}
        for (s, e), label in spans.items():
            words = names[(s, e)].split()
            before = befores[s]
            if label == "EVENT" and len(words) > 1 and words[0].lower() in event_words:
                events.add(" ".join(words[1:]).lower())
            elif before and (
                before[-1].lower() in event_words or " ".join(before[-2:]).lower() in event_words
            ):
                events.add(" ".join(words).lower())
        for (s, e), label in spans.items():
            text = names[(s, e)]
            if text.lower() in events or text.split()[0].lower() in event_words:
                out[(s, e)] = "EVENT"  # "Typhoon", "Typhoon Doksuri", a later bare "Doksuri"
                continue
            before = befores[s]
            prev = before[-1].lower() if before else ""
            prev2 = before[-2].lower() if len(before) > 1 else ""
            alias = aliases.get(alias_key(text))
            if alias:
                out[(s, e)] = (
                    alias[1]
                    if alias[1] != "GPE" or label in PLACE_LABELS | {"PERSON", "ORG"}
                    else label
                )
                continue
            if prev in event_words or f"{prev2} {prev}" in event_words:
                out[(s, e)] = "EVENT"
                continue
            if (
                label != "PERSON"
                and 2 <= len(text.split()) <= 4
                and all(w[0].isupper() for w in text.split())
                and _ends_with_title(before)
            ):
                out[(s, e)] = "PERSON"
                continue
            if (
                label == "NORP"
                and not geo.country_of_demonym(text)
                or (
                    label in ("PERSON", "ORG")
                    and (prev in locatives or (prev == "the" and prev2 in locatives))
                )
                or (label == "PERSON" and prev == "the")
                or (label == "PERSON" and prev in ("and", "or") and _place_before(doc, out, s))
            ):
                hit = _exact_place(text, min_confidence=0.5)
                if hit:
                    out[(s, e)] = (
                        "LOC" if hit["kind"] in ("river", "sea", "region", "continent") else "GPE"
                    )
                continue
            if label != "PERSON" and prev == "as" and prev2 == "known":
                out[(s, e)] = "PERSON"  # "..., widely known as Hemedti"
        full_names = [
            _person_tokens(full_text[s:e]) for (s, e), lab in out.items() if lab == "PERSON"
        ]
        surnames = {tokens[-1] for tokens in full_names if len(tokens) >= 2}
        for (s, e), label in out.items():
            text = names[(s, e)]
            if (
                label not in ("PERSON", "EVENT")
                and len(text.split()) == 1
                and text.lower() in surnames
                and not aliases.get(alias_key(text))
                and not _exact_place(text, countries_only=True)
            ):
                out[(s, e)] = "PERSON"
        # A surname the NER missed ("Dagalo, widely known as ...").
        surname_hashes = {hash_string(name) for name in surnames}
        for i, word in enumerate(lower if surnames else ()):
            if word not in surname_hashes or not is_title[i]:
                continue
            start, end = toks.idx[i], toks.idx[i] + len(toks.text[i])
            if not doc[i].is_stop and not any(s < end and start < e for s, e in out):
                out[(start, end)] = "PERSON"
        return out

    @staticmethod
    def _add_definitions(
        doc: Doc, spans: dict[tuple[int, int], str], toks: _TokenAttrs
    ) -> dict[tuple[int, int], str]:
        """Tag the long form of an acronym definition: "Doctors Without Borders (MSF)"."""
        out = dict(spans)
        text = toks.text
        for k in range(1, len(text) - 2):
            if text[k] != "(" or not ACRONYM.match(text[k + 1]) or text[k + 2] != ")":
                continue
            token = doc[k]
            i = token.i - 1
            while (
                i >= 0
                and (
                    doc[i].is_title
                    or doc[i].is_upper
                    or (doc[i].lower_ in INITIALS_SKIP and i < token.i - 1)
                    or (doc[i].text == "," and i > 0 and doc[i - 1].is_title and i < token.i - 1)
                )
                and not doc[i].is_sent_start
            ):
                i -= 1
            if i >= 0 and doc[i].is_sent_start and doc[i].is_title and doc[i].lower_ != "the":
                i -= 1
            while doc[i + 1].lower_ in INITIALS_SKIP:
                i += 1
            long_form = doc[i + 1 : token.i]
            if sum(t.is_title for t in long_form) < 2:
                continue
            acronym = doc[token.i + 1]
            short_key = (acronym.idx, acronym.idx + len(acronym.text))
            long_key = (long_form.start_char, long_form.end_char)
            overlapping = [
                k for k in out if k[0] < long_form.end_char and long_form.start_char < k[1]
            ]
            if overlapping and initials(long_form.text) == acronym.text.replace(".", ""):
                # The initials prove the whole run is one name the NER cut in pieces
                # ("Philippine Atmospheric, Geophysical and ... (PAGASA)").
                labels = [out.pop(k) for k in overlapping]
                out[long_key] = next((lab for lab in labels if lab == "ORG"), labels[0])
                if not any(a < short_key[1] and short_key[0] < b for a, b in out):
                    out[short_key] = out[long_key]
            elif not overlapping:
                out[long_key] = out.get(short_key, "ORG")
            elif not any(a < short_key[1] and short_key[0] < b for a, b in out):
                ending = [k for k in overlapping if k[1] == long_key[1]]
                if ending:
                    out[short_key] = out[ending[0]]  # the acronym the NER missed
        return out

    @staticmethod
    def _add_known_places(
        doc: Doc, spans: dict[tuple[int, int], str], toks: _TokenAttrs
    ) -> dict[tuple[int, int], str]:
        """Tag a lone proper noun the gazetteer knows as a country, region or big city.

        The statistical model misses some well-known places ("Aleppo’s governor"). A
        single title-case proper noun is tagged GPE when it names a country exactly, or
        a region or city of 100,000+ people and stands after a locative word ("in", "near")
        or before a possessive or comma.
        """
        out = dict(spans)
        locatives = _locative_words()
        words, is_title, pos = toks.text, toks.is_title, toks.pos
        n = len(words)
        for i, word in enumerate(words):
            if pos[i] != PROPN or not is_title[i] or len(word) < 4:
                continue
            # A neighbour that is a title-case proper noun too: part of a longer name.
            if (i > 0 and is_title[i - 1] and pos[i - 1] == PROPN) or (
                i + 1 < n and is_title[i + 1] and pos[i + 1] == PROPN
            ):
                continue
            start, end = toks.idx[i], toks.idx[i] + len(word)
            if any(a < end and start < b for a, b in out):
                continue
            if _place_key(word) not in geo.load_gazetteer().by_key:
                continue  # exact gazetteer names only: no fuzzy look-up for every word
            hit = _exact_place(word)
            if hit is None or not normalize_exact(word, hit["name"]) and hit["kind"] != "country":
                continue
            nxt = words[i + 1] if i + 1 < n else ""
            prev = doc[i - 1].lower_ if i > 0 else ""
            supported = (
                hit["kind"] == "country"
                or (hit["kind"] in ("us_state", "region") or _city_population(hit) >= 100_000)
                and (prev in locatives or nxt in ("’s", "'s", ","))
            )
            if supported:
                out[(start, end)] = "GPE"
        return out

    @staticmethod
    def _propagate(doc: Doc, spans: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
        """Tag the other occurrences of a name the NER found once ("RSF" ... "RSF fighters").

        Only names with a capital letter, at least 3 characters, whose occurrence is a
        proper noun or in capitals and overlaps no other mention.
        """
        out = dict(spans)
        names: dict[str, str] = {}
        for (s, e), label in spans.items():
            text = doc_text(doc)[s:e]
            if (
                label in ACTOR_LABELS | {"EVENT"}
                and len(text) >= 3
                and any(c.isupper() for c in text)
                and not text.lower().startswith("the ")
            ):
                names.setdefault(text, label)
        for text, label in names.items():
            for s, e in _whole_word_occurrences(doc_text(doc), text):
                if any(a < e and s < b for a, b in out):
                    continue
                span = doc.char_span(s, e)
                if span is None or not all(
                    t.pos_ == "PROPN" or t.is_upper or not t.is_alpha for t in span
                ):
                    continue
                out[(s, e)] = label
        return out

    @staticmethod
    def _drop_chrome(doc: Doc, spans: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
        chrome = load_chrome_phrases()
        blocks = doc._.blocks or []
        full_text = doc_text(doc)
        # Each mention's block and each block's title case, looked up once.
        block_at = _BlockLookup(doc)
        block_of = {s: block_at(s) for s, _ in spans} if blocks else {}
        title_case = {
            i: _is_title_case_block(doc, blocks[i]) for i in set(block_of.values()) if i is not None
        }
        body_keys: set[str] = set()
        for (s, _e), _label in spans.items():
            i = block_of.get(s)
            if not blocks or (
                i is not None and blocks[i]["kind"] == "paragraph" and not title_case[i]
            ):
                body_keys.add(name_key(full_text[s:_e]))
        out = {}
        for (s, e), label in spans.items():
            text = full_text[s:e]
            if clean_name(text).lower() in chrome:
                continue
            if blocks:
                i = block_of[s]
                block = blocks[i] if i is not None else None
                if block is None or block["kind"] == "boilerplate":
                    continue
                if (
                    (block["kind"] in TITLE_CASE_KINDS or title_case[i])
                    and name_key(text) not in body_keys
                    and not is_well_known(text, label)
                ):
                    continue
            out[(s, e)] = label
        return out

    @staticmethod
    def _vote_labels(doc: Doc, spans: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
        full_text = doc_text(doc)
        keys = {(s, e): name_key(full_text[s:e]) for s, e in spans}
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for span, label in spans.items():
            votes[keys[span]][label] += 1
        out = {}
        for (s, e), label in spans.items():
            counts = votes[keys[(s, e)]]
            if counts.get("EVENT"):
                out[(s, e)] = "EVENT"  # "Hurricane Ida" makes every "Ida" the storm
                continue
            best = max(counts.values())
            tied = [lab for lab, n in counts.items() if n == best]
            out[(s, e)] = label if label in tied else min(tied, key=_label_rank)
        return out

    # -- set_annotations -------------------------------------------------------

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


#: Token-pattern keys an anchor token can be found by, and the :class:`_TokenAttrs` list.
_ANCHOR_KEYS: dict[str, str] = {"ORTH": "text", "TEXT": "text", "LOWER": "lower"}


def _anchor(pattern: list[dict[str, Any]]) -> tuple[str, frozenset[str], int] | None:
    """A token every match of ``pattern`` has: ``(attribute, its values, position)``.

    The required token with the fewest possible values, e.g. ``("text", {"-"}, 2)``. None
    when there is none, or when an operator other than ``?`` makes a match's length
    unbounded: the pattern then runs on the whole Doc.
    """
    best: tuple[str, frozenset[str], int] | None = None
    for k, spec in enumerate(pattern):
        op = spec.get("OP")
        if op not in (None, "?"):
            return None
        if op is not None:
            continue
        for key, value in spec.items():
            attr = _ANCHOR_KEYS.get(key.upper())
            if attr is None:
                continue
            if isinstance(value, str):
                values = frozenset([value])
            elif (
                isinstance(value, dict)
                and list(value) == ["IN"]
                and all(isinstance(v, str) for v in value["IN"])
            ):
                values = frozenset(value["IN"])
            else:
                continue
            if best is None or len(values) < len(best[1]):
                best = (attr, values, k)
    return best


class _PatternAnchors:
    """Where the token patterns can match: windows around their anchor tokens.

    See :meth:`EntityRuler.pattern_matches`. ``reach`` maps an attribute ("text",
    "lower") and an anchor value to how many tokens a match can extend before and
    after the anchor (the largest over the patterns anchored on that value).
    """

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        # "lower" values are string hashes, as in _TokenAttrs.lower.
        self.reach: dict[str, dict[Any, tuple[int, int]]] = {"text": {}, "lower": {}}
        #: A token pattern without an anchor: the Matcher must run on the whole Doc.
        self.whole_doc = False
        for entry in patterns:
            pattern = entry["pattern"]
            if isinstance(pattern, str):
                continue  # a phrase pattern: the PhraseMatcher is fast on the whole Doc
            anchor = _anchor(pattern)
            if anchor is None:
                self.whole_doc = True
                continue
            attr, values, k = anchor
            table = self.reach[attr]
            for value in values:
                key = hash_string(value) if attr == "lower" else value
                before, after = table.get(key, (0, 0))
                table[key] = (max(before, k), max(after, len(pattern) - k - 1))

    def windows(self, toks: _TokenAttrs) -> list[tuple[int, int]]:
        """Disjoint token ranges ``(start, end)`` that together hold every match."""
        n = len(toks.text)
        found = []
        for values, table in ((toks.text, self.reach["text"]), (toks.lower, self.reach["lower"])):
            present = table.keys() & set(values)  # most anchors are absent from an article
            if not present:
                continue
            for i in [i for i, value in enumerate(values) if value in present]:
                before, after = table[values[i]]
                found.append((max(0, i - before), min(n, i + after + 1)))
        found.sort()
        merged: list[list[int]] = []
        for start, end in found:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [(start, end) for start, end in merged]


def _is_word_char(ch: str) -> bool:
    """Whether ``ch`` is what ``\\w`` matches in a ``str`` regex."""
    return ch.isalnum() or ch == "_"


def _whole_word_occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Character spans of ``name`` in ``text`` not glued to a word, dot or hyphen.

    The same spans as ``re.finditer(rf"(?<![\\w.-]){re.escape(name)}(?![\\w-])", text)``,
    without compiling one regex per name and article (re's cache is too small for that).
    """
    pos, size = 0, len(name)
    while (start := text.find(name, pos)) >= 0:
        end = start + size
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if (before and (_is_word_char(before) or before in ".-")) or (
            after and (_is_word_char(after) or after == "-")
        ):
            pos = start + 1
            continue
        yield start, end
        pos = end if size else end + 1


def _label_rank(label: str) -> int:
    return LABEL_PRIORITY.index(label) if label in LABEL_PRIORITY else len(LABEL_PRIORITY)


def _shouting(sent: Span) -> bool:
    """Whether a sentence is written in capitals (most of its alphabetic tokens)."""
    words = [t for t in sent if t.is_alpha and len(t) > 1]
    return len(words) >= 3 and sum(t.is_upper for t in words) / len(words) > 0.6


class _BlockLookup:
    """:func:`fivews.structure.block_index` for one Doc, reading ``doc._.blocks`` once.

    ``block_index`` reads the extension attribute (slow in spaCy) on every call; the
    rules ask for every mention, so this reads it once and bisects with
    :func:`fivews.structure.block_at`.
    """

    def __init__(self, doc: Doc) -> None:
        self.blocks: list[dict[str, Any]] = doc._.blocks or []
        self.starts = structure.block_starts(doc) if self.blocks else []

    def __call__(self, char: int) -> int | None:
        """The index of the block holding character ``char``, or None."""
        return structure.block_at(self.blocks, self.starts, char)

    def content(self, char: int) -> tuple[bool, int | None]:
        """``(whether char is in a content block, its block index)``; no blocks: (True, None)."""
        if not self.blocks:
            return True, None
        i = self(char)
        return i is not None and is_content(self.blocks[i]), i


def _is_title_case_block(doc: Doc, block: dict[str, Any]) -> bool:
    """Whether most words of a block (≥3 words, ≤25) start with a capital letter."""
    return _is_title_case_text(doc_text(doc)[block["start"] : block["end"]])


_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@functools.lru_cache(maxsize=4096)
def _is_title_case_text(text: str) -> bool:
    """:func:`_is_title_case_block` of a block's text, memoised: the rules ask it once per
    mention, so a block is otherwise scanned again for every name in it."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return 3 <= len(words) <= 25 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _place_before(doc: Doc, spans: dict[tuple[int, int], str], start: int) -> bool:
    """Whether a place mention ends right before the "and"/"or" that precedes ``start``."""
    head = doc_text(doc)[:start].rstrip()
    head = head[: head.rfind(" ")].rstrip() if " " in head else ""
    return any(e == len(head) and label in PLACE_LABELS for (s, e), label in spans.items())


def _ends_with_title(words: list[str]) -> bool:
    """Whether the words before a name end with a title ("... regional governor")."""
    for k in range(max(0, len(words) - 4), len(words)):
        title, rest = strip_title(words[k:] + ["X"])
        if title and rest == ["X"]:
            return True
    return False


def _exact_place(
    text: str, *, countries_only: bool = False, min_confidence: float = 0.8
) -> dict[str, Any] | None:
    """The gazetteer's confident reading of ``text`` as a place, else None."""
    hit = geo.geocode(text)
    if not hit or hit["confidence"] < min_confidence:
        return None
    if countries_only and hit["kind"] != "country":
        return None
    return hit


def known_name_label(text: str) -> str | None:
    """Label of a name fivews knows without context: alias file, demonym or gazetteer."""
    alias = load_aliases().get(alias_key(text))
    if alias:
        return alias[1]
    if geo.country_of_demonym(text):
        return "NORP"
    hit = geo.geocode(text)
    if (
        hit
        and hit["confidence"] >= 0.8
        and hit["kind"] in {"country", "us_state", "region", "continent"}
    ):
        return "GPE"
    if (
        hit
        and hit["kind"] == "city"
        and hit["confidence"] >= 0.8
        and normalize_exact(text, hit["name"])
    ):
        return "GPE"
    return None


@functools.lru_cache(maxsize=16384)
def _place_key(name: str) -> str:
    """:func:`geo.normalize_place_name`, memoised (a pure function of the string; the
    rules ask it for the same words in every article)."""
    return geo.normalize_place_name(name)


def normalize_exact(a: str, b: str) -> bool:
    """Whether two place names have the same transliteration-normalised key."""
    return _place_key(a) == _place_key(b)


def is_well_known(text: str, label: str) -> bool:
    """Whether a headline name is known beyond doubt (alias, demonym, country, big city)."""
    if load_aliases().get(alias_key(clean_name(text))):
        return True
    if label == "NORP":
        return geo.country_of_demonym(clean_name(text)) is not None
    if label in PLACE_LABELS:
        hit = geo.geocode(clean_name(text))
        if hit and hit["confidence"] >= 0.8:
            return hit["kind"] != "city" or (
                _city_population(hit) >= 100_000 and normalize_exact(clean_name(text), hit["name"])
            )
    return False


def _city_population(hit: dict[str, Any]) -> int:
    gaz = geo.load_gazetteer()
    for i in gaz.by_key.get(_place_key(hit["name"]), []):
        if gaz.places[i]["geonameid"] == hit["geonameid"]:
            return int(gaz.places[i]["population"])
    return 0


# --------------------------------------------------------------------------- mentions


@dataclass
class Mention:
    """One mention of an actor or place, before merging."""

    text: str
    start: int
    end: int
    sentence: int
    label: str
    #: The cleaned name (no "the", possessive; titles kept for persons).
    name: str
    #: Institution key ``(country code or "", phrase)`` for descriptive references.
    institution: tuple[str, str] | None = None
    #: Token indices in the Doc.
    token_start: int = 0
    token_end: int = 0
    block: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mention dict ``{text, start, end, sentence}``."""
        return {"text": self.text, "start": self.start, "end": self.end, "sentence": self.sentence}


class _Sentences:
    """Map character offsets to sentence indices (``doc.sents`` order)."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [s.start_char for s in doc.sents]

    def index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)


def collect_mentions(doc: Doc) -> list[Mention]:
    """Mentions of actors and places in the article's content (chrome and repeats skipped)."""
    sentences = _Sentences(doc)
    block_at = _BlockLookup(doc)
    text = doc_text(doc)
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        content, block = block_at.content(ent.start_char)
        if not content:
            continue
        ent_text = text[ent.start_char : ent.end_char]  # = ent.text, without a token walk
        name = clean_name(ent_text)
        if not name or not any(c.isalpha() for c in name):
            continue
        mentions.append(
            Mention(
                ent_text,
                ent.start_char,
                ent.end_char,
                sentences.index(ent.start_char),
                ent.label_,
                name,
                token_start=ent.start,
                token_end=ent.end,
                block=block,
            )
        )
    mentions.extend(institution_mentions(doc, sentences, mentions, block_at))
    mentions.sort(key=lambda m: m.start)
    return mentions


def institution_mentions(
    doc: Doc,
    sentences: _Sentences,
    mentions: list[Mention],
    block_at: _BlockLookup | None = None,
) -> list[Mention]:
    """Descriptive references to institutions ("the Russian defense ministry").

    A head noun from ``data/entity_institutions.json`` is extended to the left over
    adjectives, nouns and proper nouns (a possessive country too: "Syria's army"); its
    country comes from a nationality adjective or a place in that run, or from "in/of
    <place>" right after it. Overlapping ORG mentions from the NER are replaced. Heads
    marked ``needs_country`` ("forces", "police") count only with a country.
    """
    config = load_institutions()
    heads: dict[str, bool] = config["heads"]
    ignored = set(config["modifiers_ignored"])
    preps = set(config["country_prepositions"])
    block_at = block_at or _BlockLookup(doc)
    ent_at = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    found: list[Mention] = []
    taken: set[int] = set()
    portfolios = set(config["portfolios"])
    # Only a token whose lower-case form ends a head phrase can end one: the others are
    # skipped on their LOWER hashes, without making a Token object for each.
    last_words = _head_last_words()
    for k, lower in enumerate(doc.to_array(LOWER).tolist()):
        if lower not in last_words:
            continue
        token = doc[k]
        head_phrase = _institution_head(doc, token, heads)
        if head_phrase is None or token.i in taken:
            continue
        named = ent_at.get(token.i)
        if named is not None and named.label != "NORP" and _is_proper_name(doc, named, portfolios):
            continue  # "Syrian Democratic Forces" is a name, not a description
        content, block = block_at.content(token.idx)
        if not content:
            continue
        last = token.i
        first = token.i - (len(head_phrase.split()) - 1)
        country = ""
        # Walk left over the noun phrase's modifiers.
        i = first - 1
        while i >= 0:
            t = doc[i]
            if (
                t.text in ("’s", "'s")
                and i > 0
                and doc[i - 1].i in ent_at
                and ent_at[doc[i - 1].i].label in PLACE_LABELS
            ):
                i -= 1
                continue
            if (
                t.pos_ in ("ADJ", "NOUN", "PROPN")
                and not t.is_punct
                and t.lower_ not in ignored
                and _institution_head(doc, t, heads) is None
            ):
                i -= 1
                continue
            break
        first = i + 1
        for t in doc[first : last + 1]:
            code = geo.country_of_demonym(t.text)
            if code:
                country = country or code
            elif t.i in ent_at and ent_at[t.i].label in PLACE_LABELS:
                country = country or _country_of_place(ent_at[t.i].name)
        if (
            not country
            and last + 2 < len(doc)
            and doc[last + 1].lower_ in preps
            and (last + 2) in ent_at
            and ent_at[last + 2].label in PLACE_LABELS
        ):
            country = _country_of_place(ent_at[last + 2].name)
        if heads[head_phrase] and not country:
            continue
        # Never swallow a person or a named organisation: start after it.
        while (
            first < last
            and first in ent_at
            and ent_at[first].label in ("PERSON", "ORG")
            and ent_at[first].token_end <= last
        ):
            first = ent_at[first].token_end
        modifiers = [
            t.lower_
            for t in doc[first : last + 1 - len(head_phrase.split())]
            if not geo.country_of_demonym(t.text)
            and (t.i not in ent_at or ent_at[t.i].label not in PLACE_LABELS)
            and t.text not in ("’s", "'s")
        ]
        phrase = " ".join(modifiers + [head_phrase])
        if (
            not country
            and not modifiers
            and head_phrase not in ("government", "military", "army", "administration")
        ):
            continue
        span = doc[first : last + 1]
        if span[0].lower_ == "the":
            span = doc[first + 1 : last + 1]
        taken.update(range(span.start, span.end))
        found.append(
            Mention(
                span.text,
                span.start_char,
                span.end_char,
                sentences.index(span.start_char),
                "ORG",
                clean_name(span.text),
                institution=(country, phrase),
                token_start=span.start,
                token_end=span.end,
                block=block,
            )
        )
    # Replace NER mentions the institution covers (an ORG "the defense ministry"), but
    # keep places inside it ("Syrian" stays a NORP mention of its own only when outside).
    for inst in found:
        for m in list(mentions):
            if m.start < inst.end and inst.start < m.end and m.label in ("ORG", "NORP"):
                mentions.remove(m)
    return found


@functools.lru_cache(maxsize=1)
def _head_last_words() -> frozenset[int]:
    """String hashes (spaCy's ``LOWER`` ids) of the last word of every institution head
    phrase ("ministry" of "defense ministry")."""
    return frozenset(hash_string(phrase.split()[-1]) for phrase in load_institutions()["heads"])


def _is_proper_name(doc: Doc, mention: Mention, portfolios: set[str]) -> bool:
    """Whether an NER mention has a capitalised word that is no portfolio, nationality or place."""
    for t in doc[mention.token_start : mention.token_end]:
        if not t.is_alpha or not t.text[0].isupper() or t.lower_ == "the":
            continue
        if (
            t.lower_ in portfolios
            or geo.country_of_demonym(t.text)
            or t.lower_ in load_institutions()["heads"]
        ):
            continue
        return True
    return False


def _institution_head(doc: Doc, token: Token, heads: dict[str, bool]) -> str | None:
    """The institution head phrase ending at ``token`` ("defense ministry" -> "ministry")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    two = f"{doc[token.i - 1].lower_} {token.lower_}" if token.i > 0 else ""
    if two in heads:
        return two
    if token.lower_ in heads:
        # "government" in "government troops" is a modifier; the outer noun is the head.
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ in heads:
            return None if token.lower_ != "government" else token.lower_
        return token.lower_
    return None


@functools.lru_cache(maxsize=512)
def _country_of_place(name: str) -> str:
    hit = geo.geocode(name)
    return hit["country"] or "" if hit and hit["confidence"] >= 0.5 else ""


# --------------------------------------------------------------------------- merging


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return out


def _group_label(label: str) -> str:
    return "PLACE" if label in PLACE_LABELS else label


def merge_mentions(doc: Doc, mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions that name the same actor or place (methods 1-6 of the module doc)."""
    uf = _UnionFind(len(mentions))
    aliases = load_aliases()
    first_by_key: dict[tuple[str, str], int] = {}
    canonical: dict[str, int] = {}

    for i, m in enumerate(mentions):
        if m.institution is not None:
            continue
        # 1. same name (within compatible labels); 2. alias file.
        key = (_group_label(m.label), name_key(m.name))
        if m.label == "PERSON":
            key = ("PERSON", " ".join(person_tokens(m.name)))
        if key in first_by_key:
            uf.union(first_by_key[key], i)
        else:
            first_by_key[key] = i
        alias = aliases.get(alias_key(m.name))
        if alias:
            if alias[0] in canonical:
                uf.union(canonical[alias[0]], i)
            else:
                canonical[alias[0]] = i
        if m.label in ("ORG", "GPE") and not alias:
            # An ORG and a GPE with the same name are one thing (label vote decides).
            other = ("PLACE" if m.label == "ORG" else "ORG", name_key(m.name))
            if other in first_by_key:
                uf.union(first_by_key[other], i)

    _merge_acronyms(doc, mentions, uf)
    _merge_persons(mentions, uf)
    _merge_nicknames(doc, mentions, uf)
    _merge_places(mentions, uf)
    _merge_institutions(mentions, uf)
    _merge_demonyms(mentions, uf)
    groups = [
        sorted((mentions[i] for i in idx), key=lambda m: m.start) for idx in uf.groups().values()
    ]
    return sorted(groups, key=lambda g: g[0].start)


#: An acronym definition right after a name: " (SDF)".
_DEFINITION = re.compile(r"\s*\(\s*((?:[A-Z]\.?){2,6})\s*\)")


def _merge_acronyms(doc: Doc, mentions: list[Mention], uf: _UnionFind) -> None:
    """3. "Long Name (LN)" definitions and initialisms of multi-word names."""
    long_forms: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if len(m.name.split()) >= 2 and m.label in ("ORG", "GPE", "LOC", "FAC", "NORP"):
            long_forms[initials(m.name)].append(i)
    # Explicit definitions: a mention followed by "(ACRONYM)".
    text = doc_text(doc)
    for i, m in enumerate(mentions):
        after = text[m.end : m.end + 12]
        found = _DEFINITION.match(after) if "(" in after else None
        short = found.group(1).replace(".", "") if found else None
        # "MANILA, Philippines (AP)" is a dateline, not a definition: a place must
        # match its acronym's initials.
        if short and (m.label not in PLACE_LABELS or initials(m.name) == short):
            long_forms.setdefault(short, []).insert(0, i)
    for i, m in enumerate(mentions):
        short = acronym_of(m.name)
        if not short or short not in long_forms:
            continue
        candidates = [j for j in long_forms[short] if j != i]
        if not candidates:
            continue
        preceding = [j for j in candidates if mentions[j].start < m.start]
        uf.union(i, (preceding or candidates)[-1 if preceding else 0])


def _merge_persons(mentions: list[Mention], uf: _UnionFind) -> None:
    """4. A shorter person form joins the full name it is a suffix of (surname, title)."""
    people = [(i, person_tokens(m.name)) for i, m in enumerate(mentions) if m.label == "PERSON"]
    for i, tokens in people:
        if not tokens:
            continue
        longer = [(j, t) for j, t in people if len(t) > len(tokens) and t[-len(tokens) :] == tokens]
        if not longer:
            # A first-name-only or middle-name mention is too ambiguous to merge.
            continue
        roots = {uf.find(j) for j, _ in longer}
        if len(roots) == 1:
            uf.union(i, longer[0][0])
            continue
        preceding = [j for j, _ in longer if mentions[j].start < mentions[i].start]
        if preceding:
            uf.union(i, max(preceding, key=lambda j: mentions[j].start))


def _merge_nicknames(doc: Doc, mentions: list[Mention], uf: _UnionFind) -> None:
    """4b. "X, (widely/also/better) known as Y": Y is another name of the person X."""
    for i, m in enumerate(mentions):
        if m.label != "PERSON" or not re.search(
            r"known as\s*$", doc_text(doc)[max(0, m.start - 20) : m.start]
        ):
            continue
        earlier = [
            j
            for j, o in enumerate(mentions)
            if o.label == "PERSON" and o.sentence == m.sentence and o.end <= m.start
        ]
        if earlier:
            uf.union(earlier[-1], i)


def _merge_places(mentions: list[Mention], uf: _UnionFind) -> None:
    """5. Spelling variants of places: fuzzy keys and the same gazetteer entry."""
    places = [(i, _place_key(m.name)) for i, m in enumerate(mentions) if m.label in PLACE_LABELS]
    # The groups are those of comparing every pair of mentions, but a key is compared
    # once: mentions with the same key join its first mention, and the fuzzy ratio is
    # computed for each pair of distinct keys only (an article repeats its places).
    first_of: dict[str, int] = {}
    for i, key in places:
        if key:
            if key in first_of:
                uf.union(first_of[key], i)
            else:
                first_of[key] = i
    keys = list(first_of)
    for a, ka in enumerate(keys):
        for kb in keys[a + 1 :]:
            i, j = first_of[ka], first_of[kb]
            if uf.find(i) == uf.find(j):
                continue
            if min(len(ka), len(kb)) >= 4 and fuzz.ratio(ka, kb) >= PLACE_FUZZY_CUTOFF:
                uf.union(i, j)
    by_place: dict[Any, int] = {}
    for i, _ in places:
        hit = geo.geocode(mentions[i].name)
        if hit and hit["confidence"] >= 0.5:
            place = (hit["name"], hit["lat"], hit["lon"])
            if place in by_place:
                uf.union(by_place[place], i)
            else:
                by_place[place] = i


def _merge_institutions(mentions: list[Mention], uf: _UnionFind) -> None:
    """6a. Institutions with the same (country, phrase); country-less ones join the only match."""
    keyed: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        if m.institution and m.institution[0]:
            if m.institution in keyed:
                uf.union(keyed[m.institution], i)
            else:
                keyed[m.institution] = i
    # A shorter phrase of the same country and head joins the only longer one
    # ("Russian ministry" -> "Russian defense ministry").
    for (country, phrase), i in keyed.items():
        words = set(phrase.split())
        longer = [
            j
            for (c, p), j in keyed.items()
            if c == country
            and p != phrase
            and p.split()[-1] == phrase.split()[-1]
            and words < set(p.split())
        ]
        if len({uf.find(j) for j in longer}) == 1:
            uf.union(longer[0], i)
    for i, m in enumerate(mentions):
        if m.institution and not m.institution[0]:
            same = [j for (c, phrase), j in keyed.items() if phrase == m.institution[1]]
            if len({uf.find(j) for j in same}) == 1:
                uf.union(same[0], i)


def _merge_demonyms(mentions: list[Mention], uf: _UnionFind) -> None:
    """6b. A nationality adjective joins its country's entity when the article names it."""
    countries: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.label in PLACE_LABELS:
            hit = geo.geocode(m.name)
            if hit and hit["kind"] == "country" and hit["confidence"] >= 0.8:
                countries.setdefault(hit["country"], i)
    for i, m in enumerate(mentions):
        if m.label == "NORP":
            code = geo.country_of_demonym(m.name)
            if code and code in countries:
                uf.union(countries[code], i)


# --------------------------------------------------------------------------- entities


def _entity_label(group: list[Mention]) -> str:
    if len(group) == 1:
        return group[0].label  # the vote below, without building a Counter
    labels = [m.label for m in group if m.label != "NORP"] or [m.label for m in group]
    counts = Counter(labels)
    best = max(counts.values())
    return min((lab for lab, n in counts.items() if n == best), key=_label_rank)


def _entity_name(group: list[Mention], label: str) -> str:
    aliases = load_aliases()
    for m in group:
        alias = aliases.get(alias_key(m.name))
        if alias:
            return alias[0]
    names = [m.name for m in group if m.label != "NORP"] or [m.name for m in group]
    if label == "PERSON":
        full = max(names, key=lambda n: (len(person_tokens(n)), -names.index(n)))
        _, rest = strip_title(full.split())
        return " ".join(rest)
    if label == "ORG":
        inst = [m for m in group if m.institution]
        if inst and all(m.institution for m in group):
            return _institution_name(inst)
        non_acronyms = [n for n in names if not acronym_of(n)]
        if non_acronyms:
            return max(non_acronyms, key=lambda n: (names.count(n), len(n)))
    if label in PLACE_LABELS:
        # The most frequent spelling (OCR slips fixed; a dateline's capitals count
        # less), the first one on a tie.
        fixed = [geo.fix_ocr_l(n) for n in names]
        counts = Counter(fixed)
        return max(counts, key=lambda n: (counts[n] + (0 if n.isupper() else 0.5), -fixed.index(n)))
    return Counter(names).most_common(1)[0][0]


def _institution_name(group: list[Mention]) -> str:
    """ "Russian defense ministry" from its mentions: the one naming the country, longest."""
    with_country = [m for m in group if any(geo.country_of_demonym(w) for w in m.name.split())]
    best = max(with_country or group, key=lambda m: len(m.name))
    if not with_country and best.institution and best.institution[0]:
        demonyms = _capitalised_demonyms(best.institution[0])
        if demonyms:
            return f"{demonyms[0]} {best.institution[1]}"
    return best.name


@functools.lru_cache(maxsize=512)
def _capitalised_demonyms(code: str) -> tuple[str, ...]:
    """A country's capitalised nationality words, in the demonym file's order (memoised:
    otherwise the whole demonym table is scanned for each institution)."""
    return tuple(w for w, c in geo.load_demonyms().items() if c == code and w[0].isupper())


def _salience(
    doc: Doc, group: list[Mention], lead_block: int | None, blocks: list[dict[str, Any]]
) -> float:
    """Weighted mention count (module docstring); ``blocks`` is ``doc._.blocks or []``."""
    score = 0.0
    for m in group:
        score += 1.0
        if m.block is not None and blocks and blocks[m.block]["kind"] == "headline":
            score += 1.0
        if m.block is not None and m.block == lead_block:
            score += 0.5
        if m.token_end - m.token_start == 1:
            dep = doc[m.token_start].dep_  # a one-token span's root is that token
        elif m.token_end > m.token_start:
            dep = doc[m.token_start : m.token_end].root.dep_
        else:
            dep = ""
        if dep in SUBJECT_DEPS:
            score += 0.5
    return score


def _lead_block(doc: Doc) -> int | None:
    for i, block in enumerate(doc._.blocks or []):
        if block["kind"] == "paragraph" and is_content(block):
            return i
    return None


def _role_and_affiliation(
    doc: Doc, group: list[Mention], owner: dict[int, str]
) -> tuple[str | None, str | None]:
    """Role from an appositive or a title; affiliation from an entity in it."""
    role: str | None = None
    affiliation: str | None = None
    title: str | None = None
    for m in group:
        start, end = m.token_start, m.token_end
        # The texts of the tokens from 5 before the mention to 1 after, read once.
        offset = max(0, start - 5)
        texts = [t.text for t in doc[offset : end + 1]]
        prefix, _ = strip_title(texts[start - offset : end - offset])
        if not prefix:
            # The title may stand just before the span ("Maj. Gen." before "Igor ...").
            for k in range(max(0, start - 4), start):
                pre, rest = strip_title(texts[k - offset : start - offset] + ["X"])
                if pre and not rest[:-1]:
                    prefix = pre
                    # "Syrian President X": the nationality before the title.
                    if k > 0:
                        code = geo.country_of_demonym(texts[k - 1 - offset])
                        if code and affiliation is None:
                            affiliation = owner.get(k - 1)
                    break
        if prefix and title is None:
            title = " ".join(prefix)
        if role is not None or end >= len(doc) or texts[end - offset] != ",":
            continue  # a role is set, or no appositive can follow (see _appositive)
        span = doc[start:end]
        appos = _appositive(doc, span)
        if appos is not None:
            role = _role_text(appos)
            ids = [
                owner[t.i] for t in appos if t.i in owner and owner[t.i] != owner.get(span.start)
            ]
            if ids:
                affiliation = ids[0]
    return role or title, affiliation


def _appositive(doc: Doc, span: Span) -> Span | None:
    """The appositive noun phrase right after a name (", the ... spokesman,")."""
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for child in span.root.children:
        if child.dep_ == "appos" and child.i > span.end:
            tokens = [t for t in child.subtree if t.i > span.end]
            end = max(t.i for t in tokens) + 1
            return doc[span.end + 1 : end]
    return None


def _role_text(appos: Span) -> str:
    """'the Russian defense ministry’s spokesman' -> 'spokesman of the Russian defense ministry'."""
    text = appos.text.strip(" ,")
    found = re.match(r"^(?P<owner>.+?)(?:’s|'s)\s+(?P<role>[^,]+)$", text)
    if found:
        owner = re.sub(r"^(?:the|The)\s+", "", found["owner"])
        return f"{found['role']} of the {owner}"
    return re.sub(r"^(?:the|The|a|an)\s+", "", text)


def build_entities(doc: Doc, mentions: list[Mention] | None = None) -> list[dict[str, Any]]:
    """Merge a Doc's mentions into entity dicts (see the module docstring), most salient first."""
    mentions = collect_mentions(doc) if mentions is None else mentions
    groups = merge_mentions(doc, mentions)
    lead = _lead_block(doc)
    blocks = doc._.blocks or []
    drafts = []
    for group in groups:
        label = _entity_label(group)
        drafts.append(
            {
                "group": group,
                "label": label,
                "name": _entity_name(group, label),
                "score": _salience(doc, group, lead, blocks),
            }
        )
    drafts.sort(key=lambda d: (-d["score"], d["group"][0].start))
    top = max((d["score"] for d in drafts), default=1.0) or 1.0
    owner: dict[int, str] = {}
    for n, d in enumerate(drafts):
        d["id"] = f"E{n + 1}"
        for m in d["group"]:
            for i in range(m.token_start, m.token_end):
                owner.setdefault(i, d["id"])

    entities = []
    for d in drafts:
        group: list[Mention] = d["group"]
        names = list(dict.fromkeys(m.name for m in group))
        entity: dict[str, Any] = {
            "id": d["id"],
            "name": d["name"],
            "label": d["label"],
            "aliases": [n for n in names if n != d["name"]],
            "mentions": [m.to_dict() for m in group],
            "salience": round(d["score"] / top, 3),
        }
        if d["label"] == "PERSON":
            role, affiliation = _role_and_affiliation(doc, group, owner)
            if role:
                entity["role"] = role
            if affiliation and affiliation != d["id"]:
                entity["affiliation"] = affiliation
        entities.append(entity)

    _add_institution_affiliations(entities, drafts)
    _geocode_entities(entities, drafts)
    return entities


def _add_institution_affiliations(
    entities: list[dict[str, Any]], drafts: list[dict[str, Any]]
) -> None:
    """An institution is affiliated with its country's entity, if the article has one."""
    country_ids: dict[str, str] = {}
    for d in drafts:
        if d["label"] in PLACE_LABELS:
            hit = geo.geocode(d["name"])
            if hit and hit["kind"] == "country" and hit["confidence"] >= 0.8:
                country_ids.setdefault(hit["country"], d["id"])
    for entity, d in zip(entities, drafts, strict=True):
        codes = [m.institution[0] for m in d["group"] if m.institution and m.institution[0]]
        if codes and codes[0] in country_ids:
            entity["affiliation"] = country_ids[codes[0]]
            entity["country"] = codes[0]
        elif codes:
            entity["country"] = codes[0]


def _qualified_places(places: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, str]:
    """Places the text qualifies with a country or state: "Paris, Texas" -> {"Paris": "US"}."""
    starts = {m.start: d for _, d in places for m in d["group"]}
    within: dict[str, str] = {}
    for entity, d in places:
        for m in d["group"]:
            gap = m.end
            # The qualifier starts after ", " right behind the mention.
            for offset in (2, 1):
                qualifier = starts.get(gap + offset)
                if qualifier is not None and qualifier is not d:
                    hit = geo.geocode(qualifier["name"])
                    if hit and hit["kind"] in ("country", "us_state") and hit["confidence"] >= 0.8:
                        within.setdefault(entity["name"], hit["country"])
    return within


def _geocode_entities(entities: list[dict[str, Any]], drafts: list[dict[str, Any]]) -> None:
    """Add ``lat, lon, country, geo_confidence`` to places, disambiguated together."""
    places = [(e, d) for e, d in zip(entities, drafts, strict=True) if d["label"] in PLACE_LABELS]
    # Countries named by nationality adjectives ("Russian") and by institutions ("the
    # French finance ministry") are context for the places too.
    demonym_countries = {
        geo.country_of_demonym(m.name) for d in drafts for m in d["group"] if m.label == "NORP"
    } | {m.institution[0] for d in drafts for m in d["group"] if m.institution and m.institution[0]}
    names = [e["name"] for e, _ in places]
    results = geo.geocode_many(
        names, {c for c in demonym_countries if c}, within=_qualified_places(places)
    )
    context = {
        r["country"] for r in results.values() if r and r["confidence"] >= 0.8
    } | demonym_countries
    for entity, d in places:
        hit = results.get(entity["name"])
        if hit is None:
            # Try the entity's other spellings.
            for alias in entity["aliases"]:
                hit = geo.geocode(alias)
                if hit:
                    break
        if hit is None or hit["confidence"] < MIN_GEO_CONFIDENCE:
            continue
        if d["label"] in ("LOC", "FAC") and hit["kind"] == "city" and hit["country"] not in context:
            continue  # a local feature ("the Old City") named like a town elsewhere
        entity.update(
            {
                "lat": hit["lat"],
                "lon": hit["lon"],
                "country": hit["country"],
                "geo_confidence": hit["confidence"],
            }
        )
    for entity, d in zip(entities, drafts, strict=True):
        if d["label"] == "NORP" and "country" not in entity:
            code = geo.country_of_demonym(entity["name"])
            if code:
                entity["country"] = code


# --------------------------------------------------------------------------- component


@Language.factory("fivews_entities")
def make_fivews_entities(nlp: Language, name: str) -> EntityMerger:
    """spaCy factory for :class:`EntityMerger`."""
    return EntityMerger()


class EntityMerger:
    """Set ``doc._.entities``: one dict per actor or place (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        """Compute the entity dicts without changing the Doc."""
        return build_entities(doc)

    def set_annotations(self, doc: Doc, entities: list[dict[str, Any]]) -> None:
        """Store the entities on ``doc._.entities``."""
        doc._.entities = entities


# --------------------------------------------------------------------------- tables


def iter_mentions(entities: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every mention with its entity's id, name and label, in text order."""
    rows = [
        {"id": e["id"], "name": e["name"], "label": e["label"], **m}
        for e in entities
        for m in e["mentions"]
    ]
    yield from sorted(rows, key=lambda r: r["start"])


def entities_table(entities: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per entity, most salient first, with readable column names.

    Columns: ``id, name, label, mentions`` (count), ``salience, aliases`` ("; "-joined),
    ``role, affiliation`` (the affiliated entity's name), ``country`` (ISO code),
    ``country_name, lat, lon, geo_confidence``.
    """
    names = {e["id"]: e["name"] for e in entities}
    rows = [
        {
            "id": e["id"],
            "name": e["name"],
            "label": e["label"],
            "mentions": len(e["mentions"]),
            "salience": e["salience"],
            "aliases": "; ".join(e.get("aliases", [])),
            "role": e.get("role"),
            "affiliation": names.get(e.get("affiliation", ""), None),
            "country": e.get("country"),
            "country_name": geo.country_name(e.get("country")),
            "lat": e.get("lat"),
            "lon": e.get("lon"),
            "geo_confidence": e.get("geo_confidence"),
        }
        for e in entities
    ]
    dtypes = {
        "id": "string",
        "name": "string",
        "label": "string",
        "mentions": "Int64",
        "salience": "Float64",
        "aliases": "string",
        "role": "string",
        "affiliation": "string",
        "country": "string",
        "country_name": "string",
        "lat": "Float64",
        "lon": "Float64",
        "geo_confidence": "Float64",
    }
    import pandas as pd  # imported on use: keeps `import fivews` fast

    frame = pd.DataFrame(rows, columns=list(dtypes))
    return frame.astype(dtypes)


def mentions_table(entities: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per mention: ``id, name, label, text, start, end, sentence``, in text order."""
    dtypes = {
        "id": "string",
        "name": "string",
        "label": "string",
        "text": "string",
        "start": "Int64",
        "end": "Int64",
        "sentence": "Int64",
    }
    import pandas as pd  # imported on use: keeps `import fivews` fast

    frame = pd.DataFrame(list(iter_mentions(entities)), columns=list(dtypes))
    return frame.astype(dtypes)
