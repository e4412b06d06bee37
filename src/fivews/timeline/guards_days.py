"""Guards of the parts of a day and of a plain "that day": which "the night", "in the
morning", "through the night", "that day" name a time of a day the text tells of, and
which a kind of thing ("the morning paper", "a late-night meeting"), a habit ("owls hunt
through the night", "bread not sold that day") or an idiom ("vanished into the night").

Hand-written regular expressions over the text, like the other guards: no library tells
these uses apart, and the parse is not at hand in a guard.
"""

from __future__ import annotations

import re

from fivews.timeline.event_nouns import INCIDENT_NOUNS, SCHEDULED_EVENT_NOUNS
from fivews.timeline.guards import NOUN_AFTER, first_word, in_a_title, phrase_end, previous_word
from fivews.timeline.lexicon import MONTH, PARTS_OF_DAY, WEEKDAY
from fivews.timeline.records import SENTENCE_END, Context
from fivews.timeline.tense import PRESENT


def _sentence_before(text: str, start: int) -> str:
    """The sentence up to ``start`` (within 200 characters), cut where
    :data:`~fivews.timeline.records.SENTENCE_END` finds a sentence end."""
    return SENTENCE_END.split(text[max(0, start - 200) : start])[-1]


def guard_part_of_day(m: re.Match[str], text: str) -> bool:
    """A bare "morning"/"night" needs "this"/"last", a modifier or "in/during/that the"
    (a hyphenated one only where the phrase ends: "by mid-afternoon," but "a late-night
    meeting" is a kind of meeting, and "mid-morning Thursday" the weekday's), and is no
    title ("CBS This Morning") nor the part of a day named after "of" ("the morning of
    Sunday")."""
    if m["part"].lower() == "overnight" and _RATE_AFTER.match(text, m.end()):
        return False  # "the overnight lending rate": a loan's term, no night
    if text.startswith("-after", m.end()):
        return False  # "the morning-after pill": a kind of pill
    if in_a_title(m, text) or _OF_A_DAY.match(text, m.end()):
        return False  # "the morning of Sunday", "the night of Oct. 23": TimeBank tags the day
    if (
        m["pmod"]
        and previous_word(text, m.start()) in ("a", "an")
        and _kind_noun_after(text, m.end())
    ):
        return False  # "in an early morning incident": a kind of incident, as "a late-night"
    return bool(
        m["rel"]
        or m["one"]  # "One night in 1968, …": the resolver tells some night from a length
        or (m["pmod"] and (text[m.end("pmod")].isspace() or _PART_ENDS.match(text, m.end())))
        or m["part"].lower() == "overnight"
        or (
            # "in the morning": the match may start at "the" or just after it
            m.group(0).lower().startswith("the")
            and previous_word(text, m.start()) in _PART_OF_DAY_PREPOSITIONS
        )
        or (
            previous_word(text, m.start()) == "the"
            and previous_word(text, m.start() - 4) in _PART_OF_DAY_PREPOSITIONS
        )
        or (
            # "fell back by the afternoon", "rain is forecast for the afternoon"; not "for
            # the morning flight"
            m.group(0).lower().startswith("the")
            and previous_word(text, m.start()) in _BOUNDING_PREPOSITIONS
            and not NOUN_AFTER.match(text, m.end())
            and text[m.end() : m.end() + 1] != "-"  # "ask for the morning-after pill"
            # "rented by the night": a rate; "for the morning and evening shows": a kind
            and not (previous_word(text, m.start()) == "by" and m["part"].lower() == "night")
            and not _ANOTHER_PART_AFTER.match(text, m.end())
        )
        or _a_stretch_of_the_night(m, text)
    )


