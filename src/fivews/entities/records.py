"""The records the entity layer makes: the ruler's result, and the JSON-ready entity dicts
written to ``doc._.entities``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NotRequired, TypeAlias, TypedDict

if TYPE_CHECKING:
    from fivews.entities.mentions import Mention

#: Mentions while the ruler corrects them: ``(start_char, end_char) -> label``.
SpanLabels: TypeAlias = dict[tuple[int, int], str]


@dataclass
class RulerResult:
    """What the ruler's ``match`` found: tokens to split and the corrected mentions."""

    #: ``(token index, [sub-token texts], index of the name sub-token)``.
    splits: list[tuple[int, list[str], int]] = field(default_factory=list)
    #: Corrected mentions as ``(start_char, end_char, label)``.
    spans: list[tuple[int, int, str]] = field(default_factory=list)


class MentionRecord(TypedDict):
    """One mention of an entity in ``doc._.entities``.

    ``start``/``end`` are character offsets into ``doc.text``; ``sentence`` is the index
    of the mention's sentence in ``doc.sents`` order (all sentences of the Doc, chrome
    included, counted from 0).
    """

    text: str
    start: int
    end: int
    sentence: int


class _EntityRecordKeys(TypedDict):
    """The keys every entity record has."""

    id: str  # "E1", "E2", ... in salience order
    name: str
    label: str  # PERSON, ORG, GPE, LOC, FAC or NORP
    aliases: list[str]  # the other names of its mentions
    mentions: list[MentionRecord]
    salience: float  # 0..1, the top entity's is 1


class EntityRecord(_EntityRecordKeys, total=False):
    """One actor or place in ``doc._.entities``; the keys below it has only when known.

    ``country`` is an ISO 3166-1 alpha-2 code, ``affiliation`` the ``id`` of another
    entity; ``geo`` is the gazetteer record of the coordinates and ``embedded_places``
    the places an organisation's name embeds (:mod:`fivews.entities.places`).
    """

    role: str
    affiliation: str
    lat: float
    lon: float
    country: str
    geo_confidence: float
    geo: dict[str, Any]
    embedded_places: list[dict[str, Any]]


class MentionRow(TypedDict):
    """A mention with its entity's id, name and label (a row of the mentions table)."""

    id: str
    name: str
    label: str
    text: str
    start: int
    end: int
    sentence: int


class EntityDraft(TypedDict):
    """An entity while it is built: its mention group, label, name and salience score."""

    group: list[Mention]
    label: str
    name: str
    score: float  # the weighted mention count, before division by the top one
    id: NotRequired[str]  # given once the drafts are sorted by score
