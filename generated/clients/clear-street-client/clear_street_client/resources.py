"""`ClearStreet` and `AsyncClearStreet`: one client object, its operations grouped by the spec's tags.

`ClearStreet()` reads `CLEAR_STREET_BASE_URL` (default `https://api.clearstreet.com`) and `CLEAR_STREET_TOKEN`
when they are not given. Each group has one method per operation (named as the operation, returning the
success body), `<operation>_detailed` (status, headers, raw bytes too) and, for a paginated operation,
`<operation>_pages` and `<operation>_items` (iterators over pages and over items across pages). The
operation modules (`clear_street_client.api.<group>.<operation>`) stay importable; these methods call them.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import AsyncIterator, Iterator
from typing import Any, Self

from ._base_client import DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Timeout
from .api.accounts import get_account_by_id, get_accounts
from .api.balances import get_account_balances
from .api.orders import get_executions, get_order_by_id, get_orders
from .api.portfolio_history import get_portfolio_history
from .api.positions import close_position, close_positions, get_positions
from .client import AuthenticatedClient
from .models.account import Account
from .models.account_balances_response import AccountBalancesResponse
from .models.account_list_response import AccountListResponse
from .models.account_response import AccountResponse
from .models.close_position_request import ClosePositionRequest
from .models.execution import Execution
from .models.execution_list_response import ExecutionListResponse
from .models.order import Order
from .models.order_list_response import OrderListResponse
from .models.order_response import OrderResponse
from .models.order_status import OrderStatus
from .models.portfolio_history_partial_response import PortfolioHistoryPartialResponse
from .models.portfolio_history_response import PortfolioHistoryResponse
from .models.position import Position
from .models.position_list_response import PositionListResponse
from .models.position_sort_by import PositionSortBy
from .models.security_type import SecurityType
from .models.sort_direction import SortDirection
from .types import UNSET, Response, Unset


class Accounts:
    """The `accounts` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_accounts(
        self,
        *,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        account_name: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AccountListResponse:
        """List accounts."""
        return get_accounts.sync(
            page_size=page_size,
            page_token=page_token,
            account_id=account_id,
            account_name=account_name,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_accounts_detailed(
        self,
        *,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        account_name: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AccountListResponse]:
        """List accounts, with the status, headers and raw bytes."""
        return get_accounts.sync_detailed(
            page_size=page_size,
            page_token=page_token,
            account_id=account_id,
            account_name=account_name,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_accounts_pages(
        self,
        *,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        account_name: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[AccountListResponse]:
        """List accounts: every page, fetched as the iteration reaches it."""
        return get_accounts.sync_pages(
            page_size=page_size,
            page_token=page_token,
            account_id=account_id,
            account_name=account_name,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_accounts_items(
        self,
        *,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        account_name: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[Account]:
        """List accounts: every item of every page, in order."""
        return get_accounts.sync_items(
            page_size=page_size,
            page_token=page_token,
            account_id=account_id,
            account_name=account_name,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_by_id(
        self, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> AccountResponse:
        """Get an account with its holder's personal details."""
        return get_account_by_id.sync(
            account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_account_by_id_detailed(
        self, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[AccountResponse]:
        """Get an account with its holder's personal details, with the status, headers and raw bytes."""
        return get_account_by_id.sync_detailed(
            account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )


class Balances:
    """The `balances` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_account_balances(
        self,
        account_id: int,
        *,
        top_margin_contributors_limit: int | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AccountBalancesResponse:
        """Get account balances."""
        return get_account_balances.sync(
            account_id=account_id,
            top_margin_contributors_limit=top_margin_contributors_limit,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_balances_detailed(
        self,
        account_id: int,
        *,
        top_margin_contributors_limit: int | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AccountBalancesResponse]:
        """Get account balances, with the status, headers and raw bytes."""
        return get_account_balances.sync_detailed(
            account_id=account_id,
            top_margin_contributors_limit=top_margin_contributors_limit,
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
        account_id: int,
        *,
        instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        sort_by: PositionSortBy | None | Unset = UNSET,
        sort_direction: SortDirection | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PositionListResponse:
        """List positions."""
        return get_positions.sync(
            account_id=account_id,
            instrument_ids=instrument_ids,
            page_size=page_size,
            page_token=page_token,
            sort_by=sort_by,
            sort_direction=sort_direction,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_positions_detailed(
        self,
        account_id: int,
        *,
        instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        sort_by: PositionSortBy | None | Unset = UNSET,
        sort_direction: SortDirection | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PositionListResponse]:
        """List positions, with the status, headers and raw bytes."""
        return get_positions.sync_detailed(
            account_id=account_id,
            instrument_ids=instrument_ids,
            page_size=page_size,
            page_token=page_token,
            sort_by=sort_by,
            sort_direction=sort_direction,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_positions_pages(
        self,
        account_id: int,
        *,
        instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        sort_by: PositionSortBy | None | Unset = UNSET,
        sort_direction: SortDirection | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[PositionListResponse]:
        """List positions: every page, fetched as the iteration reaches it."""
        return get_positions.sync_pages(
            account_id=account_id,
            instrument_ids=instrument_ids,
            page_size=page_size,
            page_token=page_token,
            sort_by=sort_by,
            sort_direction=sort_direction,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_positions_items(
        self,
        account_id: int,
        *,
        instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        sort_by: PositionSortBy | None | Unset = UNSET,
        sort_direction: SortDirection | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[Position]:
        """List positions: every item of every page, in order."""
        return get_positions.sync_items(
            account_id=account_id,
            instrument_ids=instrument_ids,
            page_size=page_size,
            page_token=page_token,
            sort_by=sort_by,
            sort_direction=sort_direction,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def close_positions(
        self,
        account_id: int,
        *,
        body: ClosePositionRequest | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OrderListResponse:
        """Close every position."""
        return close_positions.sync(
            account_id=account_id, body=body, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def close_positions_detailed(
        self,
        account_id: int,
        *,
        body: ClosePositionRequest | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OrderListResponse]:
        """Close every position, with the status, headers and raw bytes."""
        return close_positions.sync_detailed(
            account_id=account_id, body=body, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def close_position(
        self,
        account_id: int,
        instrument_id: str,
        *,
        body: ClosePositionRequest | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OrderListResponse:
        """Close one position."""
        return close_position.sync(
            account_id=account_id,
            instrument_id=instrument_id,
            body=body,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def close_position_detailed(
        self,
        account_id: int,
        instrument_id: str,
        *,
        body: ClosePositionRequest | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OrderListResponse]:
        """Close one position, with the status, headers and raw bytes."""
        return close_position.sync_detailed(
            account_id=account_id,
            instrument_id=instrument_id,
            body=body,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class Orders:
    """The `orders` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_orders(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        status: list[OrderStatus] | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        instrument_type: SecurityType | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        updated_atgt: str | None | Unset = UNSET,
        updated_atgte: str | None | Unset = UNSET,
        updated_atlt: str | None | Unset = UNSET,
        updated_atlte: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OrderListResponse:
        """List orders."""
        return get_orders.sync(
            account_id=account_id,
            from_=from_,
            to=to,
            status=status,
            symbol=symbol,
            instrument_ids=instrument_ids,
            instrument_type=instrument_type,
            underlying_instrument_ids=underlying_instrument_ids,
            order_ids=order_ids,
            page_size=page_size,
            page_token=page_token,
            updated_atgt=updated_atgt,
            updated_atgte=updated_atgte,
            updated_atlt=updated_atlt,
            updated_atlte=updated_atlte,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_detailed(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        status: list[OrderStatus] | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        instrument_type: SecurityType | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        updated_atgt: str | None | Unset = UNSET,
        updated_atgte: str | None | Unset = UNSET,
        updated_atlt: str | None | Unset = UNSET,
        updated_atlte: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OrderListResponse]:
        """List orders, with the status, headers and raw bytes."""
        return get_orders.sync_detailed(
            account_id=account_id,
            from_=from_,
            to=to,
            status=status,
            symbol=symbol,
            instrument_ids=instrument_ids,
            instrument_type=instrument_type,
            underlying_instrument_ids=underlying_instrument_ids,
            order_ids=order_ids,
            page_size=page_size,
            page_token=page_token,
            updated_atgt=updated_atgt,
            updated_atgte=updated_atgte,
            updated_atlt=updated_atlt,
            updated_atlte=updated_atlte,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_pages(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        status: list[OrderStatus] | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        instrument_type: SecurityType | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        updated_atgt: str | None | Unset = UNSET,
        updated_atgte: str | None | Unset = UNSET,
        updated_atlt: str | None | Unset = UNSET,
        updated_atlte: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[OrderListResponse]:
        """List orders: every page, fetched as the iteration reaches it."""
        return get_orders.sync_pages(
            account_id=account_id,
            from_=from_,
            to=to,
            status=status,
            symbol=symbol,
            instrument_ids=instrument_ids,
            instrument_type=instrument_type,
            underlying_instrument_ids=underlying_instrument_ids,
            order_ids=order_ids,
            page_size=page_size,
            page_token=page_token,
            updated_atgt=updated_atgt,
            updated_atgte=updated_atgte,
            updated_atlt=updated_atlt,
            updated_atlte=updated_atlte,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_items(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        status: list[OrderStatus] | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        instrument_type: SecurityType | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        updated_atgt: str | None | Unset = UNSET,
        updated_atgte: str | None | Unset = UNSET,
        updated_atlt: str | None | Unset = UNSET,
        updated_atlte: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[Order]:
        """List orders: every item of every page, in order."""
        return get_orders.sync_items(
            account_id=account_id,
            from_=from_,
            to=to,
            status=status,
            symbol=symbol,
            instrument_ids=instrument_ids,
            instrument_type=instrument_type,
            underlying_instrument_ids=underlying_instrument_ids,
            order_ids=order_ids,
            page_size=page_size,
            page_token=page_token,
            updated_atgt=updated_atgt,
            updated_atgte=updated_atgte,
            updated_atlt=updated_atlt,
            updated_atlte=updated_atlte,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_order_by_id(
        self, account_id: int, order_id: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> OrderResponse:
        """Get an order."""
        return get_order_by_id.sync(
            account_id=account_id, order_id=order_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_order_by_id_detailed(
        self, account_id: int, order_id: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[OrderResponse]:
        """Get an order, with the status, headers and raw bytes."""
        return get_order_by_id.sync_detailed(
            account_id=account_id, order_id=order_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_executions(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ExecutionListResponse:
        """List executions (fills)."""
        return get_executions.sync(
            account_id=account_id,
            from_=from_,
            to=to,
            instrument_ids=instrument_ids,
            order_ids=order_ids,
            underlying_instrument_ids=underlying_instrument_ids,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_executions_detailed(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ExecutionListResponse]:
        """List executions (fills), with the status, headers and raw bytes."""
        return get_executions.sync_detailed(
            account_id=account_id,
            from_=from_,
            to=to,
            instrument_ids=instrument_ids,
            order_ids=order_ids,
            underlying_instrument_ids=underlying_instrument_ids,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_executions_pages(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[ExecutionListResponse]:
        """List executions (fills): every page, fetched as the iteration reaches it."""
        return get_executions.sync_pages(
            account_id=account_id,
            from_=from_,
            to=to,
            instrument_ids=instrument_ids,
            order_ids=order_ids,
            underlying_instrument_ids=underlying_instrument_ids,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_executions_items(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[Execution]:
        """List executions (fills): every item of every page, in order."""
        return get_executions.sync_items(
            account_id=account_id,
            from_=from_,
            to=to,
            instrument_ids=instrument_ids,
            order_ids=order_ids,
            underlying_instrument_ids=underlying_instrument_ids,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class PortfolioHistory:
    """The `portfolio_history` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_portfolio_history(
        self,
        account_id: int,
        *,
        start_date: datetime.date,
        end_date: datetime.date | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PortfolioHistoryResponse | PortfolioHistoryPartialResponse:
        """Get portfolio history."""
        return get_portfolio_history.sync(
            account_id=account_id,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_portfolio_history_detailed(
        self,
        account_id: int,
        *,
        start_date: datetime.date,
        end_date: datetime.date | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PortfolioHistoryResponse | PortfolioHistoryPartialResponse]:
        """Get portfolio history, with the status, headers and raw bytes."""
        return get_portfolio_history.sync_detailed(
            account_id=account_id,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class ClearStreet:
    """The ClearStreet client: `accounts`, `balances`, `positions`, `orders`, `portfolio_history`.

    ``token``: the bearer token (default: `CLEAR_STREET_TOKEN`; empty sends none).
    ``base_url``: default `CLEAR_STREET_BASE_URL`, else `https://api.clearstreet.com`.
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
            base_url=base_url or os.environ.get("CLEAR_STREET_BASE_URL") or "https://api.clearstreet.com",
            token=token if token is not None else os.environ.get("CLEAR_STREET_TOKEN", ""),
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
        self.portfolio_history = PortfolioHistory(self.client)

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
        self,
        *,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        account_name: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AccountListResponse:
        """List accounts."""
        return await get_accounts.asyncio(
            page_size=page_size,
            page_token=page_token,
            account_id=account_id,
            account_name=account_name,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_accounts_detailed(
        self,
        *,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        account_name: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AccountListResponse]:
        """List accounts, with the status, headers and raw bytes."""
        return await get_accounts.asyncio_detailed(
            page_size=page_size,
            page_token=page_token,
            account_id=account_id,
            account_name=account_name,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_accounts_pages(
        self,
        *,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        account_name: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[AccountListResponse]:
        """List accounts: every page, fetched as the iteration reaches it."""
        return get_accounts.asyncio_pages(
            page_size=page_size,
            page_token=page_token,
            account_id=account_id,
            account_name=account_name,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_accounts_items(
        self,
        *,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        account_id: str | None | Unset = UNSET,
        account_name: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[Account]:
        """List accounts: every item of every page, in order."""
        return get_accounts.asyncio_items(
            page_size=page_size,
            page_token=page_token,
            account_id=account_id,
            account_name=account_name,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_account_by_id(
        self, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> AccountResponse:
        """Get an account with its holder's personal details."""
        return await get_account_by_id.asyncio(
            account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_account_by_id_detailed(
        self, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[AccountResponse]:
        """Get an account with its holder's personal details, with the status, headers and raw bytes."""
        return await get_account_by_id.asyncio_detailed(
            account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )


class AsyncBalances:
    """The `balances` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_account_balances(
        self,
        account_id: int,
        *,
        top_margin_contributors_limit: int | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AccountBalancesResponse:
        """Get account balances."""
        return await get_account_balances.asyncio(
            account_id=account_id,
            top_margin_contributors_limit=top_margin_contributors_limit,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_account_balances_detailed(
        self,
        account_id: int,
        *,
        top_margin_contributors_limit: int | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AccountBalancesResponse]:
        """Get account balances, with the status, headers and raw bytes."""
        return await get_account_balances.asyncio_detailed(
            account_id=account_id,
            top_margin_contributors_limit=top_margin_contributors_limit,
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
        account_id: int,
        *,
        instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        sort_by: PositionSortBy | None | Unset = UNSET,
        sort_direction: SortDirection | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PositionListResponse:
        """List positions."""
        return await get_positions.asyncio(
            account_id=account_id,
            instrument_ids=instrument_ids,
            page_size=page_size,
            page_token=page_token,
            sort_by=sort_by,
            sort_direction=sort_direction,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_positions_detailed(
        self,
        account_id: int,
        *,
        instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        sort_by: PositionSortBy | None | Unset = UNSET,
        sort_direction: SortDirection | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PositionListResponse]:
        """List positions, with the status, headers and raw bytes."""
        return await get_positions.asyncio_detailed(
            account_id=account_id,
            instrument_ids=instrument_ids,
            page_size=page_size,
            page_token=page_token,
            sort_by=sort_by,
            sort_direction=sort_direction,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_positions_pages(
        self,
        account_id: int,
        *,
        instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        sort_by: PositionSortBy | None | Unset = UNSET,
        sort_direction: SortDirection | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[PositionListResponse]:
        """List positions: every page, fetched as the iteration reaches it."""
        return get_positions.asyncio_pages(
            account_id=account_id,
            instrument_ids=instrument_ids,
            page_size=page_size,
            page_token=page_token,
            sort_by=sort_by,
            sort_direction=sort_direction,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_positions_items(
        self,
        account_id: int,
        *,
        instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        sort_by: PositionSortBy | None | Unset = UNSET,
        sort_direction: SortDirection | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[Position]:
        """List positions: every item of every page, in order."""
        return get_positions.asyncio_items(
            account_id=account_id,
            instrument_ids=instrument_ids,
            page_size=page_size,
            page_token=page_token,
            sort_by=sort_by,
            sort_direction=sort_direction,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def close_positions(
        self,
        account_id: int,
        *,
        body: ClosePositionRequest | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OrderListResponse:
        """Close every position."""
        return await close_positions.asyncio(
            account_id=account_id, body=body, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def close_positions_detailed(
        self,
        account_id: int,
        *,
        body: ClosePositionRequest | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OrderListResponse]:
        """Close every position, with the status, headers and raw bytes."""
        return await close_positions.asyncio_detailed(
            account_id=account_id, body=body, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def close_position(
        self,
        account_id: int,
        instrument_id: str,
        *,
        body: ClosePositionRequest | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OrderListResponse:
        """Close one position."""
        return await close_position.asyncio(
            account_id=account_id,
            instrument_id=instrument_id,
            body=body,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def close_position_detailed(
        self,
        account_id: int,
        instrument_id: str,
        *,
        body: ClosePositionRequest | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OrderListResponse]:
        """Close one position, with the status, headers and raw bytes."""
        return await close_position.asyncio_detailed(
            account_id=account_id,
            instrument_id=instrument_id,
            body=body,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncOrders:
    """The `orders` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_orders(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        status: list[OrderStatus] | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        instrument_type: SecurityType | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        updated_atgt: str | None | Unset = UNSET,
        updated_atgte: str | None | Unset = UNSET,
        updated_atlt: str | None | Unset = UNSET,
        updated_atlte: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OrderListResponse:
        """List orders."""
        return await get_orders.asyncio(
            account_id=account_id,
            from_=from_,
            to=to,
            status=status,
            symbol=symbol,
            instrument_ids=instrument_ids,
            instrument_type=instrument_type,
            underlying_instrument_ids=underlying_instrument_ids,
            order_ids=order_ids,
            page_size=page_size,
            page_token=page_token,
            updated_atgt=updated_atgt,
            updated_atgte=updated_atgte,
            updated_atlt=updated_atlt,
            updated_atlte=updated_atlte,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_orders_detailed(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        status: list[OrderStatus] | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        instrument_type: SecurityType | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        updated_atgt: str | None | Unset = UNSET,
        updated_atgte: str | None | Unset = UNSET,
        updated_atlt: str | None | Unset = UNSET,
        updated_atlte: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OrderListResponse]:
        """List orders, with the status, headers and raw bytes."""
        return await get_orders.asyncio_detailed(
            account_id=account_id,
            from_=from_,
            to=to,
            status=status,
            symbol=symbol,
            instrument_ids=instrument_ids,
            instrument_type=instrument_type,
            underlying_instrument_ids=underlying_instrument_ids,
            order_ids=order_ids,
            page_size=page_size,
            page_token=page_token,
            updated_atgt=updated_atgt,
            updated_atgte=updated_atgte,
            updated_atlt=updated_atlt,
            updated_atlte=updated_atlte,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_pages(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        status: list[OrderStatus] | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        instrument_type: SecurityType | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        updated_atgt: str | None | Unset = UNSET,
        updated_atgte: str | None | Unset = UNSET,
        updated_atlt: str | None | Unset = UNSET,
        updated_atlte: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[OrderListResponse]:
        """List orders: every page, fetched as the iteration reaches it."""
        return get_orders.asyncio_pages(
            account_id=account_id,
            from_=from_,
            to=to,
            status=status,
            symbol=symbol,
            instrument_ids=instrument_ids,
            instrument_type=instrument_type,
            underlying_instrument_ids=underlying_instrument_ids,
            order_ids=order_ids,
            page_size=page_size,
            page_token=page_token,
            updated_atgt=updated_atgt,
            updated_atgte=updated_atgte,
            updated_atlt=updated_atlt,
            updated_atlte=updated_atlte,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_items(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        status: list[OrderStatus] | None | Unset = UNSET,
        symbol: str | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        instrument_type: SecurityType | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        updated_atgt: str | None | Unset = UNSET,
        updated_atgte: str | None | Unset = UNSET,
        updated_atlt: str | None | Unset = UNSET,
        updated_atlte: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[Order]:
        """List orders: every item of every page, in order."""
        return get_orders.asyncio_items(
            account_id=account_id,
            from_=from_,
            to=to,
            status=status,
            symbol=symbol,
            instrument_ids=instrument_ids,
            instrument_type=instrument_type,
            underlying_instrument_ids=underlying_instrument_ids,
            order_ids=order_ids,
            page_size=page_size,
            page_token=page_token,
            updated_atgt=updated_atgt,
            updated_atgte=updated_atgte,
            updated_atlt=updated_atlt,
            updated_atlte=updated_atlte,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_order_by_id(
        self, account_id: int, order_id: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> OrderResponse:
        """Get an order."""
        return await get_order_by_id.asyncio(
            account_id=account_id, order_id=order_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_order_by_id_detailed(
        self, account_id: int, order_id: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[OrderResponse]:
        """Get an order, with the status, headers and raw bytes."""
        return await get_order_by_id.asyncio_detailed(
            account_id=account_id, order_id=order_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_executions(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ExecutionListResponse:
        """List executions (fills)."""
        return await get_executions.asyncio(
            account_id=account_id,
            from_=from_,
            to=to,
            instrument_ids=instrument_ids,
            order_ids=order_ids,
            underlying_instrument_ids=underlying_instrument_ids,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_executions_detailed(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ExecutionListResponse]:
        """List executions (fills), with the status, headers and raw bytes."""
        return await get_executions.asyncio_detailed(
            account_id=account_id,
            from_=from_,
            to=to,
            instrument_ids=instrument_ids,
            order_ids=order_ids,
            underlying_instrument_ids=underlying_instrument_ids,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_executions_pages(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[ExecutionListResponse]:
        """List executions (fills): every page, fetched as the iteration reaches it."""
        return get_executions.asyncio_pages(
            account_id=account_id,
            from_=from_,
            to=to,
            instrument_ids=instrument_ids,
            order_ids=order_ids,
            underlying_instrument_ids=underlying_instrument_ids,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_executions_items(
        self,
        account_id: int,
        *,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        instrument_ids: list[str] | None | Unset = UNSET,
        order_ids: list[str] | None | Unset = UNSET,
        underlying_instrument_ids: list[str] | None | Unset = UNSET,
        page_size: int | None | Unset = 1000,
        page_token: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[Execution]:
        """List executions (fills): every item of every page, in order."""
        return get_executions.asyncio_items(
            account_id=account_id,
            from_=from_,
            to=to,
            instrument_ids=instrument_ids,
            order_ids=order_ids,
            underlying_instrument_ids=underlying_instrument_ids,
            page_size=page_size,
            page_token=page_token,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncPortfolioHistory:
    """The `portfolio_history` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_portfolio_history(
        self,
        account_id: int,
        *,
        start_date: datetime.date,
        end_date: datetime.date | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PortfolioHistoryResponse | PortfolioHistoryPartialResponse:
        """Get portfolio history."""
        return await get_portfolio_history.asyncio(
            account_id=account_id,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_portfolio_history_detailed(
        self,
        account_id: int,
        *,
        start_date: datetime.date,
        end_date: datetime.date | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PortfolioHistoryResponse | PortfolioHistoryPartialResponse]:
        """Get portfolio history, with the status, headers and raw bytes."""
        return await get_portfolio_history.asyncio_detailed(
            account_id=account_id,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncClearStreet:
    """The ClearStreet client (async): `accounts`, `balances`, `positions`, `orders`, `portfolio_history`.

    ``token``: the bearer token (default: `CLEAR_STREET_TOKEN`; empty sends none).
    ``base_url``: default `CLEAR_STREET_BASE_URL`, else `https://api.clearstreet.com`.
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
            base_url=base_url or os.environ.get("CLEAR_STREET_BASE_URL") or "https://api.clearstreet.com",
            token=token if token is not None else os.environ.get("CLEAR_STREET_TOKEN", ""),
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
        self.portfolio_history = AsyncPortfolioHistory(self.client)

    async def close(self) -> None:
        """Close the connections."""
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()
