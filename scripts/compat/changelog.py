"""`make changelog`: draft the `specs/<name>/CHANGELOG.md` entry of each spec's current `info.version`.

The entry is written from the breaking-change report against the spec's previous version (a first
version lists its operations), newest first, under a `## <version>` heading. It is a draft in the
report's words: edit it to say why, then commit it with the spec. A spec whose version already has
an entry is left alone; the version gate (`make diff`, `make test`) fails when a spec's version
changed and its changelog has no entry for it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from scripts.compat import history
from scripts.compat.changes import Change
from scripts.compat.report import CHANGELOG, SpecReport, build, changelog_has_entry
from scripts.findings import FindingsError
from scripts.specs import PROJECT_ROOT, SPECS_DIR, discover, load


def _line(change: Change) -> str:
    where = "; ".join(str(site) for site in change.sites)
    return f"- {change.message}" + (f" ({where})" if where else f" (`{change.pointer}`)")


def entry(report: SpecReport) -> str:
    """The Markdown entry of the report's current version."""
    spec = report.spec
    lines = [f"## {spec.version}", ""]
    if report.baseline is None:
        lines += [f"First published version of the contract: {len(list(spec.operations()))} operations.", ""]
        lines += [
            f"- `{op.method.upper()} {op.path}` (`{op.operation_id}`): {op.definition.get('summary', '')}"
            for op in spec.operations()
        ]
        return "\n".join(lines) + "\n"
    lines += [f"Changes since {report.baseline.spec.version}.", ""]
    docs = [c for c in report.changes if c.rule == "doc-changed"]
    sections = (
        ("Breaking: update your code before upgrading", [c for c in report.changes if c.breaking]),
        ("Compatible", [c for c in report.changes if not c.breaking and c.rule != "doc-changed"]),
    )
    for title, changes in sections:
        if changes:
            lines += [f"### {title}", "", *map(_line, changes), ""]
    if docs:
        lines += ["### Documentation", "", f"- Descriptions or summaries reworded in {len(docs)} places.", ""]
    if not report.changes:
        lines += ["No change to the contract: the version alone moved.", ""]
    return "\n".join(lines)


def add_entry(report: SpecReport) -> bool:
    """Insert the entry of the current version into the spec's CHANGELOG.md; False if it has one already."""
    spec = report.spec
    if changelog_has_entry(spec):
        return False
    path = spec.folder / CHANGELOG
    title = spec.document.get("info", {}).get("x-vendor") or spec.name
    text = (
        path.read_text(encoding="utf-8")
        if path.is_file()
        else f"# {title} contract: changelog\n\nWhat changed in each `info.version` of `specs/{spec.name}/`, "
        "newest first; the generated packages carry the same version.\n\n"
    )
    first = text.find("\n## ")
    head, rest = (text, "") if first < 0 else (text[: first + 1], text[first + 1 :])
    path.write_text(head.rstrip("\n") + "\n\n" + entry(report) + ("\n" + rest if rest else ""), encoding="utf-8")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Draft the missing entries (every spec, or those named)."""
    parser = argparse.ArgumentParser(prog="python -m scripts changelog", description=__doc__.splitlines()[0])
    parser.add_argument("vendors", nargs="*", help="spec folder names (default: every spec)")
    names = parser.parse_args(list(argv or [])).vendors
    known = [folder.name for folder in discover(SPECS_DIR)]
    if set(names) - set(known):
        parser.error(f"unknown spec {sorted(set(names) - set(known))}; known: {known}")
    with history.scratch_dir() as scratch:
        for folder in discover(SPECS_DIR):
            if names and folder.name not in names:
                continue
            try:
                report = build(load(folder), PROJECT_ROOT, Path(scratch))
            except (FindingsError, history.GitError) as exc:
                print(f"{folder.name}: {exc}", file=sys.stderr)
                return 1
            written = add_entry(report)
            state = "entry drafted: edit it, then commit it with the spec" if written else "has an entry"
            print(f"{folder.name} {report.spec.version}: {folder / CHANGELOG} {state}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
