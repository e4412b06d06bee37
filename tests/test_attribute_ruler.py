"""The memoised attribute ruler gives exactly what spaCy's AttributeRuler gives."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token

from fivews import attribute_ruler
from fivews.attribute_ruler import MemoAttributeRuler, use_memo_attribute_ruler
from fivews.nlp import load_base_model

#: Sentences that reach the English ruler's rarer rules: contractions, the multi-token
#: patterns (gonna, gotta, let's, y'all, ain't, "there are"), pronoun case by
#: dependency, auxiliaries, subordinators, whitespace tokens.
TRICKY = [
    "There are 12 fighters left, and there's no way out. Y'all gonna stay? "
    "Let's see, we gotta go. It ain't over, c'mon.",
    "I told him it was over, but he said that if you want it, they'll give it to you. "
    "Nothin' is certain; whether or not it's true, I'm done and we've been warned.",
    "Officials  said\n\nthe convoy   had been hit.\t Did they do it?  Have you? ",
    "",
    "   ",
]


def _attrs(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def pipelines(seed_text: str) -> tuple[spacy.Language, spacy.Language, list[str]]:
    stock = load_base_model()
    memo = load_base_model()
    assert use_memo_attribute_ruler(memo)
    return stock, memo, [seed_text, *TRICKY]


def test_english_pipeline_same_tokens_as_spacy(pipelines) -> None:
    stock, memo, texts = pipelines
    assert memo.pipe_names == stock.pipe_names
    ruler = memo.get_pipe("attribute_ruler")
    assert isinstance(ruler, MemoAttributeRuler) and ruler.memoised
    assert ruler.patterns == stock.get_pipe("attribute_ruler").patterns
    for a, b in zip(stock.pipe(texts), memo.pipe(texts), strict=True):
        assert _attrs(b) == _attrs(a)
    # The English rules fold word forms: a few hundred signatures, not one per word.
    assert 0 < len(ruler._plan.answers) < 600


def test_load_pipeline_uses_it(nlp) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), MemoAttributeRuler)


def _doc(vocab, words: list[str], tags: list[str], deps: list[str]) -> Doc:
    heads = [0] * len(words)
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


#: A toy ruler where order matters: two rules write the same token's POS (the later
#: wins), longer patterns write with index -1 and 1 and interleave with one-token rules,
#: and REGEX / IN / NOT_IN predicates decide which forms are kept apart.
TOY_PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"LOWER": {"REGEX": "^x+$"}, "TAG": "NN"}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": "a"}, {"TAG": "NN"}]], "attrs": {"LEMMA": "after-a"}, "index": -1},
    {"patterns": [[{"LOWER": {"IN": ["the", "a"]}}]], "attrs": {"POS": "DET"}},
    {
        "patterns": [[{"TAG": "VB"}, {"LOWER": {"NOT_IN": ["it"]}}]],
        "attrs": {"POS": "ADJ", "LEMMA": "second"},
        "index": 1,
    },
    {"patterns": [[{"TAG": "NN", "DEP": "nsubj"}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"TAG": "VB"}]], "attrs": {"POS": "VERB", "LEMMA": "v"}},
]


def _toy_docs(vocab) -> list[Doc]:
    return [
        _doc(
            vocab,
            ["a", "xx", "a", "dog", "the", "xxx"],
            ["DT", "NN", "DT", "NN", "DT", "NN"],
            ["det", "nsubj", "det", "dobj", "det", "pobj"],
        ),
        _doc(
            vocab,
            ["run", "dog", "run", "it", "run"],
            ["VB", "NN", "VB", "PRP", "VB"],
            ["ROOT", "nsubj", "conj", "dobj", "conj"],
        ),
        _doc(vocab, ["A", "Xy", "the"], ["DT", "NN", "NN"], ["det", "nsubj", "dep"]),
    ]


def _toy_rulers(patterns: list[dict]) -> tuple[AttributeRuler, MemoAttributeRuler]:
    nlp = spacy.blank("en")
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(patterns)
    memo = MemoAttributeRuler(nlp.vocab)
    memo.add_patterns(patterns)
    return stock, memo


def test_toy_rules_in_spacys_order() -> None:
    stock, memo = _toy_rulers(TOY_PATTERNS)
    assert memo.memoised
    for a, b in zip(_toy_docs(stock.vocab), _toy_docs(memo.vocab), strict=True):
        assert _attrs(memo(b)) == _attrs(stock(a))
    # The rules really interact here: the later PROPN beats NOUN, and the index -1 and
    # index 1 rules land on the token after the match's first.
    doc = memo(_toy_docs(memo.vocab)[0])
    assert [t.pos_ for t in doc] == ["DET", "PROPN", "DET", "NOUN", "DET", "X"]
    assert doc[3].lemma_ == "after-a"
    second = memo(_toy_docs(memo.vocab)[1])
    # "dog": the index-1 rule's ADJ, then the later nsubj rule's PROPN; its lemma stays.
    assert [t.pos_ for t in second] == ["VERB", "PROPN", "VERB", "", "VERB"]
    assert second[1].lemma_ == "second"


def test_patterns_it_cannot_prove_use_spacys_code() -> None:
    if not Token.has_extension("fivews_test_flag"):
        Token.set_extension("fivews_test_flag", default=False)
    for extra in (
        {"patterns": [[{"_": {"fivews_test_flag": True}}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"TAG": "DT", "OP": "+"}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"NORM": "thing"}},
    ):
        stock, memo = _toy_rulers([*TOY_PATTERNS, extra])
        assert not memo.memoised
        for a, b in zip(_toy_docs(stock.vocab), _toy_docs(memo.vocab), strict=True):
            assert _attrs(memo(b)) == _attrs(stock(a))


def test_index_outside_the_match_is_spacys_error() -> None:
    bad = [{"patterns": [[{"LOWER": "a"}, {"TAG": "NN"}]], "attrs": {"POS": "X"}, "index": 2}]
    stock, memo = _toy_rulers(bad)
    with pytest.raises(ValueError) as stock_error:
        stock(_toy_docs(stock.vocab)[0])
    with pytest.raises(ValueError) as memo_error:
        memo(_toy_docs(memo.vocab)[0])
    assert str(memo_error.value) == str(stock_error.value)


def test_memo_is_bounded_and_stays_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attribute_ruler, "MAX_MEMO", 3)
    stock, memo = _toy_rulers(TOY_PATTERNS)
    for _ in range(3):
        for a, b in zip(_toy_docs(stock.vocab), _toy_docs(memo.vocab), strict=True):
            assert _attrs(memo(b)) == _attrs(stock(a))
            # Cleared when over the bound, then filled by at most one Doc's tokens.
            assert len(memo._plan.answers) <= 3 + len(b)
            assert all(len(f.memo) <= 3 + len(b) for f in memo._plan.folds)


def test_new_patterns_recompile() -> None:
    stock, memo = _toy_rulers(TOY_PATTERNS)
    memo(_toy_docs(memo.vocab)[0])
    late = {"patterns": [[{"LOWER": "dog"}]], "attrs": {"POS": "INTJ"}}
    stock.add_patterns([late])
    memo.add_patterns([late])
    for a, b in zip(_toy_docs(stock.vocab), _toy_docs(memo.vocab), strict=True):
        assert _attrs(memo(b)) == _attrs(stock(a))
    assert "INTJ" in [t.pos_ for t in memo(_toy_docs(memo.vocab)[0])]


def test_serialises_like_spacys_ruler() -> None:
    stock, memo = _toy_rulers(TOY_PATTERNS)
    memo(_toy_docs(memo.vocab)[0])
    again = MemoAttributeRuler(memo.vocab).from_bytes(memo.to_bytes())
    assert again.patterns == stock.patterns
    copy = pickle.loads(pickle.dumps(memo))
    assert copy._plan is None and copy.patterns == stock.patterns
    for a, b in zip(_toy_docs(stock.vocab), _toy_docs(copy.vocab), strict=True):
        assert _attrs(copy(b)) == _attrs(stock(a))


def test_only_a_stock_ruler_is_replaced() -> None:
    nlp = spacy.blank("en")
    assert not use_memo_attribute_ruler(nlp)  # none there
    nlp.add_pipe("attribute_ruler").add_patterns(TOY_PATTERNS)
    nlp.add_pipe("sentencizer")
    assert use_memo_attribute_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler", "sentencizer"]
    assert not use_memo_attribute_ruler(nlp)  # already memoised


def test_saved_pipeline_loads_with_the_memoised_ruler(tmp_path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(TOY_PATTERNS)
    use_memo_attribute_ruler(nlp)
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    ruler = again.get_pipe("attribute_ruler")
    assert isinstance(ruler, MemoAttributeRuler) and ruler.memoised
    assert ruler.patterns == nlp.get_pipe("attribute_ruler").patterns