def _a_stretch_of_the_night(m: re.Match[str], text: str) -> bool:
    """ "for much of the night", "through the night", "late into the night": a stretch of
    the day told of; not "the morning paper", a habit ("babies often sleep through the
    night"), the idiom "vanished into the night" or a night of a year long past ("In 1865,
    the troops marched through the night")."""
    span = _SPAN_OF_THE.search(text, max(0, m.start() - 30), m.start())
    if span is None:
        return False
    if NOUN_AFTER.match(text, m.end()) and not (
        span.group(0).lower().startswith("spent") and _PARTICIPLE_AFTER.match(text, m.end())
    ):
        return False  # "the night shift"; not "spent the night stranded on highways"
    if span.group(0).lower().startswith("into") and not _DEEP_INTO.search(
        text, max(0, span.start() - 16), span.start()
    ):
        return False
    if span.group(0).lower().startswith("spent") and (
        text.startswith(("'s", "’s"), m.end())  # "spent the evening's proceeds"
        or _LONG_AGO.search(_sentence_after(text, m.end()))  # "… before his inauguration in 1861"
        or _LONG_AGO.search(_sentence_before(text, m.start()))  # "Years ago, … spent the night"
    ):
        return False
    before = _sentence_before(text, m.start())
    return not (
        _HABIT_OR_YEAR.search(before)
        # (not "Ten years ago this month the plant closed, and on Monday workers kept vigil
        # through the night": a day of its own)
        or (
            _YEARS_AGO_OPENING.match(before)
            and not _DAY_NAMED.search(before + " " + _sentence_after(text, m.end()))
        )
    )


def _sentence_after(text: str, end: int) -> str:
    """The sentence from ``end`` (within 200 characters), cut at its end."""
    return SENTENCE_END.split(text[end : end + 200])[0]


#: a year or "ago" in a sentence: a story long past
_LONG_AGO = re.compile(r"\b(?:(?:1[0-9]|20)\d\d|ago)\b", re.I)


def stretch_of_a_habit(m: re.Match[str], text: str, tense: str | None) -> bool:
    """Whether a stretch of the night ("through the night") is told in a present clause,
    of a habit ("owls hunt through the night", "the pharmacy stays open through the
    night"), or of no clear tense: no time of a day."""
    return tense in (PRESENT, None) and bool(
        _SPAN_OF_THE.search(text, max(0, m.start() - 30), m.start())
    )


