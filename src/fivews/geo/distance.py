"""Great-circle distances on a spherical Earth (mean radius 6,371 km), one pair at a time or
all pairs of a set of points at once.

Written here because the haversine formula is three lines: a geodesy library (pyproj,
geopy) would add a dependency for accuracy (the ellipsoid, 0.5% at most) that placing a
news article's towns does not need.
"""

from __future__ import annotations

import math

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
