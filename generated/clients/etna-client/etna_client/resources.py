"""`Etna` and `AsyncEtna`: one client object, its operations grouped by the spec's tags.

`Etna()` reads `ETNA_BASE_URL` (default `https://pub-api-et-demo-prod.etnasoft.us/api`) and `ETNA_TOKEN`
when they are not given. Each group has one method per operation (named as the operation, returning the
success body), `<operation>_detailed` (status, headers, raw bytes too) and, for a paginated operation,
`<operation>_pages` and `<operation>_items` (iterators over pages and over items across pages). The
operation modules (`etna_client.api.<group>.<operation>`) stay importable; these methods call them.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import AsyncIterator, Iterator
from typing import Any, Self

from ._base_client import DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Timeout
from .api.accounts import get_account_by_id, get_account_details, get_user_accounts, get_user_info
from .api.authentication import request_token
from .api.balances import get_account_balance_info, get_user_balance_info
from .api.history import get_account_history, get_order, get_order_details, get_orders, get_transactions
from .api.positions import get_position_groups, get_positions, get_positions_by_symbol
from .client import AuthenticatedClient
from .models.account_balance_info import AccountBalanceInfo
from .models.account_details import AccountDetails
from .models.account_value_item import AccountValueItem
from .models.api_version import ApiVersion
from .models.order import Order
from .models.order_details import OrderDetails
from .models.order_page import OrderPage
from .models.order_sort_field import OrderSortField
from .models.position import Position
from .models.position_group import PositionGroup
from .models.position_page import PositionPage
from .models.position_sort_field import PositionSortField
from .models.token_expecting import TokenExpecting
from .models.token_succeeded import TokenSucceeded
from .models.trading_account import TradingAccount
from .models.transaction import Transaction
from .models.transaction_page import TransactionPage
from .models.transaction_sort_field import TransactionSortField
from .models.user_account import UserAccount
from .models.user_info import UserInfo
from .types import UNSET, Response, Unset


class Authentication:
    """The `authentication` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def request_token(
        self,
        *,
        et_app_key: str,
        username: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        authorization: str | None | Unset = UNSET,
        pin_code: str | None | Unset = UNSET,
        verification_code: str | None | Unset = UNSET,
        o_auth_code: str | None | Unset = UNSET,
        redirect_uri: str | None | Unset = UNSET,
        referral_code: str | None | Unset = UNSET,
        authentication_type: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TokenSucceeded | TokenExpecting:
        """Request a bearer token."""
        return request_token.sync(
            et_app_key=et_app_key,
            username=username,
            password=password,
            authorization=authorization,
            pin_code=pin_code,
            verification_code=verification_code,
            o_auth_code=o_auth_code,
            redirect_uri=redirect_uri,
            referral_code=referral_code,
            authentication_type=authentication_type,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def request_token_detailed(
        self,
        *,
        et_app_key: str,
        username: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        authorization: str | None | Unset = UNSET,
        pin_code: str | None | Unset = UNSET,
        verification_code: str | None | Unset = UNSET,
        o_auth_code: str | None | Unset = UNSET,
        redirect_uri: str | None | Unset = UNSET,
        referral_code: str | None | Unset = UNSET,
        authentication_type: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TokenSucceeded | TokenExpecting]:
        """Request a bearer token, with the status, headers and raw bytes."""
        return request_token.sync_detailed(
            et_app_key=et_app_key,
            username=username,
            password=password,
            authorization=authorization,
            pin_code=pin_code,
            verification_code=verification_code,
            o_auth_code=o_auth_code,
            redirect_uri=redirect_uri,
            referral_code=referral_code,
            authentication_type=authentication_type,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class Accounts:
    """The `accounts` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_user_info(
        self, version: ApiVersion, user_id: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> UserInfo:
        """Get a user's profile."""
        return get_user_info.sync(
            version=version, user_id=user_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_user_info_detailed(
        self, version: ApiVersion, user_id: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[UserInfo]:
        """Get a user's profile, with the status, headers and raw bytes."""
        return get_user_info.sync_detailed(
            version=version, user_id=user_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_user_accounts(
        self, version: ApiVersion, user_id: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> list[UserAccount]:
        """List a user's trading accounts."""
        return get_user_accounts.sync(
            version=version, user_id=user_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_user_accounts_detailed(
        self, version: ApiVersion, user_id: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[list[UserAccount]]:
        """List a user's trading accounts, with the status, headers and raw bytes."""
        return get_user_accounts.sync_detailed(
            version=version, user_id=user_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_account_by_id(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> list[TradingAccount] | TradingAccount:
        """Get a trading account with its balances and settings."""
        return get_account_by_id.sync(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_account_by_id_detailed(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[list[TradingAccount] | TradingAccount]:
        """Get a trading account with its balances and settings, with the status, headers and raw bytes."""
        return get_account_by_id.sync_detailed(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_account_details(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> AccountDetails:
        """Get a trading account's opening record."""
        return get_account_details.sync(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_account_details_detailed(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[AccountDetails]:
        """Get a trading account's opening record, with the status, headers and raw bytes."""
        return get_account_details.sync_detailed(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )


class Balances:
    """The `balances` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_user_balance_info(
        self, version: ApiVersion, user_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> AccountBalanceInfo:
        """Get a user's balance map, aggregated over the user's accounts."""
        return get_user_balance_info.sync(
            version=version, user_id=user_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_user_balance_info_detailed(
        self, version: ApiVersion, user_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[AccountBalanceInfo]:
        """Get a user's balance map, aggregated over the user's accounts, with the status, headers and raw bytes."""
        return get_user_balance_info.sync_detailed(
            version=version, user_id=user_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_account_balance_info(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> AccountBalanceInfo:
        """Get a trading account's balance map."""
        return get_account_balance_info.sync(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_account_balance_info_detailed(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[AccountBalanceInfo]:
        """Get a trading account's balance map, with the status, headers and raw bytes."""
        return get_account_balance_info.sync_detailed(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )


class Positions:
    """The `positions` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_positions(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int,
        page_size: int,
        sort_field: PositionSortField,
        desc: bool,
        filter_: str | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[Position] | PositionPage:
        """List a trading account's open positions (paged)."""
        return get_positions.sync(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_field=sort_field,
            desc=desc,
            filter_=filter_,
            is_report=is_report,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_positions_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int,
        page_size: int,
        sort_field: PositionSortField,
        desc: bool,
        filter_: str | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[Position] | PositionPage]:
        """List a trading account's open positions (paged), with the status, headers and raw bytes."""
        return get_positions.sync_detailed(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_field=sort_field,
            desc=desc,
            filter_=filter_,
            is_report=is_report,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_positions_pages(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int | None | Unset = UNSET,
        page_size: int,
        sort_field: PositionSortField,
        desc: bool,
        filter_: str | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[list[Position] | PositionPage]:
        """List a trading account's open positions (paged): every page, fetched as the iteration reaches it."""
        return get_positions.sync_pages(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_field=sort_field,
            desc=desc,
            filter_=filter_,
            is_report=is_report,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_positions_items(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int | None | Unset = UNSET,
        page_size: int,
        sort_field: PositionSortField,
        desc: bool,
        filter_: str | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[Position]:
        """List a trading account's open positions (paged): every item of every page, in order."""
        return get_positions.sync_items(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_field=sort_field,
            desc=desc,
            filter_=filter_,
            is_report=is_report,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_position_groups(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> list[PositionGroup]:
        """Get market value per asset group."""
        return get_position_groups.sync(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_position_groups_detailed(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[list[PositionGroup]]:
        """Get market value per asset group, with the status, headers and raw bytes."""
        return get_position_groups.sync_detailed(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    def get_positions_by_symbol(
        self,
        version: ApiVersion,
        account_id: int,
        symbol: str,
        *,
        currency: str | None | Unset = UNSET,
        exchange: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[Position]:
        """Get the account's positions in one security."""
        return get_positions_by_symbol.sync(
            version=version,
            account_id=account_id,
            symbol=symbol,
            currency=currency,
            exchange=exchange,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_positions_by_symbol_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        symbol: str,
        *,
        currency: str | None | Unset = UNSET,
        exchange: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[Position]]:
        """Get the account's positions in one security, with the status, headers and raw bytes."""
        return get_positions_by_symbol.sync_detailed(
            version=version,
            account_id=account_id,
            symbol=symbol,
            currency=currency,
            exchange=exchange,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class History:
    """The `history` operations."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_account_history(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        start_date: datetime.datetime,
        end_date: datetime.datetime,
        step: int,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[AccountValueItem]:
        """Get account value by day."""
        return get_account_history.sync(
            version=version,
            account_id=account_id,
            start_date=start_date,
            end_date=end_date,
            step=step,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_account_history_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        start_date: datetime.datetime,
        end_date: datetime.datetime,
        step: int,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[AccountValueItem]]:
        """Get account value by day, with the status, headers and raw bytes."""
        return get_account_history.sync_detailed(
            version=version,
            account_id=account_id,
            start_date=start_date,
            end_date=end_date,
            step=step,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_transactions(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int,
        page_size: int,
        sort_by: TransactionSortField,
        is_desc: bool,
        filter_: str | None | Unset = UNSET,
        check_code: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TransactionPage:
        """List the account's cash transactions (paged)."""
        return get_transactions.sync(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_by=sort_by,
            is_desc=is_desc,
            filter_=filter_,
            check_code=check_code,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_transactions_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int,
        page_size: int,
        sort_by: TransactionSortField,
        is_desc: bool,
        filter_: str | None | Unset = UNSET,
        check_code: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TransactionPage]:
        """List the account's cash transactions (paged), with the status, headers and raw bytes."""
        return get_transactions.sync_detailed(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_by=sort_by,
            is_desc=is_desc,
            filter_=filter_,
            check_code=check_code,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_transactions_pages(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int | None | Unset = UNSET,
        page_size: int,
        sort_by: TransactionSortField,
        is_desc: bool,
        filter_: str | None | Unset = UNSET,
        check_code: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[TransactionPage]:
        """List the account's cash transactions (paged): every page, fetched as the iteration reaches it."""
        return get_transactions.sync_pages(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_by=sort_by,
            is_desc=is_desc,
            filter_=filter_,
            check_code=check_code,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_transactions_items(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int | None | Unset = UNSET,
        page_size: int,
        sort_by: TransactionSortField,
        is_desc: bool,
        filter_: str | None | Unset = UNSET,
        check_code: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[Transaction]:
        """List the account's cash transactions (paged): every item of every page, in order."""
        return get_transactions.sync_items(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_by=sort_by,
            is_desc=is_desc,
            filter_=filter_,
            check_code=check_code,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int,
        page_size: int,
        filter_: str | None | Unset = UNSET,
        sort_field: OrderSortField | None | Unset = UNSET,
        desc: bool | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        is_blotter: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[Order] | OrderPage:
        """List the account's orders (paged)."""
        return get_orders.sync(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            filter_=filter_,
            sort_field=sort_field,
            desc=desc,
            is_report=is_report,
            is_blotter=is_blotter,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int,
        page_size: int,
        filter_: str | None | Unset = UNSET,
        sort_field: OrderSortField | None | Unset = UNSET,
        desc: bool | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        is_blotter: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[Order] | OrderPage]:
        """List the account's orders (paged), with the status, headers and raw bytes."""
        return get_orders.sync_detailed(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            filter_=filter_,
            sort_field=sort_field,
            desc=desc,
            is_report=is_report,
            is_blotter=is_blotter,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_pages(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int | None | Unset = UNSET,
        page_size: int,
        filter_: str | None | Unset = UNSET,
        sort_field: OrderSortField | None | Unset = UNSET,
        desc: bool | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        is_blotter: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[list[Order] | OrderPage]:
        """List the account's orders (paged): every page, fetched as the iteration reaches it."""
        return get_orders.sync_pages(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            filter_=filter_,
            sort_field=sort_field,
            desc=desc,
            is_report=is_report,
            is_blotter=is_blotter,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_items(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int | None | Unset = UNSET,
        page_size: int,
        filter_: str | None | Unset = UNSET,
        sort_field: OrderSortField | None | Unset = UNSET,
        desc: bool | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        is_blotter: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Iterator[Order]:
        """List the account's orders (paged): every item of every page, in order."""
        return get_orders.sync_items(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            filter_=filter_,
            sort_field=sort_field,
            desc=desc,
            is_report=is_report,
            is_blotter=is_blotter,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_order(
        self,
        version: ApiVersion,
        account_id: int,
        order_id: int,
        *,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Order:
        """Get one of the account's orders."""
        return get_order.sync(
            version=version,
            account_id=account_id,
            order_id=order_id,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_order_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        order_id: int,
        *,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Order]:
        """Get one of the account's orders, with the status, headers and raw bytes."""
        return get_order.sync_detailed(
            version=version,
            account_id=account_id,
            order_id=order_id,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_order_details(
        self,
        version: ApiVersion,
        account_id: int,
        order_id: int,
        *,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[OrderDetails]:
        """Get an order's states (its audit trail, executions included)."""
        return get_order_details.sync(
            version=version,
            account_id=account_id,
            order_id=order_id,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_order_details_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        order_id: int,
        *,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[OrderDetails]]:
        """Get an order's states (its audit trail, executions included), with the status, headers and raw bytes."""
        return get_order_details.sync_detailed(
            version=version,
            account_id=account_id,
            order_id=order_id,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class Etna:
    """The Etna client: `authentication`, `accounts`, `balances`, `positions`, `history`.

    ``token``: the bearer token (default: `ETNA_TOKEN`; empty sends none).
    ``base_url``: default `ETNA_BASE_URL`, else `https://pub-api-et-demo-prod.etnasoft.us/api`.
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
            base_url=base_url or os.environ.get("ETNA_BASE_URL") or "https://pub-api-et-demo-prod.etnasoft.us/api",
            token=token if token is not None else os.environ.get("ETNA_TOKEN", ""),
            headers=headers or {},
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
            httpx_args=httpx_args or {},
        )
        self.authentication = Authentication(self.client)
        self.accounts = Accounts(self.client)
        self.balances = Balances(self.client)
        self.positions = Positions(self.client)
        self.history = History(self.client)

    def close(self) -> None:
        """Close the connections."""
        self.client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncAuthentication:
    """The `authentication` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def request_token(
        self,
        *,
        et_app_key: str,
        username: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        authorization: str | None | Unset = UNSET,
        pin_code: str | None | Unset = UNSET,
        verification_code: str | None | Unset = UNSET,
        o_auth_code: str | None | Unset = UNSET,
        redirect_uri: str | None | Unset = UNSET,
        referral_code: str | None | Unset = UNSET,
        authentication_type: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TokenSucceeded | TokenExpecting:
        """Request a bearer token."""
        return await request_token.asyncio(
            et_app_key=et_app_key,
            username=username,
            password=password,
            authorization=authorization,
            pin_code=pin_code,
            verification_code=verification_code,
            o_auth_code=o_auth_code,
            redirect_uri=redirect_uri,
            referral_code=referral_code,
            authentication_type=authentication_type,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def request_token_detailed(
        self,
        *,
        et_app_key: str,
        username: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        authorization: str | None | Unset = UNSET,
        pin_code: str | None | Unset = UNSET,
        verification_code: str | None | Unset = UNSET,
        o_auth_code: str | None | Unset = UNSET,
        redirect_uri: str | None | Unset = UNSET,
        referral_code: str | None | Unset = UNSET,
        authentication_type: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TokenSucceeded | TokenExpecting]:
        """Request a bearer token, with the status, headers and raw bytes."""
        return await request_token.asyncio_detailed(
            et_app_key=et_app_key,
            username=username,
            password=password,
            authorization=authorization,
            pin_code=pin_code,
            verification_code=verification_code,
            o_auth_code=o_auth_code,
            redirect_uri=redirect_uri,
            referral_code=referral_code,
            authentication_type=authentication_type,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncAccounts:
    """The `accounts` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_user_info(
        self, version: ApiVersion, user_id: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> UserInfo:
        """Get a user's profile."""
        return await get_user_info.asyncio(
            version=version, user_id=user_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_user_info_detailed(
        self, version: ApiVersion, user_id: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[UserInfo]:
        """Get a user's profile, with the status, headers and raw bytes."""
        return await get_user_info.asyncio_detailed(
            version=version, user_id=user_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_user_accounts(
        self, version: ApiVersion, user_id: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> list[UserAccount]:
        """List a user's trading accounts."""
        return await get_user_accounts.asyncio(
            version=version, user_id=user_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_user_accounts_detailed(
        self, version: ApiVersion, user_id: str, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[list[UserAccount]]:
        """List a user's trading accounts, with the status, headers and raw bytes."""
        return await get_user_accounts.asyncio_detailed(
            version=version, user_id=user_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_account_by_id(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> list[TradingAccount] | TradingAccount:
        """Get a trading account with its balances and settings."""
        return await get_account_by_id.asyncio(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_account_by_id_detailed(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[list[TradingAccount] | TradingAccount]:
        """Get a trading account with its balances and settings, with the status, headers and raw bytes."""
        return await get_account_by_id.asyncio_detailed(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_account_details(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> AccountDetails:
        """Get a trading account's opening record."""
        return await get_account_details.asyncio(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_account_details_detailed(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[AccountDetails]:
        """Get a trading account's opening record, with the status, headers and raw bytes."""
        return await get_account_details.asyncio_detailed(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )


class AsyncBalances:
    """The `balances` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_user_balance_info(
        self, version: ApiVersion, user_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> AccountBalanceInfo:
        """Get a user's balance map, aggregated over the user's accounts."""
        return await get_user_balance_info.asyncio(
            version=version, user_id=user_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_user_balance_info_detailed(
        self, version: ApiVersion, user_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[AccountBalanceInfo]:
        """Get a user's balance map, aggregated over the user's accounts, with the status, headers and raw bytes."""
        return await get_user_balance_info.asyncio_detailed(
            version=version, user_id=user_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_account_balance_info(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> AccountBalanceInfo:
        """Get a trading account's balance map."""
        return await get_account_balance_info.asyncio(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_account_balance_info_detailed(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[AccountBalanceInfo]:
        """Get a trading account's balance map, with the status, headers and raw bytes."""
        return await get_account_balance_info.asyncio_detailed(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )


class AsyncPositions:
    """The `positions` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_positions(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int,
        page_size: int,
        sort_field: PositionSortField,
        desc: bool,
        filter_: str | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[Position] | PositionPage:
        """List a trading account's open positions (paged)."""
        return await get_positions.asyncio(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_field=sort_field,
            desc=desc,
            filter_=filter_,
            is_report=is_report,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_positions_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int,
        page_size: int,
        sort_field: PositionSortField,
        desc: bool,
        filter_: str | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[Position] | PositionPage]:
        """List a trading account's open positions (paged), with the status, headers and raw bytes."""
        return await get_positions.asyncio_detailed(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_field=sort_field,
            desc=desc,
            filter_=filter_,
            is_report=is_report,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_positions_pages(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int | None | Unset = UNSET,
        page_size: int,
        sort_field: PositionSortField,
        desc: bool,
        filter_: str | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[list[Position] | PositionPage]:
        """List a trading account's open positions (paged): every page, fetched as the iteration reaches it."""
        return get_positions.asyncio_pages(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_field=sort_field,
            desc=desc,
            filter_=filter_,
            is_report=is_report,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_positions_items(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int | None | Unset = UNSET,
        page_size: int,
        sort_field: PositionSortField,
        desc: bool,
        filter_: str | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[Position]:
        """List a trading account's open positions (paged): every item of every page, in order."""
        return get_positions.asyncio_items(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_field=sort_field,
            desc=desc,
            filter_=filter_,
            is_report=is_report,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_position_groups(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> list[PositionGroup]:
        """Get market value per asset group."""
        return await get_position_groups.asyncio(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_position_groups_detailed(
        self, version: ApiVersion, account_id: int, *, max_retries: int | None = None, timeout: Timeout | Unset = UNSET
    ) -> Response[list[PositionGroup]]:
        """Get market value per asset group, with the status, headers and raw bytes."""
        return await get_position_groups.asyncio_detailed(
            version=version, account_id=account_id, client=self._client, max_retries=max_retries, timeout=timeout
        )

    async def get_positions_by_symbol(
        self,
        version: ApiVersion,
        account_id: int,
        symbol: str,
        *,
        currency: str | None | Unset = UNSET,
        exchange: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[Position]:
        """Get the account's positions in one security."""
        return await get_positions_by_symbol.asyncio(
            version=version,
            account_id=account_id,
            symbol=symbol,
            currency=currency,
            exchange=exchange,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_positions_by_symbol_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        symbol: str,
        *,
        currency: str | None | Unset = UNSET,
        exchange: str | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[Position]]:
        """Get the account's positions in one security, with the status, headers and raw bytes."""
        return await get_positions_by_symbol.asyncio_detailed(
            version=version,
            account_id=account_id,
            symbol=symbol,
            currency=currency,
            exchange=exchange,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncHistory:
    """The `history` operations (async)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get_account_history(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        start_date: datetime.datetime,
        end_date: datetime.datetime,
        step: int,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[AccountValueItem]:
        """Get account value by day."""
        return await get_account_history.asyncio(
            version=version,
            account_id=account_id,
            start_date=start_date,
            end_date=end_date,
            step=step,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_account_history_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        start_date: datetime.datetime,
        end_date: datetime.datetime,
        step: int,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[AccountValueItem]]:
        """Get account value by day, with the status, headers and raw bytes."""
        return await get_account_history.asyncio_detailed(
            version=version,
            account_id=account_id,
            start_date=start_date,
            end_date=end_date,
            step=step,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_transactions(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int,
        page_size: int,
        sort_by: TransactionSortField,
        is_desc: bool,
        filter_: str | None | Unset = UNSET,
        check_code: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TransactionPage:
        """List the account's cash transactions (paged)."""
        return await get_transactions.asyncio(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_by=sort_by,
            is_desc=is_desc,
            filter_=filter_,
            check_code=check_code,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_transactions_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int,
        page_size: int,
        sort_by: TransactionSortField,
        is_desc: bool,
        filter_: str | None | Unset = UNSET,
        check_code: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TransactionPage]:
        """List the account's cash transactions (paged), with the status, headers and raw bytes."""
        return await get_transactions.asyncio_detailed(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_by=sort_by,
            is_desc=is_desc,
            filter_=filter_,
            check_code=check_code,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_transactions_pages(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int | None | Unset = UNSET,
        page_size: int,
        sort_by: TransactionSortField,
        is_desc: bool,
        filter_: str | None | Unset = UNSET,
        check_code: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[TransactionPage]:
        """List the account's cash transactions (paged): every page, fetched as the iteration reaches it."""
        return get_transactions.asyncio_pages(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_by=sort_by,
            is_desc=is_desc,
            filter_=filter_,
            check_code=check_code,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_transactions_items(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int | None | Unset = UNSET,
        page_size: int,
        sort_by: TransactionSortField,
        is_desc: bool,
        filter_: str | None | Unset = UNSET,
        check_code: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[Transaction]:
        """List the account's cash transactions (paged): every item of every page, in order."""
        return get_transactions.asyncio_items(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_by=sort_by,
            is_desc=is_desc,
            filter_=filter_,
            check_code=check_code,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_orders(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int,
        page_size: int,
        filter_: str | None | Unset = UNSET,
        sort_field: OrderSortField | None | Unset = UNSET,
        desc: bool | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        is_blotter: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[Order] | OrderPage:
        """List the account's orders (paged)."""
        return await get_orders.asyncio(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            filter_=filter_,
            sort_field=sort_field,
            desc=desc,
            is_report=is_report,
            is_blotter=is_blotter,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_orders_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int,
        page_size: int,
        filter_: str | None | Unset = UNSET,
        sort_field: OrderSortField | None | Unset = UNSET,
        desc: bool | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        is_blotter: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[Order] | OrderPage]:
        """List the account's orders (paged), with the status, headers and raw bytes."""
        return await get_orders.asyncio_detailed(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            filter_=filter_,
            sort_field=sort_field,
            desc=desc,
            is_report=is_report,
            is_blotter=is_blotter,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_pages(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int | None | Unset = UNSET,
        page_size: int,
        filter_: str | None | Unset = UNSET,
        sort_field: OrderSortField | None | Unset = UNSET,
        desc: bool | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        is_blotter: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[list[Order] | OrderPage]:
        """List the account's orders (paged): every page, fetched as the iteration reaches it."""
        return get_orders.asyncio_pages(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            filter_=filter_,
            sort_field=sort_field,
            desc=desc,
            is_report=is_report,
            is_blotter=is_blotter,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    def get_orders_items(
        self,
        version: ApiVersion,
        account_id: int,
        *,
        page_number: int | None | Unset = UNSET,
        page_size: int,
        filter_: str | None | Unset = UNSET,
        sort_field: OrderSortField | None | Unset = UNSET,
        desc: bool | None | Unset = UNSET,
        is_report: bool | None | Unset = UNSET,
        is_blotter: bool | None | Unset = UNSET,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AsyncIterator[Order]:
        """List the account's orders (paged): every item of every page, in order."""
        return get_orders.asyncio_items(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            filter_=filter_,
            sort_field=sort_field,
            desc=desc,
            is_report=is_report,
            is_blotter=is_blotter,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_order(
        self,
        version: ApiVersion,
        account_id: int,
        order_id: int,
        *,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Order:
        """Get one of the account's orders."""
        return await get_order.asyncio(
            version=version,
            account_id=account_id,
            order_id=order_id,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_order_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        order_id: int,
        *,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Order]:
        """Get one of the account's orders, with the status, headers and raw bytes."""
        return await get_order.asyncio_detailed(
            version=version,
            account_id=account_id,
            order_id=order_id,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_order_details(
        self,
        version: ApiVersion,
        account_id: int,
        order_id: int,
        *,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[OrderDetails]:
        """Get an order's states (its audit trail, executions included)."""
        return await get_order_details.asyncio(
            version=version,
            account_id=account_id,
            order_id=order_id,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def get_order_details_detailed(
        self,
        version: ApiVersion,
        account_id: int,
        order_id: int,
        *,
        max_retries: int | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[OrderDetails]]:
        """Get an order's states (its audit trail, executions included), with the status, headers and raw bytes."""
        return await get_order_details.asyncio_detailed(
            version=version,
            account_id=account_id,
            order_id=order_id,
            client=self._client,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncEtna:
    """The Etna client (async): `authentication`, `accounts`, `balances`, `positions`, `history`.

    ``token``: the bearer token (default: `ETNA_TOKEN`; empty sends none).
    ``base_url``: default `ETNA_BASE_URL`, else `https://pub-api-et-demo-prod.etnasoft.us/api`.
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
            base_url=base_url or os.environ.get("ETNA_BASE_URL") or "https://pub-api-et-demo-prod.etnasoft.us/api",
            token=token if token is not None else os.environ.get("ETNA_TOKEN", ""),
            headers=headers or {},
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
            httpx_args=httpx_args or {},
        )
        self.authentication = AsyncAuthentication(self.client)
        self.accounts = AsyncAccounts(self.client)
        self.balances = AsyncBalances(self.client)
        self.positions = AsyncPositions(self.client)
        self.history = AsyncHistory(self.client)

    async def close(self) -> None:
        """Close the connections."""
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()
