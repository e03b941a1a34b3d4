"""`make bench`: our mock against Steady and Prism, on the same spec and machine, in one run, side by side.

Each server serves Clear Street's contract on 127.0.0.1; `wrk` (one thread, 32 connections, a fixed
duration after a warm-up) loads GET balances and GET positions on each in turn. The table gives
requests per second and p50/p99 latency, and the ratios to the peers. Our mock runs with request
validation on and the response self-check off (`--no-response-validation`), the configuration the
target is set for; a second row shows it with the self-check on. The peers come from npm, pinned in
`scripts/bench/package.json`, installed into `build/bench/`.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from broker_contracts_mock.process import free_port, running
from scripts.fuzz import FIXED_DAY
from scripts.specs import PROJECT_ROOT, SPECS_DIR

PEERS = PROJECT_ROOT / "build" / "bench"
SPEC = SPECS_DIR / "clear-street" / "openapi.yaml"
ENDPOINTS = {"balances": "/v1/accounts/19816/balances", "positions": "/v1/accounts/19816/positions"}
AUTH = {"Authorization": "Bearer test-token"}
TARGET_RATIO_TO_STEADY = 1.5
TARGET_P99_MS = 5.0
_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclass(frozen=True)
class Server:
    """How to start one server on a port, and the URL prefix its Clear Street paths live under."""

    name: str
    command: tuple[str, ...]
    prefix: str = ""

    def start(self, port: int) -> list[str]:
        return [part.format(port=port, spec=SPEC, peers=PEERS) for part in self.command]


SERVERS = (
    Server(
        "ours",
        (sys.executable, "-m", "broker_contracts_mock", "--port", "{port}", "--quiet", "--today", FIXED_DAY,
         "--no-response-validation"),
        "/clear-street",
    ),
    Server(
        "ours, self-check on",
        (sys.executable, "-m", "broker_contracts_mock", "--port", "{port}", "--quiet", "--today", FIXED_DAY),
        "/clear-street",
    ),
    Server("steady", ("{peers}/node_modules/.bin/steady", "--host", "127.0.0.1", "-p", "{port}", "-q", "{spec}")),
    Server(
        "prism", ("{peers}/node_modules/.bin/prism", "mock", "-h", "127.0.0.1", "-p", "{port}", "-v", "warn", "{spec}")
    ),
)  # fmt: skip


@dataclass(frozen=True)
class Measure:
    """One wrk run."""

    server: str
    endpoint: str
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    non_2xx: int


def parse_wrk(output: str) -> tuple[float, float, float, int]:
    """(requests/s, p50 ms, p99 ms, non-2xx responses) from `wrk --latency` output."""
    rate = re.search(r"Requests/sec:\s+([0-9.]+)", output)
    p50 = re.search(r"^\s+50%\s+([0-9.]+)(us|ms|s)\s*$", output, re.M)
    p99 = re.search(r"^\s+99%\s+([0-9.]+)(us|ms|s)\s*$", output, re.M)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+([0-9]+)", output)
    if not (rate and p50 and p99):
        raise ValueError(f"cannot read wrk's output:\n{output}")
    return (
        float(rate.group(1)),
        float(p50.group(1)) * _UNITS[p50.group(2)],
        float(p99.group(1)) * _UNITS[p99.group(2)],
        int(non_2xx.group(1)) if non_2xx else 0,
    )


def _wrk(url: str, seconds: int, connections: int) -> str:
    headers = [arg for name, value in AUTH.items() for arg in ("-H", f"{name}: {value}")]
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", *headers, url]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def measure(server: Server, seconds: int, connections: int) -> list[Measure]:
    """Start the server, warm it up, then load each endpoint in turn."""
    port = free_port()
    base = f"http://127.0.0.1:{port}{server.prefix}"
    results = []
    with running(server.start(port), base + ENDPOINTS["balances"], AUTH):
        for endpoint, path in ENDPOINTS.items():
            _wrk(base + path, 2, connections)
            rate, p50, p99, non_2xx = parse_wrk(_wrk(base + path, seconds, connections))
            results.append(Measure(server.name, endpoint, rate, p50, p99, non_2xx))
    return results


def table(results: list[Measure]) -> str:
    """The side-by-side table, with each server's ratio to Steady and to Prism."""
    by = {(m.server, m.endpoint): m for m in results}
    lines = [
        f"{'endpoint':<10} {'server':<20} {'req/s':>9} {'p50 ms':>7} {'p99 ms':>7} {'non-2xx':>8}"
        f" {'x steady':>9} {'x prism':>8}"
    ]
    for endpoint in ENDPOINTS:
        for server in dict.fromkeys(m.server for m in results):
            m = by[(server, endpoint)]
            ratios = [
                f"{m.requests_per_second / by[(peer, endpoint)].requests_per_second:.2f}"
                if (peer, endpoint) in by
                else "-"
                for peer in ("steady", "prism")
            ]
            lines.append(
                f"{endpoint:<10} {server:<20} {m.requests_per_second:9.0f} {m.p50_ms:7.2f} {m.p99_ms:7.2f}"
                f" {m.non_2xx:8d} {ratios[0]:>9} {ratios[1]:>8}"
            )
    return "\n".join(lines)


def verdict(results: list[Measure]) -> list[str]:
    """One line per endpoint: does our mock meet the target (>= 1.5x Steady's rate, p99 <= 5 ms)?"""
    by = {(m.server, m.endpoint): m for m in results}
    lines = []
    for endpoint in ENDPOINTS:
        ours, steady = by[("ours", endpoint)], by[("steady", endpoint)]
        ratio = ours.requests_per_second / steady.requests_per_second
        met = ratio >= TARGET_RATIO_TO_STEADY and ours.p99_ms <= TARGET_P99_MS
        lines.append(
            f"{endpoint}: {ratio:.2f}x Steady (target {TARGET_RATIO_TO_STEADY}x), p99 {ours.p99_ms:.2f} ms "
            f"(target {TARGET_P99_MS} ms): {'met' if met else 'NOT met'}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts bench", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="measured seconds per endpoint (default 10)")
    parser.add_argument("--connections", type=int, default=32, help="concurrent connections (default 32)")
    parser.add_argument("--only", nargs="*", default=None, help="server names to run (default: all)")
    args = parser.parse_args(list(argv or []))
    if shutil.which("wrk") is None:
        print("bench: wrk is not installed (make bench installs it)", file=sys.stderr)
        return 2
    servers = [s for s in SERVERS if args.only is None or s.name in args.only]
    results = [m for server in servers for m in measure(server, args.seconds, args.connections)]
    print(f"Clear Street contract, wrk -t1 -c{args.connections} -d{args.seconds}s on 127.0.0.1\n")
    print(table(results))
    if {"ours", "steady"} <= {m.server for m in results}:
        print("\n" + "\n".join(verdict(results)))
    PEERS.mkdir(parents=True, exist_ok=True)
    (PEERS / "results.json").write_text(json.dumps([asdict(m) for m in results], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
