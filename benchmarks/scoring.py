"""Phrase matching shared by the benchmark scripts (claims.py, five_ws.py).

Answers are compared with annotated phrases by bag-of-words overlap, the usual measure
for span answers in question answering and five-W evaluations.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

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


def one_to_one(
    pairs: Iterable[tuple[float, int, int]], keep: Callable[[int, int], bool]
) -> list[tuple[int, int]]:
    """Greedy one-to-one matches from scored ``(score, gold, predicted)`` pairs.

    Best score first (ties by index); a pair is taken when ``keep(gold, predicted)`` holds
    and neither side is matched yet. Returns ``(gold, predicted)`` index pairs.
    """
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    out = []
    for _, gi, pi in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if gi in used_gold or pi in used_pred or not keep(gi, pi):
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        out.append((gi, pi))
    return out
