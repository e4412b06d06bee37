"""fewer_collections raises the collector's first threshold for a block, then restores it."""

from __future__ import annotations

import gc

import pytest

from fivews.gcpolicy import fewer_collections


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    enabled = gc.isenabled()
    yield before
    gc.set_threshold(*before)
    if enabled:
        gc.enable()


def test_raised_inside_restored_after(thresholds) -> None:
    gc.set_threshold(700, 10, 10)
    with fewer_collections(5_000):
        assert gc.get_threshold() == (5_000, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_after_an_error(thresholds) -> None:
    gc.set_threshold(700, 10, 10)
    with pytest.raises(RuntimeError), fewer_collections(5_000):
        raise RuntimeError("boom")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_callers_choice_is_left_alone(thresholds) -> None:
    gc.set_threshold(50_000, 5, 5)
    with fewer_collections(5_000):
        assert gc.get_threshold() == (50_000, 5, 5)
    gc.set_threshold(700, 10, 10)
    gc.disable()
    with fewer_collections(5_000):
        assert gc.get_threshold() == (700, 10, 10) and not gc.isenabled()


def test_analyze_records_runs_with_it_and_restores(thresholds, nlp) -> None:
    from fivews.analysis import Analysis, analyze_records

    gc.set_threshold(700, 10, 10)
    seen = []
    records = [{"id": "a", "text": "Officials said on Monday the bridge in Paris was closed."}]
    for result in analyze_records(records, nlp=nlp):
        assert isinstance(result, Analysis)
        seen.append(gc.get_threshold()[0])
    assert seen == [10_000]
    assert gc.get_threshold() == (700, 10, 10)
