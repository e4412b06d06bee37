"""Long inputs: the size limit, the progress lines, and the indexes that keep the cost of
an article linear give the same answers as the all-pairs scans they replace."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from fivews import analysis
from fivews.analysis import Analysis, RecordFailure, analyze, analyze_records
from fivews.cli import main
from fivews.errors import InputError
from fivews.structure.overlaps import SpanOverlaps

PARAGRAPH = (
    "The regional council approved a new budget on Tuesday after a long debate, "
    "officials said. Opposition leader Maria Lopez criticised the plan, saying it cut "
    '"far too much from the rural schools of the province," and Lopez said she would '
    "vote against it.\n\n"
)


def test_library_refuses_an_article_over_max_chars(nlp) -> None:
    with pytest.raises(InputError, match="over the limit of 100.*--max-chars"):
        analyze(PARAGRAPH * 3, nlp=nlp, max_chars=100)


def test_records_over_max_chars_fail_alone(nlp) -> None:
    records = [{"id": "long", "text": PARAGRAPH * 3}, {"id": "short", "text": PARAGRAPH}]
    results = list(analyze_records(records, nlp=nlp, max_chars=len(PARAGRAPH) + 10))
    assert isinstance(results[0], RecordFailure) and "over the limit" in results[0].message
    assert isinstance(results[1], Analysis)


def test_cli_limit_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.txt"
    path.write_text(PARAGRAPH * 3, encoding="utf-8")
    assert main(["analyze", str(path), "--max-chars", "200"]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert captured.out == "" and len(lines) == 1 and "Traceback" not in captured.err
    assert str(path) in lines[0] and "--max-chars" in lines[0]
    assert main(["analyze", str(path), "--max-chars", "-1"]) == 2


def test_cli_reports_progress_on_a_long_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small thresholds stand for the real ones (200,000 and 100,000 characters).
    monkeypatch.setattr(analysis, "PROGRESS_CHARS", 500)
    monkeypatch.setattr(analysis, "CHUNK_CHARS", 600)
    path = tmp_path / "long.txt"
    text = PARAGRAPH * 6
    path.write_text(text, encoding="utf-8")
    assert main(["analyze", str(path), "--max-chars", "0"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["document"]["blocks"][-1]["end"] <= len(text)
    steps = [line for line in captured.err.splitlines() if line.startswith(f"fivews: {path}:")]
    chunks = [line for line in steps if "chunks" in line]
    assert len(chunks) >= 2 and chunks[-1].endswith(f"parsed {len(chunks)}/{len(chunks)} chunks")
    assert any(line.endswith(": claims") for line in steps)


def test_no_progress_on_a_short_article(
    seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(seed_path)]) == 0
    assert capsys.readouterr().err == ""


def test_span_overlaps_match_the_scan() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 60)
            spans.append((a, a + rng.randint(-2, 15)))
        index = SpanOverlaps(spans)
        for _ in range(20):
            if rng.random() < 0.3:
                a = rng.randint(0, 60)
                span = (a, a + rng.randint(1, 20))
                spans.append(span)
                index.add(*span)
            s = rng.randint(0, 70)
            e = s + rng.randint(0, 12)
            assert index.overlaps(s, e) == any(a < e and s < b for a, b in spans)


def _claims_texts(root: Path) -> list[str]:
    path = root / "benchmarks" / "data" / "claims" / "dev.json"
    return [record["text"] for record in json.loads(path.read_text(encoding="utf-8"))]


def test_contradiction_pairs_give_the_all_pairs_links(
    nlp, root: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The indexed candidate pairs link the same claims as comparing every pair."""
    from fivews.claims import contradictions

    texts = [seed_text, *_claims_texts(root)]
    indexed = [nlp(text)._.claims for text in texts]
    monkeypatch.setattr(
        contradictions,
        "_candidate_pairs",
        lambda facts, records: ((j, list(range(j))) for j in range(len(facts))),
    )
    every_pair = [nlp(text)._.claims for text in texts]
    assert indexed == every_pair
    assert any(r["contested_by"] for claims in indexed for r in claims)


def test_contradiction_pairs_stay_linear_in_a_long_document() -> None:
    """Claims sharing one word are compared with the latest RECENT_PER_KEY of them only."""
    from fivews.claims.contradictions import RECENT_PER_KEY, _candidate_pairs, _ClaimFacts

    n = 3 * RECENT_PER_KEY
    facts = [
        _ClaimFacts(
            names=set(),
            nouns={"vote"},
            verbs=set(),
            part_predicates=(),
            source=None,  # type: ignore[arg-type]
            stance="neutral",
            quantified=False,
        )
        for j in range(n)
    ]
    records = [{"quantities": []} for _ in range(n)]
    pairs = dict(_candidate_pairs(facts, records))  # type: ignore[arg-type]
    assert pairs[1] == [0]
    assert pairs[n - 1] == list(range(n - 1 - RECENT_PER_KEY, n - 1))
    assert sum(len(earlier) for earlier in pairs.values()) < n * RECENT_PER_KEY


def test_timex_span_filter_matches_the_scan() -> None:
    """The bisected test of "inside one of the spans" agrees with scanning every span."""
    from fivews.timeline.tag import _inside

    rng = random.Random(7)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 40)) for a in (rng.randint(0, 200) for _ in range(6))]
        inside = _inside(spans)
        for _ in range(50):
            start = rng.randint(0, 240)
            end = start + rng.randint(0, 30)
            assert inside(start, end) == any(s <= start and end <= e for s, e in spans)
