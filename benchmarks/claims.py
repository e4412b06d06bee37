"""Score fivews' claim attribution against hand-annotated articles, textacy as the baseline.

Usage::

    python benchmarks/claims.py [FOLDER] [--threshold 0.5] [--errors]
    python benchmarks/claims.py --split dev|train [--limit N] [--errors]

``--split`` scores real political news instead: PolNeAR's dev or train split, read at run
time from ``../shared/data/polnear`` (:mod:`polnear`: brat standoff, the first annotator's
file per article; contents matched by character-overlap F1 >= 0.5, sources by span
overlap or by entity). Without it the sets written for this project are scored:

FOLDER (default ``benchmarks/data/claims``) holds JSON files; each is one annotated set,
a list of articles::

    [{"id": "wire1", "text": "...", "gold": [["energy ministry", "Russian drones struck ..."],
                                              ...]}, ...]

``gold`` lists every attributed statement as ``[source, content]``: the source as a
short name or description found in the text ("Weiss", "energy ministry", "witnesses"),
the content as the reported statement without the cue ("... , Weiss said").

Two systems run on every article in the same run:

* **fivews**: the pipeline up to ``fivews_claims`` (blocks, entities, timexes, claims);
  a claim's content is ``content.text``, its source phrases are ``source.name`` (the
  resolved speaker, so "he" counts as the person it refers to) and ``source.text``.
* **textacy**: ``textacy.extract.triples.direct_quotations`` on the same parsed Doc; its
  content is the quoted span, its source the speaker tokens as written. It only finds
  direct quotes with a speaker as the subject of a reporting verb: that is the point of
  the comparison. It refuses a whole document whose quotation marks are unbalanced
  (it raises ``ValueError``); such a document counts as no predictions and is named in a
  note under the table. When textacy is not installed the script says so and prints the
  fivews column alone.

Scoring (:func:`match_claims`), one table per file and one for all files together:

* **content**: a predicted claim matches a gold one when their contents have token-overlap
  F1 >= ``--threshold`` (:func:`token_f1`; lower-cased words, punctuation and "'s"
  dropped). Matching is one-to-one, greedy by overlap.
* **content+source**: the same, and the source must match too (:func:`source_matches`):
  the gold source's words (stop words dropped) appear in that order inside one of the
  predicted source phrases ("energy ministry" in "Ukraine's energy ministry"), or a
  predicted phrase's words end the gold source ("ministry" for "defense ministry": the
  head noun, not a modifier such as "Russia"). A pronoun alone never matches.

Precision = matched / predicted claims, recall = matched / gold claims. Word matching is
hand-written (a few lines) because the metric must be the same for both systems and
libraries such as ``seqeval`` score token labels, not free-text spans.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import (  # noqa: E402
    PolnearArticle,
    fivews_span_predictions,
    match_spans,
    print_span_errors,
    read_split,
    textacy_span_predictions,
)
from scoring import one_to_one, token_f1, tokens  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT / "benchmarks" / "data" / "claims"

#: the fivews components attribution needs (claims read entities for their sources)
CLAIM_COMPONENTS = (
    "fivews_blocks",
    "fivews_entity_ruler",
    "fivews_entities",
    "fivews_timexes",
    "fivews_claims",
)

#: default token-overlap F1 for two contents to be the same statement
THRESHOLD = 0.5

MEASURES = ("P", "R", "F1")


@dataclass
class Prediction:
    """One predicted attribution: the content and the phrases that name its source."""

    content: str
    sources: list[str] = field(default_factory=list)


@dataclass
class Counts:
    """Counts behind the P/R/F1 of one system on some articles."""

    gold: int = 0
    predicted: int = 0
    content: int = 0
    content_source: int = 0
    refused: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        """Add another article's (or set's) counts to these."""
        self.gold += other.gold
        self.predicted += other.predicted
        self.content += other.content
        self.content_source += other.content_source
        self.refused.extend(other.refused)


# --------------------------------------------------------------------------- matching


def _content_words(text: str | None) -> list[str]:
    # stop words include the pronouns, so "he" or "it" alone has no content word
    return [w for w in tokens(text) if w not in STOP_WORDS]


def _contains(outer: Sequence[str], inner: Sequence[str]) -> bool:
    n = len(inner)
    return any(list(outer[i : i + n]) == list(inner) for i in range(len(outer) - n + 1))


def source_matches(gold: str, predicted: Iterable[str | None]) -> bool:
    """Whether any predicted source phrase names the gold source.

    True when the gold source's content words occur in order inside a predicted phrase,
    or a predicted phrase's content words end the gold source (its head noun).
    """
    gold_words = _content_words(gold)
    if not gold_words:
        return False
    for phrase in predicted:
        words = _content_words(phrase)
        if not words:
            continue
        if _contains(words, gold_words) or gold_words[-len(words) :] == words:
            return True
    return False


def match_claims(
    gold: Sequence[Sequence[str]], predicted: Sequence[Prediction], threshold: float = THRESHOLD
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """One-to-one (gold index, predicted index) matches: by content, and by content+source.

    Candidate pairs are those with content token F1 >= ``threshold``; each list is built
    greedily from the highest overlap down, a claim on either side used at most once.
    """
    pairs = []
    for gi, (_, gold_content) in enumerate(gold):
        for pi, pred in enumerate(predicted):
            overlap = token_f1(pred.content, gold_content)
            if overlap >= threshold:
                pairs.append((overlap, gi, pi))

    by_content = one_to_one(pairs, lambda gi, pi: True)
    by_both = one_to_one(pairs, lambda gi, pi: source_matches(gold[gi][0], predicted[pi].sources))
    return by_content, by_both


def count_article(
    gold: Sequence[Sequence[str]], predicted: Sequence[Prediction], threshold: float = THRESHOLD
) -> Counts:
    """Counts for one article."""
    by_content, by_both = match_claims(gold, predicted, threshold)
    return Counts(len(gold), len(predicted), len(by_content), len(by_both))


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0.0 where undefined)."""
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_table(counts: dict[str, Counts]) -> pd.DataFrame:
    """One row per system: content and content+source P/R/F1, gold and predicted claims."""
    rows = []
    for system, c in counts.items():
        row: dict[str, Any] = {"system": system}
        for name, matched in (("content", c.content), ("content+source", c.content_source)):
            row.update(
                zip(
                    (f"{name} {m}" for m in MEASURES),
                    prf(matched, c.predicted, c.gold),
                    strict=True,
                )
            )
        row["gold"] = c.gold
        row["predicted"] = c.predicted
        rows.append(row)
    table = pd.DataFrame(rows).set_index("system")
    dtypes = {f"{n} {m}": "float64" for n in ("content", "content+source") for m in MEASURES}
    return table.astype({**dtypes, "gold": "int64", "predicted": "int64"})


