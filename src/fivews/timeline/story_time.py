"""The month or year a story had reached, for "the end of the month", "year's end" and
"the third quarter of the year": a month the sentence named ("began in March and ended at
the end of the month"), a year the sentence frames or the sentence before wrote out
("Sales rose in 2015. By the end of the year, …"), or the publication date's. Used by
:mod:`fivews.timeline.resolve_relative`.

Also the year a bare month's story had reached (:func:`story_year`: "In June 2001, ….
In August, she flew to New York") and the month of a saying whose "would" clause names
a later month (:func:`said_in_month`: "said in March that … would … by June"), used by
:mod:`fivews.timeline.resolve_calendar`.
"""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.dates import shift_months, week_value
from fivews.timeline.framing_years import year_named_before
from fivews.timeline.guards import previous_word
from fivews.timeline.records import SENTENCE_END, Context, Timex
from fivews.timeline.tense import FUTURE, PAST
from fivews.timeline.values import OTHER_TIME_BEFORE, WRITTEN_DATE_RULES, make_timex

#: words after "the month" that count it from another ("the month of March", "the month
#: before"): no restatement of a month named before
_MONTH_COUNTED = re.compile(r"\s+(?:of|before|after|earlier|prior|ahead|later)\b", re.I)
#: words before a month that make it a starting point or a comparison ("since December",
#: "from December", "than in December"), not the month a later "the month" restates
_MONTH_AS_BOUND = frozenset({"since", "from", "than"})


def month_named_before(m: re.Match[str], ctx: Context, mod: str | None) -> str | None:
    """The month named earlier in the sentence of a bare "the month" ("jobs rose in
    January, adding 151,000 during the month") or, in a past clause, of a part of it
    ("began in March and ended at the end of the month"; the month of the latest date
    before it: "began in March, broke down on April 4 and resumed at the end of the
    month" is April's), unless "the month" is counted from another ("the month of March",
    "the month before") or the month named is a bound ("Since December, prices rose 2%
    for the month"); None otherwise."""
    words = m.group(0).lower()
    part = mod is not None and words.endswith(" the month")
    if not (words == "the month" or part) or _MONTH_COUNTED.match(ctx.text, m.end()):
        return None
    # in a clause not past only a month still ahead names it ("will add the data in
    # January and be done by the end of the month"; "began in March and will end at the
    # end of the month" is the DCT's)
    ahead = part and ctx.tense(m.start(), m.end()) != PAST
    for t in ctx.earlier(r"\d{4}-\d\d(?:-\d\d)?" if part else r"\d{4}-\d\d", m.start(), 200):
        if SENTENCE_END.search(ctx.text, t.end, m.start()):
            return None
        if previous_word(ctx.text, t.start) in _MONTH_AS_BOUND:
            return None
        if part and (
            _NOT_THE_STORYS_MONTH.search(ctx.text, max(0, t.start - 120), t.start)
            or _IN_RELATIVE_CLAUSE.search(ctx.text, max(0, t.start - 120), t.start)
            or _QUOTE_MARK.search(ctx.text, t.end, m.start())
        ):
            # "The March jobs report showed…", "Sales, which had peaked in May,", "'We
            # expect a deal in June,' he said at the end of the month"
            return None
        if ahead and (ctx.dct is None or t.value[:7] < ctx.dct.isoformat()[:7]):
            return None
        return t.value[:7]
    return None


#: determiners before a year or a month that then names a thing ("the 2015 law", "The
#: March jobs report")
_DETERMINER = r"\b(?:the|a|an|its|his|her|their|our)\s+"
#: words before a month that make it no time the story reached: a determiner or a
#: possessive ("The March jobs report"), a bound ("Until February")
_NOT_THE_STORYS_MONTH = re.compile(_DETERMINER + r"$|['’]s?\s+$|\b(?:until|till|through)\s+$", re.I)
#: a relative clause a year or a month sits in ("the plant, which opened in 2011, was
#: losing money", "Sales, which had peaked in May,")
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|that|where)\b[^,]*$", re.I)


