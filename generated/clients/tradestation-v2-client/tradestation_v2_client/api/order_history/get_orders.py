from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, QuotaSignal, Timeout, asend, json_body, send
from ..._pagination import Paging
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.error import Error
from ...models.order_detail import OrderDetail
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_orders",
    statuses=("200", "400", "401", "403", "404", "500", "502", "504"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(QuotaSignal("403", "text/html", None),),
)
PAGING = Paging(
    style="page",
    first_page=1,
    items=(),
    next=None,
    operation="get_orders",
)


def _get_kwargs(
    account_keys: str,
    *,
    api_version: ApiVersion | Unset = UNSET,
    since: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_api_version: str | Unset = UNSET
    if not isinstance(api_version, Unset):
        json_api_version = api_version.value

    params["APIVersion"] = json_api_version

    params["since"] = since

    params["pageSize"] = page_size

    params["pageNum"] = page_num

    params["$filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/accounts/{account_keys}/orders".format(
            account_keys=quote(str(account_keys), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[OrderDetail]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_body(response, OPERATION)
        for componentsschemas_order_history_item_data in _response_200:
            componentsschemas_order_history_item = OrderDetail.from_dict(componentsschemas_order_history_item_data)

            response_200.append(componentsschemas_order_history_item)

        return response_200

    raise errors.APIResponseValidationError(response, "$", "status", "not a documented success status")


def _error_body(response: httpx.Response) -> errors.ErrorBody | None:
    if response.status_code == 400:
        response_400 = Error.from_dict(json_body(response, OPERATION))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json_body(response, OPERATION))

        return response_401

    if response.status_code == 403:
        response_403: Error | str
        if response.headers.get("content-type", "").startswith("text/"):
            response_403 = response.text
        else:
            response_403 = Error.from_dict(json_body(response, OPERATION))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(json_body(response, OPERATION))

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(json_body(response, OPERATION))

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(json_body(response, OPERATION))

        return response_502

    if response.status_code == 504:
        response_504 = Error.from_dict(json_body(response, OPERATION))

        return response_504

    return None


def sync_detailed(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    since: str | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    page_num: int | None | Unset = UNSET,
    filter_: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[OrderDetail]]:
    """Get the order history of accounts (with the status, headers and raw bytes)

    v2 has no separate history operation. Without `since`, the orders that are open now or
    were created or executed today; with `since`, also the older orders back to that date.
    Most recent first; intermediate state changes are not kept.

    Pagination (`pageSize`, `pageNum`) applies separately to the current and to the historical
    orders when `since` is given. A page past the end is an empty array, not an error.

    Args:
        account_keys (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.
        since (str | Unset):
        page_size (int | Unset):
        page_num (int | Unset):
        filter_ (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_keys=account_keys,
        api_version=UNSET if api_version is None else api_version,
        since=UNSET if since is None else since,
        page_size=UNSET if page_size is None else page_size,
        page_num=UNSET if page_num is None else page_num,
        filter_=UNSET if filter_ is None else filter_,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    since: str | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    page_num: int | None | Unset = UNSET,
    filter_: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[OrderDetail]:
    """Get the order history of accounts

    v2 has no separate history operation. Without `since`, the orders that are open now or
    were created or executed today; with `since`, also the older orders back to that date.
    Most recent first; intermediate state changes are not kept.

    Pagination (`pageSize`, `pageNum`) applies separately to the current and to the historical
    orders when `since` is given. A page past the end is an empty array, not an error.

    Args:
        account_keys (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.
        since (str | Unset):
        page_size (int | Unset):
        page_num (int | Unset):
        filter_ (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        account_keys=account_keys,
        api_version=api_version,
        since=since,
        page_size=page_size,
        page_num=page_num,
        filter_=filter_,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    since: str | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    page_num: int | None | Unset = UNSET,
    filter_: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[OrderDetail]]:
    """Get the order history of accounts (with the status, headers and raw bytes)

    v2 has no separate history operation. Without `since`, the orders that are open now or
    were created or executed today; with `since`, also the older orders back to that date.
    Most recent first; intermediate state changes are not kept.

    Pagination (`pageSize`, `pageNum`) applies separately to the current and to the historical
    orders when `since` is given. A page past the end is an empty array, not an error.

    Args:
        account_keys (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.
        since (str | Unset):
        page_size (int | Unset):
        page_num (int | Unset):
        filter_ (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_keys=account_keys,
        api_version=UNSET if api_version is None else api_version,
        since=UNSET if since is None else since,
        page_size=UNSET if page_size is None else page_size,
        page_num=UNSET if page_num is None else page_num,
        filter_=UNSET if filter_ is None else filter_,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    since: str | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    page_num: int | None | Unset = UNSET,
    filter_: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[OrderDetail]:
    """Get the order history of accounts

    v2 has no separate history operation. Without `since`, the orders that are open now or
    were created or executed today; with `since`, also the older orders back to that date.
    Most recent first; intermediate state changes are not kept.

    Pagination (`pageSize`, `pageNum`) applies separately to the current and to the historical
    orders when `since` is given. A page past the end is an empty array, not an error.

    Args:
        account_keys (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.
        since (str | Unset):
        page_size (int | Unset):
        page_num (int | Unset):
        filter_ (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(
            account_keys=account_keys,
            api_version=api_version,
            since=since,
            page_size=page_size,
            page_num=page_num,
            filter_=filter_,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        )
    ).parsed


def sync_pages(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    since: str | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    page_num: int | None | Unset = UNSET,
    filter_: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[list[OrderDetail]]:
    """Get the order history of accounts: every page, fetched as the iteration reaches it (from `page_num` when given)."""
    return PAGING.pages(
        lambda _page: sync(
            account_keys=account_keys,
            api_version=api_version,
            since=since,
            page_size=page_size,
            page_num=_page,
            filter_=filter_,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        ),
        page_num,
        page_size,
        client.max_pages,
    )


def sync_items(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    since: str | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    page_num: int | None | Unset = UNSET,
    filter_: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[OrderDetail]:
    """Get the order history of accounts: every item of every page, in order."""
    for _fetched in sync_pages(
        account_keys=account_keys,
        api_version=api_version,
        since=since,
        page_size=page_size,
        page_num=page_num,
        filter_=filter_,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        yield from PAGING.items_of(_fetched)


def asyncio_pages(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    since: str | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    page_num: int | None | Unset = UNSET,
    filter_: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[list[OrderDetail]]:
    """Get the order history of accounts: every page, fetched as the iteration reaches it (from `page_num` when given)."""
    return PAGING.apages(
        lambda _page: asyncio(
            account_keys=account_keys,
            api_version=api_version,
            since=since,
            page_size=page_size,
            page_num=_page,
            filter_=filter_,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        ),
        page_num,
        page_size,
        client.max_pages,
    )


async def asyncio_items(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    since: str | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    page_num: int | None | Unset = UNSET,
    filter_: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[OrderDetail]:
    """Get the order history of accounts: every item of every page, in order."""
    async for _fetched in asyncio_pages(
        account_keys=account_keys,
        api_version=api_version,
        since=since,
        page_size=page_size,
        page_num=page_num,
        filter_=filter_,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        for _item in PAGING.items_of(_fetched):
            yield _item
