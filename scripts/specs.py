"""Find the vendor specs under `specs/`, load and bundle them: the one loader every tool here uses.

A vendor folder `specs/<name>/` holds `openapi.yaml` (the entry document) and may split components
into sibling files referenced as `other.yaml#/components/<kind>/<Name>`. Loading bundles those into
the entry document's components, so every `$ref` in `Spec.document` is internal, and remembers where
each JSON pointer came from (file and line) so findings can point at the source.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from scripts import parallel, pointers, ref_confinement, ref_graph, yaml_source
from scripts.findings import Finding, FindingsError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = PROJECT_ROOT / "specs"
ENTRY_FILE = "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_COMPONENT_POINTER = re.compile(r"^/components/([A-Za-z]+)/([^/]+)$")


@dataclass(frozen=True)
class Location:
    """Where a JSON pointer of the bundled document was written."""

    file: Path
    line: int | None


@dataclass(frozen=True)
class Operation:
    """One operation of a spec, with the pointer of its object in the bundled document."""

    path: str
    method: str
    definition: dict[str, Any]
    pointer: str

    @property
    def operation_id(self) -> str | None:
        value = self.definition.get("operationId")
        return value if isinstance(value, str) else None


@dataclass
class Spec:
    """A bundled vendor spec: every `$ref` is internal; `locations` maps pointers back to source lines."""

    name: str
    folder: Path
    entry: Path
    document: dict[str, Any]
    locations: dict[str, Location] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return str(self.document.get("info", {}).get("version", "0.0.0"))

    @property
    def python_name(self) -> str:
        """`clear-street` → `clear_street`: the stem of the generated package modules."""
        return re.sub(r"[^0-9a-zA-Z]+", "_", self.name).strip("_").lower()

    def locate(self, pointer: str) -> Location:
        """The source location of `pointer`, or of its nearest ancestor that has one."""
        return nearest_location(self.locations, pointer, self.entry)

    def finding(self, pointer: str, rule: str, message: str) -> Finding:
        """A finding placed at `pointer`."""
        where = self.locate(pointer)
        return Finding(where.file, where.line, pointer, rule, message)

    def resolve(self, ref: str) -> Any:
        """The target of an internal `$ref` such as `#/components/schemas/Position`."""
        return pointers.resolve(self.document, ref.removeprefix("#"))

    def operations(self) -> Iterator[Operation]:
        """Every operation, in document order."""
        for path, item in (self.document.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield Operation(path, method, item[method], pointers.join("/paths", path, method))

    def operation(self, operation_id: str) -> Operation:
        """The operation with this operationId; KeyError if there is none."""
        for op in self.operations():
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)

    def response_schema_pointer(self, op: Operation, status: int | str, media_type: str = "application/json") -> str:
        """Pointer of the schema of `op`'s response `status` for `media_type`; KeyError if undocumented."""
        pointer = pointers.join(op.pointer, "responses", str(status))
        response = pointers.resolve(self.document, pointer)
        if isinstance(response.get("$ref"), str):
            pointer = response["$ref"].removeprefix("#")
            response = self.resolve(response["$ref"])
        if media_type not in (response.get("content") or {}):
            raise KeyError(f"{status} {media_type}")
        return pointers.join(pointer, "content", media_type, "schema")

    @cached_property
    def dereferenced(self) -> dict[str, Any]:
        """A copy with every `$ref` replaced by its target (the specs here are not recursive)."""
        return dereference(self.document)


def discover(specs_dir: Path = SPECS_DIR) -> list[Path]:
    """Every vendor folder (one holding an `openapi.yaml`), sorted by name."""
    return sorted(p.parent for p in specs_dir.glob(f"*/{ENTRY_FILE}"))


def load(folder: Path) -> Spec:
    """Load and bundle the spec in `folder`; raises FindingsError if it cannot be read or bundled.

    Only files under `folder` are opened (`ref_confinement`), each under the limits of `spec_limits`;
    reference cycles and documents too large once dereferenced are refused (`ref_graph`).
    """
    entry = folder / ENTRY_FILE
    bundler = _Bundler(entry)
    document = bundler.bundle()
    if not bundler.findings:
        for problem in ref_graph.problems(document):
            where = nearest_location(bundler.locations, problem.pointer, bundler.entry)
            bundler.findings.append(Finding(where.file, where.line, problem.pointer, problem.rule, problem.message))
    if bundler.findings:
        raise FindingsError(bundler.findings)
    return Spec(folder.name, folder, entry, document, bundler.locations)


