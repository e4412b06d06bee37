"""How fast is fivews compared with the bare spaCy parse it is built on?

Prints one table, every row measured in the same run on the same texts: the seed article
plus real political news (PolNeAR train texts, read from ``../shared/data/polnear`` at run
time), or with ``--corpus generated`` (the default where ``../shared`` is missing) the
seed plus news-like articles from ``benchmarks/newsgen.py``, of realistic length but
built from a few hundred template words, so that they repeat far more than real news:

* ``bare nlp.pipe`` — the same spaCy model as ``spacy.load`` gives it, no fivews
  components (the floor). fivews runs the same components, except that spaCy's
  ``attribute_ruler`` is replaced by :class:`fivews.attribute_ruler.MemoAttributeRuler`
  (the same rules and output, memoised); ``--components`` shows what that saves;
* ``fivews, 1 process`` — the full analysis, ``fivews.analysis.analyze_records`` plus
  ``to_dict()`` for every article (what ``fivews analyze corpus.jsonl`` does);
* ``bare nlp.pipe, 2 processes`` — the floor with ``n_process=2``: what two processes
  gain on this machine at best (two virtual cores rarely give 2×);
* ``fivews, 2 processes`` — the full analysis through ``nlp.pipe(n_process=2)``;

with articles/s, tokens/s, CPU time per article (this process plus its reaped children;
a fairer comparison than wall time when other work shares the machine), peak RSS (summed
over the process and its children, sampled with psutil) and the ratio of each to the bare
parse. Each row runs in a fresh
subprocess, after loading the model and a short warm-up, so rows do not share caches.
Then the whole-process time of a cold ``python -m fivews analyze seeds/<seed>.txt``.

Options: ``--n N`` articles (default 192; rounded up to a multiple of twice the batch
size, so the two workers get equal shares), ``--repeat R`` interleaved rounds of the four
rows, each row reporting its fastest round (default 5; the default run takes 8–10 minutes),
``--components`` also prints the CPU time of each pipeline step (where fivews's share goes),
``--scale`` also runs corpus mode on 1,000 and 10,000 articles and compares peak RSS
(slow: tens of minutes), ``--make-figures`` also times ``make figures`` (after setup),
``--json PATH`` saves the numbers.

The speed targets are reported, not asserted: full analysis ≥ 1.0× the bare parse's
articles/s in one process (and never below 0.9×); 2 processes ≥ 1.8× one, or bare
spaCy's own two-process gain where that is lower; corpus-mode RSS at 10,000 articles
within 10% of 1,000; cold ``fivews analyze`` under 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "seeds" / "000_9b00dab25d4e3da2.txt"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
sys.path.insert(0, str(HERE))

from newsgen import generate_records  # noqa: E402
from workers import spawn_worker  # noqa: E402

#: Articles analysed before timing starts (model caches, lazy imports).
WARMUP = 5


# ----------------------------------------------------------------------------- memory


class PeakRSS:
    """Sample the summed RSS of this process and its children in a background thread.

    ``resource.getrusage`` gives the peak of one process only; with ``n_process=2`` the
    workers' memory counts too, so the process tree is sampled (RSS counts shared
    copy-on-write pages once per process, so this overstates a forked tree a little).
    """

    def __init__(self, interval: float = 0.05) -> None:
        import psutil

        self.proc = psutil.Process()
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        total = 0
        for p in [self.proc, *self.proc.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except Exception:  # a worker that just exited
                continue
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(
            self.peak, self._sample(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        )


# ---------------------------------------------------------------------------- workers


def _cpu_seconds() -> float:
    """CPU seconds used by this process and its finished (reaped) children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _load_records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def worker(mode: str, input_path: Path, batch_size: int, model: str | None) -> dict[str, Any]:
    """Run one measurement in this (fresh) process and return its numbers."""
    records = _load_records(input_path)
    t0 = time.perf_counter()
    if mode.startswith("bare"):
        from fivews.nlp import load_base_model

        nlp = load_base_model(model)
    else:
        from fivews.nlp import load_pipeline

        nlp = load_pipeline(model)
    load_seconds = time.perf_counter() - t0
    n_process = 2 if mode in ("full2", "bare2") else 1

    def run(batch: list[dict[str, Any]], n_proc: int) -> tuple[int, int]:
        articles = tokens = 0
        if mode.startswith("bare"):
            for doc in nlp.pipe(
                (r["text"] for r in batch), batch_size=batch_size, n_process=n_proc
            ):
                articles += 1
                tokens += len(doc)
            return articles, tokens
        from fivews.analysis import Analysis, analyze_records

        for result in analyze_records(batch, nlp=nlp, batch_size=batch_size, n_process=n_proc):
            if isinstance(result, Analysis):
                result.to_dict()
                articles += 1
                tokens += len(result.doc)
        return articles, tokens

    run(records[:WARMUP], 1)
    with PeakRSS() as rss:
        cpu0 = _cpu_seconds()
        t0 = time.perf_counter()
        articles, tokens = run(records, n_process)
        seconds = time.perf_counter() - t0
        cpu = _cpu_seconds() - cpu0
    return {
        "mode": mode,
        "articles": articles,
        "tokens": tokens,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "load_seconds": load_seconds,
        "peak_rss_mb": rss.peak / 2**20,
        "pipe_names": list(nlp.pipe_names),
    }


