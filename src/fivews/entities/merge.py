"""Mentions merged into one group per actor or place, with union-find.

Mentions are merged by:

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

Acronym and surname matching are hand-written: textacy's acronym extractor is not a
dependency, and neither it nor spaCy links a surname to a full name.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz
from spacy.tokens import Doc

from fivews import geo
from fivews.entities.constants import PLACE_FUZZY_CUTOFF, PLACE_LABELS
from fivews.entities.lexicon import load_aliases
from fivews.entities.mentions import Mention
from fivews.entities.names import acronym_of, alias_key, initials, name_key
from fivews.entities.person_names import person_tokens
from fivews.structure import doc_text


class _UnionFind:
    """Disjoint sets of mention indices; a set's root is its smallest index."""

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
    """Group mentions that name the same actor or place (methods 1-6 of the module docstring)."""
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
    """4. A shorter person form joins the full name it is a suffix of (surname, title).

    The longer forms ending with a name are found through an index by name suffix, not by
    comparing every pair of person mentions. Mentions of the same tokens are one group
    already (method 1), so the groups among the longer forms are those of their first
    mentions of each distinct name.
    """
    people = [(i, person_tokens(m.name)) for i, m in enumerate(mentions) if m.label == "PERSON"]
    longer_of: dict[tuple[str, ...], list[int]] = defaultdict(list)
    firsts: dict[tuple[str, ...], dict[tuple[str, ...], int]] = defaultdict(dict)
    for j, tokens in people:
        full = tuple(tokens)
        for k in range(1, len(full)):
            longer_of[full[-k:]].append(j)
            firsts[full[-k:]].setdefault(full, j)
    by_start: dict[tuple[str, ...], tuple[list[int], list[int]]] = {}
    for i, tokens in people:
        if not tokens:
            continue
        key = tuple(tokens)
        longer = longer_of.get(key)
        if not longer:
            # A first-name-only or middle-name mention is too ambiguous to merge.
            continue
        roots = {uf.find(j) for j in firsts[key].values()}
        if len(roots) == 1:
            uf.union(i, longer[0])
            continue
        # The nearest preceding longer form (the first of several at the same offset).
        if key not in by_start:
            order = sorted((mentions[j].start, j) for j in longer)
            by_start[key] = ([s for s, _ in order], [j for _, j in order])
        starts, ids = by_start[key]
        last = bisect.bisect_left(starts, mentions[i].start) - 1
        if last >= 0:
            uf.union(i, ids[bisect.bisect_left(starts, starts[last])])


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
    places = [
        (i, geo.normalize_place_name(m.name))
        for i, m in enumerate(mentions)
        if m.label in PLACE_LABELS
    ]
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
