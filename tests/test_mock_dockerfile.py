"""The mock's Dockerfile, read with Docker's own parser (no engine here to build it): what it copies,
builds, exposes and runs agrees with the checkout and the package."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

import dockerfile
import pytest

from broker_contracts_mock import server
from scripts.specs import PROJECT_ROOT

from .conftest import MOCK_PACKAGE

INSTRUCTIONS = dockerfile.parse_file(str(MOCK_PACKAGE / "Dockerfile"))
IGNORE = (MOCK_PACKAGE / "Dockerfile.dockerignore").read_text().splitlines()
KNOWN = {"FROM", "WORKDIR", "COPY", "RUN", "USER", "EXPOSE", "HEALTHCHECK", "ENTRYPOINT", "CMD", "ENV", "ARG", "LABEL"}


def _all(command: str) -> list[dockerfile.Command]:
    return [instruction for instruction in INSTRUCTIONS if instruction.cmd.upper() == command]


def _one(command: str) -> dockerfile.Command:
    [instruction] = _all(command)
    return instruction


def test_every_stage_is_the_python_the_project_targets() -> None:
    assert {instruction.cmd.upper() for instruction in INSTRUCTIONS} <= KNOWN
    stages = _all("FROM")
    assert [stage.value[0] for stage in stages] == ["python:3.11-slim"] * len(stages) and len(stages) == 2


@pytest.mark.parametrize("copy", [c for c in _all("COPY") if not c.flags], ids=lambda c: c.value[0])
def test_what_is_copied_exists_and_is_in_the_build_context(copy: dockerfile.Command) -> None:
    source = copy.value[0]
    assert (PROJECT_ROOT / source).exists(), f"{source} is not in the checkout (the build context is its root)"
    assert any(line.startswith(f"!{source}") for line in IGNORE), f"Dockerfile.dockerignore leaves {source} out"


def test_the_wheel_built_is_the_wheel_installed(mock_wheel: Path) -> None:
    built, installed = (run.value[0] for run in _all("RUN"))
    assert built.startswith("pip wheel ") and built.endswith(" packages/broker-contracts-mock")
    [pattern] = re.findall(r"/tmp/wheels/(\S+\.whl)", installed)
    assert fnmatch.fnmatch(mock_wheel.name, pattern), (mock_wheel.name, pattern)
    assert "--constraint /tmp/constraints.txt" in installed  # the versions this repository tests


def test_it_runs_the_console_script_on_every_address_of_the_exposed_port() -> None:
    program, *options = _one("ENTRYPOINT").value
    scripts = tomllib.loads((MOCK_PACKAGE / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts[program] == "broker_contracts_mock.server:main"
    parsed = server.parse_args(options)
    assert parsed.host == "0.0.0.0"
    assert _one("EXPOSE").value == (str(parsed.port),)
    assert f"http://127.0.0.1:{parsed.port}/__health" in " ".join(_one("HEALTHCHECK").value)
