"""Compact, fast-unpickling forms of the gazetteer's tables: postings and place columns."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np


class PostingIndex(Mapping[str, list[int]]):
    """A read-only ``{key: [place index, ...]}`` mapping kept as three flat arrays.

    The built gazetteer's two indexes hold ~180,000 and ~95,000 keys. As ``dict`` of
    ``list`` they unpickle as ~500,000 objects (0.2 s, most of the gazetteer's load time);
    as a key list plus CSR-style ``offsets``/``items`` arrays they unpickle in ~30 ms, and
    the key -> position dict is built at the first look-up (~15 ms). Iteration follows
    the original insertion order, which :meth:`Gazetteer.fuzzy_matches` relies on for
    ties. No library offers a picklable, lazily indexed string -> int-list map.
    """

    def __init__(self, keys: list[str], offsets: np.ndarray, items: np.ndarray) -> None:
        self.keys = keys
        self._offsets = offsets
        self._items = items
        self._position: dict[str, int] | None = None

    @classmethod
    def from_dict(cls, postings: Mapping[str, list[int]]) -> PostingIndex:
        """Freeze ``postings`` (kept in its iteration order)."""
        keys = list(postings)
        lengths = np.fromiter((len(postings[k]) for k in keys), np.int64, len(keys))
        offsets = np.zeros(len(keys) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        items = np.fromiter((i for k in keys for i in postings[k]), np.int32, int(offsets[-1]))
        return cls(keys, offsets, items)

    def _positions(self) -> dict[str, int]:
        if self._position is None:
            self._position = {key: i for i, key in enumerate(self.keys)}
        return self._position

    def __getitem__(self, key: str) -> list[int]:
        i = self._positions()[key]
        return self._items[self._offsets[i] : self._offsets[i + 1]].tolist()

    def __contains__(self, key: object) -> bool:
        return key in self._positions()

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
    places that have them (``capital`` in cities, ``admin1`` where it is known).
    """

    FIELDS = ("name", "kind", "country", "lat", "lon", "population", "geonameid")
    OPTIONAL = ("capital", "admin1")

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
