"""`make validate`: the project's specs pass; every deliberately broken spec fails with its expected message.

`tests/fixtures/broken/<case>/` is the corpus: each case holds a spec with one fault (or one class of
fault) and `expected.txt`, its findings as `file:line: pointer: [rule] message`. Hostile inputs (bad
bytes, YAML beyond JSON, alias bombs, deep nesting, huge numbers, reference cycles, references that
leave the folder) are checked in process and through the CLI, under an audit hook that records every
file opened.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path

import pytest
from referencing.exceptions import Unresolvable

from scripts import lint_rules, ref_confinement, validate
from scripts.__main__ import COMMANDS
from scripts.__main__ import main as cli
from scripts.findings import Finding
from scripts.specs import PROJECT_ROOT, Spec, load

from .conftest import FIXTURES, SPEC_FOLDERS

BROKEN = sorted(p for p in (FIXTURES / "broken").iterdir() if p.is_dir())


def _golden(finding: Finding, folder: Path) -> str:
    """The finding with its file relative to the case folder (a symlink is named, not followed)."""
    relative = (Path(os.path.realpath(finding.file.parent)) / finding.file.name).relative_to(folder.resolve())
    return f"{relative}:{finding.line or ''}: {finding.pointer}: [{finding.rule}] {finding.message}"


@pytest.mark.parametrize("folder", SPEC_FOLDERS, ids=[f.name for f in SPEC_FOLDERS])
def test_project_specs_are_valid(folder: Path) -> None:
    assert [str(f) for f in validate.validate_folder(folder)] == []


def test_corpus_is_large_enough() -> None:
    assert len(BROKEN) >= 45


@pytest.mark.parametrize("folder", BROKEN, ids=[f.name for f in BROKEN])
def test_broken_spec_is_rejected_with_its_message(folder: Path) -> None:
    expected = (folder / "expected.txt").read_text().splitlines()
    actual = [_golden(f, folder) for f in validate.validate_folder(folder)]
    assert actual == expected
    assert actual, "a broken spec must produce at least one finding"


def test_cli_exit_status_and_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert validate.main([str(FIXTURES / "tiny-vendor")]) == 0
    assert "tiny-vendor: OK" in capsys.readouterr().out
    assert validate.main([str(FIXTURES / "broken" / "operation-id")]) == 1
    captured = capsys.readouterr()
    assert "operation-id: 1 problem(s)" in captured.out
    assert "openapi.yaml:15: /paths/~1accounts~1{account_id}~1balance/get/operationId: [operation-id]" in captured.err


def test_validators_read_the_bundled_document_and_nothing_else() -> None:
    """Given a reference the bundler would have refused, neither validator opens a file or the network."""
    spec = load(FIXTURES / "tiny-vendor")
    document = copy.deepcopy(spec.document)
    media = document["paths"]["/accounts/{account_id}/balance"]["get"]["responses"]["404"]["content"]
    media["application/json"]["schema"] = {"$ref": "https://example.com/other.yaml#/components/schemas/Error"}
    moved = Spec(spec.name, Path("/nonexistent"), Path("/nonexistent/openapi.yaml"), document, spec.locations)
    [finding] = validate.prance_findings(moved)
    assert finding.rule == "prance"
    assert "https://example.com/other.yaml" in finding.message
    with pytest.raises(Unresolvable):
        validate.openapi_spec_validator_findings(moved)


def test_long_validator_messages_are_trimmed() -> None:
    assert len(validate._trim("x " * 1000)) == 300


def test_cli_over_the_corpus_reports_every_spec_and_opens_nothing_outside_it() -> None:
    """One `python -m scripts validate tests/fixtures/broken` run, with every open and network call audited."""
    run = subprocess.run(
        [sys.executable, "-m", "tests.audited_validate", str(FIXTURES / "broken")],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "[internal-error]" not in run.stderr
    statuses: dict[str, str] = {}
    opened: list[str] = []
    for line in run.stdout.splitlines():
        assert not line.startswith("NET "), line
        if line.startswith("OPEN "):
            opened.append(line.removeprefix("OPEN "))
            continue
        name, _, status = line.partition(": ")
        folder = (FIXTURES / "broken" / name).resolve()
        assert [p for p in opened if not ref_confinement.inside(Path(os.path.realpath(p)), folder)] == [], name
        statuses[name], opened = status, []
    expected = {f.name: f"{len((f / 'expected.txt').read_text().splitlines())} problem(s)" for f in BROKEN}
    assert statuses == expected
    assert opened == []


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_and_refuses_unknown_arguments(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as helped:
        cli([command, "--help"])
    assert helped.value.code == 0
    assert capsys.readouterr().out.startswith("usage: ")
    with pytest.raises(SystemExit) as refused:
        cli([command, "--no-such-option"])
    assert refused.value.code == 2
    assert "unrecognized arguments: --no-such-option" in capsys.readouterr().err


def test_validate_names_a_folder_without_specs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        validate.main([str(tmp_path)])
    assert refused.value.code == 2
    assert f"{tmp_path}: no openapi.yaml in it or in its sub-folders" in capsys.readouterr().err


def test_a_failing_check_is_a_finding_and_the_next_spec_is_still_validated(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(spec: Spec) -> list[Finding]:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(lint_rules, "run", explode)
    assert validate.main([str(FIXTURES / "tiny-vendor"), str(FIXTURES / "broken" / "openapi-30")]) == 1
    captured = capsys.readouterr()
    assert "tiny-vendor: 1 problem(s)" in captured.out
    assert "openapi-30: 1 problem(s)" in captured.out
    assert "[internal-error] validation stopped: RecursionError: maximum recursion depth exceeded" in captured.err
