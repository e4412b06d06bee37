"""Generate news-like articles of realistic length for throughput and corpus tests.

Each article is assembled from the invented people, organisations, places and sentence
templates in ``benchmarks/data/newsgen.json``: optional page chrome, a headline, a
dateline lead, 9–17 paragraphs of quotes, figures, dates and background, sometimes a
photo caption and a subhead. The output is deterministic for a given seed, so a
benchmark or a test sees the same texts on every run. No text is copied from any outlet.

Usage::

    python benchmarks/newsgen.py --n 30 --out notebooks/data/corpus_demo.jsonl

Records are JSON objects ``{"id", "title", "text", "published"}`` (the fivews JSONL
input format). A template engine such as Jinja would be overkill for filling
``{slot}`` markers, so :func:`fill` uses ``str.format_map`` on a lazily drawn mapping.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: The phrase lists the generator draws from.
PHRASES_PATH = Path(__file__).resolve().parent / "data" / "newsgen.json"


def load_phrases(path: Path = PHRASES_PATH) -> dict[str, Any]:
    """Return the phrase lists (people, places, templates…) from ``path``."""
    return json.loads(path.read_text(encoding="utf-8"))


class _Slots(dict):
    """Slot values for one article; unknown slots are drawn on first use.

    The article has a cast (a main person, a city, a topic…) fixed up front so that
    its sentences are about the same story; other slots (a second person, a number)
    are drawn fresh each time they are filled.
    """

    def __init__(self, rng: random.Random, phrases: dict[str, Any], cast: dict[str, str]):
        super().__init__(cast)
        self.rng = rng
        self.phrases = phrases

    def __missing__(self, key: str) -> str:
        rng, p = self.rng, self.phrases
        if key in ("person", "person_full", "Person_full"):
            name, role = rng.choice(p["people"])
            self["role"] = role
            return name
        if key == "small":
            return str(rng.randint(2, 40))
        if key == "number":
            return f"{rng.randint(1, 900) * 100:,}"
        if key == "money":
            return f"{rng.randint(2, 95) / 10:.1f} billion"
        if key == "percent":
            return f"{rng.randint(5, 140) / 10:.1f}"
        if key == "day":
            return str(rng.randint(1, 28))
        if key == "company":
            return rng.choice(p["companies"])
        if key == "city2":
            return rng.choice(p["places"])[0]
        if key in ("weekday_next",):
            return rng.choice(p["weekdays"])
        if key == "month_next":
            return rng.choice(p["months"])
        raise KeyError(key)


def fill(template: str, slots: _Slots) -> str:
    """Fill ``{slot}`` markers in ``template`` from ``slots`` (drawing new values lazily)."""
    return template.format_map(slots)


def _cast(rng: random.Random, phrases: dict[str, Any], published: dt.date) -> dict[str, str]:
    """Fix the story's main person, place, organisation and topic."""
    name, role = rng.choice(phrases["people"])
    city, country = rng.choice(phrases["places"])
    short, long = rng.choice(phrases["topics"])
    org = rng.choice(phrases["organisations"])
    return {
        "Person": f"{role[0].upper()}{role[1:]} {name}",
        "Person_last": name.split()[-1],
        "role": role,
        "city": city,
        "CITY": city.upper(),
        "country": country,
        "country_cap": country[0].upper() + country[1:],
        "topic_short": short,
        "Topic_short": short[0].upper() + short[1:],
        "topic_long": long,
        "Topic_long": long[0].upper() + long[1:],
        "org": org,
        "Org": org[0].upper() + org[1:],
        "weekday": published.strftime("%A"),
        "month": published.strftime("%B"),
        "year": str(published.year),
        "year_next": str(published.year + 1),
        "verb": "said",
    }


#: Publication dates are drawn from this day on, over ``DEFAULT_DAYS`` days.
DEFAULT_START = dt.date(2015, 1, 1)
DEFAULT_DAYS = 3650


def generate_article(
    index: int,
    seed: int = 0,
    phrases: dict[str, Any] | None = None,
    *,
    start: dt.date = DEFAULT_START,
    days: int = DEFAULT_DAYS,
) -> dict[str, Any]:
    """Return one article record ``{id, title, text, published}``.

    Args:
        index: the article's number; with ``seed`` it fixes every random choice.
        seed: the corpus seed.
        phrases: phrase lists (default: :func:`load_phrases`).
        start: earliest publication date.
        days: publication dates fall in ``start`` … ``start + days``.
    """
    phrases = phrases or load_phrases()
    rng = random.Random(f"{seed}:{index}")
    published = start + dt.timedelta(days=rng.randint(0, days))
    slots = _Slots(rng, phrases, _cast(rng, phrases, published))

    # Sentences are drawn without replacement, so an article does not repeat itself.
    pool: list[str] = []

    def sentence() -> str:
        if not pool:
            pool.extend(rng.sample(phrases["sentences"], len(phrases["sentences"])))
        slots["verb"] = rng.choice(phrases["report_verbs"])
        for key in ("person", "person_full", "Person_full", "role"):
            slots.pop(key, None)
        text = fill(pool.pop(), slots)
        return text[0].upper() + text[1:]

    lines: list[str] = []
    lines += rng.sample(phrases["chrome"], rng.randint(0, 3))
    title = fill(rng.choice(phrases["headlines"]), slots)
    lines.append(title)
    if rng.random() < 0.5:
        slots["day"] = str(published.day)
        lines.append(fill(rng.choice(phrases["captions"]), slots))
        slots.pop("day")
    lines.append(fill(rng.choice(phrases["leads"]), slots))
    n_paragraphs = rng.randint(9, 17)
    subhead_at = rng.randint(3, n_paragraphs - 2) if rng.random() < 0.5 else -1
    for i in range(n_paragraphs):
        if i == subhead_at:
            lines.append(rng.choice(phrases["subheads"]))
        lines.append(" ".join(sentence() for _ in range(rng.randint(1, 3))))
    lines += rng.sample(phrases["chrome"], rng.randint(0, 2))
    return {
        "id": f"gen-{seed:02d}-{index:05d}",
        "title": title,
        "text": "\n\n".join(lines) + "\n",
        "published": published.isoformat(),
    }


def generate_records(
    n: int, seed: int = 0, *, start: dt.date = DEFAULT_START, days: int = DEFAULT_DAYS
) -> Iterator[dict[str, Any]]:
    """Yield ``n`` article records (deterministic for ``seed``), published between
    ``start`` and ``start + days``."""
    phrases = load_phrases()
    for i in range(n):
        yield generate_article(i, seed, phrases, start=start, days=days)


def main(argv: list[str] | None = None) -> int:
    """Write ``--n`` generated records as JSONL to ``--out`` (or stdout)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=30, help="number of articles (default 30)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument(
        "--start",
        type=dt.date.fromisoformat,
        default=DEFAULT_START,
        help="earliest publication date, YYYY-MM-DD (default 2015-01-01)",
    )
    parser.add_argument(
        "--days",
        type=int,
        default=DEFAULT_DAYS,
        help="publication dates span this many days (default 3650)",
    )
    parser.add_argument("--out", type=Path, help="output JSONL path (default stdout)")
    args = parser.parse_args(argv)
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        for record in generate_records(args.n, args.seed, start=args.start, days=args.days):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
