"""Every span in the output is valid on real news articles nobody here wrote.

Reads the PolNeAR dev texts (84 real US political news articles) from ``../shared/data``
when it is present; the corpus is never copied into the project, so elsewhere the test is
skipped with that reason. A span is any dict with integer ``start`` and ``end``: it must
satisfy ``0 <= start <= end <= len(text)`` and, where it carries its ``text``,
``text[start:end] == span["text"]``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"


def spans(node: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every dict with integer ``start`` and ``end`` below ``node``, with its JSON path."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            yield path, node
        for key, value in node.items():
            yield from spans(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from spans(value, f"{path}[{i}]")


def invalid_spans(output: dict[str, Any], text: str) -> list[str]:
    """The paths of the spans of ``output`` whose offsets do not point at their text."""
    bad = []
    for path, span in spans(output):
        ok = 0 <= span["start"] <= span["end"] <= len(text)
        if ok and isinstance(span.get("text"), str):
            ok = text[span["start"] : span["end"]] == span["text"]
        if not ok:
            bad.append(f"{path} {span['start']}:{span['end']}")
    return bad


def test_invalid_spans_are_found() -> None:
    text = "Rebels took the town."
    good = {"events": [{"start": 0, "end": 6, "text": "Rebels"}]}
    assert invalid_spans(good, text) == []
    empty_backwards = {"events": [{"start": 7, "end": 6, "text": ""}]}
    assert invalid_spans(empty_backwards, text) == ["$.events[0] 7:6"]
    wrong_text = {"claims": [{"content": {"start": 0, "end": 5, "text": "Rebel"}}]}
    assert invalid_spans(wrong_text, text) == []
    assert invalid_spans({"x": {"start": 0, "end": 4, "text": "Town"}}, text) == ["$.x 0:4"]


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="../shared/data/polnear is not here")
def test_every_span_is_valid_on_real_political_news(nlp) -> None:
    from fivews.analysis import Analysis, analyze_records

    records = [
        {"id": path.stem, "text": path.read_text(encoding="utf-8")}
        for path in sorted(POLNEAR_DEV.glob("*.txt"))
    ]
    assert len(records) >= 80
    problems = []
    for record, result in zip(records, analyze_records(records, nlp=nlp), strict=True):
        assert isinstance(result, Analysis), f"{record['id']}: {result}"
        problems += [f"{record['id']} {p}" for p in invalid_spans(result.to_dict(), record["text"])]
    assert problems == []


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="../shared/data/polnear is not here")
def test_every_span_is_valid_with_the_title_given_apart(nlp) -> None:
    import csv

    from fivews.analysis import Analysis, analyze_records

    with (POLNEAR_DEV.parents[1] / "metadata.tsv").open(encoding="utf-8", newline="") as f:
        titles = {row["filename"]: row["title"] for row in csv.DictReader(f, delimiter="\t")}
    records = []
    for path in sorted(POLNEAR_DEV.glob("*.txt")):
        # The body without its first line (the files open with the title), the title apart.
        _, _, body = path.read_text(encoding="utf-8").partition("\n")
        if body.strip() and titles.get(path.stem):
            records.append({"id": path.stem, "text": body, "title": titles[path.stem]})
    assert len(records) >= 80
    problems, from_title = [], 0
    for record, result in zip(records, analyze_records(records, nlp=nlp), strict=True):
        assert isinstance(result, Analysis), f"{record['id']}: {result}"
        output = result.to_dict()
        problems += [f"{record['id']} {p}" for p in invalid_spans(output, record["text"])]
        evidence = output["main_event"]["evidence"]
        from_title += evidence["headline"]["source"] == "title"
        if evidence["kind"] == "title":
            assert evidence["start"] is None and output["main_event"]["what"]["start"] is None
    assert problems == []
    assert from_title >= 0.9 * len(records)
