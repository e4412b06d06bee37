"""fivews: turn a news article into the journalist's five Ws.

Who (entities), when (time expressions and a timeline), where (places on a map), what
(events) and according to whom (attributed claims), as a spaCy pipeline, pandas tables
and matplotlib figures::

    import fivews
    result = fivews.analyze("article.txt", published="2017-09-21")
    result.to_dict()["document"]["blocks"]
    result.entities_df()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Analysis", "RecordFailure", "analyze", "analyze_records", "__version__"]

if TYPE_CHECKING:
    from fivews.analysis import Analysis, RecordFailure, analyze, analyze_records


def __getattr__(name: str) -> Any:
    # Imported lazily so `import fivews` (and `fivews --help`) stays fast.
    if name in {"Analysis", "RecordFailure", "analyze", "analyze_records"}:
        from fivews import analysis

        return getattr(analysis, name)
    raise AttributeError(f"module 'fivews' has no attribute {name!r}")
