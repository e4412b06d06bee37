"""TimeML values from matched words, shared by the resolvers: the :class:`Timex` of a
match, the mod of a point modifier, numbers, durations (``P2W``, ``P2Y6M``), the month of
a month name and the year of a month named without one."""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.dates import interval_of
from fivews.timeline.event_nouns import AHEAD_WORDS, SCHEDULED_EVENT_NOUNS, names_scheduled_event
from fivews.timeline.lexicon import DAY_WORDS, LEXICON, MONTHS, NUMBERS, POINT_MODS, UNITS
from fivews.timeline.records import NAME_TITLES, Timex
from fivews.timeline.tense import FUTURE, PAST, PRESENT


def make_timex(
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


def point_mod_of(m: re.Match[str]) -> str | None:
    """The TimeML mod of the match's point modifier ("late" -> END), if any."""
    g = m.groupdict().get("pmod")
    return POINT_MODS.get(re.sub(r"\s+", " ", g.lower())) if g else None


#: the words of a large count after its figure ("66 million")
_LARGE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def number_value(word: str) -> float | None:
    """A number from digits or words; None for vague quantities ("several")."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    half = 0.0
    w = re.sub(r"-(and)-(a)-(half)$", r" \1 \2 \3", w)  # "seven-and-a-half"
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], 0.5
    if w.endswith((" 1/2", "-1/2")):  # "2 1/2 years", "2-1/2 years"
        w, half = w[:-4], 0.5
    if w.endswith("½"):  # "5 ½ years", "5½ years"
        w, half = w[:-1].rstrip(), 0.5
    large = re.fullmatch(r"(\d+(?:[.,]\d+)?|[a-z]+(?:[- ][a-z]+)?) (thousand|million|billion)", w)
    if large:  # "66 million years ago", "2.5 million years", "two million years"
        base = number_value(large.group(1))
        return None if base is None else base * _LARGE[large.group(2)] + half
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
HALF_UNIT = {"Y": "6M", "M": "15D", "D": "T12H", "TH": "30M", "TM": "30S"}
#: a unit in the next smaller one, for other fractions ("a quarter of an hour" -> PT15M)
SMALLER_UNIT = {"Y": (12, "M"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}


def duration_value(n: float | None, unit: str) -> str:
    """TimeML duration: ``P2W``, ``PT3H``, ``PXY`` (vague), ``P2Y6M`` (2.5 years)."""
    code = UNITS[re.sub(r"\s+", " ", unit.lower())]
    if code in ("E", "C") and n is not None:  # "two decades": TimeML writes P20Y
        code, n = "Y", n * (10 if code == "E" else 100)
    if code == "E":  # "for decades", "decades-long": a vague number of years (PXY)
        code = "Y"
    if code == "WE":  # a weekend is two days
        code, n = "D", (None if n is None else n * 2)
    if code[0].isdigit():  # a multiple: a fortnight (2W), a quarter-century (25Y)
        k, code = int(code[:-1]), code[-1]
        n = None if n is None else n * k
    t = "T" if code.startswith("T") else ""
    letter = code[-1]
    if n is None:
        return f"P{t}X{letter}"
    whole = int(n)
    if n == whole:
        return f"P{t}{whole}{letter}"
    if n - whole == 0.5 and code in HALF_UNIT:
        head = f"P{t}{whole}{letter}" if whole else f"P{t}"
        return head + HALF_UNIT[code]
    if not whole and code in SMALLER_UNIT and (n * SMALLER_UNIT[code][0]).is_integer():
        k, smaller = SMALLER_UNIT[code]
        return f"P{'T' if smaller.startswith('T') else ''}{int(n * k)}{smaller[-1]}"
    return f"P{t}{n:g}{letter}"


#: a month name this close to the DCT (in months) takes the DCT's year whatever the tense
NEAR_MONTHS = 2
#: across New Year only this close (in days; "January" in a December article): a January
#: article's "November" is mostly the coming election's, not the one just past
NEAR_NEW_YEAR_DAYS = 45


def pick_year(
    dct: dt.date, month: int, day: int | None, tense: str | None, *, stated: bool = False
) -> tuple[int, str]:
    """The year of a month (and day) named without one, and how it was chosen.

    Within :data:`NEAR_MONTHS` months of the DCT (across New Year within
    :data:`NEAR_NEW_YEAR_DAYS` days), the nearest occurrence (news reports of last week's
    and next week's dates use any tense): ``near_dct``; farther away, the year the tense
    asks for (past: on or before the DCT; future: on or after): ``past_tense`` /
    ``future_tense``; with no tense, the nearest occurrence: ``nearest``. A direction the
    words state (``stated``: "since October", "ahead to July") holds for a month or
    season near the DCT too; a day near it keeps the nearest reading ("since Nov. 22" in
    a text dated Nov. 20 more likely has a DCT a few days off than means last year).
    """
    diff = (month - dct.month) * 30.5 + ((day or 15) - (dct.day if day else 15))
    # "since October" in August is last year's, however near
    near_reading = not (stated and day is None and tense in (PAST, FUTURE))
    if near_reading and abs(diff) <= NEAR_MONTHS * 30.5:
        return dct.year, "near_dct"
    if near_reading and abs(diff) >= 365 - NEAR_NEW_YEAR_DAYS:
        # near across New Year: "January" in a December article, "December" in a January one,
        # unless the tense says the other side ("was carried out on Jan. 4" in a December
        # article is this year's, "will open in December" in a January one this year's)
        if (tense, diff < 0) not in ((PAST, True), (FUTURE, False)):
            return (dct.year + 1 if diff < 0 else dct.year - 1), "near_dct"
    if tense == PAST:
        return (dct.year if diff <= 0 else dct.year - 1), "past_tense"
    if tense == FUTURE:
        return (dct.year if diff >= 0 else dct.year + 1), "future_tense"
    if diff > 183:
        return dct.year - 1, "nearest"
    if diff < -183:
        return dct.year + 1, "nearest"
    return dct.year, "nearest"


#: the rules of a date written out with its year ("March 14, 2009", "3/14/2009")
WRITTEN_DATE_RULES = frozenset({"month_day_year", "numeric_date", "iso_date"})

#: a day's value, of a known or an unknown year (groups: year, month, day): 2016-08-18,
#: XXXX-08-18
DAY_VALUE = re.compile(r"(\d{4}|XXXX)-(\d\d)-(\d\d)")
#: the value of a day whose year or week is unknown: a day of an unknown year
#: (``XXXX-03-26``) or an unknown week's weekday (``XXXX-WXX-1``)
UNDATED_DAY = r"XXXX-(?:\d\d-\d\d|WXX-\d)"


def month_number(word: str) -> int:
    """The month number of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[word.lower().rstrip(".")]


#: words before a full date that make it the date of something else than the story's
#: events: a birth, a document, a founding
OTHER_TIME_BEFORE = re.compile(
    r"\b(?:born|dated|founded|established|signed|married|died)\s+(?:on\s+|in\s+)?$", re.I
)


def day_of_month(m: re.Match[str]) -> int:
    """The day a date match names, in digits ("15th") or, where the rule allows it, as an
    ordinal word ("the twenty-third of May")."""
    word = m.groupdict().get("dayword")
    if word:
        return DAY_WORDS[re.sub(r"\s+", "-", word.lower())]
    return int(re.sub(r"\D", "", m["day"]))


#: words before a month or season that say which way from the DCT it lies: "since
#: January", "retroactive to March 1", "backdated to April" are past, "looking ahead to the
#: fall", "marching toward November" are ahead
_DIRECTION_BEFORE = re.compile(
    r"(?:\b(?P<past>since(?:\s+[a-z]+ing\s+(?:in|on))?|retroactive(?:ly)?\s+to|back-?dated\s+to)"
    r"|\b(?P<future>ahead\s+to|toward|towards|between\s+(?:now|today)\s+and)"
    r"|\b(?P<due>due(?:\s+(?:out|back))?\s+(?:in|by))"
    r"|\b(?P<set>(?:scheduled|rescheduled|slated|planned)(?:\s+(?:for|on))?|set\s+for))"
    r"\s+(?:the\s+)?$",
    re.I,
)


#: a commodity or a contract and "for" before a delivery month ("Brent crude for
#: January"), and a delivery's noun after it ("for December delivery")
_DELIVERY_BEFORE = re.compile(
    r"\b(?:crude|oil|futures?|contracts?|gasoline|heating\s+oil|natural\s+gas|gold|silver"
    r"|copper|platinum|wheat|corn|soybeans?|coffee|cocoa|sugar|cotton|Brent|WTI)\s+for\s+$",
    re.I,
)
_DELIVERY_AFTER = re.compile(r"\s+(?:delivery|futures)\b", re.I)
#: a date naming a scheduled event: "the" before it or "'s" after it, the event's noun
#: within four words after it ("the Nov. 8 election", "the Nov. 8 U.S. presidential
#: election", "November's general election")
_ATTRIBUTIVE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
#: a modal after the event the clause tells of ("said January's summit would be crucial")
_AHEAD_AFTER = re.compile(r"[^.;:!?]{0,60}?\b(?:would|could|will|might|may)\b(?!\s+have\b)")
#: verbs that judge or name an event ("called", "described", "dubbed")
_JUDGED_BEFORE = re.compile(
    r"\b(?:call|calls|called|calling|describe[sd]?|describing|dub(?:s|bed)?|label(?:s|ed|led)?"
    r"|term(?:s|ed)?|cast|casts|frame[sd]?|framing)\s+$",
    re.I,
)
_EVENTS = "|".join(sorted(SCHEDULED_EVENT_NOUNS, key=len, reverse=True))
_EVENT_AFTER = re.compile(rf"(?:[ \t]+[\w.-]+){{0,3}}?[ \t]+(?:{_EVENTS})\b", re.I)
_FUNCTION_WORD = re.compile(
    r"\b(?:and|or|to|of|in|at|on|for|with|by|from|is|was|that|which)\b", re.I
)
#: a date after an event set for a day that lies ahead of the act told: the event is what
#: the act is for or lasts until ("drafting the platform for the convention in July",
#: "stay in the fight until the party's convention in July"), or is called coming ("the
#: looming showdown in July")
_EVENT_AHEAD_BEFORE = re.compile(
    r"(?:\b(?:for|until|till|toward|towards|ahead\s+of)\s+(?:the|[a-z]+['’]s)"
    r"|\bahead\s+of\s+(?:his|her|its|their)"
    r"|\b(?:upcoming|looming|planned|scheduled|forthcoming|impending|proposed))"
    rf"(?:\s+[\w.'’-]+){{0,3}}?\s+(?:{_EVENTS})\s+(?:in|on)\s+$",
    re.I,
)


#: a release's verb in "-s" after the thing released, before "in" and a month or season
#: ("Season three premieres in January", "The film debuts in the fall", "The show airs
#: in February"); not the plural noun ("Two premieres in February attracted…", "Netflix
#: premieres in January included…"), which has no such subject before it or a verb after
_RELEASED_IN_BEFORE = re.compile(
    r"\b(?:(?:season|series)\s+(?:\d+|[a-z]+)|show|series|film|movie|sequel|documentary|drama"
    r"|sitcom|album|musical|play|opera|episode|finale|it)\s+(?:airs|premieres|debuts)"
    r"\s+(?:on\s+[A-Z][\w+]*\s+)?(?:in\s+theaters\s+)?in\s+(?:the\s+|early\s+|late\s+|mid-)?$",
    re.I,
)


#: a verb right after the time, which makes the release word before it a plural noun
#: ("premieres in March were postponed")
_NOUN_VERB_AFTER = re.compile(
    r"\s+(?:were|was|are|is|drew|had|have|got|proved|[a-z]+ed|[a-z]+ght|reached|won|lost)\b",
    re.I,
)


def direction_tense(text: str, start: int, end: int, tense: str | None) -> tuple[str | None, bool]:
    """The tense a month, day or season at ``text[start:end]`` takes, and whether words state it:
    PAST after "since" (also "since announcing in") and "retroactive to"/"backdated to",
    FUTURE after "ahead to"/"toward"/"between now and" (stated), and after "is due in" in a
    present or future clause that does not tell it is overdue, else the clause's ``tense``.
    A date something was set for ("was originally scheduled for May 27", "a vote set for
    June 6") lies ahead of the setting, not of the past clause that tells of it: there a
    past tense gives way to the nearest such date. So does a date naming a scheduled event
    ("the Nov. 8 election", told in a past clause in July), whose clause tells of something
    else, and a date after an event the act is for, lasts until or calls coming ("drafting
    the platform for the convention in July", "the looming showdown in July"); an incident's
    date ("the Oct. 23 slaying") keeps the past. A present clause tells of what is to come
    at a date after "in" closing it when a condition opens it ("if he is the nominee in
    November") or it names an event set for a day ("the election is in November"). A futures
    contract's month ("Brent crude for January", "for December delivery") is the coming one
    (stated)."""
    if _DELIVERY_BEFORE.search(text, max(0, start - 40), start) or _DELIVERY_AFTER.match(text, end):
        return FUTURE, True
    if _RELEASED_IN_BEFORE.search(text, max(0, start - 40), start) and not _NOUN_VERB_AFTER.match(
        text, end
    ):
        return FUTURE, True  # "Season three premieres in January": a release ahead
    m = _DIRECTION_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        # "called November's general election a citizenship election": an event judged,
        # not told as held ("Turnout in June's primary was low")
        owner = (
            _POSSESSIVE_AFTER.match(text, end)
            if _JUDGED_BEFORE.search(text, max(0, start - 16), start)
            or _AHEAD_AFTER.match(text, end)
            else None
        )
        if (
            tense == PAST
            and (owner or _ATTRIBUTIVE_BEFORE.search(text, max(0, start - 5), start))
            and (event := _EVENT_AFTER.match(text, owner.end() if owner else end)) is not None
            and not _FUNCTION_WORD.search(event.group(0))
        ):
            return None, False
        if tense == PAST and _EVENT_AHEAD_BEFORE.search(text, max(0, start - 90), start):
            return None, False
        if tense == PAST and (
            _EXTENDED_TO.search(text, max(0, start - 90), start)
            or until_a_set_event(text, start, end)
        ):
            # "The tax cut was extended for two months, through the end of February",
            # "released on bail until a hearing in April": the new end may lie either
            # side of the DCT, so the nearest such month
            return None, False
        if (
            tense == PRESENT
            and _CLAUSE_ENDS.match(text, end)
            and (
                _CONDITION_BEFORE.search(text, max(0, start - 90), start)
                or _event_in_clause_before(text, start)
            )
        ):
            # "the best bet if he is the nominee in November", "the election is in November"
            return FUTURE, False
        return tense, False
    if m["set"]:
        return (None if tense == PAST else tense), False
    if m["due"]:
        # "The baby is due in January": ahead (not "The rent due in April remains unpaid",
        # "had been due in March")
        ahead = (
            tense in (PRESENT, FUTURE)
            and _BE_BEFORE_DUE.search(text, max(0, m.start("due") - 12), m.start("due"))
            and not _OVERDUE_AFTER.match(text, end)
        )
        return (FUTURE, True) if ahead else (tense, False)
    return (PAST if m["past"] else FUTURE), True


#: "is"/"are" right before "due"
_BE_BEFORE_DUE = re.compile(r"\b(?:is|are|be|['’]s)\s*$", re.I)
#: a debt not paid after its date ("has still not been paid", "remains unpaid")
_OVERDUE_AFTER = re.compile(
    r"[^.;!?]*?\b(?:unpaid|overdue|outstanding|missed|not\s+(?:yet\s+)?(?:been\s+)?paid)\b",
    re.I,
)
#: an extension's new end before a month ("was extended … through the end of")
_EXTENDED_TO = re.compile(
    r"\bextended\b[^.;:!?]{0,60}\b(?:through|thru|until|till|to|into)\s+"
    r"(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$",
    re.I,
)
#: "until" and an event before "in" and a month ("until a hearing in January", "until a
#: date in April")
_UNTIL_EVENT_IN = re.compile(
    r"\buntil\s+(?:a|an|the|his|her|their|its)\s+(?P<event>(?:[\w-]+\s+){0,3}?)in\s+$", re.I
)
#: a clause after the month that tells of the event (", when jurors acquitted him")
_WHEN_AFTER = re.compile(r"[^.;!?]*?\b(?:when|where|at\s+which)\b([^.;!?]*)", re.I)


def until_a_set_event(text: str, start: int, end: int) -> bool:
    """Whether the month at ``text[start:end]`` follows "until" and a scheduled event or a
    court date ("released on bail until a date in April", "until a hearing in January"; not
    "until a heart attack in March"), not told as over after it ("until his trial in July,
    when jurors acquitted him")."""
    until = _UNTIL_EVENT_IN.search(text, max(0, start - 60), start)
    return bool(
        until
        and (
            names_scheduled_event(until["event"])
            or re.search(r"\b(?:date|appearance)\b", until["event"]) is not None
        )
        and not _told_over_after(text, end)
    )


def _told_over_after(text: str, end: int) -> bool:
    """Whether a "when" clause after ``end`` tells the event as over ("when jurors
    acquitted him"; not "when he is expected to enter a plea")."""
    when = _WHEN_AFTER.match(text, end)
    return bool(
        when
        and re.search(r"\b(?:was|were|had|\w+ed)\b", when.group(1), re.I)
        and not re.search(r"\b(?:is|are|will|would|shall|can|may)\b", when.group(1), re.I)
    )


#: a subordinator of condition opening the clause of a date after "in" ("if he is the
#: nominee in November"; not "whether the report is a blip after the weak August data")
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|once|whether)\s[^,;:.!?()\n]*\sin\s+$", re.I)
#: the end of a clause after a date: the date closes it, after its verb ("the election is
#: in November."), not within the subject ("The vote in February shows…")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)\"”]|$|(?:and|but|or)\b)")
#: the clause before "in" and a date ("the election is in", "whose votes she needs in")
_CLAUSE_BEFORE_IN = re.compile(r"([^,;:.!?()\n]*)\sin\s+$")
#: a title's full stop before a name, which ends no clause ("the votes Mrs. Clinton needs
#: in November", "Dr. Stein"); not "St", "Jr", "Sr", which end names and streets
_TITLE_STOP = re.compile(
    r"\b(" + "|".join(t for t in NAME_TITLES if t not in ("St", "Jr", "Sr")) + r")\.(?=\s+[A-Z])"
)


def _event_in_clause_before(text: str, start: int) -> bool:
    """Whether the clause before "in" and the date at ``start`` names an event set for a
    day ("the election is in November", "the votes she needs in November")."""
    before = _TITLE_STOP.sub(r"\1", text[max(0, start - 90) : start])
    clause = _CLAUSE_BEFORE_IN.search(before)
    return clause is not None and names_scheduled_event(clause.group(1))


#: a frame opening a sentence with "With" and a noun up to a day in it ("With a plunge in
#: the stock on", "With mixed results on"; not "With the vote set for")
_FRAME_OPENING = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)With\s+[^,;:.!?\"“”\n]{3,80}$")
#: the rest of the frame after the day, its comma, and the main clause up to its end
_AFTER_FRAME = re.compile(r"([^,;:.!?\n]{0,40}),([^.;!?\n]*)")


