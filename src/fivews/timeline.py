"""When: TIMEX3 time expressions, normalised against the publication date (issue 4).

What it does
    Finds the time expressions of an English news text (TimeML TIMEX3 types DATE, TIME,
    DURATION and SET) and gives each a TimeML ``value`` (``2017-09-21``, ``2017-06``,
    ``2015``, ``P2W``, ``PAST_REF``, ``2017-W38``, ``2017-09-20T06:00``…), a ``mod`` where
    TimeML uses one (``START``, ``END``, ``MID``, ``APPROX``, ``LESS_THAN``…) and, where the
    expression denotes a stretch of calendar, an ``interval`` ``[begin, end]`` of ISO dates.

How
    Rule-based, like HeidelTime (Strötgen & Gertz 2013, "Multilingual and cross-domain
    temporal tagging", LRE 47): a list of named :class:`Rule` s, each a regular expression
    compiled once at import from the word lists in ``data/timex_lexicon.json`` plus a
    resolver function. All rules scan the text; overlapping candidates are reduced to the
    longest (then leftmost, then earliest rule); adjacent clock times and days are merged
    ("5 p.m. EST, Nov. 6"). Relative expressions are resolved against the document creation
    time (``doc._.published``) and the tense of the clause that governs the expression,
    read from the spaCy parse: a weekday in a past-tense clause is the latest such day on or
    before the publication date, in a future clause the next one; a month without a year
    takes the year that agrees with the tense. Without a publication date, relative values
    stay underspecified (``XXXX-WXX-4``, ``XXXX-06``) as TimeML prescribes.

Why hand-written
    No maintained Python package normalises to TimeML: ``dateparser`` and ``parsedatetime``
    return Python datetimes (no durations, sets, granularity, mods or PAST_REF), and
    ``dateparser.search`` ignores tense (it resolves "Thursday" to the wrong week and reads
    "four months after the" as a date). HeidelTime and SUTime are Java. ``benchmarks/timeml.py``
    measures this module against TimeBank with ``dateparser`` as the baseline.

Public API
    ``fivews_timexes`` spaCy factory (:class:`TimexTagger`), :func:`tag_timexes` (a Doc or a
    plain string plus a DCT, no pipeline needed), :func:`timexes_table`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

from fivews.structure import doc_text

if TYPE_CHECKING:
    import pandas as pd

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)


# --------------------------------------------------------------------------------------
# Lexicon and regular-expression building blocks (compiled once, at import)
# --------------------------------------------------------------------------------------

LEXICON: dict[str, Any] = json.loads(
    resources.files("fivews.data").joinpath("timex_lexicon.json").read_text(encoding="utf-8")
)
MONTHS: dict[str, int] = LEXICON["months"]
WEEKDAYS: dict[str, int] = LEXICON["weekdays"]
NUMBERS: dict[str, float] = LEXICON["numbers"]
ORDINALS: dict[str, int] = LEXICON["ordinals"]
UNITS: dict[str, str] = LEXICON["units"]
SEASONS: dict[str, str] = LEXICON["seasons"]
PARTS_OF_DAY: dict[str, str] = LEXICON["parts_of_day"]
POINT_MODS: dict[str, str] = LEXICON["point_mods"]
DURATION_MODS: dict[str, str] = LEXICON["duration_mods"]
SET_ADVERBS: dict[str, str] = LEXICON["set_adverbs"]
REFERENCE_WORDS: dict[str, str] = LEXICON["reference_words"]
FUTURE_AUX: frozenset[str] = frozenset(LEXICON["tense_aux_future"])
MODAL_AUX: frozenset[str] = frozenset(LEXICON["tense_aux_modal"])
TIME_PREPOSITIONS: frozenset[str] = frozenset(LEXICON["time_prepositions"])
RATE_WORDS: frozenset[str] = frozenset(LEXICON["rate_words"])
ATTRIBUTIVE_DETERMINERS: frozenset[str] = frozenset(LEXICON["attributive_determiners"])
SEASON_CONTEXT: frozenset[str] = frozenset(LEXICON["season_context_words"])

#: a month name this close to the DCT (in months) takes the DCT's year whatever the tense
NEAR_MONTHS = 2

#: Tense labels returned by :func:`clause_tense`.
PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"


def _alt(words: list[str] | dict[str, Any], *, abbrev_dot: bool = False) -> str:
    """A regex matching any of ``words`` (longest first), written as a prefix tree.

    A trie-shaped pattern (``j(?:an(?:uary)?|u(?:ne|ly))``) lets the regex engine reject
    a position after one character instead of trying every word: the tagger scans each
    text with ~25 such patterns, so this keeps it cheap next to the parse. Inner spaces
    match any whitespace; with ``abbrev_dot`` short words also match with a final ".".
    """
    trie: dict[str, Any] = {}
    for word in words:
        forms = [word.lower()]
        if abbrev_dot and len(word) <= 4 and word not in ("may", "june", "july"):
            forms.append(word.lower() + ".")
        for form in forms:
            node = trie
            for ch in form:
                node = node.setdefault(ch, {})
            node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]) for ch in sorted(node) if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word may end here: the longer continuation is tried first
            return "(?:" + body + ")?"
        return body

    return "(?:" + build(trie) + ")"


_TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#: a cardinal: digits (with decimals or "1/2"), a compound word ("twenty-five"), a phrase
NUM = (
    r"(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|"
    + _TENS
    + r"[-\s]"
    + _alt(list(LEXICON["digit_words"]))
    + "|"
    + _alt(list(NUMBERS))
    + r"(?:\s+and\s+a\s+half)?|"
    + _alt(LEXICON["vague_numbers"])
    + ")"
)
UNIT = _alt(UNITS)
MONTH = _alt(MONTHS, abbrev_dot=True)
WEEKDAY = _alt(WEEKDAYS)
SEASON = _alt(SEASONS)
PART = r"(?:morning|afternoon|evening|night)"
ORDINAL = _alt(ORDINALS)
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
POINT_MOD = r"(?:(?P<pmod>" + _alt(POINT_MODS) + r")(?:\s+|(?<=-)))?"
DUR_MOD = r"(?:(?P<dmod>" + _alt(DURATION_MODS) + r")\s+)?"
B = r"(?<![\w'’-])"  # left word boundary (not inside a word or a hyphenated compound)
E = r"(?![\w])"  # right word boundary


# --------------------------------------------------------------------------------------
# Calendar arithmetic
# --------------------------------------------------------------------------------------


def _shift_months(day: dt.date, n: int) -> dt.date:
    """``day`` moved by ``n`` months (day clipped to the month's length)."""
    y, m = divmod(day.year * 12 + day.month - 1 + n, 12)
    return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def _month_end(y: int, m: int) -> dt.date:
    """The last day of month ``m`` of year ``y``."""
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _week_value(day: dt.date) -> str:
    """The ISO week of ``day`` as a TimeML value (``2017-W38``)."""
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(day: dt.date) -> int:
    """The calendar quarter (1-4) of ``day``."""
    return (day.month - 1) // 3 + 1


def interval_of(value: str) -> list[str] | None:
    """The first and last calendar day ``[begin, end]`` a DATE/TIME value denotes, or None.

    Handles ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD(Thh…)``, ``YYYY-Www(-WE)``, ``YYYY-Qn``,
    ``YYYY-Hn``, seasons (``YYYY-SU``…), decades (``199``) and centuries (``19``).
    """
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", value):
            d = value[:10]
            dt.date.fromisoformat(d)
            return [d, d]
        if re.fullmatch(r"\d{4}-\d\d", value):
            y, m = int(value[:4]), int(value[5:])
            return [f"{value}-01", _month_end(y, m).isoformat()]
        if re.fullmatch(r"\d{4}", value):
            return [f"{value}-01-01", f"{value}-12-31"]
        m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
        if m:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return [
                    (monday + dt.timedelta(5)).isoformat(),
                    (monday + dt.timedelta(6)).isoformat(),
                ]
            return [monday.isoformat(), (monday + dt.timedelta(6)).isoformat()]
        m = re.fullmatch(r"(\d{4})-([QH])(\d)", value)
        if m:
            y, size, n = int(m[1]), 3 if m[2] == "Q" else 6, int(m[3])
            first = (n - 1) * size + 1
            return [dt.date(y, first, 1).isoformat(), _month_end(y, first + size - 1).isoformat()]
        m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
        if m:
            y = int(m[1])
            spans = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
            if m[2] == "WI":
                return [dt.date(y - 1, 12, 1).isoformat(), _month_end(y, 2).isoformat()]
            a, b = spans[m[2]]
            return [dt.date(y, a, 1).isoformat(), _month_end(y, b).isoformat()]
        if re.fullmatch(r"\d{3}", value):
            return [f"{value}0-01-01", f"{value}9-12-31"]
        if re.fullmatch(r"\d{2}", value):
            return [f"{value}00-01-01", f"{value}99-12-31"]
    except ValueError:
        return None
    return None


# --------------------------------------------------------------------------------------
# Tense of the governing clause
# --------------------------------------------------------------------------------------

_TEXT_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|going to|plans? to|expected to|scheduled to)\b", re.I
)
_TEXT_PAST = re.compile(r"\b(?:said|was|were|had|did|\w+ed)\b", re.I)


