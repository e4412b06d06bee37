"""Names as linking keys: the normalised forms under which one real-world entity is
found again in another article.

A key is a ``(kind, text)`` pair. *Strong* keys identify an entity on their own (the
same normalised name, the same person's first and last name, an organisation's name
without its legal form, a place's gazetteer record, a curated alias); *weak* keys are a
surname alone, a bare acronym or an organisation's first word, which link only when the
corpus so far knows exactly one entity they can stand for, and a one-word name in the
plural ("iPhones"), which links to the singular name when the corpus knows it.

The name rules reuse the entity layer's: :func:`fivews.entities.names.name_key` (case,
dots, leading "the", possessives), :func:`fivews.entities.person_names.person_tokens`
(titles such as "CEO" or "President" stripped, generational suffixes ignored) and the
curated aliases of ``data/aliases.json`` (U.S. = US = United States).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from fivews import lexicon
from fivews.entities.constants import INITIALS_SKIP
from fivews.entities.lexicon import load_aliases
from fivews.entities.names import acronym_of, alias_key, initials, name_key
from fivews.entities.person_names import person_tokens

#: Entity label -> linking class: places of either label link to each other.
LABEL_CLASS: dict[str, str] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "NORP": "NORP",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "FAC",
}

#: Classes a curated alias may join across (an alias file entry says they are one).
ALIAS_COMPATIBLE: frozenset[frozenset[str]] = frozenset(
    {frozenset({"ORG", "NORP"}), frozenset({"ORG", "PLACE"})}
)

Key = tuple[str, str]


@dataclass(frozen=True)
class EntityKeys:
    """The keys of one article entity.

    Attributes:
        cls: its linking class (:data:`LABEL_CLASS`).
        strong: keys that link on their own, the entity's own name first.
        surname: a person's last name when the article gives the full name.
        lone_surname: the name when it is a single person token ("Jobs").
        acronym: the bare acronym when the name (or an alias) is one.
        initials: initials of a multi-word organisation name ("General Motors" -> "GM").
        head: first word of a multi-word organisation name ("Airbus Industrie" -> "airbus").
        lone_head: the name when it is a single-word organisation name.
        singular: an organisation name whose last word is in the plural, in the singular
            ("iPhones" -> "iphone").
    """

    cls: str
    strong: tuple[Key, ...]
    surname: str | None = None
    lone_surname: str | None = None
    acronym: str | None = None
    initials: tuple[str, ...] = field(default_factory=tuple)
    head: str | None = None
    lone_head: str | None = None
    singular: str | None = None


def label_class(label: str) -> str:
    """The linking class of an entity label (unknown labels are their own class)."""
    return LABEL_CLASS.get(label, label)


def compatible(a: str, b: str, *, via: str = "") -> bool:
    """Whether entities of classes ``a`` and ``b`` may be one when they share a key of
    kind ``via``: the same class; an organisation and a nationality or place when a
    curated alias says so (``via="ALIAS"``); an organisation and a place the gazetteer
    does not know, by the organisation's name (``via="ORG"``). A person never joins
    anything else."""
    if a == b:
        return True
    if "PERSON" in (a, b):
        return False
    if via == "ALIAS":
        return frozenset({a, b}) in ALIAS_COMPATIBLE
    return via == "ORG" and {a, b} == {"ORG", "PLACE"}


@functools.lru_cache(maxsize=1)
def _settings() -> dict[str, object]:
    return lexicon.load_json("linking.json")


@functools.lru_cache(maxsize=1)
def org_suffixes() -> frozenset[str]:
    """Legal-form words an organisation name may end with (``data/linking.json``)."""
    return frozenset(str(w) for w in _settings()["org_suffixes"])  # type: ignore[attr-defined]


def event_window_days() -> int:
    """How many days apart two reports of one event may date it (``data/linking.json``)."""
    return int(_settings()["event_window_days"])  # type: ignore[arg-type]


@functools.lru_cache(maxsize=1)
def event_synonyms() -> dict[str, str]:
    """Trigger lemma -> the name of its group of close synonyms (``data/linking.json``)."""
    groups = _settings()["event_synonyms"]
    return {lemma: group for group, lemmas in groups.items() for lemma in lemmas}  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=65536)
def link_key(name: str) -> str:
    """:func:`~fivews.entities.names.name_key` without apostrophes, so a possessive or
    apostrophe inside a name does not matter ("Developer's" = "Developers")."""
    return name_key(name).replace("'", "")


@functools.lru_cache(maxsize=65536)
def org_key(name: str) -> str:
    """An organisation's name key without its legal form ("Apple Inc." -> "apple")."""
    words = link_key(name).replace(",", " ").split()
    suffixes = org_suffixes()
    while len(words) > 1 and words[-1] in suffixes:
        words.pop()
    return " ".join(words)


