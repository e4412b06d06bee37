"""Trigger words: per rule, the words one of which every match contains, and the index
of where they occur in a text, so that each rule's regex runs only near them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fivews.timeline.lexicon import (
    LEXICON,
    MONTHS,
    PARTS_OF_DAY,
    REFERENCE_WORDS,
    SEASONS,
    SET_ADVERBS,
    UNITS,
    WEEKDAYS,
    B,
    E,
)
from fivews.timeline.records import Rule, Timex


def _words(*groups: Any) -> frozenset[str]:
    """The lower-case single words of the given word lists / phrases (trigger words)."""
    out: set[str] = set()
    for group in groups:
        for phrase in [group] if isinstance(group, str) else group:
            out.update(w for w in _WORD.findall(phrase.lower()) if w not in _TRIGGER_STOPWORDS)
    return frozenset(out)


_WORD = re.compile(r"[^\W_]+")
_TRIGGER_STOPWORDS = frozenset(
    {"the", "in", "at", "as", "a", "an", "of", "right", "so", "more", "until"}
)
#: trigger keys for any token with a digit / a four-digit token
NUMBER_KEY, YEAR_KEY = "#number", "#year"
#: trigger keys for a token that can hold a decade's number ("1990s", "90", "1990" of
#: "1990's") / a clock time's hour ("5", "10", "5pm", "5p" of "5p.m."): the decade and
#: clock rules need one, and most numbers in news copy are neither
DECADE_KEY, CLOCK_KEY = "#decade", "#clock"
#: trigger key for two digits right after an apostrophe ("’16"): the short-year rule
#: needs one, and reading the rule around every number would cost the whole text's scan
SHORT_YEAR_KEY = "#short_year"
#: apostrophes a two-digit year is written after
_APOSTROPHES = frozenset("'’‘")
#: a decade's number: up to four digits ending in 0, then at most one letter ("s")
_DECADE_WORD = re.compile(r"\d{1,3}0[^\W\d_]?")
#: a clock time's hour: one or two digits, then only letters ("pm", "a"), or a 24-hour
#: time glued to "hrs" ("0900hrs")
_CLOCK_WORD = re.compile(r"\d{1,2}[^\W\d_]*|\d{4}hrs")
_UNIT_WORDS = _words(UNITS)
_MONTH_WORDS = _words(MONTHS)
_WEEKDAY_WORDS = _words(WEEKDAYS, [w + "s" for w in WEEKDAYS])


#: per rule, the words one of which every match contains: the rule's regex runs only near
#: them (most sentences name no month, so the month rules skip them)
def _ordinal_suffix(n: int) -> str:
    """The English ordinal suffix of ``n`` ("st" for 1 and 21, "th" for 11)."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


