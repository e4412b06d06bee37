"""Where it happened: a place of the event's clause, else the dateline, else the lead.

The options, each scored, are the GPE/LOC/FAC places of the event's sentence (preferring
the object of a locative preposition, "in northern Kunduz province", over places that
are actors, "Brazil beat Argentina": see :func:`_place_role_score`), the wire dateline
("KABUL, Afghanistan (AP) —"), the places of the other lead sentences, and the most
salient place of ``doc._.entities``. Coordinates come from the entities layer and break
near-ties.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Span, Token

from fivews.five_ws.candidates import article_sections
from fivews.five_ws.clauses import event_region_of
from fivews.five_ws.dateline import dateline_chars, dateline_range
from fivews.five_ws.lexicon import PLACE_LABELS, FiveWsLexicon, load_lexicon
from fivews.five_ws.records import Candidate, WhereAnswer, linked_span
from fivews.structure import DocReader, dict_items
from fivews.syntax import CLAUSE_SUBJECT_DEPS

#: The dateline's place: where the story was filed, beaten by a place the event's
#: clause names with a preposition of scene ("in northern Kunduz province").
DATELINE_SCORE = 2.6
#: spaCy labels of a mention that is no place, whatever label a later layer gave it.
NON_PLACE_LABELS = frozenset({"PERSON", "NORP", "ORG"})


def where_answer(
    cand: Candidate, reader: DocReader, lexicon: FiveWsLexicon, lead_sentences: int
) -> WhereAnswer:
    """The where of the main event (see the module docstring)."""
    doc = reader.doc
    options: list[tuple[float, WhereAnswer]] = []
    # A title given apart (its own Doc) has no place with offsets in the text: the
    # dateline and the lead answer, as for a headline line that names no place.
    in_text = cand.sentence.doc is doc
    region = event_region_of(reader, cand.verb, lexicon) if in_text else set()
    for span, entity in place_mentions(cand.sentence, reader) if in_text else ():
        score = 1.0 + _place_role_score(span, cand, region, lexicon)
        options.append((score, _place_answer(span, entity, "sentence", lexicon)))
    dateline = dateline_chars(reader)
    if dateline is not None:
        span = doc.char_span(dateline[0], dateline[1], alignment_mode="expand")
        if span is not None:
            entity = reader.layers.entity_at(span.start_char, span.end_char, labels=PLACE_LABELS)
            entity = entity or _entity_named(span.text, reader)
            options.append((DATELINE_SCORE, _place_answer(span, entity, "dateline", lexicon)))
    _, body = article_sections(reader)
    for sent in body[:lead_sentences]:
        if in_text and sent.start == cand.sentence.start:
            continue
        for span, entity in place_mentions(sent, reader):
            if not modifies_non_place(span, lexicon):
                options.append((0.5, _place_answer(span, entity, "lead", lexicon)))
    places = [
        e for e in reader.layers.entities if e.get("label") in PLACE_LABELS and e.get("mentions")
    ]
    if places:
        top = max(places, key=lambda e: float(e.get("salience") or 0.0))
        for mention in dict_items(top["mentions"]):
            span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            # A demonym ("the Dutch minister") names the country but is no place.
            if (
                span is not None
                and span.root.pos_ != "ADJ"
                and is_place_name(span)
                and not modifies_non_place(span, lexicon)
            ):
                options.append((0.2, _place_answer(span, top, "salience", lexicon)))
                break
    if not options:
        return {
            "text": None,
            "start": None,
            "end": None,
            "entity": None,
            "lat": None,
            "lon": None,
            "name": None,
            "source": None,
        }
    # Coordinates break near-ties: a place on the map is more useful.
    options.sort(key=lambda o: -(o[0] + (0.2 if o[1]["lat"] is not None else 0.0)))
    return options[0][1]


def place_mentions(sent: Span, reader: DocReader) -> Iterator[tuple[Span, dict | None]]:
    """Place mentions in a sentence: the entities layer's, and spaCy's GPE/LOC/FAC
    entities it does not cover. Demonyms ("Ukrainian") and the dateline are skipped."""
    doc, layers = reader.doc, reader.layers
    taken: set[int] = set()
    found: list[tuple[Span, dict | None]] = []
    for entity in layers.entities:
        if entity.get("label") not in PLACE_LABELS:
            continue
        for mention in dict_items(entity.get("mentions")):
            start = mention.get("start")
            if isinstance(start, int) and sent.start_char <= start < sent.end_char:
                span = doc.char_span(start, mention["end"], alignment_mode="expand")
                if span is not None:
                    taken.update(range(span.start, span.end))
                    found.append((span, entity))
    for ent in reader.ents_in(sent.start, sent.end):
        if ent.label_ in PLACE_LABELS and not taken.intersection(range(ent.start, ent.end)):
            found.append((ent, layers.entity_at(ent.start_char, ent.end_char, labels=PLACE_LABELS)))
    dateline = dateline_range(reader)
    first_names = person_first_names(reader)
    for span, entity in found:
        if span.root.pos_ == "ADJ" or span.root.i in dateline or not is_place_name(span):
            continue
        if len(span) == 1 and span.text.casefold() in first_names:
            continue  # "Ivana" of "Ivana Trump": a person's first name, whatever a gazetteer says
        if names_a_day(span) or completes_a_title(span, reader):
            continue
        yield span, entity


def person_first_names(reader: DocReader) -> frozenset[str]:
    """First words of the article's multi-word person names (``doc._.entities`` and
    spaCy's PERSON entities), case-folded, read once per reading: a one-word "place"
    equal to one is a person named by first name."""
    return reader.memoised("five_ws.person_first_names", _person_first_names)


def _person_first_names(reader: DocReader) -> frozenset[str]:
    names = [str(e.get("name") or "") for e in reader.layers.entities if e.get("label") == "PERSON"]
    names += [e.text for e in reader.ents if e.label_ == "PERSON"]
    return frozenset(n.split()[0].casefold() for n in names if len(n.split()) > 1)


def names_a_day(span: Span) -> bool:
    """Whether a one-word "place" is the first word of a day's name: the object of "on"
    written right before a word of a date ("on Super Tuesday", which NER splits into a
    place and a date), whatever a gazetteer holds under that word."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or span.start == 0:
        return False
    after = doc[span.end]
    return (
        doc[span.start - 1].lower_ == "on"
        and after.ent_type_ in ("DATE", "TIME")
        and after.is_title
        and span[-1].whitespace_ != ""
        and after.ent_iob_ == "B"
    )


