"""The incremental entity linker: each article's entities joined to the corpus
entities seen so far, through hash indexes of their keys (never a comparison with every
earlier entity), so time grows with the number of mentions and memory with the number
of distinct names.

Rules, in order (keys in :mod:`fivews.linking.keys`):

1. a strong key already indexed (same normalised name, a person's first and last name,
   an organisation without its legal form, a curated alias, a place's gazetteer record,
   the same acronym) links, when the classes are compatible; when the forms the article
   gives one entity (its name and its "Full Name (FN)" acronym) reach two corpus
   entities, those two are one;
2. a lone first name or surname joins the one full name of its own article that starts
   or ends with it ("Steve" and "Steve Jobs");
3. a weak key links when the corpus knows exactly one entity it can stand for: a lone
   surname to the one full name ending with it, a bare acronym to the one organisation
   with those initials, a one-word organisation name to the one longer name it starts
   ("Lockheed", "Lockheed Martin"); a one-word plural ("iPhones") links to its singular;
4. otherwise the entity is new; and a full name (or a longer organisation name) that
   arrives after its lone surname (or first word, or acronym) joins it when unambiguous.

Corpus entities are kept in a union-find, so a late join renames nothing: ids are
resolved when the tables are built.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from fivews.entities.person_names import person_tokens
from fivews.linking.keys import EntityKeys, Key, compatible, entity_keys

#: At most this many candidates are kept per weak key (two already mean "ambiguous").
WEAK_CAP = 3


@dataclass
class EntityRecord:
    """One article entity as the linker reads it.

    Attributes:
        name: its name in the article.
        label: its spaCy label.
        aliases: the other names the article gives it.
        mentions: how many times the article mentions it.
        geo_key: the gazetteer record it was resolved to (places), else None.
    """

    name: str
    label: str
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    geo_key: str | None = None


@dataclass
class CorpusEntity:
    """What the corpus knows about one real-world entity (aggregated as articles arrive)."""

    names: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    cls: str = ""
    articles: int = 0
    mentions: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    last_doc: str | None = None

    def absorb(self, other: CorpusEntity) -> None:
        """Add another entity's counts and dates to this one."""
        self.names.update(other.names)
        self.labels.update(other.labels)
        self.articles += other.articles
        self.mentions += other.mentions
        for date in (other.first_seen, other.last_seen):
            self.see(date)

    def see(self, date: str | None) -> None:
        """Widen the first and last dates seen to include ``date``."""
        if not date:
            return
        if self.first_seen is None or date < self.first_seen:
            self.first_seen = date
        if self.last_seen is None or date > self.last_seen:
            self.last_seen = date


