"""Recorded or published vendor bodies kept beside a spec, and the manifest that says what each one is.

`specs/<vendor>/examples/manifest.yaml` lists every body file with the operation and status whose
response schema it must satisfy, the named example in the spec that must hold the same body, and
whether the contract accepts it (`expect: valid`) or deliberately rejects it (`expect: invalid`,
with a `reason`). Bodies are read with exact decimals.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from scripts import pointers, ref_confinement, spec_limits, yaml_source
from scripts.findings import Finding
from scripts.schema_validation import SchemaValidators
from scripts.specs import Spec

MANIFEST = Path("examples") / "manifest.yaml"
_KEYS = {"file", "operation", "status", "named", "expect", "reason", "note", "media_type"}


@dataclass(frozen=True)
class ExampleFile:
    """One manifest entry."""

    path: Path
    operation: str
    status: int
    expect: str
    line: int | None = None
    named: str | None = None
    reason: str | None = None
    media_type: str = "application/json"

    def body(self) -> Any:
        """The body, with every JSON number that has a fraction or exponent as an exact Decimal.

        OSError or ValueError when it cannot be read within the limits of `spec_limits`.
        """
        problem = spec_limits.file_problem(self.path)
        if problem:
            raise ValueError(problem[1])
        return load_json(spec_limits.read_bytes(self.path))


def load_json(raw: bytes | str) -> Any:
    """Parse JSON keeping every non-integer number as an exact Decimal; ValueError beyond the limits."""
    try:
        value = json.loads(raw, parse_float=_number(Decimal), parse_int=_number(int))
    except RecursionError as exc:
        raise ValueError(f"nesting deeper than {spec_limits.MAX_DEPTH} levels") from exc
    problem = spec_limits.nesting_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def _number(kind: Callable[[str], Any]) -> Callable[[str], Any]:
    """A JSON number hook that refuses numbers over the size limit before building them."""

    def build(text: str) -> Any:
        problem = spec_limits.number_problem(text)
        if problem:
            raise ValueError(problem)
        return kind(text)

    return build


def exact_text(value: Any) -> str:
    """A canonical text of a JSON value in which `1.50` and `1.5` (and `0` and `0.0`) differ."""
    return json.dumps(value, sort_keys=True, default=lambda d: f"Decimal({d})")


def entries(spec: Spec) -> tuple[list[ExampleFile], list[Finding]]:
    """The manifest's entries and any problems with the manifest itself. No manifest: no entries."""
    listed, findings, _mentioned = _read_manifest(spec)
    return listed, findings


def _read_manifest(spec: Spec) -> tuple[list[ExampleFile], list[Finding], set[Path]]:
    """The entries, the problems, and the path of every file the manifest names (accepted or not)."""
    folder = ref_confinement.real_folder(spec.folder)
    if not (spec.folder / MANIFEST).exists():
        return [], [], set()
    try:
        path = ref_confinement.confined_file(str(MANIFEST), folder / "openapi.yaml", folder)
    except ref_confinement.Refused as refused:
        return [], [Finding(spec.folder / MANIFEST, None, "", ref_confinement.RULE, str(refused))], set()
    source = yaml_source.read(path)
    findings = list(source.findings)
    items = source.value.get("examples") if isinstance(source.value, dict) else None
    if not isinstance(items, list):
        malformed = Finding(path, 1, "", "example-files", "manifest must be a mapping with an 'examples' list")
        return [], [*findings, malformed], set()
    result = []
    mentioned = {
        _unfollowed(path.parent / item["file"])
        for item in items
        if isinstance(item, dict) and isinstance(item.get("file"), str) and "\0" not in item["file"]
    }
    for index, item in enumerate(items):
        where = pointers.join("/examples", index)
        line = source.lines.get(where)
        problem = _entry_problem(item)
        if problem:
            findings.append(Finding(path, line, where, "example-files", problem))
            continue
        try:
            body_path = ref_confinement.confined_file(item["file"], path, folder)
        except ref_confinement.Refused as refused:
            file_pointer = pointers.join(where, "file")
            findings.append(
                Finding(path, source.lines.get(file_pointer, line), file_pointer, ref_confinement.RULE, str(refused))
            )
            continue
        result.append(
            ExampleFile(
                path=body_path,
                operation=item["operation"],
                status=int(item["status"]),
                expect=item["expect"],
                line=line,
                named=item.get("named"),
                reason=item.get("reason"),
                media_type=item.get("media_type", "application/json"),
            )
        )
    return result, findings, mentioned


