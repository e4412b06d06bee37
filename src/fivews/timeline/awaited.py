"""Weekdays of events a clause looks ahead to: "sit atop the polls ahead of Monday's
caucuses", "in the run-up to Tuesday's primary", "ahead of New York's delegate-rich
Tuesday primary", "ahead of voting Tuesday". :func:`fivews.timeline.resolve_days.
resolve_weekday` reads such a day as still to come, unless a past clause tells of it
after the event.

Written by hand: the cue is a handful of words around the weekday, which no date library
reads.
"""

from __future__ import annotations

import datetime as dt
import re

from fivews.timeline.event_nouns import INCIDENT_NOUNS, RELEASE_NOUNS, names_scheduled_event
from fivews.timeline.records import Context
from fivews.timeline.verb_tense import FUTURE

#: words before a possessive weekday that put its event ahead ("ahead of Saturday's caucus",
#: "in the run-up to Tuesday's primary"; "before", a preparation, a crowd expected and
#: a threat or a wait only before a scheduled event: "before Tuesday's vote", "were
#: preparing for Saturday's summit", "would be ready for Friday's game", "is fully
#: prepared for" (not "was ready for", "prepared for Sunday's final, then lost"), "with
#: preparations for Sunday's referendum", "are expected at Tuesday's memorial",
#: "threatened to mar Sunday's election", "awaited Sunday's runoff"; not a delay, told
#: before the event or after it: "decided Friday to delay Saturday's parade by two hours")
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|heading\s+into|going\s+into|head\s+into|(?:lead|run|build)[\s-]*up\s+to"
    r"|(?P<before>before|in\s+advance\s+of"
    r"|(?P<ongoing>(?:preparing|bracing|gearing\s+up|prepares"
    r"|(?:(?:will|would|to|must|should|'ll|’ll)\s+be|\b(?:is|are)|['’](?:s|re))\s+(?:\w+ly\s+)?"
    r"(?:ready|prepared))\s+for"
    r"|await(?:s|ing)?)"
    r"|in\s+preparation\s+for|preparations?\s+for|awaited"
    r"|(?:is|are|was|were)\s+expected\s+(?:at|for)"
    r"|to\s+(?:mar|disrupt|derail|overshadow|boycott|attend)))\s+$",
    re.I,
)
#: "ahead of" and up to three words before a weekday that is no possessive ("ahead of New
#: York's delegate-rich Tuesday primary", "ahead of voting Tuesday")
_AHEAD_OF_WORDS = re.compile(r"\bahead\s+of\s+((?:[\w'’-]+\s+){1,3})$", re.I)
#: words that cannot stand between "ahead of" and the weekday of its event: another
#: phrase ("ahead of Obama in Tuesday voting", "ahead of the game Tuesday")
_NOT_IN_THE_PHRASE = frozenset(
    "in on at by for with during from to of and or than after before".split()
)
#: "ahead of", an event's noun phrase and "on" before a weekday ("ahead of the Iowa
#: caucuses on Monday")
_AHEAD_OF_EVENT_ON = re.compile(r"\bahead\s+of\s+((?:[\w'’-]+\s+){1,4})on\s+$", re.I)
#: the words after a possessive weekday, up to the noun it dates
_POSSESSED_WORDS = re.compile(r"['’]s((?:\s+[\"“]?[\w-]+){1,4})")
#: the words after a weekday that is no possessive ("Tuesday primary")
_NEXT_WORDS = re.compile(r"((?:\s+[\w-]+){1,2})")
#: a present perfect told up to the time "ahead of" follows, in the same clause ("has
#: turned increasingly nasty ahead of"): the time told reaches the DCT, so the event is
#: still ahead of it (not "has acknowledged that it overspent ahead of")
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+(?:ed|en|wn|ne)|found|made|got|held|kept"
    r"|left|built|won|lost|run|come|become|had|put|set|brought|spent|felt|met|led|stood|fought"
    r"|struck|hit|cut)\b"
    r"(?:\s+(?!(?:that|which|who|after|before|when|as|because|and|but|since|while)\b)[\w-]+){0,5}"
    r"\s+$",
    re.I,
)
#: a relative clause after the event that tells its result ("ahead of the Monday vote,
#: which the measure lost"): the event is over
_RESULT_AFTER = re.compile(
    r"[^.;:!?\n]{0,40}?(?:,\s*which|;\s*(?:the|it|he|she|they))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:was|were|had|won|lost|drew|broke"
    r"|took|went|came|began|ran|fell|rose|held|found|\w+ed)\b",
    re.I,
)
#: a possessive weekday's event told as still to be held ("Monday's vote would be held on
#: schedule", "Sunday's election will go ahead")
_HELD_AHEAD = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){1,4}?(?:will|would|is\s+to|was\s+to|could|should|must|can)\s+"
    r"(?:still\s+|now\s+|not\s+)?(?:be\s+held|take\s+place|go\s+ahead|proceed)\b",
    re.I,
)
#: "voting" or "the polls", which name an election day though no event noun does
_VOTING = frozenset({"voting", "polls"})


