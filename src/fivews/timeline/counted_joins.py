"""A timex joined to the one it is counted from, written right after it: "the day before
last Tuesday's hearing" (a day from the day named), "the week of March 6" (that day's ISO
week), "the quarter a year ago", "the same month a year ago", "the same week last year",
"the same period of the last year" (that period, a year back), "the first half of the
1990s" (the decade's half).
Read by :func:`fivews.timeline.tag.tag_timexes` when it merges neighbouring timexes."""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.dates import week_value
from fivews.timeline.records import Timex

#: the words between "the day" and the day it is counted from ("the day before Monday")
_DAY_BEFORE_AFTER = re.compile(r"\s+(before|after)\s+", re.I)
#: the words between "the day" and the date of the event it is counted from ("the day
#: after the March 22 primary")
_DAY_BEFORE_THE = re.compile(r"\s+(before|after)\s+the\s+", re.I)
#: a clock time or a part of a day not known ("7 p.m. the day": "XXXX-XX-XXT19:00")
_UNKNOWN_DAY_TIME = re.compile(r"XXXX-XX-XX(T(?:\d\d:\d\d|MO|AF|EV|NI))")
#: "the day" or a part of it, a clock time maybe before it ("7 p.m. the day", "the night")
_THE_DAY = r"(?:.+\s)?the\s+(?:day|morning|afternoon|evening|night)"
#: a word right after a date (the event it dates: "primary", "Utah caucuses", "Super
#: Bowl"; after a date's year its comma: "the Sept. 11, 2001, attacks"), not the end of a
#: range ("the Jan. 5 through 8 show")
_EVENT_AFTER = re.compile(
    r"(?:(?<=\d{4}),)?\s+(?!(?:through|to|and|or|until|the|a|an|he|she|it|they|we|i)\b)"
    r"(?:[A-Za-z]+-)?[A-Za-z]{3,}\b",
    re.I,
)
#: the words of the event's noun phrase after its first, up to where it ends
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z’'-]+)")
#: verbs that make the event's noun phrase the subject of a clause ("the March 22 vote
#: was postponed", "the Nov. 8 election results were certified": the day after that)
_CLAUSE_VERBS = frozenset(
    "was were is are be been became become becomes got gets had has have would will could"
    " did went came began ended".split()
)
#: "of" between a part and the whole it is part of ("the first half of the 1990s")
_WEEK_OF = re.compile(r"\s+of\s+", re.I)
#: the words between "the week" and the day that names it ("the week of March 6", "the
#: week beginning Oct. 19")
_WEEK_ENDING = re.compile(r"\s+(?:of|beginning|starting|commencing)\s+", re.I)
#: the words between a period and the day it ends on ("the week ended March 9", "the
#: quarter ending Sept. 30", "the week to Oct. 4")
_PERIOD_ENDING = re.compile(r"\s+(?:ending|ended|through|to)\s+", re.I)
#: a preposition right before a period ("in the week to Oct. 4")
_IN_BEFORE = re.compile(r"\b(?:in|for|during|over|from)\s+$", re.I)
#: the months and days that end a calendar quarter
_QUARTER_ENDS = frozenset({(3, 31), (6, 30), (9, 30), (12, 31)})
#: rules of "a year ago"/"a year earlier", which may follow the quarter they move back
_YEAR_BACK_RULES = frozenset({"year_ago_anchor", "year_earlier_anchor", "year_earlier_dct", "ago"})
#: "the same" opening a period ("the same period", "the same month", "that same week")
_SAME = re.compile(r"(?:the|that)\s+same\b", re.I)
#: the year before, after "of" ("the same period of the last year")
_LAST_YEAR = re.compile(r"(?:the\s+)?(?:last|previous|prior|preceding)\s+year", re.I)
#: a possessive "'s" ("last year's winner")
_POSSESSIVE = re.compile(r"['’]s\b")
#: the last week of a stretch, before a named day ("the final week before Christmas")
_FINAL_WEEK = re.compile(r"the\s+(?:final|last)\s+week", re.I)
#: a year back from the timex before it ("the same month a year ago")
_A_YEAR_BACK = re.compile(r"(?:a|one)\s+year\s+(?:ago|earlier|before)", re.I)


