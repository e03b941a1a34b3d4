"""Shared fixtures: the project's specs and its generated packages on sys.path."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from broker_contracts_mock.process import RunningMock, running_mock
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
def mock_server() -> Iterator[RunningMock]:
    """The mock server as a child process on 127.0.0.1, with a fixed simulated day."""
    with running_mock(["--today", "2026-11-20"]) as server:
        yield server
