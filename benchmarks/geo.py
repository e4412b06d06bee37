"""Score fivews' places (recognition and coordinates) on three public geoparsing corpora.

Usage::

    python benchmarks/geo.py [FOLDER] [--corpora lgl GeoVirus TR-News] [--limit N]
                             [--errors FILE]

FOLDER (default ``../shared/data/geo``) holds ``lgl.xml`` (LGL, local US news),
``GeoVirus.xml`` (WikiNews disease reports) and ``TR-News.xml`` (international news), as
collected by Gritta et al., "A Pragmatic Guide to Geoparsing Evaluation" (2019). Each
article's text goes through the fivews pipeline up to ``fivews_entities``; every mention
of an entity with coordinates, and every place embedded in an organisation's name
(``embedded_places``), is a predicted place at that span.

Scores per corpus part, following Gritta et al.:

* **recall**: share of gold toponyms whose span overlaps a predicted place mention;
* **within 161 km, of recognised**: share of the recognised toponyms whose predicted
  coordinates lie within 161 km (100 miles) of the gold ones (resolution accuracy);
* **end to end**: share of all gold toponyms recognised *and* within 161 km;
* **median error**: median great-circle distance (km) over the recognised toponyms.

The split is fixed: LGL and the odd-indexed GeoVirus articles (0-based) are the **tune**
part rules were developed on; TR-News and the even-indexed GeoVirus articles are the
**report** part, looked at only to measure. ``--limit N`` reads the first N articles of
each corpus (quick runs). ``--errors FILE`` writes every gold toponym with its outcome
as a TSV (outside the project: it quotes the corpora's phrases).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

DEFAULT_FOLDER = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "geo"
CORPORA: tuple[str, ...] = ("lgl", "GeoVirus", "TR-News")

#: The pipeline steps places need.
GEO_COMPONENTS: tuple[str, ...] = ("fivews_blocks", "fivews_entity_ruler", "fivews_entities")

#: A place is resolved right when it lies within this distance of the truth (100 miles).
ACCURACY_KM: float = 161.0

EARTH_RADIUS_KM: float = 6371.0088


@dataclass(frozen=True)
class Toponym:
    """One gold place name: its span, text and coordinates."""

    start: int
    end: int
    phrase: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Article:
    """One annotated article of a corpus, with the part of the split it belongs to."""

    corpus: str
    index: int
    text: str
    toponyms: tuple[Toponym, ...]

    @property
    def part(self) -> str:
        """``tune`` or ``report`` (see the module docstring)."""
        if self.corpus == "GeoVirus":
            return "tune" if self.index % 2 else "report"
        return "tune" if self.corpus == "lgl" else "report"


def _float(node: ET.Element | None) -> float | None:
    try:
        return float(node.text) if node is not None and node.text else None
    except ValueError:
        return None


def read_corpus(path: Path, limit: int | None = None) -> list[Article]:
    """Read one corpus file; toponyms without coordinates are left out."""
    corpus = path.stem
    root = ET.parse(path).getroot()
    articles = []
    for index, node in enumerate(root.iter("article")):
        if limit is not None and index >= limit:
            break
        text = node.findtext("text") or ""
        gold = []
        for top in [*node.iter("toponym"), *node.iter("location")]:
            start, end = top.findtext("start"), top.findtext("end")
            where = top.find("gaztag") if top.find("gaztag") is not None else top
            lat, lon = _float(where.find("lat")), _float(where.find("lon"))
            if start is None or end is None or lat is None or lon is None:
                continue
            s, e = int(start), int(end)
            gold.append(Toponym(s, e, text[s:e], lat, lon))
        articles.append(Article(corpus, index, text, tuple(gold)))
    return articles


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def predicted_places(entities: Iterable[dict[str, Any]]) -> list[tuple[int, int, dict]]:
    """Every mention of an entity with coordinates, and every place embedded in a name
    ("Texas" in "the Texas Department of Health"): ``(start, end, place)``."""
    out = []
    for e in entities:
        for item in e.get("embedded_places", []):
            out.append((item["start"], item["end"], item))
        if e.get("lat") is None or e.get("lon") is None:
            continue
        for m in e["mentions"]:
            out.append((m["start"], m["end"], e))
    return out


def score_article(article: Article, entities: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per gold toponym: recognised?, predicted name, error in km."""
    places = predicted_places(entities)
    rows = []
    for top in article.toponyms:
        hit = None
        best = 0
        for start, end, e in places:
            overlap = min(end, top.end) - max(start, top.start)
            if overlap > best:
                best, hit = overlap, e
        error = haversine_km(top.lat, top.lon, hit["lat"], hit["lon"]) if hit else None
        rows.append(
            {
                "corpus": article.corpus,
                "part": article.part,
                "article": article.index,
                "start": top.start,
                "end": top.end,
                "phrase": top.phrase,
                "gold_lat": top.lat,
                "gold_lon": top.lon,
                "recognised": hit is not None,
                "predicted": hit["name"] if hit else None,
                "country": hit.get("country") if hit else None,
                "kind": (hit.get("geo") or {}).get("kind") if hit else None,
                "confidence": hit.get("geo_confidence") if hit else None,
                "error_km": error,
            }
        )
    return rows


