"""Photo captions: whether a place in a text lies in the first sentence of a picture's
caption ("Serena Williams returns a shot … on Saturday. (AP Photo/Michel Euler)", "FILE -
In this Aug. 3, 2012 file photo, …"), whose present tense tells of a picture already taken.

Hand-written patterns of the wire services' credit lines and caption openings: no library
names them, and the scraped text keeps them as plain lines.
"""

from __future__ import annotations

import re

from fivews.timeline.records import SENTENCE_END

#: a wire service's credit ("(AP Photo/Jane Doe)", "(Reuters/John Smith)", "(AFP Photo)",
#: "REUTERS/Jane Doe", "Photo: AFP") or a caption's opening ("FILE -", "In this Aug. 3,
#: 2012 file photo,") that marks a line as a picture's caption
_CAPTION_MARK = re.compile(
    r"\(\s*(?:AP|AFP|EPA|Reuters|REUTERS|Getty\s+Images|Xinhua|Bloomberg)(?:\s+[Pp]hoto)?"
    r"\s*(?:/|\))|\b(?:REUTERS|AFP|EPA)/[A-Z]|\bPhoto:\s*(?:AP|AFP|EPA|Reuters|Getty|Xinhua)\b"
    r"|^\s*FILE\s*[-–—]|^\s*(?:FILE\s*[-–—]\s*)?In\s+this\s+"
    # the picture's date before "photo": with a year, a month's day or a weekday ("In this
    # Aug. 3, 2012 file photo", "In this Dec. 30 photo", "In this Sunday photo")
    r"(?:[\w.,'’ -]{0,40}?\b(?:19|20)\d\d,?\s+|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
    r"|[A-Z][a-z]+day,?\s+)?(?:file\s+|handout\s+)?(?:photo|image|picture|photograph)\b",
    re.M,
)
#: a relative or time clause before the place, whose tense is its own ("the stand, where
#: Trump watches the parade on Friday")
_OWN_CLAUSE = re.compile(r"\b(?:where|when|which|who|whom|as|after|before|until)\b", re.I)


def in_a_caption(text: str, start: int) -> bool:
    """Whether ``start`` lies in the first sentence of a line that holds a picture's
    credit or a caption's opening ("(AP Photo/Jane Doe)", "FILE -", "In this … photo"),
    outside a clause of its own ("where …", "after …")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    before = text[line_start:start]
    ends = list(SENTENCE_END.finditer(before))
    sentence = before[ends[-1].end() :] if ends else before
    if _OWN_CLAUSE.search(sentence):
        return False
    if _CREDIT_OPENS.match(sentence):
        return True  # "Staff photo by Jane Doe Graham Smith, left, talks about …"
    after = SENTENCE_END.search(text, start, line_end if line_end >= 0 else len(text))
    if after is not None and _CREDIT_CLOSES.match(text, after.end()):
        return True  # "… rehearse a song Saturday afternoon. Telegram photo by Jane Doe"
    return not ends and _CAPTION_MARK.search(line) is not None


#: a photographer's credit after a caption's sentence, closing its line ("Telegram photo
#: by Jane Doe", "Photo by Jane Doe/The Times")
_CREDIT_CLOSES = re.compile(
    r"(?:[A-Z][\w.&’'-]*\s+){0,3}(?:[Ss]taff\s+)?[Pp]hotos?\s+(?:by|courtesy\s+of)\s+"
    r"[A-Z][^.!?\n]{0,60}(?:\n|$)"
)
#: a photographer's credit opening a caption's sentence ("Staff photo by Jane Doe")
_CREDIT_OPENS = re.compile(
    r"\s*(?:\(?(?:Staff|File|Contributed|Submitted)\s+)?[Pp]hotos?\s+(?:by|courtesy\s+of)\s+[A-Z]"
)
