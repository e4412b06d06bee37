"""Habits: a month, a season, a weekday or a time of day in a clause that tells what
usually happens ("Sales usually peak in December", "the risk tends to go down by early
summer", "the board typically meets on Tuesday", "owners usually find the damage the
following morning") names any such time, not this year's or the DCT's. So does a day
told as one of many, of no known year ("One Sunday in late 2001", "found on his
doorstep one Christmas Day"): :func:`indefinite_days`.

What it does
    :func:`habitual_times` rewrites such a timex's value as TimeML writes a time that
    recurs: ``XXXX-12``, ``XXXX-SU``, ``XXXX-WXX-2``, ``XXXX-XX-XXTMO`` (TimeBank:
    "usually conducted in the second and fourth quarters" is ``XXXX-Q2``).

How
    The verb that governs the timex is found in the parse (the first verb up its
    dependency path); the clause is habitual when that verb, or the verb it completes
    ("tends to go down"), has an adverb of habit ("usually", "typically", "normally",
    "generally", "traditionally", "customarily", "routinely"), or completes "tend". A
    timex that names its own year ("June 2015", "this summer", "last Tuesday") keeps
    its value. Plain text without a parse is left alone: the adverb may belong to
    another clause ("the team, which usually plays in the fall, lost in March").
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from spacy.tokens import Doc, Token

from fivews.structure import doc_text
from fivews.timeline.lexicon import MONTH, MONTHS, MOST_RECENTLY_BEFORE, WEEKDAY_NAME
from fivews.timeline.records import Timex
from fivews.timeline.timetables import recurring_day

#: adverbs that make a clause tell of a habit
HABIT_ADVERBS = frozenset(
    {"usually", "typically", "normally", "generally", "traditionally", "customarily", "routinely"}
    | {"often", "frequently", "regularly", "rarely", "seldom", "always"}
)
#: rules of the timexes a habit makes recur
_HABIT_RULES = (
    "month",
    "season",
    "weekday",
    "part_of_day",
    "day_relative",
    "clock_time",
    "week_of_month",
)
#: a season or a month with its year, as the resolvers write them
_YEAR_PART = re.compile(r"\d{4}(?P<rest>-(?:SP|SU|FA|WI|0[1-9]|1[0-2]))")
#: a month's name in a timex ("the first week of July")
_MONTH_NAMED = re.compile(r"\b(?:" + MONTH + r")", re.I)
#: words in a timex that tie it to one year or week
_OWN_YEAR = re.compile(r"\d{4}|\b(?:this|last|next|past|coming|previous)\b|['’]\d\d\b", re.I)


def habitual_times(doc: Doc | None, starts: list[int], timexes: list[Timex]) -> None:
    """Make the months, seasons and weekdays of habitual clauses recur, in place."""
    if doc is None or not starts:
        return
    recurring, recurring_days = _recurrence_verbs(doc, starts, timexes)
    for k, t in enumerate(timexes):
        own = t.text[t.text.rfind(" ") :] if t.rule == "week_of_month" else t.text
        if not t.rule.startswith(_HABIT_RULES) or _OWN_YEAR.search(own):
            continue  # (the month of "the last week of June" has no year of its own)
        if t.type == "SET":
            continue  # recurring already ("opens at 9 a.m. and shuts at 6 p.m. on Saturdays")
        if t.rule.endswith("_anaphoric"):
            continue  # "The following month, aftershocks rattled Japan almost daily": one month
        if t.rule.startswith("month") and MOST_RECENTLY_BEFORE.search(
            doc_text(doc), max(0, t.start - 40), t.start
        ):
            continue  # "is inspected twice a year, most recently in January": one January
        if _range_end_of_a_habit(doc_text(doc), timexes, k):
            # "runs every 15 minutes from 5:10 a.m. until 11:25 p.m.": both ends recur
            timexes[k] = recurring_day(t, "habit")
            continue
        i = bisect.bisect_right(starts, t.start) - 1
        if not 0 <= i < len(doc):
            continue
        verb = governing_verb(doc[i])
        if verb is None:
            continue
        if _habitual(verb) and _YEAR_IN_SENTENCE.search(
            doc[verb.left_edge.i : verb.right_edge.i + 1].text
        ):
            # "The river flooded often last year, most severely in March": that year (not
            # another clause's: "The lean season, which usually runs from June to
            # September, is expected to be severe this year")
            continue
        if not (
            _habitual(verb)
            or (
                verb.i in (recurring if t.rule.startswith("clock_time") else recurring_days)
                # (a bare clock time after "until" is a daily closing time: "is open daily
                # until 10 p.m.")
                and (t.rule == "clock_time" or not _bounded(doc_text(doc), t, verb))
                and not _SINCE_EVENT_BEFORE.search(doc_text(doc), max(0, t.start - 50), t.start)
            )
        ):
            continue
        part = _YEAR_PART.fullmatch(t.value)
        named = _MONTH_NAMED.search(t.text) if t.rule == "week_of_month" else None
        if named is not None:
            # "The first weekend of December is traditionally the busiest": a week of any
            # year's December, which no ISO week names
            value = f"XXXX-{MONTHS[named.group(0).lower().rstrip('.')]:02d}"
            timexes[k] = dataclasses.replace(t, value=value, interval=None, anchor="habit")
        elif part is not None and not t.rule.startswith("weekday"):
            value = "XXXX" + part["rest"]  # a month or a season of any year
            timexes[k] = dataclasses.replace(t, value=value, interval=None, anchor="habit")
        elif not t.rule.startswith(("month", "season")):
            timexes[k] = recurring_day(t, "habit")  # a weekday or a time of any day
    for k in range(len(timexes) - 1, 0, -1):
        if _range_start_of_a_habit(doc_text(doc), timexes, k):
            # "from 4 to 6 p.m. daily": the start recurs with its end
            timexes[k - 1] = recurring_day(timexes[k - 1], "habit")


def _range_end_of_a_habit(text: str, timexes: list[Timex], k: int) -> bool:
    """Whether the clock time ``timexes[k]`` ends a clock range whose start recurs."""
    if k == 0 or timexes[k].rule != "clock_time":
        return False
    start = timexes[k - 1]
    return (
        start.anchor == "habit"
        and start.rule == "clock_time"
        and _RANGE_GAP.fullmatch(text, start.end, timexes[k].start) is not None
    )


def _range_start_of_a_habit(text: str, timexes: list[Timex], k: int) -> bool:
    """Whether the clock time before ``timexes[k]``, which recurs, starts its range."""
    end, start = timexes[k], timexes[k - 1]
    return (
        end.anchor == "habit"
        and end.rule == "clock_time"
        and start.anchor != "habit"
        and start.type == "TIME"
        and start.rule in ("clock_time", "range_start_clock")
        and _RANGE_GAP.fullmatch(text, start.end, end.start) is not None
    )


#: between the two ends of a clock range ("5:10 a.m. until 11:25 p.m.", "9-5")
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|until|till|and)\s*", re.I)


#: a year named in a clause ("last year", "this year", "in 2015")
_YEAR_IN_SENTENCE = re.compile(r"\b(?:(?:last|this|next|that)\s+year|(?:19|20)\d\d)\b", re.I)


#: words before a time that make it a bound of a stretch, one time even where a set recurs
#: ("every single day between now and November", "each week since early September")
def _bounded(text: str, t: Timex, verb: Token) -> bool:
    """Whether a bound ("until", "through") comes right before ``t``, which ends this
    year's run: not the end of a recurring range of its own kind ("every Monday through
    Friday", "March through November"), but a month after a weekday in a present or future
    clause with no year nor "since" ("The series continues every Thursday through August"; not
    "has been held every Saturday through October since 1962", "ran every Thursday
    through August last year")."""
    start = max(0, t.start - 30)
    clause = verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text
    if _BOUND_BEFORE.search(text, start, t.start):
        # (not "is patrolled every day through the end of August each year": a yearly run)
        return not _EACH_YEAR.search(clause)
    aux = [c for c in verb.children if c.dep_ == "aux"]
    return (
        t.rule.startswith("month")
        and (verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and bool(aux)))
        and all(c.lower_ in ("will", "'ll", "’ll") for c in aux)
        and _WEEKDAY_THROUGH.search(text, start, t.start) is not None
        and not _YEAR_IN_SENTENCE.search(clause)
        and not re.search(r"\b(?:since|last|next|used)\b", clause, re.I)
    )


