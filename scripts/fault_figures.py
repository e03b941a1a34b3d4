"""Figures of a fault-injection run: calls made concurrently, and every attempt and wait seen on the wire.

Standalone (the standard library and httpx only), so that the same measuring runs the project's clients
and, in a scratch venv, the vendor's own `clearstreet` SDK:
`python scripts/fault_figures.py clearstreet BASE_URL TOKEN CALLS MAX_RETRIES CONCURRENCY` prints the SDK's figures
as one line of JSON. Attempts are seen through httpx event hooks; a wait is the loop time between a
response and the next request of the same call, so a `Retry-After` is honoured when that gap is at
least what it asked.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import sys
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import httpx

Call = Callable[[], Awaitable[object]]
# One call's events: ("request", loop time, None) or ("response", loop time, seconds its Retry-After asks).
_EVENTS: contextvars.ContextVar[list[tuple[str, float, float | None]]] = contextvars.ContextVar("fault_events")
_TOLERANCE = 1e-6


@dataclass
class Figures:
    """What one client made of `calls` calls."""

    client: str
    calls: int = 0
    succeeded: int = 0
    attempts: int = 0
    retry_after_seen: int = 0  # responses asking for a wait that the client answered with another attempt
    retry_after_honoured: int = 0  # ... whose next attempt came at least that many seconds later
    retry_after_ignored: int = 0  # responses asking for a wait after which the call gave up
    failures: dict[str, int] = field(default_factory=dict)

    @property
    def retries(self) -> int:
        return self.attempts - self.calls


def asked_wait(headers: httpx.Headers) -> float | None:
    """Seconds a response asks to wait (`retry-after-ms`, or `Retry-After` in seconds), if any."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            return float(headers[name]) * scale
        except (KeyError, ValueError):
            continue
    return None


def event_hooks() -> dict[str, list[Callable[..., Any]]]:
    """httpx event hooks that note each request and response in the current call's events."""

    async def on_request(_request: httpx.Request) -> None:
        _EVENTS.get().append(("request", asyncio.get_running_loop().time(), None))

    async def on_response(response: httpx.Response) -> None:
        _EVENTS.get().append(("response", asyncio.get_running_loop().time(), asked_wait(response.headers)))

    return {"request": [on_request], "response": [on_response]}


async def measure(
    client: str, calls: Sequence[Call], errors: type[BaseException] | tuple[type[BaseException], ...], concurrency: int
) -> Figures:
    """Make `calls`, at most `concurrency` at a time (the client's errors count as failures)."""
    gate = asyncio.Semaphore(concurrency)
    failures: Counter[str] = Counter()

    async def one(call: Call) -> tuple[bool, list[tuple[str, float, float | None]]]:
        events: list[tuple[str, float, float | None]] = []
        _EVENTS.set(events)  # each task runs in a copy of the context: this list is the call's own
        async with gate:
            try:
                await call()
            except errors as exc:
                failures[type(exc).__name__] += 1
                return False, events
        return True, events

    outcomes = await asyncio.gather(*(asyncio.create_task(one(call)) for call in calls))
    figures = Figures(client, calls=len(calls), failures=dict(sorted(failures.items())))
    for succeeded, events in outcomes:
        figures.succeeded += succeeded
        figures.attempts += sum(kind == "request" for kind, _, _ in events)
        for (kind, at, asked), following in zip(events, [*events[1:], None], strict=True):
            if kind != "response" or asked is None:
                continue
            if following is None:
                figures.retry_after_ignored += not succeeded
                continue
            figures.retry_after_seen += 1
            figures.retry_after_honoured += following[1] - at >= asked - _TOLERANCE
    return figures


def _clearstreet(base_url: str, token: str, calls: int, max_retries: int, concurrency: int) -> Figures:
    """The vendor's SDK making the Clear Street calls of `scripts/faults.py`."""
    import clearstreet  # type: ignore[import-not-found]  # only in the scratch venv

    async def run() -> Figures:
        http = httpx.AsyncClient(event_hooks=event_hooks())
        sdk = clearstreet.AsyncClearStreet(api_key=token, base_url=base_url, max_retries=max_retries, http_client=http)
        async with sdk:
            operations: list[Call] = [
                lambda: sdk.v1.accounts.get_account_balances(19816),
                lambda: sdk.v1.positions.get_positions(19816),
                lambda: sdk.v1.accounts.get_portfolio_history(19816, start_date="2026-11-02"),
            ]
            name = f"clearstreet {clearstreet.__version__} (the vendor's SDK)"
            return await measure(name, [operations[i % 3] for i in range(calls)], clearstreet.APIError, concurrency)

    return asyncio.run(run())


def main(argv: Sequence[str]) -> int:
    if len(argv) != 6 or argv[0] != "clearstreet":
        print("usage: fault_figures.py clearstreet BASE_URL TOKEN CALLS MAX_RETRIES CONCURRENCY", file=sys.stderr)
        return 2
    print(json.dumps(asdict(_clearstreet(argv[1], argv[2], *map(int, argv[3:])))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
