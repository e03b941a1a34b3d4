"""Reaching the mock's simulated brokerage through broker-contracts-unified: its seeded accounts, and each
vendor's id of one (the mock's own identifier functions, not restated here)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from broker_contracts_mock.access import InProcessMock, MockAccess
from broker_contracts_mock.brokerage import Account as SeededAccount
from broker_contracts_mock.vendors import tradestation, tradier
from broker_contracts_unified import VENDORS, AsyncBroker, Broker, connect, connect_async
from broker_contracts_unified.broker import ETNA_APP_KEY

# A brokerage account as each vendor names it (Clear Street and ETNA: its number).
ACCOUNT_IDS: dict[str, Callable[[SeededAccount], str]] = {
    "clear-street": lambda account: str(account.number),
    "tradier": tradier.account_id,
    "etna": lambda account: str(account.number),
    "tradestation-v2": lambda account: str(tradestation.account_key(account)),
    "tradestation-v3": tradestation.account_id,
}
TRADESTATION_USER = tradestation.USER_ID
assert set(ACCOUNT_IDS) == set(VENDORS)


def seeded_accounts(mock: InProcessMock) -> list[SeededAccount]:
    """The brokerage's accounts as the mock seeded them for the mock's token, by number."""
    return sorted(mock.app.states.get(mock.token).accounts.values(), key=lambda account: account.number)


def arguments(access: MockAccess, vendor: str) -> dict[str, Any]:
    """`connect`'s credentials for a vendor of the mock."""
    found = access.vendors[vendor]
    return {
        "token": found.token,
        "base_url": found.base_url,
        "api_key": found.api_keys.get(ETNA_APP_KEY),
        "user_id": TRADESTATION_USER,
    }


def command_options(access: MockAccess, vendor: str, **changed: str) -> list[str]:
    """`broker-unified`'s credential options for a vendor of the mock (`changed` replaces some)."""
    found = {**arguments(access, vendor), **changed}
    return [f"--{key.replace('_', '-')}={value}" for key, value in found.items() if value is not None]


def async_broker(access: MockAccess, vendor: str, transport: httpx.AsyncBaseTransport) -> AsyncBroker:
    """An async broker on the mock in this process (`httpx.ASGITransport`), without retries."""
    return connect_async(vendor, **arguments(access, vendor), httpx_args={"transport": transport}, max_retries=0)


def broker(access: MockAccess, vendor: str) -> Broker:
    """A broker on a mock server."""
    return connect(vendor, **arguments(access, vendor), max_retries=0)