def _without_legal_form(name: str) -> str:
    """``name`` as written, without trailing legal-form words ("General Motors Corp.")."""
    words = name.split()
    suffixes = org_suffixes()
    while len(words) > 1 and words[-1].strip(".,").lower() in suffixes:
        words.pop()
    return " ".join(words)


@functools.lru_cache(maxsize=65536)
def curated_alias(name: str) -> tuple[str, str] | None:
    """``(canonical name, label)`` of a curated alias (``data/aliases.json``), else None."""
    return load_aliases().get(alias_key(name))


def _is_name(form: str) -> bool:
    """Whether a form is a name rather than a description ("the government"): some
    word of it has a capital ("iPod") or a digit. A description says nothing about which
    real-world entity it is outside its own article, so it gets no key."""
    return any(
        any(c.isupper() or c.isdigit() for c in w) for w in form.split() if w.lower() != "the"
    )


def _plural(word: str) -> bool:
    """Whether a name's word looks like a plural ("iPhones", "Macs", "Touches")."""
    return (
        len(word) >= 4
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and any(c.isupper() for c in word)
    )


def _singular(key: str) -> str:
    """``key`` with its last word in the singular ("ipod touches" -> "ipod touch")."""
    head, _, last = key.rpartition(" ")
    last = last[:-2] if last.endswith(("ches", "shes", "xes")) else last[:-1]
    return f"{head} {last}" if head else last


def _title_case(form: str) -> bool:
    """Whether every word of a name is capitalised and none is all capitals: only such
    names have initials an acronym can stand for ("General Motors" -> GM; not "EVA
    Airways", whose initials "EA" are no acronym of it)."""
    words = [w for w in form.replace("-", " ").split() if w.lower() not in INITIALS_SKIP]
    return bool(words) and all(
        w[:1].isupper() and any(c.islower() for c in w[1:]) for w in words if w[:1].isalpha()
    )


@functools.lru_cache(maxsize=65536)
def entity_keys(
    name: str, label: str, aliases: tuple[str, ...] = (), geo_key: str | None = None
) -> EntityKeys:
    """The linking keys of one article entity.

    Args:
        name: the entity's name in the article.
        label: its spaCy label.
        aliases: the other names the article gives it (its acronym, a surname).
        geo_key: the gazetteer record the article resolved it to, for places.

    Memoised: a pure function of its arguments, and a corpus repeats its names.
    """
    cls = label_class(label)
    strong: dict[Key, None] = {}
    surname = lone = acronym = head = lone_head = singular = None
    inits: dict[str, None] = {}
    for i, form in enumerate((name, *aliases)):
        base = link_key(form)
        if not base or not _is_name(form):
            continue
        alias = curated_alias(form)
        if alias:
            strong[("ALIAS", alias[0])] = None
        acr = acronym_of(form)
        if acr:
            strong[(cls + ":ACR", acr)] = None
            acronym = acronym or acr
        if cls == "PERSON":
            tokens = person_tokens(form)
            if len(tokens) >= 2:
                strong[("PERSON", " ".join(tokens))] = None
                strong[("PERSON:FL", f"{tokens[0]} {tokens[-1]}")] = None
                surname = surname or tokens[-1]
            elif len(tokens) == 1:
                strong[("PERSON", tokens[0])] = None
                lone = tokens[0] if i == 0 else lone
            continue
        if cls == "ORG":
            key = org_key(form)
            strong[("ORG", key)] = None
            words = key.split()
            if len(words) >= 2:
                head = head or words[0]
                if _title_case(form):
                    for found in (initials(form), initials(_without_legal_form(form))):
                        if len(found) >= 2:
                            inits[found] = None
            elif i == 0 and not acr:
                lone_head = key
            if i == 0 and not acr and _plural(form.split()[-1]):
                singular = _singular(key)
            continue
        strong[(cls, base)] = None
        if cls == "PLACE" and not geo_key:
            # a "place" the gazetteer does not know may be an organisation spaCy
            # mislabelled ("iTunes" as GPE): it may join an organisation of that name
            strong[("ORG", org_key(form))] = None
    if geo_key and cls == "PLACE":
        strong[("GEO", geo_key)] = None
    return EntityKeys(
        cls=cls,
        strong=tuple(strong),
        surname=surname,
        lone_surname=lone if not surname else None,
        acronym=acronym,
        initials=tuple(inits),
        head=head,
        lone_head=lone_head,
        singular=singular,
    )