def period_of_the_year(m: re.Match[str], ctx: Context) -> str | None:
    """The year of a quarter, half or month right before "of the year" ("the third
    quarter of the year", in a January paper 2015-Q3: 2015); None otherwise."""
    if m.group(0).lower() != "the year" or not _OF_BEFORE.search(
        ctx.text, max(0, m.start() - 12), m.start()
    ):
        return None
    for t in ctx.earlier(r"\d{4}-(?:Q[1-4]|H[12]|\d\d)", m.start(), 6):
        return t.value[:4]
    return None


#: " of " right before "the year"
_OF_BEFORE = re.compile(r"\s+of\s+$")


def year_of_its_end(m: re.Match[str], ctx: Context) -> tuple[int, str]:
    """The year whose end "year's end" or "the end of the year" tells of: a year the
    sentence names before it ("In 2012, … by the end of the year") or the saying a "would"
    clause reports ("promised in October that … by the end of the year"), else in a past clause
    the year the sentence before wrote out last ("Sales rose in 2015. By the end of the
    year, …") or, early in the year (January or February), the year just past ("had $38
    million at year's end" in a January paper), else the DCT's; with the anchor it was
    found from."""
    assert ctx.dct is not None
    named = year_named_before(m, ctx)
    if named:
        return named, "DCT+tense"
    said = said_in_month(m, ctx)
    if said is not None and said[1] == 12 and (said[0], 12) != (ctx.dct.year, ctx.dct.month):
        said = None  # "warned in December that fares would rise by the end of the year" in
        # a later text: more likely the year ahead of the warning than weeks away
    if said is not None:
        # "had promised in October that Mosul would be liberated by the end of the year":
        # the year of the promise
        return said[0], "previous timex"
    if ctx.tense(m.start(), m.end()) == PAST:
        told = _year_of_the_sentence_before(m, ctx)
        if told is not None:
            return told, "previous timex"
        if ctx.dct.month <= 2:
            return ctx.dct.year - 1, "DCT+tense"
    return ctx.dct.year, "DCT+tense"


#: a year written out in a timex's text ("2015", "May 2015", "June 2, 2015")
_WRITTEN_YEAR = re.compile(r"(?<![\d'’])(1[89]\d\d|20\d\d)(?!\d)")


#: words right before a year that make it no time the story reached: a determiner, maybe
#: with a describing word, or a possessive ("the 2015 law", "after a weak 2014", "the
#: company's 2015 revenue"), or a bound ("since 2012", "until 2012", "from 2014 to 2016")
_NOT_THE_STORYS_YEAR = re.compile(
    r"(?:" + _DETERMINER + r"(?:[a-z]+\s+)?|['’]s?\s+"
    r"|\b(?:since|until|till|through|from|to|fiscal|of|at)\s+|[A-Z][\w.]*\s+)$"
)


def _year_of_the_sentence_before(m: re.Match[str], ctx: Context) -> int | None:
    """The year the story had reached in the sentence before, for a year's end told in a
    past clause ("A poll in May 2015 put him at 5 percent. By the end of the year, he had
    climbed to 35 percent"): the last timex before the match, in the sentence just before
    its own, when it writes that year out ("2015", "May 2015", not "last year"), is no
    bound, no thing's name nor a quote's, and not in a relative clause; None otherwise."""
    last = next(ctx.earlier(r"\d{4}.*", m.start(), 400), None)
    if last is None or any(t.start > last.end and t.end <= m.start() for t in ctx.previous):
        return None
    ends = list(SENTENCE_END.finditer(ctx.text, last.end, m.start()))
    written = _WRITTEN_YEAR.search(last.text)
    if len(ends) != 1 or written is None or written.group(1) != last.value[:4]:
        return None
    if _QUOTE_MARK.search(ctx.text, last.end, ends[0].end()) or "fiscal" in last.text.lower():
        return None  # '"We lost money in 2015," she said.', "fiscal 2016": no calendar year
    assert ctx.dct is not None
    if int(written.group(1)) > ctx.dct.year or ctx.tense(last.start, last.end) == FUTURE:
        return None  # "said the plant would close in 2019": a year still ahead, no past
    opening = ctx.text[max(0, last.start - 200) : last.start]
    opening = re.split(r"[.!?]\s", opening)[-1]
    if (_NOT_THE_STORYS_YEAR.search(opening) and not _STARTS_A_SENTENCE.search(opening)) or (
        _IN_RELATIVE_CLAUSE.search(opening)
    ):
        return None
    return int(written.group(1))


