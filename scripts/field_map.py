"""Field maps between two generations of a vendor's API, kept as data beside their specs.

A field map is a YAML file directly under `specs/` (not a spec folder). It names two spec folders
(`specs: {<old>: <folder>, <new>: <folder>}`, the old generation first) and groups of field pairs; each
group pairs an operation of each spec, and each field is a dotted path inside one element of that
operation's `200` body. The file's own header documents the keys and the conversions. This module
reads the file, finds each path's schemas in the loaded specs, and converts a value from the old
generation to what the new one sends, so tests (and mocks) derive one generation from the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from scripts import pointers, yaml_source
from scripts.findings import Finding, FindingsError
from scripts.specs import Spec

RULE = "field-map"
# conversion -> does the value survive it in a form the new generation's value can be compared with?
CONVERSIONS = {
    "same": True,
    "text": True,
    "leading-token": True,
    "codes": True,
    "signed": True,
    "reformatted": False,
}
_FIELD_KEYS = {"match", "note", "types", "values", "conversion"}
DECIMAL_TEXT = re.compile(r"-?[0-9]+(\.[0-9]+)?")


@dataclass(frozen=True)
class Side:
    """One generation's end of a group: an operation and, for wrapped bodies, the array property."""

    operation: str
    element: str | None = None


@dataclass(frozen=True)
class FieldPair:
    """A field of the old generation and where the new one sends it."""

    old: str
    new: str
    conversion: str
    pointer: str
    types: tuple[str, ...] = ()
    values: dict[str, str] = field(default_factory=dict)
    match: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Group:
    """Field pairs of one pair of operations, with the named examples that must agree."""

    name: str
    old: Side
    new: Side
    fields: tuple[FieldPair, ...]
    examples: tuple[tuple[str, str], ...]

    @property
    def match(self) -> FieldPair:
        """The pair that identifies an element (an account, a position) in both generations."""
        return next(pair for pair in self.fields if pair.match)


@dataclass(frozen=True)
class FieldMap:
    """A loaded field map: the spec folder of each generation (old first) and the groups."""

    path: Path
    folders: dict[str, str]
    groups: tuple[Group, ...]

    @property
    def labels(self) -> tuple[str, str]:
        old, new = self.folders
        return old, new


def load(path: Path) -> FieldMap:
    """Read a field map; raises FindingsError naming the line of every malformed entry."""
    source = yaml_source.read(path)
    problems = list(source.findings)
    document = source.value if isinstance(source.value, dict) else {}
    folders = document.get("specs")
    if not (isinstance(folders, dict) and len(folders) == 2 and all(isinstance(v, str) for v in folders.values())):
        line = source.lines.get("/specs")
        problems.append(Finding(path, line, "/specs", RULE, "specs must map two labels to spec folders"))
        raise FindingsError(problems)
    groups = []
    for index, raw in enumerate(document.get("groups") or []):
        where = pointers.join("/groups", index)
        try:
            groups.append(_group(raw, tuple(folders), where))
        except KeyError as exc:
            problems.append(Finding(path, source.lines.get(where), where, RULE, f"malformed group: no key {exc}"))
        except (TypeError, ValueError) as exc:
            problems.append(Finding(path, source.lines.get(where), where, RULE, f"malformed group: {exc}"))
    for group in groups:
        for pair in group.fields:
            problem = _pair_problem(pair)
            if problem:
                problems.append(Finding(path, source.lines.get(pair.pointer), pair.pointer, RULE, problem))
        if sum(pair.match for pair in group.fields) != 1:
            problems.append(Finding(path, None, "/groups", RULE, f"group {group.name!r} needs exactly one match field"))
    if problems or not groups:
        raise FindingsError(problems or [Finding(path, None, "/groups", RULE, "no groups")])
    return FieldMap(path, dict(folders), tuple(groups))


def _group(raw: dict[str, Any], labels: tuple[str, ...], where: str) -> Group:
    old, new = labels
    allowed = {old, new, *_FIELD_KEYS}
    fields = []
    for index, item in enumerate(raw["fields"]):
        unknown = set(item) - allowed
        if unknown:
            raise ValueError(f"field {index} has unknown keys {sorted(unknown)}")
        fields.append(
            FieldPair(
                old=item[old],
                new=item[new],
                conversion=item["conversion"],
                pointer=pointers.join(where, "fields", index),
                types=tuple(item.get("types") or ()),
                values=dict(item.get("values") or {}),
                match=bool(item.get("match")),
                note=item.get("note"),
            )
        )
    examples = tuple((item[old], item[new]) for item in raw.get("examples") or [])
    return Group(raw["name"], Side(**raw[old]), Side(**raw[new]), tuple(fields), examples)


