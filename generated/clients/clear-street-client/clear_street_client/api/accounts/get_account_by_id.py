import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_response import AccountResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    account_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountResponse.from_dict(json.loads(response.content, parse_float=Decimal))

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_404

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
) -> Response[AccountResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountResponse | ErrorResponse]:
    """Get an account with its holder's personal details

    Args:
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> AccountResponse | ErrorResponse | None:
    """Get an account with its holder's personal details

    Args:
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountResponse | ErrorResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountResponse | ErrorResponse]:
    """Get an account with its holder's personal details

    Args:
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> AccountResponse | ErrorResponse | None:
    """Get an account with its holder's personal details

    Args:
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
        )
    ).parsed