#: a quotation mark, or a single quote closing a quotation ("in June,' he said")
_QUOTE_MARK = re.compile(r"[\"“”]|[,.?!]['’](?=\s)")
#: a capitalised preposition opening the sentence right before the year ("In 2015, ...")
_STARTS_A_SENTENCE = re.compile(r"^\s*(?:In|By|During|Through|Throughout)\s+$")


#: words that make "month's end" a recurrence ("at each month's end") or leave the month
#: to a date written after it ("by month's end in April")
_EACH_BEFORE = re.compile(r"\b(?:each|every)\s+$", re.I)
_MONTH_AFTER = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?[A-Z\d]")


def end_of_month_or_week(m: re.Match[str], ctx: Context, month: bool) -> Timex | None:
    """ "by month's end", "at week's end" (mod END): in a past clause the month or week a
    date within the last 300 characters named ("Jobs rose in January. By month's end…"),
    else the last one already ended ("closed at $99 at month's end" on June 1: May's);
    otherwise the DCT's. None for a recurrence ("each month's end") or before a date of
    its own ("by month's end in April")."""
    if _EACH_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) or _MONTH_AFTER.match(
        ctx.text, m.end()
    ):
        return None
    past = ctx.tense(m.start(), m.end()) == PAST
    pattern = r"\d{4}-\d\d" if month else r"\d{4}-W\d\d"
    named = ctx.last_value(pattern, m.start(), 300) if past else None
    if named is not None:
        return make_timex(m, "DATE", named, "unit_end_named", "END", anchor="previous timex")
    d = ctx.dct
    if d is None:
        return make_timex(m, "DATE", "XXXX-XX" if month else "XXXX-WXX", "unit_end", "END")
    if past:  # the last end already reached, unless the DCT is that end
        if month and (d + dt.timedelta(days=1)).month == d.month:
            d = shift_months(d.replace(day=1), -1)
        elif not month and d.isoweekday() < 5:
            d = d - dt.timedelta(weeks=1)
    value = d.isoformat()[:7] if month else week_value(d)
    return make_timex(m, "DATE", value, "unit_end", "END", anchor="DCT+tense" if past else "DCT")


#: how far back a month written out with its year may set a bare month's year (characters)
_STORY_REACH = 1200
#: words before a date that make it a bound, not the time a story had reached
_BOUNDS = frozenset({"since", "from", "until", "till", "through", "between"})
#: a verb of saying right before "in" and the month ("said in April"): news, not story
_SAID_IN = re.compile(
    r"\b(?:said|told|wrote|announced|reported|testified|argued|warned|predicted)\s+"
    r"(?:\w+\s+)?in\s+$",
    re.I,
)
#: a verb of saying, "in" and a month, then "that" or a clause with "would" before the
#: time in the same sentence ("said in January that parts would not be available until")
_SAYING = r"\b(?:said|announced|predicted|forecast|promised|pledged|warned|told\s+\w+|estimated)"
_SAID_IN_MONTH_WOULD = re.compile(
    _SAYING + r"\s+in\s+(?P<month>[A-Z][a-z]+\.?)\s+(?:that\s+)?[^.;:!?]*\bwould\b[^.;:!?,]*$"
)
#: a past verb of saying right before "in" and a month ("said in March it would hire"): the
#: month of the saying, gone by; not a passive or an infinitive ("will be announced in
#: September", "to be told in October") nor the noun "forecast" ("The hurricane forecast in
#: June will be"), which is a saying only after "than" or "as"
_SAID_IN = re.compile(
    r"\b(?:said|announced|promised|pledged|warned|predicted|told\s+(?!officially\b|more\b)\w+)"
    r"\s+in\s+$"
    # a figure set against the forecast of a month ("less than forecast in July")
    r"|\b(?:than|as)\s+(?:forecast|predicted|expected|estimated)\s+in\s+$"
)
#: an auxiliary a few words before a verb of saying, which makes it a passive or a plan
#: ("will be announced in September", "The contract will be awarded and announced in July")
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:will|would|shall|to|be|been|being|is|are|am|was|were)\s+(?:[\w-]+\s+){0,3}$", re.I
)


