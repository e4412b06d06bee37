"""Corpus ids numbered by where each entity or event is first met in the corpus (its
first row in ``doc_id``, ``position`` order), not by when it was linked: the same
groups get the same ids whatever order the articles or parts were linked in."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np


def row_keys(doc_ranks: Iterable[int], positions: Iterable[int]) -> np.ndarray:
    """Sortable keys of rows from their document's rank (in id order) and position."""
    ranks = np.fromiter(doc_ranks, dtype=np.int64)
    return (ranks << 32) + np.fromiter(positions, dtype=np.int64)


class FirstSeen:
    """The smallest row key of each group (a corpus entity or event), then the groups
    numbered 0, 1, … in that order (ties by group id). Memory: one key per group."""

    def __init__(self) -> None:
        self.first: dict[int, int] = {}

    def add(self, groups: Iterable[int], keys: Iterable[int]) -> None:
        """Count rows: their groups (negative: no group) and keys."""
        first = self.first
        for group, key in zip(groups, keys, strict=True):
            if group >= 0 and (group not in first or key < first[group]):
                first[group] = int(key)

    def numbers(self) -> dict[int, int]:
        """Each group's number."""
        order = sorted(self.first, key=lambda g: (self.first[g], g))
        return {group: n for n, group in enumerate(order)}


class DenseFirstSeen:
    """:class:`FirstSeen` for groups numbered 0 … n-1 (corpus events): one integer
    per group in a NumPy array, not a dict entry."""

    def __init__(self, n: int) -> None:
        self.first = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)

    def add(self, groups: Iterable[int], keys: Iterable[int]) -> None:
        g = np.fromiter(groups, dtype=np.int64)
        k = np.fromiter(keys, dtype=np.int64)
        keep = g >= 0
        np.minimum.at(self.first, g[keep], k[keep])

    def numbers(self) -> np.ndarray:
        """Each group's number (index: group id)."""
        order = np.argsort(self.first, kind="stable")
        out = np.empty_like(order)
        out[order] = np.arange(len(order))
        return out
