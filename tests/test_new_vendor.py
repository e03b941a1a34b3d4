"""Adding a vendor is adding a folder: validation, generation and the drift gate pick it up with no code change."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.specs import PROJECT_ROOT

from .conftest import FIXTURES

pytestmark = pytest.mark.slow


def _run(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts", *args], cwd=copy, capture_output=True, text=True, check=False
    )


def _copy_project(copy: Path, vendor: str) -> None:
    """The toolchain with one vendor: its spec folder and everything generated from it."""
    shutil.copytree(PROJECT_ROOT / "scripts", copy / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(PROJECT_ROOT / "specs" / vendor, copy / "specs" / vendor)
    for generated in (PROJECT_ROOT / "generated").glob(f"*/{vendor}*"):
        shutil.copytree(generated, copy / generated.relative_to(PROJECT_ROOT))


def test_second_vendor_folder_is_picked_up(tmp_path: Path) -> None:
    copy = tmp_path / "project"
    _copy_project(copy, "clear-street")
    assert _run(copy, "drift").returncode == 0, "the copied project starts in sync"
    shutil.copytree(FIXTURES / "tiny-vendor", copy / "specs" / "tiny")

    validated = _run(copy, "validate")
    assert validated.returncode == 0, validated.stderr
    assert "tiny: OK" in validated.stdout

    before = _run(copy, "drift")
    assert before.returncode == 1
    assert "missing from generated/: clients/tiny-client/tiny_client/api/balances/get_balance.py" in before.stderr
    assert "missing from generated/: models/tiny-models/tiny_models/models.py" in before.stderr

    generated = _run(copy, "generate")
    assert generated.returncode == 0, generated.stderr
    assert "tiny: tiny-client, tiny-models (version 1.0.0)" in generated.stdout
    assert (copy / "generated/clients/tiny-client/tiny_client/api/balances/get_balance.py").is_file()
    assert "class Balance(VendorModel)" in (copy / "generated/models/tiny-models/tiny_models/models.py").read_text()

    after = _run(copy, "drift")
    assert after.returncode == 0, after.stderr

    (copy / "specs/tiny/openapi.yaml").write_text(
        (copy / "specs/tiny/openapi.yaml")
        .read_text()
        .replace("summary: Get the balance", "summary: Get the cash balance")
    )
    changed = _run(copy, "drift")
    assert changed.returncode == 1
    assert (
        "+| `tiny_client.api.balances.get_balance` | GET | `/accounts/{account_id}/balance` | Get the cash balance |"
        in changed.stderr
    )
