"""Guards on the calendar's names: vetoes on raw matches of a month, a season, a decade, a
century or a relative unit that name something else ("May" the verb, "prices fall in
winter", "paid in fifties and twenties", "21st Century Fox", "the March for Babies", ABC's
"This Week", "the sites that fall under its contract"). A year's are
:mod:`fivews.timeline.guards_years`'s, a bare month that is also a word ("May", "March")
:mod:`fivews.timeline.word_months`'s."""

from __future__ import annotations

import re

from fivews.timeline.guards import (
    NO_MONTH_OR_WEEKDAY,
    OPENING_QUOTE,
    POSSESSIVE_PRONOUNS,
    capitalised,
    in_a_title,
    previous_word,
)
from fivews.timeline.lexicon import (
    MONTH,
    OPENS_HERE,
    SEASON_CONTEXT,
    SEASONS,
    TIME_PREPOSITIONS,
    WEEKDAY,
)
from fivews.timeline.records import SENTENCE_END
from fivews.timeline.word_months import WORD_MONTHS, word_month

#: a year or a day right after a month ("this March 2011", "this Dec. 30")
_YEAR_AFTER = re.compile(r"\.?,?\s+(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?)\b(?!,?\d)")


def guard_month(m: re.Match[str], text: str) -> bool:
    """Month names must be capitalised; "May"/"March" alone need a temporal context; "this
    March" before a year or a day is no month of its own ("In this March 2011 photo", "In
    this Dec. 30 photo")."""
    if not capitalised(m, "month"):
        return False
    if (
        "rel" in m.re.groupindex
        and "day" not in m.re.groupindex  # the month rule's own, not a day's
        and (m["rel"] or "").lower() == "this"
        and _YEAR_AFTER.match(text, m.end("month"))
    ):
        return False
    if re.match(
        r"-(?!(?:to|through|thru|till|until|and)-)[a-z]", text[m.end("month") : m.end("month") + 10]
    ):
        return False  # a name: "Mar-a-Lago", "May-lin"
    word = m["month"].lower().rstrip(".")
    g = m.groupdict()
    if (
        re.fullmatch(r"[A-Z]{3}", m["month"])
        and m.group(0) == m["month"]  # no day, year, "last" or "early" of its own
        and _lower_case_line(text, m.start())
        and previous_word(text, m.start()) not in _MONTH_CUE
        and not _CAPS_MONTH.search(text[max(0, m.start() - 24) : m.start()])
        and not _CAPS_MONTH.search(text[m.end() : m.end() + 24])
    ):
        # an acronym in running text: "The DEC says" (not "DEC 2008", "in JAN", "last DEC",
        # "the OCT-DEC quarter", "in OCT and NOV")
        return False
    if (
        g.get("rel")
        and m.start("rel") > m.start("month")
        and _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start())
    ):
        return False  # "on 25 February last year": the day and its month, then the year
    if (
        m.group(0) == m["month"]
        and _INITIAL_AFTER.match(text, m.end())
        and previous_word(text, m.start()) not in TIME_PREPOSITIONS
    ):
        return False  # a given name before a middle initial: "June V. Schell", "April R. Ryan"
    if g.get("dayword") and re.match(r"['’]s\b", text[m.end("month") :]):
        return False  # "the first of May's three matches": one of the month's, no date
    if (
        word == "march"
        and not (g.get("day") or g.get("dayword") or g.get("year"))
        and _NAMED_MARCH.match(text, m.end())
        and (
            previous_word(text, m.start()) not in TIME_PREPOSITIONS - {"to"}
            or any(
                e.end() == m.start()
                for e in SENTENCE_END.finditer(text, max(0, m.start() - 6), m.start() + 1)
            )
        )
    ):
        return False  # an event or a body: "the March for Babies", "March of Dimes"
    if word in WORD_MONTHS and not (
        g.get("rel") or g.get("pmod") or g.get("day") or g.get("dayword") or g.get("year")
    ):
        return word_month(m, text, word)
    return True


