"""Names as keys: a mention's text cleaned, its comparison and alias keys, its initials
and whether it is an acronym."""

from __future__ import annotations

import functools
import re

from fivews import geo
from fivews.entities.constants import ACRONYM, INITIALS_SKIP, POSSESSIVES


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


@functools.lru_cache(maxsize=16384)
def alias_key(text: str) -> str:
    """Key for the alias table: all-caps short names exact, others :func:`name_key`."""
    bare = text.replace(".", "").strip()
    if bare.isupper() and len(bare) <= 6:
        return "=" + bare
    return name_key(text)


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
