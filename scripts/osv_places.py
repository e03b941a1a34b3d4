"""Where in the document an openapi-spec-validator keyword error belongs.

openapi-spec-validator reports its own checks (duplicate operationIds, path parameters, duplicate
parameters and tags, `required` names an `allOf` does not declare) without a path. Each message names
enough to find the place again: the second operation using the id, the path item whose template and
parameters disagree, the repeated parameter or tag, the `required` list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from scripts import pointers, schema_walk

_OPERATION_ID = re.compile(r"^Operation ID '.*' for '(?P<method>\w+)' in '(?P<url>.*)' is not unique$", re.S)
_PATH_PARAMETER = re.compile(r"^Path parameter '.*' for '\w+' operation in '(?P<url>.*)' was not resolved$", re.S)
_DUPLICATE_PARAMETER = re.compile(r"^Duplicate parameter '(?P<name>.*)'$", re.S)
_DUPLICATE_TAG = re.compile(r"^Duplicate tag name '(?P<name>.*)'$", re.S)
_REQUIRED = re.compile(r"^Required list has not defined properties: ", re.S)


def keyword_error_pointer(document: dict[str, Any], message: str, placed: set[str]) -> str | None:
    """The pointer of the place the error `message` is about (the first not yet `placed`), or None."""
    candidates: Iterable[str] = ()
    if match := _OPERATION_ID.match(message):
        candidates = [pointers.join("/paths", match["url"], match["method"], "operationId")]
    elif match := _PATH_PARAMETER.match(message):
        candidates = [pointers.join("/paths", match["url"])]
    elif match := _DUPLICATE_PARAMETER.match(message):
        candidates = _repeated_parameters(document, match["name"])
    elif match := _DUPLICATE_TAG.match(message):
        candidates = _repeated_tags(document, match["name"])
    elif _REQUIRED.match(message):
        candidates = _required_lists(document)
    for pointer in candidates:
        if pointer not in placed and _exists(document, pointer):
            placed.add(pointer)
            return pointer
    return None


def _exists(document: dict[str, Any], pointer: str) -> bool:
    try:
        pointers.resolve(document, pointer)
    except KeyError:
        return False
    return True


def _repeated_parameters(document: dict[str, Any], name: str) -> Iterator[str]:
    """Each parameter named `name` that repeats an earlier one (same `in`) of its list."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        lists = [(pointers.join("/paths", path, "parameters"), item.get("parameters"))]
        lists += [
            (pointers.join("/paths", path, key, "parameters"), op.get("parameters"))
            for key, op in item.items()
            if isinstance(op, dict)
        ]
        for where, parameters in lists:
            seen: set[Any] = set()
            for index, parameter in enumerate(parameters if isinstance(parameters, list) else []):
                resolved = _resolved(document, parameter)
                key = (resolved.get("name"), resolved.get("in"))
                if key in seen and key[0] == name:
                    yield pointers.join(where, index)
                seen.add(key)


def _resolved(document: dict[str, Any], node: Any) -> dict[str, Any]:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        try:
            node = pointers.resolve(document, node["$ref"][1:])
        except KeyError:
            return {}
    return node if isinstance(node, dict) else {}


def _repeated_tags(document: dict[str, Any], name: str) -> Iterator[str]:
    seen = 0
    for index, tag in enumerate(document.get("tags") or []):
        if isinstance(tag, dict) and tag.get("name") == name:
            seen += 1
            if seen > 1:
                yield pointers.join("/tags", index)


def _required_lists(document: dict[str, Any]) -> Iterator[str]:
    """The `required` of each schema with `allOf` that names a property none of its parts declares."""
    for pointer, schema in schema_walk.iter_schemas(document):
        if "allOf" in schema and isinstance(schema.get("required"), list):
            declared = set(schema.get("properties") or {})
            for part in schema["allOf"]:
                declared |= set(_resolved(document, part).get("properties") or {})
            if set(map(str, schema["required"])) - declared:
                yield pointers.join(pointer, "required")
