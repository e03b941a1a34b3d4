"""The spec extensions the generated clients read, parsed and checked once for the lint rules and the generator.

- `x-retry-safe: true|false` on every operation that is not a GET: whether the client may repeat it after a
  connection error, a timeout, 408, 429 or 5xx (a GET always may, and declares nothing).
- `x-quota-signal` on an error response (of an operation or under `components/responses`): the vendor says
  "over quota" with this status rather than 429. `{media-type: text/plain, pattern: '^Quota Violation'}`:
  a response of that status whose Content-Type is `media-type` (and whose text matches `pattern`, when
  given) raises `RateLimitError` and is retried like a 429.
- `x-request-id` at the document root: where the vendor's request id is, `{header: X-Request-Id}` and/or
  `{body: [metadata, request_id]}` (property names from a JSON body's root); errors and detailed responses
  carry it.
- `x-pagination` on a paginated GET operation (see `Pagination`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scripts import pointers

RETRY_SAFE = "x-retry-safe"
QUOTA_SIGNAL = "x-quota-signal"
REQUEST_ID = "x-request-id"
PAGINATION = "x-pagination"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TOKEN = re.compile(r"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$")
_COMPONENT = re.compile(r"^#/components/schemas/([^/]+)$")


class ExtensionError(ValueError):
    """A malformed extension; `pointer` is where in the document."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(message)
        self.pointer = pointer


@dataclass(frozen=True)
class QuotaSignal:
    """A response of `status` in `media_type` (matching `pattern`) means "over quota"."""

    status: str
    media_type: str
    pattern: str | None


@dataclass(frozen=True)
class RequestId:
    """Where the vendor sends its request id: a response header, a path in JSON bodies, or both."""

    header: str | None
    body: tuple[str, ...]


@dataclass(frozen=True)
class Pagination:
    """An operation's `x-pagination`, e.g. for a cursor

        x-pagination: {style: cursor, page-param: page_token, size-param: page_size,
                       items: [data], next: [metadata, next_page_token]}

    and for numbered pages

        x-pagination: {style: page, page-param: page, first-page: 1, size-param: limit, items: [history, event]}

    - `style`: `cursor` (the next request sends the cursor read at `next`) or `page` (page numbers
      from `first-page`, one more each request).
    - `page-param`, `size-param`: the operation's query parameters for the cursor or page number and
      for the page size (optional).
    - `items`: property names from the body to the page's items (`[]`: the body is the array). The
      items may be one-or-many: a marker such as `"null"` or a JSON null means none, one object one.
      A body whose schema alternative is a bare array holds every item (a single page).
    - `next`: property names to the next cursor (cursor style) or to a next-page link (page style,
      optional). Absent, `null` or `""` ends the pages.

    Iteration ends at an empty page, at the end of `next` when declared, and otherwise (page style) at a
    page shorter than the page size the caller asked for.
    """

    operation_id: str
    style: str
    page_param: str
    size_param: str | None
    first_page: int | None
    items: tuple[str, ...]
    next: tuple[str, ...] | None
    item_kinds: tuple[str, ...]  # component names of the item classes


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(pointer, method, operation) of every operation, in document order."""
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield pointers.join("/paths", path, method), method, item[method]


def retry_safe(method: str, operation: dict[str, Any]) -> bool:
    """Whether the client may repeat the operation: a GET always, anything else as the spec declares."""
    return method == "get" or operation.get(RETRY_SAFE) is True


def retry_safety_problems(document: dict[str, Any]) -> Iterator[ExtensionError]:
    for pointer, method, operation in operations(document):
        where = pointers.join(pointer, RETRY_SAFE)
        declared = operation.get(RETRY_SAFE)
        if method == "get":
            if RETRY_SAFE in operation:
                yield ExtensionError(where, "a GET is always safe to repeat: remove the declaration")
        elif not isinstance(declared, bool):
            yield ExtensionError(
                pointer if declared is None else where,
                f"a {method.upper()} must declare {RETRY_SAFE}: true or false (may the client repeat it?)",
            )


def _response(document: dict[str, Any], response: Any) -> tuple[str | None, dict[str, Any]]:
    """(pointer of the component if a $ref, the response object)."""
    if isinstance(response, dict) and isinstance(response.get("$ref"), str):
        target = pointers.resolve(document, response["$ref"].removeprefix("#"))
        return response["$ref"].removeprefix("#"), target if isinstance(target, dict) else {}
    return None, response if isinstance(response, dict) else {}


def quota_signals(document: dict[str, Any], operation: dict[str, Any]) -> list[QuotaSignal]:
    """The quota signals of an operation's responses (assumed checked)."""
    result = []
    for status, response in (operation.get("responses") or {}).items():
        declared = _response(document, response)[1].get(QUOTA_SIGNAL)
        if isinstance(declared, dict):
            result.append(QuotaSignal(str(status), str(declared["media-type"]), declared.get("pattern")))
    return result