#: a capitalised name after "March" and a preposition ("March for Babies", "March of Dimes",
#: "the March on Washington"), not a date ("March of this year", "March on Monday"); after a
#: preposition of time it is the month ("raised money in March for Haiti")
_NAMED_MARCH = re.compile(
    r"\s+(?:of|for|on|against)\s+(?:the\s+|Our\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Last|Next|This)\b)[A-Z][a-z]"
)
#: a middle initial and a capitalised surname after a bare month name (a person's name)
_INITIAL_AFTER = re.compile(r"\s+[A-Z]\.\s+(?:\([A-Z][a-z]+\)\s+)?[A-Z][a-z]")
#: a day of the month written before its month ("25 February", "the 3rd of March")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")


#: another month in capitals near one ("OCT and NOV", "OCT–DEC"): a list of months
_CAPS_MONTH = re.compile(r"\b(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\b")
#: words before a month in capitals that make it the month ("in JAN", "last DEC")
_MONTH_CUE = TIME_PREPOSITIONS | {"last", "this", "next", "early", "late", "mid", "every", "each"}


def _lower_case_line(text: str, start: int) -> bool:
    """Whether the line around ``start`` has lower-case words (it is no all-caps heading)."""
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", start)
    return re.search(r"\b[a-z]{3,}\b", text[head : tail if tail >= 0 else len(text)]) is not None


#: "of" and a capitalised word, not a month, after a capitalised season: an era's name
#: ("the Summer of Love"; not "the Summer of 2016", "the Spring of March")
_OF_A_NAME = re.compile(rf"\s+of\s+(?:the\s+)?{NO_MONTH_OR_WEEKDAY}(?-i:[A-Z][a-z]+)")
#: "and" and a capitalised season that opens a name ("Summer and Winter Olympics")
_PAIRED_NAME = re.compile(
    r"\s+(?:and|or|&)\s+(?-i:Summer|Winter|Spring|Autumn|Fall)[ \t]+(?-i:[A-Z])"
)


def guard_season(m: re.Match[str], text: str) -> bool:
    """ "fall" and "spring" are verbs and nouns too: a season needs a temporal context. A
    capitalised season before another capitalised word is part of a name ("the Summer
    Youth Program", "the Summer Olympics", "Winter Park"); "the fall of Mosul" is a
    collapse."""
    if (
        not m["year"]
        and m["season"][0].isupper()
        and (
            _CAPITAL_WORD.match(text, m.end())
            or _OF_A_NAME.match(text, m.end())
            or _PAIRED_NAME.match(text, m.end())
        )
    ):
        # "the Summer Olympics"; "the Summer of Love", "the Winter of Discontent"; "the
        # Summer and Winter Olympics"
        return False
    if not m["year"] and m["season"].lower() == "fall":
        if _COLLAPSE_OF.match(text, m.end()) or _DECLINE_AFTER.match(text, m.end()):
            return False  # "the fall of Mosul", "this fall in prices": a collapse, a decline
    if not m["year"] and _CROP_AFTER.match(text, m.end()):
        return False  # "the winter wheat", "spring barley": a crop sown in that season
    if _SOLSTICE_AFTER.match(text, m.end()):
        return False  # "the winter solstice", "the spring equinox": a moment, not the season
    if m["year"] or m["pmod"] or m["rel"]:
        return True
    if previous_word(text, m.start()) == "that" and _VERB_GOES_ON.match(text, m.end()):
        return False  # "the cases that fall within the rules": a relative clause's verb
    if _SEASON_BEFORE.search(text, max(0, m.start() - 24), m.start()) and not _VERB_GOES_ON.match(
        text, m.end()
    ):
        return True  # "throughout the summer and fall", not "rise in summer and fall in winter"
    after = _SEASON_AFTER.match(text, m.end())
    if (
        after is not None
        and not _VERB_GOES_ON.match(text, after.end())
        and _owns_a_season(text, m.start())
    ):
        return True  # "the spring and fall art shows", not "prices spring and fall with…"
    if (
        m["season"].lower() != "fall"
        and OPENS_HERE.search(text, max(0, m.start() - 4), m.start())
        and _SEASON_SUBJECT_VERB.match(text, m.end())
    ):
        return True  # "Winter is coming in Afghanistan", "Summer arrived early"
    prev = previous_word(text, m.start())
    if prev.endswith(("'s", "’s")) and m["season"].islower():
        # "the play's fall run", "the team's summer tour" (not "the dollar's fall against
        # the yen", nor a standing kind: "the airline's summer schedule")
        return bool(_PLANNED_RUN.match(text, m.end()))
    return prev in SEASON_CONTEXT


