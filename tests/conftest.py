"""Shared fixtures: the project's specs, its generated packages on sys.path, the mock's wheel and options."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.codegen import generation_cache
from scripts.specs import PROJECT_ROOT, SPECS_DIR, Spec, discover, load

FIXTURES = Path(__file__).parent / "fixtures"
GENERATED = PROJECT_ROOT / "generated"
MOCK_PACKAGE = PROJECT_ROOT / "packages" / "broker-contracts-mock"
SPEC_FOLDERS = discover()

for _package_dir in sorted(GENERATED.glob("*/*")):
    if _package_dir.is_dir() and str(_package_dir) not in sys.path:
        sys.path.append(str(_package_dir))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests first. An xdist worker takes the next test whenever it is free, so starting the longest
    ones early keeps both workers busy until the end instead of leaving one to finish a long test alone."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session", autouse=True)
def _one_generation_per_spec(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Generating a spec again in this session (also in a subprocess, or another xdist worker) reuses the
    first generation of the same content (`scripts/codegen/generation_cache.py`)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    previous = os.environ.get(generation_cache.VARIABLE)
    os.environ[generation_cache.VARIABLE] = str(shared / "generation-cache")
    yield
    if previous is None:
        del os.environ[generation_cache.VARIABLE]
    else:
        os.environ[generation_cache.VARIABLE] = previous


@pytest.fixture(params=SPEC_FOLDERS, ids=[folder.name for folder in SPEC_FOLDERS])
def spec(request: pytest.FixtureRequest) -> Spec:
    """Each vendor spec of the project, loaded and bundled (once per test process: tests only read it)."""
    return _loaded(request.param)


def project_spec(name: str) -> Spec:
    """The project's spec `specs/<name>/`, loaded once per test process: tests only read it."""
    return _loaded(SPECS_DIR / name)


def project_specs() -> list[Spec]:
    """Every spec of the project (as `load_all()`), each loaded once per test process: tests only read them."""
    return [_loaded(folder) for folder in SPEC_FOLDERS]


@functools.cache
def _loaded(folder: Path) -> Spec:
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
    """The wheel of a project folder, built by uv with the .venv's pinned build backend (no build venv)."""
    uv = Path(sys.executable).parent / "uv"
    command = [str(uv), "build", "--wheel", "--no-build-isolation", "--python", sys.executable]
    done = subprocess.run([*command, "--out-dir", str(into), str(source)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    [wheel] = into.glob("*.whl")
    return wheel