#: a year's recurrence in a clause: its bounds recur with it
_EACH_YEAR = re.compile(r"\b(?:each|every)\s+year\b|\b(?:annually|yearly)\b", re.I)
#: a weekday and "through" or "until" before a month ("every Thursday through August")
_WEEKDAY_THROUGH = re.compile(
    r"(?:" + WEEKDAY_NAME + r")s?\s+(?:through|thru|until|till)\s+(?:(?:early|mid|late)[\s-]+)?$",
    re.I,
)
_BOUND_BEFORE = re.compile(
    # "since" after any word ("a new video every day since January"); the others not after
    # a day or a month ("every Monday through Friday", "March through November" are ranges
    # that recur)
    # ("every day through April" is bounded: "day" there is no weekday's name)
    r"(?:\bsince|(?<![a-z]day\s)(?<!ber\s)(?<!uary\s)(?<!March\s)(?<!April\s)(?<!May\s)"
    r"(?<!June\s)(?<!July\s)(?<!August\s)"
    r"\b(?:until|till|by|through|thru|between\s+\S+\s+and|now\s+and))\s+"
    r"(?:(?:early|mid|late)[\s-]+)?$",
    re.I,
)


#: "since" or "until" and an event before the time that dates it ("protests every Friday
#: since the election in May"): a bound, one time
_SINCE_EVENT_BEFORE = re.compile(
    r"\b(?:since|until|till)\s+the\s+[^.;:!?,]{1,35}\b(?:in|on)\s+$", re.I
)


