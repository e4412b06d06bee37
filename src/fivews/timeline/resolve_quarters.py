"""Resolver of fiscal and calendar quarters and halves: "the third quarter", "third-quarter",
"the quarter", "the year-ago quarter", "the first half of 1989"."""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.dates import month_end, shift_months
from fivews.timeline.guards_years import RESULTS_AFTER
from fivews.timeline.lexicon import MONTH, ORDINALS
from fivews.timeline.records import SENTENCE_END, Context, Timex, sentence_around
from fivews.timeline.tense import FUTURE, PAST
from fivews.timeline.values import make_timex, month_number, point_mod_of

#: quarters named only as the comparison ("the 1988 period" beside a 1989 report): never
#: the antecedent of a later "the quarter"
_COMPARISONS = frozenset({"quarter_year_named"})
#: a present perfect before it in its sentence ("We've had a good start to the quarter"),
#: which reaches the DCT (a simple past tells a quarter gone by: "slowed over the rest of
#: the quarter after a difficult October")
_PERFECT_BEFORE = re.compile(r"(?:\b(?:has|have)\b|['’]ve\b)[^.!?;]*$", re.I)
#: … or after it ("So far in the quarter, the company has sold 3 million phones")
_PERFECT_AFTER = re.compile(r"[^.!?;]*?(?:\b(?:has|have)\b|['’]ve\b)", re.I)
#: results or a comparison before an ordinal quarter ("will restate its results for the
#: first quarter", "will be weaker than in the first quarter"): a quarter already over
_REPORTED_OR_COMPARED = re.compile(
    r"(?:\b(?:results|earnings|profits?|loss(?:es)?|revenues?|sales|income|restate\w*|revis\w*)"
    r"\b[^.;!?]*|\b(?:than|compared\s+(?:with|to)|from|versus|vs\.?)\s+(?:in\s+|during\s+)?)$",
    re.I,
)
#: words before a bare "the quarter" that put it under way ("the rest of the quarter")
_UNDER_WAY_BEFORE = re.compile(
    r"\b(?:(?:start|beginning)\s+(?:to|of)|(?:rest|remainder|balance)\s+of|so\s+far\s+in)\s+$",
    re.I,
)
#: "of" and a year told before ("the final quarter of that year"), which is joined later
_OF_THAT_YEAR = re.compile(
    r"\s+of\s+(?:that(?:\s+same)?|the\s+(?:same|following|next|previous|prior))\s+year\b(?!['’])",
    re.I,
)
#: "of" before the year a quarter is of ("the last quarter of last year")
_OF = re.compile(r"\bof\b", re.I)


def resolve_quarter(m: re.Match[str], ctx: Context) -> Timex | None:
    """Fiscal/calendar quarters and halves: "the third quarter", "third-quarter", "the quarter"
    (:func:`_resolve_quarter`); "the end of the third quarter" is its END."""
    t = _resolve_quarter(m, ctx)
    if t is not None and m["pmod"]:
        t.mod = point_mod_of(m)
    return t


