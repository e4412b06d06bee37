"""PolNeAR attributions read from brat standoff, each system's claims as character spans,
and their scoring.

PolNeAR (Newell, Margolin and Ruths, "An Attribution Relations Corpus for Political News",
LREC 2018) is read at run time from ``../shared/data/polnear/{train,dev}`` (see its
SOURCE.md; no text is copied into the project). Each article has a ``text/NAME.txt`` and one
``attributions/NAME_ANNOTATOR.ann`` per annotator; the first file in sorted order is used.
An ``E`` line ties one attribution's ``Source``, ``Cue`` and ``Content`` (``T`` lines with
character offsets; a span may be discontinuous, "10 20;30 40"). Attributions annotated
without a source ("Attribution-no-source": passives, "it is believed") keep ``source`` None.

Scoring (:func:`match_spans`):

* **content**: a predicted claim matches a gold attribution when the character-overlap F1
  of their contents is >= the threshold (:func:`char_f1`). Matching is one-to-one, greedy
  from the highest overlap down.
* **content+source**: the same, and the source must match (:func:`source_hits`): the
  predicted source phrase overlaps the gold Source span, or the predicted source resolves
  to the same entity (a mention of the claim's entity, or of the antecedent it was
  resolved to, overlaps the gold Source span). A gold source that is a relative pronoun
  ("O'Malley, who noted") stands for the phrase right before it. A gold attribution
  without a source needs no source match.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import one_to_one  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
#: where PolNeAR's train and dev splits are (``../shared`` from the project root)
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"

Spans = tuple[tuple[int, int], ...]


@dataclass
class GoldAttribution:
    """One annotated attribution: its content's and source's character spans."""

    content: Spans
    source: Spans | None
    cue: Spans = ()


@dataclass
class SpanPrediction:
    """One predicted claim: its content spans (a quote and the quotes that continue it)
    and the spans its source stands for."""

    content: Spans
    sources: list[tuple[int, int]] = field(default_factory=list)
    record: Any = None  # the system's own record of the claim (for error listings)


@dataclass
class PolnearArticle:
    """One PolNeAR article: its id, text and gold attributions."""

    id: str
    text: str
    gold: list[GoldAttribution]


_SPAN = re.compile(r"(\d+) (\d+)")


def parse_ann(ann: str) -> list[GoldAttribution]:
    """The attributions of one brat standoff file (those without a Content are skipped)."""
    spans: dict[str, Spans] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, offsets = parts[1].split(" ", 1)
            spans[parts[0]] = tuple((int(a), int(b)) for a, b in _SPAN.findall(offsets))
        elif line.startswith("E") and len(parts) >= 2:
            roles = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), ref)
            events.append(roles)
    out = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if not content:
            continue
        source = spans.get(roles.get("Source", ""))
        out.append(GoldAttribution(content, source or None, spans.get(roles.get("Cue", ""), ())))
    return out


def read_split(
    split: str, folder: Path = POLNEAR, limit: int | None = None
) -> list[PolnearArticle]:
    """The articles of one split, in name order, each with its first annotator's file
    (``limit``: that many, spread evenly over the split, so every publisher is in).

    Raises:
        SystemExit: the split's folder is missing (with where it was looked for).
    """
    base = folder / split
    if not (base / "text").is_dir():
        raise SystemExit(f"claims benchmark: no PolNeAR {split} split at {base} (see SOURCE.md)")
    anns: dict[str, list[Path]] = {}
    for path in sorted((base / "attributions").glob("*.ann")):
        anns.setdefault(path.stem.rsplit("_", 1)[0], []).append(path)
    paths = [p for p in sorted((base / "text").glob("*.txt")) if p.stem in anns]
    if limit is not None and 0 < limit < len(paths):
        paths = [paths[i * len(paths) // limit] for i in range(limit)]
    return [
        PolnearArticle(
            p.stem,
            p.read_text(encoding="utf-8"),
            parse_ann(anns[p.stem][0].read_text(encoding="utf-8")),
        )
        for p in paths
    ]


def char_f1(predicted: Spans, gold: Spans) -> float:
    """Character-overlap F1 between two (possibly discontinuous, each non-overlapping) spans."""
    p_len = sum(e - s for s, e in predicted)
    g_len = sum(e - s for s, e in gold)
    if p_len <= 0 or g_len <= 0:
        return 0.0
    common = sum(max(0, min(e, pe) - max(s, ps)) for s, e in gold for ps, pe in predicted)
    if not common:
        return 0.0
    p, r = common / p_len, common / g_len
    return 2 * p * r / (p + r)


def _overlaps(a: tuple[int, int], spans: Spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


#: Relative pronouns: annotated as the source ("Smith, who said X"), they stand for the
#: phrase they are attached to.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})


def source_hits(gold: GoldAttribution, predicted: SpanPrediction, text: str = "") -> bool:
    """Whether the predicted source stands for the gold source (see the module docstring).

    A gold source that is a relative pronoun also matches the predicted phrase that
    ends right before it ("Martin O'Malley, who noted").
    """
    if gold.source is None:
        return True
    if any(_overlaps(span, gold.source) for span in predicted.sources):
        return True
    start, end = gold.source[0]
    if text and len(gold.source) == 1 and text[start:end].lower() in RELATIVE_PRONOUNS:
        return any(
            s < e <= start and not text[e:start].strip(" ,") for s, e in predicted.sources[:1]
        )
    return False


def match_spans(
    gold: Sequence[GoldAttribution],
    predicted: Sequence[SpanPrediction],
    threshold: float,
    text: str = "",
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """One-to-one (gold index, predicted index) matches: by content, and by content+source."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = char_f1(p.content, g.content)
            if overlap >= threshold:
                pairs.append((overlap, gi, pi))

    by_content = one_to_one(pairs, lambda gi, pi: True)
    by_both = one_to_one(pairs, lambda gi, pi: source_hits(gold[gi], predicted[pi], text))
    return by_content, by_both


