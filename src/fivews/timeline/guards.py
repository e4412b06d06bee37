"""Guards: vetoes on raw rule matches that are not time expressions ("May" the verb,
"2000 troops", "as soon as", "its quarterly dividend")."""

from __future__ import annotations

import re

from fivews.timeline.event_nouns import SCHEDULED_EVENT_NOUNS
from fivews.timeline.lexicon import (
    ATTRIBUTIVE_DETERMINERS,
    ERA_NOUNS,
    FREQUENCY_WORDS,
    NUMBERS,
    RATE_WORDS,
    SET_ADVERBS,
)
from fivews.timeline.records import SENTENCE_END


def previous_word(text: str, start: int) -> str:
    """The lower-cased word just before ``start`` (punctuation skipped)."""
    m = re.search(r"([\w$%'’]+)[^\w]*$", text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def capitalised(m: re.Match[str], group: str) -> bool:
    """Whether the match's ``group`` starts with a capital letter."""
    g = m[group]
    return bool(g) and g[0].isupper()


def in_a_headline(m: re.Match[str], text: str, share: float = 1.0, longest: int = 200) -> bool:
    """Whether the match's line (at most ``longest`` characters) is a headline in title
    case: every word longer than three letters capitalised ("Meeting Scheduled For Next
    Week"), or at least ``share`` of them (a headline that leaves some prepositions small:
    "Gas Prices Now Rising from Record Lows")."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    line = text[start : end if end >= 0 else len(text)]
    if len(line) > longest:
        return False
    words = [w for w in LINE_WORD.findall(line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= share * len(words)


def guard_weekday_of_month(m: re.Match[str], text: str) -> bool:
    """ "the fourth Thursday in November": weekday and month capitalised ("may" is a verb)."""
    return capitalised(m, "weekday") and capitalised(m, "month")


#: what may precede the first word of a sentence (or of a headline line)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"”’]?\s+|\n\s*|[\"“]\s*)$")
#: a capitalised word next: the capitalised word before it begins a name
_NAME_GOES_ON = re.compile(r"[ \t\xa0]+[A-Z]")
#: words a time expression capitalises only at a sentence start or inside a name
_NAME_CASE_WORDS = re.compile(
    r"(?:Today|Tonight|Tomorrow|Yesterday|This|Last|Next|Morning|Afternoon|Evening|Night|"
    r"Week|Weekend|Month|Year|Future|Past|Now)\b"
)
#: a closing quotation mark right after a match (a stop or comma may come first: ''Today.'')
_CLOSING_QUOTE = re.compile(r"[.,]?(?:[\"”]|'')")
#: what may precede a sentence's first word: a stop, a line break, an opening quotation
#: mark or bracket, a dateline's dash ("WASHINGTON ― This spring")
_FIRST_WORD_AFTER = re.compile(
    r"(?:^|[.!?:;…]['\"”’)]*\s*|\n\s*|(?:[\"“‘(]|``|'')\s*|\s[-–—―]+\s*)$"
)
#: the words of a line, to tell a headline in title case
LINE_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def first_word(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence or a line (an indented one too)."""
    k = start
    while k > 0 and text[k - 1] in " \t\xa0":
        k -= 1  # the indentation of a line scraped with its layout
    return bool(_FIRST_WORD_AFTER.search(text, max(0, k - 4), start))


#: a noun that names the quoted words after it as words ('the word "tomorrow"')
_WORD_AS_WORD = re.compile(r"\b(?:word|words|term|phrase)\s+(?:\"|“|``|‘|')$", re.I)


def in_a_title(m: re.Match[str], text: str) -> bool:
    """Whether the match is (part of) a name or title in title case: a word that running
    text writes in lower case is capitalised past the sentence start ("Saturday Night
    Live", "CBS This Morning", "USA Today", "Last Week Tonight"), or the match alone is
    in quotation marks and capitalised (NBC's "Today"; not a quoted word, completed
    "today."), or a quoted word named as a word ('the word "tomorrow"')."""
    at_start = first_word(text, m.start())
    words = list(re.finditer(r"[A-Za-z]+", m.group(0)))
    capitals = [w for i, w in enumerate(words) if not (i == 0 and at_start)]
    if any(_NAME_CASE_WORDS.fullmatch(w.group(0)) for w in capitals) and not in_a_headline(m, text):
        return True  # "Today, we…" is the sentence's capital; a headline capitalises all
    quoted = bool(
        OPENING_QUOTE.search(text, max(0, m.start() - 2), m.start())
        and _CLOSING_QUOTE.match(text, m.end())
    )
    if quoted and _WORD_AS_WORD.search(text, max(0, m.start() - 12), m.start()):
        return True  # 'the word "tomorrow" appears 14 times': a word, not a time
    return quoted and at_start and m.group(0)[:1].isupper()


#: the recurrences a determiner does not turn into a report's name: "a daily rally", "his
#: weekly radio address" recur, while "its quarterly dividend", "the annual report" name
#: a payment or a document
_SHORT_RECURRENCES = frozenset({"PT1H", "P1D", "P1W"})
#: possessive pronouns ("her March comment", "its two-year term")
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
#: articles and possessives (a noun phrase's determiner, unlike "average", "regular")
_DETERMINERS = frozenset({"a", "an", "the"}) | POSSESSIVE_PRONOUNS


def guard_set(m: re.Match[str], text: str) -> bool:
    """ "a year" is a SET only after a count of occurrences ("twice a day", "three times
    a year"); after an amount it is a rate ("$5 a year", "four flights a week"), which
    TimeML leaves untagged, as it does speeds ("per second") and an adverb after an amount
    ("grow 8% annually"). "quarterly" after a
    determiner ("its quarterly dividend") or before its noun ("quarterly results") and
    "daily" after "average" are not timexes, while a short recurrence after a determiner
    is ("a daily rally")."""
    if m["adverb"]:
        if m["adverb"][0].isupper() and (
            not _SENTENCE_START.search(text, 0, m.start()) or _NAME_GOES_ON.match(text, m.end())
        ):
            return False  # a name: "the Daily News", "The Weekly Standard", "“Daily Show”"
        before = _words_before(m, text)
        short = SET_ADVERBS[m["adverb"].lower()] in _SHORT_RECURRENCES
        if (
            any(amount(w) for w in before)
            and not _counts_occurrences(before)
            and not _CLOCK_BEFORE.search(text, max(0, m.start() - 12), m.start())
            # "flew 180 daily departures": the count is of the scheduled runs, which recur
            and not (
                m["adverb"].lower() in ("daily", "weekly", "nightly")
                and _COUNTED_PLURAL.match(text, m.end())
                and (
                    _BARE_COUNT.search(before[-1])
                    # "two extra weekly sailings"
                    or (before[-1] in _ADDED and len(before) > 1 and _BARE_COUNT.search(before[-2]))
                )
            )
        ):
            return False  # a rate, like "$5 a year": "rise 8% annually", "10,000 units annually"
        prev = previous_word(text, m.start())
        if prev in _DETERMINERS and short:
            return True
        adjective = not m["adverb"].lower().endswith("ally")  # not "annually perform"
        if not short and adjective and NOUN_AFTER.match(text, m.end()):
            return False  # "quarterly results", "first quarterly loss": an adjective
        return prev not in ATTRIBUTIVE_DETERMINERS
    if m["wends"]:
        # "on weekends", "their weekends"; "the weekends before the election" are some
        return previous_word(text, m.start()) not in ("the", "those", "these")
    if m["wd2"] or m["wd3"]:
        if _NAME_FOR.match(text, m.end()) and (
            text[m.end() + 1 : m.end() + 4] == "For"
            or previous_word(text, m.start()) in ("the", "of", "and")
        ):
            return False  # "the Fridays for Future movement": a name
        return (m["wd2"] or m["wd3"])[0].isupper()
    q = (m["q"] or "").lower()
    if q == "per" and re.match(r"(?:hour|minute|second)s?$", (m["unit"] or "").lower()):
        return False  # a speed or throughput ("instructions per second"): TimeML marks none
    if q in ("every", "each", "per") and re.match(
        r"\s+(?:of\s+(?:service|employment|work|tenure|experience)|worked|served)\b",
        text[m.end() : m.end() + 24],
    ):
        return False  # "two weeks' pay for every year of service": a ratio, no recurrence
    if q not in ("a", "an", "per"):
        # "every second of it", "every minute of the game": the whole of it, no recurrence
        unit = (m["unit"] or "").lower()
        return not (unit in ("second", "minute") and OF_AFTER.match(text, m.end()))
    before = _words_before(m, text)
    if _counts_occurrences(before):
        return True  # "twice a week", "three times a year"
    if q == "per":  # "visits per year" / "$5 per year", "$40 billion of bonds per month"
        return not any(amount(w) for w in _words_before(m, text, 6))
    return False


#: a plain count of things right before a recurrence's adjective ("180 daily flights")
_BARE_COUNT = re.compile(
    r"^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens)$"
)
#: an adjective of more between a count and a recurrence's adjective ("two extra weekly")
_ADDED = frozenset({"extra", "more", "additional", "new"})
#: a plural noun after a recurrence's adjective ("daily departures", "weekly flights")
_COUNTED_PLURAL = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:flights|departures|arrivals|trains|buses|crossings|sailings"
    r"|services|newscasts|broadcasts|editions|shows|trips|runs|sessions|classes|briefings"
    r"|patrols|prayers|doses|meetings|deliveries|round-trips)\b"
)
#: "for" and a capitalised word after a plural weekday ("Fridays for Future"): a name
_NAME_FOR = re.compile(r"[ \t]+[Ff]or[ \t]+[A-Z]")
#: a clock time right before ("open at 8 a.m. daily"): no amount
_CLOCK_BEFORE = re.compile(r"\d(?:\s*[ap]\.?m\.?|:\d\d)\s+$", re.I)
#: a lower-case word after a match that is no function word: the noun the match describes
#: ("quarterly results", as TimeBank reads it, untagged 10 of 11 times; "the March firewall")
NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:and|or|but|to|in|on|at|for|from|by|since|until|through|with|as|than|"
    r"after|before|when|where|while|that|which|who|the|a|an|this|his|her|their|its|"
    r"is|are|was|were|will|would|he|she|it|we|they|you|i|there|under|during|into|across|"
    r"without|because|if|unless)\b)[a-z]"
)
#: "of" right after a match ("every second of it", "the last days of the campaign")
OF_AFTER = re.compile(r"\s+of\b")