def quota_signal_problems(document: dict[str, Any]) -> Iterator[ExtensionError]:
    checked: set[str] = set()
    for pointer, _, operation in operations(document):
        for status, response in (operation.get("responses") or {}).items():
            component, target = _response(document, response)
            where = pointers.join(component or pointers.join(pointer, "responses", str(status)), QUOTA_SIGNAL)
            if QUOTA_SIGNAL not in target or where in checked:
                continue
            checked.add(where)
            yield from _quota_signal_problems(where, str(status), target)


def _quota_signal_problems(where: str, status: str, response: dict[str, Any]) -> Iterator[ExtensionError]:
    declared = response[QUOTA_SIGNAL]
    if not isinstance(declared, dict) or set(declared) - {"media-type", "pattern"} or "media-type" not in declared:
        yield ExtensionError(where, "must be a mapping with 'media-type' and optionally 'pattern'")
        return
    if status[0] not in "45":
        yield ExtensionError(where, f"a quota signal belongs on an error status, not {status}")
    if declared["media-type"] not in (response.get("content") or {}):
        yield ExtensionError(
            pointers.join(where, "media-type"), f"{declared['media-type']!r} is not a media type of this response"
        )
    pattern = declared.get("pattern")
    try:
        re.compile(pattern if isinstance(pattern, str) else "")
    except re.error as exc:
        yield ExtensionError(pointers.join(where, "pattern"), f"pattern {pattern!r} is not a regular expression: {exc}")
    if pattern is not None and not isinstance(pattern, str):
        yield ExtensionError(pointers.join(where, "pattern"), "pattern must be a string")


def request_id(document: dict[str, Any]) -> RequestId:
    """The document's `x-request-id` (assumed checked), or nothing."""
    declared = document.get(REQUEST_ID) or {}
    return RequestId(declared.get("header"), tuple(declared.get("body") or ()))


def request_id_problems(document: dict[str, Any]) -> Iterator[ExtensionError]:
    if REQUEST_ID not in document:
        return
    where = "/" + REQUEST_ID
    declared = document[REQUEST_ID]
    if not isinstance(declared, dict) or not declared or set(declared) - {"header", "body"}:
        yield ExtensionError(where, "must be a mapping with 'header' and/or 'body'")
        return
    header, body = declared.get("header"), declared.get("body")
    if header is not None and not (isinstance(header, str) and _TOKEN.match(header)):
        yield ExtensionError(pointers.join(where, "header"), f"{header!r} is not a header name")
    if body is None:
        return
    if not isinstance(body, list) or not body or not all(isinstance(step, str) for step in body):
        yield ExtensionError(pointers.join(where, "body"), "body must be a non-empty list of property names")
        return
    bodies = [schema for _, _, operation in operations(document) for schema in _json_schemas(document, operation)]
    if not any(_walk(document, schema, body) for schema in bodies):
        yield ExtensionError(pointers.join(where, "body"), f"no JSON response body has the property path {body}")


