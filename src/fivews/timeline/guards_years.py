"""Guards on numbers that look like years: vetoes on a bare four-digit number that counts
something, is money, a bill's, road's or flight's number, a poll's sample size or part of a
telephone number ("2000 troops", "H.R. 1546", "a poll of 2047 registered voters"), and on
a two-digit year after an apostrophe outside a date ("iLife '11")."""

from __future__ import annotations

import re

from fivews.timeline.false_friends import in_a_game
from fivews.timeline.guards import NOUN_AFTER, previous_word
from fivews.timeline.guards_clock import CLOCK_CUES
from fivews.timeline.lexicon import CLOCK_24H, CLOCK_RANGE_END_24H, MONTHS, TIME_PREPOSITIONS
from fivews.timeline.quoted_titles import in_a_quoted_title
from fivews.timeline.records import sentence_around

#: a verb of change ("rose", "down"): after it "from" and "by" take an amount
_CHANGE_VERB = (
    r"\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|dropped|climbed|jumped|slipped"
    r"|increased|decreased|declined|up|down|changed|moved|shifted|cut|raised)"
)
_CHANGED = _CHANGE_VERB + r"\s+from\s+"
#: … before "from" ("rose from", "down from")
_CHANGED_FROM = re.compile(_CHANGED + "$", re.I)
#: a change "by" an amount ("rose by 2150")
_CHANGED_BY = re.compile(_CHANGE_VERB + r"\s+by\s+$", re.I)
#: a verb of change, its object but no amount, then "by" ("cut its workforce by")
_CHANGED_BY_NO_AMOUNT = re.compile(
    r"\b(?:cut|cuts|cutting|reduce[sd]?|reducing|trim(?:s|med)?|slash(?:es|ed)?|increase[sd]?"
    r"|boost(?:s|ed)?|raise[sd]?|lower(?:s|ed)?|expand(?:s|ed)?|shr[iu]nk|shrinks|grow|grows"
    r"|rise|rises|fall|falls)\s+(?:(?!\d|a\s|an\s|one\s|two\s|three\s)[\w'’-]+\s+){0,3}by\s+$",
    re.I,
)
#: … and the end of such a change ("rose from 1200 to 1350.")
_CHANGED_FROM_TO = re.compile(_CHANGED + r"\d{4}\s+to\s+$", re.I)


def guard_period_code(m: re.Match[str], text: str) -> bool:
    """A quarter's code alone ("Q2", "1Q") is a quarter after a preposition or before a
    word of results ("Q2 net income"), not a name ("the Audi Q3", "Q2 Holdings", "the Q3
    bus"), a game's quarter ("scored 21 points in Q2") nor a survey's question ("In Q2 of
    the survey")."""
    if not (m["pc3"] or m["pn"] or m["pn5"]):
        return True
    if m["pn5"] or (m["pc3"] or "").startswith("H"):  # ("3Q" has no letter code first)
        sentence = sentence_around(text, m.start(), m.end())
        if not _MONEY_WORDS.search(text, *sentence) or _HYDROGEN_WORDS.search(text, *sentence):
            # "a fire broke out in H2, a dormitory block", "demand for H2 from steelmakers":
            # a half only in business copy, and not where H2 is hydrogen
            return False
    before = text[max(0, m.start() - 30) : m.start()]
    results = bool(RESULTS_AFTER.match(text, m.end()))
    if (
        re.search(r"\b(?!(?:The|Its|Their|This|That|Our)\s)[A-Z][\w&.-]*\s+$", before)
        or re.match(r"\s+of\b", text[m.end() :])
        or (re.match(r"\s+[A-Z]", text[m.end() :]) and not results)
    ):
        return False  # (not "Q3 GDP rose", "Its Q3 results")
    if in_a_game(m, text):
        return False
    return (
        previous_word(text, m.start()) in _CODE_BEFORE
        or results
        or _listed_after_a_quarter(m, text)  # "in Q3 and Q4"
    )


