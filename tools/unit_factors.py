"""Write pint's conversion of every claims unit to ``src/fivews/data/claim_unit_factors.json``.

For each pint unit of ``data/claim_units.json`` the table keeps what
:func:`fivews.claims.quantities.convert_with_pint` answers: a factor and an offset
(``value * factor + offset``; the offset is non-zero only for temperatures) and the
symbol of the unit it converts to. fivews reads the table instead of importing pint when
the definitions file and the normal units are the ones it was made with; the tests
check it against pint. Run it after changing the units or their definitions::

    python tools/unit_factors.py
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fivews.claims.lexicon import load_lexicon  # noqa: E402
from fivews.claims.quantities import (  # noqa: E402
    UNIT_FACTORS,
    convert_with_pint,
    definitions_digest,
)

OUT = ROOT / "src" / "fivews" / "data" / UNIT_FACTORS


def build_table() -> dict[str, object]:
    """The table for the package's own claims lexicon, as written to :data:`OUT`."""
    lexicon = load_lexicon(None)
    units = {}
    for unit in sorted(lexicon.convertible_units):
        zero, symbol = convert_with_pint(0.0, unit, lexicon)
        if zero == 0.0:
            factor = convert_with_pint(1.0, unit, lexicon)[0]
        else:  # an offset (temperatures): the slope over a wide step keeps its digits
            factor = (convert_with_pint(1000.0, unit, lexicon)[0] - zero) / 1000.0
        units[unit] = [factor, zero, symbol]
    return {
        "_doc": "pint's conversion of each claims unit: [factor, offset, symbol], "
        "value * factor + offset; written by tools/unit_factors.py, checked by the tests.",
        "pint": version("pint"),
        "definitions_sha1": definitions_digest(lexicon.unit_definitions),
        "normal_units": list(lexicon.normal_units),
        "units": units,
    }


def main() -> int:
    text = json.dumps(build_table(), indent=1, ensure_ascii=False) + "\n"
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
