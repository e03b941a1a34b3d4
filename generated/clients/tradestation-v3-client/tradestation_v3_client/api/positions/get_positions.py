import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.positions_response import PositionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    accounts: str,
    *,
    symbol: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/brokerage/accounts/{accounts}/positions".format(
            accounts=quote(str(accounts), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PositionsResponse | None:
    if response.status_code == 200:
        response_200 = PositionsResponse.from_dict(json.loads(response.content, parse_float=Decimal))

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

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_503

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PositionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
) -> Response[ErrorResponse | PositionsResponse]:
    """Get positions of accounts

     Open positions of `Cash`, `Margin`, `Futures` and `DVP` accounts, optionally filtered by
    symbol, and an `Errors` entry for each account that could not be served.

    Args:
        accounts (str):
        symbol (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PositionsResponse]
    """

    kwargs = _get_kwargs(
        accounts=accounts,
        symbol=symbol,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
) -> ErrorResponse | PositionsResponse | None:
    """Get positions of accounts

     Open positions of `Cash`, `Margin`, `Futures` and `DVP` accounts, optionally filtered by
    symbol, and an `Errors` entry for each account that could not be served.

    Args:
        accounts (str):
        symbol (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PositionsResponse
    """

    return sync_detailed(
        accounts=accounts,
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
) -> Response[ErrorResponse | PositionsResponse]:
    """Get positions of accounts

     Open positions of `Cash`, `Margin`, `Futures` and `DVP` accounts, optionally filtered by
    symbol, and an `Errors` entry for each account that could not be served.

    Args:
        accounts (str):
        symbol (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PositionsResponse]
    """

    kwargs = _get_kwargs(
        accounts=accounts,
        symbol=symbol,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
) -> ErrorResponse | PositionsResponse | None:
    """Get positions of accounts

     Open positions of `Cash`, `Margin`, `Futures` and `DVP` accounts, optionally filtered by
    symbol, and an `Errors` entry for each account that could not be served.

    Args:
        accounts (str):
        symbol (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PositionsResponse
    """

    return (
        await asyncio_detailed(
            accounts=accounts,
            client=client,
            symbol=symbol,
        )
    ).parsed
