"""The benchmark's arithmetic: reading wrk, the side-by-side table and the verdict (no timing is asserted)."""

from __future__ import annotations

import pytest

from scripts import bench

WRK = """Running 10s test @ http://127.0.0.1:4010/clear-street/v1/accounts/19816/balances
  1 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.72ms  455.12us  12.31ms   88.21%
    Req/Sec    18.71k     1.02k   20.12k    71.00%
  Latency Distribution
     50%    1.61ms
     75%    1.88ms
     90%    2.21ms
     99%  850.00us
  186312 requests in 10.00s, 215.35MB read
  Non-2xx or 3xx responses: 12
Requests/sec:  18628.47
Transfer/sec:     21.53MB
"""


def test_wrk_output_is_read_in_milliseconds() -> None:
    assert bench.parse_wrk(WRK) == (18628.47, 1.61, 0.85, 12)
    assert bench.parse_wrk(WRK.replace("99%  850.00us", "99%    1.20s"))[2] == 1200.0


def test_unreadable_wrk_output_is_an_error() -> None:
    with pytest.raises(ValueError, match="cannot read wrk's output"):
        bench.parse_wrk("wrk: connection refused")


def _results(ours: float, steady: float, prism: float, p99: float) -> list[bench.Measure]:
    return [
        bench.Measure(name, endpoint, rate, 1.0, p99 if name == "ours" else 9.0, 0)
        for endpoint in bench.ENDPOINTS
        for name, rate in (("ours", ours), ("steady", steady), ("prism", prism))
    ]


def test_table_shows_ratios_to_each_peer() -> None:
    text = bench.table(_results(15000, 10000, 1500, 3.0))
    ours = next(line for line in text.splitlines() if line.startswith("balances") and " ours " in line)
    assert ours.split()[-2:] == ["1.50", "10.00"]


@pytest.mark.parametrize(
    ("ours", "p99", "expected"), [(15000, 5.0, "met"), (14999, 3.0, "NOT met"), (20000, 5.1, "NOT met")]
)
def test_verdict_needs_both_the_rate_and_the_latency(ours: float, p99: float, expected: str) -> None:
    for line in bench.verdict(_results(ours, 10000, 1500, p99)):
        assert line.endswith(f": {expected}")


def test_servers_serve_the_same_contract() -> None:
    commands = [" ".join(server.start(4010)) for server in bench.SERVERS]
    assert all(str(bench.SPEC) in command or "-m broker_contracts_mock" in command for command in commands)
    assert {server.name for server in bench.SERVERS} >= {"ours", "steady", "prism"}