def _resolve_quarter(m: re.Match[str], ctx: Context) -> Timex | None:
    """Fiscal/calendar quarters and halves: "the third quarter", "third-quarter", "the quarter".

    Financial news reports the last completed quarter, so "the quarter" and "the latest
    quarter" are the quarter before the DCT's (or the quarter last named in the text);
    "the year-ago quarter" is that quarter a year earlier.
    """
    kind = m["qunit"].lower()
    # ("the back half of the year" is its second half, "the front half" its first)
    ordinal = {"back": 2, "front": 1}.get((m["ord"] or "").lower()) or ORDINALS.get(
        (m["ord"] or "").lower()
    )
    if m["mto"]:
        ordinal = _months_ordinal(m, kind)
        if ordinal is None:
            return None  # "the January-May period": its months are tagged
    if (m["ord"] or "").lower() == "final":  # "the final quarter of 2009": its last one
        if kind == "period" or not (
            m["qyear"]
            or m["qyear2"]
            or m["yrel"]
            or m["yrel2"]
            or _OF_THAT_YEAR.match(ctx.text, m.end())
        ):
            return None  # "the final period", "the final quarter" of a game
        ordinal = 4 if kind == "quarter" else 2
    quals = re.sub(r"\s+", " ", (m["qual"] or "").lower())
    year: int | None = int(m["qyear"] or m["qyear2"] or 0) or None
    yrel = (m["yrel"] or m["yrel2"] or "").lower()
    ago = bool(
        re.search(r"year-(?:earlier|ago)|prior-year|year-before|comparable|corresponding", quals)
    )
    if ordinal is None and yrel.startswith("last") and not year:
        ago = True  # "last year's quarter": the quarter under discussion, a year earlier
    if kind == "half" and ordinal is None and quals.strip() == "last" and year:
        ordinal = 2  # "the last half of 1989" is its second half, not the half before
    of_year = (m["yrel2"] or m["qyear2"]) and _OF.search(m.group(0))
    if ordinal is None and quals.strip() == "last" and of_year:
        # "the last quarter of last year", "the last half of this year": the year's final one
        ordinal, ago = (4 if kind == "quarter" else 2), False
    size = 6 if kind == "half" else 3
    letter = "H" if kind == "half" else "Q"
    if (m["qdet"] or "").lower() == "a" and ordinal is None and not year and not ago:
        return None  # "but a prior quarter had been weaker": some quarter
    if kind == "period" and not (ordinal or year or quals):
        return None
    if kind == "period" and "same" in quals and not (ordinal or year):
        month = _one_month_before(m, ctx)
        if month is not None:
            # "sales rose in February from the same period last year": that month
            value = f"{int(month[:4]) - (1 if ago else 0)}{month[4:]}"
            rule = "month_year_ago" if ago else "month_anaphoric"
            return make_timex(m, "DATE", value, rule, anchor="previous timex")
    if (
        kind == "period"
        and "same" in quals
        and year
        and not ordinal
        and ctx.last_value(r"\d{4}-[QH]\d", m.start(), 3000) is None
    ):
        span = _span_compared(m, ctx)
        if span is not None:  # "so far this year … the same period of 2007": 2007's
            value = f"{year}{span}"
            return make_timex(m, "DATE", value, "period_of_year_named", anchor="previous timex")
        if re.search(r"\sin\s", m.group(0)):
            return None  # "October claims fell from the same period in 2009": the year alone
    if kind == "period" and not (ordinal or year or ago) and quals.strip() in ("this", "same"):
        # "this period", "the same period" are a quarter only in a report that names one
        # ("the first 10 months… compared to the same period in 2014" is no quarter)
        if ctx.last_value(r"\d{4}-[QH]\d", m.start(), 3000) is None:
            return None
    if (
        kind == "period"
        and "same" in quals
        and ago
        and not (ordinal or year)
        and ctx.last_value(r"\d{4}-[QH]\d", m.start(), 3000) is None
    ):
        # "In the first five months of 2016 … the same period last year": a span of no
        # quarter, in the year before the one whose months were counted
        named = _counted_months_year(m, ctx)
        opening = sentence_around(ctx.text, m.start(), m.end())[0]
        if named is None and ctx.dct is not None and _SO_FAR.search(ctx.text, opening, m.start()):
            named = str(ctx.dct.year)  # "Year-to-date sales rose 5% from the same period last year"
        if named is not None:
            value = str(int(named) - 1)
            return make_timex(m, "DATE", value, "period_year_ago", anchor="previous timex")
    d = ctx.dct
    if d is None and year is None:
        return make_timex(m, "DATE", f"XXXX-{letter}{ordinal or 'X'}", "quarter_no_dct")
    if ordinal is None or ordinal < 0:
        under_way = (
            not quals.strip()
            and _UNDER_WAY_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
            and (
                ctx.tense(m.start(), m.end()) != PAST
                or _PERFECT_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
                or _PERFECT_AFTER.match(ctx.text, m.end(), m.end() + 80)
            )
        )
        if "current" in quals or "this" in quals or (under_way and kind != "period"):
            # "the rest of the quarter", "a good start to the quarter": the one under way
            assert d is not None
            return make_timex(
                m,
                "DATE",
                f"{d.year}-{letter}{(d.month - 1) // size + 1}",
                "quarter_current",
                anchor="DCT",
            )
        if "next" in quals:
            assert d is not None
            base = shift_months(d, size)
            return make_timex(
                m,
                "DATE",
                f"{base.year}-{letter}{(base.month - 1) // size + 1}",
                "quarter_next",
                anchor="DCT",
            )
        last = ctx.last_value(r"\d{4}-[QH]\d", m.start(), 3000, skip_rules=_COMPARISONS)
        if kind == "period" and last is not None and last[5] == "H":
            letter, size = "H", 6  # "the same period a year earlier" after "the first half"
        if d is not None:
            latest = shift_months(d, -size)
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
        before = re.search(r"\b(?:previous|prior|preceding)\b(?!-)", quals)
        if use_last and last and before and not ago and ref[6:].isdigit():
            # "rose from the previous quarter" after "the January-March quarter": the one
            # before the quarter named
            n = int(ref[6:]) - 1
            ref = f"{int(ref[:4]) - (n == 0)}-{letter}{n or 12 // size}"
        if ago and not year:
            # "the year-ago period" compares with the period the article reports, not with
            # a quarter named as an outlook ("losses through the third quarter of 1990")
            ref = ctx.report_period(m.start(), 3000) or reported
            use_last = ref != reported
        y = year or int(ref[:4]) if ref[:4].isdigit() else None
        if y is None:
            return make_timex(m, "DATE", ref, "quarter_latest")
        if ago and not year:
            y -= 1
        rule = "quarter_previous_mention" if use_last else "quarter_latest_completed"
        if ago:
            rule = "quarter_year_ago"
        elif year and d is not None and year < d.year and y < int(ref[:4]):
            # "the 1988 period" beside a 1989 report: a comparison, never the antecedent
            # of a later "the quarter"
            rule = "quarter_year_named"
        return make_timex(
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
            if (
                letter == "Q"
                and ordinal > current
                and d.month >= 4
                and "fiscal" in m.group(0).lower()
                and not re.search(r"previous|prior|year-ago|year-earlier", m.group(0), re.I)
            ):
                # "reported fiscal fourth-quarter earnings" in August: a fiscal year's last
                # quarter just ended, labelled by the year it ended in, as TimeBank does
                year = d.year
            if (
                tense == FUTURE
                and letter == "Q"
                and ordinal < current
                and "fiscal" not in m.group(0).lower()
                and not _REPORTED_OR_COMPARED.search(ctx.text, max(0, m.start() - 60), m.start())
            ):
                if (d - month_end(d.year, 3 * ordinal)).days > _REPORTING_LAG:
                    # "will hire 200 workers in the first quarter" in December: next year's
                    # (a quarter just over may have its results still to come: "will report
                    # net income for the third quarter" in October)
                    year = d.year + 1
            if (
                tense == FUTURE
                and letter == "Q"
                and ordinal >= current
                and _RESULTS_REPORTED.search(ctx.text, max(0, m.start() - 40), m.start())
                and RESULTS_AFTER.match(ctx.text, m.end())
                and (d - dt.date(d.year - 1, 3 * ordinal, 1)).days <= _REPORTING_LAG
            ):
                # "will report fourth-quarter earnings Thursday" in February: results come
                # within weeks after their quarter ends, so the one just gone by
                year = d.year - 1
        if ago:
            year -= 1
    t = make_timex(m, "DATE", f"{year}-{letter}{ordinal}", "quarter_ordinal", anchor="DCT+tense")
    det = (m["qdet"] or "").lower()
    # "the third-quarter profit": the hyphenated period modifies a noun
    named = "ord" if m["ord"] is not None else "mto" if m["mto"] is not None else None
    hyphenated = named is not None and "-" in ctx.text[m.end(named) : m.start("qunit")]
    if not m["pmod"] and (det in ("a", "its", "their") or (det in ("the", "that") and hyphenated)):
        # "a third-quarter charge", "its fourth quarter": the determiner is not the period's
        t.start = m.end("qdet") + len(re.match(r"\s*", ctx.text[m.end("qdet") :]).group(0))
        t.text = ctx.text[t.start : t.end]
    return t


def _months_ordinal(m: re.Match[str], kind: str) -> int | None:
    """The quarter (half) that the months before "quarter" span or end with: "the
    April-June quarter" and "the June quarter" are the second; None when the months are
    no quarter (half) of the calendar year ("the January-May period"). "The holiday
    quarter" is the last (October to December, holding the Christmas season)."""
    end = 12 if m["mto"].lower() == "holiday" else month_number(m["mto"])
    span = (end - month_number(m["mfrom"])) % 12 + 1 if m["mfrom"] else None
    size = 6 if kind == "half" else 3
    if end % size or span not in (None, size):
        return None
    return end // size


#: words before a month that make it the end of a stretch ("between January and March",
#: "the three months to February", "the April-June quarter")
_STRETCH_END = re.compile(r"(?:\b(?:to|through|thru|until|till|and)|[-–])\s*$", re.I)
#: words after a month that make it the start of a stretch ("April-June", "April to June")
_STRETCH_START = re.compile(r"\s*(?:[-–]|(?:to|through|thru|until|and)\b)", re.I)
#: days from the first day of a quarter's last month within which its results are still
#: to come (a quarter's results come out within about two months of its end)
_REPORTING_LAG = 100


#: a verb of publishing results before a quarter ("will report", "is due to post")
_RESULTS_REPORTED = re.compile(
    r"\b(?:report|reports|reporting|post|posts|posting|announce|announces|release|releases"
    r"|publish|publishes)\s+(?:its\s+|their\s+)?"
    # "will publish its second estimate of fourth-quarter GDP"
    r"(?:(?:first|second|third|final|advance|preliminary|revised|flash)\s+)?"
    r"(?:(?:estimates?|readings?|figures|data)\s+(?:of|for|on)\s+)?(?:the\s+)?$",
    re.I,
)
#: a year named right after "the same period" ("from the same period in 2009")
_OWN_YEAR = re.compile(r"\s+(?:in|of)\s+(?:19|20)\d\d\b")


def _one_month_before(m: re.Match[str], ctx: Context) -> str | None:
    """The month (``YYYY-MM``) a "the same period" at ``m`` compares with: the one month
    its sentence named last before it, nothing nearer (a quarter) and no stretch of months
    ("between January and March"); None when there is none or a year follows ("the same
    period in 2009")."""
    if _OWN_YEAR.match(ctx.text, m.end()):
        return None
    named = [
        t
        for t in ctx.previous
        if t.end <= m.start()
        and m.start() - t.end <= 300
        and re.fullmatch(r"\d{4}-(?:\d\d|[QH]\d)", t.value)
        and not SENTENCE_END.search(ctx.text, t.end, m.start())
    ]
    if len(named) != 1 or not named[0].value[5:].isdigit():
        return None  # none, a quarter, or two months named in the sentence
    if _STRETCH_END.search(ctx.text, max(0, named[0].start - 12), named[0].start):
        return None
    if _STRETCH_START.match(ctx.text, named[0].end):
        return None  # "the April-June quarter"
    return named[0].value


#: what ends a clause inside a sentence
_CLAUSE_MARK = re.compile(r"[,;:]|\s[-–—]\s")
#: results released for the year just named ("full-year results", "full-year earnings")
_RESULTS_RELEASED = re.compile(r"\s+(?:results|earnings|figures|accounts)\b", re.I)
#: "for" right before a year ("profit for the year")
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)
#: words of a company's or a country's results for a period ("profit", "net income", "the
#: index rose 26 percent")
_RESULTS = re.compile(
    r"\b(?:profits?|loss(?:es)?|earnings|revenues?|sales|income|results|turnover|dividends?"
    r"|margins?|deficits?|surplus(?:es)?|output|shipments|deliveries|earned|lost|gained|rose"
    r"|fell|climbed|declined|posted|carried|sold)\b",
    re.I,
)
#: a modal, which makes a clause of results an outlook ("said full-year profit would rise")
_MODAL = re.compile(r"\b(?:will|would|could|should|may|might)\b", re.I)
#: words of an outlook, whose year is the one ahead even in a past clause ("raised its
#: forecast for the full year")
_OUTLOOK = re.compile(
    r"\b(?:forecasts?|outlook|guidance|targets?|expect\w*|predict\w*|project\w*|estimates?"
    r"|goals?|aims?|plans?|budget\w*)\b",
    re.I,
)


