import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.balances_response import BalancesResponse
from ...models.json_media_type import JsonMediaType
from ...models.tradier_errors import TradierErrors
from ...models.tradier_fault import TradierFault
from ...types import Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = str(accept)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}/balances".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BalancesResponse | TradierErrors | str | TradierFault | str | None:
    if response.status_code == 200:
        response_200 = BalancesResponse.from_dict(json.loads(response.content, parse_float=Decimal))

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
) -> Response[BalancesResponse | TradierErrors | str | TradierFault | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> Response[BalancesResponse | TradierErrors | str | TradierFault | str]:
    """Get an account's balances

     Cash, equity, market values, P&L and buying power, computed on each request during market
    hours and reconciled with the clearing firm nightly. The body carries exactly one of the
    sub-objects `margin`, `cash` and `pdt`, the one named by `account_type`.

    Args:
        account_id (str):
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BalancesResponse | TradierErrors | str | TradierFault | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> BalancesResponse | TradierErrors | str | TradierFault | str | None:
    """Get an account's balances

     Cash, equity, market values, P&L and buying power, computed on each request during market
    hours and reconciled with the clearing firm nightly. The body carries exactly one of the
    sub-objects `margin`, `cash` and `pdt`, the one named by `account_type`.

    Args:
        account_id (str):
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BalancesResponse | TradierErrors | str | TradierFault | str
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> Response[BalancesResponse | TradierErrors | str | TradierFault | str]:
    """Get an account's balances

     Cash, equity, market values, P&L and buying power, computed on each request during market
    hours and reconciled with the clearing firm nightly. The body carries exactly one of the
    sub-objects `margin`, `cash` and `pdt`, the one named by `account_type`.

    Args:
        account_id (str):
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BalancesResponse | TradierErrors | str | TradierFault | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> BalancesResponse | TradierErrors | str | TradierFault | str | None:
    """Get an account's balances

     Cash, equity, market values, P&L and buying power, computed on each request during market
    hours and reconciled with the clearing firm nightly. The body carries exactly one of the
    sub-objects `margin`, `cash` and `pdt`, the one named by `account_type`.

    Args:
        account_id (str):
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BalancesResponse | TradierErrors | str | TradierFault | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            accept=accept,
        )
    ).parsed
