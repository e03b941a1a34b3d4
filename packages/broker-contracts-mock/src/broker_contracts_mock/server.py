"""`broker-mock`: serve every vendor's mock over HTTP/1.1 (granian, in this one process).

One process on purpose: each caller's brokerage lives in its memory, so every request of a token must
reach it. Vendors are served under path prefixes on one port: `http://127.0.0.1:4010/clear-street/...`.

The listening socket is bound here, without SO_REUSEPORT (granian's own sockets set it, so that a
second server on a busy port would silently share it): a busy port is an error at once, and `--port 0`
binds a free port with no race. The URLs and credentials to use go to stderr and, with `--print-json`,
to stdout as one line of JSON (`access.MockAccess`) before the server accepts connections. SIGTERM and
SIGINT stop it: requests in progress get half a second, then the process exits.

Connections are capped (granian's `backpressure`: beyond the cap new ones wait in the backlog), and a
connection must send complete request headers within `--header-timeout`, also when it idles between
requests (hyper's header read timeout); request bodies are limited by the app (`limits.Limits`).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import resource
import signal
import socket
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from broker_contracts_mock.access import MockAccess, describe
from broker_contracts_mock.app import MockApp, MockConfig
from broker_contracts_mock.brokerage import MAX_POSITIONS, check_held, growable_accounts
from broker_contracts_mock.faults import MAX_LATENCY_MS, MAX_RETRY_AFTER, Faults
from broker_contracts_mock.limits import KIB, Limits
from broker_contracts_mock.vendor import DEFAULT_PASSWORD, DEFAULT_TOKEN, DEFAULT_USERNAME, Credentials

# The simulated day: history reaches months back and order expiries months ahead of it.
FIRST_DAY, LAST_DAY = date(1970, 1, 1), date(9998, 12, 31)
SHUTDOWN_GRACE = 0.5  # seconds requests in progress get after SIGTERM or SIGINT
HEADER_BUFFER = 32 * KIB  # most a connection may buffer (request line and headers): granian's max_buffer_size
_FILES_RESERVED = 64  # open files besides connections: the listener, logs, the specs read at start


def _token(text: str) -> str:
    """A bearer token a request can carry: visible ASCII, no spaces (the server ignores any other header value)."""
    if not text or not all("!" <= character <= "~" for character in text):
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is no bearer token: one or more visible ASCII characters")
    return text


def _integer(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is not between {low} and {high}")
        return value

    return parse


def _number(low: float, high: float) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a number") from None
        if not low <= value <= high:  # also refuses nan and inf
            raise argparse.ArgumentTypeError(f"{text} is not between {low:g} and {high:g}")
        return value

    return parse


def _latency(text: str) -> tuple[float, float]:
    """`N` or `LOW-HIGH` milliseconds, finite, 0 <= LOW <= HIGH <= MAX_LATENCY_MS."""
    milliseconds = _number(0, MAX_LATENCY_MS)
    low, separator, high = text.partition("-")
    if not low:
        raise argparse.ArgumentTypeError(f"{text!r}: expected N or LOW-HIGH milliseconds, each 0 or more")
    bounds = (milliseconds(low), milliseconds(high) if separator else milliseconds(low))
    if bounds[0] > bounds[1]:
        raise argparse.ArgumentTypeError(f"{text!r}: LOW must not exceed HIGH")
    return bounds


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a date (YYYY-MM-DD)") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(f"{day} is not between {FIRST_DAY} and {LAST_DAY}")
    return day


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The options; an invalid or out-of-range value is an argparse error (usage on stderr, exit 2)."""
    parser = argparse.ArgumentParser(prog="broker-mock", description=__doc__.splitlines()[0])
    add = parser.add_argument
    add("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    add("--port", type=_integer(0, 65535), default=4010, help="port (default 4010; 0: a free port)")
    add(
        "--print-json",
        action="store_true",
        help="first write one line of JSON to stdout: the URL, and each vendor's base URL and credentials",
    )
    add("--seed", type=_integer(0, 2**63 - 1), default=7, help="seed of the simulated data (default 7)")
    add("--today", type=_day, default=date.today(), help=f"simulated day, YYYY-MM-DD ({FIRST_DAY} to {LAST_DAY})")
    add(
        "--token",
        type=_token,
        action="append",
        help="accepted bearer token (repeatable, the first is printed; default test-token)",
    )
    add("--api-key", action="append", metavar="HEADER=VALUE", help="accepted API key for a header (repeatable)")
    add(
        "--login",
        action="append",
        metavar="USER=PASSWORD",
        help="credentials a token endpoint accepts (repeatable; default demo_user=demo_password)",
    )
    add(
        "--positions",
        action="append",
        metavar="[ACCOUNT=]N",
        help=f"seed accounts with N positions (0 to {MAX_POSITIONS}): ACCOUNT (a number such as 19816; "
        "repeatable), or without it every account that trades stocks",
    )
    add("--no-response-validation", action="store_true", help="skip the response self-check")
    add("--quiet", action="store_true", help="do not log one line per request")
    faults = parser.add_argument_group("faults")
    faults.add_argument(
        "--latency-ms", type=_latency, default=(0.0, 0.0), help="added latency: N or LOW-HIGH milliseconds"
    )
    faults.add_argument(
        "--rate-429", type=_number(0, 1), default=0.0, help="share of requests refused as over quota (0..1)"
    )
    faults.add_argument(
        "--retry-after",
        type=_integer(0, MAX_RETRY_AFTER),
        default=1,
        help="Retry-After seconds on injected 429s (default 1)",
    )
    faults.add_argument("--rate-5xx", type=_number(0, 1), default=0.0, help="share of requests answered 5xx (0..1)")
    faults.add_argument(
        "--status-5xx",
        type=_integer(500, 599),
        default=None,
        help="status of injected server errors, for each vendor whose spec documents it (default: 503 where a "
        "spec documents it, else the lowest 5xx it documents)",
    )
    limits = parser.add_argument_group("limits (README: Limits)")
    limits.add_argument(
        "--max-connections",
        type=_integer(1, 1_000_000),
        default=4096,
        help="connections served at once; more wait in the backlog (default 4096)",
    )
    limits.add_argument("--backlog", type=_integer(128, 65535), default=1024, help="listen backlog (default 1024)")
    limits.add_argument(
        "--header-timeout",
        type=_number(0.1, 3600),
        default=10.0,
        help="seconds a connection has to send a request's headers, also when idle between requests (default 10)",
    )
    limits.add_argument(
        "--body-timeout",
        type=_number(0.1, 3600),
        default=Limits.body_timeout,
        help=f"seconds a request has to send its body (default {Limits.body_timeout:g}); then 408",
    )
    limits.add_argument(
        "--max-body-bytes",
        type=_integer(1, 2**30),
        default=Limits.max_body_bytes,
        help=f"longest request body (default {Limits.max_body_bytes}); longer is 413",
    )
    limits.add_argument(
        "--max-sessions",
        type=_integer(1, 100_000),
        default=Limits.max_sessions,
        help=f"login sessions alive at once (default {Limits.max_sessions}); a new one ends the oldest",
    )
    limits.add_argument(
        "--session-lifetime",
        type=_number(1, 366 * 86_400),
        default=None,
        help="seconds a login token lives (default: the vendor's documented lifetime, ETNA 24 h)",
    )
    limits.add_argument(
        "--view-cache",
        type=_integer(1, 100_000),
        default=Limits.view_cache,
        help=f"memoised views per customer (default {Limits.view_cache}), least recently used dropped",
    )
    args = parser.parse_args(argv)
    try:
        config_from_args(args)
    except ValueError as exc:
        parser.error(str(exc))
    return args


def config_from_args(args: argparse.Namespace) -> MockConfig:
    """The mock configuration the command line describes; ValueError names a bad option."""
    api_keys: dict[str, set[str]] = {}
    for item in args.api_key or []:
        header, separator, value = item.partition("=")
        if not separator or not header or not value:
            raise ValueError(f"--api-key {item!r}: expected HEADER=VALUE")
        api_keys.setdefault(header.lower(), set()).add(value)
    logins: dict[str, str] = {}
    for item in args.login or []:
        username, separator, password = item.partition("=")
        if not separator or not username or not password:
            raise ValueError(f"--login {item!r}: expected USER=PASSWORD")
        logins[username] = password
    return MockConfig(
        positions=held_positions(args.positions or []),
        seed=args.seed,
        today=args.today,
        credentials=Credentials(
            tokens=frozenset(args.token or [DEFAULT_TOKEN]),
            api_keys={header: frozenset(values) for header, values in api_keys.items()},
            logins=logins or {DEFAULT_USERNAME: DEFAULT_PASSWORD},
        ),
        validate_responses=not args.no_response_validation,
        faults=Faults(
            latency_ms=args.latency_ms,
            rate_429=args.rate_429,
            retry_after=args.retry_after,
            rate_5xx=args.rate_5xx,
            status_5xx=args.status_5xx,
        ),
        limits=Limits(
            max_body_bytes=args.max_body_bytes,
            body_timeout=args.body_timeout,
            max_sessions=args.max_sessions,
            session_lifetime=args.session_lifetime,
            view_cache=args.view_cache,
        ),
    )


def held_positions(items: Sequence[str]) -> dict[int, int]:
    """`--positions` values (`N` for every account that trades stocks, `ACCOUNT=N` for one) as account
    number -> N, later values winning; ValueError names a bad one."""
    held: dict[int, int] = {}
    for item in items:
        account, separator, count = item.rpartition("=")
        if not _digits(count) or (separator and not _digits(account)):
            raise ValueError(f"--positions {item[:40]!r}: expected N or ACCOUNT=N (whole numbers)")
        accounts = [int(account)] if separator else list(growable_accounts())
        held.update(dict.fromkeys(accounts, int(count) if len(count) < 10 else MAX_POSITIONS + 1))
    try:
        check_held(held)
    except ValueError as exc:
        raise ValueError(f"--positions: {exc}") from None
    return held


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until SIGTERM or SIGINT (`argv`: the options; default the command line's)."""
    args = parse_args(sys.argv[1:] if argv is None else list(argv))
    logging.basicConfig(stream=sys.stderr, format="%(message)s", level=logging.WARNING if args.quiet else logging.INFO)
    try:
        listener = bind(args.host, args.port, args.backlog)  # first: a busy port fails at once
    except OSError as exc:
        print(f"broker-mock: cannot listen on {args.host} port {args.port}: {_reason(exc)}", file=sys.stderr)
        return 1
    try:
        app = MockApp(config_from_args(args))
    except ValueError as exc:
        listener.close()
        print(f"broker-mock: error: {exc}", file=sys.stderr)
        return 2
    connections = connection_cap(args.max_connections)
    port = listener.getsockname()[1]
    access = describe(app, f"http://{_url_host(args.host)}:{port}", args.token[0] if args.token else None)
    if args.print_json:
        print(access.to_json(), flush=True)
    print(_listing(access), file=sys.stderr, flush=True)
    if connections < args.max_connections:
        print(f"broker-mock: --max-connections {connections}: the open-file limit allows no more", file=sys.stderr)
    with listener:
        serve(app, listener, connections, args.header_timeout, args.backlog)
    return 0


def bind(host: str, port: int, backlog: int) -> socket.socket:
    """A listening TCP socket on `host`:`port` of this process's own (SO_REUSEADDR, so a restart need
    not wait for old connections to time out; never SO_REUSEPORT); OSError when it cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family, backlog=backlog, reuse_port=False)


def _reason(error: OSError) -> str:
    if error.errno == 98:  # EADDRINUSE
        return "the port is in use (another broker-mock?); choose another --port, or --port 0 for a free one"
    return error.strerror or str(error)


def connection_cap(wanted: int) -> int:
    """The connection cap the open-file limit allows: the soft limit is raised (up to the hard limit) to
    fit `wanted` connections and a reserve; the cap is lowered when the hard limit is too low."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    needed = wanted + _FILES_RESERVED
    if soft != resource.RLIM_INFINITY and soft < needed:
        soft = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    return wanted if soft == resource.RLIM_INFINITY else max(1, min(wanted, soft - _FILES_RESERVED))


def serve(app: MockApp, listener: socket.socket, connections: int, header_timeout: float, backlog: int) -> None:
    """Serve `app` on `listener` until SIGTERM or SIGINT (granian's embedded server, uvloop).

    The heap built so far (compiled specs and validators, seeded data: nearly all the objects the
    process will hold) is first frozen out of the cyclic garbage collector. Requests in flight outlive
    young collections and age into the oldest generation, so under load a full collection came every
    second or two, and walked that whole heap: 17 to 75 ms with every request stalled, the p99 at 256
    connections. It now walks what came after start, about 1 ms."""
    import uvloop

    gc.collect()
    gc.freeze()
    uvloop.run(_serve(app, listener, connections, header_timeout, backlog))


async def _serve(app: MockApp, listener: socket.socket, connections: int, header_timeout: float, backlog: int) -> None:
    from granian._granian import SocketHolder
    from granian.constants import HTTPModes, Interfaces
    from granian.http import HTTP1Settings
    from granian.log import LogLevels
    from granian.server.embed import Server

    class BoundServer(Server):
        """granian's embedded server on `listener` (it would otherwise bind a socket with SO_REUSEPORT)."""

        def _init_shared_socket(self) -> None:
            self._ssp = None
            # Linux's holder takes (fd, is_uds, backlog); granian closes its duplicate, we close ours.
            self._shd = SocketHolder(os.dup(listener.fileno()), False, backlog)  # type: ignore[call-arg,assignment]

    server = BoundServer(
        app,
        interface=Interfaces.RSGI,  # MockApp.__rsgi__: no per-request dicts and awaits (ASGI's)
        http=HTTPModes.http1,  # HTTP/1.1 only: hyper's header timeout does not cover HTTP/2 detection
        websockets=False,
        backlog=backlog,
        backpressure=connections,  # granian holds a permit per open connection: a connection cap
        http1_settings=HTTP1Settings(
            header_read_timeout=max(1, round(header_timeout * 1000)), keep_alive=True, max_buffer_size=HEADER_BUFFER
        ),
        log_level=LogLevels.error,
        log_dictconfig=_GRANIAN_LOGS,
    )
    loop = asyncio.get_running_loop()

    def stop() -> None:
        server.stop()  # type: ignore[no-untyped-call]  # granian leaves it unannotated
        loop.call_later(SHUTDOWN_GRACE, _exit_now)

    for stopping in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(stopping, stop)
    await server.serve()


def _exit_now() -> None:
    """Requests still in progress after the grace period (a body still arriving) do not hold the exit."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


# granian's log records go to stderr, as ours do (stdout carries only the `--print-json` line).
_GRANIAN_LOGS: dict[str, Any] = {
    "handlers": {
        "console": {"formatter": "generic", "class": "logging.StreamHandler", "stream": "ext://sys.stderr"},
        "access": {"formatter": "access", "class": "logging.StreamHandler", "stream": "ext://sys.stderr"},
    }
}


def _url_host(host: str) -> str:
    """The host part of a URL that reaches a server listening on `host` from this machine."""
    loopback = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)
    return f"[{loopback}]" if ":" in loopback else loopback


def _listing(access: MockAccess) -> str:
    """The URLs and credentials, for people."""
    lines = [f"broker-mock: {access.url} (bearer token {access.token}; POST /__reset with it drops your changes)"]
    for name, vendor in access.vendors.items():
        sent = "; ".join(f"{header}: {value}" for header, value in vendor.headers.items())
        if vendor.login:
            sent += f"; login POST {vendor.login.url} as {vendor.login.username} / {vendor.login.password}"
        lines.append(f"{name}: {vendor.base_url}  ({sent})")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
