"""Score fivews' time expressions against TimeML (TempEval-3) gold, dateparser as the baseline.

Usage::

    python benchmarks/timeml.py [FOLDER ...] [--limit N] [--no-baseline] [--detail] [--errors]
        [--families]

Without a FOLDER it scores both TempEval-3 training folders, ``timebank`` and ``aquaint``
of ``../shared/data/timeml/``, in one table. A FOLDER holds TimeML ``.tml`` files
(TempEval-3 format: a ``<DCT>`` TIMEX3 and a ``<TEXT>`` element with TIMEX3 tags).
For each file the tags are stripped from ``<TEXT>``, entities are unescaped and character
offsets kept; the text goes through the fivews pipeline with
the DCT as ``doc._.published``, and through ``dateparser.search.search_dates`` with
``RELATIVE_BASE`` = DCT.

Scores follow the TempEval-3 conventions: a system timex matches a gold one when the
spans are equal (strict) or overlap (relaxed, one-to-one); type accuracy is over relaxed
matches; value F1 counts relaxed matches with equal ``value`` strings (so it is relaxed
F1 times value accuracy). Files are split by sorted name: the first two thirds are the
development part, the rest held out; the table reports dev, held-out and all per folder
(strict, relaxed, type and value F1, system and gold counts; ``--detail`` adds P and R).

dateparser only returns datetimes; to be fair to it a match is given the granularity its
text shows (a bare year -> ``YYYY``, month and year -> ``YYYY-MM``, a clock time ->
``YYYY-MM-DDTHH:MM``, else the day) and the type DATE (TIME with a clock time).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')

#: the fivews components the benchmark needs (the full pipeline with --full-pipeline)
TIMEX_COMPONENTS = ("fivews_blocks", "fivews_timexes")


@dataclass
class TimeMLDoc:
    """One TimeML file: id, DCT (ISO date), plain text and gold timexes."""

    doc_id: str
    dct: str | None
    text: str
    timexes: list[dict[str, Any]]


def parse_timeml(source: str, doc_id: str = "") -> TimeMLDoc:
    """Read a TimeML document string: DCT, the untagged TEXT and its gold TIMEX3s.

    Raises:
        ValueError: the string has no ``<TEXT>`` element.
    """
    dct_match = re.search(r"<DCT>.*?value=\"([^\"]+)\"", source, re.S)
    dct = dct_match.group(1)[:10] if dct_match else None
    m = re.search(r"<TEXT>(.*)</TEXT>", source, re.S)
    if m is None:
        raise ValueError(f"{doc_id or 'document'}: no <TEXT> element (not TimeML?)")
    body = m.group(1)
    pieces: list[str] = []
    length = 0
    open_timexes: list[dict[str, Any]] = []
    gold: list[dict[str, Any]] = []
    pos = 0
    for tag in TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            attrs = dict(ATTR.findall(tag.group(3)))
            open_timexes.append({"start": length, **attrs})
        elif open_timexes:
            t = open_timexes.pop()
            gold.append(
                {
                    "start": t["start"],
                    "end": length,
                    "type": t.get("type", ""),
                    "value": t.get("value", ""),
                    "mod": t.get("mod"),
                    "tid": t.get("tid"),
                }
            )
    pieces.append(html.unescape(body[pos:]))
    text = "".join(pieces)
    for g in gold:
        g["text"] = text[g["start"] : g["end"]]
    gold.sort(key=lambda g: g["start"])
    return TimeMLDoc(doc_id, dct, text, gold)


def read_folder(folder: Path, limit: int | None = None) -> list[TimeMLDoc]:
    """The ``.tml`` files of ``folder`` in name order (the first ``limit`` ones)."""
    paths = sorted(folder.glob("*.tml"))
    if not paths:
        raise SystemExit(f"timeml: no .tml files in {folder}")
    if limit:
        paths = paths[:limit]
    return [parse_timeml(p.read_text(encoding="utf-8"), p.stem) for p in paths]


# --------------------------------------------------------------------------------------
# Systems
# --------------------------------------------------------------------------------------


def run_fivews(
    docs: Sequence[TimeMLDoc], full_pipeline: bool = False
) -> list[list[dict[str, Any]]]:
    """fivews timexes per document (text through the pipeline, DCT as ``published``).

    TimeML TEXT is article text only, so the Doc gets one paragraph block spanning it
    (no page chrome to skip).
    """
    from fivews.nlp import load_pipeline

    nlp = load_pipeline(components=None if full_pipeline else TIMEX_COMPONENTS)
    spacy_docs = []
    for d in docs:
        doc = nlp.make_doc(d.text)
        doc._.published = d.dct
        doc._.blocks = [{"kind": "paragraph", "start": 0, "end": len(d.text)}]
        spacy_docs.append(doc)
    return [list(doc._.timexes or []) for doc in nlp.pipe(spacy_docs)]


_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.I)
_DAY_HINT = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)|day|tomorrow|tonight|ago|week", re.I)


def dateparser_value(match_text: str, when: dt.datetime) -> tuple[str, str]:
    """(type, value) for a dateparser hit, at the granularity its text shows."""
    t = match_text.strip()
    if re.search(r"\d:\d\d|\b(?:a\.?m|p\.?m)\b", t, re.I):
        return "TIME", when.strftime("%Y-%m-%dT%H:%M")
    if re.fullmatch(r"(?:in\s+)?\d{4}", t):
        return "DATE", f"{when.year:04d}"
    if _MONTH_WORD.search(t) and not _DAY_HINT.search(
        _MONTH_WORD.sub("", t).replace(str(when.year), "")
    ):
        return "DATE", when.strftime("%Y-%m")
    return "DATE", when.strftime("%Y-%m-%d")


def run_dateparser(docs: Sequence[TimeMLDoc]) -> list[list[dict[str, Any]]]:
    """dateparser's ``search_dates`` hits per document, located in the text in order."""
    from dateparser.search import search_dates

    out = []
    for d in docs:
        base = dt.datetime.fromisoformat(d.dct) if d.dct else dt.datetime.now()
        hits = search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        found: list[dict[str, Any]] = []
        pos = 0
        for substring, when in hits:
            i = d.text.find(substring, pos)
            if i < 0:
                i = d.text.find(substring)
                if i < 0:
                    continue
            else:
                pos = i + len(substring)
            typ, value = dateparser_value(substring, when)
            found.append(
                {
                    "start": i,
                    "end": i + len(substring),
                    "text": substring,
                    "type": typ,
                    "value": value,
                }
            )
        out.append(found)
    return out


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------


