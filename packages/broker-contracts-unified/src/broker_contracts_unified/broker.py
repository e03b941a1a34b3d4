"""One entry point for every vendor: `connect(vendor, ...)` gives a broker that answers normalized models.

`Broker` (sync) and `AsyncBroker` (asyncio) run the same plans (`plans.py`) on the vendor's generated
client facade and normalize each body element by the mapping (`normalize.py`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import date
from types import TracebackType
from typing import Any, Self, TypedDict, Unpack

import clear_street_client.errors
import etna_client.errors
import httpx
import tradestation_v2_client.errors
import tradestation_v3_client.errors
import tradier_client.errors
from clear_street_client import AsyncClearStreet, ClearStreet
from etna_client import AsyncEtna, Etna
from tradestation_v2_client import AsyncTradestationV2, TradestationV2
from tradestation_v3_client import AsyncTradestationV3, TradestationV3
from tradier_client import AsyncTradier, Tradier

from broker_contracts_unified.errors import (
    AccountRefusedError,
    InvalidArgumentError,
    UnknownVendorError,
    VendorTimeoutError,
)
from broker_contracts_unified.models import Account, Activity, Balance, Position
from broker_contracts_unified.normalize import build
from broker_contracts_unified.plans import PLANS, Plan, Request

# vendor -> (sync facade, async facade)
FACADES: dict[str, tuple[type[Any], type[Any]]] = {
    "clear-street": (ClearStreet, AsyncClearStreet),
    "tradier": (Tradier, AsyncTradier),
    "etna": (Etna, AsyncEtna),
    "tradestation-v2": (TradestationV2, AsyncTradestationV2),
    "tradestation-v3": (TradestationV3, AsyncTradestationV3),
}
VENDORS = tuple(FACADES)
ETNA_APP_KEY = "Et-App-Key"
TIMEOUT_ERRORS = (
    clear_street_client.errors.APITimeoutError,
    tradier_client.errors.APITimeoutError,
    etna_client.errors.APITimeoutError,
    tradestation_v2_client.errors.APITimeoutError,
    tradestation_v3_client.errors.APITimeoutError,
)
# The phase of a request each httpx timeout exception ran out in (the key of the request's `timeout`).
TIMEOUT_PHASES: dict[type[httpx.TimeoutException], str] = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}


def _facade(vendor: str, asynchronous: bool, api_key: str | None, **arguments: Any) -> Any:
    """The vendor's client facade (sync or async); ETNA's app key goes in its header."""
    if vendor not in FACADES:
        raise UnknownVendorError(f"unknown vendor {vendor!r}: one of {', '.join(VENDORS)}")
    headers = {}
    if vendor == "etna":
        key = api_key if api_key is not None else os.environ.get("ETNA_ET_APP_KEY")
        headers = {ETNA_APP_KEY: key} if key else {}
    try:
        return FACADES[vendor][asynchronous](headers=headers, **arguments)
    except ValueError as error:  # the client refuses a base URL, header or timeout it cannot use
        raise InvalidArgumentError(f"{vendor}: {error}") from None


class _Base:
    def __init__(self, vendor: str, client: Any, user_id: str | None) -> None:
        self.vendor = vendor
        self.client = client
        self.user_id = user_id

    def _call(self, plan: Plan, request: Request) -> Any:
        args, kwargs = plan.arguments(request)
        return getattr(getattr(self.client, plan.resource), plan.method)(*args, **kwargs)

    @contextlib.contextmanager
    def _timeouts(self, plan: Plan) -> Iterator[None]:
        """The vendor client's timeout error, raised inside, as a `VendorTimeoutError` naming the call."""
        try:
            yield
        except TIMEOUT_ERRORS as error:
            cause = error.__cause__
            phase = next((name for kind, name in TIMEOUT_PHASES.items() if isinstance(cause, kind)), "request")
            raise VendorTimeoutError(
                vendor=self.vendor,
                operation=plan.operation_id,
                request=f"{error.request.method} {error.request.url}",
                phase=phase,
                seconds=(error.request.extensions.get("timeout") or {}).get(phase),
                max_retries=self.client.client.max_retries,
            ) from error

    def _one_balance(self, account_id: str, balances: list[Balance]) -> Balance:
        """The balance of `account_id` in an answer: its only element, else the one element naming the account."""
        if len(balances) == 1:
            return balances[0]
        named = [balance for balance in balances if balance.account_id == account_id]
        if len(named) == 1:
            return named[0]
        count = f"{len(named)} balances" if named else "no balance"
        raise AccountRefusedError(f"{self.vendor} answered {count} of account {account_id}")

    def _models(self, model: str, request: Request, plan: Plan, items: list[Any]) -> list[Any]:
        return [build(self.vendor, model, request.account_id or "", element) for element in plan.elements(items)]


