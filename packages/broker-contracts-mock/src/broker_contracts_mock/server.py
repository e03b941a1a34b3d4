"""`broker-mock`: serve every vendor's mock on 127.0.0.1 (granian, one worker).

One worker on purpose: each caller's brokerage lives in the process, so every request of a token
must reach the same process. Vendors are served under path prefixes on one port:
`http://127.0.0.1:4010/clear-street/v1/accounts`, `http://127.0.0.1:4010/tradier/v1/...`.
`--port 0` takes a free port; the URLs and credentials to use go to stderr, and with `--print-json`
also to stdout as one line of JSON (`access.MockAccess`) before the server starts.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from broker_contracts_mock.access import MockAccess, describe
from broker_contracts_mock.app import MockApp, MockConfig
from broker_contracts_mock.faults import Faults
from broker_contracts_mock.process import free_port
from broker_contracts_mock.vendor import DEFAULT_PASSWORD, DEFAULT_TOKEN, DEFAULT_USERNAME, Credentials

_ENVIRONMENT = "BROKER_CONTRACTS_MOCK"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="broker-mock", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=4010, help="port (default 4010; 0: a free port)")
    parser.add_argument(
        "--print-json",
        action="store_true",
        help="first write one line of JSON to stdout: the URL, and each vendor's base URL and credentials",
    )
    parser.add_argument("--seed", type=int, default=7, help="seed of the simulated data (default 7)")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today(), help="simulated day, YYYY-MM-DD")
    parser.add_argument(
        "--token",
        action="append",
        help="accepted bearer token (repeatable, the first is the one printed; default test-token)",
    )
    parser.add_argument(
        "--api-key", action="append", metavar="HEADER=VALUE", help="accepted API key for a header (repeatable)"
    )
    parser.add_argument(
        "--login",
        action="append",
        metavar="USER=PASSWORD",
        help="credentials a token endpoint accepts (repeatable; default demo_user=demo_password)",
    )
    parser.add_argument("--no-response-validation", action="store_true", help="skip the response self-check")
    parser.add_argument("--latency-ms", default="0", help="added latency: N or LOW-HIGH milliseconds")
    parser.add_argument(
        "--rate-429",
        type=float,
        default=0.0,
        help="share of requests refused as over quota, 429 or the vendor's own (0..1)",
    )
    parser.add_argument("--retry-after", type=int, default=1, help="Retry-After seconds on injected 429s")
    parser.add_argument("--rate-5xx", type=float, default=0.0, help="share of requests answered 5xx (0..1)")
    parser.add_argument(
        "--status-5xx",
        type=int,
        default=None,
        help="status of injected server errors (default: 503 where a vendor's spec documents it, else the "
        "lowest 5xx it documents, else 503)",
    )
    parser.add_argument("--quiet", action="store_true", help="do not log one line per request")
    return parser.parse_args(argv)


def config_from_args(args: argparse.Namespace) -> MockConfig:
    """The mock configuration the command line describes; ValueError names a bad option."""
    low, _, high = args.latency_ms.partition("-")
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
        seed=args.seed,
        today=args.today,
        credentials=Credentials(
            tokens=frozenset(args.token or [DEFAULT_TOKEN]),
            api_keys={header: frozenset(values) for header, values in api_keys.items()},
            logins=logins or {DEFAULT_USERNAME: DEFAULT_PASSWORD},
        ),
        validate_responses=not args.no_response_validation,
        faults=Faults(
            latency_ms=(float(low), float(high or low)),
            rate_429=args.rate_429,
            retry_after=args.retry_after,
            rate_5xx=args.rate_5xx,
            status_5xx=args.status_5xx,
        ),
    )


def _encode(config: MockConfig, quiet: bool) -> str:
    data: dict[str, Any] = asdict(config)
    data["today"] = config.today.isoformat()
    data["credentials"] = {
        "tokens": sorted(config.credentials.tokens),
        "api_keys": {k: sorted(v) for k, v in config.credentials.api_keys.items()},
        "logins": config.credentials.logins,
    }
    data["quiet"] = quiet
    return json.dumps(data)


def app_from_environment() -> MockApp:
    """The granian factory: rebuild the configuration the parent process put in the environment."""
    data = json.loads(os.environ[_ENVIRONMENT])
    logging.basicConfig(
        stream=sys.stderr, format="%(message)s", level=logging.WARNING if data["quiet"] else logging.INFO
    )
    faults = data["faults"]
    config = MockConfig(
        seed=data["seed"],
        today=date.fromisoformat(data["today"]),
        credentials=Credentials(
            tokens=frozenset(data["credentials"]["tokens"]),
            api_keys={k: frozenset(v) for k, v in data["credentials"]["api_keys"].items()},
            logins=data["credentials"]["logins"],
        ),
        validate_responses=data["validate_responses"],
        faults=Faults(**{**faults, "latency_ms": tuple(faults["latency_ms"])}),
    )
    return MockApp(config)


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until interrupted (`argv`: the options; default the command line's)."""
    args = parse_args(sys.argv[1:] if argv is None else list(argv))
    try:
        config = config_from_args(args)
    except ValueError as exc:
        print(f"mock: {exc}", file=sys.stderr)
        return 2
    os.environ[_ENVIRONMENT] = _encode(config, args.quiet)
    app = app_from_environment()  # fail fast (bad spec, bad vendor module) before binding the port
    try:
        port = args.port or free_port(args.host)
    except OSError as exc:
        print(f"mock: no free port on --host {args.host}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    access = describe(app, f"http://{_url_host(args.host)}:{port}", args.token[0] if args.token else None)
    if args.print_json:
        print(access.to_json(), flush=True)
    print(_listing(access), file=sys.stderr, flush=True)
    from granian import Granian
    from granian.constants import Interfaces, Loops

    Granian(
        "broker_contracts_mock.server:app_from_environment",
        address=args.host,
        port=port,
        interface=Interfaces.ASGI,
        workers=1,
        loop=Loops.uvloop,
        factory=True,
        log_level="warning",  # type: ignore[arg-type]
        log_access=False,
    ).serve()
    return 0


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
