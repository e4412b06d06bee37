"""Guard of clock times ("6 p.m.", "noon", "at 2315 GMT", "at 9 o'clock"): whether a
clock-looking phrase is a time of day, not an idiom ("high noon"), a title ("Midnight
Train to Georgia", "the Five O'Clock Club"), a direction ("at two o'clock high"), a score
("2-1") or a year before a zone ("In 1925 GMT was adopted").

Hand-written regular expressions over the text, like the other guards: no library tells
these uses apart, and the parse is not at hand in a guard.
"""

from __future__ import annotations

import re

from fivews.timeline.guards import NO_MONTH_OR_WEEKDAY, first_word, previous_word
from fivews.timeline.records import sentence_around

#: words before "24:00" that make it the midnight ending a day ("As of 24:00 on Sunday",
#: "from 20:00 to 24:00")
_BEFORE_MIDNIGHT_24 = frozenset({"at", "of", "until", "till", "to", "by", "before", "after", "and"})


def guard_clock(m: re.Match[str], text: str) -> bool:
    """Not the idiom "high noon", a programme's or a song's title ("Midday with Bob",
    "Midnight Train to Georgia"), nor a score ("2-1"); a bare hour before "tonight"/"this
    evening", a 24-hour time with no colon and "N o'clock" alone only after a preposition
    of time ("at 7 tonight", "at 2315 GMT", "at six o'clock"; not "Game 7 tonight", "In 1925
    GMT was adopted"), and "N o'clock" not as a direction or a thing ("at two o'clock
    high", "the six o'clock news", "The Five O'Clock Club")."""
    if m["cw"] and previous_word(text, m.start()) == "high":
        return False
    if m["h2"] == "24" and previous_word(text, m.start()) not in _BEFORE_MIDNIGHT_24:
        return False  # "clocked 24:00 in the five-mile race": a time run, not "as of 24:00"
    if (
        m["cw"]
        and m["cw"][0].isupper()
        and re.match(r"\s+(?-i:[Ww])ith\s+(?-i:[A-Z])", text[m.end() :])
        and re.search(
            r"(?:['’]s|\bon)\s+[\"“‘']?$|[\"“‘]$", text[max(0, m.start() - 8) : m.start()]
        )
    ):
        # "WTMJ's “Midday with Charlie Sykes”", "on Midday with Bob": a programme's name
        return False
    if (
        m["cw"]
        and m["cw"][0].isupper()
        and not first_word(text, m.start())
        and re.match(r"\s+" + NO_MONTH_OR_WEEKDAY + r"(?-i:[A-Z][a-z])", text[m.end() :])
        and not _DAY_NAME_AFTER.match(text, m.end())
    ):
        return False  # "Midnight Train to Georgia", "the Midnight Crew": a title
    if m.start() > 0 and text[m.start() - 1] in "-–" and not m["ampm"]:
        # only "6-10 p.m.", "10 a.m.-noon" and "1900-0500 GMT" end an hour range ("2-1" is
        # a score)
        if m["h4"]:  # with its zone or "hrs" ("1900-0500 GMT"; not the years "1914-1918")
            return m.end() > m.end("mi4") and bool(
                _24_HOUR_DASH.search(text, max(0, m.start() - 8), m.start())
            )
        return bool(m["cw"] and _HALF_OF_DAY_DASH.search(text, max(0, m.start() - 8), m.start()))
    if m["dayhalf"] and m["dayhalf"].lower().startswith(("tonight", "this")):
        # "at 7 tonight", "about 2:50 this afternoon"
        # (not a time taken: "ran the marathon in about 2:50 this afternoon")
        if m["cmod"]:
            return previous_word(text, m.start()) not in ("in", "of", "within", "under")
        return previous_word(text, m.start()) in _CLOCK_PREPOSITIONS
    if m["h4"]:  # "at 2315 GMT", "from 2200 to 0600 GMT", "until at least 1800 GMT"; not "In
        # 1925 GMT was adopted"
        at = m.start()
        least = _AT_LEAST_BEFORE.search(text, max(0, at - 24), at)
        if least:  # "until at least 1800 GMT"; not "rose to at least 1200 on Friday"
            return previous_word(text, least.start()) in _UNTIL_WORDS
        if first_word(text, at) and _STAMP_ENDS.match(text, m.end()):
            return True  # a live blog's stamp: "0930 GMT: Japan's nuclear agency says …"
        if m.end() > m.end("mi4") and _RESTATED_BEFORE.search(text, max(0, at - 10), at):
            return True  # "attacked at dawn, 1300 GMT Tuesday", "at 0900 GMT, or 1300 local time"
        city = _CITY_TIME_AFTER.match(text, m.end("mi4"))
        year_like = m["h4"] in ("19", "20")
        if (
            year_like
            and m["mi4"] != "00"
            and m.end() == m.end("mi4")
            and _ON_AFTER.match(text, m.end())
            and previous_word(text, at) != "at"
        ):
            # "extended the embargo until 2023 on Friday": a year, then the day (not "a
            # curfew until 1930 on Friday", "stay closed until 2000 on Friday")
            return bool(CLOCK_CUES.search(text, *sentence_around(text, at, m.end())))
        if city and not (
            m["cmod"]
            or previous_word(text, at) in (("at", "for") if year_like else _CITY_CLOCK_BEFORE)
        ):
            # "Since 2014 Moscow time has been …", "By 2012 Moscow time had been fixed": a
            # year before a zone's name (a year-like hour only after "at", "for" or "about")
            return False
        if m["cmod"] and m.end() > m.end("mi4"):
            return True  # "carried out around 1100 Baghdad time"
        if _PAGE_STAMP_BEFORE.search(text, max(0, at - 40), at) or _YEAR_RIGHT_BEFORE.search(
            text, max(0, at - 8), at
        ):
            return True  # "Updated 1108 GMT", "Tue 3 Oct 2017 14.30 BST"
        return previous_word(text, at) in _RANGE_PREPOSITIONS or bool(
            _24_HOUR_DASH.search(text, max(0, at - 8), at)  # "from 1900 - 0500 local time"
        )
    if re.fullmatch(r"\d{1,2}:\d\d", m.group(0)) and (
        (
            _RUNNING_TIME_BEFORE.search(text, max(0, m.start() - 40), m.start())
            and _RUNNING_TIME_END.match(text, m.end())
        )
        or (
            text[m.end() : m.end() + 1] == ")"
            and _CLIP_BRACKET_BEFORE.search(text, max(0, m.start() - 200), m.start())
        )
    ):
        return False  # "Video duration 02:31", "Video: Flooding in Houston (1:42)": a clip's length
    if m["pmi"] or m["tmi"]:  # "at ten past ten"; not "voted ten to four", "half past its peak"
        if _CAPITALISED_PAST_START.search(m.group(0)[1:]):
            return False  # "dined at Twenty Past Eight, a bistro in Soho": a name
        if m["tmi"] and _HOUR_WORD_AFTER.match(text, m.end()):
            return False  # "five to seven p.m.": a range of hours
        if m["tmi"] and _ODDS.search(text, *sentence_around(text, m.start(), m.end())):
            return False  # "put the chances of success at twenty to one"
        return bool(m["cmod"]) or previous_word(text, m.start()) in _WORDED_CLOCK_BEFORE
    if m["h5"]:  # "at 9 o'clock Friday evening"; not "the six o'clock news", "the Five
        # O'Clock Club", "a five o'clock shadow", "at two o'clock high" (a direction)
        return (
            # "around 4 o'clock" carries its own word of time (not "a book about 5 o'clock
            # tea")
            (
                previous_word(text, m.start()) in _CLOCK_PREPOSITIONS
                or (m["cmod"] is not None and m["cmod"].lower() != "about")
            )
            and "O" not in m.group(0)
            and not _NOT_AN_HOUR_AFTER.match(text, m.end())
        )
    return True