def _listed_after_a_quarter(m: re.Match[str], text: str) -> bool:
    """Whether the code at ``m`` is listed after another that a preposition makes a quarter
    ("in Q3 and Q4"; not "The Q1 and Q2 buildings")."""
    listed = _CODE_LISTED_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return (
        listed is not None
        and previous_word(text, listed.start()) in _CODE_BEFORE
        and not NOUN_AFTER.match(text, m.end())
    )


#: another quarter's code listed right before ("Q3 and Q4", "1Q-2Q")
_CODE_LISTED_BEFORE = re.compile(r"\b(?:Q[1-4]|[1-4]Q(?:\d\d)?)\s*(?:,|and|or|to|through|-|–)\s*$")
#: words before a quarter's code alone ("in Q2", "from 1Q")
#: words of a company's or an economy's figures, in a sentence where "H2" is a half year
_MONEY_WORDS = re.compile(
    r"\b(?:sales|revenues?|profits?|earnings|growth|guidance|outlook|results|margins?|demand"
    r"|output|GDP|economy|inflation|percent|fiscal|quarter|forecasts?|expects?)\b|%",
    re.I,
)
#: words of hydrogen and energy, where "H2" is the gas
_HYDROGEN_WORDS = re.compile(
    r"\b(?:hydrogen|fuel|gas|steel\w*|electroly\w*|emissions?|energy|carbon|ammonia|green"
    r"|visas?)\b",  # (and the H-1B visa's "H1 visas")
    re.I,
)
_CODE_BEFORE = frozenset("in for during from than since by through over".split())
#: words of a company's results after a quarter's code ("Q2 net income", "1Q sales")
RESULTS_AFTER = re.compile(
    r"\s+(?:net|profit|profits|earnings|revenue|revenues|sales|results|loss|losses|income"
    r"|growth|GDP|output|figures)\b",
    re.I,
)


#: the end of a 24-hour clock range with its zone ("… to 0300 GMT", "… and 2200 local time")
_CLOCK_RANGE_END = re.compile(CLOCK_RANGE_END_24H)
#: the end of a range at a 24-hour time before ten, which no year is ("to 0500")
_TO_A_SMALL_HOUR = re.compile(r"\s*(?:-|–|to|until|till|and)\s*0\d[0-5]\d\b(?![-–])")


#: a 24-hour time in GMT and an opening bracket, before the same time in another zone
_WORLD_TIME_BEFORE = re.compile(r"\b(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)\s*\($")


#: a kind of object in the sky named by a provisional designation ("asteroid 2012 DA14")
_SKY_OBJECT = re.compile(r"\b(?:asteroids?|comets?|objects?|rocks?|minor\s+planets?)\s+$", re.I)