#: a participle after "spent the night" ("spent the afternoon rounding up votes")
_PARTICIPLE_AFTER = re.compile(r"[ \t]+[a-z]+(?:ing|ed)\b")
#: words of a stretch before "into the night" ("late into", "talks ran into", "last into";
#: not "vanished into the night")
_DEEP_INTO = re.compile(
    r"\b(?:late|well|deep|far|on|last|lasted|lasting|run|ran|running|went|go|goes|going|"
    r"stretch|stretched|continue|continued|drag|dragged|work|worked|working)\s+$",
    re.I,
)
#: a habit or a year named in the sentence before a stretch of the night
_HABIT_WORDS = r"often|usually|always|never|sometimes|typically|generally|every|each"
_HABIT_OR_YEAR = re.compile(rf"\b(?:{_HABIT_WORDS}|(?:1[0-9]|20)\d\d)\b", re.I)
#: a day named in the sentence ("on Monday", "yesterday")
_DAY_NAMED = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\b")
#: weeks or more counted back opening the sentence ("Twenty years ago, the talks dragged
#: into the night", "A week ago, …"; not "The strike that began a month ago dragged into
#: the night")
_YEARS_AGO_OPENING = re.compile(
    r"^\W*(?:(?:about|some|nearly|almost|more\s+than)\s+)?(?:[\w-]+\s+)?(?:weeks?|months?"
    r"|years?|decades?|centur(?:y|ies)|fortnight)\s+ago\b",
    re.I,
)
#: a stretch of "the night" before it ("for much of the night", "through the night", "late
#: into the night", "the rest of the night", "spent the night")
_SPAN_OF_THE = re.compile(
    r"\b(?:(?:much|most|all|rest|remainder|middle)\s+of|through|into|spent)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def _kind_noun_after(text: str, end: int) -> bool:
    """Whether a noun follows a modified part of the day ("an early morning raid", "a late
    night meeting"): not a time word, "of" ("a late night of drinking": the part of the day
    is the noun), a participle or an adverb ("a late night working", "a late night out",
    "an early morning spent in line"; "an early evening rally" is a kind of rally)."""
    noun = _WORD_AFTER.match(text, end) if NOUN_AFTER.match(text, end) else None
    if noun is None or noun.group(1) in _NO_KIND_NOUN or noun.group(1).endswith("ed"):
        return False
    word = noun.group(1)
    return not word.endswith("ing") or word in _ING_NOUNS


#: the lower-case word after a match
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
#: words after "a late night" that make it the noun ("a late night out", "an hour")
_NO_KIND_NOUN = frozenset(
    "hour hours hr hrs minute minutes time times today tomorrow yesterday tonight of out"
    " ahead again away off alone back spent".split()
)
#: nouns in -ing an attributive part of the day describes: incidents, events and a few more
#: ("a late night shooting", "a late night briefing"; not "a late night working")
_ING_NOUNS = (
    INCIDENT_NOUNS
    | SCHEDULED_EVENT_NOUNS
    | {"briefing", "gathering", "screening", "wedding", "landing", "sitting"}
)
#: what may follow "mid-afternoon" standing alone
_PART_ENDS = phrase_end("and|or|but|on|in|at|to|when|as|with|by|for|before|after|until|the|a|an")
#: words before "the morning"/"the night" that make it a time of the day in question
_PART_OF_DAY_PREPOSITIONS = frozenset({"in", "during", "that", "throughout"})
#: another part of the day after "and"/"or" ("the morning and evening shows")
_ANOTHER_PART_AFTER = re.compile(r"\s+(?:and|or)\s+(?:morning|afternoon|evening|night)\b", re.I)
#: money-market words after "overnight" ("the overnight lending rate", "overnight repo")
_RATE_AFTER = re.compile(
    r"\s+(?:lending|borrowing|interbank|deposit|repo|index|rates?|loans?|funds?|money)\b", re.I
)
#: … and those that need no noun after the part ("by the afternoon", "for the evening")
_BOUNDING_PREPOSITIONS = frozenset({"by", "until", "till", "for"})
#: "of" and the day a part of the day belongs to ("the early morning hours of Sunday")
_OF_A_DAY = re.compile(rf"\s+of\s+(?:(?:last|this|next)\s+)?(?:{WEEKDAY}|{MONTH})\b", re.I)


#: words before a plain "that day" that make it a time ("on that day", "until that night"),
#: unlike "trades made that day", where it may be any day of a kind
_THAT_DAY_PREPOSITIONS = frozenset({"on", "until", "till", "by", "since", "from"})


def guard_that_day(m: re.Match[str], text: str) -> bool:
    """ "that same day" and "earlier that day" are always a day; a plain "that day" only
    after a preposition of time or as a frame opening its sentence ("That night, …")."""
    if "same" in m["same"].lower() or m["pmod"]:
        return True
    if re.search(r"(?-i:\s[A-Z])", m.group(0)):
        return False  # "the ordinance that Day had sponsored": a surname
    if m.group(0)[0] == "T" and first_word(text, m.start()):
        # "That night, he…", "That day police found…": a frame opening the sentence
        return bool(_CLAUSE_GOES_ON.match(text, m.end()))
    if previous_word(text, m.start()) in _THAT_DAY_PREPOSITIONS:
        return True
    if previous_word(text, m.start()) == "of":
        return False  # "the memory of that day": a day told of, maybe long before
    if not _THAT_DAY_ENDS.match(text, m.end()) or not _DAY_NAMED.search(
        text, max(0, m.start() - 400), m.start()
    ):
        return False
    # closing its clause, after a day just named ("The rally was on Friday. Organisers
    # raised $9,000 that day."), unless the clause tells of a habit
    return not _HABIT.search(_sentence_before(text, m.start()))


#: what ends an adverbial "that day" closing its clause ("raised $4 million that day.",
#: "meet with Reid that day on Capitol Hill", "reported that night that he had resigned"),
#: or a reduced or relative clause before its sentence goes on ("Turkish Americans donating
#: to Ayotte that day, who all lived…", "Five who donated that day could not be located",
#: "Also donating that day was Bilal Eksili"), or before a second past verb ("met for
#: dinner that evening and held talks"), unlike "trades made that day at steadily dropping
#: prices" or "redemptions that day and for two days following" (any such day)
_THAT_DAY_ENDS = re.compile(
    r"\s*[.;]|\s+(?:on|in|at)\s+(?:[A-Z]|(?:a|an|the|his|her|their)\s)"
    r"|\s+that\s+(?!was\b|is\b|had\b|were\b)"
    # a second past verb of the same subject ("met for dinner that evening and held talks")
    r"|\s+and\s+(?:then\s+)?(?:[a-z]+ed|held|met|went|left|spoke|made|took|gave|told|flew"
    r"|came|won|lost|began|saw)\b"
    r"|\s*,\s+(?:who|which|whose|where|many|most|some|including)\b"
    r"|\s+(?:was|were|could|would|did|had|have|said|says|found|included|includes)\b"
)
#: a day named before a plain "that day" (a weekday, a month and its day, a day word)
_DAY_NAMED = re.compile(
    rf"\b(?:(?-i:(?=[A-Z]))(?:{WEEKDAY}|(?:{MONTH})\s+\d{{1,2}}\b)|(?-i:yesterday|today|tomorrow"
    r"|tonight))",
    re.I,
)
#: words of a habit in a sentence ("bread not sold that day is thrown out each evening")
_HABIT = re.compile(rf"\b(?:{_HABIT_WORDS})\b", re.I)


#: what follows a sentence-opening "That day" used as a frame: a comma, or the subject
_CLAUSE_GOES_ON = re.compile(
    r"\s*,|\s+(?:he|she|they|we|I|it|you|the|a|an|his|her|their|its|police|officials)\b"
    r"|\s+[A-Z][a-z]",
)


#: a day written right after a part of a day ("the late afternoon hours of June 1", "the
#: morning of May 28", "the afternoon on Saturday")
_DAY_AFTER = re.compile(r"(?:\s+hours)?\s+(?:of|on)\s+(?:the\s+)?(?:\d|[A-Z])")


def named_after(m: re.Match[str], text: str) -> bool:
    """Whether a part of a day is followed by the day it belongs to ("in the early-morning
    hours of May 28"), so a day named before it is not its day."""
    return bool(_DAY_AFTER.match(text, m.end()))


#: words of a weather forecast, whose present tells the night to come
_WEATHER_WORDS = re.compile(
    r"\b(?:forecast(?:ers?)?|chance\s+of|showers|rain|snow|sleet|temperatures?|thunderstorms?"
    r"|lows|winds?|gusts?|wind\s+chills?|(?:is|are)\s+(?:expected|forecast|predicted|likely)\s+to)\b",
    re.I,
)


def in_a_forecast(text: str, start: int) -> bool:
    """Whether the sentence up to ``start`` speaks of the weather ("The chance of rain
    jumps to 100 percent overnight") or foresees ("is expected to weaken as it moves inland
    overnight"), so a present "overnight" is the night to come."""
    return bool(_WEATHER_WORDS.search(_sentence_before(text, start)))


#: dawn named with a day ("at dawn on Tuesday", "dawn Friday")
_DAWN_BEFORE = re.compile(r"\b(?:dawn|daybreak|sunrise)\b", re.I)


def night_before_its_morning(m: re.Match[str], ctx: Context) -> bool:
    """Whether the night at ``m`` is the one before the morning named just before it, with
    "after" between them: "resumed early Tuesday after a brief lull overnight", "was calm
    on Friday morning after clashes through the night", "at dawn on Tuesday after … overnight"
    (Monday's, Thursday's night)."""
    prev = ctx.previous[-1] if ctx.previous else None
    if prev is None or PARTS_OF_DAY.get(m["part"].lower()) != "NI":
        return False
    between = ctx.text[prev.end : m.start()]
    return (
        (
            prev.value.endswith("TMO")
            or prev.text.lower().startswith("early ")
            # "at dawn on Tuesday after rough seas forced them to stop overnight"
            or _DAWN_BEFORE.search(ctx.text, max(0, prev.start - 16), prev.end) is not None
        )
        and bool(re.search(r"\bafter\b", between, re.I))
        and not SENTENCE_END.search(between)
    )
