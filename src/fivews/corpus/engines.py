""":func:`run_corpus` and the engines it runs on: this machine (``nlp.pipe`` with worker
processes) or a Dask cluster.

On Dask (``engine="dask"``), the JSONL files are split into partitions with
``dask.bag.read_text(blocksize=...)``; each partition runs on a worker, which loads the
pipeline once per worker process (:func:`worker_pipeline`), writes its own part files
into ``out_dir`` (which must be storage every worker and the client can reach) and
returns its ledger entries; the client alone appends them to the ledger. The tables are
the same as a single-process run's.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from fivews.corpus.analyse import _process_stream, worker_pipeline
from fivews.corpus.inputs import count_lines, input_files, iter_lines, parse_line
from fivews.corpus.layout import LOCK_NAME
from fivews.corpus.ledger import _append_ledger, clear_out_dir, prepare_out_dir
from fivews.corpus.records import LedgerEntry, StreamCounts
from fivews.corpus.results import CorpusSummary

#: Output formats corpus mode writes.
FORMATS: tuple[str, ...] = ("parquet",)
#: Engines :func:`run_corpus` runs on.
ENGINES: tuple[str, ...] = ("local", "dask")
#: Default number of articles per ``nlp.pipe`` batch.
DEFAULT_BATCH_SIZE = 32
#: Default number of articles per part file (the unit of resumption).
DEFAULT_PART_SIZE = 256
#: Default size of a Dask partition of the JSONL input.
DEFAULT_BLOCKSIZE = "1MiB"


def run_corpus(
    input_path: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    fmt: str = "parquet",
    processes: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    part_size: int = DEFAULT_PART_SIZE,
    model: str | None = None,
    engine: str = "local",
    scheduler: str | Any | None = None,
    blocksize: str | int = DEFAULT_BLOCKSIZE,
    progress: bool = True,
    overwrite: bool = False,
) -> CorpusSummary:
    """Analyse a JSONL corpus into one Parquet table per layer; resume if interrupted.

    Args:
        input_path: a JSONL file, a glob pattern or a list of files; records
            ``{"id", "text", "title"?, "published"?, "url"?}``. A record without ``id``
            gets ``sha1-<hash of its text>``.
        out_dir: output folder (created); an earlier run's output there is resumed.
        fmt: output format; only ``"parquet"``.
        processes: worker processes for ``nlp.pipe(n_process=...)`` (local engine).
        batch_size: articles per ``nlp.pipe`` batch.
        part_size: articles per part file, the unit of resumption.
        model: spaCy pipeline name (default: :func:`fivews.nlp.load_pipeline`'s).
        engine: ``"local"`` (this machine) or ``"dask"``.
        scheduler: Dask scheduler address (``"tcp://host:8786"``) or a
            ``distributed.Client``; default a local cluster of 2 single-threaded worker
            processes.
        blocksize: bytes of JSONL per Dask partition.
        progress: show a progress bar (articles/s) on stderr.
        overwrite: delete an earlier run's tables and ledger in ``out_dir`` first
            (start afresh instead of resuming).

    Returns:
        A :class:`CorpusSummary`. Failed records are listed in it and in the ledger and
        are not retried on resume.

    Raises:
        ValueError: unknown ``fmt`` or ``engine``. MissingFileError: no input file.
        InputError: another run is writing to ``out_dir``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"corpus mode writes {', '.join(FORMATS)}, not {fmt!r}")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    files = input_files(input_path)
    root = Path(out_dir)
    started = time.perf_counter()
    root.mkdir(parents=True, exist_ok=True)
    with _exclusive(root):
        if overwrite:
            clear_out_dir(root)
        done, run = prepare_out_dir(root)
        summary = CorpusSummary(out_dir=root)
        if engine == "dask":
            _run_dask(
                files,
                root,
                summary,
                done=done,
                run=run,
                model=model,
                batch_size=batch_size,
                part_size=part_size,
                scheduler=scheduler,
                blocksize=blocksize,
                progress=progress,
            )
        else:
            _run_local(
                files,
                root,
                summary,
                done=done,
                run=run,
                model=model,
                batch_size=batch_size,
                part_size=part_size,
                processes=processes,
                progress=progress,
            )
    summary.seconds = time.perf_counter() - started
    return summary