def components_worker(input_path: Path, model: str | None) -> dict[str, Any]:
    """CPU seconds per step (reading, tokenizer, each pipeline component, ``to_dict``).

    Components are called one article at a time (no batching), so the spaCy components
    cost more here than inside ``nlp.pipe``; the fivews components' shares are exact.
    fivews replaces spaCy's ``attribute_ruler`` by its memoised one; for comparison,
    spaCy's own ruler (same patterns) is also timed on a copy of each Doc, outside the
    totals.
    """
    from spacy.pipeline import AttributeRuler

    from fivews.analysis import Analysis, make_doc
    from fivews.article import read_article
    from fivews.attribute_ruler import STOCK_NAME, MemoAttributeRuler
    from fivews.nlp import load_pipeline

    nlp = load_pipeline(model)
    records = _load_records(input_path)
    seconds: dict[str, float] = {}
    compare: dict[str, float] = {}
    ruler = nlp.get_pipe(STOCK_NAME) if STOCK_NAME in nlp.pipe_names else None
    stock = None
    if isinstance(ruler, MemoAttributeRuler):
        stock = AttributeRuler(nlp.vocab)
        stock.add_patterns(ruler.patterns)

    def add(step: str, t0: float, into: dict[str, float] = seconds) -> None:
        into[step] = into.get(step, 0.0) + time.process_time() - t0

    # The first articles warm caches and are not counted (none when there are too few).
    warmup = WARMUP if len(records) > WARMUP else 0
    for i, record in enumerate(records):
        if i == warmup:
            seconds.clear()
            compare.clear()
        t0 = time.process_time()
        article = read_article(record)
        add("read_article", t0)
        t0 = time.process_time()
        doc = make_doc(nlp, article)
        add("tokenizer", t0)
        for name, component in nlp.pipeline:
            if name == STOCK_NAME and stock is not None:
                copy = doc.copy()
                t0 = time.process_time()
                stock(copy)
                add(f"{STOCK_NAME}, spaCy's own", t0, compare)
            t0 = time.process_time()
            doc = component(doc)
            add(name, t0)
        t0 = time.process_time()
        Analysis(article, doc).to_dict()
        add("to_dict", t0)
    return {
        "mode": "components",
        "articles": len(records) - warmup,
        "seconds": seconds,
        "compare": compare,
        "memo_ruler": stock is not None,
    }


