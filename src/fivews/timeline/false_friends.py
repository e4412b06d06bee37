"""False friends: matches shaped like a time expression that name something else.

A year-shaped number after a label names a thing ("Euro 2016", "Local 1520", "Flight
1549", "H1N1 2009") or is the tail of a decimal ("$4.1556"); "chapter:verse" after a book
of scripture is a citation, not a clock time ("John 3:16"); "the second half" and "the
first period" in a game's report are parts of the game, and "fourth period" (a school
class) or "his third period of leave" no quarter of the calendar year; "the year" in an
award title is part of the title ("athlete of the year", "Citizen of the Year");
"overnight" after "happen", "heal"… means "suddenly"; "a day-to-day basis" is a
compound and "adding a second" in a game a goal; "daily" or "weekly" before a paper's
name ("the pan-Arab daily Asharq al-Awsat", "the news weekly Der Spiegel") or as the
subject of "reported" names a newspaper; "Now," opening a quotation marks the next point
of talk; a count before a capitalised unit outside a headline names a work ("the movie
72 Hours"). Each check reads only the text around the match; the word lists are in
``data/timex_false_friends.json``. One reads the parse too: a month or weekday inside a
person's name the entity recogniser found ("Jill June", "April Mellody", "Jason
January") names the person, and so does that surname alone where it speaks ("January
said", "according to January").
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from fivews import lexicon
from fivews.timeline.guards import LINE_WORD, previous_word
from fivews.timeline.lexicon import LEXICON, MONTH, MONTHS, TIME_PREPOSITIONS, WEEKDAYS
from fivews.timeline.lexicon import OF_A_STRETCH as _OF_A_STRETCH
from fivews.timeline.records import SENTENCE_END, sentence_around

#: the word lists (``data/timex_false_friends.json``)
FALSE_FRIENDS: dict[str, Any] = lexicon.load_json("timex_false_friends.json")
#: labels before a number that name a thing ("Euro 2016", "Local 1520"), as written
NUMBER_LABELS: frozenset[str] = frozenset(FALSE_FRIENDS["number_labels"])
_COIN = re.compile(FALSE_FRIENDS["coin_context"], re.I)  # the coin: "cost a quarter"
#: a code before a number ("H1N1 2009")
_CODE = re.compile(FALSE_FRIENDS["code_number"])
#: books of scripture, before a "chapter:verse" citation
SCRIPTURE_BOOKS: frozenset[str] = frozenset(FALSE_FRIENDS["scripture_books"])
#: words only a game's report uses ("scored", "halftime", "touchdown")
_SPORT = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in FALSE_FRIENDS["sport_words"]) + r")\b", re.I
)
#: sport words that business copy uses too ("overtime" at a plant, a "rebound" in sales,
#: "penalties" paid, a video "game"), and the business words that outweigh them
_SHARED_WORDS = frozenset(
    {"game", "games", "overtime", "penalty", "penalties", "rebound", "rebounds"}
)
_STRONG_SPORT = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in FALSE_FRIENDS["sport_words"] if w not in _SHARED_WORDS)
    + r")\b",
    re.I,
)
_BUSINESS = re.compile(
    # (not words a game's report uses too: a team's "production", "output", "margin",
    # "growth"; "held firm"; TV "analysts"; a team's "investors")
    r"\b(?:sales|earnings|revenues?|profits?|deliveries|economy|economists|shipments|GDP"
    r"|inflation|plants?|factory|factories|automakers?|company|companies)\b",
    re.I,
)
#: a game's score before its outcome ("a 1-0 defeat", "a 2-0 lead")
_SCORE = re.compile(r"\b\d{1,3}[-–]\d{1,3}\s+(?:win|victory|defeat|loss|lead|draw|tie)\b", re.I)
#: "of" after a half or a period ("the second half of …")
_OF_AFTER = re.compile(r"\s+of\b")
#: the season a half belongs to ("the first half of the season"), a part of a game
_OF_A_SEASON = re.compile(r"\s+of\s+(?:the|this|last|next)\s+season\b", re.I)
#: the honoured noun of an award title ("athlete", "citizen", "album")
HONOUR_NOUNS: frozenset[str] = frozenset(FALSE_FRIENDS["honour_nouns"])

#: verbs before "overnight" that make it "suddenly" ("does not happen overnight")
IDIOM_VERBS: frozenset[str] = frozenset(FALSE_FRIENDS["overnight_idiom_verbs"])
#: the word right before a match
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
#: the token right before a match (a label, a code, a book), and what separates it
_TOKEN_BEFORE = re.compile(r"(\S+)[ \t\xa0]+$")
#: the tail of a decimal or of a grouped number right before a match ("4.", "12,")
_NUMBER_TAIL = re.compile(r"\d[.,]$")
#: a citation "chapter:verse" (no a.m./p.m. after it)
_CITATION = re.compile(r"\d{1,3}:\d{1,3}$")
_AM_PM_AFTER = re.compile(r"\s*(?:a\.?m|p\.?m)\b", re.I)
#: "<noun> of " before "the year" ("Of" in a headline's capitals too)
_NOUN_OF = re.compile(r"([A-Za-z][\w'’]*)(?:\s+|-)(?P<of>(?i:of))\s+$")
#: a ranking by sales or audience before the noun ("Best-Selling Album Of The Year",
#: "the most-watched show of the year"): a ranking within the year, not an award
_RANKING = re.compile(
    r"\b(?:best|top|most|highest|biggest)[-\s](?:selling|grossing|watched|viewed|streamed|read)"
    r"\s+$",
    re.I,
)
#: a capitalised "Year" named by what follows ("the Year of the Woman"): a name
_NAMED_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z])")
#: nouns of a part of a period, capitalised in a headline ("End of the Year")
_PART_NOUNS = frozenset({"end", "rest", "start", "beginning", "middle", "half", "part", "turn"})
#: the rules whose match may be a part of a game
_GAME_PART_UNITS = frozenset({"half", "period", "quarter"})


def is_false_friend(rule: str, m: re.Match[str], text: str) -> bool:
    """Whether rule ``rule``'s match ``m`` in ``text`` names something other than a time."""
    if rule == "year":
        return _labelled_number(m, text)
    if rule == "clock_time":
        return (
            _scripture_citation(m, text)
            or _MARK_AFTER.match(text, m.end()) is not None
            or _game_clock(m, text)
        )
    if rule == "quarter":
        return _counted_period(m, text) or _part_of_a_game(m, text)
    if rule == "the_unit":
        return _award_title(m, text)
    if rule == "part_of_day":
        return _suddenly(m, text) or _broadcast_slot(m, text)
    if rule == "duration":
        return (
            _compound_or_goal(m, text)
            or _FRACTION_BESIDE.match(text, m.end()) is not None
            or _titled_count(m, text)
        )
    if rule == "set":
        return _a_newspaper(m, text)
    if rule == "reference":
        return _discourse_now(m, text)
    return False


