"""Contradictions: which claims by different sources contest each other, and why.

Two claims by different sources (not one speaking for the other: a spokesman and his
ministry) about the same subject are linked (``contested_by`` both ways,
``contradiction_reasons``) only on positive evidence: incompatible states of the same
subject ("is reaching its final stages" / "had stopped", from
``data/claim_contradictions.json``), the same predicate with opposite polarity, a denial
of the same predicate or of an accusation against the denier, or numbers for the same
thing whose ranges do not overlap ("at least 12" allows 45). A contrast marker
("however", "but") is added as a supporting reason but never links claims on its own: a
link a reader would not accept is worse than none.

What the pairwise test reads from a claim is worked out once per claim
(:class:`_ClaimFacts`), and pairs that cannot clash are dropped on those facts
(:func:`_may_contradict`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.symbols import AUX, VERB, aux, auxpass
from spacy.tokens import Doc, Token

from fivews.claims.cues import _is_negated
from fivews.claims.lexicon import ClaimLexicon
from fivews.claims.quantities import _range
from fivews.claims.records import Claim, ClaimRecord, QuantityRecord
from fivews.claims.tokens import _children, _lemma, _strip_det, _subtree_of
from fivews.structure import doc_text
from fivews.syntax import CLAUSE_SUBJECT_DEPS, NOMINAL_SUBJECT_DEPS

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


def _source_key(record: ClaimRecord) -> str:
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


def _source_facts(record: ClaimRecord) -> _SourceFacts:
    src = record["source"]
    words = WORD.findall(f"{src.get('name') or ''} {src.get('role') or ''}".lower())
    return _SourceFacts(
        key=_source_key(record),
        entity=src.get("entity"),
        affiliation=src.get("affiliation"),
        words=frozenset(words) - SOURCE_FILLER_WORDS,
    )


def _same_source(a: ClaimRecord, b: ClaimRecord) -> bool:
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


#: Parts of speech and dependencies of :func:`_predicates` (symbol ids).
_PREDICATE_POS = frozenset({VERB, AUX})
_AUXILIARY_DEPS = frozenset({aux, auxpass})


def _predicates(part: list[Token]) -> list[Token]:
    """The verbs of ``part`` that are not auxiliaries (read as symbol ids, not strings)."""
    return [t for t in part if t.pos in _PREDICATE_POS and t.dep not in _AUXILIARY_DEPS]


def _subject_names(verb: Token) -> tuple[set[str], str | None]:
    subj = next((c for c in _children(verb) if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
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


def _claim_facts(claim: Claim, record: ClaimRecord) -> _ClaimFacts:
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


#: Of the earlier claims that share a word (stance, number) with a claim, how many of the
#: latest it is compared with.
RECENT_PER_KEY = 50
#: ``verb.i`` -> :func:`_subject_names` of that verb, for one Doc.
_SubjectCache = dict[int, tuple[set[str], str | None]]


def _contradiction_reasons(
    doc: Doc,
    a: Claim,
    b: Claim,
    ra: ClaimRecord,
    rb: ClaimRecord,
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
    marker = _contrast_marker(b, lexicon) if reasons else None
    if marker is not None:
        reasons.append(f"contrast marker '{marker}'")
    return reasons


def _denies_accusation(
    a: Claim, b: Claim, ra: ClaimRecord, rb: ClaimRecord, lexicon: ClaimLexicon
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
    left = min([cue.i] + [t.left_edge.i for t in _children(cue) if t.dep_ in CLAUSE_SUBJECT_DEPS])
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
    subj = next((c for c in _children(verb) if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
    # (an inverted subject, "says the senator", may follow the verb)
    left = min(subj.left_edge.i, verb.i) if subj is not None else verb.i
    objs = [c for c in _children(verb) if c.dep_ in {"dobj", "attr", "acomp"}]
    right = max([o.right_edge.i for o in objs if o.i > verb.i] + [verb.i])
    tokens = list(verb.doc[left : right + 1])
    return doc_text(verb.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _number_reasons(
    doc: Doc, ra: ClaimRecord, rb: ClaimRecord, same_predicate: bool = False
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


def _governor(doc: Doc, quantity: QuantityRecord) -> str | None:
    """Lemma of the verb a counted quantity depends on ("12 civilians were killed": kill)."""
    span = doc.char_span(quantity["start"], quantity["end"], alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return _lemma(token) if token.pos_ in {"VERB", "AUX"} else None


def link_contradictions(
    doc: Doc, claims: list[Claim], records: list[ClaimRecord], lexicon: ClaimLexicon
) -> None:
    """Fill ``contested_by`` and ``contradiction_reasons`` both ways, in place.

    Every pair of claims that may clash is compared (:func:`_candidate_pairs` finds them
    through an index, without visiting the others); what the test reads from each claim
    is worked out once beforehand (:class:`_ClaimFacts`), so a pair costs a few set
    operations.
    """
    facts = [_claim_facts(c, r) for c, r in zip(claims, records, strict=True)]
    subjects: _SubjectCache = {}
    for j, earlier in _candidate_pairs(facts, records):
        b, rb = claims[j], records[j]
        for i in earlier:
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


def _candidate_pairs(
    facts: list[_ClaimFacts], records: list[ClaimRecord]
) -> Iterator[tuple[int, list[int]]]:
    """Each claim ``j`` with the earlier claims ``i < j`` (ascending) it may contradict.

    Every pair for which :func:`_may_contradict` and :func:`_contradiction_reasons` can
    find a reason is among them: the two claims share a proper-noun or noun lemma, or
    are an accusation and a denial, or hold numbers of the same counted thing or unit
    (the only reason left to two claims sharing neither: see :func:`_number_reasons`).
    The others are never visited, so the cost follows the pairs that share something,
    not the square of the number of claims. Of the claims that share one word, stance
    or number, the :data:`RECENT_PER_KEY` latest are compared: a news article never has
    that many, and in a long document (a transcript, a report) a word shared by hundreds
    of claims would otherwise make the pairs grow with the square of its length.
    """
    by_word: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_stance: dict[str, list[int]] = defaultdict(list)
    by_number: dict[tuple[str, Any], list[int]] = defaultdict(list)
    for j, (fb, rb) in enumerate(zip(facts, records, strict=True)):
        found: set[int] = set()
        words = [("name", w) for w in fb.names] + [("noun", w) for w in fb.nouns]
        for key in words:
            found.update(by_word[key][-RECENT_PER_KEY:])
        other = {"accusation": "denial", "denial": "accusation"}.get(fb.stance)
        if other is not None:
            found.update(by_stance[other][-RECENT_PER_KEY:])
        # An earlier claim's counted quantity matches a later one of the same counted
        # noun, or (when it has a unit) of the same normalised unit.
        probes = [("counted", q["counted"]) for q in rb["quantities"] if q["counted"]]
        probes += [("unit", q["normalized_unit"]) for q in rb["quantities"]]
        for key in probes:
            found.update(by_number.get(key, [])[-RECENT_PER_KEY:])
        if found:
            yield j, sorted(found)
        for key in words:
            by_word[key].append(j)
        by_stance[fb.stance].append(j)
        for q in rb["quantities"]:
            if q["counted"]:
                by_number[("counted", q["counted"])].append(j)
                if q["unit"]:
                    by_number[("unit", q["normalized_unit"])].append(j)
