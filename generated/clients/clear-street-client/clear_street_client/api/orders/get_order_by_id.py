import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order_response import OrderResponse
from ...types import Response


def _get_kwargs(
    account_id: int,
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}/orders/{order_id}".format(
            account_id=quote(str(account_id), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrderResponse | None:
    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(json.loads(response.content, parse_float=Decimal))

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
) -> Response[ErrorResponse | OrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | OrderResponse]:
    """Get an order

     One order of the account, by its `id` or, while the order is open, by its
    `client_order_id` (SDK 0.7 and later). Once the order is done, a `client_order_id` finds
    nothing (`404`); the `order_ids` filter of `get_orders` accepts both identifiers at any time.
    Requires view permission.

    Args:
        account_id (int):
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | OrderResponse | None:
    """Get an order

     One order of the account, by its `id` or, while the order is open, by its
    `client_order_id` (SDK 0.7 and later). Once the order is done, a `client_order_id` finds
    nothing (`404`); the `order_ids` filter of `get_orders` accepts both identifiers at any time.
    Requires view permission.

    Args:
        account_id (int):
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderResponse
    """

    return sync_detailed(
        account_id=account_id,
        order_id=order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | OrderResponse]:
    """Get an order

     One order of the account, by its `id` or, while the order is open, by its
    `client_order_id` (SDK 0.7 and later). Once the order is done, a `client_order_id` finds
    nothing (`404`); the `order_ids` filter of `get_orders` accepts both identifiers at any time.
    Requires view permission.

    Args:
        account_id (int):
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | OrderResponse | None:
    """Get an order

     One order of the account, by its `id` or, while the order is open, by its
    `client_order_id` (SDK 0.7 and later). Once the order is done, a `client_order_id` finds
    nothing (`404`); the `order_ids` filter of `get_orders` accepts both identifiers at any time.
    Requires view permission.

    Args:
        account_id (int):
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            order_id=order_id,
            client=client,
        )
    ).parsed
