"""Phrase matching shared by the benchmark scripts (claims.py, five_ws.py).

Answers are compared with annotated phrases by bag-of-words overlap, the usual measure
for span answers in question answering and five-W evaluations.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str | None) -> list[str]:
    """Lower-case word tokens of ``text``; the possessive "'s" and punctuation are dropped."""
    if not text:
        return []
    norm = unicodedata.normalize("NFKC", text).replace("\u2019", "'").lower()
    norm = re.sub(r"'s\b", "", norm)
    return _WORD.findall(norm)


def token_f1(answer: str | None, gold: str | None) -> float:
    """Token-overlap F1 (bag of words) between an answer and a gold phrase."""
    a, g = tokens(answer), tokens(gold)
    if not a or not g:
        return 0.0
    remaining = list(g)
    common = 0
    for word in a:
        if word in remaining:
            remaining.remove(word)
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(a), common / len(g)
    return 2 * precision * recall / (precision + recall)
