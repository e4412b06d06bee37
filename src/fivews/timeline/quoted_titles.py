"""Quoted titles: a film's, a book's or a report's name in quotation marks, every word
capitalised ("Wonder Woman 1984" will hit theaters, the report "Energy Outlook 2030"), whose
year or holiday is no time of the story.

Read from the quotation marks and the case of the words alone: a quotation that tells
something ("Christmas will be quiet," he said) has words in lower case, and one in title
case (a headline's "We Will Be Back In 2017," The Band Said) has words no title would
capitalise on its own, which :data:`_NOT_IN_A_TITLE` lists.
"""

from __future__ import annotations

import re

#: a quoted title in title case around a match: up to six capitalised words or numbers
#: between quotation marks ("Wonder Woman 1984", "Halloween", "Blade Runner 2049")
_QUOTED_TITLE = re.compile(
    r"(?:\"|“|``)(?P<title>(?:[A-Z0-9][\w'’:-]*[ \t]+){0,5}[A-Z0-9][\w'’:-]*)[,.]?(?:\"|”|'')"
)


def in_a_quoted_title(m: re.Match[str], text: str) -> bool:
    """Whether the match is part of a title in quotation marks, every word capitalised,
    with a word besides the match: a film's, a book's or a report's name ("Wonder Woman
    1984" will hit theaters, "Blade Runner 2049"); not a quotation that tells something
    ("Christmas will be quiet," he said; a headline's "We Will Be Back In 2017," The
    Band Said), a greeting ("Merry Christmas"), a name quoted whole ("Black Friday"
    sales) nor a word quoted alone (delivery by "Christmas")."""
    start = max(0, m.start() - 60)
    for q in _QUOTED_TITLE.finditer(text, start, min(len(text), m.end() + 60)):
        if not (q.start("title") <= m.start() and m.end() <= q.end("title")):
            continue
        rest = text[q.start("title") : m.start()] + text[m.end() : q.end("title")]
        words = re.findall(r"[\w'’]+", rest)
        return bool(words) and not any(w in _NOT_IN_A_TITLE for w in words)
    return False


#: words of a quoted sentence or greeting in title case, not of a film's or a book's name
_NOT_IN_A_TITLE = frozenset(
    "To In On At For By With Will Be Is Are Was Were We You I It He She They All And Our"
    " Before After Until Since From Closed Open Home Merry Happy Season's Seasons".split()
)


#: a title's first word that would open a time ("The Next Day", "Last Christmas",
#: "Yesterday", NBC's "Today")
_TIME_TITLE_OPENERS = frozenset("The Last Next This Yesterday Today Tomorrow Tonight".split())
#: a kind of work or a naming verb right before a quoted year, weekday or month that names
#: the work ("the album "1989"", "The software, known as "Friday,"")
_WORK_BEFORE = re.compile(
    # (not an owner alone: Clinton's "2016", Goldman's "2019" outlook name years)
    r"\b(?i:album|film|movie|song|single|book|novel|play|musical|documentary|opera|mixtape"
    r"|poem|symphony|show|series|painting|video|podcast|app|titled|entitled|called|named|dubbed"
    r"|nicknamed|code-?named|known\s+as)\s*$"
)
#: a noun of an aim after a quoted year ("Toyota's "2020" target"): the year, no title
_AIM_AFTER = re.compile(
    r"[,.]?(?:\"|”|'')\s+(?:targets?|goals?|plans?|strateg(?:y|ies)|vision|agenda|deadline"
    r"|pledges?|commitments?|promises?|outlook|forecasts?|roadmap|program(?:me)?|timetable"
    r"|ambitions?)\b",
    re.I,
)
#: a verb of a work's run right after a quoted word ("Halloween" topped the box office,
#: "1917" jumped to first place, "Valentine's Day" grossed $52 million; not "Black Friday"
#: sold more devices, the manager said "Saturday" topped every other day): the quotation
#: names the work
_RUN_AFTER = re.compile(
    r"[,.]?(?:\"|”|'')\s+(?:has\s+|have\s+|had\s+)?(?:debuted|debuts|grossed|grosses|premiered"
    r"|premieres|stars|starred|outgrossed|dethroned"
    # a chart's top ("topped the box office", "led the Billboard 200", "jumped to No. 1")
    r"|(?:topped|tops|led|leads|ruled|rules|dominated|dominates)\s+(?:the\s+)?(?:weekend\s+)?"
    r"(?:box\s+office|charts?|Billboard|ratings|streaming\s+charts?)"
    r"|(?:jumped|climbed|rose|shot|soared)\s+to\s+(?:first\s+place|No\.\s*1|the\s+top)"
    r"|opened\s+(?:to|with)\s+(?:a\s+)?(?:\$|\w+\s+\$))"
)
#: a quotation mark opening a title, right before the match
_OPENING_QUOTE = re.compile(r"(?:\"|“|``)$")
#: a quotation mark closing a title, right after the match (with a comma or stop inside it)
_CLOSING_QUOTE = re.compile(r"[,.]?(?:\"|”|'')")


def a_whole_quoted_title(start: int, end: int, text: str) -> bool:
    """Whether ``text[start:end]`` is a whole quotation that names a work: a year, a weekday
    or a month alone after its kind or a naming verb (the album "1989", the historian's book
    "1776", the app known as "Friday") or before a verb of a work's run ("1917" jumped to
    first place, "Halloween" topped the box office; not Clinton's "2016" nor a year said: 'answered
    "2008."') or title-case words that open as a time would (the album "The
    Next Day", the song "Last Christmas", NBC's "Today"); not a quotation that opens a
    sentence or follows a colon ("Tomorrow," he said), nor one in lower case (would close
    "next week")."""
    opening = _OPENING_QUOTE.search(text, max(0, start - 2), start)
    if opening is None or not _CLOSING_QUOTE.match(text, end):
        return False
    words = text[start:end].split()
    if _RUN_AFTER.match(text, end) and all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return True  # "Halloween" topped the box office, "Valentine's Day" grossed $52m
    work = _WORK_BEFORE.search(text, max(0, opening.start() - 30), opening.start())
    if len(words) == 1 and re.fullmatch(r"(?:1\d|20)\d\d", words[0]):
        # "Toyota's "2020" target": a year aimed at
        return work is not None and not _AIM_AFTER.match(text, end)
    if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+", words[0]) and work is not None:
        return True  # a weekday's or a month's name: the app "Friday", the novel "August"
    if words[0] not in _TIME_TITLE_OPENERS or not all(
        w[:1].isupper() or w[:1].isdigit() for w in words
    ):
        return False
    before = text[max(0, opening.start() - 3) : opening.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".:!?\n"
