import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_list_response import AccountListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountListResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_500

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    account_name: str | Unset = UNSET,
) -> Response[AccountListResponse | ErrorResponse]:
    """List accounts

     The accounts the API key may view, paginated. Filters combine with AND. To fetch the next
    page, send `page_token` from `metadata.next_page_token` and repeat the filters.

    Args:
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        account_id (str | Unset):
        account_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        account_id=account_id,
        account_name=account_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    account_name: str | Unset = UNSET,
) -> AccountListResponse | ErrorResponse | None:
    """List accounts

     The accounts the API key may view, paginated. Filters combine with AND. To fetch the next
    page, send `page_token` from `metadata.next_page_token` and repeat the filters.

    Args:
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        account_id (str | Unset):
        account_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_token=page_token,
        account_id=account_id,
        account_name=account_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    account_name: str | Unset = UNSET,
) -> Response[AccountListResponse | ErrorResponse]:
    """List accounts

     The accounts the API key may view, paginated. Filters combine with AND. To fetch the next
    page, send `page_token` from `metadata.next_page_token` and repeat the filters.

    Args:
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        account_id (str | Unset):
        account_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        account_id=account_id,
        account_name=account_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    account_name: str | Unset = UNSET,
) -> AccountListResponse | ErrorResponse | None:
    """List accounts

     The accounts the API key may view, paginated. Filters combine with AND. To fetch the next
    page, send `page_token` from `metadata.next_page_token` and repeat the filters.

    Args:
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        account_id (str | Unset):
        account_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=page_token,
            account_id=account_id,
            account_name=account_name,
        )
    ).parsed
