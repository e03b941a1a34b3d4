"""Fuzz every spec with Schemathesis against the mock: all phases, all checks, warnings fail the run.

`python -m scripts fuzz` runs the deterministic, bounded pass `make test` uses; `--deep` runs a longer
random one (`make fuzz`). Policy and every per-operation exception (with its reason) live in
`schemathesis.toml`; this runner starts the mock, adds the URL and credentials, and writes one JUnit
report per spec under `build/fuzz/`.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from broker_contracts_mock.process import RunningMock, running_mock
from scripts.specs import PROJECT_ROOT, Spec, load_all

CONFIG = PROJECT_ROOT / "schemathesis.toml"
REPORTS = PROJECT_ROOT / "build" / "fuzz"
FIXED_DAY = "2026-11-20"
# Generated examples per operation (and per stateful run): `make test`'s deterministic pass, `make fuzz`'s
# random one. The deterministic coverage phase (boundary and invalid values) runs in full either way.
QUICK_EXAMPLES = 30
DEEP_EXAMPLES = 300
_GENERATED = re.compile(r"(\d+) generated")


@dataclass(frozen=True)
class FuzzResult:
    """One spec's run: how many cases, how many failures, and the report."""

    spec: str
    cases: int
    failures: int
    exit_code: int
    report: Path
    output: str

    @property
    def passed(self) -> bool:
        return self.exit_code == 0 and self.failures == 0


def fuzz_spec(spec: Spec, mock: RunningMock, deep: bool, seed: int) -> FuzzResult:
    """Run Schemathesis on one spec against the running mock, with the credentials the mock names."""
    REPORTS.mkdir(parents=True, exist_ok=True)
    report = REPORTS / f"{spec.name}.xml"
    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(CONFIG), "run", str(spec.entry),
        "--url", mock.vendors[spec.name].base_url, "--report", "junit", "--report-junit-path", str(report),
        "--seed", str(seed),
    ]  # fmt: skip
    for header, value in mock.vendors[spec.name].headers.items():
        command += ["-H", f"{header}: {value}"]
    command += (
        ["--max-examples", str(DEEP_EXAMPLES)]
        if deep
        else ["--max-examples", str(QUICK_EXAMPLES), "--generation-deterministic"]
    )
    done = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    counted = _GENERATED.findall(output)
    return FuzzResult(spec.name, int(counted[-1]) if counted else 0, _failures(report), done.returncode, report, output)


def _failures(report: Path) -> int:
    if not report.exists():
        return 0
    root = ElementTree.parse(report).getroot()
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    return sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)


def run(specs: Sequence[Spec], deep: bool = False, seed: int = 1) -> list[FuzzResult]:
    """Start one mock for every spec and fuzz each in turn."""
    with running_mock(["--today", FIXED_DAY]) as mock:
        return [fuzz_spec(spec, mock, deep, seed) for spec in specs]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts fuzz", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--deep",
        action="store_true",
        help=f"random, {DEEP_EXAMPLES} examples per operation (default: deterministic, {QUICK_EXAMPLES})",
    )
    parser.add_argument("--seed", type=int, default=1, help="Schemathesis seed (default 1)")
    parser.add_argument("specs", nargs="*", help="spec folder names (default: all)")
    args = parser.parse_args(list(argv or []))
    specs = [s for s in load_all() if not args.specs or s.name in args.specs]
    results = run(specs, deep=args.deep, seed=args.seed)
    for result in results:
        if not result.passed:
            print(result.output, file=sys.stderr)
    width = max(len(r.spec) for r in results)
    print(f"{'spec'.ljust(width)}  cases  failures  report")
    for result in results:
        report = result.report.relative_to(PROJECT_ROOT)
        print(f"{result.spec.ljust(width)}  {result.cases:5d}  {result.failures:8d}  {report}")
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
