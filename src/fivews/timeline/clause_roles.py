"""Roles of a verb in its clause that decide whose time a time expression tells: a
participle completing a causing verb's object ("make their voice known on Tuesday"), one
setting an event ahead ("graduation set June 6"), a headline's infinitive ("Pastor to be
buried Saturday"), a negated "could" that reports an attempt made ("could not be reached
Friday"), what counts as a verb of the text, a singular subject, an event set for a day
("set his sentencing for June 2"), what someone is "coming off" ("coming off a strong debate
Thursday night"), a time looked "past" ("looked way past November"), and the sentence a
verbless line borrows its tense from.
Read from the spaCy parse by :mod:`fivews.timeline.tense` (the last by
:mod:`fivews.timeline.tag`, for a weekday)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from fivews.timeline.event_nouns import RESULT_NOUNS, SCHEDULED_EVENT_NOUNS, event_noun

#: contractions written with a curly apostrophe, which the English pipeline leaves
#: without a lemma ("They’ve arranged": lemma "’ve"), by the auxiliary they stand for
_CURLY_AUX_LEMMAS = {"’ve": "have", "’ll": "will", "’re": "be", "’m": "be"}


def aux_word(aux: Token) -> str:
    """An auxiliary's lower-cased form with a curly apostrophe written straight ("’ll" ->
    "'ll"), as the auxiliary lists spell it."""
    return aux.lower_.replace("’", "'")


def aux_lemma(aux: Token) -> str:
    """An auxiliary's lemma, also for a contraction written with a curly apostrophe."""
    return _CURLY_AUX_LEMMAS.get(aux.lower_, aux.lemma_)


#: forms the English pipeline lemmatises wrongly ("hoping" as "hop", "slated" as "slat"),
#: with their lemma
_LEMMA_SLIPS = {
    "hopes": "hope",
    "hoped": "hope",
    "hoping": "hope",
    "slated": "slate",
    "slates": "slate",
}


def verb_lemma(token: Token) -> str:
    """The token's lemma, mended where the pipeline's lemmatiser slips."""
    return _LEMMA_SLIPS.get(token.lower_, token.lemma_)


#: participles that, reducing a relative clause, put their noun's event ahead
EXPECTATION_PARTICIPLES = frozenset({"expect", "schedule", "slate"})


def set_for_an_event(participle: Token) -> bool:
    """Whether a participle reducing a relative clause puts its noun's event ahead: one of
    :data:`EXPECTATION_PARTICIPLES` ("the vote, expected Friday", "talks scheduled for
    Monday"), "planned" ("a river cleanup planned Saturday"), "set for" a day ("bake sale set
    for Saturday") or "set" right before a day after a noun of an event ("graduation set
    June 6"; not "the record set Tuesday", "the hearing, set in motion Thursday");
    "planned" and "set" not in a past clause ("the vote set for Monday passed", "the rally
    planned for Saturday drew 500")."""
    lemma = verb_lemma(participle)
    if lemma in EXPECTATION_PARTICIPLES:
        return True
    if lemma == "plan":
        return not _in_past_clause(participle)
    if lemma != "set":
        return False
    after = participle.nbor(1) if participle.i + 1 < len(participle.doc) else None
    if after is None or not (
        after.lower_ == "for"
        or (
            after.pos_ in ("PROPN", "NUM")
            and participle.head.lemma_.lower() in SCHEDULED_EVENT_NOUNS
        )
    ):
        return False  # "the hearing, set in motion Thursday": started, not planned
    return not _in_past_clause(participle)


def reduced_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle reducing a relative clause: hung from its noun, or
    set off by commas with no auxiliary nor subject of its own, which the parser may hang
    from the main verb ("The couple's wedding, planned for Saturday, has been postponed")."""
    if verb.dep_ == "acl":
        return True
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.i > 0
        and verb.nbor(-1).text == ","
        and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children
        )
    )


def _in_past_clause(participle: Token) -> bool:
    """Whether the noun ``participle`` reduces a clause of is part of a past clause, which
    tells the event happened ("The meeting set for Friday was held", "Nobody showed up
    at the meeting planned Thursday")."""
    head = participle.head
    for tok in (head, *head.ancestors) if participle.dep_ == "advcl" else head.ancestors:
        if a_verb(tok):
            return tok.tag_ == "VBD" or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children
            )
    return False


