"""What the headline says, to find the body sentence that tells it (the inverted pyramid).

A news headline states the main event in telegraphic grammar; the lead sentence tells the
same event in full. :func:`headline_cue` reads, once per Doc, three things from the
headline: its **speaker** (a "NAME: what they said" headline, "Mukasey at RNC: Clinton
email scandal disqualifies her", names who speaks), its **predicates** (the lemmas of its
verbs) and its **agents** (the name words of its subjects). :func:`score_headline_match`
then rewards a body candidate whose verb is the headline's predicate and whose subject is
the headline's agent or speaker, so the answer comes from the body sentence that tells
the headline, in full, and not from the headline's own telegraphic parse.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from fivews.five_ws.clauses import is_background
from fivews.five_ws.lexicon import FiveWsLexicon
from fivews.five_ws.records import Candidate
from fivews.structure import DocReader
from fivews.syntax import CLAUSE_SUBJECT_DEPS

#: Entity labels of a headline speaker ("Sanders: ...", "Pentagon: ...").
SPEAKER_LABELS = frozenset({"PERSON", "ORG"})
#: The longest "NAME:" prefix read as a speaker, in tokens.
MAX_SPEAKER_TOKENS = 8
#: Points for a body candidate that tells the headline: its verb, its agent, its speaker.
PREDICATE_POINTS = 0.3
AGENT_POINTS = 0.25
SPEAKER_POINTS = 0.45
#: A reported clause whose sayer is the headline's speaker: the saying is the event.
SPEAKERS_CLAUSE_POINTS = -0.45
#: A reported clause whose sayer, not its own subject, is the headline's agent.
AGENTS_CLAUSE_POINTS = -0.3
#: A headline candidate whose subject is the speaker prefix is a misparse.
SPEAKER_SUBJECT_POINTS = -0.6


@dataclass(frozen=True)
class HeadlineCue:
    """What the headline says.

    Attributes:
        speaker: lower-case name words of a "NAME:" prefix or a ", NAME says" ending
            (empty without one).
        speaker_end: token index of the prefix's colon, -1 without one.
        speaker_in_title: whether that index is one of a title given apart (its own Doc).
        predicates: lemmas of the headline's verbs (light verbs left out).
        agents: lower-case name words of the headline's subjects (the speaker's too).
    """

    speaker: frozenset[str] = frozenset()
    speaker_end: int = -1
    predicates: frozenset[str] = frozenset()
    agents: frozenset[str] = frozenset()
    speaker_in_title: bool = False


def name_words(tokens: Iterable[Token]) -> set[str]:
    """Lower-case words of the names among ``tokens`` (proper nouns and the words of
    person and organisation entities), the words a headline and a body share."""
    return {
        t.lower_
        for t in tokens
        if (t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_LABELS) and t.is_alpha and len(t) > 1
    }


def headline_cue(reader: DocReader, lexicon: FiveWsLexicon, headline: list[Span]) -> HeadlineCue:
    """:class:`HeadlineCue` of the reader's Doc (whose headline sentences are
    ``headline``), read once per reading."""
    return reader.memoised("five_ws.headline_cue", lambda r: _read_cue(r, lexicon, headline))


def _read_cue(reader: DocReader, lexicon: FiveWsLexicon, headline: list[Span]) -> HeadlineCue:
    if not headline:
        return HeadlineCue()
    doc = reader.doc
    first = headline[0]
    tokens = [t for sent in headline for t in sent]
    speaker_end, speaker = _speaker_prefix(first, doc)
    for sent in headline if not speaker else []:
        speaker = speaker or speaker_suffix(sent, lexicon, doc)
    # A title given apart is its own Doc: token indices are compared within one Doc.
    prefix_end = {id(first.doc): speaker_end}

    def after_prefix(t: Token) -> bool:
        return t.i > prefix_end.get(id(t.doc), -1)

    # The headline's own predicates, not those of its relative clauses ("Actor Who
    # Endorsed Cruz Calls ...": the event is the calling).
    predicates = {
        t.lemma_.lower()
        for t in tokens
        if t.pos_ == "VERB"
        and after_prefix(t)
        and t.lemma_.lower() not in lexicon.weak_verbs
        and not is_background(t, range(0))
    }
    agents = set(speaker) | leading_names(first, speaker_end)
    for t in tokens:
        if t.dep_ in CLAUSE_SUBJECT_DEPS and after_prefix(t):
            agents |= name_words(t.doc[t.left_edge.i : t.i + 1])
    return HeadlineCue(
        frozenset(speaker),
        speaker_end,
        frozenset(predicates),
        frozenset(agents),
        speaker_in_title=first.doc is not doc,
    )


def leading_names(sent: Span, after: int = -1) -> set[str]:
    """Name words of the names a headline opens with (after a speaker prefix ending at
    token ``after``): "Bush, Rubio collide in scramble ...", "Smith attacks council".
    A headline names its actor first, and its telegraphic grammar often defeats the
    parser ("collide" read as a noun), so these are agents whatever the parse says."""
    words: set[str] = set()
    for tok in sent:
        if tok.i <= after:
            continue
        if tok.pos_ == "PROPN" or tok.ent_type_ in SPEAKER_LABELS:
            if tok.is_alpha and len(tok) > 1:
                words.add(tok.lower_)
        elif not (tok.is_punct or tok.lower_ in ("and", "&")) or not words:
            break
    return words


def speaker_suffix(sent: Span, lexicon: FiveWsLexicon, doc: Doc | None = None) -> set[str]:
    """The name words of a ", NAME says" ending of a headline sentence ("Trump Could
    Address Clean Energy, Lindsey Graham Says"): the headline reports what NAME said, as
    a "NAME:" prefix does. The name must be one the article (``doc``, by default the
    sentence's own Doc) names outside the headline."""
    words = [t for t in sent if not (t.is_punct or t.is_space) or t.text == ","]
    if len(words) < 4 or words[-1].lemma_.lower() not in lexicon.reporting_verbs:
        return set()
    names: list[Token] = []
    for tok in reversed(words[:-1]):
        if tok.text == ",":
            break
        if not (tok.pos_ == "PROPN" or tok.ent_type_ in SPEAKER_LABELS):
            return set()
        names.append(tok)
    if not names or len(names) > MAX_SPEAKER_TOKENS or names[-1].i == words[0].i:
        return set()
    return name_words(names) & _names_outside(sent, doc)


def _speaker_prefix(sent: Span, doc: Doc | None = None) -> tuple[int, set[str]]:
    """The colon ending a "NAME:" prefix of a headline sentence and the name's words, or
    ``(-1, set())``: the prefix is short and holds a name that the article (``doc``)
    names too (a label, "FIX IS IN:", "Revealed:", names nobody the article names)."""
    for tok in sent[: MAX_SPEAKER_TOKENS + 1]:
        if tok.text == ":":
            words = name_words(sent[: tok.i - sent.start]) & _names_outside(sent, doc)
            return (tok.i, words) if words else (-1, set())
    return -1, set()


def _names_outside(sent: Span, doc: Doc | None = None) -> set[str]:
    """Lower-case name words of the article ``doc`` (by default the sentence's own Doc)
    outside ``sent``: person and organisation entities, and title-cased proper nouns (a
    name the tagger missed). A title given apart is a Doc of its own: all of the
    article's names are outside it."""
    doc = sent.doc if doc is None else doc
    inside = range(sent.start, sent.end) if sent.doc is doc else range(0)
    return {
        t.lower_
        for t in doc
        if t.i not in inside
        and (t.ent_type_ in SPEAKER_LABELS or (t.pos_ == "PROPN" and t.is_title))
    }


#: Dependencies that attach a modifier to a noun phrase ("police *in Japan*", "the man
#: *who* ...", "officials *familiar with* ..."): names under them are not the phrase's head.
MODIFIER_DEPS = frozenset({"prep", "relcl", "acl"})


def head_tokens(span: Span) -> list[Token]:
    """The tokens of ``span`` outside its prepositional and clausal modifiers: "police in
    Japan" gives "police", "Japan's police" gives both."""
    root = span.root
    kept = []
    for tok in span:
        node = tok
        while node.i != root.i and span.start <= node.i < span.end:
            if node.dep_ in MODIFIER_DEPS:
                break
            node = node.head
        else:
            kept.append(tok)
    return kept


def subject_words(cand: Candidate, reader: DocReader, head_only: bool = False) -> set[str]:
    """Name words of a candidate's subject and of the entity it is linked to.

    With ``head_only``, only the subject's head phrase counts (not the names in its
    prepositional or clausal modifiers: "police in Japan" is not Japan speaking).
    """
    if cand.subject is None:
        return set()
    tokens = head_tokens(cand.subject) if head_only else list(cand.subject)
    if not tokens:
        return set()
    words = name_words(tokens)
    entity = reader.layers.entity_at(tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    if entity is not None and entity.get("label") in SPEAKER_LABELS:
        words |= {w.lower() for w in str(entity.get("name") or "").split() if w.isalpha()}
    return words


def predicate_lemmas(verb: Token) -> set[str]:
    """The verb's lemma and, for a verb that only frames another ("have begun to offer",
    "plans to cut", "agreed to buy"), the lemma of the infinitive it governs: either may
    be the headline's predicate ("GM, Chrysler offer buyouts")."""
    lemmas = {verb.lemma_.lower()}
    for child in verb.rights:
        if child.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.lefts):
            lemmas.add(child.lemma_.lower())
    return lemmas


def coordinated_names(cand: Candidate) -> set[str]:
    """Name words of the subject's conjuncts and bracketed short forms that the subject
    phrase was cut before ("General Motors (GM) and Chrysler": "gm", "chrysler"), so a
    headline naming either agent ("GM, Chrysler offer ...") finds the lead that names both."""
    subj = next((c for c in cand.verb.children if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    if subj is None:
        return set()
    tokens = [t for c in subj.children if c.dep_ in ("conj", "appos") for t in c.subtree]
    return name_words(tokens)


def score_headline_match(
    cand: Candidate, cue: HeadlineCue, reader: DocReader, sayer: Candidate | None = None
) -> None:
    """Score in place how well a candidate tells what the headline says.

    Args:
        cand: the candidate.
        cue: the headline's cue.
        reader: the Doc's reader.
        sayer: for a reported clause, a candidate for the verb of saying that reports
            it (its subject is the sayer), else None.
    """
    if cand.kind == "headline":
        # The prefix's index is compared within its own Doc (text or title given apart).
        same_doc = (cand.sentence.doc is not reader.doc) == cue.speaker_in_title
        subject = cand.subject
        if same_doc and subject is not None and subject.start <= cue.speaker_end < cand.verb.i:
            cand.add(SPEAKER_SUBJECT_POINTS, "speaker prefix as subject")
        return
    words = subject_words(cand, reader)
    if cue.speaker:
        # "NAME: claim": the event is NAME's saying it; the claim's predicate points to
        # the speaker's verb of saying, not to the reported clause.
        if sayer is not None and subject_words(sayer, reader) & cue.speaker:
            cand.add(SPEAKERS_CLAUSE_POINTS, "said by the headline's speaker")
            return
        if words & cue.speaker:
            cand.add(SPEAKER_POINTS, "headline's speaker")
            cand.tells_headline = True
            said = {t.lemma_.lower() for t in cand.verb.subtree} if cand.saying else set()
            if cand.verb.lemma_.lower() in cue.predicates or said & cue.predicates:
                cand.add(PREDICATE_POINTS, "headline's predicate")
        return
    if predicate_lemmas(cand.verb) & cue.predicates:
        cand.add(PREDICATE_POINTS, "headline's predicate")
        cand.tells_headline = True
    # The agent must head the subject: "police in Ohio" is not Ohio acting or speaking.
    if (subject_words(cand, reader, head_only=True) | coordinated_names(cand)) & cue.agents:
        cand.add(AGENT_POINTS, "headline's agent")
        cand.tells_headline = True
    elif sayer is not None and subject_words(sayer, reader, head_only=True) & cue.agents:
        # "Trump fires missile at Clinton" / "Trump said Clinton lacks the stamina": the
        # headline's agent is the sayer, so the event is the saying, not what is said.
        cand.add(AGENTS_CLAUSE_POINTS, "said by the headline's agent")