def governing_verb(tok: Token) -> Token | None:
    """The first verb up ``tok``'s dependency path, or None."""
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _recurrence_verbs(
    doc: Doc, starts: list[int], timexes: list[Timex]
) -> tuple[set[int], set[int]]:
    """The token indices of the verbs a set of times governs ("pardons a turkey every
    year"): their clauses tell of what recurs, like a habit's; and those of them a set of a
    day or longer governs: a band playing "every half hour" on Friday night makes the hours
    recur, not the night."""
    verbs: set[int] = set()
    day_verbs: set[int] = set()
    for t in timexes:
        if t.type != "SET":
            continue
        first = bisect.bisect_right(starts, t.start) - 1
        last = bisect.bisect_left(starts, t.end) - 1
        if not 0 <= first <= last < len(doc):
            continue
        span = doc[first : last + 1]
        # attached to the verb itself, not to a noun ("launched a weekly podcast")
        head = span.root.head
        lent = True  # whether the set makes the clause's days recur too
        if span.root.dep_ == "pobj" and head.dep_ == "prep":
            # "meets on the second Tuesday of each month"; a weekday's set makes only the
            # clock times recur ("On Saturdays the market opens at 8 a.m."), its day not
            # lent to a month
            lent = not t.value.startswith("XXXX-W")
            head = head.head
        elif span.root.dep_ == "advmod" and _in_a_clock_time(head, timexes):
            # "from 4 to 6 p.m. daily": the parser hangs the set from the clock time
            head = governing_verb(head) or head
        if head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
            head = head.head  # "is open daily from 9 a.m.": the adjective's verb
        if span.root.dep_ != "amod" and head.pos_ in ("VERB", "AUX"):
            verbs.add(head.i)
            # "On Sundays the library opens at 1 p.m. and closes at 5 p.m.": the verb joined
            # to it in the same present too (not "worked nightly, and on Friday finished")
            verbs.update(
                c.i
                for c in head.children
                if c.dep_ == "conj" and c.tag_ == head.tag_ and c.tag_ in ("VBZ", "VBP")
            )
            if not t.value.startswith("PT") and lent:
                day_verbs.add(head.i)
    for tok in doc:
        if not (tok.lower_ in _WORKDAYS or (tok.lower_ == "weekends" and tok.dep_ == "pobj")):
            continue
        if tok.text.islower():  # (not a name: "Weekdays Inc. shares fell")
            # "close at 10 p.m. on weeknights", "between 9 a.m. and 3 p.m. weekdays": the
            # clock times recur (the words are no TimeML set of their own), as they do "on
            # weekends" (whose set's verb the loop above leaves to a weekday's day)
            verb = governing_verb(tok)
            if verb is not None and not any(
                w.text == ";" for w in doc[min(tok.i, verb.i) : max(tok.i, verb.i)]
            ):  # ("On weekends he volunteers; last Saturday he arrived at 6 a.m.")
                verbs.add(verb.i)
                # "opens at 10 a.m. and closes at 4 p.m.": the verbs joined to it too
                # (of the same tense: not "is usually busy on weekends, but … closed at 3 p.m.")
                verbs.update(
                    c.i
                    for c in verb.children
                    if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == verb.tag_
                )
    return verbs, day_verbs


def _in_a_clock_time(tok: Token, timexes: list[Timex]) -> bool:
    """Whether ``tok`` lies inside a TIME ("p.m." of "6 p.m.")."""
    return any(t.type == "TIME" and t.start <= tok.idx < t.end for t in timexes)


#: the working days of a week, as plural nouns of a recurrence (not "weekday crowds", a
#: noun's adjective in a past clause as often as in a habit)
_WORKDAYS = frozenset({"weekdays", "weeknights"})


#: conjunctions of a present clause that recurs with the habit it hangs from
_HABIT_MARKS = frozenset({"as", "when", "whenever", "once", "after", "before", "until"})


