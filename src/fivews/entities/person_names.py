"""Person names: leading titles split off ("Maj. Gen."), and the name tokens that
identify a person (no titles, Arabic articles or generational suffixes)."""

from __future__ import annotations

import functools
import re

from fivews import geo
from fivews.entities.constants import NAME_SUFFIXES
from fivews.entities.lexicon import load_titles
from fivews.entities.names import clean_name


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
