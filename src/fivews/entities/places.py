"""Countries and coordinates for the entities: places geocoded offline with
:mod:`fivews.geo`, each article's places disambiguating each other, and institutions
affiliated with their country's entity.

Every placed entity gets ``lat, lon, country, geo_confidence`` and a ``geo`` record in
GeoNames style (:data:`GEO_RECORD_KEYS`: the gazetteer's name, kind, feature class,
extent ``point``/``region``, country, admin-1, and ``uncertain`` for a weak guess).
Nationality adjectives ("Russian", "Georgians") are placed at their country, with
``geo.via = "demonym"`` and extent ``region``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from fivews import geo
from fivews.entities.constants import MIN_GEO_CONFIDENCE, PLACE_LABELS
from fivews.entities.records import EntityDraft, EntityRecord

#: The keys of a geocoding result copied into an entity's ``geo`` record.
GEO_RECORD_KEYS: tuple[str, ...] = (
    "name",
    "kind",
    "feature_class",
    "extent",
    "country",
    "admin1",
    "geonameid",
    "uncertain",
)

#: Least confidence of a town to be placed: on the tune part of ``benchmarks/geo.py``
#: towns read less surely were right only about a third of the time (a guess between
#: namesakes); they stay unplaced rather than put on the wrong spot.
MIN_TOWN_CONFIDENCE: float = 0.6

#: Kinds of place that can qualify another ("Paris, Texas", "Pandi, Bulacan").
QUALIFIER_KINDS: frozenset[str] = frozenset({"country", "us_state", "admin1"})


def add_institution_affiliations(entities: list[EntityRecord], drafts: list[EntityDraft]) -> None:
    """An institution is affiliated with its country's entity, if the article has one."""
    country_ids: dict[str, str] = {}
    for d in drafts:
        if d["label"] in PLACE_LABELS:
            hit = geo.geocode(d["name"])
            if hit and hit["kind"] == "country" and hit["confidence"] >= 0.8:
                country_ids.setdefault(hit["country"], d["id"])
    for entity, d in zip(entities, drafts, strict=True):
        codes = [m.institution[0] for m in d["group"] if m.institution and m.institution[0]]
        if codes and codes[0] in country_ids:
            entity["affiliation"] = country_ids[codes[0]]
            entity["country"] = codes[0]
        elif codes:
            entity["country"] = codes[0]


def scope_of(hit: dict[str, Any] | None) -> str | None:
    """Where a qualifier puts a place: ``"US"`` for a country, ``"US/Texas"`` for a state."""
    if not hit or hit["kind"] not in QUALIFIER_KINDS or hit["confidence"] < 0.8:
        return None
    if hit["kind"] == "country":
        return hit["country"]
    return f"{hit['country']}/{hit['admin1']}" if hit.get("admin1") else hit["country"]


#: Kinds of qualifier that, after a country's or state's name, make a list of areas.
AREA_QUALIFIERS: frozenset[str] = frozenset({"country", "us_state", "admin1"})


def _qualified_places(places: list[tuple[EntityRecord, EntityDraft]]) -> dict[str, str]:
    """Places the text qualifies with a country or state ("Paris, Texas": "US/Texas")."""
    starts = {m.start: d for _, d in places for m in d["group"]}
    within: dict[str, str] = {}
    for entity, d in places:
        for m in d["group"]:
            gap = m.end
            # The qualifier starts after ", " right behind the mention.
            for offset in (2, 1):
                qualifier = starts.get(gap + offset)
                if qualifier is not None and qualifier is not d:
                    hit = geo.geocode(qualifier["name"])
                    scope = scope_of(hit)
                    # "Egypt, Israel" or "Louisiana, Missouri" is a list of countries
                    # or states, not a town of the first name inside the second.
                    if hit and hit["kind"] in AREA_QUALIFIERS and geo.is_area_name(entity["name"]):
                        continue
                    if scope:
                        within.setdefault(entity["name"], scope)
    return within


#: The region after a dateline's place, up to the agency or the dash ("Afghanistan").
_DATELINE_REGION = re.compile(r"\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})")


