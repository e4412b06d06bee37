"""Places embedded in the names of organisations, facilities and people.

"the Texas Department of State Health Services" embeds Texas, "Gainesville Police"
Gainesville, "the Professional Association of Georgia Educators" the article's own
Georgia: :func:`add_embedded_places` gives such names ``embedded_places`` items, and
:func:`embedded_phrases` the place names they embed, which lend the article context
(``lenders`` of :func:`fivews.geo.geocode_many`). A name of several words that is
exactly a place's ("Coral Gables") tagged as an organisation or person is that place.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from typing import Any

from fivews import geo
from fivews.entities.constants import PLACE_LABELS
from fivews.entities.records import EntityDraft, EntityRecord

#: Least confidence of a town to be placed: on the tune part of ``benchmarks/geo.py``
#: towns read less surely were right only about half of the time (a guess between
#: namesakes); they stay unplaced rather than put on the wrong spot.
MIN_TOWN_CONFIDENCE: float = 0.7

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


#: Up to three capitalised words and a county word ("Rapides Parish", "St. Louis County").
_COUNTY_NAME = re.compile(r"((?:[A-Z][\w.'\u2019-]* ){1,3})(County|Parish|Borough)\b")


def county_span(text: str) -> tuple[int, int] | None:
    """The span of the county a name embeds ("Rapides Parish" of "Rapides Parish Fire
    District"): the longest run of words before the county word that, with it, is a
    gazetteer name; None when there is none."""
    match = _COUNTY_NAME.search(text)
    if match is None:
        return None
    end = match.end()
    starts = [match.start()] + [
        match.start() + i + 1 for i, c in enumerate(match.group(1)[:-1]) if c == " "
    ]
    for start in starts:  # longest first
        if geo.exact_candidates(text[start:end]):
            return start, end
    return None


def _is_whole_place(entity: EntityRecord, d: EntityDraft) -> bool:
    """Whether a "person" or organisation is a place mislabelled: one word that is
    exactly a major place's name, never written with more words ("Tbilisi has denied
    ...", a headline's "Alexandria woman"), or a name of several words that is exactly a
    gazetteer place's ("Coral Gables")."""
    return d["label"] in EMBEDDING_LABELS and (
        (
            all(" " not in m["text"] for m in entity["mentions"])
            and geo.is_major_name(entity["name"])
        )
        or all(_is_place_phrase(m["text"]) for m in entity["mentions"])
    )


def embedded_phrases(entities: list[EntityRecord], drafts: list[EntityDraft]) -> list[str]:
    """The place names organisations' and facilities' names embed ("Indiana" of "the
    Indiana State Police"): for each mention, its first candidate span that is exactly
    a gazetteer name. They are context for the article's places (``lenders`` of
    :func:`fivews.geo.geocode_many`)."""
    phrases: list[str] = []
    for entity, d in zip(entities, drafts, strict=True):
        if d["label"] == "PERSON":
            # A "person" naming a county ("Rapides Parish Fire") is a county's office.
            for mention in entity["mentions"]:
                span = county_span(mention["text"])
                if span:
                    phrases.append(mention["text"][span[0] : span[1]])
            continue
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
    index: _NameIndex | None = None,
) -> list[dict[str, Any]]:
    """Items for the article's own placed places that a name mentions anywhere ("the
    Professional Association of Georgia Educators", "Education Minnesota"), apart from
    those ``found`` already. In a "person" only a place that is the whole mention ("Sri
    Lanka" tagged a person), or begins it before "'s" or an office word ("Alexandria
    Police Spokeswoman ...")."""
    text = mention["text"]
    items = []
    taken = [(f["start"], f["end"]) for f in found]
    for name, start in _occurrences(text, index if index is not None else known):
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


class _NameIndex:
    """Capitalised names by their first run of letters and digits (:func:`_first_run`),
    built once per article, so that a mention is searched only for the names that can
    begin at one of its words."""

    def __init__(self, names: Iterable[str]) -> None:
        self.position: dict[str, int] = {}
        self.by_run: dict[str, list[str]] = {}
        for name in names:
            if name[:1].isupper() and name not in self.position:
                self.position[name] = len(self.position)
                self.by_run.setdefault(_first_run(name), []).append(name)

    def candidates(self, text: str) -> list[str]:
        """The names that may occur in ``text`` as whole words, longest first (ties in
        the order the names were given)."""
        found = {n for run in _alnum_runs(text) for n in self.by_run.get(run, ())}
        return sorted(found, key=lambda n: (-len(n), self.position[n]))


