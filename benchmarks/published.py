"""Score the inferred publication date on real articles whose true date is known.

Usage::

    python benchmarks/published.py [--data DIR] [--split train|dev|all] [--meantime [DIR]]
                                   [--errors N]

Each PolNeAR article (``DIR/{train,dev}/text/*.txt``; the true date is the
``publication_date`` column of ``DIR/metadata.tsv``) is read by :func:`fivews.article.from_text`
from its body text alone: no title, no file name and no date are given. For each split the
table reports how many articles get a date (``inferred``), and of those the share on the exact
day, within 7 days and in the right year, overall and per confidence level. ``--errors N``
lists up to N inferred dates more than a week off, with the evidence, to study (train only:
the dev split is for reporting).

``--scraped`` adds the scraped news of ``../shared/data/geo`` (TR-News: many outlets;
LGL: local US papers) whose scrape stamp names a full day (:mod:`five_ws_sources`), the
body alone (without its title), split by the parity of the article id: ``scraped-even``
to study, ``scraped-odd`` to report. The stamp is when the page was fetched or dated by
the scraper, so it is a noisier truth than PolNeAR's metadata.

``--meantime`` adds the 120 MEANTIME Wikinews texts (``../shared/data/meantime``, the date in
its ``metadata.tsv``) as a sanity check on other real text; nothing is tuned on them.

The texts are read from ``../shared`` at run time and never copied into the project.
Only the text's body is read, so the file name (which holds the date) plays no part.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from fivews.article import from_text

SHARED_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
DEFAULT_DATA = SHARED_DATA / "polnear"
DEFAULT_MEANTIME = SHARED_DATA / "meantime"
#: A date this many days from the truth (or fewer) counts as "within a week".
WEEK_DAYS = 7


def true_dates(data: Path) -> dict[tuple[str, str], dt.date]:
    """``{(split, filename stem): publication date}`` from ``metadata.tsv``."""
    with (data / "metadata.tsv").open(encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return {
            (r["compartment"], r["filename"]): dt.date.fromisoformat(r["publication_date"])
            for r in rows
        }


def polnear_texts(data: Path, split: str) -> Iterator[tuple[str, str, dt.date]]:
    """``(article id, body text, true date)`` of each PolNeAR article of ``split``."""
    truth = true_dates(data)
    for path in sorted((data / split / "text").glob("*.txt")):
        if (split, path.stem) in truth:
            yield path.stem, path.read_text(encoding="utf-8"), truth[(split, path.stem)]


def meantime_texts(folder: Path) -> Iterator[tuple[str, str, dt.date]]:
    """``(article id, text, true date)`` of each MEANTIME (Wikinews) article."""
    with (folder / "metadata.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if not row["published"]:
                continue  # no known date to score against
            text = (folder / row["file"]).read_text(encoding="utf-8")
            yield row["id"], text, dt.date.fromisoformat(row["published"])


def scraped_texts(shared: Path, parity: int) -> Iterator[tuple[str, str, dt.date]]:
    """``(article id, body text, stamp date)`` of the TR-News and LGL articles with a
    dated stamp whose id has ``parity`` (0 even, 1 odd)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from five_ws_sources import XML_SOURCES, _xml_articles

    for name in XML_SOURCES.values():
        path = (shared / "geo" / name).resolve()
        if not path.is_file():
            continue
        for rid, article in _xml_articles(path).items():
            text = article["text"]
            if article["title"] and text.startswith(article["title"]):
                text = text[len(article["title"]) :].lstrip("\n")
            if article["published"] and text.strip() and rid.isdigit() and int(rid) % 2 == parity:
                yield rid, text, dt.date.fromisoformat(article["published"])


