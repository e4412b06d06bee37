"""The records a corpus run keeps about itself: a failed record, a ledger line and the
counts of one stream of input lines.

The table rows are not typed here: their columns are the flattened fields of each
article's output (:mod:`fivews.corpus.rows`), so they differ from layer to layer.
"""

from typing import NotRequired, TypedDict


class Failure(TypedDict):
    """A record that could not be analysed, or a line that is not a record."""

    #: The record's id; None for a line that could not be parsed.
    id: str | None
    #: Where it was read: ``"file.jsonl:12"`` or ``"partition 3, line 7"``.
    line: NotRequired[str]
    #: Why it failed.
    message: str


class LedgerEntry(TypedDict):
    """One line of the ledger: a part whose files are all in place."""

    #: The part's file name without ``.parquet`` (``part-r001-000000``).
    part: str
    #: The run number that wrote it.
    run: int
    #: The ids of the articles it holds, in order.
    ids: list[str]
    #: The records of this part that failed (not retried on resume).
    failed: list[Failure]


class StreamCounts(TypedDict):
    """What :func:`fivews.corpus.analyse._process_stream` did with its input lines."""

    analysed: int
    #: Records finished by an earlier run.
    skipped: int
    #: Records that failed in analysis (they are in the ledger entries' ``failed``).
    failed: int
    #: Records whose id appeared earlier in the input.
    duplicates: int
    #: Lines that are not records (not JSON, or not an object).
    bad_lines: list[Failure]