# --------------------------------------------------------------------------- systems


def fivews_predictions(doc: Doc) -> list[Prediction]:
    """fivews' claims on a Doc processed by the pipeline."""
    out = []
    for claim in doc._.claims or []:
        source = claim.get("source") or {}
        out.append(Prediction(claim["content"]["text"], [source.get("name"), source.get("text")]))
    return out


def load_textacy() -> Callable[[Doc], Iterable[Any]] | None:
    """textacy's ``direct_quotations``, or None when textacy is not installed."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    return direct_quotations


def textacy_predictions(
    doc: Doc, direct_quotations: Callable[[Doc], Iterable[Any]]
) -> list[Prediction] | None:
    """textacy's direct quotations on a Doc; None when textacy refuses the document."""
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # unbalanced quotation marks: textacy bails out on the whole doc
        return None
    return [Prediction(q.content.text, [" ".join(t.text for t in q.speaker)]) for q in triples]


def read_sets(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """The annotated sets of ``folder``, by file name, in name order.

    Raises:
        SystemExit: the folder has no JSON file, or a file is not a list of articles.
    """
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise SystemExit(f"claims benchmark: no .json files in {folder}")
    sets = {}
    for path in paths:
        articles = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(articles, list) or not all(
            isinstance(a, dict) and {"id", "text", "gold"} <= set(a) for a in articles
        ):
            raise SystemExit(f"claims benchmark: {path} is not a list of {{id, text, gold}}")
        sets[path.name] = articles
    return sets


@dataclass
class ArticleScorer:
    """How one kind of annotated article is scored: its text, and its counts per system."""

    text: Callable[[Any], str]
    fivews: Callable[[Any, Doc, float, bool], Counts]
    textacy: Callable[[Any, Doc, Callable[[Doc], Iterable[Any]], float], Counts]


def _polnear_fivews(article: PolnearArticle, doc: Doc, threshold: float, errors: bool) -> Counts:
    fivews = fivews_span_predictions(doc)
    by_content, by_both = match_spans(article.gold, fivews, threshold, article.text)
    if errors:
        print_span_errors(article, doc, fivews, by_content, by_both)
    return Counts(len(article.gold), len(fivews), len(by_content), len(by_both))


def _polnear_textacy(
    article: PolnearArticle, doc: Doc, direct_quotations: Callable, threshold: float
) -> Counts:
    quotes = textacy_span_predictions(doc, direct_quotations)
    c_content, c_both = match_spans(article.gold, quotes or [], threshold, article.text)
    c = Counts(len(article.gold), len(quotes or []), len(c_content), len(c_both))
    if quotes is None:
        c.refused.append(article.id)
    return c


def _set_fivews(article: dict[str, Any], doc: Doc, threshold: float, errors: bool) -> Counts:
    fivews = fivews_predictions(doc)
    if errors:
        print_errors(article, fivews, threshold)
    return count_article(article["gold"], fivews, threshold)


def _set_textacy(
    article: dict[str, Any], doc: Doc, direct_quotations: Callable, threshold: float
) -> Counts:
    quotes = textacy_predictions(doc, direct_quotations)
    c = count_article(article["gold"], quotes or [], threshold)
    if quotes is None:
        c.refused.append(str(article["id"]))
    return c


POLNEAR = ArticleScorer(lambda a: a.text, _polnear_fivews, _polnear_textacy)
"""PolNeAR articles: gold spans in the article's text (``polnear.PolnearArticle``)."""

ANNOTATED_SET = ArticleScorer(lambda a: a["text"], _set_fivews, _set_textacy)
"""Articles of a JSON set (``{id, text, gold}``): gold content and source phrases."""


def run_articles(
    articles: Sequence[Any],
    scorer: ArticleScorer,
    nlp: Any,
    direct_quotations: Callable[[Doc], Iterable[Any]] | None,
    threshold: float = THRESHOLD,
    errors: bool = False,
) -> dict[str, Counts]:
    """Counts per system (each article parsed once, both systems on that Doc)."""
    counts = {"fivews": Counts()}
    if direct_quotations is not None:
        counts["textacy"] = Counts()
    docs = nlp.pipe([scorer.text(a) for a in articles])
    for article, doc in zip(articles, docs, strict=True):
        counts["fivews"].add(scorer.fivews(article, doc, threshold, errors))
        if direct_quotations is not None:
            counts["textacy"].add(scorer.textacy(article, doc, direct_quotations, threshold))
    return counts


def print_errors(
    article: dict[str, Any], predicted: Sequence[Prediction], threshold: float, out=sys.stdout
) -> None:
    """fivews' misses, wrong sources and false alarms on one article, one line each."""
    gold = article["gold"]
    by_content, by_both = match_claims(gold, predicted, threshold)
    right = {gi for gi, _ in by_both}
    matched_pred = {pi for _, pi in by_content}
    for gi, pi in by_content:
        if gi not in right:
            print(
                f"SOURCE\t{article['id']}\tgold {gold[gi][0]!r}\t"
                f"got {predicted[pi].sources}\t{gold[gi][1][:60]!r}",
                file=out,
            )
    for gi, (source, content) in enumerate(gold):
        if gi not in {g for g, _ in by_content}:
            print(f"MISS\t{article['id']}\t{source!r}\t{content!r}", file=out)
    for pi, pred in enumerate(predicted):
        if pi not in matched_pred:
            print(f"FALSE\t{article['id']}\t{pred.sources}\t{pred.content!r}", file=out)


def format_table(table: pd.DataFrame) -> str:
    """The score table as text, three decimals."""
    return table.to_string(float_format=lambda x: f"{x:.3f}")


def main(argv: Iterable[str] | None = None) -> int:
    """Command line entry point; prints one table per set and one for all sets."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "folder",
        type=Path,
        nargs="?",
        default=DEFAULT_FOLDER,
        help=f"folder of annotated JSON sets (default {DEFAULT_FOLDER})",
    )
    ap.add_argument(
        "--threshold",
        type=float,
        default=THRESHOLD,
        help="content token-overlap F1 needed for a match (default 0.5)",
    )
    ap.add_argument(
        "--errors", action="store_true", help="list fivews' misses, wrong sources and false alarms"
    )
    ap.add_argument(
        "--split",
        choices=("dev", "train"),
        help="score PolNeAR's dev or train split (read from ../shared/data/polnear)",
    )
    ap.add_argument(
        "--limit", type=int, help="with --split: N articles spread evenly over the split"
    )
    args = ap.parse_args(list(argv) if argv is not None else None)

    from fivews.nlp import load_pipeline

    sets = read_sets(args.folder) if args.split is None else {}
    articles = read_split(args.split, limit=args.limit) if args.split else []
    nlp = load_pipeline(components=CLAIM_COMPONENTS)
    direct_quotations = load_textacy()
    if direct_quotations is None:
        print(
            "note: textacy is not installed (pip install textacy); "
            "the textacy baseline column is left out."
        )
    if args.split:
        counts = run_articles(
            articles, POLNEAR, nlp, direct_quotations, args.threshold, args.errors
        )
        print(
            f"\nPolNeAR {args.split}: {len(articles)} articles, {counts['fivews'].gold} "
            f"attributions (content match: character F1 >= {args.threshold:g})"
        )
        print(format_table(score_table(counts)))
        for system, c in counts.items():
            if c.refused:
                print(f"note: {system} refused {len(c.refused)} article(s) (unbalanced quotes)")
        return 0
    total: dict[str, Counts] = {}
    for name, articles in sets.items():
        counts = run_articles(
            articles, ANNOTATED_SET, nlp, direct_quotations, args.threshold, args.errors
        )
        print(f"\n{name}: {len(articles)} articles (content match: token F1 >= {args.threshold:g})")
        print(format_table(score_table(counts)))
        for system, c in counts.items():
            total.setdefault(system, Counts()).add(c)
            if c.refused:
                print(
                    f"note: {system} refused {len(c.refused)} article(s) with unbalanced "
                    f"quotation marks: {', '.join(c.refused)}"
                )
    n_articles = sum(len(a) for a in sets.values())
    print(f"\nall sets: {n_articles} articles in {len(sets)} files from {args.folder}")
    print(format_table(score_table(total)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
