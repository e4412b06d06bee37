"""benchmarks/throughput.py runs end to end on a tiny corpus and prints its table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_throughput_benchmark_prints_every_row(tmp_path: Path) -> None:
    out = tmp_path / "numbers.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "throughput.py"),
            "--n",
            "3",
            "--batch-size",
            "2",
            "--repeat",
            "1",
            "--cold-repeats",
            "0",
            "--components",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    # 3 articles rounded up to two batches of 2 per worker.
    assert "Throughput on 4 articles" in proc.stdout
    for label in (
        "bare nlp.pipe (floor)",
        "fivews, 1 process",
        "bare nlp.pipe, 2 processes",
        "fivews, 2 processes",
    ):
        assert f"| {label} | 4 |" in proc.stdout
    assert "fivews 2 processes / 1 process" in proc.stdout
    numbers = json.loads(out.read_text())
    # Too few articles for a warm-up: all 4 are counted, and every step took some time.
    components = numbers["components"]
    assert components["articles"] == 4
    assert all(v >= 0 for v in components["seconds"].values())
    assert "fivews_claims" in components["seconds"] and components["memo_ruler"]
    assert [r["mode"] for r in numbers["rows"]] == ["bare", "full1", "bare2", "full2"]
    assert all(r["articles"] == 4 and r["tokens"] > 0 for r in numbers["rows"])
    # fivews runs spaCy's components plus its own, with the memoised attribute ruler.
    bare, full = numbers["rows"][0]["pipe_names"], numbers["rows"][1]["pipe_names"]
    assert set(bare) < set(full) and "attribute_ruler" in full