class EntityLinker:
    """Links article entities to corpus entities, one article at a time.

    Example:
        >>> linker = EntityLinker()
        >>> linker.add([EntityRecord("Steve Jobs", "PERSON")], "d1", "2007-01-09")
        [0]
        >>> linker.add([EntityRecord("Jobs", "PERSON")], "d2", None)
        [0]
    """

    def __init__(self) -> None:
        self._parent: list[int] = []
        self._entities: dict[int, CorpusEntity] = {}
        self._strong: dict[Key, int] = {}
        self._surnames: dict[str, list[int]] = {}
        self._initials: dict[str, list[int]] = {}
        self._lone_surnames: dict[str, int] = {}
        self._lone_acronyms: dict[str, int] = {}
        self._heads: dict[str, list[int]] = {}
        self._lone_heads: dict[str, int] = {}

    # -- union-find ---------------------------------------------------------------
    def find(self, i: int) -> int:
        """The id a corpus entity was merged into (itself when never merged)."""
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def _union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        keep, gone = min(ra, rb), max(ra, rb)
        self._parent[gone] = keep
        self._entities[keep].absorb(self._entities.pop(gone))
        return keep

    def _new(self, cls: str) -> int:
        i = len(self._parent)
        self._parent.append(i)
        self._entities[i] = CorpusEntity(cls=cls)
        return i

    def __len__(self) -> int:
        return len(self._entities)

    # -- linking --------------------------------------------------------------------
    def _unique(self, ids: list[int] | None, cls: str) -> int | None:
        """The one compatible root among ``ids``, else None (none, or ambiguous)."""
        if not ids:
            return None
        roots = {self.find(i) for i in ids}
        roots = {r for r in roots if self._entities[r].cls == cls}
        return next(iter(roots)) if len(roots) == 1 else None

    def _strong_matches(self, keys: EntityKeys) -> list[int]:
        found: list[int] = []
        for key in keys.strong:
            hit = self._strong.get(key)
            if hit is None:
                continue
            root = self.find(hit)
            entity = self._entities[root]
            if root not in found and compatible(keys.cls, entity.cls, via=key[0]):
                found.append(root)
        return found

    def _weak_match(self, keys: EntityKeys) -> int | None:
        if keys.lone_surname:
            return self._unique(self._surnames.get(keys.lone_surname), keys.cls)
        if keys.acronym and keys.cls == "ORG":
            return self._unique(self._initials.get(keys.acronym), keys.cls)
        if keys.lone_head:
            found = self._unique(self._heads.get(keys.lone_head), keys.cls)
            if found is not None:
                return found
        if keys.singular:
            hit = self._strong.get(("ORG", keys.singular))
            if hit is not None and self._entities[self.find(hit)].cls == keys.cls:
                return self.find(hit)
        return None

    def link(self, record: EntityRecord) -> int:
        """The corpus entity of one article entity (created when new); indexes its keys."""
        keys = entity_keys(record.name, record.label, record.aliases, record.geo_key)
        matches = self._strong_matches(keys)
        if matches:
            cid = matches[0]
            for other in matches[1:]:
                cid = self._union(cid, other)
        else:
            weak = self._weak_match(keys)
            cid = weak if weak is not None else self._new(keys.cls)
        self._index(keys, cid)
        return self.find(cid)

    def _index(self, keys: EntityKeys, cid: int) -> None:
        for key in keys.strong:
            self._strong.setdefault(key, cid)
        if keys.surname:
            _add_capped(self._surnames, keys.surname, self.find(cid))
            lone = self._lone_surnames.get(keys.surname)
            if lone is not None and self._unique(self._surnames[keys.surname], keys.cls):
                self._union(lone, cid)
        if keys.lone_surname:
            self._lone_surnames.setdefault(keys.lone_surname, cid)
        for found in keys.initials:
            _add_capped(self._initials, found, self.find(cid))
            lone = self._lone_acronyms.get(found)
            if lone is not None and self._unique(self._initials[found], keys.cls):
                self._union(lone, cid)
        if keys.acronym and not keys.initials and keys.cls == "ORG":
            self._lone_acronyms.setdefault(keys.acronym, cid)
        if keys.head:
            _add_capped(self._heads, keys.head, self.find(cid))
            lone = self._lone_heads.get(keys.head)
            if lone is not None and self._unique(self._heads[keys.head], keys.cls):
                self._union(lone, cid)
        if keys.lone_head:
            self._lone_heads.setdefault(keys.lone_head, cid)

    def add(self, records: list[EntityRecord], doc_id: str, date: str | None) -> list[int]:
        """Link one article's entities; return their corpus entities (raw ids: resolve
        them with :meth:`find` once the corpus is complete).

        A lone first name or surname ("Steve", "Cook") that the article's own entities
        left apart joins the one full name of the article that starts or ends with it.
        """
        keys = [entity_keys(r.name, r.label, r.aliases, r.geo_key) for r in records]
        out: list[int] = [-1] * len(records)
        lone = [i for i, k in enumerate(keys) if k.lone_surname]
        for i in range(len(records)):
            if not keys[i].lone_surname:
                out[i] = self.link(records[i])
        for i in lone:
            owner = _article_owner(keys[i].lone_surname, records, keys)
            out[i] = out[owner] if owner is not None else self.link(records[i])
        for record, cid in zip(records, out, strict=True):
            entity = self._entities[self.find(cid)]
            entity.names[record.name] += 1
            for alias in record.aliases:
                entity.names[alias] += 0  # a name it goes by, never its canonical one
            entity.labels[record.label] += 1
            entity.mentions += record.mentions
            if entity.last_doc != doc_id:
                entity.articles += 1
                entity.last_doc = doc_id
            entity.see(date)
        return out

    def entities(self) -> dict[int, CorpusEntity]:
        """The corpus entities by root id."""
        return self._entities


def _article_owner(
    token: str | None, records: list[EntityRecord], keys: list[EntityKeys]
) -> int | None:
    """The one full person name of the article whose first or last name is ``token``."""
    owners = {
        i
        for i, k in enumerate(keys)
        if k.cls == "PERSON" and k.surname and _first_or_last(records[i].name, token)
    }
    return owners.pop() if len(owners) == 1 else None


def _first_or_last(name: str, token: str | None) -> bool:
    tokens = person_tokens(name)
    return bool(token) and len(tokens) >= 2 and token in (tokens[0], tokens[-1])


def _add_capped(index: dict[str, list[int]], key: str, cid: int) -> None:
    ids = index.setdefault(key, [])
    if cid not in ids and len(ids) < WEAK_CAP:
        ids.append(cid)
