"""Which properties a response schema declares, and which ones a set of bodies actually carries.

Used to show that the mock sends every field of the current API: every non-deprecated property of
a response schema must appear in at least one body the mock serves.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any


def declared(schema: dict[str, Any], path: str = "") -> Iterator[str]:
    """Paths (`data.sod.asof`, `data[].symbol`) of every non-deprecated property under `schema`."""
    if not isinstance(schema, dict) or schema.get("deprecated"):
        return
    for part in [*(schema.get("allOf") or []), *(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]:
        yield from declared(part, path)
    if isinstance(schema.get("items"), dict):
        yield from declared(schema["items"], f"{path}[]")
    for name, sub in (schema.get("properties") or {}).items():
        if isinstance(sub, dict) and not sub.get("deprecated"):
            child = f"{path}.{name}" if path else name
            yield child
            yield from declared(sub, child)


def missing(schema: dict[str, Any], bodies: Iterable[Any]) -> set[str]:
    """Declared properties that no body carries; the inside of an object sent as null is not required."""
    seen = present(bodies)
    nulls = {path for path in seen if path.endswith("\0")}
    return {
        path
        for path in declared(schema)
        if path not in seen and not any(path.startswith(null[:-1] + ".") for null in nulls)
    }


def present(bodies: Iterable[Any]) -> set[str]:
    """Paths of every property carried by any of the bodies; a null value also adds `path` + NUL."""
    found: set[str] = set()

    def walk(value: Any, path: str) -> None:
        if value is None:
            found.add(path + "\0")
        if isinstance(value, dict):
            for name, sub in value.items():
                child = f"{path}.{name}" if path else name
                found.add(child)
                walk(sub, child)
        elif isinstance(value, list):
            for item in value:
                walk(item, f"{path}[]")

    for body in bodies:
        walk(body, "")
    return found
