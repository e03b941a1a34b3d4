from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ..._pagination import Paging
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.position import Position
from ...models.position_list_response import PositionListResponse
from ...models.position_sort_by import PositionSortBy
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_positions",
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
    operation="get_positions",
)


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


def _parse_response(response: httpx.Response) -> PositionListResponse:
    if response.status_code == 200:
        response_200 = PositionListResponse.from_dict(json_body(response, OPERATION))

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
    instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    sort_by: PositionSortBy | None | Unset = UNSET,
    sort_direction: SortDirection | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PositionListResponse]:
    """List positions (with the status, headers and raw bytes)

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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        instrument_ids=UNSET if instrument_ids is None else instrument_ids,
        page_size=UNSET if page_size is None else page_size,
        page_token=UNSET if page_token is None else page_token,
        sort_by=UNSET if sort_by is None else sort_by,
        sort_direction=UNSET if sort_direction is None else sort_direction,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    sort_by: PositionSortBy | None | Unset = UNSET,
    sort_direction: SortDirection | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PositionListResponse:
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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        account_id=account_id,
        instrument_ids=instrument_ids,
        page_size=page_size,
        page_token=page_token,
        sort_by=sort_by,
        sort_direction=sort_direction,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    sort_by: PositionSortBy | None | Unset = UNSET,
    sort_direction: SortDirection | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PositionListResponse]:
    """List positions (with the status, headers and raw bytes)

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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        instrument_ids=UNSET if instrument_ids is None else instrument_ids,
        page_size=UNSET if page_size is None else page_size,
        page_token=UNSET if page_token is None else page_token,
        sort_by=UNSET if sort_by is None else sort_by,
        sort_direction=UNSET if sort_direction is None else sort_direction,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    sort_by: PositionSortBy | None | Unset = UNSET,
    sort_direction: SortDirection | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PositionListResponse:
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
            instrument_ids=instrument_ids,
            page_size=page_size,
            page_token=page_token,
            sort_by=sort_by,
            sort_direction=sort_direction,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        )
    ).parsed


def sync_pages(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    sort_by: PositionSortBy | None | Unset = UNSET,
    sort_direction: SortDirection | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[PositionListResponse]:
    """List positions: every page, fetched as the iteration reaches it (from `page_token` when given)."""
    return PAGING.pages(
        lambda _page: sync(
            account_id=account_id,
            instrument_ids=instrument_ids,
            page_size=page_size,
            page_token=_page,
            sort_by=sort_by,
            sort_direction=sort_direction,
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
    instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    sort_by: PositionSortBy | None | Unset = UNSET,
    sort_direction: SortDirection | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[Position]:
    """List positions: every item of every page, in order."""
    for _fetched in sync_pages(
        account_id=account_id,
        instrument_ids=instrument_ids,
        page_size=page_size,
        page_token=page_token,
        sort_by=sort_by,
        sort_direction=sort_direction,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        yield from PAGING.items_of(_fetched)


def asyncio_pages(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    sort_by: PositionSortBy | None | Unset = UNSET,
    sort_direction: SortDirection | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[PositionListResponse]:
    """List positions: every page, fetched as the iteration reaches it (from `page_token` when given)."""
    return PAGING.apages(
        lambda _page: asyncio(
            account_id=account_id,
            instrument_ids=instrument_ids,
            page_size=page_size,
            page_token=_page,
            sort_by=sort_by,
            sort_direction=sort_direction,
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
    instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    sort_by: PositionSortBy | None | Unset = UNSET,
    sort_direction: SortDirection | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[Position]:
    """List positions: every item of every page, in order."""
    async for _fetched in asyncio_pages(
        account_id=account_id,
        instrument_ids=instrument_ids,
        page_size=page_size,
        page_token=page_token,
        sort_by=sort_by,
        sort_direction=sort_direction,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        for _item in PAGING.items_of(_fetched):
            yield _item