def guard_year(m: re.Match[str], text: str) -> bool:
    """A bare four-digit number is a year unless it counts something or is money, or is
    part of a quoted title ("Wonder Woman 1984")."""
    if in_a_quoted_title(m, text):
        return False
    if m["year"] < "1500" and (
        _CHANGED_FROM.search(text, max(0, m.start() - 30), m.start())
        or _CHANGED_FROM_TO.search(text, max(0, m.start() - 40), m.start())
    ):
        return False  # "rose from 1200.", "rose from 1200 to 1350.": numbers, not early years
    before = text[max(0, m.start() - 2) : m.start()]
    after = text[m.end() : m.end() + 20]
    if _WORLD_TIME_BEFORE.search(text, max(0, m.start() - 16), m.start()) and re.match(
        r"\s+[A-Z]{2,5}\)", after
    ):
        return False  # "Updated 1108 GMT (1908 HKT)": the same time in another zone
    if re.search(r"[$£€#]\s?$", before) or re.match(
        r"(?:[.,]\d|%|\s*(?:percent|per cent)\b)", after
    ):
        return False
    second = re.match(r"/(\d{4})\b", after)
    if (
        re.match(r"/(?:\d{3}\b|\d{1,4}/(?-i:[A-Z])|(?-i:[A-Z]{2,}))", after)
        or (second and int(second.group(1)) != int(m["year"]) + 1)
        or re.search(
            r"(?<![\d/])(?:\d{3,}|1[3-9]|[2-9]\d)/$", text[max(0, m.start() - 6) : m.start()]
        )
    ):
        # "Regulation (EU) 2022/328", "Decision 2014/145/CFSP", "Directive 2014/65/EU", "No
        # 833/2014", "2023/1214": a legal act's number (not "the 2014/15 season",
        # "2014/2015", "9/2014")
        return False
    if (
        re.match(r"\s+(?-i:Committee)\b", after)
        and (not "1900" <= m["year"] <= "2100" or m["year"] == "1922")  # (Britain's Tory MPs)
        and previous_word(text, m.start()) not in TIME_PREPOSITIONS
    ):
        return False  # "the 1718 Committee": a sanctions committee named by its resolution
    if re.fullmatch(r"(?-i:[CPDXI])/", before) and re.match(r" (?-i:[A-Z]{1,2}\d{0,3})\b", after):
        return False  # "Comet C/2022 E3": a comet's designation
    if re.match(r" (?-i:[A-Z]{2}\d{0,3})\b", after) and _SKY_OBJECT.search(
        text, max(0, m.start() - 24), m.start()
    ):
        return False  # "asteroid 2012 DA14": a minor planet's provisional designation
    if re.search(
        r"(?:(?<!\d)\d{3}|\d{2,5}\s+\d{3,4})\s+$", text[max(0, m.start() - 16) : m.start()]
    ):
        return False  # "call 0208 892 1789": the last group of a telephone number
    prev = previous_word(text, m.start())
    if _BILL_LABEL.search(text, max(0, m.start() - 12), m.start()) or (
        _OR_MORE.match(after) and prev not in TIME_PREPOSITIONS
    ):
        return False  # "H.R. 1546": a bill's number; "a further 1500 or more": a count
    if prev in _NUMBER_LABELS or (
        re.match(r" (?-i:SP\d)\b", after) and prev not in TIME_PREPOSITIONS
    ):
        # "FM 2071", "Route 1960", "Flight 2014", "version 1903", "Windows 2000 SP4": a
        # number naming a road, a flight or a release
        return False
    label = _PRODUCT_LABEL.search(text, max(0, m.start() - 40), m.start())
    if label is not None and not (
        label["label"] == "Series"
        and _NAME_WORD_BEFORE.search(text, max(0, label.start() - 20), label.start())
    ):
        # "model numbers 1998 and 2001", "Series 1900": a product's number (not a
        # contest's year: "the Ashes Series 2019", "World Series 2016")
        return False
    if re.match(r"\s*(?:GMT|UTC|Zulu)\b|\s*\(\d{4}\s+(?:GMT|UTC)\)", after):
        return False  # "at 9 p.m. (1900 GMT)", "at 2100 (1900 GMT)": a world time, a clock
    if (
        prev in ("at", "until", "till")
        and re.match(r"\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", after)
        and (
            prev == "at"
            or not m["year"].startswith(("19", "20"))
            or m["year"].endswith("00")
            or CLOCK_CUES.search(text, *sentence_around(text, m.start(), m.end()))
        )
    ):
        # "came into force at 2100 on Wednesday", "a curfew until 1930 on Friday", "stay
        # closed until 2000 on Friday": a clock time (not "extended the embargo until 2023
        # on Friday")
        return False
    if prev in ("from", "between") and (
        _CLOCK_RANGE_END.match(text, m.end()) or _TO_A_SMALL_HOUR.match(text, m.end())
    ):
        # "from 2100 to 0300 GMT", "between 1800 and 2200 local time", "a curfew from 2100
        # to 0500": a clock
        return False
    if m["year"] > "2100" and (
        _CHANGED_BY.search(text, max(0, m.start() - 30), m.start())
        or _CHANGED_BY_NO_AMOUNT.search(text, max(0, m.start() - 50), m.start())
    ):
        # "registered voters rose by 2150,", "cut its workforce by 2300": a count (not "could
        # rise a meter by 2150", where the change has its amount)
        return False
    if (
        m["year"] > "2100"
        and CLOCK_24H.fullmatch(m["year"])
        and CLOCK_CUES.search(text, *sentence_around(text, m.start(), m.end()))
    ):
        return False  # "The curfew lasts until 2130.": a clock, not a year to come
    if (
        re.match(r"\s+index\b", after, re.I)
        and prev not in TIME_PREPOSITIONS
        and prev not in ("the", "a", "an", "its", "this", "that")
        and re.search(r"\b[A-Z][\w&.-]*\s+$", text[max(0, m.start() - 20) : m.start()])
    ):
        return False  # "the Russell 2000 index": a stock index named by a number
    if re.match(r"\s+(?:hundred\s+)?blocks?\s+of\b", after, re.I):
        return False  # "in the 1600 block of Main Street": a street address
    # "2000 more soldiers", "some 1500 additional troops": a count of the noun after (not
    # "Between 1998 and 2003 more troops were sent", the end of a span of years)
    more = "" if _SECOND_YEAR.search(text, max(0, m.start() - 12), m.start()) else _MORE
    nxt = re.match(r"\s+" + more + r"([a-z]+s|people|children|men|women)\b", after)
    approximate = (m["pmod"] or prev).lower() in _APPROXIMATORS
    if approximate and nxt and _plural_noun(nxt.group(1)) and not _NOT_ROUND.fullmatch(m["year"]):
        return False  # "about 2000 people": a round number counts ("about 2016 hopefuls")
    if m["fiscal"] or m["pmod"] or m["beyond"]:
        return True
    sampled = _SAMPLED.match(text, m.end(), m.end() + 40)
    if (
        sampled
        and _SAMPLE_OF.search(text, max(0, m.start() - 30), m.start())
        and not _ELECTORAL.search(sampled["how"] or "")
        and (
            sampled["how"]
            or sampled["who"].lower() != "voters"
            or not _NOT_ROUND.fullmatch(m["year"])
        )
    ):
        # "a poll of 2047 registered voters", "a sample of 2016 adults": the size of a
        # sample ("a poll of 2016 voters", "a survey of 2010 midterm voters" may be the
        # voters of that year's election)
        return False
    if _YEAR_AND_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return True  # "the 2008 and 2012 cycles": the second of two years, as the first
    if prev in TIME_PREPOSITIONS or prev in MONTHS or prev in _YEAR_DETERMINERS:
        return True  # "in 2015", "the 2016 elections", "Russia's 2015 intervention"
    if _POSSESSIVE_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _NOT_ROUND.fullmatch(
        m.group(0)
    ):
        return True  # "Trump's 2016 rivals" ("the firm's 2000 workers" may count them)
    if _DETERMINER_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return True  # "the Republican 2016 hopefuls": a modifier after a determined name
    if nxt and nxt.group(1) in _SINGULAR_IN_S and not approximate:
        # "will discuss 2010 census", "the 2008 crisis" (not "1500 census workers")
        at = m.end() + nxt.end()
        after_it = _WORD_IN_S.match(text, at, at + 20)
        return after_it is None or not _plural_noun(after_it.group(1))
    if nxt and _year_as_subject(text, m.start(), nxt.group(1)):
        return True  # "As 2015 comes to an end", "when 2016 approaches,"
    # "2000 troops": a following plural noun means a count, unless it is one a year dates
    # and a number hardly counts, after a year from 1901 to 2099 that is not a round
    # hundred ("compared with 2014 numbers", "below 1990 levels"; "dialed 2000 numbers")
    return (
        not nxt
        or not _plural_noun(nxt.group(1))
        or (nxt.group(1) in _DATED_NOUNS and bool(_NOT_ROUND.fullmatch(m["year"])))
    )


