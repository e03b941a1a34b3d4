"""The Python blocks of README.md and of every package README are real code: `mypy --strict` accepts them (one
run over all of them) and each one runs against the mock, with its base URLs and credentials in the
environment variables the clients read. A block preceded by `NOT_RUN` is type-checked only."""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from broker_contracts_mock.process import RunningMock
from scripts.specs import PROJECT_ROOT

pytestmark = pytest.mark.xdist_group("readme-blocks")  # one mypy run, on one worker

NOT_RUN = "<!-- readme-test: not run -->"
READMES = [
    PROJECT_ROOT / "README.md",
    *sorted(PROJECT_ROOT.glob("generated/clients/*/README.md")),
    *sorted(PROJECT_ROOT.glob("generated/models/*/README.md")),
    *sorted(PROJECT_ROOT.glob("packages/*/README.md")),
]
BLOCKS_DIR = PROJECT_ROOT / "build" / "readme-blocks"
FIVE_VENDOR_HEADING = "### Five vendors in one script"


@dataclass(frozen=True)
class Block:
    """One fenced Python block: where it is, its code (as a module whose line numbers are the README's)."""

    readme: Path
    line: int  # of the first code line
    source: str
    runs: bool

    @property
    def name(self) -> str:
        return f"{self.readme.relative_to(PROJECT_ROOT)}:{self.line}"

    @property
    def module(self) -> Path:
        slug = re.sub(r"[^0-9A-Za-z]+", "_", str(self.readme.relative_to(PROJECT_ROOT)))
        return BLOCKS_DIR / f"{slug}_L{self.line}.py"


def blocks_of(readme: Path) -> list[Block]:
    """The README's ```python blocks, each padded with blank lines so that its line numbers are the README's."""
    lines = readme.read_text(encoding="utf-8").splitlines()
    found, start = [], None
    for number, line in enumerate(lines, 1):
        if start is None and line.strip() == "```python":
            start = number
        elif start is not None and line.strip() == "```":
            code = "\n" * start + "\n".join(lines[start : number - 1]) + "\n"
            found.append(Block(readme, start + 1, code, lines[start - 2].strip() != NOT_RUN if start > 1 else True))
            start = None
    return found


BLOCKS = [block for readme in READMES for block in blocks_of(readme)]


@pytest.fixture(scope="module")
def mypy_findings() -> dict[Path, list[str]]:
    """One `mypy --strict` run over every block (with the project's config, cache and generated packages)."""
    BLOCKS_DIR.mkdir(parents=True, exist_ok=True)
    for stale in BLOCKS_DIR.glob("*.py"):
        stale.unlink()
    for block in BLOCKS:
        block.module.write_text(block.source, encoding="utf-8")
    packages = sorted(str(p) for p in PROJECT_ROOT.glob("generated/*/*/") if p.is_dir())
    environment = {**os.environ, "MYPYPATH": ":".join(packages)}
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *(str(b.module) for b in BLOCKS)]
    done = subprocess.run(command, cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True, check=False)
    findings: dict[Path, list[str]] = {}
    for line in done.stdout.splitlines():
        path = Path(line.split(":", 1)[0])
        findings.setdefault((PROJECT_ROOT / path).resolve(), []).append(line)
    assert done.returncode in (0, 1) and not done.stderr, done.stdout + done.stderr
    return findings


def mock_environment(mock: RunningMock) -> dict[str, str]:
    """`<VENDOR>_BASE_URL`, `<VENDOR>_TOKEN` and `<VENDOR>_<HEADER>` (API keys) of every vendor on `mock`."""
    variables: dict[str, str] = {}
    for name, vendor in mock.vendors.items():
        prefix = name.upper().replace("-", "_")
        variables |= {f"{prefix}_BASE_URL": vendor.base_url, f"{prefix}_TOKEN": vendor.token}
        for header, key in vendor.api_keys.items():
            variables[f"{prefix}_{re.sub(r'[^0-9A-Za-z]+', '_', header).upper()}"] = key
    return variables


@pytest.fixture
def vendor_environment(broker_mock: RunningMock, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mock's URLs and credentials in the environment variables the README blocks read."""
    for variable, value in mock_environment(broker_mock).items():
        monkeypatch.setenv(variable, value)


def test_every_readme_has_a_python_block() -> None:
    assert {b.readme for b in BLOCKS} == set(READMES)


@pytest.mark.parametrize("block", BLOCKS, ids=[b.name for b in BLOCKS])
def test_block_type_checks(block: Block, mypy_findings: dict[Path, list[str]]) -> None:
    found = mypy_findings.get(block.module.resolve(), [])
    module = str(block.module.relative_to(PROJECT_ROOT))
    assert not found, "\n".join(line.replace(module, str(block.readme.relative_to(PROJECT_ROOT))) for line in found)


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.runs], ids=[b.name for b in BLOCKS if b.runs])
@pytest.mark.usefixtures("vendor_environment")
def test_block_runs_against_the_mock(block: Block, request: pytest.FixtureRequest) -> None:
    namespace: dict[str, object] = {"__name__": f"readme_block_{block.line}"}
    exec(compile(block.source, str(block.readme), "exec"), namespace)  # the README's own code
    for name, test in list(namespace.items()):
        if name.startswith("test_") and inspect.isfunction(test):
            test(*(request.getfixturevalue(parameter) for parameter in inspect.signature(test).parameters))


def test_the_five_vendor_script_uses_no_cast_and_no_isinstance() -> None:
    readme = PROJECT_ROOT / "README.md"
    heading = readme.read_text(encoding="utf-8").splitlines().index(FIVE_VENDOR_HEADING) + 1
    script = next(b for b in BLOCKS if b.readme == readme and b.line > heading)
    assert script.runs and "cast(" not in script.source and "isinstance(" not in script.source
    for package in ("clear_street_client", "etna_client", "tradestation_v2_client", "tradestation_v3_client"):
        assert f"from {package} import" in script.source
    assert "from tradier_client import" in script.source
