import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ..._pagination import Paging
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order import Order
from ...models.order_list_response import OrderListResponse
from ...models.order_status import OrderStatus
from ...models.security_type import SecurityType
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_orders",
    statuses=("200", "400", "401", "403", "404", "429", "500", "5XX"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(),
)
PAGING = Paging(
    style="cursor",
    first_page=None,
    items=("data",),
    next=("metadata", "next_page_token"),
    operation="get_orders",
)


def _get_kwargs(
    account_id: int,
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    status: list[OrderStatus] | Unset = UNSET,
    symbol: str | Unset = UNSET,
    instrument_ids: list[str] | Unset = UNSET,
    instrument_type: SecurityType | Unset = UNSET,
    underlying_instrument_ids: list[str] | Unset = UNSET,
    order_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    updated_atgt: str | Unset = UNSET,
    updated_atgte: str | Unset = UNSET,
    updated_atlt: str | Unset = UNSET,
    updated_atlte: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = ",".join(str(item) for item in status)

    params["status"] = json_status

    params["symbol"] = symbol

    json_instrument_ids: str | Unset = UNSET
    if not isinstance(instrument_ids, Unset):
        json_instrument_ids = ",".join(str(item) for item in instrument_ids)

    params["instrument_ids"] = json_instrument_ids

    json_instrument_type: str | Unset = UNSET
    if not isinstance(instrument_type, Unset):
        json_instrument_type = instrument_type.value

    params["instrument_type"] = json_instrument_type

    json_underlying_instrument_ids: str | Unset = UNSET
    if not isinstance(underlying_instrument_ids, Unset):
        json_underlying_instrument_ids = ",".join(str(item) for item in underlying_instrument_ids)

    params["underlying_instrument_ids"] = json_underlying_instrument_ids

    json_order_ids: str | Unset = UNSET
    if not isinstance(order_ids, Unset):
        json_order_ids = ",".join(str(item) for item in order_ids)

    params["order_ids"] = json_order_ids

    params["page_size"] = page_size

    params["page_token"] = page_token

    params["updated_at[gt]"] = updated_atgt

    params["updated_at[gte]"] = updated_atgte

    params["updated_at[lt]"] = updated_atlt

    params["updated_at[lte]"] = updated_atlte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}/orders".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> OrderListResponse:
    if response.status_code == 200:
        response_200 = OrderListResponse.from_dict(json_body(response, OPERATION))

        return response_200

    raise errors.APIResponseValidationError(response, "$", "status", "not a documented success status")


def _error_body(response: httpx.Response) -> errors.ErrorBody | None:
    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_500

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_5xx

    return None