def completes_a_title(span: Span, reader: DocReader) -> bool:
    """Whether a place name ends a capitalised "X of Y" name whose head is no place
    ("Secretary of State", "Department of Energy", "Bank of England"): the name of an
    office or an organisation, not the scene. A head that is a place noun ("City of
    London", "Province of Ontario") or a place itself keeps the name a place."""
    root = span.root
    if span.start == 0 or root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    prep = root.head
    head = prep.head
    if prep.i != span.start - 1 or head.i != prep.i - 1 or not head.is_title:
        return False
    if head.ent_type_ in PLACE_LABELS or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return head.lower_ not in load_lexicon().place_heads


def modifies_non_place(span: Span, lexicon: FiveWsLexicon) -> bool:
    """Whether a place name modifies a noun that is no place ("the Texas senator",
    "Republican hopefuls", "the New York businessman") or titles a person ("Texas
    Senator Ted Cruz"): outside the event's own sentence
    such a name is never the scene ("the Kunduz attack" in the event's sentence may be)."""
    root = span.root
    if (
        root.dep_ in ("compound", "amod", "nmod")
        and root.head.pos_ == "NOUN"
        and root.head.lower_ not in lexicon.place_heads
    ):
        return True
    return titles_a_person(root)


def titles_a_person(token: Token) -> bool:
    """Whether a place word is part of a person's title ("Texas Senator Ted Cruz", "Ohio
    Gov. John Kasich"): a chain of compounds from it ends on a person's name."""
    node = token
    for _ in range(4):
        if node.dep_ != "compound" or node.head.i == node.i:
            return False
        node = node.head
        if node.ent_type_ == "PERSON":
            return True
    return False


def is_place_name(span: Span) -> bool:
    """Whether a mention labelled a place reads as a place name: it has a capitalised
    word, and it is not a single plural name ("Republicans", "Floridians": a party's or
    a state's people, whatever a gazetteer holds under that name) nor a person,
    group or organisation by spaCy's own reading, nor a word of political affiliation
    ("Republican", which NER sometimes labels a place)."""
    if not any(t.is_alpha and t.text[0].isupper() for t in span):
        return False
    if all(t.lower_ in load_lexicon().affiliation_words for t in span if t.is_alpha):
        return False
    if len(span) == 1 and span.root.tag_ in ("NNPS", "NNS"):
        return False
    return span.root.ent_type_ not in NON_PLACE_LABELS


