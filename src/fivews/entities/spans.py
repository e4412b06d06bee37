"""Mention spans corrected: known names split off the participles they are glued to,
possessives, unbalanced brackets and trailing titles cut, and the mentions the NER missed
added (acronym definitions' long forms, well-known places, repeats of a found name)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import PROPN
from spacy.tokens import Doc

from fivews import geo
from fivews.entities.constants import ACRONYM, ACTOR_LABELS, GLUED_NAME, INITIALS_SKIP
from fivews.entities.known_names import (
    _city_population,
    _exact_place,
    known_name_label,
    normalize_exact,
)
from fivews.entities.lexicon import locative_words
from fivews.entities.names import initials, strip_possessive
from fivews.entities.person_names import strip_title
from fivews.entities.records import RulerResult, SpanLabels
from fivews.structure import doc_text, reader_of
from fivews.structure.overlaps import SpanOverlaps

# --------------------------------------------------------------------------- boundaries


def split_glued_names(doc: Doc, spans: SpanLabels, result: RulerResult) -> SpanLabels:
    """Split a known name off the participle it is glued to ("U.S.-backed" -> "U.S.").

    The token split is recorded in ``result.splits`` (done later, by the component's
    ``set_annotations``); the name gets a mention with its known label
    (:func:`~fivews.entities.known_names.known_name_label`).
    """
    out = dict(spans)
    reader = reader_of(doc)
    offsets = reader.idx
    for i, text in enumerate(reader.text):
        found = GLUED_NAME.match(text) if "-" in text else None
        idx = offsets[i]
        if not found or any(s < idx + len(text) and idx < e for s, e in out):
            continue
        label = known_name_label(found["name"])
        if label is None:
            continue
        result.splits.append((i, [found["name"], "-", found["rest"]], 0))
        out[(idx, idx + len(found["name"]))] = label
    return out


def strip_possessives(doc: Doc, spans: SpanLabels) -> SpanLabels:
    """Cut a possessive clitic off the end of each mention ("Raqqa’s" -> "Raqqa")."""
    return {_strip_possessive(doc, s, e): label for (s, e), label in spans.items()}


def _strip_possessive(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc_text(doc)[start:end]
    stripped = strip_possessive(text)
    return start, start + len(stripped)


def trim_mentions(doc: Doc, spans: SpanLabels) -> SpanLabels:
    """Cut unbalanced brackets ("Center (NHC") and a trailing title ("FEMA Administrator")."""
    out: SpanLabels = {}
    for (s, e), label in spans.items():
        text = doc_text(doc)[s:e]
        if text.count("(") != text.count(")"):
            cut = text.find("(") if text.count("(") > text.count(")") else text.find(")")
            e = s + len(text[:cut].rstrip())
            text = doc_text(doc)[s:e]
        words = text.split()
        if label == "ORG" and len(words) >= 2:
            for k in range(1, len(words)):
                _, rest = strip_title(words[k:] + ["X"])
                if rest == ["X"]:
                    e = s + len(" ".join(words[:k]))
                    break
        if e > s:
            out[(s, e)] = label
    return out


# --------------------------------------------------------------------------- missed mentions


def add_definitions(doc: Doc, spans: SpanLabels) -> SpanLabels:
    """Tag the long form of an acronym definition: "Doctors Without Borders (MSF)"."""
    out = dict(spans)
    text = reader_of(doc).text
    for k in range(1, len(text) - 2):
        if text[k] != "(" or not ACRONYM.match(text[k + 1]) or text[k + 2] != ")":
            continue
        token = doc[k]
        i = token.i - 1
        while (
            i >= 0
            and (
                doc[i].is_title
                or doc[i].is_upper
                or (doc[i].lower_ in INITIALS_SKIP and i < token.i - 1)
                or (doc[i].text == "," and i > 0 and doc[i - 1].is_title and i < token.i - 1)
            )
            and not doc[i].is_sent_start
        ):
            i -= 1
        if i >= 0 and doc[i].is_sent_start and doc[i].is_title and doc[i].lower_ != "the":
            i -= 1
        while doc[i + 1].lower_ in INITIALS_SKIP:
            i += 1
        long_form = doc[i + 1 : token.i]
        if sum(t.is_title for t in long_form) < 2:
            continue
        acronym = doc[token.i + 1]
        short_key = (acronym.idx, acronym.idx + len(acronym.text))
        long_key = (long_form.start_char, long_form.end_char)
        overlapping = [k for k in out if k[0] < long_form.end_char and long_form.start_char < k[1]]
        if overlapping and initials(long_form.text) == acronym.text.replace(".", ""):
            # The initials prove the whole run is one name the NER cut in pieces
            # ("Philippine Atmospheric, Geophysical and ... (PAGASA)").
            labels = [out.pop(k) for k in overlapping]
            out[long_key] = next((lab for lab in labels if lab == "ORG"), labels[0])
            if not any(a < short_key[1] and short_key[0] < b for a, b in out):
                out[short_key] = out[long_key]
        elif not overlapping:
            out[long_key] = out.get(short_key, "ORG")
        elif not any(a < short_key[1] and short_key[0] < b for a, b in out):
            ending = [k for k in overlapping if k[1] == long_key[1]]
            if ending:
                out[short_key] = out[ending[0]]  # the acronym the NER missed
    return out


def add_known_places(doc: Doc, spans: SpanLabels) -> SpanLabels:
    """Tag a lone proper noun the gazetteer knows as a country, region or big city.

    The statistical model misses some well-known places ("Aleppo’s governor"). A
    single title-case proper noun is tagged GPE when it names a country exactly, or
    a region or city of 100,000+ people and stands after a locative word ("in", "near")
    or before a possessive or comma.
    """
    out = dict(spans)
    taken = SpanOverlaps(out)
    locatives = locative_words()
    reader = reader_of(doc)
    words, is_title, pos = reader.text, reader.is_title, reader.pos_ids
    n = len(words)
    for i, word in enumerate(words):
        if pos[i] != PROPN or not is_title[i] or len(word) < 4:
            continue
        # A neighbour that is a title-case proper noun too: part of a longer name.
        if (i > 0 and is_title[i - 1] and pos[i - 1] == PROPN) or (
            i + 1 < n and is_title[i + 1] and pos[i + 1] == PROPN
        ):
            continue
        start, end = reader.idx[i], reader.idx[i] + len(word)
        if taken.overlaps(start, end):
            continue
        if geo.normalize_place_name(word) not in geo.load_gazetteer().by_key:
            continue  # exact gazetteer names only: no fuzzy look-up for every word
        hit = _exact_place(word, min_confidence=0.5)  # any reading: "Gainesville" FL or GA
        if hit is None or not normalize_exact(word, hit["name"]) and hit["kind"] != "country":
            continue
        nxt = words[i + 1] if i + 1 < n else ""
        prev = doc[i - 1].lower_ if i > 0 else ""
        supported = (
            hit["kind"] == "country"
            or (hit["kind"] in ("us_state", "region") or _city_population(hit) >= 100_000)
            and (prev in locatives or nxt in ("’s", "'s", ","))
        )
        if supported:
            out[(start, end)] = "GPE"
            taken.add(start, end)
    return out


def propagate_names(doc: Doc, spans: SpanLabels) -> SpanLabels:
    """Tag the other occurrences of a name the NER found once ("RSF" ... "RSF fighters").

    Only names with a capital letter, at least 3 characters, whose occurrence is a
    proper noun or in capitals and overlaps no other mention.
    """
    out = dict(spans)
    names: dict[str, str] = {}
    for (s, e), label in spans.items():
        text = doc_text(doc)[s:e]
        if (
            label in ACTOR_LABELS | {"EVENT"}
            and len(text) >= 3
            and any(c.isupper() for c in text)
            and not text.lower().startswith("the ")
        ):
            names.setdefault(text, label)
    taken = SpanOverlaps(out)
    for text, label in names.items():
        for s, e in _whole_word_occurrences(doc_text(doc), text):
            if taken.overlaps(s, e):
                continue
            span = doc.char_span(s, e)
            if span is None or not all(
                t.pos_ == "PROPN" or t.is_upper or not t.is_alpha for t in span
            ):
                continue
            out[(s, e)] = label
            taken.add(s, e)
    return out


def _is_word_char(ch: str) -> bool:
    """Whether ``ch`` is what ``\\w`` matches in a ``str`` regex."""
    return ch.isalnum() or ch == "_"


def _whole_word_occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Character spans of ``name`` in ``text`` not glued to a word, dot or hyphen.

    The same spans as ``re.finditer(rf"(?<![\\w.-]){re.escape(name)}(?![\\w-])", text)``,
    without compiling one regex per name and article (re's cache is too small for that).
    """
    pos, size = 0, len(name)
    while (start := text.find(name, pos)) >= 0:
        end = start + size
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if (before and (_is_word_char(before) or before in ".-")) or (
            after and (_is_word_char(after) or after == "-")
        ):
            pos = start + 1
            continue
        yield start, end
        pos = end if size else end + 1


def add_dateline_place(doc: Doc, spans: SpanLabels) -> SpanLabels:
    """Tag the place of the article's wire dateline ("BEIRUT —", "NEWARK --") a place.

    The statistical model often misses an all-caps word before a dash, or takes it for an
    organisation; a dateline's place is a place when the gazetteer knows its name
    exactly. Mentions overlapping it give way.
    """
    datelines = reader_of(doc).datelines
    if not datelines:
        return spans
    place = datelines[0][1]["place"]
    start, end = place["start"], place["end"]
    if end <= start or geo.normalize_place_name(place["text"]) not in geo.load_gazetteer().by_key:
        return spans
    out = {k: v for k, v in spans.items() if not (k[0] < end and start < k[1])}
    out[(start, end)] = "GPE"
    return out