#: a verb after a season that opens its sentence as the subject, telling one season's
#: course or weather ("Winter is coming", "Summer arrived early", "Spring has brought rain",
#: "Winter was colder"); not a general truth in the present ("Winter is a time of
#: hardship", "Winter brings snow"), nor a name's passive or perfect ("Winter has coached
#: the Huskies", "Summer was born", "Summer has been sentenced")
_SEASON_SUBJECT_VERB = re.compile(
    r"\s+(?:is(?:\s+(?:also|still|already|now|finally|almost|nearly))*\s+(?:coming|here|over"
    r"|upon|near|approaching|expected|forecast|predicted|likely|arriving|set)"
    r"|(?:was|will|has|had|could|may|might)(?:\s+(?:also|still|already|not|usually"
    r"|typically|often|always|finally|now|unusually|expected\s+to|forecast\s+to|likely\s+to"
    r"|set\s+to|been))*\s+(?:coming|here|over|upon|near|approaching|expected|forecast"
    r"|predicted|likely|arriving|arrived|come|begun|ended|brought|bring|be|see|arrive|start"
    r"|begin|end|last|a|an|the|cold|colder|warm|warmer|mild|milder|harsh|harsher|wet|wetter"
    r"|dry|drier|hot|hotter|long|longer|short|shorter|late|early|snowy|rainy|stormy|quiet)"
    r"|brought|came|arrived|began|started|ended|lasted"
    # a present one with its day ("Summer begins today", "Winter starts officially on Dec. 21")
    r"|(?:begins|starts|ends|arrives)\s+(?:officially\s+)?(?=(?:today|tomorrow|tonight|on|this"
    r"|next|at)\b))\b"
)


#: a run or a sitting after a possessive's season ("the play's fall run"), which makes it
#: the coming or current season, not a decline nor a standing kind ("summer schedule")
_PLANNED_RUN = re.compile(
    r"\s+(?:run|season|semester|term|tour|session|campaign|break|issue|edition|festival"
    r"|concerts?|exhibition|slate|premiere|opening|meeting|sitting|intake)\b"
)


#: a crop named after the season it is sown in ("winter wheat", "spring canola", "the
#: winter crop"), a kind of grain, no time
_CROP_AFTER = re.compile(
    r"[ \t-]+(?:wheats?|barley|oats?|rye|canola|rapeseed|durum|triticale|cereals?|grains?"
    r"|crops?)\b",
    re.I,
)
#: a solstice or an equinox after a season word: the astronomical moment it names
_SOLSTICE_AFTER = re.compile(r"[ \t-]+(?:solstices?|equinox(?:es)?)\b", re.I)
#: "of" and no year after "fall" ("the fall of Mosul", "the fall of the Berlin Wall"): a
#: collapse, not the autumn ("the fall of 2014", "the fall of that year")
_COLLAPSE_OF = re.compile(
    r"\s+of\s+(?!['’]?\d|(?:(?:that|this|last|next|each|every|the(?:\s+(?:same|following))?)\s+)?"
    r"year\b)",
    re.I,
)
#: a capitalised word next (a name going on)
_CAPITAL_WORD = re.compile(r"[ \t]+(?-i:[A-Z])[a-z]")
#: what follows "fall" or "spring" used as a verb ("fall in winter", "spring back")
_VERB_GOES_ON = re.compile(
    r"\s+(?:in|on|at|by|to|from|during|back|sharply|further|off|short|apart|behind|below|"
    r"again|as|into|through|with|up|down|under|within|outside|among|upon)\b",
    re.I,
)
#: a season and a conjunction before a season ("the summer and fall", "spring or fall";
#: "fall" after a determiner: "the fall and winter", not "rise in summer and fall in winter")
_SEASON_BEFORE = re.compile(
    r"\b(?:spring|summer|autumn|winter|(?:the|this|last|next|that)\s+fall)\s+(?:and|or|to|into)\s+$",
    re.I,
)