#: words of a clock in a sentence, that make a year-like number a time of day ("a curfew
#: until 2000 on Friday", "The curfew lasts until 2130.")
CLOCK_CUES = re.compile(
    r"\b(?:curfew|GMT|UTC|local\s+time|hrs|hours|o['’]clock|tonight|midnight|noon|morning"
    r"|afternoon|evening)\b|\d:\d\d|\b[ap]\.m\.",
    re.I,
)
#: "on" after a 24-hour time, before its weekday ("at 2100 on Wednesday")
_ON_AFTER = re.compile(r"\s+on\s")
#: words after "N o'clock" that make it a direction or a thing ("at two o'clock high", "5
#: o'clock-shadowed men")
_NOT_AN_HOUR_AFTER = re.compile(
    r"\s+(?:high|low|position|direction|news|shadow|bulletin|show|club|mass|train)\b|-\w", re.I
)


#: a holiday or a time zone after a capitalised "Midnight" ("Midnight New Year's Eve")
_DAY_NAME_AFTER = re.compile(
    r"\s+(?-i:New\s+Year|Christmas|Easter|Thanksgiving|Halloween|Eastern|Pacific|Central"
    r"|Mountain|Local|GMT|UTC|[ECMP][SD]T)\b"
)
#: a 24-hour time and a dash before another ("1900-0500 GMT")
_24_HOUR_DASH = re.compile(r"\b(?:[01]\d|2[0-3])[0-5]\d\s*[-–]\s*$")
#: a.m. or p.m. and a dash before "noon"/"midnight" ("10 a.m.-noon")
_HALF_OF_DAY_DASH = re.compile(r"(?:[ap]\.m\.?|\d\s*[ap]m)\s*[-–]$", re.I)
#: prepositions before a bare hour of today ("at 7 tonight", "until 9 this evening")
#: words of a bet, where "twenty to one" are odds
_ODDS = re.compile(r"\b(?:odds|chances?|bets?|betting|bookmakers?|shot|favou?rites?)\b", re.I)
#: a capital letter past a clock's first letter ("Twenty Past Eight", a restaurant)
_CAPITALISED_PAST_START = re.compile(r"\b[A-Z]")
#: what makes the number after "to" an hour of its own ("five to seven p.m.")
_HOUR_WORD_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|o['’]clock)", re.I)
_CLOCK_PREPOSITIONS = frozenset(
    {"at", "by", "until", "till", "from", "before", "after", "around", "about", "to", "for"}
)
#: a comma or "or" before a 24-hour time with its zone, which restates a time just told
#: (not a bracket: "10:35 a.m. (0735 GMT)" is left untagged, as TimeBank leaves it; nor
#: a year's comma: "In 2003, 1300 GMT was chosen as the opening time")
_RESTATED_BEFORE = re.compile(r"(?:(?<!\d{4})(?<!\d{4}\s),|\bor)[ \t]+$")
#: what a page's stamp writes before its clock time: "Updated", "Posted", "Last modified"
#: at a line's start, maybe with its date ("Last modified on Wed 27 Nov 2019 17.05 GMT")
_PAGE_STAMP_BEFORE = re.compile(
    r"(?:^|\n|[.|]\s)[ \t]*(?:(?:Last\s+)?(?:Updated|Modified|Posted|Published)|First\s+published)"
    r"(?:\s+(?:at|on))?[ \t]*:?[ \t]*(?:[\w.,]+[ \t]+){0,4}?$",
    re.I,
)
#: a clip's label before its running time: "Video duration 02:31"
_RUNNING_TIME_BEFORE = re.compile(r"\b(?:duration|running\s+time|run\s+time|length)\s*:?\s*$", re.I)
#: a clip's line and a bracket before its running time: "Video: … (1:42)"
_CLIP_BRACKET_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:Video|Watch|Audio|Listen|Podcast)\b[^\n]*\($", re.I
)
#: what may not follow a clip's running time: a range's dash or "to", a half of the day or
#: a zone ("duration: 10:00 to 18:00 daily")
_RUNNING_TIME_END = re.compile(r"(?!\s*(?:-|–|to\b|and\b|[ap]\.?m\b|(?-i:[A-Z]{2,4})\b))", re.I)
#: a city's or a country's time after a 24-hour time ("1200 Moscow time")
_CITY_TIME_AFTER = re.compile(r"\s+(?!GMT|UTC)(?-i:[A-Z][a-z]+)\s+time\b(?!-|\s+trials?\b)")
#: the words before a 24-hour time and a city's time that make it a clock time
_CITY_CLOCK_BEFORE = frozenset(
    {"at", "by", "from", "to", "and", "between", "before", "after", "for"}
)
#: a year and maybe "at" right before a 24-hour time, as a page's stamp writes a date and
#: its time ("Tue 3 Oct 2017 14.30 BST"; not after a comma: "In 2003, 1300 GMT was chosen")
_YEAR_RIGHT_BEFORE = re.compile(r"\b(?:19|20)\d\d[ \t]+(?:at[ \t]+)?$")
#: what ends a live blog's or a timeline's stamp ("0930 GMT: …", "1115 GMT - …")
_STAMP_ENDS = re.compile(r"[ \t]*(?::|—|–|--?)[ \t]")
#: the prepositions of a stretch's end before "at least" and a 24-hour time
_UNTIL_WORDS = frozenset({"until", "till", "by", "before"})
#: "at least" or "at the earliest" between a preposition and a 24-hour time
_AT_LEAST_BEFORE = re.compile(r"\bat\s+(?:least|the\s+earliest|the\s+latest)\s+$", re.I)
#: … and the words before a range's or a stretch's 24-hour time ("between 2200 and 0600 GMT")
_RANGE_PREPOSITIONS = _CLOCK_PREPOSITIONS | {"between", "and", "since"}
#: what may come before a clock time in words: a clock's preposition, or the other end of
#: a range or a list ("between half past six and a quarter to eight")
_WORDED_CLOCK_BEFORE = _CLOCK_PREPOSITIONS | {"between", "and", "or"}
