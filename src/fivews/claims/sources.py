"""Sources: who said it, with pronouns and bare descriptions resolved to a named speaker.

The source is the subject's phrase without appositions or relative clauses (a name in
apposition becomes the name: "the company's chief, Jane Doe"). Pronouns ("he": a
singular person, "it": a singular organisation, "they") and bare descriptions ("the
ministry", "the spokesman", "the company") are resolved to the most recent compatible
named source (by name or apposition), else named mention. Named sources that are the
same actor in the article's words ("Konashenkov" / "Maj. Gen. Igor Konashenkov") share
one ``name``. A cue inside the content of another claim by the same speaker ("he said he
did not want…") is not a second claim (:func:`drop_restatements`).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, ENT_TYPE, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from fivews.claims.cues import PRONOUN_KINDS, SPEAKER_ENT_LABELS
from fivews.claims.lexicon import ClaimLexicon
from fivews.claims.records import Claim
from fivews.claims.tokens import (
    _children,
    _lemma,
    _span_text,
    _strip_clause_edges,
    _strip_det,
    _subtree_of,
    _tokens_of,
)
from fivews.structure import reader_of
from fivews.syntax import NOMINAL_SUBJECT_DEPS


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
    # The earlier names that can match, by position in ``seen``: those sharing a word
    # (either one's words contained in the other's), by acronym, and by single word.
    by_word: dict[str, list[int]] = {}
    by_acronym: dict[str, list[int]] = {}
    for claim in claims:
        if claim.source_kind != "named" or not claim.source_name:
            continue
        words = _name_words(claim.source_name)
        found: set[int] = set()
        if words:
            for w in set(words):
                found.update(by_word.get(w, ()))
            if len(words) == 1:
                found.update(by_acronym.get(words[0], ()))
            found.update(by_word.get(_acronym(words), ()))
        for n in sorted(found):
            earlier = seen[n]
            e_words = _name_words(earlier)
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
            for w in set(words):
                by_word.setdefault(w, []).append(len(seen) - 1)
            if words:
                by_acronym.setdefault(_acronym(words), []).append(len(seen) - 1)
    for claim in claims:
        if claim.source_name in canonical:
            claim.source_name = canonical[claim.source_name]


#: spaCy's hashes of :data:`fivews.syntax.NOMINAL_SUBJECT_DEPS` (what the DEP array holds).
NOMINAL_SUBJECT_IDS: tuple[numpy.uint64, ...] = tuple(
    numpy.uint64(get_string_id(label)) for label in sorted(NOMINAL_SUBJECT_DEPS)
)


def _subject_nouns(doc: Doc) -> list[Token]:
    """Common nouns outside any entity that are the nominal subject of a clause, in order.

    Picked from the Doc's DEP, POS and ENT_TYPE arrays at once instead of reading three
    attributes of every token (not from the reader's columns: see
    :func:`fivews.claims.finding._cue_candidates`).
    """
    if not len(doc):
        return []
    values = doc.to_array([DEP, POS, ENT_TYPE])
    is_subject = numpy.zeros(len(doc), dtype=bool)
    for label_id in NOMINAL_SUBJECT_IDS:
        is_subject |= values[:, 0] == label_id
    hits = is_subject & (values[:, 1] == NOUN) & (values[:, 2] == 0)
    tokens = reader_of(doc).tokens
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
    ner = [_ent_mention(e) for e in reader_of(doc).ents if e.label_ in SPEAKER_ENT_LABELS]
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
        role = _strip_clause_edges(list(_subtree_of(appos[0]))) if appos else []
        claim.source_role = _span_text(doc[role[0].i : role[-1].i + 1]) if role else None
        at = span.start_char
        if root.pos_ == "NOUN" and appos and appos[0].pos_ == "PROPN":
            # "The company that operates the dam, Northline Hydro, denied…": the
            # apposition is the name, the subject the description.
            name = _strip_clause_edges(list(_subtree_of(appos[0])))
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
    not a second claim; so is "its intelligence shows" inside what the ministry claimed
    (a source owned by a pronoun). A different speaker inside ("X said Y claimed Z") is
    kept.
    """
    kept = []
    # The contents as token ranges [first, last), sorted by their first token: the ones
    # that may hold a cue are found by bisection instead of visiting every claim.
    ranges = sorted(
        (other.content[0].i, other.content[-1].i, n)
        for n, other in enumerate(claims)
        if other.content
    )
    firsts = [first for first, _, _ in ranges]
    longest = max([0] + [last - first for first, last, _ in ranges])
    for claim in claims:
        cue = claim.cue
        # "the ministry claimed its intelligence shows X": the speaker's own evidence
        own = claim.subject is not None and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in _children(claim.subject.root)
        )
        inside = False
        if cue is not None:
            lo = bisect.bisect_left(firsts, cue.start - longest)
            hi = bisect.bisect_right(firsts, cue.start)
            inside = any(
                claims[n] is not claim
                and (claims[n].source_name == claim.source_name or own)
                and first <= cue.start < last
                for first, last, n in ranges[lo:hi]
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
