"""Guessing the language of an article's text."""

from __future__ import annotations

import re

from fivews.article.records import Block

# -------------------------------------------------------------------------- language


#: Matches (at the start) a text with at least 40 letters; stops at the 40th letter.
_FORTY_LETTERS = re.compile(r"(?:[\W\d_]*[^\W\d_]){40}")
_LETTER_RUN = re.compile(r"[^\W\d_]+")

#: Share of English function words above which a text is English without asking langdetect.
ENGLISH_STOPWORD_SHARE = 0.25


def detect_language(text: str, blocks: list[Block]) -> str | None:
    """Guess the language of the article's paragraphs with langdetect (deterministic seed).

    A text whose words are mostly English function words (spaCy's English stop-word
    list) is taken as English at once: that settles ordinary articles without loading
    langdetect's profiles, which cost more than the rest of reading. Returns None when
    there is too little text to tell.
    """
    body = " ".join(b.text for b in blocks if b.kind != "boilerplate")[:3000]
    if not _FORTY_LETTERS.match(body):  # fewer than 40 letters
        return None
    from spacy.lang.en.stop_words import STOP_WORDS

    words = _LETTER_RUN.findall(body.lower())
    stop = sum(map(STOP_WORDS.__contains__, words))
    if words and stop / len(words) >= ENGLISH_STOPWORD_SHARE:
        return "en"
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0
    try:
        best = detect_langs(body)[0]
    except LangDetectException:
        return None
    return best.lang if best.prob >= 0.8 else "en"
