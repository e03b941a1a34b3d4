"""Shared fixtures: the project's specs, its generated packages on sys.path, the mock's wheel and options."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scripts.specs import PROJECT_ROOT, Spec, discover, load

FIXTURES = Path(__file__).parent / "fixtures"
GENERATED = PROJECT_ROOT / "generated"
MOCK_PACKAGE = PROJECT_ROOT / "packages" / "broker-contracts-mock"
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


@pytest.fixture(scope="session")
def mock_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The broker-contracts-mock wheel, built once from the checkout."""
    return build_wheel(MOCK_PACKAGE, tmp_path_factory.mktemp("mock-wheel"))


def build_wheel(source: Path, into: Path) -> Path:
    """`pip wheel` of a project folder with the .venv's pinned build backend (no build venv)."""
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps"]
    done = subprocess.run(
        [*command, "--no-build-isolation", "--wheel-dir", str(into), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    [wheel] = into.glob("*.whl")
    return wheel
