"""Score fivews' main event (who / what / when / where) against annotated phrases.

Usage::

    python benchmarks/five_ws.py PATH [--details] [--json OUT.json] [--limit N]
    python benchmarks/five_ws.py benchmarks/data/five_ws_polnear/train.json [--polnear DIR]
    python benchmarks/five_ws.py benchmarks/data/five_ws_events/train.json

PATH is a JSON/JSONL file or a folder of them (``*.json``, one record or a list per
file, or ``*.jsonl``)::

    {"id", "title", "text", "published",
     "annotations": {"who": [...], "what": [...], "when": [...], "where": [...]}}

A record without ``text`` is a PolNeAR article named by its ``id`` (and ``split``): its
body text is read from ``DIR/{split}/text/ID.txt`` and its title and publication date
from ``DIR/metadata.tsv`` (``--polnear``, by default ``../shared/data/polnear`` beside
the checkout). A record with a ``source`` (``meantime``, ``tr-news``, ``lgl``) is read
from that corpus in ``../shared/data`` (:mod:`five_ws_sources`). fivews is given what a
new user gives it: the text, the title and the publication date.

Each annotation list holds the phrases a reader would accept (any one may match); an
empty list means the article has no answer for that question and it is not scored.

Matching (:func:`text_match`, :func:`date_match`):

* who / what / where: token-overlap F1 >= 0.5 between the answer and an annotated
  phrase, or the answer's word sequence lies inside the phrase's, or the answer holds
  the phrase's word sequence and is at most twice as long (the contained one having a
  content word). Tokens are lower-cased words; "'s" and punctuation are dropped.
* when: the same date. An annotation may be an ISO value (``2017-09-21``, ``2017-09``)
  or a phrase ("Thursday", resolved against the publication date as below);
  answers are TIMEX3 values whose date part is compared (``2017-09-21TNI`` is
  ``2017-09-21``). An answer matches when it equals the annotation at the
  annotation's granularity (a day inside an annotated month matches; a bare year
  answer does not match an annotated day).

With ``--title-apart`` fivews is given the title apart from the text, as a user who
copies a page's headline into the record's ``title`` field and its body into ``text``
does: the text's first lines that spell the title (its words, case and punctuation
aside; a headline and its deck may sit on two lines) are dropped, with the blank lines
after them, and the title is passed as ``title``.

A second table drops the containment rule (token F1 >= 0.5 only), since containment
forgives an answer that is a whole sentence.

Per question, precision = correct / answered and recall = correct / annotated, over
the articles that have annotations for it; F1 is their harmonic mean. The ``4W`` row
pools the four questions (all correct answers over all answers, and over all
annotated questions). The same run scores a lead-sentence baseline
from spaCy alone (no fivews layer): the subject and root verb phrase of the first
sentence with a subject, the first DATE entity (resolved as below, else the
publication date) and the first GPE entity. Date phrases, annotated or answered, are
resolved by :func:`normalise_date`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from five_ws_sources import SHARED, article_of  # noqa: E402
from scoring import token_f1, tokens  # noqa: E402

QUESTIONS: tuple[str, ...] = ("who", "what", "when", "where")

#: Words too common to count as the content of a contained phrase.
STOPWORDS = frozenset(
    "a an the of in on at to for by with from and or as its it his her their is was were be "
    "been has have had that this".split()
)

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

#: The PolNeAR corpus beside the checkout (read at run time, never copied).
POLNEAR = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "polnear"


# --------------------------------------------------------------------------- matching


def _contains(outer: list[str], inner: list[str]) -> bool:
    if not inner or len(inner) > len(outer) or not any(t not in STOPWORDS for t in inner):
        return False
    n = len(inner)
    return any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def contains_either(answer: str | None, gold: str | None) -> bool:
    """Whether the answer lies inside the annotated phrase, or holds it and is at most
    twice as long (a whole sentence that holds the phrase does not count)."""
    a, g = tokens(answer), tokens(gold)
    return _contains(g, a) or (_contains(a, g) and len(a) <= 2 * len(g))


def text_match(
    answer: str | None, gold: str | None, threshold: float = 0.5, *, containment: bool = True
) -> bool:
    """The who/what/where match: token F1 >= ``threshold`` or (unless ``containment`` is
    False) containment as :func:`contains_either` allows it."""
    return token_f1(answer, gold) >= threshold or (containment and contains_either(answer, gold))


def iso_prefix(value: str | None) -> str | None:
    """The date part of an ISO/TIMEX3 value (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""
    if not value:
        return None
    match = _ISO.match(str(value).strip())
    return match.group(0) if match else None


def normalise_date(value: str | None, published: str | None) -> str | None:
    """An annotated or answered date as an ISO prefix.

    A phrase is resolved against the publication date by the resolver the fivews
    fallback uses (:func:`fivews.five_ws.resolve_date_phrase`, the TIMEX tagger on the
    phrase alone), else by dateparser (whose search puts a weekday equal to the
    publication's a week early, so it comes second).
    """
    found = iso_prefix(value)
    if found or not value:
        return found
    from fivews.five_ws import resolve_date_phrase

    resolved = resolve_date_phrase(value, published)
    if resolved:
        return resolved
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a dev dependency
        return None
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if published:
        base = dt.datetime.fromisoformat(published[:10])
        settings["RELATIVE_BASE"] = base + dt.timedelta(hours=23)
    parsed = dateparser.parse(value, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def date_match(answer: str | None, gold: str | None, published: str | None = None) -> bool:
    """The when match: the answer's date equals the annotation at its granularity."""
    a, g = normalise_date(answer, published), normalise_date(gold, published)
    if not a or not g or len(a) < len(g):
        return False
    return a[: len(g)] == g


def is_correct(
    question: str,
    answer: str | None,
    golds: Iterable[str],
    published: str | None,
    *,
    strict: bool = False,
) -> bool:
    """Whether ``answer`` matches any annotated phrase for ``question``; ``strict``
    drops the containment rule (which forgives answers that are whole sentences)."""
    if question == "when":
        return any(date_match(answer, g, published) for g in golds)
    return any(text_match(answer, g, containment=not strict) for g in golds)


def score(
    records: list[dict[str, Any]], answers: list[dict[str, str | None]], *, strict: bool = False
) -> dict[str, dict[str, float]]:
    """Precision and recall per question of ``answers`` (one dict per record).

    Returns ``{question: {annotated, answered, correct, precision, recall, f1}}`` with
    a pooled ``"4W"`` entry; articles without annotations for a question are not
    counted for it.
    """
    out: dict[str, dict[str, float]] = {}
    for q in QUESTIONS:
        annotated = answered = correct = 0
        for record, answer in zip(records, answers, strict=True):
            golds = [g for g in record.get("annotations", {}).get(q) or [] if g]
            if not golds:
                continue
            annotated += 1
            value = answer.get(q)
            if value:
                answered += 1
                correct += is_correct(q, value, golds, record.get("published"), strict=strict)
        out[q] = _rates(annotated, answered, correct)
    out["4W"] = _rates(*(sum(out[q][k] for q in QUESTIONS) for k in _COUNTS))
    return out


_COUNTS = ("annotated", "answered", "correct")


def _rates(annotated: float, answered: float, correct: float) -> dict[str, float]:
    precision = correct / answered if answered else 0.0
    recall = correct / annotated if annotated else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "annotated": annotated,
        "answered": answered,
        "correct": correct,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


# --------------------------------------------------------------------------- systems


def fivews_answers(record: dict[str, Any], nlp: Any) -> dict[str, str | None]:
    """The main event fivews gives for a record, as four strings."""
    import fivews

    event = fivews.analyze(record, nlp=nlp).doc._.main_event or {}
    return {
        "who": (event.get("who") or {}).get("text"),
        "what": (event.get("what") or {}).get("text"),
        "when": (event.get("when") or {}).get("value"),
        "where": (event.get("where") or {}).get("text"),
    }


def baseline_answers(record: dict[str, Any], nlp: Any) -> dict[str, str | None]:
    """The lead-sentence baseline from a plain spaCy pipeline (see the module docstring)."""
    doc = nlp(record["text"])
    subject_deps = ("nsubj", "nsubjpass")
    who = what = None
    for sent in doc.sents:
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in subject_deps), None)
        if subj is None:
            continue
        who = doc[subj.left_edge.i : subj.right_edge.i + 1].text
        left = [c.i for c in root.lefts if c.dep_ in ("aux", "auxpass", "neg")]
        start, end = min([root.i, *left]), root.i + 1
        for child in root.rights:
            if child.dep_ in ("prt",):
                end = child.i + 1
            elif child.dep_ in ("dobj", "attr", "acomp", "prep", "xcomp", "ccomp"):
                end = child.right_edge.i + 1
                break
        what = doc[start:end].text
        break
    published = record.get("published")
    date = next((e for e in doc.ents if e.label_ == "DATE"), None)
    when = normalise_date(date.text, published) if date is not None else None
    where = next((e.text for e in doc.ents if e.label_ == "GPE"), None)
    return {"who": who, "what": what, "when": when or published, "where": where}