def _verb_tense(verb: Token) -> str | None:
    """The tense one verb shows through its tag and auxiliaries (None for infinitives)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX or any(a.lower_ == "going" for a in auxes):
        return FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return PAST
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return PAST  # present perfect: the event is over
    if lowers & MODAL_AUX:
        return FUTURE
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        return FUTURE  # "is meeting Friday"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return PRESENT
    if verb.tag_ == "VBN":  # reduced passive ("a village captured Thursday")
        return PAST
    return None


def clause_tense(doc: Doc, token_i: int) -> str | None:
    """PAST, PRESENT or FUTURE of the verb that governs token ``token_i``, or None.

    A past-tense verb right before the expression decides ("said Thursday"). Otherwise
    walks up the dependency tree to the first verb and reads its tag and auxiliaries:
    ``will``/``shall`` -> FUTURE; a past verb or auxiliary (VBD) or a present perfect ->
    PAST; a modal or a present progressive -> FUTURE; a present simple -> PRESENT. A
    to-infinitive takes its governing verb's tense (FUTURE under a present one:
    "is expected to vote Friday").
    """
    j = token_i - 1
    while j >= 0 and doc[j].lower_ in ("on", "late", "early", "earlier", "later", "last"):
        j -= 1
    if j >= 0 and doc[j].tag_ == "VBD":
        return PAST
    tok = doc[token_i]
    verb = None
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX"):
            verb = tok
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if verb is None:
        root = doc[token_i].sent.root
        verb = root if root.pos_ in ("VERB", "AUX") else None
    for _ in range(4):
        if verb is None:
            return None
        tense = _verb_tense(verb)
        if tense is not None:
            return tense
        if verb.head.i == verb.i:
            return None
        # an infinitive or participle: the governing verb decides
        head = verb.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        outer = _verb_tense(head)
        if outer == PRESENT:
            return FUTURE
        if outer is not None:
            return outer
        verb = head
    return None


def text_tense(text: str, start: int, end: int) -> str | None:
    """A parse-free guess at the tense around ``text[start:end]`` (same sentence-ish window)."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    window = text[left:right]
    if _TEXT_FUTURE.search(window):
        return FUTURE
    if _TEXT_PAST.search(window):
        return PAST
    return None


# --------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------


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

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; optional keys only when set."""
        out: dict[str, Any] = {
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


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“])|\n\s*\n")

#: rules whose value was computed from an earlier timex (never themselves an anchor)
_DERIVED_RULES = frozenset(
    {"year_earlier_anchor", "year_ago_anchor", "quarter_year_ago", "year_earlier_dct"}
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

    def last_value(
        self, pattern: str, before: int, window: int = 400, *, same_sentence: bool = False
    ) -> str | None:
        """The value of the latest earlier timex matching ``pattern`` within ``window`` chars
        (and, with ``same_sentence``, with no sentence end in between)."""
        for t in reversed(self.previous):
            if t.rule in _DERIVED_RULES:  # "a year earlier" must not anchor the next "year-ago"
                continue
            if t.end <= before and before - t.end <= window and re.fullmatch(pattern, t.value):
                if same_sentence and _SENTENCE_END.search(self.text, t.end, before):
                    return None
                return t.value
        return None


@dataclass(frozen=True)
class Rule:
    """A named pattern: regex, resolver, optional guard (a veto on the raw match)."""

    name: str
    regex: re.Pattern[str]
    resolve: Callable[[re.Match[str], Context], Timex | None]
    guard: Callable[[re.Match[str], str], bool] | None = None
    trigger: frozenset[str] | None = None


# --------------------------------------------------------------------------------------
# Resolvers
# --------------------------------------------------------------------------------------


def _timex(
    m: re.Match[str],
    typ: str,
    value: str,
    rule: str,
    mod: str | None = None,
    interval: list[str] | None = None,
    anchor: str | None = None,
) -> Timex:
    """A :class:`Timex` for match ``m``; DATE/TIME values get their calendar interval."""
    if interval is None and typ in ("DATE", "TIME"):
        interval = interval_of(value)
    return Timex(m.start(), m.end(), m.group(0), typ, value, rule, mod, interval, anchor)


def _pmod(m: re.Match[str]) -> str | None:
    """The TimeML mod of the match's point modifier ("late" -> END), if any."""
    g = m.groupdict().get("pmod")
    return POINT_MODS.get(re.sub(r"\s+", " ", g.lower())) if g else None


def _num(word: str) -> float | None:
    """A number from digits or words; None for vague quantities ("several")."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    half = 0.0
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], 0.5
    if w.endswith(" 1/2"):
        w, half = w[:-4], 0.5
    if re.fullmatch(r"\d+(?:[.,]\d+)?", w):
        return (
            float(w.replace(",", "")) + half
            if "," not in w or len(w.split(",")[1]) == 3
            else float(w.replace(",", ".")) + half
        )
    if re.fullmatch(r"[a-z]+[- ][a-z]+", w):
        a, b = re.split(r"[- ]", w)
        if a in NUMBERS and b in LEXICON["digit_words"]:
            return NUMBERS[a] + LEXICON["digit_words"][b] + half
    if w in NUMBERS:
        return float(NUMBERS[w]) + half
    if w in LEXICON["digit_words"]:
        return float(LEXICON["digit_words"][w]) + half
    return None


#: how half a unit is written in the next smaller unit ("2 1/2 years" -> P2Y6M)
_HALF_UNIT = {"Y": "6M", "M": "15D", "D": "T12H", "TH": "30M", "TM": "30S"}


def _duration_value(n: float | None, unit: str) -> str:
    """TimeML duration: ``P2W``, ``PT3H``, ``PXY`` (vague), ``P2Y6M`` (2.5 years)."""
    code = UNITS[re.sub(r"\s+", " ", unit.lower())]
    if code in ("WE", "2W"):  # a weekend is two days, a fortnight two weeks
        code, n = ("D" if code == "WE" else "W"), (None if n is None else n * 2)
    t = "T" if code.startswith("T") else ""
    letter = code[-1]
    if n is None:
        return f"P{t}X{letter}"
    whole = int(n)
    if n == whole:
        return f"P{t}{whole}{letter}"
    if n - whole == 0.5 and code in _HALF_UNIT:
        head = f"P{t}{whole}{letter}" if whole else f"P{t}"
        return head + _HALF_UNIT[code]
    return f"P{t}{n:g}{letter}"


def _shift(dct: dt.date, n: int, code: str) -> dt.date:
    """``dct`` moved by ``n`` units of duration code ``code`` (D, W, M, Q, Y, E, C)."""
    if code == "D":
        return dct + dt.timedelta(days=n)
    if code == "W":
        return dct + dt.timedelta(weeks=n)
    if code == "M":
        return _shift_months(dct, n)
    if code == "Q":
        return _shift_months(dct, 3 * n)
    if code == "Y":
        return _shift_months(dct, 12 * n)
    if code == "E":
        return _shift_months(dct, 120 * n)
    if code == "C":
        return _shift_months(dct, 1200 * n)
    return dct


def _value_at(day: dt.date, code: str) -> str:
    """``day`` written at the granularity of a duration unit."""
    if code == "D":
        return day.isoformat()
    if code == "W":
        return _week_value(day)
    if code == "M":
        return day.isoformat()[:7]
    if code == "Q":
        return f"{day.year}-Q{_quarter(day)}"
    if code == "E":
        return str(day.year)[:3]
    if code == "C":
        return str(day.year)[:2]
    return str(day.year)


def _pick_year(dct: dt.date, month: int, day: int | None, tense: str | None) -> tuple[int, str]:
    """The year of a month (and day) named without one, and how it was chosen.

    Within :data:`NEAR_MONTHS` months of the DCT, the DCT's year (news reports of last
    week's and next week's dates use any tense): ``near_dct``; farther away, the year the
    tense asks for (past: on or before the DCT; future: on or after): ``past_tense`` /
    ``future_tense``; with no tense, the nearest occurrence: ``nearest``.
    """
    diff = (month - dct.month) * 30.5 + ((day or 15) - (dct.day if day else 15))
    if abs(diff) <= NEAR_MONTHS * 30.5:
        return dct.year, "near_dct"
    if tense == PAST:
        return (dct.year if diff <= 0 else dct.year - 1), "past_tense"
    if tense == FUTURE:
        return (dct.year if diff >= 0 else dct.year + 1), "future_tense"
    if diff > 183:
        return dct.year - 1, "nearest"
    if diff < -183:
        return dct.year + 1, "nearest"
    return dct.year, "nearest"


def _month_of(word: str) -> int:
    """The month number of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[word.lower().rstrip(".")]