#: an opening quotation mark (a straight one after a space or at the start), maybe a space
_QUOTE_OPENS = re.compile(r"(?:(?:^|\s)[\"']|[“‘])\s?$")


#: the words after "Now," set a time against another: a subject in the future ("Now, he
#: will work for you", "Now, we'll see", "Now, it's going to be hard") or a first ("Now,
#: for the first time, we…"); not a speaker's "I" or a question ("Now, I'll be honest",
#: "Now, what will you do?"), which mark the next point of talk
_TIME_CONTRAST_CLAUSE = re.compile(
    r",\s+(?:(?!(?-i:I)\b|what\b|who\b|how\b|why\b|where\b|when\b|let\b)"
    r"(?:(?:[\w'’-]+\s+){1,2}?(?:will|won['’]t|(?:is|are|am)\s+going\s+to)"
    r"|[\w-]+['’](?:ll|s\s+going\s+to|re\s+going\s+to)|for\s+the\s+first\s+time))\b",
    re.I,
)


def _discourse_now(m: re.Match[str], text: str) -> bool:
    """Whether "Now," opens a quotation, a comma after it: in speech mostly a marker of
    the next point of talk ("“Now, you famously said…”", "\"Now, that having been said…"),
    not the present. A first clause in the future or "for the first time" sets the time
    against another and stays a time, as "Now," mostly does in narration ("That was May.
    Now, in the heat of August…")."""
    if m.group(0) != "Now" or not text.startswith(",", m.end()):
        return False
    if _TIME_CONTRAST_CLAUSE.match(text, m.end()):
        return False
    return _QUOTE_OPENS.search(text, max(0, m.start() - 3), m.start()) is not None