def _dateline_place(dateline: str | None) -> tuple[str | None, str | None]:
    """The place of a dateline ("KABUL, Afghanistan (AP) —") and where it says it is."""
    if not dateline:
        return None, None
    place, _, rest = dateline.partition(",")
    place = place.strip(" -\u2014\u2013")
    if not place:
        return None, None
    region = _DATELINE_REGION.match(rest) if rest else None
    scope = scope_of(geo.geocode(region.group(1))) if region else None
    return (place.title() if place.isupper() else place), scope


#: A run of capitalised words ("U.S.", "Syria", "United Kingdom") in a name.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.\u2019'-]*(?: [A-Z][\w.\u2019'-]*)*")


def _names_its_country(text: str, code: str) -> bool:
    """Whether an institution's text names its country ``code`` by a nationality word or
    the country's name ("the French ministry", "Syria's army"), rather than by a town it
    lies in: "the Paris police" says nothing about France in a story from Paris, Texas."""
    for run in _CAPITALISED_RUN.findall(text):
        run = re.sub(r"['\u2019]s$", "", run)
        if any(geo.country_of_demonym(word) == code for word in run.split()):
            return True
        hit = geo.geocode(run)
        if hit and hit["kind"] == "country" and hit["country"] == code:
            return True
    return False


def _place(entity: EntityRecord, hit: dict[str, Any], via: str | None = None) -> None:
    """Write a geocoding result onto an entity."""
    record = {k: hit.get(k) for k in GEO_RECORD_KEYS}
    if via:
        record["via"] = via
    entity.update(
        {
            "lat": hit["lat"],
            "lon": hit["lon"],
            "country": hit["country"],
            "geo_confidence": hit["confidence"],
            "geo": record,
        }
    )


def geocode_entities(
    entities: list[EntityRecord], drafts: list[EntityDraft], dateline: str | None = None
) -> None:
    """Add ``lat, lon, country, geo_confidence, geo`` to places, disambiguated together.

    ``dateline`` is the place of the article's wire dateline ("KABUL, Afghanistan"), if
    any: context for every other place.
    """
    places = [(e, d) for e, d in zip(entities, drafts, strict=True) if d["label"] in PLACE_LABELS]
    # Countries named by nationality adjectives ("Russian") and by institutions ("the
    # French finance ministry") are context for the places too.
    demonym_countries = {
        geo.country_of_demonym(m.name) for d in drafts for m in d["group"] if m.label == "NORP"
    } | {
        m.institution[0]
        for d in drafts
        for m in d["group"]
        if m.institution and m.institution[0] and _names_its_country(m.text, m.institution[0])
    }
    # A place-typed name with no capital letter ("state", "metro") is not a place name.
    places = [(e, d) for e, d in places if any(c.isupper() for c in e["name"])]
    names = [e["name"] for e, _ in places]
    within = _qualified_places(places)
    anchor, anchor_scope = _dateline_place(dateline)
    if anchor and anchor_scope:
        within.setdefault(anchor, anchor_scope)
    results = geo.geocode_many(
        names,
        {c for c in demonym_countries if c},
        within=within,
        anchor=anchor,
        lenders=_embedded_phrases(entities, drafts),
    )
    context = {
        r["country"] for r in results.values() if r and r["confidence"] >= 0.8
    } | demonym_countries
    for entity, d in places:
        hit = results.get(entity["name"])
        if hit is None:
            # Try the entity's other spellings.
            for alias in entity["aliases"]:
                hit = geo.geocode(alias)
                if hit:
                    break
        if hit is None or hit["confidence"] < MIN_GEO_CONFIDENCE:
            continue
        if hit["kind"] == "city" and hit["confidence"] < MIN_TOWN_CONFIDENCE:
            continue
        if d["label"] in ("LOC", "FAC") and hit["kind"] == "city" and hit["country"] not in context:
            continue  # a local feature ("the Old City") named like a town elsewhere
        _place(entity, hit)
    for entity, d in zip(entities, drafts, strict=True):
        if d["label"] == "NORP" and "country" not in entity:
            code = geo.country_of_demonym(entity["name"])
            if code:
                entity["country"] = code
        if d["label"] in ("NORP", *PLACE_LABELS) and "lat" not in entity:
            # "Ukrainian" (often tagged GPE) is a nationality: placed at its country.
            code = geo.country_of_demonym(entity["name"])
            country = geo.country_place(code) if code else None
            if country:
                _place(entity, country, via="demonym")
    add_embedded_places(entities, drafts, anchor, read=results)