def _owns_a_season(text: str, start: int) -> bool:
    """Whether what comes before the first of two coordinated seasons (at ``start``) can
    open a time: the sentence's start, a preposition or determiner of seasons, a
    possessive or "annual" ("the organization's spring and fall art shows"), not a noun
    or adjective that makes it a verb or a thing ("leaves fall and winter approaches", "a
    broken spring and fall protection")."""
    prev = previous_word(text, start)
    return (
        OPENS_HERE.search(text, max(0, start - 4), start) is not None
        or prev in SEASON_CONTEXT
        or prev in POSSESSIVE_PRONOUNS
        or prev in ("annual", "from", "between", "each", "every")
        or prev.endswith(("'s", "’s"))
    )


#: a conjunction and a season after a season ("spring and fall", "spring or summer")
_SEASON_AFTER = re.compile(r"\s+(?:and|or|to|into)\s+(?:spring|summer|autumn|fall|winter)\b", re.I)


#: "block" after a number: a street address ("the 1800s block of Main Street")
_BLOCK_AFTER = re.compile(r"\s+(?:hundred\s+)?blocks?\b", re.I)


def guard_decade(m: re.Match[str], text: str) -> bool:
    """Not an age ("in his 30s", "a woman in her forties", "in their 30s, 40s and 50s")
    nor, for a bare two-digit decade, a band of numbers ("in the low 50s", "the upper
    40s": poll figures, temperatures); a spelled decade has its "the" ("the sixties", not
    "paid in fifties and twenties")."""
    prev = previous_word(text, m.start())
    if prev in _AGE_POSSESSIVES or _BLOCK_AFTER.match(text, m.end()):
        return False  # "in his 30s"; "the 1800s block of Main Street": an address
    if (
        m["dw"]
        and not re.search(r"\bthe\b", m.group(0), re.I)
        and not _THE_BEFORE.search(text, max(0, m.start() - 20), m.start())
    ):
        return False  # a spelled decade needs its "the": "fifties and twenties" are banknotes
    if m["d"] and not m["c"]:  # "50s", not "1950s" or "'50s"
        if prev in _NUMBER_BANDS:
            return False
        if _AGE_LIST.search(text, max(0, m.start() - 40), m.start()):
            return False
        if _WEATHER.search(text, max(0, m.start() - 60), m.start()):
            return False  # "highs will be in the mid-70s": degrees
        if (
            _LEVEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
            and _POLL.search(text, max(0, m.start() - 160), m.start())
            and _LEVEL_ENDS.match(text, m.end())
        ):
            return False  # "her approval is in the mid-40s, while his remains in the 30s"
    return True


