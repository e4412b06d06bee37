"""The command line: output, exit codes and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fivews.cli import main
from fivews.schema import validate


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fivews", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )


def test_analyze_seed_json_matches_schema(seed_path: Path, tmp_path: Path) -> None:
    before = seed_path.read_bytes()
    assert main(["analyze", str(seed_path), "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / f"{seed_path.stem}.json").read_text(encoding="utf-8"))
    validate(data)
    doc = data["document"]
    assert doc["published"]["value"] == "2017-09-21"
    assert doc["title"].startswith("Russia: Special Forces")
    text = seed_path.read_text(encoding="utf-8")
    for block in doc["blocks"]:
        assert text[block["start"] : block["end"]] == block["text"]
    assert seed_path.read_bytes() == before  # input untouched
    assert not list(tmp_path.glob("*.tmp"))  # atomic write left nothing behind


def test_published_flag(seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(seed_path), "--published", "2017-09-28", "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert json.loads(out)["document"]["published"] == {
        "value": "2017-09-28",
        "source": "given",
        "evidence": ["given by the caller"],
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n \n", "empty"),
        (b"\x00\x01\x02binary\x00" * 50, "binary"),
        (
            "Caf\u00e9 in Paris closes after 100 years, owner said.".encode("latin-1"),
            "not valid utf-8",
        ),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    proc = run_cli("analyze", str(path))
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert str(path) in lines[0] and message in lines[0].lower()


def test_missing_file_and_folder(tmp_path: Path) -> None:
    for target in (tmp_path / "missing.txt", tmp_path):
        proc = run_cli("analyze", str(target))
        assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
        assert "Traceback" not in proc.stderr


def test_missing_model_says_what_to_install(seed_path: Path) -> None:
    proc = run_cli("analyze", str(seed_path), "--model", "no_such_pipeline_xyz")
    assert proc.returncode == 2
    assert "no_such_pipeline_xyz" in proc.stderr and "Traceback" not in proc.stderr
    env = {**os.environ, "FIVEWS_MODEL": "no_such_pipeline_xyz"}
    proc = subprocess.run(
        [sys.executable, "-m", "fivews", "analyze", str(seed_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 2 and "FIVEWS_MODEL" in proc.stderr


def test_jsonl_stream_skips_bad_records(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = [
        {
            "id": "a",
            "text": "Flood waters rise\n\nRivers burst their banks on Monday, officials said.",
            "published": "2023-05-16",
        },
        "{not json",
        {"id": "b", "text": ""},
        {
            "id": "c",
            "text": "Team wins cup\n\nThe home side won the final on Saturday, its coach said.",
        },
    ]
    corpus.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n",
        encoding="utf-8",
    )
    proc = run_cli("analyze", str(corpus), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1  # some records were skipped
    outs = [
        json.loads(line) for line in (tmp_path / "out" / "corpus.jsonl").read_text().splitlines()
    ]
    assert [o["document"]["id"] for o in outs] == ["a", "c"]
    assert outs[0]["document"]["published"]["value"] == "2023-05-16"
    assert "line 2" in proc.stderr and "line 3" in proc.stderr and "Traceback" not in proc.stderr
    for o in outs:
        validate(o)


def test_html_input(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>"
        "<p>Dock workers returned to work on Friday after a week-long strike over pay, their union said.</p>"
        "<p>The port authority said cargo handling would be back to normal within days.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    proc = run_cli("analyze", str(page))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    text = data["document"]["text"]
    for block in data["document"]["blocks"]:
        assert text[block["start"] : block["end"]] == block["text"]
