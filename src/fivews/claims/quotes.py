"""Quotations: where they are in the text, and which cue each one belongs to.

A quote next to a cue (also across sentences) becomes that cue's direct content; a quote
sentence with no cue right after a direct claim continues it (``Claim.continues``).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from fivews.claims.records import Claim
from fivews.claims.tokens import _strip_clause_edges, _tokens_of
from fivews.structure import doc_text, reader_of

#: Quotation marks: opening -> closing. Straight quotes pair with themselves, and so do
#: two apostrophes, the double quote of some newspapers' plain-text archives.
QUOTE_PAIRS: dict[str, str] = {
    "\u201c": "\u201d",
    '"': '"',
    "\u00ab": "\u00bb",
    "''": "''",
}
#: Any opening mark of :data:`QUOTE_PAIRS` (the two-character one first).
QUOTE_OPENING = re.compile(
    "|".join(re.escape(m) for m in sorted(QUOTE_PAIRS, key=len, reverse=True))
)
#: Minimum tokens for a quotation to be a statement (shorter ones are scare quotes).
MIN_QUOTE_TOKENS = 4


def find_quotes(doc: Doc, min_tokens: int) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of quotations, quote marks excluded.

    Marks pair within a block (paragraph); an unclosed quote runs to the block's end, as
    in multi-paragraph quotes. Quotes shorter than ``min_tokens`` are scare quotes, unless
    they end with a comma, question or exclamation mark.
    """
    text = doc_text(doc)
    blocks = [(b["start"], b["end"]) for b in reader_of(doc).blocks] or [(0, len(text))]
    spans: list[tuple[int, int]] = []
    for b_start, b_end in blocks:
        i = b_start
        # (the next opening mark is searched for, not reached character by character)
        while (opening := QUOTE_OPENING.search(text, i, b_end)) is not None:
            close = QUOTE_PAIRS[opening.group()]
            j = text.find(close, opening.end(), b_end)
            end = j if j != -1 else b_end
            spans.append((opening.end(), end))
            i = end + len(close)
    out = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        # a short quote closed by a comma, question or exclamation mark is an utterance
        # ('"Not even one," he said'), not a scare quote
        if sum(not t.is_punct for t in _tokens_of(span)) >= min_tokens or text[
            start:end
        ].rstrip().endswith((",", "?", "!")):
            out.append((start, end))
    return QuoteSpans(out)


def _quote_is_content(claim: Claim, q_start: int, q_end: int) -> bool:
    """Whether the cue's parsed content is empty or lies inside the quotation."""
    words = [t for t in claim.content if not t.is_punct and not t.is_space]
    return all(q_start <= t.idx < q_end for t in words)