def _words_before(m: re.Match[str], text: str, n: int = 3) -> list[str]:
    """The (up to) ``n`` lower-cased words before the match in its phrase (a count or an
    amount there makes "a week" a rate; "Dec. 31, 2012, a day before" has none)."""
    window = SENTENCE_END.split(text[max(0, m.start() - max(40, 12 * n)) : m.start()])[-1]
    # ("1.6 billion euros ($2.3 billion) a year": the amount before the parenthesis)
    window = re.split(r"[,;:()]", re.sub(r"\s*\([^()]*\)\s*$", " ", window))[-1]
    return [w.strip(",;:") for w in window.lower().split()[-n:]]


#: a word after "a <unit>" that counts from a point ("a week after surgery", "a year ago";
#: not "$75,000 a week after that", a rate from then on)
_POINT_AFTER = re.compile(
    r"\s+(?:earlier|later|ago)\b|\s+(?:after|before)\s+(?!(?:that|this|then|those|these)\b)", re.I
)


#: units of time by size, for a count of a smaller unit in each larger one ("12 hours a day")
UNIT_SIZES = {"minute": 1, "hour": 2, "night": 3, "day": 3, "weekend": 4, "week": 4}
UNIT_SIZES |= {"month": 5, "year": 6}
#: a preposition between an amount and "a <unit>" that makes the unit a length of its own
_LENGTH_PREPOSITIONS = frozenset(
    {"after", "before", "for", "in", "within", "over", "during", "than", "since", "until"}
)


