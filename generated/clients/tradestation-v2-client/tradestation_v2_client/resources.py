"""`TradestationV2` and `AsyncTradestationV2`: one client object, its operations grouped by the spec's tags.

`TradestationV2()` reads `TRADESTATION_V2_BASE_URL` (default `https://api.tradestation.com`) and `TRADESTATION_V2_TOKEN`
when they are not given. Each group has one method per operation (named as the operation, returning the
success body), `<operation>_detailed` (status, headers, raw bytes too) and, for a paginated operation,
`<operation>_pages` and `<operation>_items` (iterators over pages and over items across pages). The
operation modules (`tradestation_v2_client.api.<group>.<operation>`) stay importable; these methods call them.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any, Self

from ._base_client import DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Timeout
from .api.accounts import get_user_accounts
from .api.balances import get_balances
from .api.order_history import get_orders
from .api.positions import get_positions
from .client import AuthenticatedClient
from .models.account_info import AccountInfo
from .models.api_version import ApiVersion
from .models.equity_account import EquityAccount
from .models.forex_account import ForexAccount
from .models.futures_account import FuturesAccount
from .models.order_detail import OrderDetail
from .models.position import Position
from .types import UNSET, Response, Unset


class Accounts:
    """The `accounts` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_user_accounts(
        self,
        user_id: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[AccountInfo]:
        """List a user's accounts."""
        return get_user_accounts.sync(
            user_id=user_id, api_version=api_version, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_user_accounts_detailed(
        self,
        user_id: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[AccountInfo]]:
        """List a user's accounts, with the status, headers and raw bytes."""
        return get_user_accounts.sync_detailed(
            user_id=user_id, api_version=api_version, client=self._client, max_retries=max_retries, timeout=timeout
        )


class Balances:
    """The `balances` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_balances(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[EquityAccount | ForexAccount | FuturesAccount]:
        """Get balances of accounts."""
        return get_balances.sync(
            account_keys=account_keys,
            api_version=api_version,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_balances_detailed(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[EquityAccount | ForexAccount | FuturesAccount]]:
        """Get balances of accounts, with the status, headers and raw bytes."""
        return get_balances.sync_detailed(
            account_keys=account_keys,
            api_version=api_version,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class Positions:
    """The `positions` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_positions(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        filter_: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[Position]:
        """Get positions of accounts."""
        return get_positions.sync(
            account_keys=account_keys,
            api_version=api_version,
            filter_=filter_,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_positions_detailed(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        filter_: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[Position]]:
        """Get positions of accounts, with the status, headers and raw bytes."""
        return get_positions.sync_detailed(
            account_keys=account_keys,
            api_version=api_version,
            filter_=filter_,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class OrderHistory:
    """The `order_history` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_orders(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        since: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        filter_: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[OrderDetail]:
        """Get the order history of accounts."""
        return get_orders.sync(
            account_keys=account_keys,
            api_version=api_version,
            since=since,
            page_size=page_size,
            page_num=page_num,
            filter_=filter_,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_detailed(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        since: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        filter_: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[OrderDetail]]:
        """Get the order history of accounts, with the status, headers and raw bytes."""
        return get_orders.sync_detailed(
            account_keys=account_keys,
            api_version=api_version,
            since=since,
            page_size=page_size,
            page_num=page_num,
            filter_=filter_,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_pages(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        since: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        filter_: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[list[OrderDetail]]:
        """Get the order history of accounts: every page, fetched as the iteration reaches it."""
        return get_orders.sync_pages(
            account_keys=account_keys,
            api_version=api_version,
            since=since,
            page_size=page_size,
            page_num=page_num,
            filter_=filter_,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_items(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        since: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        filter_: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[OrderDetail]:
        """Get the order history of accounts: every item of every page, in order."""
        return get_orders.sync_items(
            account_keys=account_keys,
            api_version=api_version,
            since=since,
            page_size=page_size,
            page_num=page_num,
            filter_=filter_,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class TradestationV2:
    """The TradestationV2 client: `accounts`, `balances`, `positions`, `order_history`.

    ``token``: the bearer token (default: `TRADESTATION_V2_TOKEN`; empty sends none).
    ``base_url``: default `TRADESTATION_V2_BASE_URL`, else `https://api.tradestation.com`.
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
            base_url=base_url or os.environ.get("TRADESTATION_V2_BASE_URL") or "https://api.tradestation.com",
            token=token if token is not None else os.environ.get("TRADESTATION_V2_TOKEN", ""),
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

    async def get_user_accounts(
        self,
        user_id: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[AccountInfo]:
        """List a user's accounts."""
        return await get_user_accounts.asyncio(
            user_id=user_id, api_version=api_version, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_user_accounts_detailed(
        self,
        user_id: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[AccountInfo]]:
        """List a user's accounts, with the status, headers and raw bytes."""
        return await get_user_accounts.asyncio_detailed(
            user_id=user_id, api_version=api_version, client=self._client, max_retries=max_retries, timeout=timeout
        )


class AsyncBalances:
    """The `balances` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_balances(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[EquityAccount | ForexAccount | FuturesAccount]:
        """Get balances of accounts."""
        return await get_balances.asyncio(
            account_keys=account_keys,
            api_version=api_version,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_balances_detailed(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[EquityAccount | ForexAccount | FuturesAccount]]:
        """Get balances of accounts, with the status, headers and raw bytes."""
        return await get_balances.asyncio_detailed(
            account_keys=account_keys,
            api_version=api_version,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncPositions:
    """The `positions` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_positions(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        filter_: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[Position]:
        """Get positions of accounts."""
        return await get_positions.asyncio(
            account_keys=account_keys,
            api_version=api_version,
            filter_=filter_,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_positions_detailed(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        filter_: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[Position]]:
        """Get positions of accounts, with the status, headers and raw bytes."""
        return await get_positions.asyncio_detailed(
            account_keys=account_keys,
            api_version=api_version,
            filter_=filter_,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncOrderHistory:
    """The `order_history` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_orders(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        since: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        filter_: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[OrderDetail]:
        """Get the order history of accounts."""
        return await get_orders.asyncio(
            account_keys=account_keys,
            api_version=api_version,
            since=since,
            page_size=page_size,
            page_num=page_num,
            filter_=filter_,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_orders_detailed(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        since: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        filter_: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[OrderDetail]]:
        """Get the order history of accounts, with the status, headers and raw bytes."""
        return await get_orders.asyncio_detailed(
            account_keys=account_keys,
            api_version=api_version,
            since=since,
            page_size=page_size,
            page_num=page_num,
            filter_=filter_,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_pages(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        since: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        filter_: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[list[OrderDetail]]:
        """Get the order history of accounts: every page, fetched as the iteration reaches it."""
        return get_orders.asyncio_pages(
            account_keys=account_keys,
            api_version=api_version,
            since=since,
            page_size=page_size,
            page_num=page_num,
            filter_=filter_,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_items(
        self,
        account_keys: str,
        *,
        api_version: ApiVersion | None | Unset = UNSET,
        since: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        filter_: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[OrderDetail]:
        """Get the order history of accounts: every item of every page, in order."""
        return get_orders.asyncio_items(
            account_keys=account_keys,
            api_version=api_version,
            since=since,
            page_size=page_size,
            page_num=page_num,
            filter_=filter_,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncTradestationV2:
    """The TradestationV2 client (async): `accounts`, `balances`, `positions`, `order_history`.

    ``token``: the bearer token (default: `TRADESTATION_V2_TOKEN`; empty sends none).
    ``base_url``: default `TRADESTATION_V2_BASE_URL`, else `https://api.tradestation.com`.
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
            base_url=base_url or os.environ.get("TRADESTATION_V2_BASE_URL") or "https://api.tradestation.com",
            token=token if token is not None else os.environ.get("TRADESTATION_V2_TOKEN", ""),
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
        self.order_history = AsyncOrderHistory(self.client)

    async def close(self) -> None:
        """Close the connections."""
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()