def results_year_told_back(m: re.Match[str], ctx: Context) -> bool:
    """Whether the year at ``m`` ("full-year", "for the full year", "for the year") is the
    one before the DCT's: results told in a past clause in the first quarter, the season
    when a year's results come out ("Full-year profit rose 3%" in a February report),
    with no outlook in its clause ("cut its full-year forecast" looks ahead) and no modal
    unless the year's results are released ("will report full-year results")."""
    d = ctx.dct
    if d is None or d.month > 3:
        return False
    phrase = m.group(0).lower()
    if "full" not in phrase and not _FOR_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()):
        return False
    start, end = sentence_around(ctx.text, m.start(), m.end())
    # the clause: from the last comma or semicolon before to the next one after
    before = [c.end() for c in _CLAUSE_MARK.finditer(ctx.text, start, m.start())]
    after = _CLAUSE_MARK.search(ctx.text, m.end(), end)
    clause = ctx.text[before[-1] if before else start : after.start() if after else end]
    if _OUTLOOK.search(clause) or not _RESULTS.search(ctx.text, start, end):
        return False
    if _RESULTS_RELEASED.match(ctx.text, m.end()):
        return True  # "will report full-year results on Feb. 26": the year gone by
    if _MODAL.search(clause):
        return False  # "said full-year profit would rise": an outlook
    return ctx.tense(m.start(), m.end()) == PAST