def _occurrences(text: str, names: Iterable[str] | _NameIndex) -> list[tuple[str, int]]:
    """``(name, start)`` of every capitalised name of ``names`` that ``text`` contains as
    whole words, longer names first.

    A name found as whole words begins with one of the text's runs of letters and digits
    (the run ends where the name's first run ends), so only names whose first run is one
    of the text's are searched for (:class:`_NameIndex`): a mention is not scanned for
    every place of the article.
    """
    index = names if isinstance(names, _NameIndex) else _NameIndex(names)
    out = []
    for name in index.candidates(text):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not before.isalnum() and not after.isalnum():
                out.append((name, start))
            start = text.find(name, end)
    return out


def _alnum_runs(text: str) -> set[str]:
    """The maximal runs of letters and digits (``str.isalnum``) in ``text``."""
    return {"".join(run) for alnum, run in itertools.groupby(text, str.isalnum) if alnum}


@functools.lru_cache(maxsize=65_536)
def _first_run(name: str) -> str:
    """``name`` up to its first character that is no letter or digit."""
    for k, ch in enumerate(name):
        if not ch.isalnum():
            return name[:k]
    return name


#: First words of multi-word place names that are no place on their own ("San Pedro",
#: "St. Paris", "Port of Los Angeles", "Town of Groton").
NAME_PARTICLES: frozenset[str] = frozenset(
    {"san", "santa", "santo", "sao", "st", "st.", "ste", "ste.", "saint", "sainte", "fort"}
    | {"ft", "ft.", "mount", "mt", "mt.", "port", "lake", "new", "town", "city", "el", "la"}
    | {"le", "los", "las", "les", "de", "del", "du", "van", "north", "south", "east", "west"}
)

#: Last words of a place-typed name that make it a place of its own, named after a person
#: or a town elsewhere ("Hopkins Park", "Tennessee Colony", "Vermilion Grove").
OWN_PLACE_WORDS: frozenset[str] = frozenset(
    {"park", "colony", "grove", "hill", "hills", "heights", "gardens", "estates", "acres"}
)


def _names_a_place(text: str) -> bool:
    """Whether a place-typed name is itself a place: a gazetteer name, or a name ending
    in a word of :data:`OWN_PLACE_WORDS`."""
    words = text.split()
    return bool(geo.exact_candidates(text)) or (
        len(words) > 1 and words[-1].casefold() in OWN_PLACE_WORDS
    )


def _part_of_refused(start: int, end: int, refused: list[tuple[int, int]]) -> bool:
    """Whether a span lies inside a refused one (a shorter part of a name not placed)."""
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in refused)


def _is_name_particle(text: str, start: int, end: int) -> bool:
    """Whether a span is one word of :data:`NAME_PARTICLES` inside a longer name."""
    span = text[start:end]
    return " " not in span and end < len(text) and span.casefold() in NAME_PARTICLES


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
    spelled_index = _NameIndex(spelled)
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
        whole = _is_whole_place(entity, d)
        person = d["label"] == "PERSON" and not whole
        found = []
        for mention in entity["mentions"]:
            text = mention["text"]
            spans = [] if person else _embedded_candidates(text)
            if person and county_span(text):
                spans = [county_span(text)]
            if whole or (dateline_place and text.casefold() == dateline_place.casefold()):
                spans = [(0, len(text))]
            # A place's whole name left unplaced ("St. Cloud" read unsurely) does not
            # fall back to a first word of it ("St.", "San", a town called "Hopkins").
            refused = [(0, len(text))] if unplaced and _names_a_place(text) else []
            for start, end in spans:
                if _part_of_refused(start, end, refused) or _is_name_particle(text, start, end):
                    continue
                got = _embedded_hit(text[start:end], known, context, unplaced, read or {})
                if got is None:
                    if geo.exact_candidates(text[start:end]):
                        refused.append((start, end))
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
            found += _known_inside(mention, spelled, found, person, spelled_index)
        if found:
            entity["embedded_places"] = found
