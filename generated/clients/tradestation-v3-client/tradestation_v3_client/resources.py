"""`TradestationV3` and `AsyncTradestationV3`: one client object, its operations grouped by the spec's tags.

`TradestationV3()` reads `TRADESTATION_V3_BASE_URL` (default `https://api.tradestation.com`) and `TRADESTATION_V3_TOKEN`
when they are not given. Each group has one method per operation (named as the operation, returning the
success body), `<operation>_detailed` (status, headers, raw bytes too) and, for a paginated operation,
`<operation>_pages` and `<operation>_items` (iterators over pages and over items across pages). The
operation modules (`tradestation_v3_client.api.<group>.<operation>`) stay importable; these methods call them.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any, Self

from ._base_client import DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Timeout
from .api.accounts import get_accounts
from .api.balances import get_balances, get_bod_balances
from .api.order_history import get_historical_orders, get_historical_orders_by_id
from .api.orders import get_orders, get_orders_by_id
from .api.positions import get_positions
from .client import AuthenticatedClient
from .models.accounts_response import AccountsResponse
from .models.balances_response import BalancesResponse
from .models.bod_balances_response import BODBalancesResponse
from .models.historical_order import HistoricalOrder
from .models.historical_orders_by_id_response import HistoricalOrdersByIdResponse
from .models.historical_orders_response import HistoricalOrdersResponse
from .models.positions_response import PositionsResponse
from .types import UNSET, Response, Unset


class Accounts:
    """The `accounts` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_accounts(self, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET) -> AccountsResponse:
        """List the user's accounts."""
        return get_accounts.sync(client=self._client, max_retries=max_retries, timeout=timeout)

    def get_accounts_detailed(
        self, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[AccountsResponse]:
        """List the user's accounts, with the status, headers and raw bytes."""
        return get_accounts.sync_detailed(client=self._client, max_retries=max_retries, timeout=timeout)


class Balances:
    """The `balances` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_balances(
        self, accounts: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> BalancesResponse:
        """Get real-time balances of accounts."""
        return get_balances.sync(accounts=accounts, client=self._client, max_retries=max_retries, timeout=timeout)

    def get_balances_detailed(
        self, accounts: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[BalancesResponse]:
        """Get real-time balances of accounts, with the status, headers and raw bytes."""
        return get_balances.sync_detailed(
            accounts=accounts, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_bod_balances(
        self, accounts: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> BODBalancesResponse:
        """Get beginning-of-day balances of accounts."""
        return get_bod_balances.sync(accounts=accounts, client=self._client, max_retries=max_retries, timeout=timeout)

    def get_bod_balances_detailed(
        self, accounts: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[BODBalancesResponse]:
        """Get beginning-of-day balances of accounts, with the status, headers and raw bytes."""
        return get_bod_balances.sync_detailed(
            accounts=accounts, client=self._client, max_retries=max_retries, timeout=timeout
        )


class Positions:
    """The `positions` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_positions(
        self,
        accounts: str,
        *,
        symbol: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PositionsResponse:
        """Get positions of accounts."""
        return get_positions.sync(
            accounts=accounts, symbol=symbol, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_positions_detailed(
        self,
        accounts: str,
        *,
        symbol: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PositionsResponse]:
        """Get positions of accounts, with the status, headers and raw bytes."""
        return get_positions.sync_detailed(
            accounts=accounts, symbol=symbol, client=self._client, max_retries=max_retries, timeout=timeout
        )


class Orders:
    """The `orders` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_orders(
        self,
        accounts: str,
        *,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HistoricalOrdersResponse:
        """Get today's and open orders of accounts."""
        return get_orders.sync(
            accounts=accounts,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_detailed(
        self,
        accounts: str,
        *,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HistoricalOrdersResponse]:
        """Get today's and open orders of accounts, with the status, headers and raw bytes."""
        return get_orders.sync_detailed(
            accounts=accounts,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_pages(
        self,
        accounts: str,
        *,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[HistoricalOrdersResponse]:
        """Get today's and open orders of accounts: every page, fetched as the iteration reaches it."""
        return get_orders.sync_pages(
            accounts=accounts,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_items(
        self,
        accounts: str,
        *,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[HistoricalOrder]:
        """Get today's and open orders of accounts: every item of every page, in order."""
        return get_orders.sync_items(
            accounts=accounts,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_by_id(
        self, accounts: str, order_ids: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> HistoricalOrdersByIdResponse:
        """Get today's and open orders of accounts by id."""
        return get_orders_by_id.sync(
            accounts=accounts, order_ids=order_ids, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_orders_by_id_detailed(
        self, accounts: str, order_ids: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[HistoricalOrdersByIdResponse]:
        """Get today's and open orders of accounts by id, with the status, headers and raw bytes."""
        return get_orders_by_id.sync_detailed(
            accounts=accounts, order_ids=order_ids, client=self._client, max_retries=max_retries, timeout=timeout
        )


class OrderHistory:
    """The `order_history` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_historical_orders(
        self,
        accounts: str,
        *,
        since: str,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HistoricalOrdersResponse:
        """Get historical orders of accounts."""
        return get_historical_orders.sync(
            accounts=accounts,
            since=since,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_historical_orders_detailed(
        self,
        accounts: str,
        *,
        since: str,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HistoricalOrdersResponse]:
        """Get historical orders of accounts, with the status, headers and raw bytes."""
        return get_historical_orders.sync_detailed(
            accounts=accounts,
            since=since,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_historical_orders_pages(
        self,
        accounts: str,
        *,
        since: str,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[HistoricalOrdersResponse]:
        """Get historical orders of accounts: every page, fetched as the iteration reaches it."""
        return get_historical_orders.sync_pages(
            accounts=accounts,
            since=since,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_historical_orders_items(
        self,
        accounts: str,
        *,
        since: str,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[HistoricalOrder]:
        """Get historical orders of accounts: every item of every page, in order."""
        return get_historical_orders.sync_items(
            accounts=accounts,
            since=since,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_historical_orders_by_id(
        self,
        accounts: str,
        order_ids: str,
        *,
        since: str,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HistoricalOrdersByIdResponse:
        """Get historical orders of accounts by id."""
        return get_historical_orders_by_id.sync(
            accounts=accounts,
            order_ids=order_ids,
            since=since,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_historical_orders_by_id_detailed(
        self,
        accounts: str,
        order_ids: str,
        *,
        since: str,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HistoricalOrdersByIdResponse]:
        """Get historical orders of accounts by id, with the status, headers and raw bytes."""
        return get_historical_orders_by_id.sync_detailed(
            accounts=accounts,
            order_ids=order_ids,
            since=since,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class TradestationV3:
    """The TradestationV3 client: `accounts`, `balances`, `positions`, `orders`, `order_history`.

    ``token``: the bearer token (default: `TRADESTATION_V3_TOKEN`; empty sends none).
    ``base_url``: default `TRADESTATION_V3_BASE_URL`, else `https://api.tradestation.com`.
    ``headers``: sent with every request (an API key header, for instance).
    ``timeout``, ``max_retries``: defaults for every call (60 s, 5 s to connect; 2 retries).
    ``max_response_bytes``: the largest body accepted once decoded (64 MiB; None: no limit).
    ``max_pages``: the most pages an iterator fetches (10,000; None: no limit).
    ``client``: a ready `AuthenticatedClient` instead of the settings above.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        headers: dict[str, str] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int | None = DEFAULT_MAX_PAGES,
        httpx_args: dict[str, Any] | None = None,
        client: AuthenticatedClient | None = None,
    ) -> None:
        self.client = client or AuthenticatedClient(
            base_url=base_url or os.environ.get("TRADESTATION_V3_BASE_URL") or "https://api.tradestation.com",
            token=token if token is not None else os.environ.get("TRADESTATION_V3_TOKEN", ""),
            headers=headers or {},
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
            httpx_args=httpx_args or {},
        )
        self.accounts = Accounts(self.client)
        self.balances = Balances(self.client)
        self.positions = Positions(self.client)
        self.orders = Orders(self.client)
        self.order_history = OrderHistory(self.client)

    def close(self) -> None:
        """Close the connections."""
        self.client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncAccounts:
    """The `accounts` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_accounts(
        self, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> AccountsResponse:
        """List the user's accounts."""
        return await get_accounts.asyncio(client=self._client, max_retries=max_retries, timeout=timeout)

    async def get_accounts_detailed(
        self, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[AccountsResponse]:
        """List the user's accounts, with the status, headers and raw bytes."""
        return await get_accounts.asyncio_detailed(client=self._client, max_retries=max_retries, timeout=timeout)


class AsyncBalances:
    """The `balances` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_balances(
        self, accounts: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> BalancesResponse:
        """Get real-time balances of accounts."""
        return await get_balances.asyncio(
            accounts=accounts, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_balances_detailed(
        self, accounts: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[BalancesResponse]:
        """Get real-time balances of accounts, with the status, headers and raw bytes."""
        return await get_balances.asyncio_detailed(
            accounts=accounts, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_bod_balances(
        self, accounts: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> BODBalancesResponse:
        """Get beginning-of-day balances of accounts."""
        return await get_bod_balances.asyncio(
            accounts=accounts, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_bod_balances_detailed(
        self, accounts: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[BODBalancesResponse]:
        """Get beginning-of-day balances of accounts, with the status, headers and raw bytes."""
        return await get_bod_balances.asyncio_detailed(
            accounts=accounts, client=self._client, max_retries=max_retries, timeout=timeout
        )


class AsyncPositions:
    """The `positions` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_positions(
        self,
        accounts: str,
        *,
        symbol: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PositionsResponse:
        """Get positions of accounts."""
        return await get_positions.asyncio(
            accounts=accounts, symbol=symbol, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_positions_detailed(
        self,
        accounts: str,
        *,
        symbol: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PositionsResponse]:
        """Get positions of accounts, with the status, headers and raw bytes."""
        return await get_positions.asyncio_detailed(
            accounts=accounts, symbol=symbol, client=self._client, max_retries=max_retries, timeout=timeout
        )


class AsyncOrders:
    """The `orders` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_orders(
        self,
        accounts: str,
        *,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HistoricalOrdersResponse:
        """Get today's and open orders of accounts."""
        return await get_orders.asyncio(
            accounts=accounts,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_orders_detailed(
        self,
        accounts: str,
        *,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HistoricalOrdersResponse]:
        """Get today's and open orders of accounts, with the status, headers and raw bytes."""
        return await get_orders.asyncio_detailed(
            accounts=accounts,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_pages(
        self,
        accounts: str,
        *,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[HistoricalOrdersResponse]:
        """Get today's and open orders of accounts: every page, fetched as the iteration reaches it."""
        return get_orders.asyncio_pages(
            accounts=accounts,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_items(
        self,
        accounts: str,
        *,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[HistoricalOrder]:
        """Get today's and open orders of accounts: every item of every page, in order."""
        return get_orders.asyncio_items(
            accounts=accounts,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_orders_by_id(
        self, accounts: str, order_ids: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> HistoricalOrdersByIdResponse:
        """Get today's and open orders of accounts by id."""
        return await get_orders_by_id.asyncio(
            accounts=accounts, order_ids=order_ids, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_orders_by_id_detailed(
        self, accounts: str, order_ids: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[HistoricalOrdersByIdResponse]:
        """Get today's and open orders of accounts by id, with the status, headers and raw bytes."""
        return await get_orders_by_id.asyncio_detailed(
            accounts=accounts, order_ids=order_ids, client=self._client, max_retries=max_retries, timeout=timeout
        )


class AsyncOrderHistory:
    """The `order_history` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_historical_orders(
        self,
        accounts: str,
        *,
        since: str,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HistoricalOrdersResponse:
        """Get historical orders of accounts."""
        return await get_historical_orders.asyncio(
            accounts=accounts,
            since=since,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_historical_orders_detailed(
        self,
        accounts: str,
        *,
        since: str,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HistoricalOrdersResponse]:
        """Get historical orders of accounts, with the status, headers and raw bytes."""
        return await get_historical_orders.asyncio_detailed(
            accounts=accounts,
            since=since,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_historical_orders_pages(
        self,
        accounts: str,
        *,
        since: str,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[HistoricalOrdersResponse]:
        """Get historical orders of accounts: every page, fetched as the iteration reaches it."""
        return get_historical_orders.asyncio_pages(
            accounts=accounts,
            since=since,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_historical_orders_items(
        self,
        accounts: str,
        *,
        since: str,
        page_size: int | None | Unset = UNSET,
        next_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[HistoricalOrder]:
        """Get historical orders of accounts: every item of every page, in order."""
        return get_historical_orders.asyncio_items(
            accounts=accounts,
            since=since,
            page_size=page_size,
            next_token=next_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_historical_orders_by_id(
        self,
        accounts: str,
        order_ids: str,
        *,
        since: str,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HistoricalOrdersByIdResponse:
        """Get historical orders of accounts by id."""
        return await get_historical_orders_by_id.asyncio(
            accounts=accounts,
            order_ids=order_ids,
            since=since,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_historical_orders_by_id_detailed(
        self,
        accounts: str,
        order_ids: str,
        *,
        since: str,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HistoricalOrdersByIdResponse]:
        """Get historical orders of accounts by id, with the status, headers and raw bytes."""
        return await get_historical_orders_by_id.asyncio_detailed(
            accounts=accounts,
            order_ids=order_ids,
            since=since,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncTradestationV3:
    """The TradestationV3 client (async): `accounts`, `balances`, `positions`, `orders`, `order_history`.

    ``token``: the bearer token (default: `TRADESTATION_V3_TOKEN`; empty sends none).
    ``base_url``: default `TRADESTATION_V3_BASE_URL`, else `https://api.tradestation.com`.
    ``headers``: sent with every request (an API key header, for instance).
    ``timeout``, ``max_retries``: defaults for every call (60 s, 5 s to connect; 2 retries).
    ``max_response_bytes``: the largest body accepted once decoded (64 MiB; None: no limit).
    ``max_pages``: the most pages an iterator fetches (10,000; None: no limit).
    ``client``: a ready `AuthenticatedClient` instead of the settings above.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        headers: dict[str, str] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int | None = DEFAULT_MAX_PAGES,
        httpx_args: dict[str, Any] | None = None,
        client: AuthenticatedClient | None = None,
    ) -> None:
        self.client = client or AuthenticatedClient(
            base_url=base_url or os.environ.get("TRADESTATION_V3_BASE_URL") or "https://api.tradestation.com",
            token=token if token is not None else os.environ.get("TRADESTATION_V3_TOKEN", ""),
            headers=headers or {},
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
            httpx_args=httpx_args or {},
        )
        self.accounts = AsyncAccounts(self.client)
        self.balances = AsyncBalances(self.client)
        self.positions = AsyncPositions(self.client)
        self.orders = AsyncOrders(self.client)
        self.order_history = AsyncOrderHistory(self.client)

    async def close(self) -> None:
        """Close the connections."""
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()