def _titled_count(m: re.Match[str], text: str) -> bool:
    """Whether a count before a capitalised unit names a work ("the movie 72 Hours", "his
    book 30 Years of Struggle"): running text writes the unit in lower case, and a headline
    in title case capitalises every word ("Mayor Vows Action In First 100 Days", "Ten
    Years for One Theft"). Running text is a lower-case word of four letters or more among
    the six words on either side of the match, within its sentence. Quoted alone, it is a
    title even in a headline ("Studio's Movie '72 Hours' Is About To Open")."""
    unit = m["unit"] or ""
    if not (m["num"] and unit[:1].isupper() and not unit.isupper()):
        return False
    if _QUOTE_BEFORE.search(text, max(0, m.start() - 1), m.start()) and _QUOTE_AFTER.match(
        text, m.end()
    ):
        return True
    before = _SENTENCE_BREAK.split(text[max(0, m.start() - 80) : m.start()])[-1]
    after = _SENTENCE_BREAK.split(text[m.end() : m.end() + 80])[0]
    words = LINE_WORD.findall(before)[-6:] + LINE_WORD.findall(after)[:6]
    return any(len(w) > 3 and w[0].islower() for w in words)


#: quotation marks right around a match
_QUOTE_BEFORE = re.compile(r"[\"“‘’']$")
_QUOTE_AFTER = re.compile(r"[\"”’']")
#: where a sentence or a line ends, to keep a headline's words apart from the text's
_SENTENCE_BREAK = re.compile(r"[.!?]['\"”’]*\s+|\n")


#: "mark" after a clock reading: a point in a recording or a race ("starts at the 15:20
#: mark"), no time of day
_MARK_AFTER = re.compile(r"[ \t]+mark\b", re.I)
#: a game clock's minutes and seconds and what is left to play after them ("with 2:47
#: remaining", "0:38 to go", "with 1:12 left"; not "the 9:30 left on time")
_LEFT_TO_PLAY = r"\s+(?:remaining|to\s+play|to\s+go)\b"
_GAME_CLOCK_AFTER = re.compile(_LEFT_TO_PLAY, re.I)
_GAME_CLOCK = re.compile(
    r"\b(?:\d{1,2}:\d\d" + _LEFT_TO_PLAY + r"|with\s+\d{1,2}:\d\d\s+left)", re.I
)
#: "with" right before a game clock's reading and "left" after it ("with 1:12 left")
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.I)
_LEFT_AFTER = re.compile(r"\s+left\b")
#: the last stretch of a game before its clock's reading ("in the final 3:46")
_FINAL_BEFORE = re.compile(r"\b(?:final|last)\s+$", re.I)


def _game_clock(m: re.Match[str], text: str) -> bool:
    """ "with 2:47 remaining", "with 1:12 left", "in the final 3:46" of a game's report:
    minutes and seconds of a game's clock (no a.m. or p.m.), no time of day (not "the last
    9:30 train")."""
    if not re.fullmatch(r"\d{1,2}:\d\d", m.group(0)):
        return False
    if _GAME_CLOCK_AFTER.match(text, m.end()):
        return True
    if _LEFT_AFTER.match(text, m.end()) and _WITH_BEFORE.search(
        text, max(0, m.start() - 6), m.start()
    ):
        return True
    return bool(_FINAL_BEFORE.search(text, max(0, m.start() - 8), m.start()) and in_a_game(m, text))


#: another fraction after "a quarter" ("fell by between a quarter and a third"): a share
_FRACTION_BESIDE = re.compile(
    r"(?<=quarter)\s+(?:and|or|to)\s+(?:a\s+|one\s+|two\s+)?(?:thirds?|half|fifths?|tenths?)\b",
    re.I,
)
#: broadcasting nouns after "late night"/"morning" that make it a kind of programme ("late
#: night talk show host", "the morning show")
BROADCAST_NOUNS: frozenset[str] = frozenset(FALSE_FRIENDS["broadcast_nouns"])


def _broadcast_slot(m: re.Match[str], text: str) -> bool:
    """Whether the part of day names a broadcasting slot ("late night talk show host")."""
    after = _WORD_AFTER.match(text, m.end())
    return after is not None and after.group(1).lower() in BROADCAST_NOUNS


