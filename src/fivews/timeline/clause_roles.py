"""Roles of a verb in its clause that decide whose time a time expression tells: a
participle completing a causing verb's object ("make their voice known on Tuesday"), and
what counts as a verb of the text. Read from the spaCy parse by
:mod:`fivews.timeline.tense`.
"""

from __future__ import annotations

from spacy.tokens import Token

#: participles that, reducing a relative clause, put their noun's event ahead
EXPECTATION_PARTICIPLES = frozenset({"expect", "schedule", "slate"})


#: verbs whose object takes a participle as its complement ("make it known", "get it done")
_CAUSATIVES = frozenset({"make", "get", "want", "need"})


def completes_an_object(participle: Token) -> bool:
    """Whether a participle completes the object of a causing verb ("make their voice
    known", "want the bill passed": the parser hangs it from the verb or from the object
    noun), not a reduced relative set off by a comma ("the bill, passed Tuesday,")."""
    head = participle.head
    if participle.dep_ in ("ccomp", "xcomp", "oprd"):
        return head.lemma_ in _CAUSATIVES
    return (
        participle.dep_ == "acl"
        and head.dep_ == "dobj"
        and head.head.lemma_ in _CAUSATIVES
        and participle.i == head.i + 1
    )


def a_verb(tok: Token) -> bool:
    """Whether ``tok`` is a verb of the text, not a hyphen the tagger read as one (the
    tokenizer splits "co-founded" into "co", "-", "founded", and the "-" may come out a
    past verb that a time then hangs from)."""
    return tok.pos_ in ("VERB", "AUX") and any(ch.isalpha() for ch in tok.text)
