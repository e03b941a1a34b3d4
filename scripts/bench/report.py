"""The bench's figures: per cell the median of the repeats and their spread, the ratios, the table, the verdict.

A cell is a vendor, an endpoint and a number of connections. Within one repeat every server is loaded
in the same cell one after the other, so a ratio (ours to Steady, a vendor to Clear Street) is taken
within a repeat, under the same host conditions, and its median and spread over the repeats are shown.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from scripts.bench.targets import OURS, PRISM, SELF_CHECK, SERVERS, STEADY

CLEAR_STREET = "clear-street"
# The acceptance: ours over Steady's rate by endpoint and connections; p99 at 256 connections at most
# Steady's (the median of the repeats' ratios, as for the rates); every vendor's balances and positions
# at 32 connections at least this share of Clear Street's.
STEADY_TARGETS = (("balances", 32, 1.5), ("positions", 32, 1.5), ("balances", 1, 1.0), ("positions", 1, 1.0))
PAGE_TARGET = ("page", 32, 3.0)
CLEAR_STREET_SHARE = 0.8


@dataclass(frozen=True)
class Measure:
    """One wrk run of one server in one cell of one repeat."""

    repeat: int
    server: str
    vendor: str
    endpoint: str
    connections: int
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    non_2xx: int

    @property
    def cell(self) -> tuple[str, str, int]:
        return (self.vendor, self.endpoint, self.connections)


@dataclass(frozen=True)
class Spread:
    """The median of some repeats' values and their smallest and largest."""

    median: float
    low: float
    high: float

    @staticmethod
    def of(values: Iterable[float]) -> Spread:
        ordered = sorted(values)
        return Spread(statistics.median(ordered), ordered[0], ordered[-1])

    def text(self, digits: int) -> str:
        if self.low == self.high:
            return f"{self.median:.{digits}f}"
        return f"{self.median:.{digits}f} ({self.low:.{digits}f}-{self.high:.{digits}f})"


@dataclass(frozen=True)
class Row:
    """One server in one cell, over the repeats."""

    vendor: str
    endpoint: str
    connections: int
    server: str
    rate: Spread
    p50_ms: float
    p99_ms: float
    non_2xx: int
    body_bytes: int | None
    ratios: Mapping[str, Spread]  # "steady", "prism", "clear-street" -> this server's rate over theirs
    p99_to_steady: Spread | None  # this server's p99 over Steady's, repeat by repeat (None: not measured)


def rows(measures: Sequence[Measure], body_bytes: Mapping[tuple[str, str, str], int]) -> list[Row]:
    """A row per server and cell, in vendor, endpoint, connections and server order."""
    by_key = {(m.repeat, m.server, m.cell): m for m in measures}
    result = []
    for cell in sorted({m.cell for m in measures}, key=_cell_order(measures)):
        for server in [s for s in SERVERS if any((m.server, m.cell) == (s, cell) for m in measures)]:
            own = [m for m in measures if (m.server, m.cell) == (server, cell)]
            others: dict[str, Callable[[Measure], Measure | None]] = {
                STEADY: lambda m: by_key.get((m.repeat, STEADY, m.cell)),
                PRISM: lambda m: by_key.get((m.repeat, PRISM, m.cell)),
            }
            if server in (OURS, SELF_CHECK) and cell[0] != CLEAR_STREET:
                others[CLEAR_STREET] = lambda m: by_key.get((m.repeat, m.server, (CLEAR_STREET, *m.cell[1:])))
            result.append(
                Row(
                    *cell,
                    server,
                    Spread.of(m.requests_per_second for m in own),
                    statistics.median(m.p50_ms for m in own),
                    statistics.median(m.p99_ms for m in own),
                    sum(m.non_2xx for m in own),
                    body_bytes.get((server, cell[0], cell[1])),
                    {name: ratio for name, find in others.items() if (ratio := _ratio(own, find)) is not None},
                    _ratio(own, others[STEADY], lambda m: m.p99_ms),
                )
            )
    return result


def _cell_order(measures: Sequence[Measure]) -> Callable[[tuple[str, str, int]], tuple[int, int, int]]:
    vendors = list(dict.fromkeys(m.vendor for m in measures))
    endpoints = list(dict.fromkeys(m.endpoint for m in measures))
    return lambda cell: (vendors.index(cell[0]), endpoints.index(cell[1]), cell[2])


def _ratio(
    own: Sequence[Measure],
    other: Callable[[Measure], Measure | None],
    figure: Callable[[Measure], float] = lambda m: m.requests_per_second,
) -> Spread | None:
    """This server's `figure` (its rate) over another's, repeat by repeat (None: the other was not measured there)."""
    pairs = [(m, other(m)) for m in own]
    values = [figure(m) / figure(o) for m, o in pairs if o and figure(o)]
    return Spread.of(values) if values and len(values) == len(pairs) else None


def table(result: Sequence[Row]) -> str:
    """The Markdown table: req/s with its spread, latencies, body size, errors and the ratios."""
    lines = [
        "| vendor | endpoint | conns | server | req/s (spread) | p50 ms | p99 ms | body B | non-2xx "
        "| × Steady (spread) | × Prism | × Clear Street |",
        "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in result:
        ratios = [row.ratios[name].text(2) if name in row.ratios else "" for name in (STEADY, PRISM, CLEAR_STREET)]
        lines.append(
            f"| {row.vendor} | {row.endpoint} | {row.connections} | {row.server} | {row.rate.text(0)} "
            f"| {row.p50_ms:.2f} | {row.p99_ms:.2f} | {row.body_bytes or ''} | {row.non_2xx} "
            f"| {' | '.join(ratios)} |"
        )
    return "\n".join(lines)


def verdict(result: Sequence[Row]) -> list[str]:
    """One line per acceptance target and place: the figure, the target, met or NOT met."""
    found = {(r.server, r.vendor, r.endpoint, r.connections): r for r in result}
    lines = []
    for vendor in dict.fromkeys(r.vendor for r in result):
        for endpoint, connections, target in (*STEADY_TARGETS, PAGE_TARGET):
            ours = found.get((OURS, vendor, endpoint, connections))
            if ours and STEADY in ours.ratios:
                lines.append(_line(f"{vendor} {endpoint} at {connections}", ours.ratios[STEADY], target, "Steady"))
        for endpoint in ("balances", "positions"):
            ours, steady = found.get((OURS, vendor, endpoint, 256)), found.get((STEADY, vendor, endpoint, 256))
            if ours and steady and ours.p99_to_steady:
                # Like the rates, compared repeat by repeat: each pair was loaded seconds apart.
                met = "met" if ours.p99_to_steady.median <= 1 else "NOT met"
                figures = f"p99 {ours.p99_ms:.2f} ms, Steady {steady.p99_ms:.2f} ms (medians)"
                paired = f"{ours.p99_to_steady.text(2)} × Steady's"
                lines.append(f"{vendor} {endpoint} at 256: {figures}, {paired} (target ≤ 1 ×): {met}")
            ours = found.get((OURS, vendor, endpoint, 32))
            if ours and CLEAR_STREET in ours.ratios:
                ratio = ours.ratios[CLEAR_STREET]
                lines.append(_line(f"{vendor} {endpoint} at 32", ratio, CLEAR_STREET_SHARE, "Clear Street"))
    return lines


def _line(place: str, ratio: Spread, target: float, peer: str) -> str:
    met = "met" if ratio.median >= target else "NOT met"
    return f"{place}: {ratio.text(2)} × {peer} (target ≥ {target} ×): {met}"
