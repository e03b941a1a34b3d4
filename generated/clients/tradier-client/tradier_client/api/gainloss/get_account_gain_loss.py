import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, QuotaSignal, Timeout, asend, json_body, send
from ..._pagination import Paging
from ...client import AuthenticatedClient, Client
from ...models.closed_position import ClosedPosition
from ...models.gain_loss_response import GainLossResponse
from ...models.gain_loss_sort_by import GainLossSortBy
from ...models.json_media_type import JsonMediaType
from ...models.sort_direction import SortDirection
from ...models.tradier_errors import TradierErrors
from ...models.tradier_fault import TradierFault
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_account_gain_loss",
    statuses=("200", "400", "401", "500"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(QuotaSignal("400", "text/plain", "^Quota Violation"),),
)
PAGING = Paging(
    style="page",
    first_page=1,
    items=("gainloss", "closed_position"),
    next=None,
    operation="get_account_gain_loss",
)


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


def _parse_response(response: httpx.Response) -> GainLossResponse:
    if response.status_code == 200:
        response_200 = GainLossResponse.from_dict(json_body(response, OPERATION))

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
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort_by: GainLossSortBy | None | Unset = UNSET,
    sort: SortDirection | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    symbol: str | None | Unset = UNSET,
    accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[GainLossResponse]:
    """Get an account's closed positions (cost basis and gain/loss) (with the status, headers and raw bytes)

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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        page=UNSET if page is None else page,
        limit=UNSET if limit is None else limit,
        sort_by=UNSET if sort_by is None else sort_by,
        sort=UNSET if sort is None else sort,
        start=UNSET if start is None else start,
        end=UNSET if end is None else end,
        symbol=UNSET if symbol is None else symbol,
        accept=UNSET if accept is None else accept,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort_by: GainLossSortBy | None | Unset = UNSET,
    sort: SortDirection | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    symbol: str | None | Unset = UNSET,
    accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> GainLossResponse:
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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        account_id=account_id,
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort=sort,
        start=start,
        end=end,
        symbol=symbol,
        accept=accept,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort_by: GainLossSortBy | None | Unset = UNSET,
    sort: SortDirection | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    symbol: str | None | Unset = UNSET,
    accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[GainLossResponse]:
    """Get an account's closed positions (cost basis and gain/loss) (with the status, headers and raw bytes)

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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        page=UNSET if page is None else page,
        limit=UNSET if limit is None else limit,
        sort_by=UNSET if sort_by is None else sort_by,
        sort=UNSET if sort is None else sort,
        start=UNSET if start is None else start,
        end=UNSET if end is None else end,
        symbol=UNSET if symbol is None else symbol,
        accept=UNSET if accept is None else accept,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort_by: GainLossSortBy | None | Unset = UNSET,
    sort: SortDirection | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    symbol: str | None | Unset = UNSET,
    accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> GainLossResponse:
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
            page=page,
            limit=limit,
            sort_by=sort_by,
            sort=sort,
            start=start,
            end=end,
            symbol=symbol,
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
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort_by: GainLossSortBy | None | Unset = UNSET,
    sort: SortDirection | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    symbol: str | None | Unset = UNSET,
    accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[GainLossResponse]:
    """Get an account's closed positions (cost basis and gain/loss): every page, fetched as the iteration reaches it (from `page` when given)."""
    return PAGING.pages(
        lambda _page: sync(
            account_id=account_id,
            page=_page,
            limit=limit,
            sort_by=sort_by,
            sort=sort,
            start=start,
            end=end,
            symbol=symbol,
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
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort_by: GainLossSortBy | None | Unset = UNSET,
    sort: SortDirection | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    symbol: str | None | Unset = UNSET,
    accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[ClosedPosition]:
    """Get an account's closed positions (cost basis and gain/loss): every item of every page, in order."""
    for _fetched in sync_pages(
        account_id=account_id,
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort=sort,
        start=start,
        end=end,
        symbol=symbol,
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
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort_by: GainLossSortBy | None | Unset = UNSET,
    sort: SortDirection | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    symbol: str | None | Unset = UNSET,
    accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[GainLossResponse]:
    """Get an account's closed positions (cost basis and gain/loss): every page, fetched as the iteration reaches it (from `page` when given)."""
    return PAGING.apages(
        lambda _page: asyncio(
            account_id=account_id,
            page=_page,
            limit=limit,
            sort_by=sort_by,
            sort=sort,
            start=start,
            end=end,
            symbol=symbol,
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
    page: int | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    sort_by: GainLossSortBy | None | Unset = UNSET,
    sort: SortDirection | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    symbol: str | None | Unset = UNSET,
    accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[ClosedPosition]:
    """Get an account's closed positions (cost basis and gain/loss): every item of every page, in order."""
    async for _fetched in asyncio_pages(
        account_id=account_id,
        page=page,
        limit=limit,
        sort_by=sort_by,
        sort=sort,
        start=start,
        end=end,
        symbol=symbol,
        accept=accept,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        for _item in PAGING.items_of(_fetched):
            yield _item