class Broker(_Base):
    """Normalized accounts, balances, positions and activities of one vendor, synchronously.

    Any vendor error raises the vendor client's own exception (`<client>.errors.APIStatusError`...).
    """

    def accounts(self) -> list[Account]:
        return self._run("account", Request(user_id=self.user_id))

    def balance(self, account_id: str) -> Balance:
        return self._one_balance(str(account_id), self._run("balance", Request(str(account_id))))

    def positions(self, account_id: str) -> list[Position]:
        return self._run("position", Request(str(account_id)))

    def activities(self, account_id: str, *, since: date | None = None) -> list[Activity]:
        """Trades and cash events; `since` (a day; a `datetime` counts as its day) bounds TradeStation's order
        history, v2 and v3 (default 89 days ago); the other vendors answer their whole history."""
        return self._run("activity", Request(str(account_id), since=since))

    def _run(self, model: str, request: Request) -> list[Any]:
        plan = PLANS[self.vendor][model]
        with self._timeouts(plan):
            result = self._call(plan, request)
            items = list(result) if plan.paged else plan.unwrap(result, request)
        return self._models(model, request, plan, items)

    def __enter__(self) -> Self:
        self.client.__enter__()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.client.__exit__(kind, error, trace)


class AsyncBroker(_Base):
    """`Broker` for asyncio: the same methods, awaited."""

    async def accounts(self) -> list[Account]:
        return await self._run("account", Request(user_id=self.user_id))

    async def balance(self, account_id: str) -> Balance:
        return self._one_balance(str(account_id), await self._run("balance", Request(str(account_id))))

    async def positions(self, account_id: str) -> list[Position]:
        return await self._run("position", Request(str(account_id)))

    async def activities(self, account_id: str, *, since: date | None = None) -> list[Activity]:
        return await self._run("activity", Request(str(account_id), since=since))

    async def _run(self, model: str, request: Request) -> list[Any]:
        plan = PLANS[self.vendor][model]
        with self._timeouts(plan):
            result = self._call(plan, request)
            items = [item async for item in result] if plan.paged else plan.unwrap(await result, request)
        return self._models(model, request, plan, items)

    async def __aenter__(self) -> Self:
        await self.client.__aenter__()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.client.__aexit__(kind, error, trace)


class Settings(TypedDict, total=False):
    """`connect`'s keyword arguments. `token` and `base_url` default to the vendor client's environment
    variables (`<VENDOR>_TOKEN`, `<VENDOR>_BASE_URL`); `api_key` is ETNA's app key (default
    `ETNA_ET_APP_KEY`); `user_id` is TradeStation v2's user (its accounts list needs it); `httpx_args`,
    `timeout` and `max_retries` go to the client facade: `timeout` seconds (or an `httpx.Timeout`) bound
    each wait of a request (connecting, each read of the answer; default 60 s, 5 s to connect), and a call
    that runs out raises `VendorTimeoutError` once the client's `max_retries` (default 2) are spent.
    `max_response_bytes` (64 MiB) and `max_pages` (10,000) go there too: a body larger once decoded raises
    the client's `APIResponseValidationError` (rule `size`), a history still paging after `max_pages` pages
    its `PaginationError`; None lifts the bound."""

    token: str | None
    base_url: str | None
    api_key: str | None
    user_id: str | None
    httpx_args: dict[str, Any] | None
    timeout: httpx.Timeout | float
    max_retries: int
    max_response_bytes: int | None
    max_pages: int | None


def connect(vendor: str, **settings: Unpack[Settings]) -> Broker:
    """A broker for `vendor` (one of `VENDORS`)."""
    return Broker(vendor, *_client(vendor, False, settings))


def connect_async(vendor: str, **settings: Unpack[Settings]) -> AsyncBroker:
    """`connect` for asyncio."""
    return AsyncBroker(vendor, *_client(vendor, True, settings))


def _client(vendor: str, asynchronous: bool, settings: Settings) -> tuple[Any, str | None]:
    """The facade for the settings, and TradeStation v2's user."""
    arguments: dict[str, Any] = dict(settings)
    user_id, api_key = arguments.pop("user_id", None), arguments.pop("api_key", None)
    return _facade(vendor, asynchronous, api_key, **arguments), user_id
