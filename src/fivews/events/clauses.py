"""How a verb's clause relates to its head's, and which event's clause owns each token.

Rules 2 and 3 of the package docstring: a verb's clause is an event of its own
(``head``), part of its head's event (``fold``: "began to retreat", "deployed to help")
or no narrated event (``skip``: "U.S.-backed"); negated and hypothetical clauses and the
complements of denials and speech acts are not asserted. :class:`ClauseOwnership` then
assigns every token to the event whose clause it is in, memoised once per Doc, so an
event's text, its time and its arguments all read the same clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from fivews.events.lexicon import EventLexicon
from fivews.structure import DocReader
from fivews.syntax import SUBJECT_DEPS

if TYPE_CHECKING:
    from fivews.events.detect import Candidate


def not_asserted(p: DocReader, i: int, lexicon: EventLexicon) -> bool:
    """Negated or hypothetical clause, or the complement of a denial (rule 3)."""
    lex = lexicon
    dep = p.dep[i]
    if dep in ("xcomp", "ccomp") and p.lemma[p.head[i]] in lex.negating_verbs:
        return True  # "denied losing the bridge", "failed to take the town"
    if dep == "xcomp" and p.lemma[p.head[i]] in lex.reporting_verbs:
        return True  # "urged the UN to send observers", "vowed to retake": not done yet
    for c in p.kids[i]:
        child_dep = p.dep[c]
        if child_dep == "neg":
            return True
        if child_dep == "aux" and p.lower[c] in lex.hypothetical_auxiliaries:
            return True
        if child_dep == "mark" and p.lower[c] in lex.hypothetical_marks:
            return True
    return False


def chain_hypothetical(p: DocReader, i: int, lexicon: EventLexicon) -> bool:
    """Whether a complement's governing verbs (xcomp chain) are hypothetical."""
    cur = i
    for _ in range(6):
        if p.dep[cur] not in ("xcomp", "ccomp", "advcl") or p.head[cur] == cur:
            return False
        cur = p.head[cur]
        if not_asserted(p, cur, lexicon):
            return True
    return False


def clause_role(p: DocReader, i: int, lexicon: EventLexicon) -> str:
    """``head`` (an event of its own), ``fold`` (part of its head's event) or ``skip``."""
    dep, tag, kids = p.dep[i], p.tag[i], p.kids[i]
    if dep in ("amod", "compound", "npadvmod", "nmod"):
        return "skip"  # "U.S.-backed", "Kurdish-led": a modifier, not a narrated event
    if dep == "acl":
        if any(p.dep[c] in SUBJECT_DEPS for c in kids):
            return "head"  # a misattached finite clause ("statement that X deployed")
        return "fold" if lexicon.is_event_noun_at(p, p.head[i]) else "skip"
    if (
        dep == "relcl"
        and tag in ("VBZ", "VBP")
        and not any(p.dep[c] in ("aux", "auxpass") for c in kids)
    ):
        return "skip"  # "the group that monitors the war": description, not narration
    if dep == "xcomp":
        return "fold"
    has_mark = any(p.dep[c] == "mark" for c in kids)
    if dep == "advcl" and not has_mark:
        has_to = any(p.dep[c] == "aux" and p.lower[c] == "to" for c in kids)
        if has_to or tag in ("VBG", "VBN"):
            return "fold"  # purpose ("deployed to help") or participle ("…, liberating")
    if dep == "ccomp" and not has_mark and tag in ("VB", "VBG"):
        if p.lemma[p.head[i]] not in lexicon.reporting_verbs:
            return "fold"  # bare infinitive: "helping troops fight"
    if dep == "pcomp" and p.dep[p.head[i]] == "prep":
        return "fold"
    return "head"


def fold_root(target: int, fold_target: dict[int, int]) -> int:
    """Follow fold links up to the token that heads the folded chain."""
    seen = set()
    cur = target
    while cur in fold_target and cur not in seen:
        seen.add(cur)
        cur = fold_target[cur]
    return cur


class ClauseOwnership:
    """Which event's clause each token of a Doc belongs to, memoised per token.

    Args:
        reader: the Doc's reader (token columns).
        lexicon: the event word lists (a reporting verb's clause belongs to no event).
        candidates: the Doc's events; their heads own clauses, their folded verbs' clauses
            belong to the head's.
    """

    def __init__(
        self, reader: DocReader, lexicon: EventLexicon, candidates: list[Candidate]
    ) -> None:
        self.reader = reader
        self.lexicon = lexicon
        self.heads: dict[int, Candidate] = {c.head.i: c for c in candidates}
        self.folded: dict[int, int] = {v.i: c.head.i for c in candidates for v in c.folded}
        self._owner: dict[int, int | None] = {}

    def owner_of(self, start: int) -> int | None:
        """The event head owning the clause of the token at index ``start``, or None
        (another clause, a report); memoised for every token on the path up."""
        memo = self._owner
        if start in memo:
            return memo[start]
        p = self.reader
        path: list[int] = []
        cur = start
        result: int | None = None
        while True:
            if cur in memo:
                result = memo[cur]
                break
            path.append(cur)
            if cur in self.heads:
                result = cur
                break
            if cur in self.folded:
                result = self.folded[cur]
                break
            pos = p.pos[cur]
            if pos == "VERB" and p.lemma[cur] in self.lexicon.reporting_verbs:
                result = None  # a reporting verb's own modifiers ("said Thursday")
                break
            if (
                cur != start
                and pos in ("VERB", "AUX")
                and any(p.dep[c] in SUBJECT_DEPS for c in p.kids[cur])
            ):
                result = None  # crossed into another finite clause that is not an event
                break
            if p.head[cur] == cur:
                result = None
                break
            cur = p.head[cur]
        for i in path:
            memo[i] = result
        return result

    def clause_tokens(self, cand: Candidate) -> list[Token]:
        """Tokens of the event's clause (its subtree minus other events' clauses), in text
        order (a non-projective parse lists a subtree out of order: "what people have
        talked about" puts "what", the object of "about", after "talked")."""
        own = cand.head.i
        doc, owner_of = self.reader.doc, self.owner_of
        kept = sorted(k for k in self.reader.subtree(own) if owner_of(k) == own)
        return [doc[k] for k in kept] or [cand.head]


def trim_clause(tokens: list[Token]) -> tuple[Token, Token]:
    """First and last token of a clause, without edge punctuation, marks or conjunctions."""
    i, j = 0, len(tokens) - 1
    while i < j and (
        tokens[i].dep_ in ("cc", "mark", "punct")
        or tokens[i].tag_ in ("WDT", "WP")
        or tokens[i].is_space
    ):
        i += 1
    while j > i and (tokens[j].dep_ in ("cc", "punct", "prep", "mark") or tokens[j].is_space):
        j -= 1
    return tokens[i], tokens[j]