def _after_a_preposition(before: list[str]) -> bool:
    """Whether the words ``before`` "a <unit>" end with a preposition of a length, perhaps
    and a word of degree ("after just", "for", "within about"), after an amount with no
    unit of time between ("left in 2007 after just a year"; not "save $300 million in fuel
    a year", "work 40 hours during a week")."""
    words = before[:-1] if before and before[-1] in _DEGREE_WORDS else before
    if not words or words[-1] not in _LENGTH_PREPOSITIONS:
        return False
    last = max(k for k, w in enumerate(before) if amount(w))
    return not any(w.removesuffix("s") in UNIT_SIZES for w in before[last + 1 :])


#: words of degree between a preposition and "a <unit>" ("after just a year")
_DEGREE_WORDS = frozenset({"just", "only", "about", "nearly", "almost", "barely", "roughly"})


def amount_rate(m: re.Match[str], text: str) -> bool:
    """Whether the match is "a <unit>" right after an amount, as a rate ("$5 a year",
    "700 seats a week", "24 hours a day"; not "$5 billion over a decade")."""
    if not re.match(r"an?\s", m.group(0), re.I) or _POINT_AFTER.match(text, m.end()):
        return False  # "lost 2bn a year after its launch": a time, counted from an event
    before = _words_before(m, text)
    if (
        before
        and before[-1].endswith("s")
        and UNIT_SIZES.get(before[-1][:-1], 9) < UNIT_SIZES.get(m.group(0).split()[-1].lower(), 0)
    ):
        return True  # "22 and a half hours a day": a share of each day
    if any(amount(w) for w in before):
        if _after_a_preposition(before) and not re.match(
            r"['’]s\b|\s+(?:when|in\s+which|that)\b", text[m.end() : m.end() + 12]
        ):
            return False  # "left in 2007 after just a year": a length after a preposition
        return not _counts_occurrences(before)
    # two plural nouns of one count ("20 magazines and supplements a year"; not "3
    # players and waited a year")
    wider = _words_before(m, text, 5)
    if (
        len(wider) == 5
        and amount(wider[1])
        and wider[3] in ("and", "or")
        and all(_plural(w) for w in (wider[2], wider[4]))
    ):
        return True
    # a measure of a substance ("1,800 tons of carbon dioxide a year", "300 barrels of oil
    # a day"; not "one hour of exercise a day", whose "a day" recurs)
    return any(
        wider[k] == "of"
        and amount(wider[k - 2])
        and _plural(wider[k - 1])
        and not _SHORT_UNIT.fullmatch(wider[k - 1])
        for k in range(max(2, len(wider) - 3), len(wider) - 1)
    )


