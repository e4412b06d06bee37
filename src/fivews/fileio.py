"""Atomic file output shared by every writer in fivews (JSON, figures, tables, reports).

A file is written under a temporary name in its target folder and moved into place with
``os.replace`` only when complete, so a reader never sees half a file and a failed write
leaves the old file (or none). The result gets the permissions a plain ``open()`` would
give (``mkstemp`` alone makes files private).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it to ``path`` when the block succeeds.

    Example::

        with atomic_path("out/table.parquet") as tmp:
            df.to_parquet(tmp)
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
