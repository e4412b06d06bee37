"""Execute notebooks in order with nbclient, keeping their outputs in the ``.ipynb``.

Usage: ``python tools/run_notebooks.py [--kernel fivews] notebooks/01_article.ipynb ...``

Each notebook runs with its own folder as working directory (so ``../figures/`` is the
project's figures folder) and is rewritten atomically only when it ran without error,
without execution timestamps, so rerunning an unchanged notebook leaves it byte-identical.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def run_notebook(
    path: Path, kernel: str = "fivews", timeout: int = 900, write: bool = True
) -> nbformat.NotebookNode:
    """Execute one notebook in its folder; write it back with outputs when ``write``."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=kernel,
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,  # no execution timestamps: a rerun changes nothing it need not
    )
    client.execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    if write:
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".ipynb.tmp")
        os.close(fd)
        try:
            nbformat.write(nb, tmp)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return nb


def main(argv: list[str] | None = None) -> int:
    """Run the notebooks given on the command line, in order; exit 1 on the first failure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--kernel", default="fivews")
    parser.add_argument("--timeout", type=int, default=900)
    args = parser.parse_args(argv)
    for path in args.notebooks:
        started = time.perf_counter()
        try:
            run_notebook(path, args.kernel, args.timeout)
        except CellExecutionError as exc:
            print(f"run_notebooks: {path} failed:\n{exc}", file=sys.stderr)
            return 1
        print(f"executed {path} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
