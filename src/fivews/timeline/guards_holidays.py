"""Guard of named days ("Christmas", "Passover", "Nowruz"): whether a holiday's name in the
text is the holiday, not a name, a kind of thing or another calendar's new year."""

from __future__ import annotations

import re

from fivews.timeline.guards import (
    NO_MONTH_OR_WEEKDAY,
    first_word,
    in_a_headline,
    previous_word,
)
from fivews.timeline.guards_weekdays import PACT_AFTER
from fivews.timeline.lexicon import LEXICON, TIME_PREPOSITIONS, WEEKDAY_NAME
from fivews.timeline.quoted_titles import in_a_quoted_title
from fivews.timeline.records import sentence_around


def guard_holiday(m: re.Match[str], text: str) -> bool:
    """A holiday is a capitalised name ("Easter", not "easter"; "May Day", not "may day";
    its particles may stay small: "Cinco de Mayo"); "New Year" is January 1, not another
    calendar's ("Chinese New Year") nor a greeting or a resolution ("Happy New Year", "New
    Year's resolutions"); "New Year's" alone is the day only as a noun ("over Christmas and
    New Year's.")."""
    if in_a_quoted_title(m, text):
        return False  # a film's name: "Halloween" scared up $77.5 million
    if m["holiday"].lower() == "christmas" and re.match(
        r"\s+(?:came|comes|has\s+come|come)\s+early\b", text[m.end() : m.end() + 20], re.I
    ):
        return False  # "Christmas came early": an idiom of a gift, no day
    new_year = re.fullmatch(r"New\s+Year(?P<s>['’]s)?", m["holiday"], re.I)
    if new_year:
        not_the_day = (
            not _A_NOUN_ENDS.match(text, m.end())
            if new_year["s"]
            else bool(_NOT_THE_DAY_AFTER.match(text, m.end()))
        )
        if (
            not_the_day
            or _OTHER_NEW_YEAR.search(text, max(0, m.start() - 40), m.start())
            or _WISHED.search(text, max(0, m.start() - 40), m.start())
        ):
            return False
    name = re.sub(r"\s+", " ", m["holiday"].lower())
    holiday_words_before = previous_word(text, m.start()) in _BEFORE_A_HOLIDAY
    if name in _SURNAME_HOLIDAYS and (
        (
            _CAPITALISED_BEFORE.search(text, max(0, m.start() - 20), m.start())
            and not holiday_words_before
        )
        or (
            _NAMED_AFTER.match(text, m.end())
            and not (holiday_words_before and name in _NEW_YEARS_NAMES)
        )
    ):
        # "Tariq Ramadan", "Ramadan Abdullah Shallah", "Ramadan, a lawyer", "Novruz
        # Mammadov": a person's name (not "During Ramadan", "Holy Ramadan", "During Nowruz
        # Iranians travel")
        return False
    if name in _CALENDAR_HOLIDAYS and _KIND_AFTER.match(text, m.end()):
        return False  # "Passover recipes", "a Ramadan Iftar meal": a kind of thing, no time
    if name == "lent" and not (
        previous_word(text, m.start()) in _BEFORE_LENT
        or first_word(text, m.start())
        and _LENT_GOES_ON.match(text, m.end())
    ):
        # "Banks Lent More", "Karen Lent, a spokeswoman", "the Lent Bumps": the verb, a
        # name; the season after a word of time or opening "Lent begins on Wednesday"
        return False
    if (
        name == "spring festival"
        and not _FESTIVAL_WORD_AFTER.match(text, m.end())
        and not (
            _CHINA_WORDS.search(text, *sentence_around(text, m.start(), m.end()))
            and not _NAMED_PLACE_AFTER.match(text, m.end())
        )
    ):
        # "the city's Spring Festival of music", "a tour of China, … the Spring Festival in
        # Salzburg": not the Chinese New Year
        return False
    if (
        name in _COMMON_NOUN_DAYS
        and _OTHER_NAME_BEFORE.search(text, max(0, m.start() - 24), m.start())
        and not in_a_headline(m, text)
    ):
        return False  # "Holocaust Remembrance Day", "Genocide Memorial Day": another day
    if name == "good friday" and PACT_AFTER.match(text, m.end()):
        return False  # "the Good Friday peace accord"
    if (
        _NAME_AFTER.match(text, m.end())
        and previous_word(text, m.start()) not in _TIME_BEFORE
        and not _GOES_ON_HEADLINE.match(text, m.end())  # "Lent Begins Tomorrow"
    ):
        return False  # "Easter Seals", "Christmas Island": a body's or a place's name
    if (
        " " not in name
        and _TITLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        and not _SMALL_WORD_AFTER.match(text, m.end())
    ):
        # "How the Grinch Stole Christmas.", "“A Very Clinton Christmas,”": a title's end
        # ("the Red Cross Christmas appeal" is the holiday's appeal)
        return False
    return all(
        w[0].isupper()
        for w in re.split(r"\s+|(?<=\b(?:al|ul|el))-", m["holiday"])
        if w[0].isalpha() and w not in _PARTICLES
    )