def _place_role_score(
    span: Span, cand: Candidate, region: set[int], lexicon: FiveWsLexicon
) -> float:
    """How much a place mention reads as the event's location (not an actor).

    Walks up from the mention through noun modifiers and "of"/"for" phrases: the
    object of a locative preposition scores (less the more nouns away it is); a
    place that is itself a subject or object is an actor; a possessive or a place
    that contains another place named in the same phrase ("Deir el-Zour in eastern
    Syria", "China's Shanxi province") is a container, less specific.
    """
    root = span.root
    score = 1.0 if root.i in region else 0.0
    token, hops = root, 0
    for _ in range(8):
        if token.dep_ == "pobj":
            prep = token.head
            if prep.dep_ == "agent":
                score -= 2.0  # "launched by Russia": an actor
                break
            if (
                prep.lower_ in lexicon.locative_prepositions
                and prep.head.dep_ not in CLAUSE_SUBJECT_DEPS
            ):
                outer = prep.head.head if prep.head.dep_ == "pobj" else None
                if _is_direction(prep, lexicon) or (
                    outer is not None and _is_direction(outer, lexicon)
                ):
                    # "came to the U.S.", "people from El Salvador", "refugees from camps in
                    # Jordan": where someone goes or comes from, not the scene
                    score += 0.5
                else:
                    score += max(0.5, 2.0 - 0.25 * hops)
                if prep.head.pos_ in ("NOUN", "PROPN") and _holds_place(prep.head, token):
                    score -= 0.8  # the place contains the one its phrase is attached to
                break
            if prep.head.pos_ in ("NOUN", "PROPN"):  # "the city of X", "the battle for X"
                token, hops = prep.head, hops + 1
                continue
            break
        if token.dep_ in CLAUSE_SUBJECT_DEPS or token.dep_ in lexicon.object_deps:
            # The place is (or modifies) a participant: "Brazil beat Argentina".
            score += -3.0 if token.i == root.i else -0.5
            break
        if token.dep_ in ("compound", "amod", "poss", "nmod", "appos", "conj"):
            token = token.head
            continue
        break
    if root.dep_ == "poss":
        score -= 0.6  # "China's Shanxi province": the possessor contains the place
    if modifies_non_place(span, lexicon):
        score -= 1.0  # "the Texas senator", "Republican hopefuls": a modifier, not the scene
    if cand.subject is not None and cand.subject.start <= root.i < cand.subject.end:
        score -= 0.5
    score -= 0.02 * abs(root.i - cand.verb.i)
    return score


def _is_direction(prep: Token, lexicon: FiveWsLexicon) -> bool:
    """Whether a preposition gives a direction rather than the scene: "to", "toward" and
    the like, and "from" after a noun ("people from El Salvador"; "pulled from a mine"
    is the scene)."""
    word = prep.lower_
    if word in lexicon.directional_prepositions:
        return True
    return word == "from" and prep.head.pos_ in ("NOUN", "PROPN")


def _holds_place(noun: Token, phrase: Token) -> bool:
    """Whether ``noun``'s phrase names a place before the preposition phrase whose
    object is ``phrase`` ("Deir el-Zour [in eastern Syria]")."""
    own = {t.i for t in phrase.subtree}
    return any(
        t.ent_type_ in PLACE_LABELS and t.i < phrase.left_edge.i and t.i not in own
        for t in noun.subtree
    )


def _place_answer(
    span: Span, entity: dict | None, source: str, lexicon: FiveWsLexicon
) -> WhereAnswer:
    """A where answer for a place mention, extended over a place noun ("Kunduz province")."""
    head = span.root.head
    if span.root.dep_ == "compound" and head.i == span.end and head.lower_ in lexicon.place_heads:
        span = span.doc[span.start : head.i + 1]  # "Kunduz" + "province"
    lat = entity.get("lat") if entity else None
    lon = entity.get("lon") if entity else None
    return {
        **linked_span(span, entity),
        "lat": float(lat) if isinstance(lat, (int, float)) else None,
        "lon": float(lon) if isinstance(lon, (int, float)) else None,
        "source": source,
    }


def _entity_named(name: str, reader: DocReader) -> dict[str, Any] | None:
    """The place entity whose name or an alias is ``name`` (case-insensitive), if any."""
    key = name.casefold()
    for entity in reader.layers.entities:
        if entity.get("label") in PLACE_LABELS:
            names = [entity.get("name") or ""] + [
                a for a in entity.get("aliases") or [] if isinstance(a, str)
            ]
            if any(n.casefold() == key for n in names):
                return entity
    return None