#: the recurrence adverbs that also name a periodical ("the Israeli daily Haaretz")
_PERIODICALS = frozenset({"daily", "weekly", "biweekly", "fortnightly", "monthly", "quarterly"})
#: verbs a newspaper is the subject of ("the Israeli daily reported")
NEWSPAPER_VERBS: frozenset[str] = frozenset(FALSE_FRIENDS["newspaper_verbs"])
#: nationality adjectives (``data/geo_demonyms.json``): "daily Israeli raids" recur
_DEMONYMS: frozenset[str] = frozenset(
    word for words in lexicon.load_json("geo_demonyms.json")["demonyms"].values() for word in words
)
#: the shape of a nationality or group adjective not in that list ("Kurdish", "Sunni")
_ADJECTIVE_SHAPE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic|i|ch)")
#: a capitalised name right after the match, and the word after it
_NAME_AFTER = re.compile(r"[ \t\xa0]+([A-Z][\w'’.-]*)(?:[ \t\xa0]+(\S+))?")
#: the word (and what follows it) right after the match
_WORD_AFTER = re.compile(r"\s*([,;:.)]|[A-Za-z]+)")
#: words before a newspaper noun: an article, a possessive, a hyphenated or capitalised
#: modifier ("the", "a pro-government", "Israel's", "the Communist Party"), or an article
#: and an adjective of a paper opening an apposition ("the newspaper …, a free daily.";
#: not "the drug, a pill daily")
_PAPER_MODIFIER = re.compile(
    r"(?:\b(?:the|a|an)|[\w’'.]+-[\w’'-]+|[A-Z][\w’'.-]*"
    r"|,\s+(?:the|a|an)\s+(?:free|national|local|regional|conservative|liberal|leading"
    r"|popular|independent|financial|business|official|influential|tabloid|major|largest"
    r"|biggest))$"
)


def _a_newspaper(m: re.Match[str], text: str) -> bool:
    """ "the Israeli daily Haaretz", "the news weekly Der Spiegel", "the daily said":
    a recurrence adverb used as the noun for a periodical.

    It names a paper when a name follows it (a capitalised word that is neither a
    nationality adjective, as in "daily Israeli raids", nor a weekday or month, nor an
    abbreviation such as "U.S."), or when, after an article or a modifier, a reporting
    verb or the end of the clause follows ("the pro-government daily reported", "in the
    Israeli daily."); "taken daily." and "twice-daily" stay recurrences.
    """
    word = m.group(0)
    if word not in _PERIODICALS or text[max(0, m.start() - 1) : m.start()] == "-":
        return False
    name = _NAME_AFTER.match(text, m.end())
    if name is not None:
        first = name.group(1).rstrip(".,")
        if first.isupper() or "." in first or first.lower() in WEEKDAYS or first.lower() in MONTHS:
            return False  # "daily U.S. briefings", "weekly Monday meetings"
        nationality = first in _DEMONYMS or _ADJECTIVE_SHAPE.fullmatch(first)
        return not (nationality and (name.group(2) or "A")[0].islower())
    after = _WORD_AFTER.match(text, m.end())
    if after is None or not (after.group(1) in ",;:.)" or after.group(1) in NEWSPAPER_VERBS):
        return False
    return bool(_PAPER_MODIFIER.search(text[max(0, m.start() - 40) : m.start()].rstrip()))


def _compound_or_goal(m: re.Match[str], text: str) -> bool:
    """ "on a day-to-day basis" (a compound adjective), "adding a second" in a game's
    report (a second goal), and "a phone call cost a quarter" (the coin)."""
    if (
        text.startswith("-to-", m.end())
        or m.group(0).lower() == "a quarter"
        and _COIN.search(text, *sentence_around(text, m.start(), m.end()))
    ):
        return True
    if not re.fullmatch(r"an?\s+second", m.group(0), re.I):
        return False
    return in_a_game(m, text)


def _suddenly(m: re.Match[str], text: str) -> bool:
    """ "tensions don't heal overnight", "it will not happen overnight", "doubling its size
    overnight": "suddenly"."""
    if m.group(0).lower() != "overnight":
        return False
    clause = re.split(r"[.;:!?,\n]", text[max(0, m.start() - 80) : m.start()])[-1]
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before is not None and before.group(1).lower() in IDIOM_VERBS:
        # "the attack happened overnight" tells when; "it won't happen overnight", "did
        # not happen overnight", "seemed to happen overnight", "None of this happened
        # overnight" mean "suddenly", as a habit does ("burglaries happen overnight")
        if before.group(1).lower() not in ("happened", "happening"):
            return True
        sentence = SENTENCE_END.split(text[max(0, m.start() - 100) : m.start()])[-1]
        incident = any(
            w in _INCIDENTS or w[:-1] in _INCIDENTS
            for w in re.findall(r"[a-z-]+", sentence.lower())
        )
        # an incident that happened overnight ("the attack happened overnight"; not "his
        # rise to stardom happened overnight", "It all happened overnight")
        return not incident or bool(_NOT_OR_MAYBE.search(_LAST_CLAUSE.split(clause)[-1]))
    # the verb a few words back, its object or complement between ("doubling HP's size
    # and stature overnight", "transformed from 'Queen Nancy' to 'Bag Lady' overnight")
    words = re.findall(r"[A-Za-z]+", clause)[-8:]
    return any(w.lower() in IDIOM_VERBS for w in words[:-1])