# --------------------------------------------------------------------------- running


def read_records(folder: Path) -> Iterator[dict[str, Any]]:
    """Records from ``*.json`` (one record or a list) and ``*.jsonl`` files, by name;
    ``folder`` may also be one such file."""
    for path in sorted(folder.iterdir()) if folder.is_dir() else [folder]:
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    yield json.loads(line)
        elif path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            yield from data if isinstance(data, list) else [data]


def with_polnear_text(
    records: list[dict[str, Any]], root: Path, shared: Path | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """Records that name an article (no ``text``) completed with its text, title and
    publication date, read at run time: PolNeAR from ``root``, the other sources
    (MEANTIME, TR-News, LGL) from ``shared`` (see :mod:`five_ws_sources`); returns the
    records and the problems found (missing files)."""
    if all("text" in r for r in records):
        return records, []
    polnear_named = any("text" not in r and not r.get("source") for r in records)
    if polnear_named and not (root / "metadata.tsv").is_file():
        return [], [f"{root}: no PolNeAR metadata.tsv (give --polnear DIR)"]
    out, problems = [], []
    for record in records:
        if "text" in record:
            out.append(record)
            continue
        found = article_of(record, root, shared or SHARED)
        if found is None:
            where = root if not record.get("source") else record["source"]
            problems.append(f"{record.get('id')}: not in {where}")
            continue
        full = dict(record, text=found["text"], title=found["title"])
        full["published"] = found["published"]
        out.append(full)
    return out, problems


_WORD = re.compile(r"\w+")


def title_apart(record: dict[str, Any]) -> dict[str, Any]:
    """The record with its title given apart: the text's first lines dropped when their
    words spell the title (case and punctuation aside; a headline and its deck may sit
    on two lines), the blank lines after them too."""
    title, text = record.get("title") or "", record.get("text") or ""
    want = _WORD.findall(title.casefold())
    got: list[str] = []
    lines = text.lstrip().split("\n")
    for n, line in enumerate(lines, 1):
        words = _WORD.findall(line.casefold())
        if not words or want[len(got) : len(got) + len(words)] != words:
            break
        got += words
        if got == want:
            rest = "\n".join(lines[n:]).lstrip("\n")
            return dict(record, text=rest) if rest.strip() else dict(record)
    return dict(record)


def run(
    records: list[dict[str, Any]],
    systems: dict[str, Callable[[dict[str, Any]], dict[str, str | None]]],
) -> dict[str, list[dict[str, str | None]]]:
    """Answers of every system for every record."""
    return {name: [system(r) for r in records] for name, system in systems.items()}


def format_table(scores: dict[str, dict[str, dict[str, float]]]) -> str:
    """A plain-text table: one row per question and the pooled 4W row; P, R and F1 per
    system."""
    names = list(scores)
    header = f"{'question':<9}{'n':>4}" + "".join(
        f"{n + ' P':>13}{n + ' R':>13}{n + ' F1':>13}" for n in names
    )
    lines = [header]
    for q in (*QUESTIONS, "4W"):
        n = int(scores[names[0]][q]["annotated"])
        row = f"{q:<9}{n:>4}"
        for name in names:
            s = scores[name][q]
            row += f"{s['precision']:>13.2f}{s['recall']:>13.2f}{s['f1']:>13.3f}"
        lines.append(row)
    return "\n".join(lines)


def format_details(
    records: list[dict[str, Any]], answers: dict[str, list[dict[str, str | None]]]
) -> str:
    """Per-article answers, each marked + (correct), - (wrong) or . (no annotation)."""
    lines = []
    for i, record in enumerate(records):
        lines.append(f"== {record.get('id')}")
        for q in QUESTIONS:
            golds = [g for g in record.get("annotations", {}).get(q) or [] if g]
            cells = []
            for name, per_record in answers.items():
                value = per_record[i].get(q)
                mark = (
                    "."
                    if not golds
                    else "+"
                    if value and is_correct(q, value, golds, record.get("published"))
                    else "-"
                )
                cells.append(f"{name}: {mark} {value!r}")
            lines.append(f"  {q:<6}" + " | ".join(cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="annotated JSON/JSONL records (file or folder)")
    parser.add_argument(
        "--polnear", type=Path, default=POLNEAR, help="the PolNeAR folder (records with an id only)"
    )
    parser.add_argument("--details", action="store_true", help="print every article's answers")
    parser.add_argument("--json", type=Path, help="also write scores and answers to this file")
    parser.add_argument("--limit", type=int, help="score only the first N records")
    parser.add_argument(
        "--title-apart",
        action="store_true",
        help="give the title apart: drop the text's title line, pass the title as 'title'",
    )
    args = parser.parse_args(argv)
    if not args.folder.exists():
        print(f"five_ws benchmark: {args.folder}: no such file or folder", file=sys.stderr)
        return 2
    records = list(read_records(args.folder))[: args.limit]
    records, problems = with_polnear_text(records, args.polnear.resolve())
    for problem in problems:
        print(f"five_ws benchmark: {problem}", file=sys.stderr)
    if not records:
        print(f"five_ws benchmark: {args.folder}: no JSON records", file=sys.stderr)
        return 2
    if args.title_apart:
        records = [title_apart(r) for r in records]

    from fivews.nlp import load_base_model, load_pipeline

    nlp, base = load_pipeline(), load_base_model()
    started = time.perf_counter()
    answers = run(
        records,
        {
            "fivews": lambda r: fivews_answers(r, nlp),
            "baseline": lambda r: baseline_answers(r, base),
        },
    )
    seconds = time.perf_counter() - started
    scores = {name: score(records, per_record) for name, per_record in answers.items()}
    mode = " (title given apart)" if args.title_apart else ""
    print(f"five Ws benchmark: {len(records)} articles from {args.folder}{mode} ({seconds:.1f} s)")
    print(format_table(scores))
    strict = {name: score(records, per_record, strict=True) for name, per_record in answers.items()}
    print("\nstrict (token F1 >= 0.5 only, no containment):")
    print(format_table(strict))
    if args.details:
        print(format_details(records, answers))
    if args.json:
        payload = {
            "folder": str(args.folder),
            "scores": scores,
            "strict_scores": strict,
            "answers": answers,
            "ids": [r.get("id") for r in records],
        }
        args.json.write_text(
            json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