@dataclass
class Counts:
    """Counts behind the TempEval-3 timex scores."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Counts) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


def match_document(
    gold: list[dict[str, Any]], system: list[dict[str, Any]]
) -> tuple[Counts, list[tuple]]:
    """Counts for one document and its relaxed (gold, system) pairs.

    Each gold timex is paired with at most one system timex: the one sharing the most
    characters with it (one-to-one, greedy by overlap size).
    """
    c = Counts(gold=len(gold), system=len(system))
    gold_spans = {(g["start"], g["end"]) for g in gold}
    c.strict = sum(1 for s in system if (s["start"], s["end"]) in gold_spans)
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if overlap > 0:
                pairs.append((overlap, gi, si))
    pairs.sort(key=lambda p: -p[0])
    used_g: set[int] = set()
    used_s: set[int] = set()
    matched = []
    for _, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        g, s = gold[gi], system[si]
        matched.append((g, s))
        c.relaxed += 1
        c.type_ok += g["type"] == s["type"]
        c.value_ok += g["value"] == s["value"]
    return c, matched


def _f1(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores(c: Counts) -> dict[str, float]:
    """Strict and relaxed P/R/F1, type accuracy, value accuracy and value F1."""
    sp, sr, sf = _f1(c.strict, c.system, c.gold)
    rp, rr, rf = _f1(c.relaxed, c.system, c.gold)
    _, _, tf = _f1(c.type_ok, c.system, c.gold)
    vp, vr, vf = _f1(c.value_ok, c.system, c.gold)
    return {
        "strict P": sp,
        "strict R": sr,
        "strict F1": sf,
        "relaxed P": rp,
        "relaxed R": rr,
        "relaxed F1": rf,
        "type accuracy": c.type_ok / c.relaxed if c.relaxed else 0.0,
        "type F1": tf,
        "value accuracy": c.value_ok / c.relaxed if c.relaxed else 0.0,
        "value P": vp,
        "value R": vr,
        "value F1": vf,
    }


def score_documents(docs: Sequence[TimeMLDoc], system: Sequence[list[dict[str, Any]]]) -> Counts:
    """Summed counts over documents."""
    total = Counts()
    for d, s in zip(docs, system, strict=True):
        total.add(match_document(d.timexes, s)[0])
    return total


def split_dev_heldout(docs: Sequence[TimeMLDoc]) -> tuple[list[int], list[int]]:
    """Indices of the development part (first 2/3 by name) and the held-out rest."""
    order = sorted(range(len(docs)), key=lambda i: docs[i].doc_id)
    cut = (2 * len(order) + 2) // 3
    return order[:cut], order[cut:]


#: the summary columns: measure name -> key of :func:`scores`
SUMMARY = {
    "strict F1": "strict F1",
    "relaxed F1": "relaxed F1",
    "type F1": "type F1",
    "value F1": "value F1",
}


def summary_table(rows: dict[str, Counts]) -> pd.DataFrame:
    """One row per (system, folder, part): strict, relaxed, type and value F1 and the
    system / gold timex counts."""
    records = []
    for name, c in rows.items():
        s = scores(c)
        records.append(
            {"set": name, **{k: round(s[v], 3) for k, v in SUMMARY.items()}}
            | {"system": c.system, "gold": c.gold}
        )
    return pd.DataFrame.from_records(records).set_index("set")


def detail_table(rows: dict[str, Counts]) -> pd.DataFrame:
    """Every measure of :func:`scores` (rows) for each (system, folder, part) (columns)."""
    return pd.DataFrame({name: scores(c) for name, c in rows.items()}).round(3)


def print_errors(
    docs: Sequence[TimeMLDoc], system: Sequence[list[dict[str, Any]]], out=sys.stdout
) -> None:
    """Value errors, misses and false alarms, one line each (for development)."""
    for d, s in zip(docs, system, strict=True):
        _, matched = match_document(d.timexes, s)
        mg = {id(g) for g, _ in matched}
        ms = {id(x) for _, x in matched}
        for g, x in matched:
            if g["value"] != x["value"] or g["type"] != x["type"]:
                print(
                    f"VALUE\t{d.doc_id}\t{d.dct}\t{g['text']!r}\t{g['type']} {g['value']}\t"
                    f"{x['text']!r}\t{x['type']} {x['value']}\t{x.get('rule', '')}",
                    file=out,
                )
        for g in d.timexes:
            if id(g) not in mg:
                print(
                    f"MISS\t{d.doc_id}\t{d.dct}\t{g['text']!r}\t{g['type']} {g['value']}", file=out
                )
        for x in s:
            if id(x) not in ms:
                ctx = d.text[max(0, x["start"] - 30) : x["end"] + 20].replace("\n", " ")
                print(
                    f"FALSE\t{d.doc_id}\t{d.dct}\t{x['text']!r}\t{x['type']} {x['value']}\t{ctx!r}"
                    f"\t{x.get('rule', '')}",
                    file=out,
                )


#: the TempEval-3 training folders, read from ``../shared`` beside the checkout
DEFAULT_FOLDERS = tuple(
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "timeml" / name
    for name in ("timebank", "aquaint")
)


def main(argv: Iterable[str] | None = None) -> int:
    """Command line entry point; prints one score table over every folder."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "folders",
        type=Path,
        nargs="*",
        help="folders of TimeML .tml files (default: ../shared/data/timeml/{timebank,aquaint})",
    )
    ap.add_argument("--limit", type=int, default=None, help="only the first N files (by name)")
    ap.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    ap.add_argument("--full-pipeline", action="store_true", help="run every fivews component")
    ap.add_argument("--detail", action="store_true", help="also print precision and recall")
    ap.add_argument(
        "--errors", action="store_true", help="list fivews' value errors, misses, false alarms"
    )
    ap.add_argument(
        "--families",
        action="store_true",
        help="count fivews' errors by kind and family of expression, per folder",
    )
    args = ap.parse_args(list(argv) if argv is not None else None)

    rows: dict[str, Counts] = {}
    timing: dict[str, float] = {}
    errors = []
    for folder in args.folders or DEFAULT_FOLDERS:
        docs = read_folder(folder, args.limit)
        name = folder.resolve().name
        t0 = time.perf_counter()
        systems = {"fivews": run_fivews(docs, args.full_pipeline)}
        timing[f"fivews {name}"] = time.perf_counter() - t0
        if not args.no_baseline:
            t0 = time.perf_counter()
            systems["dateparser"] = run_dateparser(docs)
            timing[f"dateparser {name}"] = time.perf_counter() - t0
        dev, held = split_dev_heldout(docs)
        print(f"{name}: {len(docs)} files from {folder} (dev {len(dev)}, held-out {len(held)})")
        for system, out in systems.items():
            for part, idx in (("dev", dev), ("held-out", held), ("all", range(len(docs)))):
                if idx:
                    rows[f"{system} {name} {part}"] = score_documents(
                        [docs[i] for i in idx], [out[i] for i in idx]
                    )
        errors.append((name, docs, systems["fivews"]))
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(summary_table(rows).to_string())
        if args.detail:
            print(detail_table(rows).to_string())
    print("seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in timing.items()))
    if args.errors:
        for _, docs, out in errors:
            print_errors(docs, out)
    if args.families:
        from timeml_families import convention_counts, error_table  # beside this script

        table = error_table({name: (docs, out) for name, docs, out in errors}, match_document)
        with pd.option_context("display.width", 250, "display.max_colwidth", 90):
            print(table.to_string(index=False))
        for name, docs, out in errors:
            # value errors where the corpus writes the same time its own way or less precisely
            same = convention_counts(docs, out, match_document)
            c = score_documents(docs, out)
            c.value_ok += sum(same.values())
            print(
                f"{name}: {sum(same.values())} value errors write the same time the corpus's "
                f"way {dict(same)}; counted right, value F1 {scores(c)['value F1']:.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