#: incidents that happen on a night (not "collapse", which prices and fortunes do suddenly)
_INCIDENTS = frozenset(LEXICON["incident_nouns"]) - {"collapse", "death", "rescue"}
#: a word opening the clause "happened" is in ("the crash that happened overnight",
#: "would not say what happened overnight")
_LAST_CLAUSE = re.compile(r"\b(?:that|which|who|what|when|where|after|before)\b", re.I)
#: a negation, a modal or a seeming before "happened overnight": the idiom
_NOT_OR_MAYBE = re.compile(
    r"\b(?:not|never|rarely|seldom|hardly|no|none|little|few|nothing|n['’]t|won|can|could|will|would|may|might|should|must|seem"
    r"|seems|seemed|seemingly|almost|as\s+if|did|does|do)\b|n['’]t\b",
    re.I,
)


def _labelled_number(m: re.Match[str], text: str) -> bool:
    """A year-shaped number after a label or a code, or the tail of a bigger number."""
    if m["pmod"] or m["fiscal"]:
        return False
    start = m.start("year")
    if _NUMBER_TAIL.search(text, max(0, start - 2), start):
        return True  # "$4.1556 a share"
    before = _TOKEN_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    token = before.group(1)
    return token in NUMBER_LABELS or bool(_CODE.fullmatch(token))


def _scripture_citation(m: re.Match[str], text: str) -> bool:
    """ "John 3:16", "(Ephesians 5:11)": a chapter and verse after a book's name."""
    if not _CITATION.search(m.group(0)) or _AM_PM_AFTER.match(text, m.end()):
        return False
    before = _TOKEN_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return before is not None and before.group(1).lstrip("([“\"'‘") in SCRIPTURE_BOOKS


def _counted_period(m: re.Match[str], text: str) -> bool:
    """ "fourth period" (a school class), "his third period of leave": a "period" counted
    by an ordinal with no year or qualifier is no quarter of the calendar year, unless a
    company's results follow ("third-period net", "fourth-period sales")."""
    return (
        (m["qunit"] or "").lower() == "period"
        and bool(m["ord"])
        and not (m["qual"] or "").strip()
        and not (m["qyear"] or m["qyear2"] or m["yrel"] or m["yrel2"])
        and not _RESULTS_AFTER.match(text, m.end())
    )


#: a company's results after a counted period ("third-period net", "second-period sales")
_RESULTS_AFTER = re.compile(
    r"\s+(?:net|earnings|profits?|loss(?:es)?|sales|revenues?|results|income|operating)\b",
    re.I,
)


def _part_of_a_game(m: re.Match[str], text: str) -> bool:
    """ "the second half", "the first period" of a game: an ordinal, no year named, and
    the sentence (or the one before it) reports a game."""
    if (m["qunit"] or "").lower() not in _GAME_PART_UNITS or not m["ord"]:
        return False  # a part of a game is counted: "the second half", "the third quarter"
    if m["qyear"] or m["qyear2"] or m["yrel"] or m["yrel2"]:
        return False  # "the second half of 2016"
    if _OF_AN_EVENT.match(text, m.end()) or _OF_A_STRETCH.match(text, m.end()):
        return True  # "the second half of the race", "the first half of his ban"
    if _OF_AFTER.match(text, m.end()) and not _OF_A_SEASON.match(text, m.end()):
        return False  # "the second half of the year" (not "… of the season")
    return in_a_game(m, text)


#: an event (not a span of the calendar) that a half or period belongs to, after a
#: determiner or a possessive ("of Sunday's Super Bowl", "of Saturday's game")
_OF_AN_EVENT = re.compile(
    r"\s+of\s+(?:(?:the|this|that|his|her|their|its|a|[\w-]+['’]s|[\w-]+s['’])\s+(?:[\w-]+\s+){0,2}?"
    r"(?:race|match|game|marathon|bout|fight|contest|concert|show|film|movie|speech|trial|book"
    r"|season|tournament|final|Super\s+Bowl|derby|clash|playoff|semifinal|semi-final"
    r"|doubleheader|win|victory|loss|defeat)"
    r"|(?:Game|Match)\s+\d)\b",  # "the fourth quarter of Game 7"
    re.I,
)