#: days named by a common noun, which a word before may make another day
_COMMON_NOUN_DAYS = frozenset({"memorial day", "remembrance day", "labor day", "election day"})
#: the words before such a day that name another ("Holocaust Remembrance Day", "Genocide
#: Memorial Day", "Workers' Memorial Day"; not a city's: "the Boston Memorial Day parade")
_OTHER_NAME_BEFORE = re.compile(
    r"\b(?:Holocaust|Genocide|Workers['’]?|Martyrs['’]?|Heroes['’]?|Victims['’]?|Police"
    r"|Firefighters['’]?|Peace|Mining|Miners['’]?)\s+$"
)
#: a word of the Chinese New Year's holiday after "Spring Festival" ("the Spring Festival
#: holiday", "the Spring Festival travel rush", "the Spring Festival Gala")
_FESTIVAL_WORD_AFTER = re.compile(
    r"\s+(?:holidays?|travel|rush|period|Gala|gala|break|eve|Eve|celebrations?|season|couplets)\b"
)
#: China or the lunar calendar named in the sentence of "Spring Festival" ("China's
#: Spring Festival", "Factories across China shut before the Spring Festival")
_CHINA_WORDS = re.compile(r"\b(?:China|Chinese|Lunar|lunar|Beijing|Xinhua)\b")
#: a place's or a body's name after "Spring Festival" ("the Spring Festival in Salzburg")
_NAMED_PLACE_AFTER = re.compile(r"\s+(?:in|at|of)\s+(?-i:[A-Z])")


