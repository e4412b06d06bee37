"""Guards of durations: whether a count and a unit ("four months"), a bare plural unit
("for years", "the final days") or "a while" is a stretch of time, not an age, a rate, a
share or a name."""

from __future__ import annotations

import re

from fivews.timeline.guards import (
    CHANGED_BY_A_SHARE,
    FRACTION_OF,
    NOUN_AFTER,
    UNIT_SIZES,
    amount_rate,
    capitalised,
    previous_word,
)
from fivews.timeline.lexicon import CLOCK_24H, HOURS_END_A_CLOCK, LEXICON, WEEKDAY, alternation

#: "one in", "one out of" before a count: a share of the units ("one in five days")
_ONE_IN = re.compile(r"\b(?:one|1)\s+(?:in|out\s+of)(?:\s+every)?\s+$", re.I)


#: a state of affairs, a case or a measure whose age "N-unit-old" tells how long it has
#: lasted ("the 10-day-old truce", "a 25-year-old murder case"), unlike a person's or a thing's
_STATE_AGED = re.compile(
    r"\s+(?:"
    + alternation(LEXICON["aged_state_nouns"])
    + r"|(?:[a-z]+\s+)?"
    + alternation(LEXICON["aged_measure_nouns"])
    + r"(?!(?<=case)\s+of\b))"
    # the head of its phrase, not a modifier of a person or a thing ("the 45-year-old
    # campaign manager", "30-year-old government bonds")
    r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:[a-z]+ed|is|was|has|had|will|would|could|may|might|in|on"
    r"|at|over|with|between|against|of|to|that|which|and|but|by|for|from|collapsed|broke"
    r"|began|ended|came|fell|threatens|appears|seems|last|this|earlier|after|before|when"
    r"|near|amid|under|since|until|during|as|have|hurt|hurts|remains?|remained)\b)",
    re.I,
)


#: a verb of wishing and "to" before "one day" ("hoped to one day captain England"; not
#: "shortened from three days to one day")
_WISHED_TO = re.compile(
    r"\b(?:hope[sd]?|hoping|wants?|wanted|wish(?:es|ed)?|dream(?:s|ed)?|expect(?:s|ed)?"
    r"|plan(?:s|ned)?|aim(?:s|ed)?|intend(?:s|ed)?|aspire[sd]?|vow(?:s|ed)?|promise[sd]?|like)"
    r"\s+to\s+$",
    re.I,
)
#: a verb's word after "to one day" ("to one day captain England"), not a time's or a
#: preposition ("cut to one day last week", "to one day of talks")
_VERB_AFTER_ONE_DAY = re.compile(
    r"\s+(?!(?:last|this|next|of|in|on|at|and|or|a|an|the|before|after|ago|later|earlier|from"
    r"|to|per|each|every|for)\b)[a-z]+\b"
)


#: an ordinal half or quarter and "of" before "a year" ("the first half of a year")
_HALF_OF_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|last|final|latter)\s+(?:half|quarter)\s+of\s+$", re.I
)


#: a year and a slash or dash before a two-figure count ("2014/15 fiscal year")
_YEAR_AND_SLASH = re.compile(r"(?<![\w/–-])(?:1[5-9]|20)(\d\d)\s*[/–-]\s*$")


