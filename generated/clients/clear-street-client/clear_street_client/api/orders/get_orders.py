import datetime
import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order_list_response import OrderListResponse
from ...models.order_status import OrderStatus
from ...models.security_type import SecurityType
from ...types import UNSET, Response, Unset


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrderListResponse | None:
    if response.status_code == 200:
        response_200 = OrderListResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_500

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | OrderListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[ErrorResponse | OrderListResponse]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderListResponse]
    """

    kwargs = _get_kwargs(
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
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
) -> ErrorResponse | OrderListResponse | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderListResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
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
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[ErrorResponse | OrderListResponse]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderListResponse]
    """

    kwargs = _get_kwargs(
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
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
) -> ErrorResponse | OrderListResponse | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderListResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
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
        )
    ).parsed