def headline_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive in a sentence with no finite verb, a headline's
    way of telling what is to come ("Pastor to be buried Saturday", "Obama to visit Cuba
    Monday")."""
    if not any(c.tag_ == "TO" and c.dep_ == "aux" for c in verb.children):
        return False
    return not any(t.tag_ in _FINITE_TAGS for t in verb.sent)


#: verbs a headline leaves without "is" when it tells what is planned ("Cleanup planned
#: for Saturday", "Parade set for Saturday")
_HEADLINE_PLANS = frozenset({"plan", "schedule", "set", "slate"})


def headline_plan(verb: Token, time: Token) -> bool:
    """Whether ``verb`` is a headline's "planned"/"scheduled"/"set for" with no auxiliary
    or object, its subject a thing, the only verb of its sentence ("Kanawha River cleanup
    planned for Saturday"): what is to come ("Record set Saturday" has no "for" and
    tells what was done; "Officials planned it Saturday" has an object, "On Friday, the
    government planned to pay" a plan told in the past)."""
    lemma = verb_lemma(verb)
    if lemma not in _HEADLINE_PLANS or verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "neg", "xcomp", "ccomp") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    if lemma == "set" and not (time.i > 0 and time.doc[time.i - 1].lower_ == "for"):
        return False
    return not any(t.tag_ in _FINITE_TAGS and t.i != verb.i and a_verb(t) for t in verb.sent)


#: tags of a finite verb or a modal
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


#: verbs whose object takes a participle as its complement ("make it known", "get it done")
_CAUSATIVES = frozenset({"make", "get", "want", "need", "have"})


def _causing(verb: Token) -> bool:
    """Whether ``verb`` is a causing verb; "have" only in its bare form ("expect to have the
    fire surrounded by Friday"; not "Police have the suspect detained", a state)."""
    return verb.lemma_ in _CAUSATIVES and (verb.lemma_ != "have" or verb.tag_ == "VB")


def completes_an_object(participle: Token) -> bool:
    """Whether a participle completes the object of a causing verb ("make their voice
    known", "want the bill passed": the parser hangs it from the verb or from the object
    noun), not a reduced relative set off by a comma ("the bill, passed Tuesday,")."""
    head = participle.head
    if participle.dep_ in ("ccomp", "xcomp", "oprd"):
        return _causing(head)
    return (
        participle.dep_ == "acl"
        and head.dep_ == "dobj"
        and _causing(head.head)
        and participle.i == head.i + 1
    )


#: participles that order one event after or before another ("followed by rain Sunday")
_SEQUENCE_PARTICIPLES = frozenset({"follow", "precede"})


#: verbs whose reduced passive tells a requirement, not a past event ("the votes needed")
_REQUIRING = frozenset({"need", "require"})


def a_requirement(participle: Token, time: Token) -> bool:
    """Whether ``participle`` is a reduced passive of needing after a noun and ``time`` is
    in its "for"/"by" phrase ("the boost needed for a strong performance Tuesday", "the
    signatures required by Friday"): a requirement, whose time the clause it hangs from
    tells, not a past event ("the overtime needed during the storm Monday night" was
    worked then)."""
    if participle.dep_ != "acl" or participle.lemma_.lower() not in _REQUIRING:
        return False
    phrases = [c for c in participle.children if c.dep_ in ("prep", "agent")]
    purpose = [c for c in phrases if c.lower_ in ("for", "by")]
    # the parser may hang the time from the participle itself ("needed for a strong
    # performance Tuesday"); inside another phrase it dates the need ("during the storm")
    return bool(purpose) and not any(
        c.is_ancestor(time) for c in phrases if c.lower_ not in ("for", "by")
    )


