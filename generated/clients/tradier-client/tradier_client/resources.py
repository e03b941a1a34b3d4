"""`Tradier` and `AsyncTradier`: one client object, its operations grouped by the spec's tags.

`Tradier()` reads `TRADIER_BASE_URL` (default `https://api.tradier.com`) and `TRADIER_TOKEN`
when they are not given. Each group has one method per operation (named as the operation, returning the
success body), `<operation>_detailed` (status, headers, raw bytes too) and, for a paginated operation,
`<operation>_pages` and `<operation>_items` (iterators over pages and over items across pages). The
operation modules (`tradier_client.api.<group>.<operation>`) stay importable; these methods call them.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import AsyncIterator, Iterator
from typing import Any, Self

from ._base_client import DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Timeout
from .api.balances import get_account_balances
from .api.gainloss import get_account_gain_loss
from .api.history import get_account_history
from .api.orders import get_account_order, get_account_orders
from .api.positions import get_account_positions
from .api.user import get_user_profile
from .client import AuthenticatedClient
from .models.ach_event import AchEvent
from .models.adjustment_event import AdjustmentEvent
from .models.balances_response import BalancesResponse
from .models.check_event import CheckEvent
from .models.closed_position import ClosedPosition
from .models.dividend_event import DividendEvent
from .models.fee_event import FeeEvent
from .models.gain_loss_response import GainLossResponse
from .models.gain_loss_sort_by import GainLossSortBy
from .models.history_event_type import HistoryEventType
from .models.history_response import HistoryResponse
from .models.interest_event import InterestEvent
from .models.journal_event import JournalEvent
from .models.json_media_type import JsonMediaType
from .models.option_event import OptionEvent
from .models.order import Order
from .models.order_filter import OrderFilter
from .models.order_response import OrderResponse
from .models.orders_response import OrdersResponse
from .models.positions_response import PositionsResponse
from .models.profile_response import ProfileResponse
from .models.sort_direction import SortDirection
from .models.tax_event import TaxEvent
from .models.trade_event import TradeEvent
from .models.transfer_event import TransferEvent
from .models.wire_event import WireEvent
from .types import UNSET, Response, Unset


class User:
    """The `user` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_user_profile(
        self,
        *,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ProfileResponse:
        """Get the user's profile and accounts."""
        return get_user_profile.sync(accept=accept, client=self._client, max_retries=max_retries, timeout=timeout)

    def get_user_profile_detailed(
        self,
        *,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ProfileResponse]:
        """Get the user's profile and accounts, with the status, headers and raw bytes."""
        return get_user_profile.sync_detailed(
            accept=accept, client=self._client, max_retries=max_retries, timeout=timeout
        )


class Balances:
    """The `balances` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_account_balances(
        self,
        account_id: str,
        *,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BalancesResponse:
        """Get an account's balances."""
        return get_account_balances.sync(
            account_id=account_id, accept=accept, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_account_balances_detailed(
        self,
        account_id: str,
        *,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BalancesResponse]:
        """Get an account's balances, with the status, headers and raw bytes."""
        return get_account_balances.sync_detailed(
            account_id=account_id, accept=accept, client=self._client, max_retries=max_retries, timeout=timeout
        )


class Positions:
    """The `positions` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_account_positions(
        self,
        account_id: str,
        *,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PositionsResponse:
        """Get an account's positions."""
        return get_account_positions.sync(
            account_id=account_id, accept=accept, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_account_positions_detailed(
        self,
        account_id: str,
        *,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PositionsResponse]:
        """Get an account's positions, with the status, headers and raw bytes."""
        return get_account_positions.sync_detailed(
            account_id=account_id, accept=accept, client=self._client, max_retries=max_retries, timeout=timeout
        )


class History:
    """The `history` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_account_history(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        type_: HistoryEventType | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        exact_match: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HistoryResponse:
        """Get an account's history."""
        return get_account_history.sync(
            account_id=account_id,
            page=page,
            limit=limit,
            type_=type_,
            start=start,
            end=end,
            symbol=symbol,
            exact_match=exact_match,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_history_detailed(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        type_: HistoryEventType | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        exact_match: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HistoryResponse]:
        """Get an account's history, with the status, headers and raw bytes."""
        return get_account_history.sync_detailed(
            account_id=account_id,
            page=page,
            limit=limit,
            type_=type_,
            start=start,
            end=end,
            symbol=symbol,
            exact_match=exact_match,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_history_pages(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        type_: HistoryEventType | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        exact_match: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[HistoryResponse]:
        """Get an account's history: every page, fetched as the iteration reaches it."""
        return get_account_history.sync_pages(
            account_id=account_id,
            page=page,
            limit=limit,
            type_=type_,
            start=start,
            end=end,
            symbol=symbol,
            exact_match=exact_match,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_history_items(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        type_: HistoryEventType | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        exact_match: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[
        TradeEvent
        | OptionEvent
        | AchEvent
        | WireEvent
        | DividendEvent
        | FeeEvent
        | TaxEvent
        | JournalEvent
        | CheckEvent
        | TransferEvent
        | AdjustmentEvent
        | InterestEvent
    ]:
        """Get an account's history: every item of every page, in order."""
        return get_account_history.sync_items(
            account_id=account_id,
            page=page,
            limit=limit,
            type_=type_,
            start=start,
            end=end,
            symbol=symbol,
            exact_match=exact_match,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class Orders:
    """The `orders` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_account_orders(
        self,
        account_id: str,
        *,
        include_tags: str | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        filter_: OrderFilter | None | Unset = UNSET,
        date: datetime.date | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        status: list[str] | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OrdersResponse:
        """Get an account's orders."""
        return get_account_orders.sync(
            account_id=account_id,
            include_tags=include_tags,
            page=page,
            limit=limit,
            filter_=filter_,
            date=date,
            start=start,
            end=end,
            status=status,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_orders_detailed(
        self,
        account_id: str,
        *,
        include_tags: str | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        filter_: OrderFilter | None | Unset = UNSET,
        date: datetime.date | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        status: list[str] | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OrdersResponse]:
        """Get an account's orders, with the status, headers and raw bytes."""
        return get_account_orders.sync_detailed(
            account_id=account_id,
            include_tags=include_tags,
            page=page,
            limit=limit,
            filter_=filter_,
            date=date,
            start=start,
            end=end,
            status=status,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_orders_pages(
        self,
        account_id: str,
        *,
        include_tags: str | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        filter_: OrderFilter | None | Unset = UNSET,
        date: datetime.date | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        status: list[str] | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[OrdersResponse]:
        """Get an account's orders: every page, fetched as the iteration reaches it."""
        return get_account_orders.sync_pages(
            account_id=account_id,
            include_tags=include_tags,
            page=page,
            limit=limit,
            filter_=filter_,
            date=date,
            start=start,
            end=end,
            status=status,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_orders_items(
        self,
        account_id: str,
        *,
        include_tags: str | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        filter_: OrderFilter | None | Unset = UNSET,
        date: datetime.date | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        status: list[str] | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[Order]:
        """Get an account's orders: every item of every page, in order."""
        return get_account_orders.sync_items(
            account_id=account_id,
            include_tags=include_tags,
            page=page,
            limit=limit,
            filter_=filter_,
            date=date,
            start=start,
            end=end,
            status=status,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_order(
        self,
        account_id: str,
        id: int,
        *,
        include_tags: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OrderResponse:
        """Get one of an account's orders."""
        return get_account_order.sync(
            account_id=account_id,
            id=id,
            include_tags=include_tags,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_order_detailed(
        self,
        account_id: str,
        id: int,
        *,
        include_tags: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OrderResponse]:
        """Get one of an account's orders, with the status, headers and raw bytes."""
        return get_account_order.sync_detailed(
            account_id=account_id,
            id=id,
            include_tags=include_tags,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class Gainloss:
    """The `gainloss` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_account_gain_loss(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        sort_by: GainLossSortBy | None | Unset = UNSET,
        sort: SortDirection | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> GainLossResponse:
        """Get an account's closed positions (cost basis and gain/loss)."""
        return get_account_gain_loss.sync(
            account_id=account_id,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort=sort,
            start=start,
            end=end,
            symbol=symbol,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_gain_loss_detailed(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        sort_by: GainLossSortBy | None | Unset = UNSET,
        sort: SortDirection | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[GainLossResponse]:
        """Get an account's closed positions (cost basis and gain/loss), with the status, headers and raw bytes."""
        return get_account_gain_loss.sync_detailed(
            account_id=account_id,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort=sort,
            start=start,
            end=end,
            symbol=symbol,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_gain_loss_pages(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        sort_by: GainLossSortBy | None | Unset = UNSET,
        sort: SortDirection | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[GainLossResponse]:
        """Get an account's closed positions (cost basis and gain/loss): every page, fetched as the iteration reaches it."""
        return get_account_gain_loss.sync_pages(
            account_id=account_id,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort=sort,
            start=start,
            end=end,
            symbol=symbol,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_gain_loss_items(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        sort_by: GainLossSortBy | None | Unset = UNSET,
        sort: SortDirection | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[ClosedPosition]:
        """Get an account's closed positions (cost basis and gain/loss): every item of every page, in order."""
        return get_account_gain_loss.sync_items(
            account_id=account_id,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort=sort,
            start=start,
            end=end,
            symbol=symbol,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class Tradier:
    """The Tradier client: `user`, `balances`, `positions`, `history`, `orders`, `gainloss`.

    ``token``: the bearer token (default: `TRADIER_TOKEN`; empty sends none).
    ``base_url``: default `TRADIER_BASE_URL`, else `https://api.tradier.com`.
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
            base_url=base_url or os.environ.get("TRADIER_BASE_URL") or "https://api.tradier.com",
            token=token if token is not None else os.environ.get("TRADIER_TOKEN", ""),
            headers=headers or {},
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
            httpx_args=httpx_args or {},
        )
        self.user = User(self.client)
        self.balances = Balances(self.client)
        self.positions = Positions(self.client)
        self.history = History(self.client)
        self.orders = Orders(self.client)
        self.gainloss = Gainloss(self.client)

    def close(self) -> None:
        """Close the connections."""
        self.client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncUser:
    """The `user` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_user_profile(
        self,
        *,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ProfileResponse:
        """Get the user's profile and accounts."""
        return await get_user_profile.asyncio(
            accept=accept, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_user_profile_detailed(
        self,
        *,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ProfileResponse]:
        """Get the user's profile and accounts, with the status, headers and raw bytes."""
        return await get_user_profile.asyncio_detailed(
            accept=accept, client=self._client, max_retries=max_retries, timeout=timeout
        )


class AsyncBalances:
    """The `balances` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_account_balances(
        self,
        account_id: str,
        *,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BalancesResponse:
        """Get an account's balances."""
        return await get_account_balances.asyncio(
            account_id=account_id, accept=accept, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_account_balances_detailed(
        self,
        account_id: str,
        *,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BalancesResponse]:
        """Get an account's balances, with the status, headers and raw bytes."""
        return await get_account_balances.asyncio_detailed(
            account_id=account_id, accept=accept, client=self._client, max_retries=max_retries, timeout=timeout
        )


class AsyncPositions:
    """The `positions` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_account_positions(
        self,
        account_id: str,
        *,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PositionsResponse:
        """Get an account's positions."""
        return await get_account_positions.asyncio(
            account_id=account_id, accept=accept, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_account_positions_detailed(
        self,
        account_id: str,
        *,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PositionsResponse]:
        """Get an account's positions, with the status, headers and raw bytes."""
        return await get_account_positions.asyncio_detailed(
            account_id=account_id, accept=accept, client=self._client, max_retries=max_retries, timeout=timeout
        )


class AsyncHistory:
    """The `history` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_account_history(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        type_: HistoryEventType | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        exact_match: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> HistoryResponse:
        """Get an account's history."""
        return await get_account_history.asyncio(
            account_id=account_id,
            page=page,
            limit=limit,
            type_=type_,
            start=start,
            end=end,
            symbol=symbol,
            exact_match=exact_match,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_account_history_detailed(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        type_: HistoryEventType | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        exact_match: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[HistoryResponse]:
        """Get an account's history, with the status, headers and raw bytes."""
        return await get_account_history.asyncio_detailed(
            account_id=account_id,
            page=page,
            limit=limit,
            type_=type_,
            start=start,
            end=end,
            symbol=symbol,
            exact_match=exact_match,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_history_pages(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        type_: HistoryEventType | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        exact_match: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[HistoryResponse]:
        """Get an account's history: every page, fetched as the iteration reaches it."""
        return get_account_history.asyncio_pages(
            account_id=account_id,
            page=page,
            limit=limit,
            type_=type_,
            start=start,
            end=end,
            symbol=symbol,
            exact_match=exact_match,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_history_items(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        type_: HistoryEventType | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        exact_match: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[
        TradeEvent
        | OptionEvent
        | AchEvent
        | WireEvent
        | DividendEvent
        | FeeEvent
        | TaxEvent
        | JournalEvent
        | CheckEvent
        | TransferEvent
        | AdjustmentEvent
        | InterestEvent
    ]:
        """Get an account's history: every item of every page, in order."""
        return get_account_history.asyncio_items(
            account_id=account_id,
            page=page,
            limit=limit,
            type_=type_,
            start=start,
            end=end,
            symbol=symbol,
            exact_match=exact_match,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncOrders:
    """The `orders` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_account_orders(
        self,
        account_id: str,
        *,
        include_tags: str | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        filter_: OrderFilter | None | Unset = UNSET,
        date: datetime.date | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        status: list[str] | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OrdersResponse:
        """Get an account's orders."""
        return await get_account_orders.asyncio(
            account_id=account_id,
            include_tags=include_tags,
            page=page,
            limit=limit,
            filter_=filter_,
            date=date,
            start=start,
            end=end,
            status=status,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_account_orders_detailed(
        self,
        account_id: str,
        *,
        include_tags: str | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        filter_: OrderFilter | None | Unset = UNSET,
        date: datetime.date | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        status: list[str] | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OrdersResponse]:
        """Get an account's orders, with the status, headers and raw bytes."""
        return await get_account_orders.asyncio_detailed(
            account_id=account_id,
            include_tags=include_tags,
            page=page,
            limit=limit,
            filter_=filter_,
            date=date,
            start=start,
            end=end,
            status=status,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_orders_pages(
        self,
        account_id: str,
        *,
        include_tags: str | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        filter_: OrderFilter | None | Unset = UNSET,
        date: datetime.date | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        status: list[str] | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[OrdersResponse]:
        """Get an account's orders: every page, fetched as the iteration reaches it."""
        return get_account_orders.asyncio_pages(
            account_id=account_id,
            include_tags=include_tags,
            page=page,
            limit=limit,
            filter_=filter_,
            date=date,
            start=start,
            end=end,
            status=status,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_orders_items(
        self,
        account_id: str,
        *,
        include_tags: str | None | Unset = UNSET,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        filter_: OrderFilter | None | Unset = UNSET,
        date: datetime.date | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        status: list[str] | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[Order]:
        """Get an account's orders: every item of every page, in order."""
        return get_account_orders.asyncio_items(
            account_id=account_id,
            include_tags=include_tags,
            page=page,
            limit=limit,
            filter_=filter_,
            date=date,
            start=start,
            end=end,
            status=status,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_account_order(
        self,
        account_id: str,
        id: int,
        *,
        include_tags: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OrderResponse:
        """Get one of an account's orders."""
        return await get_account_order.asyncio(
            account_id=account_id,
            id=id,
            include_tags=include_tags,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_account_order_detailed(
        self,
        account_id: str,
        id: int,
        *,
        include_tags: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OrderResponse]:
        """Get one of an account's orders, with the status, headers and raw bytes."""
        return await get_account_order.asyncio_detailed(
            account_id=account_id,
            id=id,
            include_tags=include_tags,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncGainloss:
    """The `gainloss` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_account_gain_loss(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        sort_by: GainLossSortBy | None | Unset = UNSET,
        sort: SortDirection | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> GainLossResponse:
        """Get an account's closed positions (cost basis and gain/loss)."""
        return await get_account_gain_loss.asyncio(
            account_id=account_id,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort=sort,
            start=start,
            end=end,
            symbol=symbol,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_account_gain_loss_detailed(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        sort_by: GainLossSortBy | None | Unset = UNSET,
        sort: SortDirection | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[GainLossResponse]:
        """Get an account's closed positions (cost basis and gain/loss), with the status, headers and raw bytes."""
        return await get_account_gain_loss.asyncio_detailed(
            account_id=account_id,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort=sort,
            start=start,
            end=end,
            symbol=symbol,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_gain_loss_pages(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        sort_by: GainLossSortBy | None | Unset = UNSET,
        sort: SortDirection | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[GainLossResponse]:
        """Get an account's closed positions (cost basis and gain/loss): every page, fetched as the iteration reaches it."""
        return get_account_gain_loss.asyncio_pages(
            account_id=account_id,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort=sort,
            start=start,
            end=end,
            symbol=symbol,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_gain_loss_items(
        self,
        account_id: str,
        *,
        page: int | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        sort_by: GainLossSortBy | None | Unset = UNSET,
        sort: SortDirection | None | Unset = UNSET,
        start: datetime.date | None | Unset = UNSET,
        end: datetime.date | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[ClosedPosition]:
        """Get an account's closed positions (cost basis and gain/loss): every item of every page, in order."""
        return get_account_gain_loss.asyncio_items(
            account_id=account_id,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort=sort,
            start=start,
            end=end,
            symbol=symbol,
            accept=accept,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncTradier:
    """The Tradier client (async): `user`, `balances`, `positions`, `history`, `orders`, `gainloss`.

    ``token``: the bearer token (default: `TRADIER_TOKEN`; empty sends none).
    ``base_url``: default `TRADIER_BASE_URL`, else `https://api.tradier.com`.
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
            base_url=base_url or os.environ.get("TRADIER_BASE_URL") or "https://api.tradier.com",
            token=token if token is not None else os.environ.get("TRADIER_TOKEN", ""),
            headers=headers or {},
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
            httpx_args=httpx_args or {},
        )
        self.user = AsyncUser(self.client)
        self.balances = AsyncBalances(self.client)
        self.positions = AsyncPositions(self.client)
        self.history = AsyncHistory(self.client)
        self.orders = AsyncOrders(self.client)
        self.gainloss = AsyncGainloss(self.client)

    async def close(self) -> None:
        """Close the connections."""
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()
