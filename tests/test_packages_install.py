"""Every generated package installs into a fresh virtual environment and works there.

The environment is made and filled by uv, the toolchain's installer, from the package folders (uv builds
them with the backend their pyproject.toml declares; dependencies at the versions constraints.txt pins).
pip installing released wheels from the site's package index is tests/test_release.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scripts import list_accessors
from scripts.specs import PROJECT_ROOT

from .conftest import GENERATED, project_specs

PACKAGES = sorted(p for p in GENERATED.glob("*/*") if (p / "pyproject.toml").exists())
UV = Path(sys.executable).parent / "uv"

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("consumer-venv")]


@pytest.fixture(scope="module")
def fresh_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with every generated package installed (from its folder)."""
    root = tmp_path_factory.mktemp("consumer-venv")
    python = root / "bin" / "python"
    constraints = str(PROJECT_ROOT / "constraints.txt")
    install = [str(UV), "pip", "install", "--quiet", "--compile-bytecode", "--python", str(python), "-c", constraints]
    for command in (
        [str(UV), "venv", "--quiet", "--python", sys.executable, str(root)],
        [*install, *map(str, PACKAGES)],
    ):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
    return python


@pytest.mark.parametrize("package", PACKAGES, ids=[p.name for p in PACKAGES])
def test_installed_package_imports_outside_the_checkout(fresh_python: Path, package: Path, tmp_path: Path) -> None:
    module = next(p.name for p in package.iterdir() if (p / "py.typed").exists())
    script = (
        f"import {module}, pathlib, sys\n"
        f"origin = pathlib.Path({module}.__file__).resolve()\n"
        "assert 'site-packages' in origin.parts, origin\n"
        f"assert (origin.parent / 'py.typed').exists()\n"
        f"print({module}.__name__)\n"
    )
    done = subprocess.run([str(fresh_python), "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == module


def test_installed_models_parse_exactly(fresh_python: Path, tmp_path: Path) -> None:
    script = (
        "from clear_street_models.models import AccountBalancesResponse\n"
        "import sys\n"
        "body = open(sys.argv[1], 'rb').read()\n"
        "parsed = AccountBalancesResponse.model_validate_json(body)\n"
        "print(repr(parsed.data.settled_cash))\n"
    )
    body = GENERATED.parent / "specs" / "clear-street" / "examples" / "balances_margin_200_spec.json"
    done = subprocess.run(
        [str(fresh_python), "-c", script, str(body)], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Decimal('99775.05')"


def test_installed_packages_carry_their_list_accessors(fresh_python: Path, tmp_path: Path) -> None:
    """Each `x-list-accessor` method is there after a pip install (its `_lists.py` helper ships too)."""
    lines = []
    for spec in project_specs():
        for accessor in list_accessors.accessors_of(spec.document):
            for module in (f"{spec.python_name}_models.models", f"{spec.python_name}_client.models"):
                lines.append(
                    f"from {module} import {accessor.owner}; assert callable({accessor.owner}.{accessor.method})"
                )
    assert lines, "no spec declares an x-list-accessor"
    done = subprocess.run(
        [str(fresh_python), "-c", "\n".join(lines)], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
