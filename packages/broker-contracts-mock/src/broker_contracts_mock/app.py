"""The mock server as one ASGI application: every vendor under its own path prefix.

`/<spec folder>/...` is served by that vendor's mock (e.g. `/clear-street/v1/accounts`); `/__health`
reports what is served; `POST /__reset` drops the caller's state (by bearer token). The app is a bare
ASGI callable (no framework router) so that every path and method reaches the vendor pipeline, which
answers unknown paths and methods in the vendor's own error shape.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import time
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import quote, unquote_to_bytes

from broker_contracts_mock import encoding
from broker_contracts_mock.faults import Fault, Faults
from broker_contracts_mock.limits import Limits
from broker_contracts_mock.served_specs import ServedSpec, packaged_specs
from broker_contracts_mock.state import States
from broker_contracts_mock.vendor import Credentials, Reply, Request, VendorMock
from broker_contracts_mock.vendors import vendor_classes

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

log = logging.getLogger("broker_contracts.mock")
# What a path segment holds unescaped besides letters, digits and `_.-~` (RFC 3986 pchar), and `/`.
_PATH_SAFE = "/!$&'()*+,;=:@"
_PLAIN_PATH = re.compile(r"[A-Za-z0-9_.~/!$&'()*+,;=:@-]*")
_VISIBLE = re.compile(rb"[\t\x20-\x7e]*")  # what granian's RSGI passes on of a header value


@dataclass(frozen=True)
class MockConfig:
    """Everything that shapes the mock's answers."""

    seed: int = 7
    today: date = field(default_factory=date.today)
    credentials: Credentials = field(default_factory=Credentials)
    validate_responses: bool = True
    faults: Faults = field(default_factory=Faults)
    limits: Limits = field(default_factory=Limits)
    # Account number -> the positions it holds (`broker-mock --positions`; `brokerage.growable_accounts`).
    positions: Mapping[int, int] = field(default_factory=dict)


