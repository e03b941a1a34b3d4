"""`make bench-pipeline`: how long the pipeline's targets take, measured in fresh clones.

Clones this repository (a branch or commit: `--ref`, default HEAD) into two separate folders under a
temporary directory, each with `shared` beside it (a symlink to this checkout's `../shared`), and times
in each clone, `--runs` times:

- a fresh `make` (no `.venv`, no `build/`: the bootstrap, validation and generation; the package
  caches of pip and uv stay warm),
- `make validate`, a forced `make generate`, a no-op `make`,
- `make test` (`--test-runs` times; node_modules is installed first, and the first run in each clone
  starts with an empty mypy cache, as CI does).

Prints min, median and max of each over both clones, and the load average before and after (other
work on the machine slows every figure).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class MakeFailed(RuntimeError):
    """A timed target failed; the message carries the end of its output."""


def _timed(clone: Path, *target: str) -> float:
    started = time.perf_counter()
    done = subprocess.run(["make", *target], cwd=clone, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise MakeFailed(f"make {' '.join(target)} failed in {clone}:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    return elapsed


def _clone(commit: str, parent: Path, name: str) -> Path:
    parent.mkdir()
    clone = parent / name
    subprocess.run(["git", "clone", "--quiet", "--no-checkout", str(ROOT), str(clone)], check=True)
    subprocess.run(["git", "-C", str(clone), "checkout", "--quiet", "--detach", commit], check=True)
    shared = ROOT.parent / "shared"
    if shared.exists():
        (parent / "shared").symlink_to(shared)
    return clone


def _measure(clone: Path, runs: int, test_runs: int, times: dict[str, list[float]]) -> None:
    """Add the clone's timings to `times` (label → seconds), as each is taken."""
    for _ in range(runs):
        for leftover in (".venv", "build"):
            shutil.rmtree(clone / leftover, ignore_errors=True)
        _record(times, "fresh make", _timed(clone))
        for name, target in (("make validate", "validate"), ("make generate (forced)", "generate")):
            _record(times, name, _timed(clone, target))
        _record(times, "no-op make", _timed(clone))
    if test_runs:
        _timed(clone, "node_modules/.installed")
        shutil.rmtree(clone / ".mypy_cache", ignore_errors=True)
        for run in range(test_runs):
            label = "make test (first in the clone)" if run == 0 else "make test (again)"
            _record(times, label, _timed(clone, "test"))


def _record(times: dict[str, list[float]], label: str, seconds: float) -> None:
    """Add one timing (only once taken: a failed target leaves no empty row behind)."""
    times.setdefault(label, []).append(seconds)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts bench-pipeline", description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="HEAD", help="the commit or branch to clone (default HEAD)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each target per clone (default 3)")
    parser.add_argument("--test-runs", type=int, default=0, help="runs of `make test` per clone (default 0)")
    args = parser.parse_args(argv)
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", args.ref], capture_output=True, text=True, check=True
    ).stdout.strip()
    load_before = os.getloadavg()
    merged: dict[str, list[float]] = {}
    failure = None
    with tempfile.TemporaryDirectory(prefix="broker-contracts-bench-") as scratch:
        try:
            for name in ("first", "second"):
                _measure(_clone(commit, Path(scratch) / name, "broker-contracts"), args.runs, args.test_runs, merged)
        except MakeFailed as exc:
            failure = str(exc)
    load_after = os.getloadavg()
    width = max(map(len, merged), default=len("target"))
    print(f"{args.ref} ({commit[:12]}): in each of 2 fresh clones, {args.runs} run(s), {args.test_runs} of make test")
    print(f"{'target'.ljust(width)}  {'min':>7}  {'median':>7}  {'max':>7}  runs")
    for label, values in merged.items():
        low, mid, high = min(values), statistics.median(values), max(values)
        print(f"{label.ljust(width)}  {low:7.2f}  {mid:7.2f}  {high:7.2f}  {len(values)}")
    print(f"load average (1 min) before {load_before[0]:.2f}, after {load_after[0]:.2f}")
    if failure:
        print(f"stopped early (the figures above are those taken before): {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
