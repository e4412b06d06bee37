"""Place names as lookup keys: OCR repair, accents, transliteration articles, skeletons."""

from __future__ import annotations

import functools
import re
import unicodedata

#: Arabic (and Romance) articles dropped from multi-word place names before matching.
ARTICLES: frozenset[str] = frozenset(
    {
        "al",
        "el",
        "ul",
        "ad",
        "ed",
        "az",
        "ez",
        "as",
        "es",
        "ash",
        "esh",
        "ar",
        "er",
        "an",
        "at",
        "et",
        "the",
    }
)


#: Abbreviated first words of place names, written out in lookup keys.
ABBREVIATIONS: dict[str, str] = {"mt": "mount", "ft": "fort"}

#: First words of place names written apart or joined to the next ("De Soto"/"DeSoto",
#: "La Crosse"/"LaCrosse", "De Kalb"/"DeKalb"): joined in lookup keys.
JOINED_PARTICLES: frozenset[str] = frozenset({"de", "la", "le", "du", "van"})


def fix_ocr_l(text: str) -> str:
    """Replace a capital ``I`` typed for a lower-case ``l`` ("Deir eI-Zor" -> "Deir el-Zor").

    An ``I`` is taken for ``l`` when it follows a lower-case letter (English words never
    have a capital inside them), or when it starts an Arabic article "AI-" before a hyphen.
    """
    if "I" not in text:
        return text
    text = re.sub(r"(?<=[a-z])I", "l", text)
    return re.sub(r"\bAI(?=-)", "Al", text)


def strip_accents(text: str) -> str:
    """Drop combining marks ("Ţarţūs" -> "Tartus", "Dêrezor" -> "Derezor")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_APOSTROPHES = re.compile(r"[’‘`ʿʾ'´.]")
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]+")
_SKELETON_VOWELS = re.compile(r"[aeiouywh]")
_DOUBLED = re.compile(r"(.)\1+")
_NON_LATIN = re.compile(r"[^\u0000-\u024F\u1E00-\u1EFF\u02B0-\u02FF]")


@functools.lru_cache(maxsize=65_536)
def normalize_place_name(name: str) -> str:
    """Return the lookup key of a place name: lower case, ASCII, no articles or punctuation.

    Memoised: a pure function of the string, asked for the same names (and candidates'
    names) many times in each article.

    >>> normalize_place_name("Deir eI-Zor")
    'deir zor'
    >>> normalize_place_name("Ar Raqqah")
    'raqqah'
    """
    text = strip_accents(fix_ocr_l(name.strip()))
    text = _APOSTROPHES.sub("", text)
    text = _NON_ALNUM.sub(" ", text).strip().lower()
    words = text.split()
    if len(words) > 1:
        # Articles go only when something is left and never as the last word.
        kept = [w for i, w in enumerate(words) if not (w in ARTICLES and i < len(words) - 1)]
        words = kept or words
        # "Mt. Pleasant", "Ft. Worth": one key for both spellings.
        words[0] = ABBREVIATIONS.get(words[0], words[0]) if len(words) > 1 else words[0]
        if len(words) > 1 and words[0] in JOINED_PARTICLES:
            words[:2] = [words[0] + words[1]]
    return " ".join(words)


def skeleton_key(key: str) -> str:
    """Consonant skeleton of a normalised key ("deir zour" and "dayr zawr" -> "dr zr").

    Vowels (and y, w, h, which transliterations use as vowels) are dropped after each
    word's first letter and doubled letters collapse. Used only as a last resort, for
    candidates in a country the article mentions.
    """
    out = []
    for word in key.split():
        squeezed = _DOUBLED.sub(r"\1", word[0] + _SKELETON_VOWELS.sub("", word[1:]))
        out.append(squeezed)
    return " ".join(out)


def is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is in a Latin-script block (after accent removal)."""
    return _NON_LATIN.search(text) is None
