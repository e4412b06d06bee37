"""Great-circle distances on a spherical Earth (mean radius 6,371 km), one pair at a time or
all pairs of a set of points at once, and the nearest of many points (:class:`PointIndex`).

Written here because the haversine formula is three lines: a geodesy library (pyproj,
geopy) would add a dependency for accuracy (the ellipsoid, 0.5% at most) that placing a
news article's towns does not need.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable

import numpy as np

#: Mean radius of the Earth (km).
EARTH_RADIUS_KM: float = 6371.0

#: Kilometres in one degree of great-circle arc.
KM_PER_DEGREE: float = EARTH_RADIUS_KM * math.pi / 180.0


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two ``(lat, lon)`` points in km."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def pairwise_km(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """All pairwise great-circle distances (km) of the points ``(lat[i], lon[i])``."""
    la, lo = np.radians(lat), np.radians(lon)
    dlat = la[:, None] - la[None, :]
    dlon = lo[:, None] - lo[None, :]
    h = np.sin(dlat / 2) ** 2 + np.cos(la)[:, None] * np.cos(la)[None, :] * np.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


#: Slack (km) on the latitude bound of :class:`PointIndex`, far above rounding error.
_BOUND_SLACK_KM: float = 1e-3


class PointIndex:
    """Points sorted by latitude, to ask for the nearest one or whether any lies within a
    distance without measuring every one.

    A great-circle distance is at least the arc between the two latitudes
    (``KM_PER_DEGREE * |lat_a - lat_b|``), so points whose latitude alone puts them too far
    are skipped. The answers are :func:`haversine_km`'s own values: the same as ``min`` or
    ``any`` over every point (the bound keeps a slack of :data:`_BOUND_SLACK_KM`).
    """

    def __init__(self, points: Iterable[tuple[float, float]]) -> None:
        self.points = sorted(points)
        self.lats = [lat for lat, _ in self.points]

    def nearest_km(self, here: tuple[float, float]) -> float:
        """Distance from ``here`` to the nearest point (``inf`` when there are none)."""
        points, lats, lat = self.points, self.lats, here[0]
        best = math.inf
        up = bisect.bisect_left(lats, lat)
        down = up - 1
        while down >= 0 or up < len(points):
            gap_down = lat - lats[down] if down >= 0 else math.inf
            gap_up = lats[up] - lat if up < len(points) else math.inf
            if min(gap_down, gap_up) * KM_PER_DEGREE > best + _BOUND_SLACK_KM:
                break
            if gap_down <= gap_up:
                best = min(best, haversine_km(here, points[down]))
                down -= 1
            else:
                best = min(best, haversine_km(here, points[up]))
                up += 1
        return best

    def any_within(self, here: tuple[float, float], km: float) -> bool:
        """Whether some point lies within ``km`` of ``here``."""
        reach = (km + _BOUND_SLACK_KM) / KM_PER_DEGREE
        lo = bisect.bisect_left(self.lats, here[0] - reach)
        hi = bisect.bisect_right(self.lats, here[0] + reach)
        return any(haversine_km(here, point) <= km for point in self.points[lo:hi])
