import datetime
import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.json_media_type import JsonMediaType
from ...models.order_filter import OrderFilter
from ...models.orders_response import OrdersResponse
from ...models.tradier_errors import TradierErrors
from ...models.tradier_fault import TradierFault
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    include_tags: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: OrderFilter | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = str(accept)

    params: dict[str, Any] = {}

    params["includeTags"] = include_tags

    params["page"] = page

    params["limit"] = limit

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.value

    params["filter"] = json_filter_

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = ",".join(str(item) for item in status)

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}/orders".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrdersResponse | TradierErrors | str | TradierFault | str | None:
    if response.status_code == 200:
        response_200 = OrdersResponse.from_dict(json.loads(response.content, parse_float=Decimal))

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
) -> Response[OrdersResponse | TradierErrors | str | TradierFault | str]:
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
    include_tags: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: OrderFilter | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> Response[OrdersResponse | TradierErrors | str | TradierFault | str]:
    """Get an account's orders

     The account's orders with their state and what has executed of them. Without `filter`, the
    orders placed for today's market session (`intraday`); with `filter=all`, the orders created
    from `start` (default one month before today) to `end` (default today): the vendor caps that
    at one month of data and asks clients to walk in one-month steps rather than poll ("If your
    application polls against this endpoint requesting all orders, we may be forced to
    temporarily disable your access"). `date` keeps the orders created that day. A page holds at
    most `limit` orders (25 by default; the vendor suggests a high number such as 1000 to get a
    session's orders in one call, and says a call returns up to 1500); `page` counts from 1 and a
    page past the last answers the empty form. Orders come oldest first in every published
    example (the order is not documented). `orders.order` is an object for one order, an array
    for several, and `orders` is `"null"` when there are none: use `order_list()`.

    Tradier has no fills endpoint: an order's `exec_quantity`, `avg_fill_price`,
    `last_fill_price` and `last_fill_quantity` (and each leg's) are cumulative, and the history's
    `trade` events (nightly, without an order id) book each fill.

    Args:
        account_id (str):
        include_tags (str | Unset): A boolean as the vendor's query strings carry it: `true` or
            `false` in any letter case
            (`True`/`False` from Python clients).
        page (int | Unset):
        limit (int | Unset):
        filter_ (OrderFilter | Unset): Which orders to list (`intraday` when absent).
        date (datetime.date | Unset):
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        status (list[str] | Unset):
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrdersResponse | TradierErrors | str | TradierFault | str]
    """

    kwargs = _get_kwargs(
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_tags: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: OrderFilter | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> OrdersResponse | TradierErrors | str | TradierFault | str | None:
    """Get an account's orders

     The account's orders with their state and what has executed of them. Without `filter`, the
    orders placed for today's market session (`intraday`); with `filter=all`, the orders created
    from `start` (default one month before today) to `end` (default today): the vendor caps that
    at one month of data and asks clients to walk in one-month steps rather than poll ("If your
    application polls against this endpoint requesting all orders, we may be forced to
    temporarily disable your access"). `date` keeps the orders created that day. A page holds at
    most `limit` orders (25 by default; the vendor suggests a high number such as 1000 to get a
    session's orders in one call, and says a call returns up to 1500); `page` counts from 1 and a
    page past the last answers the empty form. Orders come oldest first in every published
    example (the order is not documented). `orders.order` is an object for one order, an array
    for several, and `orders` is `"null"` when there are none: use `order_list()`.

    Tradier has no fills endpoint: an order's `exec_quantity`, `avg_fill_price`,
    `last_fill_price` and `last_fill_quantity` (and each leg's) are cumulative, and the history's
    `trade` events (nightly, without an order id) book each fill.

    Args:
        account_id (str):
        include_tags (str | Unset): A boolean as the vendor's query strings carry it: `true` or
            `false` in any letter case
            (`True`/`False` from Python clients).
        page (int | Unset):
        limit (int | Unset):
        filter_ (OrderFilter | Unset): Which orders to list (`intraday` when absent).
        date (datetime.date | Unset):
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        status (list[str] | Unset):
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrdersResponse | TradierErrors | str | TradierFault | str
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        include_tags=include_tags,
        page=page,
        limit=limit,
        filter_=filter_,
        date=date,
        start=start,
        end=end,
        status=status,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_tags: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: OrderFilter | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> Response[OrdersResponse | TradierErrors | str | TradierFault | str]:
    """Get an account's orders

     The account's orders with their state and what has executed of them. Without `filter`, the
    orders placed for today's market session (`intraday`); with `filter=all`, the orders created
    from `start` (default one month before today) to `end` (default today): the vendor caps that
    at one month of data and asks clients to walk in one-month steps rather than poll ("If your
    application polls against this endpoint requesting all orders, we may be forced to
    temporarily disable your access"). `date` keeps the orders created that day. A page holds at
    most `limit` orders (25 by default; the vendor suggests a high number such as 1000 to get a
    session's orders in one call, and says a call returns up to 1500); `page` counts from 1 and a
    page past the last answers the empty form. Orders come oldest first in every published
    example (the order is not documented). `orders.order` is an object for one order, an array
    for several, and `orders` is `"null"` when there are none: use `order_list()`.

    Tradier has no fills endpoint: an order's `exec_quantity`, `avg_fill_price`,
    `last_fill_price` and `last_fill_quantity` (and each leg's) are cumulative, and the history's
    `trade` events (nightly, without an order id) book each fill.

    Args:
        account_id (str):
        include_tags (str | Unset): A boolean as the vendor's query strings carry it: `true` or
            `false` in any letter case
            (`True`/`False` from Python clients).
        page (int | Unset):
        limit (int | Unset):
        filter_ (OrderFilter | Unset): Which orders to list (`intraday` when absent).
        date (datetime.date | Unset):
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        status (list[str] | Unset):
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrdersResponse | TradierErrors | str | TradierFault | str]
    """

    kwargs = _get_kwargs(
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_tags: str | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: OrderFilter | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> OrdersResponse | TradierErrors | str | TradierFault | str | None:
    """Get an account's orders

     The account's orders with their state and what has executed of them. Without `filter`, the
    orders placed for today's market session (`intraday`); with `filter=all`, the orders created
    from `start` (default one month before today) to `end` (default today): the vendor caps that
    at one month of data and asks clients to walk in one-month steps rather than poll ("If your
    application polls against this endpoint requesting all orders, we may be forced to
    temporarily disable your access"). `date` keeps the orders created that day. A page holds at
    most `limit` orders (25 by default; the vendor suggests a high number such as 1000 to get a
    session's orders in one call, and says a call returns up to 1500); `page` counts from 1 and a
    page past the last answers the empty form. Orders come oldest first in every published
    example (the order is not documented). `orders.order` is an object for one order, an array
    for several, and `orders` is `"null"` when there are none: use `order_list()`.

    Tradier has no fills endpoint: an order's `exec_quantity`, `avg_fill_price`,
    `last_fill_price` and `last_fill_quantity` (and each leg's) are cumulative, and the history's
    `trade` events (nightly, without an order id) book each fill.

    Args:
        account_id (str):
        include_tags (str | Unset): A boolean as the vendor's query strings carry it: `true` or
            `false` in any letter case
            (`True`/`False` from Python clients).
        page (int | Unset):
        limit (int | Unset):
        filter_ (OrderFilter | Unset): Which orders to list (`intraday` when absent).
        date (datetime.date | Unset):
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        status (list[str] | Unset):
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrdersResponse | TradierErrors | str | TradierFault | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            include_tags=include_tags,
            page=page,
            limit=limit,
            filter_=filter_,
            date=date,
            start=start,
            end=end,
            status=status,
            accept=accept,
        )
    ).parsed
