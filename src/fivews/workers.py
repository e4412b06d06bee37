"""What :func:`fivews.analysis.analyze_records` changes for the length of a run with
several processes, and restores afterwards: srsly's msgpack hooks looked up once
(:func:`msgpack_hooks_frozen`) and the tok2vec tensor dropped before each Doc travels
back from its worker (:func:`released_tensors`)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from spacy.language import Language


@contextlib.contextmanager
def msgpack_hooks_frozen(active: bool) -> Iterator[None]:
    """While active, srsly's msgpack hooks are looked up once instead of at every call.

    With several processes every Doc is packed in its worker and unpacked here
    (``Doc.to_bytes``/``from_bytes``, through srsly's msgpack). srsly asks its
    ``msgpack_encoders``/``msgpack_decoders`` registries for all hooks at every pack and
    unpack, and each ask scans the installed packages' entry points: about 2 ms of CPU
    per Doc on each side, more than the rest of the unpacking. The registries' answers
    are taken once when the run starts (the workers, forked inside the run, inherit them)
    and the lookup is restored afterwards; hooks registered during a run are not seen.
    """
    if not active:
        yield
        return
    import srsly.msgpack

    registries = (srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders)
    own = [registry.__dict__.get("get_all") for registry in registries]
    for registry in registries:
        hooks = registry.get_all()
        registry.get_all = lambda hooks=hooks: dict(hooks)  # type: ignore[method-assign]
    try:
        yield
    finally:
        for registry, previous in zip(registries, own, strict=True):
            if previous is None:
                del registry.get_all
            else:
                registry.get_all = previous  # type: ignore[method-assign]


@contextlib.contextmanager
def released_tensors(nlp: Language, active: bool) -> Iterator[None]:
    """While active, end ``nlp`` with ``fivews_release_tensor`` (then remove it again).

    With several processes each Doc travels back from its worker as bytes; the tok2vec
    tensor is most of them and nothing downstream reads it (see
    :func:`fivews.structure.release_tensor`). A pipeline that already has the step is
    left as it is.
    """
    name = "fivews_release_tensor"
    if not active or name in nlp.component_names:
        yield
        return
    nlp.add_pipe(name, last=True)
    try:
        yield
    finally:
        nlp.remove_pipe(name)