#: words between a count and the plural noun it counts ("2000 more soldiers")
_MORE = r"(?:(?:more|additional|extra)\s+)?"
#: a year and a joint before a number, which then ends a span of years
_SECOND_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\s*(?:and|or|to|through|-|–)\s*$", re.I)
#: a poll or survey "of" right before a number, which then may count its sample
_SAMPLE_OF = re.compile(r"\b(?:poll|polls|survey|surveys|sample|interviews)\s+of\s+$", re.I)
#: people a sample counts, maybe after describing words that begin in lower case
#: ("registered voters", "likely Democratic voters"; "2012 Obama voters" are a year's)
_SAMPLED = re.compile(
    r"\s+(?P<how>[a-z]+\s+(?:[A-Za-z]+\s+)?)?"
    r"(?P<who>(?i:voters|adults|respondents|people|residents|americans|households))\b"
)
#: describing words that tie voters to an election ("2010 midterm voters")
_ELECTORAL = re.compile(r"\b(?:midterm|primary|general|presidential|election|caucus)\b", re.I)
#: a year after a determiner, a preposition or a possessive ("Obama's 2008 and 2012
#: campaigns"), then "and"/"or", right before a year
_YEAR_AND_BEFORE = re.compile(
    r"(?:\b(?:the|their|his|her|its|our|in|of|from|since|during|for)|\w['’]s)\s+"
    r"(?:19|20)\d\d\s+(?:and|or)\s+$",
    re.I,
)


