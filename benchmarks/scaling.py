"""Does fivews's cost grow with the length of one document, and no faster?

Real political news (PolNeAR train texts, read from ``../shared/data/polnear`` at run
time, never copied) is concatenated, article after article with a blank line between,
to documents of 10 KB, 100 KB, 300 KB and 1 MB (characters). Each size is written to a
temporary ``.txt`` file and measured in fresh subprocesses:

* ``fivews`` — :func:`fivews.analysis.analyze` of the file plus ``to_dict()`` and the JSON
  dump, which is what ``fivews analyze FILE`` runs, with the time of every step
  (reading, the spaCy components over all chunks, each fivews component, ``to_dict``);
* ``bare parse`` — the bare spaCy pipeline (``fivews.nlp.load_base_model``) over the same
  text cut into the same chunks (``nlp.pipe``), the floor fivews is built on;
* ``CLI`` — one whole ``python -m fivews analyze FILE`` process at the sizes given by
  ``--cli-sizes`` (default the largest), start-up included.

Printed: wall time, peak memory (the subprocess's maximum RSS, model included), the
growth ratio of each size to the 100 KB one beside the bare parse's, and a table of the
per-step times with their own growth ratios. The targets (reported, not asserted):
1 MB ≤ 12× the time of 100 KB and ≤ 1 GB peak memory.

Usage: ``python benchmarks/scaling.py [--sizes 10000,100000,300000,1000000]
[--cli-sizes 1000000] [--json PATH]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from workers import spawn_worker  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
SIZES = (10_000, 100_000, 300_000, 1_000_000)
#: The size every growth ratio is taken against.
BASE = 100_000
#: Publication date given to every document, so none is inferred from the text.
PUBLISHED = "2016-06-01"


def build_text(size: int, source: Path = POLNEAR) -> str:
    """Real articles, in file-name order, joined by blank lines and cut to ``size`` chars.

    The cut falls at the last line break before ``size`` (a word is never split).
    """
    if not source.is_dir():
        raise SystemExit(f"no PolNeAR texts at {source} (see ../shared/data/polnear/SOURCE.md)")
    parts: list[str] = []
    total = 0
    for path in sorted(source.glob("*.txt")):
        body = path.read_text(encoding="utf-8").strip()
        if not body:
            continue
        parts.append(body)
        total += len(body) + 2
        if total >= size:
            break
    text = "\n\n".join(parts)
    if len(text) < size:
        raise SystemExit(f"not enough text for {size:,} characters")
    cut = text.rfind("\n", 0, size)
    return text[: cut if cut > size // 2 else size].rstrip() + "\n"


def _max_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


class _Timed:
    """A pipeline component wrapped to add its own time (not its input's) to ``seconds``."""

    def __init__(self, name: str, component: Any, seconds: dict[str, float]) -> None:
        self.name, self.component, self.seconds = name, component, seconds

    def _add(self, t0: float) -> None:
        self.seconds[self.name] = self.seconds.get(self.name, 0.0) + time.perf_counter() - t0

    def __call__(self, doc: Any) -> Any:
        t0 = time.perf_counter()
        out = self.component(doc)
        self._add(t0)
        return out

    def pipe(self, docs: Any, **kwargs: Any) -> Any:
        docs = list(docs)  # the upstream components run here, outside this step's time
        t0 = time.perf_counter()
        if hasattr(self.component, "pipe"):
            out = list(self.component.pipe(docs, **kwargs))
        else:
            out = [self.component(doc) for doc in docs]
        self._add(t0)
        return iter(out)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.component, name)


