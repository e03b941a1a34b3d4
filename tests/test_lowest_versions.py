"""The generated packages work at the lowest versions they declare: every client and model package goes into one
new venv outside the checkout with each dependency at its floor, and a smoke test runs there
(`lowest_versions_smoke.py`: the package READMEs' blocks against the mock, retries and strict parsing).

With `uv` beside the toolchain's Python, `uv pip install --resolution lowest-direct` picks the floors; otherwise
the floors are read from the packages' `>=` bounds and pip installs them offline from a wheelhouse it downloads
once per set of floors (`build/lowest-versions/`). About 10 s (once downloaded): the wheels (pinned
uv-build, no build venv), the install, the smoke run.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from broker_contracts_mock.process import RunningMock
from scripts.specs import PROJECT_ROOT

from .conftest import GENERATED
from .test_readme_blocks import BLOCKS, mock_environment

pytestmark = [pytest.mark.slow, pytest.mark.lowest_versions]

PACKAGES = sorted(p for p in GENERATED.glob("*/*") if (p / "pyproject.toml").exists())
SMOKE = Path(__file__).with_name("lowest_versions_smoke.py")
TOOLS = Path(sys.executable).parent
WHEELHOUSE = PROJECT_ROOT / "build" / "lowest-versions"


def floors(projects: list[Path]) -> dict[str, str]:
    """Each dependency's lowest version (its `>=` bound; the highest such bound across the packages)."""
    lowest: dict[str, str] = {}
    for project in projects:
        for text in tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]:
            requirement = Requirement(text)
            bounds = [spec.version for spec in requirement.specifier if spec.operator == ">="]
            assert bounds, f"{project.name}: {text} declares no lower bound"
            name = requirement.name.lower()
            lowest[name] = max([*bounds, lowest.get(name, "0")], key=Version)
    return lowest


def _wheelhouse(requirements: list[str], pip: list[str]) -> Path:
    """A folder of wheels for `requirements` and their dependencies, downloaded once per set of floors
    (`build/lowest-versions/`), so that later runs install offline."""
    digest = hashlib.sha256("\n".join(requirements).encode()).hexdigest()[:16]
    folder = WHEELHOUSE / digest
    if not (folder / ".complete").exists():
        command = [*pip, "download", "--only-binary", ":all:", "--dest", str(folder), *requirements]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        (folder / ".complete").touch()
    return folder


def test_floors_are_read_from_every_package() -> None:
    assert floors(PACKAGES) == {
        "attrs": "22.2.0",
        "httpx": "0.23.1",
        "jsonschema": "4.0",
        "pydantic": "2.14",
        "tenacity": "7.0",
    }


def test_packages_work_at_their_lowest_versions(
    broker_mock: RunningMock, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("lowest")
    path = f"{TOOLS}{os.pathsep}{os.environ.get('PATH', '')}"  # uv-build, for the wheels
    wheels = root / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    for package in PACKAGES:  # .venv is made by uv and has no pip: uv builds with its pinned backend
        command = [str(TOOLS / "uv"), "build", "--quiet", "--wheel", "--no-build-isolation", "--python", sys.executable]
        done = subprocess.run(
            [*command, "--out-dir", str(wheels), str(package)],
            capture_output=True,
            text=True,
            env={**os.environ, "PATH": path},
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
    target = root / "venv"
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    pins = floors(PACKAGES)
    built = sorted(map(str, wheels.glob("*.whl")))
    requirements = [f"{name}=={version}" for name, version in sorted(pins.items())]
    if (TOOLS / "uv").exists():  # the same floors pip is given below, the rest resolved alike
        command = [str(TOOLS / "uv"), "pip", "install", "--python", str(python), *built, *requirements]
    else:
        wheelhouse = _wheelhouse(requirements, pip)
        local = ["--no-index", "--find-links", str(wheelhouse)]
        command = [*pip, "--python", str(python), "install", *local, *built, *requirements]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr

    blocks = [(b.name, b.source) for b in BLOCKS if b.runs and GENERATED in b.readme.parents]
    job = root / "job.json"
    job.write_text(json.dumps({"versions": sorted(pins), "blocks": blocks}), encoding="utf-8")
    environment = {**os.environ, **mock_environment(broker_mock)}
    done = subprocess.run(
        [str(python), str(SMOKE), str(job)], cwd=root, env=environment, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    lines = done.stdout.splitlines()
    installed = {name: Version(version) for name, version in json.loads(lines[0]).items()}
    assert installed == {name: Version(version) for name, version in pins.items()}
    assert lines[-1] == f"ok {len(blocks)}" and len(blocks) == len(PACKAGES)
