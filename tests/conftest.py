"""Shared pytest fixtures: the project paths and the spaCy pipeline, loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_9b00dab25d4e3da2.txt"


@pytest.fixture(scope="session")
def root() -> Path:
    """The project root."""
    return ROOT


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed article (never modified)."""
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's text."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    """The full fivews pipeline (spaCy model plus all fivews components)."""
    from fivews.nlp import load_pipeline

    return load_pipeline()


#: The pipeline up to the claims component (claims reads only earlier layers).
UP_TO_CLAIMS = (
    "fivews_blocks",
    "fivews_entity_ruler",
    "fivews_entities",
    "fivews_timexes",
    "fivews_claims",
)


@pytest.fixture(scope="session")
def cnlp():
    """The pipeline up to the claims component, shared by the claims tests."""
    from fivews.nlp import load_pipeline

    return load_pipeline(components=UP_TO_CLAIMS)


@pytest.fixture(scope="session")
def base():
    """spaCy's own pipeline (no fivews components), for tests of single rules on a parse."""
    from fivews.nlp import load_base_model

    return load_base_model()


@pytest.fixture(scope="session")
def lexicon():
    """The main-event word lists (``data/five_ws_lexicon.json``)."""
    from fivews.five_ws.lexicon import load_lexicon

    return load_lexicon()
