"""What the story questions find on a real linked corpus, as counts to read against the
articles.

The MEANTIME Wikinews demo corpus (``notebooks/data/meantime/meantime.jsonl``) is analysed
and linked (:func:`fivews.linking.link_corpus`), then:

* events reported by more than one article, and the disagreements among them by kind
  (number, date, place, source), with how many carry the "dated apart" note (the two
  articles date the event apart: likely two events the linker joined);
* the timeline of the person named in most articles (:func:`fivews.story.most_reported`):
  events, how many a time expression dates, how many several articles report.

Every disagreement is printed with both sentences (``--show``), so a reader can say which
are real: there is no gold for disagreements, the check is reading. With ``--jsonl FILE``
the same is run on another corpus (e.g. PolNeAR articles of ``../shared/data``, read
there at run time).

Usage::

    python benchmarks/story.py                    # ~1 minute: analyse, link, count
    python benchmarks/story.py --tables DIR       # reuse an analysed run (linked or not)
    python benchmarks/story.py --show             # print every disagreement in full
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEANTIME = ROOT / "notebooks" / "data" / "meantime" / "meantime.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jsonl", type=Path, default=MEANTIME, help="corpus (JSONL)")
    parser.add_argument("--tables", type=Path, help="an analysed run of that corpus")
    parser.add_argument("--show", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)

    from fivews.corpus import read_corpus_tables, run_corpus
    from fivews.linking import link_corpus
    from fivews.story import (
        actor_timeline,
        disagreement_counts,
        disagreements,
        most_reported,
    )
    from fivews.story.differences import DATES_APART

    with tempfile.TemporaryDirectory() as tmp:
        tables_dir = args.tables or Path(tmp) / "tables"
        if args.tables is None:
            run_corpus(args.jsonl, tables_dir, progress=False)
        tables = link_corpus(read_corpus_tables(tables_dir, linked=False))

    found = disagreements(tables)
    print(f"articles: {len(tables['documents'])}")
    print(f"events: {len(tables['events'])} -> corpus events: {len(tables['corpus_events'])}")
    print(f"events reported by more than one article: {found.attrs['events_compared']}")
    print("\n| kind | disagreements | events | dated apart (note) |\n|---|---|---|---|")
    for row in disagreement_counts(found).to_dict("records"):
        kind = found[found["kind"] == row["kind"]]
        apart = int((kind["note"] == DATES_APART).sum())
        print(f"| {row['kind']} | {row['disagreements']} | {row['events']} | {apart} |")

    actor = most_reported(tables)
    if actor is not None:
        timeline = actor_timeline(tables, actor)
        dated = int((~timeline["date_how"].str.startswith("publication date")).sum())
        several = int((timeline["articles"] > 1).sum())
        name = timeline.attrs["actor"]["name"]
        print(
            f"\ntimeline of {name} (person in most articles): {len(timeline)} events, "
            f"{dated} dated by a time expression, {several} reported by more than one article"
        )
    if args.show:
        for row in found.to_dict("records"):
            print(f"\n[{row['kind']}: {row['measure']}] {row['value_a']} | {row['value_b']}")
            print(f"  {row['doc_id_a']} ({row['published_a']}): {row['sentence_a']}")
            print(f"  {row['doc_id_b']} ({row['published_b']}): {row['sentence_b']}")
            if row["note"]:
                print(f"  note: {row['note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
