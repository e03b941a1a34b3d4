"""broker-contracts-mock as a package: the specs it ships are generated/specs' byte for byte, however it is built."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from broker_contracts_mock import served_specs
from scripts import json_text

from .conftest import GENERATED, MOCK_PACKAGE, build_wheel

FORMS = ("openapi.bundled.json", "openapi.dereferenced.json")
SPECS = sorted(GENERATED.glob("specs/*"))
EXPECTED = {f"{folder.name}/{form}": (folder / form).read_bytes() for folder in SPECS for form in FORMS}

pytestmark = pytest.mark.slow


def _packaged(wheel: Path) -> dict[str, bytes]:
    prefix = "broker_contracts_mock/specs/"
    with zipfile.ZipFile(wheel) as archive:
        return {name[len(prefix) :]: archive.read(name) for name in archive.namelist() if name.startswith(prefix)}


def test_the_wheel_ships_generated_specs_byte_for_byte(mock_wheel: Path) -> None:
    assert len(EXPECTED) == 2 * len(SPECS) > 0
    assert _packaged(mock_wheel) == EXPECTED


def test_a_wheel_built_from_the_sdist_ships_the_same_specs(tmp_path: Path) -> None:
    """The sdist carries the specs under src/, so a build from it (outside the checkout) needs no checkout."""
    build = "from hatchling.build import build_sdist; import sys; print(build_sdist(sys.argv[1]))"
    done = subprocess.run(
        [sys.executable, "-c", build, str(tmp_path)], cwd=MOCK_PACKAGE, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    with tarfile.open(tmp_path / done.stdout.strip()) as sdist:
        sdist.extractall(tmp_path / "unpacked", filter="data")
    [source] = (tmp_path / "unpacked").iterdir()
    assert _packaged(build_wheel(source, tmp_path / "wheel")) == EXPECTED


def test_a_build_without_specs_names_the_cause(tmp_path: Path) -> None:
    for name in ("pyproject.toml", "hatch_build.py", "README.md"):
        shutil.copy(MOCK_PACKAGE / name, tmp_path / name)
    shutil.copytree(MOCK_PACKAGE / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    with pytest.raises(AssertionError, match="no specs to package"):
        build_wheel(tmp_path, tmp_path / "wheel")


def test_the_editable_install_serves_the_checkouts_generated_specs() -> None:
    assert served_specs.spec_folder() == GENERATED / "specs"
    assert [spec.name for spec in served_specs.packaged_specs()] == [folder.name for folder in SPECS]


@pytest.mark.parametrize("spec", served_specs.packaged_specs(), ids=lambda spec: spec.name)
def test_specs_are_read_digit_for_digit(spec: served_specs.PackagedSpec) -> None:
    """Written back by the toolchain's exact writer, what the mock read is the committed file again."""
    for form, document in zip(FORMS, (spec.document, spec.dereferenced), strict=True):
        assert json_text.dumps(document) == (spec.folder / form).read_text(encoding="utf-8")
