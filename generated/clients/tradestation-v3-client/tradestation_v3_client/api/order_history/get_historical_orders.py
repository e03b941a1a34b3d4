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
    operation_id="get_historical_orders",
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
    operation="get_historical_orders",
)


def _get_kwargs(
    accounts: str,
    *,
    since: str,
    page_size: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["pageSize"] = page_size

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/brokerage/accounts/{accounts}/historicalorders".format(
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
    since: str,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[HistoricalOrdersResponse]:
    """Get historical orders of accounts (with the status, headers and raw bytes)

    Orders of the accounts since a date, except open ones, most recently closed first; valid
    for every account type. With `pageSize`, paginated by `NextToken`/`nextToken` (see the
    contract's description). Each account that could not be served gets an `Errors` entry.

    Args:
        accounts (str):
        since (str):
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
        since=since,
        page_size=UNSET if page_size is None else page_size,
        next_token=UNSET if next_token is None else next_token,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    since: str,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> HistoricalOrdersResponse:
    """Get historical orders of accounts

    Orders of the accounts since a date, except open ones, most recently closed first; valid
    for every account type. With `pageSize`, paginated by `NextToken`/`nextToken` (see the
    contract's description). Each account that could not be served gets an `Errors` entry.

    Args:
        accounts (str):
        since (str):
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
        since=since,
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
    since: str,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[HistoricalOrdersResponse]:
    """Get historical orders of accounts (with the status, headers and raw bytes)

    Orders of the accounts since a date, except open ones, most recently closed first; valid
    for every account type. With `pageSize`, paginated by `NextToken`/`nextToken` (see the
    contract's description). Each account that could not be served gets an `Errors` entry.

    Args:
        accounts (str):
        since (str):
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
        since=since,
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
    since: str,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> HistoricalOrdersResponse:
    """Get historical orders of accounts

    Orders of the accounts since a date, except open ones, most recently closed first; valid
    for every account type. With `pageSize`, paginated by `NextToken`/`nextToken` (see the
    contract's description). Each account that could not be served gets an `Errors` entry.

    Args:
        accounts (str):
        since (str):
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
            since=since,
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
    since: str,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[HistoricalOrdersResponse]:
    """Get historical orders of accounts: every page, fetched as the iteration reaches it (from `next_token` when given)."""
    return PAGING.pages(
        lambda _page: sync(
            accounts=accounts,
            since=since,
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
    since: str,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[HistoricalOrder]:
    """Get historical orders of accounts: every item of every page, in order."""
    for _fetched in sync_pages(
        accounts=accounts,
        since=since,
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
    since: str,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[HistoricalOrdersResponse]:
    """Get historical orders of accounts: every page, fetched as the iteration reaches it (from `next_token` when given)."""
    return PAGING.apages(
        lambda _page: asyncio(
            accounts=accounts,
            since=since,
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
    since: str,
    page_size: int | None | Unset = UNSET,
    next_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[HistoricalOrder]:
    """Get historical orders of accounts: every item of every page, in order."""
    async for _fetched in asyncio_pages(
        accounts=accounts,
        since=since,
        page_size=page_size,
        next_token=next_token,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        for _item in PAGING.items_of(_fetched):
            yield _item
