from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ..._pagination import Paging
from ...client import AuthenticatedClient, Client
from ...models.account import Account
from ...models.account_list_response import AccountListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_accounts",
    statuses=("200", "400", "401", "403", "429", "500", "5XX"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(),
)
PAGING = Paging(
    style="cursor",
    first_page=None,
    items=("data",),
    next=("metadata", "next_page_token"),
    operation="get_accounts",
)


def _get_kwargs(
    *,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    account_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    params["account_id"] = account_id

    params["account_name"] = account_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AccountListResponse:
    if response.status_code == 200:
        response_200 = AccountListResponse.from_dict(json_body(response, OPERATION))

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
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    account_id: str | None | Unset = UNSET,
    account_name: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[AccountListResponse]:
    """List accounts (with the status, headers and raw bytes)

    The accounts the API key may view, paginated. Filters combine with AND. To fetch the next
    page, send `page_token` from `metadata.next_page_token` and repeat the filters.

    Args:
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        account_id (str | Unset):
        account_name (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        page_size=UNSET if page_size is None else page_size,
        page_token=UNSET if page_token is None else page_token,
        account_id=UNSET if account_id is None else account_id,
        account_name=UNSET if account_name is None else account_name,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    account_id: str | None | Unset = UNSET,
    account_name: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AccountListResponse:
    """List accounts

    The accounts the API key may view, paginated. Filters combine with AND. To fetch the next
    page, send `page_token` from `metadata.next_page_token` and repeat the filters.

    Args:
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        account_id (str | Unset):
        account_name (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        page_size=page_size,
        page_token=page_token,
        account_id=account_id,
        account_name=account_name,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    account_id: str | None | Unset = UNSET,
    account_name: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[AccountListResponse]:
    """List accounts (with the status, headers and raw bytes)

    The accounts the API key may view, paginated. Filters combine with AND. To fetch the next
    page, send `page_token` from `metadata.next_page_token` and repeat the filters.

    Args:
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        account_id (str | Unset):
        account_name (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        page_size=UNSET if page_size is None else page_size,
        page_token=UNSET if page_token is None else page_token,
        account_id=UNSET if account_id is None else account_id,
        account_name=UNSET if account_name is None else account_name,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    account_id: str | None | Unset = UNSET,
    account_name: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AccountListResponse:
    """List accounts

    The accounts the API key may view, paginated. Filters combine with AND. To fetch the next
    page, send `page_token` from `metadata.next_page_token` and repeat the filters.

    Args:
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        account_id (str | Unset):
        account_name (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(
            page_size=page_size,
            page_token=page_token,
            account_id=account_id,
            account_name=account_name,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        )
    ).parsed


def sync_pages(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    account_id: str | None | Unset = UNSET,
    account_name: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[AccountListResponse]:
    """List accounts: every page, fetched as the iteration reaches it (from `page_token` when given)."""
    return PAGING.pages(
        lambda _page: sync(
            page_size=page_size,
            page_token=_page,
            account_id=account_id,
            account_name=account_name,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        ),
        page_token,
        page_size,
        client.max_pages,
    )


def sync_items(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    account_id: str | None | Unset = UNSET,
    account_name: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[Account]:
    """List accounts: every item of every page, in order."""
    for _fetched in sync_pages(
        page_size=page_size,
        page_token=page_token,
        account_id=account_id,
        account_name=account_name,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        yield from PAGING.items_of(_fetched)


def asyncio_pages(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    account_id: str | None | Unset = UNSET,
    account_name: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[AccountListResponse]:
    """List accounts: every page, fetched as the iteration reaches it (from `page_token` when given)."""
    return PAGING.apages(
        lambda _page: asyncio(
            page_size=page_size,
            page_token=_page,
            account_id=account_id,
            account_name=account_name,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        ),
        page_token,
        page_size,
        client.max_pages,
    )


async def asyncio_items(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None | Unset = 1000,
    page_token: str | None | Unset = UNSET,
    account_id: str | None | Unset = UNSET,
    account_name: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[Account]:
    """List accounts: every item of every page, in order."""
    async for _fetched in asyncio_pages(
        page_size=page_size,
        page_token=page_token,
        account_id=account_id,
        account_name=account_name,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        for _item in PAGING.items_of(_fetched):
            yield _item