def guard_duration(m: re.Match[str], text: str) -> bool:
    """Whether a count and a unit is a stretch of time: not an age ("two years old", "a
    6-year-old", "at the age of two weeks"), an object pronoun before "ago" ("told her
    eight years ago"), a name ("a Century speedboat"), a rate ("$5 million a year"), the
    ordinal "a second", a 24-hour time ("at 1700 hours"), a count of the noun after the
    unit ("several weekend rallies"), a share ("three-quarters", "a quarter of the
    market", "one in five days"), an occasion
    ("it was a day of mourning") or a year read as a count ("the 1988 quarter"). "previous"
    after the count needs a determiner ("the three previous years", not "a prior quarter")."""
    if m["rel2"] and not m["det"]:
        return False
    if CLOCK_24H.fullmatch(m["num"] or "") and CLOCK_24H.fullmatch(m["num2"] or ""):
        return False  # "between 2300 and 0100 hours": two clock times, no count of hours
    year_before = _YEAR_AND_SLASH.search(text, max(0, m.start() - 8), m.start())
    if (
        year_before
        and re.fullmatch(r"\d\d", m["num"])
        and 0 < (int(m["num"]) - int(year_before[1])) % 100 < 10
    ):
        return False  # "the 2014/15 fiscal year", "the 2014–15 season": a range's end year
    if (m["num"] or "").lower() == "many" and re.search(
        r"\bas\s+$", text[max(0, m.start() - 4) : m.start()], re.I
    ):
        return False  # "the third in as many years": a count told again, no stretch
    if re.match(r"-(?:on|over)-", text[m.end() : m.end() + 6]):
        return False  # "on a month-on-month basis", "a year-over-year rise": a comparison
    if re.search(r"\s(?:thousand|million|billion)$", m["num"]) and re.search(
        r"[$£€¥]\s*$", text[max(0, m.start() - 2) : m.start()]
    ):
        return False  # "bought for $5 million years ago": a sum, not a count of years
    if (
        m.group(0).lower() == "one day"
        and _WISHED_TO.search(text, max(0, m.start() - 20), m.start())
        and _VERB_AFTER_ONE_DAY.match(text, m.end())
    ):
        return False  # "hoped to one day captain England": some day, a split infinitive
    if (
        m["num"].lower() in ("a", "an")
        and m["unit"].lower() == "half-hour"
        and NOUN_AFTER.match(text, m.end())
    ):
        return False  # "a half-hour meeting": the article is the meeting's
    if m["kind"] and m["num"].lower() in ("a", "an"):
        return False  # "changed from a fiscal year to a calendar year": a kind of year
    if m.group(0).lower() == "a year" and _HALF_OF_BEFORE.search(
        text, max(0, m.start() - 30), m.start()
    ):
        return False  # "the hottest first half of a year": a half of any year, no length
    if (
        CLOCK_24H.fullmatch(m["num"])
        and m["unit"].lower() in ("hours", "hrs")
        and (
            previous_word(text, m.start()) in ("at", "by", "until", "till", "from", "before")
            or (m["num"].startswith("0") and re.match(HOURS_END_A_CLOCK, text[m.end() :]))
        )
    ):
        return False  # "arrived at 1700 hours", "from 1800 hours to 0600 hours": clock times
    if re.fullmatch(r"an?\s+full-year", m.group(0), re.I) and _RESULT_AFTER.match(text, m.end()):
        return False  # "a full-year profit": the year's results, tagged as "full-year"
    if m["rel"] and m["det"] and re.match(r"\s+ago\b", text[m.end() : m.end() + 6], re.I):
        return False  # "lost the final two years ago": the noun "final", then "two years ago"
    if re.match(r"\s+old\b|-olds\b", text[m.end() : m.end() + 5], re.I) or _OF_AGE.match(
        text, m.end()
    ):
        return False  # an age ("two years old", "13-year-olds", "under 21 years of age")
    rate = _PER_UNIT_AFTER.match(text, m.end())
    if rate and UNIT_SIZES.get(m["unit"].lower().rstrip("s"), 9) < UNIT_SIZES[rate[1].lower()]:
        return False  # "work six days a week", "12 hours a day": a share of each week or day
    if _AGES_FROM.match(text, m.end()):
        return False  # "those 65 years and older", "children 5 years or younger": ages
    if (
        re.fullmatch(r"\d+-[a-z]+s", m.group(0))
        and text[max(0, m.start() - 2) : m.start()] == ", "
        and text[m.end() : m.end() + 1] == ","
    ):
        return False  # "Natalia Skaggs, 8-months, escaped": an age in apposition
    if _AGE_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _AGE_RANGE_BEFORE.search(
        text, max(0, m.start() - 40), m.start()
    ):
        return False  # "died at the age of two weeks", "children aged six months"
    if _YOUNG_BEFORE.search(text, max(0, m.start() - 40), m.start()) and (
        re.sub(r"\s+", " ", (m["dmod"] or "").lower()) in ("under", "below", "up to")
        or re.search(r"\b(?:younger|older)\s+than\s+$", text[max(0, m.start() - 14) : m.start()])
    ):
        return False  # "deaths in infants under three months", "babies younger than six months"
    if not (m["det"] or m["rel"]) and _ONE_IN.search(text, max(0, m.start() - 16), m.start()):
        return False  # "spent one in five days travelling": a share of the days
    if (m["det"] or "").lower() in ("his", "her", "its", "their") and re.match(
        r"\s+ago\b", text[m.end() : m.end() + 5], re.I
    ):
        return False  # "reached out to her eight years ago": the pronoun is an object
    if (
        (m["num"] or "").lower() in ("a", "an")
        and m["unit"].lower() in ("day", "night")
        and _COPULA_BEFORE.search(text, max(0, m.start() - 24), m.start())
        and _OCCASION_AFTER.match(text, m.end())
    ):
        return False  # "It was a day of mourning", "Today is a day for celebration"
    if (
        (m["num"] or "").lower() in ("a", "an")
        and m["unit"].lower() in ("day", "night")
        and _THING_AFTER.match(text, m.end())
    ):
        return False  # "a night table", "a day job", "a night shift": a thing, not a length
    if _a_moment_idiom(m, text):
        return False  # "wait a minute, …", "don't believe for a minute", "minute-by-minute"
    if m["num"] in ("a", "an") and capitalised(m, "unit"):
        return False  # "owned a Century speedboat": a name, not "a century"
    if (m["num"] or "").lower() in ("a", "an") and amount_rate(m, text):
        return False  # a rate ("$500 million a year"), as in :func:`guard_set`
    if (m["num"] or "").lower() == "another" and (
        m["unit"].lower() in _NOT_ANOTHER
        or (
            text[m.end() : m.end() + 1] == ","
            and _IN_OPENING.search(text, max(0, m.start() - 8), m.start())
        )
    ):
        # "live to fight another day", "a second", "pay another quarter of the cost"; "In
        # another year, the debate might have drawn crowds": another kind of year
        return False
    if (m["num"] or "").lower() in ("a", "an") and m["unit"].lower() == "second":
        # "a second betrayal", "a second group": the ordinal, unless a time word follows
        # ("a second, stronger quake": the ordinal before a comma and a second adjective)
        if _ORDINAL_LIST_AFTER.match(text, m.end()) and previous_word(text, m.start()) not in (
            "in",
            "within",
            "after",
            "under",
            "than",
        ):
            return False
        return bool(
            re.match(
                r"\s*(?:[.,;:)]|$|or\b|later\b|earlier\b|ago\b|before\b|after\b)",
                text[m.end() : m.end() + 10],
            )
        )
    if m["unit"].lower() == "second" and re.match(r"-(?!long\b|old\b)[a-z]", text[m.end() :], re.I):
        return False  # "two second-degree counts", "two second-hand cars": the ordinal
    if (
        (m["num"] or "").lower() in ("several", "few", "a few", "many", "numerous")
        and not m["unit"].lower().endswith("s")
        and "-" not in m.group(0)
    ):
        # "several weekend rallies": the count is of the noun after the unit (a hyphen makes
        # one adjective of both: "a several-year delay")
        return False
    if (
        m.group(0).lower().endswith("-old")
        and (not m["unit"].lower().endswith("s") or (m["num"] or "").lower() not in ("a", "an"))
        and not _STATE_AGED.match(text, m.end())
    ):
        # "a 6-year-old", "the 44-year-old", "then 29-years-old": an age (TimeML tags no
        # ages; TimeBank tags "a years-old slump" and "the 8-month-old truce", the age of a
        # state of affairs)
        return False
    if re.search(r"\b(?:a|one|three)-quarters?$", m.group(0).lower()):
        # "about three-quarters support the ban", "one-quarter of donors": the hyphenated
        # fraction is a share; three quarters of the calendar are written apart
        return False
    unit = m["unit"].lower()
    if unit == "quarters" and _OF_A_WHOLE.match(text, m.end()) and FRACTION_OF.match(text, m.end()):
        return False  # "nearly three quarters of its value": a share
    if m["unit"].lower() in ("quarter", "half") and (
        FRACTION_OF.match(text, m.end())
        or _SHARE_AFTER.match(text, m.end())
        or text.startswith("-of-", m.end())  # "a quarter-of-a-million people"
        or CHANGED_BY_A_SHARE.search(text, max(0, m.start() - 60), m.start())
        or (
            _OR_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and text.startswith(",", m.end())
            and FRACTION_OF.match(text, m.end() + 1)
        )
    ):
        # "a quarter of the entire market", "a quarter, 26 percent", "789, or about a
        # quarter, of its dealers", "fell by a quarter": a share
        return False
    if m["unit"].lower() in ("quarter", "half") and _POINT_SIZE.match(text, m.end()):
        return False  # "a quarter-point rise", "two quarter-percentage-point cuts": a size
    if _SOME_QUARTERS.fullmatch(m.group(0)) and re.match(r"\s*[.,;:!?)]", text[m.end() :]):
        return False  # "fierce in some quarters": some circles of people
    return not re.fullmatch(r"(?:1[5-9]|20)\d\d", m["num"]) or m["unit"].lower().endswith("s")