#: A run of capitalised words (dotted abbreviations and hyphens allowed) in a name.
_NAME_WORDS = re.compile(r"[A-Z][A-Za-z.'\u2019-]*?(?=['\u2019]s\b|[^A-Za-z.'\u2019-]|$)")

#: " of " before a capitalised name ("University of Florida").
_OF = re.compile(r" of (?=[A-Z])")

#: Words before a place's name that name a part of it ("Eastern Kentucky University").
DIRECTION_WORDS: frozenset[str] = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"northern", "southern", "eastern", "western", "central", "upstate", "downstate"}
)

#: Labels of names that may embed a place ("the Ohio Supreme Court", "Gainesville Police").
EMBEDDING_LABELS: frozenset[str] = frozenset({"ORG", "FAC", "PERSON"})

#: Labels of names whose embedded places lend the article context.
LENDING_LABELS: frozenset[str] = frozenset({"ORG", "FAC"})

#: Kinds of gazetteer place a name may embed (towns only when major or named elsewhere).
EMBEDDED_KINDS: frozenset[str] = frozenset({"country", "us_state", "admin1", "admin2", "city"})


def _leading_runs(text: str, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The first 1-3 of ``words`` (separated by single spaces), longest first."""
    return [
        (words[0].start(), words[n - 1].end())
        for n in (3, 2, 1)
        if len(words) >= n and text[words[0].start() : words[n - 1].end()].count(" ") == n - 1
    ]


def _embedded_candidates(text: str) -> list[tuple[int, int]]:
    """Spans (relative to ``text``) of the place a name may embed, most likely first: its
    first 1-3 capitalised words (not the whole name), the same after a leading direction
    word ("Eastern Kentucky University"), the words after the last and the first "of"
    ("University of Kentucky College of Law"), and a hyphenated campus's place
    ("University of Nebraska-Lincoln")."""
    words = list(_NAME_WORDS.finditer(text))
    if words and words[0].group() == "The":
        words = words[1:]  # "The Athens City Council"
    # Leading words: "Texas Department of ...", "New York Police Department".
    spans = _leading_runs(text, words[: len(words) - 1][:3])
    if len(words) > 2 and words[0].group().casefold() in DIRECTION_WORDS:
        spans = [s for s in spans if s[1] > words[0].end()]  # not "Eastern" alone
        spans += _leading_runs(text, words[1 : len(words) - 1][:3])
    # After "of": "University of Florida", "Bank of America".
    ofs = [m.end() for m in _OF.finditer(text)]
    for start in dict.fromkeys(ofs[-1:] + ofs[:1]):
        nested = text.find(" of ", start)
        end = nested if nested > 0 else len(text.rstrip(".,"))
        spans.append((start, end))
        after = [w for w in words if start <= w.start() and w.end() <= end]
        if nested > 0 and after:
            spans += _leading_runs(text, after[:3])[1:]
    # A hyphenated campus ("University of Nebraska-Lincoln"): the name before the hyphen.
    for start, end in list(spans):
        part = text[start:end]
        if "-" in part and " " not in part:
            spans.append((start, start + part.index("-")))
    return list(dict.fromkeys(spans))


def _embedded_phrases(entities: list[EntityRecord], drafts: list[EntityDraft]) -> list[str]:
    """The place names organisations' and facilities' names embed ("Indiana" of "the
    Indiana State Police"): for each mention, its first candidate span that is exactly
    a gazetteer name. They are context for the article's places (``lenders`` of
    :func:`fivews.geo.geocode_many`)."""
    phrases: list[str] = []
    for entity, d in zip(entities, drafts, strict=True):
        if d["label"] not in LENDING_LABELS:
            continue
        for mention in entity["mentions"]:
            text = mention["text"]
            for start, end in _embedded_candidates(text):
                phrase = text[start:end]
                if geo.exact_candidates(phrase):
                    phrases.append(phrase)
                    break
    return list(dict.fromkeys(phrases))


def _is_place_phrase(text: str) -> bool:
    """Whether a name of several capitalised words is exactly a gazetteer place's
    ("Coral Gables", "Rolling Meadows"): a place mislabelled as a person or organisation
    (placed only where a town may be, see :func:`_embedded_hit`)."""
    words = text.split()
    return (
        len(words) > 1 and all(w[:1].isupper() for w in words) and bool(geo.exact_candidates(text))
    )


def _spelled_as(hit: dict[str, Any], phrase: str) -> bool:
    """Whether a gazetteer place is spelled as ``phrase`` (not only one of its other
    names: "North" or "St." are other names of some towns)."""
    return geo.normalize_place_name(hit["name"]) == geo.normalize_place_name(phrase)


def _in_named_state(hit: dict[str, Any], context: geo.Context) -> bool:
    """Whether a town lies in a state or province the article names, or its other
    towns lie in (a small town inside an organisation's name is placed only there)."""
    state = (hit["country"], hit.get("admin1"))
    return state in context.admin1 or state in context.implied


def _embedded_hit(
    phrase: str,
    known: dict[str, EntityRecord],
    context: geo.Context,
    strict: bool = False,
    read: dict[str, dict[str, Any] | None] | None = None,
) -> tuple[dict[str, Any], str | None] | None:
    """The place ``phrase`` names inside a longer name, and the article's entity for it.

    ``strict`` (inside a place-typed name): no nationality words ("the Canadian River"),
    and a gazetteer place only when spelled as ``phrase``."""
    key = phrase.casefold()
    if key in known:
        entity = known[key]
        geo_record = entity.get("geo") or {}
        hit = {
            "name": geo_record.get("name", entity["name"]),
            "lat": entity["lat"],
            "lon": entity["lon"],
            "country": entity.get("country"),
            "confidence": entity.get("geo_confidence", 0.0),
            "kind": geo_record.get("kind"),
        }
        return hit, entity["id"]
    code = geo.country_of_demonym(phrase)
    if code and strict:
        return None
    if code:
        hit = geo.country_place(code)
        return (hit, None) if hit else None
    if not geo.exact_candidates(phrase):
        return None  # only exact names: a fuzzy match inside an organisation is a guess
    # The reading in the whole article's context (geo.geocode_many's lenders), if sure.
    hit = (read or {}).get(phrase)
    if hit is None or hit["confidence"] < 0.5:
        hit = geo.geocode(phrase, context=context)
    if hit is None or hit["kind"] not in EMBEDDED_KINDS or hit["confidence"] < 0.5:
        return None
    if hit["kind"] == "city" and not (geo.is_major_name(phrase) or _in_named_state(hit, context)):
        return None
    if hit["kind"] == "city" and hit["confidence"] < MIN_TOWN_CONFIDENCE:
        return None
    if strict and not _spelled_as(hit, phrase):
        return None
    return hit, None


#: Words after a place's name that make a "person" an office of that place ("Alexandria
#: Police Spokeswoman ...", "Dublin Mayor ...").
OFFICE_WORDS: frozenset[str] = frozenset(
    {"mayor", "police", "sheriff", "county", "city", "council", "fire", "commonwealth"}
    | {"chief", "director", "superintendent", "school", "schools", "township", "board"}
)


def _known_inside(
    mention: dict[str, Any],
    known: dict[str, EntityRecord],
    found: list[dict[str, Any]],
    person: bool,
) -> list[dict[str, Any]]:
    """Items for the article's own placed places that a name mentions anywhere ("the
    Professional Association of Georgia Educators", "Education Minnesota"), apart from
    those ``found`` already. In a "person" only a place that is the whole mention ("Sri
    Lanka" tagged a person), or begins it before "'s" or an office word ("Alexandria
    Police Spokeswoman ...")."""
    text = mention["text"]
    items = []
    taken = [(f["start"], f["end"]) for f in found]
    for name, start in _occurrences(text, known):
        end = start + len(name)
        whole = (start, end) == (0, len(text))
        if person and not (whole or (start == 0 and _office_after(text[end:]))):
            continue
        at = (mention["start"] + start, mention["start"] + end)
        if any(a < at[1] and at[0] < b for a, b in taken):
            continue
        entity = known[name]
        items.append(
            {
                "text": name,
                "start": at[0],
                "end": at[1],
                "name": (entity.get("geo") or {}).get("name", entity["name"]),
                "lat": entity["lat"],
                "lon": entity["lon"],
                "country": entity.get("country"),
                "entity": entity["id"],
            }
        )
        taken.append(at)
    return items


def _office_after(rest: str) -> bool:
    """Whether the rest of a "person" after a place makes it an office of that place."""
    if rest.startswith(("'s", "\u2019s")):
        return True
    words = rest.split(maxsplit=1)
    return bool(words) and words[0].casefold() in OFFICE_WORDS


def _occurrences(text: str, names: Iterable[str]) -> list[tuple[str, int]]:
    """``(name, start)`` of every capitalised name of ``names`` that ``text`` contains as
    whole words, longer names first."""
    out = []
    for name in sorted(names, key=len, reverse=True):
        if not name[:1].isupper():
            continue
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not before.isalnum() and not after.isalnum():
                out.append((name, start))
            start = text.find(name, end)
    return out


def add_embedded_places(
    entities: list[EntityRecord],
    drafts: list[EntityDraft],
    dateline_place: str | None = None,
    read: dict[str, dict[str, Any] | None] | None = None,
) -> None:
    """Give organisations and facilities the places their names embed.

    "the Texas Department of State Health Services" embeds Texas, "Gainesville Police"
    Gainesville: each such mention gets an ``embedded_places`` item ``{text, start, end,
    name, lat, lon, country, entity?}`` (``entity``: the id of the article's own entity
    for that place). The organisation itself stays unplaced. A place-typed name left
    unplaced ("the Salinas Valley", "Orange County Fire Authority" tagged GPE) gets the
    places it embeds the same way, only those spelled as written (no nationality words).
    """
    known: dict[str, EntityRecord] = {}
    for e, d in zip(entities, drafts, strict=True):
        if "lat" in e and d["label"] in PLACE_LABELS:
            for name in (e["name"], *e["aliases"]):
                known.setdefault(name.casefold(), e)
    spelled = {n: e for e in known.values() for n in (e["name"], *e["aliases"])}
    # The article's placed places lend their countries, states and points, as in
    # geo.geocode_many.
    context = geo.merge(
        geo.contribution({**e["geo"], "lat": e["lat"], "lon": e["lon"]})
        for e in {id(e): e for e in known.values()}.values()
        if e.get("geo") and e.get("geo_confidence", 0.0) >= geo.CONTEXT_MIN_CONFIDENCE
    )
    for entity, d in zip(entities, drafts, strict=True):
        # An unplaced place-typed name may embed a place too ("the Edgar County Special
        # Service Area").
        unplaced = d["label"] in PLACE_LABELS and "lat" not in entity
        if d["label"] not in EMBEDDING_LABELS and not unplaced:
            continue
        # A one-word "person" or organisation that is exactly a major place's name, never
        # written with more words ("Tbilisi has denied ...", a headline's "Alexandria
        # woman"), is that place mislabelled.
        whole = d["label"] in EMBEDDING_LABELS and (
            (
                all(" " not in m["text"] for m in entity["mentions"])
                and geo.is_major_name(entity["name"])
            )
            or all(_is_place_phrase(m["text"]) for m in entity["mentions"])
        )
        person = d["label"] == "PERSON" and not whole
        found = []
        for mention in entity["mentions"]:
            text = mention["text"]
            spans = [] if person else _embedded_candidates(text)
            if whole or (dateline_place and text.casefold() == dateline_place.casefold()):
                spans = [(0, len(text))]
            for start, end in spans:
                got = _embedded_hit(text[start:end], known, context, unplaced, read or {})
                if got is None:
                    continue
                hit, owner = got
                item = {
                    "text": text[start:end],
                    "start": mention["start"] + start,
                    "end": mention["start"] + end,
                    "name": hit["name"],
                    "lat": hit["lat"],
                    "lon": hit["lon"],
                    "country": hit["country"],
                }
                if owner:
                    item["entity"] = owner
                found.append(item)
                break
            found += _known_inside(mention, spelled, found, person)
        if found:
            entity["embedded_places"] = found
