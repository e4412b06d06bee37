"""Content: the clause a cue reports, and the coordinated clauses it is made of.

The cue's clausal complement (``ccomp``, "said that X"), a that-clause hung on "in a
statement", an infinitive ("vowed to X"), or - for "X, Konashenkov said." - the clause
the cue is attached to. Coordinated that-clauses ("claimed that X, and that Y") make ONE
claim whose ``parts`` list each clause; a second reporting verb coordinated with the
first ("said X and warned Y") makes a second claim. A wire dateline opening the
paragraph ("PARIS, May 3 (Reuters) -", found once by :func:`fivews.article.find_dateline`
and read from ``doc._.blocks``) is never part of a content.
"""

from __future__ import annotations

from spacy.tokens import Token

from fivews.claims.cues import (
    CONTENT_DEPS,
    _has_content_child,
    _source_phrase,
    _subject,
    cue_lemma,
)
from fivews.claims.lexicon import ClaimLexicon
from fivews.claims.tokens import (
    _children,
    _comma_between,
    _drop_dateline,
    _lemma,
    _strip_clause_edges,
    _subtree,
    _subtree_of,
)
from fivews.structure import reader_of
from fivews.syntax import CLAUSE_SUBJECT_DEPS


def _conjuncts_in(head: Token) -> list[Token]:
    """The ``conj`` tokens of ``head``'s subtree, in subtree order (kept while the
    component runs: the nested cues and the clause split of one content both look for
    them)."""
    memo = reader_of(head.doc).memo
    found = memo.get(("conjuncts", head.i))
    if found is None:
        found = memo["conjuncts", head.i] = [t for t in _subtree_of(head) if t.dep_ == "conj"]
    return found


def _nested_cues(head: Token, lexicon: ClaimLexicon) -> list[Token]:
    """Reporting verbs coordinated inside a content clause without their own subject.

    "said the SDF shelled positions and warned the coalition that…": the parser hangs
    ``warned`` on ``shelled``; it is the speaker's second statement, not content.
    """
    out = []
    for t in _conjuncts_in(head):
        if cue_lemma(t, lexicon) is None:
            continue
        if any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in _children(t)):
            continue
        if _has_content_child(t):
            out.append(t)
    return out


