"""Cues that are no verb: a speaker's name and a colon, and "in a poll" or "in the report".

* **Colon** ("Trump: 'We will win.'", "Clinton adviser: the race is close"): a sentence
  that opens with a short phrase naming a person or organisation (a named entity, up to
  three proper nouns, or a speaker noun from ``data/claim_speakers.json``; never a line
  label such as "Update:" from ``colon_labels``) and a colon; the content is what follows
  the colon (or, when the parser ended the sentence at the colon, the next sentence of the
  same block).
* **Document** ("In a new poll, Clinton leads by 24 points", "the report found"'s nominal
  twin): a clause whose verb carries a fronted "in" phrase headed by a singular document
  noun (``data/claim_speakers.json``, ``document_nouns``; "trails in the polls" is none);
  the document is the source, the clause without the phrase is the content. A clause
  whose verb is itself a reporting verb is left to that cue ("In an interview, he said X").

Both follow PolNeAR's guidelines (Newell et al. 2018), which count such cues as
attributions.
"""

from __future__ import annotations

import bisect

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from fivews.claims.cues import SPEAKER_ENT_LABELS, cue_lemma
from fivews.claims.lexicon import ClaimLexicon
from fivews.claims.quotes import _in_quote
from fivews.claims.records import Claim
from fivews.claims.tokens import _children, _lemma, _strip_clause_edges, _subtree, _tokens_of
from fivews.structure import doc_text, reader_of

#: Longest phrase (in tokens) before a colon that can name a speaker.
MAX_COLON_SOURCE = 6
#: Fewest words after a colon for a statement.
MIN_COLON_CONTENT = 4
#: Entity labels of a speaker before a colon (places are left out: "WASHINGTON:" datelines).
COLON_SPEAKER_LABELS: frozenset[str] = SPEAKER_ENT_LABELS - {"GPE"}


def _colon_source(phrase: Span, lexicon: ClaimLexicon) -> bool:
    """Whether the phrase before a colon names a speaker."""
    tokens = [t for t in _tokens_of(phrase) if not t.is_punct]
    if not tokens or len(tokens) > MAX_COLON_SOURCE:
        return False
    if any(t.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ"} for t in tokens):
        return False
    if any(t.lower_ in lexicon.colon_labels for t in tokens):
        return False
    last = tokens[-1]
    if last.ent_type_ in COLON_SPEAKER_LABELS and last.ent_type_ != "NORP":
        return True
    if last.ent_type_ == "" and all(t.pos_ == "PROPN" for t in tokens) and len(tokens) <= 3:
        return True  # a transcript's speaker ("TAPPER:"), a name the tagger did not label
    return _lemma(last) in lexicon.person_nouns or _lemma(last) in lexicon.group_nouns


def colon_claims(
    sentences: list[Span], lexicon: ClaimLexicon, quotes: list[tuple[int, int]]
) -> list[Claim]:
    """Claims cued by a speaker's name and a colon at the start of a sentence."""
    out = []
    for n, sent in enumerate(sentences):
        tokens = _tokens_of(sent)
        colon = next((t for t in tokens[: MAX_COLON_SOURCE + 1] if t.text == ":"), None)
        if colon is None or colon.i == sent.start or _in_quote(colon, quotes):
            continue
        doc = sent.doc
        source = doc[sent.start : colon.i]
        if not _colon_source(source, lexicon):
            continue
        content = _strip_clause_edges(list(_tokens_of(doc[colon.i + 1 : sent.end])))
        if not content and n + 1 < len(sentences):
            nxt = sentences[n + 1]
            if "\n" not in doc_text(doc)[sent.end_char : nxt.start_char]:
                content = _strip_clause_edges(list(_tokens_of(nxt)))
        if sum(not t.is_punct for t in content) < MIN_COLON_CONTENT:
            continue
        claim = Claim(
            cue=doc[colon.i : colon.i + 1], cue_lemma=":", subject=source, content=content
        )
        claim.parts = [content]
        out.append(claim)
    return out


def _clause_verb(token: Token) -> Token | None:
    """The verb an "in" phrase modifies (None when it hangs on a noun)."""
    head = token.head
    return head if head.pos_ in {"VERB", "AUX"} and head.i != token.i else None


#: The lower-case form of "in" as spaCy hashes it (``Token.lower``).
IN_ID: int = get_string_id("in")


def _in_tokens(sentences: list[Span]) -> list[Token]:
    """The "in" tokens of ``sentences``, picked from the reader's LOWER column."""
    if not sentences:
        return []
    reader = reader_of(sentences[0].doc)
    hits = [i for i, lower in enumerate(reader.lower_ids) if lower == IN_ID]
    tokens = reader.tokens
    starts = [s.start for s in sentences]
    out = []
    for i in hits:
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and i < sentences[k].end:
            out.append(tokens[i])
    return out


def document_claims(sentences: list[Span], lexicon: ClaimLexicon) -> list[Claim]:
    """Claims cued by "in" + a document noun on a clause ("In a CNN poll, Clinton leads")."""
    out = []
    for prep in _in_tokens(sentences):
        if prep.dep_ != "prep":
            continue
        pobj = next((c for c in _children(prep) if c.dep_ == "pobj"), None)
        if pobj is None or _lemma(pobj) not in lexicon.document_nouns:
            continue
        verb = _clause_verb(prep)
        if verb is None or cue_lemma(verb, lexicon) is not None:
            continue
        # fronted and singular: "In a new poll, X leads", not "X trails in the polls"
        if prep.i > verb.i or pobj.tag_ != "NN":
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in _children(verb)):
            continue
        content = _strip_clause_edges(_subtree(verb, exclude=[prep]))
        if sum(not t.is_punct for t in content) < MIN_COLON_CONTENT:
            continue
        doc = prep.doc
        phrase = _strip_clause_edges([pobj, *_subtree(pobj)])
        claim = Claim(
            cue=doc[prep.i : prep.i + 1],
            cue_lemma="in",
            subject=doc[phrase[0].i : phrase[-1].i + 1],
            content=content,
        )
        claim.parts = [content]
        out.append(claim)
    return out
