"""`make validate`: openapi-spec-validator, prance, then the project's lint rules, on every spec.

Each problem is printed as `file:line: /json/pointer: [rule] message`; the exit status is 1 when
there is any. The checks run in order and a spec that fails to parse or bundle stops there, since
the later checks would only repeat the same problem; the other specs are still validated. Specs are
validated in parallel, one process per core; the report keeps the order of the specs.

prance contributes its own resolution of the document's references (unresolvable and recursive
ones). It does not validate the resolved document again: that would repeat openapi-spec-validator's
pass over a document many times larger (`offline_validators.prance_parse`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from prance import ValidationError
from prance.util.url import ResolutionError

from scripts import lint_rules, offline_validators, osv_places, parallel, pointers, schema_walk
from scripts.findings import Finding, FindingsError
from scripts.specs import ENTRY_FILE, SPECS_DIR, Spec, discover, load

_MAX_MESSAGE = 300


def validate_folder(folder: Path) -> list[Finding]:
    """All findings for the spec in `folder`. Never raises: should a check itself fail, that is a finding too."""
    try:
        return _checks(folder)
    except Exception as exc:  # a user gets a finding naming the spec, never a traceback
        message = f"validation stopped: {type(exc).__name__}: {exc}; please report this with the spec"
        return [Finding(folder / ENTRY_FILE, None, "", "internal-error", _trim(message))]


def _checks(folder: Path) -> list[Finding]:
    try:
        spec = load(folder)
    except FindingsError as exc:
        return exc.findings
    findings = openapi_spec_validator_findings(spec)
    if not findings:
        findings = prance_findings(spec)
    if not findings:
        findings = lint_rules.run(spec)
    return findings


def openapi_spec_validator_findings(spec: Spec) -> list[Finding]:
    """Structural validation of the bundled document against the OpenAPI 3.1 schema."""
    document = spec.document
    if str(document.get("openapi", "")).split(".")[:2] != ["3", "1"]:
        return [spec.finding("/openapi", "openapi-version", f"openapi must be 3.1.x, not {document.get('openapi')!r}")]
    placed: set[str] = set()
    findings = []
    for error in offline_validators.spec_errors(document):
        pointer = osv_places.keyword_error_pointer(document, error.message, placed)
        if pointer is None:
            pointer = _locate(spec, list(error.absolute_path), error.instance, placed)
        findings.append(spec.finding(pointer, "openapi-spec-validator", _trim(error.message)))
    return findings


def _locate(spec: Spec, path: list[str | int], instance: object, placed: set[str]) -> str:
    """The document pointer of an openapi-spec-validator error.

    Errors found inside a schema carry a path relative to that schema, so look for the schema whose
    relative path holds the offending value (first one not already reported).
    """
    relative = pointers.join("", *path)
    candidates = [relative] + [pointer + relative for pointer, _ in schema_walk.iter_schemas(spec.document)]
    for candidate in candidates:
        try:
            found = pointers.resolve(spec.document, candidate) == instance
        except KeyError:
            continue
        if found and candidate not in placed:
            placed.add(candidate)
            return candidate
    return relative


def prance_findings(spec: Spec) -> list[Finding]:
    """prance's resolving parser (strict mode) over the bundled document."""
    try:
        offline_validators.prance_parse(spec.document)
    except (ValidationError, ResolutionError, ValueError) as exc:
        return [spec.finding("", "prance", _trim(str(exc)))]
    return []


def _trim(message: str) -> str:
    """openapi-spec-validator can quote a whole document in one message (P31): keep the head."""
    message = " ".join(message.split())
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    """Validate the given spec folders (default: every folder under specs/); 1 when any has a problem."""
    parser = argparse.ArgumentParser(prog="python -m scripts validate", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        metavar="FOLDER",
        help=f"a spec folder (holding {ENTRY_FILE}) or a folder of spec folders (default: specs/)",
    )
    args = parser.parse_args(list(argv or []))
    folders: list[Path] = []
    for given in args.folders or [SPECS_DIR]:
        found = [given] if (given / ENTRY_FILE).exists() else discover(given) if given.is_dir() else []
        if not found:
            parser.error(f"{given}: no {ENTRY_FILE} in it or in its sub-folders")
        folders += found
    failed = 0
    for folder, findings in zip(folders, parallel.process_map(validate_folder, folders), strict=True):
        for finding in findings:
            print(finding, file=sys.stderr)
        status = f"{len(findings)} problem(s)" if findings else "OK"
        print(f"{folder.name}: {status}", flush=True)
        failed += bool(findings)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