def in_a_game(m: re.Match[str], text: str) -> bool:
    """Whether the match's sentence (or the one before it) reports a game."""
    sentences = SENTENCE_END.split(text[max(0, m.start() - 400) : m.start()])
    own = sentences[-1] + SENTENCE_END.split(text[m.start() : m.end() + 300])[0]
    around = " ".join(sentences[-2:-1]) + " " + own
    if _SCORE.search(around) or _GAME_CLOCK.search(around) or _STRONG_SPORT.search(around):
        return True
    # "will schedule overtime … in the third quarter", "Earnings should rebound in the
    # second half": a shared word, in business copy
    return bool(_SPORT.search(around)) and not _BUSINESS.search(own)


def _award_title(m: re.Match[str], text: str) -> bool:
    """ "athlete of the year", "Citizen of the Year", "Liar-of the Year": "the year" names
    an award; "the Year of the Woman" names a year by what marks it."""
    phrase = m.group(0)
    if not re.fullmatch(r"the\s+(?:year|month|week)", phrase, re.I):
        return False
    if phrase.split()[-1][0].isupper() and _NAMED_AFTER.match(text, m.end()):
        return True
    noun = _NOUN_OF.search(text, max(0, m.start() - 40), m.start())
    if noun is None:
        return False
    word = noun.group(1)
    if _RANKING.search(text, max(0, noun.start() - 20), noun.start()):
        return False  # "the best-selling album of the year": a ranking within the year
    if word.lower() in HONOUR_NOUNS:
        return True
    # a title in capitals ("Teacher of the Year"), not a headline's "End of the Year"; in a
    # headline's capitals ("Of") only an honoured noun tells a title ("Busiest Travel Day Of
    # The Year" is a year)
    return (
        noun["of"] == "of"
        and phrase.split()[-1][0].isupper()
        and word[0].isupper()
        and word.lower() not in _PART_NOUNS
    )


def people_names(doc: Doc | None) -> list[tuple[int, int]]:
    """Character spans of the people's names in a parsed Doc (none for plain text)."""
    if doc is None:
        return []
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]


def in_a_persons_name(start: int, end: int, text: str, names: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` is a capitalised month or weekday name inside a longer
    person's name ("Jill June", "April Mellody", "Ai Jun"; not "Davis Manafort in 1995")."""
    if not _calendar_word(text[start:end], weekdays=True):
        return False
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in names)


def _calendar_word(word: str, weekdays: bool) -> bool:
    """Whether ``word`` is a capitalised month name (or, with ``weekdays``, a weekday)."""
    if not (word.isalpha() and word[0].isupper()):
        return False
    return word.lower() in MONTHS or (weekdays and word.lower() in WEEKDAYS)


#: a verb of speech right after a name ("January said", "June told reporters")
_SPEAKS_AFTER = re.compile(
    r"[ \t\xa0]+(?:said|says|told|explained|noted|stated|wrote|asked|replied|"
    r"recalled|argued|insisted|warned)\b"
)
#: "according to" right before a name
_ACCORDING_TO = re.compile(r"\baccording\s+to[ \t\xa0]+$", re.I)
#: what follows a name after "according to": a stop, not a noun ("January figures")
_CLAUSE_GOES_ON = re.compile(r"\s*[,;.:)]")
#: a list of months going on ("according to January, February and March figures")
_MONTH_LIST_GOES_ON = re.compile(r",\s*(?:and\s+|or\s+)?(?-i:(?=[A-Z]))(?:" + MONTH + r")\b", re.I)


def a_surname_speaking(start: int, end: int, text: str, names: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` is a month that ends a person's name found elsewhere in
    the text ("Jason January") and here, alone, speaks ("January said", "according to
    January,"); "since January" in the same story stays the month, and a weekday before
    "said" is the day's ("the paper Sunday said")."""
    word = text[start:end]
    if not _calendar_word(word, weekdays=False):
        return False  # "the paper Sunday said": a weekday before "said" is the day's
    if not any(e - s > len(word) and text[s:e].endswith(" " + word) for s, e in names):
        return False
    if _SPEAKS_AFTER.match(text, end):
        return previous_word(text, start) not in TIME_PREPOSITIONS  # not "in January said"
    return (
        bool(_ACCORDING_TO.search(text[max(0, start - 20) : start]))
        and bool(_CLAUSE_GOES_ON.match(text, end))
        and not _MONTH_LIST_GOES_ON.match(text, end)
    )
