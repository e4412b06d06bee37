"""What an event written to ``doc._.events`` looks like: the dicts' keys and value types.

The records are plain dicts (they go to JSON, pandas and Parquet unchanged); these
``TypedDict`` classes document their keys (an :class:`Event`'s in the order the
component writes them).
"""

from __future__ import annotations

from typing import Literal, NotRequired, Required, TypedDict

#: How an event was found: a verb, a light/aspectual verb carrying a nominal, a nominal.
EventKind = Literal["verbal", "support", "nominal"]
#: How an actor phrase names its entity (see :mod:`fivews.events.actors`).
ActorRef = Literal["name", "member", "pronoun", "description", "phrase"]
#: How an event got its time (see :data:`fivews.events.anchor.HOW_ORDER`).
TimeHow = Literal["explicit", "sentence", "inherited", "publication", "unanchored"]


class EventTrigger(TypedDict):
    """The word(s) naming the event, with a verb particle ("carried out")."""

    text: str
    start: int
    end: int
    lemma: str


#: "four months after X began": the duration, the reference value and the mark.
EventOffset = TypedDict("EventOffset", {"duration": str | None, "from": str | None, "mark": str})


class EventTime(TypedDict, total=False):
    """When the event happened and how that was found.

    ``relation`` is ``before``/``after``/``during`` for a nominal event in a temporal
    phrase, or ``since`` for a time running until publication; ``from_event`` is the body
    event an undated headline event took its time from.
    """

    value: Required[str | None]
    interval: list[str]
    timex_id: str
    offset: EventOffset
    how: Required[TimeHow]
    relation: str
    from_event: str


class EventActor(TypedDict):
    """A participant: its phrase, the ``doc._.entities`` id it refers to (directly or
    through a pronoun or description, see ``ref``), that entity's canonical name, and its
    role. A ``pronoun`` or ``description`` without an entity is unresolved."""

    text: str
    entity: str | None
    role: Literal["agent", "patient"]
    name: NotRequired[str | None]
    ref: NotRequired[ActorRef]


class EventPlace(TypedDict):
    """Where the event happened: the place mention (or description: "the city"), its
    entity id and canonical name, the preposition."""

    text: str
    entity: str | None
    preposition: str | None
    name: NotRequired[str]


class Event(TypedDict, total=False):
    """One event of ``doc._.events``; ``time`` is added after the other keys, then the
    review keys (:mod:`fivews.events.review`).

    ``caption``: the event is told in a photo caption (left out of the tables by
    default). ``also_in``: the sentences of the same event told again nearby (a sub-head
    and its paragraph), merged into this one. ``needs_review`` and ``review_reasons``:
    what a reader should check (:data:`fivews.events.review.REVIEW_REASONS`).
    """

    id: Required[str]
    text: Required[str]
    start: Required[int]
    end: Required[int]
    trigger: Required[EventTrigger]
    sentence: Required[int]
    kind: Required[EventKind]
    actors: list[EventActor]
    place: EventPlace
    claimed_by: str
    event_type: Required[str]
    sub_event_type: Required[str]
    time: Required[EventTime]
    caption: Required[bool]
    also_in: Required[list[int]]
    needs_review: Required[bool]
    review_reasons: Required[list[str]]
