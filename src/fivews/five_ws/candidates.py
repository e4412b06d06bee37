"""Which (who, what) pairs of the headline and lead could be the main event, best first.

Every verb with a subject in the headline and the first ``lead_sentences`` sentences of
the body is a candidate, unless it is a verb of saying or background (a relative clause,
a noun modifier). Each candidate is scored by position (lead sentence first, then the
next ones, the headline lower as its grammar is telegraphic), clause rank (main clause
or the reported clause of a saying verb), subject quality (named entity, salience from
``doc._.entities``; pronouns penalised), agreement with the headline and the other lead
sentences (shared lemmas), a match with ``doc._.events``, and penalties for light verbs
and verbs inside direct quotes. In "14 people were killed when a train derailed" the
when-clause's event (the cause) outranks the passive outcome.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from fivews.five_ws.clauses import clause_anchor, effective_dep, is_background, is_saying
from fivews.five_ws.dateline import dateline_range
from fivews.five_ws.headline import headline_cue, score_headline_match
from fivews.five_ws.layers import (
    content_ranges,
    cue_ranges,
    event_at,
    in_ranges,
    max_salience,
    quote_ranges,
)
from fivews.five_ws.lexicon import ACTOR_LABELS, FiveWsLexicon
from fivews.five_ws.openers import opener_roles
from fivews.five_ws.phrases import content_lemmas
from fivews.five_ws.records import Candidate
from fivews.five_ws.title import reader_for, title_sentences
from fivews.five_ws.what import extraposed_clause, saying_phrase, verb_phrase
from fivews.five_ws.who import subject_of
from fivews.structure import DocReader, reader_of, sentence_blocks
from fivews.syntax import CLAUSE_SUBJECT_DEPS

#: Weight of a body sentence by its rank among the sentences that have a candidate.
POSITION_WEIGHTS: tuple[float, ...] = (1.0, 0.6, 0.4, 0.3, 0.25)
#: Weight of a headline candidate (headlines are telegraphic and often title-cased).
HEADLINE_WEIGHT = 0.45
#: Weight of a deck sentence before the lead (:mod:`fivews.five_ws.openers`).
OPENER_WEIGHT = 0.5
#: Tags of finite verbs: a subject phrase holding one is a misparse.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: A verb of saying is the event only when the rest points to it (the headline's speaker).
SAYING_POINTS = -0.4
#: A question ("Will the law be coming back?") asks; it tells no event.
QUESTION_POINTS = -0.5
#: A copula that tells an outcome ("is dead"), scored as an event of the events layer.
OUTCOME_POINTS = 0.15
#: A lead sentence that introduces its actor by an indefinite description (event news):
#: what a named subject and the top salience would have given it (0.15 + 0.3).
INDEFINITE_LEAD_POINTS = 0.45
#: A negated verb tells what did not happen.
NEGATED_POINTS = -0.3
#: Block kinds read as the article's body (captions and subheads are not the lead).
BODY_KINDS = frozenset({"paragraph"})


# --------------------------------------------------------------------------- sections


def article_sections(reader: DocReader) -> tuple[list[Span], list[Span]]:
    """:func:`lead_and_headline`, computed once per reading (candidates and where ask)."""
    return reader.memoised("five_ws.sections", _read_sections)


def sentence_lemmas(reader: DocReader) -> Callable[[Span], set[str]]:
    """:func:`content_lemmas` of a sentence, computed once per sentence and reading: each
    candidate compares itself with the same few headline and lead sentences."""
    return reader.memoised("five_ws.sentence_lemmas", _sentence_lemmas)


def _sentence_lemmas(reader: DocReader) -> Callable[[Span], set[str]]:
    found: dict[tuple[int, int, bool], set[str]] = {}

    def lemmas_of(sent: Span) -> set[str]:
        # A title given apart is a Doc of its own: its spans are keyed apart.
        key = (sent.start, sent.end, sent.doc is reader.doc)
        lemmas = found.get(key)
        if lemmas is None:
            lemmas = found[key] = content_lemmas(sent)
        return lemmas

    return lemmas_of


def lead_and_headline(doc: Doc) -> tuple[list[Span], list[Span]]:
    """The headline's sentences and the body's sentences, in text order (a title given
    apart first among the headline's, as sentences of a Doc of its own)."""
    return article_sections(reader_of(doc))


def _read_sections(reader: DocReader) -> tuple[list[Span], list[Span]]:
    headline, body = [], []
    doc, blocks = reader.doc, reader.blocks
    for sent, block in sentence_blocks(doc):
        if not blocks:
            body.append(sent)
        elif block is None or block.get("duplicate_of") is not None:
            continue
        elif block["kind"] == "headline":
            headline.append(sent)
        elif block["kind"] in BODY_KINDS:
            body.append(sent)
    if not body and not headline and blocks:
        # Everything looked like chrome or captions: read all sentences rather than nothing.
        body = [s for s in doc.sents if s.text.strip()]
    # A title given apart leads the headline (the text's own headline lines follow it).
    return title_sentences(reader) + headline, body


# --------------------------------------------------------------------------- candidates


def find_candidates(
    doc: Doc, lexicon: FiveWsLexicon, lead_sentences: int, max_what_tokens: int
) -> list[Candidate]:
    """All scored candidates of the headline and the first ``lead_sentences`` body
    sentences that have one, best first."""
    reader = reader_of(doc)
    headline, body = article_sections(reader)
    found: list[Candidate] = []
    for sent in headline:
        # A title given apart is read through a reader of its own Doc.
        here = reader_for(sent, reader)
        found.extend(sentence_candidates(sent, "headline", 0, here, lexicon, max_what_tokens))
    rank = 0
    roles = opener_roles(reader, lexicon)
    for sent in body:
        if rank >= lead_sentences:
            break
        here = sentence_candidates(sent, "lead", rank, reader, lexicon, max_what_tokens)
        role = roles.get(sent.start)
        for cand in here:
            cand.opener = role
        if here:
            found.extend(here)
            rank += 1 if role is None else 0
    context = [c.sentence for c in found]
    cue = headline_cue(reader, lexicon, headline)
    sayers = {(id(c.verb.doc), c.verb.i): c for c in found if c.saying}
    for cand in found:
        score_candidate(cand, headline, context, reader_for(cand.sentence, reader), lexicon)
        reported = cand.verb.dep_ in ("ccomp", "parataxis")
        sayer = sayers.get((id(cand.verb.doc), cand.verb.head.i)) if reported else None
        score_headline_match(cand, cue, reader, sayer)
    # Stable order on ties: earlier in the text first.
    found.sort(key=lambda c: (-c.score, c.verb.i))
    prefer_stated_headline(found, lexicon)
    return found


#: Modal auxiliaries of possibility: a clause with one tells what may happen, not what did.
HEDGING_MODALS = frozenset({"could", "may", "might", "would"})


def prefer_stated_headline(found: list[Candidate], lexicon: FiveWsLexicon) -> None:
    """Put the headline's own clause first (in place, ``found`` sorted best first) when
    the best body candidate only tells a possibility or a state — a modal of possibility
    ("Mr. Trump could draw union voters", "the plan would put the state ...") or a light
    verb ("The election isn't just democracy in action") — and does not tell the
    headline (its verb is not the headline's predicate, its subject not the headline's
    agent or speaker). A headline states what happened; a lead that hedges about
    something else is background or a scene-setter. The headline clause must be a main
    clause with a subject that is no pronoun, and no verb of saying or participle."""
    if not found or found[0].kind == "headline":
        return
    best = found[0]
    if best.tells_headline:
        return
    # "It is clear that the council will raise the tax": the clause "it" stands for.
    verb = extraposed_clause(best.verb) or best.verb
    modal = any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in verb.children)
    if not modal and (
        verb.lemma_.lower() not in lexicon.weak_verbs or tells_outcome(verb, lexicon)
    ):
        return  # an event, or an outcome told with a copula ("A man is dead")
    for cand in found:
        if cand.kind != "headline" or cand.saying or cand.subject is None:
            continue
        if cand.verb.dep_ != "ROOT" or cand.subject.root.pos_ == "PRON" or cand.verb.tag_ == "VBG":
            continue
        cand.add(round(best.score - cand.score + 0.01, 3), "the lead hedges; the headline states")
        found.remove(cand)
        found.insert(0, cand)
        return


