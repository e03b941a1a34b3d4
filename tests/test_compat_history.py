"""The breaking-change report on real git history: a temporary repository holding a copy of a spec.

The Clear Street spec shows the report on a real contract; the tiny fixture vendor keeps the other
history cases quick.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from scripts.specs import PROJECT_ROOT

from .conftest import FIXTURES
from .git_support import commit as _commit
from .git_support import git as _git
from .git_support import run_scripts as _run

pytestmark = pytest.mark.slow

SPEC = "specs/clear-street/openapi.yaml"
MADE_OPTIONAL = "        - withdrawable_cash\n"  # AccountBalances.required: a response property every era sends
TINY = "specs/tiny/openapi.yaml"
TINY_OPTIONAL = ("      required: [cash, currency]\n", "      required: [cash]\n")  # Balance.currency optional


def _edit(repo: Path, old: str, new: str, path: str = SPEC) -> None:
    text = (repo / path).read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not unique in {path}"
    (repo / path).write_text(text.replace(old, new), encoding="utf-8")


def _versions(repo: Path) -> tuple[str, str]:
    """The spec's `info.version` and the next major version."""
    version = re.search(r"^  version: (\S+)$", (repo / SPEC).read_text(encoding="utf-8"), re.MULTILINE)
    assert version is not None
    return version[1], f"{int(version[1].split('.')[0]) + 1}.0.0"