def _entry_problem(item: Any) -> str | None:
    if not isinstance(item, dict):
        return "entry must be a mapping"
    missing = {"file", "operation", "status", "expect"} - set(item)
    unknown = set(item) - _KEYS
    not_text = sorted(key for key in _KEYS - {"status"} if key in item and not isinstance(item[key], str))
    status = item.get("status")
    problems = [
        f"entry lacks {sorted(missing)}" if missing else None,
        f"entry has unknown keys {sorted(unknown)}" if unknown else None,
        f"{', '.join(not_text)} must be text" if not_text else None,
        f"status must be an HTTP status code, not {status!r}"
        if not missing and (isinstance(status, bool) or not str(status).isdigit())
        else None,
        "expect must be 'valid' or 'invalid'" if not missing and item["expect"] not in ("valid", "invalid") else None,
        "an entry the contract rejects needs a 'reason'"
        if item.get("expect") == "invalid" and not item.get("reason")
        else None,
    ]
    return next((problem for problem in problems if problem), None)


def _unfollowed(path: Path) -> Path:
    """`path` with its folder's symlinks resolved but not its own: how the manifest and the folder name a file."""
    return Path(os.path.realpath(path.parent)) / path.name


def check(spec: Spec) -> Iterator[Finding]:
    """Every body file is listed, validates (or fails) as the manifest says, and matches its named example."""
    listed, findings, mentioned = _read_manifest(spec)
    yield from findings
    manifest = spec.folder / MANIFEST
    examples = spec.folder / "examples"
    inside = ref_confinement.inside(Path(os.path.realpath(examples)), ref_confinement.real_folder(spec.folder))
    for body_file in sorted(examples.rglob("*.json") if inside else []):
        if _unfollowed(body_file) not in mentioned:
            yield Finding(body_file, None, "", "example-files", f"not listed in {MANIFEST}")
    validators = SchemaValidators(spec.document)
    for entry in listed:
        yield from _check_entry(spec, validators, entry, manifest)


def _check_entry(spec: Spec, validators: SchemaValidators, entry: ExampleFile, manifest: Path) -> Iterator[Finding]:
    try:
        op = spec.operation(entry.operation)
        schema_pointer = spec.response_schema_pointer(op, entry.status, entry.media_type)
    except KeyError as missing:
        yield Finding(manifest, entry.line, "", "example-files", f"{entry.path.name}: no {missing} in the spec")
        return
    try:
        body = entry.body()
    except (OSError, ValueError) as exc:
        yield Finding(entry.path, None, "", "example-files", f"cannot read body: {exc}")
        return
    errors = validators.errors(schema_pointer, body)
    if entry.expect == "valid":
        for error in errors:
            yield Finding(
                entry.path,
                None,
                error.instance_pointer,
                "example-files",
                f"does not match {schema_pointer}: {error.message}",
            )
    elif not errors:
        yield Finding(
            entry.path,
            None,
            "",
            "example-files",
            f"expected the contract to reject it ({entry.reason}), but it validates",
        )
    if entry.named:
        media = pointers.resolve(spec.document, schema_pointer.rsplit("/", 1)[0])
        named = (media.get("examples") or {}).get(entry.named)
        if named is None:
            yield Finding(
                entry.path, None, "", "example-files", f"named example {entry.named!r} is not in {schema_pointer}"
            )
        elif exact_text(named.get("value")) != exact_text(body):
            yield spec.finding(
                pointers.join(schema_pointer.rsplit("/", 1)[0], "examples", entry.named),
                "example-files",
                f"named example differs from {entry.path.name}",
            )