def sentence_candidates(
    sent: Span,
    kind: str,
    rank: int,
    reader: DocReader,
    lexicon: FiveWsLexicon,
    max_what_tokens: int,
) -> list[Candidate]:
    """The candidate (who, what) pairs of one sentence, unscored."""
    out = []
    dateline, cues = dateline_range(reader), cue_ranges(reader)
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or tok.i in dateline:
            continue
        if tok.pos_ == "AUX" and not _is_clause_copula(tok):
            continue  # an auxiliary of another verb
        if is_background(tok, dateline):
            continue
        saying = is_saying(tok, cues, lexicon)
        subject = subject_of(tok, reader, lexicon)
        if subject is None:
            continue
        if saying:
            # A sayer's statement can be the event ("Mukasey told delegates that ...",
            # "families urged the senator to apologize"); it competes with the clause it
            # reports, scored lower.
            if subject.root.pos_ == "PRON":
                continue
            what = saying_phrase(tok, lexicon, max_what_tokens)
        else:
            what = verb_phrase(tok, lexicon, max_what_tokens)
        out.append(Candidate(tok, subject, what, sent, kind, rank, saying=saying))
    return out


def _is_clause_copula(tok: Token) -> bool:
    """Whether an auxiliary heads a clause that can be the event: the main clause, or a
    copula clause told before the verb that reports it ("X is the leading candidate,
    sources tell CNN": the news comes first, its source after). A copula clause after its
    saying verb ("agreed that the plan is cheap") is what the sayer's act is about."""
    if tok.dep_ == "ROOT":
        return True
    return tok.dep_ in ("ccomp", "parataxis") and tok.i < tok.head.i


