"""The server (`broker-mock`, granian's RSGI) and the in-process app (ASGI, `broker_mock_asgi`) answer
the same requests with the same bytes: RSGI hands the path over percent-decoded and drops header
values that are not visible ASCII, and the ASGI intake reads the raw path and headers the same way."""

from __future__ import annotations

import asyncio
import re
import socket
import urllib.parse
from collections.abc import Iterator, MutableMapping
from typing import Any

import pytest

from broker_contracts_mock.app import MockApp
from broker_contracts_mock.process import RunningMock, running_mock
from broker_contracts_mock.server import config_from_args, parse_args

pytestmark = pytest.mark.xdist_group("mock-interfaces")  # one server, one app: the same requests in order

AUTH = b"Authorization: Bearer test-token\r\n"
ETNA = AUTH + b"Et-App-Key: test-api-key\r\n"
CS = b"/clear-street/v1/accounts/19816"
JSON = b"Content-Type: application/json\r\n"
# Request line and headers (Host and Connection are added) and body, by what they probe.
REQUESTS: dict[str, tuple[bytes, bytes, bytes]] = {
    "balances": (b"GET " + CS + b"/balances", AUTH, b""),
    "HEAD": (b"HEAD " + CS + b"/balances", AUTH, b""),
    "HEAD of no route": (b"HEAD /clear-street/v1/nothing", AUTH, b""),
    "%2F in a parameter": (b"DELETE " + CS + b"/positions/BRK%2FB", AUTH, b""),
    "slashes in a string parameter": (b"DELETE " + CS + b"/positions/a/b/c", AUTH, b""),
    "a slash in a number": (b"GET " + CS + b"/extra/positions", AUTH, b""),
    "a slash in an account id": (b"GET /tradier/v1/accounts/VA00019816/extra/positions", AUTH, b""),
    "%FF": (b"DELETE " + CS + b"/positions/%FF", AUTH, b""),
    "%C3 (a cut UTF-8 sequence)": (b"DELETE " + CS + b"/positions/A%C3", AUTH, b""),
    "%EF%BF%BD (U+FFFD)": (b"DELETE " + CS + b"/positions/%EF%BF%BD", AUTH, b""),
    "%25": (b"DELETE " + CS + b"/positions/A%25B", AUTH, b""),
    "%C3%A9": (b"DELETE " + CS + b"/positions/caf%C3%A9", AUTH, b""),
    "an encoded letter in a literal segment": (b"GET /clear-street/v1/%61ccounts/19816/balances", AUTH, b""),
    "an encoded vendor prefix": (b"GET /clear%2Dstreet/v1/accounts/19816/balances", AUTH, b""),
    "an encoded comma": (b"GET " + CS + b"/positions?instrument_ids=AAPL%2CTSLA", AUTH, b""),
    "a lower-case encoded comma": (b"GET " + CS + b"/positions?instrument_ids=AAPL%2ctsla", AUTH, b""),
    "an encoded ampersand": (b"GET " + CS + b"/positions?instrument_ids=AAPL%26x%3D1", AUTH, b""),
    "%FF in a query": (b"GET " + CS + b"/positions?instrument_ids=%FF", AUTH, b""),
    "a plus in a query": (b"GET /tradestation-v3/v3/brokerage/accounts/3119816/positions?symbol=A+B", AUTH, b""),
    "an ETNA filter": (
        b"GET /etna/v1.0/accounts/19816/positions?pageNumber=0&pageSize=9&filter=Quantity%20%3E%2050",
        ETNA,
        b"",
    ),
    "ETNA's trailing slash": (b"GET /etna/v1.0/accounts/19816/info/", ETNA, b""),
    "TradeStation's path case": (b"GET /tradestation-v2/V2/Accounts/119816/Balances", AUTH, b""),
    "a Latin-1 header value": (b"GET " + CS + b"/balances", b"Authorization: Bearer t\xe9st\r\n", b""),
    "a UTF-8 header value": (b"GET " + CS + b"/balances", b"Authorization: Bearer t\xc3\xa9st\r\n", b""),
    "repeated headers": (b"GET /tradier/v1/accounts/VA00019816/balances", AUTH + b"Accept: text/html\r\n" * 2, b""),
    "Prefer": (b"GET " + CS + b"/balances", AUTH + b"Prefer: code=404\r\n", b""),
    "a JSON body the schema refuses": (b"DELETE " + CS + b"/positions", AUTH + JSON, b'{"cancel_orders": "yes"}'),
    "a body on a GET": (b"GET " + CS + b"/balances", AUTH + JSON, b"{}"),
    "a body that is no JSON": (b"DELETE " + CS + b"/positions", AUTH + JSON, b"{"),
    "no credentials": (b"GET " + CS + b"/balances", b"", b""),
    "health": (b"GET /__health", b"", b""),
    "no vendor": (b"GET /nobody/v1", b"", b""),
    "a JSON body": (b"DELETE " + CS + b"/positions", AUTH + JSON, b"{}"),
    "reset": (b"POST /__reset", AUTH, b""),
}
# What only the server sends (granian's own headers) or what changes from one answer to the next.
UNCOMPARED = {"server", "date", "connection", "x-ratelimit-expiry"}
_REQUEST_ID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
Answer = tuple[int, dict[str, str], bytes]


@pytest.fixture(scope="module")
def both(broker_mock_options: list[str]) -> Iterator[tuple[RunningMock, MockApp]]:
    """The server and an in-process app with the same options."""
    with running_mock(broker_mock_options) as server:
        yield server, MockApp(config_from_args(parse_args(broker_mock_options)))


@pytest.mark.parametrize("name", REQUESTS)
def test_the_server_and_the_in_process_app_answer_alike(both: tuple[RunningMock, MockApp], name: str) -> None:
    server, app = both
    head, headers, body = REQUESTS[name]
    url = urllib.parse.urlsplit(server.url)
    raw = head + b" HTTP/1.1\r\nHost: " + url.netloc.encode() + b"\r\nConnection: close\r\n" + headers
    if body:
        raw += b"Content-Length: %d\r\n" % len(body)
    raw += b"\r\n" + body
    over_http = _over_socket((str(url.hostname), int(url.port or 80)), raw)
    in_process = asyncio.run(_over_asgi(app, raw))
    assert _comparable(in_process) == _comparable(over_http)


def _comparable(answer: Answer) -> Answer:
    status, headers, body = answer
    return status, {k: v for k, v in headers.items() if k not in UNCOMPARED}, _REQUEST_ID.sub(b"<id>", body)


def _over_socket(address: tuple[str, int], raw: bytes) -> Answer:
    with socket.create_connection(address, timeout=10) as connection:
        connection.sendall(raw)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, body


async def _over_asgi(app: MockApp, raw: bytes) -> Answer:
    """`raw` as an ASGI server hands it over: the path and query as sent, headers as bytes."""
    head, _, body = raw.partition(b"\r\n\r\n")
    request_line, *lines = head.split(b"\r\n")
    method, target, _ = request_line.split(b" ")
    path, _, query = target.partition(b"?")
    headers = [(name.strip().lower(), value.strip()) for name, _, value in (line.partition(b":") for line in lines)]
    scope: dict[str, Any] = {"type": "http", "method": method.decode(), "scheme": "http", "headers": headers}
    scope |= {"path": urllib.parse.unquote(path.decode("latin-1")), "raw_path": path, "query_string": query}
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    start, answer = sent
    return start["status"], {k.decode(): v.decode("latin-1") for k, v in start["headers"]}, answer["body"]
