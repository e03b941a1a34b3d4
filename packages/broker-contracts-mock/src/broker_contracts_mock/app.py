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
import time
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from broker_contracts_mock import encoding
from broker_contracts_mock.faults import Faults
from broker_contracts_mock.served_specs import ServedSpec, packaged_specs
from broker_contracts_mock.state import States
from broker_contracts_mock.vendor import Credentials, Reply, Request, VendorMock
from broker_contracts_mock.vendors import vendor_classes

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

log = logging.getLogger("broker_contracts.mock")


@dataclass(frozen=True)
class MockConfig:
    """Everything that shapes the mock's answers."""

    seed: int = 7
    today: date = field(default_factory=date.today)
    credentials: Credentials = field(default_factory=Credentials)
    validate_responses: bool = True
    faults: Faults = field(default_factory=Faults)


class MockApp:
    """Serves every spec (default: every packaged one) from one simulated brokerage per caller."""

    def __init__(self, config: MockConfig | None = None, specs: Sequence[ServedSpec] | None = None) -> None:
        self.config = config or MockConfig()
        self.states = States(self.config.seed, self.config.today)
        self.random = random.Random(self.config.seed)
        classes = vendor_classes()
        self.vendors: dict[str, VendorMock] = {
            spec.name: classes.get(spec.name, VendorMock)(
                spec, self.states, self.config.credentials, self.config.validate_responses
            )
            for spec in (packaged_specs() if specs is None else specs)
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        logging_requests = log.isEnabledFor(logging.INFO)
        started = time.perf_counter() if logging_requests else 0.0
        raw_path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
        headers = _headers(scope["headers"])
        body = await _read_body(receive)
        reply = await self._answer(scope, raw_path, headers, body)
        await _send(send, reply)
        if logging_requests:
            elapsed = (time.perf_counter() - started) * 1000
            log.info("%s %s %d %.1fms", scope["method"], raw_path, reply.status, elapsed)

    async def _answer(self, scope: Scope, raw_path: str, headers: dict[str, str], body: bytes) -> Reply:
        if raw_path == "/__health":
            return Reply(200, self.health())
        if raw_path == "/__reset" and scope["method"] == "POST":
            token = headers.get("authorization", "").partition(" ")[2].strip()
            self.states.reset(token)
            return Reply(200, {"reset": bool(token)})
        name, _, rest = raw_path[1:].partition("/")
        vendor = self.vendors.get(name)
        if vendor is None:
            return Reply(404, {"message": f"no vendor at /{name}; served: {sorted(self.vendors)}"})
        request = Request(
            method=scope["method"],
            path=f"/{rest}",
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=body,
            base_url=f"{scope.get('scheme', 'http')}://{headers.get('host', 'localhost')}/{name}",
        )
        reply = await self._vendor_answer(vendor, request)
        if reply.media_type == "application/json":
            reply.media_type = vendor.json_media_type
        return reply

    async def _vendor_answer(self, vendor: VendorMock, request: Request) -> Reply:
        if self.config.faults.active:
            delay, fault = self.config.faults.draw(self.random)
            if delay:
                await asyncio.sleep(delay)
            if fault == "quota":
                return vendor.throttled(self.config.faults.retry_after)
            if fault == "server":
                status = self.config.faults.status_5xx or vendor.server_error
                return vendor.error(status, f"injected fault: {status}")
        return vendor.handle(request)

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


def _headers(raw: list[tuple[bytes, bytes]]) -> dict[str, str]:
    """Request headers by lower-case name; repeated headers are joined with ", " (RFC 9110 §5.3)."""
    headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in raw}
    if len(headers) < len(raw):
        headers = {}
        for key, value in raw:
            name, text = key.decode("latin-1").lower(), value.decode("latin-1")
            headers[name] = f"{headers[name]}, {text}" if name in headers else text
    return headers


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def _send(send: Send, reply: Reply) -> None:
    if reply.body is None:
        payload = b""
    elif reply.media_type.partition(";")[0].strip().endswith("json"):  # parameters such as charset aside
        payload = encoding.dumps(reply.body)
    else:
        payload = str(reply.body).encode()
    headers = [(b"content-type", reply.media_type.encode()), (b"content-length", b"%d" % len(payload))]
    if reply.headers:
        headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
