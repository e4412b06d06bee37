"""The TIMEX3 word lists and the regular-expression pieces built from them.

The words come from ``data/timex_lexicon.json`` (months, weekdays, number words, units,
seasons, parts of day, modifiers, reference words, tense auxiliaries…); the pieces
(:data:`MONTH`, :data:`NUM`, :data:`POINT_MOD`…) are compiled into the rules once, at import.
"""

from __future__ import annotations

import re
from typing import Any

from fivews import lexicon

#: the tagger's word lists (``data/timex_lexicon.json``), keyed by list name
LEXICON: dict[str, Any] = lexicon.load_json("timex_lexicon.json")
MONTHS: dict[str, int] = LEXICON["months"]
WEEKDAYS: dict[str, int] = LEXICON["weekdays"]
NUMBERS: dict[str, float] = LEXICON["numbers"]
ORDINALS: dict[str, int] = LEXICON["ordinals"]
UNITS: dict[str, str] = LEXICON["units"]
SEASONS: dict[str, str] = LEXICON["seasons"]
PARTS_OF_DAY: dict[str, str] = LEXICON["parts_of_day"]
POINT_MODS: dict[str, str] = LEXICON["point_mods"]
DURATION_MODS: dict[str, str] = LEXICON["duration_mods"]
SET_ADVERBS: dict[str, str] = LEXICON["set_adverbs"]
REFERENCE_WORDS: dict[str, str] = LEXICON["reference_words"]
FUTURE_AUX: frozenset[str] = frozenset(LEXICON["tense_aux_future"])
MODAL_AUX: frozenset[str] = frozenset(LEXICON["tense_aux_modal"])
#: an ambiguous month or a bare year after one of these is a date (``prepositions.json``)
TIME_PREPOSITIONS: frozenset[str] = lexicon.prepositions("before_timex")
RATE_WORDS: frozenset[str] = frozenset(LEXICON["rate_words"])
#: words that count occurrences ("twice", "three times"): "a week" after them is a SET
FREQUENCY_WORDS: frozenset[str] = frozenset(LEXICON["frequency_words"])
ATTRIBUTIVE_DETERMINERS: frozenset[str] = frozenset(LEXICON["attributive_determiners"])
#: nouns that make "today's"/"tomorrow's" the era, not the day ("today's youth")
ERA_NOUNS: frozenset[str] = frozenset(LEXICON["era_nouns"])
SEASON_CONTEXT: frozenset[str] = frozenset(LEXICON["season_context_words"])


def alternation(words: list[str] | dict[str, Any], *, abbrev_dot: bool = False) -> str:
    """A regex matching any of ``words`` (longest first), written as a prefix tree.

    A trie-shaped pattern (``j(?:an(?:uary)?|u(?:ne|ly))``) lets the regex engine reject
    a position after one character instead of trying every word: the tagger scans each
    text with ~25 such patterns, so this keeps it cheap next to the parse. Inner spaces
    match any whitespace; with ``abbrev_dot`` short words also match with a final ".".
    """
    trie: dict[str, Any] = {}
    for word in words:
        forms = [word.lower()]
        if abbrev_dot and len(word) <= 4 and word not in ("may", "june", "july"):
            forms.append(word.lower() + ".")
        for form in forms:
            node = trie
            for ch in form:
                node = node.setdefault(ch, {})
            node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]) for ch in sorted(node) if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word may end here: the longer continuation is tried first
            return "(?:" + body + ")?"
        return body

    return "(?:" + build(trie) + ")"


TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#: a cardinal: digits (with decimals or "1/2"), a compound word ("twenty-five"), a phrase
NUM = (
    r"(?:\d+(?:[.,]\d+)?(?:\s+1/2|-1/2|\s?½)?|"
    + TENS
    + r"[-\s]"
    + alternation(list(LEXICON["digit_words"]))
    + "|"
    + alternation(list(NUMBERS))
    + r"(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?|"
    + alternation(LEXICON["vague_numbers"])
    + ")"
)
UNIT = alternation(UNITS)
MONTH = alternation(MONTHS, abbrev_dot=True)