def _only_speaker_between(doc: Doc, claim: Claim, start: int, end: int) -> bool:
    """Whether only the speaker, an addressee or place, and punctuation separate a quote
    from its cue ('"…," Lopez told reporters', 'Lavrov told reporters in Moscow: "…"')."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return True
    subject = (
        range(claim.subject.start, claim.subject.end) if claim.subject is not None else range(0)
    )
    words = [
        t for t in _tokens_of(span) if not t.is_punct and not t.is_space and t.i not in subject
    ]
    if any(t.pos_ in {"VERB", "CCONJ", "AUX"} or t.lower_ in {"and", "but", "or"} for t in words):
        return False
    return len(words) <= 4


def _next_sentence_starts_quote(
    doc: Doc, sentences: list[Span], last: Claim, q_start: int, ends: list[int] | None = None
) -> bool:
    """Whether the quote at ``q_start`` opens the sentence after ``last``'s sentence.

    ``ends``: the sentences' ``end_char``s, when the caller has them (for many quotes).
    """
    anchor = max(
        last.quote[1] if last.quote else 0, last.cue.end_char if last.cue is not None else 0
    )
    # The first sentence with start <= anchor <= end: sentences are sorted and disjoint,
    # so it is the first one ending at or after the anchor, if it starts by then.
    ends = ends if ends is not None else [s.end_char for s in sentences]
    first = bisect.bisect_left(ends, anchor)
    idx = first if first < len(sentences) and sentences[first].start_char <= anchor else None
    if idx is None or idx + 1 >= len(sentences):
        return False
    nxt = sentences[idx + 1]
    if q_start <= nxt.start_char and not doc_text(doc)[q_start : nxt.start_char].strip():
        return True  # the parser left the opening mark at the end of the sentence before
    opening = doc_text(doc)[nxt.start_char : q_start].strip()
    return nxt.start_char <= q_start < nxt.end_char and (
        len(opening) <= 1 or opening in QUOTE_PAIRS
    )


def _resumes_after_cue(doc: Doc, last: Claim, q_start: int) -> bool:
    """Whether the quote at ``q_start`` goes on right after ``last``'s cue and speaker
    ('"We will stay," he said, "and we will rebuild."'): only punctuation between."""
    if last.cue is None or last.quote is None or last.quote[1] > last.cue.start_char:
        return False
    anchor = last.cue.end_char
    if last.subject is not None and last.subject.start_char >= last.cue.start_char:
        anchor = max(anchor, last.subject.end_char)  # '"…," said the mayor, "…"'
    if q_start < anchor:
        return False
    between = doc_text(doc)[anchor:q_start]
    return len(between) <= 6 and not between.strip(" ,.:;\u2014-\n\"'\u201c\u201d")


class QuoteSpans(list[tuple[int, int]]):
    """The quotations of a Doc (a list of ``(start, end)``) that answer :meth:`holds` by
    binary search: a cue test asks it for every candidate verb of the article."""

    _index: tuple[int, list[int], list[tuple[int, int]], int] | None = None

    def holds(self, char: int) -> bool:
        """``any(start <= char < end for start, end in self)``."""
        if self._index is None or self._index[0] != len(self):
            spans = sorted(self)
            longest = max([0] + [e - s for s, e in spans])
            self._index = (len(self), [s for s, _ in spans], spans, longest)
        _, starts, spans, longest = self._index
        lo = bisect.bisect_left(starts, char - longest)
        hi = bisect.bisect_right(starts, char, lo)
        return any(char < e for _, e in spans[lo:hi])


def _in_quote(token: Token, quotes: list[tuple[int, int]]) -> bool:
    if isinstance(quotes, QuoteSpans):
        return quotes.holds(token.idx)
    return any(s <= token.idx < e for s, e in quotes)


#: A full stop, question or exclamation mark followed by a space, with the word before it.
SENTENCE_END = re.compile(r"([\w.]*)([.!?])\s")


def _ends_sentence(text: str, abbreviations: frozenset[str]) -> bool:
    """Whether ``text`` has a sentence end: a full stop after a title abbreviation ("Ms.")
    or an initial ("J.") is none."""
    for m in SENTENCE_END.finditer(text):
        word = m.group(1).lower()
        if m.group(2) == "." and (word in abbreviations or len(word) == 1 and word.isalpha()):
            continue
        return True
    return False


def _attach_quotes(
    doc: Doc,
    sentences: list[Span],
    claims: list[Claim],
    quotes: list[tuple[int, int]],
    abbreviations: frozenset[str] = frozenset(),
) -> list[Claim]:
    """Make quotes next to a cue that cue's direct content; continue quotes without one."""
    by_cue = sorted(
        (c for c in claims if c.cue is not None and c.cue_lemma != "according to"),
        key=lambda c: c.cue.start,
    )
    text = doc_text(doc)
    # A cue further than the quote's line is never taken (a line break between them
    # rules it out, below), so each quote looks only at the cues whose start falls within
    # its line, widened by the longest cue: found by bisection, in the same order.
    cue_starts = [c.cue.start_char for c in by_cue]
    longest_cue = max((c.cue.end_char - c.cue.start_char for c in by_cue), default=0)
    ends = [s.end_char for s in sentences]
    used: set[int] = set()
    for q_start, q_end in quotes:
        best: Claim | None = None
        best_gap = 10**9
        line_start = text.rfind("\n", 0, q_start) + 1
        line_end = text.find("\n", q_end)
        lo = bisect.bisect_left(cue_starts, line_start - longest_cue)
        hi = len(by_cue) if line_end == -1 else bisect.bisect_right(cue_starts, line_end)
        for claim in by_cue[lo:hi]:
            if id(claim) in used:
                continue
            cue_start, cue_end = claim.cue.start_char, claim.cue.end_char
            # the cue may sit right after the quote ('"…," he said') or right before it
            # ('He said: "…"'), with only the speaker and punctuation in between.
            if cue_start >= q_end:
                between_span = (q_end, cue_start)
                # '"… the whole time." Iohannis said X': a quote closed by a full stop
                # belongs to the sentence before, not to the next cue.
                if text[q_start:q_end].rstrip().endswith("."):
                    continue
            elif cue_end <= q_start:
                between_span = (cue_end, q_start)
            else:
                continue
            between = text[between_span[0] : between_span[1]]
            gap = len(between)
            if "\n" in between.strip(" ") or _ends_sentence(between, abbreviations):
                continue
            if not _quote_is_content(claim, q_start, q_end):
                continue  # 'said the plan was "a disaster"': a partial quote, indirect
            if not _only_speaker_between(doc, claim, *between_span):
                continue
            if gap < best_gap:
                best, best_gap = claim, gap
        if best is not None:
            used.add(id(best))
            best.quote = (q_start, q_end)
            best.direct = True
            span = doc.char_span(q_start, q_end, alignment_mode="expand")
            best.content = (
                _strip_clause_edges(list(_tokens_of(span))) if span is not None else best.content
            )
            best.parts = [best.content]
            continue
        # A quote with no cue of its own that opens the sentence right after a direct
        # claim's sentence (or the next paragraph): the same speaker goes on
        # ('"…," he said. "We will not stop."').
        prev = [c for c in claims if c.direct and c.quote and c.quote[1] <= q_start]
        if not prev:
            continue
        last = max(prev, key=lambda c: c.quote[1])  # type: ignore[index]
        if not (
            _resumes_after_cue(doc, last, q_start)
            or _next_sentence_starts_quote(doc, sentences, last, q_start, ends)
        ):
            continue
        span = doc.char_span(q_start, q_end, alignment_mode="expand")
        if span is None:
            continue
        cont = Claim(
            cue=None,
            cue_lemma=last.cue_lemma,
            subject=last.subject,
            content=_strip_clause_edges(list(_tokens_of(span))),
            direct=True,
            quote=(q_start, q_end),
        )
        cont.parts = [cont.content]
        cont.continues = last
        claims.append(cont)
    # A content that swallowed a neighbouring quote's text keeps only its own clause.
    return [c for c in claims if c.content]