#: the larger unit a count of time is a share of ("six days a week", "12 hours a day")
_PER_UNIT_AFTER = re.compile(
    r"[ \t]+(?:a|an|per)[ \t]+(hour|night|day|week|month|year)\b"
    # not a point counted back or on ("90 days a year after the crash", "the 12 weeks a
    # year earlier", "a year from now"; not "24 hours a day from at least 2005", a rate's span)
    r"(?![ \t]+(?:ago|earlier|later|after|before|since|back|hence|from(?=\s+(?:now|today|then"
    r"|that|this|the\s+(?:date|day|time|start|end)\b)))\b)",
    re.I,
)
#: a rate's size after "quarter"/"half" ("a quarter point", "a half-percentage-point cut")
_POINT_SIZE = re.compile(r"[\s-]+(?:percentage[\s-]+)?points?\b", re.I)

#: "a second, stronger quake": a comma, then an adjective of the noun the ordinal counts
_ORDINAL_LIST_AFTER = re.compile(
    r",\s+(?:more\s+|less\s+)?[a-z]+(?:er|est|ful|ous|ive|al|ic|ed|ate|ent|ant|ar)\s+[a-z]+",
    re.I,
)

#: nouns that make one compound noun with "day"/"night" before them ("a night table", "a
#: day job", "a day trip")
_THING_AFTER = re.compile(
    r"(?:[ \t]*-[ \t]*time\b|\s+(?:jobs?|care|trips?|traders?|pass(?:es)?|laborers?|camps?|shifts?"
    r"|tables?|stands?|class(?:es)?|school|watchman|clubs?|owls?|light|games?|guards?|nurses?"
    r"|managers?|curfews?|raids?|patrols?|markets?|flights?|skies|sky|vision|bus(?:es)?"
    r"|trains?|rallies|rally|march|vigils?)\b)",
    re.I,
)
#: "of" and a determiner after plural quarters: a share of a whole ("three quarters of its
#: value"), unlike a count of quarters of something ("several quarters of losses")
_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|all|this|that|these|those)\b", re.I)
#: "it", "today" or a weekday and a copula before "a day"/"a night", and what makes it an
#: occasion, not a length ("it was a day of mourning", "today is a day for celebration",
#: "it was a night to remember"; not "it has been a day since", "the trip was a day of
#: driving")
_COPULA_BEFORE = re.compile(
    r"\b(?:it|this|that|today|yesterday|tomorrow|tonight|" + WEEKDAY + r")"
    r"(?:\s+(?:is|was|will\s+be|has\s+been|had\s+been)|['’]s(?:\s+been)?)\s+$",
    re.I,
)
_OCCASION_AFTER = re.compile(
    r"\s+(?:of|for|when|where|that|which|to\s+remember|like|unlike|full\s+of|filled\s+with)\b"
    # a participle that describes it ("it's been a night mostly lacking of cheers")
    r"|\s+(?:[a-z]+ly\s+)?(?:lacking|marked|filled|dominated|spent|devoted)\b",
    re.I,
)
#: quarters as circles of people closing a clause ("criticised in some quarters.", "in many
#: quarters, though"), unlike a firm's ("gains in some quarters and losses in others")
_SOME_QUARTERS = re.compile(r"(?:some|many|certain|other|most|all)\s+quarters", re.I)
#: "of age" after a count, or after the count it is joined to ("between six months and 18
#: years of age")
_OF_AGE = re.compile(
    r"(?:\s+(?:and|to|or)\s+[\w-]+\s+(?:years?|months?|weeks?|days?))?\s+of\s+age\b(?!-)", re.I
)
#: "and older", "or younger" after a count of years: a group by age
_AGES_FROM = re.compile(r"\s+(?:and|or)\s+(?:older|younger)\b", re.I)
#: "wait"/"hang on"/"hold on" opening a clause before "a minute" or "a second", with a
#: break after it: a stop in talk ("is saying wait a minute, the wealth…", "‘Wait a minute:
#: but…"); "had to wait a minute, then…" and "wait a minute for the bus" are waits
_STOP_BEFORE = re.compile(
    r"(?:^|[\"“‘'(:;,.!?]\s*|\b(?:saying|says|say|said)\s+)(?:wait|hang\s+on|hold\s+on)\s+$",
    re.I,
)
_BREAK_AFTER = re.compile(r"\s*(?:[,!?:;—–]|-{1,2}\s|[\"”’'])")
#: a denial before "for a minute"/"for a second": not at all ("I don't believe for a
#: minute that…", "never thought for a second")
_DENIAL_BEFORE = re.compile(
    r"(?:\bnot|n[’']t|\bnever)\s+(?:\w+\s+)?(?:believe[sd]?|think|thought|doubt(?:ed)?|"
    r"imagine[sd]?|suggest(?:ed)?|pretend(?:ed)?)\s+for\s+$",
    re.I,
)


