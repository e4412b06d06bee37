"""Candidates: every rule's matches near its trigger words that pass its guard, reduced
to the longest non-overlapping ones (then leftmost, then earliest rule)."""

from __future__ import annotations

import re

from fivews.structure.overlaps import SpanOverlaps
from fivews.timeline.false_friends import is_false_friend
from fivews.timeline.idioms import idiom_spans
from fivews.timeline.quoted_titles import a_whole_quoted_title
from fivews.timeline.records import Rule
from fivews.timeline.rules import RULES
from fivews.timeline.triggers import TRIGGER_REACH, word_index

#: a raw match: (start, end, rule, regex match)
Candidate = tuple[int, int, Rule, re.Match[str]]

#: each rule's place in :data:`RULES` (the last tie-break of :func:`select_longest`)
_RULE_RANK = {r.name: i for i, r in enumerate(RULES)}
#: every word some rule is triggered by (the only words :func:`find_candidates` looks up)
_TRIGGER_WORDS: frozenset[str] = frozenset().union(*(r.trigger for r in RULES if r.trigger))


def _windows(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` ranges within :data:`TRIGGER_REACH` of the sorted ``spans``."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        a, b = max(0, start - TRIGGER_REACH), min(length, end + TRIGGER_REACH)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _rule_matches(
    rule: Rule, text: str, index: dict[str, list[tuple[int, int]]]
) -> list[re.Match[str]]:
    """The rule's regex matches, searched only near its trigger words.

    A window starts TRIGGER_REACH characters before a trigger word (the rule's own
    left-boundary lookbehind sees the text before it); a match that touches a window's
    end before the end of the text is dropped, since it might continue.
    """
    if rule.trigger is None:
        return list(rule.regex.finditer(text))
    spans = sorted(span for word in rule.trigger for span in index.get(word, ()))
    found = []
    for a, b in _windows(spans, len(text)):
        for m in rule.regex.finditer(text, a, b):
            if m.end() == b and b < len(text):
                continue
            found.append(m)
    return found


def find_candidates(text: str) -> list[Candidate]:
    """All raw rule matches that pass their guard, are no false friend
    (:mod:`fivews.timeline.false_friends`: "Euro 2016") and lie outside the set phrases of
    :mod:`fivews.timeline.idioms` ("USA TODAY"), as (start, end, rule, match)."""
    out: list[Candidate] = []
    titles: list[tuple[int, int]] = []
    index = word_index(text, _TRIGGER_WORDS)
    idioms = idiom_spans(text)
    for rule in RULES:
        for m in _rule_matches(rule, text, index):
            if m.end() == m.start():
                continue
            if rule.guard is not None and not rule.guard(m, text):
                continue
            if is_false_friend(rule.name, m, text):
                continue  # "Euro 2016", "John 3:16", "the second half" of a game
            if idioms.overlaps(m.start(), m.end()):
                continue  # "USA TODAY", "a brighter tomorrow"
            if a_whole_quoted_title(m.start(), m.end(), text):
                titles.append((m.start(), m.end()))
                continue  # Taylor Swift's "1989", the album "The Next Day"
            out.append((m.start(), m.end(), rule, m))
    # the shorter times inside a title dropped whole ("Sunday" of "Easter Sunday" opened
    # to $5.3 million)
    return [c for c in out if not any(a <= c[0] and c[1] <= b for a, b in titles)]


def select_longest(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then leftmost, then earliest rule."""
    counted = {e for c in cands if (e := _counted_edge(c)) is not None}
    cands = [_without_shared_edge(c, counted) or c for c in cands]
    named = [(c[0], c[1]) for c in cands if c[2].name == "holiday"]
    cands = [_without_named_weekday(c, named) or c for c in cands]
    cands = sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0], _RULE_RANK[c[2].name]))
    taken = SpanOverlaps()
    chosen: list[Candidate] = []
    for c in cands:
        if taken.overlaps(c[0], c[1]):
            continue
        taken.add(c[0], c[1])
        chosen.append(c)
    return sorted(chosen, key=lambda c: c[0])


def _without_named_weekday(c: Candidate, named: list[tuple[int, int]]) -> Candidate | None:
    """``c`` without the weekday it opens with when that weekday ends a named day found
    before it (a span in ``named``) and the rest is still the rule's match: "Tuesday, March
    3" after "Super" is "March 3", the name keeps its "Tuesday"; else None."""
    start, end, rule, m = c
    if rule.name == "holiday":
        return None
    for n_start, n_end in named:
        if n_start < start < n_end < end:
            rest_start = n_end
            while rest_start < end and m.string[rest_start] in " ,":
                rest_start += 1
            rest = rule.regex.match(m.string, rest_start)
            if rest is None or rest.end() != end or (rule.guard and not rule.guard(rest, m.string)):
                return None
            return (rest_start, end, rule, rest)
    return None


#: an edge word a time may share with a count of time before it ("two hours later Friday")
_SHARED_EDGE = re.compile(r"(later|earlier)\s+", re.I)
#: that word at the end of a count of time ("two hours later")
_COUNT_ENDS = re.compile(r"\s(later|earlier)$", re.I)
#: a preposition or verb before a count of time that makes it a stretch ("for six hours")
_STRETCH_BEFORE = re.compile(r"\b(?:for|during|over|spent|lasted|took)\s+$", re.I)
#: rules of a count of time, which TimeML writes without its "later" ("hours later")
_COUNTS = frozenset({"duration", "vague_duration"})


def _counted_edge(c: Candidate) -> int | None:
    """Where the "later"/"earlier" a count of time ends with, or is followed by, starts
    ("two hours later", "hours later"); None for another candidate."""
    start, end, rule, m = c
    own = _COUNT_ENDS.search(m.string, start, end)
    if own is not None:
        return own.start(1)
    after = _SHARED_EDGE.match(m.string, end + 1) if m.string[end : end + 1] == " " else None
    if (
        after is None
        or rule.name not in _COUNTS
        or _STRETCH_BEFORE.search(m.string, max(0, start - 12), start)
    ):
        return None  # "deliberated for six hours earlier Tuesday": the weekday's own edge
    return after.start()


def _without_shared_edge(c: Candidate, counted: set[int]) -> Candidate | None:
    """``c`` without its first word when that word ends a count of time found before it
    (a start in ``counted``) and the rest is still the rule's match: "later Friday" after
    "two hours later" is "Friday", the count keeps its "later"; else None."""
    start, end, rule, m = c
    edge = _SHARED_EDGE.match(m.string, start)
    if edge is None or start not in counted:
        return None
    rest = rule.regex.match(m.string, edge.end())
    if rest is None or rest.end() != end or (rule.guard and not rule.guard(rest, m.string)):
        return None
    return (edge.end(), end, rule, rest)
