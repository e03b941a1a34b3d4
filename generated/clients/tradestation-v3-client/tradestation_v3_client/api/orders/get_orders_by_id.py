import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.historical_orders_by_id_response import HistoricalOrdersByIdResponse
from ...types import Response


def _get_kwargs(
    accounts: str,
    order_ids: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/brokerage/accounts/{accounts}/orders/{order_ids}".format(
            accounts=quote(str(accounts), safe=""),
            order_ids=quote(str(order_ids), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HistoricalOrdersByIdResponse | None:
    if response.status_code == 200:
        response_200 = HistoricalOrdersByIdResponse.from_dict(json.loads(response.content, parse_float=Decimal))

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
) -> Response[ErrorResponse | HistoricalOrdersByIdResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    accounts: str,
    order_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | HistoricalOrdersByIdResponse]:
    """Get today's and open orders of accounts by id

     The named orders among the accounts' orders of today and open orders (see `get_orders`), in
    the order asked; not paginated, no `since`. Each id not found among them (unknown, another
    account's, or an order closed on an earlier day, which `historicalorders/{orderIds}` serves)
    gets an `Errors` item with its `OrderID` and `NotFound`, and each account that could not be
    served one without, in the same `200`.

    Args:
        accounts (str):
        order_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HistoricalOrdersByIdResponse]
    """

    kwargs = _get_kwargs(
        accounts=accounts,
        order_ids=order_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    accounts: str,
    order_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | HistoricalOrdersByIdResponse | None:
    """Get today's and open orders of accounts by id

     The named orders among the accounts' orders of today and open orders (see `get_orders`), in
    the order asked; not paginated, no `since`. Each id not found among them (unknown, another
    account's, or an order closed on an earlier day, which `historicalorders/{orderIds}` serves)
    gets an `Errors` item with its `OrderID` and `NotFound`, and each account that could not be
    served one without, in the same `200`.

    Args:
        accounts (str):
        order_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HistoricalOrdersByIdResponse
    """

    return sync_detailed(
        accounts=accounts,
        order_ids=order_ids,
        client=client,
    ).parsed


async def asyncio_detailed(
    accounts: str,
    order_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | HistoricalOrdersByIdResponse]:
    """Get today's and open orders of accounts by id

     The named orders among the accounts' orders of today and open orders (see `get_orders`), in
    the order asked; not paginated, no `since`. Each id not found among them (unknown, another
    account's, or an order closed on an earlier day, which `historicalorders/{orderIds}` serves)
    gets an `Errors` item with its `OrderID` and `NotFound`, and each account that could not be
    served one without, in the same `200`.

    Args:
        accounts (str):
        order_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HistoricalOrdersByIdResponse]
    """

    kwargs = _get_kwargs(
        accounts=accounts,
        order_ids=order_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accounts: str,
    order_ids: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | HistoricalOrdersByIdResponse | None:
    """Get today's and open orders of accounts by id

     The named orders among the accounts' orders of today and open orders (see `get_orders`), in
    the order asked; not paginated, no `since`. Each id not found among them (unknown, another
    account's, or an order closed on an earlier day, which `historicalorders/{orderIds}` serves)
    gets an `Errors` item with its `OrderID` and `NotFound`, and each account that could not be
    served one without, in the same `200`.

    Args:
        accounts (str):
        order_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HistoricalOrdersByIdResponse
    """

    return (
        await asyncio_detailed(
            accounts=accounts,
            order_ids=order_ids,
            client=client,
        )
    ).parsed