def _pair_problem(pair: FieldPair) -> str | None:
    if pair.conversion not in CONVERSIONS:
        return f"unknown conversion {pair.conversion!r} (one of {sorted(CONVERSIONS)})"
    if (pair.conversion == "codes") != bool(pair.values):
        return "a `codes` conversion, and only it, has a `values` table"
    return None


def element_schemas(spec: Spec, side: Side, types: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The schemas one element of the operation's 200 body may have; of a discriminated union, those of `types`."""
    pointer = spec.response_schema_pointer(spec.operation(side.operation), 200)
    schema = _resolve(spec, pointers.resolve(spec.document, pointer))
    if side.element is not None:
        schema = _resolve(spec, _properties(spec, schema)[side.element])
    if schema.get("type") == "array":
        schema = _resolve(spec, schema["items"])
    mapping = (schema.get("discriminator") or {}).get("mapping") or {}
    if types and not mapping:
        raise LookupError(f"{side.operation}: `types` given but its element is not a discriminated union")
    if types:
        return [_resolve(spec, {"$ref": mapping[kind]}) for kind in types]
    return [_resolve(spec, variant) for variant in schema.get("oneOf") or [schema]]


def field_schema(spec: Spec, element: dict[str, Any], path: str) -> dict[str, Any]:
    """The schema of the dotted `path` inside `element`, entering arrays; LookupError names the missing step."""
    schema = element
    for step in path.split("."):
        properties = _properties(spec, schema)
        if step not in properties:
            raise LookupError(f"no property {step!r} (of {path!r}); there are {sorted(properties)}")
        schema = _resolve(spec, properties[step])
        while schema.get("type") == "array":
            schema = _resolve(spec, schema["items"])
    return schema


def values_at(element: Any, path: str) -> list[Any]:
    """The values at the dotted `path` of a body element, entering arrays; absent fields give nothing."""
    values = [element]
    for step in path.split("."):
        found: list[Any] = []
        for value in values:
            if isinstance(value, dict) and step in value:
                found.extend(_flatten(value[step]))
        values = found
    return values


def body_elements(body: Any, side: Side) -> list[Any]:
    """The elements of a 200 body: the body itself when it is an array, else its `element` array."""
    elements = body if side.element is None else body[side.element]
    return list(elements)


def convert(pair: FieldPair, old_value: Any) -> Any:
    """What the new generation sends for the old one's value, in `normalise`d form; None if not comparable."""
    if not CONVERSIONS[pair.conversion]:
        return None
    if pair.conversion == "codes":
        value = pair.values[old_value]
    elif pair.conversion == "leading-token":
        value = str(old_value).split(" ", 1)[0]
    elif pair.conversion == "text":
        value = str(old_value)
    else:
        value = old_value
    return normalise(pair, value)


def normalise(pair: FieldPair, value: Any) -> Any:
    """The form values are compared in: amounts (JSON numbers or decimal text) as Decimals, magnitudes when `signed`."""
    number = _number(value)
    if number is None or pair.conversion not in ("same", "signed"):
        return value
    return abs(number) if pair.conversion == "signed" else number


def _number(value: Any) -> Decimal | None:
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str) and DECIMAL_TEXT.fullmatch(value):
        return Decimal(value)
    return None


def _flatten(value: Any) -> Iterator[Any]:
    if isinstance(value, list):
        for item in value:
            yield from _flatten(item)
    else:
        yield value


def _resolve(spec: Spec, schema: Any) -> dict[str, Any]:
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        schema = spec.resolve(schema["$ref"])
    if not isinstance(schema, dict):
        raise LookupError(f"not a schema: {schema!r}")
    return schema


def _properties(spec: Spec, schema: dict[str, Any]) -> dict[str, Any]:
    """Every property a schema declares, through `$ref` and `allOf`."""
    merged: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        merged.update(_properties(spec, _resolve(spec, part)))
    merged.update(schema.get("properties") or {})
    return merged
