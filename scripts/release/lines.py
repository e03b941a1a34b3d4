"""What a release publishes: each spec's two packages, and the distributions pyproject.toml lists.

A release line is one series of tags, `<name>-v<version>`. Each spec `specs/<name>/` is the line
`<name>`, versioned by its `info.version`, publishing `generated/clients/<name>-client` and
`generated/models/<name>-models`. Any other distribution (the mock, a cross-vendor package) becomes a
line by naming its folder in pyproject.toml, the one place that lists them:

    [tool.broker-contracts]
    release-packages = ["packages/broker-contracts-mock"]

Such a line is named and versioned by the `[project]` table of the folder's own pyproject.toml.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.codegen.generate import client_project, models_project
from scripts.specs import load_all


class ReleaseError(RuntimeError):
    """Something a release needs is missing or wrong; the message says what."""


@dataclass(frozen=True)
class Line:
    """One series of releases: its name, its version in the tree, and the project folders it publishes."""

    name: str
    version: str
    projects: tuple[str, ...]

    @property
    def tag(self) -> str:
        return f"{self.name}-v{self.version}"


def lines(root: Path) -> list[Line]:
    """Every release line of the tree at `root`: each spec, then each listed distribution."""
    vendors = [
        Line(
            spec.name,
            spec.version,
            (f"generated/clients/{client_project(spec)}", f"generated/models/{models_project(spec)}"),
        )
        for spec in load_all(root / "specs")
    ]
    return vendors + [_package_line(root, folder) for folder in release_packages(root)]


def release_packages(root: Path) -> list[str]:
    """The folders `[tool.broker-contracts] release-packages` lists in the pyproject.toml at `root`."""
    listed = _toml(root / "pyproject.toml").get("tool", {}).get("broker-contracts", {}).get("release-packages", [])
    if not isinstance(listed, list) or not all(isinstance(folder, str) for folder in listed):
        raise ReleaseError("pyproject.toml: [tool.broker-contracts] release-packages must be a list of folders")
    return listed


def _package_line(root: Path, folder: str) -> Line:
    project = _toml(root / folder / "pyproject.toml").get("project", {})
    if not isinstance(project.get("name"), str) or not isinstance(project.get("version"), str):
        raise ReleaseError(f"{folder}/pyproject.toml: [project] needs a name and a static version to be released")
    return Line(project["name"], project["version"], (folder,))


def _toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ReleaseError(f"{path}: {exc}") from exc
