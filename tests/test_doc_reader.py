"""structure.DocReader and LayerIndex: the per-Doc reader every layer shares."""

from __future__ import annotations

import pytest

from fivews.structure import (
    DocReader,
    LayerIndex,
    mention_index,
    reader_of,
    reading,
    sentence_blocks,
)


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_text):
    from fivews.analysis import analyze

    return analyze(seed_text, nlp=nlp).doc


def test_columns_equal_the_token_attributes(seed_doc) -> None:
    reader = DocReader(seed_doc)
    for token in seed_doc:
        i = token.i
        assert reader.text[i] == token.text
        assert reader.idx[i] == token.idx
        assert reader.head[i] == token.head.i
        assert reader.pos[i] == token.pos_
        assert reader.dep[i] == token.dep_
        assert reader.tag[i] == token.tag_
        assert reader.lemma[i] == token.lemma_.lower()
        assert reader.lower[i] == token.lower_
        assert reader.lower_ids[i] == token.lower
        assert reader.is_title[i] == int(token.is_title)
        assert reader.kids[i] == [c.i for c in token.children]
        assert reader.subtree(i) == [t.i for t in token.subtree]
        assert reader.children_tokens(token) == list(token.children)
        assert reader.sent_of[i] == token.sent.start
    assert reader.sentence_bounds == [(s.start, s.end) for s in seed_doc.sents]
    assert reader.doc_text == seed_doc.text
    assert reader.ents == tuple(seed_doc.ents)
    for sent in seed_doc.sents:
        assert reader.ents_in(sent.start, sent.end) == list(sent.ents)
    for start in range(0, len(seed_doc), 7):
        span = seed_doc[start : start + 11]
        assert reader.ents_in(span.start, span.end) == list(span.ents)


def test_reading_is_shared_inside_the_block_and_dropped_after(seed_doc) -> None:
    with reading(seed_doc) as reader:
        assert reader_of(seed_doc) is reader
        with reading(seed_doc) as inner:
            assert inner is reader
    assert reader_of(seed_doc) is not reader
    assert reader_of(seed_doc) is not reader_of(seed_doc)


def test_entity_at_prefers_the_head_then_the_overlap_then_the_order() -> None:
    a = {"id": "a", "label": "GPE", "mentions": [{"start": 4, "end": 11}]}
    b = {"id": "b", "label": "ORG", "mentions": [{"start": 0, "end": 30}]}
    c = {"id": "c", "label": "ORG", "mentions": [{"start": 0, "end": 30}]}
    index = mention_index([a, b, c])
    assert index.best(4, 11) is a  # largest overlap (a: 7 = b: 7, a comes first)
    assert index.best(0, 30) is b  # b and c overlap fully; b comes first
    assert index.best(0, 30, head=(20, 25)) is b  # only b and c cover the head
    # "Turkish officials": the mention of "Turkish" is not on the head "officials"
    turkish = {"id": "t", "label": "NORP", "mentions": [{"start": 0, "end": 7}]}
    assert mention_index([turkish]).best(0, 17) is turkish
    assert mention_index([turkish]).best(0, 17, head=(8, 17)) is None
    assert index.best(31, 40) is None
    assert mention_index([a, b, c], labels=frozenset({"GPE"})).best(0, 30) is a


def test_layer_index_reads_the_layers(seed_doc) -> None:
    layers = LayerIndex(DocReader(seed_doc))
    assert layers.entities and layers.timexes and layers.claims
    for entity in layers.entities:
        for m in entity.get("mentions", []):
            found = layers.entity_at(m["start"], m["end"])
            assert found is not None
    first = layers.claim_spans[0]
    assert layers.claim_at(first[0]) == first[2]
    assert layers.claim_at(len(seed_doc.text) + 10) is None
    total = sum(len(v) for v in layers.timexes_by_sentence.values())
    assert 0 < total <= len(layers.timexes)


class _Layers:
    """A stand-in reader holding only layer values (LayerIndex reads ``extension``)."""

    def __init__(self, **values: object) -> None:
        self.values = values

    def extension(self, name: str) -> object:
        return self.values.get(name)


def test_claim_at_is_the_innermost_claim_covering_the_character() -> None:
    claims = [
        {"id": "outer", "content": {"start": 0, "end": 50}},
        {"id": "inner", "content": {"start": 10, "end": 20}},
        {"id": "no-content"},
    ]
    layers = LayerIndex(_Layers(claims=claims))  # type: ignore[arg-type]
    assert layers.claim_at(5) == "outer"
    assert layers.claim_at(15) == "inner"
    assert layers.claim_at(20) == "outer"
    assert layers.claim_at(50) is None


def test_memoised_computes_once_per_reading(seed_doc) -> None:
    calls = []

    def compute(reader: DocReader) -> list[int]:
        calls.append(1)
        return [len(reader.doc)]

    with reading(seed_doc) as reader:
        first = reader.memoised("test.length", compute)
        assert reader.memoised("test.length", compute) is first
    assert len(calls) == 1
    reader_of(seed_doc).memoised("test.length", compute)  # a new reading computes again
    assert len(calls) == 2


def test_datelines_come_from_the_blocks(nlp) -> None:
    from fivews.analysis import analyze

    text = "Headline About A Bombing\n\nKABUL, Afghanistan (AP) \u2014 A bomb went off.\n"
    reader = DocReader(analyze(text, nlp=nlp).doc)
    [(start, dateline)] = reader.datelines
    assert text[start:].startswith("KABUL") and dateline["place"]["text"] == "KABUL"


def test_sentence_blocks_are_listed_once_per_reading(seed_doc) -> None:
    with reading(seed_doc):
        first = list(sentence_blocks(seed_doc))
        assert [s for s, _ in sentence_blocks(seed_doc)][0] is first[0][0]
    assert [(s.start, s.end, b) for s, b in sentence_blocks(seed_doc)] == [
        (s.start, s.end, b) for s, b in first
    ]
    assert [s.start for s, _ in first] == [
        s.start for s in seed_doc.sents if any(not t.is_space for t in s)
    ]
