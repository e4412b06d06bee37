"""A title given apart from the text, read as the article's headline.

A user often passes the headline in a record's ``title`` field and the body alone as
``text``. :mod:`fivews.article` then sets ``doc._.title`` to that title (only when the
text does not already open with it, so it is never counted twice).
:func:`parse_title` parses it as a Doc of its own with the pipeline's token-level
components (tagger, parser, lemmatizer, named entities), and :func:`title_sentences`
gives its sentences to the main-event finder as headline sentences.

Its sentences point the finder to the body sentence that tells the headline (the
headline's predicate, agent and speaker, :mod:`fivews.five_ws.headline`), and its clauses
are headline candidates as a headline line's are. The title is not part of the text: an
answer read from it (who, what) has no offsets (``start`` and ``end`` None), its when and
where come from the best candidate of the text, and the evidence says so
(``evidence["kind"] == "title"``, ``evidence["headline"]["source"] == "title"``).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from fivews.structure import DOCUMENT_LEVEL_FROM, DocReader

#: The reader's memo key of the parsed title (None when there is none).
TITLE_DOC_KEY = "five_ws.title_doc"
#: The longest title parsed, in characters (a longer "title" is not a headline).
MAX_TITLE_CHARS = 400


def given_title(doc: Doc) -> str | None:
    """``doc._.title`` when it is a usable headline (short, not blank), else None."""
    title = doc._.title
    if not isinstance(title, str) or not title.strip() or len(title) > MAX_TITLE_CHARS:
        return None
    return " ".join(title.split())


#: What joins a headline and its deck, or a headline and the site's name, in one title
#: ("Markets are never ready for the Fed; Expect ...", "Storm hits coast | Daily News").
_PART_BREAK = re.compile(r"\s*(?:;|\s\|)\s+")


def title_parts(title: str) -> list[dict[str, Any]]:
    """Headline blocks of a title: one per part a ";" or " | " separates, so that a
    headline and its deck given as one title are read as two sentences, as they are on
    two lines of a text."""
    parts, start = [], 0
    for found in _PART_BREAK.finditer(title):
        if found.start() > start:
            end = found.start() + found.group().find(";") + 1 if ";" in found.group() else 0
            parts.append({"kind": "headline", "start": start, "end": end or found.start()})
        start = found.end()
    if start < len(title):
        parts.append({"kind": "headline", "start": start, "end": len(title)})
    return parts or [{"kind": "headline", "start": 0, "end": len(title)}]


def parse_title(nlp: Language | None, title: str) -> Doc | None:
    """The title parsed by ``nlp``'s token-level components (those before
    :data:`DOCUMENT_LEVEL_FROM`), as one headline block; None without a pipeline."""
    if nlp is None:
        return None
    doc = nlp.make_doc(title)
    doc._.blocks = title_parts(title)
    for name, component in nlp.pipeline:
        if name == DOCUMENT_LEVEL_FROM:
            break
        doc = component(doc)
    return doc


#: Entity labels of the article's names that a title's words are matched with.
NAME_LABELS = ("PERSON", "ORG")


def mark_article_names(title_doc: Doc, doc: Doc) -> None:
    """Tag the title's capitalised words that are words of the article's person or
    organisation names with that label, as the article's own headline line would be
    tagged ("Trump: ..." when the body names Donald Trump): a short title alone gives
    the tagger too little to go on."""
    labels: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS:
            for tok in ent:
                if tok.is_alpha and len(tok) > 1:
                    labels.setdefault(tok.lower_, ent.label_)
    spans = [
        Span(title_doc, t.i, t.i + 1, label=labels[t.lower_])
        for t in title_doc
        if not t.ent_type_ and (t.is_title or t.is_upper) and t.lower_ in labels
    ]
    if spans:
        title_doc.set_ents(spans, default="unmodified")


def remember_title(reader: DocReader, title_doc: Doc | None) -> None:
    """Keep the parsed title in the reader's memo for :func:`title_sentences`."""
    reader.memo[TITLE_DOC_KEY] = title_doc


def title_sentences(reader: DocReader) -> list[Span]:
    """The sentences of the title given apart (a Doc of their own), or ``[]``."""
    title_doc: Any = reader.memo.get(TITLE_DOC_KEY)
    if title_doc is None:
        return []
    return [s for s in title_doc.sents if s.text.strip()]


def title_reader(reader: DocReader) -> DocReader:
    """A reader of the title given apart (its own Doc, no layers), kept in the text
    reader's memo; the text's reader when there is no such title."""
    title_doc: Any = reader.memo.get(TITLE_DOC_KEY)
    if title_doc is None:
        return reader
    return reader.memoised("five_ws.title_reader", lambda _: DocReader(title_doc))


def reader_for(sent: Span, reader: DocReader) -> DocReader:
    """The reader of the Doc ``sent`` belongs to: the text's ``reader``, or the title's
    (:func:`title_reader`) for a sentence of a title given apart."""
    return reader if in_text(sent, reader) else title_reader(reader)


def in_text(sent: Span, reader: DocReader) -> bool:
    """Whether a headline sentence is part of the text (not the title given apart)."""
    return sent.doc is reader.doc