#: words before a possessive weekday that look back on its event ("bounce back from
#: Monday night's debate", "the first poll since Tuesday's primary"); not a "since" that
#: opens its clause, which gives a reason ("Since Thursday's game is sold out, …"), nor
#: a plain "from" ("results from Tuesday's runoff are expected", "live from")
_BACK_FROM = re.compile(
    r"(?:(?<![.,;:!?\"“])(?<![.,;:!?\"“]\s)(?<!^)(?<!\n)\s+since|\b(?:back|recover(?:s|ed|ing|y)?"
    r"|rebound(?:s|ed|ing)?|fallout|reeling|reeled|emerg(?:e|es|ed|ing)|momentum|lessons"
    r"|takeaways)\s+from)\s+$",
    re.I,
)


#: a possessive's "'s", at most five words of its phrase, then "will"
_THEN_WILL = r"['’]s(?:\s+[\w\"“”,’'-]+){1,5}?\s+(?:will|['’]ll)\s+"
#: the subject of "will" after a possessive weekday and at most five words ("Wednesday's
#: "super blue blood moon" will be the first", "Saturday's race will take place"; not a
#: passive after "be": "Saturday's attack will be investigated", though "will be held"
#: and "will be visible" are the event's own)
_WILL_AFTER = re.compile(
    _THEN_WILL + r"(?:also\s+|still\s+)?"
    r"(?:be(?=\s)(?!\s+(?:(?-i:[a-z]+ed)|felt|seen|known|heard|made|done|taken|given|written"
    r"|forgotten|paid|lost|won|spent|shown)\b)|take\s+place|begin|start|kick\s+off|feature"
    r"|mark|draw|end(?!\s+up)|open|run|go\s+ahead)\b",
    re.I,
)
#: a preposition right before a possessive weekday: its phrase is no subject ("Fallout from
#: Monday's vote will be felt", "Photos of Monday's eclipse")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|from|in|after|since|about|over|on|at|to|for|by|with|into)\s+$", re.I
)
#: the nouns of a decision told after it ("Thursday's ruling will be a blow")
_DECISION = re.compile(r"\b(?:ruling|decision|verdict|judgment|judgement|order)\b", re.I)
#: an event of the sky set for a day ("Monday's eclipse", "Wednesday's "super flower blood
#: moon"", "Thursday's equinox"; not "Monday's moon rocket test")
_SKY_EVENT = re.compile(
    r"\b(?:eclipses?|supermoon|solstice|equinox|meteor\s+shower|(?:blood|full|super|harvest|blue"
    r"|new|strawberry|wolf|pink|flower|hunter['’]s|beaver|snow|worm|buck|sturgeon|cold)\s+moon)"
    r"\b(?![\w\s]{0,2}(?:rocket|landing|mission|lander|rover|base|shot|program|test))",
    re.I,
)


#: a passive after "will be" following a possessive weekday's phrase ("Tuesday's eclipse
#: will be remembered as the clearest"): told after the event
_WILL_BE_DONE = re.compile(
    _THEN_WILL + r"be\s+"
    # (not a watching of it: "will be seen by tens of millions", "will be broadcast live")
    r"(?!(?:seen|watched|viewed|observed|broadcast|streamed|livestreamed|televised)\b)"
    r"(?-i:[a-z]+(?:ed|en|wn))\b",
    re.I,
)


#: the subject of a present plan after a possessive weekday ("Saturday's march is planned to
#: start at noon", "Sunday's vote is expected to be close", "Friday's talks are set for 10
#: a.m."): the event is still to come
_IS_SET = re.compile(
    r"['’]s(?:\s+[\w\"“”,’'-]+){1,5}?\s+(?:is|are)\s+(?:now\s+|still\s+|also\s+)?"
    r"(?:planned|scheduled|set|due|expected|slated|poised)\s+(?:to|for)\b",
    re.I,
)


