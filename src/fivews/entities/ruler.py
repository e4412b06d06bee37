"""The ruler's pattern file (``data/entity_patterns.jsonl``), run by spaCy's ``SpanRuler``
on windows around anchor tokens, and its matches joined with the NER mentions.

spaCy's ``Matcher`` starts every pattern at every token (about 2 ms an article for the 15
patterns). Each token pattern here has a required token from a short list ("-", "al",
"bin", ...), so the Matcher runs only on windows around such tokens, as wide as the
pattern is long: every match lies in one window, and a window match is a match in the Doc
(no pattern looks beyond its tokens).
"""

from __future__ import annotations

import warnings
from typing import Any

from spacy.pipeline import SpanRuler
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from fivews.entities.constants import ACTOR_LABELS
from fivews.entities.lexicon import load_name_prefixes
from fivews.entities.names import acronym_of
from fivews.entities.records import SpanLabels
from fivews.structure import DocReader, reader_of


def pattern_matches(
    span_ruler: SpanRuler,
    anchors: _PatternAnchors,
    doc: Doc,
) -> list[Span]:
    """The matches of ``span_ruler``, exactly as ``SpanRuler.match`` returns them (sorted
    Spans), with its token patterns run only on the ``anchors``' windows.

    Args:
        span_ruler: the ``SpanRuler`` holding the patterns.
        anchors: the same patterns' :class:`_PatternAnchors`.
        doc: the Doc to search (its tokens are read with :func:`fivews.structure.reader_of`).
    """
    # The windowed run rebuilds SpanRuler.match's Spans from the ruler's private key ->
    # label map (spaCy 3.8); a spaCy without it gets the ruler's own (slower) match.
    labels = getattr(span_ruler, "_match_label_id_map", None)
    if labels is None:
        return list(span_ruler.match(doc))
    matcher = span_ruler.matcher
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="\\[W036")
        if anchors.whole_doc:
            matches = list(matcher(doc))
        else:
            matches = [
                (key, start + a, end + a)
                for a, b in anchors.windows(reader_of(doc))
                for key, start, end in matcher(doc[a:b])
            ]
        matches += list(span_ruler.phrase_matcher(doc))
    # As SpanRuler.match: one Span per (start, end, label, id), sorted.
    found = {
        Span(doc, start, end, label=labels[key]["label"], span_id=labels[key]["id"])
        for key, start, end in matches
        if start != end
    }
    return sorted(found)


def apply_patterns(spans: SpanLabels, matches: list[Span]) -> SpanLabels:
    """Join pattern ``matches`` with the mentions ``spans`` they overlap.

    A ``_NAME`` match (a name shape kept whole) is joined with the NER spans it overlaps
    and takes their label, or the label its first word implies
    (``data/entity_name_prefixes.json``); a known name replaces the fragments it
    overlaps. An acronym match in a shouted, all-caps sentence is ignored.
    """
    prefixes = load_name_prefixes()
    out = dict(spans)
    for match in matches:
        overlapping = [(s, e) for (s, e) in out if s < match.end_char and match.start_char < e]
        if match.label_ == "_NAME":
            hyphenated = any(t.text == "-" for t in match)
            first_label = prefixes.get(match[0].text)
            if not overlapping and not first_label:
                continue  # an unknown name shape with no NER support: leave it
            if not hyphenated and not first_label:
                continue  # "X el Y" without hyphen only after a known name word
            labels = [out[k] for k in overlapping if out[k] in ACTOR_LABELS]
            label = labels[0] if labels else first_label
            if label is None:
                continue
            start = min([match.start_char] + [s for s, _ in overlapping])
            end = max([match.end_char] + [e for _, e in overlapping])
        else:
            if acronym_of(match.text) and _shouting(match.sent):
                continue  # "IS" in an all-caps headline is the verb
            label = match.label_
            # A known name replaces the fragments it overlaps, or is kept inside a
            # longer NER span ("the Islamic State group").
            if any(
                s <= match.start_char
                and match.end_char <= e
                and (e - s) > len(match.text)
                and out[(s, e)] == label
                for s, e in overlapping
            ):
                continue
            start, end = match.start_char, match.end_char
        for key in overlapping:
            out.pop(key, None)
        out[(start, end)] = label
    return out