def _a_moment_idiom(m: re.Match[str], text: str) -> bool:
    """Whether "a minute"/"a second" is an idiom with no stretch of time: a stop in talk
    ("wait a minute, …"), a denial ("don't believe for a minute") or the first half of
    "minute-by-minute" (an adverb of how closely, like "daily")."""
    if (m["num"] or "").lower() not in ("a", "one") or m["unit"].lower() not in (
        "minute",
        "second",
    ):
        return False
    if text.startswith("-by-", m.end()):
        return True
    before = text[max(0, m.start() - 40) : m.start()]
    if _STOP_BEFORE.search(before) and _BREAK_AFTER.match(text, m.end()):
        return True
    return _DENIAL_BEFORE.search(before) is not None


#: ", or" before a share restating a count ("789, or about a quarter, of its dealers")
_OR_BEFORE = re.compile(r"\d,\s+or\s+(?:[a-z]+\s+)?$", re.I)
#: a percentage right after a fraction ("just over a quarter, 26 percent, say…")
_SHARE_AFTER = re.compile(r"\s*[,(–—-]\s*\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)", re.I)


#: the young of people or animals before a bound on an age ("infants under", "babies
#: younger than")
_YOUNG_BEFORE = re.compile(
    r"\b(?:infants?|bab(?:y|ies)|newborns?|toddlers?|child(?:ren)?|kids|boys|girls|piglets"
    r"|calves|foals|puppies|kittens|chicks)\s+(?:(?:younger|older)\s+than\s+)?$",
    re.I,
)
#: an age's noun right before a count ("at the age of two weeks", "aged six months"), or
#: one's age said to be it ("the animal's age is between eight and 10 years"): TimeML
#: tags no ages
_AGE_BEFORE = re.compile(
    r"\b(?:(?:age|ages|aged)\s+(?:of\s+|from\s+|between\s+)?(?:\d+(?:\s*,\s*|,?\s+(?:and|or)\s+))*"
    r"|(?:['’]s|his|her|its|their)\s+age"
    r"\s+(?:is|was|were|are)\s+(?:about\s+|around\s+|between\s+(?:[\w-]+\s+and\s+)?)?)$",
    re.I,
)
#: the far end of an age range ("children aged 6 months to 8 years"; not "the wine is aged
#: 6 months to 2 years", matured that long)
_AGE_RANGE_BEFORE = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)\b(?:aged|ages)\s+"
    r"\d+\s+(?:months?|years?|weeks?)\s+(?:to|and|or|through)\s+$",
    re.I,
)