def run(articles: Sequence[Article]) -> pd.DataFrame:
    """Run the fivews pipeline on ``articles`` and score them; one row per gold toponym."""
    from fivews.nlp import load_pipeline

    nlp = load_pipeline(components=GEO_COMPONENTS)
    rows: list[dict[str, Any]] = []
    docs = nlp.pipe(nlp.make_doc(a.text) for a in articles)
    for article, doc in zip(articles, docs, strict=True):
        rows.extend(score_article(article, doc._.entities or []))
    return pd.DataFrame(rows)


def summarise(rows: pd.DataFrame) -> pd.DataFrame:
    """The score table: one row per corpus part, then per part."""
    rows = rows.assign(
        group=rows["corpus"].where(
            rows["corpus"] != "GeoVirus", "GeoVirus-" + rows["part"].astype(str)
        )
    )
    out = []
    groups = [(f"{g} ({p})", d) for (g, p), d in rows.groupby(["group", "part"], sort=False)]
    groups += [(f"all {p}", d) for p, d in rows.groupby("part", sort=True)]
    for label, d in groups:
        recog = d[d["recognised"]]
        good = recog["error_km"] <= ACCURACY_KM
        out.append(
            {
                "corpus (part)": label,
                "articles": d[["corpus", "article"]].drop_duplicates().shape[0],
                "toponyms": len(d),
                "recognised": len(recog),
                "recall": len(recog) / len(d) if len(d) else 0.0,
                "161km_of_recognised": good.mean() if len(recog) else 0.0,
                "end_to_end": good.sum() / len(d) if len(d) else 0.0,
                "median_km": recog["error_km"].median() if len(recog) else float("nan"),
            }
        )
    return pd.DataFrame(out)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA), choices=CORPORA)
    parser.add_argument("--limit", type=int, default=None, help="first N articles per corpus")
    parser.add_argument("--errors", type=Path, default=None, help="write per-toponym rows here")
    args = parser.parse_args(argv)
    articles: list[Article] = []
    for name in args.corpora:
        path = args.folder / f"{name}.xml"
        if not path.is_file():
            print(f"geo benchmark: {path} not found", file=sys.stderr)
            return 2
        articles.extend(read_corpus(path, args.limit))
    began = time.perf_counter()
    rows = run(articles)
    seconds = time.perf_counter() - began
    table = summarise(rows)
    with pd.option_context("display.width", 200, "display.float_format", "{:.3f}".format):
        print(table.to_string(index=False))
    print(f"{len(articles)} articles in {seconds:.0f} s")
    if args.errors:
        rows.to_csv(args.errors, sep="\t", index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
