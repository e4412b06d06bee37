"""The JSON Schema of fivews output, shipped as ``data/output.schema.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """Return the output schema (JSON Schema draft 2020-12)."""
    text = resources.files("fivews.data").joinpath("output.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(output: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``output`` breaks the output contract."""
    jsonschema.Draft202012Validator(load_schema()).validate(output)