#: "the" and at most one word before a spelled decade ("the Roaring Twenties")
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$", re.I)
#: possessives before a decade that make it an age
_AGE_POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our"})
#: words that make a bare two-digit decade a band of numbers ("the low 50s")
_NUMBER_BANDS = frozenset({"low", "high", "upper", "lower"})
#: a reading of the weather reaching a bare two-digit decade, right before it ("highs
#: will be in the mid-70s", "temperatures climbing into the 80s"; not "temperatures were
#: colder in the 70s", a comparison across years, nor "since the 70s")
_WEATHER = re.compile(
    r"\b(?:highs|lows|temperatures?|temps|readings|(?-i:mercury))\b"
    r"(?:\s+(?![a-z]+er\b)[a-z]+){0,3}?\s+(?:in|into|to|near|around|reach(?:ed|ing)?|hit|hits|"
    r"hitting|top(?:ped|ping)?)\s+(?:the\s+)?(?:(?:low|mid|upper|lower|high)[\s-]*)?$",
    re.I,
)
#: a verb of standing at a level or moving to it right before a bare two-digit decade
#: ("remains in the 30s", "has been stuck in the low 40s", "fell into the 30s"; "fell in
#: the 70s, after Watergate" may be the decade)
_LEVEL_BEFORE = re.compile(
    r"\b(?:(?:is|are|was|were|been|be|remains?|remained|stays?|stayed|sits?|sat"
    r"|hover(?:s|ed|ing)?|stuck)\s+(?:in|near|around)"
    r"|(?:fell|dropped|rose|climbed|slipped|slid|sank|dipped|plunged|tumbled|jumped|soared"
    r"|surged|crept)\s+(?:into|to))"
    r"\s+(?:the\s+)?(?:(?:low|mid|upper|lower|high)[\s-]*)?$",
    re.I,
)
#: what follows a level: the clause's end or a word going on with it ("in the 30s,",
#: "in the mid-20s right before the election"), not a noun phrase ("in the 60s college
#: students": the decade)
_LEVEL_ENDS = re.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:percent|range|and|or|while|but|since|among|with|after|before"
    r"|right|just|in|for|as|on|at|according|until|again|by)\b",
    re.I,
)
#: words of polls and figures before a level ("approval", "ratings", "support")
_POLL = re.compile(
    r"\b(?:approval|ratings?|favorability|favorables|polls?|polling|support|numbers|percent"
    r"|scores?|share|unemployment|prices?)\b",
    re.I,
)
#: an age list going on before a bare decade ("their 30s, 40s and …")
_AGE_LIST = re.compile(
    r"\b(?:his|her|their|my|your|our)\s+(?:\d0s(?:\s*,\s*|\s+(?:and|or|to)\s+|,\s+(?:and|or)\s+))+$",
    re.I,
)


def guard_century(m: re.Match[str], text: str) -> bool:
    """Not a name ("21st Century Fox", "Twentieth Century Insurance"): a capitalised
    "Century" followed by a capitalised word, with no "the" before it."""
    word = text[m.start() : m.start("cera") if m["cera"] else m.end()].split()[-1].split("-")[-1]
    if not word[0].isupper():
        return True
    after = re.match(r"\s+([A-Z][\w&'’.-]*)", text[m.end() : m.end() + 40])
    if m.group(0).lower().startswith("the") or previous_word(text, m.start()) == "the":
        # "the 20th Century Fox film": "the" is the film's
        return after is None or after.group(1) not in _CENTURY_NAME_HEADS
    return after is None


#: words after a capitalised "Century" that make it a name even after "the" ("the 20th
#: Century Fox film", "the Twentieth Century Fund report")
_CENTURY_NAME_HEADS = frozenset(
    "Fox Studios Insurance Fund Foundation Club Theatre Theater Hotel Plaza Building Group".split()
)