def _after_a_month() -> str:
    """Lookbehinds for a capitalised month's name ("Sept.", "September") right before, not
    after "in" ("in May 20 to 25 years after": the month alone), one per name, as a
    lookbehind's width is fixed."""
    names = {m.capitalize() for m in MONTHS} | {
        m.capitalize() + "." for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july")
    }
    return "|".join(
        rf"(?<=\b(?-i:{re.escape(name)})\s)(?<!\bin\s(?-i:{re.escape(name)})\s)"
        for name in sorted(names)
    )


#: a range's first figure that is the day of the month before it ("sentenced on Sept. 30
#: to three years" is a date, then a length), not allowed at a count's start
NOT_A_DAY_IN_A_RANGE = r"(?!(?:" + _after_a_month() + r")\d{1,2}\s+(?:to|or)\s)"
WEEKDAY = alternation(WEEKDAYS)
#: a weekday's name as written, capitalised ("Monday"), where the case tells a day from a word
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: a capitalised weekday after "weekly", the day the set recurs on ("the weekly Friday
#: protests"; not a name's: "the weekly Sunday Times column")
WEEKLY_DAY = r"\s+(?-i:" + WEEKDAY_NAME + r")\b(?!['’]s|\s+(?-i:[A-Z]))"
#: a weekday's capitalised short form ("Tue", "Thurs")
SHORT_WEEKDAY = r"(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"
#: a weekday, or its capitalised short form, before a date written out with its year, as
#: page headers write it ("Tue 3 Oct 2017", "Wed, Feb. 29, 2012")
WEEKDAY_OF_A_DATE = r"(?:" + WEEKDAY + r"|" + SHORT_WEEKDAY + r"\.?)"
SEASON = alternation(SEASONS)
PART = r"(?:morning|afternoon|evening|night)"
#: the direction a relative word before a month or weekday names ("this coming August" is
#: the next one, "this past Friday" the last one)
RELATIVE_DIRECTIONS = {"this coming": "next", "coming": "next", "this past": "last", "past": "last"}
ORDINAL = alternation(ORDINALS)
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_FIRST_NINE = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
#: a day of the month as an ordinal word ("the first of June 2009", "the twenty-third of
#: May"), the days 1 to 31; a space or hyphen joins "twenty" and "third"
DAY_WORDS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_FIRST_NINE)},
    **{
        w: i + 10
        for i, w in enumerate(
            ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth")
            + ("sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth")
        )
    },
    **{f"twenty-{w}": i + 21 for i, w in enumerate(_FIRST_NINE)},
    "thirtieth": 30,
    "thirty-first": 31,
}
DAY_WORD = alternation([w.replace("-", " ") for w in DAY_WORDS] + list(DAY_WORDS))
#: a day before its month: "15 September", "the 15th of September", "the first of June"
DAY_BEFORE_MONTH = (
    rf"(?:(?:the\s+)?(?P<day>{DAYNUM})\s+(?:of\s+)?|the\s+(?P<dayword>{DAY_WORD})\s+of\s+)"
)
YEAR = r"(?:1[5-9]\d\d|20\d\d|2100)"
#: a year of 2101-2999 after "in", "by", "until", "before" or "the year" that ends its
#: phrase ("will not recur until 2132.", "by 2150,"; not a clock: "at 2130", "from 2200
#: to 0600", "2130 GMT")
LATE_YEAR = (
    r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)"
    r"|(?<=\byear\s))"
    r"2(?:10[1-9]|1[1-9]\d|[2-9]\d\d)(?=[.,;:!?)]|\s+(?:and|or|when|if|at\s+the\s+latest)\b|\s*$)"
)
#: what may end a range of early years: a stop, a clause's conjunction or an era
_RANGE_ENDS = r"(?:[.,;:!?)]|\s+(?:when|after|before|AD|CE)\b|\s*$)"
#: a verb of dating (and a word of about) right before an early year ("dated to about 1200",
#: "dates back to 1350", "date from circa 1100"): each a fixed-width look-behind
_DATED_TO = [
    rf"(?<=\b{verb}\s{prep}\s{about})"
    for verb in ("date", "dates", "dated", "dating")
    for prep in ("to", "from", r"back\sto")
    for about in ("", r"about\s", r"around\s", r"roughly\s")
]
#: a year of 1000-1499 after "in", "from", "since", "until", "circa" or a verb of dating
#: that ends its phrase ("documents from 1355.", "built in 1480 and", "dated to about 1200,";
#: not "in 1200 stores"), or a range of them ("from 1337 to 1453.", "between 1260 and 1390.")
EARLY_YEAR = (
    r"(?:(?:(?<=\bin\s)|(?<=\bfrom\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bcirca\s)"
    r"|(?<=\d{4}\sto\s)|"
    + "|".join(_DATED_TO)
    + r")1[0-4]\d\d(?=(?:\s+to\s+1[0-5]\d\d)?(?:[.,;:!?)]"
    r"|\s+(?:and|or|when|until|after|before|AD|CE)\b|\s*$))"
    # both ends of "between 1450 and 1500" (not "between 1200 and 1350 people")
    r"|(?<=\bbetween\s)1[0-4]\d\d(?=\s+and\s+1[0-9]\d\d" + _RANGE_ENDS + r")"
    r"|(?<=\bbetween\s1[0-4]\d\d\sand\s)1[0-4]\d\d(?=" + _RANGE_ENDS + r"))"
)
#: a sentence's start right before what follows: the text's start, a stop (with closing
#: quotes or brackets) and spaces, or a new line
SENTENCE_OPENS = r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)"
#: … as a pattern searched right before a word (``OPENS_HERE.search(text, start - 4,
#: start)``: "Winter is coming", "Sunday marks…" open their sentences)
OPENS_HERE = re.compile(SENTENCE_OPENS + "$")
#: a preposition after the last day of a range or a list ("July 8 to 12 on cellphones"),
#: where another word would make the number a count ("April 24 and 25 people")
PREPOSITION_NEXT = r"(?:on|in|at|by|for|with|from|among|across|during|after|before|when)"
#: a word that may follow the last day of a list or a range and go on with the clause (a
#: preposition or a conjunction: "Jan. 13 and 14 while staff searched"); another word
#: makes the number a count ("May 7, 8 and 9 people")
LIST_GOES_ON = (
    r"(?:" + PREPOSITION_NEXT + r"|while|as|because|but|until|since|amid|although|though"
    r"|whereas|so|then)"
)
#: an era, in capitals only ("an ad", "a bc" are other words): before / in the common era
#: (after a year, "500 BC", or a century, "the 5th century BC")
BC_ERA = r"(?-i:B\.C\.E\.|B\.C\.|BCE|BC)(?!\w)"
AD_ERA = r"(?-i:A\.D\.|AD|C\.E\.|CE)(?!\w)"
_ERA_NUMBER = r"[1-9],\d{3}|[1-9]\d{0,3}"
#: a year of an era ("500 BC", "100 B.C.", "1000 AD", "AD 79"), or a year before a range's
#: end in an era, which the era also dates ("250" of "between 250 and 100 B.C.")
ERA_YEAR = (
    rf"(?:(?P<eyear>{_ERA_NUMBER})\s*(?P<era>{BC_ERA}|{AD_ERA})|(?-i:A\.D\.|AD)\s+(?P<adyear>{_ERA_NUMBER})"
    rf"|(?P<ryear>{_ERA_NUMBER})(?=\s*(?:[-–]|to|and)\s*(?:{_ERA_NUMBER})\s*(?P<rera>{BC_ERA}|{AD_ERA})))"
)
#: a point modifier, with "in" after "early"/"late" ("earlier in the year", "late in 2015")
POINT_MOD = (
    r"(?:(?P<pmod>"
    + alternation(POINT_MODS)
    + r")(?:\s+(?:(?:(?<=early\s)|(?<=earlier\s)|(?<=late\s)|(?<=later\s))in\s+)?|(?<=-)"
    r"|(?<=mid)(?=(?:morning|afternoon|evening)\b)))?"
)
DUR_MOD = r"(?:(?P<dmod>" + alternation(DURATION_MODS) + r")\s+)?"
#: left word boundary (not inside a word or a hyphenated compound; after an apostrophe
#: only where it opens a quotation, not within a word: ''Tonight, I ask…, He said, 'Two
#: years ago…, but not rock'n'roll)
B = r"(?:(?<![\w'’-])|(?<=['’])(?<![\w-]['’]))"
E = r"(?![\w])"  # right word boundary