def resolve_iso(m: re.Match[str], ctx: Context) -> Timex | None:
    """``2017-09-21`` (optionally with ``T06:30``): already normalised."""
    try:
        day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    if m["hh"]:
        return _timex(m, "TIME", f"{day.isoformat()}T{m['hh']}:{m['mi']}", "iso_date")
    return _timex(m, "DATE", day.isoformat(), "iso_date")


def resolve_slash_date(m: re.Match[str], ctx: Context) -> Timex | None:
    """``9/21/2017``: month first (US news) unless the first number cannot be a month."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    month, day = (a, b) if a <= 12 else (b, a)  # US month/day unless impossible
    try:
        return _timex(m, "DATE", dt.date(y, month, day).isoformat(), "numeric_date")
    except ValueError:
        return None


def resolve_full_date(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "Sept. 15, 2017", "15 September 2017": a complete calendar date."""
    try:
        day = dt.date(int(m["year"]), _month_of(m["month"]), int(re.sub(r"\D", "", m["day"])))
    except ValueError:
        return None
    return _timex(m, "DATE", day.isoformat(), "month_day_year", _pmod(m))


def resolve_month_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "Sept. 15", "15 September": the year comes from the DCT and the tense."""
    month, dnum = _month_of(m["month"]), int(re.sub(r"\D", "", m["day"]))
    if dnum > calendar.monthrange(2000, month)[1]:
        return None
    if ctx.dct is None:
        return _timex(m, "DATE", f"XXXX-{month:02d}-{dnum:02d}", "month_day_no_year", _pmod(m))
    year, how = _pick_year(ctx.dct, month, dnum, ctx.tense(m.start(), m.end()))
    try:
        value = dt.date(year, month, dnum).isoformat()
    except ValueError:
        return None
    return _timex(m, "DATE", value, f"month_day_{how}", _pmod(m), anchor="DCT+tense")


def resolve_month_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "June 2015", "January this year": a month of a given or relative year."""
    month = _month_of(m["month"])
    if m["year"]:
        return _timex(m, "DATE", f"{m['year']}-{month:02d}", "month_year", _pmod(m))
    if ctx.dct is None:
        return _timex(m, "DATE", f"XXXX-{month:02d}", "month_year", _pmod(m))
    rel = m["rel"].lower()
    year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel]
    return _timex(m, "DATE", f"{year}-{month:02d}", "month_relative_year", _pmod(m), anchor="DCT")


def resolve_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "June", "last May", "early September": a month whose year depends on the DCT."""
    month = _month_of(m["month"])
    rel = (m["rel"] or "").lower()
    if ctx.dct is None:
        return _timex(m, "DATE", f"XXXX-{month:02d}", "month_no_year", _pmod(m))
    d = ctx.dct
    if rel in ("last", "past"):
        year = d.year if month < d.month else d.year - 1
        rule = "month_last"
    elif rel in ("next", "coming"):
        year = d.year if month > d.month else d.year + 1
        rule = "month_next"
    elif rel == "this":
        year, rule = d.year, "month_this"
    else:
        year, how = _pick_year(d, month, None, ctx.tense(m.start(), m.end()))
        rule = f"month_{how}"
    return _timex(m, "DATE", f"{year}-{month:02d}", rule, _pmod(m), anchor="DCT+tense")


def resolve_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "2015", "fiscal 1989", "1990 and beyond" (ON_OR_AFTER)."""
    mod = _pmod(m)
    tail = (m["beyond"] or "").lower()
    if tail:
        mod = "ON_OR_AFTER" if re.search(r"beyond|later|after|onward", tail) else "ON_OR_BEFORE"
    return _timex(m, "DATE", m["year"], "fiscal_year" if m["fiscal"] else "year", mod)


