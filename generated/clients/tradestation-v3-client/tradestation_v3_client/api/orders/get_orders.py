from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ..._pagination import Paging
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.historical_order import HistoricalOrder
from ...models.historical_orders_response import HistoricalOrdersResponse
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_orders",
    statuses=("200", "400", "401", "403", "404", "429", "500", "503", "504"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(),
)
PAGING = Paging(
    style="cursor",
    first_page=None,
    items=("orders",),
    next=("next_token",),
    operation="get_orders",
)


def _get_kwargs(
    accounts: str,
    *,
    page_size: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/brokerage/accounts/{accounts}/orders".format(
            accounts=quote(str(accounts), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> HistoricalOrdersResponse:
    if response.status_code == 200:
        response_200 = HistoricalOrdersResponse.from_dict(json_body(response, OPERATION))

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

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_503

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_504

    return None


def sync_detailed(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[HistoricalOrdersResponse]:
    """Get today's and open orders of accounts (with the status, headers and raw bytes)

    The accounts' orders placed or closed today and every order still open (a good-till-cancelled
    order placed on an earlier day included), for every account type: what `historicalorders`
    does not return. Open orders come sorted by the time they were placed, the others by the time
    they were executed or closed, most recent first. With `pageSize`, paginated by
    `NextToken`/`nextToken` as historical orders are (see the contract's description); there is
    no `since`. The orders are the same objects as historical orders (`HistoricalOrder`, whose
    `Status` takes the same 37 codes), and each account that could not be served gets an
    `Errors` entry. Rate category "Order Details" (250 requests per 5 minutes; inferred from the
    category's name, the vendor's page does not list this path).

    Args:
        accounts (str):
        page_size (int | Unset):
        next_token (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        accounts=accounts,
        page_size=UNSET if page_size is None else page_size,
        next_token=UNSET if next_token is None else next_token,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> HistoricalOrdersResponse:
    """Get today's and open orders of accounts

    The accounts' orders placed or closed today and every order still open (a good-till-cancelled
    order placed on an earlier day included), for every account type: what `historicalorders`
    does not return. Open orders come sorted by the time they were placed, the others by the time
    they were executed or closed, most recent first. With `pageSize`, paginated by
    `NextToken`/`nextToken` as historical orders are (see the contract's description); there is
    no `since`. The orders are the same objects as historical orders (`HistoricalOrder`, whose
    `Status` takes the same 37 codes), and each account that could not be served gets an
    `Errors` entry. Rate category "Order Details" (250 requests per 5 minutes; inferred from the
    category's name, the vendor's page does not list this path).

    Args:
        accounts (str):
        page_size (int | Unset):
        next_token (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        accounts=accounts,
        page_size=page_size,
        next_token=next_token,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[HistoricalOrdersResponse]:
    """Get today's and open orders of accounts (with the status, headers and raw bytes)

    The accounts' orders placed or closed today and every order still open (a good-till-cancelled
    order placed on an earlier day included), for every account type: what `historicalorders`
    does not return. Open orders come sorted by the time they were placed, the others by the time
    they were executed or closed, most recent first. With `pageSize`, paginated by
    `NextToken`/`nextToken` as historical orders are (see the contract's description); there is
    no `since`. The orders are the same objects as historical orders (`HistoricalOrder`, whose
    `Status` takes the same 37 codes), and each account that could not be served gets an
    `Errors` entry. Rate category "Order Details" (250 requests per 5 minutes; inferred from the
    category's name, the vendor's page does not list this path).

    Args:
        accounts (str):
        page_size (int | Unset):
        next_token (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        accounts=accounts,
        page_size=UNSET if page_size is None else page_size,
        next_token=UNSET if next_token is None else next_token,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> HistoricalOrdersResponse:
    """Get today's and open orders of accounts

    The accounts' orders placed or closed today and every order still open (a good-till-cancelled
    order placed on an earlier day included), for every account type: what `historicalorders`
    does not return. Open orders come sorted by the time they were placed, the others by the time
    they were executed or closed, most recent first. With `pageSize`, paginated by
    `NextToken`/`nextToken` as historical orders are (see the contract's description); there is
    no `since`. The orders are the same objects as historical orders (`HistoricalOrder`, whose
    `Status` takes the same 37 codes), and each account that could not be served gets an
    `Errors` entry. Rate category "Order Details" (250 requests per 5 minutes; inferred from the
    category's name, the vendor's page does not list this path).

    Args:
        accounts (str):
        page_size (int | Unset):
        next_token (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(
            accounts=accounts,
            page_size=page_size,
            next_token=next_token,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        )
    ).parsed


def sync_pages(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[HistoricalOrdersResponse]:
    """Get today's and open orders of accounts: every page, fetched as the iteration reaches it (from `next_token` when given)."""
    return PAGING.pages(
        lambda _page: sync(
            accounts=accounts,
            page_size=page_size,
            next_token=_page,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        ),
        next_token,
        page_size,
        client.max_pages,
    )


def sync_items(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[HistoricalOrder]:
    """Get today's and open orders of accounts: every item of every page, in order."""
    for _fetched in sync_pages(
        accounts=accounts,
        page_size=page_size,
        next_token=next_token,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        yield from PAGING.items_of(_fetched)


def asyncio_pages(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[HistoricalOrdersResponse]:
    """Get today's and open orders of accounts: every page, fetched as the iteration reaches it (from `next_token` when given)."""
    return PAGING.apages(
        lambda _page: asyncio(
            accounts=accounts,
            page_size=page_size,
            next_token=_page,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        ),
        next_token,
        page_size,
        client.max_pages,
    )


async def asyncio_items(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[HistoricalOrder]:
    """Get today's and open orders of accounts: every item of every page, in order."""
    async for _fetched in asyncio_pages(
        accounts=accounts,
        page_size=page_size,
        next_token=next_token,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        for _item in PAGING.items_of(_fetched):
            yield _item
