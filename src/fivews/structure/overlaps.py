"""Which character spans overlap a given one, answered by binary search: the mention
rules ask it for every candidate word or occurrence, and a scan over all mentions for each
would cost the square of the article's length."""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class SpanOverlaps:
    """A growing set of character spans ``(start, end)``, kept sorted by start.

    :meth:`overlaps` is ``any(a < end and start < b for a, b in spans)``, looking only at
    the spans that start within the longest span's length before ``start``.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        self._longest = max([0] + [b - a for a, b in self._spans])

    def add(self, start: int, end: int) -> None:
        """Add a span (a span already present may be added again)."""
        i = bisect.bisect_left(self._spans, (start, end))
        self._spans.insert(i, (start, end))
        self._starts.insert(i, start)
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span ``(a, b)`` with ``a < end`` and ``start < b`` is in the set."""
        lo = bisect.bisect_right(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end, lo)
        return any(start < b for _, b in self._spans[lo:hi])
