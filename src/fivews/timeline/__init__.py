"""When: TIMEX3 time expressions, normalised against the publication date.

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

Layout
    ``lexicon`` (word lists, regex pieces), ``records`` (:class:`TimexRecord`,
    :class:`Timex`, :class:`Context`, :class:`Rule`), ``dates`` (calendar arithmetic,
    :func:`interval_of`), ``tense`` (clause tense), ``values`` (shared resolver pieces),
    ``resolve_calendar`` / ``resolve_days`` / ``resolve_clock`` / ``resolve_relative`` /
    ``resolve_reference`` / ``resolve_quarters`` / ``resolve_ago`` / ``resolve_durations`` /
    ``resolve_holidays`` (the resolvers by family), ``holiday_dates`` (the day a holiday
    falls on in a year), ``guards``, ``triggers``, ``rules``
    (:data:`RULES`), ``candidates`` (matching, longest-first selection), ``tag``
    (:func:`tag_timexes`), ``tables`` (:func:`timexes_table`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from fivews.article.published import STAMP_LABELS
from fivews.structure import is_content, reading
from fivews.timeline.candidates import find_candidates, select_longest
from fivews.timeline.dates import interval_of
from fivews.timeline.lexicon import LEXICON
from fivews.timeline.records import Context, Rule, Timex, TimexRecord
from fivews.timeline.rules import RULES
from fivews.timeline.tables import TIMEX_COLUMNS, timexes_table
from fivews.timeline.tag import tag_timexes
from fivews.timeline.tense import FUTURE, PAST, PRESENT, clause_tense, text_tense
from fivews.timeline.triggers import word_index

__all__ = [
    "FUTURE",
    "LEXICON",
    "PAST",
    "PRESENT",
    "RULES",
    "TIMEX_COLUMNS",
    "Context",
    "Rule",
    "Timex",
    "TimexRecord",
    "TimexTagger",
    "clause_tense",
    "find_candidates",
    "interval_of",
    "make_fivews_timexes",
    "select_longest",
    "tag_timexes",
    "text_tense",
    "timexes_table",
    "word_index",
]

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)


@Language.factory(
    "fivews_timexes",
    default_config={"content_only": True},
    assigns=["doc._.timexes"],
    requires=["token.tag", "token.dep", "token.head", "token.lemma", "doc.sents", "doc._.blocks"],
)
def make_fivews_timexes(nlp: Language, name: str, content_only: bool) -> TimexTagger:
    """spaCy factory for :class:`TimexTagger`.

    Reads the parse (tags, dependencies, lemmas, sentences) for the clause tense and
    ``doc._.blocks`` for what is content. It also reads ``token.pos`` (set by
    ``attribute_ruler``, which declares nothing) and ``doc._.published`` (set by the
    caller, not by a component); these are not listed in ``requires``.

    Args:
        content_only: tag only article blocks (skip page chrome and repeated captions)
            when ``doc._.blocks`` is set. Default True.
    """
    return TimexTagger(content_only=content_only)


def _date_line(block: dict) -> bool:
    """Whether ``block`` is a line of page chrome that dates the text ("June 6, 2005"), a
    time stamp or byline as :func:`fivews.article.infer_published` reads them."""
    return block["kind"] == "boilerplate" and block.get("label") in STAMP_LABELS


def _date_line_timex(text: str, start: int, end: int, published: object) -> list[TimexRecord]:
    """The date a date line is ("June 6, 2005" under the headline), tagged on its own so
    that it anchors nothing in the article; none for a time stamp's words ("Updated
    10:32 a.m. ET")."""
    line = text[start:end]
    whole = line.strip().rstrip(".")
    found = tag_timexes(line, published)  # type: ignore[arg-type]
    return [
        {**t, "start": t["start"] + start, "end": t["end"] + start}
        for t in found
        if t["text"] == whole
    ]


class TimexTagger:
    """Set ``doc._.timexes``: TIMEX3 dicts resolved against ``doc._.published``."""

    def __init__(self, content_only: bool = True) -> None:
        self.content_only = content_only

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[TimexRecord]:
        """The Doc's timexes (the Doc is not changed)."""
        with reading(doc) as reader:
            spans = None
            lines: list[TimexRecord] = []
            published = reader.extension("published")
            if self.content_only and reader.blocks:
                spans = [(b["start"], b["end"]) for b in reader.blocks if is_content(b)]
                lines = [
                    t
                    for b in reader.blocks
                    if _date_line(b)
                    for t in _date_line_timex(doc.text, b["start"], b["end"], published)
                ]
            found = tag_timexes(doc, published, spans=spans)
            if not lines:
                return found
            found = sorted(found + lines, key=lambda t: t["start"])
            return [{**t, "id": f"t{i}"} for i, t in enumerate(found, 1)]

    def set_annotations(self, doc: Doc, timexes: list[TimexRecord]) -> None:
        """Store the timexes on ``doc._.timexes``."""
        doc._.timexes = timexes
