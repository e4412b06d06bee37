"""Resolver of a count of units back or forth: "two weeks ago", "a year earlier", "four
years later", "a decade ago", "a few days later".

"ago" counts from the DCT; "earlier" and "later" from the report period or the year the
text named last, else (for "earlier") from the DCT.
"""

from __future__ import annotations

import re

from fivews.timeline.dates import shift_date, value_at, year_value
from fivews.timeline.guards import previous_word
from fivews.timeline.lexicon import DURATION_MODS, UNITS
from fivews.timeline.records import DERIVED_RULES, SENTENCE_END, Context, Timex
from fivews.timeline.values import duration_value, make_timex, number_value, point_mod_of

#: a verb of moving a time before "a month back" ("pushed the launch a month back")
_MOVED_BEFORE = re.compile(
    r"\b(?:push|pushed|pushing|move|moved|moving|set|sets|put|puts|turn|turned|turning|"
    r"delay|delayed|shift|shifted|roll|rolled)(?:\s+[\w'’]+){0,3}\s+$",
    re.I,
)


#: words before a count of units that make it a stretch of time ("for two years before.",
#: "over two years before.", "the three days before,"): "before" then closes the clause
#: on its own
_STRETCH_BEFORE = frozenset(
    {"for", "over", "within", "during", "the", "those", "these", "past", "last", "first", "next"}
)


#: an amount right before "more than"/"less than" ("$74 million more than a year ago"):
#: the words compare amounts, they do not modify the time
_AMOUNT_BEFORE = re.compile(
    r"(?:\d%?|\b(?:million|billion|trillion|percent|points?|times|much|many|dollars?|cents?"
    r"|pence|pounds?|euros?|yen|yuan|rupees?|barrels?|tons?|tonnes?|gallons?|degrees?))\s+$",
    re.I,
)
_COMPARISON = re.compile(r"(?:more|less|fewer)\s+than", re.I)


#: directions counted from the DCT
_FROM_NOW = frozenset({"ago", "from now", "hence"})


