"""The entity layer's data files, each loaded once through :mod:`fivews.lexicon`: aliases,
titles, page-chrome phrases, institution heads, name prefixes and the ruler's patterns
(all in ``fivews/data``), and the prepositions the rules read (``prepositions.json``)."""

from __future__ import annotations

import copy
import functools
from typing import Any

from spacy.strings import hash_string

from fivews import lexicon
from fivews.entities.names import alias_key

#: The ruler's ``SpanRuler`` patterns, looked up in the component's ``lexicon_dir`` first.
PATTERNS_FILE = "entity_patterns.jsonl"


@functools.lru_cache(maxsize=1)
def load_aliases() -> dict[str, tuple[str, str]]:
    """Alias key -> (canonical name, label), from ``data/aliases.json``.

    Keys are :func:`~fivews.entities.names.alias_key` of each alias and canonical name:
    the name key, but all-caps short names case-sensitively (prefix ``"="``), so "IS"
    never matches the word "is".
    """
    data = lexicon.load_json("aliases.json")
    table: dict[str, tuple[str, str]] = {}
    for item in data["entities"]:
        for alias in [item["name"], *item["aliases"]]:
            table[alias_key(alias)] = (item["name"], item["label"])
    return table


@functools.lru_cache(maxsize=1)
def load_titles() -> list[list[str]]:
    """Titles as token lists, longest first (``data/entity_titles.json``)."""
    data = lexicon.load_json("entity_titles.json")
    titles = {tuple(t.replace(".", ". ").split()) for t in data["titles"]}
    return sorted((list(t) for t in titles), key=len, reverse=True)


@functools.lru_cache(maxsize=1)
def load_chrome_phrases() -> frozenset[str]:
    """Lower-cased page-chrome phrases (``data/entity_chrome.txt``)."""
    lines = lexicon.load_text("entity_chrome.txt").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


@functools.lru_cache(maxsize=1)
def load_institutions() -> dict[str, Any]:
    """Institution heads and settings (``data/entity_institutions.json``)."""
    return lexicon.load_json("entity_institutions.json")


@functools.lru_cache(maxsize=1)
def load_name_prefix_data() -> dict[str, Any]:
    """The whole ``data/entity_name_prefixes.json`` (name words and event words)."""
    return lexicon.load_json("entity_name_prefixes.json")


@functools.lru_cache(maxsize=1)
def _event_words() -> tuple[frozenset[str], frozenset[int]]:
    """Lower-cased event words ("hurricane", "typhoon") and their string hashes."""
    words = frozenset(w.lower() for w in load_name_prefix_data()["_event_words"])
    return words, frozenset(hash_string(w) for w in words)


def locative_words() -> frozenset[str]:
    """Words before a place ("in", "near"): the ``locative`` prepositions."""
    return lexicon.prepositions("locative")


def institution_country_words() -> frozenset[str]:
    """Prepositions before an institution's country ("in" of "the ministry in Moscow")."""
    return lexicon.prepositions("institution_country")


@functools.lru_cache(maxsize=1)
def load_name_prefixes() -> dict[str, str]:
    """First word of a transliterated name -> implied label (``data/entity_name_prefixes.json``)."""
    data = load_name_prefix_data()
    return {
        word: label for label, words in data.items() if not label.startswith("_") for word in words
    }


def load_patterns(lexicon_dir: lexicon.LexiconDir = None) -> list[dict[str, Any]]:
    """spaCy ``SpanRuler`` patterns, one JSON object a line (``entity_patterns.jsonl`` from
    ``lexicon_dir``, else the package's); a fresh copy, which the caller may change."""
    return copy.deepcopy(list(lexicon.load_jsonl(PATTERNS_FILE, lexicon_dir)))
