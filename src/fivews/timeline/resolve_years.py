"""Resolvers of years and longer periods named on the calendar: "2015", "fiscal 1989",
"Q3 2016", "500 BC", "in ’16", "the 1990s", "the 20th century", "nineteen ninety-six"."""

from __future__ import annotations

import re

from fivews.timeline.framing_years import CLAUSE_GOES_ON
from fivews.timeline.guards_years import RESULTS_AFTER
from fivews.timeline.lexicon import LEXICON, NUMBERS, ORDINALS
from fivews.timeline.records import Context, Timex
from fivews.timeline.tense import FUTURE
from fivews.timeline.values import make_timex, point_mod_of


def resolve_period_code(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "Q3 2016", "2017 H1": a quarter or half written as its code; "FY2014", "FY14": the
    fiscal year (as "fiscal 2014" is ``2014``); a quarter's code alone ("in Q2", "1Q") the
    latest such quarter begun by the DCT, in a future clause the next one not yet over,
    unless results are told of one ended in the last few months ("Its Q4 results are due
    next Thursday", written in January: the Q4 just ended)."""
    if m["fy"]:
        year = m["fy"] if len(m["fy"]) == 4 else f"20{m['fy']}"
        return make_timex(m, "DATE", year, "fiscal_year")
    if m["pc"] or m["pc2"]:
        code = (m["pc"] or m["pc2"]).upper()
        code = code[::-1] if code[0].isdigit() else code  # "2H 2017" is 2017-H2
        return make_timex(m, "DATE", f"{m['py'] or m['py2']}-{code}", "period_code")
    if m["pn4"]:  # "1Q14": the first quarter of 2014
        return make_timex(m, "DATE", f"20{m['py4']}-Q{m['pn4']}", "period_code")
    code = m["pc3"] or (m["pl"] or m["pl5"]) + (m["pn"] or m["pn5"])
    if ctx.dct is None:
        return make_timex(m, "DATE", f"XXXX-{code}", "period_code")
    n, size = int(code[1]), 6 if code[0] == "H" else 3
    since_end = (ctx.dct.month - n * size) % 12  # months since such a quarter last ended
    reported = RESULTS_AFTER.match(ctx.text, m.end()) is not None and 0 < since_end <= 3
    if ctx.tense(m.start(), m.end()) == FUTURE and not reported:
        # "expects a recovery in Q4": the next one
        year = ctx.dct.year if n * size >= ctx.dct.month else ctx.dct.year + 1
    else:
        year = ctx.dct.year if (n - 1) * size < ctx.dct.month else ctx.dct.year - 1
    return make_timex(m, "DATE", f"{year}-{code}", "period_code", anchor="DCT")


def resolve_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "2015", "fiscal 1989", "1990 and beyond" (ON_OR_AFTER)."""
    mod = point_mod_of(m)
    tail = (m["beyond"] or "").lower()
    if tail:
        mod = "ON_OR_AFTER" if re.search(r"beyond|later|after|onward", tail) else "ON_OR_BEFORE"
    return make_timex(m, "DATE", m["year"], "fiscal_year" if m["fiscal"] else "year", mod)


#: a place's name or "and" another's after "B.C." ("2013 B.C. and Alberta", "B.C. Liberals")
_PROVINCE_GOES_ON = re.compile(r"\s+(?:(?:and|or)\s+)?(?-i:[A-Z])[a-z]", re.I)


def resolve_era_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "500 BC", "AD 79", "250" of "between 250 and 100 B.C.": ``BC0500``, ``0079``,
    ``BC0250`` (TimeML writes a year before the common era with a ``BC`` prefix). No era:
    "B.C." or "BC" after a year of the last two centuries and before a name or "and" one
    (British Columbia: "in 2013 B.C. and Alberta"), an abbreviation before a noun or a
    name ("150 B.C. residents", "BC Hydro"), a year of the common era still to come."""
    era = (m["era"] or m["rera"] or "AD").replace(".", "")
    year = int((m["eyear"] or m["adyear"] or m["ryear"]).replace(",", ""))
    after = m.end("rera") if m["rera"] else m.end()
    if not m["adyear"] and not CLAUSE_GOES_ON.match(ctx.text, after):
        return None  # "150 B.C. residents", "400 AD patients", "9,000 BC Hydro customers"
    if era == "BC" and 1800 <= year <= 2100 and _PROVINCE_GOES_ON.match(ctx.text, after):
        return None  # "in 2013 B.C. and Alberta": British Columbia
    if not era.startswith("BC") and year > (ctx.dct.year if ctx.dct else 2100):
        return None  # "flight AD 4523": no year to come
    value = f"BC{year:04d}" if era.startswith("BC") else f"{year:04d}"
    return make_timex(m, "DATE", value, "era_year", point_mod_of(m))


def resolve_short_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "in ’16", "the class of ’92": the year of that number within a century ending a
    few years after the DCT (without one, 2000-2030 or 1931-1999)."""
    yy = int(m["yy"])
    latest = ctx.dct.year + 5 if ctx.dct is not None else 2030
    year = latest - (latest - yy) % 100
    return make_timex(m, "DATE", str(year), "short_year")


def resolve_decade(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the 1990s", "the '80s", "the eighties" -> ``199`` / ``198``; "the 1800s" -> ``18``."""
    if m["dw"]:
        value = "19" + str(LEXICON["decade_words"][m["dw"].lower()])
    elif m["d2"]:
        value = "19" + m["d2"]
    elif (
        m["c"]
        and m["c"] != "20"
        and m["d"] == "0"
        and not _DECADE_NEXT_TO.match(ctx.text, m.end())
        and not _DECADE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        # "the 1800s", "the early 1900s": the hundred years, a century (the 2000s are
        # mostly read as the decade)
        return make_timex(m, "DATE", m["c"], "hundreds", point_mod_of(m))
    else:
        value = (m["c"] or "19") + m["d"]
    t = make_timex(m, "DATE", value, "decade", point_mod_of(m))
    the = re.match(r"the\s+", t.text, re.I)
    if the and re.match(r"[-‐]\w", ctx.text[m.end() : m.end() + 2]):
        # "The 1990s-era reactor": the article is the noun's
        t.start, t.text = t.start + the.end(), t.text[the.end() :]
    return t


#: another decade listed next to one ("the 1900s and 1910s", "the 1890s and the 1900s"):
#: then "the 1900s" is a decade too (not next to another hundred: "the 1800s and 1900s")
_DECADE_NEXT_TO = re.compile(
    r"\s*(?:,|and|or|to|through|-|–)\s*(?:the\s+)?(?:early\s+|late\s+|mid-?)?\d\d[1-9]0['’]?s\b"
)
_DECADE_BEFORE = re.compile(r"\d\d[1-9]0['’]?s\s*(?:,|and|or|to|through|-|–)\s*(?:the\s+)?$")


def resolve_century(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the 20th century" -> ``19``, "the 5th century BC" -> ``BC04``; "the" of "the
    19th-century house" is the house's."""
    word = m["ord"].lower()
    n = int(word[:-2]) if word[:-2].isdigit() else ORDINALS.get(word)
    if not n or n < 1:
        return None
    era = m["cera"] or ""
    if era.startswith("B") and n > 15:
        era = ""  # "the 20th century BC Hydro service area": British Columbia
    value = f"{'BC' if era.startswith('B') else ''}{n - 1:02d}"
    t = make_timex(m, "DATE", value, "century", point_mod_of(m))
    if m["cera"] and not era:  # the era left out of the extent
        t.end = m.start() + len(ctx.text[m.start() : m.start("cera")].rstrip())
        t.text = ctx.text[t.start : t.end]
    if re.match(r"the\s", m.group(0), re.I) and (
        _NOUN_AFTER_HYPHEN.match(ctx.text, m.end("ord"))
        or re.match(r"-\s+(?:and|or|to)\s", ctx.text[m.end("ord") : m.end("ord") + 6])
    ):  # ("the 18th- and 19th-century workshops": the article is the workshops')
        t.start = m.start("ord")
        t.text = ctx.text[t.start : t.end]
    return t


#: "-century" and a lower-case noun after a century's ordinal ("19th-century house")
_NOUN_AFTER_HYPHEN = re.compile(
    r"-century\s+(?!(?:was|is|were|are|has|had|and|or|saw|brought|began|ended)\b)"
    r"(?:[a-z]|[A-Z][a-z])"  # "the 19th-century house", "the 11th-century Preah Vihear temple"
)


def resolve_spoken_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """Years in words (broadcast transcripts): "nineteen ninety-six" -> ``1996``."""
    if m["thousand"]:
        lo = m["lo2"]
        low = (
            0
            if not lo
            else int(NUMBERS.get(lo.lower(), LEXICON["spoken_year_tens"].get(lo.lower(), 0)))
        )
        return make_timex(m, "DATE", str(2000 + low), "spoken_year")
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
    return make_timex(m, "DATE", f"{hi}{low:02d}", "spoken_year")


def resolve_half_of_this_era(m: re.Match[str], ctx: Context) -> Timex | None:
    """ "the second half of the century", "the first half of the decade": the century
    ("20") or decade ("201") of the year, decade or century named before it in its sentence
    ("In 1850 … by the second half of the century": 18), else the DCT's; its start or its
    end (as TimeBank writes the first half of a named decade); else no value is known."""
    size = 2 if m["unit"].lower() == "century" else 3
    named = ctx.last_value(r"\d{2}|\d{3}|\d{4}", m.start(), 300, same_sentence=True)
    if named is not None and len(named) >= size:
        value, anchor = named[:size], "previous timex"
    elif ctx.dct is not None:
        value, anchor = str(ctx.dct.year)[:size], "DCT"
    else:
        return None
    mod = "START" if m["half"].lower() in ("first", "early") else "END"
    return make_timex(m, "DATE", value, "half_of_this_era", mod, anchor=anchor)
