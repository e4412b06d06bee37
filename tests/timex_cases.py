"""Helpers shared by the time-expression tests: parse a sentence with a publication date
and find its timexes."""

from __future__ import annotations

DCT = "2017-09-21"  # a Thursday


def timexes_of(nlp, text: str, dct: str | None = DCT) -> list[dict]:
    """``doc._.timexes`` of ``text`` parsed with publication date ``dct``."""
    doc = nlp.make_doc(text)
    doc._.published = dct
    return list(nlp(doc)._.timexes)


def timex_named(nlp, text: str, expression: str, dct: str | None = DCT) -> dict:
    """The timex whose text is ``expression`` in ``text`` (the test fails if there is none)."""
    found = timexes_of(nlp, text, dct)
    named = [t for t in found if t["text"] == expression]
    assert named, f"{expression!r} not in {[t['text'] for t in found]}"
    return named[0]


def texts_and_values(nlp, text: str, dct: str | None = DCT) -> list[tuple[str, str]]:
    """The (text, value) pairs of the timexes found in ``text`` with publication date ``dct``."""
    return [(t["text"], t["value"]) for t in timexes_of(nlp, text, dct)]
