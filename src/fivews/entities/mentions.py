"""The mentions of actors and places in an article's content: the corrected NER mentions,
and descriptive references to institutions ("the Russian defense ministry")."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import Any

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from fivews import geo
from fivews.entities.constants import ACTOR_LABELS, PLACE_LABELS
from fivews.entities.lexicon import institution_country_words, load_institutions
from fivews.entities.names import clean_name
from fivews.entities.records import MentionRecord
from fivews.structure import block_at, doc_text, is_content, reader_of


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
    #: Index of its block in ``doc._.blocks`` (None when the Doc has no blocks).
    block: int | None = None

    def to_dict(self) -> MentionRecord:
        """JSON-ready mention dict ``{text, start, end, sentence}``."""
        return {"text": self.text, "start": self.start, "end": self.end, "sentence": self.sentence}


def collect_mentions(doc: Doc) -> list[Mention]:
    """Mentions of actors and places in the article's content (chrome and repeats skipped)."""
    reader = reader_of(doc)
    # A mention's sentence (numbered from 0) is the last one starting at or before its token.
    sentence_starts = [start for start, _ in reader.sentence_bounds]
    blocks, block_starts = reader.blocks, reader.block_starts
    text = doc_text(doc)
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        content, block = content_block(blocks, block_starts, ent.start_char)
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
                bisect.bisect_right(sentence_starts, ent.start) - 1,
                ent.label_,
                name,
                token_start=ent.start,
                token_end=ent.end,
                block=block,
            )
        )
    mentions.extend(institution_mentions(doc, mentions))
    mentions.sort(key=lambda m: m.start)
    return mentions


def institution_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
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
    preps = institution_country_words()
    reader = reader_of(doc)
    sentence_starts = [start for start, _ in reader.sentence_bounds]
    blocks, block_starts = reader.blocks, reader.block_starts
    ent_at = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    found: list[Mention] = []
    taken: set[int] = set()
    portfolios = set(config["portfolios"])
    # Only a token whose lower-case form ends a head phrase can end one: the others are
    # skipped on their LOWER hashes, without making a Token object for each (the one
    # column, read here: the reader's token columns come five at a time).
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
        content, block = content_block(blocks, block_starts, token.idx)
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
                bisect.bisect_right(sentence_starts, span.start) - 1,
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


def content_block(
    blocks: list[dict[str, Any]], starts: list[int], char: int
) -> tuple[bool, int | None]:
    """``(whether character char is in a content block, its block index)``, given a reader's
    :attr:`~fivews.structure.DocReader.blocks` and ``block_starts``; a Doc without blocks
    is all content: ``(True, None)``."""
    if not blocks:
        return True, None
    i = block_at(blocks, starts, char)
    return i is not None and is_content(blocks[i]), i


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