def content_of(
    cue: Token, subject: Token | None, lexicon: ClaimLexicon
) -> tuple[list[Token], list[Token]]:
    """Return ``(content tokens, clause heads)`` of the statement reported by ``cue``."""
    doc = cue.doc
    heads: list[Token] = []
    cue_children = _children(cue)
    clauses = [c for c in cue_children if c.dep_ in CONTENT_DEPS]
    if clauses and (cue_lemma(cue, lexicon) or "") in lexicon.no_infinitive_content:
        clauses = [c for c in clauses if c.dep_ != "xcomp"]  # "asked not to be named"
    left = [c for c in clauses if c.i < cue.i]
    right = [c for c in clauses if c.i > cue.i]
    if left and subject is not None and left[0].i < subject.i < cue.i:
        # "X, Konashenkov said, four months after…": keep the fronted content; a clause
        # after the cue only if it is a real that-clause.
        right = [
            c for c in right if any(m.dep_ == "mark" and m.lower_ == "that" for m in _children(c))
        ]
    heads = left + right
    if not heads:
        # "said in a statement that X": the parser hangs X on the speech noun.
        for prep in (c for c in cue_children if c.dep_ == "prep"):
            for pobj in (c for c in _children(prep) if c.dep_ == "pobj"):
                if _lemma(pobj) not in lexicon.speech_nouns:
                    continue
                heads += [
                    c
                    for c in _children(pobj)
                    if c.dep_ in {"acl", "ccomp", "relcl"}
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in _children(c))
                ]
    # "X, the ministry said." parsed with the content as the root, or the parenthetical
    # "The attack, officials said, killed 12 people."
    inverted = (
        cue.dep_ in {"parataxis", "ccomp", "advcl", "conj"}
        and cue.head.i < cue.i
        and _comma_between(doc, cue.head.i, cue.i)
    )
    parenthetical = (
        cue.dep_ == "parataxis" and cue.head.i > cue.i and _comma_between(doc, cue.i, cue.head.i)
    )
    if (
        not heads
        and cue.head.i != cue.i
        and (inverted or parenthetical)
        and cue.head.pos_ in {"VERB", "AUX"}
    ):
        # (a coordinated cue without a subject, on a head without one either, does not
        # report its head's clause)
        if not (cue.dep_ == "conj" and _subject(cue) is None and _subject(cue.head) is None):
            content = _subtree(cue.head, exclude=[cue])
            if inverted:  # what follows "…, the SDF said" is not part of what was said
                content = [t for t in content if t.i < cue.left_edge.i]
            return _drop_dateline(_strip_clause_edges(content)), [cue.head]
    if not heads:
        # "denied X", "accused X of Y", "vowed to Y": a nominal or infinitival object.
        # (Only verbs whose object IS the statement: "warned the coalition" names the
        # addressee, "said nothing" no statement.)
        lemma = cue_lemma(cue, lexicon) or ""
        heads = [
            c
            for c in cue_children
            if c.i > cue.i
            and (
                c.dep_ == "xcomp"
                and lemma not in lexicon.no_infinitive_content
                or c.dep_ == "dobj"
                and lemma in lexicon.object_content
                and c.pos_ != "PRON"
            )
        ]
        if lemma in lexicon.naming_verbs:
            # "called the plan "a disaster"", "described him as a fighter": what is called
            # so and what it is called; no content without the second part
            heads = []
            named = [
                c
                for c in cue_children
                if c.i > cue.i
                and (c.dep_ in {"oprd", "ccomp", "xcomp"} or c.dep_ == "prep" and c.lower_ == "as")
            ]
            if named:
                heads = [
                    c
                    for c in cue_children
                    if cue.i < c.i < named[0].i and c.dep_ in {"dobj", "npadvmod"}
                ] + named[:1]
        if not heads and lemma in lexicon.prep_content:
            # "warned against cutting rates", "called for a ban"
            heads = [
                g
                for p in cue_children
                if p.dep_ == "prep" and p.i > cue.i and p.lower_ in lexicon.prep_content[lemma]
                for g in _children(p)
                if g.dep_ in {"pobj", "pcomp"}
            ]
    content: list[Token] = []
    for head in heads:
        nested = _nested_cues(head, lexicon)
        content += _subtree(head, exclude=nested)
        if (
            head.dep_ == "ccomp"
            and head.i > cue.i
            and not any(c.dep_ in CLAUSE_SUBJECT_DEPS or c.dep_ == "expl" for c in _children(head))
        ):
            # "said the days when… were long gone": the parser took the clause's subject
            # for a time adverbial of the cue
            content += [
                t
                for n in cue_children
                if n.dep_ == "npadvmod" and n.pos_ == "NOUN" and cue.i < n.i < head.i
                for t in _subtree_of(n)
            ]
        if head.dep_ == "xcomp":
            # "urged the IMO to send observers": the addressee is part of what is urged
            content += [
                t
                for o in cue_children
                if o.dep_ == "dobj" and cue.i < o.i < head.i
                for t in _subtree_of(o)
            ]
        if head.dep_ == "dobj":
            content += [
                t for p in cue_children if p.dep_ == "prep" and p.i > head.i for t in _subtree_of(p)
            ]
    if subject is not None:
        # (the subject's own phrase only: "groups, who say X" has X in its subtree)
        phrase = _source_phrase(subject)
        banned = set(range(phrase.start, phrase.end))
        content = [t for t in content if t.i not in banned]
    return _drop_dateline(_strip_clause_edges(list({t.i: t for t in content}.values()))), heads


def clause_parts(
    heads: list[Token], content: list[Token], lexicon: ClaimLexicon
) -> list[list[Token]]:
    """Split a content into its coordinated clauses ("that X, and that Y")."""
    if not content:
        return []
    inside = {t.i for t in content}
    conjuncts: list[Token] = []
    for head in heads:
        for t in _conjuncts_in(head):
            if (
                t.pos_ in {"VERB", "AUX"}
                and t.i in inside
                and cue_lemma(t, lexicon) is None
                and any(c.dep_ in CLAUSE_SUBJECT_DEPS or c.dep_ == "mark" for c in _children(t))
            ):
                conjuncts.append(t)
    if not conjuncts:
        return [content]
    parts = []
    in_conjuncts = {s.i for c in conjuncts for s in _subtree_of(c)}
    rest = [t for t in content if t.i not in in_conjuncts]
    parts.append(_strip_clause_edges(rest))
    for c in conjuncts:
        parts.append(_strip_clause_edges([t for t in _subtree_of(c) if t.i in inside]))
    return [p for p in parts if p]