def said_in(text: str, start: int) -> bool:
    """Whether a past verb of saying and "in" come right before ``start``, where a month
    then dates the saying ("said in March it would hire"; not "will be announced in
    September")."""
    said = _SAID_IN.search(text, max(0, start - 30), start)
    return said is not None and not _AUXILIARY_BEFORE.search(
        text, max(0, said.start() - 40), said.start()
    )


def said_in_month(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The year and month of the saying a "would" clause reports, when a verb of saying
    right before names it ("said in March that … would"), from that month's timex; the
    clause's month is the first on or after it ("said in June that the report would be
    released in June": that June)."""
    said = _SAID_IN_MONTH_WOULD.search(ctx.text, max(0, m.start() - 200), m.start())
    if said is None:
        return None
    for t in ctx.earlier(r"\d{4}-\d\d", m.start(), 200):
        if t.start == said.start("month"):  # ("would idle the plant in February and March")
            year, month = int(t.value[:4]), int(t.value[5:7])
            if ctx.dct is not None and (year, month) > (ctx.dct.year, ctx.dct.month):
                return None  # a saying is no later than the DCT
            return year, month
    return None


#: rules of a month or day written out with its year ("June 2001", "March 19, 2002")
#: (or of a bare month that went on in such a year: "In August, … In September, …")
_WRITTEN_MONTH_RULES = frozenset(
    {"month_year", *WRITTEN_DATE_RULES, "day_month_year", "month_after_date"}
)


#: the words between a month written with its year and a bare month later in the same
#: sentence that tell the next event ("was arrested in January 1976 and released in June")
_NEXT_EVENT = re.compile(
    r"[^.;:!?\d]*?\b(?:and|then|but)\s+(?:(?:was|were|then|later)\s+)?[a-z]+ed"
    r"(?:\s+(?!(?:until|till|after|since)\b)[\w'’-]+){0,3}?\s+in\s+",
    re.I,
)
#: a length after the month that puts its event long after the date written before ("and
#: retired in June after 25 years")
_LONG_AFTER = re.compile(
    r"[^.;:!?]*?\b(?:after|some|nearly|almost)\s+\S+\s+(?:years|decades)\b", re.I
)


def story_year(m: re.Match[str], ctx: Context, month: int) -> int | None:
    """The year of a bare month told in the past after a month or day written out with its
    year ("In June 2001, …. In August, she flew to New York"): that year, when it is the
    latest date before the month within :data:`_STORY_REACH` characters, in an earlier
    sentence or as the event before in the same one ("was arrested in January 1976 and
    released in June"), not a bound ("since June 2014") nor a birth's, lies 24 months or more before
    the DCT (a story of another time, not last year's news), and the month comes on or
    after the written one and is not what someone said ("said in April"); None
    otherwise."""
    assert ctx.dct is not None
    latest = next(ctx.earlier(r"\d{4}(?:-.*)?", m.start(), _STORY_REACH), None)
    if latest is None or latest.rule.split("+")[0] not in _WRITTEN_MONTH_RULES:
        return None
    if OTHER_TIME_BEFORE.search(ctx.text, max(0, latest.start - 20), latest.start):
        return None  # "born in May 1950": not the story's time
    if previous_word(ctx.text, latest.start) in _BOUNDS:
        return None  # "since June 2014": a bound
    if not SENTENCE_END.search(ctx.text, latest.end, m.start()) and (
        not _NEXT_EVENT.fullmatch(ctx.text, latest.end, m.start())
        or _LONG_AFTER.match(ctx.text, m.end())
    ):
        return None  # in the same sentence the year frames it, unless an event follows

    if _SAID_IN.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "Bernanke said in April": news of the DCT's time, told by the paper
    year, written = int(latest.value[:4]), int(latest.value[5:7])
    months_back = (ctx.dct.year - year) * 12 + ctx.dct.month - written
    return year if months_back >= 24 and month >= written else None
