"""What a corpus run reports back: :class:`CorpusSummary`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fivews.corpus.records import Failure


@dataclass
class CorpusSummary:
    """What a corpus run did.

    Attributes:
        out_dir: where the tables are.
        analysed: articles analysed and written in this run.
        skipped: records skipped because an earlier run had finished them.
        failed: records that could not be analysed in this run (see ``failures``).
        duplicates: records skipped because their id appeared earlier in this run.
        parts: part files written per table in this run.
        seconds: wall-clock time of the run.
        failures: ``{"id", "line"?, "message"}`` per failed record, in order.
    """

    out_dir: Path
    analysed: int = 0
    skipped: int = 0
    failed: int = 0
    duplicates: int = 0
    parts: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        """Analysed articles per wall-clock second in this run."""
        return self.analysed / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary."""
        return {
            "out_dir": str(self.out_dir),
            "analysed": self.analysed,
            "skipped": self.skipped,
            "failed": self.failed,
            "duplicates": self.duplicates,
            "parts": self.parts,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.articles_per_second, 2),
            "failures": self.failures,
        }