class MockApp:
    """Serves every spec (default: every packaged one) from one simulated brokerage per caller."""

    def __init__(self, config: MockConfig | None = None, specs: Sequence[ServedSpec] | None = None) -> None:
        self.config = config or MockConfig()
        self.states = States(self.config.seed, self.config.today, self.config.limits, self.config.positions)
        self.random = random.Random(self.config.seed)
        classes = vendor_classes()
        self.vendors: dict[str, VendorMock] = {
            spec.name: classes.get(spec.name, VendorMock)(
                spec, self.states, self.config.credentials, self.config.validate_responses
            )
            for spec in (packaged_specs() if specs is None else specs)
        }
        forced = self.config.faults.status_5xx
        if forced is not None and not any(vendor.documents(forced) for vendor in self.vendors.values()):
            documented = "; ".join(f"{name}: {_server_errors(vendor)}" for name, vendor in self.vendors.items())
            raise ValueError(f"status_5xx {forced} is documented by no served spec ({documented})")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI (in process: `httpx.ASGITransport`, the pytest fixtures' `broker_mock_asgi`)."""
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        raw_path = scope.get("raw_path")  # optional in ASGI; `path` is the decoded one
        request = Request(
            method=scope["method"],
            path=served_path(scope["path"] if raw_path is None else decoded_path(raw_path)),
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=_headers(scope["headers"]),
        )
        reply, payload = await self.respond(request, _asgi_chunks(receive), scope.get("scheme", "http"))
        await _send(send, reply, payload, head=request.method == "HEAD")

    async def __rsgi__(self, scope: Any, protocol: Any) -> None:
        """granian's RSGI, what `broker-mock` serves: no per-request dicts, awaits or header decoding, a
        response in one call. RSGI gives the path percent-decoded, as `decoded_path` does for ASGI."""
        request = Request(
            method=scope.method,
            path=served_path(scope.path),
            query=scope.query_string,
            headers=_text_headers(scope.headers.items()),
        )
        reply, payload = await self.respond(request, protocol, scope.scheme)
        head = request.method == "HEAD"
        headers = [("content-type", reply.media_type), *reply.headers.items()]
        if head:
            headers.append(("content-length", str(len(payload))))
        protocol.response_bytes(reply.status, headers, b"" if head else payload)

    async def respond(self, request: Request, chunks: AsyncIterable[bytes], scheme: str) -> tuple[Reply, bytes]:
        """The reply to `request` (its path still has the vendor prefix; its body arrives in `chunks`) and
        its encoded body. An exception is a bug of the mock's: the vendor's 500, the traceback in the log."""
        logging_requests = log.isEnabledFor(logging.INFO)
        started = time.perf_counter() if logging_requests else 0.0
        raw_path = request.path
        name, _, rest = raw_path[1:].partition("/")
        vendor = self.vendors.get(name)
        try:
            reply = await self._answer(request, chunks, vendor, rest, scheme)
            payload = _payload(reply)
        except Exception:
            log.exception("%s %s: the mock failed", request.method, raw_path)
            reply = _internal_error(vendor)
            payload = _payload(reply)
        if logging_requests:
            elapsed = (time.perf_counter() - started) * 1000
            log.info("%s %s %d %.1fms", request.method, raw_path, reply.status, elapsed)
        return reply, payload

    async def _answer(
        self, request: Request, chunks: AsyncIterable[bytes], vendor: VendorMock | None, rest: str, scheme: str
    ) -> Reply:
        headers = request.headers
        body = await self._body(headers, chunks)
        if isinstance(body, _Refusal):
            reply = vendor.error(body.status, body.message) if vendor else Reply(body.status, {"message": body.message})
            reply.headers["Connection"] = "close"  # the rest of the body is never read
        elif request.path == "/__health":
            return Reply(200, self.health())
        elif request.path == "/__reset" and request.method == "POST":
            return self._reset(headers)
        elif vendor is None:
            return Reply(404, {"message": f"no vendor at {request.path}; served: {sorted(self.vendors)}"})
        else:
            request.path, request.body = f"/{rest}", body
            request.base_url = f"{scheme}://{headers.get('host', 'localhost')}/{vendor.name}"
            reply = await self._vendor_answer(vendor, request)
        if vendor is not None and reply.media_type == "application/json":
            reply.media_type = vendor.json_media_type
        return reply

    async def _body(self, headers: dict[str, str], chunks: AsyncIterable[bytes]) -> bytes | _Refusal:
        """The request body: read only when the headers declare one; refused (413) past `max_body_bytes`
        before any of it is read when Content-Length says so, else as soon as the bytes read pass it; and
        refused (408) when it has not arrived within `body_timeout`, and (400) when the connection ended
        before all of it came. A refusal closes the connection."""
        length = headers.get("content-length")
        if length is None and "transfer-encoding" not in headers:
            return b""
        limit = self.config.limits.max_body_bytes
        declared = _declared_length(length, limit)
        if isinstance(declared, _Refusal):
            return declared
        received, size = [], 0
        try:
            async with asyncio.timeout(self.config.limits.body_timeout):
                async for chunk in chunks:
                    size += len(chunk)
                    if size > limit:
                        return _Refusal(413, f"the request body is over the limit of {limit} bytes")
                    received.append(chunk)
        except TimeoutError:
            seconds = self.config.limits.body_timeout
            return _Refusal(408, f"the request body did not arrive within {seconds:g} s ({size} bytes came)")
        if declared is not None and size < declared:  # the client went away: act on no part of it
            return _Refusal(400, f"the request body ended after {size} of its {declared} bytes")
        return b"".join(received)

    def _reset(self, headers: dict[str, str]) -> Reply:
        """`POST /__reset`: drop the changes of the caller's token, which must be one the mock accepts."""
        kind, _, token = headers.get("authorization", "").partition(" ")
        token = token.strip()
        if kind.lower() != "bearer" or not (token in self.config.credentials.tokens or self.states.session(token)):
            return Reply(401, {"message": "POST /__reset takes Authorization: Bearer <a token this mock accepts>"})
        self.states.reset(token)
        return Reply(200, {"reset": True})

    async def _vendor_answer(self, vendor: VendorMock, request: Request) -> Reply:
        faults = self.config.faults
        if faults.active:
            delay, fault = faults.draw(self.random)
            if delay:
                await asyncio.sleep(delay)
            injected = self._injected(vendor, fault)
            if injected is not None:
                return injected
        return vendor.handle(request)

    def _injected(self, vendor: VendorMock, fault: Fault | None) -> Reply | None:
        """The fault drawn, as the vendor answers it, with a status its spec documents (None: none)."""
        if fault == "quota":
            return vendor.throttled(self.config.faults.retry_after)
        if fault == "server":
            forced = self.config.faults.status_5xx
            status = forced if forced is not None and vendor.documents(forced) else vendor.server_error
            return None if status is None else vendor.error(status, f"injected fault: {status}")
        return None

    def health(self) -> dict[str, Any]:
        """What the server serves, for humans and readiness probes."""
        return {
            "status": "ok",
            "seed": self.config.seed,
            "today": self.config.today.isoformat(),
            "vendors": {
                name: {
                    "prefix": f"/{name}",
                    "spec_version": vendor.spec.version,
                    "operations": sum(len(route.operations) for route in vendor.router.routes),
                    "served_from_examples": vendor.unhandled,
                }
                for name, vendor in self.vendors.items()
            },
        }


@dataclass(frozen=True)
class _Refusal:
    """A request body refused before the request reaches a vendor mock (`_answer` words it the vendor's way)."""

    status: int
    message: str


def _declared_length(length: str | None, limit: int) -> int | _Refusal | None:
    """The body length a Content-Length header declares (None: it declares none), or why it is refused."""
    if length is None:
        return None
    if not length.isdigit():
        return _Refusal(400, f"Content-Length {length[:40]!r} is not a number of bytes")
    if len(length) > 18 or int(length) > limit:
        return _Refusal(413, f"the request body ({length} bytes) is over the limit of {limit} bytes")
    return int(length)


def _server_errors(vendor: VendorMock) -> str:
    return ", ".join(sorted(s for s in vendor.statuses if s.startswith("5"))) or "none"


def _internal_error(vendor: VendorMock | None) -> Reply:
    """The answer to a request the mock failed on: the vendor's 500 error body."""
    message = "the mock failed on this request (a bug of the mock's; its log has the traceback)"
    if vendor is not None:
        try:
            reply = vendor.error(500, message)
            reply.media_type = vendor.json_media_type if reply.media_type == "application/json" else reply.media_type
            return reply
        except Exception:
            log.exception("%s: the error body failed too", vendor.spec.name)
    return Reply(500, {"message": message})


def _headers(raw: list[tuple[bytes, bytes]]) -> dict[str, str]:
    """ASGI's request headers by lower-case name (see `_text_headers`); as over RSGI, a value that is not
    visible ASCII (obs-text, RFC 9110 §5.5) is left out."""
    return _text_headers(
        [(key.decode("latin-1").lower(), value.decode()) for key, value in raw if _VISIBLE.fullmatch(value)]
    )


def _text_headers(items: list[tuple[str, str]]) -> dict[str, str]:
    """Request headers (lower-case names) as a dict; repeated headers are joined with ", " (RFC 9110 §5.3)."""
    headers = dict(items)
    if len(headers) < len(items):
        headers = {}
        for name, text in items:
            headers[name] = f"{headers[name]}, {text}" if name in headers else text
    return headers


async def _asgi_chunks(receive: Receive) -> AsyncIterator[bytes]:
    """The request body's chunks as ASGI's `receive` delivers them."""
    while True:
        message = await receive()
        yield message.get("body", b"")
        if not message.get("more_body"):
            return


def decoded_path(raw: bytes) -> str:
    """An ASGI raw path decoded as granian's RSGI decodes the path it hands over (percent-decoded, bytes
    that are not UTF-8 as U+FFFD), so that both interfaces route every request alike."""
    return (unquote_to_bytes(raw) if b"%" in raw else raw).decode("utf-8", "replace")


def served_path(decoded: str) -> str:
    """A percent-decoded path encoded again, as the pipeline reads paths: `%` and what a path cannot
    hold are escaped, and U+FFFD (a byte that was not UTF-8) is `%FF`, still not UTF-8. A `%2F` was
    decoded to `/`: the router lets a parameter span it (`Router.match`)."""
    if _PLAIN_PATH.fullmatch(decoded):
        return decoded
    return quote(decoded, safe=_PATH_SAFE).replace("%EF%BF%BD", "%FF")


def _payload(reply: Reply) -> bytes:
    if reply.body is None:
        return b""
    if reply.media_type.partition(";")[0].strip().endswith("json"):  # parameters such as charset aside
        return encoding.dumps(reply.body)
    return str(reply.body).encode()


async def _send(send: Send, reply: Reply, payload: bytes, head: bool) -> None:
    """The response; to a HEAD request its headers only (Content-Length that of the GET's body)."""
    headers = [(b"content-type", reply.media_type.encode()), (b"content-length", b"%d" % len(payload))]
    if reply.headers:
        headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else payload})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
