"""The tense one verb shows through its tag, its auxiliaries and its subject (PAST,
PRESENT or FUTURE): :func:`verb_tense`, which :func:`fivews.timeline.tense.clause_tense`
reads for the verb that governs a time expression, and the verbs whose simple present
tells a timetable (:data:`TIMETABLE_VERBS`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from fivews.timeline.clause_roles import (
    aux_lemma,
    aux_word,
    completes_an_object,
    could_reports_the_past,
    joined_subject,
    noun_as_predicate,
    orders_events,
    singular_noun_subject,
    team_subject,
)
from fivews.timeline.event_nouns import reports
from fivews.timeline.lexicon import FUTURE_AUX, MODAL_AUX, MONTHS, WEEKDAYS

#: Tense labels returned by :func:`verb_tense` and :func:`fivews.timeline.tense.clause_tense`.
PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"


#: verbs that, with "back", reach into the past ("may date back to April", "could stretch
#: back to May"; not "may go back to court")
_BACK_REACHING = frozenset({"date", "stretch", "trace"})


def _reaching_back(verb: Token) -> bool:
    """Whether ``verb`` reaches back to a time ("may date back to April", "could stretch
    back to the 1990s"; not a queue, "could stretch back around the block in December", nor
    "could trace the calls back to the suspect on Monday")."""
    if verb.lemma_ not in _BACK_REACHING:
        return False
    back = next((c for c in verb.children if c.lower_ == "back"), None)
    if back is None:
        return False
    # "back to April", "back as far as the summer" (the parser may hang "as" from "far"),
    # the time the object itself (not "as far as Junction 10 on Friday")
    return any(
        _a_time_word(t)
        for to in verb.subtree
        if to.i > back.i and to.lower_ in ("to", "as") and to.dep_ == "prep"
        for obj in to.children
        if obj.dep_ == "pobj"
        for t in (obj, *(c for c in obj.children if c.dep_ in ("amod", "compound", "nummod")))
    )


def _a_time_word(tok: Token) -> bool:
    """Whether ``tok`` names a time: a month, a weekday, a season, a year or a decade."""
    low = tok.lower_.rstrip(".")
    return (
        low in MONTHS
        or low in WEEKDAYS
        or low in ("spring", "summer", "fall", "autumn", "winter", "century", "decade", "era")
        or re.fullmatch(r"(?:1[5-9]|20)\d\d|(?:1[5-9]|20)?\d0['’]?s", tok.text) is not None
    )


def verb_tense(verb: Token) -> str | None:
    """The tense one verb shows through its tag and auxiliaries (None for infinitives)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and not _first_name(c, verb)]
    # "will be closed Monday": the parser may hang "will" from "be", not from the verb
    auxes += [c for a in auxes for c in a.children if c.dep_ == "aux"]
    modal_owner = verb
    if not auxes and verb.dep_ == "conj" and verb.tag_ == "VBN":
        # "must be reviewed and placed within a framework soon": the second participle
        # shares the first one's auxiliaries
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    elif auxes and verb.dep_ == "conj" and all(a.tag_ == "VB" for a in auxes):
        # "will drag on and be completed by Nov. 8": a bare "be"/"have" shares the first
        # verb's modal or "to"
        # up the chain of conjuncts ("will hold hearings, vote and be adjourned by Friday")
        owner = verb.head
        shared = [c for c in owner.children if c.dep_ == "aux" and c.tag_ in ("MD", "TO")]
        while not shared and owner.dep_ == "conj" and owner.head is not owner:
            owner = owner.head
            shared = [c for c in owner.children if c.dep_ == "aux" and c.tag_ in ("MD", "TO")]
        auxes, modal_owner = auxes + shared, owner if shared else verb
    lowers = {aux_word(a) for a in auxes}
    if noun_as_predicate(verb):
        # "The Bulldogs (12-3) travel/NN to Ames on Tuesday"; "Sanders jabbed/NN at
        # Clinton on Monday" keeps its past
        return PAST if verb.lower_.endswith("ed") else PRESENT
    if any(a.tag_ == "TO" for a in auxes):
        return None  # an infinitive ("to be released"): its governing verb decides
    if lowers & FUTURE_AUX or "going" in lowers:
        return FUTURE
    if verb.lower_ == "got" and any(a.lower_ in ("'ve", "’ve", "'s", "’s") for a in auxes):
        return PRESENT  # "We've got a game on Saturday": "have", not an event over
    if _past_tag(verb) or any(_past_tag(a) for a in auxes):
        return PAST
    if verb.tag_ == "VBN" and any(aux_lemma(a) == "have" for a in auxes):
        return PAST  # present perfect: the event is over
    if "could" in lowers and could_reports_the_past(modal_owner):
        return PAST  # "could not be reached Friday": an attempt already made
    if lowers & {"would", "'d"} and _refusal_to_tell(verb):
        return PAST  # "would not say Tuesday how…": a refusal already made
    if lowers & MODAL_AUX:
        # ("a breach that may date back to April" guesses at the past)
        return PAST if _reaching_back(verb) else FUTURE
    if verb.tag_ == "VBG" and any(aux_lemma(a) == "have" for a in auxes):
        return PAST  # perfect progressive: "have been searching since the Oct. 23 slaying"
    if verb.tag_ == "VBG" and any(aux_lemma(a) == "be" for a in auxes):
        return FUTURE  # "is meeting Friday"
    if (
        verb.tag_ == "VBP"
        and not auxes
        and singular_noun_subject(verb)
        # "India and Sri Lanka meet in the final on Saturday": a fixture's plural (not a
        # caption's "Terry Reddish and Dennis Childers fill potholes Monday")
        and not (verb.lemma_ in _FIXTURE_VERBS and joined_subject(verb))
        # "Argentina play Iran on Saturday": a fixture, in British copy's plural; "Chelsea
        # travel to Madrid", "Pakistanis go to the polls": a name's plural present, unless
        # the form is also a past ("Apple cut prices")
        and not (
            team_subject(verb)
            and (
                verb.lemma_ in TIMETABLE_VERBS
                # (not a speaker's name before a quotation: "McCurry on Friday ``I want")
                or (verb.lower_ not in SAME_PAST and not _subject_across_a_quote(verb))
            )
        )
    ):
        return PAST  # "Weakness hurt the index": a past form the tagger read as present
    if verb.tag_ == "VBP" and not auxes and _same_past_told_past(verb):
        return PAST  # "Investors shed shares Friday, a day after the bank raised rates"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return PRESENT
    if verb.tag_ == "VBN" and verb.dep_ == "acomp":
        return None  # "Markets are closed Monday": an adjective, whose "be" tells the time
    if verb.tag_ == "VBN":  # reduced passive ("a village captured Thursday")
        # "will make their voice known on Tuesday", "get it done by Friday": a participle
        # as the object's complement takes the causing verb's time; "followed by highs
        # Wednesday" the time of the clause it hangs from
        return None if completes_an_object(verb) or orders_events(verb) else PAST
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and not auxes and not _has_subject(verb):
        return FUTURE  # an imperative asks for what is ahead ("Remember in November")
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and not auxes and verb.lemma_ in _FIXTURE_VERBS:
        # "The Seahawks visit/VB the 49ers on Monday night": a fixture's plural present
        # (not "The governor's remarks Monday underscore/VB the rift": a misparse)
        return PRESENT
    if _exhortation(verb):
        return FUTURE  # "Let's defeat her in November", in a quote too
    if _plural_present_joined(verb, auxes):
        return PRESENT  # "have won 11 of their last 12 games and play Denver on Wednesday"
    return None


