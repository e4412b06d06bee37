"""How well does fivews link people, organisations and places across articles, and what
does linking cost?

Accuracy: B³ precision, recall and F1 over the named mentions of the MEANTIME Wikinews
demo corpus (``notebooks/data/meantime/meantime.jsonl``), against a small gold made for
fivews by reading the articles (``benchmarks/data/linking/meantime_dev.json``; its
``_about`` says how; MEANTIME's own cross-document annotation is held out and was not
used). Three systems, each giving every mention a cluster:

* ``none`` — per-article entity ids (fivews without linking);
* ``naive`` — the same lower-cased entity name across articles;
* ``fivews`` — ``corpus_id`` from :func:`fivews.linking.link_corpus`.

The gold has three parts: ``dev`` (the apple and airbus stories; the rules were tuned
on it), ``check`` (the gm story, annotated before any tuning and only reported) and
``check2`` (the stock-market story, annotated after tuning from its names alone, never
tuned on).

Cost: the corpus is analysed once (``fivews analyze --format parquet``, timed: the
analysis time per article) and linked (timed: the linking share of the analysis time,
target ≤ 20%). Then the analysed articles are replicated with new document ids (dates
shifted by ten days a copy, so events stay distinct while names recur) to 1,000 articles
(``--full``: 1,000 and 10,000) and linked one article at a time through
:class:`fivews.linking.Linker`: time, and peak memory of the linker's own state
(``tracemalloc``), which should grow sub-linearly; and the same articles' tables through
:func:`fivews.linking.link_corpus` (reading the rows, writing the id columns and the two
corpus tables: its output grows with the rows, so its memory is linear). With
``--full`` the base corpus also holds the PolNeAR train (400), TimeML (TimeBank,
AQUAINT) and geo (LGL, GeoVirus, TR-News) articles of ``../shared/data`` (read there at
run time, never copied).

Usage::

    python benchmarks/linking.py                   # ~1 minute: B³ tables, 1k scale
    python benchmarks/linking.py --full            # + shared corpora, 10k (slow)
    python benchmarks/linking.py --tables DIR      # reuse an analysed MEANTIME run
    python benchmarks/linking.py --full --shared-tables DIR  # reuse the shared corpora run
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
MEANTIME = ROOT / "notebooks" / "data" / "meantime" / "meantime.jsonl"
GOLD = ROOT / "benchmarks" / "data" / "linking" / "meantime_dev.json"
SHARED = ROOT.parent / "shared" / "data"
NONE = "_none"

Item = tuple[str, int, int]


# ----------------------------------------------------------------------------- B³


def b_cubed(gold: Mapping[Item, str], system: Mapping[Item, Any]) -> tuple[float, float, float]:
    """B³ precision, recall and F1 of ``system`` clusters over the items of ``gold``
    (Bagga & Baldwin 1998); an item the system has no cluster for is its own cluster."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    sys_of = {i: system.get(i, ("single", i)) for i in items}
    by_gold: dict[str, set[Item]] = defaultdict(set)
    by_sys: dict[Any, set[Item]] = defaultdict(set)
    for i in items:
        by_gold[gold[i]].add(i)
        by_sys[sys_of[i]].add(i)
    precision = recall = 0.0
    for i in items:
        g, s = by_gold[gold[i]], by_sys[sys_of[i]]
        both = len(g & s)
        precision += both / len(s)
        recall += both / len(g)
    p, r = precision / len(items), recall / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def gold_items(rows: Sequence[Mapping[str, Any]], part: str) -> dict[Item, str]:
    """Gold mentions of one part (``dev``, ``check`` or ``all``) -> real-world entity."""
    out: dict[Item, str] = {}
    for row in rows:
        if row["entity"] == NONE or (part != "all" and row["set"] != part):
            continue
        for start, end in row["mentions"]:
            out[(row["doc_id"], start, end)] = row["entity"]
    return out