def score_split(split: str, texts: Iterable[tuple[str, str, dt.date]]) -> pd.DataFrame:
    """One row per article: true date, inferred date, confidence, basis, evidence."""
    rows = []
    for name, text, true in texts:
        article = from_text(text)
        published = article.published
        value = dt.date.fromisoformat(published.value) if published.value else None
        rows.append(
            {
                "split": split,
                "article": name,
                "true": true,
                "inferred": value,
                "confidence": getattr(published, "confidence", None),
                "basis": getattr(published, "basis", None),
                "evidence": " | ".join(published.evidence),
            }
        )
    return pd.DataFrame(rows)


def summarise(frame: pd.DataFrame) -> dict[str, object]:
    """Counts and shares for one group of articles."""
    got = frame[frame["inferred"].notna()]
    off = [abs((i - t).days) for i, t in zip(got["inferred"], got["true"], strict=True)]
    n = len(got)

    def share(k: int) -> str:
        return f"{k}/{n} = {k / n:.0%}" if n else "-"

    return {
        "articles": len(frame),
        "inferred": n,
        "exact": share(sum(d == 0 for d in off)),
        f"within {WEEK_DAYS} days": share(sum(d <= WEEK_DAYS for d in off)),
        "right year": share(
            sum(i.year == t.year for i, t in zip(got["inferred"], got["true"], strict=True))
        ),
    }


def report(frame: pd.DataFrame) -> pd.DataFrame:
    """The table: one row per split, then one per split and confidence level."""
    rows = []
    for split, part in frame.groupby("split", sort=False):
        rows.append({"split": split, "confidence": "all", "basis": "all", **summarise(part)})
        groups = part[part["inferred"].notna()].groupby(["confidence", "basis"], sort=True)
        for (level, basis), _ in groups:
            sub = part[(part["confidence"] == level) & (part["basis"] == basis)]
            rows.append({"split": split, "confidence": level, "basis": basis, **summarise(sub)})
    return pd.DataFrame(rows)


def markdown_table(frame: pd.DataFrame) -> str:
    """A pandas table as a Markdown table (without the optional ``tabulate`` package)."""
    header = "| " + " | ".join(map(str, frame.columns)) + " |"
    rule = "|" + "---|" * len(frame.columns)
    body = ["| " + " | ".join(map(str, row)) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *body])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (and, if asked, the worst errors)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=["train", "dev", "all"], default="all")
    parser.add_argument(
        "--meantime",
        type=Path,
        nargs="?",
        const=DEFAULT_MEANTIME,
        default=None,
        help="also score the MEANTIME Wikinews texts (a sanity check on other real text)",
    )
    parser.add_argument(
        "--scraped", action="store_true", help="also score TR-News and LGL (scrape stamps)"
    )
    parser.add_argument(
        "--errors", type=int, default=0, help="list N train (and scraped-even) errors > a week"
    )
    args = parser.parse_args(argv)
    if not (args.data / "metadata.tsv").is_file():
        print(f"{args.data}: no PolNeAR data (metadata.tsv) here", file=sys.stderr)
        return 2
    splits = ["train", "dev"] if args.split == "all" else [args.split]
    parts = [score_split(s, polnear_texts(args.data, s)) for s in splits]
    if args.meantime is not None:
        parts.append(score_split("meantime", meantime_texts(args.meantime)))
    if args.scraped:
        for parity, name in ((0, "scraped-even"), (1, "scraped-odd")):
            parts.append(score_split(name, scraped_texts(SHARED_DATA, parity)))
    frame = pd.concat(parts, ignore_index=True)
    print(markdown_table(report(frame)))
    if args.errors:
        studied = frame["split"].isin(["train", "scraped-even"])
        got = frame[studied & frame["inferred"].notna()]
        off = [abs((i - t).days) for i, t in zip(got["inferred"], got["true"], strict=True)]
        bad = got[[d > WEEK_DAYS for d in off]]
        for row in bad.head(args.errors).itertuples():
            print(f"\n{row.article}: true {row.true}, inferred {row.inferred} ({row.confidence})")
            print(f"  {row.evidence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
