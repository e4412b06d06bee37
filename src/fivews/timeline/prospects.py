"""Whether a time lies ahead of the verb that governs it: the infinitive of a plan ("planned
to leave Thursday"), the object of a scheduling verb ("scheduled a news conference
Thursday"), a deadline ("by Friday") or the end of a wait ("until Tuesday").

:func:`fivews.timeline.tense.clause_tense` reads a clause looking ahead as FUTURE.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from fivews.timeline.changed_plans import told_gone_by
from fivews.timeline.clause_roles import (
    aux_word,
    headline_infinitive,
    headline_plan,
    reduced_participle,
    set_for_an_event,
    verb_lemma,
)
from fivews.timeline.event_nouns import SCHEDULED_EVENT_NOUNS
from fivews.timeline.lexicon import LEXICON, MONTHS, WEEKDAYS

#: verbs whose infinitive complement or "until" phrase looks ahead of the verb's own time
#: ("planned to leave Thursday", "set to resume Monday", "postponed until Tuesday")
PROSPECTIVE_VERBS = frozenset(LEXICON["prospective_verbs"])
#: nouns whose infinitive complement looks ahead ("an agreement to acquire the bank in
#: January", "a plan to vote Friday")
PROSPECTIVE_NOUNS = frozenset(LEXICON["prospective_nouns"])
#: nouns whose "of" + gerund looks ahead ("in hopes of seeing", "the chance of winning")
PROSPECTIVE_GERUND_NOUNS = frozenset(LEXICON["prospective_gerund_nouns"])
#: nouns whose "to"/"toward" + gerund looks ahead ("his path to becoming the nominee in
#: July", "the key to winning in November")
PROSPECTIVE_TO_GERUND_NOUNS = frozenset(LEXICON["prospective_to_gerund_nouns"])
#: verbs whose direct object is an event they fix ahead ("scheduled a news conference
#: Thursday", "planned a rally on Saturday"): a time on the verb dates that event
SCHEDULING_VERBS = frozenset({"plan", "schedule"})
#: adjectives whose infinitive foresees ("likely to vote in November")
_PREDICTING_ADJECTIVES = frozenset({"likely", "unlikely", "poised", "bound"})
#: adjectives after a present "be" that put the time ahead ("are due in October")
_PROSPECTIVE_ADJECTIVES = frozenset({"due", "poised"})
#: prepositions that put a time at the end of a wait ("until 9 a.m. Tuesday")
UNTIL = frozenset({"until", "till", "til"})
#: a year-like figure ("2023"), which before "on" and a weekday is no hour
_A_YEAR = re.compile(r"(?:19|20)\d\d")
#: the tokens of a clock time before a day ("9", "a.m.", "EST", "Cairo time on")
_CLOCK_TOKEN = re.compile(
    r"\d{1,2}(?:[:.]\d\d)?|\d{4}|[ap]\.?m\.?|noon|midnight|(?-i:[A-Z]{1,3}T|GMT|UTC|[A-Z][a-z]+)"
    r"|local|time|on",
    re.I,
)


def prospective(doc: Doc, token_i: int, verb: Token) -> bool:
    """Whether the time at ``token_i`` lies ahead of ``verb``'s time: ``verb`` is an
    infinitive under a prospective verb or noun or under "likely", a headline's infinitive,
    a gerund after "hopes of"/"the chance of", a reduced "expected"/"scheduled"/"set", a
    scheduling verb with an event as its object, a present "expects" with an object ("The
    couple expects their second child this summer"), or a prospective verb with "until"
    before the time."""
    if (
        (
            verb.dep_ == "xcomp"
            # a reduced "set to" the parser hangs as an adverbial clause ("the tax increases
            # set to take effect on Jan. 1")
            # or after "with" and a subject, before a named day ("with the season set to
            # open Sept. 10"; not "the following week" of a past account)
            or (
                verb.dep_ == "advcl"
                and verb.head.tag_ == "VBN"
                and (
                    verb.head.dep_ == "acl"
                    or (verb.head.dep_ == "pcomp" and doc[token_i].pos_ in ("PROPN", "NUM"))
                )
            )
        )
        and verb.tag_ == "VB"
        and verb_lemma(verb.head) in PROSPECTIVE_VERBS
        and (verb.dep_ == "xcomp" or any(c.tag_ == "TO" for c in verb.children))
    ):
        # a plan in the past perfect was overtaken ("had been scheduled to expire Friday")
        return not past_perfect(verb.head) and not _dated_decision(doc, token_i, verb)
    if (
        (
            verb_lemma(verb) in _MOVING_VERBS | {"reschedule"}
            or (verb.lemma_ == "put" and any(c.lower_ == "off" for c in verb.children))
        )
        and token_i > 0
        and (
            doc[bound_word(doc, token_i)].lower_ in ("to", "until", "till")
            or (doc[token_i - 1].lower_ == "for" and verb_lemma(verb) == "reschedule")
        )
        and verb.dep_ not in ("acl", "relcl", "advcl")
        # "has been moved", "were put off until", "moved up their meeting to Wednesday"
        and any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
    ):
        # "The meeting has been moved to Tuesday", "was postponed to Friday": the new day
        # (not "The game, moved to Tuesday because of rain, ended 3-2")
        return not past_perfect(verb)
    if verb.dep_ == "xcomp" and verb.tag_ in ("VB", "VBN") and verb.head.lower_ == "due":
        # "was due to appear in court on Thursday": what is scheduled; not overtaken ("had
        # been due to fly on Sunday", "was due to arrive Monday but was held up", "The
        # train, which was due to arrive Sunday, was stranded", "was due to be sentenced
        # Friday and was jailed")
        be = verb.head.head
        return (
            verb.head.dep_ == "acomp"
            and not past_perfect(be)
            and be.dep_ != "relcl"
            and not any(t.lower_ == "but" and t.i > verb.i for t in verb.sent)
            and not any(c.dep_ == "conj" and _told_past(c) for c in be.children)
        )
    if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.lemma_ in PROSPECTIVE_NOUNS:
        return True
    if (
        verb.dep_ == "xcomp"
        and verb.head.lower_ in _PREDICTING_ADJECTIVES
        and doc[token_i].lower_ not in WEEKDAYS
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
    ):
        # "were much less likely to vote for Republicans in November": what a poll
        # foresees (a weekday foreseen in a past account mostly lies before the DCT; "was
        # likely to have left in January" looks back)
        return True
    if headline_infinitive(verb) or headline_plan(verb, doc[token_i]):
        return True  # "Pastor to be buried Saturday", "Cleanup planned for Saturday"
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and (
            (verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in PROSPECTIVE_GERUND_NOUNS)
            or (
                verb.head.lower_ in ("to", "toward", "towards")
                and verb.head.i > 0
                # the noun right before: the parser may hang "to" from the verb
                # ("lay out his path to becoming…")
                and doc[verb.head.i - 1].lemma_.lower() in PROSPECTIVE_TO_GERUND_NOUNS
            )
        )
        and doc[token_i].lower_ not in WEEKDAYS
    ):
        # "waved signs in hopes of seeing the duo on the ticket in the fall"; a weekday
        # hoped for in a past account mostly lies before the DCT ("voters expressing some
        # intention of showing up Monday evening")
        return True
    if verb.lemma_ in SCHEDULING_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return True
    if (
        verb.lemma_ == "expect"
        and verb.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "dobj" for c in verb.children)
        and doc[token_i].dep_ != "poss"  # "expect a repeat of July's rally": had
    ):
        return True  # "the couple expects a child in March": what one awaits lies ahead
    if (
        verb.lemma_ == "expect"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
        and (prep := next((a for a in doc[token_i].ancestors if a.dep_ in ("prep", "agent")), None))
        is not None
        and prep.lower_ in ("in", "by", "during")
        and prep.head.i == verb.i
        # right after "expected" (not "is expected in light of the court's ruling in
        # February", which the parser may hang from "expected" too)
        and prep.i - verb.i <= 2
    ):
        return True  # "The offering is expected in the third quarter": awaited
    if set_for(doc[token_i], verb) and not past_perfect(verb):
        # "set his sentencing for June 2": the day the event is set for ("had been set for
        # Friday" may be over)
        return True
    if verb.tag_ in ("VBN", "VBD") and reduced_participle(verb) and set_for_an_event(verb):
        return True  # "the vote, expected Friday", "graduation set June 6"
    if (
        verb.lemma_ == "be"
        and verb.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "acomp" and c.lower_ in _PROSPECTIVE_ADJECTIVES for c in verb.children)
    ):
        return True  # "deliveries are due in October", "the bank is poised to…"
    if names_a_deadline(doc, token_i, verb):
        return True
    if (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VB"
        and verb_lemma(verb.head) in _COMMANDING_VERBS
        and doc[token_i].lower_ not in WEEKDAYS
    ):
        # "ordered to report to prison in mid-February": what is ordered lies ahead (a
        # weekday often dates the order itself: "ordered to pay restitution on Wednesday")
        return True
    if (
        verb_lemma(verb) in _ORDERING_VERBS
        and _by_right_before(doc, token_i)
        and (doc[token_i].lower_ in WEEKDAYS or _HOUR_TOKEN.fullmatch(doc[token_i].text))
    ):
        # "ordered the evacuation of low-lying areas by 5 p.m. Saturday" (a date may be one
        # an order long past set: "urged the department to finish by July 31")
        return True
    j = index_before_time(doc, token_i)
    if (
        j >= 0
        and doc[j].lower_ in ("through", "thru")
        and verb_lemma(verb) in _EXTENDING_VERBS
        and doc[token_i].lower_.rstrip(".") in MONTHS  # not "through Sunday" of a past account
        # not a lead or a run kept up ("extended its lead through December")
        and not any(c.dep_ == "dobj" and c.lemma_ in _LEADS for c in verb.children)
    ):
        # "extended the mandate through December 31" (not "had been extended through
        # December", "was extended through Dec. 31 and then lapsed")
        return not (past_perfect(verb) or told_gone_by(doc, token_i))
    put_off = (
        verb.lemma_ in ("push", "put")
        and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off") for c in verb.children)
        and not any(c.lower_ == "against" for c in verb.subtree)
    )  # "The vote was pushed back until after Eid al-Fitr" (not "pushed back against")
    if verb_lemma(verb) not in PROSPECTIVE_VERBS and not put_off:
        return False
    # "until 9 a.m. EST Tuesday", "adjourned the case until after Christmas"
    k = j - 1 if j >= 0 and doc[j].lower_ == "the" else j
    if k >= 1 and doc[k].lower_ == "after" and doc[k - 1].lower_ in UNTIL:
        return not (past_perfect(verb) or told_gone_by(doc, token_i))
    return j >= 0 and doc[j].lower_ in UNTIL


#: nouns of a limit in time that a date may name ("a Jan. 31 deadline")
_LIMIT_NOUNS = frozenset({"deadline", "cutoff", "cut-off"})
#: verbs that set a deadline, which then lies ahead ("set a Jan. 31 deadline"); a deadline
#: told in a past account may be gone by ("tendered by the Tuesday deadline")
_SETTING_DEADLINES = frozenset(
    {"set", "impose", "announce", "agree", "establish", "give", "issue", "fix", "face"}
)
#: verbs of meeting a deadline, whose infinitive tells of one still ahead ("raced to meet a
#: deadline of midnight Thursday")
_MEETING_DEADLINES = frozenset({"meet", "beat"})
#: verbs before such an infinitive that tell the deadline went by ("failed to meet")
_FAILING_VERBS = frozenset({"fail", "miss", "manage", "struggle"})
#: words later in the sentence that tell a deadline went by ("set a deadline of Monday;
#: when it passed, …", "tried to beat a deadline of Monday but missed it")
_GONE_BY_AFTER = re.compile(
    # (over an abbreviation's stop: "a deadline of Dec. 15 …, then missed it")
    r"(?:[^.!?]|\.(?=\s+\d))*?"
    r"\b(?:passed|missed|expired|lapsed|came\s+and\s+went|went\s+by|ran\s+out)\b"
)
#: a deadline named earlier in the sentence, which a later "it" stands for
_LIMIT_BEFORE = re.compile(r"\b(?:deadline|cutoff|cut-off)\b[^.;!?]*$")
#: verbs of ordering, whose "by" names the deadline of what they order
_ORDERING_VERBS = frozenset({"order", "urge", "ask", "tell", "demand", "instruct", "direct"})
#: … of them, those whose infinitive is a command to carry out later ("ordered to report to
#: prison in mid-February"; "asked for $1.9 billion to fight Zika in February" is no order)
_COMMANDING_VERBS = frozenset({"order", "direct", "instruct", "require"})
#: verbs that move a deadline to a new day ("extended the deadline for bids to Jan. 15")
_MOVING_VERBS = frozenset(
    {"extend", "push", "move", "postpone", "delay", "shift", "renew", "prolong", "defer"}
)
#: verbs that set a new end, whose "through" a month's day names ("extended the mandate
#: through December 31"; not "Storms delayed construction through December")
_EXTENDING_VERBS = frozenset({"extend", "renew", "prolong", "defer"})
#: what a side extends as it goes on, not to a new end ("extended its lead through May")
_LEADS = frozenset({"lead", "streak", "run", "rally", "gain", "advantage", "slide", "losing"})


#: verbs of a decision whose day a wire story names after the whole infinitive phrase
#: ("agreed to buy Nokia's phone business for 5.44 billion euros on Tuesday")
_DECISION_VERBS = frozenset({"agree", "decide", "vote", "offer"})


#: a clause after the time that tells of it as ahead ("on Friday, when the deal is
#: expected to close")
_LOOKS_AHEAD_AFTER = re.compile(r"\s*,?\s*(?:when|if|once)\b", re.I)


def _dated_decision(doc: Doc, token_i: int, verb: Token) -> bool:
    """Whether the time at ``token_i`` dates a past decision rather than what it decided:
    the infinitive of "agreed"/"decided"/"voted" has its object before the time ("agreed
    to buy Nokia's phone business … on Tuesday"; not "agreed to meet on Tuesday")."""
    head = verb.head
    return (
        doc[token_i].lower_ in WEEKDAYS  # a month is the plan's ("agreed to purchase … in
        # February", as TimeBank's wsj_0570 reads it)
        and not _LOOKS_AHEAD_AFTER.match(doc.text, doc[token_i].idx + len(doc[token_i]))
        and verb_lemma(head) in _DECISION_VERBS
        and head.tag_ == "VBD"
        and any(
            c.dep_ == "dobj"
            and c.i < token_i
            and not {c.lower_, c.lemma_.lower()} & SCHEDULED_EVENT_NOUNS
            for c in verb.children
        )  # ("agreed to hold talks on Friday": the talks' day)
    )


def names_a_deadline(doc: Doc, token_i: int, verb: Token) -> bool:
    """Whether the time at ``token_i`` is a deadline still ahead: it modifies a deadline
    that ``verb`` sets ("set a Jan. 31 deadline", not "missed the Dec. 31 deadline"), or
    it is the day a deadline is moved to ("extended the deadline for bids to Jan. 15")."""
    tok = doc[token_i]
    if _limit_named(doc, token_i):
        return _sets_a_deadline(verb) and not _GONE_BY_AFTER.match(doc.text, tok.idx)
    return (
        tok.head.lower_ in ("to", "until", "till")
        and verb_lemma(verb) in _MOVING_VERBS
        and any(
            c.lemma_.lower() in _LIMIT_NOUNS
            # "delayed the deadline by 90 days, pushing it to July 6"
            or (
                c.dep_ == "dobj"
                and c.lower_ == "it"
                and _LIMIT_BEFORE.search(doc.text, max(0, c.idx - 200), c.idx)
            )
            for c in verb.children
        )
    )


def _limit_named(doc: Doc, token_i: int) -> bool:
    """Whether the time at ``token_i`` names a deadline: it modifies one ("a Jan. 31
    deadline") or follows its "of" ("a new deadline of June 30", "a deadline of midnight
    Thursday")."""
    head = doc[token_i]
    while head.dep_ in ("nmod", "compound", "nummod", "npadvmod") and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in _LIMIT_NOUNS:
            return True
    if token_i > 0 and doc[token_i - 1].lower_ in ("midnight", "noon"):
        head = doc[token_i - 1]  # "a deadline of midnight Thursday": the clock's day
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in _LIMIT_NOUNS
    )


def _sets_a_deadline(verb: Token) -> bool:
    """Whether ``verb`` sets the deadline its object names ("set a Jan. 31 deadline"; not
    one told as set long ago, "set a Nov. 30 deadline last year"), or is the infinitive of
    a race to meet it ("raced to meet a deadline of midnight Thursday"; not "failed to
    meet")."""
    if verb_lemma(verb) in _SETTING_DEADLINES:
        return not _told_long_ago(verb)
    return (
        verb_lemma(verb) in _MEETING_DEADLINES
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and verb_lemma(verb.head) not in _FAILING_VERBS
    )


def _told_past(verb: Token) -> bool:
    """Whether ``verb`` is in the simple past, active or passive ("jailed", "was jailed")."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def after_until(doc: Doc, token_i: int) -> bool:
    """Whether "through"/"until"/"till" is right before the time at ``token_i``, maybe
    with "at least" between ("canceled until at least September")."""
    j = bound_word(doc, token_i)
    return j >= 0 and doc[j].lower_ in UNTIL | {"through", "thru"}


def bound_word(doc: Doc, token_i: int) -> int:
    """The index of the word before the time at ``token_i``, passing over "at least"
    ("until at least September"), or -1 at the start."""
    j = token_i - 1
    if j >= 2 and doc[j].lower_ == "least" and doc[j - 1].lower_ == "at":
        j -= 2
    return j


def planned_by_noun(verb: Token) -> bool:
    """Whether ``verb`` is a passive to-infinitive that tells what is to happen to a noun
    ("an address to be delivered Wednesday", "a report to be released Monday"); not after
    a first or last ("the first woman to be elected in November" was elected), nor an
    active one ("had the opportunity to tour the building during its Wednesday session")."""
    head = verb.head
    if verb.dep_ == "xcomp":  # the parser may hang it from the verb whose object it is
        head = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), verb)
    return (
        verb.dep_ in ("acl", "xcomp")
        and verb.tag_ == "VBN"
        and head.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.tag_ == "JJS" or c.lower_ in ("first", "last", "only") for c in head.children)
    )


def deadline(doc: Doc, token_i: int, verb: Token) -> bool:
    """Whether the time at ``token_i`` is a deadline ("by Thursday", "by 5 p.m. Friday")
    of the to-infinitive ``verb``."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    j = index_before_time(doc, token_i)
    return j >= 0 and doc[j].lower_ == "by"


def _told_long_ago(verb: Token) -> bool:
    """Whether ``verb``'s clause says it happened well before now ("last year", "years
    ago", "in 2009")."""
    return any(
        t.lower_ == "ago"
        or (t.lower_ == "last" and t.head.lower_ in ("year", "month", "week"))
        or (t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20"))
        for t in verb.subtree
    )


def _by_right_before(doc: Doc, token_i: int) -> bool:
    """Whether "by" comes right before the time at ``token_i`` or its clock time ("by 5
    p.m. Saturday"; not "asked by Ingraham on Thursday")."""
    j = token_i - 1
    while j >= 0 and _HOUR_TOKEN.fullmatch(doc[j].text):
        j -= 1
    return j >= 0 and doc[j].lower_ == "by"


#: the tokens of a clock time ("5", "5:30", "p.m.", "noon")
_HOUR_TOKEN = re.compile(r"\d{1,2}(?:[:.]\d\d)?|[ap]\.?m\.?|noon|midnight", re.I)


def index_before_time(doc: Doc, token_i: int) -> int:
    """The index of the word before the time at ``token_i`` and the clock time that may
    come first ("until" in "until 9 a.m. EST Tuesday"), or -1 at the start."""
    j = token_i - 1
    while j >= max(0, token_i - 6) and _CLOCK_TOKEN.fullmatch(doc[j].text):
        if _A_YEAR.fullmatch(doc[j].text) and doc[j + 1].lower_ == "on":
            break  # "extended the embargo until 2023 on Friday": a year, not the day's hour
        j -= 1
    return j


def past_perfect(verb: Token) -> bool:
    """Whether ``verb`` is in the past perfect ("had planned", "had been scheduled")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and aux_word(c) in ("had", "'d") for c in verb.children
    )


#: verbs that set an event for a day named after "for" ("set his sentencing for June 2")
_SETTING_VERBS = frozenset({"set", "reset", "schedule", "reschedule", "slate"})
#: … and verbs that set a day only for an event they name ("called a strike for Thursday")
_CALLING_VERBS = frozenset({"call", "announce", "plan", "organize", "organise", "arrange"})


#: events one calls, announces or organizes for a day ("a national day of protest")
_CALLED_EVENTS = SCHEDULED_EVENT_NOUNS | frozenset(
    {"protest", "demonstration", "march", "boycott", "day", "sit-in", "stoppage", "shutdown"}
)


def _planned_now(subject: Token) -> bool:
    """Whether ``subject`` is what a present passive "plan" plans ("the closure is planned
    for"; not a past telling, "was planned for June but slipped")."""
    verb = subject.head
    return subject.dep_ == "nsubjpass" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def set_for(time: Token, verb: Token) -> bool:
    """Whether the time at ``time`` is the day ``verb`` sets an event for: "set" (or
    "reschedule", "slate") with an object and the time after "for", hung from the verb or
    its object ("set his sentencing for June 2", "set a hearing for Friday"; not "set a
    record for the season on Friday"), or "call" (or "announce", "plan") with an event
    ("called a general strike for Thursday"), or anything "planned for" a time."""
    if verb.lemma_ not in _SETTING_VERBS | _CALLING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.lemma_ in _CALLING_VERBS:  # "called a general strike for Thursday"
        # (whatever "is planned for" a time is a plan: "the closure is planned for the
        # second quarter")
        objects = [
            c
            for c in objects
            if c.lemma_.lower() in _CALLED_EVENTS or (verb.lemma_ == "plan" and _planned_now(c))
        ]
    if not objects:
        return False
    prep = time.head
    while prep.dep_ in ("compound", "nummod", "npadvmod", "appos") and prep.head.i != prep.i:
        prep = prep.head
    if prep.dep_ == "pobj":
        prep = prep.head
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "of":  # "set a sentencing date of Nov. 18": the date set
        return prep.head in objects and prep.head.lemma_ == "date"
    return prep.lower_ == "for" and prep.head in (verb, *objects)