#: a unit shorter than the day a rate counts in ("two hours of homework a night")
_SHORT_UNIT = re.compile(r"(?:second|minute|hour)s?", re.I)


def _plural(word: str) -> bool:
    """Whether ``word`` looks like a plural noun ("tons", not "class")."""
    return word.endswith("s") and not word.endswith("ss")


def _counts_occurrences(before: list[str]) -> bool:
    """Whether the word right before "a week" counts occurrences ("twice", "times"): the
    phrase is a recurrence, not a rate. A count of time ("24 hours a day", "seven days
    a week") is a rate like the others, which TimeBank and AQUAINT leave untagged."""
    return bool(before) and before[-1] in FREQUENCY_WORDS


def amount(word: str) -> bool:
    """Whether ``word`` states an amount ("$5", "700", "35-plus", "$75billion", "million",
    "percent", "four")."""
    return bool(
        re.fullmatch(r"[$£€]?\d[\d.,]*(?:%|\+|-plus|[kmb]n?|billion|million|trillion)?", word)
        or re.fullmatch(r"[\w$]*\$[\d.,]+", word)
        or word in RATE_WORDS
        or (word in NUMBERS and word not in ("a", "an"))
    )


#: an opening quotation mark just before a match
OPENING_QUOTE = re.compile(r"(?:\"|“|``|‘|')$")


#: "'s" and the noun after a day word, past up to three words that describe it ("today's
#: youth", "today's global economy", "today's more stridently ideological media")
_POSSESSED_NOUN = re.compile(
    r"['’]s\s+(?:(?:most|more|[a-z]+ly|[a-z]+(?:al|ing|ive|ic))\s+){0,3}(\w+)"
)
#: the word after the noun a day word owns ("today's climate talks")
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
#: nouns of a day's event, report or figures ("today's climate talks", "today's workforce
#: report")
_DAY_EVENTS = SCHEDULED_EVENT_NOUNS | frozenset(
    "report reports data figures numbers results session talks index survey release".split()
)
#: "<noun> of " before a day word ("the leaders of tomorrow", "the problems of today")
_NOUN_OF = re.compile(r"\b([a-z]\w*)\s+of\s+$")
#: nouns whose "of today" is a part of the day itself ("the end of today")
_PART_NOUNS = frozenset(
    {"end", "start", "beginning", "middle", "rest", "close", "course", "part", "half", "as"}
)


