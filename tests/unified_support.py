"""Reaching the mock's simulated brokerage through broker-contracts-unified: each vendor's id of an account."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from broker_contracts_mock.access import MockAccess
from broker_contracts_unified import VENDORS, AsyncBroker, Broker, connect, connect_async

# The brokerage's account number N as each vendor names it (the mock's README: one customer, five APIs).
ACCOUNT_IDS: dict[str, Callable[[int], str]] = {
    "clear-street": str,
    "tradier": lambda n: f"VA{n:08d}",
    "etna": str,
    "tradestation-v2": lambda n: str(100_000 + n),
    "tradestation-v3": lambda n: f"{'FX' if n == 19823 else ''}{3_100_000 + n}",
}
SEEDED_ACCOUNTS = range(19816, 19825)  # broker_contracts_mock.brokerage: FIRST_ACCOUNT and ACCOUNT_PLAN
TRADESTATION_USER = "testuser"
assert set(ACCOUNT_IDS) == set(VENDORS)


def _arguments(access: MockAccess, vendor: str) -> dict[str, object]:
    found = access.vendors[vendor]
    return {
        "token": found.token,
        "base_url": found.base_url,
        "api_key": found.api_keys.get("Et-App-Key"),
        "user_id": TRADESTATION_USER,
    }


def async_broker(access: MockAccess, vendor: str, transport: httpx.AsyncBaseTransport) -> AsyncBroker:
    """An async broker on the mock in this process (`httpx.ASGITransport`), without retries."""
    return connect_async(vendor, **_arguments(access, vendor), httpx_args={"transport": transport}, max_retries=0)  # type: ignore[arg-type]


def broker(access: MockAccess, vendor: str) -> Broker:
    """A broker on a mock server."""
    return connect(vendor, **_arguments(access, vendor), max_retries=0)  # type: ignore[arg-type]
