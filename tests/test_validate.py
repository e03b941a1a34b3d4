"""`make validate`: the project's specs pass; every deliberately broken spec fails with its expected message."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from referencing.exceptions import Unresolvable

from scripts import validate
from scripts.findings import Finding
from scripts.specs import Spec, load

from .conftest import FIXTURES, SPEC_FOLDERS

BROKEN = sorted(p for p in (FIXTURES / "broken").iterdir() if p.is_dir())


def _golden(finding: Finding, folder: Path) -> str:
    relative = finding.file.resolve().relative_to(folder.resolve())
    return f"{relative}:{finding.line or ''}: {finding.pointer}: [{finding.rule}] {finding.message}"


@pytest.mark.parametrize("folder", SPEC_FOLDERS, ids=[f.name for f in SPEC_FOLDERS])
def test_project_specs_are_valid(folder: Path) -> None:
    assert [str(f) for f in validate.validate_folder(folder)] == []


def test_corpus_is_large_enough() -> None:
    assert len(BROKEN) >= 10


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
