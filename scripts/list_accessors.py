"""`x-list-accessor`: a method, generated in both packages, that turns a one-or-many collection into a list.

Some vendors render an empty collection as a marker (the string `"null"`), one item as an object and
several as an array. A component schema that wraps such a collection declares

    x-list-accessor:
      method: position_list            # the method generated on this component's classes
      path: [positions, position]      # property names leading from the component to the items
      description: ...                 # optional: the method's docstring

Every step but the last must be a property whose value is one named object component, possibly
beside non-object alternatives (the marker), which mean "no items". The last step's value is an
item, an array of items, or `oneOf` both; an item is a named component (an object, or a `oneOf` of
named object components) or a plain string, integer or boolean. The method returns `list[Item]`.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from typing import Any

from scripts import pointers

EXTENSION = "x-list-accessor"
SCALAR_TYPES = {"string": "str", "integer": "int", "boolean": "bool"}
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_CLASS_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_COMPONENT = re.compile(r"^#/components/schemas/([^/]+)$")


@dataclass(frozen=True)
class ListAccessor:
    """One declared accessor: `owner.method()` returns the items at `path` as a list of `kinds`."""

    owner: str
    method: str
    path: tuple[str, ...]
    kinds: tuple[str, ...]  # component names of the item classes, or Python scalar type names
    description: str

    @property
    def wire_path(self) -> str:
        return ".".join(self.path)


class AccessorError(ValueError):
    """A malformed `x-list-accessor`; `pointer` is where in the document."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(message)
        self.pointer = pointer


def parse_all(document: dict[str, Any]) -> tuple[list[ListAccessor], list[AccessorError]]:
    """Every accessor the document declares, in document order, and the problems of the malformed ones."""
    accessors, problems = [], []
    for name, schema in (document.get("components", {}).get("schemas") or {}).items():
        if isinstance(schema, dict) and EXTENSION in schema:
            try:
                accessors.append(parse(document, name))
            except AccessorError as problem:
                problems.append(problem)
    return accessors, problems


def accessors_of(document: dict[str, Any]) -> list[ListAccessor]:
    """Every accessor; raises the first AccessorError (the lint rule reports them all)."""
    accessors, problems = parse_all(document)
    if problems:
        raise problems[0]
    return accessors


def parse(document: dict[str, Any], owner: str) -> ListAccessor:
    """The accessor declared on component schema `owner`, checked against the schemas it walks."""
    where = pointers.join("/components/schemas", owner, EXTENSION)
    declared = document["components"]["schemas"][owner][EXTENSION]
    if not isinstance(declared, dict) or set(declared) - {"method", "path", "description"}:
        raise AccessorError(where, "must be a mapping with 'method', 'path' and optionally 'description'")
    method, path = declared.get("method"), declared.get("path")
    if not _CLASS_NAME.match(owner):
        raise AccessorError(where, f"the component name {owner!r} must be a PascalCase class name")
    if not isinstance(method, str) or not _IDENTIFIER.match(method) or keyword.iskeyword(method):
        raise AccessorError(pointers.join(where, "method"), f"method {method!r} must be a snake_case identifier")
    if not isinstance(path, list) or not path or not all(isinstance(step, str) for step in path):
        raise AccessorError(pointers.join(where, "path"), "path must be a non-empty list of property names")
    for step in path:
        if not _IDENTIFIER.match(step) or keyword.iskeyword(step):
            raise AccessorError(pointers.join(where, "path"), f"{step!r} must be a snake_case property name")
    if method in (document["components"]["schemas"][owner].get("properties") or {}):
        raise AccessorError(pointers.join(where, "method"), f"method {method!r} is also a property of {owner}")
    current = owner
    for step in path[:-1]:
        current = _object_step(document, current, step, where)
    kinds = _item_kinds(document, _property(document, current, path[-1], where), f"{current}.{path[-1]}", where)
    description = (
        declared.get("description") or f"The items at `{'.'.join(path)}` as a plain list, whatever the wire form."
    )
    return ListAccessor(owner, method, tuple(path), kinds, " ".join(str(description).split()))


def _property(document: dict[str, Any], component: str, name: str, where: str) -> dict[str, Any]:
    schema = document["components"]["schemas"][component]
    prop = (schema.get("properties") or {}).get(name) if isinstance(schema, dict) else None
    if not isinstance(prop, dict):
        raise AccessorError(where, f"{component} has no property {name!r}")
    return prop


def _object_step(document: dict[str, Any], component: str, name: str, where: str) -> str:
    """The one named object component that property `name` of `component` may hold."""
    prop = _property(document, component, name, where)
    objects = [variant for variant in _variants(prop) if _is_object(_resolve(document, variant))]
    names = [_component_name(variant) for variant in objects]
    if len(objects) != 1 or names[0] is None:
        raise AccessorError(
            where, f"{component}.{name} must hold exactly one named object component (beside non-object markers)"
        )
    return str(names[0])


def _item_kinds(document: dict[str, Any], prop: dict[str, Any], label: str, where: str) -> tuple[str, ...]:
    """The item types of the last step: one item, an array of items, or oneOf both (the same item)."""
    items = []
    for variant in _variants(prop):
        resolved = _resolve(document, variant)
        items.append(resolved["items"] if resolved.get("type") == "array" and "items" in resolved else variant)
    if not items or any(item != items[0] for item in items):
        raise AccessorError(where, f"{label} must hold an item, an array of that item, or oneOf both")
    item = items[0]
    name = _component_name(item)
    if name is None:
        scalar = SCALAR_TYPES.get(str(item.get("type")))
        if scalar is None:
            raise AccessorError(
                where, f"the items of {label} must be a named component or a string, integer or boolean"
            )
        return (scalar,)
    target = _resolve(document, item)
    if _is_object(target):
        return (_class_name(name, where),)
    variants = [_component_name(v) for v in target.get("oneOf") or []]
    if not variants or any(
        v is None or not _is_object(_resolve(document, {"$ref": f"#/components/schemas/{v}"})) for v in variants
    ):
        raise AccessorError(where, f"the items of {label} ({name}) must be an object or a oneOf of named objects")
    return tuple(_class_name(str(v), where) for v in variants)


def _variants(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return list(schema["oneOf"]) if isinstance(schema.get("oneOf"), list) else [schema]


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    target = pointers.resolve(document, ref.removeprefix("#")) if isinstance(ref, str) else schema
    return target if isinstance(target, dict) else {}


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema or "allOf" in schema


def _component_name(schema: Any) -> str | None:
    match = _COMPONENT.match(str(schema.get("$ref", ""))) if isinstance(schema, dict) else None
    return match.group(1) if match else None


def _class_name(name: str, where: str) -> str:
    if not _CLASS_NAME.match(name):
        raise AccessorError(where, f"item component {name!r} must have a PascalCase class name")
    return name