#: first names that are also auxiliaries ("Do Kwon", "Will Smith", "May Mobley")
_AUXILIARY_NAMES = frozenset({"Do", "Will", "May", "Can"})


def _first_name(aux: Token, verb: Token) -> bool:
    """Whether the auxiliary ``aux`` of ``verb`` is a first name opening the sentence
    before a surname, with a past form after ("Do Kwon posted on Twitter late Tuesday",
    "Will Smith sold his shares on Tuesday"), which no auxiliary takes."""
    doc = aux.doc
    return (
        aux.is_sent_start
        and aux.text in _AUXILIARY_NAMES
        and verb.tag_ in ("VBD", "VBN")
        and aux.i + 1 < verb.i
        and doc[aux.i + 1].pos_ == "PROPN"
    )


def _plural_present_joined(verb: Token, auxes: list[Token]) -> bool:
    """Whether ``verb`` is a bare form joined to a present perfect ("have won … and play
    Denver on Wednesday") or to a past ("beat the White Sox on Sunday and face Boston"): it
    cannot share "have", which would need a participle, nor the past, so it is a plural
    present the tagger read as a bare form."""
    if verb.tag_ != "VB" or verb.dep_ != "conj" or auxes or verb.i < verb.head.i:
        return False
    head = verb.head
    if (
        head.tag_ == "VBD"
        and verb.lower_ == verb.lemma_.lower()
        and verb.lower_ not in SAME_PAST
        and any(c.dep_ == "dobj" for c in verb.children)
    ):
        # "The Rays beat the White Sox on Sunday and face Boston starting Friday": a bare
        # form with an object joined to a past shares no auxiliary, so it is a plural
        # present (not a slip: "Visitors came and go freely")
        # (not a past with its subject or an auxiliary after it: "said Smith and ask…")
        return not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in head.children if c.i > head.i)
    return head.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in head.children
    )