def _json_schemas(document: dict[str, Any], operation: dict[str, Any], success: bool | None = None) -> list[Any]:
    """The JSON schemas of an operation's responses (only 2XX ones if `success`, only others if False)."""
    result = []
    for status, response in (operation.get("responses") or {}).items():
        if success is not None and str(status).startswith("2") != success:
            continue
        for media, content in (_response(document, response)[1].get("content") or {}).items():
            if "json" in media and isinstance(content, dict) and "schema" in content:
                result.append(content["schema"])
    return result


def _resolve(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        schema = pointers.resolve(document, schema["$ref"].removeprefix("#"))
    return schema if isinstance(schema, dict) else {}


def _alternatives(document: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """The alternatives a value of `schema` may take (oneOf/anyOf expanded, allOf merged), resolved."""
    resolved = _resolve(document, schema)
    for keyword in ("oneOf", "anyOf"):
        if isinstance(resolved.get(keyword), list):
            return [alt for variant in resolved[keyword] for alt in _alternatives(document, variant)]
    if isinstance(resolved.get("allOf"), list):
        merged: dict[str, Any] = {"type": "object", "properties": {}}
        for part in resolved["allOf"]:
            for alternative in _alternatives(document, part):
                merged["properties"].update(alternative.get("properties") or {})
        merged["properties"].update(resolved.get("properties") or {})
        return [merged]
    return [resolved]


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return {str(t) for t in declared}
    if declared is None and "properties" in schema:
        return {"object"}
    if declared is None and "const" in schema:
        return {type(schema["const"]).__name__.replace("str", "string")}
    return {str(declared)} if declared else set()


def _walk(document: dict[str, Any], schema: Any, path: list[str] | tuple[str, ...]) -> list[dict[str, Any]]:
    """The schemas reached by following `path` from every object alternative ([] if a step is missing)."""
    reached = [schema]
    for step in path:
        following = []
        for current in reached:
            for alternative in _alternatives(document, current):
                if "object" in _types(alternative):
                    prop = (alternative.get("properties") or {}).get(step)
                    if prop is None:
                        return []
                    following.append(prop)
        if not following:
            return []
        reached = following
    return reached


def pagination(document: dict[str, Any], operation: dict[str, Any]) -> Pagination | None:
    """The operation's `x-pagination`, or None; raises ExtensionError when malformed."""
    if PAGINATION not in operation:
        return None
    where = pointers.join(_pointer_of(document, operation), PAGINATION)
    declared = operation[PAGINATION]
    allowed = {"style", "page-param", "size-param", "first-page", "items", "next"}
    if not isinstance(declared, dict) or set(declared) - allowed:
        raise ExtensionError(where, f"must be a mapping with keys among {sorted(allowed)}")
    style = declared.get("style")
    if style not in ("cursor", "page"):
        raise ExtensionError(pointers.join(where, "style"), f"style {style!r} must be 'cursor' or 'page'")
    query = _query_parameters(document, operation)
    page_param, size_param = declared.get("page-param"), declared.get("size-param")
    for key, name in (("page-param", page_param), ("size-param", size_param)):
        if (name is not None or key == "page-param") and name not in query:
            raise ExtensionError(pointers.join(where, key), f"{name!r} is not a query parameter of the operation")
    first_page = declared.get("first-page")
    if style == "page" and (not isinstance(first_page, int) or isinstance(first_page, bool) or first_page < 0):
        raise ExtensionError(where, "a page style needs 'first-page', the number of the first page (0 or more)")
    if style == "cursor" and ("first-page" in declared or "next" not in declared):
        raise ExtensionError(where, "a cursor style reads 'next' (the cursor's path) and has no 'first-page'")
    items, following = _path(declared, "items", where, allow_empty=True), None
    if "next" in declared:
        following = _path(declared, "next", where, allow_empty=False)
    bodies = _json_schemas(document, operation, success=True)
    if not bodies:
        raise ExtensionError(where, "the operation has no JSON success body to page through")
    kinds: list[str] = []
    for body in bodies:
        kinds.extend(_item_kinds(document, body, items, pointers.join(where, "items")))
        if following and not any(
            _types(alt) & {"string", "integer"}
            for reached in _walk(document, body, following)
            for alt in _alternatives(document, reached)
        ):
            raise ExtensionError(
                pointers.join(where, "next"), f"the success body has no string or integer at {list(following)}"
            )
    return Pagination(
        str(operation.get("operationId")),
        str(style),
        str(page_param),
        size_param,
        first_page if style == "page" else None,
        items,
        following,
        tuple(dict.fromkeys(kinds)),
    )


def _pointer_of(document: dict[str, Any], operation: dict[str, Any]) -> str:
    return next(pointer for pointer, _, candidate in operations(document) if candidate is operation)


def _path(declared: dict[str, Any], key: str, where: str, *, allow_empty: bool) -> tuple[str, ...]:
    value = declared.get(key)
    if not isinstance(value, list) or not all(isinstance(s, str) and s for s in value) or not (value or allow_empty):
        raise ExtensionError(pointers.join(where, key), f"{key} must be a list of property names")
    return tuple(value)


def _query_parameters(document: dict[str, Any], operation: dict[str, Any]) -> set[str]:
    names = set()
    for parameter in operation.get("parameters") or []:
        resolved = _resolve(document, parameter)
        if resolved.get("in") == "query":
            names.add(str(resolved.get("name")))
    return names


def _item_kinds(document: dict[str, Any], body: Any, items: tuple[str, ...], where: str) -> list[str]:
    """Component names of the items of every alternative of `body` (a bare array holds them all)."""
    collections = [alt for alt in _alternatives(document, body) if "array" in _types(alt)] if items else []
    collections += _walk(document, body, items) if items else [body]
    if not collections:
        raise ExtensionError(where, f"the success body has no property path {list(items)}")
    kinds = []
    for collection in collections:
        for alternative in _alternatives_keeping_refs(document, collection):
            if "array" in _types(_resolve(document, alternative)):
                kinds.extend(_named(document, _resolve(document, alternative).get("items"), where))
            elif "object" in _types(_resolve(document, alternative)) or _COMPONENT.match(
                str(alternative.get("$ref", ""))
            ):
                kinds.extend(_named(document, alternative, where))
    if not kinds:
        raise ExtensionError(where, f"nothing at {list(items)} is an array or an object of items")
    return kinds


def _alternatives_keeping_refs(document: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """oneOf/anyOf alternatives of `schema`, each still a `$ref` where it was one."""
    resolved = _resolve(document, schema)
    for keyword in ("oneOf", "anyOf"):
        if isinstance(resolved.get(keyword), list):
            return [alt for variant in resolved[keyword] for alt in _alternatives_keeping_refs(document, variant)]
    return [schema if isinstance(schema, dict) else {}]


def _named(document: dict[str, Any], item: Any, where: str) -> list[str]:
    """An item schema as component names: a named object, or a named oneOf of named objects."""
    match = _COMPONENT.match(str(item.get("$ref", ""))) if isinstance(item, dict) else None
    if match is None:
        raise ExtensionError(where, "the items must be a named component (`$ref: '#/components/schemas/...'`)")
    target = _resolve(document, item)
    variants = target.get("oneOf") if isinstance(target.get("oneOf"), list) else None
    if variants is None:
        return [match.group(1)]
    return [name for variant in variants for name in _named(document, variant, where)]


def pagination_problems(document: dict[str, Any]) -> Iterator[ExtensionError]:
    for pointer, method, operation in operations(document):
        if PAGINATION not in operation:
            continue
        if method != "get":
            yield ExtensionError(pointers.join(pointer, PAGINATION), "only a GET can be paged through")
            continue
        try:
            pagination(document, operation)
        except ExtensionError as problem:
            yield problem
