"""Which label a mention gets: labels repaired from evidence in the text (titles,
surnames, the alias file, event words, the gazetteer), then one label per name by vote."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.strings import hash_string
from spacy.tokens import Doc

from fivews import geo
from fivews.entities.constants import PLACE_LABELS, label_rank
from fivews.entities.known_names import _exact_place
from fivews.entities.lexicon import _event_words, load_aliases, locative_words
from fivews.entities.names import alias_key, clean_name, name_key
from fivews.entities.person_names import _person_tokens, strip_title
from fivews.entities.records import SpanLabels
from fivews.structure import doc_text, reader_of
from fivews.structure.overlaps import SpanOverlaps


def repair_labels(doc: Doc, spans: SpanLabels) -> SpanLabels:
    """Fix labels the small statistical model often gets wrong, from evidence in the text.

    * a name right after a title ("regional governor Oleh Kiper") is a PERSON;
    * a single word equal to a person's surname elsewhere ("Lavrov") is that PERSON;
    * a name in the alias file takes the alias file's label ("Kyiv" is a GPE);
    * a name after an event word ("Hurricane Ida") is an EVENT;
    * a NORP that is no nationality, or a PERSON/ORG after a locative word ("west of
      al-Fashir", "in El Fasher"), that the gazetteer knows exactly, is a place.
    """
    event_words, event_hashes = _event_words()
    locatives = locative_words()
    out = dict(spans)
    # Names of events ("Hurricane Ida" -> "ida"): a bare "Ida" later is the storm too.
    reader = reader_of(doc)
    lower, is_title = reader.lower_ids, reader.is_title
    events = {
        doc.vocab.strings[lower[i + 1]]
        for i in range(len(lower) - 1)
        if lower[i] in event_hashes and is_title[i] and is_title[i + 1]
    }
    full_text = doc_text(doc)
    aliases = load_aliases()
    # Each mention's cleaned name and the words before it, computed once for the loops.
    names = {(s, e): clean_name(full_text[s:e]) for s, e in spans}
    befores = {s: full_text[max(0, s - 40) : s].split() for s, _ in spans}
    for (s, e), label in spans.items():
        words = names[(s, e)].split()
        before = befores[s]
        if label == "EVENT" and len(words) > 1 and words[0].lower() in event_words:
            events.add(" ".join(words[1:]).lower())
        elif before and (
            before[-1].lower() in event_words or " ".join(before[-2:]).lower() in event_words
        ):
            events.add(" ".join(words).lower())
    for (s, e), label in spans.items():
        text = names[(s, e)]
        if text.lower() in events or text.split()[0].lower() in event_words:
            out[(s, e)] = "EVENT"  # "Typhoon", "Typhoon Doksuri", a later bare "Doksuri"
            continue
        before = befores[s]
        prev = before[-1].lower() if before else ""
        prev2 = before[-2].lower() if len(before) > 1 else ""
        alias = aliases.get(alias_key(text))
        if alias:
            out[(s, e)] = (
                alias[1]
                if alias[1] != "GPE" or label in PLACE_LABELS | {"PERSON", "ORG"}
                else label
            )
            continue
        if prev in event_words or f"{prev2} {prev}" in event_words:
            out[(s, e)] = "EVENT"
            continue
        if (
            label != "PERSON"
            and 2 <= len(text.split()) <= 4
            and all(w[0].isupper() for w in text.split())
            and _ends_with_title(before)
        ):
            out[(s, e)] = "PERSON"
            continue
        if (
            label == "NORP"
            and not geo.country_of_demonym(text)
            or (
                label in ("PERSON", "ORG")
                and (prev in locatives or (prev == "the" and prev2 in locatives))
            )
            or (label == "PERSON" and prev == "the")
            or (label == "PERSON" and prev in ("and", "or") and _place_before(doc, out, s))
        ):
            hit = _exact_place(text, min_confidence=0.5)
            if hit:
                out[(s, e)] = (
                    "LOC" if hit["kind"] in ("river", "sea", "region", "continent") else "GPE"
                )
            continue
        if label != "PERSON" and prev == "as" and prev2 == "known":
            out[(s, e)] = "PERSON"  # "..., widely known as Hemedti"
    full_names = [_person_tokens(full_text[s:e]) for (s, e), lab in out.items() if lab == "PERSON"]
    surnames = {tokens[-1] for tokens in full_names if len(tokens) >= 2}
    for (s, e), label in out.items():
        text = names[(s, e)]
        if (
            label not in ("PERSON", "EVENT")
            and len(text.split()) == 1
            and text.lower() in surnames
            and not aliases.get(alias_key(text))
            and not _exact_place(text, countries_only=True)
        ):
            out[(s, e)] = "PERSON"
    # A surname the NER missed ("Dagalo, widely known as ...").
    surname_hashes = {hash_string(name) for name in surnames}
    taken = SpanOverlaps(out if surnames else ())
    for i, word in enumerate(lower if surnames else ()):
        if word not in surname_hashes or not is_title[i]:
            continue
        start, end = reader.idx[i], reader.idx[i] + len(reader.text[i])
        if not doc[i].is_stop and not taken.overlaps(start, end):
            out[(start, end)] = "PERSON"
            taken.add(start, end)
    return out


def vote_labels(doc: Doc, spans: SpanLabels) -> SpanLabels:
    """Give all mentions of a name its majority label (EVENT if any mention is one).

    On a tie a mention keeps its label if it is among the tied ones, else takes the
    first tied label in :data:`~fivews.entities.constants.LABEL_PRIORITY`.
    """
    full_text = doc_text(doc)
    keys = {(s, e): name_key(full_text[s:e]) for s, e in spans}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for span, label in spans.items():
        votes[keys[span]][label] += 1
    out = {}
    for (s, e), label in spans.items():
        counts = votes[keys[(s, e)]]
        if counts.get("EVENT"):
            out[(s, e)] = "EVENT"  # "Hurricane Ida" makes every "Ida" the storm
            continue
        best = max(counts.values())
        tied = [lab for lab, n in counts.items() if n == best]
        out[(s, e)] = label if label in tied else min(tied, key=label_rank)
    return out


def _place_before(doc: Doc, spans: SpanLabels, start: int) -> bool:
    """Whether a place mention ends right before the "and"/"or" that precedes ``start``."""
    # The end of ``text[:start].rstrip()`` cut at its last space and stripped again,
    # found without copying the text before ``start``.
    text = doc_text(doc)
    end = _rstripped_end(text, start)
    space = text.rfind(" ", 0, end)
    end = _rstripped_end(text, space) if space >= 0 else 0
    return any(e == end and label in PLACE_LABELS for (s, e), label in spans.items())


def _rstripped_end(text: str, end: int) -> int:
    """``len(text[:end].rstrip())``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _ends_with_title(words: list[str]) -> bool:
    """Whether the words before a name end with a title ("... regional governor")."""
    for k in range(max(0, len(words) - 4), len(words)):
        title, rest = strip_title(words[k:] + ["X"])
        if title and rest == ["X"]:
            return True
    return False