# --------------------------------------------------------------------------- systems


def fivews_span_predictions(doc: Doc) -> list[SpanPrediction]:
    """fivews' claims as character spans: the content, and the spans its source stands
    for (the phrase as written, and every mention of the entity it was resolved to).

    A quote that continues an earlier claim ('"…," he said. "…"') is part of that claim's
    content, as PolNeAR annotates one attribution with a discontinuous content.
    """
    mentions = {
        e.get("id"): [(m["start"], m["end"]) for m in e.get("mentions") or []]
        for e in doc._.entities or []
    }
    out: list[SpanPrediction] = []
    by_id: dict[str, SpanPrediction] = {}
    for claim in doc._.claims or []:
        content = claim["content"]
        if content["start"] is None:
            continue
        span = (content["start"], content["end"])
        parent = by_id.get(claim.get("continues") or "")
        if parent is not None:
            parent.content = (*parent.content, span)
            by_id[claim["id"]] = parent
            continue
        source = claim.get("source") or {}
        spans = []
        if source.get("start") is not None:
            spans.append((source["start"], source["end"]))
        spans += mentions.get(source.get("entity"), []) if source.get("entity") else []
        by_id[claim["id"]] = prediction = SpanPrediction((span,), spans, claim)
        out.append(prediction)
    return out


def textacy_span_predictions(
    doc: Doc, direct_quotations: Callable[[Doc], Iterable[Any]]
) -> list[SpanPrediction] | None:
    """textacy's direct quotations as character spans; None when it refuses the document."""
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # unbalanced quotation marks
        return None
    return [
        SpanPrediction(
            ((q.content.start_char, q.content.end_char),),
            [(t.idx, t.idx + len(t.text)) for t in q.speaker],
        )
        for q in triples
    ]


def _clip(text: str, spans: Iterable[tuple[int, int]] | None, width: int = 100) -> str:
    joined = " … ".join(text[s:e] for s, e in spans or ()).replace("\n", " ")
    return joined if len(joined) <= width else joined[: width - 1] + "…"


def print_span_errors(
    article: PolnearArticle,
    doc: Doc,
    predicted: Sequence[SpanPrediction],
    by_content: Sequence[tuple[int, int]],
    by_both: Sequence[tuple[int, int]],
    out=sys.stdout,
) -> None:
    """fivews' misses, wrong sources and false alarms on one PolNeAR article, one line each
    (for error analysis on the train split: the lines quote the article)."""
    text = article.text
    claims = [p.record for p in predicted]
    right = {gi for gi, _ in by_both}
    found = {gi for gi, _ in by_content}
    matched_pred = {pi for _, pi in by_content}
    for gi, pi in by_content:
        if gi not in right:
            g = article.gold[gi]
            print(
                f"SOURCE\t{article.id}\tgold {_clip(text, g.source, 40)!r}\t"
                f"got {claims[pi]['source']['text']!r} ({claims[pi]['source']['name']!r})\t"
                f"cue {_clip(text, g.cue, 30)!r}",
                file=out,
            )
    for gi, g in enumerate(article.gold):
        if gi not in found:
            print(
                f"MISS\t{article.id}\t{_clip(text, g.source, 40)!r}\t{_clip(text, g.cue, 30)!r}"
                f"\t{_clip(text, g.content)!r}",
                file=out,
            )
    for pi, claim in enumerate(claims):
        if pi not in matched_pred:
            print(
                f"FALSE\t{article.id}\t{claim['source']['text']!r}\t{claim['cue']!r}\t"
                f"{_clip(text, predicted[pi].content)!r}",
                file=out,
            )