def guard_the_unit(m: re.Match[str], text: str) -> bool:
    """ "the Week Against Homophobia", "the Year of Mercy": a capitalised unit after "the"
    (lower-case, or opening a sentence of running text) and before a capitalised word names
    an event, not a stretch of time; a title-case heading ("The Week In Review") keeps it.
    "the weekend of 17 September" leaves its days to be tagged."""
    if re.fullmatch(r"the\s+month", m["tunit"], re.I) and OF_ANOTHER_CALENDAR.match(text, m.end()):
        return False  # "the month of Muharram", "the month of Ramadan": another calendar's
    if re.fullmatch(r"the\s+weekend", m["tunit"], re.I) and _OF_DAYS.match(text, m.end()):
        return False  # "the weekend of 17 September": the days, as "the night of Oct. 23"
    if (
        re.fullmatch(r"the\s+(?:week|month|year)", m.group(0), re.I)
        and previous_word(text, m.start()) == "by"
        and not re.match(r"['’-]|\s+of\b", text[m.end() :])
    ):
        return False  # "rented by the week", "prices rise by the month": a rate, no week
    unit = re.match(
        r"[Tt]he\s+(?:\w+\s+)*?(?:Year|Week|Weekend|Month|Decade|Century)\b", m["tunit"]
    )
    return not (
        unit
        and _CAPITALISED_NAME_AFTER.match(text, m.end())
        and (m["tunit"][0] == "t" or _lower_case_line(text, m.start()))
    )


#: "of" and a dated day after "the weekend" ("of 17 September", "of Sept. 17-18", "of
#: Saturday, Sept. 17")
_OF_DAYS = re.compile(
    r"\s+of\s+(?:(?:"
    + WEEKDAY
    + r"),?\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:"
    + MONTH
    + r")|(?:"
    + MONTH
    + r")\.?\s+\d)",
    re.I,
)
#: a capitalised word (no month or weekday) after a unit, perhaps after "of (the)"
_CAPITALISED_NAME_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?" + NO_MONTH_OR_WEEKDAY + r"[A-Z]")


#: what puts a month in another calendar: "of the Islamic lunar calendar", "of Muharram"
#: (a capitalised name that is no month of the year, and no owner: not "of Obama's term")
OF_ANOTHER_CALENDAR = re.compile(
    r"\s+of\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,3}calendar\b|(?!(?:"
    + MONTH
    + r")\b)(?-i:[A-Z][a-z]+)\b(?![-'’]|\s+(?:19|20)\d\d))",
    re.I,
)


def guard_relative_unit(m: re.Match[str], text: str) -> bool:
    """A quoted title in capitals ("ABC's \"This Week\"", "Last Week Tonight") names a
    programme, not a week; "that fall under" is a verb in a relative clause; a capitalised
    season before a capitalised word is a name's ("the next Winter Games")."""
    unit = m["unit"]
    if unit[0].isupper() and OPENING_QUOTE.search(text, 0, m.start()):
        return False
    if unit.lower() == "month" and OF_ANOTHER_CALENDAR.match(text, m.end()):
        return False  # "the last month of the Islamic lunar calendar": no month of ours
    if (
        unit.lower() in SEASONS
        and unit[0].isupper()
        # not "Last Summer Johnson signed", a headline's "This Fall"
        and m["rel"].split()[-1][0].islower()
        and _CAPITAL_WORD.match(text, m.end())
    ):
        return False
    if (
        unit.lower() in ("fall", "spring")
        and m.group(0).lower().startswith("that")
        and _VERB_GOES_ON.match(text, m.end())
    ):
        return False  # "the facilities that fall under its contract": a relative clause
    if (
        unit.lower() == "fall"
        and m["rel"].lower() == "this"
        and _DECLINE_AFTER.match(text, m.end())
    ):
        return False  # "After this fall in prices…", "this fall from grace": a decline
    return not in_a_title(m, text)


#: what follows "fall" the noun of a decline: "this fall in prices", "this fall in oil
#: prices", "this fall from grace" (not "this fall in Iowa", "this fall in sales of new
#: models")
_DECLINE_AFTER = re.compile(
    r"\s+(?:in\s+(?:(?:the\s+)?(?:oil|gas|stock|share|house|home|food|energy|commodity|"
    r"crude)\s+)?(?:prices?|values?|rates?|demand|output|inflation|unemployment)\b|from\s+"
    r"(?:grace|power)\b)",
    re.I,
)
