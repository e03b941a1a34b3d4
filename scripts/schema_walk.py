"""Walk an OpenAPI 3.1 document: every schema, and every example with the schema it must satisfy."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scripts import pointers

SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_SINGLE = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)
_HAS_SCHEMA = ("parameters", "headers", "requestBodies", "responses")


@dataclass(frozen=True)
class ExampleSite:
    """An example value, where it is written, and the pointer of the schema it must satisfy."""

    pointer: str
    value: Any
    schema_pointer: str


def iter_schemas(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object written in the document (referenced ones are visited where defined)."""
    for root in _schema_roots(document):
        yield from _walk_schema(pointers.resolve(document, root), root)


def iter_examples(document: dict[str, Any]) -> Iterator[ExampleSite]:
    """Every example: media types, parameters and headers (`example`, `examples`) and schemas (`examples`)."""
    for pointer, holder in _objects_with_schema(document):
        schema_pointer = pointers.join(pointer, "schema")
        if "example" in holder:
            yield ExampleSite(pointers.join(pointer, "example"), holder["example"], schema_pointer)
        for name, written in _mapping(holder.get("examples")).items():
            example_pointer = pointers.join(pointer, "examples", name)
            if isinstance(written, dict) and isinstance(written.get("$ref"), str):
                example_pointer = written["$ref"].removeprefix("#")
            example = pointers.resolve(document, example_pointer)
            if isinstance(example, dict) and "value" in example:
                yield ExampleSite(pointers.join(example_pointer, "value"), example["value"], schema_pointer)
    for pointer, schema in iter_schemas(document):
        for index, value in enumerate(_sequence(schema.get("examples"))):
            yield ExampleSite(pointers.join(pointer, "examples", index), value, pointer)


def _schema_roots(document: dict[str, Any]) -> Iterator[str]:
    for name in _mapping(_mapping(document.get("components")).get("schemas")):
        yield pointers.join("/components/schemas", name)
    for pointer, _holder in _objects_with_schema(document):
        yield pointers.join(pointer, "schema")


def _objects_with_schema(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Parameters, headers and media types: the objects that carry a `schema` and examples."""

    def visit(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if isinstance(node, dict):
            if "$ref" in node:
                return
            if isinstance(node.get("schema"), dict):
                yield pointer, node
            for key, value in node.items():
                if key not in ("schema", "examples", "example"):
                    yield from visit(value, pointers.join(pointer, key))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from visit(item, pointers.join(pointer, index))

    yield from visit(document.get("paths") or {}, "/paths")
    components = _mapping(document.get("components"))
    for kind in _HAS_SCHEMA:
        yield from visit(components.get(kind) or {}, pointers.join("/components", kind))


def _walk_schema(schema: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(schema, dict):
        return
    yield pointer, schema
    for key in SUBSCHEMA_MAPS:
        for name, sub in _mapping(schema.get(key)).items():
            yield from _walk_schema(sub, pointers.join(pointer, key, name))
    for key in SUBSCHEMA_LISTS:
        for index, sub in enumerate(_sequence(schema.get(key))):
            yield from _walk_schema(sub, pointers.join(pointer, key, index))
    for key in SUBSCHEMA_SINGLE:
        if isinstance(schema.get(key), dict):
            yield from _walk_schema(schema[key], pointers.join(pointer, key))


def _mapping(value: Any) -> dict[str, Any]:
    """`value` when it is a mapping, else an empty one: the walks tolerate documents of the wrong shape."""
    return value if isinstance(value, dict) else {}


def _sequence(value: Any) -> list[Any]:
    """`value` when it is a list, else an empty one."""
    return value if isinstance(value, list) else []