def resolve_ago(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "two weeks ago" (a date at the unit's granularity), "a year earlier", "two days
    later"; "a few months back." closing its clause is "ago" (not after a verb of moving a
    time, nor of hours, minutes or seconds: a race's margin), and "two years before."
    closing it is "earlier". After an amount, "more than" compares amounts and is left
    out: "revenue was $74 million more than a year ago" tags "a year ago". "later than"
    or "earlier than" compares two times by a length ("opened in 2010, three years later
    than planned"): the length alone is tagged, as a duration."""
    if re.match(r"\s+than\b", ctx.text[m.end() : m.end() + 6], re.I):
        return None
    if re.search(r"[$£€¥]\s*$", ctx.text[max(0, m.start("num") - 3) : m.start("num")]):
        return None  # "bought for $5 million years ago": an amount, then "years ago"
    t = _resolve_ago(m, ctx)
    if (
        t is not None
        and m["dmod"]
        and _COMPARISON.fullmatch(m["dmod"])
        and _AMOUNT_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        t.start = m.start("num")
        t.text, t.mod = ctx.text[t.start : t.end], None
    return t


def _resolve_ago(m: re.Match[str], ctx: Context) -> Timex | None:
    """:func:`resolve_ago` before an amount's comparison is left out."""
    n = count = number_value(m["num"])
    if n is not None and m["ahalf"]:
        n = count = n + 0.5  # "a year and a half ago"
    code = UNITS[re.sub(r"\s+", " ", m["unit"].lower())]
    multiple = re.fullmatch(r"(\d+)([A-Z]+)", code)
    if multiple:  # "a fortnight ago" is two weeks ago, "a quarter-century ago" 25 years
        code = multiple.group(2)
        n = None if n is None else n * int(multiple.group(1))
    if code in ("E", "C") and n is not None and n != int(n):
        # "a half-century ago" (a half of a century): 50 years ago
        code, n = "Y", n * (10 if code == "E" else 100)
    direction = m["dir"].lower()
    if direction == "before":
        if {previous_word(ctx.text, m.start()), (m["dmod"] or "").lower()} & _STRETCH_BEFORE:
            return None  # "had served for two years before.": a stretch, then "before"
        direction = "earlier"  # "only two years before.", "a week before, he said"
    if direction == "back":
        if code in ("TH", "TM", "TS") or _MOVED_BEFORE.search(
            ctx.text, max(0, m.start() - 40), m.start()
        ):
            return None  # "finished 12 seconds back", "pushed the launch a month back"
        direction = "ago"
    mod = DURATION_MODS.get(re.sub(r"\s+", " ", (m["dmod"] or "").lower())) or point_mod_of(m)
    if mod == "LESS_THAN":
        mod = "APPROX" if direction == "ago" else mod
    if m["orso"] or m["num2"]:  # "a week or so ago", "five or six weeks ago": the first
        mod = "APPROX"
    if n is None and direction == "ago":
        return make_timex(m, "DATE", "PAST_REF", "vague_ago", mod)
    if n is None and direction in ("from now", "hence"):  # "a few years from now"
        return make_timex(m, "DATE", "FUTURE_REF", "vague_ago", mod)
    if direction == "later" and (n is None or m["num2"] or code in ("TH", "TM", "TS")):
        # "a few days later", "just over an hour later": the stretch between two events
        # ("two or three days later": a vague one)
        count = None if m["num2"] else count
        return _without_direction(
            make_timex(m, "DURATION", duration_value(count, m["unit"]), "duration_relative", mod),
            m,
            ctx,
        )
    if direction == "earlier" and n is None:
        # "a few weeks earlier": a stretch back, tagged with its direction as "A day earlier"
        return make_timex(m, "DURATION", duration_value(None, m["unit"]), "duration_relative", mod)
    if code in ("TH", "TM", "TS") and direction != "earlier" and ctx.dct is not None:
        # "two hours ago", "an hour from now": the DCT's day (the DCT carries no clock time)
        return make_timex(m, "DATE", ctx.dct.isoformat(), "ago_within_day", mod, anchor="DCT")
    granularity = "Y" if code in ("E", "C") else code  # "a decade ago" is a year
    if n is not None and n != int(n) and direction in _FROM_NOW and code in ("Y", "M"):
        # "two and a half years ago" is 30 months ago, "a month and a half ago" 46 days ago:
        # a date at the month's granularity
        n, code, granularity = (n * 12, "M", "M") if code == "Y" else (round(n * 30.44), "D", "M")
    if code not in ("D", "W", "M", "Q", "Y", "E", "C") or n is None or n != int(n):
        return None
    sign = 1 if direction in ("from now", "hence") else -1
    if ctx.dct is None and direction not in ("earlier", "later"):
        # "two days later" is read as with a DCT: a stretch, or a year counted from one
        # named before ("in 2008 … four years later")
        return make_timex(
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
            return make_timex(
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
        # "a year earlier" beside a report's period looks back from that period, whatever
        # the sentence before named: only a count of years reaches back across sentences
        back = _SENTENCES_BACK if n != 1 else 0
        named = _year_written_before(m, ctx, back) if last is None and code == "Y" else None
        if named is not None:
            # "won the state in 2008 but lost it four years later": counted from that year
            return make_timex(
                m,
                "DATE",
                str(named + sign * int(n)),
                "years_later_anchor",
                mod,
                anchor="previous timex",
            )
        years_earlier = code == "Y" and direction == "earlier"
        if last is None and years_earlier and ctx.dct is not None:
            # "a year earlier": the comparison year of a report; "only six years earlier,
            # he was a favourite": counted back from now
            return make_timex(
                m, "DATE", str(ctx.dct.year - int(n)), "year_earlier_dct", mod, anchor="DCT"
            )
        if last is None:
            t = make_timex(
                m, "DURATION", duration_value(count, m["unit"]), "duration_relative", mod
            )
            return _without_direction(t, m, ctx) if direction == "later" else t
        if code == "Y":
            year = int(last[:4]) + sign * int(n)
            return make_timex(
                m, "DATE", f"{year}{last[4:]}", "year_earlier_anchor", mod, anchor="previous timex"
            )
        t = make_timex(m, "DURATION", duration_value(count, m["unit"]), "duration_relative", mod)
        return _without_direction(t, m, ctx) if direction == "later" else t
    years = {"Y": 1, "E": 10, "C": 100}.get(code, 0) * int(n)
    if years and base.year + sign * years < 1:
        # "about 45,000 years ago": before the calendar's first year, a year BC
        value = year_value(base.year + sign * years)
        return make_timex(m, "DATE", value, "ago", mod, anchor=anchor)
    if years and base.year + sign * years > 9999:
        # "one million years from now": beyond the calendar's last year, some future
        return make_timex(m, "DATE", "FUTURE_REF", "vague_ago", mod)
    day = shift_date(base, sign * int(n), code)
    return make_timex(m, "DATE", value_at(day, granularity), "ago", mod, anchor=anchor)


def _year_written_before(m: re.Match[str], ctx: Context, back: int) -> int | None:
    """The year of the year, season or month named last before ``m`` in its sentence or
    the ``back`` sentences before ("in 2008", "last year", "a poll in December" before
    "four years later"), or of a day whose year is written ("Nov. 4, 2008"); None if
    there is none.
    A day dated from the DCT ("today", "Sept. 9") is no time to count years from."""
    for t in reversed(ctx.previous):
        if t.end > m.start() or t.rule in DERIVED_RULES:
            continue  # "from the month before but rose from a year earlier": not from it
        if len(SENTENCE_END.findall(ctx.text, t.end, m.start())) > back:
            return None
        if _YEAR_OR_MONTH.fullmatch(t.value) or (
            _DAY.fullmatch(t.value) and _WRITTEN_YEAR.search(t.text)
        ):
            return int(t.value[:4])
    return None


#: how many sentence ends may lie between a year and the "N years later" counted from it
_SENTENCES_BACK = 1
#: a year, or a season, quarter, half or month of one
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-(?:\d\d|SP|SU|FA|WI|Q\d|H\d))?")
#: a day
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
#: a year written in full
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def _without_direction(t: Timex, m: re.Match[str], ctx: Context) -> Timex:
    """``t`` without its trailing "later": TimeML tags "three days" in "three days later"
    as the duration and leaves the direction word out as a signal."""
    t.end = m.start("dir")
    while t.end > t.start and ctx.text[t.end - 1].isspace():
        t.end -= 1
    t.text = ctx.text[t.start : t.end]
    return t
