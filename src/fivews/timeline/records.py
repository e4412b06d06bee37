"""The records of the tagger: the TIMEX3 dict written to ``doc._.timexes``
(:class:`TimexRecord`), a found expression (:class:`Timex`), what a resolver may read
(:class:`Context`) and a named pattern (:class:`Rule`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypedDict

from fivews.timeline.dates import interval_of


class _TimexRequired(TypedDict):
    """The keys every TIMEX3 dict has."""

    id: str
    text: str
    start: int
    end: int
    type: str
    value: str
    rule: str


class TimexRecord(_TimexRequired, total=False):
    """One TIMEX3 in ``doc._.timexes``: ``{id, text, start, end, type, value, rule, mod?,
    interval?, anchor?}`` (character offsets into the Doc's text; optional keys only when
    set)."""

    mod: str
    interval: list[str]
    anchor: str


@dataclass
class Timex:
    """One TIMEX3: character span, type, TimeML value, optional mod and interval."""

    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str
    mod: str | None = None
    interval: list[str] | None = None
    anchor: str | None = None
    id: str = ""

    def to_dict(self) -> TimexRecord:
        """A JSON-ready dict; optional keys only when set."""
        out: TimexRecord = {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "rule": self.rule,
        }
        if self.mod:
            out["mod"] = self.mod
        if self.interval:
            out["interval"] = list(self.interval)
        if self.anchor:
            out["anchor"] = self.anchor
        return out


def retimex(t: Timex, text: str, start: int, end: int, **changes: object) -> Timex:
    """``t`` spanning ``[start, end)`` of ``text`` with the given fields changed (its
    interval read again from a new DATE or TIME value)."""
    fields = {**t.__dict__, "start": start, "end": end, "text": text[start:end], **changes}
    if "value" in changes and fields.get("type") in ("DATE", "TIME"):
        fields["interval"] = interval_of(str(fields["value"]))
    return Timex(**fields)  # type: ignore[arg-type]


def spanning(
    prev: Timex,
    t: Timex,
    text: str,
    kind: str,
    value: str,
    rule: str,
    mod: str | None,
    interval: list[str] | None,
    anchor: str | None = None,
) -> Timex:
    """One timex from the start of ``prev`` to the end of ``t``, the gap included
    ("10 p.m. Wednesday", "January of this year")."""
    return Timex(
        prev.start, t.end, text[prev.start : t.end], kind, value, rule, mod, interval, anchor
    )


#: words that open a sentence and never continue a name: after them a period that follows
#: an initial, "Jr.", "Sr.", "Dr." or "St." ends a sentence ("adopted Plan B. The plan",
#: "Washington, D.C. Its lease")
_OPENERS = (
    r"(?:The|A|An|It|Its|This|That|These|Those|They|Their|There|He|His|She|Her|We|Our|I|You"
    r"|In|On|At|By|For|From|With|But|And|Or|So|Yet|If|When|While|As|After|Before|Now|Then"
    r"|Still|However|Meanwhile|Officials|Voters|Police|Some|Many|Most)\b"
)
#: titles and suffixes written with a period beside a name ("Mr. Obama", "Sen. Rubio", "Ken
#: Griffey Jr."); the last four may also close a sentence ("on Elm Dr. It closes")
NAME_TITLES = (
    *("Mr", "Mrs", "Ms", "Sen", "Gov", "Rep", "Gen", "Col", "Lt", "Sgt", "Capt", "Prof", "Rev"),
    *("Dr", "St", "Jr", "Sr"),
)


def _not_right_after(words: tuple[str, ...]) -> str:
    """Lookbehinds that no word of ``words`` ends right before, one per word length (a
    Python lookbehind needs a fixed width)."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(word)
    return "".join(rf"(?<!\b(?:{'|'.join(group)}))" for group in by_length.values())


#: a sentence end in running text (or a blank line); not the period of a title before a
#: name ("Mr. Obama", "Sen. Rubio"), nor of a middle initial (a capital after a space, not
#: "U.S."), "Jr.", "Sr.", "Dr." or "St." unless a sentence's opening word follows
#: ("Franklin D. Roosevelt", "George W. Bush")
SENTENCE_END = re.compile(
    r"(?<!\s[A-Z])" + _not_right_after(NAME_TITLES) + r"[.!?][\"'”’)]*\s+(?=[A-Z\"“])"
    r"|(?<=\s[A-Z])\.\s+(?=" + _OPENERS + r")"
    r"|(?<=\b(?:" + "|".join(NAME_TITLES[-4:]) + r"))\.\s+(?=" + _OPENERS + r")"
    r"|\n\s*\n"
)

