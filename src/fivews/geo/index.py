"""Compact, fast-unpickling forms of the gazetteer's tables: postings and place columns."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np


class PostingIndex(Mapping[str, list[int]]):
    """A read-only ``{key: [place index, ...]}`` mapping kept as three flat arrays.

    The built gazetteer's two indexes hold ~300,000 and ~200,000 keys. As ``dict`` of
    ``list`` they unpickle as ~10^6 objects (most of the gazetteer's load time); as a
    *sorted* key list plus CSR-style ``offsets``/``items`` arrays they unpickle in tens
    of milliseconds, and a look-up is a binary search (:func:`bisect.bisect_left`), so no
    key -> position dict has to be built (hashing 300,000 fresh strings costs ~0.2 s,
    more than a whole article's look-ups). Iteration is in sorted key order. No library
    offers a picklable, lazily indexed string -> int-list map.
    """

    def __init__(self, keys: list[str], offsets: np.ndarray, items: np.ndarray) -> None:
        self.keys = keys
        self._offsets = offsets
        self._items = items

    @classmethod
    def from_dict(cls, postings: Mapping[str, list[int]]) -> PostingIndex:
        """Freeze ``postings`` (keys sorted)."""
        keys = sorted(postings)
        lengths = np.fromiter((len(postings[k]) for k in keys), np.int64, len(keys))
        offsets = np.zeros(len(keys) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        items = np.fromiter((i for k in keys for i in postings[k]), np.int32, int(offsets[-1]))
        return cls(keys, offsets, items)

    def _find(self, key: object) -> int | None:
        """Position of ``key`` in :attr:`keys`, or None."""
        if not isinstance(key, str):
            return None
        i = bisect.bisect_left(self.keys, key)
        return i if i < len(self.keys) and self.keys[i] == key else None

    def __getitem__(self, key: str) -> list[int]:
        i = self._find(key)
        if i is None:
            raise KeyError(key)
        return self._items[self._offsets[i] : self._offsets[i + 1]].tolist()

    def __contains__(self, key: object) -> bool:
        return self._find(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)

    def __getstate__(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        return self.keys, self._offsets, self._items

    def __setstate__(self, state: tuple[list[str], np.ndarray, np.ndarray]) -> None:
        self.__init__(*state)  # type: ignore[misc]


class PlaceTable(Sequence[dict[str, Any]]):
    """The gazetteer's places as columns; ``table[i]`` rebuilds place ``i``'s dict.

    ~200,000 small dicts unpickle slowly, one list per field in a few milliseconds;
    places are read a handful at a time (a name's candidates), so making the dict on
    access costs nothing measurable. The :data:`OPTIONAL` keys are present only in the
    places that have them (``capital`` in cities; ``admin1`` and ``admin2``, the names of
    a place's state and county, where they are known).
    """

    FIELDS = ("name", "kind", "country", "lat", "lon", "population", "geonameid")
    OPTIONAL = ("capital", "admin1", "admin2")

    def __init__(self, columns: dict[str, list[Any]]) -> None:
        self.columns = columns

    @classmethod
    def from_dicts(cls, places: Sequence[dict[str, Any]]) -> PlaceTable:
        """Store ``places`` (dicts with :data:`FIELDS` and maybe :data:`OPTIONAL` keys)."""
        columns = {f: [p[f] for p in places] for f in cls.FIELDS}
        for f in cls.OPTIONAL:
            columns[f] = [p.get(f) for p in places]
        return cls(columns)

    def __getitem__(self, i: int) -> dict[str, Any]:  # type: ignore[override]
        cols = self.columns
        place = {f: cols[f][i] for f in self.FIELDS}
        for f in self.OPTIONAL:
            if cols[f][i] is not None:
                place[f] = cols[f][i]
        return place

    def __len__(self) -> int:
        return len(self.columns["name"])