def frame_tense(text: str, start: int, end: int, tense: str | None) -> str | None:
    """PAST for a day at ``text[start:end]`` in a frame opening its sentence with "With" and
    a noun before a main clause in the present that tells of now, not of a time ahead
    ("With a plunge in the stock on Tuesday, the pressure is growing", "With mixed results
    on Tuesday night, the party is split"): the day is over, unless the frame names an
    event set for a day ("With the vote on Friday"). Else the clause's ``tense``."""
    frame = _FRAME_OPENING.search(text, max(0, start - 90), start)
    if tense not in (PRESENT, FUTURE) or frame is None or AHEAD_WORDS.search(frame.group(0)):
        return tense
    if re.search(r"ing\s+(?:on\s+)?$", frame.group(0)):
        return tense  # "With polls closing Tuesday": a time the frame looks ahead to
    if names_scheduled_event(frame.group(0)):
        return tense  # "With the vote on Friday, the party is busy": an event to come
    rest = _AFTER_FRAME.match(text, end)
    if rest is None or AHEAD_WORDS.search(rest.group(1) + " " + rest.group(2)):
        return tense
    return PAST


#: a value at night: the night part of a day or an hour from 6 p.m.
AT_NIGHT = re.compile(r"T(?:NI|1[89]:\d\d|2[0-3]:\d\d)$")


