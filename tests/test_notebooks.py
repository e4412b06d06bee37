"""Every notebook executes, and rerunning it rewrites its figures byte for byte."""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
sys.path.insert(0, str(ROOT / "tools"))


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the notebooks, figures and seeds, so the tests never touch the repo."""
    work = tmp_path_factory.mktemp("project")
    for name in ("notebooks", "figures", "seeds", "benchmarks"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, work / name)
    return work


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS and NOTEBOOKS[0].name == "01_article.ipynb"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_and_figures_are_reproducible(workspace: Path, notebook: Path) -> None:
    from run_notebooks import run_notebook

    committed = json_cells = nbformat.read(notebook, as_version=4)
    assert committed.metadata["kernelspec"]["name"] == "fivews"
    for cell in json_cells.cells:
        if cell.cell_type == "code":
            assert not any(
                line.lstrip().startswith(("def ", "class ")) for line in cell.source.splitlines()
            )
    prefix = notebook.stem.split("_")[0] + "_"
    before = {p.name: digest(p) for p in (workspace / "figures").glob(prefix + "*.png")}
    nb = run_notebook(workspace / "notebooks" / notebook.name, kernel="fivews", write=False)
    errors = [
        o
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if o.output_type == "error"
    ]
    assert not errors
    after = {p.name: digest(p) for p in (workspace / "figures").glob(prefix + "*.png")}
    assert after, f"{notebook.name} wrote no figures/{prefix}*.png"
    for name, value in before.items():
        assert after.get(name) == value, f"figures/{name} changed when {notebook.name} was rerun"