def counted_from_day(
    prev: Timex, t: Timex, gap: str, text_after: str = ""
) -> tuple[str, str] | None:
    """The value and rule of ``prev`` joined to the day ``t`` names after ``gap``, or None;
    ``text_after`` is the text right after ``t`` ("'s" there makes ``t`` a possessive:
    "the same week last year's winner retired" is no week a year back).

    "the day before last Tuesday's hearing" is a day from the day named after it; "the week
    of March 6" and "the week ending Sept. 30" are the ISO week of the named day, "the week
    before Christmas" the week before it.
    """
    offset = _DAY_BEFORE_AFTER.fullmatch(gap)
    clock = _UNKNOWN_DAY_TIME.fullmatch(prev.value)
    day_of = re.fullmatch(r"(\d{4}-\d\d-\d\d)(T[A-Z]{2}|T\d\d:\d\d)?", prev.value)
    week = re.fullmatch(r"(\d{4})-W(\d\d)", t.value)
    if (
        day_of
        and week
        and gap == " "
        and prev.rule.startswith("weekday_")
        and t.rule == "week_relative"
        and not _POSSESSIVE.match(text_after)  # "said on Tuesday last week's figures were…"
    ):
        # "on Tuesday last week", "Monday next week", "10 am on Wednesday next week": that
        # weekday of the week named
        wd = dt.date.fromisoformat(day_of.group(1)).isoweekday()
        day = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), wd)
        return day.isoformat() + (day_of.group(2) or ""), "weekday_of_week"
    if offset and prev.rule.removesuffix("+clock_time") in (
        "day_relative_to_previous",
        "day_in_apposition",
        "relative_day_no_dct",
    ):
        # "the day before March 1" ("the day after March 31" with no DCT: XXXX-04-01), with
        # a clock time before it ("7 p.m. the day before March 1") at that hour, "the night
        # before Thanksgiving" that night
        day = _day_moved(t.value, offset.group(1).lower() == "after")
        if day is not None and (prev.type == "DATE" or clock):
            return day + (clock.group(1) if clock else ""), "day_from_named_day"
    a_week = (
        prev.rule == "the_week"
        or (prev.rule == "the_unit_no_dct" and prev.value == "XXXX-WXX")
        or (
            # "the last week before Christmas": the week before it (not the week before this
            # one, nor a stretch's last week)
            prev.rule in ("final_unit_of", "week_relative")
            and _FINAL_WEEK.fullmatch(prev.text) is not None
            and offset is not None
            and offset.group(1).lower() == "before"
        )
    )
    if a_week and _WEEK_ENDING.fullmatch(gap):
        day = _day_of(t.value)
        if day is not None:
            return week_value(day), "week_of_day"
    if a_week and offset:
        day = _day_of(t.value)
        if day is not None:
            # "the week before Christmas", "the week after March 22": the seven days before
            # (after) it, as the ISO week holding their middle day, which holds most of them
            shift = 4 if offset.group(1).lower() == "after" else -4
            return week_value(day + dt.timedelta(days=shift)), "week_from_named_day"
    if (
        gap == " "
        and prev.rule.startswith("quarter")
        and re.fullmatch(r"\d{4}-[QH]\d", prev.value)
        and t.rule in _YEAR_BACK_RULES
        and re.match(r"\d{4}", t.value)
    ):
        # "the quarter a year ago", "the same period a year earlier": that quarter, back
        return t.value[:4] + prev.value[4:], "quarter_year_ago"
    if (
        gap == " "
        and prev.rule == "month_anaphoric"
        and re.fullmatch(r"\d{4}-\d\d", prev.value)
        and t.type == "DATE"
        and _A_YEAR_BACK.fullmatch(t.text)
    ):
        # "the same month a year ago": that month, a year before
        return f"{int(prev.value[:4]) - 1}{prev.value[4:]}", "month_year_ago"
    if (
        gap == " "
        and _SAME.match(prev.text)
        and re.fullmatch(r"\d{4}-W\d\d", prev.value)
        and t.type == "DATE"
        and (_A_YEAR_BACK.fullmatch(t.text) or _LAST_YEAR.fullmatch(t.text))
        and not _POSSESSIVE.match(text_after)
    ):
        # "the same week a year ago", "the same week last year": that week's number, a year
        # before (week 53 of a year that has 52 is its last)
        year = int(prev.value[:4]) - 1
        weeks = dt.date(year, 12, 28).isocalendar()[1]
        return f"{year}-W{min(int(prev.value[6:]), weeks):02d}", "week_year_ago"
    if (
        _SAME.match(prev.text)
        and re.fullmatch(r"\d{4}-(?:\d\d|[QH]\d)", prev.value)
        and re.fullmatch(r"\s+of\s+", gap)
        and _LAST_YEAR.fullmatch(t.text)
    ):
        # "the same period of the last year": that period, a year before
        rule = "month_year_ago" if prev.value[5:].isdigit() else "quarter_year_ago"
        return f"{int(prev.value[:4]) - 1}{prev.value[4:]}", rule
    if _WEEK_OF.fullmatch(gap) and t.rule == "decade" and re.fullmatch(r"\d{4}-H\d", prev.value):
        # "the first half of the 1990s", "the last half of the '80s": the decade, a part of it
        return t.value, "decade_half"
    return None