def _repository(root: Path, name: str, source: Path) -> Path:
    """A git repository with the toolchain and one spec (without its changelog), in one commit."""
    shutil.copytree(PROJECT_ROOT / "scripts", root / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(source, root / "specs" / name, ignore=shutil.ignore_patterns("*.md"))
    _git(root, "init", "-q", "-b", "main")
    _commit(root, f"{name} 1.0.0")
    return root


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository holding a copy of the Clear Street spec."""
    return _repository(tmp_path / "project", "clear-street", PROJECT_ROOT / "specs" / "clear-street")


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    """A repository holding the tiny fixture vendor as `specs/tiny`."""
    return _repository(tmp_path / "project", "tiny", FIXTURES / "tiny-vendor")


def test_breaking_change_without_a_major_bump_fails(repo: Path) -> None:
    current, major = _versions(repo)
    _edit(repo, MADE_OPTIONAL, "")
    _commit(repo, "withdrawable_cash is optional")
    done = _run(repo, "diff")
    assert done.returncode == 1, done.stdout + done.stderr
    out = done.stdout
    assert f"clear-street: {current} → {current}, compared with " in out
    assert "BREAKING      /components/schemas/AccountBalances/required  [property-required-changed]" in out
    assert "`withdrawable_cash` may now be absent: readers that expect it break" in out
    assert "at GET /v1/accounts/{account_id}/balances 200 response (application/json) `data.withdrawable_cash`" in out
    assert "FAIL: 1 breaking change(s) need a new major version" in out and f"make it {major}" in out


def test_major_bump_with_a_changelog_entry_passes(repo: Path) -> None:
    current, major = _versions(repo)
    _edit(repo, MADE_OPTIONAL, "")
    _edit(repo, f"  version: {current}\n", f"  version: {major}\n")
    missing = _run(repo, "diff")
    assert missing.returncode == 1
    assert f"has no `## {major}` entry: run `make changelog`" in missing.stdout

    drafted = _run(repo, "changelog")
    assert drafted.returncode == 0, drafted.stderr
    changelog = (repo / "specs/clear-street/CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {major}\n\nChanges since {current}.\n\n### Breaking: update your code before upgrading\n" in changelog
    assert "- `withdrawable_cash` may now be absent: readers that expect it break (GET /v1/accounts/" in changelog
    _commit(repo, f"Clear Street {major}")

    done = _run(repo, "diff")
    assert done.returncode == 0, done.stdout
    assert f"clear-street: {current} → {major}" in done.stdout and "FAIL" not in done.stdout
    assert _run(repo, "changelog").stdout.endswith("has an entry\n")


def test_compatible_change_passes_with_a_note(tiny: Path) -> None:
    _edit(tiny, "        currency:\n", "        note:\n          type: string\n        currency:\n", TINY)
    _commit(tiny, "a note")
    done = _run(tiny, "diff")
    assert done.returncode == 0, done.stdout
    assert "non-breaking  /components/schemas/Balance/properties/note  [property-added]\n" in done.stdout
    assert "note: the contract changed but info.version did not" in done.stdout


def test_commits_that_leave_the_contract_alone_are_passed_over(tiny: Path) -> None:
    """A commit that only touches other files of the spec folder must not hide the breaking one before it."""
    _edit(tiny, *TINY_OPTIONAL, TINY)
    _commit(tiny, "breaking")
    (tiny / "specs/tiny/NOTES.txt").write_text("touched\n", encoding="utf-8")
    _commit(tiny, "notes only")
    done = _run(tiny, "diff")
    assert done.returncode == 1
    assert "tiny: 1.0.0 → 1.0.0, compared with " in done.stdout and "property-required-changed" in done.stdout


def test_bump_committed_after_the_change_is_checked_against_the_version_before_it(tiny: Path) -> None:
    _edit(tiny, *TINY_OPTIONAL, TINY)
    _commit(tiny, "breaking, no bump yet")
    _edit(tiny, "  version: 1.0.0\n", "  version: 2.0.0\n", TINY)
    assert _run(tiny, "changelog").returncode == 0
    _commit(tiny, "2.0.0")
    done = _run(tiny, "diff")
    assert done.returncode == 0, done.stdout
    assert "tiny: 1.0.0 → 2.0.0" in done.stdout and "property-required-changed" in done.stdout


def test_base_ref_compares_with_that_commit(tiny: Path) -> None:
    _edit(tiny, *TINY_OPTIONAL, TINY)
    _commit(tiny, "breaking")
    _edit(tiny, "  version: 1.0.0\n", "  version: 2.0.0\n", TINY)
    _commit(tiny, "2.0.0, no changelog")
    against_first = _run(tiny, "diff", "--base", "HEAD~2")
    assert "compared with HEAD~2" in against_first.stdout and "property-required-changed" in against_first.stdout
    against_parent = _run(tiny, "diff", "--base", "HEAD~1")
    assert "1.0.0 → 2.0.0, compared with HEAD~1\n  no changes to the contract" in against_parent.stdout
    bad = _run(tiny, "diff", "--base", "no-such-ref")
    assert bad.returncode == 2 and "'no-such-ref' is not a commit of this repository" in bad.stderr


def test_spec_without_history_is_skipped(tiny: Path, tmp_path: Path) -> None:
    done = _run(tiny, "diff")
    assert done.returncode == 0
    assert "tiny 1.0.0: skipped: no earlier version:" in done.stdout and "is the first commit" in done.stdout

    shutil.copytree(tiny / "specs/tiny", tiny / "specs/newcomer")
    _commit(tiny, "a new vendor")
    assert "newcomer 1.0.0: skipped: new spec: added by" in _run(tiny, "diff", "newcomer").stdout

    plain = tmp_path / "plain"
    shutil.copytree(tiny, plain, ignore=shutil.ignore_patterns(".git"))
    assert "skipped: not a git checkout" in _run(plain, "diff").stdout


def test_shallow_clone_skips_instead_of_crashing(tiny: Path, tmp_path: Path) -> None:
    _edit(tiny, *TINY_OPTIONAL, TINY)
    _commit(tiny, "breaking")
    clone = tmp_path / "shallow"
    _git(tmp_path, "clone", "-q", "--depth", "1", tiny.as_uri(), str(clone))
    done = _run(clone, "diff")
    assert done.returncode == 0, done.stderr
    assert "skipped: shallow clone: the parent of" in done.stdout and "git fetch --unshallow" in done.stdout


def test_a_merged_branch_counts_as_one_change(tiny: Path) -> None:
    """Commits inside a merged branch were never released: only the merge, on the first-parent line, counts."""
    _git(tiny, "checkout", "-q", "-b", "feature")
    _edit(tiny, *TINY_OPTIONAL, path=TINY)
    _commit(tiny, "feature: a breaking change, never released")
    _edit(tiny, "      required: [cash]\n", "      required: [cash, currency]\n", path=TINY)
    _edit(tiny, "summary: Get the balance", "summary: Get the cash balance", path=TINY)
    _commit(tiny, "feature: undo it, change a summary")
    _git(tiny, "checkout", "-q", "main")
    _git(tiny, "merge", "-q", "--no-ff", "feature", "-m", "merge feature")
    report = _run(tiny, "diff")
    assert report.returncode == 0, report.stdout + report.stderr
    assert "0 breaking, 1 non-breaking" in report.stdout
