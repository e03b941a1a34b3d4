import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.position_list_response import PositionListResponse
from ...models.position_sort_by import PositionSortBy
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: int,
    *,
    instrument_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    sort_by: PositionSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_instrument_ids: str | Unset = UNSET
    if not isinstance(instrument_ids, Unset):
        json_instrument_ids = ",".join(str(item) for item in instrument_ids)

    params["instrument_ids"] = json_instrument_ids

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}/positions".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PositionListResponse | None:
    if response.status_code == 200:
        response_200 = PositionListResponse.from_dict(json.loads(response.content, parse_float=Decimal))

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
) -> Response[ErrorResponse | PositionListResponse]:
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
    instrument_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    sort_by: PositionSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[ErrorResponse | PositionListResponse]:
    """List positions

     Current holdings of the account, cash included (`instrument_type: CASH`, `symbol` the
    currency), with real-time P&L. Paginated; when fetching a later page, repeat the filter and
    sort parameters with `page_token`. Requires view permission.

    Args:
        account_id (int):
        instrument_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        sort_by (PositionSortBy | Unset): Sort key for positions; the server sorts by `SYMBOL`
            when none is sent. `DAILY_REALIZED_PNL` was added in SDK 0.5.
        sort_direction (SortDirection | Unset): Sort direction; the server sorts ascending when
            none is sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PositionListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        instrument_ids=instrument_ids,
        page_size=page_size,
        page_token=page_token,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    instrument_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    sort_by: PositionSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> ErrorResponse | PositionListResponse | None:
    """List positions

     Current holdings of the account, cash included (`instrument_type: CASH`, `symbol` the
    currency), with real-time P&L. Paginated; when fetching a later page, repeat the filter and
    sort parameters with `page_token`. Requires view permission.

    Args:
        account_id (int):
        instrument_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        sort_by (PositionSortBy | Unset): Sort key for positions; the server sorts by `SYMBOL`
            when none is sent. `DAILY_REALIZED_PNL` was added in SDK 0.5.
        sort_direction (SortDirection | Unset): Sort direction; the server sorts ascending when
            none is sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PositionListResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        instrument_ids=instrument_ids,
        page_size=page_size,
        page_token=page_token,
        sort_by=sort_by,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    instrument_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    sort_by: PositionSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[ErrorResponse | PositionListResponse]:
    """List positions

     Current holdings of the account, cash included (`instrument_type: CASH`, `symbol` the
    currency), with real-time P&L. Paginated; when fetching a later page, repeat the filter and
    sort parameters with `page_token`. Requires view permission.

    Args:
        account_id (int):
        instrument_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        sort_by (PositionSortBy | Unset): Sort key for positions; the server sorts by `SYMBOL`
            when none is sent. `DAILY_REALIZED_PNL` was added in SDK 0.5.
        sort_direction (SortDirection | Unset): Sort direction; the server sorts ascending when
            none is sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PositionListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        instrument_ids=instrument_ids,
        page_size=page_size,
        page_token=page_token,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    instrument_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    sort_by: PositionSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> ErrorResponse | PositionListResponse | None:
    """List positions

     Current holdings of the account, cash included (`instrument_type: CASH`, `symbol` the
    currency), with real-time P&L. Paginated; when fetching a later page, repeat the filter and
    sort parameters with `page_token`. Requires view permission.

    Args:
        account_id (int):
        instrument_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        sort_by (PositionSortBy | Unset): Sort key for positions; the server sorts by `SYMBOL`
            when none is sent. `DAILY_REALIZED_PNL` was added in SDK 0.5.
        sort_direction (SortDirection | Unset): Sort direction; the server sorts ascending when
            none is sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PositionListResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            instrument_ids=instrument_ids,
            page_size=page_size,
            page_token=page_token,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )
    ).parsed