def orders_events(participle: Token) -> bool:
    """Whether a participle with its agent only tells what comes next or came first
    ("Lows Tuesday night will be in the 50s, followed by highs Wednesday in the 60s"): the
    clause it hangs from tells the time, as it does for "He spoke Monday, followed by a
    vote Tuesday"; a reduced passive of its own ("a village captured Thursday") is past."""
    return (
        participle.dep_ == "advcl"
        and participle.lemma_ in _SEQUENCE_PARTICIPLES
        and any(c.dep_ == "agent" for c in participle.children)
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in participle.children)
    )


#: verbs of a contest decided, whose gerund after "despite" tells a result already had
_WON = frozenset({"win", "lose", "beat", "defeat", "sweep", "carry", "finish", "capture"})


def gerund_of_a_fact(verb: Token) -> bool:
    """Whether ``verb`` is a gerund after "since" ("has grown since taking office in
    January") or a contest's result after "despite" ("is lagging despite winning the
    primary in February"): a fact already had, not what a present clause looks ahead to
    ("is confident despite facing a vote in December")."""
    if verb.dep_ != "pcomp":
        return False
    before = verb.head.lower_
    return before == "since" or (before == "despite" and verb.lemma_ in _WON)


def a_verb(tok: Token) -> bool:
    """Whether ``tok`` is a verb of the text, not a hyphen the tagger read as one (the
    tokenizer splits "co-founded" into "co", "-", "founded", and the "-" may come out a
    past verb that a time then hangs from)."""
    return tok.pos_ in ("VERB", "AUX") and any(ch.isalpha() for ch in tok.text)


def could_reports_the_past(verb: Token) -> bool:
    """ "could" negated ("could not be reached Friday", "neither he nor his lawyer could be
    located") tells of an attempt already made, unlike "could come as early as Tuesday"."""
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            t.lower_ in _NEGATIVE_SUBJECT_WORDS for t in child.subtree
        ):
            return True
    return False


#: words that make a subject negative ("neither he nor she", "no one", "nobody")
_NEGATIVE_SUBJECT_WORDS = frozenset({"neither", "nor", "nobody", "none", "no"})


#: tags of a verb that tells a tense: a past, a present, a modal
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: a share or a rise or fall, the figures of a market line
_FIGURE = re.compile(r"%|\bper\s?cent\b|\b(?:up|down|higher|lower)\s+\$?\d", re.I)
#: how many sentences back a verbless one looks for the sentence it continues
_BORROW_REACH = 2


def _finite(sent: Span) -> bool:
    """Whether ``sent`` has a verb that tells a tense, or is an imperative ("Take Tuesday's
    schedule")."""
    return any(
        (t.tag_ in _FINITE_TAGS and a_verb(t)) or (t.tag_ == "VB" and t.dep_ == "ROOT")
        for t in sent
    )


def _opening(sent: Span) -> int:
    """Where the words of ``sent`` begin (after any whitespace tokens)."""
    return next((t.idx for t in sent if not t.is_space), sent.end_char)


def continued_sentence(token: Token) -> Token | None:
    """The root of the sentence a verbless one continues, or None.

    A line of a notice with no verb that tells a tense ("Services will be held Tuesday.
    Interment at the cemetery. Viewing hours Monday from 4-7.") goes on in the tense of
    the last sentence before it, in the same paragraph and at most two sentences back,
    that has one; a headline or a first line has none to continue.
    """
    sent = token.sent
    if _finite(sent) or _FIGURE.search(sent.text):
        return None  # a verb of its own, or a market line with its verb left out ("Shares
        # up 2 percent Tuesday"), which tells a trading day gone by
    doc, start = token.doc, sent.start
    for _ in range(_BORROW_REACH):
        if start == 0:
            return None
        before = doc[start - 1].sent
        if "\n" in doc.text[_opening(before) : _opening(sent)]:
            return None  # another paragraph, or a line of its own
        if _finite(before):
            return before.root
        sent, start = before, before.start
    return None