def sync_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
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
    """List orders (with the status, headers and raw bytes)

    The account's orders, open and finished, filtered by the parameters given (they combine with
    AND) and paginated. To fetch the next page, send `page_token` from
    `metadata.next_page_token` and repeat the filters. The vendor documents neither the default
    time window nor the sort order: the contract promises neither (the mock answers every order
    of the account, the most recently created first, and applies `from`/`to` to `created_at`).
    An inverted `updated_at` range is a `400`; `from` after `to` selects nothing. Requires view
    permission. The orders a close operation sent are listed here from the next read on, with
    their status then (a market order the venue filled is `FILLED`); their fills are listed by
    `get_executions`.

    Args:
        account_id (int):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        status (list[OrderStatus] | Unset):
        symbol (str | Unset):
        instrument_ids (list[str] | Unset):
        instrument_type (SecurityType | Unset): Kind of instrument. `INDEX` was added 2026-07-17
            (SDK 0.6). `PREFERRED_STOCK` and `OTHER`
            appear only in docs pages from before 2026-05-28; the current API does not send them.
        underlying_instrument_ids (list[str] | Unset):
        order_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        updated_atgt (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        updated_atgte (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        updated_atlt (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        updated_atlte (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        from_=UNSET if from_ is None else from_,
        to=UNSET if to is None else to,
        status=UNSET if status is None else status,
        symbol=UNSET if symbol is None else symbol,
        instrument_ids=UNSET if instrument_ids is None else instrument_ids,
        instrument_type=UNSET if instrument_type is None else instrument_type,
        underlying_instrument_ids=UNSET if underlying_instrument_ids is None else underlying_instrument_ids,
        order_ids=UNSET if order_ids is None else order_ids,
        page_size=UNSET if page_size is None else page_size,
        page_token=UNSET if page_token is None else page_token,
        updated_atgt=UNSET if updated_atgt is None else updated_atgt,
        updated_atgte=UNSET if updated_atgte is None else updated_atgte,
        updated_atlt=UNSET if updated_atlt is None else updated_atlt,
        updated_atlte=UNSET if updated_atlte is None else updated_atlte,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
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
    """List orders

    The account's orders, open and finished, filtered by the parameters given (they combine with
    AND) and paginated. To fetch the next page, send `page_token` from
    `metadata.next_page_token` and repeat the filters. The vendor documents neither the default
    time window nor the sort order: the contract promises neither (the mock answers every order
    of the account, the most recently created first, and applies `from`/`to` to `created_at`).
    An inverted `updated_at` range is a `400`; `from` after `to` selects nothing. Requires view
    permission. The orders a close operation sent are listed here from the next read on, with
    their status then (a market order the venue filled is `FILLED`); their fills are listed by
    `get_executions`.

    Args:
        account_id (int):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        status (list[OrderStatus] | Unset):
        symbol (str | Unset):
        instrument_ids (list[str] | Unset):
        instrument_type (SecurityType | Unset): Kind of instrument. `INDEX` was added 2026-07-17
            (SDK 0.6). `PREFERRED_STOCK` and `OTHER`
            appear only in docs pages from before 2026-05-28; the current API does not send them.
        underlying_instrument_ids (list[str] | Unset):
        order_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        updated_atgt (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        updated_atgte (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        updated_atlt (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        updated_atlte (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
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
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
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
    """List orders (with the status, headers and raw bytes)

    The account's orders, open and finished, filtered by the parameters given (they combine with
    AND) and paginated. To fetch the next page, send `page_token` from
    `metadata.next_page_token` and repeat the filters. The vendor documents neither the default
    time window nor the sort order: the contract promises neither (the mock answers every order
    of the account, the most recently created first, and applies `from`/`to` to `created_at`).
    An inverted `updated_at` range is a `400`; `from` after `to` selects nothing. Requires view
    permission. The orders a close operation sent are listed here from the next read on, with
    their status then (a market order the venue filled is `FILLED`); their fills are listed by
    `get_executions`.

    Args:
        account_id (int):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        status (list[OrderStatus] | Unset):
        symbol (str | Unset):
        instrument_ids (list[str] | Unset):
        instrument_type (SecurityType | Unset): Kind of instrument. `INDEX` was added 2026-07-17
            (SDK 0.6). `PREFERRED_STOCK` and `OTHER`
            appear only in docs pages from before 2026-05-28; the current API does not send them.
        underlying_instrument_ids (list[str] | Unset):
        order_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        updated_atgt (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        updated_atgte (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        updated_atlt (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        updated_atlte (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        from_=UNSET if from_ is None else from_,
        to=UNSET if to is None else to,
        status=UNSET if status is None else status,
        symbol=UNSET if symbol is None else symbol,
        instrument_ids=UNSET if instrument_ids is None else instrument_ids,
        instrument_type=UNSET if instrument_type is None else instrument_type,
        underlying_instrument_ids=UNSET if underlying_instrument_ids is None else underlying_instrument_ids,
        order_ids=UNSET if order_ids is None else order_ids,
        page_size=UNSET if page_size is None else page_size,
        page_token=UNSET if page_token is None else page_token,
        updated_atgt=UNSET if updated_atgt is None else updated_atgt,
        updated_atgte=UNSET if updated_atgte is None else updated_atgte,
        updated_atlt=UNSET if updated_atlt is None else updated_atlt,
        updated_atlte=UNSET if updated_atlte is None else updated_atlte,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
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
    """List orders

    The account's orders, open and finished, filtered by the parameters given (they combine with
    AND) and paginated. To fetch the next page, send `page_token` from
    `metadata.next_page_token` and repeat the filters. The vendor documents neither the default
    time window nor the sort order: the contract promises neither (the mock answers every order
    of the account, the most recently created first, and applies `from`/`to` to `created_at`).
    An inverted `updated_at` range is a `400`; `from` after `to` selects nothing. Requires view
    permission. The orders a close operation sent are listed here from the next read on, with
    their status then (a market order the venue filled is `FILLED`); their fills are listed by
    `get_executions`.

    Args:
        account_id (int):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        status (list[OrderStatus] | Unset):
        symbol (str | Unset):
        instrument_ids (list[str] | Unset):
        instrument_type (SecurityType | Unset): Kind of instrument. `INDEX` was added 2026-07-17
            (SDK 0.6). `PREFERRED_STOCK` and `OTHER`
            appear only in docs pages from before 2026-05-28; the current API does not send them.
        underlying_instrument_ids (list[str] | Unset):
        order_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        updated_atgt (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        updated_atgte (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        updated_atlt (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        updated_atlte (str | Unset): An RFC 3339 instant (`2026-11-20T14:30:00Z`) or a bare date
            (`2026-11-20`), which the
            vendor expands to the start or the end of that day in UTC (`updated_at` filters). A day
            the calendar lacks (`2026-02-30`) is a `400`.
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(
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
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        )
    ).parsed


def sync_pages(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
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
    """List orders: every page, fetched as the iteration reaches it (from `page_token` when given)."""
    return PAGING.pages(
        lambda _page: sync(
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
            page_token=_page,
            updated_atgt=updated_atgt,
            updated_atgte=updated_atgte,
            updated_atlt=updated_atlt,
            updated_atlte=updated_atlte,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        ),
        page_token,
        page_size,
        client.max_pages,
    )


def sync_items(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
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
    for _fetched in sync_pages(
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
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        yield from PAGING.items_of(_fetched)


def asyncio_pages(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
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
    """List orders: every page, fetched as the iteration reaches it (from `page_token` when given)."""
    return PAGING.apages(
        lambda _page: asyncio(
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
            page_token=_page,
            updated_atgt=updated_atgt,
            updated_atgte=updated_atgte,
            updated_atlt=updated_atlt,
            updated_atlte=updated_atlte,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        ),
        page_token,
        page_size,
        client.max_pages,
    )


async def asyncio_items(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
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
    async for _fetched in asyncio_pages(
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
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        for _item in PAGING.items_of(_fetched):
            yield _item
