"""Count what makes an events table hard to trust, over real articles.

Usage::

    python benchmarks/events_quality.py [--set dev|train|meantime] [--limit N] [--no-seed]
                                        [--examples N]

Reads the real articles at run time (never copied into the project): the PolNeAR split
``../shared/data/polnear/{dev,train}`` (title and date from ``metadata.tsv``) or the
MEANTIME texts ``../shared/data/meantime``, plus the seed article
(``seeds/000_*.txt``, published 2017-09-21) unless ``--no-seed``. Prints one table of
counts over all the articles and one for the seed alone:

* **events**: records in ``doc._.events``; **table rows**: rows of ``events_table``
  (its default, which leaves caption events out).
* **rows with a pronoun actor / a common-noun actor**: table rows whose ``agent`` or
  ``patient`` column holds a pronoun ("it", "they") or a phrase that is neither an
  entity's name nor one of its mentions ("city", "forces", "two villages").
* **actors linked to an entity**: the share of the records' actors with an entity id;
  **pronoun actors** ("it", "they", "he") and **description actors** ("the city", "the
  forces": ``ref == "description"``, so counted only where the records say it) and how
  many of each are linked (resolved) to an entity. ``--examples N`` prints N resolved
  ones with their sentence, to check by eye that the resolution is right.
* **duplicates merged**: sentences folded into another event (``also_in``);
  **duplicate pairs left**: table rows with the same trigger lemma in the same or the
  next block sharing a named actor or place (the check the merge should make pass).
* **places coarser than the clause names**: events whose place is a country or a
  region/river (LOC) while a town or site (a GPE that is no country, a FAC) is mentioned
  inside the event's own text.
* **caption events**: records whose trigger lies in a caption block; **in the table**:
  those the table still shows.
* **rows needing review**: table rows with ``needs_review`` (when the column exists),
  and the rows flagged for each reason.

No score: these are counts a reader of the table would make by eye, made by rule.
"""

from __future__ import annotations

import argparse
import csv
import inspect
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT / ".." / "shared" / "data"
SEED = ROOT / "seeds" / "000_9b00dab25d4e3da2.txt"
SEED_PUBLISHED = "2017-09-21"

#: Personal and demonstrative pronouns that can stand as an actor.
PRONOUNS: frozenset[str] = frozenset(
    "i me we us you he him she her it they them this that these those who which "
    "someone somebody anyone everyone one".split()
)

COUNT_NAMES = (
    "articles",
    "events",
    "table rows",
    "rows with a pronoun actor",
    "rows with a common-noun actor",
    "actors",
    "actors linked to an entity",
    "pronoun actors",
    "pronoun actors resolved",
    "description actors",
    "description actors resolved",
    "duplicates merged",
    "duplicate pairs left",
    "events with a place",
    "places coarser than the clause names",
    "caption events",
    "caption events in the table",
    "rows needing review",
    "  caption",
    "  unresolved actor",
    "  undated",
    "  low-confidence place",
    "  coarse place",
)
#: Resolved pronoun/description actors seen, for ``--examples``: (sentence, phrase, name).
EXAMPLES: list[tuple[str, str, str]] = []