def day_before_dated_event(prev: Timex, t: Timex, gap: str, text_after: str) -> str | None:
    """The value of "the day before/after" (``prev``) counted from the date ``t`` that
    dates the event after it ("the day after the March 22 primary": ``2016-03-23``), or
    None. The two stay apart, as the date is a modifier of the event noun. A part of the
    day keeps its part ("the night before the March 1 primary"), a clock time
    joined before "the day" keeps its hour ("7 p.m. the day before the March 1 primary")."""
    offset = _DAY_BEFORE_THE.fullmatch(gap)
    rule = prev.rule.removesuffix("+clock_time")
    if offset is None or rule not in (
        "day_relative_to_previous",
        "the_day_told",
        "relative_day_no_dct",
    ):
        return None
    clock = _UNKNOWN_DAY_TIME.fullmatch(prev.value)
    if not re.fullmatch(_THE_DAY, prev.text, re.I | re.S) or (
        prev.type == "TIME" and clock is None
    ):
        return None
    event = _EVENT_AFTER.match(t.text[-4:] + text_after, 4)
    if event is None or _event_is_a_subject(text_after, event.end() - 4):
        return None
    day = _day_moved(t.value, offset.group(1).lower() == "after")
    if day is None:
        return None
    return day + (clock.group(1) if clock else "")


#: a comma (and "in") between "the year before" and the time restating it ("The year
#: before, in 2009, …")
_RESTATED_GAP = re.compile(r"\s*(?:,|[—–]|--?)\s*(?:(?:in|on)\s+)?", re.I)
#: what ends a phrase in apposition (a comma, a stop, a dash, a bracket)
_APPOSITION_ENDS = re.compile(r"\s*(?:[,.;:)—–]|--?\s|$)")
#: the value shape of each unit a closing "before"/"after" counts
_UNIT_SHAPES = {"year": r"\d{4}", "month": r"\d{4}-\d\d", "week": r"\d{4}-W\d\d"}