# --------------------------------------------------------------------------- scoring


def score_candidate(
    cand: Candidate,
    headline: list[Span],
    context: list[Span],
    reader: DocReader,
    lexicon: FiveWsLexicon,
) -> None:
    """Score a candidate in place (see the module docstring for the parts)."""
    verb = cand.verb
    if cand.kind == "headline":
        cand.add(HEADLINE_WEIGHT, "headline")
    elif cand.opener is not None:
        cand.add(OPENER_WEIGHT, cand.opener)
    else:
        cand.add(POSITION_WEIGHTS[min(cand.rank, len(POSITION_WEIGHTS) - 1)], f"lead#{cand.rank}")
    # Clause rank: the main clause, or the clause a saying verb reports.
    dateline, cues = dateline_range(reader), cue_ranges(reader)
    anchor = clause_anchor(verb)
    dep = effective_dep(anchor, dateline)
    head_is_main = effective_dep(anchor.head, dateline) == "ROOT"
    if cand.saying and is_demand(verb):
        cand.add(0.0, "demand")
    elif cand.saying:
        cand.add(SAYING_POINTS, "verb of saying")
    if dep == "ROOT":
        cand.add(0.3, "main clause")
    elif dep in ("ccomp", "parataxis") and is_saying(anchor.head, cues, lexicon):
        if head_is_main:
            cand.add(0.35, "reported clause")
        elif anchor.head.tag_ == "VBG" and anchor.head.dep_ == "advcl":
            # "X promised to refrain ..., saying she had made ...": what the participle
            # reports elaborates the main clause's event.
            cand.add(-0.2, "reported by a participle")
        else:
            cand.add(0.05, "reported clause")
    elif dep == "advcl" and is_saying(anchor.head, cues, lexicon) and head_is_main:
        cand.add(0.2, "event beside a saying verb")
    elif dep == "conj" and (head_is_main or is_saying(anchor.head.head, cues, lexicon)):
        cand.add(0.1, "coordinated main clause")
    elif dep in ("advcl", "xcomp", "ccomp"):
        cand.add(-0.2, "subordinate clause")
    # "14 people were killed when a train derailed": the event is the when-clause.
    if dep == "advcl" and _explains_passive_outcome(verb, lexicon):
        cand.add(0.6, "cause of a passive outcome")
    outcome_group = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if any(
        _explains_passive_outcome(c, lexicon)
        for v in outcome_group
        for c in v.children
        if c.dep_ == "advcl"
    ):
        cand.add(-0.4, "passive outcome")
    if in_ranges(verb.idx, content_ranges(reader)):
        cand.add(0.1, "claim content")
    if in_ranges(verb.idx, quote_ranges(reader)):
        cand.add(-0.5, "inside a direct quote")
    if tells_outcome(verb, lexicon):
        # "A man is dead": an event the events layer (verbs of happening) does not hold.
        cand.add(OUTCOME_POINTS, "outcome state")
    elif verb.lemma_.lower() in lexicon.weak_verbs:
        cand.add(-0.3, "light verb")
    if cand.kind == "lead" and cand.rank == 0 and dep == "ROOT" and introduces_actor(cand):
        cand.add(INDEFINITE_LEAD_POINTS, "lead introduces its actor")
    if _is_hypothetical(verb):
        cand.add(-0.5, "hypothetical")
    if any(c.dep_ == "neg" for c in verb.children) and not cand.saying:
        # "X aren't waiting until next month; they are racing to ...": what did not
        # happen sets the scene for what did.
        cand.add(NEGATED_POINTS, "negated")
    if cand.sentence.text.rstrip(" \t\n\"'”’)").endswith("?"):
        cand.add(QUESTION_POINTS, "question")
    if verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        cand.add(-0.2, "participle")
    _score_subject(cand, reader)
    _score_agreement(cand, headline, context, reader)
    if event_at(reader, verb) is not None:
        cand.add(0.15, "event layer")


