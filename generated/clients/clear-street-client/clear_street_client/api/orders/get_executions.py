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
from ...models.execution import Execution
from ...models.execution_list_response import ExecutionListResponse
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_executions",
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
    operation="get_executions",
)


def _get_kwargs(
    account_id: int,
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    instrument_ids: list[str] | Unset = UNSET,
    order_ids: list[str] | Unset = UNSET,
    underlying_instrument_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
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

    json_instrument_ids: str | Unset = UNSET
    if not isinstance(instrument_ids, Unset):
        json_instrument_ids = ",".join(str(item) for item in instrument_ids)

    params["instrument_ids"] = json_instrument_ids

    json_order_ids: str | Unset = UNSET
    if not isinstance(order_ids, Unset):
        json_order_ids = ",".join(str(item) for item in order_ids)

    params["order_ids"] = json_order_ids

    json_underlying_instrument_ids: str | Unset = UNSET
    if not isinstance(underlying_instrument_ids, Unset):
        json_underlying_instrument_ids = ",".join(str(item) for item in underlying_instrument_ids)

    params["underlying_instrument_ids"] = json_underlying_instrument_ids

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}/executions".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ExecutionListResponse:
    if response.status_code == 200:
        response_200 = ExecutionListResponse.from_dict(json_body(response, OPERATION))

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
    instrument_ids: list[str] | None | Unset = UNSET,
    order_ids: list[str] | None | Unset = UNSET,
    underlying_instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ExecutionListResponse]:
    """List executions (fills) (with the status, headers and raw bytes)

    The filled and partially filled execution reports of the account, most recent
    `transaction_time` first, paginated like the order list. `order_id` links each to its order
    (`get_orders`, `get_order_by_id`); a fill's `quantity` is unsigned and its `side` says the
    direction, so the change of a position is the sum of its BUY quantities minus its SELL
    quantities. A multi-leg order reports strategy-level fills (no instrument and no price, the
    quantity in packages) besides the fills of its legs; see `Execution`. Added 2026-05-22.
    Requires view permission.

    Args:
        account_id (int):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        instrument_ids (list[str] | Unset):
        order_ids (list[str] | Unset):
        underlying_instrument_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
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
        instrument_ids=UNSET if instrument_ids is None else instrument_ids,
        order_ids=UNSET if order_ids is None else order_ids,
        underlying_instrument_ids=UNSET if underlying_instrument_ids is None else underlying_instrument_ids,
        page_size=UNSET if page_size is None else page_size,
        page_token=UNSET if page_token is None else page_token,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    instrument_ids: list[str] | None | Unset = UNSET,
    order_ids: list[str] | None | Unset = UNSET,
    underlying_instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ExecutionListResponse:
    """List executions (fills)

    The filled and partially filled execution reports of the account, most recent
    `transaction_time` first, paginated like the order list. `order_id` links each to its order
    (`get_orders`, `get_order_by_id`); a fill's `quantity` is unsigned and its `side` says the
    direction, so the change of a position is the sum of its BUY quantities minus its SELL
    quantities. A multi-leg order reports strategy-level fills (no instrument and no price, the
    quantity in packages) besides the fills of its legs; see `Execution`. Added 2026-05-22.
    Requires view permission.

    Args:
        account_id (int):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        instrument_ids (list[str] | Unset):
        order_ids (list[str] | Unset):
        underlying_instrument_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
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
        instrument_ids=instrument_ids,
        order_ids=order_ids,
        underlying_instrument_ids=underlying_instrument_ids,
        page_size=page_size,
        page_token=page_token,
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
    instrument_ids: list[str] | None | Unset = UNSET,
    order_ids: list[str] | None | Unset = UNSET,
    underlying_instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ExecutionListResponse]:
    """List executions (fills) (with the status, headers and raw bytes)

    The filled and partially filled execution reports of the account, most recent
    `transaction_time` first, paginated like the order list. `order_id` links each to its order
    (`get_orders`, `get_order_by_id`); a fill's `quantity` is unsigned and its `side` says the
    direction, so the change of a position is the sum of its BUY quantities minus its SELL
    quantities. A multi-leg order reports strategy-level fills (no instrument and no price, the
    quantity in packages) besides the fills of its legs; see `Execution`. Added 2026-05-22.
    Requires view permission.

    Args:
        account_id (int):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        instrument_ids (list[str] | Unset):
        order_ids (list[str] | Unset):
        underlying_instrument_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
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
        instrument_ids=UNSET if instrument_ids is None else instrument_ids,
        order_ids=UNSET if order_ids is None else order_ids,
        underlying_instrument_ids=UNSET if underlying_instrument_ids is None else underlying_instrument_ids,
        page_size=UNSET if page_size is None else page_size,
        page_token=UNSET if page_token is None else page_token,
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
    instrument_ids: list[str] | None | Unset = UNSET,
    order_ids: list[str] | None | Unset = UNSET,
    underlying_instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ExecutionListResponse:
    """List executions (fills)

    The filled and partially filled execution reports of the account, most recent
    `transaction_time` first, paginated like the order list. `order_id` links each to its order
    (`get_orders`, `get_order_by_id`); a fill's `quantity` is unsigned and its `side` says the
    direction, so the change of a position is the sum of its BUY quantities minus its SELL
    quantities. A multi-leg order reports strategy-level fills (no instrument and no price, the
    quantity in packages) besides the fills of its legs; see `Execution`. Added 2026-05-22.
    Requires view permission.

    Args:
        account_id (int):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        instrument_ids (list[str] | Unset):
        order_ids (list[str] | Unset):
        underlying_instrument_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
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
            instrument_ids=instrument_ids,
            order_ids=order_ids,
            underlying_instrument_ids=underlying_instrument_ids,
            page_size=page_size,
            page_token=page_token,
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
    instrument_ids: list[str] | None | Unset = UNSET,
    order_ids: list[str] | None | Unset = UNSET,
    underlying_instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[ExecutionListResponse]:
    """List executions (fills): every page, fetched as the iteration reaches it (from `page_token` when given)."""
    return PAGING.pages(
        lambda _page: sync(
            account_id=account_id,
            from_=from_,
            to=to,
            instrument_ids=instrument_ids,
            order_ids=order_ids,
            underlying_instrument_ids=underlying_instrument_ids,
            page_size=page_size,
            page_token=_page,
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
    instrument_ids: list[str] | None | Unset = UNSET,
    order_ids: list[str] | None | Unset = UNSET,
    underlying_instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[Execution]:
    """List executions (fills): every item of every page, in order."""
    for _fetched in sync_pages(
        account_id=account_id,
        from_=from_,
        to=to,
        instrument_ids=instrument_ids,
        order_ids=order_ids,
        underlying_instrument_ids=underlying_instrument_ids,
        page_size=page_size,
        page_token=page_token,
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
    instrument_ids: list[str] | None | Unset = UNSET,
    order_ids: list[str] | None | Unset = UNSET,
    underlying_instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[ExecutionListResponse]:
    """List executions (fills): every page, fetched as the iteration reaches it (from `page_token` when given)."""
    return PAGING.apages(
        lambda _page: asyncio(
            account_id=account_id,
            from_=from_,
            to=to,
            instrument_ids=instrument_ids,
            order_ids=order_ids,
            underlying_instrument_ids=underlying_instrument_ids,
            page_size=page_size,
            page_token=_page,
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
    instrument_ids: list[str] | None | Unset = UNSET,
    order_ids: list[str] | None | Unset = UNSET,
    underlying_instrument_ids: list[str] | None | Unset = UNSET,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[Execution]:
    """List executions (fills): every item of every page, in order."""
    async for _fetched in asyncio_pages(
        account_id=account_id,
        from_=from_,
        to=to,
        instrument_ids=instrument_ids,
        order_ids=order_ids,
        underlying_instrument_ids=underlying_instrument_ids,
        page_size=page_size,
        page_token=page_token,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        for _item in PAGING.items_of(_fetched):
            yield _item