def set_subject(text: str, start: int, end: int) -> bool:
    """Whether the noun phrase the possessive weekday ``text[start:end]`` opens is the
    subject of a present plan ("Saturday's march is planned to start at noon"), no incident,
    outcome or decision among its words (not "Saturday's attack is expected to deepen the
    crisis", "Sunday's results are due to be certified")."""
    if _PREPOSITION_BEFORE.search(text, max(0, start - 8), start):
        return False
    m = _IS_SET.match(text, end)
    if m is None or _OUTCOME.search(m.group(0)) or _DECISION.search(m.group(0)):
        return False
    return not any(w in INCIDENT_NOUNS for w in re.findall(r"[a-z-]+", m.group(0).lower()))


def coming_subject(text: str, start: int, end: int, just_past: bool) -> bool:
    """Whether the noun phrase the possessive weekday ``text[start:end]`` opens is the
    subject of "will", no incident, outcome or decision among its words ("Wednesday's
    eclipse will be visible", "Saturday's parade will begin at noon"; not "Saturday's
    shooting will be the focus", "Thursday's ruling will be a blow", "Fallout from
    Monday's vote will be felt"): an event still to come. When the weekday was one or two
    days before the DCT (``just_past``), only a verb of the event's own course tells it
    ahead ("Friday's concert will feature…"; "Thursday's debate will be the subject of
    fact-checks" judges the one just held)."""
    if _PREPOSITION_BEFORE.search(text, max(0, start - 8), start):
        return False
    m = _WILL_AFTER.match(text, end)
    if m is None or _OUTCOME.search(m.group(0)) or _DECISION.search(m.group(0)):
        return False  # "Saturday's results will be hard to forget": the event is over
    if just_past and re.search(r"\bbe\s*$", m.group(0), re.I):
        return False
    if _SKY_EVENT.search(m.group(0)):
        return True  # "Saturday's "ring of fire" eclipse will be visible"
    return not any(w in INCIDENT_NOUNS for w in re.findall(r"[a-z-]+", m.group(0).lower()))


#: a record of an event before a possessive weekday ("Video of Tuesday's supermoon")
_RECORD_OF = re.compile(
    r"\b(?:videos?|photos?|photographs?|images?|imagery|pictures?|footage|data|recordings?"
    r"|coverage|clips?|readings|logs)\s+(?:of|from)\s+$",
    re.I,
)


def a_record_of(text: str, start: int, end: int) -> bool:
    """Whether a record of what happened stands right before the time ``text[start:end]``
    ("Photos from Monday evening show…", "Imagery from Saturday morning shows…"): a time
    gone by, whatever the tense of the clause that shows it; not the start of a range
    ("will show photographs from Monday through Friday")."""
    return _recorded_before(text, start) and not re.match(
        r"\s*(?:through|thru|to|until|till|and|[-–])\s", text[end : end + 10]
    )


def _recorded_before(text: str, start: int) -> bool:
    """Whether a record's noun and "of"/"from" stand right before ``start``."""
    return _RECORD_OF.search(text, max(0, start - 24), start) is not None


def sky_event(text: str, start: int, end: int) -> bool:
    """Whether the words after the possessive weekday ``text[start:end]`` name an event of
    the sky ("could spoil Monday's eclipse", "the best view of Wednesday's "super flower
    blood moon""), which a future clause looks ahead to; not a record of it ("Video of
    Tuesday's supermoon is still going viral"), nor one done to after it ("Tuesday's eclipse
    will be remembered as the clearest", "will be studied for years"; "will be seen by
    millions" is its watching)."""
    if _recorded_before(text, start) or _WILL_BE_DONE.match(text, end):
        return False
    m = _POSSESSED_WORDS.match(text, end)
    return m is not None and _SKY_EVENT.search(m.group(1)) is not None


def scheduled_event(text: str, start: int, end: int) -> bool:
    """Whether the noun phrase after the possessive weekday ``text[start:end]`` names an
    event set for a day (a debate, a primary), within its first four words, that the
    words before it do not look back on ("since Tuesday's primary")."""
    if _BACK_FROM.search(text, max(0, start - 24), start):
        return False
    m = _POSSESSED_WORDS.match(text, end)
    if m is None:
        return False
    if _OUTCOME.search(m.group(1)):
        return False  # "Tuesday's referendum result is a blow": the event is over
    return names_scheduled_event(m.group(1))


