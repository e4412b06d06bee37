"""The JSON Schema of fivews output, shipped as ``data/output.schema.json``."""

from __future__ import annotations

from typing import Any

import jsonschema

from fivews.lexicon import load_json


def load_schema() -> dict[str, Any]:
    """Return the output schema (JSON Schema draft 2020-12)."""
    return load_json("output.schema.json")


def validate(output: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``output`` breaks the output contract."""
    jsonschema.Draft202012Validator(load_schema()).validate(output)