#: a year counted to date ("so far this year", "this year to date", "earlier this year")
_SO_FAR = re.compile(
    r"\b(?:(?:so|thus)\s+far\s+(?:this|in\s+\d{4}|in\s+the)\s+year|this\s+year\s+(?:so\s+far|to\s+date)"
    r"|year[\s-]to[\s-]date)\b",
    re.I,
)


#: the opening months of a year counted in a sentence ("the first six months of this year")
_FIRST_MONTHS = re.compile(
    r"\b(?:(?P<first>first)|the)\s+(?P<n>[\w-]+)\s+months\b(?(first)|\s+(?:ended|ending|to|through)"
    r"\s+(?P<month>" + MONTH + r"))",
    re.I,
)
#: the quarter or half a count of months ends with: (count, last month) -> code
_SPAN_ENDING = {("three", 3): "-Q1", ("three", 6): "-Q2", ("three", 9): "-Q3"}
_SPAN_ENDING |= {("three", 12): "-Q4", ("six", 6): "-H1", ("six", 12): "-H2"}


def _span_compared(m: re.Match[str], ctx: Context) -> str | None:
    """What of a year "the same period of 2007" at ``m`` compares with, when no quarter or
    half was named: the first half ("-H1") or quarter ("-Q1") after "the first six (three)
    months", the year to date or its first months otherwise ("so far this year", "the
    first nine months": the year, ""); None when its sentence counts no such span."""
    opening = sentence_around(ctx.text, m.start(), m.end())[0]
    first = _FIRST_MONTHS.search(ctx.text, opening, m.start())
    if first is not None and not first["first"]:
        # "the three months to June": its second quarter; "the nine months ended Sept. 30":
        # that stretch of the year
        count = {"3": "three", "6": "six"}.get(first["n"], first["n"].lower())
        return _SPAN_ENDING.get((count, month_number(first["month"])), "")
    if first is not None:
        return {"six": "-H1", "6": "-H1", "three": "-Q1", "3": "-Q1"}.get(first["n"].lower(), "")
    return "" if _SO_FAR.search(ctx.text, opening, m.start()) else None


def _counted_months_year(m: re.Match[str], ctx: Context) -> str | None:
    """The year of "the first five months of 2016" (a count of months, "of", a year) or
    of "so far this year", the only year named before ``m`` in its sentence; None
    otherwise ("Exports in 2007 and 2008", "Since 2014")."""
    years = [
        t
        for t in ctx.earlier(r"\d{4}", m.start(), 400)
        if not SENTENCE_END.search(ctx.text, t.end, m.start())
    ]
    if len(years) != 1:
        return None
    year = years[0]
    if _SO_FAR.search(ctx.text, max(0, year.start - 24), year.end + 12):
        return year.value  # "So far this year, … the same period last year": the year to date
    months = [t for t in ctx.previous if t.end <= year.start and re.fullmatch(r"P\d+M", t.value)]
    if not months or not re.fullmatch(r"\s+of\s+", ctx.text[months[-1].end : year.start]):
        return None
    return year.value