def _habitual(tok: Token) -> bool:
    """Whether the verb ``tok`` tells of a habit."""
    verbs = [tok]
    if tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "AUX"):
        verbs.append(tok.head)  # "tends to go down", "usually wants to leave in June"
    if (
        tok.dep_ == "advcl"
        and tok.tag_ in ("VBZ", "VBP")
        and tok.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in _HABIT_MARKS for c in tok.children)
    ):
        # "the Senate tends to slow down as it gets closer to November": a present "as" or
        # "when" clause of a habit recurs with it
        verbs.append(tok.head)
        if tok.head.dep_ == "xcomp" and tok.head.head.pos_ in ("VERB", "AUX"):
            verbs.append(tok.head.head)
    for verb in verbs:
        if verb is not tok and verb.lemma_ == "tend":
            return True
        if any(
            c.dep_ == "advmod"
            and c.lower_ in HABIT_ADVERBS
            # ("trains were running normally by Sunday": the manner, after the verb)
            and not (c.lower_ in _MANNER_AFTER_VERB and c.i > verb.i)
            for c in verb.children
        ):
            return True
    return False


#: habit adverbs that tell a manner when they follow their verb ("ran normally")
_MANNER_AFTER_VERB = frozenset({"normally"})


#: "one" before a weekday or a holiday: any one of them ("One Sunday, she called")
_ONE_BEFORE = re.compile(r"\b[Oo]ne[ \t]+$")


def indefinite_days(text: str, timexes: list[Timex]) -> None:
    """Make a weekday or a holiday after "one" any such day, in place: a weekday of any
    week (``XXXX-WXX-7``, whatever year a following "in late 2001" gives), a holiday of
    any year (``XXXX-12-25``)."""
    for k, t in enumerate(timexes):
        if not _ONE_BEFORE.search(text, max(0, t.start - 8), t.start):
            continue
        if t.rule.startswith("weekday"):
            timexes[k] = recurring_day(t, "indefinite")
        elif t.rule == "holiday" and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
            value = "XXXX" + t.value[4:]
            timexes[k] = dataclasses.replace(t, value=value, interval=None, anchor="indefinite")


#: what lists a weekday after another: a comma, "and", "or" ("every Monday, Wednesday and
#: Friday"); a comma and "and" only after a listed one ("every Monday, Wednesday, and
#: Friday", not "every Monday, and Tuesday he left")
_LISTED_AFTER = re.compile(r"\s*,\s*|\s+(?:and|or)\s+", re.I)
_LISTED_LAST = re.compile(r"\s*,\s*(?:and|or)\s+", re.I)
#: a weekday alone or with its part of the day or hour ("Saturday", "Saturday night",
#: "Friday at 11 p.m.")
_BARE_DAY = re.compile(
    WEEKDAY_NAME
    + r"(?:\s+(?:morning|afternoon|evening|night)"
    + r"|\s+at\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight))?"
)
#: rules of a weekday that recurs, written as a set ("every Monday", "Tuesday nights")
_WEEKDAY_SETS = frozenset({"set_weekday", "set_weekday_plural"})


def days_listed_with_a_set(text: str, timexes: list[Timex]) -> None:
    """Make a weekday listed right after a recurring one recur too, in place: "every
    Friday and Saturday night" is every Saturday night (``XXXX-WXX-6TNI``, a SET), as
    TimeBank tags "Monday and Tuesday nights" two sets; "every Friday and on Saturday the
    police moved in" keeps its Saturday. So does a month after a recurring one ("every
    January and July")."""
    listed = False  # whether the weekday before was listed after a set
    for k in range(1, len(timexes)):
        prev, t = timexes[k - 1], timexes[k]
        if (
            prev.type == "SET"
            and prev.rule in _WEEKDAY_SETS
            and t.rule.startswith("weekday")
            and _BARE_DAY.fullmatch(t.text)  # not "this Saturday", "last Tuesday"
            and not re.match(r"['’]s\b", text[t.end : t.end + 3])  # "Saturday's sale"
            and (
                _LISTED_AFTER.fullmatch(text, prev.end, t.start)
                or listed
                and _LISTED_LAST.fullmatch(text, prev.end, t.start)
            )
        ):
            day = recurring_day(t, "listed with a set")
            if day.value.startswith("XXXX-WXX-"):
                timexes[k] = dataclasses.replace(day, type="SET", rule="set_weekday")
                listed = True
                continue
        if (
            prev.type == "SET"
            and prev.rule == "set_month"
            and t.rule.startswith("month")
            and t.text.lower().rstrip(".") in MONTHS
            and (
                _LISTED_AFTER.fullmatch(text, prev.end, t.start)
                or listed
                and _LISTED_LAST.fullmatch(text, prev.end, t.start)
            )
        ):
            # "every January and July": each July too
            value = f"XXXX-{MONTHS[t.text.lower().rstrip('.')]:02d}"
            timexes[k] = dataclasses.replace(
                t, type="SET", value=value, rule="set_month", interval=None,
                anchor="listed with a set",
            )  # fmt: skip
            listed = True
            continue
        listed = False