#: verbs whose past is their present ("shed", "spread", "set")
SAME_PAST = frozenset(
    "shed spread set cut hit put let quit cast cost shut split burst hurt bet bid upset thrust"
    " broadcast beat".split()
)


def _subject_across_a_quote(verb: Token) -> bool:
    """Whether a quotation mark or a colon stands between ``verb`` and its subject, so the
    parse joined a speaker's name to a quotation ("McCurry on Friday: ``I want …''")."""
    doc = verb.doc
    return any(
        c.dep_ == "nsubj" and any(doc[k].tag_ in ("``", "''", ":") for k in range(c.i + 1, verb.i))
        for c in verb.children
    )


def _same_past_told_past(verb: Token) -> bool:
    """Whether ``verb`` is a present-looking form that is also its past ("shed", "spread")
    with a noun for its subject ("Protests spread to Alexandria on Tuesday": news tells a
    present habit with its own words) or in a sentence whose other verbs tell the past
    ("they spread to Manchester on Tuesday, four days after a man was shot")."""
    if verb.lower_ not in SAME_PAST:
        return False
    if any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return True
    return any(_past_tag(t) and t.i != verb.i for t in verb.sent if t.pos_ in ("VERB", "AUX"))


def _past_tag(tok: Token) -> bool:
    """Whether ``tok`` is tagged past, and is not a contracted "is"/"has" ("he’s the one":
    the English pipeline may tag a curly "’s" VBD)."""
    return tok.tag_ == "VBD" and tok.lower_ not in ("'s", "’s")


def _refusal_to_tell(verb: Token) -> bool:
    """Whether ``verb`` is a negated verb of saying ("would not say", "wouldn't comment"):
    with "would", a refusal already made, not a telling still ahead."""
    return (reports(verb) or verb.lemma_.lower() in _TELLING_VERBS) and any(
        c.dep_ == "neg" for c in verb.children
    )


#: verbs of telling beyond the reporting verbs that a refusal names ("would not specify")
_TELLING_VERBS = frozenset({"specify", "elaborate", "identify", "name", "detail", "predict"})


def _exhortation(verb: Token) -> bool:
    """Whether ``verb`` is "let" with "us" or the verb after "let's" ("Let's defeat her"),
    however the parser hangs the "’s"."""
    let = verb if verb.lower_ == "let" else verb.head
    if let.lower_ != "let" or let.tag_ != "VB":
        return False
    return any(c.lower_ in ("'s", "’s", "us") for c in (*let.children, *verb.children))


def takes_effect(verb: Token) -> bool:
    """Whether ``verb`` is "take effect", "go"/"come into effect" or "fall"/"come due" (a
    payment's timetable)."""
    if verb.lemma_ == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)
    if verb.lemma_ in ("fall", "come") and any(c.lower_ == "due" for c in verb.children):
        return True  # "the next bond payment falls due in July"
    return verb.lemma_ in ("go", "come") and any(
        c.lower_ == "into" and any(g.lower_ == "effect" for g in c.children) for c in verb.children
    )


def takes_place(verb: Token) -> bool:
    """Whether ``verb`` is "take place"."""
    return verb.lemma_ == "take" and any(c.lower_ == "place" for c in verb.children)


def _has_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject of its own (not a name addressed before a colon:
    "Voters: remember in November")."""
    doc = verb.doc
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
        and not any(doc[k].text == ":" for k in range(c.i + 1, verb.i))
        for c in verb.children
    )


def bare_state(verb: Token | None) -> bool:
    """Whether ``verb`` is a participle standing alone as a list's item, with no subject
    or auxiliary ("Closed through June 1 for construction."): a state, not a past event."""
    return (
        verb is not None
        and verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and not _has_subject(verb)
    )


#: verbs whose simple present tells a timetable, so their time lies ahead ("the fiscal
#: year ends Sept. 30", "the session begins in January", "season three premieres in
#: January", "the exhibition closes in March", "the bonds mature in 2030"), as do a
#: fixture's ("Argentina play Iran on Saturday", "the Senate votes Tuesday", "the leaders
#: meet in May")
TIMETABLE_VERBS = frozenset(
    {"begin", "start", "end", "expire", "resume", "conclude", "play", "face", "host", "meet"}
    | {"vote", "open", "reopen", "kick", "premiere", "debut", "air", "close"}
    | {"mature", "lapse", "vest"}
)
#: verbs of a fixture or a trip, whose bare form with a subject is a plural present
_FIXTURE_VERBS = TIMETABLE_VERBS | {"visit", "travel", "go", "head", "return", "fly", "arrive"}
