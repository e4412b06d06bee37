"""Nouns between a time and its verb that tell when the event the time dates happens:
an incident already over ("a crash Thursday"), a contest's result already had ("the win
Tuesday"), an event set for a day ("the debate Thursday") or a planned one ("a planned
rally on Saturday"), and the verbs of saying that report a plan without ending it
("noted a planned rally"). :func:`fivews.timeline.tense.clause_tense` reads them on its
walk up the parse."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from fivews import lexicon
from fivews.timeline.lexicon import LEXICON

#: nouns of an incident already happened ("crash", "robbery", "fire")
INCIDENT_NOUNS = frozenset(LEXICON["incident_nouns"])
#: nouns of a contest's outcome ("wins", "victory", "defeats")
RESULT_NOUNS = frozenset(LEXICON["result_nouns"])
#: determiners that make a result one already had ("the win Tuesday")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def after_incident_noun(doc: Doc, token_i: int) -> bool:
    """Whether the time at ``token_i`` follows a noun of an incident ("the robbery
    Friday", "a crash early Thursday", "the fire on Monday") or of an event being judged
    ("are hailing the speech on Thursday")."""
    j = token_i - 1
    while j >= 0 and doc[j].lower_ in ("on", "early", "late", "late-night", "last"):
        j -= 1
    return j >= 0 and (incident(doc[j]) or settled_result(doc[j]) or reacts_to(doc[j]))


def incident(tok: Token) -> bool:
    """Whether ``tok`` is a noun of an incident ("crash", "robbery"), not more of them
    ("expect more looting Saturday") and not one to be talked of ("to discuss the carnage
    Friday")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in INCIDENT_NOUNS:
        return False
    if any(t.lower_ in ("more", "another", "further") for t in tok.subtree if t.i < tok.i):
        return False
    head = tok.head
    return not (tok.dep_ == "dobj" and head.lemma_.lower() in _TALK_VERBS)


#: nouns of a conflict that a time before them dates as begun or over ("the August war"),
#: beside :data:`INCIDENT_NOUNS`; after a time ("the war Tuesday") they may go on
_DATED_CONFLICTS = frozenset({"war", "coup", "invasion", "uprising", "revolution"})


#: incidents that are forecast ("a Friday storm will bring heavy snow")
_FORECAST = frozenset({"storm", "flood", "flooding", "tornado", "avalanche", "landslide"})
#: words before an incident that make it one still to come ("more October storms", "the
#: planned October raid")
_NOT_YET = frozenset(
    {"more", "another", "further", "next", "planned", "expected", "possible", "threatened"}
)


def dates_an_incident(doc: Doc, token_i: int) -> bool:
    """Whether the time at ``token_i`` is an attribute before a noun of an incident or a
    conflict, which has happened whatever the clause's tense ("will investigate the
    October attack", "After the August war politicians should…"), or before a result
    already had ("If he follows up his Tuesday wins…"); not more of them or a planned one
    ("more October raids", "the planned October raid"), nor a storm or a flood, which may
    be forecast ("a Friday storm will bring snow")."""
    tok = doc[token_i]
    for _ in range(3):
        if tok.dep_ not in ("compound", "nmod", "amod", "npadvmod") or tok.head.i <= tok.i:
            return False
        tok = tok.head
        lemma = tok.lemma_.lower()
        if settled_result(tok):
            return True
        if tok.pos_ == "NOUN" and (lemma in INCIDENT_NOUNS or lemma in _DATED_CONFLICTS):
            return lemma not in _FORECAST and not any(
                t.lower_ in _NOT_YET for t in tok.subtree if t.i < tok.i
            )
    return False


def incident_in_phrase(tok: Token | None) -> bool:
    """Whether ``tok``, the noun a time dates, is an incident inside a prepositional phrase
    ("will vote for him because of the slaying on Friday", "a vigil for victims of the
    shooting Thursday"): it has happened whatever the clause's tense, unlike an incident a
    future verb takes as its object ("will investigate the fire Friday")."""
    return tok is not None and tok.dep_ == "pobj" and incident(tok)


#: verbs of talking about something, whose object may be an old incident on a new day
_TALK_VERBS = frozenset("discuss debate review address".split())


def settled_result(tok: Token) -> bool:
    """Whether ``tok`` names a contest's outcome already had: a result noun that is a
    described plural ("costly defeats on Tuesday night") or definite ("the win Tuesday",
    "Cruz's victories Tuesday", "his Tuesday wins"), and not more of them ("a few more
    victories"). A single one may still be wanted ("needs a win Saturday"). A plural the
    tagger read as a present verb counts when a possessive and no subject comes before it,
    which no verb has ("If he follows up his Tuesday wins…")."""
    misread = (
        tok.tag_ == "VBZ"
        and any(w.dep_ == "poss" for left in tok.lefts for w in left.subtree)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
    )
    if (tok.pos_ != "NOUN" and not misread) or tok.lemma_.lower() not in RESULT_NOUNS:
        return False
    if any(t.lower_ in ("more", "another") for t in tok.subtree if t.i < tok.i):
        return False
    if misread:
        return True
    definite = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in tok.children
    )
    # a plural with a modifier: "costly defeats" (a bare "wins" may be a verb misread)
    described = any(c.dep_ in ("amod", "nummod", "compound") for c in tok.children)
    return definite or (tok.tag_ == "NNS" and described)


#: the nouns of a time expression itself ("Thursday night", "the day"), which date nothing
_TIME_NOUNS = frozenset(
    {"night", "morning", "afternoon", "evening", "day", "week", "weekend", "month", "year"}
)
#: nouns of events set for a day ("the debate Thursday", "Tuesday's primary")
SCHEDULED_EVENT_NOUNS = frozenset(LEXICON["scheduled_event_nouns"])


#: nouns of figures released on a set day ("Friday's jobs report")
RELEASE_NOUNS = frozenset(LEXICON["release_nouns"])


def names_scheduled_event(words: str, last: int | None = None) -> bool:
    """Whether the text ``words`` (or its ``last`` words) names an event set for a day ("the
    election is", "Tuesday's primary", "With the vote on")."""
    found = re.findall(r"[a-z]+", words.lower())
    return any(w in SCHEDULED_EVENT_NOUNS for w in (found[-last:] if last else found))


def event_noun(tok: Token) -> bool:
    """Whether ``tok`` is a noun of an event a time can date: an incident ("a crash"), an
    event set for a day ("the debate") or a planned one ("a planned march"). Other nouns on
    the way up ("the office", "the intersection") are places and things, passed over."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma in _TIME_NOUNS:
        return False  # "as previously planned Saturday night": the time's own noun
    return (
        incident(tok)
        or lemma in SCHEDULED_EVENT_NOUNS
        or settled_result(tok)
        or planned(tok)
        or cited_source(tok)
    )


#: modifiers that put a noun's event ahead ("a planned rally", "the upcoming vote")
_PLANNED_MODIFIERS = frozenset(
    {"planned", "scheduled", "upcoming", "forthcoming", "proposed", "expected", "impending"}
)
#: verbs of saying, which report a plan without ending it ("noted a planned rally")
_REPORTING_VERBS = frozenset(lexicon.load_json("reporting_verbs.json")["verbs"])


def planned(noun: Token) -> bool:
    """Whether ``noun`` names an event still ahead: "a planned rally", "the upcoming vote"."""
    return any(c.dep_ == "amod" and c.lower_ in _PLANNED_MODIFIERS for c in noun.children)


#: nouns of a statement already made that a report cites ("in an interview Sunday")
_SOURCE_NOUNS = frozenset(
    {"interview", "statement", "op-ed", "editorial", "tweet", "post", "memo", "letter", "email"}
)


#: verbs of waiting for what a statement will say ("Markets await guidance in a Fed
#: statement Wednesday", "Watch for the announcement in a statement Friday")
AWAITING_VERBS = frozenset({"await", "watch", "wait", "expect", "anticipate", "prepare"})


def cited_source(tok: Token) -> bool:
    """Whether ``tok`` is a statement a report cites after "in", made at the time that
    dates it ("saying his campaign doesn't want that, in an interview with CNN on Sunday",
    "argues in an op-ed Monday"); not a planned one ("in a planned interview", "in an
    interview to air Sunday")."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in _SOURCE_NOUNS
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and not planned(tok)
        # "in an interview to air Sunday": one still to be broadcast
        and not any(
            c.lower_ == "to" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in _TO_COME
            for c in tok.children
        )
    )


#: verbs after "to" that put a statement ahead ("an interview to air Sunday")
_TO_COME = frozenset({"air", "be", "run", "appear", "broadcast", "come", "publish"})


def after_cited_source(doc: Doc, token_i: int) -> bool:
    """Whether the time at ``token_i`` comes right after a statement cited after "in"
    ("In a tweet Thursday, the senator calls…", "in interview Sunday"), which the parser
    may hang from the verb."""
    j = token_i - 1
    while j >= 0 and doc[j].lower_ in ("on", "early", "late", "last"):
        j -= 1
    if j < 1 or doc[j].pos_ != "NOUN" or doc[j].lemma_.lower() not in _SOURCE_NOUNS:
        return False
    before = [t.lower_ for t in doc[max(0, j - 3) : j]]
    return "in" in before and not any(w in _PLANNED_MODIFIERS for w in before)


def reports(verb: Token | None) -> bool:
    """Whether ``verb`` is a verb of saying ("noted", "announced")."""
    return verb is not None and verb.lemma_.lower() in _REPORTING_VERBS


#: verbs of judging an event, whose progressive tells the reaction, not the event to come
#: ("are hailing the nominee's speech on Thursday")
_REACTION_VERBS = frozenset(
    "praise hail laud applaud criticize criticise slam blast condemn denounce decry mock "
    "ridicule".split()
)
#: words of a time still ahead ("will", "'ll", "going to", "plans", "set for", "looming",
#: "both expected to draw small crowds")
AHEAD_WORDS = re.compile(
    r"\b(?:will|won't|shall|would|must|going\s+to|plans?|planned|expects?|expected|hopes?|set"
    r"|scheduled|due|looming|upcoming|coming|approaching|ahead|to\s+be)\b|['’]ll\b",
    re.I,
)


def reacts_to(noun: Token) -> bool:
    """Whether ``noun`` names an event set for a day ("speech", "debate") and is the object
    of a progressive verb of judging ("are praising", not "will praise") in a sentence
    that does not look ahead ("expected", "scheduled"): the event has happened ("groups
    are praising the speech on Thursday")."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in SCHEDULED_EVENT_NOUNS:
        return False
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _REACTION_VERBS:
        return False
    return not AHEAD_WORDS.search(verb.sent.text)