def fivews_worker(path: Path) -> dict[str, Any]:
    """``analyze(path)`` + ``to_dict()`` + JSON, timed per step, in this fresh process."""
    from fivews import analysis
    from fivews.article import read_article
    from fivews.nlp import load_pipeline

    nlp = load_pipeline()
    analysis.analyze("Officials said on Monday that the talks in Paris would go on.", nlp=nlp)
    seconds: dict[str, float] = {}
    nlp._components = [(n, _Timed(n, c, seconds)) for n, c in nlp._components]  # noqa: SLF001
    original_read = analysis.read_article

    def timed_read(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        out = read_article(*args, **kwargs)
        seconds["read_article"] = time.perf_counter() - t0
        return out

    analysis.read_article = timed_read
    t0 = time.perf_counter()
    result = analysis.analyze(path, published=PUBLISHED, nlp=nlp)
    t1 = time.perf_counter()
    text = json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
    seconds["to_dict + json"] = time.perf_counter() - t1
    wall = time.perf_counter() - t0
    seconds["other (tokenizer, chunk joining)"] = wall - sum(seconds.values())
    analysis.read_article = original_read
    return {
        "seconds": wall,
        "steps": seconds,
        "tokens": len(result.doc),
        "output_chars": len(text),
        "peak_rss_mb": _max_rss_mb(),
    }


def bare_worker(path: Path) -> dict[str, Any]:
    """The bare spaCy parse of the same text, in the same chunks, in this fresh process."""
    from fivews.analysis import CHUNK_CHARS, _chunk_bounds
    from fivews.nlp import load_base_model

    nlp = load_base_model()
    list(nlp.pipe(["Officials said on Monday that the talks in Paris would go on."]))
    text = path.read_text(encoding="utf-8")
    t0 = time.perf_counter()
    pieces = [text[s:e] for s, e in _chunk_bounds(text, CHUNK_CHARS)]
    tokens = sum(len(doc) for doc in nlp.pipe(pieces, batch_size=1))
    return {"seconds": time.perf_counter() - t0, "tokens": tokens, "peak_rss_mb": _max_rss_mb()}


def cli_worker(path: Path) -> dict[str, Any]:
    """One whole ``python -m fivews analyze FILE`` process: wall time and its peak RSS."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "fivews", "analyze", str(path), "--published", PUBLISHED],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        cwd=ROOT,
    )
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"fivews analyze failed: {proc.stderr[-2000:]}")
    return {"seconds": wall, "peak_rss_mb": _max_rss_mb(resource.RUSAGE_CHILDREN)}


WORKERS = {"fivews": fivews_worker, "bare": bare_worker, "cli": cli_worker}


def _kb(size: int) -> str:
    return f"{size / 1000:,.0f} KB" if size < 1_000_000 else f"{size / 1_000_000:g} MB"


def format_tables(results: dict[int, dict[str, Any]]) -> str:
    """The size table (with growth ratios to :data:`BASE`) and the per-step table."""
    sizes = sorted(results)
    base = results.get(BASE) or results[sizes[0]]
    lines = [
        "| input | tokens | fivews s | × 100 KB | bare parse s | × 100 KB "
        "| fivews / bare | peak RSS MB | bare peak RSS MB | CLI s | CLI peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in sizes:
        r = results[size]
        f, b, c = r["fivews"], r["bare"], r.get("cli")
        cli = f"| {c['seconds']:.1f} | {c['peak_rss_mb']:.0f} |" if c else "| – | – |"
        lines.append(
            f"| {_kb(size)} | {f['tokens']:,} | {f['seconds']:.2f} "
            f"| {f['seconds'] / base['fivews']['seconds']:.2f} | {b['seconds']:.2f} "
            f"| {b['seconds'] / base['bare']['seconds']:.2f} "
            f"| {f['seconds'] / b['seconds']:.2f} | {f['peak_rss_mb']:.0f} "
            f"| {b['peak_rss_mb']:.0f} {cli}"
        )
    steps = list(results[sizes[-1]]["fivews"]["steps"])
    head = " | ".join(_kb(s) for s in sizes)
    lines += [
        "",
        f"| step (s) | {head} | {_kb(sizes[-1])} / {_kb(BASE)} |",
        "|---|" + "---:|" * (len(sizes) + 1),
    ]
    for step in steps:
        values = [results[s]["fivews"]["steps"].get(step, 0.0) for s in sizes]
        b = base["fivews"]["steps"].get(step, 0.0)
        ratio = f"{values[-1] / b:.1f}" if b > 0.001 else "–"
        lines.append(f"| {step} | " + " | ".join(f"{v:.2f}" for v in values) + f" | {ratio} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Build the documents, measure each size in fresh subprocesses, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="characters")
    parser.add_argument("--cli-sizes", default=str(SIZES[-1]), help="sizes also run by the CLI")
    parser.add_argument("--json", type=Path, help="save the numbers to this file")
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(WORKERS[args.worker](args.input)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    cli_sizes = {int(s) for s in args.cli_sizes.split(",") if s}
    results: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="fivews-scaling-") as tmp:
        for size in sizes:
            path = Path(tmp) / f"polnear_{size}.txt"
            path.write_text(build_text(size), encoding="utf-8")
            results[size] = {}
            for mode in ("bare", "fivews") + (("cli",) if size in cli_sizes else ()):
                print(f"{_kb(size)}: {mode} …", file=sys.stderr, flush=True)
                results[size][mode] = spawn_worker(
                    __file__, ["--worker", mode, "--input", str(path)]
                )
    print(
        "Real political news (PolNeAR train) concatenated; wall time in one process "
        "after loading the model; peak RSS of the whole process.\n"
    )
    print(format_tables(results))
    last, base = results[max(sizes)], results.get(BASE)
    if base and max(sizes) >= 1_000_000:
        growth = last["fivews"]["seconds"] / base["fivews"]["seconds"]
        peak = max(r["peak_rss_mb"] for r in last.values())
        print(
            f"\nTargets: {_kb(max(sizes))} / 100 KB time {growth:.1f}× (≤ 12: "
            f"{'met' if growth <= 12 else 'NOT met'}); peak memory {peak:.0f} MB "
            f"(≤ 1,024: {'met' if peak <= 1024 else 'NOT met'})"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