#: rules whose value was computed from an earlier timex (never themselves an anchor)
DERIVED_RULES = frozenset(
    {
        "year_earlier_anchor",
        "year_ago_anchor",
        "quarter_year_ago",
        "year_earlier_dct",
        "year_before_after",
        "month_before_after",
        "week_before_after",
    }
)


@dataclass
class Context:
    """What a resolver may read: the text, the DCT, tense lookup and earlier results."""

    text: str
    dct: dt.date | None
    tense: Callable[[int, int], str | None]
    previous: list[Timex] = field(default_factory=list)

    def report_period(self, before: int, window: int = 600) -> str | None:
        """The quarter/half last named within ``window`` chars, if it is a current report's
        period (this year's, or last year's early in the year): the anchor of "a year ago"."""
        last = self.last_value(r"\d{4}-[QH]\d", before, window)
        if last is None or self.dct is None:
            return last
        year = int(last[:4])
        if year == self.dct.year or (year == self.dct.year - 1 and self.dct.month <= 4):
            return last
        return None

    def apposed_value(self, before: int, pattern: str) -> str | None:
        """The value of the latest timex when only a comma or a dash separates it from
        ``before`` and the value matches ``pattern``: the date or period a phrase in
        apposition restates ("Oct. 12, the day before…", "on Nov. 24 — the day after…")."""
        if not self.previous:
            return None
        last = self.previous[-1]
        if not re.fullmatch(r",\s*|\s*[—–]\s*|\s+--?\s+", self.text[last.end : before]):
            return None
        return last.value if re.fullmatch(pattern, last.value) else None

    def last_value(
        self,
        pattern: str,
        before: int,
        window: int = 400,
        *,
        same_sentence: bool = False,
        skip_rules: frozenset[str] = frozenset(),
    ) -> str | None:
        """The value of the latest earlier timex matching ``pattern`` within ``window`` chars
        (and, with ``same_sentence``, with no sentence end in between), passing over timexes
        made by ``skip_rules``."""
        for t in self.earlier(pattern, before, window, skip_rules=skip_rules):
            if same_sentence and SENTENCE_END.search(self.text, t.end, before):
                return None
            return t.value
        return None

    def earlier(
        self, pattern: str, before: int, window: int, *, skip_rules: frozenset[str] = frozenset()
    ) -> Iterator[Timex]:
        """The timexes ending within ``window`` chars before ``before`` whose value matches
        ``pattern``, latest first, passing over those made by ``skip_rules`` and those
        computed from another timex."""
        for t in reversed(self.previous):
            if t.rule in DERIVED_RULES:  # "a year earlier" must not anchor the next "year-ago"
                continue
            if t.rule in skip_rules:
                continue
            if t.end <= before and before - t.end <= window and re.fullmatch(pattern, t.value):
                yield t

    def words_near(self, t: Timex, before: int, reach: int = 60) -> str:
        """The text within ``reach`` characters of timex ``t``, within its sentence, not
        past the timexes either side of it nor ``before``: the words that tell what
        happened at that time ("the first presidential debate Monday night")."""
        i = next(k for k, p in enumerate(self.previous) if p is t)
        lo, hi = t.start - reach, min(t.end + reach, before)
        if i > 0:
            lo = max(lo, self.previous[i - 1].end)
        if i + 1 < len(self.previous):
            hi = min(hi, self.previous[i + 1].start)
        lo = max(0, lo)
        for e in SENTENCE_END.finditer(self.text, lo, t.start):
            lo = e.end()
        end = SENTENCE_END.search(self.text, t.end, max(t.end, hi))
        return self.text[lo : end.start() if end else hi]


@dataclass(frozen=True)
class Rule:
    """A named pattern: regex, resolver, optional guard (a veto on the raw match)."""

    name: str
    regex: re.Pattern[str]
    resolve: Callable[[re.Match[str], Context], Timex | None]
    guard: Callable[[re.Match[str], str], bool] | None = None
    trigger: frozenset[str] | None = None


#: how far around a stretch of text its sentence's ends are looked for (characters)
_SENTENCE_REACH = 600
#: a sentence end that is the stop of "a.m."/"p.m." ("4 p.m. Monday-Saturday")
_AFTER_CLOCK = re.compile(r"\b[ap]\.m\.$", re.I)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The ``[start, end)`` of the sentence holding ``text[start:end]`` (a stop of "a.m."
    or "p.m." ends none), looked for within :data:`_SENTENCE_REACH` characters."""
    ends = [
        m.end()
        for m in SENTENCE_END.finditer(text, max(0, start - _SENTENCE_REACH), end + _SENTENCE_REACH)
        if not _AFTER_CLOCK.search(text, max(0, m.start() - 4), m.start() + 1)
    ]
    before = [e for e in ends if e <= start]
    after = [e for e in ends if e > end]
    return (before[-1] if before else 0), (after[0] if after else len(text))
