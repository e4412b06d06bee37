"""A body line before the lead sentence that is not the lead: a deck.

News pages often put a line between the headline and the lead that tells or teases the
story in headline style, and the inverted pyramid's lead sentence comes after it: a
**deck** or kicker, a first body paragraph of one short sentence that states a situation
rather than telling a dated event — its main verb is a light verb ("Paul Manafort has a
history of ...", "Families ... are not through with X") or a bare present other than a
verb of saying ("Only two Democrats currently back the bill", "X's wife pleads for his
life") — that holds no date or time, does not open with a dateline, and is followed by a
longer paragraph.

A deck stays a candidate, scored like a second headline (:data:`OPENER_WEIGHT` in
:mod:`fivews.five_ws.candidates`), and the sentence after it is the lead sentence. A
print archive's summary (the paragraph between the chrome lines "ABSTRACT." and "FULL
TEXT.", ``label: "section"``) is read as the lead: it states the main event, and on the
PolNeAR train annotations scoring it like a headline instead gained as many answers as
it lost.
"""

from __future__ import annotations

from spacy.tokens import Span

from fivews.five_ws.lexicon import FiveWsLexicon
from fivews.structure import DocReader, sentence_blocks

#: A deck has at most this many words.
MAX_DECK_WORDS = 20
#: Entity labels that date a sentence (a dated sentence tells an event: not a deck).
DATE_LABELS = frozenset({"DATE", "TIME"})
#: Tags of a bare present main verb ("back", "pleads"): headline-style present.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def opener_roles(reader: DocReader, lexicon: FiveWsLexicon) -> dict[int, str]:
    """The body sentences (by their first token) that are a ``"deck"``, computed once
    per reading."""
    return reader.memoised("five_ws.openers", lambda r: _read_openers(r, lexicon))


def _read_openers(reader: DocReader, lexicon: FiveWsLexicon) -> dict[int, str]:
    blocks = reader.blocks
    if not blocks:
        return {}
    position = {int(b["start"]): i for i, b in enumerate(blocks)}
    paragraphs: dict[int, list[Span]] = {}  # block index -> its sentences, in text order
    for sent, block in sentence_blocks(reader.doc):
        if block is not None and block.get("kind") == "paragraph":
            paragraphs.setdefault(position[int(block["start"])], []).append(sent)
    roles: dict[int, str] = {}
    body = list(paragraphs)
    if len(body) >= 2 and not blocks[body[0]].get("dateline"):
        first, second = paragraphs[body[0]], paragraphs[body[1]]
        if len(first) == 1 and is_deck(first[0], second, lexicon):
            roles[first[0].start] = "deck"
    return roles


def _words(sents: list[Span]) -> int:
    return sum(1 for s in sents for t in s if not (t.is_punct or t.is_space))


def is_deck(sent: Span, following: list[Span], lexicon: FiveWsLexicon) -> bool:
    """Whether ``sent``, a first body paragraph of one sentence, is a deck before the
    paragraph of sentences ``following``: short, undated, shorter than what follows, its
    main verb a light verb or a bare present (see the module docstring)."""
    words = _words([sent])
    if not words or words > MAX_DECK_WORDS or _words(following) <= words:
        return False
    if any(t.ent_type_ in DATE_LABELS for t in sent):
        return False
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    if root.lemma_.lower() in lexicon.weak_verbs:
        return True  # a state: "are not through with", "has a history of", "has been"
    if root.lemma_.lower() in lexicon.reporting_verbs:
        return False  # "X says ...": a lead in the present of reporting
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return root.tag_ in PRESENT_TAGS and not auxes
