"""Find the vendor specs under `specs/`, load and bundle them: the one loader every tool here uses.

A vendor folder `specs/<name>/` holds `openapi.yaml` (the entry document) and may split components
into sibling files referenced as `other.yaml#/components/<kind>/<Name>`. Loading bundles those into
the entry document's components, so every `$ref` in `Spec.document` is internal, and remembers where
each JSON pointer came from (file and line) so findings can point at the source.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from scripts import pointers, yaml_source
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
        probe = pointer
        while True:
            if probe in self.locations:
                return self.locations[probe]
            if not probe:
                return Location(self.entry, None)
            probe = probe.rsplit("/", 1)[0]

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
    """Load and bundle the spec in `folder`; raises FindingsError if it cannot be read or bundled."""
    entry = folder / ENTRY_FILE
    bundler = _Bundler(entry)
    document = bundler.bundle()
    if bundler.findings:
        raise FindingsError(bundler.findings)
    return Spec(folder.name, folder, entry, document, bundler.locations)


def load_all(specs_dir: Path = SPECS_DIR) -> list[Spec]:
    """Load every spec; raises FindingsError with the findings of all that fail."""
    specs: list[Spec] = []
    findings: list[Finding] = []
    for folder in discover(specs_dir):
        try:
            specs.append(load(folder))
        except FindingsError as exc:
            findings.extend(exc.findings)
    if findings:
        raise FindingsError(findings)
    return specs


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
    """Hoists components from sibling files into the entry document and checks every `$ref`."""

    def __init__(self, entry: Path) -> None:
        self.entry = entry.resolve()
        self.files: dict[Path, yaml_source.SourceFile] = {}
        self.findings: list[Finding] = []
        self.locations: dict[str, Location] = {}
        self.hoisted: dict[tuple[Path, str], str] = {}
        self.document: dict[str, Any] = {}

    def bundle(self) -> dict[str, Any]:
        source = self._read(self.entry)
        if source is None:
            return {}
        if not isinstance(source.value, dict):
            self.findings.append(Finding(self.entry, 1, "", "openapi-document", "the document must be a mapping"))
            return {}
        self.document = copy.deepcopy(source.value)
        self._record(source, "", "")
        self._rewrite(self.document, self.entry, "")
        return self.document

    def _read(self, path: Path) -> yaml_source.SourceFile | None:
        if path not in self.files:
            source = yaml_source.read(path)
            self.files[path] = source
            self.findings.extend(source.findings)
        source = self.files[path]
        return source if source.value is not None else None

    def _record(self, source: yaml_source.SourceFile, source_prefix: str, bundled_prefix: str) -> None:
        for pointer, line in source.lines.items():
            if pointer == source_prefix or pointer.startswith(source_prefix + "/"):
                self.locations[bundled_prefix + pointer[len(source_prefix) :]] = Location(source.path, line)

    def _rewrite(self, node: Any, current: Path, pointer: str) -> None:
        if isinstance(node, list):
            for index, item in enumerate(node):
                self._rewrite(item, current, f"{pointer}/{index}")
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str):
            node["$ref"] = self._retarget(ref, current, pointer)
        for key, value in list(node.items()):  # hoisting may add components while we walk
            if key != "$ref":
                self._rewrite(value, current, pointers.join(pointer, key))

    def _retarget(self, ref: str, current: Path, pointer: str) -> str:
        """Return the internal form of `ref` (written in file `current`), hoisting external targets."""
        file_part, _, fragment = ref.partition("#")
        target_file = (current.parent / file_part).resolve() if file_part else current
        where = self.locations.get(pointers.join(pointer, "$ref"), self.locations.get(pointer))
        line = where.line if where else None
        if target_file == self.entry:
            self._check_exists(self.files[self.entry].value, fragment, ref, pointer, line)
            return f"#{fragment}"
        match = _COMPONENT_POINTER.match(fragment)
        problem = (
            f"$ref {ref!r}: no file {file_part}"
            if not target_file.is_file()
            else f"external $ref {ref!r} must point at /components/<kind>/<Name> of another file"
            if match is None
            else None
        )
        if problem or match is None:
            self.findings.append(Finding(where.file if where else current, line, pointer, "ref-resolves", str(problem)))
            return ref
        key = (target_file, fragment)
        if key not in self.hoisted:
            self.hoisted[key] = self._hoist(target_file, fragment, ref=ref, pointer=pointer, line=line, match=match)
        return self.hoisted[key]

    def _hoist(
        self, target_file: Path, fragment: str, *, ref: str, pointer: str, line: int | None, match: re.Match[str]
    ) -> str:
        source = self._read(target_file)
        if source is None or not self._check_exists(source.value, fragment, ref, pointer, line):
            return ref
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
            return ref
        components[name] = hoisted
        self._record(source, fragment, fragment)
        self._rewrite(hoisted, target_file, fragment)
        return f"#{fragment}"

    def _check_exists(self, document: Any, fragment: str, ref: str, pointer: str, line: int | None) -> bool:
        try:
            pointers.resolve(document, fragment)
        except KeyError as missing:
            where = self.locations.get(pointer)
            self.findings.append(
                Finding(
                    where.file if where else self.entry,
                    line,
                    pointer,
                    "ref-resolves",
                    f"$ref {ref!r} does not resolve: no {missing.args[0]!r}",
                )
            )
            return False
        return True