def format_components(result: dict[str, Any]) -> str:
    """Per-step CPU time as a Markdown table, fivews steps marked."""
    seconds = result["seconds"]
    total = sum(seconds.values())
    fivews_steps = {
        s for s in seconds if s.startswith("fivews_") or s in ("read_article", "to_dict")
    }
    lines = ["| step | ms/article | share | part of |", "|---|---:|---:|---|"]
    for step, value in seconds.items():
        owner = "fivews" if step in fivews_steps else "spaCy"
        if step == "attribute_ruler" and result.get("memo_ruler"):
            owner = "spaCy's rules, fivews's memo"
        lines.append(
            f"| {step} | {1000 * value / result['articles']:.1f} "
            f"| {100 * value / total:.1f}% | {owner} |"
        )
    ours = sum(v for s, v in seconds.items() if s in fivews_steps)
    lines.append(
        f"| **fivews total** | {1000 * ours / result['articles']:.1f} "
        f"| {100 * ours / total:.1f}% | |"
    )
    for step, value in result.get("compare", {}).items():
        lines.append(
            f"| *{step} (not run; what the memo saves)* "
            f"| *{1000 * value / result['articles']:.1f}* | | spaCy |"
        )
    return "\n".join(lines)


def corpus_worker(
    input_path: Path, out_dir: Path, batch_size: int, model: str | None
) -> dict[str, Any]:
    """Run corpus mode on ``input_path`` and report its peak RSS."""
    from fivews.corpus import run_corpus

    with PeakRSS(interval=0.5) as rss:
        summary = run_corpus(
            input_path, out_dir, batch_size=batch_size, model=model, progress=False
        )
    return {
        "mode": "corpus",
        "articles": summary.analysed,
        "seconds": summary.seconds,
        "peak_rss_mb": rss.peak / 2**20,
    }


# ------------------------------------------------------------------------ whole runs


def _real_records(n: int) -> list[dict[str, Any]]:
    """``n`` PolNeAR train texts as records: evenly spaced by file name, so that every
    outlet (the file names start with it) has its share."""
    files = sorted(POLNEAR.glob("*.txt"))
    if len(files) < n:
        raise SystemExit(f"{len(files)} PolNeAR texts at {POLNEAR}, {n} needed")
    files = [files[i * len(files) // n] for i in range(n)]
    return [{"id": f.stem, "text": f.read_text(encoding="utf-8")} for f in files]


def write_corpus(path: Path, n: int, seed: int = 0, corpus: str = "generated") -> None:
    """Write the seed article plus ``n - 1`` real (``corpus="real"``) or generated
    articles as JSONL."""
    with path.open("w", encoding="utf-8") as fh:
        if n > 0 and SEED.exists():
            fh.write(json.dumps({"id": SEED.stem, "text": SEED.read_text(encoding="utf-8")}) + "\n")
            n -= 1
        records = _real_records(n) if corpus == "real" else generate_records(n, seed)
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def cold_analyze(repeats: int = 3) -> list[float]:
    """Whole-process seconds of ``python -m fivews analyze <seed>`` (output discarded)."""
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "fivews", "analyze", str(SEED)],
            capture_output=True,
            check=False,
            cwd=ROOT,
        )
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            raise RuntimeError(f"fivews analyze failed: {proc.stderr.decode()[-2000:]}")
    return times


def machine() -> str:
    """One line naming the machine the table was taken on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    import spacy

    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"spaCy {spacy.__version__}, {platform.system()} {platform.release()}; "
        f"load average at start {load:.1f}"
    )


def best_rows(rounds: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Per mode, the round with the least wall time.

    The rounds run the modes in turn (bare, full1, full2, bare, …), so a slow spell of a
    shared machine hits every mode alike instead of one row; the fastest round of each
    is the one least disturbed. All rounds are kept in the ``--json`` output.
    """
    return [
        min((rnd[i] for rnd in rounds), key=lambda row: row["seconds"])
        for i in range(len(rounds[0]))
    ]


