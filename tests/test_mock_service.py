"""The mock as a network service, over real sockets on 127.0.0.1: it refuses a busy port, stops on
SIGTERM and SIGINT, keeps answering next to thousands of idle sockets, times out slow clients, refuses
oversized bodies without growing, and answers abusive input with 400 in the vendor's error shape."""

from __future__ import annotations

import base64
import contextlib
import functools
import gc
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import httpx
import pytest
import uvloop

from broker_contracts_mock.access import MockAccess
from broker_contracts_mock.app import MockApp
from broker_contracts_mock.process import RunningMock, running_mock
from broker_contracts_mock.server import serve
from scripts.soak import rss_mib

from .mock_support import make_app

pytestmark = pytest.mark.xdist_group("mock-service")  # thousands of sockets: one worker at a time

IDLE_SOCKETS = 2000
BIG = "9" * 5000  # more digits than Python converts to an int
DELETE_HEAD = (
    b"DELETE /clear-street/v1/accounts/19816/positions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
)
RSS_GROWTH_BOUND_MB = 16  # the body limit is 64 KiB: a 50 MB body must not cost more than this


@functools.cache
def _served() -> MockApp:
    """The served specs, to check each error body against the schema they document."""
    return make_app()


def _token(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _address(mock: RunningMock) -> tuple[str, int]:
    url = urllib.parse.urlsplit(mock.url)
    return str(url.hostname), int(url.port or 80)


def _read_all(connection: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (the socket's timeout bounds each read)."""
    received = b""
    with contextlib.suppress(ConnectionResetError):
        while chunk := connection.recv(65536):
            received += chunk
    return received


def _conforms(vendor: str, method: str, url: str, response: httpx.Response) -> None:
    """The error body is what the vendor's spec documents for the status on that operation."""
    path = urllib.parse.urlsplit(url).path.removeprefix(f"/{vendor}")
    found = _served().vendors[vendor].router.match(path.rstrip("/"))
    assert found is not None, path
    operation = found[0].operation(method)
    assert operation is not None
    documented = operation.response(response.status_code)
    assert documented is not None and documented.check is not None, (vendor, response.status_code)
    assert documented.check.problem(response.json()) is None, response.text


@pytest.fixture(scope="module")
def service(start_module_mock: Callable[..., RunningMock]) -> RunningMock:
    """A server of this module's own, so that its sockets and requests meet no other test's."""
    return start_module_mock()


@pytest.fixture(scope="module")
def impatient(start_module_mock: Callable[..., RunningMock]) -> RunningMock:
    """A server with half-second header and body timeouts."""
    return start_module_mock("--header-timeout", "0.5", "--body-timeout", "0.5")


@pytest.fixture(scope="module")
def start_module_mock(broker_mock_options: list[str]) -> Iterator[Callable[..., RunningMock]]:
    with contextlib.ExitStack() as servers:
        yield lambda *options: servers.enter_context(running_mock([*broker_mock_options, *options]))


# ---- one port, one process ------------------------------------------------------------------------


def _start(*options: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "broker_contracts_mock", "--quiet", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_a_busy_port_is_refused_at_once_and_the_first_server_keeps_it(service: RunningMock) -> None:
    host, port = _address(service)
    second = subprocess.run(
        [sys.executable, "-m", "broker_contracts_mock", "--port", str(port)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert second.returncode == 1 and "Traceback" not in second.stderr
    assert f"broker-mock: cannot listen on 127.0.0.1 port {port}: the port is in use" in second.stderr
    assert second.stdout == ""
    # The first server holds the port alone: even a socket that asks to share it (SO_REUSEPORT, what
    # granian's own sockets set) cannot bind it.
    sharer = socket.socket()
    sharer.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    with sharer, pytest.raises(OSError, match="Address already in use"):
        sharer.bind((host, port))
    assert httpx.get(f"{service.url}/__health", timeout=10).status_code == 200


def test_a_port_held_by_another_program_is_refused() -> None:
    with socket.socket() as other:
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        other.bind(("127.0.0.1", 0))
        other.listen()
        done = subprocess.run(
            [sys.executable, "-m", "broker_contracts_mock", "--port", str(other.getsockname()[1])],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 1 and "the port is in use" in done.stderr and "Traceback" not in done.stderr


def test_an_address_not_of_this_machine_is_a_clear_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "broker_contracts_mock", "--port", "0", "--host", "192.0.2.1"],  # TEST-NET-1
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("broker-mock: cannot listen on 192.0.2.1 port 0: "), done.stderr


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_sigterm_and_sigint_stop_it_within_a_second(stop: signal.Signals) -> None:
    """Even with idle connections and a request whose body never arrives (which a graceful stop would
    wait for), the server is gone within a second of the signal."""
    server = _start("--port", "0", "--print-json")
    try:
        assert server.stdout is not None
        url = urllib.parse.urlsplit(MockAccess.from_json(server.stdout.readline().decode()).url)
        address = (str(url.hostname), int(url.port or 80))
        _wait_until_up(f"http://{address[0]}:{address[1]}/__health")
        idle = [socket.create_connection(address, timeout=10) for _ in range(20)]
        stuck = socket.create_connection(address, timeout=10)
        stuck.sendall(b"DELETE /clear-street/v1/accounts/19816/positions HTTP/1.1\r\nHost: x\r\n")
        stuck.sendall(b"Authorization: Bearer test-token\r\nContent-Length: 100\r\n\r\n{")
        time.sleep(0.2)  # the request reaches the app, which waits for the rest of its body
        started = time.monotonic()
        server.send_signal(stop)
        server.wait(timeout=1.0)
        print(f"{stop.name}: stopped after {time.monotonic() - started:.3f} s")
        for connection in [*idle, stuck]:
            connection.close()
    finally:
        server.kill()
        server.wait(timeout=10)
        for stream in (server.stdout, server.stderr):
            if stream:
                stream.close()


def test_the_heap_built_at_start_is_frozen_out_of_the_garbage_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    """`serve` freezes what exists before the first request (the specs, validators, seeded data), so that
    full collections under load walk only what came after (README: Benchmark)."""
    frozen: list[int] = []

    def run(coroutine: Coroutine[Any, Any, None]) -> None:
        frozen.append(gc.get_freeze_count())
        coroutine.close()

    monkeypatch.setattr(uvloop, "run", run)
    with socket.socket() as listener:
        try:
            serve(_served(), listener, connections=1, header_timeout=1.0, backlog=128)
        finally:
            gc.unfreeze()
    assert frozen and frozen[0] > 0


def _wait_until_up(url: str) -> None:
    for _ in range(300):
        with contextlib.suppress(httpx.TransportError):
            httpx.get(url, timeout=1)
            return
        time.sleep(0.05)
    raise AssertionError(f"{url} never answered")


# ---- connections: many, idle, slow ----------------------------------------------------------------


@contextlib.contextmanager
def _open_files(needed: int) -> Iterator[None]:
    """This process's soft open-file limit raised to `needed` (bounded by the hard limit), then restored."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < needed:
        pytest.skip(f"the hard open-file limit ({hard}) is below {needed}")
    if soft != resource.RLIM_INFINITY and soft < needed:
        resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_thousands_of_idle_sockets_do_not_starve_a_client(service: RunningMock) -> None:
    address = _address(service)
    clear_street = service.vendors["clear-street"]
    with _open_files(IDLE_SOCKETS + 256), contextlib.ExitStack() as sockets:
        for _ in range(IDLE_SOCKETS):
            sockets.enter_context(socket.create_connection(address, timeout=10))
        started = time.monotonic()
        answer = httpx.get(
            f"{clear_street.base_url}/v1/accounts/19816/balances", headers=dict(clear_street.headers), timeout=1.0
        )
        print(f"answered next to {IDLE_SOCKETS} idle sockets in {time.monotonic() - started:.3f} s")
    assert answer.status_code == 200


def test_connections_past_the_cap_wait_until_one_closes(start_module_mock: Callable[..., RunningMock]) -> None:
    """`--max-connections 2`: two open connections hold the server's two places; a third is accepted by
    the kernel but not served (its request gets no answer) until one of the two closes."""
    capped = start_module_mock("--max-connections", "2")
    request = b"GET /__health HTTP/1.1\r\nHost: x\r\n\r\n"
    with contextlib.ExitStack() as stack:
        held = [stack.enter_context(socket.create_connection(_address(capped), timeout=10)) for _ in range(2)]
        for connection in held:
            connection.sendall(request)
            assert connection.recv(65536).startswith(b"HTTP/1.1 200")
        third = stack.enter_context(socket.create_connection(_address(capped), timeout=0.5))
        third.sendall(request)
        with pytest.raises(TimeoutError):
            third.recv(65536)
        held[0].close()
        third.settimeout(10)
        assert third.recv(65536).startswith(b"HTTP/1.1 200")


def test_connections_without_a_complete_request_are_closed_after_the_header_timeout(impatient: RunningMock) -> None:
    """One that sends nothing, one that sends part of its headers, one idle after a request: all closed."""
    sent = [b"", b"GET /__health HTTP/1.1\r\nHost: x\r\n", b"GET /__health HTTP/1.1\r\nHost: x\r\n\r\n"]
    with contextlib.ExitStack() as stack:
        connections = [stack.enter_context(socket.create_connection(_address(impatient), timeout=10)) for _ in sent]
        for connection, data in zip(connections, sent, strict=True):
            connection.sendall(data)
        received = [_read_all(connection) for connection in connections]  # each ends when the server closes
    assert [answer.startswith(b"HTTP/1.1 200") for answer in received] == [False, False, True]


def test_a_partial_body_is_timed_out_with_408_in_the_vendor_shape(impatient: RunningMock) -> None:
    with socket.create_connection(_address(impatient), timeout=10) as connection:
        connection.sendall(
            DELETE_HEAD
            + f"Authorization: Bearer {impatient.token}\r\nContent-Length: 20\r\n\r\n".encode()
            + b'{"cancel'
        )
        received = _read_all(connection)
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408") and b"connection: close" in head.lower()
    assert httpx.Response(408, content=body).json()["error"] == {
        "code": 408,
        "message": "the request body did not arrive within 0.5 s (8 bytes came)",
    }


def test_a_body_cut_short_is_refused_and_no_part_of_it_acted_on(service: RunningMock) -> None:
    """The client declares 40 bytes, sends `{}` (which would flatten the account) and stops sending."""
    clear_street = service.vendors["clear-street"]
    positions = f"{clear_street.base_url}/v1/accounts/19816/positions"
    held = httpx.get(positions, headers=dict(clear_street.headers), timeout=10).json()["data"]
    with socket.create_connection(_address(service), timeout=10) as connection:
        connection.sendall(
            DELETE_HEAD + f"Authorization: Bearer {service.token}\r\nContent-Length: 40\r\n\r\n{{}}".encode()
        )
        connection.shutdown(socket.SHUT_WR)
        received = _read_all(connection)
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and b"connection: close" in head.lower()
    message = httpx.Response(400, content=body).json()["error"]["message"]
    assert message == "the request body ended after 2 of its 40 bytes"
    assert held and httpx.get(positions, headers=dict(clear_street.headers), timeout=10).json()["data"] == held


# ---- a 50 MB body ---------------------------------------------------------------------------------

FIFTY_MB = 50 * 1024 * 1024


def _send_body(connection: socket.socket, chunks: Iterator[bytes]) -> None:
    """Send until the server stops reading and closes (a broken pipe or reset ends it)."""
    with contextlib.suppress(OSError):
        for chunk in chunks:
            connection.sendall(chunk)


@pytest.mark.parametrize("declared", [True, False], ids=["Content-Length", "chunked"])
def test_a_50_mb_body_is_refused_with_413_and_the_process_stays_small(service: RunningMock, declared: bool) -> None:
    """With Content-Length the 413 comes before any of the body is read; a chunked body is read only up
    to the limit. Either way the rest is never read, and the server's memory barely moves."""
    auth = f"Authorization: Bearer {service.token}\r\n".encode()
    before = rss_mib(service.pid)
    megabyte = b"[" * (1024 * 1024)
    if declared:
        head = DELETE_HEAD + auth + f"Content-Length: {FIFTY_MB}\r\n\r\n".encode()
        chunks: Iterator[bytes] = iter([megabyte] * 50)
    else:
        head = DELETE_HEAD + auth + b"Transfer-Encoding: chunked\r\n\r\n"
        chunks = iter([b"%x\r\n%s\r\n" % (len(megabyte), megabyte)] * 50 + [b"0\r\n\r\n"])
    with socket.create_connection(_address(service), timeout=10) as connection:
        connection.sendall(head)
        sender = threading.Thread(target=_send_body, args=(connection, chunks))
        sender.start()
        received = _read_all(connection)
        sender.join(timeout=30)
    grown = rss_mib(service.pid) - before
    print(f"{'declared' if declared else 'chunked'} 50 MB body: RSS grew {grown:.1f} MB")
    head_received, _, body = received.partition(b"\r\n\r\n")
    assert head_received.startswith(b"HTTP/1.1 413") and b"connection: close" in head_received.lower()
    error = httpx.Response(413, content=body).json()["error"]
    assert error["code"] == 413 and "over the limit of 65536 bytes" in error["message"]
    assert grown < RSS_GROWTH_BOUND_MB


# ---- abusive input: 400 in the vendor's shape ------------------------------------------------------

CS = "/clear-street/v1/accounts"
TRADIER = "/tradier/v1/accounts"
ETNA = "/etna/v1.0/accounts"
ETNA_ORDERS = f"{ETNA}/19816/orders?pageNumber=0&pageSize=10"
TS2 = "/tradestation-v2/v2/accounts"
TS3_ORDERS = "/tradestation-v3/v3/brokerage/accounts/3119816/historicalorders"
NESTED = b'{"cancel_orders": ' + b"[" * 300 + b"]" * 300 + b"}"
ABUSE: list[tuple[str, str, str, bytes | None]] = [
    # (vendor, method, path and query, JSON body)
    ("clear-street", "GET", f"{CS}?page_size={BIG}", None),
    ("clear-street", "GET", f"{CS}/{BIG}/balances", None),
    ("clear-street", "GET", f"{CS}/19816/balances?top_margin_contributors_limit={BIG}", None),
    ("clear-street", "GET", f"{CS}?page_token={_token('offset=' + '9' * 40 + '&size=5')}", None),
    ("clear-street", "GET", f"{CS}?page_token={_token(f'offset={BIG}&size=5')}", None),
    ("clear-street", "GET", f"{CS}/19816/positions?page_token={_token('offset=0&size=' + BIG)}", None),
    ("clear-street", "GET", f"{CS}/19816/portfolio-history?start_date=0000-01-01", None),
    ("clear-street", "GET", f"{CS}/19816/portfolio-history?start_date=2026-11-02&end_date=9999-12-31", None),
    ("clear-street", "GET", f"{CS}/%FF/balances", None),
    ("clear-street", "DELETE", f"{CS}/19816/positions", b"[" * 30_000 + b"]" * 30_000),
    ("clear-street", "DELETE", f"{CS}/19816/positions", NESTED),
    ("clear-street", "DELETE", f"{CS}/19816/positions", b'{"cancel_orders": ' + BIG.encode() + b"}"),
    ("tradier", "GET", f"{TRADIER}/VA00019816/history?page={BIG}", None),
    ("tradier", "GET", f"{TRADIER}/VA00019816/gainloss?limit={BIG}", None),
    ("tradier", "GET", f"{TRADIER}/VA00019816/history?start=2026-02-30", None),
    ("tradier", "GET", f"{TRADIER}/%FF/balances", None),
    ("etna", "GET", f"{ETNA}/{BIG}/info", None),
    ("etna", "GET", f"{ETNA}/19816/orders?pageNumber={BIG}&pageSize=10", None),
    ("etna", "GET", f"{ETNA_ORDERS}&filter={'(' * 5000}Id%20%3E%200{')' * 5000}", None),
    ("etna", "GET", f"{ETNA_ORDERS}&filter={'not%20' * 5000}Id%20%3E%200", None),
    ("etna", "GET", f"{ETNA_ORDERS}&filter=Status%20in%20({BIG})", None),
    ("etna", "GET", f"{ETNA}/19816/history?startDate=2026-13-01T00:00:00Z&endDate=2026-11-20T00:00:00Z&step=1", None),
    ("tradestation-v2", "GET", f"{TS2}/119816/orders?pageNum={BIG}", None),
    ("tradestation-v2", "GET", f"{TS2}/{BIG}/balances", None),
    ("tradestation-v2", "GET", f"{TS2}/119816/orders?since=02-30-2026", None),
    ("tradestation-v3", "GET", f"{TS3_ORDERS}?since=2026-08-22&pageSize={BIG}", None),
    ("tradestation-v3", "GET", f"{TS3_ORDERS}?since=0000-01-01", None),
    (
        "tradestation-v3",
        "GET",
        f"{TS3_ORDERS}?since=2026-08-22&nextToken={_token('since=2026-08-22&offset=' + '9' * 40)}",
        None,
    ),
]


@pytest.mark.parametrize(
    ("vendor", "method", "path", "body"), ABUSE, ids=[f"{v}-{i}" for i, (v, *_) in enumerate(ABUSE)]
)
def test_abusive_input_is_a_400_in_the_vendor_shape(
    service: RunningMock, vendor: str, method: str, path: str, body: bytes | None
) -> None:
    """Integers of more than 4,300 digits, dates out of range, forged cursors, deep nesting: each is a
    400 whose body is the one the vendor's spec documents, never a plain-text 500."""
    headers: dict[str, Any] = dict(service.vendors[vendor].headers)
    if body is not None:
        headers["Content-Type"] = "application/json"
    url = service.url + path
    response = httpx.request(method, url, headers=headers, content=body, timeout=30)
    assert response.status_code == 400, response.text[:300]
    _conforms(vendor, method, url, response)


def test_encoded_commas_split_an_unexploded_array(service: RunningMock) -> None:
    clear_street = service.vendors["clear-street"]
    url = f"{clear_street.base_url}/v1/accounts/19816/positions?instrument_ids=AAPL%2CTSLA"
    response = httpx.get(url, headers=dict(clear_street.headers), timeout=10)
    assert [row["symbol"] for row in response.json()["data"]] == ["AAPL", "TSLA"]


def test_head_answers_a_get_route_without_the_body(service: RunningMock) -> None:
    tradier = service.vendors["tradier"]
    url = f"{tradier.base_url}/v1/accounts/VA00019816/balances"
    got = httpx.get(url, headers=dict(tradier.headers), timeout=10)
    head = httpx.head(url, headers=dict(tradier.headers), timeout=10)
    assert (head.status_code, head.content) == (200, b"")
    assert head.headers["content-length"] == str(len(got.content))