#: a wait or a watch to come right before a possessive weekday ("are bracing for",
#: "awaiting", "waiting for", "will turn their attention to", "will focus on")
_WATCHED_FOR = re.compile(
    r"(?:\b(?:bracing|waiting|preparing|gearing\s+up)\s+for|\bawait(?:s|ing)?|\blooking\s+ahead\s+to"
    r"|\b(?:will|['’]ll)\s+(?:now\s+)?(?:turn\s+(?:\w+\s+)?(?:attention|focus|eyes)\s+to"
    r"|focus\s+on|be\s+(?:watching|focused\s+on)|watch))\s+$",
    re.I,
)
#: "still" right before a wait, which makes what is waited for overdue
_STILL = re.compile(r"\bstill\s+$", re.I)
#: figures named after a possessive weekday, their noun closing the phrase ("Friday's
#: October jobs report", "Thursday's inflation data"; not "Monday's data breach")
_RELEASE_PHRASE = re.compile(
    r"['’]s((?:\s+[\w-]+){0,3}?\s+(?:"
    + "|".join(sorted(RELEASE_NOUNS, key=len, reverse=True))
    + r"))(?=\s*(?:[.,;:!?)\n]|$)"
    r"|\s+(?:and|or|to|for|on|at|from|in|with|due|which|that|will|is|are|after|before|as"
    r"|amid|of|closely)\b)",
    re.I,
)
#: a revision after figures, or their sinking in ("Monday's data to be revised", "Tuesday's
#: earnings from Netflix to sink in"): they are out
_REVISED_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+to\s+(?:be\s+(?:revised|corrected|restated)|sink\s+in)\b",
    re.I,
)
#: a word that judges figures already out ("Friday's weak jobs report")
_JUDGED = re.compile(
    r"\b(?:weak|weaker|strong|stronger|disappointing|surprising|surprisingly|dismal|solid"
    r"|upbeat|grim|robust|soft|tepid|stellar|blowout|better|worse|poor|bad|good|mixed"
    r"|hot|cool|lackluster|lacklustre)\b",
    re.I,
)


def released(text: str, start: int, end: int) -> bool:
    """Whether the possessive weekday ``text[start:end]`` dates figures released that day
    that a present or future clause waits or watches for ("are bracing for Friday's retail
    sales figures", "will turn their attention to Friday's October jobs report"): the
    release is still to come, unless words judge the figures ("Friday's weak report")."""
    watched = _WATCHED_FOR.search(text, max(0, start - 40), start)
    if watched is None or (
        watched.group(0).lower().startswith(("wait", "await"))
        and _STILL.search(text, max(0, watched.start() - 8), watched.start())
    ):
        return False  # ("are still waiting for Wednesday's autopsy report": overdue)
    m = _RELEASE_PHRASE.match(text, end)
    return (
        m is not None
        and not _JUDGED.search(m.group(1))
        # "Friday's figures, which showed a drop", "Monday's data to be revised": out
        and not _RESULT_AFTER.match(text, m.end())
        and not _REVISED_AFTER.match(text, m.end())
    )


#: nouns of what an event left, after it in the possessed phrase ("Tuesday's election
#: results", "Sunday's vote count"; not "winner", which a vote ahead decides)
_OUTCOME = re.compile(r"\b(?:results?|outcome|aftermath|fallout|turnout|tally|count)\b", re.I)


#: a warning issued "for" a weekday, maybe after another day joined to it ("issued a flood
#: watch for Tuesday night and Wednesday", "posted a storm warning for Friday"; not "The
#: warning for Friday was lifted"): the day warned of is ahead of the issuing, as is the
#: day a closing is announced for
WARNING_FOR = re.compile(
    r"(?:\b(?:issued|issues|issuing|posted|posts|declared|declares|put\s+out|puts\s+out)\s+"
    r"(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:watch|warning|advisory|alert)(?:es|s)?"
    r"|\b(?:watch|warning|advisory|alert)(?:es|s)?\s+(?:was\s+|were\s+)?issued"
    # … or a closing or a change of schedule announced for a day ("canceled all trains for
    # Friday and Saturday", "announced a two-hour delayed opening for Friday")
    r"|\b(?:cancell?ed|called\s+off|closed|shut|suspended|scrapped|announced|ordered)"
    r"(?:\s+[\w'’-]+){0,6}?)\s+for\s+"
    r"(?:(?:[A-Z][a-z]+day)(?:\s+(?:morning|afternoon|evening|night))?\s*"
    r"(?:,|and|or|into|through)\s+)?$"
)