def nearest_location(locations: dict[str, Location], pointer: str, entry: Path) -> Location:
    """The location of `pointer`, or of its nearest ancestor that has one (else the entry file)."""
    probe = pointer
    while True:
        if probe in locations:
            return locations[probe]
        if not probe:
            return Location(entry, None)
        probe = probe.rsplit("/", 1)[0]


def load_all(specs_dir: Path = SPECS_DIR) -> list[Spec]:
    """Load every spec (in parallel); raises FindingsError with the findings of all that fail."""
    specs: list[Spec] = []
    findings: list[Finding] = []
    for loaded in parallel.process_map(_load_or_findings, discover(specs_dir)):
        if isinstance(loaded, Spec):
            specs.append(loaded)
        else:
            findings.extend(loaded)
    if findings:
        raise FindingsError(findings)
    return specs


def _load_or_findings(folder: Path) -> Spec | list[Finding]:
    try:
        return load(folder)
    except FindingsError as exc:
        return exc.findings


def dereference(document: dict[str, Any]) -> dict[str, Any]:
    """Inline every internal `$ref`; a reference cycle raises ValueError naming the chain."""

    def inline(node: Any, chain: tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                if ref in chain:
                    raise ValueError(f"recursive $ref: {' -> '.join((*chain, ref))}")
                target = inline(pointers.resolve(document, ref[1:]), (*chain, ref))
                siblings = {k: inline(v, chain) for k, v in node.items() if k != "$ref"}
                return {**target, **siblings} if siblings and isinstance(target, dict) else target
            return {key: inline(value, chain) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(item, chain) for item in node]
        return node

    result: dict[str, Any] = inline(document, ())
    return result


class _Bundler:
    """Hoists components from sibling files into the entry document and checks every `$ref`.

    The document is walked with an explicit stack (a hostile chain of references cannot exhaust
    Python's), in the order a recursive walk would take: a hoisted component is walked as soon as it
    is hoisted, before the rest of the object that referred to it.
    """

    def __init__(self, entry: Path) -> None:
        self.folder = ref_confinement.real_folder(entry.parent)
        self.entry = self.folder / entry.name
        self.files: dict[Path, yaml_source.SourceFile | None] = {}
        self.findings: list[Finding] = []
        self.locations: dict[str, Location] = {}
        self.hoisted: dict[tuple[Path, str], str] = {}
        self.hoisted_nodes: set[int] = set()
        self.document: dict[str, Any] = {}

    def bundle(self) -> dict[str, Any]:
        real_entry = Path(os.path.realpath(self.entry))
        if not ref_confinement.inside(real_entry, self.folder):
            message = f"{self.entry.name} is a symlink to a file outside the spec folder"
            self.findings.append(Finding(self.entry, None, "", ref_confinement.RULE, message))
            return {}
        self.entry = real_entry
        source = self._read(self.entry)
        if source is None:
            return {}
        if not isinstance(source.value, dict):
            line = 1 if source.lines else None
            message = (
                "the document is empty: an OpenAPI document is a mapping"
                if source.value is None
                else f"the document must be a mapping, not {_kind(source.value)}"
            )
            self.findings.append(Finding(self.entry, line, "", "openapi-document", message))
            return {}
        self.document = copy.deepcopy(source.value)
        self._record(source, "", "")
        self._walk(self.document, self.entry, "")
        return self.document

    def _read(self, path: Path) -> yaml_source.SourceFile | None:
        """The parsed file, or None when it cannot be read (its findings are recorded once)."""
        if path not in self.files:
            source = yaml_source.read(path)
            self.findings.extend(source.findings)
            readable = source.value is not None or not source.findings
            self.files[path] = source if readable else None
        return self.files[path]

    def _record(self, source: yaml_source.SourceFile, source_prefix: str, bundled_prefix: str) -> None:
        for pointer, line in source.lines.items():
            if pointer == source_prefix or pointer.startswith(source_prefix + "/"):
                self.locations[bundled_prefix + pointer[len(source_prefix) :]] = Location(source.path, line)

    def _walk(self, root: Any, current: Path, pointer: str) -> None:
        """Check and rewrite every `$ref` under `root` (written in file `current`), hoisting external targets."""
        stack: list[tuple[Any, Path, str]] = [(root, current, pointer)]
        while stack:
            node, current, pointer = stack.pop()
            if isinstance(node, list):
                stack.extend((item, current, f"{pointer}/{index}") for index, item in reversed(list(enumerate(node))))
                continue
            if not isinstance(node, dict):
                continue
            children = [
                (value, current, pointers.join(pointer, key))
                for key, value in node.items()
                if key != "$ref" and id(value) not in self.hoisted_nodes
            ]
            stack.extend(reversed(children))
            if isinstance(node.get("$id"), str):
                self._problem(pointer, ref_confinement.RULE, _ID_REFUSED.format(node["$id"]), current)
            if "$ref" not in node:
                continue
            ref = node["$ref"]
            if not isinstance(ref, str):
                self._problem(
                    pointer, "ref-resolves", f"$ref must be a string (a reference), not {_kind(ref)}", current
                )
                continue
            node["$ref"], hoisted = self._retarget(ref, current, pointer)
            if hoisted is not None:
                stack.append(hoisted)

    def _problem(self, pointer: str, rule: str, message: str, current: Path) -> None:
        where = self.locations.get(pointers.join(pointer, "$ref"), self.locations.get(pointer))
        self.findings.append(
            Finding(where.file if where else current, where.line if where else None, pointer, rule, message)
        )

    def _retarget(self, ref: str, current: Path, pointer: str) -> tuple[str, tuple[Any, Path, str] | None]:
        """The internal form of `ref` (written in file `current`), and a hoisted component still to walk."""
        fragment = ref.partition("#")[2]
        target_file = self._target_file(ref, current, pointer)
        if target_file is None:
            return ref, None
        if target_file == self.entry:
            source = self.files[self.entry]
            self._check_exists(source.value if source else None, fragment, ref, pointer, current)
            return f"#{fragment}", None
        match = _COMPONENT_POINTER.match(fragment)
        if match is None:
            problem = f"external $ref {ref!r} must point at /components/<kind>/<Name> of another file"
            self._problem(pointer, "ref-resolves", problem, current)
            return ref, None
        key = (target_file, fragment)
        if key not in self.hoisted:  # registered first: a cycle through files that comes back here stops
            self.hoisted[key] = f"#{fragment}"
            hoisted = self._hoist(target_file, fragment, ref=ref, pointer=pointer, current=current, match=match)
            if hoisted is not None:
                return f"#{fragment}", (hoisted, target_file, fragment)
            self.hoisted[key] = ref
        return self.hoisted[key], None

    def _target_file(self, ref: str, current: Path, pointer: str) -> Path | None:
        """The real path of the file `ref` names, or None (with a finding) when it may not or cannot be read."""
        file_part, _, fragment = ref.partition("#")
        problem, rule = None, "ref-resolves"
        target_file = current
        if fragment and not fragment.startswith("/"):
            problem = f"$ref {ref!r}: the part after # must be a JSON pointer"
        elif file_part:
            try:
                target_file = ref_confinement.confined_file(file_part, current, self.folder)
            except ref_confinement.Refused as refused:
                problem, rule = f"$ref {refused}", ref_confinement.RULE
            else:
                problem = None if target_file.is_file() else f"$ref {ref!r}: no file {file_part}"
        if problem:
            self._problem(pointer, rule, problem, current)
            return None
        return target_file

    def _hoist(
        self, target_file: Path, fragment: str, *, ref: str, pointer: str, current: Path, match: re.Match[str]
    ) -> Any:
        """Copy the component into the bundled document; None when it cannot be."""
        source = self._read(target_file)
        if source is None or not self._check_exists(source.value, fragment, ref, pointer, current):
            return None
        kind, name = match.groups()
        components = self.document.setdefault("components", {}).setdefault(kind, {})
        hoisted = copy.deepcopy(pointers.resolve(source.value, fragment))
        if name in components and components[name] != hoisted:
            self.findings.append(
                Finding(
                    target_file,
                    source.lines.get(fragment),
                    fragment,
                    "ref-resolves",
                    f"component {kind}/{name} is defined differently in two files; names must be unique",
                )
            )
            return None
        components[name] = hoisted
        self.hoisted_nodes.add(id(hoisted))
        self._record(source, fragment, fragment)
        return hoisted

    def _check_exists(self, document: Any, fragment: str, ref: str, pointer: str, current: Path) -> bool:
        try:
            pointers.resolve(document, fragment)
        except KeyError as missing:
            self._problem(pointer, "ref-resolves", f"$ref {ref!r} does not resolve: no {missing.args[0]!r}", current)
            return False
        return True


_ID_REFUSED = "$id {!r} would change the base that references resolve against: remove it"


def _kind(value: Any) -> str:
    """The JSON type of a value, in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, Decimal)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "a mapping"