#: a word right before "New Year" (up to three words) that names another calendar's new
#: year ("the Chinese New Year", "the Mongolian New Year"), or a greeting ("Happy New Year")
_OTHER_NEW_YEAR = re.compile(
    r"\b(?:Chinese|Lunar|Jewish|Persian|Iranian|Islamic|Muslim|Hindu|Sikh|Vietnamese|Korean"
    r"|Tibetan|Thai|Tamil|Sinhala|Sinhalese|Nepali|Bengali|Khmer|Lao|Orthodox|Assyrian"
    r"|Kurdish|Hijri|Parsi|Zoroastrian|Ethiopian|Buddhist|Mongolian|Burmese|Cambodian"
    r"|Balinese|Hmong|Happy)\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
#: "a ... New Year" wished ("a safe and prosperous New Year"; not "a drink since New
#: Year's": no preposition between)
_WISHED = re.compile(
    r"\b(?:a|an)\s+(?:(?!(?:since|before|after|until|till|over|for|on|at|by|through|during)"
    r"\b)[\w-]+\s+){0,4}$",
    re.I,
)
#: what may follow "New Year's" standing alone for the day: a stop, a conjunction, a
#: preposition, "holiday" or "break"
_A_NOUN_ENDS = re.compile(r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:and|or|when|as|in|at|holidays?|break)\b")
#: after "New Year": its possessive ("New Year's resolutions"), resolutions or the
#: honours list
_NOT_THE_DAY_AFTER = re.compile(r"['’]s\b|\s+(?:resolutions?|Honou?rs)\b")


#: capitalised words that do not make a title before a holiday: greetings, churches, words
#: of time and the small words a title-case headline capitalises ("Ahead Of Christmas")
_NOT_IN_A_TITLE = (
    r"(?:Merry|Happy|Blessed|Holy|Orthodox|Coptic|Catholic|Western|Eastern|Good|Easter"
    r"|Christmas|Day|Eve|Last|Next|This|The|And|Or|Of|To|From|Ahead|Before|After|Until|Till"
    r"|Since|During|On|In|At|By|For|Over|Around|Through|With|About|Near|Past)\b"
)
#: two capitalised words right before a one-word holiday, neither a greeting, a church or
#: a word of time: the holiday closes a title ("How the Grinch Stole Christmas")
_TITLE_BEFORE = re.compile(
    r"(?<![.!?:]\s)(?<!^)\b(?!" + _NOT_IN_A_TITLE + r")[A-Z][a-z]+\s+(?!" + _NOT_IN_A_TITLE + r")"
    r"[A-Z][a-z]+\s+$"
)
#: a lower-case word right after the holiday, not a preposition, conjunction or verb: a
#: noun the holiday names ("the Red Cross Christmas appeal"), not a title's end
_SMALL_WORD_AFTER = re.compile(
    r"\s+(?!(?:on|in|at|for|with|and|or|to|from|by|is|was|were|are|has|had|will|airs|aired)\b)"
    r"[a-z]"
)
#: small words inside a holiday's name ("Cinco de Mayo", "Day of the Dead", "Eid al-Fitr"),
#: and "orthodox" meaning conventional ("an orthodox Christmas": Christmas)
_PARTICLES = frozenset({"de", "del", "of", "the", "al", "ul", "el", "orthodox"})
#: holidays of the Hebrew, Islamic and Persian calendars, which an attributive use names
#: as a kind of thing ("Passover recipes", as the idioms read "Christmas trees"), and the
#: rites after one that do so too ("the Passover Seder", "a Ramadan Iftar")
_CALENDAR_HOLIDAYS = frozenset(
    name
    for name, rule in LEXICON["holidays"].items()
    if {"hebrew", "hijri", "persian"} & rule.keys()
)
_KIND_AFTER = re.compile(
    r"\s+(?:Seders?|Iftars?|Haggadah|Sahur|Suhoor|War|Wars|massacre|TV|television"
    r"|traditions?|recipes?|questions?|meals?|dinners?|favou?rites?|chocolates?|foods?|products?|menus?|shoppers?|shopping|items?"
    r"|kits?|cards?|greetings?|lanterns?|decorations?|dish|dishes|cakes?|sweets|specials?"
    r"|series|dramas?|soaps?|programs?|programmes?|tables?|Cup|Park|Bank|Street|Square)\b"
)
#: the words of time before the season of Lent ("during Lent", "the start of Lent",
#: "this Lent"), and what follows it opening a sentence ("Lent begins on Wednesday")
_BEFORE_LENT = frozenset(
    "during for of before after until till since through throughout in this last next over"
    " into ahead".split()
)
_LENT_GOES_ON = re.compile(
    r"\s+(?:begins?|began|starts?|started|ends?|ended|is|was|will\s+(?:begin|start|end))\b",
    re.I,
)
#: a capitalised word after a holiday that makes it a name: a place ("Christmas Island",
#: "Easter Island"), a body ("Easter Seals", "the Thanksgiving Foundation") or a pact or
#: an event named after the day it came on ("the Good Friday Agreement", "the Easter
#: Rising")
_NAME_AFTER = re.compile(
    r"\s+(?-i:Islands?|Seals|Society|Foundation|Fund|Inc|Corp|Co|Records|Creek|Lake|River"
    r"|Network|Council|Committee|Coalition|Alliance|Institute|Association|Trust"
    r"|Mountains?|Valley|Bay|Point|Agreement|Accords?|[Oo]ffensive|Uprising|Rising)\b(?![-'’])"
)
#: prepositions of time before a holiday that keep it the day ("Before Christmas Point
#: Pleasant police collected toys")
_TIME_BEFORE = frozenset({"over", "before", "after", "during", "until", "till", "since", "by"})
#: holidays that are also names ("Tariq Ramadan", "Novruz Mammadov"; Nowruz's spellings
#: after "during", "happy" and the like are the holiday), a capitalised word right before
#: one, and the words before one that make it the holiday
_NEW_YEARS_NAMES = frozenset("nowruz norouz nowrouz nowroz nawruz navruz novruz".split())
_SURNAME_HOLIDAYS = (
    frozenset({"ramadan", "ramadhan", "eid", "tet", "holi", "lent", "purim", "whitsun"})
    | _NEW_YEARS_NAMES
)
_CAPITALISED_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+|(?:Dr|Mr|Mrs|Ms|Prof)\.)\s+$")
_BEFORE_A_HOLIDAY = TIME_PREPOSITIONS | frozenset(
    "last this next every each holy blessed the of for a amid ahead like and or but when as"
    " once whole entire until happy".split()
)
#: a capitalised name (no month, weekday or greeting), an apposition or an age after a
#: holiday that is also a name: a person ("Ramadan Abdullah Shallah", "Ramadan, a lawyer
#: from Cairo", "Nowruz, 34,")
#: a headline's verb of a season's course and a time ("Ramadan Begins Friday", "Lent Begins
#: Tomorrow"), no surname's ("Lent Starts at Quarterback", "Ramadan Ends Scoring Drought")
_GOES_ON_TITLED = (
    r"(?:Begins?|Began|Starts?|Started|Ends?|Ended)\s+(?:Today|Tomorrow|Tonight|This|Next|On|In"
    r"|" + WEEKDAY_NAME + r")\b"
)
_GOES_ON_HEADLINE = re.compile(r"\s+" + _GOES_ON_TITLED)
_NAMED_AFTER = re.compile(
    rf"\s+{NO_MONTH_OR_WEEKDAY}(?!Kareem\b|Mubarak\b|Bayram|{_GOES_ON_TITLED})[A-Z][a-z]+"
    r"|,\s+(?:a|an|the)\s+[a-z]+\s+(?:from|of|for|who|at|in)\b|,\s+\d{1,3},"
    r"|\s+(?:said|says|told|added|wrote|argued)\b"
)
