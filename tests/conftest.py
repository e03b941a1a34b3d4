"""Shared fixtures: the project's specs, its generated packages on sys.path, the mock's options."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from scripts.specs import PROJECT_ROOT, Spec, discover, load

FIXTURES = Path(__file__).parent / "fixtures"
GENERATED = PROJECT_ROOT / "generated"
SPEC_FOLDERS = discover()

for _package_dir in sorted(GENERATED.glob("*/*")):
    if _package_dir.is_dir() and str(_package_dir) not in sys.path:
        sys.path.append(str(_package_dir))


@pytest.fixture(params=SPEC_FOLDERS, ids=[folder.name for folder in SPEC_FOLDERS])
def spec(request: pytest.FixtureRequest) -> Spec:
    """Each vendor spec of the project, loaded and bundled."""
    folder: Path = request.param
    return load(folder)


@pytest.fixture(scope="session")
def broker_mock_options() -> list[str]:
    """The mocks of broker-contracts-mock's pytest fixtures (`broker_mock`...) simulate a fixed day."""
    return ["--today", "2026-11-20"]
