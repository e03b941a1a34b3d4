import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.json_media_type import JsonMediaType
from ...models.profile_response import ProfileResponse
from ...models.tradier_errors import TradierErrors
from ...models.tradier_fault import TradierFault
from ...types import Response, Unset


def _get_kwargs(
    *,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = str(accept)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/user/profile",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProfileResponse | TradierErrors | str | TradierFault | str | None:
    if response.status_code == 200:
        response_200 = ProfileResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_200

    if response.status_code == 400:
        response_400: TradierErrors | str
        if response.headers.get("content-type", "").startswith("text/"):
            response_400 = response.text
        else:
            response_400 = TradierErrors.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_400

    if response.status_code == 401:
        response_401 = TradierFault.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_401

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProfileResponse | TradierErrors | str | TradierFault | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> Response[ProfileResponse | TradierErrors | str | TradierFault | str]:
    """Get the user's profile and accounts

     The user the access token belongs to, with every account it may use: the way to discover
    account numbers. `profile.account` is usually an object when the user has exactly one
    account (a one-element array is also accepted), an array otherwise. Use `account_list()`.

    Args:
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProfileResponse | TradierErrors | str | TradierFault | str]
    """

    kwargs = _get_kwargs(
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> ProfileResponse | TradierErrors | str | TradierFault | str | None:
    """Get the user's profile and accounts

     The user the access token belongs to, with every account it may use: the way to discover
    account numbers. `profile.account` is usually an object when the user has exactly one
    account (a one-element array is also accepted), an array otherwise. Use `account_list()`.

    Args:
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProfileResponse | TradierErrors | str | TradierFault | str
    """

    return sync_detailed(
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> Response[ProfileResponse | TradierErrors | str | TradierFault | str]:
    """Get the user's profile and accounts

     The user the access token belongs to, with every account it may use: the way to discover
    account numbers. `profile.account` is usually an object when the user has exactly one
    account (a one-element array is also accepted), an array otherwise. Use `account_list()`.

    Args:
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProfileResponse | TradierErrors | str | TradierFault | str]
    """

    kwargs = _get_kwargs(
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> ProfileResponse | TradierErrors | str | TradierFault | str | None:
    """Get the user's profile and accounts

     The user the access token belongs to, with every account it may use: the way to discover
    account numbers. `profile.account` is usually an object when the user has exactly one
    account (a one-element array is also accepted), an array otherwise. Use `account_list()`.

    Args:
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProfileResponse | TradierErrors | str | TradierFault | str
    """

    return (
        await asyncio_detailed(
            client=client,
            accept=accept,
        )
    ).parsed