#: the capitalised codes of time zones ("EDT", "BST", "AEDT"), longest first
ZONE_CODES = "|".join(
    sorted(
        {z for z in LEXICON["timezones"] if z.isupper()} | set(LEXICON["timezone_codes"]),
        key=lambda z: (-len(z), z),
    )
)
#: "or so" (about), "or more"/"or longer", "or less" after a count's unit ("10 days or more")
OR_BOUND = (
    r"(?:(?P<orso>\s+or\s+so\b)"
    r"|\s+or\s+(?:(?P<ormore>more|longer)|(?P<orless>less|fewer|shorter))\b(?!\s+than\b))?"
)
#: "following" after a determiner ("the following two years"; "following 10 years in
#: office" is a preposition)
FOLLOWING_AFTER_THE = r"(?:(?<=the\s)|(?<=its\s)|(?<=their\s)|(?<=these\s))following"
#: what may follow a 24-hour time's "hours": its clause's end or a word of place or time
#: ("between 2300 and 0100 hours.", "… hours on Friday"), not a verb, a noun or a phrase
#: the count of hours is of ("between 1800 and 2000 hours since their overhaul", "2008
#: hours worked", "1500 and 2000 hours to the cleanup", "1200 and 1400 hours in overtime")
HOURS_END_A_CLOCK = (
    r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:on|local|GMT|UTC|each|every|daily|nightly|until|till|when"
    r"|while)\b)"
)
#: the end of a 24-hour clock range that carries the zone, after its start ("… to 0600
#: GMT", "-0500 local time", "… and 2200 EET")
CLOCK_RANGE_END_24H = (
    r"\s*(?:-|–|to|until|till|and)\s*(?:(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC|local\s+time"
    r"|(?-i:" + ZONE_CODES + r"))\b"
    # "between 2300 and 0100 hours": an end in the small hours, which no count of hours
    # writes (not "between 1500 and 2000 hours on the redesign")
    r"|0\d[0-5]\d(?:\s*hrs\b|\s+hours\b)" + HOURS_END_A_CLOCK + ")"
)
#: the shape of a 24-hour clock time with no colon ("2300", "0600")
CLOCK_24H = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
#: "most recently" before a time: the last of many occasions, one time in the past ("is
#: inspected twice a year, most recently in January")
MOST_RECENTLY_BEFORE = re.compile(
    r"\bmost\s+recently\s+(?:(?:in|on|at|during)\s+)?"
    r"(?:(?-i:[A-Z])[a-z]+\.?\s+(?:and|or)\s+(?:(?:in|on)\s+)?)?$",  # ("in April and May")
    re.I,
)
#: a time zone: "EDT", "local time"; the codes of ``timezone_codes`` only in capitals
#: ("5 p.m. IST", not "ist"). A world time in parentheses after it ("8 a.m. local time
#: (0500 GMT)") is no part of the clock time's extent: AQUAINT tags "10:35 a.m." alone
TZ = (
    r"(?:\s+(?:(?-i:"
    + "|".join(sorted(LEXICON["timezone_codes"], key=lambda z: (-len(z), z)))
    + r")\b|"
    + alternation(LEXICON["timezones"])
    # a city's or country's time ("5 p.m. Cairo time", "10 a.m. Hong Kong time"), not a
    # word that opens a sentence or a noun phrase ("at 2 p.m. The time was up")
    + r"|(?-i:(?!(?:The|This|That|Each|Every|Any|Some|No|Our|Their|His|Her|Its|My|Your|Last"
    r"|Next|First|Same|Prime|Half|Full|Extra|Game|Show|Play|Race|Air|Screen|Tea|Lunch|Dinner"
    r"|Bed|Meal|Party|Story|Question|Closing|Opening|Kick|Injury"
    # (a weekday before the zone is the day: "5:30 p.m. Tuesday Eastern time")
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"\s+time)\b" + r"))?"
)
#: the hours spelled out ("three o'clock in the morning")
#: a year said in words: "nineteen eighty-four", "the year two thousand and five"
SPOKEN_YEAR = (
    r"(?:the\s+year\s+)?(?:(?P<hi>"
    + alternation(LEXICON["spoken_year_centuries"])
    + r")\s+(?P<lo>"
    + TENS
    + r"(?:-"
    + alternation(LEXICON["digit_words"])
    + r")?|"
    + alternation(LEXICON["spoken_year_tens"])
    + r"|oh[- ]"
    + alternation(LEXICON["digit_words"])
    + r"|hundred)"
    + r"|(?P<thousand>(?<=year\s)two\s+thousand|the\s+year\s+two\s+thousand)"
    r"(?:\s+(?:and\s+)?(?P<lo2>"
    + alternation(LEXICON["spoken_year_tens"])
    + r"|"
    + alternation(LEXICON["digit_words"])
    + r"))?)"
)
HOUR_WORDS = alternation("one two three four five six seven eight nine ten eleven twelve".split())
#: the weekday rule's left boundary: a word boundary, or right after the dash of a weekday
#: range written as one word ("open Monday-Friday")
AFTER_DAY_DASH = (
    "(?:"
    + "|".join(
        [B] + [f"(?<={name}{dash})" for name in WEEKDAYS if name.endswith("day") for dash in "-–"]
    )
    + ")"
)
#: the clock rule's left boundary: a word boundary, or right after "6-"/"11–"/"a.m.-", the
#: end of an hour range ("6-10 p.m.", "10 a.m.-noon", whose guard asks for an a.m./p.m.)
AFTER_HOUR_DASH = "(?:" + B + r"|(?<=\d[-–])|(?<=[\d.][ap]m[-–])|(?<=\.[-–]))"
#: the full date rule's left boundary: a word boundary, or a capitalised month glued to the
#: word before it, as scraped page chrome runs a label into a post's time stamp
#: ("UpdatedFebruary 6, 2016"; not a name's "LeMay 5": three lower-case letters first)
AFTER_GLUED_LABEL = "(?:" + B + r"|(?-i:(?<=[a-z]{3})(?=[A-Z][a-z])))"
#: the clock rule's right boundary: a word boundary, or "11:19PM" glued to the capitalised
#: title after it, as scraped page chrome runs a post's time stamp into its headline
#: ("11:19PMMayor Wins Vote", "9:12PMCNN Disputes"), or a "p.m." with its full stop run
#: into the next sentence ("9 a.m. to 11 p.m.The fair opens")
BEFORE_GLUED_TITLE = "(?:" + E + r"|(?-i:(?<=\d[AP]M)(?=[A-Z]))|(?-i:(?<=[ap]\.m\.)(?=[A-Z])))"

