"""`make soak`: drive the mock for minutes with randomized calls and print its memory (RSS) curve.

Starts `broker-mock` on a free port, then keeps a few clients busy for `--seconds` (default 600): every
vendor's reads (balances, positions, history, orders, fills) with randomized filters (Clear Street
`instrument_ids` with made-up symbols, so that nearly every filter is new), page sizes, page numbers
and cursors; ETNA logins (each a new customer, past the session cap); closed positions and resets.
Every `--interval` seconds it samples the server's resident memory. After the warm-up (the first
quarter of the run, while views and sessions fill up to their caps) every sample must lie within 20 %
of the smallest one, and no answer may be a 5xx: it prints the curve and the verdict, and exits 1
when either fails. Linux only (RSS from /proc).
"""

from __future__ import annotations

import argparse
import base64
import random
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from broker_contracts_mock.process import RunningMock, running_mock
from scripts.fuzz import FIXED_DAY

FLAT = 1.20  # the largest post-warm-up sample over the smallest
WARMUP = 0.25  # share of the run before samples count
MAX_SECONDS = 7200
CLIENTS = 4
SYMBOLS = ("AAPL", "TSLA", "GOOG", "MSFT", "SPY", "GE", "NVDA", "ESZ6", "EURUSD")
ETNA_ACCOUNTS = (19816, 19817, 19818)
KEY = {"Et-App-Key": "test-api-key"}
BOOLS = ("true", "false")
LOGIN = {**KEY, "Username": "demo_user", "Password": "demo_password"}

Call = tuple[str, str, dict[str, str]]  # method, path, headers


def rss_mib(pid: int) -> float:
    """The resident memory of process `pid`, in MiB."""
    with Path(f"/proc/{pid}/status").open() as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024


@dataclass
class Load:
    """What the clients did: answers by status, and the sessions ETNA issued (the newest last)."""

    statuses: Counter[int] = field(default_factory=Counter)
    sessions: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, status: int, session: str | None = None) -> None:
        with self.lock:
            self.statuses[status] += 1
            if session:
                self.sessions = [*self.sessions[-199:], session]


def _cursor(offset: int, size: int) -> str:
    return base64.urlsafe_b64encode(f"offset={offset}&size={size}".encode()).decode().rstrip("=")


CS = "/clear-street/v1/accounts"
TS2 = "/tradestation-v2/v2/accounts/119816,119822"
TS3 = "/tradestation-v3/v3/brokerage/accounts/3119816"


def _clear_street(rng: random.Random, bearer: dict[str, str]) -> Call:
    symbols = [*rng.sample(SYMBOLS, rng.randint(1, 3)), f"X{rng.randrange(10**6)}"]  # a new filter each time
    cursor = _cursor(rng.randint(0, 9), 3)
    start = f"2026-{rng.randint(9, 11):02d}-0{rng.randint(1, 9)}"  # 2026-09-01 to 2026-11-09: before today
    choices: list[Call] = [
        ("GET", f"{CS}/19816/positions?instrument_ids={'%2C'.join(symbols)}", bearer),
        ("GET", f"{CS}/19816/positions?page_size={rng.randint(1, 20)}", bearer),
        ("GET", f"{CS}?page_size={rng.randint(1, 9)}&page_token={cursor}", bearer),
        ("GET", f"{CS}/{rng.choice((19816, 19817))}/balances", bearer),
        ("GET", f"{CS}/19816/portfolio-history?start_date={start}", bearer),
        ("DELETE", f"{CS}/19816/positions/{rng.choice(SYMBOLS[:4])}", bearer),
        ("GET", f"{CS}/19816/orders?instrument_ids={'%2C'.join(symbols)}&page_size={rng.randint(1, 20)}", bearer),
        ("GET", f"{CS}/19816/executions?page_size={rng.randint(1, 20)}", bearer),
    ]
    return rng.choice(choices)


def _others(rng: random.Random, bearer: dict[str, str]) -> Call:
    since = f"2026-{rng.randint(9, 11):02d}-{rng.randint(10, 19)}"  # within the 90 days v3 serves
    page = f"limit={rng.randint(1, 50)}&page={rng.randint(1, 4)}"
    choices: list[Call] = [
        ("GET", f"/tradier/v1/accounts/VA00019816/history?{page}", bearer),
        ("GET", f"/tradier/v1/accounts/VA00019816/gainloss?{page}", bearer),
        ("GET", "/tradier/v1/accounts/VA00019816/positions", bearer),
        ("GET", f"{TS2}/orders?pageSize={rng.randint(1, 99)}&pageNum={rng.randint(1, 3)}", bearer),
        ("GET", f"{TS2},119821/positions", bearer),
        ("GET", f"{TS3},3119822/historicalorders?since={since}&pageSize={rng.randint(1, 50)}", bearer),
        ("GET", f"{TS3}/balances", bearer),
        ("GET", f"{TS3}/orders?pageSize={rng.randint(1, 50)}", bearer),
        ("GET", f"/tradier/v1/accounts/VA00019816/orders?filter=all&{page}", bearer),
    ]
    return rng.choice(choices)