def system_clusters(entities: pd.DataFrame) -> dict[str, dict[Item, Any]]:
    """Each system's cluster of every mention in the entities table."""
    out: dict[str, dict[Item, Any]] = {"none": {}, "naive": {}, "fivews": {}}
    for row in entities.itertuples(index=False):
        for m in json.loads(row.mentions):
            item = (row.doc_id, m["start"], m["end"])
            out["none"][item] = (row.doc_id, row.id)
            out["naive"][item] = str(row.name).lower()
            out["fivews"][item] = row.corpus_id
    return out


def accuracy(tables: Mapping[str, pd.DataFrame], rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """The B³ table: one row per (gold part, system)."""
    clusters = system_clusters(tables["entities"])
    out = []
    for part in dict.fromkeys(row["set"] for row in rows):
        gold = gold_items(rows, part)
        found = sum(1 for i in gold if i in clusters["fivews"])
        for system in ("none", "naive", "fivews"):
            p, r, f = b_cubed(gold, clusters[system])
            out.append(
                {
                    "part": part,
                    "system": system,
                    "mentions": len(gold),
                    "found": found,
                    "entities": len(set(gold.values())),
                    "B3 P": round(p, 3),
                    "B3 R": round(r, 3),
                    "B3 F1": round(f, 3),
                }
            )
    return pd.DataFrame(out)


def errors(
    tables: Mapping[str, pd.DataFrame], rows: Sequence[Mapping[str, Any]], part: str, n: int = 15
) -> tuple[list[str], list[str]]:
    """The biggest splits (gold entity spread over several corpus ids) and merges
    (one corpus id over several gold entities) of a part, for error analysis."""
    clusters = system_clusters(tables["entities"])["fivews"]
    gold = gold_items(rows, part)
    names = {}
    for row in rows:
        for start, end in row["mentions"]:
            names[(row["doc_id"], start, end)] = row["name"]
    by_gold: dict[str, Counter[str]] = defaultdict(Counter)
    by_sys: dict[str, Counter[str]] = defaultdict(Counter)
    for item, entity in gold.items():
        cid = clusters.get(item, "-")
        by_gold[entity][f"{cid}:{names[item]}"] += 1
        by_sys[cid][entity] += 1
    splits = sorted(
        (e for e in by_gold if len({k.split(":")[0] for k in by_gold[e]}) > 1),
        key=lambda e: -sum(by_gold[e].values()),
    )
    merges = sorted(
        (c for c in by_sys if len(by_sys[c]) > 1), key=lambda c: -sum(by_sys[c].values())
    )
    return (
        [f"{e}: {dict(by_gold[e])}" for e in splits[:n]],
        [f"{c}: {dict(by_sys[c])}" for c in merges[:n]],
    )


# ----------------------------------------------------------------------- the corpora


def shared_records() -> Iterator[dict[str, Any]]:
    """Articles of ``../shared/data`` (PolNeAR train, TimeML, geo) as JSONL records."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from geo import read_corpus  # noqa: PLC0415
    from timeml import read_folder  # noqa: PLC0415

    for folder in ("timebank", "aquaint"):
        for doc in read_folder(SHARED / "timeml" / folder):
            yield {"id": f"timeml-{doc.doc_id}", "text": doc.text, "published": doc.dct or ""}
    for name in ("lgl", "GeoVirus", "TR-News"):
        for article in read_corpus(SHARED / "geo" / f"{name}.xml"):
            yield {"id": f"geo-{name}-{article.index}", "text": article.text}
    train = SHARED / "polnear" / "train" / "text"
    for path in sorted(train.glob("*"))[:400]:
        yield {"id": f"polnear-{path.stem}", "text": path.read_text(encoding="utf-8")}


def analyse(records_path: Path, out: Path) -> float:
    """Analyse a JSONL corpus into ``out`` (corpus mode, one process); seconds taken."""
    from fivews.corpus import run_corpus

    start = time.perf_counter()
    run_corpus(records_path, out, progress=False, overwrite=True)
    return time.perf_counter() - start


# ---------------------------------------------------------------------------- scale


def _shift(day: str | None, days: int) -> str | None:
    if not day:
        return None
    try:
        return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def base_articles(tables: Mapping[str, pd.DataFrame]) -> list[tuple[str, str | None, list, list]]:
    """Each analysed article as linker input: ``(doc_id, published, entities, events)``."""
    from fivews.linking import entity_record, event_record
    from fivews.linking.tables import _groups, _published

    published = _published(tables["documents"])
    ents, evs = tables["entities"], tables["events"]
    eg, vg = _groups(ents), _groups(evs)
    out = []
    for doc_id in published:
        pairs = [
            (str(r["id"]), entity_record(r))
            for r in ents.iloc[eg.get(doc_id, [])].to_dict("records")
        ]
        events = [event_record(r) for r in evs.iloc[vg.get(doc_id, [])].to_dict("records")]
        out.append((doc_id, published[doc_id], pairs, events))
    return out


def replicated(base: Sequence[tuple], n: int) -> Iterator[tuple]:
    """``n`` articles: copies of ``base`` with new ids, each copy ten days later."""
    for i in range(n):
        copy = i // len(base)
        doc_id, published, pairs, events = base[i % len(base)]
        shift = 10 * copy
        moved = [dataclasses.replace(e, date=_shift(e.date, shift)) for e in events]
        yield f"{doc_id}#{copy}", _shift(published, shift), pairs, moved


def _shift_column(values: pd.Series, days: int) -> pd.Series:
    """Day values (``YYYY-MM-DD…``) moved ``days`` later; others unchanged."""
    return values.map(lambda v: (_shift(v, days) or v) if isinstance(v, str) else v)


def replicate_tables(tables: Mapping[str, pd.DataFrame], n: int) -> dict[str, pd.DataFrame]:
    """The tables of ``n`` articles: copies with new ids, each copy ten days later."""
    docs = tables["documents"]
    ids = docs["doc_id"].tolist()
    out: dict[str, list[pd.DataFrame]] = {"documents": [], "entities": [], "events": []}
    for copy in range(-(-n // len(ids))):
        keep = ids[: n - copy * len(ids)]
        for name, column in (
            ("documents", "published_value"),
            ("entities", None),
            ("events", "time_value"),
        ):
            frame = tables[name][tables[name]["doc_id"].isin(keep)].copy()
            frame["doc_id"] = frame["doc_id"] + f"#{copy}"
            if column and column in frame:
                frame[column] = _shift_column(frame[column], 10 * copy)
            out[name].append(frame)
    return {name: pd.concat(frames, ignore_index=True) for name, frames in out.items()}


def link_tables_cost(tables: Mapping[str, pd.DataFrame], n: int) -> dict[str, Any]:
    """:func:`link_corpus` on the tables of ``n`` replicated articles: seconds and peak
    traced memory of the call (its output columns and tables included, input excluded)."""
    from fivews.linking import link_corpus

    big = replicate_tables(tables, n)
    start = time.perf_counter()
    link_corpus(big)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    link_corpus(big)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"link_corpus s": round(seconds, 2), "link_corpus peak MB": round(peak / 2**20, 1)}


def scale(base: Sequence[tuple], n: int) -> dict[str, Any]:
    """Link ``n`` replicated articles: seconds, and peak traced memory of the linker."""
    from fivews.linking import Linker

    linker = Linker(keep_events=False)
    start = time.perf_counter()
    for doc_id, published, pairs, events in replicated(base, n):
        linker.add_article(doc_id, published, pairs, events)
    linker.tables()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    linker = Linker(keep_events=False)
    for doc_id, published, pairs, events in replicated(base, n):
        linker.add_article(doc_id, published, pairs, events)
    linker.tables()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "articles": n,
        "link s": round(seconds, 2),
        "ms/article": round(1000 * seconds / n, 2),
        "peak MB (linker)": round(peak / 2**20, 1),
        "corpus entities": len(linker.entity_linker),
        "corpus events": len(linker.event_linker),
    }


# ----------------------------------------------------------------------------- main


def markdown_table(frame: pd.DataFrame) -> str:
    """A pandas table as a Markdown table (without the optional ``tabulate`` package)."""
    header = "| " + " | ".join(map(str, frame.columns)) + " |"
    rule = "|" + "---|" * len(frame.columns)
    body = ["| " + " | ".join(map(str, row)) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *body])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", type=Path, help="an analysed run of meantime.jsonl")
    parser.add_argument("--full", action="store_true", help="shared corpora and 10,000 articles")
    parser.add_argument(
        "--shared-tables", type=Path, help="with --full: an analysed run of the shared corpora"
    )
    parser.add_argument(
        "--errors",
        choices=["dev", "check", "check2"],
        help="print the biggest splits and merges of one gold part (tune on dev only)",
    )
    parser.add_argument("--json", type=Path, help="save the numbers")
    args = parser.parse_args(argv)

    from fivews.corpus import read_corpus_tables
    from fivews.linking import link_corpus

    rows = json.loads(GOLD.read_text(encoding="utf-8"))["rows"]
    with tempfile.TemporaryDirectory() as tmp:
        out = args.tables
        analyse_s = None
        if out is None:
            out = Path(tmp) / "meantime"
            analyse_s = analyse(MEANTIME, out)
        tables = read_corpus_tables(out, linked=False)
        n_docs = len(tables["documents"])
        start = time.perf_counter()
        linked = link_corpus(tables)
        link_s = time.perf_counter() - start
        base_tables = tables
        if args.full:
            shared_dir = args.shared_tables
            if shared_dir is None:
                shared_dir = Path(tmp) / "shared"
                path = Path(tmp) / "shared.jsonl"
                with path.open("w", encoding="utf-8") as fh:
                    for record in shared_records():
                        fh.write(json.dumps(record) + "\n")
                shared_s = analyse(path, shared_dir)
            shared = read_corpus_tables(shared_dir, linked=False)
            n_shared = len(shared["documents"])
            print(f"shared corpora: {n_shared} articles")
            base_tables = {
                k: pd.concat([tables[k], shared[k]], ignore_index=True)
                for k in ("documents", "entities", "events")
            }
            if analyse_s is None and args.shared_tables is None:
                analyse_s, n_docs = shared_s, n_shared
                start = time.perf_counter()
                link_corpus(shared)
                link_s = time.perf_counter() - start

    table = accuracy(linked, rows)
    print("B³ over named mentions (MEANTIME; gold made by reading the articles)\n")
    print(markdown_table(table))
    if args.errors:
        splits, merges = errors(linked, rows, args.errors)
        print(f"\n{args.errors}: biggest splits\n  " + "\n  ".join(splits))
        print(f"{args.errors}: biggest merges\n  " + "\n  ".join(merges))

    base = base_articles(base_tables)
    sizes = (1000, 10000) if args.full else (1000,)
    cost = pd.DataFrame([{**scale(base, n), **link_tables_cost(base_tables, n)} for n in sizes])
    print(f"\nLinking cost ({len(base)} analysed articles replicated)\n")
    print(markdown_table(cost))
    share = None
    if analyse_s:
        share = link_s / analyse_s
        print(
            f"\nanalyze: {1000 * analyse_s / n_docs:.0f} ms/article; link_corpus: "
            f"{1000 * link_s / n_docs:.1f} ms/article = "
            f"{100 * share:.1f}% of analyze (target ≤ 20%)"
        )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "accuracy": table.to_dict("records"),
                    "cost": cost.to_dict("records"),
                    "link_share_of_analyze": share,
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