#: tags of the words a plural noun follows in its phrase ("her Wall Street remarks")
_NOUN_PHRASE_TAGS = frozenset({"PRP$", "DT", "NNP", "NNPS", "NN", "POS", "JJ"})


def noun_read_as_verb(tok: Token) -> bool:
    """Whether ``tok``, tagged a verb, is a noun the tagger misread: an "-ing" object after
    an article, an owner or a modifier ("scheduled a review hearing for Dec. 8"); tagged a
    present verb, a plural noun: a clause
    complement or an object with no subject or auxiliary of its own, right after a word of
    a noun phrase ("did not revisit her Wall Street remarks in an address on Sunday",
    "criticized the president's Iran remarks Sunday": the time hangs from "remarks", and
    "revisit" tells the tense); or a subject ("Housing starts/VBZ in the week ending
    Friday were …"); or the plural noun of an economic report that the parser made the
    root over the real verb ("Jobless claims/VBZ for the week ending Saturday rose")."""
    if (
        tok.tag_ == "VBG"
        and tok.dep_ in ("dobj", "pobj")
        and any(c.dep_ in ("det", "poss", "compound", "amod") and c.i < tok.i for c in tok.children)
    ):
        return True  # "scheduled a review hearing for Dec. 8": a gerund the article makes a noun
    if tok.tag_ != "VBZ" or tok.i == 0:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if report_verb(tok) is not None:
        return True
    return (
        tok.dep_ in ("ccomp", "dobj")
        and tok.doc[tok.i - 1].tag_ in _NOUN_PHRASE_TAGS
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass")
            for c in tok.children
        )
    )


#: plural nouns of economic reports the parser may read as verbs ("housing starts",
#: "jobless claims", "building permits", "factory orders")
_REPORT_NOUNS = frozenset({"starts", "claims", "permits", "orders"})


def report_verb(tok: Token) -> Token | None:
    """The verb of a report's noun the parser read as a verb with the report's first word
    as its subject and the real verb as its complement ("Jobless/nsubj claims/VBZ for the
    week ending Saturday rose/ccomp"), or None."""
    if tok.tag_ != "VBZ" or tok.lower_ not in _REPORT_NOUNS or tok.i == 0:
        return None
    subject = tok.doc[tok.i - 1]
    if not (
        subject.dep_ == "nsubj"
        and subject.head.i == tok.i
        and subject.tag_ in ("JJ", "NN", "VBG")
        and not list(subject.children)
    ):
        return None
    return next(
        (c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and c.tag_ == "VBD"), None
    )


def noun_as_predicate(tok: Token) -> bool:
    """Whether ``tok``, tagged a noun (or "open"/"close" an adjective or adverb), is the
    present verb of its sentence: the root, with a subject and no auxiliary of its own
    ("The Bulldogs (12-3) travel/NN to Ames on Tuesday", "Polling stations close/RB at 2
    p.m."; the English parser hangs a copula's complement as ``attr`` or ``acomp``, never
    with a subject, so a noun root with a subject is a verb misread)."""
    return (
        (tok.tag_ in ("NN", "NNS") or tok.lower_ in ("open", "close"))
        and tok.dep_ == "ROOT"
        # not an owner the parser took for a subject ("Clinton's wins Tuesday … solidify")
        and any(
            c.dep_ == "nsubj" and not any(g.tag_ == "POS" for g in c.children) for c in tok.children
        )
        and not any(c.dep_ in ("aux", "auxpass", "det", "poss") for c in tok.children)
    )


def singular_noun_subject(verb: Token) -> bool:
    """Whether ``verb`` has a singular noun subject (which a plural present cannot have).
    Of two subjects the parser hung from one verb, the nearer one before it is the verb's
    own ("The season ended Sunday, and the playoffs begin Tuesday": "playoffs")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i]
    if len(subjects) > 1 and before:
        subjects = before[-1:]
    return any(c.tag_ in ("NN", "NNP") for c in subjects)


def joined_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject is two or more joined ("India and Sri Lanka meet")."""
    return any(
        c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children
    )


