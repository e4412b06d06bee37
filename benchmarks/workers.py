"""Run a benchmark script again as a fresh worker process and read the JSON it prints.

Timing and memory benchmarks measure each configuration in its own process, so that
caches, loaded models and peak memory of one run do not leak into the next.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def spawn_worker(script: str | Path, args: list[str]) -> dict[str, Any]:
    """Run ``python SCRIPT ARGS`` and return the JSON object on its last stdout line.

    Raises:
        RuntimeError: the worker exited with an error (the end of its stderr attached).
    """
    proc = subprocess.run(
        [sys.executable, str(Path(script).resolve()), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"worker {args} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])