#: a word opening a clause right before a year ("As ", "when ")
_OPENER = re.compile(r"\b(?i:as|when|while|until|till|before|once|if|now\s+that)\s+$")
#: verbs in "-s" of a time passing, whose subject a year after an opener is ("As 2015
#: comes to an end", "as 2016 approaches", "as 2015 winds down")
_PASSING_VERBS = frozenset(
    "comes draws winds nears approaches dawns unfolds progresses wears rolls kicks closes"
    " heads".split()
)


def _year_as_subject(text: str, start: int, word: str) -> bool:
    """Whether the year at ``start`` opens its clause as the subject of ``word``, a verb
    of a time passing, not a counted noun ("As 2015 comes to an end"; "When 2000
    protesters marched" counts)."""
    return word in _PASSING_VERBS and bool(_OPENER.search(text, max(0, start - 12), start))


def _plural_noun(word: str) -> bool:
    """Whether a lower-case word ending in "s" after a number reads as a plural noun."""
    return not (word in _VERBS_AFTER_YEAR or word in _FUNCTION_WORDS_IN_S or word.endswith("ss"))


#: a word ending in "s" right after another ("census workers")
_WORD_IN_S = re.compile(r"\s+([a-z]+s)\b")
#: singular nouns ending in "s" that a year dates ("the 2010 census", "the 2008 crisis")
_SINGULAR_IN_S = frozenset({"census", "crisis", "consensus", "stimulus"})
#: plural nouns a year before them dates and a number before them hardly counts
_DATED_NOUNS = frozenset(
    {
        "levels",
        "figures",
        "numbers",
        "totals",
        "rates",
        "prices",
        "elections",
        "midterms",
    }
)
#: words before a number that make it a label ("FM 2071", "Route 1960", "Flight 2014")
_NUMBER_LABELS = frozenset(
    {"fm", "route", "highway", "hwy", "interstate", "rr", "sr", "cr", "flight", "exit"}
    | {"version"}
)
#: a product's or a resolution's label before its number, and the numbers listed after it
#: ("model numbers 1998 and 2001", "Series 1900 and 2100", "Resolution 1973"; not "the
#: series in 2016", "TV series 2019-20", "World Series 2016" nor the verb "model 2020
#: revenue")
_PRODUCT_LABEL = re.compile(
    r"(?:\b(?i:model|part|lot|serial|item|catalog|style|product)\s+(?i:numbers?|nos?\.)"
    r"|\b(?P<label>Models?|Series|SKUs?|Lots?|Nos?\.|[Rr]esolutions?))\s+"
    r"(?:\d{3,5}(?:\s*,\s*|\s*/\s*|\s+))*(?:(?:and|or|&)\s+)?$"
)
#: a capitalised word right before "Series": a contest's name ("the Ashes Series 2019")
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’]*\s+$")
#: a bill's label right before its number ("H.R. 1546", "S.B. 1070", "HB 2012")
_BILL_LABEL = re.compile(
    r"(?<![\w.])(?:(?:[HSA]\.\s?[RB]|[HS]\.\s?Res)\.?|S\.|(?:HR|HB|SB|AB|LB)\b)\s*$"
)
#: a count's open upper end after the number ("1500 or more"; not "or more recently", "or
#: more than two decades ago")
_OR_MORE = re.compile(r"\s+or\s+(?:more|fewer|less)\b(?!\s+(?:\w+ly|than)\b)")
#: point modifiers that make a number before a plural noun an approximate count
_APPROXIMATORS = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost"})