RULE_TRIGGERS: dict[str, frozenset[str]] = {
    "iso_date": frozenset({YEAR_KEY}),
    "numeric_date": frozenset({NUMBER_KEY}),
    "numeric_month_year": frozenset({YEAR_KEY}),
    # its year too: a month glued to the word before it is no word of its own (the
    # regex then also runs near each year; the tagging benchmark moved within noise)
    "month_day_year": _MONTH_WORDS | {YEAR_KEY},
    "day_month_year": _MONTH_WORDS,
    "month_day": _MONTH_WORDS,
    "day_month": _MONTH_WORDS,
    "weekday_of_month": _MONTH_WORDS,
    "monthly_day": _words("month", "quarter", "year"),
    "bare_ordinal_day": frozenset(f"{n}{_ordinal_suffix(n)}" for n in range(1, 32)),
    "month_year": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "year": frozenset({YEAR_KEY}),
    "era_year": frozenset({"bc", "bce", "ad", "ce", "c", "d"}),
    "short_year": frozenset({SHORT_YEAR_KEY}),
    "period_code": frozenset({YEAR_KEY, "fy"})
    | _words("q1 q2 q3 q4 1q 2q 3q 4q h1 h2 1h 2h")
    | {f"fy{n:02d}" for n in range(100)}
    | {f"fy{y}" for y in range(1950, 2051)}
    | {f"{q}q{n:02d}" for q in range(1, 5) for n in range(100)},
    "decade": _words(LEXICON["decade_words"]) | {DECADE_KEY},
    "century": _words("century centuries"),
    "spoken_year": _words("nineteen eighteen twenty thousand"),
    "weekday": _WEEKDAY_WORDS,
    "day_word": _words("today yesterday tomorrow tonight"),
    "holiday": frozenset(_WORD.match(name).group() for name in LEXICON["holidays"]),
    "relative_day": _words("day morning afternoon evening night") | _WEEKDAY_WORDS,
    "that_day": _words("day morning afternoon evening night"),
    "ordinal_day": _words("day"),
    "part_of_day": _words(
        "morning afternoon evening night overnight midmorning midafternoon midevening"
    ),
    "relative_unit": _words(
        "week weekend month year decade century fortnight half semester", SEASONS
    ),
    "set": _UNIT_WORDS | _WEEKDAY_WORDS | _MONTH_WORDS | _words(SET_ADVERBS, PARTS_OF_DAY, SEASONS),
    "the_unit": _words("year week weekend month decade century midweek midyear"),
    "week_from_day": _words("week weeks fortnight"),
    "ago": _words("ago earlier later now hence back before"),
    "duration": _UNIT_WORDS,
    "vague_duration": _UNIT_WORDS,
    "past_day": frozenset({"day"}),
    "a_while": _words("while time"),
    "unit_and_a_half": _words("year month week day hour"),
    "the_hour": frozenset({"hour"}),
    "half_of_this_era": frozenset({"century", "decade"}),
    "long_compound": _UNIT_WORDS
    | _words("hourlong daylong weeklong monthlong yearlong multiyear multidecade multimonth")
    | _words("multiweek multiday"),
    "quarter": _words("quarter half period"),
    "reference": _words(
        REFERENCE_WORDS, "recent coming few several future next last previous prior"
    ),
    "season": _words(SEASONS),
    "clock_time": _words(
        "noon midnight midday morning afternoon evening night o'clock past quarter half twenty"
    )
    | _words(LEXICON["timezones"])
    | {CLOCK_KEY, YEAR_KEY},  # "at 2100 on Wednesday"
}

#: how far before / after a trigger hit a match may start / end (characters)
TRIGGER_REACH = 90


def word_index(text: str, words: frozenset[str] | None = None) -> dict[str, list[tuple[int, int]]]:
    """Character spans of each lower-case word of ``text`` (one pass; digits also under
    :data:`NUMBER_KEY`, four-digit numbers under :data:`YEAR_KEY`, possible decades and
    clock hours under :data:`DECADE_KEY` and :data:`CLOCK_KEY`, two digits after an
    apostrophe under :data:`SHORT_YEAR_KEY`).

    With ``words``, only those words are listed (the number keys always are).
    """
    index: dict[str, list[tuple[int, int]]] = {}
    # Lower-case the text once when that keeps every offset (no character grows; no
    # capital sigma, whose lower case depends on its neighbours): then a word's lower
    # case is the same slice of the lowered text.
    low = text.lower()
    if len(low) != len(text) or "\u03a3" in text:
        low = None
    for m in _WORD.finditer(text):
        span = m.span()
        word = low[span[0] : span[1]] if low is not None else m.group().lower()
        if words is None or word in words:
            index.setdefault(word, []).append(span)
        if not word.isalpha():
            index.setdefault(NUMBER_KEY, []).append(span)
            if len(word) == 4 and word.isdigit():
                index.setdefault(YEAR_KEY, []).append(span)
            if _DECADE_WORD.fullmatch(word):
                index.setdefault(DECADE_KEY, []).append(span)
            if _CLOCK_WORD.fullmatch(word):
                index.setdefault(CLOCK_KEY, []).append(span)
            if len(word) == 2 and span[0] and text[span[0] - 1] in _APOSTROPHES:
                index.setdefault(SHORT_YEAR_KEY, []).append(span)
    return index


def make_rule(
    name: str,
    pattern: str,
    resolve: Callable[..., Timex | None],
    guard: Callable[[re.Match[str], str], bool] | None = None,
    left: str = B,
    right: str = E,
) -> Rule:
    """A :class:`Rule` with its regex (word-bounded, case-insensitive) and trigger words;
    ``left`` and ``right`` are its boundaries (:data:`B` and :data:`E` unless the rule may
    start or end elsewhere)."""
    return Rule(
        name,
        re.compile(left + pattern + right, re.IGNORECASE),
        resolve,
        guard,
        RULE_TRIGGERS.get(name),
    )
