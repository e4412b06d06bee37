"""Merged mention groups made into entity records: label, canonical name, salience, and a
person's role and affiliation.

Salience (0..1) is a weighted mention count, divided by the top entity's: each mention
counts 1, plus 1 in the headline, plus 0.5 in the first content paragraph, plus 0.5 when
it is a grammatical subject.

``role`` comes from an appositive ("Igor Konashenkov, the Russian defense ministry’s
spokesman" -> "spokesman of the Russian defense ministry") or a title before the name
("President"); ``affiliation`` from an entity inside the role, a nationality before the
title, or an institution's country.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

from spacy.tokens import Doc, Span

from fivews import geo
from fivews.entities.constants import PLACE_LABELS, label_rank
from fivews.entities.lexicon import load_aliases
from fivews.entities.mentions import Mention, collect_mentions
from fivews.entities.merge import merge_mentions
from fivews.entities.names import acronym_of, alias_key
from fivews.entities.person_names import person_tokens, strip_title
from fivews.entities.places import add_institution_affiliations, geocode_entities
from fivews.entities.records import EntityDraft, EntityRecord
from fivews.structure import is_content, reader_of
from fivews.syntax import NOMINAL_SUBJECT_DEPS


def _entity_label(group: list[Mention]) -> str:
    """The majority label of a group (NORP only when it has no other), ties by priority."""
    if len(group) == 1:
        return group[0].label  # the vote below, without building a Counter
    labels = [m.label for m in group if m.label != "NORP"] or [m.label for m in group]
    counts = Counter(labels)
    best = max(counts.values())
    return min((lab for lab, n in counts.items() if n == best), key=label_rank)


def _entity_name(group: list[Mention], label: str) -> str:
    """The alias file's canonical name, else the name fitting the label (a person's fullest
    name without titles, an institution's description, a place's most frequent spelling)."""
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
    """Weighted mention count (module docstring); ``blocks`` are the Doc's blocks."""
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
        if dep in NOMINAL_SUBJECT_DEPS:
            score += 0.5
    return score


def _lead_block(blocks: list[dict[str, Any]]) -> int | None:
    """The index of the first content paragraph among ``blocks``, or None."""
    for i, block in enumerate(blocks):
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


def build_entities(doc: Doc, mentions: list[Mention] | None = None) -> list[EntityRecord]:
    """Merge a Doc's mentions into entity records (:class:`~fivews.entities.records.EntityRecord`),
    most salient first."""
    mentions = collect_mentions(doc) if mentions is None else mentions
    groups = merge_mentions(doc, mentions)
    blocks = reader_of(doc).blocks
    lead = _lead_block(blocks)
    drafts: list[EntityDraft] = []
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

    entities: list[EntityRecord] = []
    for d in drafts:
        group: list[Mention] = d["group"]
        names = list(dict.fromkeys(m.name for m in group))
        entity: EntityRecord = {
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

    add_institution_affiliations(entities, drafts)
    datelines = reader_of(doc).datelines
    geocode_entities(entities, drafts, datelines[0][1]["text"] if datelines else None)
    return entities
