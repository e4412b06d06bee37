"""Quantities: numbers with their unit or counted noun, units converted with pint.

Units from ``data/claim_units.json`` are converted with pint. A quantity followed by a
parenthesised equivalent ("16 square kilometers (6 square miles)") is checked for
consistency within rounding. Number words are parsed here (a small table) because the
parsers on PyPI either pull in large models or misread "some 300". pint is imported only
when a unit needs converting (:func:`_import_pint`), with a registry of the lexicon's
units only (``data/claim_units_pint.txt``, ~50 ms to load instead of ~0.5 s for pint's
full one). The package's own units convert without importing pint at all: pint's answer
for each of them (factor, offset, unit symbol) is kept in ``data/claim_unit_factors.json``,
written by ``tools/unit_factors.py`` and checked against pint by the tests; importing
pint would cost a quarter of a second of a cold ``fivews analyze``.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from fivews.claims.lexicon import ClaimLexicon, _match_phrases
from fivews.claims.records import QuantityRecord
from fivews.claims.tokens import _lemma
from fivews.lexicon import load_json
from fivews.structure import doc_text

#: Entity labels of numbers that are not quantities (dates, times, ordinals).
NON_QUANTITY_LABELS: frozenset[str] = frozenset({"DATE", "TIME", "ORDINAL"})


def _unit_registry(lexicon: ClaimLexicon) -> Any:
    """The pint ``UnitRegistry`` that converts ``lexicon``'s units, made on first use.

    Most articles have no unit to convert, so pint is imported (~0.5 s) and the registry
    built only when a quantity with a unit needs it.
    """
    needed = tuple(sorted(lexicon.convertible_units | set(lexicon.normal_units)))
    return _make_unit_registry(lexicon.unit_definitions, needed)


#: Optional packages that ``pint.compat`` imports at start-up when they are installed, to
#: support their array and locale types; fivews converts plain floats and never uses them.
PINT_OPTIONAL_IMPORTS: tuple[str, ...] = ("dask", "babel", "scipy", "uncertainties")


def _import_pint() -> Any:
    """Import pint without the optional packages of :data:`PINT_OPTIONAL_IMPORTS`.

    With the dask engine installed, ``import pint`` also imports dask (and babel, scipy if
    present): ~0.3 s of a cold ``fivews analyze`` instead of ~0.1 s. Each of them not
    already imported is masked for the duration of the import (``sys.modules[name] =
    None`` makes ``import name`` raise ImportError and ``find_spec(name)`` return None,
    pint's documented fallback) and unmasked right after, so later imports of those
    packages work as usual. When pint was imported already, it is returned as is.
    """
    if "pint" in sys.modules:
        return sys.modules["pint"]
    masked = [name for name in PINT_OPTIONAL_IMPORTS if name not in sys.modules]
    for name in masked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import pint
    finally:
        for name in masked:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return pint


@functools.lru_cache(maxsize=4)
def _make_unit_registry(definitions: str | None, units: tuple[str, ...]) -> Any:
    """A registry from the ``definitions`` file if it defines every one of ``units``,
    else pint's full default registry (a unit added to the lexicon but not to the
    definitions file still converts, only the first use is slower)."""
    pint = _import_pint()

    if definitions is not None:
        registry = pint.UnitRegistry(definitions)
        try:
            for unit in units:
                registry.Quantity(1.0, unit)
        except pint.UndefinedUnitError:
            pass
        else:
            return registry
    return pint.UnitRegistry()


#: A number with a glued multiplier suffix ("1.5bn", "20m", "300k").
SUFFIXED_NUMBER = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([a-z]+)$")


def _suffixed(token: Token, lexicon: ClaimLexicon) -> float | None:
    """The value of "1.5bn"-style tokens, else None."""
    m = SUFFIXED_NUMBER.match(token.lower_)
    if m is None or m.group(2) not in lexicon.suffix_multipliers:
        return None
    return float(m.group(1).replace(",", "")) * lexicon.suffix_multipliers[m.group(2)]


def _is_number(token: Token, lexicon: ClaimLexicon) -> bool:
    if token.like_num:
        return True
    low = token.lower_
    # (a "1.5bn" starts with a digit: the regex is tried on those only)
    return (
        low in lexicon.number_words
        or low in lexicon.multipliers
        or low[:1].isdigit()
        and _suffixed(token, lexicon) is not None
    )


def _number_value(tokens: list[Token], lexicon: ClaimLexicon) -> float | None:
    value: float | None = None
    for t in tokens:
        low = t.lower_.replace(",", "")
        if low in lexicon.multipliers:
            value = (value if value is not None else 1.0) * lexicon.multipliers[low]
            continue
        if low in lexicon.number_words:
            value = (value or 0.0) + lexicon.number_words[low]
            continue
        if low in {"a", "an"}:
            continue
        suffixed = _suffixed(t, lexicon)
        if suffixed is not None:
            value = (value or 0.0) + suffixed
            continue
        try:
            number = float(low)
        except ValueError:
            return None
        value = (value or 0.0) + number
    return value


def _rounding(text: str) -> float:
    """Half the unit of the last significant digit ("16" -> 0.5, "1,200" -> 50, "2.5" -> 0.05)."""
    digits = text.replace(",", "")
    if not re.fullmatch(r"\d+(\.\d+)?", digits):
        return 0.0
    if "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1])
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return 0.5 * 10**zeros


def _starts_number(token: Token, lexicon: ClaimLexicon) -> bool:
    """A token that starts a quantity: a number, not a date/time/ordinal or lone "one"."""
    if not _is_number(token, lexicon) or token.ent_type_ in NON_QUANTITY_LABELS:
        return False
    if token.lower_ in lexicon.multipliers:
        return False  # "million" alone ("a million reasons") is not read as a number
    return token.lower_ != "one" or token.dep_ == "nummod"  # "one of them" is no quantity


def _unit_at(
    toks: list[Token], j: int, lexicon: ClaimLexicon
) -> tuple[str | None, str | None, int]:
    """``(pint unit, label, end index)`` of the longest unit phrase starting at ``j``."""
    for n in (3, 2, 1):
        phrase = tuple(x.lower_ for x in toks[j : j + n])
        if len(phrase) == n and phrase in lexicon.units:
            return lexicon.units[phrase], None, j + n
        if len(phrase) == n and phrase in lexicon.unit_labels:
            return None, lexicon.unit_labels[phrase], j + n
    return None, None, j


def _approximator_before(toks: list[Token], i: int, lexicon: ClaimLexicon) -> str | None:
    """The approximator phrase ending right before index ``i`` ("less than", "about")."""
    window = max(0, i - 3)
    found = None
    lowers = [t.lower_ for t in toks[window:i]]
    for a, b in _match_phrases(lowers, lexicon.hedge_index["approximator"]):
        if window + b == i:
            found = " ".join(x.text for x in toks[window + a : i])
    return found


#: pint's conversions of the package's units (see :func:`conversion_table`).
UNIT_FACTORS = "claim_unit_factors.json"


def definitions_digest(definitions: str) -> str:
    """sha1 of a pint definitions file: which definitions a conversion table was made with."""
    return hashlib.sha1(Path(definitions).read_bytes()).hexdigest()


@functools.lru_cache(maxsize=4)
def conversion_table(
    definitions: str, normal_units: tuple[str, ...]
) -> dict[str, tuple[float, float, str]]:
    """Unit → ``(factor, offset, symbol)``: what :func:`convert_with_pint` gives, read from
    :data:`UNIT_FACTORS` (``value * factor + offset``, in unit ``symbol``).

    Empty when the table was made for other definitions or normal units (a lexicon folder
    of the user's own): then pint answers every unit.
    """
    table = load_json(UNIT_FACTORS)
    if table["normal_units"] != list(normal_units) or table[
        "definitions_sha1"
    ] != definitions_digest(definitions):
        return {}
    return {unit: (f, o, symbol) for unit, (f, o, symbol) in table["units"].items()}


def convert_with_pint(value: float, unit: str, lexicon: ClaimLexicon) -> tuple[float, str]:
    """``value unit`` in the first of ``normal_units`` with its dimensionality, by pint."""
    q = _unit_registry(lexicon).Quantity(value, unit)
    for normal in lexicon.normal_units:
        if q.is_compatible_with(normal):
            q = q.to(normal)
            break
    return float(q.magnitude), f"{q.units:~}"


def _normalise(value: float, unit: str | None, lexicon: ClaimLexicon) -> tuple[float, str | None]:
    """Convert ``value unit`` to the first of ``normal_units`` with its dimensionality."""
    if unit is None:
        return value, None
    known = conversion_table(lexicon.unit_definitions, lexicon.normal_units).get(unit)
    if known is not None:
        factor, offset, symbol = known
        return value * factor + offset, symbol
    return convert_with_pint(value, unit, lexicon)


def _is_money(toks: list[Token], j: int, lexicon: ClaimLexicon) -> bool:
    """Whether the unit word at ``j`` ("pounds") is a currency here: inside a MONEY entity,
    or after "million"/"billion" and not followed by "of" ("300 million pounds of grain")."""
    if toks[j].ent_type_ == "MONEY":
        return True
    after = toks[j + 1].lower_ if j + 1 < len(toks) else ""
    return toks[j - 1].lower_ in lexicon.multipliers and after != "of"


def find_quantities(tokens: Sequence[Token], lexicon: ClaimLexicon) -> list[QuantityRecord]:
    """Numbers with their unit or counted noun among ``tokens``; units normalised with pint.

    Each quantity: ``{text, start, end, value, unit, counted, normalized_value,
    normalized_unit, approx, bound, equivalent_of, consistent}``. ``bound`` is "upper"
    ("less than 300"), "lower" ("at least 12"), "approx" ("about 16") or None.
    """
    out: list[dict[str, Any]] = []  # QuantityRecords, with "rounding" until the end
    toks = list(tokens)
    i = 0
    while i < len(toks):
        if not _starts_number(toks[i], lexicon):
            i += 1
            continue
        j = i + 1  # "1.5 million", "2 billion"
        while (
            j < len(toks)
            and (toks[j].like_num or toks[j].lower_ in lexicon.multipliers)
            and toks[j].ent_type_ not in NON_QUANTITY_LABELS
        ):
            j += 1
        number = toks[i:j]
        value = _number_value(number, lexicon)
        if value is None:
            i = j
            continue
        if j < len(toks) and toks[j].text in {"-", "\u2010"}:
            i = j  # "one-third", "a 70-year-old": part of a word, not a quantity
            continue
        unit, label, end = _unit_at(toks, j, lexicon)
        if (
            unit is not None
            and toks[j].lower_ in lexicon.money_units
            and _is_money(toks, j, lexicon)
        ):
            unit, label = None, lexicon.money_units[toks[j].lower_]  # "300 million pounds"
        start_i = i
        before = (toks[i - 1].lower_,) if i > 0 else ()
        if unit is None and label is None and before in lexicon.unit_labels:
            label, start_i = lexicon.unit_labels[before], i - 1  # "$2 million"
        counted = None
        if unit is None and label is None:
            head = number[-1].head  # "300 militants": the noun the number counts
            if head.pos_ in {"NOUN", "PROPN"} and head.i >= number[-1].i:
                counted = _lemma(head)
                end = max(end, min(head.i - toks[0].i + 1, len(toks)))
            elif number[-1].dep_ not in {"nummod", "quantmod", "compound"}:
                i = j
                continue
        approx = _approximator_before(toks, start_i, lexicon)
        normalized_value, normalized_unit = _normalise(value, unit, lexicon)
        first, last = toks[start_i], toks[end - 1]
        out.append(
            {
                "text": doc_text(first.doc)[first.idx : last.idx + len(last.text)],
                "start": first.idx,
                "end": last.idx + len(last.text),
                "value": value,
                "unit": unit or label,
                "counted": counted,
                "normalized_value": round(normalized_value, 6),
                "normalized_unit": normalized_unit or label,
                "approx": approx is not None,
                "bound": lexicon.bounds.get(approx.lower(), "approx") if approx else None,
                "rounding": _rounding("".join(x.text for x in number)),
                "equivalent_of": None,
                "consistent": None,
            }
        )
        i = end
    _check_equivalents(toks, out, lexicon)
    for q in out:
        q.pop("rounding", None)
    return out


def _range(q: dict[str, Any], factor: float) -> tuple[float, float]:
    """The interval a quantity allows, in its normalised unit (rounding, approximators)."""
    v = q["value"]
    half = q.get("rounding") or 0.0
    low, high = v - half, v + half
    if q.get("bound") == "upper":
        low = 0.0
    elif q.get("bound") == "lower":
        high = math.inf
    elif q.get("bound") == "approx":
        low, high = low * 0.9, high * 1.1
    return low * factor, high * factor


def _unit_ratio(unit_a: str, unit_b: str, lexicon: ClaimLexicon) -> float | None:
    """How many ``unit_b`` make one ``unit_a`` (None: not the same dimension).

    From the conversion table when both units convert to the same normal unit without an
    offset, else from pint.
    """
    table = conversion_table(lexicon.unit_definitions, lexicon.normal_units)
    a, b = table.get(unit_a), table.get(unit_b)
    if a is not None and b is not None and a[1] == b[1] == 0.0 and a[2] == b[2]:
        return a[0] / b[0]
    ureg = _unit_registry(lexicon)
    qa, qb = ureg.Quantity(1.0, unit_a), ureg.Quantity(1.0, unit_b)
    if not qa.is_compatible_with(qb):
        return None
    return float(qa.to(unit_b).magnitude)


def _check_equivalents(
    tokens: Sequence[Token], quantities: list[dict[str, Any]], lexicon: ClaimLexicon
) -> None:
    """Check "16 square kilometers (6 square miles)": consistent within rounding?

    Only units pint converts are compared; labels (percent, currencies) are not.
    """
    text = doc_text(tokens[0].doc) if tokens else ""
    for a, b in zip(quantities, quantities[1:], strict=False):
        if a["unit"] is None or b["unit"] is None or a["unit"] == b["unit"]:
            continue
        if a["unit"] not in lexicon.convertible_units or b["unit"] not in lexicon.convertible_units:
            continue  # "$2 million (€1.8 million)": currencies are labels, not pint units
        between = text[a["end"] : b["start"]].strip()
        if between not in {"(", "or", ", or", "-", "\u2013 or", "\u2014"}:
            continue
        fa = _unit_ratio(a["unit"], b["unit"], lexicon)  # a's unit expressed in b's unit
        if fa is None:
            continue
        # the parenthesis restates the same number: compare within rounding only
        # ("more than 8,000 hectares (19,800 acres)": the bound applies to both)
        low_a, high_a = _range(dict(a, bound=None), fa)
        low_b, high_b = _range(dict(b, bound=None), 1.0)
        consistent = low_a <= high_b and low_b <= high_a
        a["equivalent_of"], b["equivalent_of"] = b["text"], a["text"]
        a["consistent"] = b["consistent"] = bool(consistent)
