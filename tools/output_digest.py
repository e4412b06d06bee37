"""Fingerprint fivews' output on fixed article sets, to prove a change leaves it identical.

Every article of a set is analysed with :func:`fivews.analyze_records` and its
``to_dict()`` JSON (keys sorted) is hashed with sha256. ``--write FILE`` stores the digests;
``--check FILE`` recomputes them and lists the articles whose output changed (exit 1).
``--dump DIR`` also writes each article's JSON, so two runs can be compared with ``diff``.

Sets:

* ``project`` — the articles this project holds: the seed, the notebooks' inputs, the
  benchmark sets written here and 40 generated articles. The tests check this set.
* ``shared`` — real articles read from ``../shared/data`` (never copied): PolNeAR dev, the
  first 120 PolNeAR train texts, the MEANTIME Wikinews texts, the TimeBank and AQUAINT
  TimeML texts (DCT as the publication date) and the first 60 articles of each geoparsing
  corpus. Only the digests are kept in the project.

Usage::

    python tools/output_digest.py --sets project shared --write tests/data/output_digests.json
    python tools/output_digest.py --sets project --check tests/data/output_digests.json
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))

Record = dict[str, Any]


def project_records() -> Iterator[Record]:
    """The articles held in this project (seed, notebook inputs, benchmark sets, generated)."""
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield {"id": f"seed/{path.stem}", "text": path.read_text(encoding="utf-8")}
    for path in sorted((ROOT / "notebooks" / "data").glob("*.txt")):
        yield {"id": f"notebooks/{path.stem}", "text": path.read_text(encoding="utf-8")}
    for path in sorted((ROOT / "notebooks" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                yield {**record, "id": f"notebooks/{path.stem}/{record['id']}"}
    for path in sorted((ROOT / "benchmarks" / "data" / "five_ws").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        yield {
            "id": f"five_ws/{path.stem}",
            "text": record["text"],
            "title": record.get("title"),
            "published": record.get("published"),
        }
    for path in sorted((ROOT / "benchmarks" / "data" / "claims").glob("*.json")):
        for record in json.loads(path.read_text(encoding="utf-8")):
            yield {"id": f"claims/{path.stem}/{record['id']}", "text": record["text"]}
    from newsgen import generate_records

    for record in generate_records(40, seed=7):
        yield {**record, "id": f"newsgen/{record['id']}"}


def shared_records() -> Iterator[Record]:
    """Real articles from ``../shared/data`` (nothing is copied into the project)."""
    if not SHARED.is_dir():
        raise SystemExit(f"output_digest: {SHARED} not found (the shared set needs it)")
    with open(SHARED / "polnear" / "metadata.tsv", encoding="utf-8") as f:
        meta = {row["filename"]: row for row in csv.DictReader(f, delimiter="\t")}
    for split, limit in (("dev", None), ("train", 120)):
        paths = sorted((SHARED / "polnear" / split / "text").glob("*.txt"))[:limit]
        for path in paths:
            row = meta.get(path.stem, {})
            yield {
                "id": f"polnear/{split}/{path.stem}",
                "text": path.read_text(encoding="utf-8"),
                "title": row.get("title"),
                "published": row.get("publication_date"),
            }
    with open(SHARED / "meantime" / "metadata.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            yield {
                "id": f"meantime/{row['id']}",
                "text": (SHARED / "meantime" / row["file"]).read_text(encoding="utf-8"),
                "title": row["title"],
                "published": row["published"],
            }
    from timeml import parse_timeml

    for corpus in ("timebank", "aquaint"):
        for path in sorted((SHARED / "timeml" / corpus).glob("*.tml")):
            doc = parse_timeml(path.read_text(encoding="utf-8"), path.stem)
            yield {"id": f"{corpus}/{path.stem}", "text": doc.text, "published": doc.dct}
    for name in ("GeoVirus", "TR-News", "lgl"):
        root = ET.parse(SHARED / "geo" / f"{name}.xml").getroot()
        for i, article in enumerate(root.iter("article")):
            if i >= 60:
                break
            yield {"id": f"geo/{name}/{i}", "text": article.findtext("text") or ""}


SETS = {"project": project_records, "shared": shared_records}


def digests(set_names: list[str], dump: Path | None = None) -> dict[str, dict[str, str]]:
    """``{set: {article id: sha256 of its output JSON}}`` for the named sets."""
    from fivews.analysis import Analysis, analyze_records

    out: dict[str, dict[str, str]] = {}
    for name in set_names:
        records = list(SETS[name]())
        found: dict[str, str] = {}
        for record, result in zip(records, analyze_records(records), strict=True):
            if isinstance(result, Analysis):
                payload: Any = result.to_dict()
            else:
                payload = {"failure": str(result)}
            text = json.dumps(payload, sort_keys=True, ensure_ascii=False, indent=1)
            found[record["id"]] = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if dump is not None:
                target = dump / (record["id"].replace("/", "__") + ".json")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
        out[name] = found
    return out


def compare(expected: dict[str, dict[str, str]], found: dict[str, dict[str, str]]) -> list[str]:
    """Lines naming every article whose digest differs, is new or is missing."""
    lines = []
    for name, now in found.items():
        before = expected.get(name, {})
        for key in sorted(set(before) | set(now)):
            if before.get(key) != now.get(key):
                state = "new" if key not in before else "missing" if key not in now else "changed"
                lines.append(f"{name}: {key}: {state}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", choices=sorted(SETS), default=["project"])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="store the digests in this JSON file")
    mode.add_argument("--check", type=Path, help="compare with the digests in this JSON file")
    ap.add_argument("--dump", type=Path, help="also write each article's output JSON here")
    args = ap.parse_args(argv)
    found = digests(args.sets, args.dump)
    if args.write:
        stored = json.loads(args.write.read_text("utf-8")) if args.write.exists() else {}
        stored.update(found)
        args.write.parent.mkdir(parents=True, exist_ok=True)
        tmp = args.write.with_suffix(".tmp")
        tmp.write_text(json.dumps(stored, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(args.write)
        print(f"wrote {sum(len(v) for v in found.values())} digests to {args.write}")
        return 0
    expected = json.loads(args.check.read_text("utf-8"))
    differences = compare(expected, found)
    for line in differences:
        print(line)
    total = sum(len(v) for v in found.values())
    print(f"{total - len(differences)} of {total} outputs identical", file=sys.stderr)
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
