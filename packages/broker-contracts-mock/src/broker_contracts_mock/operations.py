"""Compile a spec into what the mock needs per operation: a route, typed parameters, body and response validators.

Everything here is read from the spec; nothing is restated. Schemas are validated with jsonschema-rs
(compiled once, fast enough for the request path); OpenAPI's `int32`/`int64` formats become numeric
bounds, and `format: decimal` is left to the `pattern` beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any
from urllib.parse import unquote, unquote_plus

import jsonschema_rs

from broker_contracts_mock.served_specs import ServedSpec

_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
# Longer integer texts stay text (so the schema rejects them): no parameter needs them, and Python
# refuses to convert more than 4,300 digits.
_MAX_INTEGER_DIGITS = 64
# How deep a JSON request body may nest arrays and objects (the vendors' bodies nest one or two levels;
# the schema validator gives up at a few hundred).
MAX_NESTING = 32
_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_PARAMETER = re.compile(r"\{([^}/]+)\}")
_NOT_VALIDATION = frozenset({"discriminator", "xml", "externalDocs", "example", "examples"})
# JSON Schema 2020-12 keywords whose values hold subschemas: a map of them, a list of them, or one.
_SUBSCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_SINGLE = frozenset(
    {"items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"}
    | {"unevaluatedItems", "unevaluatedProperties"}
)


class Invalid(Exception):
    """A request part breaks the contract; the message names the part and the cause. When a declared
    parameter is at fault, `parameter` is it and `value` its text as sent (None: it is missing)."""

    def __init__(self, message: str, parameter: Parameter | None = None, value: str | None = None) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.value = value


@dataclass(frozen=True)
class SchemaCheck:
    """A compiled schema: `problem(value)` is None when valid, else a one-line reason."""

    schema: dict[str, Any]
    validator: Any

    @classmethod
    def compile(cls, schema: dict[str, Any]) -> SchemaCheck:
        prepared = _for_jsonschema(schema)
        return cls(schema, jsonschema_rs.validator_for(prepared, validate_formats=True))

    def problem(self, value: Any) -> str | None:
        if self.validator.is_valid(value):
            return None
        error = _most_specific(next(iter(self.validator.iter_errors(value))))
        where = "/".join(str(part) for part in error.instance_path)
        return f"{'/' + where + ': ' if where else ''}{error.message}"


def _most_specific(error: Any) -> Any:
    """For a value no alternative of a oneOf/anyOf accepts, the alternative's error that lies deepest in
    the value, when one lies deeper than the oneOf itself (`/cancel_orders: "yes" is not of types ...`
    rather than "... not valid under any of the schemas listed in the 'oneOf' keyword")."""
    context = getattr(error.kind, "context", None) or []
    inner = [_most_specific(sub) for group in context for sub in group]
    deepest = max(inner, key=lambda sub: len(sub.instance_path), default=error)
    return deepest if len(deepest.instance_path) > len(error.instance_path) else error


@dataclass(frozen=True)
class Parameter:
    """A declared parameter and how to turn its raw text into a typed value."""

    name: str
    location: str
    required: bool
    kind: str
    item_kind: str | None
    explode: bool
    check: SchemaCheck

    @property
    def label(self) -> str:
        return f"{self.location} parameter {self.name!r}"

    def parse(self, raw: list[str]) -> Any:
        """The typed value of the raw occurrences, each still percent-encoded; raises Invalid.

        An unexploded array (`style: form, explode: false`) is split on its commas after decoding, as
        the vendors' servers do: `AAPL,TSLA` and `AAPL%2CTSLA` (what generated clients and SDKs send)
        are the same two items.
        """
        if len(raw) == 1 and self.kind != "array":  # the common case, without the lists below
            text, location = raw[0], self.location
            if location == "path" and "%" in text:
                text = _decode(text, self.label, path=True)
            elif location == "query" and ("%" in text or "+" in text):
                text = _decode(text, self.label)
            value: Any = _coerce(text, self.kind)
            if self.check.validator.is_valid(value):
                return value
            raise Invalid(f"{self.label}: {self.check.problem(value)}", self, text)
        if self.location == "path":
            raw = [raw[0] if "%" not in raw[0] else _decode(raw[0], self.label, path=True)]
        elif self.location == "query":
            raw = [text if "%" not in text and "+" not in text else _decode(text, self.label) for text in raw]
            if self.kind == "array" and not self.explode:
                raw = [item for text in raw for item in text.split(",")]
        if self.kind == "array":
            value = [_coerce(item, self.item_kind or "string") for item in raw]
        elif len(raw) > 1:
            raise Invalid(f"{self.label} is given {len(raw)} times", self, ",".join(raw))
        else:
            value = _coerce(raw[0], self.kind)
        problem = self.check.problem(value)
        if problem:
            raise Invalid(f"{self.label}: {problem}", self, ",".join(raw))
        return value

    def accepts_text(self, raw: str) -> bool:
        """Whether the parameter is a string one that takes `raw` (percent-encoded) as it is."""
        try:
            text = unquote(raw, errors="strict")
        except UnicodeDecodeError:
            return False
        return self.kind == "string" and bool(self.check.validator.is_valid(text))

    @cached_property
    def header(self) -> str:
        """The name of the header that carries it, in lower case (as the request's headers are keyed)."""
        return self.name.lower()

    @cached_property
    def listed(self) -> list[str]:
        return _listed_values(self.check.schema)

    def negotiate(self, header: str) -> None:
        """Content negotiation against a declared `Accept` parameter: some media range of the header
        must admit a value the parameter's schema allows (`*/*` and `type/*` are wildcards); raises Invalid."""
        listed = self.listed
        for media_range in header.split(","):
            media = media_range.split(";")[0].strip().lower()
            if media == "*/*":
                return
            if media.endswith("/*") and (not listed or any(v.lower().startswith(media[:-1]) for v in listed)):
                return
            if media and self.check.problem(media) is None:
                return
        allowed = f"one of {listed}" if listed else "a media type its schema allows"
        raise Invalid(f"{self.label}: {header!r} admits none of the media types served; send {allowed}")


@dataclass(frozen=True)
class Body:
    """The declared request body."""

    required: bool
    media_types: tuple[str, ...]
    check: SchemaCheck | None


@dataclass(frozen=True)
class Response:
    """A documented response: its schema (for the self-check), named examples (each with its media type,
    from every media type the response declares) and headers."""

    status: str
    media_type: str | None
    check: SchemaCheck | None
    examples: dict[str, tuple[str, Any]]
    headers: tuple[str, ...]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, ready to serve."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    responses: dict[str, Response]
    security: tuple[tuple[str, ...], ...]

    @cached_property
    def served_parameters(self) -> tuple[Parameter, ...]:
        """The parameters the pipeline reads: path, query and header ones, except the `Content-Type` and
        `Authorization` headers, which OpenAPI says to ignore (`Accept` is negotiated)."""
        return tuple(
            p
            for p in self.parameters
            if p.location in ("path", "query")
            or (p.location == "header" and p.name.lower() not in ("content-type", "authorization"))
        )

    @cached_property
    def header_names(self) -> tuple[str, ...]:
        """The (lower-case) names of the headers that carry served parameters."""
        return tuple(p.header for p in self.served_parameters if p.location == "header")

    @cached_property
    def query_names(self) -> frozenset[str]:
        return frozenset(self.query_order)

    @cached_property
    def query_order(self) -> tuple[str, ...]:
        """The names of the query parameters, in the spec's order."""
        return tuple(p.name for p in self.parameters if p.location == "query")

    @property
    def success(self) -> Response:
        """The first documented 2XX response."""
        return next(r for s, r in sorted(self.responses.items()) if s.startswith("2"))

    def response(self, status: int) -> Response | None:
        return self.responses.get(str(status)) or self.responses.get(f"{str(status)[0]}XX")


@dataclass
class Route:
    """A path template and the operations on it, by upper-case method. `spanning` is `pattern` with
    parameters that may hold `/` (for paths the server decoded: `Router.match`)."""

    template: str
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    spanning: re.Pattern[str]
    operations: dict[str, Operation] = field(default_factory=dict)

    def operation(self, method: str) -> Operation | None:
        """The operation of `method`; HEAD is GET without the body (RFC 9110 §9.3.2) unless declared."""
        found = self.operations.get(method)
        if found is None and method == "HEAD":
            return self.operations.get("GET")
        return found

    def may_hold_slashes(self, params: dict[str, str]) -> bool:
        """Whether each parameter value holding a `/` is one a string path parameter of that name (in
        some operation of the route) accepts: only such a parameter may have held a `%2F`."""
        return all(
            "/" not in value
            or any(
                p.location == "path" and p.name == name and p.accepts_text(value)
                for operation in self.operations.values()
                for p in operation.parameters
            )
            for name, value in params.items()
        )

    @property
    def allow(self) -> str:
        methods = set(self.operations) | ({"HEAD"} if "GET" in self.operations else set())
        return ", ".join(sorted(methods))


class Router:
    """Matches a raw request path to a route, literal segments before parameters."""

    def __init__(self, routes: list[Route]) -> None:
        self.routes = sorted(routes, key=lambda r: [part.startswith("{") for part in r.template.split("/")])
        by_depth: dict[int, list[Route]] = {}
        for route in self.routes:
            by_depth.setdefault(route.template.count("/"), []).append(route)
        self._by_depth = {depth: _Alternatives.of(same) for depth, same in by_depth.items()}

    def match(self, raw_path: str) -> tuple[Route, dict[str, str]] | None:
        """The route and the path parameters as sent (still percent-encoded: `Parameter.parse` decodes
        them), or None. Paths arrive percent-decoded (`app.served_path`), so a path no route matches may
        hold a `/` that was a `%2F` in a parameter: of the routes whose string parameters accept the text
        that spans it, the deepest, if exactly one is deepest, is the match (`/accounts/1/positions/BRK/B`
        is a position, not account `1/positions/BRK/B`; `/accounts/1/extra/positions` is no route, as
        an account number holds no `/`)."""
        alternatives = self._by_depth.get(raw_path.count("/"))
        found = alternatives.pattern.fullmatch(raw_path) if alternatives else None
        if alternatives and found:
            first = found.lastindex or 0
            route = alternatives.routes[first]
            return route, dict(zip(route.names, found.groups()[first : first + len(route.names)], strict=True))
        spanning = [
            (route.template.count("/"), route, params)
            for route in self.routes
            if route.names
            and (found := route.spanning.fullmatch(raw_path))
            and route.may_hold_slashes(params := dict(zip(route.names, found.groups(), strict=True)))
        ]
        deepest = [match for match in spanning if match[0] == max(depth for depth, *_ in spanning)]
        return (deepest[0][1], deepest[0][2]) if len(deepest) == 1 else None


@dataclass(frozen=True)
class _Alternatives:
    """Routes of one depth as one regular expression, tried in their order (one call instead of one per
    route): each route's pattern is a group, whose number names the route and precedes its parameters'."""

    pattern: re.Pattern[str]
    routes: dict[int, Route]  # the route's group number (its parameters' groups follow) -> the route

    @staticmethod
    def of(routes: list[Route]) -> _Alternatives:
        pattern = re.compile("|".join(f"({r.pattern.pattern})" for r in routes), routes[0].pattern.flags)
        numbers, number = {}, 1
        for route in routes:
            numbers[number] = route  # groups()[number] is the route's first parameter
            number += 1 + len(route.names)
        return _Alternatives(pattern, numbers)


def compile_spec(spec: ServedSpec, ignore_case: bool = False) -> Router:
    """The router of every operation in the spec; `ignore_case` matches the literal segments of paths
    in any case (for vendors whose URLs are case-insensitive; parameter values keep their case)."""
    document = spec.dereferenced
    default_security = document.get("security") or []
    routes: dict[str, Route] = {}
    for path, item in (document.get("paths") or {}).items():
        names = tuple(_PARAMETER.findall(path))
        parts = list(enumerate(_PARAMETER.split(path)))
        regex = "".join("([^/]+)" if index % 2 else re.escape(text) for index, text in parts)
        spanning = "".join("(.+?)" if index % 2 else re.escape(text) for index, text in parts)
        flags = re.IGNORECASE | re.ASCII if ignore_case else 0
        route = routes.setdefault(path, Route(path, re.compile(regex, flags), names, re.compile(spanning, flags)))
        shared = item.get("parameters") or []
        for method in ("get", "put", "post", "delete", "patch", "head", "options", "trace"):
            if isinstance(item.get(method), dict):
                route.operations[method.upper()] = _operation(path, method, item[method], shared, default_security)
    return Router(list(routes.values()))


def _operation(
    path: str, method: str, definition: dict[str, Any], shared: list[Any], default_security: list[Any]
) -> Operation:
    declared = {(p["name"], p["in"]): p for p in [*shared, *(definition.get("parameters") or [])]}
    security = definition.get("security", default_security)
    return Operation(
        operation_id=str(definition.get("operationId")),
        method=method.upper(),
        path=path,
        parameters=tuple(_parameter(p) for p in declared.values()),
        body=_body(definition.get("requestBody")),
        responses={str(status): _response(str(status), r) for status, r in (definition.get("responses") or {}).items()},
        security=tuple(tuple(requirement) for requirement in security),
    )


def _parameter(declared: dict[str, Any]) -> Parameter:
    schema = declared.get("schema") or {}
    kind = _kind(schema)
    location = declared["in"]
    return Parameter(
        name=declared["name"],
        location=location,
        required=bool(declared.get("required")),
        kind=kind,
        item_kind=_kind(schema.get("items") or {}) if kind == "array" else None,
        explode=bool(declared.get("explode", declared.get("style", "form") == "form")) and location == "query",
        check=SchemaCheck.compile(schema),
    )


def _body(declared: dict[str, Any] | None) -> Body | None:
    if not declared:
        return None
    content = declared.get("content") or {}
    schema = next((media.get("schema") for media in content.values() if media.get("schema")), None)
    return Body(bool(declared.get("required")), tuple(content), SchemaCheck.compile(schema) if schema else None)


def _response(status: str, declared: dict[str, Any]) -> Response:
    content = declared.get("content") or {}
    examples: dict[str, tuple[str, Any]] = {}
    for media_type, media in content.items():
        for name, example in (media.get("examples") or {}).items():
            if "value" in example:
                examples.setdefault(name, (media_type, example["value"]))
        if "example" in media:
            examples.setdefault("default", (media_type, media["example"]))
    json_schema = next((m.get("schema") for t, m in content.items() if "json" in t and m.get("schema")), None)
    check = SchemaCheck.compile(json_schema) if json_schema else None
    return Response(status, next(iter(content), None), check, examples, tuple(declared.get("headers") or ()))


def _kind(schema: dict[str, Any]) -> str:
    types = schema.get("type")
    if isinstance(types, list):
        types = next((t for t in types if t != "null"), "string")
    if types is None and schema.get("oneOf"):
        return next((_kind(s) for s in schema["oneOf"] if s.get("type") != "null"), "string")
    return str(types or "string")


def _decode(text: str, label: str, path: bool = False) -> str:
    """Percent-decoded text (`+` is a space in a query, not in a path); Invalid when it is not UTF-8. A
    path came decoded and encoded again (`app.served_path`), its bytes that were not UTF-8 each as
    `%FF`: its message names no byte."""
    try:
        return (unquote if path else unquote_plus)(text, errors="strict")
    except UnicodeDecodeError as exc:
        raise Invalid(f"{label} is not UTF-8" + ("" if path else f": {exc}")) from exc


def parse_query(query: str) -> dict[str, list[str]]:
    """Query parameters by decoded name, values still percent-encoded (see Parameter.parse)."""
    result: dict[str, list[str]] = {}
    for pair in query.split("&"):
        if pair:
            name, _, value = pair.partition("=")
            decoded = name if "%" not in name and "+" not in name else _decode(name, f"query parameter name {name!r}")
            result.setdefault(decoded, []).append(value)
    return result


def _coerce(text: str, kind: str) -> Any:
    """Parameter text as the schema's type, by ASCII-only rules; text that does not parse stays text."""
    if kind == "integer" and _INTEGER.fullmatch(text) and len(text) <= _MAX_INTEGER_DIGITS:
        return int(text)
    if kind == "number" and _NUMBER.fullmatch(text):
        return Decimal(text)
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def _for_jsonschema(schema: Any) -> Any:
    """OpenAPI schema → plain JSON Schema: integer formats become bounds, OpenAPI-only keywords go."""
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _NOT_VALIDATION:
            continue
        if key in _SUBSCHEMA_MAPS and isinstance(value, dict):
            result[key] = {name: _for_jsonschema(sub) for name, sub in value.items()}
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            result[key] = [_for_jsonschema(sub) for sub in value]
        elif key in _SUBSCHEMA_SINGLE:
            result[key] = _for_jsonschema(value)
        else:
            result[key] = value
    bounds = _BOUNDS.get(str(schema.get("format")))
    if bounds and "integer" in _types(schema):
        result.setdefault("minimum", bounds[0])
        result.setdefault("maximum", bounds[1])
    return result


def _listed_values(schema: Any) -> list[str]:
    """The values a schema lists with `enum` or `const`, also through allOf/anyOf/oneOf."""
    if not isinstance(schema, dict):
        return []
    values = [str(v) for v in [*(schema.get("enum") or []), *([schema["const"]] if "const" in schema else [])]]
    for key in _SUBSCHEMA_LISTS:
        for sub in schema.get(key) or []:
            values += _listed_values(sub)
    return values


def _types(schema: dict[str, Any]) -> Iterator[str]:
    types = schema.get("type")
    yield from types if isinstance(types, list) else [str(types)]


def nested_deeper(value: Any, limit: int) -> bool:
    """Whether a JSON value nests arrays and objects more than `limit` deep (level by level, no recursion)."""
    level = [value] if isinstance(value, (dict, list)) else []
    for _ in range(limit):
        level = [
            child
            for container in level
            for child in (container.values() if isinstance(container, dict) else container)
            if isinstance(child, (dict, list))
        ]
        if not level:
            return False
    return bool(level)