def _etna(rng: random.Random, bearer: dict[str, str]) -> Call:
    account = rng.choice(ETNA_ACCOUNTS)
    page = f"pageNumber={rng.randint(0, 3)}&pageSize={rng.randint(1, 25)}"
    headers = {**KEY, **bearer}
    choices: list[Call] = [
        ("GET", f"/etna/v1.0/accounts/{account}/orders?{page}&filter=Id%20%3E%20{rng.randint(0, 2000)}", headers),
        ("GET", f"/etna/v1.0/accounts/{account}/transactions?{page}&sortBy=Id&isDesc={rng.choice(BOOLS)}", headers),
        ("GET", f"/etna/v1.0/accounts/{account}/positions?{page}&sortField=Quantity&desc={rng.choice(BOOLS)}", headers),
        ("GET", f"/etna/v1.0/accounts/{account}/info", headers),
        ("GET", "/etna/v1.0/users/@me/info", headers),
    ]
    return rng.choice(choices)


def _client(mock: RunningMock, load: Load, seed: int, until: float) -> None:
    """One client: random calls until `until` (monotonic), each a new draw from its own generator."""
    rng = random.Random(seed)
    configured = {"Authorization": f"Bearer {mock.token}"}
    with httpx.Client(base_url=mock.url, timeout=30) as client:
        while time.monotonic() < until:
            roll = rng.random()
            if roll < 0.05:
                answer = client.post("/etna/token", headers=LOGIN)
                load.record(answer.status_code, answer.json().get("Token") if answer.status_code == 200 else None)
                continue
            if roll < 0.07:
                answer = client.post("/__reset", headers=configured)
                load.record(answer.status_code)
                continue
            with load.lock:
                sessions = load.sessions[-20:]
            if roll < 0.35 and sessions:  # a recent login: ETNA only accepts its own tokens
                method, path, headers = _etna(rng, {"Authorization": f"Bearer {rng.choice(sessions)}"})
            else:
                draw: Callable[[random.Random, dict[str, str]], Call] = rng.choice((_clear_street, _others, _etna))
                method, path, headers = draw(rng, configured)
            load.record(client.request(method, path, headers=headers).status_code)


def soak(mock: RunningMock, seconds: float, interval: float, seed: int = 1) -> tuple[list[tuple[float, float]], Load]:
    """Load the mock for `seconds`; the RSS samples (elapsed seconds, MiB), the first before any load."""
    load = Load()
    started = time.monotonic()
    until = started + seconds
    clients = [
        threading.Thread(target=_client, args=(mock, load, seed * 100 + number, until), daemon=True)
        for number in range(CLIENTS)
    ]
    samples = [(0.0, rss_mib(mock.pid))]
    for client in clients:
        client.start()
    while (now := time.monotonic()) < until:
        time.sleep(min(interval, until - now))
        samples.append((time.monotonic() - started, rss_mib(mock.pid)))
    for client in clients:
        client.join(timeout=60)
    return samples, load


def verdict(samples: list[tuple[float, float]], seconds: float, load: Load) -> tuple[bool, str]:
    """Whether the post-warm-up samples stay within FLAT of their smallest, and no answer was a 5xx."""
    settled = [rss for at, rss in samples if at >= seconds * WARMUP]
    server_errors = sum(count for status, count in load.statuses.items() if status >= 500)
    if len(settled) < 2:
        return server_errors == 0, f"too short to judge memory; {server_errors} answers were 5xx"
    spread = max(settled) / min(settled)
    flat = spread <= FLAT
    return flat and server_errors == 0, (
        f"after the warm-up ({WARMUP:.0%} of the run) RSS ranged {min(settled):.1f}-{max(settled):.1f} MiB: "
        f"max/min {spread:.3f} ({'within' if flat else 'NOT within'} {FLAT - 1:.0%}); {server_errors} answers were 5xx"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts soak", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--seconds", type=float, default=600, help=f"length of the run (default 600, at most {MAX_SECONDS})"
    )
    parser.add_argument("--interval", type=float, default=10, help="seconds between RSS samples (default 10)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the clients' random calls (default 1)")
    args = parser.parse_args(list(argv or []))
    if not 0 < args.seconds <= MAX_SECONDS or not 0 < args.interval <= args.seconds:
        parser.error(f"need 0 < --interval <= --seconds <= {MAX_SECONDS}")
    with running_mock(["--today", FIXED_DAY]) as mock:
        samples, load = soak(mock, args.seconds, args.interval, args.seed)
    requests = sum(load.statuses.values())
    print(f"broker-mock RSS under {CLIENTS} clients of random calls for {args.seconds:g} s ({requests} requests)")
    print(f"{'seconds':>8} {'RSS MiB':>8}")
    for at, rss in samples:
        print(f"{at:8.0f} {rss:8.1f}")
    print("answers by status: " + ", ".join(f"{status}: {count}" for status, count in sorted(load.statuses.items())))
    ok, summary = verdict(samples, args.seconds, load)
    print(summary)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