def polnear_records(split: str, limit: int | None) -> list[dict[str, Any]]:
    """``{id, text, title, published}`` of a PolNeAR split (text files in name order)."""
    base = SHARED / "polnear"
    meta: dict[str, dict[str, str]] = {}
    with (base / "metadata.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            meta[row["filename"]] = row
    out = []
    for path in sorted((base / split / "text").glob("*.txt"))[: limit or None]:
        row = meta.get(path.stem, {})
        out.append(
            {
                "id": path.stem,
                "text": path.read_text(encoding="utf-8"),
                "title": row.get("title") or None,
                "published": row.get("publication_date") or None,
            }
        )
    return out


def meantime_records(limit: int | None) -> list[dict[str, Any]]:
    """``{id, text, published}`` of the MEANTIME texts (their title is the first line)."""
    base = SHARED / "meantime"
    out = []
    with (base / "metadata.tsv").open(encoding="utf-8") as fh:
        for row in list(csv.DictReader(fh, delimiter="\t"))[: limit or None]:
            text = (base / row["file"]).read_text(encoding="utf-8")
            out.append({"id": row["id"], "text": text, "published": row["published"]})
    return out


def _names(entities: Sequence[Mapping[str, Any]]) -> set[str]:
    """Every entity name, alias and mention text, lower-cased without a leading "the"."""
    found: set[str] = set()
    for ent in entities:
        texts = [ent.get("name") or "", *(ent.get("aliases") or [])]
        texts += [m.get("text") or "" for m in ent.get("mentions") or []]
        found.update(_key(t) for t in texts if t)
    return found


def _key(text: str) -> str:
    words = text.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _block_of(blocks: Sequence[Mapping[str, Any]], offset: int) -> int:
    found = 0
    for i, block in enumerate(blocks):
        if block["start"] <= offset:
            found = i
    return found


def count_article(result: Any) -> Counter[str]:
    """The counts of one analysed article (see the module docstring)."""
    from fivews.events import events_table

    doc = result.doc
    events = list(doc._.events or [])
    entities = list(doc._.entities or [])
    blocks = list(doc._.blocks or [])
    names = _names(entities)
    kwargs = {}
    if "include_captions" in inspect.signature(events_table).parameters:
        kwargs["include_captions"] = False
    table = events_table(events, **kwargs)
    counts: Counter[str] = Counter(articles=1, events=len(events), **{"table rows": len(table)})
    shown = set(table["id"].astype(str))
    for _, row in table.iterrows():
        values = [
            v.strip()
            for col in ("agent", "patient")
            if isinstance(row[col], str)
            for v in row[col].split(";")
            if v.strip()
        ]
        if any(v.lower() in PRONOUNS for v in values):
            counts["rows with a pronoun actor"] += 1
        if any(v.lower() not in PRONOUNS and _key(v) not in names for v in values):
            counts["rows with a common-noun actor"] += 1
        if "needs_review" in table.columns and bool(row["needs_review"]):
            counts["rows needing review"] += 1
            for reason in str(row["review_reasons"]).split("; "):
                counts[f"  {reason}"] += 1
    for ev in events:
        actors = ev.get("actors") or []
        counts["actors"] += len(actors)
        counts["actors linked to an entity"] += sum(1 for a in actors if a.get("entity"))
        for actor in actors:
            if actor["text"].lower() in PRONOUNS:
                kind = "pronoun actors"
            elif actor.get("ref") == "description":
                kind = "description actors"
            else:
                continue
            counts[kind] += 1
            if actor.get("entity"):
                counts[f"{kind} resolved"] += 1
                sentence = list(doc.sents)[ev["sentence"]].text if ev["sentence"] >= 0 else ""
                name = actor.get("name") or str(actor.get("entity"))
                EXAMPLES.append((sentence, actor["text"], name))
        counts["duplicates merged"] += len(ev.get("also_in") or [])
        kind = blocks[_block_of(blocks, ev["trigger"]["start"])]["kind"] if blocks else ""
        if ev.get("caption") or kind == "caption":
            counts["caption events"] += 1
            if str(ev["id"]) in shown:
                counts["caption events in the table"] += 1
    counts["duplicate pairs left"] += _duplicate_pairs(table, events, blocks)
    by_id = {str(e.get("id")): e for e in entities}
    for ev in events:
        place = by_id.get(str((ev.get("place") or {}).get("entity")))
        if not ev.get("place"):
            continue
        counts["events with a place"] += 1
        if place is None or _rank(place) < 2:
            continue
        finer = [
            e
            for e in entities
            if _rank(e) < 2
            and any(ev["start"] <= m["start"] and m["end"] <= ev["end"] for m in e["mentions"])
        ]
        if finer:
            counts["places coarser than the clause names"] += 1
    return counts


def _rank(entity: Mapping[str, Any]) -> int:
    """0 a site (FAC), 1 a town (a GPE that is no country), 2 a region or river (LOC),
    3 a country, 9 no place."""
    from fivews import geo

    label = entity.get("label")
    if label == "FAC":
        return 0
    if label == "LOC":
        return 2
    if label != "GPE":
        return 9
    code = entity.get("country")
    return 3 if code and geo.country_name(str(code)) == entity.get("name") else 1


def _duplicate_pairs(table: Any, events: Sequence[Mapping[str, Any]], blocks: Any) -> int:
    """Table rows with the same lemma in the same or next block sharing a named actor or
    place (entity ids)."""
    by_id = {str(ev["id"]): ev for ev in events}
    rows = [by_id[str(i)] for i in table["id"] if str(i) in by_id]
    pairs = 0
    for a_i, a in enumerate(rows):
        for b in rows[a_i + 1 :]:
            if a["trigger"]["lemma"] != b["trigger"]["lemma"]:
                continue
            block_a = _block_of(blocks, a["trigger"]["start"]) if blocks else 0
            block_b = _block_of(blocks, b["trigger"]["start"]) if blocks else 0
            if abs(block_a - block_b) > 1:
                continue
            ids_a = {x.get("entity") for x in a.get("actors") or []} | {
                (a.get("place") or {}).get("entity")
            }
            ids_b = {x.get("entity") for x in b.get("actors") or []} | {
                (b.get("place") or {}).get("entity")
            }
            if (ids_a & ids_b) - {None}:
                pairs += 1
    return pairs


def print_table(title: str, counts: Counter[str]) -> None:
    """Print the counts with the shares they are read as."""
    print(f"\n{title}")
    print("| count | value | share |")
    print("|---|---|---|")
    shares = {
        "rows with a pronoun actor": "table rows",
        "rows with a common-noun actor": "table rows",
        "actors linked to an entity": "actors",
        "caption events in the table": "caption events",
        "rows needing review": "table rows",
        "pronoun actors resolved": "pronoun actors",
        "description actors resolved": "description actors",
    }
    for name in COUNT_NAMES:
        base = shares.get(name)
        share = ""
        if base and counts[base]:
            share = f"{counts[name] / counts[base]:.2f}"
        print(f"| {name} | {counts[name]} | {share} |")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the counts and print the tables; 2 when the shared data is missing."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("dev", "train", "meantime"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="first N articles of the set")
    parser.add_argument("--no-seed", action="store_true", help="leave the seed article out")
    parser.add_argument(
        "--examples", type=int, default=0, help="print N table rows with a flagged actor"
    )
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"no shared data at {SHARED}: nothing to count", file=sys.stderr)
        return 2
    import fivews
    from fivews.nlp import load_pipeline

    nlp = load_pipeline()
    if args.set == "meantime":
        records = meantime_records(args.limit)
    else:
        records = polnear_records(args.set, args.limit)
    total: Counter[str] = Counter()
    for record in records:
        result = fivews.analyze(record, nlp=nlp)
        total += count_article(result)
    label = {"dev": "PolNeAR dev", "train": "PolNeAR train", "meantime": "MEANTIME"}[args.set]
    if not args.no_seed:
        seed = fivews.analyze(str(SEED), published=SEED_PUBLISHED, nlp=nlp)
        seed_counts = count_article(seed)
        total += seed_counts
        print_table(f"{label} ({len(records)} articles) + the seed", total)
        print_table("the seed alone", seed_counts)
    else:
        print_table(f"{label} ({len(records)} articles)", total)
    if args.examples:
        import random

        print("\nresolved actors (sentence | phrase -> entity):")
        for sentence, phrase, name in random.Random(0).sample(
            EXAMPLES, min(args.examples, len(EXAMPLES))
        ):
            print(f"- {' '.join(sentence.split())[:200]} | {phrase} -> {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
