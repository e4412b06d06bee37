"""Corpus mode: Parquet tables per layer, resumption after a kill, and the Dask engine.

The corpus is a handful of short articles written for this test (plus a bad line and a
repeated id), so the whole file runs in well under two minutes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from fivews import corpus
from fivews.corpus import (
    LEDGER_NAME,
    TABLES,
    flatten,
    read_corpus_tables,
    read_ledger,
    run_corpus,
)

ARTICLES = [
    (
        "port-strike",
        "Dock workers walk out in Rotterdam\n\n"
        "ROTTERDAM — Dock workers at Europe's largest port went on strike on Tuesday, "
        "halting container traffic, the FNV union said.\n\n"
        '"We have waited three years for a fair offer," union leader Anna de Vries told '
        "reporters outside the terminal.\n\n"
        "The port authority said about 40 ships were waiting offshore on March 4, 2025.\n",
    ),
    (
        "rates",
        "Central bank raises rates again\n\n"
        "The Bank of Canada raised its key interest rate by a quarter point on Wednesday, "
        "its third increase this year.\n\n"
        "Governor Tiff Macklem said inflation remained too high and warned that further "
        "increases could follow in July.\n",
    ),
    (
        "flood",
        "Floods force thousands from their homes\n\n"
        "DHAKA — Heavy rain flooded large parts of northern Bangladesh on Sunday, and "
        "officials said more than 20,000 people had been moved to shelters.\n\n"
        '"The water is still rising," said Rahim Uddin, a district official in Sylhet.\n',
    ),
    (
        "trial",
        "Former minister goes on trial\n\n"
        "A former transport minister went on trial in Lisbon on Monday, accused of taking "
        "bribes from a construction company between 2015 and 2018.\n\n"
        "His lawyer, Pedro Santos, denied the charges and told the court that his client "
        "had acted within the law.\n",
    ),
    (
        "vaccine",
        "Clinics run short of measles vaccine\n\n"
        "Health officials in Nairobi said on Friday that several clinics had run out of "
        "measles vaccine after a surge in demand.\n\n"
        "The World Health Organization said it would send 200,000 doses next week.\n",
    ),
    (
        "merger",
        "Airlines agree to merge\n\n"
        "Two regional airlines announced on Thursday that they would merge, creating the "
        "third-largest carrier in South America.\n\n"
        "Chief executive Laura Gomez said the deal would be completed by December and that "
        "no jobs would be cut, according to a statement.\n",
    ),
]


def write_jsonl(path: Path, records: list[dict | str]) -> Path:
    """Write records (dicts, or raw lines for broken ones) as JSONL."""
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write((record if isinstance(record, str) else json.dumps(record)) + "\n")
    return path


def small_records() -> list[dict | str]:
    """Six articles, one line that is not JSON, an empty text and a repeated id."""
    records: list[dict | str] = [
        {"id": rid, "text": text, "published": "2025-03-04"} for rid, text in ARTICLES
    ]
    records.insert(3, "{this is not json")
    records.insert(5, {"id": "empty", "text": "   "})
    records.append({"id": "rates", "text": "A repeat of an id already seen."})
    return records


@pytest.fixture(scope="module")
def local_run(tmp_path_factory, nlp):
    """The small corpus through the local engine (the pipeline is already loaded)."""
    root = tmp_path_factory.mktemp("corpus")
    source = write_jsonl(root / "corpus.jsonl", small_records())
    out = root / "out"
    summary = run_corpus(source, out, part_size=4, batch_size=2, progress=False)
    return source, out, summary


def test_tables_written_and_keyed_by_document(local_run) -> None:
    source, out, summary = local_run
    assert (summary.analysed, summary.failed, summary.duplicates) == (6, 2, 1)
    assert {f["line"] for f in summary.failures} == {"corpus.jsonl:4", "corpus.jsonl:6"}
    tables = read_corpus_tables(out)
    assert set(tables) == set(TABLES)
    for table in TABLES:
        assert sorted(p.name for p in (out / table).glob("*.parquet")) == [
            "part-r001-000000.parquet",
            "part-r001-000001.parquet",
        ]
    docs = tables["documents"]
    assert sorted(docs["doc_id"]) == sorted(rid for rid, _ in ARTICLES)
    assert docs["doc_id"].is_unique
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    assert texts["flood"] == dict(ARTICLES)["flood"]
    for layer in ("entities", "timexes", "events", "claims"):
        df = tables[layer]
        assert set(df["doc_id"]) <= set(texts)
        assert str(df["position"].dtype) == "Int64"
        # counts in the documents table agree with the item tables
        counts = df.groupby("doc_id").size()
        for doc_id, n in zip(docs["doc_id"], docs[f"n_{layer}"], strict=True):
            assert counts.get(doc_id, 0) == n
        if {"start", "end"} <= set(df.columns):
            for row in df.dropna(subset=["start", "end"]).itertuples():
                assert 0 <= row.start <= row.end <= len(texts[row.doc_id])
    assert len(tables["entities"]) > 0 and len(tables["timexes"]) > 0


def test_flatten_rule() -> None:
    """Records spread over columns; lists and dicts keyed by data stay one JSON column."""
    row = flatten(
        {
            "text": "x",
            "source": {"name": "A", "spans": [1, 2]},
            "tags": ["a"],
            "reasons": {"c19": ["numbers differ"]},
        }
    )
    assert row == {
        "text": "x",
        "source_name": "A",
        "source_spans": "[1, 2]",
        "tags": '["a"]',
        "reasons": '{"c19": ["numbers differ"]}',
    }


def test_part_files_mix_types_and_missing_columns(tmp_path: Path) -> None:
    """Columns that differ between parts (int vs float, absent, text vs number) unify."""
    for table in TABLES:
        (tmp_path / table).mkdir()
    corpus.write_part(
        tmp_path, "part-a", {"entities": [{"doc_id": "a", "position": 0, "score": 1, "label": "X"}]}
    )
    corpus.write_part(
        tmp_path,
        "part-b",
        {"entities": [{"doc_id": "b", "position": 0, "score": 0.5, "label": 3, "extra": True}]},
    )
    for part in ("part-a", "part-b"):
        corpus.ledger._append_ledger(tmp_path, {"part": part, "run": 1, "ids": [], "failed": []})
    df = read_corpus_tables(tmp_path)["entities"]
    assert list(df["score"]) == [1.0, 0.5]
    assert list(df["label"]) == ["X", "3"]
    assert df["extra"].isna().tolist() == [True, False]


def test_torn_ledger_line_is_ignored(tmp_path: Path) -> None:
    (tmp_path / LEDGER_NAME).write_text('{"part": "p1", "ids": ["a"]}\n{"part": "p2", "ids": ["b"')
    assert [e["part"] for e in read_ledger(tmp_path)] == ["p1"]
    done, run = corpus.prepare_out_dir(tmp_path)
    assert done == {"a"} and run == 1
    assert (tmp_path / LEDGER_NAME).read_text().endswith("]}\n")


def test_resume_after_kill_loses_nothing_and_repeats_nothing(tmp_path: Path, nlp) -> None:
    """Kill a corpus run with SIGKILL after its first finished part, run it again, and
    compare with an uninterrupted run: every document once, the same rows."""
    records = [{"id": f"{rid}-{k}", "text": text} for k in range(2) for rid, text in ARTICLES]
    source = write_jsonl(tmp_path / "corpus.jsonl", records)
    out = tmp_path / "out"
    code = (
        "import sys; from fivews.corpus import run_corpus; "
        "run_corpus(sys.argv[1], sys.argv[2], part_size=1, batch_size=1, progress=False)"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(source), str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    ledger = out / LEDGER_NAME
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        if ledger.exists() and ledger.stat().st_size > 0:
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()[-2000:]
    finished = corpus.finished_ids(out)
    assert 1 <= len(finished) < len(records)

    # What a kill can leave behind: a half-written file and a part not in the ledger.
    (out / "entities" / "part-r001-999999.parquet.tmp").write_bytes(b"partial")
    pq.write_table(
        pq.read_table(next((out / "documents").glob("*.parquet"))),
        out / "documents" / "part-r001-999999.parquet",
    )

    summary = run_corpus(source, out, part_size=1, batch_size=1, progress=False)
    assert summary.skipped == len(finished)
    assert summary.analysed == len(records) - len(finished)
    assert not list(out.glob("*/*.tmp"))
    assert not list(out.glob("*/part-r001-999999.parquet"))
    ledger_ids = [i for entry in read_ledger(out) for i in entry["ids"]]
    assert sorted(ledger_ids) == sorted(r["id"] for r in records)

    clean = tmp_path / "clean"
    run_corpus(source, clean, part_size=5, progress=False)
    resumed, expected = read_corpus_tables(out), read_corpus_tables(clean)
    for table in TABLES:
        pd.testing.assert_frame_equal(resumed[table], expected[table], check_like=True)

    again = run_corpus(source, out, progress=False)  # nothing left to do
    assert (again.analysed, again.skipped) == (0, len(records))


def _pipeline_loads() -> int:
    return corpus.PIPELINE_LOADS


def test_dask_engine_matches_local_run(local_run, tmp_path: Path) -> None:
    """Two worker processes, several partitions: the same tables as the local engine,
    and one pipeline load per worker."""
    distributed = pytest.importorskip("distributed")
    source, local_out, _ = local_run
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        out = tmp_path / "dask"
        summary = run_corpus(
            source,
            out,
            engine="dask",
            scheduler=cluster.scheduler_address,
            blocksize=900,
            part_size=4,
            batch_size=2,
            progress=False,
        )
        with distributed.Client(cluster) as client:
            loads = client.run(_pipeline_loads)
    assert len(list((out / "documents").glob("*.parquet"))) >= 2  # several partitions
    assert (summary.analysed, summary.failed, summary.duplicates) == (6, 2, 1)
    assert max(loads.values()) == 1
    dask_tables, local_tables = read_corpus_tables(out), read_corpus_tables(local_out)
    for table in TABLES:
        pd.testing.assert_frame_equal(dask_tables[table], local_tables[table], check_like=True)


def test_cross_article_tables_and_plots(local_run) -> None:
    from matplotlib.figure import Figure

    from fivews.corpus import mentions_over_time, top_actors, top_sources
    from fivews.plots.corpus import plot_mentions_over_time, plot_top_actors, plot_top_sources

    tables = read_corpus_tables(local_run[1])
    actors = top_actors(tables, n=5)
    assert list(actors.columns) == ["name", "label", "articles", "mentions"]
    assert 0 < len(actors) <= 5
    assert actors["articles"].is_monotonic_decreasing
    assert (actors["mentions"] >= actors["articles"]).all() and (actors["articles"] <= 6).all()
    sources = top_sources(tables)
    assert list(sources.columns) == ["source", "claims", "articles"]
    assert sources["claims"].sum() <= len(tables["claims"])
    over_time = mentions_over_time(tables, list(actors["name"]), period="year")
    assert set(over_time["month"]) <= {"2025"}
    for fig in (
        plot_top_actors(actors),
        plot_top_sources(sources),
        plot_mentions_over_time(over_time),
    ):
        assert isinstance(fig, Figure)


def test_second_run_on_same_folder_is_refused(tmp_path: Path) -> None:
    fcntl = pytest.importorskip("fcntl")
    from fivews.errors import InputError

    source = write_jsonl(tmp_path / "corpus.jsonl", [{"id": "a", "text": ARTICLES[0][1]}])
    out = tmp_path / "out"
    out.mkdir()
    with open(out / corpus.LOCK_NAME, "a+b") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with pytest.raises(InputError, match="another fivews corpus run"):
            run_corpus(source, out, progress=False)
    assert not (out / LEDGER_NAME).exists()