#: nouns of a stretch of time after a hyphenated length ("the next 12-month period", "a
#: three-year period")
STRETCH_NOUN_AFTER = re.compile(r"\s+(?:period|stretch|span|window|horizon)\b(?![-'’])", re.I)

#: words before "last" that make it the verb ("to last", "will last", "could last", "is to
#: start May 4 and last five days", "storms which last three days", "the effects usually
#: last 45 minutes")
LAST_AS_VERB = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must|not|n't|did|does|do|and|which|who"
    r"|usually|typically|normally|generally|often|sometimes|still|only)\s+$",
    re.I,
)

#: a stretch of someone's own that a half belongs to, its noun right after a determiner or
#: a possessive and at most one word that is no time ("the first half of his ban", "of the
#: king's reign"; not "the first half of the year the campaign raised")
OF_A_STRETCH = re.compile(
    r"\s+of\s+(?:the\s+)?(?:the|this|that|his|her|their|its|a|[\w-]+['’]s|[\w-]+s['’])\s+"
    r"(?:(?!(?:year|decade|century|month|week|season|quarter|fiscal|\d))[a-z-]+\s+)?"
    r"(?:ban|suspension|sentence|contract|career|tenure|presidency|reign|campaign)\b",
    re.I,
)


def day_half_after(group: str) -> str:
    """The half of the day that may follow a clock time in words, as group ``group`` (not
    a fraction's range: "by a quarter to one third")."""
    return (
        r"(?!\s+(?:thirds?|half|quarters?|fifths?|percent|per\s+cent)\b)"
        rf"(?:\s*(?P<{group}>[ap]\.m\.?|[ap]m\b|in\s+the\s+(?:morning|afternoon|evening)"
        r"|at\s+night))?"
    )
