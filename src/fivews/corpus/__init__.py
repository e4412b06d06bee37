"""Corpus mode: a JSONL corpus in, one Parquet table per layer out, resumable, on one
machine or on a Dask cluster.

:func:`run_corpus` streams the records of one or more JSONL files through
:func:`fivews.analysis.analyze_records` (spaCy's ``nlp.pipe``, ``n_process`` worker
processes) and writes five tables, each row keyed by ``doc_id``:

``documents``
    one row per article: ``doc_id``, ``text`` (the exact input text all offsets refer to),
    the ``document`` fields of the JSON output, ``n_entities`` … ``n_events`` and the
    ``main_event`` fields (prefixed ``main_event_``).
``entities``, ``timexes``, ``claims``, ``events``
    one row per item of that layer: ``doc_id``, ``position`` (the item's index in the
    article's list) and the item's fields.

How fields become columns is in :mod:`fivews.corpus.rows`; the files of ``out_dir`` are
listed in :mod:`fivews.corpus.layout`; why a run survives being killed (atomic part files
and the ledger) is in :mod:`fivews.corpus.ledger`; how records are read and given ids is
in :mod:`fivews.corpus.inputs`; why memory stays flat is in :mod:`fivews.corpus.analyse`;
how the Dask engine splits the work is in :mod:`fivews.corpus.engines`.

Read the tables back with :func:`read_corpus_tables`; cross-article tables come from
:func:`top_actors`, :func:`top_sources` and :func:`mentions_over_time`. With ``--link``
(:func:`fivews.linking.store.link_out_dir`) the same people, organisations, places and
events get one id across articles, written to ``out_dir/linked/`` and joined in by
:func:`read_corpus_tables` (``entities.corpus_id``, ``events.corpus_event_id`` and the
``corpus_entities`` and ``corpus_events`` tables; see :mod:`fivews.linking`).

No library covered this: Dask's and pyarrow's dataset writers write whole datasets but
keep no record of which input rows are done, so resuming without duplicates needs the
ledger kept here.
"""

from typing import Any

from fivews.corpus import analyse
from fivews.corpus.analyse import WARMUP_TEXT, worker_pipeline
from fivews.corpus.crossarticle import mentions_over_time, top_actors, top_sources
from fivews.corpus.engines import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_BLOCKSIZE,
    DEFAULT_PART_SIZE,
    ENGINES,
    FORMATS,
    dask_client,
    later_duplicates,
    partition_ids,
    process_partition,
    run_corpus,
)
from fivews.corpus.inputs import count_lines, input_files, iter_lines, parse_line, record_id
from fivews.corpus.layout import (
    ITEM_LAYERS,
    KEY_COLUMNS,
    LEDGER_NAME,
    LINK_DIR,
    LINK_TABLES,
    LOCK_NAME,
    TABLES,
    TMP_SUFFIX,
)
from fivews.corpus.ledger import (
    clear_out_dir,
    finished_ids,
    prepare_out_dir,
    read_ledger,
)
from fivews.corpus.results import CorpusSummary
from fivews.corpus.rows import analysis_rows, flatten
from fivews.corpus.tables import read_corpus_tables, rows_to_table, write_part

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_BLOCKSIZE",
    "DEFAULT_PART_SIZE",
    "ENGINES",
    "FORMATS",
    "ITEM_LAYERS",
    "KEY_COLUMNS",
    "LEDGER_NAME",
    "LINK_DIR",
    "LINK_TABLES",
    "LOCK_NAME",
    "PIPELINE_LOADS",
    "TABLES",
    "TMP_SUFFIX",
    "WARMUP_TEXT",
    "CorpusSummary",
    "analysis_rows",
    "clear_out_dir",
    "count_lines",
    "dask_client",
    "finished_ids",
    "flatten",
    "input_files",
    "iter_lines",
    "later_duplicates",
    "mentions_over_time",
    "parse_line",
    "partition_ids",
    "prepare_out_dir",
    "process_partition",
    "read_corpus_tables",
    "read_ledger",
    "record_id",
    "rows_to_table",
    "run_corpus",
    "top_actors",
    "top_sources",
    "worker_pipeline",
    "write_part",
]


def __getattr__(name: str) -> Any:
    """``PIPELINE_LOADS``: read live from :mod:`fivews.corpus.analyse`, which counts the
    loads of this process (a copy made at import would stay 0)."""
    if name == "PIPELINE_LOADS":
        return analyse.PIPELINE_LOADS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
