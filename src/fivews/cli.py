"""The ``fivews`` command line: ``fivews analyze`` and ``fivews report``.

Exit codes: 0 success; 2 unusable input or no spaCy pipeline, with one line
``fivews: PATH: problem`` on stderr and never a traceback; 130 when interrupted.
A bad record inside a JSONL stream is reported on stderr and skipped; the others are
still processed (the exit code is then 1, so scripts notice).
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from fivews import __version__
from fivews.errors import FivewsError, InputError, LinkWarning, NotEnglishWarning, RecordError
from fivews.fileio import atomic_path

EXIT_OK, EXIT_PARTIAL, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for all sub-commands."""
    parser = argparse.ArgumentParser(
        prog="fivews",
        description="Turn news articles into the five Ws "
        "(who, when, where, what, according to whom).",
    )
    parser.add_argument("--version", action="version", version=f"fivews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    analyze = sub.add_parser("analyze", help="analyse a .txt, .html or .jsonl file")
    analyze.add_argument(
        "path",
        help="article file (.txt, .html) or JSONL records {id, text, title?, published?, url?}",
    )
    analyze.add_argument(
        "--published", help="publication date YYYY-MM-DD (else inferred or from metadata)"
    )
    analyze.add_argument(
        "--format",
        choices=["json", "jsonl", "parquet"],
        default=None,
        help="json (default for one article), jsonl (default for .jsonl), parquet (corpus tables)",
    )
    analyze.add_argument("--out", help="output folder (default: standard output)")
    analyze.add_argument(
        "--model", help="spaCy pipeline name or path (default: $FIVEWS_MODEL, en_core_web_sm)"
    )
    analyze.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    analyze.add_argument(
        "--processes", type=int, default=1, help="worker processes for JSONL input"
    )
    analyze.add_argument("--batch-size", type=int, default=16, help="articles per nlp.pipe batch")
    analyze.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="corpus engine for --format parquet",
    )
    analyze.add_argument("--scheduler", help="Dask scheduler address (default: a local cluster)")
    analyze.add_argument(
        "--part-size",
        type=int,
        default=256,
        help="articles per Parquet part file (the unit of resumption)",
    )
    analyze.add_argument(
        "--blocksize", default="1MiB", help="Dask partition size of the JSONL input"
    )
    analyze.add_argument(
        "--overwrite",
        action="store_true",
        help="start the corpus tables afresh instead of resuming",
    )
    analyze.add_argument(
        "--link",
        action="store_true",
        help="corpus mode: give the same entities and events one id across articles "
        "(corpus_id, corpus_event_id; tables corpus_entities, corpus_events)",
    )

    report = sub.add_parser("report", help="write a one-page HTML report for an article")
    report.add_argument("path", help="article file (.txt or .html)")
    report.add_argument("--out", required=True, help="HTML file to write")
    report.add_argument("--published", help="publication date YYYY-MM-DD")
    report.add_argument("--model", help="spaCy pipeline name or path")
    report.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    path = getattr(args, "path", "")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            code = _dispatch(args)
            _print_warnings(path, caught)
        return code
    except FivewsError as exc:
        where = "" if exc.message.startswith(str(path)) else f"{path}: "
        print(f"fivews: {where}{exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("fivews: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`fivews analyze x | head`): not an error of ours.
        sys.stderr.close()
        return EXIT_OK


def _print_warnings(path: str, caught: list[warnings.WarningMessage]) -> None:
    seen = set()
    for w in caught:
        text = str(w.message)
        if issubclass(w.category, NotEnglishWarning) and text not in seen:
            seen.add(text)
            print(f"fivews: {path}: warning: {text}", file=sys.stderr)
        elif issubclass(w.category, LinkWarning):
            print(f"fivews: {path}: warning: {text}", file=sys.stderr)


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "report":
        return _report(args)
    path = Path(args.path)
    if not path.exists():
        raise InputError("no such file")
    if path.is_dir():
        raise InputError("is a folder; give an article file or a .jsonl file")
    is_jsonl = path.suffix.lower() in {".jsonl", ".ndjson"}
    if args.link and not (is_jsonl and args.format == "parquet"):
        raise InputError(
            "--link links the articles of a corpus: give JSONL records with "
            "--format parquet --out DIR"
        )
    if args.format == "parquet":
        if not is_jsonl:
            raise InputError("--format parquet needs JSONL records (a corpus)")
        if not args.out:
            raise InputError("--format parquet needs --out DIR")
        return _corpus(args)
    if is_jsonl:
        return _analyze_jsonl(args, path)
    return _analyze_one(args, path)


