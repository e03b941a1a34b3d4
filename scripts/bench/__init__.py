"""`make bench`: our mock against Steady and Prism on every vendor's contract, same machine, one run.

Loads each vendor's balances and positions at 1, 32 and 256 connections and a 1,000-position page at
32 (`targets.py` has the requests) with `wrk -t1`, on our mock (request validation on, the response
self-check off), on Steady (a native binary) and, at 32 connections, on our mock with its self-check
on and on Prism. Every server is up for the whole run; within a repeat the servers are loaded one
after the other in each cell, in an order that rotates, and the run repeats (`--repeats`), so a noisy
host shows as a spread and each ratio is taken between loads seconds apart. Prints one Markdown table
(median req/s with the spread, p50, p99, body size, non-2xx answers, ratios to Steady, to Prism and to
Clear Street's rate), the verdict on the acceptance targets, the load average before and after and the
time taken; writes every figure to `build/bench/results.json`. The peers come from npm, pinned in
`scripts/bench/package.json` and installed into `build/bench/` by `make bench`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path

from broker_contracts_mock.process import free_port, running, running_mock
from scripts.bench import report
from scripts.bench.profile import profile
from scripts.bench.targets import (
    CONNECTIONS,
    ENDPOINTS,
    OUR_OPTIONS,
    OURS,
    PEER_SERVERS,
    PEERS,
    SELF_CHECK,
    SERVERS,
    STEADY,
    VENDORS,
    Vendor,
    peer_command,
    peer_spec,
)
from scripts.bench.wrk import load

WARMUP_SECONDS = 1
# A phase's peers serve specs whose examples are the bodies of its endpoints: the page is the same
# operation as positions with another account's body, so the peers are restarted for it.
PHASES = (("balances", "positions"), ("page",))


def measured(server: str, endpoint: str, connections: int) -> bool:
    """Ours and Steady in every cell (the acceptance compares them), the self-check and Prism at 32
    connections, the page at 32 connections only."""
    if endpoint == "page":
        return connections == 32
    return server in (OURS, STEADY) or connections == 32


class Bench:
    """One run: the servers, the bodies each sends, what the peers could not serve, the measures."""

    def __init__(self, servers: Sequence[str], vendors: Sequence[Vendor], seconds: int, repeats: int) -> None:
        self.servers, self.vendors, self.seconds, self.repeats = servers, vendors, seconds, repeats
        self.bases: dict[tuple[str, str], str] = {}  # (server, vendor) -> base URL
        self.body_bytes: dict[tuple[str, str, str], int] = {}
        self.unserved: list[str] = []
        self.measures: list[report.Measure] = []
        self.load_before: tuple[float, ...] = ()
        self.load_after: tuple[float, ...] = ()
        self.took = 0.0

    def run(self) -> None:
        """Every load, noting the load average before and after and the time taken."""
        started, self.load_before = time.monotonic(), os.getloadavg()
        try:
            self._run()
        finally:
            self.took, self.load_after = time.monotonic() - started, os.getloadavg()

    def _run(self) -> None:
        with contextlib.ExitStack() as ours:
            for server, extra in ((OURS, ["--no-response-validation"]), (SELF_CHECK, [])):
                mock = ours.enter_context(running_mock([*OUR_OPTIONS, *extra]))
                self.bases.update({(server, v.name): f"{mock.url}/{v.name}" for v in self.vendors})
            for endpoints in PHASES:
                with self._peers(endpoints):
                    self._phase(endpoints)

    @contextlib.contextmanager
    def _peers(self, endpoints: Sequence[str]) -> Iterator[None]:
        """Steady and Prism on each vendor's spec, its examples our bodies for `endpoints`."""
        folder = PEERS / "specs"
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.ExitStack() as stack:
            for vendor in self.vendors:
                bodies = {e: self._get(SELF_CHECK, vendor, e)[1] for e in endpoints}  # self-checked
                spec = peer_spec(vendor, bodies, folder)
                for server in [s for s in PEER_SERVERS if s in self.servers]:
                    port = free_port()
                    base = f"http://127.0.0.1:{port}"
                    ready = base + vendor.paths[endpoints[0]]
                    try:
                        stack.enter_context(running(peer_command(server, spec, port), ready, dict(vendor.headers)))
                    except RuntimeError as exc:
                        self.unserved.append(f"{server} cannot serve {vendor.name}: {str(exc)[:300]}")
                        continue
                    self.bases[(server, vendor.name)] = base
            yield
            for server in PEER_SERVERS:
                for vendor in self.vendors:
                    self.bases.pop((server, vendor.name), None)

    def _phase(self, endpoints: Sequence[str]) -> None:
        ready = self._check(endpoints)
        for server, vendor, endpoint in ready:
            load(self._url(server, vendor, endpoint), vendor.headers, 32, WARMUP_SECONDS)
        cells = [(v, e, c) for v in self.vendors for e in endpoints for c in CONNECTIONS]
        for repeat in range(self.repeats):
            for index, (vendor, endpoint, connections) in enumerate(cells):
                servers = [s for s, v, e in ready if (v, e) == (vendor, endpoint) and measured(s, e, connections)]
                turn = (repeat + index) % len(servers) if servers else 0
                for server in servers[turn:] + servers[:turn]:
                    result = load(self._url(server, vendor, endpoint), vendor.headers, connections, self.seconds)
                    self.measures.append(
                        report.Measure(repeat, server, vendor.name, endpoint, connections, *asdict(result).values())
                    )

    def _check(self, endpoints: Sequence[str]) -> list[tuple[str, Vendor, str]]:
        """The (server, vendor, endpoint) that answer 200, each body's size noted; the others go to `unserved`."""
        ready = []
        for vendor in self.vendors:
            for endpoint in endpoints:
                for server in [s for s in self.servers if (s, vendor.name) in self.bases]:
                    status, body = self._get(server, vendor, endpoint)
                    if status == 200:
                        ready.append((server, vendor, endpoint))
                        self.body_bytes[(server, vendor.name, endpoint)] = len(body)
                    else:
                        self.unserved.append(f"{server} answers {vendor.name} {endpoint} {status}: {body[:200]!r}")
        return ready

    def _get(self, server: str, vendor: Vendor, endpoint: str) -> tuple[int, bytes]:
        request = urllib.request.Request(self._url(server, vendor, endpoint), headers=dict(vendor.headers))
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def _url(self, server: str, vendor: Vendor, endpoint: str) -> str:
        return self.bases[(server, vendor.name)] + vendor.paths[endpoint]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts bench", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=2, help="measured seconds per load (default 2)")
    parser.add_argument("--repeats", type=int, default=3, help="rounds over every cell and server (default 3)")
    parser.add_argument("--quick", action="store_true", help="one round of 1-second loads (about 2 minutes)")
    parser.add_argument("--vendors", nargs="*", choices=[v.name for v in VENDORS], help="vendors (default: all)")
    parser.add_argument("--servers", nargs="*", choices=SERVERS, help="servers (default: all)")
    parser.add_argument("--profile", metavar="VENDOR/ENDPOINT", help="profile our server on one endpoint instead")
    args = parser.parse_args(list(argv or []))
    if shutil.which("wrk") is None:
        print("bench: wrk is not installed (make bench installs it)", file=sys.stderr)
        return 2
    if args.profile:
        vendor, _, endpoint = args.profile.partition("/")
        if vendor not in [v.name for v in VENDORS] or endpoint not in ENDPOINTS:
            parser.error(f"--profile {args.profile!r}: expected VENDOR/ENDPOINT, ENDPOINT one of {list(ENDPOINTS)}")
        signal.signal(signal.SIGTERM, _stop)
        try:
            print(profile(vendor, endpoint, max(args.seconds, 5)))
        except RuntimeError as exc:
            print(f"bench: {exc}", file=sys.stderr)
            return 1
        return 0
    seconds, repeats = (1, 1) if args.quick else (args.seconds, args.repeats)
    if seconds < 1 or repeats < 1:
        parser.error("--seconds and --repeats must be at least 1")
    vendors = [v for v in VENDORS if not args.vendors or v.name in args.vendors]
    bench = Bench(args.servers or SERVERS, vendors, seconds, repeats)
    loads = planned_loads(bench.servers, len(vendors), repeats)
    warmups = len(bench.servers) * len(vendors) * len(ENDPOINTS) * WARMUP_SECONDS
    minutes = (loads * (seconds + 0.2) + warmups) / 60 + 1  # + starting the servers
    print(f"bench: {loads} loads of {seconds} s and {warmups} s of warm-up, about {minutes:.0f} min", file=sys.stderr)
    signal.signal(signal.SIGTERM, _stop)  # so that the servers started are stopped too
    failure = None
    try:
        bench.run()
    except RuntimeError as exc:  # the figures taken so far are still shown
        failure = f"bench: {exc}"
    rows = report.rows(bench.measures, bench.body_bytes)
    print(_heading(bench))
    print(report.table(rows))
    print("\n" + "\n".join(report.verdict(rows) + bench.unserved))
    _write(PEERS / "results.json", bench, rows)
    if failure:
        print(failure, file=sys.stderr)
        return 1
    return 0


def planned_loads(servers: Sequence[str], vendors: int, repeats: int) -> int:
    """How many measured loads a run makes (warm-ups aside)."""
    cells = [(s, e, c) for s in servers for e in ENDPOINTS for c in CONNECTIONS if measured(s, e, c)]
    return len(cells) * vendors * repeats


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(f"bench: stopped by signal {signum}")


def _heading(bench: Bench) -> str:
    before, after = (", ".join(f"{a:.2f}" for a in figures) for figures in (bench.load_before, bench.load_after))
    return (
        f"wrk -t1, {bench.seconds} s per load, {bench.repeats} repeat(s), servers interleaved; 127.0.0.1, "
        f"{os.cpu_count()} CPUs; load average (1, 5, 15 min) {before} before, {after} after; took {bench.took:.0f} s\n"
    )


def _write(path: Path, bench: Bench, rows: Sequence[report.Row]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    figures: Mapping[str, object] = {
        "load_average_before": list(bench.load_before),
        "load_average_after": list(bench.load_after),
        "seconds_taken": round(bench.took),
        "rows": [asdict(row) for row in rows],
        "measures": [asdict(m) for m in bench.measures],
        "verdict": report.verdict(rows),
        "unserved": bench.unserved,
    }
    path.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
