"""The numbers in a sentence, read by the claims layer's quantity parser, and whether two
articles' numbers for the same thing can both be true.

Quantities come from :func:`fivews.claims.quantities.find_quantities` (money with its
currency, counts with the noun they count, percentages, measures converted with pint) on
the event's clause parsed by the base spaCy model. Two numbers are compared only when they
measure the same thing: the same normalised unit ("USD", "percent", "km"), or, for a bare
count, the same counted noun ("jobs", "aircraft"). They agree when their ranges overlap:
the last digit as written ("$7.2bn" covers 7.15–7.25 bn; a whole number is exact, so
"30,000 jobs" and "32,000 jobs" differ), widened by 10% for an approximator ("about 300")
and open-ended for a bound ("more than 10,000"). Signs are dropped: the verb carries the
direction ("fell by 3.16%" and "fell by -3.16%" are one figure).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.language import Language

from fivews.claims.lexicon import load_lexicon
from fivews.claims.quantities import find_quantities
from fivews.claims.records import QuantityRecord
from fivews.nlp import load_base_model

#: Relative slack when the figure's own rounding cannot be read ("7.2bn", "1.5 million").
RELATIVE_SLACK = 0.005


@functools.lru_cache(maxsize=1)
def _base_model() -> Language:
    return load_base_model()


def sentence_quantities(
    sentences: Sequence[str], nlp: Language | None = None
) -> list[list[QuantityRecord]]:
    """The quantities of each sentence (``find_quantities`` records), in input order.

    Args:
        sentences: sentences as written.
        nlp: a spaCy pipeline with a parser and NER; the base model of
            :func:`fivews.nlp.load_base_model` when None (loaded once).
    """
    model = nlp if nlp is not None else _base_model()
    lexicon = load_lexicon()
    return [find_quantities(list(doc), lexicon) for doc in model.pipe(list(sentences))]


def measure_of(quantity: QuantityRecord) -> str | None:
    """What a quantity measures: its normalised unit, else the noun it counts, else None
    (a bare number is compared with nothing)."""
    unit = quantity.get("normalized_unit") or quantity.get("unit")
    if unit:
        return str(unit)
    counted = quantity.get("counted")
    return str(counted) if counted else None


def _written_half_step(text: str) -> float | None:
    """Half the last written digit's step relative to the number ("7.2bn" -> 0.05/7.2;
    a whole number is read as written: "30,000" -> 0.5/30000), or None without digits."""
    match = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    if not match:
        return None
    number = float(match.group(0).replace(",", ""))
    if number == 0:
        return None
    step = 0.5 * 10 ** -len(match.group(1)) if match.group(1) else 0.5
    return step / number


def value_range(quantity: QuantityRecord) -> tuple[float, float]:
    """The interval of values the figure as written allows (normalised unit)."""
    # the sign of a change is the verb's ("fell 3.2%" and "fell -3.2%" are one figure)
    value = abs(float(quantity["normalized_value"]))
    relative = _written_half_step(str(quantity.get("text") or "")) or RELATIVE_SLACK
    half = value * max(relative, RELATIVE_SLACK)
    low, high = value - half, value + half
    bound = quantity.get("bound")
    if bound == "upper":
        low = 0.0
    elif bound == "lower":
        high = math.inf
    elif bound == "approx":
        low, high = low * 0.9, high * 1.1
    return low, high


def agree(a: QuantityRecord, b: QuantityRecord) -> bool:
    """Whether two quantities of one measure can both be true (their ranges overlap)."""
    low_a, high_a = value_range(a)
    low_b, high_b = value_range(b)
    return low_a <= high_b and low_b <= high_a


def by_measure(quantities: Iterable[QuantityRecord]) -> dict[str, list[QuantityRecord]]:
    """Quantities grouped by :func:`measure_of` (bare numbers left out)."""
    out: dict[str, list[QuantityRecord]] = {}
    for q in quantities:
        measure = measure_of(q)
        if measure is not None:
            out.setdefault(measure, []).append(q)
    return out


def conflicting(
    a: Sequence[QuantityRecord], b: Sequence[QuantityRecord]
) -> list[tuple[str, QuantityRecord, QuantityRecord]]:
    """``(measure, quantity in a, quantity in b)`` for each measure both lists give where no
    figure of ``a`` agrees with any figure of ``b`` (a sentence may give several amounts
    of one unit: they conflict only when none matches)."""
    out: list[tuple[str, QuantityRecord, QuantityRecord]] = []
    mine, theirs = by_measure(a), by_measure(b)
    for measure in sorted(set(mine) & set(theirs)):
        if not any(agree(x, y) for x in mine[measure] for y in theirs[measure]):
            out.append((measure, mine[measure][0], theirs[measure][0]))
    return out


def describe(quantity: dict[str, Any]) -> str:
    """A quantity as written, with its measure when the text does not show it."""
    text = str(quantity.get("text") or "")
    counted = quantity.get("counted")
    return text if not counted or str(counted) in text.lower() else f"{text} ({counted})"
