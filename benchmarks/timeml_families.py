"""The error table of ``timeml.py --families``: every fivews error on a TimeML folder, by
kind (false positive, extent, value, miss) and family of expression, with a count and
one example per cell.

A system timex belongs to the family of the rule that made it (``rule`` of
``doc._.timexes``); a missed gold timex, which no rule made, to the family its text
reads as. Kinds follow the TempEval-3 matching of ``timeml.py``: a *false positive*
overlaps no gold timex, an *extent* error overlaps one with other bounds, a *value*
error has the gold extent's overlap but another value, a *miss* is a gold timex no
system timex overlaps.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

import pandas as pd

#: family -> rule-name prefixes (first match wins, so the specific ones come first; a
#: combined rule "weekday_past_tense+clock_time" also matches by its second part)
RULE_FAMILIES: dict[str, tuple[str, ...]] = {
    "times of day": ("clock_time", "part_of_day", "day_word_part"),
    "quarters, fiscal, year-ago": (
        "quarter_",
        "fiscal",
        "year_earlier",
        "year_ago",
        "year_end",
        "half_",
        "period_code",
    ),
    "reference words / recent, coming units": (
        "reference_word",
        "recent_units",
        "coming_units",
        "vague_past_units",
        "vague_ago",
    ),
    "sets (daily, a year)": ("set_",),
    "bare plural units (for years)": ("vague_duration",),
    "durations and N units ago": ("duration", "ago", "long_compound"),
    "decades, centuries": ("decade", "century"),
    "relative week/month/year": (
        "week_relative",
        "month_relative",
        "year_relative",
        "the_week",
        "the_month",
        "the_year",
        "the_unit",
        "month_last",
        "month_this",
        "month_anaphoric",
        "year_anaphoric",
        "week_two",
        "month_two",
        "year_two",
    ),
    "weekdays and day words": (
        "weekday",
        "weekend",
        "day_",
        "that_day",
        "ordinal_day",
        "relative_day",
        "holiday_week",
        "week_of_day",
        "range_end_day",
    ),
    "years": ("year", "spoken_year"),
    "months, dates": ("month", "season", "holiday", "iso_date", "date"),
}

#: family -> a pattern on a missed gold timex's text (first match wins)
TEXT_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (family, re.compile(pattern, re.I))
    for family, pattern in (
        ("times of day", r"\b(?:a\.m|p\.m|noon|midnight|morning|evening|night|afternoon)\b"),
        ("quarters, fiscal, year-ago", r"quarter|fiscal|year-(?:ago|earlier)"),
        ("decades, centuries", r"\d0s\b|decade|century"),
        (
            "sets (daily, a year)",
            r"\b(?:daily|hourly|weekly|monthly|yearly|annually|every|each|per)\b|^an?\s+\w+$",
        ),
        (
            "weekdays and day words",
            r"day\b|today|tomorrow|tonight|yesterday|weekend",
        ),
        ("months, dates", r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z.]*\b"),
        ("years", r"^(?:19|20)\d\d$"),
        ("durations and N units ago", r"\d|\b(?:one|two|three|four|five|six|few|several)\b"),
        (
            "reference words / recent, coming units",
            r"now|recent|previous|already|once|future|then|yet|earlier|time|while|period",
        ),
    )
)

KINDS = ("false positive", "extent", "value", "miss")

#: a corpus's own way of writing the time fivews writes in the TIMEX3 form (or a less
#: precise one, as "1989-WXX" for "last week"): (name, test on (gold value, system value))
CONVENTIONS: tuple[tuple[str, Any], ...] = (
    ("year written YYYY-XX", lambda g, s: g in (s + "-XX", s + "-XX-XX")),
    (
        "week number unpadded",
        lambda g, s: re.fullmatch(r"\d{4}-W\d", g) is not None and s == f"{g[:6]}0{g[6:]}",
    ),
    ("week written YYYY-WXX", lambda g, s: g[4:] == "-WXX" and re.fullmatch(r"\d{4}-W\d\d", s)),
    ("decade written 199X", lambda g, s: re.fullmatch(r"\d{3}X", g) is not None and g[:3] == s),
    (
        "part of day left out",
        lambda g, s: (
            re.fullmatch(r"\d{4}-\d\d-\d\d", g) is not None
            and re.fullmatch(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)", s) is not None
            and s[:10] == g
        ),
    ),
    (
        "evening for night",
        lambda g, s: (
            re.fullmatch(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)", g) is not None
            and re.fullmatch(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)", s) is not None
            and s[:10] == g[:10]
        ),
    ),
    ("this century as P100Y", lambda g, s: g == "P100Y" and re.fullmatch(r"\d\d", s)),
    ("clock hour without minutes", lambda g, s: s == g + ":00"),
)


def convention_of(gold_value: str, system_value: str) -> str | None:
    """The name of the corpus convention that writes the time of ``system_value`` as
    ``gold_value`` (None when the two name different times)."""
    for name, same in CONVENTIONS:
        if same(gold_value, system_value):
            return name
    return None


def convention_counts(
    docs: Sequence[Any], systems: Sequence[list[dict[str, Any]]], match_document
) -> Counter:
    """How many value errors on one folder are each convention of :data:`CONVENTIONS`."""
    out: Counter = Counter()
    for d, s in zip(docs, systems, strict=True):
        _, matched = match_document(d.timexes, s)
        for g, x in matched:
            name = convention_of(g["value"], x["value"]) if g["value"] != x["value"] else None
            if name:
                out[name] += 1
    return out


def family_of_rule(rule: str) -> str:
    """The family of a fivews rule name (``"other"`` when none fits)."""
    for family, prefixes in RULE_FAMILIES.items():
        if any(rule.startswith(p) or f"+{p}" in rule for p in prefixes):
            return family
    return "other"


def family_of_text(text: str) -> str:
    """The family a missed gold timex's text reads as (``"other"`` when none fits)."""
    for family, pattern in TEXT_FAMILIES:
        if pattern.search(text):
            return family
    return "other"


