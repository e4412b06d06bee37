"""One loader for fivews' data files, and the word tables several layers share.

Every layer reads its lexicons, patterns and alias files through :func:`load_json`,
:func:`load_jsonl` or :func:`load_text`. The components with word lists of their own
(claims, events, five_ws, the entity ruler's patterns) take one config key for them,
``lexicon_dir`` (:data:`CONFIG_KEY`): a folder whose files replace the package's own
files of the same name; a file it lacks comes from the package's ``data/``. So a user can
change one list without copying the rest::

    nlp.add_pipe("fivews_claims", config={"lexicon_dir": "my_lexicons/"})

Shared tables, each kept in one file:

* reporting verbs (``reporting_verbs.json``): one entry per lemma, with the claims
  layer's stance and the layers that read it as reporting speech
  (:func:`reporting_verbs`, :func:`verb_stances`);
* prepositions (``prepositions.json``): each preposition with the uses the layers make
  of it (:func:`prepositions`);
* month and weekday names (``timex_lexicon.json``): :data:`MONTHS`, :data:`WEEKDAYS`.

Files are read once per process (``functools.lru_cache``); callers must not change what
they get back.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

#: The package's data folder.
DATA_DIR: Traversable = resources.files("fivews") / "data"
#: The config key every fivews component takes for a folder of replacement data files.
CONFIG_KEY = "lexicon_dir"

LexiconDir = str | Path | None


def data_file(name: str, lexicon_dir: LexiconDir = None) -> Traversable:
    """The data file ``name``: from ``lexicon_dir`` when it holds one, else the package's."""
    if lexicon_dir is not None:
        candidate = Path(lexicon_dir) / name
        if candidate.is_file():
            return candidate
    return DATA_DIR / name


@functools.lru_cache(maxsize=64)
def load_text(name: str, lexicon_dir: LexiconDir = None) -> str:
    """The text of data file ``name`` (UTF-8)."""
    return data_file(name, lexicon_dir).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=64)
def load_json(name: str, lexicon_dir: LexiconDir = None) -> Any:
    """The parsed JSON data file ``name``."""
    return json.loads(load_text(name, lexicon_dir))


@functools.lru_cache(maxsize=16)
def load_jsonl(name: str, lexicon_dir: LexiconDir = None) -> tuple[Any, ...]:
    """The records of JSON Lines data file ``name`` (blank lines skipped)."""
    return tuple(
        json.loads(line) for line in load_text(name, lexicon_dir).splitlines() if line.strip()
    )


# --------------------------------------------------------------------------- reporting verbs

REPORTING_VERBS_FILE = "reporting_verbs.json"


@functools.lru_cache(maxsize=16)
def reporting_verbs(layer: str, lexicon_dir: LexiconDir = None) -> frozenset[str]:
    """The lemmas that ``layer`` (``"claims"``, ``"events"``, ``"five_ws"``) reads as
    reporting speech."""
    verbs = load_json(REPORTING_VERBS_FILE, lexicon_dir)["verbs"]
    return frozenset(lemma for lemma, entry in verbs.items() if layer in entry["layers"])


@functools.lru_cache(maxsize=4)
def verb_stances(lexicon_dir: LexiconDir = None) -> dict[str, str]:
    """Each attribution cue lemma -> its stance class (the claims layer's cues), in file order."""
    verbs = load_json(REPORTING_VERBS_FILE, lexicon_dir)["verbs"]
    return {lemma: entry["stance"] for lemma, entry in verbs.items() if entry.get("stance")}


# --------------------------------------------------------------------------- prepositions

PREPOSITIONS_FILE = "prepositions.json"


@functools.lru_cache(maxsize=32)
def prepositions(use: str, lexicon_dir: LexiconDir = None) -> frozenset[str]:
    """The prepositions with the given use (see ``prepositions.json``'s ``_doc``)."""
    table = load_json(PREPOSITIONS_FILE, lexicon_dir)
    if use not in table["uses"]:
        raise KeyError(f"no preposition use {use!r}; known: {', '.join(sorted(table['uses']))}")
    return frozenset(word for word, uses in table["prepositions"].items() if use in uses)


# --------------------------------------------------------------------------- calendar

_TIMEX = load_json("timex_lexicon.json")
#: Month names and abbreviations, lower case ("sept" included) -> month number.
MONTHS: dict[str, int] = dict(_TIMEX["months"])
#: Weekday names, lower case, Monday first.
WEEKDAYS: tuple[str, ...] = tuple(sorted(_TIMEX["weekdays"], key=_TIMEX["weekdays"].get))
#: A regular-expression alternation of :data:`MONTHS`' keys, longest first.
MONTH_NAMES_RE: str = "|".join(sorted(MONTHS, key=len, reverse=True))