#: a noun of results after "a full-year" ("a full-year profit of $310 million")
_RESULT_AFTER = re.compile(
    r"\s+(?:net\s+)?(?:profits?|loss|earnings|revenues?|sales|results|dividend|deficit)\b", re.I
)
#: units "another" rarely counts as time: idioms ("another day"), shares ("another
#: quarter of the cost") and ordinals ("another second")
_NOT_ANOTHER = frozenset({"day", "second", "quarter", "half"})
#: "In" opening a sentence ("In another year, …")
_IN_OPENING = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)In\s+$")


def guard_past_day(m: re.Match[str], text: str) -> bool:
    """ "the past day" after "in", "over", "during", "within" or "for" ("killed in the past
    day"), not "It was the last day"."""
    return previous_word(text, m.start()) in ("in", "over", "during", "within", "for")


def guard_a_while(m: re.Match[str], text: str) -> bool:
    """ "a while" is a stretch of time, not in "once in a while" (now and then) nor in "a
    while ago/back" (some time ago); "some time" only after "for" or a verb of taking or
    spending time ("for some time", "may take some time", as TimeBank tags "for some time"),
    not as a point ("some time next week")."""
    if re.search(r"\bonce\s+in\s+$", text[max(0, m.start() - 10) : m.start()], re.I):
        return False
    if m["some"]:
        return (
            previous_word(text, m.start()) in _TAKING_TIME
            and not _POINT_AFTER.match(text, m.end())
            and not _COMPOUND_AFTER.match(text, m.end())
        )
    return not re.match(r"\s+(?:ago|back)\b", text[m.end() : m.end() + 8], re.I)


#: words before "some time" that make it a stretch ("for some time", "took some time")
_TAKING_TIME = frozenset(
    "for take takes took taking taken need needs needed spend spends spent spending been".split()
)
#: a noun after "some time" that makes it a compound ("some time management"): any word
#: but a small one or a gerund ("for some time now", "some time off", "some time searching")
_COMPOUND_AFTER = re.compile(
    r"[ \t]+(?!(?:to|now|and|or|but|because|in|at|on|with|since|until|that|as|so|away|off"
    r"|out|yet|already|before|after|for|from|by|the|a|an|this|he|she|it|they|we|i|you)\b"
    r"|[a-z]+ing\b)[a-z]"
)
#: a point after "some time" ("some time next week", "some time ago")
_POINT_AFTER = re.compile(
    r"\s+(?:ago|back|next|last|this|during|between|soon|later|earlier)\b", re.I
)