def awaited_day(text: str, start: int, end: int, possessive: bool) -> str | None:
    """How the weekday ``text[start:end]`` dates an event looked ahead to: "ahead" ("ahead
    of Monday's caucuses", "ahead of the Tuesday primary"), "ahead now" when a present
    perfect tells the time before it up to the DCT ("has turned nasty ahead of Tuesday's
    primary"), or None (no such event; "before Friday's purchases" may be either side)."""
    if possessive and _HELD_AHEAD.match(text, end) and scheduled_event(text, start, end):
        return "ahead now"  # "insisted that Monday's vote would be held on schedule"
    cue = _AHEAD_OF.search(text, max(0, start - 30), start)
    if cue is not None and possessive:
        if cue["before"] and not scheduled_event(text, start, end):
            return None
    elif (event := _AHEAD_OF_EVENT_ON.search(text, max(0, start - 60), start)) is not None:
        words = event.group(1).split()
        if any(w.lower() in _NOT_IN_THE_PHRASE for w in words) or not (
            names_scheduled_event(words[-1]) or words[-1] == "Day"  # "World Press Freedom Day"
        ):
            return None  # "ahead of Obama in the polls on Tuesday"
        cue = event
    elif (words := _AHEAD_OF_WORDS.search(text, max(0, start - 60), start)) is not None:
        between = words.group(1).split()
        after = _NEXT_WORDS.match(text, end)
        if not _a_modifier_phrase(between) or not (
            names_scheduled_event(after.group(1) if after else "") or between[-1].lower() in _VOTING
        ):
            return None  # "ahead of the game Tuesday", "ahead of Obama in Tuesday voting"
        cue = words
    else:
        return None
    if _RESULT_AFTER.match(text, end):
        return None
    perfect = _PERFECT_BEFORE.search(text, max(0, cue.start() - 80), cue.start())
    # "were preparing for Wednesday's summit": the preparations reach the DCT
    ongoing = cue.re is _AHEAD_OF and cue["ongoing"]
    return "ahead now" if perfect or ongoing else "ahead"


def _a_modifier_phrase(words: list[str]) -> bool:
    """Whether ``words`` can open the noun phrase of an event dated by the weekday after
    them: no preposition or conjunction, and a capitalised word only in an owner's name
    ("New York's delegate-rich", "the", "voting"; not "Obama in")."""
    if any(w.lower() in _NOT_IN_THE_PHRASE for w in words):
        return False
    owner = next((i for i, w in enumerate(words) if re.search(r"['’]s$", w)), -1)
    return all(not w[0].isupper() or i <= owner for i, w in enumerate(words))


def after_told_day(m: re.Match[str], ctx: Context, wd: int) -> bool:
    """Whether the latest such weekday on or before the DCT comes before a day named
    earlier in the sentence ("crisscrossed the state Wednesday ahead of Tuesday's
    primary"): the awaited day then lies after it."""
    assert ctx.dct is not None
    pattern = r"\d{4}-\d\d-\d\d(?:T\w+)?"
    told = next(ctx.earlier(pattern, m.start(), 150), None)
    if told is None or _ANOTHER_CLAUSE.search(ctx.text, told.end, m.start()):
        return False  # "rested Wednesday after a loss, having campaigned ahead of Tuesday's"
    back = ctx.dct - dt.timedelta(days=(ctx.dct.isoweekday() - wd) % 7)
    return back.isoformat() < told.value[:10]


#: a clause between a day and "ahead of": a sentence end, a semicolon or a comma before a
#: participle or a conjunction
_ANOTHER_CLAUSE = re.compile(
    r"[.!?;]\s|,\s+(?:\w+ing|having|after|before|while|when|as|but|and|which|who)\b", re.I
)


#: the tense of a possessive weekday in a present or future clause ("Tuesday's primary"):
#: the nearer such day
NOUN_PRESENT = "NOUN_PRESENT"


def possessive_tense(text: str, start: int, end: int, tense: str, days_back: int) -> str | None:
    """The tense a possessive weekday ``text[start:end]`` (``days_back`` days before the
    DCT's weekday) takes in a present or future clause of ``tense``: figures waited or
    watched for are ahead ("will turn their attention to Friday's jobs report"; not "are
    still digesting Friday's report"); so is the subject of "will" or a sky event in a
    future clause ("Saturday's parade will begin at noon", "clouds could spoil Monday's
    eclipse"); an event set for a day is at the nearer such day (:data:`NOUN_PRESENT`:
    "heads into Tuesday's primary"); else None, the latest such day ("over Thursday's
    close")."""
    if released(text, start, end):
        return FUTURE  # what one waits for is still to come
    just_past = 0 < days_back <= 2
    if tense == FUTURE and (
        coming_subject(text, start, end, just_past) or sky_event(text, start, end)
    ):
        return FUTURE
    if set_subject(text, start, end):
        return FUTURE
    if scheduled_event(text, start, end):
        return NOUN_PRESENT
    return None
