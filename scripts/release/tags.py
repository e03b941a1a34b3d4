"""Release tags: annotated `<line>-v<version>` tags whose message lists the project folders released.

The list makes a tag self-describing: the package index builds a release's wheels from the folders its
tag names at the tagged commit, whatever the tree and the configuration look like later.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from scripts.release.lines import Line, ReleaseError

TAG = re.compile(r"^(?P<line>.+)-v(?P<version>[0-9][0-9A-Za-z.!+_-]*)$")
PROJECTS = "projects: "


@dataclass(frozen=True)
class Release:
    """A release tag: its line and version, the commit it points at, and the project folders it releases."""

    tag: str
    line: str
    version: str
    commit: str
    projects: tuple[str, ...]


def git(root: Path, *args: str) -> str:
    """The output of a git command run in `root`; ReleaseError with git's message when it fails."""
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise ReleaseError("git is not installed") from exc
    if done.returncode != 0:
        raise ReleaseError(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def releases(root: Path) -> tuple[list[Release], list[str]]:
    """The release tags of the repository at `root`, and the names of tags that look like releases but
    were not made by `make release` (no list of projects)."""
    fields = git(root, "for-each-ref", "--format=%(refname:strip=2)%00%(*objectname)%00%(contents)%00", "refs/tags")
    records = fields.split("\0")
    found: list[Release] = []
    strays: list[str] = []
    for field, commit, message in zip(records[0::3], records[1::3], records[2::3], strict=False):
        name = field.strip()
        match = TAG.match(name)
        if match is None:
            continue
        listed = [line.removeprefix(PROJECTS).split() for line in message.splitlines() if line.startswith(PROJECTS)]
        if not commit or not listed:
            strays.append(name)
            continue
        found.append(Release(name, match["line"], match["version"], commit, tuple(listed[0])))
    return found, strays


def create(root: Path, line: Line) -> None:
    """Tag HEAD as a release of `line`."""
    message = f"{line.name} {line.version}\n\n{PROJECTS}{' '.join(line.projects)}\n"
    git(root, "tag", "--annotate", line.tag, "--message", message, "HEAD")