#: what ends a noun phrase "yesterday's" owns as an era ("yesterday's politics will…"),
#: not a compound going on ("yesterday's world record")
_ERA_NOUN_ENDS = re.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:is|are|was|were|has|have|had|will|would|can|could|and|or|of|in"
    r"|that|who|which|to)\b"
)
#: a possessive ending after a noun ("today's leaders' summit": the noun owns what follows)
_POSSESSIVE_END = re.compile(r"['’]")
#: nouns whose "of yesterday" is a past age ("the rhetoric of yesterday")
_PAST_AGE_NOUNS = frozenset(
    "rhetoric policies policy ideas heroes leaders problems battles politicians stars news"
    " solutions thinking mistakes answers".split()
)


def guard_day_word(m: re.Match[str], text: str) -> bool:
    """ "today"/"tomorrow"/"yesterday" naming the era ("today's youth", "the leaders of
    tomorrow", "the policies of yesterday") is not the DCT's day (neither TimeML folder
    tags it)."""
    if in_a_title(m, text):
        return False  # "USA Today", "The Tonight Show", NBC's "Today"
    word = m["word"].lower()
    if word not in ("today", "tomorrow", "yesterday") or m["part"] or m["part0"]:
        return True
    owner = _POSSESSED_NOUN.match(text, m.end())
    if owner:
        # "today's climate talks", "today's workforce report": the era noun names the
        # day's event or report
        event = _NOUN_AFTER.match(text, owner.end())
        if event and event.group(1).lower() in _DAY_EVENTS:
            return True
        if word == "yesterday" and not _ERA_NOUN_ENDS.match(text, owner.end()):
            return True  # "yesterday's world record", "yesterday's media briefing"
        if (
            event
            and event.group(1).lower() in ERA_NOUNS
            and _ERA_NOUN_ENDS.match(text, event.end())
            and not _POSSESSIVE_END.match(text, event.end())
        ):
            return False  # a compound's head: "today's most pressing development challenges"
        return owner.group(1).lower() not in ERA_NOUNS
    noun = _NOUN_OF.search(text, max(0, m.start() - 40), m.start())
    if word == "yesterday":
        # "the events of yesterday" is the day; "the policies of yesterday" the past age
        return noun is None or noun.group(1).lower() not in ERA_NOUNS | _PAST_AGE_NOUNS
    return noun is None or noun.group(1).lower() in _PART_NOUNS


def phrase_end(words: str) -> re.Pattern[str]:
    """What may follow a time phrase that ends there: punctuation, the end of the text, or
    one of ``words`` (an alternation) starting the rest of the clause."""
    return re.compile(r"\s*(?:[,.;:!?)\"”’]|$)|\s+(?:" + words + r")\b")


#: what follows a share: a determiner, a pronoun, a name or a plural ("a quarter of the …",
#: "a quarter of that", "a quarter of Smith's donors", "a quarter of (parliamentary) seats",
#: "a quarter of 1 percent"), unless a time unit follows ("a quarter of an hour"); not "a
#: quarter of weak demand", a period
#: a change by a share before "a quarter"/"a half" ("fell by a quarter", "slashed its prison
#: population by a quarter", "are expected to drop by a quarter", "could fall by a half")
CHANGED_BY_A_SHARE = re.compile(
    r"\b(?:f[ae]ll(?:s|en|ing)?|ris(?:e|es|en|ing)|rose|drop(?:s|ped|ping)?"
    r"|(?:declin|increas|decreas|reduc|rais|plung)(?:e|es|ed|ing)|gr(?:ow|ows|ew|own|owing)"
    r"|shr(?:ink|inks|ank|unk|inking)|cut(?:s|ting)?|slash(?:es|ed|ing)?"
    r"|(?:jump|climb|slump|soar|boost|expand|contract)(?:s|ed|ing)?|up|down)"
    r"\s+(?:[\w'’-]+\s+){0,4}?by\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?$",
    re.I,
)
FRACTION_OF = re.compile(
    r"\s+of\s+(?!(?:(?:the|its|their|his|her|our|this|that|a|an)\s+)?(?:\w+\s+)?"
    r"(?:hour|minute|day|week|month|year|century|decade|season)s?\b)"
    r"(?:(?:the|its|their|his|her|our|all|this|that|these|those|a|an|it|them|us|which|whom)\b"
    r"|(?-i:[A-Z])|(?:[a-z]+\s+)?[a-z]+s\b|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b))",
    re.I,
)