#: a possessive right before a number ("Trump's ")
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s+$")
#: a year of this century or the last that is not a round hundred (no likely count)
_NOT_ROUND = re.compile(r"(?:19|20)(?!00)\d\d")
#: words ending in "s" that are no plural noun ("not 2015 as hoped", "2016 plus")
_FUNCTION_WORDS_IN_S = frozenset({"as", "plus", "thus", "versus", "unless", "whereas", "its"})


#: a determiner and a capitalised word before a year ("the Republican 2016 field")
_DETERMINER_NAME_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our)\s+[A-Z][a-z]+\s+$")
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


#: words after which "’08" is a year ("in ’08", "the class of ’92", "since ’82")
_SHORT_YEAR_BEFORE = frozenset(
    "in of since by until till through from to before after during for fiscal class "
    "spring summer fall autumn winter".split()
)
#: a short year and a conjunction before another ("in ’08 and ’12")
_SHORT_YEAR_AND = re.compile(r"['’‘]\d\d\s+(?:and|or|to)\s+$")


def guard_short_year(m: re.Match[str], text: str) -> bool:
    """A two-digit year after an apostrophe only after a preposition, "class" or a season
    ("in ’16", "the class of ’92", "in ’08 and ’12"), not in a name ("iLife '11")."""
    if previous_word(text, m.start()) in _SHORT_YEAR_BEFORE:
        return True
    return bool(_SHORT_YEAR_AND.search(text, max(0, m.start() - 12), m.start()))


#: a law's, a bill's or a case's label before a number and its year, and the numbers listed
#: after it ("Law 4/2016", "Decrees 4/2018 and 7/2018", "Bill 04/2019", "case 4/2016")
_NUMBERED_ACT = re.compile(
    r"\b(?:Laws?|Acts?|Bills?|Nos?\.|Decrees?|Directives?|Regulations?|Resolutions?"
    r"|Circulars?|Orders?|Ordinances?|Cases?|Decisions?|Rulings?|Guidelines?|Opinions?"
    r"|Recommendations?|Issues?)\s+"
    r"(?:\d{1,3}/\d{4}\s*(?:,|and|or|&)\s*)*$",
    re.I,
)


def guard_slash_month(m: re.Match[str], text: str) -> bool:
    """A month and year in figures ("12/2016") is a month unless it numbers a law, a bill,
    a decree or a case ("Law 4/2016", "Decrees 4/2018 and 7/2018")."""
    return _NUMBERED_ACT.search(text, max(0, m.start() - 60), m.start()) is None
