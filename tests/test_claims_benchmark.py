"""Tests of the attribution benchmark (benchmarks/claims.py): its scoring and its command line.

The toy articles here are written for the tests; the annotated sets themselves are only
checked for their shape.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "claims.py"
DATA = ROOT / "benchmarks" / "data" / "claims"

TINY_SET = [
    {
        "id": "tiny_wire",
        "text": "Rebels seized the airport on Tuesday, the army said. The army said it had "
        "withdrawn to protect civilians.\n\nFlights were suspended.",
        "gold": [
            ["army", "Rebels seized the airport on Tuesday"],
            ["army", "it had withdrawn to protect civilians"],
        ],
    },
    {
        "id": "tiny_quote",
        "text": '"We will rebuild every school in the valley," the mayor, Ana Ruiz, told '
        "reporters on Monday.\n\nThe floods destroyed 40 homes.",
        "gold": [["Ruiz", "We will rebuild every school in the valley"]],
    },
]


@pytest.fixture(scope="module")
def bench():
    """The benchmark script, imported from its path (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("fivews_bench_claims", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- matching


def test_token_f1(bench):
    assert bench.token_f1("rebels seized the airport", "Rebels seized the airport.") == 1.0
    assert bench.token_f1("the army's rebels seized", "rebels seized the airport") == (
        pytest.approx(2 * 0.75 * 0.75 / 1.5)
    )
    assert bench.token_f1("flights were suspended", "rebels seized the airport") == 0.0
    assert bench.token_f1("", "rebels") == 0.0


def test_source_matches(bench):
    assert bench.source_matches("energy ministry", ["Ukraine's energy ministry"])
    assert bench.source_matches("Weiss", [None, "Clara Weiss"])
    assert bench.source_matches("defense ministry", ["the ministry"])  # its head noun
    assert not bench.source_matches("defense ministry", ["Russia"])  # a modifier only
    assert not bench.source_matches("White House", ["He"])  # pronouns never match
    assert not bench.source_matches("Weiss", ["Mark Dunn", "the spokesman"])
    assert not bench.source_matches("Weiss", [])


def test_match_miss_and_source_mismatch(bench):
    P = bench.Prediction
    gold = [
        ["army", "Rebels seized the airport on Tuesday"],
        ["Ruiz", "We will rebuild every school"],
        ["police", "two people were arrested"],
    ]
    predicted = [
        P("rebels seized the airport", ["the army"]),  # content and source right
        P("We will rebuild every school", ["reporters"]),  # content right, source wrong
        P("Flights were suspended", ["airline"]),  # a false alarm
    ]  # and the police claim is missed
    by_content, by_both = bench.match_claims(gold, predicted)
    assert sorted(by_content) == [(0, 0), (1, 1)]
    assert by_both == [(0, 0)]

    counts = bench.count_article(gold, predicted)
    assert (counts.gold, counts.predicted, counts.content, counts.content_source) == (3, 3, 2, 1)
    assert bench.prf(2, 3, 3) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert bench.prf(0, 0, 3) == (0.0, 0.0, 0.0)

    table = bench.score_table({"fivews": counts, "empty": bench.Counts(gold=3)})
    assert table.loc["fivews", "content F1"] == pytest.approx(2 / 3)
    assert table.loc["fivews", "content+source R"] == pytest.approx(1 / 3)
    assert table.loc["empty", "content P"] == 0.0
    assert table["gold"].dtype == "int64" and table["content+source F1"].dtype == "float64"
    assert isinstance(table, pd.DataFrame)


def test_each_prediction_matches_one_gold_claim(bench):
    P = bench.Prediction
    gold = [["army", "rebels seized the airport"], ["army", "rebels seized the airport"]]
    counts = bench.count_article(gold, [P("rebels seized the airport", ["army"])])
    assert (counts.content, counts.content_source) == (1, 1)
    counts = bench.count_article([], [P("rebels seized the airport", ["army"])])
    assert (counts.predicted, counts.content) == (1, 0)


def test_textacy_refusal_and_absence(bench, monkeypatch):
    def unbalanced(doc):
        raise ValueError("3 quotation marks found")

    assert bench.textacy_predictions(None, unbalanced) is None
    monkeypatch.setitem(sys.modules, "textacy.extract.triples", None)  # import now fails
    assert bench.load_textacy() is None


# --------------------------------------------------------------------------- data and script


def test_annotated_sets_are_well_formed(bench):
    sets = bench.read_sets(DATA)
    articles = [a for items in sets.values() for a in items]
    assert len(articles) >= 15
    for name, items in sets.items():
        ids = [a["id"] for a in items]
        assert len(ids) == len(set(ids)), name
        for article in items:
            text = article["text"].lower()
            for source, content in article["gold"]:
                assert source.strip() and content.strip(), article["id"]
                assert source.lower() in text, (article["id"], source)
                assert set(bench.tokens(content)) <= set(bench.tokens(text)), article["id"]


def test_script_prints_a_table_per_set(tmp_path):
    (tmp_path / "tiny.json").write_text(json.dumps(TINY_SET), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "tiny.json: 2 articles" in out and "all sets: 2 articles" in out
    assert "content+source F1" in out
    fivews_rows = [line.split() for line in out.splitlines() if line.startswith("fivews")]
    assert len(fivews_rows) == 2  # the set's table and the total
    # system, content P/R/F1, content+source P/R/F1, gold, predicted
    assert len(fivews_rows[0]) == 9 and fivews_rows[0][7] == "3"
    assert float(fivews_rows[0][3]) > 0  # content F1: the easy claims are found
    if importlib.util.find_spec("textacy") is not None:
        assert sum(line.startswith("textacy") for line in out.splitlines()) == 2
    else:
        assert "textacy is not installed" in out


def test_script_without_textacy_keeps_fivews(bench, tmp_path, monkeypatch, capsys):
    (tmp_path / "one.json").write_text(json.dumps(TINY_SET[:1]), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "textacy.extract.triples", None)
    assert bench.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "textacy is not installed" in out
    assert any(line.startswith("fivews") for line in out.splitlines())
    assert not any(line.startswith("textacy") for line in out.splitlines())