def format_table(rows: list[dict[str, Any]]) -> str:
    """The results as a Markdown table with ratios to the bare parse."""
    bare = rows[0]
    bare_aps = bare["articles"] / bare["seconds"]
    bare_tps = bare["tokens"] / bare["seconds"]
    bare_cpu = bare["cpu_seconds"] / bare["articles"]
    labels = {
        "bare": "bare nlp.pipe (floor)",
        "full1": "fivews, 1 process",
        "bare2": "bare nlp.pipe, 2 processes",
        "full2": "fivews, 2 processes",
    }
    lines = [
        "| run | articles | articles/s | × bare | tokens/s | × bare "
        "| CPU ms/article | × bare | peak RSS MB | × bare | load s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        aps = r["articles"] / r["seconds"]
        tps = r["tokens"] / r["seconds"]
        lines.append(
            f"| {labels[r['mode']]} | {r['articles']} | {aps:.1f} | {aps / bare_aps:.2f} "
            f"| {tps:,.0f} | {tps / bare_tps:.2f} "
            f"| {1000 * r['cpu_seconds'] / r['articles']:.0f} "
            f"| {r['cpu_seconds'] / r['articles'] / bare_cpu:.2f} | {r['peak_rss_mb']:.0f} "
            f"| {r['peak_rss_mb'] / bare['peak_rss_mb']:.2f} | {r['load_seconds']:.1f} |"
        )
    return "\n".join(lines)


def targets(rows: list[dict[str, Any]], cold: list[float]) -> list[str]:
    """The speed targets, each with the measured value and met / not met."""
    aps = {r["mode"]: r["articles"] / r["seconds"] for r in rows}
    out = []

    def check(name: str, value: float, goal: str, ok: bool) -> None:
        out.append(f"- {name}: {value:.2f} (target {goal}) — {'met' if ok else 'NOT met'}")

    cpu = {r["mode"]: r["cpu_seconds"] / r["articles"] for r in rows}
    for name, ratio in (
        ("fivews 1 process / bare", aps["full1"] / aps["bare"]),
        ("same, by CPU time per article (robust on a busy machine)", cpu["bare"] / cpu["full1"]),
    ):
        check(name, ratio, "≥ 1.00; floor 0.90", ratio >= 1.0)
        if 0.9 <= ratio < 1.0:
            out[-1] += " (floor 0.90 met)"
    if "full2" in aps:
        gain = aps["full2"] / aps["full1"]
        goal = min(1.8, aps["bare2"] / aps["bare"]) if "bare2" in aps else 1.8
        ceiling = (
            f"; bare spaCy's own on this machine: {aps['bare2'] / aps['bare']:.2f}"
            if "bare2" in aps
            else ""
        )
        out.append(
            f"- fivews 2 processes / 1 process: {gain:.2f} "
            f"(target ≥ 1.80{ceiling}) — {'met' if gain >= goal else 'NOT met'}"
        )
    if cold:
        best = min(cold)
        check(
            "cold `fivews analyze` of the seed, best of "
            f"{len(cold)} (median {statistics.median(cold):.2f}) s",
            best,
            "< 2 s",
            best < 2,
        )
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or, with ``--worker``, one measurement) and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n",
        type=int,
        default=192,
        help="articles per run, rounded up to a multiple of twice the batch size (default 192)",
    )
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--corpus",
        choices=["real", "generated"],
        default="real" if POLNEAR.is_dir() else "generated",
        help="real PolNeAR news (default where ../shared is present) or generated articles",
    )
    parser.add_argument("--model", default=None, help="spaCy pipeline (default fivews's)")
    parser.add_argument("--no-parallel", action="store_true", help="skip the 2-process row")
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        help="interleaved rounds; each row reports its fastest (default 5)",
    )
    parser.add_argument("--cold-repeats", type=int, default=3)
    parser.add_argument(
        "--components",
        action="store_true",
        help="also CPU time per pipeline step (one article at a time)",
    )
    parser.add_argument(
        "--scale", action="store_true", help="also corpus mode on 1,000 and 10,000 articles (slow)"
    )
    parser.add_argument(
        "--scale-sizes",
        default="1000,10000",
        help="the two corpus sizes compared by --scale (default 1000,10000)",
    )
    parser.add_argument("--make-figures", action="store_true", help="also time `make figures`")
    parser.add_argument("--json", type=Path, help="save the numbers to this file")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker == "components":
        print(json.dumps(components_worker(args.input, args.model)))
        return 0
    if args.worker == "corpus":
        print(json.dumps(corpus_worker(args.input, args.out, args.batch_size, args.model)))
        return 0
    if args.worker:
        print(json.dumps(worker(args.worker, args.input, args.batch_size, args.model)))
        return 0

    common = ["--batch-size", str(args.batch_size)]
    common += ["--model", args.model] if args.model else []
    results: dict[str, Any] = {
        "machine": machine(),
        "n": args.n,
        "batch_size": args.batch_size,
        "corpus": args.corpus,
    }
    print(f"Machine: {results['machine']}", flush=True)
    with tempfile.TemporaryDirectory(prefix="fivews-bench-") as tmp:
        corpus = Path(tmp) / "bench.jsonl"
        # nlp.pipe(n_process=2) hands out whole batches in turn; a count that is not a
        # multiple of two batches leaves one worker a batch more at the end (at 205
        # articles in batches of 32, 109 against 96), which caps any two-process row.
        n = -(-args.n // (2 * args.batch_size)) * 2 * args.batch_size
        write_corpus(corpus, n, corpus=args.corpus)
        modes = ["bare", "full1"] + ([] if args.no_parallel else ["bare2", "full2"])
        rounds: list[list[dict[str, Any]]] = []
        for r in range(args.repeat):
            rounds.append([])
            for mode in modes:
                print(
                    f"round {r + 1}/{args.repeat}: measuring {mode} …", file=sys.stderr, flush=True
                )
                rounds[-1].append(
                    spawn_worker(__file__, ["--worker", mode, "--input", str(corpus), *common])
                )
        rows = best_rows(rounds)
        results["rounds"], results["rows"] = rounds, rows
        print(
            f"\nThroughput on {n} articles (seed + {args.corpus}; "
            f"nlp.pipe batch_size={args.batch_size}; "
            f"bare components: {', '.join(rows[0]['pipe_names'])}; "
            f"each row the fastest of {args.repeat} interleaved rounds):\n"
        )
        print(format_table(rows))
        if args.components:
            print("measuring components …", file=sys.stderr, flush=True)
            comp = spawn_worker(
                __file__, ["--worker", "components", "--input", str(corpus), *common]
            )
            results["components"] = comp
            print(f"\nCPU time per step, {comp['articles']} articles one at a time:\n")
            print(format_components(comp))
        cold = cold_analyze(args.cold_repeats) if args.cold_repeats else []
        results["cold_analyze_seconds"] = cold
        if cold:
            print(
                f"\nCold `python -m fivews analyze {SEED.relative_to(ROOT)}` (whole process): "
                + ", ".join(f"{t:.2f} s" for t in cold)
            )
        if args.make_figures:
            t0 = time.perf_counter()
            subprocess.run(["make", "figures"], cwd=ROOT, check=True, capture_output=True)
            results["make_figures_seconds"] = time.perf_counter() - t0
            print(f"`make figures` (after setup): {results['make_figures_seconds']:.1f} s")
        if args.scale:
            scale = {}
            small_n, big_n = (int(x) for x in args.scale_sizes.split(","))
            for n in (small_n, big_n):
                path = Path(tmp) / f"scale{n}.jsonl"
                write_corpus(path, n, seed=1)
                print(f"corpus mode on {n:,} articles …", file=sys.stderr, flush=True)
                scale[n] = spawn_worker(
                    __file__,
                    [
                        "--worker",
                        "corpus",
                        "--input",
                        str(path),
                        "--out",
                        str(Path(tmp) / f"out{n}"),
                        *common,
                    ],
                )
                path.unlink()
            results["scale"] = scale
            small, big = scale[small_n]["peak_rss_mb"], scale[big_n]["peak_rss_mb"]
            verdict = "met" if big <= 1.1 * small else "NOT met"
            print(
                f"\nCorpus mode peak RSS: {small_n:,} articles {small:.0f} MB "
                f"({scale[small_n]['articles'] / scale[small_n]['seconds']:.1f} articles/s); "
                f"{big_n:,} articles {big:.0f} MB "
                f"({scale[big_n]['articles'] / scale[big_n]['seconds']:.1f} articles/s); "
                f"ratio {big / small:.3f} (target ≤ 1.10 — {verdict})"
            )
    print("\nTargets:")
    print("\n".join(targets(rows, cold)))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
