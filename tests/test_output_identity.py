"""The analysis output on the project's own articles matches the stored digests.

``tools/output_digest.py`` hashes the JSON output of every article the project holds (the
seed, the notebooks' inputs, the benchmark sets written here, generated articles). A
refactoring must leave every digest unchanged; a change meant to alter the output updates
``tests/data/output_digests.json`` with ``--write`` in the same commit, and says why.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import output_digest  # noqa: E402


def test_project_outputs_match_the_stored_digests() -> None:
    expected = json.loads((ROOT / "tests" / "data" / "output_digests.json").read_text("utf-8"))
    found = output_digest.digests(["project"])
    assert len(found["project"]) >= 100
    assert output_digest.compare(expected, found) == []


def test_compare_names_changed_new_and_missing_articles() -> None:
    before = {"project": {"a": "1", "b": "2"}}
    after = {"project": {"a": "1", "b": "3", "c": "4"}}
    assert output_digest.compare(before, after) == ["project: b: changed", "project: c: new"]
    assert output_digest.compare(after, before) == [
        "project: b: changed",
        "project: c: missing",
    ]
