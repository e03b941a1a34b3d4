"""The mock as another team gets it: its wheel in a fresh virtual environment outside the checkout.

The consumer suite is packages/broker-contracts-mock/tests/: the plugin's fixtures and httpx, nothing else.
The environment is made and filled by uv, the toolchain's installer (as in tests/test_packages_install.py);
pip installing the released wheel from the site's package index is tests/test_release.py.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from broker_contracts_mock.process import running_mock
from scripts.specs import PROJECT_ROOT

from .conftest import MOCK_PACKAGE

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("mock-consumer")]  # one venv, on one worker


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run without the checkout on the path: no PYTHONPATH, a working directory outside it."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def consumer(tmp_path_factory: pytest.TempPathFactory, mock_wheel: Path) -> Path:
    """A new virtual environment holding the wheel, pytest and httpx (the pinned versions): its bin/."""
    root = tmp_path_factory.mktemp("mock-consumer")
    uv, python = str(Path(sys.executable).parent / "uv"), str(root / "venv" / "bin" / "python")
    pins = ["-c", str(PROJECT_ROOT / "constraints.txt"), "pytest", "httpx"]
    for command in (
        [uv, "venv", "--quiet", "--python", sys.executable, str(root / "venv")],
        [uv, "pip", "install", "--quiet", "--python", python, str(mock_wheel), *pins],
    ):
        done = _run(command, root)
        assert done.returncode == 0, done.stdout + done.stderr
    return root / "venv" / "bin"


def test_the_consumer_suite_passes_against_the_installed_wheel(consumer: Path, tmp_path: Path) -> None:
    suite = shutil.copytree(MOCK_PACKAGE / "tests", tmp_path / "suite", ignore=shutil.ignore_patterns("__pycache__"))
    done = _run([str(consumer / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(suite)], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    written = sum(path.read_text().count("\ndef test_") for path in suite.glob("test_*.py"))
    assert re.search(rf"^{written} passed in ", done.stdout, re.MULTILINE), done.stdout  # none skipped


def test_the_installed_package_serves_its_own_copy_of_the_specs(consumer: Path, tmp_path: Path) -> None:
    script = (
        "from broker_contracts_mock import served_specs\n"
        "print(served_specs.spec_folder())\n"
        "print(' '.join(spec.name for spec in served_specs.packaged_specs()))\n"
    )
    done = _run([str(consumer / "python"), "-c", script], tmp_path)
    assert done.returncode == 0, done.stderr
    folder, names = done.stdout.splitlines()
    assert Path(folder).parts[-3:] == ("site-packages", "broker_contracts_mock", "specs")
    assert names.split() == sorted(p.name for p in (PROJECT_ROOT / "generated" / "specs").iterdir())


def test_the_console_script_prints_where_it_listens(consumer: Path) -> None:
    with running_mock(["--token", "team-a"], program=[str(consumer / "broker-mock")]) as mock:
        tradier = mock.vendors["tradier"]
        assert (mock.token, tradier.headers) == ("team-a", {"Authorization": "Bearer team-a"})
        assert httpx.get(f"{tradier.base_url}/v1/user/profile", headers=dict(tradier.headers)).status_code == 200
