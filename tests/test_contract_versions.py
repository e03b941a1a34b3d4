"""Versions: the version gate on the project's own history, and packages that carry their spec's version."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from scripts.codegen.generate import client_project, models_project
from scripts.compat.report import build, changelog_has_entry, release, render
from scripts.specs import PROJECT_ROOT, Spec

from .conftest import GENERATED


def test_breaking_changes_come_with_a_major_version(spec: Spec, tmp_path: Path) -> None:
    """Each spec against its previous version in git (`make diff`): breaking changes need a new major version.

    Skipped, with the reason, when there is nothing to compare with: a spec with no earlier version, or a
    shallow clone that lacks the commit before the spec's last change (`git fetch --unshallow` fixes it).
    """
    report = build(spec, PROJECT_ROOT, tmp_path)
    if report.baseline is None:
        pytest.skip(f"{spec.name}: {report.skipped}")
    assert not report.problems(), render(report)


@pytest.mark.parametrize("kind", ["clients", "models"])
def test_generated_package_version_is_the_spec_version(spec: Spec, kind: str) -> None:
    project = client_project(spec) if kind == "clients" else models_project(spec)
    metadata = tomllib.loads((GENERATED / kind / project / "pyproject.toml").read_text(encoding="utf-8"))
    assert metadata["project"]["name"] == project
    assert metadata["project"]["version"] == spec.version


def test_spec_version_starts_with_a_release_number(spec: Spec) -> None:
    """The gate compares MAJOR numbers, so every info.version must start with one."""
    assert release(spec.version)[0] >= 0


def test_changelog_entry_exists_once_a_spec_is_published(spec: Spec) -> None:
    """A spec with a CHANGELOG.md records its current version there (a new spec may not have one yet)."""
    if not (spec.folder / "CHANGELOG.md").is_file():
        pytest.skip(f"{spec.name}: no CHANGELOG.md yet (`make changelog` drafts it)")
    assert changelog_has_entry(spec), f"specs/{spec.name}/CHANGELOG.md has no `## {spec.version}` entry"


def test_release_numbers() -> None:
    assert release("2.10.1") == (2, 10, 1)
    assert release("1.0.0rc1") == (1, 0, 0)
    assert release("3") == (3,)
    with pytest.raises(ValueError, match=r"does not start with a MAJOR\.MINOR\.PATCH number"):
        release("v1.0.0")
