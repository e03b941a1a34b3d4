import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, QuotaSignal, Timeout, asend, json_body, send
from ..._pagination import Paging
from ...client import AuthenticatedClient, Client
from ...models.json_media_type import JsonMediaType
from ...models.order import Order
from ...models.order_filter import OrderFilter
from ...models.orders_response import OrdersResponse
from ...models.tradier_errors import TradierErrors
from ...models.tradier_fault import TradierFault
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_account_orders",
    statuses=("200", "400", "401", "500"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(QuotaSignal("400", "text/plain", "^Quota Violation"),),
)
PAGING = Paging(
    style="page",
    first_page=1,
    items=("orders", "order"),
    next=None,
    operation="get_account_orders",
)


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


def _parse_response(response: httpx.Response) -> OrdersResponse:
    if response.status_code == 200:
        response_200 = OrdersResponse.from_dict(json_body(response, OPERATION))

        return response_200

    raise errors.APIResponseValidationError(response, "$", "status", "not a documented success status")


def _error_body(response: httpx.Response) -> errors.ErrorBody | None:
    if response.status_code == 400:
        response_400: TradierErrors | str
        if response.headers.get("content-type", "").startswith("text/"):
            response_400 = response.text
        else:
            response_400 = TradierErrors.from_dict(json_body(response, OPERATION))

        return response_400

    if response.status_code == 401:
        response_401 = TradierFault.from_dict(json_body(response, OPERATION))

        return response_401

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    return None


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
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
    """Get an account's orders (with the status, headers and raw bytes)

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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        include_tags=UNSET if include_tags is None else include_tags,
        page=UNSET if page is None else page,
        limit=UNSET if limit is None else limit,
        filter_=UNSET if filter_ is None else filter_,
        date=UNSET if date is None else date,
        start=UNSET if start is None else start,
        end=UNSET if end is None else end,
        status=UNSET if status is None else status,
        accept=UNSET if accept is None else accept,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
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
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
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
    """Get an account's orders (with the status, headers and raw bytes)

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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        include_tags=UNSET if include_tags is None else include_tags,
        page=UNSET if page is None else page,
        limit=UNSET if limit is None else limit,
        filter_=UNSET if filter_ is None else filter_,
        date=UNSET if date is None else date,
        start=UNSET if start is None else start,
        end=UNSET if end is None else end,
        status=UNSET if status is None else status,
        accept=UNSET if accept is None else accept,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
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
            include_tags=include_tags,
            page=page,
            limit=limit,
            filter_=filter_,
            date=date,
            start=start,
            end=end,
            status=status,
            accept=accept,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        )
    ).parsed


def sync_pages(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
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
    """Get an account's orders: every page, fetched as the iteration reaches it (from `page` when given)."""
    return PAGING.pages(
        lambda _page: sync(
            account_id=account_id,
            include_tags=include_tags,
            page=_page,
            limit=limit,
            filter_=filter_,
            date=date,
            start=start,
            end=end,
            status=status,
            accept=accept,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        ),
        page,
        limit,
        client.max_pages,
    )


def sync_items(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
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
    for _fetched in sync_pages(
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
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        yield from PAGING.items_of(_fetched)


def asyncio_pages(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
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
    """Get an account's orders: every page, fetched as the iteration reaches it (from `page` when given)."""
    return PAGING.apages(
        lambda _page: asyncio(
            account_id=account_id,
            include_tags=include_tags,
            page=_page,
            limit=limit,
            filter_=filter_,
            date=date,
            start=start,
            end=end,
            status=status,
            accept=accept,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        ),
        page,
        limit,
        client.max_pages,
    )


async def asyncio_items(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
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
    async for _fetched in asyncio_pages(
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
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        for _item in PAGING.items_of(_fetched):
            yield _item