def tells_outcome(verb: Token, lexicon: FiveWsLexicon) -> bool:
    """Whether a copula tells what happened to its subject: its complement is an
    outcome ("A man is dead", "Two hikers are missing"), not a light state."""
    if verb.lemma_.lower() not in ("be", "remain"):
        return False
    return any(c.dep_ == "acomp" and c.lower_ in lexicon.outcome_states for c in verb.children)


def introduces_actor(cand: Candidate) -> bool:
    """Whether a lead sentence introduces its actor by an indefinite description ("A
    Turkish policeman fatally shot ...", "A 23-year-old man is in jail ..."), the way
    event news opens: the name comes in a later sentence, where it collects the bonuses
    of a named, salient subject that the lead's description lacks. A clause that only
    hedges (could/may/might/would) introduces nothing."""
    subject = cand.subject
    if subject is None or not len(subject) or subject[0].lower_ not in ("a", "an"):
        return False
    verb = cand.verb
    return not any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in verb.children)


def is_demand(verb: Token) -> bool:
    """Whether a verb of saying demands rather than reports: its complement is an
    infinitive ("urged the senator to apologize", "is calling on Clinton to resign").
    What it asks for has not happened, so the demand itself is the event."""
    # A clause before the verb is no report of it ("In what may be a first, X and Y
    # agreed, the group is calling on Z to ...": a fronted phrase the parser misread).
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)
        for c in verb.rights
    )


def _is_hypothetical(verb: Token) -> bool:
    """Whether a verb tells what did not happen: a condition ("if they win", "Had they
    nominated X, ..."), what is promised on a condition ("would go if invited") or a
    counterfactual ("would have voted")."""
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children):
        return True
    modals = {c.lower_ for c in children if c.dep_ == "aux"} & {"would", "could", "might"}
    if modals and any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in children
    ):
        return True  # "would only do the debate if ...": what is promised on a condition
    subject = next((c for c in children if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if subject is not None and any(a.lower_ == "had" and a.i < subject.i for a in auxes):
        return True  # "Had Republicans nominated ..." (inverted condition)
    words = [a.lower_ for a in auxes]
    return verb.tag_ == "VBN" and "have" in words and bool({"would", "could", "might"} & set(words))


def _explains_passive_outcome(clause: Token, lexicon: FiveWsLexicon) -> bool:
    """Whether ``clause`` is a when/after/as clause with its own subject attached to a
    passive verb without agent ("were killed when ...")."""
    head = clause.head
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
    # "14 were killed and 50 injured when ...": the passive auxiliary may sit on the
    # first of two coordinated participles.
    passive = any(c.dep_ == "auxpass" for c in head.children) or (
        head.dep_ == "conj"
        and head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in head.head.children)
    )
    return (
        bool(marks & {"when", "after", "as"})
        and any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in clause.children)
        and passive
        and not any(c.dep_ == "agent" for c in head.children)
    )


def _score_subject(cand: Candidate, reader: DocReader) -> None:
    """Named subjects and salient entities score; pronoun subjects are penalised."""
    subject = cand.subject
    if subject is None:
        return
    head = subject.root
    if any(t.tag_ in FINITE_TAGS for t in subject):
        cand.add(-0.5, "subject holds a finite verb")  # a misparse of a longer clause
    if head.pos_ == "PRON" or head.lower_ in ("this", "that", "there"):
        cand.add(-0.4, "pronoun subject")
    elif (
        head.ent_type_ in ACTOR_LABELS
        or head.pos_ == "PROPN"
        or any(t.ent_type_ in ACTOR_LABELS for t in subject)
    ):
        cand.add(0.15, "named subject")
    entity = reader.layers.entity_at(subject.start_char, subject.end_char)
    top = max_salience(reader)
    if entity is not None and top > 0:
        cand.add(0.3 * float(entity.get("salience") or 0.0) / top, "salience")


def _score_agreement(
    cand: Candidate,
    headline: list[Span],
    context: list[Span],
    reader: DocReader,
) -> None:
    """Shared content lemmas with the headline and the other lead sentences (each
    sentence's lemmas are computed once per reading)."""
    mine = content_lemmas(list(cand.subject or []) + list(cand.what))
    if not mine:
        return
    lemmas_of = sentence_lemmas(reader)
    if cand.kind != "headline" and headline:
        shared = mine & set().union(*(lemmas_of(s) for s in headline))
        cand.add(round(0.4 * min(1.0, len(shared) / 2), 3), "agrees with headline")
    # A title given apart is a Doc of its own: sentences are told apart by Doc and start.
    own = (id(cand.sentence.doc), cand.sentence.start)
    agreeing = sum(
        1
        for key, s in {(id(s.doc), s.start): s for s in context}.items()
        if key != own and mine & lemmas_of(s)
    )
    cand.add(min(0.2, 0.1 * agreeing), "agrees with lead")
