"""The tense of the clause that governs a time expression (PAST, PRESENT or FUTURE).

Read from the spaCy parse (:func:`clause_tense`) or, for plain text, guessed from the
words around the expression (:func:`text_tense`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from fivews.timeline.awaited import NOUN_PRESENT
from fivews.timeline.clause_roles import (
    a_requirement,
    a_verb,
    aux_lemma,
    aux_word,
    coming_off,
    gerund_of_a_fact,
    looks_beyond,
    noun_as_predicate,
    noun_read_as_verb,
    reaches_now,
    report_verb,
    verb_lemma,
)
from fivews.timeline.dues import directed, due_with, reduced_due
from fivews.timeline.event_nouns import (
    AWAITING_VERBS,
    SCHEDULED_EVENT_NOUNS,
    after_cited_source,
    after_incident_noun,
    cited_source,
    dates_an_incident,
    event_noun,
    incident,
    incident_in_phrase,
    planned,
    reports,
    settled_result,
)
from fivews.timeline.lexicon import FUTURE_AUX, LEXICON, WEEKDAYS
from fivews.timeline.prospects import (
    UNTIL,
    after_until,
    bound_word,
    deadline,
    planned_by_noun,
    prospective,
)
from fivews.timeline.quotations import attributed_clause
from fivews.timeline.until_days import held_until
from fivews.timeline.verb_tense import (
    FUTURE,
    PAST,
    PRESENT,
    SAME_PAST,
    TIMETABLE_VERBS,
    bare_state,
    takes_effect,
    takes_place,
    verb_tense,
)

_STATES = frozenset(LEXICON["state_verbs"])
_TEXT_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|going to|plans? to|expected to|scheduled to)\b", re.I
)
_TEXT_PAST = re.compile(r"\b(?:said|was|were|had|did|\w+ed)\b", re.I)


#: an event called the next one right before a time ("his next court appearance on",
#: "the next hearing on"; not "the next day, on")
_NEXT_EVENT_BEFORE = re.compile(
    r"\b(?:his|her|their|its|the)\s+next\s+(?:[a-z-]+\s+){0,2}(?:appearance|hearing|session"
    r"|round|meeting|vote|election|game|match|summit|trial|date|visit)s?\s+(?:on\s+|in\s+|at\s+)?$",
    re.I,
)
#: a figure's earlier level right before its time ("will grow 6.5 percent, up from 4.2
#: percent in December"): the baseline was measured, whatever the clause's tense
_BASELINE_BEFORE = re.compile(
    r"(?:,|\(|[—–])\s*(?:up|down)\s+from\s+(?:an?\s+|about\s+|around\s+|nearly\s+|just\s+)?[$€£]?\d[\d.,]*"
    r"(?:\s+(?:percent|per\s+cent|points?|million|billion|trillion|a\s+year|a\s+month))?"
    r"%?\s+(?:in|on)\s+$",
    re.I,
)
#: a clock time's number or "a.m."/"p.m." ("at 6 a.m. Friday")
_CLOCK_WORD = re.compile(r"\d{1,2}(?:[:.]\d\d)?|[ap]\.?m\.?", re.I)
#: verbs whose object a participle describes as a state kept ("keep the embassies closed")
_KEEPING_VERBS = frozenset({"keep", "leave", "hold"})
#: verb forms that head no clause of their own: a participle used as a preposition
#: ("including one on Sunday", "following a vote Tuesday") or as an adjective ("a
#: Christmas-themed ad"); the walk up passes over them to the verb they hang from
_NOT_CLAUSE_DEPS = frozenset({"prep", "amod"})


def _period_ending(tok: Token) -> bool:
    """Whether ``tok`` is the "ending" of a period it dates ("the week ending Saturday",
    "the 12 months ending in June"), which takes the tense of the clause around it ("the
    year ended Sept. 30" keeps its own past)."""
    return (
        tok.lower_ == "ending" and tok.dep_ == "acl" and tok.head.lemma_.lower() in _ENDED_PERIODS
    )


#: periods a day ends ("the week ending Saturday", "the quarter ended June 30")
_ENDED_PERIODS = frozenset({"week", "month", "quarter", "year", "period", "day", "half"})


def _come_idiom(tok: Token) -> bool:
    """Whether ``tok`` is the "come" of "come November" (when November comes), right
    before the time: not the verb of a subject or an auxiliary ("they had come March 3",
    "They'd come March 3", "to come Monday")."""
    if tok.lower_ != "come" or any(
        c.dep_ in ("aux", "auxpass", "neg") or (c.dep_ == "nsubj" and c.tag_ == "PRP")
        for c in tok.children
    ):
        return False  # the parser may take the noun before the idiom for its subject
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is None or aux_word(before) not in _COME_VERB


#: words before "come" that make it the verb ("they will come Monday"), not the idiom
_COME_VERB = frozenset(
    {
        "to",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "should",
        "must",
        "did",
        "has",
        "have",
        "had",
        "'d",
        "i",
        "we",
        "you",
        "they",
        "who",
        "which",
        "that",
        "not",
        "n't",
    }
)
#: subordinators whose clause's simple present tells of a time ahead when the main
#: clause looks ahead ("if Trump is at the top of the ticket in November")
_AHEAD_SUBORDINATORS = frozenset({"if", "when", "once", "unless", "until", "after", "before"})


#: words that set a sentence in the past, where "would" tells a habit or a future of then
#: ("As a child, he would cry if…", "Last year, analysts said the bank would…")
_PAST_FRAME = re.compile(
    r"\b(?:(?:19|20)\d\d|last\s+year|as\s+an?\s+(?:child|boy|girl|teenager|student)|back\s+then|"
    r"at\s+the\s+time|in\s+those\s+days|used\s+to)\b",
    re.I,
)


def _condition_ahead(verb: Token, own: str) -> bool:
    """Whether ``verb`` heads a condition or a time clause under a main clause that looks
    ahead: a present ("if…", "once…", "when…") is the future's, and so is a simple past
    after "if" under "would"/"might", a condition imagined ahead ("how ties would fare if
    he won the election on Nov. 8"; "had won", "would have", and a sentence set in the
    past, "As a child, he would cry if…", stay in the past)."""
    if verb.dep_ != "advcl" or not a_verb(verb.head):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if (
        own == PAST
        and marks & (_AHEAD_SUBORDINATORS - {"if", "unless"})
        and verb.tag_ == "VBN"
        and any(aux_word(c) in ("have", "has", "'ve") for c in verb.children)
        and verb_tense(verb.head) in (PRESENT, FUTURE)
    ):
        # "what happens after the November results have been tallied": a present perfect
        # under a clause of the present or the future is done only by then
        return True
    if own == PAST and verb.lower_ in SAME_PAST and marks & {"if", "unless"}:
        # "can win the title if they beat England on Saturday": a present that looks like
        # a past, under a main clause that looks ahead
        return verb_tense(verb.head) == FUTURE
    if own == PAST:
        auxes = [c for c in verb.head.children if c.dep_ == "aux"]
        return (
            "if" in marks
            and verb.tag_ == "VBD"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(aux_word(a) in ("would", "might", "'d") for a in auxes)
            and not any(aux_lemma(a) == "have" or aux_word(a) == "'ve" for a in auxes)
            and _PAST_FRAME.search(verb.sent.text) is None
        )
    return bool(marks & _AHEAD_SUBORDINATORS) and verb_tense(verb.head) == FUTURE


def announced_start(doc: Doc, j: int) -> bool:
    """Whether ``doc[j]`` is "starting"/"beginning" after a measure a past verb announced
    ("ordered a pause starting Tuesday", "announced a ceasefire beginning on Wednesday"):
    the start may lie either side of the report, so the nearest day is read ("Fighting
    starting Tuesday killed dozens" keeps the past)."""
    tok = doc[j]
    if tok.lower_ not in ("starting", "beginning") or tok.dep_ in ("nsubj", "csubj"):
        return False
    if j > 0 and doc[j - 1].lemma_ == "be":
        return False  # "Smith is starting Sunday": the verb
    if tok.head.dep_ in ("nsubj", "nsubjpass"):
        return False
    sent = tok.sent
    if any(t.lower_ in ("will", "would", "'ll", "shall") for t in doc[sent.start : j]):
        return False  # "announced that schools would close starting Monday": ahead
    said = [
        t.i
        for t in doc[sent.start : j]
        if t.tag_ in ("VBD", "VBN") and t.lemma_ in _ANNOUNCING_VERBS
    ]
    # no other past verb between ("announced that schools had reopened beginning Wednesday")
    return bool(said) and not any(
        t.tag_ in ("VBD", "VBN") and t.lemma_ not in _ANNOUNCING_VERBS for t in doc[said[0] + 1 : j]
    )


#: verbs that announce a measure with a start ("ordered a pause starting Tuesday")
_ANNOUNCING_VERBS = frozenset(
    "announce order declare agree impose call propose approve unveil issue introduce"
    " decree extend".split()
)


def _subject_after(tok: Token) -> bool:
    """Whether ``tok`` (or the name it is part of) is the subject of a verb after it, as
    in "said Eid al-Fitr will begin on Friday", "said Christmas would be quiet": the
    reported clause's own, not a time of the saying ("said Monday the man was armed",
    "said Sunday schools would close": a name's parts, not a noun's modifier)."""
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i


def _dated_event(verb: Token, tok: Token) -> bool:
    """Whether ``verb`` is a present "is" giving the day of a scheduled event or deadline
    ("The general election is Nov. 6", "The hearing is on Dec. 4")."""
    if verb.lemma_ != "be" or not (
        (tok.head.i == verb.i and tok.dep_ == "attr")
        or (tok.head.head.i == verb.i and tok.head.lower_ == "on")
    ):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in SCHEDULED_EVENT_NOUNS for c in verb.children)


