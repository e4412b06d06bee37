"""The memoised lemmatizer gives exactly the lemmas spaCy's English lemmatizer gives."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.tokens import Doc

from fivews import lemmatizer
from fivews.lemmatizer import MemoLemmatizer, use_memo_lemmatizer
from fivews.nlp import load_base_model

#: Inflections the rules, exceptions and base-form checks handle differently, and tokens
#: whose lemma the attribute ruler sets first (contractions).
TRICKY = [
    "The geese were fleeing; she'd been running faster than the mice, and better.",
    "They ain't gonna stop: leaves leave, he leaves, and the leaves fell. Was it theirs?",
    "Officials  said\n\nthe convoys   had been hit.\t Did they do it?  Have you? ",
    "",
]


def _lemmas(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.pos_, t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def pipelines(seed_text: str) -> tuple[spacy.Language, spacy.Language, list[str]]:
    stock = load_base_model()
    memo = load_base_model()
    assert use_memo_lemmatizer(memo)
    return stock, memo, [seed_text, *TRICKY]


def test_same_lemmas_as_spacy(pipelines) -> None:
    stock, memo, texts = pipelines
    assert memo.pipe_names == stock.pipe_names
    assert isinstance(memo.get_pipe("lemmatizer"), MemoLemmatizer)
    # Twice: the second pass is answered from the memo.
    for _ in range(2):
        for a, b in zip(stock.pipe(texts), memo.pipe(texts), strict=True):
            assert _lemmas(b) == _lemmas(a)
    assert memo.get_pipe("lemmatizer").memo


def test_overwrite_and_preset_lemmas_as_in_spacy(pipelines) -> None:
    stock, memo, texts = pipelines
    words = ["The", "mice", "ran"]
    for overwrite in (False, True):
        docs = []
        for nlp in (stock, memo):
            doc = Doc(nlp.vocab, words=words, pos=["DET", "NOUN", "VERB"], lemmas=["", "x", ""])
            component = nlp.get_pipe("lemmatizer")
            component.overwrite = overwrite
            try:
                docs.append(_lemmas(component(doc)))
            finally:
                component.overwrite = False
        assert docs[0] == docs[1]
        assert (docs[1][1][2] == "x") is not overwrite


def test_memo_is_bounded_and_stays_exact(pipelines, monkeypatch: pytest.MonkeyPatch) -> None:
    stock, memo, texts = pipelines
    monkeypatch.setattr(lemmatizer, "MAX_MEMO", 5)
    component = memo.get_pipe("lemmatizer")
    for a, b in zip(stock.pipe(texts), memo.pipe(texts), strict=True):
        assert _lemmas(b) == _lemmas(a)
        # Cleared when over the bound, then filled by at most one Doc's tokens.
        if len(b):
            assert len(component.memo) <= 5 + len(b)


def test_only_an_english_rule_lemmatizer_is_replaced() -> None:
    nlp = spacy.blank("en")
    assert not use_memo_lemmatizer(nlp)  # none there
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not use_memo_lemmatizer(nlp)  # a lookup lemmatizer stays spaCy's
    nlp.remove_pipe("lemmatizer")
    stock = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    assert type(stock) is EnglishLemmatizer
    nlp.add_pipe("sentencizer")
    assert use_memo_lemmatizer(nlp)
    assert nlp.pipe_names == ["lemmatizer", "sentencizer"]
    assert not use_memo_lemmatizer(nlp)  # already memoised


def test_fast_index_answers_alike_and_leaves_the_tables(pipelines) -> None:
    _, memo, texts = pipelines
    component = memo.get_pipe("lemmatizer")
    list(memo.pipe(texts))
    tables = component.lookups.get_table(lemmatizer.INDEX_TABLE)
    fast = lemmatizer.fast_lookups(component.lookups).get_table(lemmatizer.INDEX_TABLE)
    assert all(isinstance(words, list) for words in tables.values())  # saved as spaCy saves
    assert {key: frozenset(words) for key, words in tables.items()} == dict(fast.items())
    assert component.lookups in lemmatizer._FAST_COPIES  # made once, kept beside the tables


def test_saved_and_pickled_pipeline_keep_it(pipelines, tmp_path) -> None:
    stock, memo, texts = pipelines
    memo.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert isinstance(again.get_pipe("lemmatizer"), MemoLemmatizer)
    copy = pickle.loads(pickle.dumps(memo))
    for nlp in (again, copy):
        for a, b in zip(stock.pipe(texts), nlp.pipe(texts), strict=True):
            assert _lemmas(b) == _lemmas(a)


def test_load_pipeline_uses_it(nlp) -> None:
    assert isinstance(nlp.get_pipe("lemmatizer"), MemoLemmatizer)


def test_lemmas_survive_spacys_memory_zones(pipelines) -> None:
    """A lemma string first added inside a memory zone leaves the StringStore with it; the
    memo must not hand its stale hash to a later Doc."""
    stock, memo, texts = pipelines
    fresh = ["Zorblaxes were glimfing the quarnets.", "The zorblaxes glimfed quarnets again."]
    for _ in range(2):
        with memo.memory_zone():
            for a, b in zip(stock.pipe(fresh), memo.pipe(fresh), strict=True):
                assert _lemmas(b) == _lemmas(a)
    for a, b in zip(stock.pipe(fresh), memo.pipe(fresh), strict=True):
        assert _lemmas(b) == _lemmas(a)
