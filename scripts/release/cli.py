"""`make release`: tag every line whose version in this commit is not released yet.

Refuses, creating no tag, when the working tree has uncommitted changes (a tag names a commit, so what
it releases must be committed) or when a gate fails: validation, the drift gate (`generated/` is what
the specs produce) and the version gate (`make diff`). A line whose version already has a tag is
left alone; if its packages changed since that tag, the report says so, since only a new version
can publish them. Pushing the tags is left to you (`git push origin <tag>...`); `make docs` builds
the site's package index from every release tag.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from scripts import validate
from scripts.codegen import drift
from scripts.compat import report
from scripts.release import tags
from scripts.release.lines import Line, ReleaseError, lines
from scripts.specs import PROJECT_ROOT

GATES: tuple[tuple[str, Callable[[Sequence[str]], int]], ...] = (
    ("validation", validate.main),
    ("drift", drift.main),
    ("version", report.main),
)


def release() -> list[str]:
    """Check the tree and the gates, then tag what is new; the tags made. ReleaseError when refused."""
    root = PROJECT_ROOT
    uncommitted = tags.git(root, "status", "--porcelain", "--untracked-files=normal").splitlines()
    if uncommitted:
        shown = "\n".join(f"  {line}" for line in uncommitted[:10])
        raise ReleaseError(f"the working tree has uncommitted changes; commit or stash them first:\n{shown}")
    for name, gate in GATES:
        print(f"== {name} gate", flush=True)
        if gate([]) != 0:
            raise ReleaseError(f"the {name} gate failed (its report is above)")
    released = {release.tag: release for release in tags.releases(root)[0]}
    head = tags.git(root, "rev-parse", "HEAD").strip()
    made = []
    for line in lines(root):
        if line.tag in released:
            print(f"{line.tag}: {_already(root, line, released[line.tag].commit, head)}")
            continue
        tags.create(root, line)
        print(f"{line.tag}: tagged {head[:12]} ({', '.join(line.projects)})")
        made.append(line.tag)
    return made


def _already(root: Path, line: Line, commit: str, head: str) -> str:
    if commit == head:
        return "released at this commit"
    changed = tags.git(root, "diff", "--name-only", commit, head, "--", *line.projects).split()
    if not changed:
        return f"already released at {commit[:12]}"
    return (
        f"already released at {commit[:12]}; {len(changed)} file(s) of its packages changed since, "
        "which only a new version can publish"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Release every line whose version has no tag yet (no arguments)."""
    argparse.ArgumentParser(prog="python -m scripts release", description=__doc__.split("\n\n")[0]).parse_args(
        list(argv or [])
    )
    try:
        made = release()
    except ReleaseError as exc:
        print(f"not released: {exc}", file=sys.stderr)
        return 1
    if made:
        print(f"publish the tags with: git push origin {' '.join(made)}")
    else:
        print("nothing new to release: every line's version is tagged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