def team_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject is one name standing alone ("Argentina play Iran"), which
    British copy gives a plural verb, as it does a team or a country."""
    return any(
        c.dep_ == "nsubj" and c.tag_ == "NNP" and not any(g.dep_ == "conj" for g in c.children)
        for c in verb.children
    )


#: verbs whose present perfect sets a state that may run on past the DCT to a day named
#: after "through" ("has extended the loans through January"; "have held primaries
#: through Tuesday" counts events up to a day gone by)
_STATE_SETTERS = frozenset({"extend", "keep", "leave", "continue", "suspend", "close", "delay"})


def reaches_now(verb: Token | None, after_until: bool) -> bool:
    """Whether ``verb``, or a verb whose complement it is, is in the present perfect, so
    that a day after "until" (``after_until``; or "through", after a verb of
    :data:`_STATE_SETTERS`) ends a state lasting from before the DCT ("has kept the markets
    closed until Friday", "has continued to hold the markets closed until Friday"); not
    across a past verb ("had been closed until Friday" is over) nor a clause of its own
    ("results tallied through Wednesday")."""
    tok = verb
    while tok is not None and a_verb(tok):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return False
        if tok.tag_ == "VBN" and any(
            a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes
        ):
            return after_until or verb_lemma(tok) in _STATE_SETTERS
        if tok.dep_ not in ("xcomp", "ccomp", "oprd") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


#: verbs whose "past"/"beyond" a time looks to what lies after it ("looked past November")
_LOOKING_AHEAD = frozenset({"look", "think", "plan", "focus", "gaze"})


def coming_off(doc: Doc, token_i: int, verb: Token | None) -> bool:
    """Whether the time at ``token_i`` dates what someone is "coming off" or "fresh off"
    ("is coming off a strong debate Thursday night", "fresh off his win on Tuesday"): an
    event just had, whatever the clause's tense. The word after "off" must name an event
    ("will come off the stage on Friday" lies ahead)."""
    for tok in [doc[token_i], *doc[token_i].ancestors]:
        if (tok.lower_ == "coming" and tok.pos_ in ("VERB", "AUX")) or tok.lower_ == "fresh":
            off = next((c for c in tok.children if c.lower_ == "off" and c.i < token_i), None)
            if off is not None:
                # what is come off: the object of "off", or of the verb when the parser
                # reads "off" as a particle ("Fresh off a victory on Saturday, …")
                phrase = [w for w in off.subtree if w.i > off.i] + [
                    w for c in tok.children if c.dep_ == "dobj" and c.i > off.i for w in c.subtree
                ]
                if not phrase:
                    return False
                end = max(w.i for w in phrase)
                if token_i > end and any(
                    w.lower_ not in ("on", "last", "early", "late") for w in doc[end + 1 : token_i]
                ):
                    return False  # "coming off a win when he faces Ruiz on Saturday"
                if verb is not None and verb.i != tok.i and any(w.i == verb.i for w in phrase):
                    return False  # "coming off a road trip that ends Sunday": its own tense
                return any(
                    event_noun(w) or (w.pos_ == "NOUN" and w.lemma_.lower() in RESULT_NOUNS)
                    for w in phrase
                    if w.i != token_i
                )
        if verb is not None and tok.i == verb.i:
            break
    return False


def looks_beyond(doc: Doc, token_i: int) -> bool:
    """Whether the time at ``token_i`` follows "past"/"beyond" after a verb of looking or
    planning ("looked way past November to a time when…", "focus beyond June"): what lies
    after it; not "looking back past March", nor a possessive month ("looked past
    January's losses")."""
    return (
        token_i > 0
        and doc[token_i - 1].lower_ in ("past", "beyond")
        and doc[token_i - 1].head.lemma_.lower() in _LOOKING_AHEAD
        and not (token_i > 1 and doc[token_i - 2].lower_ == "back")
        and not (token_i + 1 < len(doc) and doc[token_i + 1].tag_ == "POS")
    )