def document_errors(
    gold: list[dict[str, Any]], system: list[dict[str, Any]], matched: list[tuple]
) -> list[tuple[str, str, str]]:
    """(kind, family, example) for each error of one document, ``matched`` being the
    relaxed (gold, system) pairs of ``timeml.match_document``."""
    out = []
    seen_gold = {id(g) for g, _ in matched}
    seen_sys = {id(s) for _, s in matched}
    for g, s in matched:
        family = family_of_rule(s.get("rule", ""))
        if (g["start"], g["end"]) != (s["start"], s["end"]):
            out.append(("extent", family, f"gold {g['text']!r} / system {s['text']!r}"))
        if g["value"] != s["value"]:
            out.append(("value", family, f"{s['text']!r}: gold {g['value']} / system {s['value']}"))
    for g in gold:
        if id(g) not in seen_gold:
            family = family_of_text(g["text"])
            out.append(("miss", family, f"{g['text']!r} ({g['type']} {g['value']})"))
    for s in system:
        if id(s) not in seen_sys:
            out.append(("false positive", family_of_rule(s.get("rule", "")), repr(s["text"])))
    return out


def error_table(
    folders: dict[str, tuple[Sequence[Any], Sequence[list[dict[str, Any]]]]], match_document
) -> pd.DataFrame:
    """One row per (kind, family): the count on each folder and the first example.

    ``folders`` maps a folder name to (TimeML documents, fivews timexes per document);
    ``match_document`` is ``timeml.match_document``.
    """
    counts: dict[str, Counter] = {}
    examples: dict[tuple[str, str], str] = {}
    for name, (docs, systems) in folders.items():
        counts[name] = Counter()
        for d, s in zip(docs, systems, strict=True):
            _, matched = match_document(d.timexes, s)
            for kind, family, example in document_errors(d.timexes, s, matched):
                counts[name][(kind, family)] += 1
                examples.setdefault((kind, family), example)
    keys = sorted(
        examples,
        key=lambda k: (KINDS.index(k[0]), -sum(c[k] for c in counts.values()), k[1]),
    )
    rows = [
        {"error": kind, "family": family}
        | {name: counts[name][(kind, family)] for name in folders}
        | {"example": examples[(kind, family)]}
        for kind, family in keys
    ]
    return pd.DataFrame.from_records(rows)
