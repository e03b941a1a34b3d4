"""The request pipeline every vendor mock shares, and the hooks a vendor module fills in.

`VendorMock.handle()` takes a request through: route (404 / 405 with `Allow`), authentication (the
spec's security schemes, checked against the accepted credentials), `Prefer` controls, parameter and
body validation (400), the operation's handler, and the response self-check. A vendor module
subclasses `VendorMock`, names its spec, says how the vendor words errors, and registers one handler
per operationId with `@handles`. An operation without a handler answers its documented example.
"""

from __future__ import annotations

import itertools
import json
import logging
import secrets
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

import orjson

from broker_contracts_mock import encoding
from broker_contracts_mock.brokerage import Brokerage
from broker_contracts_mock.lru import LRU
from broker_contracts_mock.operations import MAX_NESTING, Invalid, Operation, compile_spec, nested_deeper, parse_query
from broker_contracts_mock.served_specs import ServedSpec
from broker_contracts_mock.state import States

log = logging.getLogger("broker_contracts.mock")
# OpenAPI 3.1 §4.8.12.1: these header parameters are ignored. A declared `Accept` is not ignored but
# negotiated (a spec declares it so that generated clients send it; Schemathesis fuzzes it).

# Requests whose query, path parameters and header parameters add up to at most this many characters have
# their typed parameters remembered, the most recent this many per vendor (at most about 128 KiB of text).
MEMO_PARAMETER_CHARS, PARAMETER_MEMO_SIZE = 512, 256
_REQUEST_PREFIX = secrets.token_hex(8)
_REQUEST_COUNTER = itertools.count(1)


def request_id() -> str:
    """A fresh, UUID-shaped request id (unique per process run, cheap to make)."""
    text = f"{_REQUEST_PREFIX}{next(_REQUEST_COUNTER):016x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


@dataclass(slots=True)
class Request:
    """What the mock needs of an HTTP request, the vendor prefix already removed; its path percent-decoded
    and encoded again (`app.served_path`), so a `/` in it may have been a `%2F` in a parameter."""

    method: str
    path: str
    query: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    base_url: str = ""


@dataclass(slots=True)
class Reply:
    """A response: JSON value (or text for non-JSON media types), status and extra headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"


@dataclass(slots=True)
class Call:
    """What a handler sees: the operation, typed parameters and body, and the caller's brokerage."""

    operation: Operation
    params: dict[str, Any]
    body: Any
    token: str
    brokerage: Brokerage
    request_id: str
    base_url: str


DEFAULT_TOKEN = "test-token"
DEFAULT_API_KEY = "test-api-key"
DEFAULT_USERNAME = "demo_user"
DEFAULT_PASSWORD = "demo_password"


@dataclass(frozen=True)
class Credentials:
    """Accepted bearer tokens; accepted API keys by the (lower-case) name of the header that carries
    them (a header with no keys configured accepts DEFAULT_API_KEY); and the user names and passwords a
    vendor's token endpoint exchanges for a token."""

    tokens: frozenset[str] = frozenset({DEFAULT_TOKEN})
    api_keys: dict[str, frozenset[str]] = field(default_factory=dict)
    logins: dict[str, str] = field(default_factory=lambda: {DEFAULT_USERNAME: DEFAULT_PASSWORD})

    def accepts_key(self, header: str, value: str) -> bool:
        return value in self.api_keys.get(header.lower(), frozenset({DEFAULT_API_KEY}))

    def key_for(self, header: str) -> str:
        """An API key the header accepts (the first in sorted order)."""
        return min(self.api_keys.get(header.lower(), frozenset({DEFAULT_API_KEY})))

    def accepts_login(self, username: str, password: str) -> bool:
        return username in self.logins and secrets.compare_digest(self.logins[username], password)


@dataclass(frozen=True)
class AuthFailure:
    """Why a request is not authenticated: which scheme, and whether the credential was missing or wrong."""

    scheme: str
    kind: str
    carrier: str
    missing: bool

    @property
    def message(self) -> str:
        what = "bearer token" if self.kind == "bearer" else f"{self.carrier} key"
        return f"missing {what}" if self.missing else f"{what} is not valid"


Handler = Callable[["VendorMock", Call], Reply]
H = TypeVar("H", bound=Callable[..., Reply])