def _shouting(sent: Span) -> bool:
    """Whether a sentence is written in capitals (most of its alphabetic tokens)."""
    words = [t for t in sent if t.is_alpha and len(t) > 1]
    return len(words) >= 3 and sum(t.is_upper for t in words) / len(words) > 0.6


#: Token-pattern keys an anchor token can be found by, and the token column it is read from
#: (:attr:`~fivews.structure.DocReader.text`, :attr:`~fivews.structure.DocReader.lower_ids`).
_ANCHOR_KEYS: dict[str, str] = {"ORTH": "text", "TEXT": "text", "LOWER": "lower"}


def _anchor(pattern: list[dict[str, Any]]) -> tuple[str, frozenset[str], int] | None:
    """A token every match of ``pattern`` has: ``(attribute, its values, position)``.

    The required token with the fewest possible values, e.g. ``("text", {"-"}, 2)``. None
    when there is none, or when an operator other than ``?`` makes a match's length
    unbounded: the pattern then runs on the whole Doc.
    """
    best: tuple[str, frozenset[str], int] | None = None
    for k, spec in enumerate(pattern):
        op = spec.get("OP")
        if op not in (None, "?"):
            return None
        if op is not None:
            continue
        for key, value in spec.items():
            attr = _ANCHOR_KEYS.get(key.upper())
            if attr is None:
                continue
            if isinstance(value, str):
                values = frozenset([value])
            elif (
                isinstance(value, dict)
                and list(value) == ["IN"]
                and all(isinstance(v, str) for v in value["IN"])
            ):
                values = frozenset(value["IN"])
            else:
                continue
            if best is None or len(values) < len(best[1]):
                best = (attr, values, k)
    return best


class _PatternAnchors:
    """Where the token patterns can match: windows around their anchor tokens.

    See :func:`pattern_matches`. ``reach`` maps an attribute ("text",
    "lower") and an anchor value to how many tokens a match can extend before and
    after the anchor (the largest over the patterns anchored on that value).
    """

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        # "lower" values are string hashes, as in DocReader.lower_ids.
        self.reach: dict[str, dict[Any, tuple[int, int]]] = {"text": {}, "lower": {}}
        #: A token pattern without an anchor: the Matcher must run on the whole Doc.
        self.whole_doc = False
        for entry in patterns:
            pattern = entry["pattern"]
            if isinstance(pattern, str):
                continue  # a phrase pattern: the PhraseMatcher is fast on the whole Doc
            anchor = _anchor(pattern)
            if anchor is None:
                self.whole_doc = True
                continue
            attr, values, k = anchor
            table = self.reach[attr]
            for value in values:
                key = hash_string(value) if attr == "lower" else value
                before, after = table.get(key, (0, 0))
                table[key] = (max(before, k), max(after, len(pattern) - k - 1))

    def windows(self, reader: DocReader) -> list[tuple[int, int]]:
        """Disjoint token ranges ``(start, end)`` of the reader's Doc that together hold
        every match."""
        n = len(reader.text)
        found = []
        columns = ((reader.text, self.reach["text"]), (reader.lower_ids, self.reach["lower"]))
        for values, table in columns:
            present = table.keys() & set(values)  # most anchors are absent from an article
            if not present:
                continue
            for i in [i for i, value in enumerate(values) if value in present]:
                before, after = table[values[i]]
                found.append((max(0, i - before), min(n, i + after + 1)))
        found.sort()
        merged: list[list[int]] = []
        for start, end in found:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [(start, end) for start, end in merged]
