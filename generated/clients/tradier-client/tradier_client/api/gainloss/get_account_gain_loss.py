import datetime
import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gain_loss_response import GainLossResponse
from ...models.gain_loss_sort_by import GainLossSortBy
from ...models.json_media_type import JsonMediaType
from ...models.sort_direction import SortDirection
from ...models.tradier_errors import TradierErrors
from ...models.tradier_fault import TradierFault
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: GainLossSortBy | Unset = UNSET,
    sort: SortDirection | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    symbol: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = str(accept)

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}/gainloss".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GainLossResponse | TradierErrors | str | TradierFault | str | None:
    if response.status_code == 200:
        response_200 = GainLossResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_200

    if response.status_code == 400:
        response_400: TradierErrors | str
        if response.headers.get("content-type", "").startswith("text/"):
            response_400 = response.text
        else:
            response_400 = TradierErrors.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_400

    if response.status_code == 401:
        response_401 = TradierFault.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_401

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GainLossResponse | TradierErrors | str | TradierFault | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: GainLossSortBy | Unset = UNSET,
    sort: SortDirection | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    symbol: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> Response[GainLossResponse | TradierErrors | str | TradierFault | str]:
    """Get an account's closed positions (cost basis and gain/loss)

     Closed positions with their cost, proceeds and realised gain, computed by a nightly batch
    with the clearing firm. Ordered by `sortBy` and `sort`; paging as for history: pages are
    1-based, a page past the last answers an empty form (`{"gainloss": {}}`, `"null"` or `null`),
    and a client stops at the first such page. Use `closed_position_list()` on the parsed body,
    which returns `[]` for every empty form.

    Args:
        account_id (str):
        page (int | Unset):
        limit (int | Unset):
        sort_by (GainLossSortBy | Unset): The date closed positions are sorted by.
        sort (SortDirection | Unset): Ascending (oldest first) or descending (newest first).
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        symbol (str | Unset):
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GainLossResponse | TradierErrors | str | TradierFault | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort=sort,
        start=start,
        end=end,
        symbol=symbol,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: GainLossSortBy | Unset = UNSET,
    sort: SortDirection | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    symbol: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> GainLossResponse | TradierErrors | str | TradierFault | str | None:
    """Get an account's closed positions (cost basis and gain/loss)

     Closed positions with their cost, proceeds and realised gain, computed by a nightly batch
    with the clearing firm. Ordered by `sortBy` and `sort`; paging as for history: pages are
    1-based, a page past the last answers an empty form (`{"gainloss": {}}`, `"null"` or `null`),
    and a client stops at the first such page. Use `closed_position_list()` on the parsed body,
    which returns `[]` for every empty form.

    Args:
        account_id (str):
        page (int | Unset):
        limit (int | Unset):
        sort_by (GainLossSortBy | Unset): The date closed positions are sorted by.
        sort (SortDirection | Unset): Ascending (oldest first) or descending (newest first).
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        symbol (str | Unset):
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GainLossResponse | TradierErrors | str | TradierFault | str
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort=sort,
        start=start,
        end=end,
        symbol=symbol,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: GainLossSortBy | Unset = UNSET,
    sort: SortDirection | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    symbol: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> Response[GainLossResponse | TradierErrors | str | TradierFault | str]:
    """Get an account's closed positions (cost basis and gain/loss)

     Closed positions with their cost, proceeds and realised gain, computed by a nightly batch
    with the clearing firm. Ordered by `sortBy` and `sort`; paging as for history: pages are
    1-based, a page past the last answers an empty form (`{"gainloss": {}}`, `"null"` or `null`),
    and a client stops at the first such page. Use `closed_position_list()` on the parsed body,
    which returns `[]` for every empty form.

    Args:
        account_id (str):
        page (int | Unset):
        limit (int | Unset):
        sort_by (GainLossSortBy | Unset): The date closed positions are sorted by.
        sort (SortDirection | Unset): Ascending (oldest first) or descending (newest first).
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        symbol (str | Unset):
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GainLossResponse | TradierErrors | str | TradierFault | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort=sort,
        start=start,
        end=end,
        symbol=symbol,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: GainLossSortBy | Unset = UNSET,
    sort: SortDirection | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    symbol: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> GainLossResponse | TradierErrors | str | TradierFault | str | None:
    """Get an account's closed positions (cost basis and gain/loss)

     Closed positions with their cost, proceeds and realised gain, computed by a nightly batch
    with the clearing firm. Ordered by `sortBy` and `sort`; paging as for history: pages are
    1-based, a page past the last answers an empty form (`{"gainloss": {}}`, `"null"` or `null`),
    and a client stops at the first such page. Use `closed_position_list()` on the parsed body,
    which returns `[]` for every empty form.

    Args:
        account_id (str):
        page (int | Unset):
        limit (int | Unset):
        sort_by (GainLossSortBy | Unset): The date closed positions are sorted by.
        sort (SortDirection | Unset): Ascending (oldest first) or descending (newest first).
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        symbol (str | Unset):
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GainLossResponse | TradierErrors | str | TradierFault | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort=sort,
            start=start,
            end=end,
            symbol=symbol,
            accept=accept,
        )
    ).parsed