def next_day(value: str, step: int = 1) -> str:
    """The day after a day value (``step`` days on; -1 the day before): a date, a day of
    an unknown year (``XXXX-03-26``) or an unknown week's weekday (``XXXX-WXX-5``)."""
    weekday = re.fullmatch(r"XXXX-WXX-(\d)", value)
    if weekday:
        return f"XXXX-WXX-{(int(weekday.group(1)) - 1 + step) % 7 + 1}"
    if value.startswith("XXXX-"):  # a common year, unless the day is Feb. 29
        year = "2000" if value[5:10] == "02-29" else "2001"
        nxt = dt.date.fromisoformat(year + value[4:]) + dt.timedelta(days=step)
        return "XXXX" + nxt.isoformat()[4:]
    return (dt.date.fromisoformat(value) + dt.timedelta(days=step)).isoformat()


#: the parts of a day in their order
DAY_ORDER = {"MO": 0, "MI": 1, "AF": 2, "EV": 3, "NI": 4}


def day_order(time: str) -> int:
    """Where a part of the day ("EV") or an hour ("19:30") falls in :data:`DAY_ORDER`."""
    if time in DAY_ORDER:
        return DAY_ORDER[time]
    hour = int(time[:2])
    return 0 if hour < 12 else 2 if hour < 18 else 3 if hour < 21 else 4