@contextlib.contextmanager
def _exclusive(root: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``root/_lock`` so two runs never write one folder (a
    second run would delete the first one's unfinished parts). The OS releases the lock
    when the process dies, even by SIGKILL."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    with open(root / LOCK_NAME, "a+b") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            from fivews.errors import InputError

            raise InputError(f"{root}: another fivews corpus run is writing here") from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _progress_bar(total: int | None, initial: int, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(
        total=total,
        initial=initial,
        unit="article",
        file=sys.stderr,
        disable=not enabled,
        dynamic_ncols=True,
        smoothing=0.1,
    )


def _run_local(
    files: list[Path],
    root: Path,
    summary: CorpusSummary,
    *,
    done: set[str],
    run: int,
    model: str | None,
    batch_size: int,
    part_size: int,
    processes: int,
    progress: bool,
) -> None:
    nlp = worker_pipeline(model)
    total = count_lines(files) if progress else None
    with _progress_bar(total, min(len(done), total or 0), progress) as bar:
        entries, counts = _process_stream(
            iter_lines(files),
            root,
            lambda i: f"part-r{run:03d}-{i:06d}",
            nlp=nlp,
            done=done,
            batch_size=batch_size,
            part_size=part_size,
            n_process=processes,
            run=run,
            on_progress=bar.update,
        )
    _add_counts(summary, entries, counts)


def _add_counts(summary: CorpusSummary, entries: list[LedgerEntry], counts: StreamCounts) -> None:
    summary.analysed += counts["analysed"]
    summary.skipped += counts["skipped"]
    summary.duplicates += counts["duplicates"]
    summary.failed += counts["failed"] + len(counts["bad_lines"])
    summary.parts += len(entries)
    summary.failures.extend(counts["bad_lines"])
    for entry in entries:
        summary.failures.extend(entry["failed"])


def partition_ids(lines: list[str]) -> list[str]:
    """Dask task: the ids of one partition's records, in order (bad lines skipped)."""
    ids = []
    for line in lines:
        if line.strip():
            record = parse_line(line, "")
            if "_error" not in record:
                ids.append(record["id"])
    return ids


def later_duplicates(ids_per_partition: Sequence[Sequence[str]]) -> list[frozenset[str]]:
    """For each partition, the ids that an earlier partition already holds.

    Partitions are in input order, so skipping these keeps the first occurrence of an
    id, as a single-process run does (repeats inside one partition are skipped there).
    """
    seen: set[str] = set()
    out = []
    for ids in ids_per_partition:
        unique = set(ids)
        out.append(frozenset(unique & seen))
        seen |= unique
    return out


def process_partition(
    lines: list[str],
    partition: int,
    out_dir: str,
    run: int,
    done: frozenset[str],
    duplicates: frozenset[str],
    model: str | None,
    batch_size: int,
    part_size: int,
) -> tuple[list[LedgerEntry], StreamCounts]:
    """Dask task: analyse one partition of JSONL lines on this worker and write its parts.

    The pipeline is loaded once per worker process (:func:`worker_pipeline`); records in
    ``done`` are skipped, and those in ``duplicates`` (held by an earlier partition) too.
    The ledger entries are returned for the client to append.
    """
    nlp = worker_pipeline(model)
    numbered = (
        (f"partition {partition}, line {n}", line)
        for n, line in enumerate(lines, 1)
        if line.strip()
    )
    return _process_stream(
        numbered,
        Path(out_dir),
        lambda i: f"part-r{run:03d}-p{partition:05d}-{i:04d}",
        nlp=nlp,
        done=done,
        repeated=duplicates,
        batch_size=batch_size,
        part_size=part_size,
        n_process=1,
        run=run,
        append_ledger=False,
    )


@contextlib.contextmanager
def dask_client(scheduler: str | Any | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: to ``scheduler`` (an address or a Client), or to a new
    local cluster of 2 single-threaded worker processes, closed on exit."""
    from dask.distributed import Client, LocalCluster

    if scheduler is not None and not isinstance(scheduler, str):
        yield scheduler  # a Client the caller owns
        return
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _run_dask(
    files: list[Path],
    root: Path,
    summary: CorpusSummary,
    *,
    done: set[str],
    run: int,
    model: str | None,
    batch_size: int,
    part_size: int,
    scheduler: str | Any | None,
    blocksize: str | int,
    progress: bool,
) -> None:
    import dask.bag as db
    from dask.distributed import as_completed

    bag = db.read_text(
        [str(f) for f in files], blocksize=blocksize, encoding="utf-8", linedelimiter="\n"
    )
    partitions = bag.to_delayed()
    with dask_client(scheduler) as client:
        # Scattered once as one object (a list of one), not element by element.
        [done_future] = client.scatter([frozenset(done)], broadcast=True, hash=False)
        line_futures = client.compute(partitions)
        # A first, cheap pass finds ids repeated across partitions (kept: the first).
        repeats = later_duplicates(client.gather(client.map(partition_ids, line_futures)))
        futures = [
            client.submit(
                process_partition,
                lines,
                i,
                str(root.resolve()),
                run,
                done_future,
                repeats[i],
                model,
                batch_size,
                part_size,
                pure=False,
            )
            for i, lines in enumerate(line_futures)
        ]
        total = count_lines(files) if progress else None
        with _progress_bar(total, min(len(done), total or 0), progress) as bar:
            for future in as_completed(futures):
                entries, counts = future.result()
                for entry in entries:  # only the client writes the ledger
                    _append_ledger(root, entry)
                _add_counts(summary, entries, counts)
                bar.update(counts["analysed"] + counts["failed"] + len(counts["bad_lines"]))
