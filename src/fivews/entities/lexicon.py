"""The entity layer's data files, each loaded once: aliases, titles, page-chrome phrases,
institution heads, name prefixes and the ruler's patterns (all in ``fivews/data``)."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from spacy.strings import hash_string

from fivews.entities.names import alias_key

DATA = resources.files("fivews") / "data"


@functools.lru_cache(maxsize=1)
def load_aliases() -> dict[str, tuple[str, str]]:
    """Alias key -> (canonical name, label), from ``data/aliases.json``.

    Keys are :func:`~fivews.entities.names.alias_key` of each alias and canonical name:
    the name key, but all-caps short names case-sensitively (prefix ``"="``), so "IS"
    never matches the word "is".
    """
    data = json.loads((DATA / "aliases.json").read_text(encoding="utf-8"))
    table: dict[str, tuple[str, str]] = {}
    for item in data["entities"]:
        for alias in [item["name"], *item["aliases"]]:
            table[alias_key(alias)] = (item["name"], item["label"])
    return table


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
