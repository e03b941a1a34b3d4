import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.historical_orders_response import HistoricalOrdersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    accounts: str,
    *,
    page_size: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["nextToken"] = next_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/brokerage/accounts/{accounts}/orders".format(
            accounts=quote(str(accounts), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HistoricalOrdersResponse | None:
    if response.status_code == 200:
        response_200 = HistoricalOrdersResponse.from_dict(json.loads(response.content, parse_float=Decimal))

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
) -> Response[ErrorResponse | HistoricalOrdersResponse]:
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
    page_size: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ErrorResponse | HistoricalOrdersResponse]:
    """Get today's and open orders of accounts

     The accounts' orders placed or closed today and every order still open (a good-till-cancelled
    order placed on an earlier day included), for every account type: what `historicalorders`
    does not return. Open orders come sorted by the time they were placed, the others by the time
    they were executed or closed, most recent first. With `pageSize`, paginated by
    `NextToken`/`nextToken` as historical orders are (see the contract's description); there is
    no `since`. The orders are the same objects as historical orders (`HistoricalOrder`, whose
    `Status` takes the same 37 codes), and each account that could not be served gets an
    `Errors` entry. Rate category "Order Details" (250 requests per 5 minutes; inferred from the
    category's name, the vendor's page does not list this path).

    Args:
        accounts (str):
        page_size (int | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HistoricalOrdersResponse]
    """

    kwargs = _get_kwargs(
        accounts=accounts,
        page_size=page_size,
        next_token=next_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ErrorResponse | HistoricalOrdersResponse | None:
    """Get today's and open orders of accounts

     The accounts' orders placed or closed today and every order still open (a good-till-cancelled
    order placed on an earlier day included), for every account type: what `historicalorders`
    does not return. Open orders come sorted by the time they were placed, the others by the time
    they were executed or closed, most recent first. With `pageSize`, paginated by
    `NextToken`/`nextToken` as historical orders are (see the contract's description); there is
    no `since`. The orders are the same objects as historical orders (`HistoricalOrder`, whose
    `Status` takes the same 37 codes), and each account that could not be served gets an
    `Errors` entry. Rate category "Order Details" (250 requests per 5 minutes; inferred from the
    category's name, the vendor's page does not list this path).

    Args:
        accounts (str):
        page_size (int | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HistoricalOrdersResponse
    """

    return sync_detailed(
        accounts=accounts,
        client=client,
        page_size=page_size,
        next_token=next_token,
    ).parsed


async def asyncio_detailed(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> Response[ErrorResponse | HistoricalOrdersResponse]:
    """Get today's and open orders of accounts

     The accounts' orders placed or closed today and every order still open (a good-till-cancelled
    order placed on an earlier day included), for every account type: what `historicalorders`
    does not return. Open orders come sorted by the time they were placed, the others by the time
    they were executed or closed, most recent first. With `pageSize`, paginated by
    `NextToken`/`nextToken` as historical orders are (see the contract's description); there is
    no `since`. The orders are the same objects as historical orders (`HistoricalOrder`, whose
    `Status` takes the same 37 codes), and each account that could not be served gets an
    `Errors` entry. Rate category "Order Details" (250 requests per 5 minutes; inferred from the
    category's name, the vendor's page does not list this path).

    Args:
        accounts (str):
        page_size (int | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HistoricalOrdersResponse]
    """

    kwargs = _get_kwargs(
        accounts=accounts,
        page_size=page_size,
        next_token=next_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
) -> ErrorResponse | HistoricalOrdersResponse | None:
    """Get today's and open orders of accounts

     The accounts' orders placed or closed today and every order still open (a good-till-cancelled
    order placed on an earlier day included), for every account type: what `historicalorders`
    does not return. Open orders come sorted by the time they were placed, the others by the time
    they were executed or closed, most recent first. With `pageSize`, paginated by
    `NextToken`/`nextToken` as historical orders are (see the contract's description); there is
    no `since`. The orders are the same objects as historical orders (`HistoricalOrder`, whose
    `Status` takes the same 37 codes), and each account that could not be served gets an
    `Errors` entry. Rate category "Order Details" (250 requests per 5 minutes; inferred from the
    category's name, the vendor's page does not list this path).

    Args:
        accounts (str):
        page_size (int | Unset):
        next_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HistoricalOrdersResponse
    """

    return (
        await asyncio_detailed(
            accounts=accounts,
            client=client,
            page_size=page_size,
            next_token=next_token,
        )
    ).parsed
