"""The benchmark's arithmetic and structure: reading wrk, the table, the verdict, the peers' specs (no timing
is asserted)."""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest

from broker_contracts_mock.operations import compile_spec
from broker_contracts_mock.served_specs import packaged_specs
from scripts import bench
from scripts.bench import report, targets, wrk
from scripts.bench.profile import NATIVE, summary
from scripts.bench.wrk import Load, parse_wrk

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
    assert parse_wrk(WRK) == Load(18628.47, 1.61, 0.85, 12)
    assert parse_wrk(WRK.replace("99%  850.00us", "99%    1.20s")).p99_ms == 1200.0


def test_a_request_that_got_no_answer_counts_as_a_failure() -> None:
    errors = WRK.replace("Requests/sec", "  Socket errors: connect 0, read 2, write 0, timeout 3\nRequests/sec")
    assert parse_wrk(errors).non_2xx == 17


def test_unreadable_wrk_output_is_an_error() -> None:
    with pytest.raises(ValueError, match="cannot read wrk's output"):
        parse_wrk("wrk: connection refused")


def _measures(ours: tuple[float, float], steady: float, p99: float = 3.0) -> list[report.Measure]:
    """Two repeats of every measured cell of Clear Street and Tradier: ours at `ours` (one rate per
    repeat; Tradier at 90 % of it), the self-check at half of ours, Steady at `steady`, Prism at a tenth."""
    result = []
    for repeat, rate in enumerate(ours):
        for vendor, share in (("clear-street", 1.0), ("tradier", 0.9)):
            rates = {
                targets.OURS: rate * share,
                targets.SELF_CHECK: rate * share / 2,
                targets.STEADY: steady,
                targets.PRISM: steady / 10,
            }
            for endpoint in targets.ENDPOINTS:
                for connections in targets.CONNECTIONS:
                    for server in [s for s in targets.SERVERS if bench.measured(s, endpoint, connections)]:
                        latency = p99 if server == targets.OURS else 9.0
                        cell = (vendor, endpoint, connections)
                        result.append(report.Measure(repeat, server, *cell, rates[server], 1.0, latency, 0))
    return result


def test_the_table_has_a_row_per_server_and_cell_with_the_spread_and_the_ratios() -> None:
    rows = report.rows(_measures((14000, 16000), 10000), {("ours", "tradier", "page"): 117124})
    lines = report.table(rows).splitlines()
    assert lines[0].startswith("| vendor | endpoint | conns | server | req/s (spread) |")
    assert len(lines) == 2 + len(rows) == 2 + 2 * (2 * (2 * 3 + 2) + 4)
    ours = next(line for line in lines if line.startswith("| tradier | page | 32 | ours |"))
    cells = [cell.strip() for cell in ours.strip("|").split("|")]
    assert cells[4:] == [
        "13500 (12600-14400)",
        "1.00",
        "3.00",
        "117124",
        "0",
        "1.35 (1.26-1.44)",
        "13.50 (12.60-14.40)",
        "0.90",
    ]


@pytest.mark.parametrize(("ours", "expected"), [((15000, 15000), "met"), ((14000, 15900), "NOT met")])
def test_the_verdict_takes_the_median_of_the_repeats(ours: tuple[float, float], expected: str) -> None:
    lines = report.verdict(report.rows(_measures(ours, 10000), {}))
    balances = next(line for line in lines if line.startswith("clear-street balances at 32:"))
    assert balances.endswith(f"(target ≥ 1.5 ×): {expected}")
    assert any(line.startswith("tradier positions at 32:") and "× Clear Street" in line for line in lines)


def test_the_verdict_compares_the_tail_latency_with_steady() -> None:
    lines = report.verdict(report.rows(_measures((15000, 15000), 10000, p99=9.5), {}))
    expected = "p99 9.50 ms, Steady 9.00 ms (medians), 1.06 × Steady's (target ≤ 1 ×): NOT met"
    assert f"clear-street balances at 256: {expected}" in lines


def test_the_peers_serve_our_bodies_as_their_examples(tmp_path: Path) -> None:
    vendor = next(v for v in targets.VENDORS if v.name == "etna")
    written = targets.peer_spec(vendor, {"balances": b'{"cash": 1.50}', "page": b"[]"}, tmp_path)
    document = json.loads(written.read_bytes(), parse_float=Decimal)
    router = compile_spec(next(s for s in packaged_specs() if s.name == "etna"))
    for endpoint, value in (("balances", {"cash": Decimal("1.50")}), ("page", [])):
        route, _ = router.match(vendor.paths[endpoint].partition("?")[0]) or (None, None)
        assert route is not None
        media = document["paths"][route.template]["get"]["responses"]["200"]["content"]["application/json"]
        assert media["examples"] == {"bench": {"value": value}} and "example" not in media
        assert "schema" in media


def test_every_vendor_has_every_endpoint_and_the_peers_serve_a_spec() -> None:
    assert all(set(vendor.paths) == set(targets.ENDPOINTS) for vendor in targets.VENDORS)
    assert {v.name for v in targets.VENDORS} == {s.name for s in packaged_specs()}
    for server in targets.PEER_SERVERS:
        command = targets.peer_command(server, Path("spec.json"), 4010)
        assert command[-1] == "spec.json" and "127.0.0.1" in command and "4010" in command


def test_ours_and_steady_are_measured_at_every_load_the_others_at_32() -> None:
    cells = {(s, e, c) for s in targets.SERVERS for e in targets.ENDPOINTS for c in targets.CONNECTIONS}
    measured = {cell for cell in cells if bench.measured(*cell)}
    assert {(s, "balances", c) for s in (targets.OURS, targets.STEADY) for c in targets.CONNECTIONS} <= measured
    assert {c for s, e, c in measured if s in (targets.SELF_CHECK, targets.PRISM) or e == "page"} == {32}


def test_a_profile_summary_names_the_native_time() -> None:
    text = summary("main (app.py:3);_send (app.py:9) 3\nmain (app.py:4) 1\n 4\n", top=5)
    assert set(text.splitlines()[1:]) == {
        f"  50.0   50.0  {NATIVE}",
        "  50.0   12.5  main (app.py)",
        "  37.5   37.5  _send (app.py)",
    }


def test_a_run_plans_every_measured_load_once_per_repeat() -> None:
    """5 vendors x 3 repeats: balances and positions at 1, 32 and 256 for ours and Steady, at 32 for the
    self-check and Prism; the page at 32 for all four."""
    assert bench.planned_loads(targets.SERVERS, 5, 3) == (2 * (2 * 3 + 2) + 4) * 5 * 3 == 300


@pytest.mark.parametrize(
    ("script", "error"),
    [("sleep 5", "did not end within 1 s"), ("echo 'no server' >&2; exit 1", "failed (1): no server")],
    ids=["stuck", "failing"],
)
def test_a_stuck_or_failing_wrk_ends_the_load_with_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str, error: str
) -> None:
    fake = tmp_path / "wrk"
    fake.write_text(f"#!/bin/sh\n{script}\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(wrk, "GRACE_SECONDS", 0)
    with pytest.raises(RuntimeError, match=re.escape(error)):
        wrk.load("http://127.0.0.1:9/", {}, 1, 1)