#: the end of a stretch of years after a year ("2008-2012", "2008 to 2012")
_YEARS_ON = re.compile(r"\s*(?:[-–]|to\b|through\b|and\b)\s*(?:19|20)?\d\d\b", re.I)


#: no capitalised month or weekday starts here (before a word that may be a name)
NO_MONTH_OR_WEEKDAY = (
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
)


def guard_quarter(m: re.Match[str], text: str) -> bool:
    """ "quarter"/"half"/"period" needs an ordinal, a qualifier, a year or a determiner;
    a plain "the quarter of voters who…" (a share of people) is none, nor "the period
    2008-2012" (a stretch of years, whose years are tagged), nor a count of quarters ("the
    third quarter in a row of decline")."""
    if m["qunit"].lower() == "period" and m["qyear2"] and _YEARS_ON.match(text, m.end()):
        return False
    if m["qunit"].lower() == "period" and _PERIOD_OF_A_STATE.match(text, m.end()):
        return False  # "her latest period of house arrest", "the current period of calm"
    if m["ord"] and re.match(r"\s+in\s+a\s+row\b", text[m.end() : m.end() + 12]):
        return False
    if m["ord"] and _OF_A_RUN_OR_SUM.match(text, m.end()):
        # "the first quarter of growth since the recession": a count of quarters; "the second
        # half of their taxes": a share of a sum
        return False
    bare = not (m["ord"] or m["qual"] or m["qyear"] or m["qyear2"] or m["yrel"])
    if (
        bare
        and m["qunit"][:1].isupper()
        and not in_a_headline(m, text)
        and re.match(
            r"[ \t]+(?!(?:Ended|Ending|Of|To|In|And|Or|Year|Results|Earnings|Profit|Sales)\b)"
            r"[A-Z][a-z]",
            text[m.end() :],
        )
    ):
        return False  # "The Half Moon Tavern", "The Quarter Pounder": a name
    if bare and (
        FRACTION_OF.match(text, m.end())
        or (m["qunit"].lower() == "half" and _NOUN_AFTER_HALF.match(text, m.end()))
    ):
        return False
    return bool(
        m["ord"]
        or m["mto"]
        or m["qual"]
        or m["qyear"]
        or m["qyear2"]
        or m["yrel"]
        or m.group(0).lower().startswith(("the", "its", "their", "that"))
    )


#: "of" and a lowercase word that names no time after "period" ("the latest period of
#: house arrest", "the current period of calm"; not "the same period of the previous
#: year", "the period of last year")
_PERIOD_OF_A_STATE = re.compile(
    r"\s+of\s+(?!(?:the|this|that|last|next|fiscal|financial|calendar|each|every|year|years"
    r"|time)\b)(?-i:[a-z])"
)
#: "of" and a run of change or a sum after an ordinal quarter or half ("the first quarter
#: of growth", "the second half of their taxes", "the first half of the grant")
_OF_A_RUN_OR_SUM = re.compile(
    r"\s+of\s+(?:(?:the|their|his|her|its|our|your|my|negative|positive|economic|job)\s+)?"
    r"(?:growth|expansion|contraction|decline|declines|gains|losses|recovery|recession|deflation"
    r"|taxes|tax|payments?|grant|loan|fees?|funding|bill|rent|award|bonus|sum|money|amount|aid"
    r"|tuition|refund|salary|wages)\b"
    # not a noun describing a time after it ("the first half of the tax year")
    r"(?![ \t]+(?:year|term|period|schedule|program|programme|season|cycle|month|quarter)\b|['’]s)",
    re.I,
)
#: a word after a plain "the half" that makes it part of a noun ("clams on the half
#: shell", "fills the half position"); the half-year goes on with a verb or a preposition
#: ("profit in the half rose", "the half ended June 30", "the half to March")
_NOUN_AFTER_HALF = re.compile(
    r"\s+(?!(?:[a-z]+ed|rose|fell|grew|was|were|is|are|had|has|to|of|and|or|from|in|on|at"
    r"|by|for|with|as|when|while|compared|versus|vs|through|that|which|than)\b)[a-z]"
)