def handles(operation_id: str) -> Callable[[H], H]:
    """Register a VendorMock method as the handler of `operation_id`."""

    def mark(function: H) -> H:
        function.operation_id = operation_id  # type: ignore[attr-defined]
        return function

    return mark


class VendorMock:
    """The mock of one spec. Subclasses set `spec_name` and override `error` and handlers."""

    spec_name: ClassVar[str] = ""
    handlers: ClassVar[dict[str, Handler]] = {}
    # The Content-Type the vendor sends with a JSON body, parameters included (`; charset=utf-8`).
    json_media_type: ClassVar[str] = "application/json"
    # Whether the vendor ignores query parameters an operation does not declare (default: refuse them, 400).
    ignores_unknown_query: ClassVar[bool] = False
    # Whether the vendor's URLs are case-insensitive (`/V2/Accounts/...` names `/v2/accounts/...`).
    case_insensitive_paths: ClassVar[bool] = False
    # The operationId of the vendor's token endpoint, which exchanges a login for a token ("": none).
    login_operation: ClassVar[str] = ""
    # Seconds a token from that endpoint lives, as the vendor documents it (None: until evicted).
    token_lifetime: ClassVar[float | None] = None

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls.handlers = {
            function.operation_id: function
            for klass in reversed(cls.__mro__)
            for function in vars(klass).values()
            if callable(function) and hasattr(function, "operation_id")
        }

    def __init__(
        self, spec: ServedSpec, states: States, credentials: Credentials, validate_responses: bool = True
    ) -> None:
        self.spec = spec
        self.name = spec.name  # the URL prefix (read per request: `spec.name` may be computed)
        self.states = states
        self.credentials = credentials
        self.validate_responses = validate_responses
        self.router = compile_spec(spec, ignore_case=self.case_insensitive_paths)
        self.schemes = (spec.document.get("components") or {}).get("securitySchemes") or {}
        self._credential_checks = {name: self._compile_scheme(name, scheme) for name, scheme in self.schemes.items()}
        operations = [op for route in self.router.routes for op in route.operations.values()]
        known = {op.operation_id for op in operations}
        unknown = set(self.handlers) - known
        if unknown:
            raise ValueError(f"{type(self).__name__} handles operations {sorted(unknown)} that {spec.name} lacks")
        self.unhandled = sorted(known - set(self.handlers))
        self.statuses = frozenset(status for op in operations for status in op.responses)
        # The status of an injected server error (`--rate-5xx`) unless configured: 503 where the spec
        # documents it (a `5XX` range does), else the lowest 5xx it documents; None: it documents none.
        server_errors = [int(s) for s in self.statuses if s.isdigit() and s.startswith("5")]
        self.server_error: int | None = 503 if self.documents(503) else min(server_errors, default=None)
        # (operationId, query, path and header parameters as sent) -> typed parameters, None: invalid.
        self.parameter_memo: LRU[tuple[str | None, ...]] = LRU(PARAMETER_MEMO_SIZE)

    def documents(self, status: int) -> bool:
        """Whether some operation of the spec documents `status`, itself or by its range (`5XX`)."""
        return str(status) in self.statuses or f"{status // 100}XX" in self.statuses

    # ---- hooks for vendor modules -------------------------------------------------------------

    @staticmethod
    def fuzz_parameters(brokerage: Brokerage) -> dict[str, Any]:
        """Parameter values Schemathesis must use because valid ones depend on the seeded data
        (`schemathesis.toml` pins them; a test checks they agree). Default: none."""
        return {}

    @staticmethod
    def fuzz_operation_parameters(brokerage: Brokerage) -> dict[str, dict[str, Any]]:
        """Like `fuzz_parameters`, for one operation's parameters where they differ from the others of the
        same name (`schemathesis.toml` pins them per operation). Default: none."""
        return {}

    def error(self, status: int, message: str) -> Reply:
        """The vendor's error body for `status`. Default: the documented example, else `{"message": ...}`."""
        for route in self.router.routes:
            for op in route.operations.values():
                response = op.response(status)
                if response and response.examples:
                    media_type, value = next(iter(response.examples.values()))
                    return Reply(status, value, media_type=media_type)
        return Reply(status, {"message": message})

    def auth_failure(self, failure: AuthFailure) -> Reply:
        """The vendor's answer to a request that fails authentication. Default: 401."""
        return self.error(401, failure.message)

    def invalid(self, request: Request, operation: Operation, problem: Invalid) -> Reply:
        """The vendor's answer to a request that breaks the contract (`problem.parameter` is the parameter
        at fault, if one is). Default: 400 naming the problem."""
        return self.error(400, str(problem))

    def throttled(self, retry_after: int) -> Reply | None:
        """The vendor's answer to a caller over its request quota (`--rate-429`). Default: 429 with
        `Retry-After` where the spec documents 429; else its documented server error (a vendor that
        documents no quota answer, such as ETNA); None when it documents neither (nothing is injected)."""
        if self.documents(429):
            reply = self.error(429, "injected fault: 429")
            reply.headers["Retry-After"] = str(retry_after)
            return reply
        return None if self.server_error is None else self.error(self.server_error, "injected fault: over quota")

    def view(self, call: Call, key: Hashable, compute: Callable[[], Any]) -> Any:
        """`compute()`, memoised until the caller's brokerage next changes. When responses are not
        self-checked, its JSON encoding instead, embedded as is: only the envelope is encoded per request."""
        if self.validate_responses:
            return call.brokerage.memo(key, compute)
        return call.brokerage.memo(
            ("encoded", key), lambda: orjson.Fragment(encoding.dumps(call.brokerage.memo(key, compute)))
        )

    def view_rows(self, call: Call, key: Hashable, compute: Callable[[], list[Any]]) -> list[tuple[Any, Any]]:
        """`compute()` (a list), memoised like `view`, each item paired with what a response embeds for it:
        the item, or (responses not self-checked) its JSON encoding. A handler filters by the item and
        embeds the other half, so only its selection and the envelope are encoded per request."""
        if self.validate_responses:
            return [(item, item) for item in call.brokerage.memo(key, compute)]
        return call.brokerage.memo(
            ("encoded rows", key),
            lambda: [(item, orjson.Fragment(encoding.dumps(item))) for item in call.brokerage.memo(key, compute)],
        )

    # ---- the pipeline -------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        """Answer one request."""
        routed = self._route(request)
        if isinstance(routed, Reply):
            return routed
        return self.answer(request, *routed)

    def answer(self, request: Request, operation: Operation, path_params: dict[str, str]) -> Reply:
        """Answer a request routed to `operation`: authentication, `Prefer`, validation, the handler, the
        self-check."""
        token, failure = self.authenticate(operation, request)
        if failure is not None:
            return self.auth_failure(failure)
        try:
            params = self._parameters(operation, request, path_params)
            body = self._body(operation, request)
            reply = self._preferred(operation, request.headers["prefer"]) if "prefer" in request.headers else None
            if reply is None:
                call = Call(operation, params, body, token, self.states.get(token), request_id(), request.base_url)
                handler = self.handlers.get(operation.operation_id)
                reply = handler(self, call) if handler else self._example(operation, operation.success.status, None)
        except Invalid as invalid:  # also raised by handlers: valid by schema, not by the vendor's rules
            return self.invalid(request, operation, invalid)
        return self._checked(operation, reply) if self.validate_responses else reply

    def _route(self, request: Request) -> tuple[Operation, dict[str, str]] | Reply:
        """The operation and path parameters, or the vendor's 404 / 405 (with `Allow`)."""
        found = self.router.match(request.path)
        if found is None:
            return self.error(404, f"no operation at {request.path}")
        route, path_params = found
        operation = route.operation(request.method)
        if operation is None:
            reply = self.error(405, f"{request.method} is not allowed on {route.template}")
            reply.headers["Allow"] = route.allow
            return reply
        return operation, path_params

    def authenticate(self, operation: Operation, request: Request) -> tuple[str, AuthFailure | None]:
        """The caller's state key, or the first failure when no security requirement is met."""
        if not operation.security:
            return "anonymous", None
        first_failure: AuthFailure | None = None
        for requirement in operation.security:
            token, failure = "", None
            for name in requirement:
                value, failure = self._credential(name, request)
                if failure:
                    break
                token = token or value
            if failure is None:
                return token or "anonymous", None
            first_failure = first_failure or failure
        return "", first_failure

    def _credential(self, name: str, request: Request) -> tuple[str, AuthFailure | None]:
        check = self._credential_checks.get(name)
        if check is None:
            raise ValueError(f"{self.spec.name}: security scheme {name!r} is not supported by the mock")
        return check(request)

    def credential_headers(self, token: str) -> dict[str, str]:
        """The headers that satisfy each of the spec's security schemes: `token` as bearer, the API keys."""
        headers = {}
        for scheme in self.schemes.values():
            kind = _scheme_kind(scheme)
            if kind == "bearer":
                headers["Authorization"] = f"Bearer {token}"
            elif kind == "apiKey":
                headers[str(scheme["name"])] = self.credentials.key_for(str(scheme["name"]))
        return headers

    def open_session(self, login: str) -> str:
        """A new token for `login` (the vendor's token endpoint), a customer of its own that this vendor's
        API accepts until it expires (`token_lifetime`, or `Limits.session_lifetime`) or is evicted."""
        lifetime = self.states.limits.session_lifetime or self.token_lifetime
        return self.states.open_session(self.spec.name, login, lifetime)

    def session_login(self, token: str) -> str | None:
        """The login a live session token of this vendor was issued to; None for any other token."""
        session = self.states.session(token, self.name)
        return session.login if session else None

    @property
    def login_path(self) -> str | None:
        """The path of the token endpoint (`login_operation`), or None."""
        for route in self.router.routes:
            if any(op.operation_id == self.login_operation for op in route.operations.values()):
                return route.template
        return None

    def _compile_scheme(self, name: str, scheme: dict[str, Any]) -> Callable[[Request], tuple[str, AuthFailure | None]]:
        """The check of one security scheme: (the credential, None) or ("", why it fails)."""
        kind = _scheme_kind(scheme)
        if kind == "bearer":
            missing = AuthFailure(name, "bearer", "Authorization", missing=True)
            wrong = AuthFailure(name, "bearer", "Authorization", missing=False)

            def bearer(request: Request) -> tuple[str, AuthFailure | None]:
                kind, _, token = request.headers.get("authorization", "").partition(" ")
                token = token.strip()
                if kind.lower() != "bearer" or not token:
                    return "", missing
                if token not in self.credentials.tokens and self.states.session(token, self.name) is None:
                    return "", wrong
                return token, None

            return bearer
        if kind == "apiKey":
            carrier = str(scheme["name"])
            header = carrier.lower()
            absent = AuthFailure(name, "apiKey", carrier, missing=True)
            refused = AuthFailure(name, "apiKey", carrier, missing=False)

            def api_key(request: Request) -> tuple[str, AuthFailure | None]:
                value = request.headers.get(header)
                if not value:
                    return "", absent
                return ("", None) if self.credentials.accepts_key(carrier, value) else ("", refused)

            return api_key
        raise ValueError(f"{self.spec.name}: security scheme {name!r} is not supported by the mock")

    def _parameters(self, operation: Operation, request: Request, path_params: dict[str, str]) -> dict[str, Any]:
        """The typed parameters; Invalid names the first one that breaks the contract (in the spec's order).
        The typed values of valid parameters met before are remembered (`parameter_memo`, by operation and
        the raw query, path parameters and header parameters): a client asking for the same URL again
        (polling, paging) has it checked once."""
        headers = tuple(request.headers.get(name) for name in operation.header_names)
        key = (operation.operation_id, request.query, *path_params.values(), *headers)
        if sum(len(part) for part in key if part) <= MEMO_PARAMETER_CHARS:
            typed = self.parameter_memo.get(key, lambda: self._valid_parameters(operation, request, path_params))
            if typed is not None:
                return dict(typed)
        return self._typed(operation, request, path_params)

    def _valid_parameters(
        self, operation: Operation, request: Request, path_params: dict[str, str]
    ) -> dict[str, Any] | None:
        """The typed parameters; None when one is unknown, missing or invalid."""
        try:
            return self._typed(operation, request, path_params)
        except Invalid:
            return None

    def _raw_query(self, operation: Operation, query: str) -> dict[str, list[str]]:
        """The query's values by parameter name, as sent; Invalid when it names one the operation lacks."""
        raw = parse_query(query) if query else {}
        if raw and not self.ignores_unknown_query:
            unknown = sorted(raw.keys() - operation.query_names)
            if unknown:
                accepted = sorted(operation.query_names)
                raise Invalid(f"unknown query parameter(s) {unknown}; {operation.operation_id} takes {accepted}")
        return raw

    def _typed(self, operation: Operation, request: Request, path_params: dict[str, str]) -> dict[str, Any]:
        """The typed values of the operation's parameters, in the spec's order; raises Invalid."""
        query = self._raw_query(operation, request.query)
        params: dict[str, Any] = {}
        for parameter in operation.served_parameters:
            location = parameter.location
            if location == "path":
                raw = [path_params[parameter.name]]
            elif location == "query":
                raw = query.get(parameter.name, [])
            else:
                header = request.headers.get(parameter.header)
                if parameter.header == "accept":  # negotiated, not passed on
                    if header is not None:
                        parameter.negotiate(header)
                    continue
                raw = [] if header is None else [header]
            if not raw:
                if parameter.required:
                    raise Invalid(f"{parameter.label} is required", parameter)
                continue
            params[parameter.name] = parameter.parse(raw)
        return params

    def _body(self, operation: Operation, request: Request) -> Any:
        declared = operation.body
        if not request.body:
            if declared and declared.required:
                raise Invalid("a request body is required")
            return None
        if declared is None:
            raise Invalid(f"{operation.method} {operation.path} takes no request body")
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type not in declared.media_types:
            raise Invalid(f"request body must be one of {list(declared.media_types)}, not {media_type or 'untyped'}")
        too_deep = Invalid(f"request body: JSON nested deeper than {MAX_NESTING} levels")
        try:
            body = json.loads(request.body, parse_float=Decimal)
        except RecursionError:
            raise too_deep from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise Invalid(f"Failed to parse the request body as JSON: {exc}") from exc
        if nested_deeper(body, MAX_NESTING):
            raise too_deep
        problem = declared.check.problem(body) if declared.check else None
        if problem:
            raise Invalid(f"request body: {problem}")
        return body

    def _preferred(self, operation: Operation, prefer: str) -> Reply | None:
        """Prism-style `Prefer: code=404` and `Prefer: example=Name`: serve a documented response."""
        wanted, twice = _preferences(prefer)
        if twice:
            return self.error(400, f"Prefer: {twice}")
        code, example = wanted.get("code"), wanted.get("example")
        if not code and not example:
            return None
        status = code or operation.success.status
        if status not in operation.responses:
            return self.error(400, f"Prefer: {operation.operation_id} documents no response {status}")
        if example and example not in operation.responses[status].examples:
            return self.error(400, f"Prefer: response {status} of {operation.operation_id} has no example {example!r}")
        return self._example(operation, status, example)

    def _example(self, operation: Operation, status: str, name: str | None) -> Reply:
        response = operation.responses[status]
        if status.isdigit():
            code = int(status)
        else:  # a range (`5XX`): the status in it the vendor fails with, and the body it sends with that
            served = self.server_error or 0
            code = served if served // 100 == int(status[0]) else int(status[0]) * 100
            if name is None:
                return self.error(code, f"response {status} requested")
        if response.examples:
            media_type, example = response.examples[name] if name else next(iter(response.examples.values()))
            return Reply(code, example, media_type=media_type)
        if code >= 400:
            return self.error(code, f"response {status} requested")
        return Reply(code, None, media_type=response.media_type or "application/json")

    def _checked(self, operation: Operation, reply: Reply) -> Reply:
        """The self-check: a documented JSON response must satisfy its schema, or the mock answers 500."""
        response = operation.response(reply.status)
        if response is None or response.check is None or reply.media_type != "application/json":
            return reply
        problem = response.check.problem(reply.body)
        if problem is None:
            return reply
        log.error("%s %s: response %s breaks the contract: %s", operation.method, operation.path, reply.status, problem)
        return self.error(500, f"MOCK_INVALID_RESPONSE: {operation.operation_id} {reply.status}: {problem}")


def _scheme_kind(scheme: dict[str, Any]) -> str | None:
    """ "bearer" (HTTP bearer), "apiKey" (an API key in a header), or None: a scheme the mock cannot check."""
    if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return "bearer"
    if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
        return "apiKey"
    return None


def _preferences(prefer: str) -> tuple[dict[str, str], str | None]:
    """The `name=value` preferences of a `Prefer` header as RFC 7240 writes them (names without case,
    whitespace around `=`, a value quoted or not, parameters after `;` dropped), and what is wrong when
    one name is given two different values."""
    wanted: dict[str, str] = {}
    for preference in prefer.split(","):
        name, equals, value = preference.partition(";")[0].partition("=")
        if not equals:
            continue
        name, value = name.strip().lower(), value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        if wanted.setdefault(name, value) != value:
            return wanted, f"{name!r} given twice, {wanted[name]!r} and {value!r}"
    return wanted, None