def clause_tense(doc: Doc, token_i: int) -> str | None:
    """PAST, PRESENT or FUTURE of the verb that governs token ``token_i``, or None.

    A past-tense verb right before the expression decides ("said Thursday"), and so does
    "effective" (FUTURE: "effective Feb. 1" announces a change). Otherwise
    walks up the dependency tree to the first verb and reads its tag and auxiliaries:
    ``will``/``shall`` -> FUTURE; a past verb or auxiliary (VBD) or a present perfect ->
    PAST; a modal or a present progressive -> FUTURE; a present simple -> PRESENT. A
    to-infinitive takes its governing verb's tense (FUTURE under a present one:
    "is expected to vote Friday"), except under a prospective verb, which looks ahead:
    "planned to leave Thursday", "postponed until Tuesday" are FUTURE.
    """
    j = token_i - 1
    while j >= 0 and doc[j].lower_ in ("on", "late", "early", "earlier", "later", "last"):
        j -= 1
    possessive = token_i + 1 < len(doc) and doc[token_i + 1].lower_ in ("'s", "’s")
    if (
        j >= 0
        and doc[j].tag_ == "VBD"
        and not possessive
        and not (j == token_i - 1 and _subject_after(doc[token_i]))
    ) or dates_an_incident(doc, token_i):
        # "said Thursday", "will investigate the October attack" (not "said Saturday's
        # opener will be a test": the day of what was said about)
        return PAST
    k = j
    while k >= 0 and (
        doc[k].lower_ in ("at", "midnight", "noon") or _CLOCK_WORD.fullmatch(doc[k].text)
    ):
        k -= 1  # "announced a ban starting at midnight Friday"
    if k >= 0 and not possessive and announced_start(doc, k):
        return None  # "announced a truce starting Tuesday": the nearest such day
    if j >= 0 and doc[j].lower_ == "since" and doc[j].dep_ == "prep" and not possessive:
        # "hold the town since Monday": gone by (not the conjunction "Since Monday is a
        # public holiday, the exchange will open on Tuesday")
        if not (token_i + 1 < len(doc) and a_verb(doc[token_i + 1])):
            return PAST
    due = due_with(doc[j]) if j >= 0 else ""
    if due == FUTURE:
        return FUTURE  # "Polls close Thursday, with counting due on Friday"
    if due == PAST and doc[token_i].lower_ not in WEEKDAYS:
        return None  # "The talks were extended, with a framework due by March 1": the nearest
    if reduced_due(doc[token_i]):
        return None  # "The album, due out in early December, was recorded": the nearest
    if j == token_i - 1 and _come_idiom(doc[j]):
        return FUTURE  # "favourite to win the election come November": when it comes
    if (
        j >= 0
        and doc[j].lower_ == "effective"
        and not (j > 0 and doc[j - 1].tag_ in ("VBD", "VBN"))
    ):
        # "a new pact effective June 1": the day a change takes effect ("became effective
        # Jan. 1", "had been effective" keep the clause's past)
        return FUTURE
    if looks_beyond(doc, token_i):
        return FUTURE  # "looked way past November to a time when…": what lies beyond
    at = doc[token_i].idx
    if _BASELINE_BEFORE.search(doc.text, max(0, at - 60), at):
        return PAST  # "…, up from 4.2 percent in December": a level already measured
    if _NEXT_EVENT_BEFORE.search(doc.text, max(0, at - 60), at):
        return FUTURE  # "held until his next court appearance on Friday": the one ahead
    tok = doc[token_i]
    verb = None
    # the noun the time dates, on the way up: a noun of an incident ("a crash Thursday")
    # puts it in the past, a planned event ("a planned rally on Saturday") ahead
    happened = after_incident_noun(doc, token_i)
    dated: Token | None = None
    for _ in range(10):
        if (
            a_verb(tok)
            and tok.dep_ not in _NOT_CLAUSE_DEPS
            and not noun_read_as_verb(tok)
            and not _period_ending(tok)
        ):
            verb = tok
            break
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children) or noun_as_predicate(tok):
            # a verb the tagger read as a noun: "can Ted Cruz win/NN in November", "The
            # Bulldogs (12-3) travel/NN to Ames"
            verb = tok
            break
        if dated is None and tok.i != token_i and event_noun(tok):
            dated = tok
            happened = happened or incident(tok) or settled_result(tok)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if verb is None:
        root = doc[token_i].sent.root
        verb = root if a_verb(root) else None
        verb = report_verb(root) or verb  # "Jobless claims for the week … rose"
    verb = attributed_clause(doc, token_i, verb)
    if (
        verb is not None
        and verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and verb.head.dep_ == "dobj"
        and verb.head.head.lemma_ in _KEEPING_VERBS
    ):
        verb = verb.head.head  # "will keep 19 embassies closed through Saturday": "keep"
    elif verb is not None and verb.tag_ == "VBN" and verb.dep_ in ("oprd", "xcomp"):
        if verb.head.lemma_ in _KEEPING_VERBS:
            verb = verb.head  # "a bill that keeps the government funded until Dec. 11"
    if verb is not None and prospective(doc, token_i, verb):
        return FUTURE
    if coming_off(doc, token_i, verb):
        return PAST  # "is coming off a strong debate Thursday night": just had
    # "the boost needed for a strong performance Tuesday": a requirement, whose time the
    # clause it hangs from tells
    required = verb is not None and a_requirement(verb, doc[token_i])
    own = verb_tense(verb) if verb is not None and not required else None
    if own in (PRESENT, PAST) and verb is not None and _condition_ahead(verb, own):
        return FUTURE  # "could lose Congress if Trump is on the ticket in November"
    if (
        own == PRESENT
        and verb is not None
        and (
            verb.lemma_ in TIMETABLE_VERBS or takes_effect(verb) or _dated_event(verb, doc[token_i])
        )
    ):
        # "this fiscal year, which ends Sept. 30", "the rule goes into effect on Dec. 1",
        # "The general election is Nov. 6": a timetable's present
        return FUTURE
    if dated is not None and planned(dated) and (own != PAST or reports(verb)):
        return FUTURE  # "a planned rally on Saturday", "noted the upcoming vote Friday"
    if after_until(doc, token_i) and (
        own in (PRESENT, None)
        or bare_state(verb)
        or (
            verb is not None
            and token_i > verb.i
            and reaches_now(verb, doc[bound_word(doc, token_i)].lower_ in UNTIL)
        )
    ):
        # "lane closures through Thursday", "the show runs until Sunday", "has kept the
        # markets closed until Friday"
        return FUTURE
    if own == PRESENT and token_i > 0 and doc[token_i - 1].lower_ == "beyond" and not happened:
        return FUTURE  # "does not include the cost of the wars beyond Sept. 30"
    if happened and own in (PRESENT, FUTURE, None):
        ahead = verb is not None and bool({c.lower_ for c in verb.children} & FUTURE_AUX)
        if not ahead or incident_in_phrase(dated) or (dated is not None and settled_result(dated)):
            # "police are investigating a crash early Thursday", "is suspected in the
            # robbery Friday", "will vote for him because of the slaying on Friday", "Her
            # victories on Tuesday will only accelerate that shift": the incident or the
            # result has happened ("will investigate the fire Friday" stays ahead)
            return PAST
    infinitive = verb is not None and any(c.tag_ == "TO" for c in verb.children)
    if (
        own in (PRESENT, None)
        and not infinitive  # "wants to respond in a letter Friday"
        # "Markets await guidance in a Fed statement Wednesday"
        and (verb is None or verb_lemma(verb).lower() not in AWAITING_VERBS)
        and ((dated is not None and cited_source(dated)) or after_cited_source(doc, token_i))
    ):
        return PAST  # "…, in an interview with CNN on Sunday": a statement already made
    if own == PRESENT and verb is not None and verb.dep_ == "relcl" and verb_lemma(verb) in _STATES:
        # "found himself at odds with senators who oppose him on Thursday": a state tells
        # no schedule, a past clause it hangs from tells when
        outer = next((verb_tense(t) for t in verb.ancestors if a_verb(t)), None)
        own = PAST if outer == PAST else own
    if own == PAST and held_until(doc, token_i, verb):
        return None  # "froze troop rotations until June 30": either side of the DCT
    for _ in range(4):
        if verb is None:
            return None
        if own is not None:
            return own
        if verb.head.i == verb.i:
            return None
        # an infinitive or participle: the governing verb decides
        head = verb.head
        while not (a_verb(head) or noun_as_predicate(head)) and head.head.i != head.i:
            head = head.head
        if not (a_verb(head) or noun_as_predicate(head)):
            return None
        outer = verb_tense(head)
        if (
            gerund_of_a_fact(verb)
            and outer in (PRESENT, FUTURE)
            and (
                verb.head.lower_ == "since" or not {aux_word(c) for c in head.children} & FUTURE_AUX
            )
        ):
            # "is lagging … despite winning the primary in February", "will travel …, his
            # fifth visit since taking office in February": a fact had
            return PAST
        if outer == PRESENT and verb.tag_ == "VBG" and verb.dep_ == "pcomp":
            # a gerund after a preposition ("accuses him of staging a coup in July") names
            # an act whose time a present verb does not tell ("was underpaid after
            # returning in April" keeps the past); after "before" it comes later ("rain
            # jumps to 100 percent overnight before falling back on Wednesday"); "takes
            # place on Thursday, with the first round starting on Monday": a "with" and a
            # subject of its own under a timetable's verb tell what goes along (not a word
            # said, "with McCain telling reporters", nor a state: "Tensions remain high,
            # with protesters clashing with police on Monday")
            along = (
                verb.head.lower_ == "with"
                and (head.lemma_ in TIMETABLE_VERBS or takes_place(head))
                and any(c.dep_ == "nsubj" for c in verb.children)
                and not reports(verb)
                and verb.lemma_ not in ("tell", "say")
            )
            return FUTURE if verb.head.lower_ == "before" or along else None
        if outer == PRESENT:
            return FUTURE
        if outer == PAST and planned_by_noun(verb):
            # "was recasting an address, to be delivered Wednesday": the noun's event is
            # still ahead (a report tells an event already over as done)
            return FUTURE
        if outer == PAST and directed(doc, token_i, verb):
            return NOUN_PRESENT  # "summoned politicians to report on Saturday": the nearer
        if outer == PAST and deadline(doc, token_i, verb):
            # "raised its goal to fill 2 million bags by Thursday": a deadline set in the
            # past may lie either side of the DCT, so the nearest such day is read
            return None
        if outer is not None:
            return outer
        verb, own = head, outer
    return None


def text_tense(text: str, start: int, end: int) -> str | None:
    """A parse-free guess at the tense around ``text[start:end]`` (same sentence-ish window)."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    window = text[left:right]
    if _TEXT_FUTURE.search(window):
        return FUTURE
    if _TEXT_PAST.search(window):
        return PAST
    return None
