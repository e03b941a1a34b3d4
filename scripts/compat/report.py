"""`make diff [BASE=<ref>]`: the breaking-change report of every spec, and the version gate.

Without a base, each spec is compared with its previous version (see `history.previous`); with
`--base REF`, with its version at REF. Every change is printed with its JSON pointer, whether it
breaks, why, and where consumers meet it. Exits 1 when a spec has a breaking change and its
`info.version` did not get a new major version, 2 when git cannot answer (a bad ref).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from scripts.compat import history
from scripts.compat.changes import Change
from scripts.compat.compare import compare
from scripts.findings import FindingsError
from scripts.specs import PROJECT_ROOT, SPECS_DIR, Spec, discover, load

_RELEASE = re.compile(r"^(\d+)((?:\.\d+)*)")
CHANGELOG = "CHANGELOG.md"


def release(version: str) -> tuple[int, ...]:
    """The numeric release of a version: `2.1.0` → (2, 1, 0); ValueError if it does not start with one."""
    match = _RELEASE.match(version)
    if match is None:
        raise ValueError(f"info.version {version!r} does not start with a MAJOR.MINOR.PATCH number")
    return tuple(int(part) for part in version[: match.end()].split("."))


def changelog_has_entry(spec: Spec) -> bool:
    """Whether `specs/<name>/CHANGELOG.md` has a `## <info.version>` heading."""
    path = spec.folder / CHANGELOG
    heading = re.compile(rf"^## {re.escape(spec.version)}(\s|$)", re.MULTILINE)
    return path.is_file() and heading.search(path.read_text(encoding="utf-8")) is not None


@dataclass
class SpecReport:
    """The changes of one spec since its baseline, or why there is no baseline."""

    spec: Spec
    baseline: history.Baseline | None = None
    skipped: str | None = None
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]

    def problems(self) -> list[str]:
        """Why the version gate fails for this spec (empty when it passes)."""
        if self.baseline is None:
            return []
        before, after = self.baseline.spec.version, self.spec.version
        try:
            old, new = release(before), release(after)
        except ValueError as exc:
            return [str(exc)]
        problems = []
        if new < old:
            problems.append(f"info.version went backwards: {before} → {after}")
        if self.breaking and new[0] <= old[0]:
            problems.append(
                f"{len(self.breaking)} breaking change(s) need a new major version: info.version is {after}, "
                f"was {before} at {self.baseline.label}; make it {old[0] + 1}.0.0 and say why in {CHANGELOG}"
            )
        if new != old and not changelog_has_entry(self.spec):
            problems.append(
                f"info.version is now {after} but specs/{self.spec.name}/{CHANGELOG} has no `## {after}` entry: "
                "run `make changelog` and edit the draft"
            )
        return problems


def build(spec: Spec, root: Path, scratch: Path, base: str | None = None) -> SpecReport:
    """Compare `spec` with its version at `base`, or with its previous version when `base` is None."""
    found = history.at_ref(root, spec, base, scratch) if base else history.previous(root, spec, scratch)
    if isinstance(found, history.NoBaseline):
        return SpecReport(spec, skipped=found.reason)
    return SpecReport(spec, found, changes=compare(found.spec.document, spec.document))


def render(report: SpecReport) -> str:
    """The report as text: a header, one block per change, the verdict."""
    spec = report.spec
    if report.baseline is None:
        return f"{spec.name} {spec.version}: skipped: {report.skipped}"
    lines = [f"{spec.name}: {report.baseline.spec.version} → {spec.version}, compared with {report.baseline.label}"]
    for change in report.changes:
        lines.append(f"  {'BREAKING' if change.breaking else 'non-breaking':<13} {change.pointer}  [{change.rule}]")
        lines.append(f"  {'':<13} {change.message}")
        lines.extend(f"  {'':<13} at {site}" for site in change.sites)
    counts = f"{len(report.breaking)} breaking, {len(report.changes) - len(report.breaking)} non-breaking"
    lines.append(f"  {counts}" if report.changes else "  no changes to the contract")
    problems = report.problems()
    lines.extend(f"  FAIL: {problem}" for problem in problems)
    if not problems and report.changes and spec.version == report.baseline.spec.version:
        lines.append("  note: the contract changed but info.version did not; the packages keep their version")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts diff", description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="git ref to compare with (default: each spec's previous version)")
    parser.add_argument("vendors", nargs="*", help="spec folder names (default: every spec)")
    args = parser.parse_args(argv)
    folders = [f for f in discover(SPECS_DIR) if not args.vendors or f.name in args.vendors]
    if args.vendors and len(folders) != len(set(args.vendors)):
        print(f"unknown spec among {args.vendors}; known: {[f.name for f in discover(SPECS_DIR)]}", file=sys.stderr)
        return 2
    failed = False
    with history.scratch_dir() as scratch:
        for folder in folders:
            try:
                report = build(load(folder), PROJECT_ROOT, Path(scratch), args.base)
            except FindingsError as exc:
                print(f"{folder.name}: cannot load the spec (make validate)\n{exc}", file=sys.stderr)
                return 2
            except history.GitError as exc:
                print(f"{folder.name}: {exc}", file=sys.stderr)
                return 2
            print(render(report))
            failed = failed or bool(report.problems())
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
