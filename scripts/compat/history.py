"""Earlier versions of a spec, read from git: at a given ref, or the one before its last change.

The previous version of `specs/<name>/` is the spec at the parent of the last commit that changed its
contract, or the committed spec (`HEAD`) when the working tree changes the contract. Only the
branch's first-parent history counts: a merged branch is one change, made by its merge commit, so the
intermediate commits of a branch (never released) are not versions. Commits that
touched the folder without changing the bundled document apart from `info.version` (an example body,
the changelog, a version bump alone) are passed over, so a bump committed after the change it
announces is checked against the version before that change. When git cannot tell (no repository, a
spec never committed, a new spec, a shallow clone that lacks the parent) the answer is a `NoBaseline`
saying why, never a crash.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.findings import FindingsError
from scripts.specs import Spec, load


@dataclass(frozen=True)
class Baseline:
    """An earlier version of a spec and how it was found (`label`, e.g. `3f2a1c9e0b^`)."""

    spec: Spec
    label: str


@dataclass(frozen=True)
class NoBaseline:
    """Why a spec has no earlier version to compare with."""

    reason: str


class GitError(RuntimeError):
    """A git command failed for a reason other than a missing baseline (a bad ref, no git)."""


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise GitError("git is not installed") from exc


def _text(done: subprocess.CompletedProcess[bytes]) -> str:
    return done.stdout.decode().strip()


def is_repository(root: Path) -> bool:
    done = _git(root, "rev-parse", "--is-inside-work-tree")
    return done.returncode == 0 and _text(done) == "true"


def resolve_ref(root: Path, ref: str) -> str:
    """The commit id `ref` names; GitError when it names none."""
    done = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if done.returncode != 0:
        raise GitError(f"{ref!r} is not a commit of this repository")
    return _text(done)


def spec_at(root: Path, folder: Path, commit: str, scratch: Path) -> Spec | None:
    """The spec of `folder` as it was at `commit`, extracted under `scratch`; None if it did not exist."""
    relative = folder.resolve().relative_to(root.resolve()).as_posix()
    listing = _git(root, "ls-tree", "-r", "--name-only", commit, "--", f"{relative}/")
    if listing.returncode != 0:
        raise GitError(f"git ls-tree {commit} failed: {listing.stderr.decode().strip()}")
    if not _text(listing):
        return None
    archive = _git(root, "archive", "--format=tar", commit, "--", f"{relative}/")
    if archive.returncode != 0:
        raise GitError(f"git archive {commit} failed: {archive.stderr.decode().strip()}")
    target = scratch / commit
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    if not (target / relative / "openapi.yaml").is_file():
        return None
    return load(target / relative)


def at_ref(root: Path, spec: Spec, ref: str, scratch: Path) -> Baseline | NoBaseline:
    """The spec as it was at `ref`."""
    commit = resolve_ref(root, ref)
    try:
        old = spec_at(root, spec.folder, commit, scratch)
    except FindingsError as exc:
        return NoBaseline(f"the spec at {ref} cannot be loaded:\n{exc}")
    return Baseline(old, ref) if old is not None else NoBaseline(f"new since {ref}: no earlier version to compare")


def same_contract(old: Spec, new: Spec) -> bool:
    """Whether two versions of a spec differ at most in `info.version`."""

    def contract(spec: Spec) -> dict[str, Any]:
        return {**spec.document, "info": {k: v for k, v in spec.document.get("info", {}).items() if k != "version"}}

    return contract(old) == contract(new)


def previous(root: Path, spec: Spec, scratch: Path) -> Baseline | NoBaseline:
    """The committed spec when the working tree changes it, else the spec before its last change."""
    if not is_repository(root):
        return NoBaseline("not a git checkout: no history to compare with")
    head = resolve_ref(root, "HEAD") if _git(root, "rev-parse", "--verify", "--quiet", "HEAD").returncode == 0 else None
    try:
        committed = spec_at(root, spec.folder, head, scratch) if head else None
    except FindingsError as exc:
        return NoBaseline(f"the committed spec cannot be loaded:\n{exc}")
    if committed is not None and not same_contract(committed, spec):
        return Baseline(committed, "HEAD (the working tree changes the spec)")
    relative = spec.folder.resolve().relative_to(root.resolve()).as_posix()
    commits = _text(_git(root, "log", "--first-parent", "--format=%H", "--", f"{relative}/")).split()
    if not commits:
        return NoBaseline("never committed: no earlier version to compare with")
    for commit in commits:
        found = _before(root, spec, commit, scratch)
        if found is not None:
            return found
    return NoBaseline("no earlier version differs from this one")


def _before(root: Path, spec: Spec, commit: str, scratch: Path) -> Baseline | NoBaseline | None:
    """The spec just before `commit` when it differs from `spec`; None when `commit` left the contract as it is."""
    parent = _git(root, "rev-parse", "--verify", "--quiet", f"{commit}^")
    if parent.returncode != 0:
        if _text(_git(root, "rev-parse", "--is-shallow-repository")) == "true":
            return NoBaseline(
                f"shallow clone: the parent of {commit[:12]}, which last changed the spec, was not fetched "
                "(run `git fetch --unshallow` to check it)"
            )
        return NoBaseline(f"no earlier version: {commit[:12]} is the first commit")
    try:
        old = spec_at(root, spec.folder, _text(parent), scratch)
    except FindingsError as exc:
        return NoBaseline(f"the spec before {commit[:12]} cannot be loaded:\n{exc}")
    if old is None:
        return NoBaseline(f"new spec: added by {commit[:12]}, no earlier version to compare with")
    return None if same_contract(old, spec) else Baseline(old, f"{commit[:12]}^")


def scratch_dir() -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for extracted earlier versions."""
    return tempfile.TemporaryDirectory(prefix="broker-contracts-history-")
