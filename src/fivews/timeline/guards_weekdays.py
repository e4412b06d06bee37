"""Guard of weekday names ("Monday", "Friday night"): whether a weekday the rules matched
names a day, not an institution or a name made from one: a Sunday school ("a homemaker
and Sunday school teacher"), a day of disaster ("Black Monday"), a body or a market ("the
Tuesday Group"), a pact ("the Good Friday Agreement"), a kind of timetable ("a Saturday
schedule") or a restaurant chain ("TGI Friday's").

Written by hand: the cues are a few words around the name, which no date library reads.
"""

from __future__ import annotations

import re

from fivews.timeline.guards import capitalised, in_a_title, previous_word
from fivews.timeline.lexicon import TIME_PREPOSITIONS


def guard_weekday(m: re.Match[str], text: str) -> bool:
    """Weekday names must be capitalised ("sunday" in running text is rare and odd), and
    not be part of a title ("Saturday Night Live") nor name a Sunday school or a body ("the
    Tuesday Group")."""
    if (
        m["weekday"].lower() == "sunday"
        and _SUNDAY_SCHOOL.match(text, m.end())
        and (
            _SCHOOL_OWNER.search(text, max(0, m.start() - 12), m.start())
            or _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
            or (
                _SCHOOL_NOUN_AFTER.match(text, m.end())
                # ("On Sunday school teachers marched", "Starting Sunday school classes
                # will be held online": the day, its comma left out)
                and previous_word(text, m.start("weekday"))
                not in TIME_PREPOSITIONS | {"starting", "last", "this", "next", "every", "each"}
            )
        )
    ):
        # "teaches Sunday school", "UMC Sunday School Class", "a homemaker and Sunday
        # school teacher": the institution
        return False
    if _DARK_DAY.search(text, max(0, m.start() - 8), m.start()) and (
        m["weekday"].lower() != "friday"
    ):
        return False  # "Black Monday", "Bloody Sunday": the name of a crash or a massacre
    if (
        not m["part"]
        and previous_word(text, m.start()) == "the"
        and _BODY_AFTER.match(text, m.end())
    ):
        return False  # "the Tuesday Group", "the Saturday Market": a body's or a market's name
    if previous_word(text, m.start()) == "good" and PACT_AFTER.match(text, m.end()):
        return False  # "the Good Friday Agreement": a pact named after its day
    if (
        not m["part"]
        and previous_word(text, m.start()) in ("a", "an")
        and _TIMETABLE_AFTER.match(text, m.end())
    ):
        return False  # "run on a Saturday schedule": a kind of timetable, not a day
    if _CHAIN_OWNS.match(text, m.end()) and _CHAIN_BEFORE.search(
        text, max(0, m.start() - 8), m.start()
    ):
        return False  # "a Friday's restaurant manager", "TGI Friday's": the restaurant chain
    return capitalised(m, "weekday") and not (m["part"] and in_a_title(m, text))


#: a body's or a market's noun after a weekday that makes both its name ("the Tuesday
#: Group", "the Saturday Market")
_BODY_AFTER = re.compile(
    r"[ \t]+(?-i:Group|Club|Caucus|Movement|Coalition|Society|Network|Circle|Forum|Alliance"
    r"|Market|(?:Farmers|Flea|Night|Street)['’]?[ \t]+Market)\b"
    r"(?![ \t]+[A-Z])"  # not "the Sunday Group Ride", an event's name
)


#: a pact after a day ("the Good Friday Agreement", "the Good Friday peace accord")
PACT_AFTER = re.compile(r"[ \t]+(?:peace[ \t]+)?(?:agreement|accords?)\b", re.I)
#: "a"/"an" or "TGI" before "Friday's", the restaurant chain (not "a Friday's worth of work")
_CHAIN_BEFORE = re.compile(r"(?:\b(?:an?|TGI)|\bT\.G\.I\.)\s+$", re.I)
_CHAIN_OWNS = re.compile(r"(?<=Friday)['’]s\b(?!\s+(?:worth|crowd|edition|paper|work)\b)", re.I)
#: a timetable's noun after "a" and a weekday ("a Saturday schedule"): the kind, not a day
_TIMETABLE_AFTER = re.compile(r"[ \t]+(?:schedule|timetable)s?\b", re.I)

#: the word that makes a weekday the name of a day of disaster ("Black Monday", the 1987
#: crash; "Bloody Sunday"); "Black Friday", the shopping day after Thanksgiving, stays a day
_DARK_DAY = re.compile(r"\b(?:Black|Bloody|BLACK|BLOODY)[ \t]+$")


#: "school" after "Sunday": the church's class, not a day…
_SUNDAY_SCHOOL = re.compile(r"[ \t]+schools?\b", re.I)
#: … when a determiner, "teach"/"attend" or "at/to/in/for/from" comes before it ("said
#: Sunday schools would close" is the day)
_SCHOOL_OWNER = re.compile(
    r"\b(?:the|a|his|her|their|our|its|at|to|in|for|from|teach(?:es|ing)?|taught"
    r"|attend(?:s|ed|ing)?)[ \t]+$",
    re.I,
)
#: a Sunday school's own noun after it ("Sunday school teacher", "Sunday school classes")
_SCHOOL_NOUN_AFTER = re.compile(
    r"[ \t]+school[ \t]+(?:teachers?|class(?:es)?|lessons?|rooms?|superintendents?|pupils)\b",
    re.I,
)
#: a name right before: an acronym or two capitalised words ("First UMC Sunday School",
#: "Grace Baptist Sunday School"; not "On Sunday school officials met")
_NAME_BEFORE = re.compile(r"(?:\b[A-Z]{2,}|\b[A-Z][a-z]+[ \t]+[A-Z][a-z]+)[ \t]+$")