def restated_after(prev: Timex, t: Timex, gap: str, text_after: str) -> str | None:
    """The value of "the year before" (``prev``, a unit counted from another time or the
    DCT) that the time in apposition right after it restates ("The year before, in 2009,
    he had lost": ``2009``), or None. Both stay timexes, as TimeML tags each."""
    unit = prev.rule.removesuffix("_dct").removesuffix("_before_after")
    if unit not in _UNIT_SHAPES or not prev.rule.endswith(("_before_after", "_before_after_dct")):
        return None
    if not _RESTATED_GAP.fullmatch(gap) or not _APPOSITION_ENDS.match(text_after):
        return None
    if not re.search(r"\d{4}", t.text) and (unit == "year" or not prev.rule.endswith("_dct")):
        # a time of no written year is placed from the DCT: it restates no year, nor a
        # unit counted from another time ("sworn in on Jan. 5, 2013. The week before, on
        # Dec. 28, …")
        return None
    day = _day_of(t.value) if unit == "week" else None
    if day is not None:
        return week_value(day)  # "The week before, on March 22, …": that day's week
    # a finer time restates its unit too ("The year before, on March 22, 2009, …")
    unit_value = re.match(_UNIT_SHAPES[unit] + r"(?=$|-\d\d$|-\d\d-\d\d$)", t.value)
    return unit_value.group() if unit_value else None


#: words that end the event's noun phrase: a pronoun or relative word opening a clause
#: of its own, a preposition, a conjunction
_PHRASE_ENDS = frozenset(
    "he she they it we i you who which that whose whom where when in at on of for with by"
    " from to into and or but as".split()
)


def _event_is_a_subject(text: str, pos: int) -> bool:
    """Whether the noun phrase whose first word ends at ``pos`` of ``text`` goes on, within
    three words, into a verb of its own ("vote was postponed", "shooting suspect was
    arrested", "memo became public"): a clause whose event the date does not date. A
    word list, as the merge sees text only, not the parse."""
    for n, word in enumerate(_NEXT_WORD.finditer(text, pos)):
        if n == 3 or word.start() != pos:
            return False
        lower = word.group(1).lower()
        if lower in _PHRASE_ENDS:
            return False  # "the June 8 reunion he had helped organize"
        if lower in _CLAUSE_VERBS or lower.endswith("ed"):
            return True
        pos = word.end()
    return False


def _day_moved(value: str, after: bool) -> str | None:
    """The day after (before) the day ``value`` names, ``YYYY-MM-DD`` or, in a text with no
    DCT, ``XXXX-MM-DD`` (the year is not known either way); None for another value."""
    yearless = value.startswith("XXXX-")
    day = _day_of("2000" + value[4:] if yearless else value)  # 2000: a leap year
    if day is None:
        return None
    moved = (day + dt.timedelta(days=1 if after else -1)).isoformat()
    return "XXXX" + moved[4:] if yearless else moved


def period_ended(prev: Timex, t: Timex, gap: str, before: str) -> str | None:
    """The value of the week or quarter ``prev`` that ends on the day ``t`` names after
    ``gap`` ("the week ended March 9": that day's ISO week; "the quarter ended Sept. 30":
    the third quarter), or None. TimeBank tags the period and its last day apart; a
    quarter read from the DCT takes the day's only when the day closes a calendar
    quarter (a fiscal "quarter ended July 31" is no calendar quarter). "to" ends a period
    only after a preposition (``before`` is the text before ``prev``): "rose in the week
    to Oct. 4", not "have the week to March 8 to respond"."""
    day = _day_of(t.value)
    ending = _PERIOD_ENDING.fullmatch(gap)
    if day is None or not ending:
        return None
    if ending.group(0).strip().lower() == "to" and not _IN_BEFORE.search(before):
        return None
    if prev.rule == "the_week" or (prev.rule == "the_unit_no_dct" and prev.value == "XXXX-WXX"):
        return week_value(day)
    if prev.rule in _LATEST_QUARTER_RULES and (day.month, day.day) in _QUARTER_ENDS:
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return None


#: rules of "the quarter" read from the DCT or the quarter named before
_LATEST_QUARTER_RULES = frozenset({"quarter_latest_completed", "quarter_previous_mention"})


def _day_of(value: str) -> dt.date | None:
    """The calendar day a ``YYYY-MM-DD`` value names, or None (another value, or no such day)."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
