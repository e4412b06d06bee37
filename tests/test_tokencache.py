"""fivews.tokencache: spaCy's tokenizer cache filled first, the same tokens either way."""

from __future__ import annotations

import cProfile
import pstats

import pytest
import spacy

from fivews.tokencache import _given, fill_cache

TEXTS = [
    "WASHINGTON (Reuters) - The U.S. Senate said on Tuesday it can't vote before Mr. Smith's "
    "return, and that's that. Officials said 12,000 people (about 3.5%) were evacuated.",
    "Officials said the vote would go ahead. \u201cWe cannot wait,\u201d she said; "
    "co-operation isn't optional :) see https://example.org/a-b?c=1 or e-mail a@b.org.",
    "Zürich’s mayor didn't say. The mayor said, the mayor said. 8) 5p.m. 'em gonna U.K.-based",
    "said said. said, to to the The the; Jan. 5, 2017 -- at 10:30 a.m. ET/PT, N.Y.'s A.G.",
]


def _tokens(doc: spacy.tokens.Doc) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in doc]


def _splits(tokenizer: spacy.tokenizer.Tokenizer, text: str) -> int | None:
    """How many chunks ``tokenizer`` splits afresh for ``text`` (cache misses), or None
    when this build of spaCy hides the function from the profiler."""
    profile = cProfile.Profile()
    profile.enable()
    tokenizer(text)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    if not any(k[0].endswith("tokenizer.pyx") for k in stats):
        return None
    return sum(v[1] for k, v in stats.items() if k[2] == "_tokenize")


def test_filled_tokenizer_gives_the_same_tokens() -> None:
    plain, filled = spacy.blank("en").tokenizer, spacy.blank("en").tokenizer
    for _ in range(2):  # the second pass reads the cache
        for text in TEXTS:
            fill_cache(filled, text)
            assert _tokens(filled(text)) == _tokens(plain(text))


def test_filled_chunks_are_not_split_again() -> None:
    text = "The U.S. said the talks would go on, and the talks went on. " * 3
    cold, filled = spacy.blank("en").tokenizer, spacy.blank("en").tokenizer
    cold_splits = _splits(cold, text)
    if cold_splits is None:
        pytest.skip("this spaCy build does not show Tokenizer._tokenize to the profiler")
    fill_cache(filled, text)
    # Without the fill every chunk after "U.S." is split (spaCy stops caching there);
    # with it, none (the exception itself is read from the special cases).
    assert cold_splits > 0
    assert _splits(filled, text) == 0


def test_nothing_filled_in_a_memory_zone_or_for_other_tokenizers() -> None:
    nlp = spacy.blank("en")
    with nlp.memory_zone():
        fill_cache(nlp.tokenizer, "words in a zone")
    assert _given(nlp.tokenizer).chunks == set()
    fill_cache(str.split, "not a spaCy tokenizer")  # no error, nothing kept


def test_no_more_chunks_than_the_cache_holds() -> None:
    tokenizer = spacy.blank("en").tokenizer
    tokenizer.max_cache_size = 3
    fill_cache(tokenizer, "one two three four five")
    fill_cache(tokenizer, "six seven")
    assert _given(tokenizer).chunks == {"one", "two", "three"}