def _analyze_one(args: argparse.Namespace, path: Path) -> int:
    from fivews.analysis import analyze

    result = analyze(path, published=args.published, model=args.model, encoding=args.encoding)
    data = result.to_dict()
    text = json.dumps(data, ensure_ascii=False, indent=None if args.format == "jsonl" else 2)
    if args.out:
        suffix = ".jsonl" if args.format == "jsonl" else ".json"
        target = Path(args.out) / f"{path.stem}{suffix}"
        with atomic_writer(target) as fh:
            fh.write(text + "\n")
    else:
        sys.stdout.write(text + "\n")
    return EXIT_OK


def read_jsonl(path: Path, encoding: str = "utf-8") -> Iterator[dict[str, Any] | RecordError]:
    """Yield each line's JSON object; a bad line yields a :class:`RecordError` instead."""
    with open(path, encoding=encoding, errors="strict") as fh:
        line_no = 0
        while True:
            try:
                line = fh.readline()
            except UnicodeDecodeError:
                raise InputError(f"not valid {encoding} after line {line_no}") from None
            if not line:
                break
            line_no += 1
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield RecordError(f"line {line_no}: not JSON ({exc.msg})")
                continue
            if not isinstance(record, dict):
                yield RecordError(f"line {line_no}: not a JSON object")
                continue
            record.setdefault("_line", line_no)
            yield record


def _analyze_jsonl(args: argparse.Namespace, path: Path) -> int:
    from fivews.analysis import RecordFailure, analyze_records
    from fivews.nlp import load_pipeline

    nlp = load_pipeline(args.model)
    bad: list[str] = []
    items = read_jsonl(path, args.encoding)
    lines: list[int] = []

    def records() -> Iterator[dict[str, Any]]:
        for item in items:
            if isinstance(item, RecordError):
                bad.append(item.message)
                print(f"fivews: {path}: skipped {item.message}", file=sys.stderr)
                continue
            lines.append(int(item.pop("_line")))
            if args.published and not item.get("published"):
                item["published"] = args.published
            yield item

    progress = _progress(sys.stderr.isatty())
    out: IO[str]
    with _output(args.out, f"{path.stem}.jsonl") as out:
        for result in analyze_records(
            records(), nlp=nlp, batch_size=args.batch_size, n_process=args.processes
        ):
            if isinstance(result, RecordFailure):
                line = lines[result.index] if result.index < len(lines) else "?"
                bad.append(result.message)
                print(
                    f"fivews: {path}: skipped record on line {line} (id {result.id}): "
                    f"{result.message}",
                    file=sys.stderr,
                )
                continue
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            progress.update(1)
    progress.close()
    return EXIT_PARTIAL if bad else EXIT_OK


def _corpus(args: argparse.Namespace) -> int:
    from fivews import corpus

    summary = corpus.run_corpus(
        args.path,
        args.out,
        fmt="parquet",
        processes=args.processes,
        batch_size=args.batch_size,
        part_size=args.part_size,
        model=args.model,
        engine=args.engine,
        scheduler=args.scheduler,
        blocksize=args.blocksize,
        progress=sys.stderr.isatty(),
        overwrite=args.overwrite,
    )
    for failure in summary.failures:
        rid = f" (id {failure['id']})" if failure.get("id") is not None else ""
        print(f"fivews: {args.path}: skipped record{rid}: {failure['message']}", file=sys.stderr)
    print(
        f"fivews: {summary.analysed} analysed, {summary.skipped} already done, "
        f"{summary.failed} failed, {summary.duplicates} duplicate ids -> {summary.out_dir}",
        file=sys.stderr,
    )
    if args.link:
        from fivews.linking.store import link_out_dir

        counts = link_out_dir(summary.out_dir)
        print(
            f"fivews: linked {counts['entities']} entities into {counts['corpus_entities']} "
            f"corpus entities, {counts['events']} events into {counts['corpus_events']} "
            f"corpus events -> {Path(summary.out_dir) / 'linked'}",
            file=sys.stderr,
        )
    return EXIT_PARTIAL if summary.failed else EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from fivews.analysis import analyze
    from fivews.report import write_report

    result = analyze(args.path, published=args.published, model=args.model, encoding=args.encoding)
    write_report(result, args.out)
    print(f"fivews: wrote {args.out}", file=sys.stderr)
    return EXIT_OK


class _NoProgress:
    def update(self, n: int) -> None:
        """Do nothing."""

    def close(self) -> None:
        """Do nothing."""


def _progress(enabled: bool) -> Any:
    if not enabled:
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(unit="article", file=sys.stderr, dynamic_ncols=True)


@contextmanager
def _output(out_dir: str | None, name: str) -> Iterator[IO[str]]:
    if out_dir is None:
        yield sys.stdout
        return
    with atomic_writer(Path(out_dir) / name) as fh:
        yield fh


@contextmanager
def atomic_writer(target: Path) -> Iterator[IO[str]]:
    """Write a text file atomically (see :func:`fivews.fileio.atomic_path`)."""
    with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        yield fh


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