def resolve_decade(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the 1990s", "the '80s", "the eighties" -> ``199`` / ``198``."""
    if m["dw"]:
        value = "19" + str(LEXICON["decade_words"][m["dw"].lower()])
    elif m["d2"]:
        value = "19" + m["d2"]
    else:
        value = (m["c"] or "19") + m["d"]
    return _timex(m, "DATE", value, "decade", _pmod(m))


def resolve_century(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the 20th century" -> ``19``."""
    word = m["ord"].lower()
    n = int(word[:-2]) if word[:-2].isdigit() else ORDINALS.get(word)
    if not n or n < 1:
        return None
    return _timex(m, "DATE", f"{n - 1:02d}", "century", _pmod(m))


def resolve_spoken_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """Years in words (broadcast transcripts): "nineteen ninety-six" -> ``1996``."""
    if m["thousand"]:
        lo = m["lo2"]
        low = (
            0
            if not lo
            else int(NUMBERS.get(lo.lower(), LEXICON["spoken_year_tens"].get(lo.lower(), 0)))
        )
        return _timex(m, "DATE", str(2000 + low), "spoken_year")
    hi = LEXICON["spoken_year_centuries"][m["hi"].lower()]
    lo = m["lo"].lower()
    if lo == "hundred":
        low = 0
    elif lo.startswith("oh"):
        low = LEXICON["digit_words"][re.split(r"[- ]", lo)[-1]]
    elif "-" in lo:
        a, _, b = lo.partition("-")
        low = LEXICON["spoken_year_tens"][a] + LEXICON["digit_words"][b]
    else:
        low = LEXICON["spoken_year_tens"][lo]
    return _timex(m, "DATE", f"{hi}{low:02d}", "spoken_year")


def _weekday_date(dct: dt.date, wd: int, rel: str, tense: str | None) -> tuple[dt.date, str]:
    """The date of ISO weekday ``wd`` near ``dct`` and the name of the rule used."""
    back = (dct.isoweekday() - wd) % 7  # days back to the latest such day (0 = DCT itself)
    fwd = (wd - dct.isoweekday()) % 7
    if rel == "last":
        return dct - dt.timedelta(days=back or 7), "weekday_last"
    if rel == "next":
        return dct + dt.timedelta(days=fwd or 7), "weekday_next"
    if tense == FUTURE or tense == PRESENT:
        return dct + dt.timedelta(days=fwd), "weekday_future_tense"
    if tense == PAST:
        return dct - dt.timedelta(days=back), "weekday_past_tense"
    return dct - dt.timedelta(days=back), "weekday_default_past"


def resolve_weekday(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "Thursday", "late Wednesday" (mod END), "last Friday", "Monday night" (TIME)."""
    wd = WEEKDAYS[m["weekday"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    rel = {"this coming": "next", "coming": "next", "this past": "last", "past": "last"}.get(
        rel, rel
    )
    part = m["part"]
    mod = _pmod(m)
    if ctx.dct is None:
        value, rule = f"XXXX-WXX-{wd}", "weekday_no_dct"
    else:
        # a possessive ("Friday's close") modifies a noun: no clause tense applies
        possessive = re.match(r"['’]s\b", ctx.text[m.end() : m.end() + 3]) is not None
        tense = None if possessive else ctx.tense(m.start(), m.end())
        day, rule = _weekday_date(ctx.dct, wd, rel, tense)
        value = day.isoformat()
    if part:
        return _timex(
            m, "TIME", f"{value}T{PARTS_OF_DAY[part.lower()]}", rule, mod, anchor="DCT+tense"
        )
    return _timex(m, "DATE", value, rule, mod, anchor="DCT+tense")


_DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def resolve_day_word(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "today", "yesterday", "tomorrow", "tonight", "yesterday morning" (TIME)."""
    word = re.sub(r"\s+", " ", m["word"].lower())
    part = (m["part"] or m["part0"] or ("night" if word == "tonight" else "")).lower() or None
    offset = _DAY_OFFSETS[word]
    value = "XXXX-XX-XX" if ctx.dct is None else (ctx.dct + dt.timedelta(offset)).isoformat()
    if part:
        return _timex(
            m, "TIME", f"{value}T{PARTS_OF_DAY[part]}", "day_word_part", _pmod(m), anchor="DCT"
        )
    return _timex(m, "DATE", value, f"day_word_{word.replace(' ', '_')}", _pmod(m), anchor="DCT")


def resolve_relative_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the next day", "the day before", "the following Monday": relative to the day last
    named in the text (else the DCT)."""
    phrase = re.sub(r"\s+", " ", m["rday"].lower())
    forward = any(w in phrase for w in ("next", "following", "after"))
    last = ctx.last_value(r"\d{4}-\d\d-\d\d", m.start(), 1500)
    anchor = "previous timex"
    if last is None:
        if ctx.dct is None:
            return _timex(m, "DATE", "XXXX-XX-XX", "relative_day_no_dct", _pmod(m))
        base, anchor = ctx.dct, "DCT"
    else:
        base = dt.date.fromisoformat(last)
    if m["weekday"]:
        wd = WEEKDAYS[m["weekday"].lower()]
        if forward:
            day = base + dt.timedelta(days=(wd - base.isoweekday()) % 7 or 7)
        else:
            day = base - dt.timedelta(days=(base.isoweekday() - wd) % 7 or 7)
        rule = "weekday_relative_to_previous"
    else:
        day = base + dt.timedelta(days=1 if forward else -1)
        rule = "day_relative_to_previous"
    return _timex(m, "DATE", day.isoformat(), rule, _pmod(m), anchor=anchor)


def resolve_part_of_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "this morning", "last night", "overnight": a part of the DCT's (or a named) day."""
    rel = (m["rel"] or "").lower()
    part = PARTS_OF_DAY[m["part"].lower()]
    offset = -1 if rel == "last" or m["part"].lower() == "overnight" else 0
    base = (
        ctx.last_value(r"\d{4}-\d\d-\d\d", m.start(), 300, same_sentence=True) if not rel else None
    )
    if base is None:
        base = "XXXX-XX-XX" if ctx.dct is None else (ctx.dct + dt.timedelta(offset)).isoformat()
        anchor = "DCT"
    else:
        anchor = "previous day"
    return _timex(m, "TIME", f"{base}T{part}", "part_of_day", _pmod(m), anchor=anchor)


_REL_OFFSETS = {
    "this past": -1,
    "this coming": 1,
    "that": 0,
    "the same": 0,
    "the following": 1,
    "the previous": -1,
    "the preceding": -1,
    "this": 0,
    "current": 0,
    "the current": 0,
    "same": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "the past": -1,
    "the last": -1,
    "the latest": -1,
    "the most recent": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
    "the next": 1,
    "the coming": 1,
}


def resolve_relative_unit(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "this week", "last year", "next month", "the past decade", "this summer"."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    offset = _REL_OFFSETS[rel]
    mod = _pmod(m)
    if unit in SEASONS:
        code = SEASONS[unit]
        if ctx.dct is None:
            return _timex(m, "DATE", f"XXXX-{code}", "season_relative", mod)
        year = ctx.dct.year + offset
        return _timex(m, "DATE", f"{year}-{code}", "season_relative", mod, anchor="DCT")
    if ctx.dct is None:
        value = {
            "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX",
            "year": "XXXX",
            "quarter": "XXXX-QX",
            "half": "XXXX-HX",
        }.get(unit, "XXXX")
        return _timex(m, "DATE", value, f"{unit}_relative", mod)
    d = ctx.dct
    if rel in ("that", "the same", "the following", "the previous", "the preceding") and unit in (
        "year",
        "month",
    ):
        # anaphoric: relative to the year or month last talked about, not the DCT
        pattern = r"\d{4}" if unit == "year" else r"\d{4}-\d\d"
        last = ctx.last_value(pattern + r"(-.*)?", m.start(), 1500)
        if last is not None:
            if unit == "year":
                value = str(int(last[:4]) + offset)
            else:
                value = _shift_months(
                    dt.date(int(last[:4]), int(last[5:7]), 1), offset
                ).isoformat()[:7]
            return _timex(m, "DATE", value, f"{unit}_anaphoric", mod, anchor="previous timex")
    if unit == "week":
        value = _week_value(d + dt.timedelta(weeks=offset))
    elif unit == "weekend":
        value = _week_value(d + dt.timedelta(weeks=offset)) + "-WE"
    elif unit == "month":
        value = _shift_months(d, offset).isoformat()[:7]
    elif unit == "year":
        value = str(d.year + offset)
    elif unit == "quarter":
        # "the latest quarter" in a report is the last completed one
        value = _value_at(_shift_months(d, 3 * offset), "Q")
    elif unit == "half":
        h = 1 if d.month <= 6 else 2
        idx = d.year * 2 + h - 1 + offset
        value = f"{idx // 2}-H{idx % 2 + 1}"
    elif unit in ("decade", "century") and rel not in ("this", "current", "the current", "that"):
        # "the past decade": a stretch of time ending (or starting) at the DCT
        years = 10 if unit == "decade" else 100
        span = [_shift_months(d, -12 * years).isoformat(), d.isoformat()]
        if offset > 0:
            span = [d.isoformat(), _shift_months(d, 12 * years).isoformat()]
        value = "P1E" if unit == "decade" else "P1C"
        return _timex(m, "DURATION", value, f"{unit}_relative", mod, span, anchor="DCT")
    elif unit == "decade":
        value = str(d.year + 10 * offset)[:3]
    elif unit == "century":
        value = str(d.year + 100 * offset)[:2]
    else:
        return None
    return _timex(m, "DATE", value, f"{unit}_relative", mod, anchor="DCT")


def resolve_the_unit(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the year", "the full year", "the week", "the weekend", "year-end", "year-earlier"."""
    word = re.sub(r"\s+", " ", m["tunit"].lower())
    if word.startswith("the "):
        word = word.split()[-1]
    mod = _pmod(m)
    d = ctx.dct
    if word in ("year-earlier", "year-ago", "year-before"):
        last = ctx.report_period(m.start())
        if last is not None:
            return _timex(
                m,
                "DATE",
                f"{int(last[:4]) - 1}{last[4:]}",
                "year_earlier_anchor",
                mod,
                anchor="previous timex",
            )
        return _timex(
            m, "DATE", str(d.year - 1) if d else "XXXX", "year_earlier_dct", mod, anchor="DCT"
        )
    if d is None:
        return _timex(
            m,
            "DATE",
            {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(word, "XXXX"),
            "the_unit_no_dct",
            mod,
        )
    if word in ("year-end", "year end"):
        return _timex(m, "DATE", f"{d.year}-12-31", "year_end", mod, anchor="DCT")
    if word == "weekend":
        tense = ctx.tense(m.start(), m.end())
        if tense in (FUTURE, PRESENT) or d.isoweekday() >= 6:
            value = _week_value(d) + "-WE"
        else:
            value = _week_value(d - dt.timedelta(weeks=1)) + "-WE"
        return _timex(m, "DATE", value, "weekend_tense", mod, anchor="DCT+tense")
    if word == "week":
        return _timex(m, "DATE", _week_value(d), "the_week", mod, anchor="DCT")
    if word == "month":
        return _timex(m, "DATE", d.isoformat()[:7], "the_month", mod, anchor="DCT")
    return _timex(m, "DATE", str(d.year), "the_year", mod, anchor="DCT")


def resolve_ago(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "two weeks ago" (a date at the unit's granularity), "a year earlier", "two days later"."""
    n = _num(m["num"])
    code = UNITS[re.sub(r"\s+", " ", m["unit"].lower())]
    direction = m["dir"].lower()
    mod = DURATION_MODS.get(re.sub(r"\s+", " ", (m["dmod"] or "").lower())) or _pmod(m)
    if mod == "LESS_THAN":
        mod = "APPROX" if direction == "ago" else mod
    if n is None and direction == "ago":
        return _timex(m, "DATE", "PAST_REF", "vague_ago", mod)
    if code in ("TH", "TM", "TS") and direction == "ago" and ctx.dct is not None:
        # "two hours ago": the DCT's day (the DCT carries no clock time here)
        return _timex(m, "DATE", ctx.dct.isoformat(), "ago_within_day", mod, anchor="DCT")
    if code not in ("D", "W", "M", "Q", "Y", "E", "C") or n is None or n != int(n):
        return None
    sign = 1 if direction in ("from now", "hence") else -1
    if ctx.dct is None:
        return _timex(
            m,
            "DATE",
            {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}.get(code, "XXXX"),
            "ago",
            mod,
        )
    base = ctx.dct
    anchor = "DCT"
    if direction == "ago" and code == "Y":
        # "a year ago" next to a quarter: the same quarter a year before (financial news)
        last = ctx.report_period(m.start(), 300)
        if last is not None:
            return _timex(
                m,
                "DATE",
                f"{int(last[:4]) - int(n)}{last[4:]}",
                "year_ago_anchor",
                mod,
                anchor="previous timex",
            )
    if direction in ("earlier", "later"):
        # "a year earlier" is anchored to the time last talked about (financial news
        # compares with the same quarter or month a year before)
        last = ctx.report_period(m.start())
        sign = 1 if direction == "later" else -1
        one_year_earlier = code == "Y" and n == 1 and direction == "earlier"
        if last is None and one_year_earlier and ctx.dct is not None:
            # "a year earlier": the comparison year of a report
            return _timex(m, "DATE", str(ctx.dct.year - 1), "year_earlier_dct", mod, anchor="DCT")
        if last is None:
            return _timex(m, "DURATION", _duration_value(n, m["unit"]), "duration_relative", mod)
        if code == "Y":
            year = int(last[:4]) + sign * int(n)
            return _timex(
                m, "DATE", f"{year}{last[4:]}", "year_earlier_anchor", mod, anchor="previous timex"
            )
        return _timex(m, "DURATION", _duration_value(n, m["unit"]), "duration_relative", mod)
    day = _shift(base, sign * int(n), code)
    granularity = "Y" if code in ("E", "C") else code  # "a decade ago" is a year
    return _timex(m, "DATE", _value_at(day, granularity), "ago", mod, anchor=anchor)


def resolve_duration(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "four months", "the past two weeks" (interval ending at the DCT), "10-year"."""
    n = _num(m["num"])
    unit = m["unit"]
    code = UNITS[re.sub(r"\s+", " ", unit.lower())]
    if code == "Q" and n is not None:  # TimeML writes quarters as months
        n, unit, code = n * 3, "months", "M"
    value = _duration_value(n, unit)
    dmod = re.sub(r"\s+", " ", (m["dmod"] or "").lower())
    mod = DURATION_MODS.get(dmod)
    rel = (m["rel"] or "").lower()
    start = m.start()
    if dmod in ("over", "under", "some", "about", "around") and m["det"]:
        # "over the past year": a preposition, not a modifier
        mod, start = None, m.start("det")
    if n is None and rel in ("past", "last", "previous", "recent"):
        t = _timex(m, "DATE", "PAST_REF", "vague_past_units")
        t.start, t.text = start, ctx.text[start : m.end()]
        return t
    interval = None
    rule = "duration"
    if ctx.dct is not None and n is not None and n == int(n) and code in ("D", "W", "M", "Y", "E"):
        if rel in ("past", "last", "previous", "recent"):
            interval = [_shift(ctx.dct, -int(n), code).isoformat(), ctx.dct.isoformat()]
            rule = "duration_ending_at_dct"
        elif rel in ("next", "coming"):
            interval = [ctx.dct.isoformat(), _shift(ctx.dct, int(n), code).isoformat()]
            rule = "duration_starting_at_dct"
    t = _timex(m, "DURATION", value, rule, mod, interval, anchor="DCT" if interval else None)
    t.start, t.text = start, ctx.text[start : m.end()]
    return t


def guard_duration(m: re.Match[str], text: str) -> bool:
    """Not "the 1988 quarter" (a year) nor "2000 years"-style years read as counts."""
    if re.match(r"\s+old\b", text[m.end() : m.end() + 5]):  # an age, not a duration
        return False
    if re.search(r"-quarters?$", m.group(0).lower()) and "-" in m.group(0):  # "three-quarters of"
        return not re.match(r"\s+of\b", text[m.end() : m.end() + 4])
    return not re.fullmatch(r"(?:1[5-9]|20)\d\d", m["num"]) or m["unit"].lower().endswith("s")


def resolve_vague_duration(m: re.Match[str], ctx: Context) -> Timex | None:
    """A bare plural unit after "for"/"in"… ("for years") -> ``PXY``."""
    return _timex(m, "DURATION", _duration_value(None, m["unit"]), "vague_duration")


def resolve_quarter(m: re.Match[str], ctx: Context) -> Timex | None:
    """Fiscal/calendar quarters and halves: "the third quarter", "third-quarter", "the quarter".

    Financial news reports the last completed quarter, so "the quarter" and "the latest
    quarter" are the quarter before the DCT's (or the quarter last named in the text);
    "the year-ago quarter" is that quarter a year earlier.
    """
    kind = m["qunit"].lower()
    ordinal = ORDINALS.get((m["ord"] or "").lower())
    quals = re.sub(r"\s+", " ", (m["qual"] or "").lower())
    year: int | None = int(m["qyear"] or m["qyear2"] or 0) or None
    yrel = (m["yrel"] or m["yrel2"] or "").lower()
    ago = bool(
        re.search(r"year-(?:earlier|ago)|prior-year|year-before|comparable|corresponding", quals)
    )
    size = 6 if kind == "half" else 3
    letter = "H" if kind == "half" else "Q"
    if kind == "period" and not (ordinal or year or quals):
        return None
    d = ctx.dct
    if d is None and year is None:
        return _timex(m, "DATE", f"XXXX-{letter}{ordinal or 'X'}", "quarter_no_dct")
    if ordinal is None or ordinal < 0:
        if "current" in quals or "this" in quals:
            assert d is not None
            return _timex(
                m,
                "DATE",
                f"{d.year}-{letter}{(d.month - 1) // size + 1}",
                "quarter_current",
                anchor="DCT",
            )
        if "next" in quals:
            assert d is not None
            base = _shift_months(d, size)
            return _timex(
                m,
                "DATE",
                f"{base.year}-{letter}{(base.month - 1) // size + 1}",
                "quarter_next",
                anchor="DCT",
            )
        last = ctx.last_value(r"\d{4}-[QH]\d", m.start(), 3000)
        if d is not None:
            latest = _shift_months(d, -size)
            reported = f"{latest.year}-{letter}{(latest.month - 1) // size + 1}"
        else:
            reported = f"{last[:4] if last else 'XXXX'}-{letter}X"
        use_last = (
            last is not None
            and last[5] == letter
            and not re.search(r"latest|recent", quals)
            and (d is None or int(last[:4]) >= d.year - 1)
        )
        ref = last if use_last and last else reported
        y = year or int(ref[:4]) if ref[:4].isdigit() else None
        if y is None:
            return _timex(m, "DATE", ref, "quarter_latest")
        if ago and not year:
            y -= 1
        rule = "quarter_previous_mention" if use_last else "quarter_latest_completed"
        if ago:
            rule = "quarter_year_ago"
        return _timex(
            m, "DATE", f"{y}{ref[4:]}", rule, anchor="previous timex" if use_last else "DCT"
        )
    if year is None:
        assert d is not None
        current = (d.month - 1) // size + 1
        if yrel:
            year = d.year + {"this": 0, "last": -1, "next": 1}.get(yrel.split()[0], 0)
        else:
            tense = ctx.tense(m.start(), m.end())
            year = d.year if (ordinal <= current or tense == FUTURE) else d.year - 1
        if ago:
            year -= 1
    return _timex(m, "DATE", f"{year}-{letter}{ordinal}", "quarter_ordinal", anchor="DCT+tense")


def resolve_reference(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "now" (PRESENT_REF), "recently"/"in recent days" (PAST_REF), "soon" (FUTURE_REF)."""
    word = re.sub(r"\s+", " ", m["ref"].lower())
    if word in REFERENCE_WORDS:
        return _timex(m, "DATE", REFERENCE_WORDS[word], "reference_word")
    # "recent days", "the coming weeks", "the past few months"
    if re.match(r"(?:the )?(?:last|past) ", word) or re.match(
        r"(?:the )?recent (?:days|years)", word
    ):
        return _timex(m, "DATE", "PAST_REF", "recent_units")
    if word.startswith("future"):
        return _timex(m, "DATE", "FUTURE_REF", "coming_units")
    if word.startswith(("recent", "the recent")):  # TimeML: "recent months" is a vague duration
        return _timex(m, "DURATION", _duration_value(None, word.split()[-1]), "recent_units")
    return _timex(m, "DATE", "FUTURE_REF", "coming_units")


def resolve_season(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "summer", "the spring of 2016": ``YYYY-SU`` etc., year from DCT and tense."""
    code = SEASONS[m["season"].lower()]
    if m["year"]:
        return _timex(m, "DATE", f"{m['year']}-{code}", "season_year", _pmod(m))
    if ctx.dct is None:
        return _timex(m, "DATE", f"XXXX-{code}", "season_no_dct", _pmod(m))
    month = LEXICON["season_months"][code]
    year, how = _pick_year(ctx.dct, month, None, ctx.tense(m.start(), m.end()))
    return _timex(m, "DATE", f"{year}-{code}", f"season_{how}", _pmod(m), anchor="DCT+tense")


def resolve_clock(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "6 a.m.", "18:30 GMT", "noon": a TIME on the day named in the sentence, else the DCT."""
    if m["cw"]:
        hhmm = LEXICON["clock_words"][m["cw"].lower()]
    else:
        h = int(m["h"] or m["h2"])
        mi = int(m["mi"] or m["mi2"] or 0)
        ampm = (m["ampm"] or "").lower().replace(".", "")
        if ampm == "pm" and h < 12:
            h += 12
        if ampm == "am" and h == 12:
            h = 0
        if h > 24 or mi > 59:
            return None
        hhmm = f"{h:02d}:{mi:02d}"
    mod = "APPROX" if m["cmod"] else None
    base = ctx.last_value(r"\d{4}-\d\d-\d\d", m.start(), 200, same_sentence=True)
    anchor = "previous day"
    if base is None:
        base = "XXXX-XX-XX" if ctx.dct is None else ctx.dct.isoformat()
        anchor = "DCT"
    return _timex(m, "TIME", f"{base}T{hhmm}", "clock_time", mod, anchor=anchor)


def resolve_set(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "every week" (P1W), "weekly", "$5 a year" (P1Y), "each Thursday", "Mondays"."""
    if m["adverb"]:
        return _timex(m, "SET", SET_ADVERBS[m["adverb"].lower()], "set_adverb")
    if m["wd2"] or m["wd3"]:  # "Mondays", "Tuesday nights"
        part = m["wpart"] or m["wpart3"]
        value = f"XXXX-WXX-{WEEKDAYS[(m['wd2'] or m['wd3']).lower()]}"
        return _timex(
            m,
            "SET",
            value + (f"T{PARTS_OF_DAY[part.lower()]}" if part else ""),
            "set_weekday_plural",
        )
    if m["wd"]:
        return _timex(m, "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower().rstrip('s')]}", "set_weekday")
    if m["smonth"]:
        return _timex(m, "SET", f"XXXX-{_month_of(m['smonth']):02d}", "set_month")
    if m["spart"]:
        return _timex(m, "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m['spart'].lower()]}", "set_part_of_day")
    n = 2.0 if (m["n"] or "").lower() == "other" else (_num(m["n"]) if m["n"] else 1.0)
    return _timex(m, "SET", _duration_value(n, m["unit"]), "set_every")


# --------------------------------------------------------------------------------------
# Guards (vetoes on raw matches)
# --------------------------------------------------------------------------------------


def _prev_word(text: str, start: int) -> str:
    """The lower-cased word just before ``start`` (punctuation skipped)."""
    m = re.search(r"([\w$%'’]+)[^\w]*$", text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def _capitalised(m: re.Match[str], group: str) -> bool:
    """Whether the match's ``group`` starts with a capital letter."""
    g = m[group]
    return bool(g) and g[0].isupper()


def guard_month(m: re.Match[str], text: str) -> bool:
    """Month names must be capitalised; "May"/"March" alone need a temporal context."""
    if not _capitalised(m, "month"):
        return False
    word = m["month"].lower().rstrip(".")
    g = m.groupdict()
    if word in ("may", "march", "mar", "jan", "sep", "dec", "aug") and not (
        g.get("rel") or g.get("pmod") or g.get("day") or g.get("year")
    ):
        return _prev_word(text, m.start()) in TIME_PREPOSITIONS
    return True


def guard_year(m: re.Match[str], text: str) -> bool:
    """A bare four-digit number is a year unless it counts something or is money."""
    before = text[max(0, m.start() - 2) : m.start()]
    after = text[m.end() : m.end() + 20]
    if re.search(r"[$£€#]\s?$", before) or re.match(
        r"(?:[.,]\d|%|\s*(?:percent|per cent)\b)", after
    ):
        return False
    if m["fiscal"] or m["pmod"] or m["beyond"]:
        return True
    prev = _prev_word(text, m.start())
    if prev in TIME_PREPOSITIONS or prev in MONTHS or prev in _YEAR_DETERMINERS:
        return True  # "in 2015", "the 2016 elections", "Russia's 2015 intervention"
    # "2000 troops": a following plural noun means a count
    nxt = re.match(r"\s+([a-z]+s)\b", after)
    return not nxt or nxt.group(1) in _VERBS_AFTER_YEAR or nxt.group(1).endswith("ss")


#: words before a year used as a modifier ("the 2016 elections")
_YEAR_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "s", "this", "that"})

#: "-s" words after a year that are verbs, not counted nouns ("1998 was", "2015 marks")
_VERBS_AFTER_YEAR = frozenset(
    {
        "was",
        "has",
        "is",
        "does",
        "says",
        "sees",
        "saw",
        "marks",
        "seems",
        "looks",
        "brings",
        "remains",
        "begins",
        "ends",
        "promises",
        "years",
    }
)


def guard_weekday(m: re.Match[str], text: str) -> bool:
    """Weekday names must be capitalised ("sunday" in running text is rare and odd)."""
    return _capitalised(m, "weekday")


def guard_season(m: re.Match[str], text: str) -> bool:
    """ "fall" and "spring" are verbs and nouns too: a season needs a temporal context."""
    if m["year"] or m["pmod"] or m["rel"]:
        return True
    return _prev_word(text, m.start()) in SEASON_CONTEXT


def guard_set(m: re.Match[str], text: str) -> bool:
    """ "a year" is a SET only after a rate ("$5 a year", "four flights a week", "twice a day");
    "daily"/"quarterly" after a determiner ("its quarterly dividend") is not a timex."""
    if m["adverb"]:
        return _prev_word(text, m.start()) not in ATTRIBUTIVE_DETERMINERS
    if m["wd2"] or m["wd3"]:
        return (m["wd2"] or m["wd3"])[0].isupper()
    if (m["q"] or "").lower() not in ("a", "an"):
        return True
    window = _SENTENCE_END.split(text[max(0, m.start() - 40) : m.start()])[-1]
    before = window.lower().split()[-3:]
    return any(
        re.fullmatch(r"[$£€]?\d[\d.,]*%?|[\w$]*\$[\d.,]+", w.strip(",;:"))
        or w in RATE_WORDS
        or (w in NUMBERS and w not in ("a", "an"))
        for w in before
    )


def guard_vague(m: re.Match[str], text: str) -> bool:
    """A bare plural unit is a duration after a temporal preposition or before "later"/"ago"."""
    prev = _prev_word(text, m.start())
    nxt = text[m.end() : m.end() + 12].lower()
    return (
        prev in {"for", "in", "within", "over", "took", "lasted", "lasting", "last", "of"}
        and not nxt.lstrip().startswith("of ")
        and prev != "of"
        or bool(re.match(r"\s+(?:later|earlier|after|before|ago)\b", nxt))
    )


def guard_reference(m: re.Match[str], text: str) -> bool:
    """Not "as soon as" (a conjunction), "current account", "futures contracts"."""
    word = m["ref"].lower()
    if (
        word == "soon"
        and text[max(0, m.start() - 3) : m.start()].lower() == "as "
        and not text[m.end() : m.end() + 12].lower().startswith(" as possible")
    ):
        return False
    if word == "current":  # "current account", "electric current"
        return not re.match(
            r"\s+(?:account|accounts|affairs|events|flowing|flows?)\b", text[m.end() : m.end() + 12]
        )
    if word == "future":  # the adjective: "future quarters" is TimeML FUTURE_REF; "futures" is not
        return not re.match(r"\s*(?:contracts?|markets?|exchange)\b", text[m.end() : m.end() + 12])
    return True


# --------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------

_TZ = r"(?:\s+(?:\(\d{3,4}\s+(?:GMT|UTC)\)|" + _alt(LEXICON["timezones"]) + r"))?"
_F = re.IGNORECASE


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
#: a decade's number: up to four digits ending in 0, then at most one letter ("s")
_DECADE_WORD = re.compile(r"\d{1,3}0[^\W\d_]?")
#: a clock time's hour: one or two digits, then only letters ("pm", "a")
_CLOCK_WORD = re.compile(r"\d{1,2}[^\W\d_]*")
_UNIT_WORDS = _words(UNITS)
_MONTH_WORDS = _words(MONTHS)
_WEEKDAY_WORDS = _words(WEEKDAYS, [w + "s" for w in WEEKDAYS])

#: per rule, the words one of which every match contains: the rule's regex runs only near
#: them (most sentences name no month, so the month rules skip them)
RULE_TRIGGERS: dict[str, frozenset[str]] = {
    "iso_date": frozenset({YEAR_KEY}),
    "numeric_date": frozenset({NUMBER_KEY}),
    "month_day_year": _MONTH_WORDS,
    "day_month_year": _MONTH_WORDS,
    "month_day": _MONTH_WORDS,
    "day_month": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "year": frozenset({YEAR_KEY}),
    "decade": _words(LEXICON["decade_words"]) | {DECADE_KEY},
    "century": _words("century centuries"),
    "spoken_year": _words("nineteen eighteen twenty thousand"),
    "weekday": _WEEKDAY_WORDS,
    "day_word": _words("today yesterday tomorrow tonight"),
    "relative_day": _words("day") | _WEEKDAY_WORDS,
    "part_of_day": _words("morning afternoon evening night overnight"),
    "relative_unit": _words("week weekend month year decade century half", SEASONS),
    "set": _UNIT_WORDS | _WEEKDAY_WORDS | _MONTH_WORDS | _words(SET_ADVERBS, PARTS_OF_DAY),
    "the_unit": _words("year week weekend month"),
    "ago": _words("ago earlier later now hence"),
    "duration": _UNIT_WORDS,
    "vague_duration": _UNIT_WORDS,
    "quarter": _words("quarter half period"),
    "reference": _words(REFERENCE_WORDS, "recent coming few several future"),
    "season": _words(SEASONS),
    "clock_time": _words("noon midnight midday") | {CLOCK_KEY},
}

#: how far before / after a trigger hit a match may start / end (characters)
TRIGGER_REACH = 90


def _rule(
    name: str,
    pattern: str,
    resolve: Callable[..., Timex | None],
    guard: Callable[[re.Match[str], str], bool] | None = None,
) -> Rule:
    """A :class:`Rule` with its regex (word-bounded, case-insensitive) and trigger words."""
    return Rule(name, re.compile(B + pattern + E, _F), resolve, guard, RULE_TRIGGERS.get(name))


RULES: tuple[Rule, ...] = (
    _rule(
        "iso_date",
        r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T ](?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d)?)?",
        resolve_iso,
    ),
    _rule(
        "numeric_date",
        r"(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)",
        resolve_slash_date,
    ),
    _rule(
        "month_day_year",
        POINT_MOD
        + r"(?:"
        + WEEKDAY
        + r",?\s+)?(?P<month>"
        + MONTH
        + r")\s*(?P<day>"
        + DAYNUM
        + r")(?:,\s*|\s+)(?P<year>"
        + YEAR
        + r")",
        resolve_full_date,
        guard_month,
    ),
    _rule(
        "day_month_year",
        POINT_MOD
        + r"(?:"
        + WEEKDAY
        + r",?\s+)?(?:the\s+)?(?P<day>"
        + DAYNUM
        + r")\s+(?:of\s+)?(?P<month>"
        + MONTH
        + r"),?\s+(?P<year>"
        + YEAR
        + r")",
        resolve_full_date,
        guard_month,
    ),
    _rule(
        "month_day",
        POINT_MOD
        + r"(?:(?P<rel>last|next|this)\s+)?(?:"
        + WEEKDAY
        + r",?\s+)?(?P<month>"
        + MONTH
        + r")\s*(?P<day>"
        + DAYNUM
        + r")(?!\s*(?:,\s*)?\d|-)",
        resolve_month_day,
        guard_month,
    ),
    _rule(
        "day_month",
        POINT_MOD
        + r"(?:"
        + WEEKDAY
        + r",?\s+)?(?:the\s+)?(?P<day>"
        + DAYNUM
        + r")\s+(?:of\s+)?(?P<month>"
        + MONTH
        + r")(?!\s*\d)",
        resolve_month_day,
        guard_month,
    ),
    _rule(
        "month_year",
        POINT_MOD
        + r"(?P<month>"
        + MONTH
        + r")(?:,?\s+(?:of\s+)?(?P<year>"
        + YEAR
        + r")|\s+(?P<rel>this|last|next)\s+year)",
        resolve_month_year,
        guard_month,
    ),
    _rule(
        "month",
        POINT_MOD + r"(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<month>" + MONTH + r")",
        resolve_month,
        guard_month,
    ),
    _rule(
        "year",
        POINT_MOD
        + r"(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*)?(?:the\s+year\s+)?(?P<year>"
        + YEAR
        + r")(?!\s*[-–]\s*\d)(?:\s+(?P<beyond>and\s+beyond|or\s+later|or\s+earlier"
        r"|and\s+later(?=\s*[.,;)])|onwards?))?",
        resolve_year,
        guard_year,
    ),
    _rule(
        "decade",
        POINT_MOD
        + r"(?:the\s+)?(?:(?P<c>1[5-9]|20)?(?P<d>\d)0['’]?s|['’](?P<d2>\d)0s|(?P<dw>"
        + _alt(LEXICON["decade_words"])
        + r"))",
        resolve_decade,
    ),
    _rule(
        "century",
        POINT_MOD + r"(?:the\s+)?(?P<ord>" + ORDINAL + r"|\d\d?(?:st|nd|rd|th))[\s-]+century",
        resolve_century,
    ),
    _rule(
        "spoken_year",
        r"(?:the\s+year\s+)?(?:(?P<hi>"
        + _alt(LEXICON["spoken_year_centuries"])
        + r")\s+(?P<lo>"
        + _TENS
        + r"(?:-"
        + _alt(LEXICON["digit_words"])
        + r")?|"
        + _alt(LEXICON["spoken_year_tens"])
        + r"|oh[- ]"
        + _alt(LEXICON["digit_words"])
        + r"|hundred)"
        + r"|(?P<thousand>(?<=year\s)two\s+thousand|the\s+year\s+two\s+thousand)"
        r"(?:\s+(?:and\s+)?(?P<lo2>"
        + _alt(LEXICON["spoken_year_tens"])
        + r"|"
        + _alt(LEXICON["digit_words"])
        + r"))?)",
        resolve_spoken_year,
    ),
    _rule(
        "weekday",
        POINT_MOD
        + r"(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past)\s+)?(?P<weekday>"
        + WEEKDAY
        + r")(?:\s+(?P<part>"
        + PART
        + r"))?",
        resolve_weekday,
        guard_weekday,
    ),
    _rule(
        "relative_day",
        POINT_MOD
        + r"(?P<rday>the\s+(?:next|following|previous|preceding)\s+day|the\s+day\s+(?:before|after)"
        r"(?!\s+(?:yesterday|tomorrow))|the\s+(?P<rel>previous|preceding|following|next)\s+(?P<weekday>"
        + WEEKDAY
        + r"))",
        resolve_relative_day,
    ),
    _rule(
        "day_word",
        POINT_MOD
        + r"(?:(?P<part0>"
        + PART
        + r")\s+)?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
        r"today|yesterday|tomorrow|tonight)(?:\s+(?P<part>" + PART + r"))?",
        resolve_day_word,
    ),
    _rule(
        "part_of_day",
        POINT_MOD + r"(?:(?P<rel>this|last)\s+|the\s+)?(?P<part>morning|afternoon|evening|night"
        r"|overnight)",
        resolve_part_of_day,
        lambda m, text: bool(
            m["rel"]
            or m["pmod"]
            or m["part"].lower() == "overnight"
            or (
                _prev_word(text, m.start()) == "the"
                and _prev_word(text, m.start() - 4) in ("in", "during", "that")
            )
        ),
    ),
    _rule(
        "relative_unit",
        POINT_MOD + r"(?P<rel>this\s+past|this\s+coming|this|current|last|next|past|"
        r"previous|coming|following|that|the\s+(?:current|past|last|next|previous|preceding|coming|following|"
        r"same|latest|most\s+recent))\s+"
        r"(?:fiscal\s+)?(?P<unit>week|weekend|month|year|decade|century|half|" + SEASON + r")",
        resolve_relative_unit,
    ),
    _rule(
        "set",
        r"(?:(?P<adverb>"
        + _alt(SET_ADVERBS)
        + r")|(?P<q>every|each|per|a|an)\s+(?:(?P<n>other|"
        + NUM
        + r")\s+)?(?:(?P<unit>"
        + UNIT
        + r")|(?P<wd>"
        + WEEKDAY
        + r")|(?P<smonth>"
        + MONTH
        + r")|(?P<spart>morning|afternoon|evening|night))|(?P<wd2>"
        + WEEKDAY
        + r")s(?:\s+(?:and\s+"
        + WEEKDAY
        + r"s\s+)?(?P<wpart>"
        + PART
        + r")s)?|(?P<wd3>"
        + WEEKDAY
        + r")\s+(?P<wpart3>"
        + PART
        + r")s)",
        resolve_set,
        guard_set,
    ),
    _rule(
        "the_unit",
        POINT_MOD + r"(?P<tunit>(?<![\w-])year[- ]end|year-earlier|year-ago|year-before|"
        r"the\s+(?:(?:full|entire|whole|calendar|fiscal)\s+)?(?:year|week|weekend|month))(?!-)",
        resolve_the_unit,
    ),
    _rule(
        "ago",
        POINT_MOD
        + DUR_MOD
        + r"(?P<num>"
        + NUM
        + r")[\s-]+(?:(?:full|long|straight|more)\s+)?(?P<unit>"
        + UNIT
        + r")\s+(?P<dir>ago|earlier|later|from\s+now|hence)",
        resolve_ago,
    ),
    _rule(
        "duration",
        DUR_MOD
        + r"(?:(?P<det>the|its|their|his|her|a|an|each\s+of\s+the)\s+)?(?:(?P<rel>past|last|"
        r"next|first|previous|coming|following|final|remaining|recent|same|other|initial)\s+)?"
        r"(?P<num>"
        + NUM
        + r")(?:[\s-]+(?:full|straight|consecutive|long|more|additional|extra))?[\s-]+"
        r"(?P<unit>" + UNIT + r")(?:-(?:long|old))?",
        resolve_duration,
        guard_duration,
    ),
    _rule(
        "vague_duration",
        r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)",
        resolve_vague_duration,
        guard_vague,
    ),
    _rule(
        "quarter",
        r"(?:(?:the|its|their|a|this\s+year's|(?P<yrel>last|this|next)\s+year's)\s+)?"
        r"(?:(?P<qyear>(?:19|20)\d\d)\s+)?(?P<qual>(?:(?:latest|current|previous|last|next|same|"
        r"comparable|corresponding|year-earlier|year-ago|prior-year|year-before|fiscal|most\s+recent|"
        r"recent|this)\s+)*)(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal\s+)?"
        r"(?P<qunit>quarter|half|period)(?![s-])(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<qyear2>(?:19|20)\d\d)|"
        r"(?P<yrel2>this\s+year|last\s+year|next\s+year)))?",
        resolve_quarter,
        lambda m, text: bool(
            m["ord"]
            or m["qual"]
            or m["qyear"]
            or m["qyear2"]
            or m["yrel"]
            or m.group(0).lower().startswith(("the", "its", "their"))
        ),
    ),
    _rule(
        "reference",
        r"(?P<ref>(?:the\s+)?(?:recent|coming|(?:past|last|next)\s+(?:few|several))\s+"
        r"(?:days|weeks|months|quarters|years|decades)|future\s+(?:days|weeks|months|quarters|years)|"
        + _alt(REFERENCE_WORDS)
        + r")",
        resolve_reference,
        guard_reference,
    ),
    _rule(
        "season",
        POINT_MOD
        + r"(?:(?P<rel>the)\s+)?(?P<season>"
        + SEASON
        + r")(?:\s+(?:of\s+)?(?P<year>"
        + YEAR
        + r"))?",
        resolve_season,
        guard_season,
    ),
    _rule(
        "clock_time",
        r"(?:(?P<cmod>about|around|approximately|roughly)\s+)?(?:(?P<h>[01]?\d|2[0-3])"
        r"(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am|pm)|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)"
        r"(?!\d)|(?P<cw>noon|midnight|midday))" + _TZ,
        resolve_clock,
    ),
)

_RULE_RANK = {r.name: i for i, r in enumerate(RULES)}
#: every word some rule is triggered by (the only words :func:`find_candidates` looks up)
_TRIGGER_WORDS: frozenset[str] = frozenset().union(*(r.trigger for r in RULES if r.trigger))

#: gap allowed between a clock time and the day it belongs to ("5 p.m. EST, Nov. 6")
_JOIN_GAP = re.compile(r"[\s,]*(?:(?:on|at)\s+)?", re.I)


# --------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------


def word_index(text: str, words: frozenset[str] | None = None) -> dict[str, list[tuple[int, int]]]:
    """Character spans of each lower-case word of ``text`` (one pass; digits also under
    :data:`NUMBER_KEY`, four-digit numbers under :data:`YEAR_KEY`, possible decades and
    clock hours under :data:`DECADE_KEY` and :data:`CLOCK_KEY`).

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
    return index


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


def find_candidates(text: str) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """All raw rule matches that pass their guard, as (start, end, rule, match)."""
    out = []
    index = word_index(text, _TRIGGER_WORDS)
    for rule in RULES:
        for m in _rule_matches(rule, text, index):
            if m.end() == m.start():
                continue
            if rule.guard is not None and not rule.guard(m, text):
                continue
            out.append((m.start(), m.end(), rule, m))
    return out


def select_longest(
    cands: list[tuple[int, int, Rule, re.Match[str]]],
) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """Non-overlapping candidates: longest first, then leftmost, then earliest rule."""
    cands = sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0], _RULE_RANK[c[2].name]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in cands:
        if any(c[0] < e and s < c[1] for s, e in taken):
            continue
        taken.append((c[0], c[1]))
        chosen.append(c)
    return sorted(chosen, key=lambda c: c[0])


def _merge_time_and_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """Join a clock time and an adjacent day ("10 p.m. Wednesday", "Thursday at noon")."""
    out: list[Timex] = []
    for t in timexes:
        if out:
            prev = out[-1]
            gap = text[prev.end : t.start]
            clock, day = (prev, t) if prev.rule == "clock_time" else (t, prev)
            if (
                _JOIN_GAP.fullmatch(gap)
                and clock.rule == "clock_time"
                and clock is not day
                and day.type == "DATE"
                and re.fullmatch(r"(\d{4}|XXXX)-[\dX]{2}-[\dX]{2}|XXXX-WXX-\d", day.value)
            ):
                hhmm = clock.value.split("T", 1)[1]
                out[-1] = Timex(
                    prev.start,
                    t.end,
                    text[prev.start : t.end],
                    "TIME",
                    f"{day.value}T{hhmm}",
                    f"{day.rule}+clock_time",
                    clock.mod or day.mod,
                    interval_of(day.value),
                    day.anchor,
                )
                continue
            if (
                _JOIN_GAP.fullmatch(gap)
                and gap.strip(" ,") == ""
                and prev.rule.startswith("weekday")
                and t.rule.startswith(("month_day", "day_month"))
            ):
                # "Saturday, April 25": the explicit date decides
                out[-1] = Timex(
                    prev.start,
                    t.end,
                    text[prev.start : t.end],
                    t.type,
                    t.value,
                    t.rule,
                    t.mod or prev.mod,
                    t.interval,
                    t.anchor,
                )
                continue
        out.append(t)
    return out


def _dct_date(dct: str | dt.date | dt.datetime | None) -> dt.date | None:
    """The DCT as a date (from an ISO string, date or datetime), or None."""
    if dct is None or dct == "":
        return None
    if isinstance(dct, dt.datetime):
        return dct.date()
    if isinstance(dct, dt.date):
        return dct
    try:
        return dt.date.fromisoformat(str(dct)[:10])
    except ValueError:
        return None


def tag_timexes(
    doc_or_text: Doc | str,
    dct: str | dt.date | None = None,
    *,
    spans: list[tuple[int, int]] | None = None,
) -> list[dict[str, Any]]:
    """TIMEX3 dicts for a parsed Doc or a plain string, resolved against ``dct``.

    Args:
        doc_or_text: a spaCy Doc (tense is read from its parse) or a string (tense is
            guessed from the words around each expression).
        dct: the document creation / publication date (ISO string or date); None leaves
            relative expressions underspecified (``XXXX-…``).
        spans: character ranges to tag (e.g. content blocks); default the whole text.

    Returns:
        ``[{id, text, start, end, type, value, rule, mod?, interval?, anchor?}]`` in text order.
    """
    if isinstance(doc_or_text, Doc):
        doc: Doc | None = doc_or_text
        text = doc_text(doc_or_text)
    else:
        doc, text = None, doc_or_text
    day = _dct_date(dct)
    tense_fn: Callable[[int, int], str | None]
    if doc is not None and doc.has_annotation("DEP"):
        starts = doc.to_array(IDX)  # token start offsets, without a Python loop over tokens
        cache: dict[int, str | None] = {}

        def tense_fn(start: int, end: int) -> str | None:
            i = max(0, int(starts.searchsorted(start, side="right")) - 1)
            if i not in cache:
                cache[i] = clause_tense(doc, i)
            return cache[i]
    else:

        def tense_fn(start: int, end: int) -> str | None:
            return text_tense(text, start, end)

    cands = find_candidates(text)
    if spans is not None:
        cands = [c for c in cands if any(s <= c[0] and c[1] <= e for s, e in spans)]
    ctx = Context(text, day, tense_fn)
    for _start, _end, rule, m in select_longest(cands):
        try:
            t = rule.resolve(m, ctx)
        except (ValueError, OverflowError):
            # calendar arithmetic out of range ("a million years ago"): not a usable date
            continue
        if t is None:
            continue
        t.rule = t.rule or rule.name
        ctx.previous.append(t)
    merged = _merge_time_and_day(text, ctx.previous)
    for i, t in enumerate(merged, 1):
        t.id = f"t{i}"
    return [t.to_dict() for t in merged]


# --------------------------------------------------------------------------------------
# spaCy component
# --------------------------------------------------------------------------------------


@Language.factory("fivews_timexes", default_config={"content_only": True})
def make_fivews_timexes(nlp: Language, name: str, content_only: bool) -> TimexTagger:
    """spaCy factory for :class:`TimexTagger`.

    Args:
        content_only: tag only article blocks (skip page chrome and repeated captions)
            when ``doc._.blocks`` is set. Default True.
    """
    return TimexTagger(content_only=content_only)


class TimexTagger:
    """Set ``doc._.timexes``: TIMEX3 dicts resolved against ``doc._.published``."""

    def __init__(self, content_only: bool = True) -> None:
        self.content_only = content_only

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[dict[str, Any]]:
        """The Doc's timexes (the Doc is not changed)."""
        spans = None
        if self.content_only and doc._.blocks:
            from fivews.structure import is_content

            spans = [(b["start"], b["end"]) for b in doc._.blocks if is_content(b)]
        return tag_timexes(doc, doc._.published, spans=spans)

    def set_annotations(self, doc: Doc, timexes: list[dict[str, Any]]) -> None:
        """Store the timexes on ``doc._.timexes``."""
        doc._.timexes = timexes


# --------------------------------------------------------------------------------------
# Table
# --------------------------------------------------------------------------------------

TIMEX_COLUMNS: dict[str, str] = {
    "id": "string",
    "expression": "string",
    "start": "int64",
    "end": "int64",
    "type": "string",
    "value": "string",
    "mod": "string",
    "begin": "string",
    "end_date": "string",
    "rule": "string",
    "anchor": "string",
}


def timexes_table(timexes: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per timex: id, expression, offsets, type, value, mod, interval, rule, anchor."""
    import pandas as pd  # imported on use: keeps `import fivews` fast

    rows = [
        {
            "id": t.get("id", ""),
            "expression": t["text"],
            "start": t["start"],
            "end": t["end"],
            "type": t["type"],
            "value": t["value"],
            "mod": t.get("mod"),
            "begin": (t.get("interval") or [None, None])[0],
            "end_date": (t.get("interval") or [None, None])[1],
            "rule": t.get("rule", ""),
            "anchor": t.get("anchor"),
        }
        for t in timexes
    ]
    return pd.DataFrame(rows, columns=list(TIMEX_COLUMNS)).astype(TIMEX_COLUMNS)
