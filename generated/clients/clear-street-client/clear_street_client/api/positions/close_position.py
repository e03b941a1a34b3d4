import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.close_position_request import ClosePositionRequest
from ...models.error_response import ErrorResponse
from ...models.order_list_response import OrderListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: int,
    instrument_id: str,
    *,
    body: ClosePositionRequest | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/accounts/{account_id}/positions/{instrument_id}".format(
            account_id=quote(str(account_id), safe=""),
            instrument_id=quote(str(instrument_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        if isinstance(body, ClosePositionRequest):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrderListResponse | None:
    if response.status_code == 200:
        response_200 = OrderListResponse.from_dict(json.loads(response.content, parse_float=Decimal))

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_422

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
) -> Response[ErrorResponse | OrderListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    instrument_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClosePositionRequest | None | Unset = UNSET,
) -> Response[ErrorResponse | OrderListResponse]:
    """Close one position

     Sends one market DAY order that flattens the position in `instrument_id`: a SELL of the net
    quantity for a long, a BUY of the absolute quantity for a short. A cash or flat position
    needs no order and `data` is empty; so does an instrument the account holds no position in
    (the vendor documents no 404 for this operation). If the position has open orders, the
    request is rejected unless `cancel_orders` is true. Requires trade permission.

    Args:
        account_id (int):
        instrument_id (str): An instrument UUID, or a symbol (an equity ticker or an OSI option
            symbol).
        body (ClosePositionRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        instrument_id=instrument_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    instrument_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClosePositionRequest | None | Unset = UNSET,
) -> ErrorResponse | OrderListResponse | None:
    """Close one position

     Sends one market DAY order that flattens the position in `instrument_id`: a SELL of the net
    quantity for a long, a BUY of the absolute quantity for a short. A cash or flat position
    needs no order and `data` is empty; so does an instrument the account holds no position in
    (the vendor documents no 404 for this operation). If the position has open orders, the
    request is rejected unless `cancel_orders` is true. Requires trade permission.

    Args:
        account_id (int):
        instrument_id (str): An instrument UUID, or a symbol (an equity ticker or an OSI option
            symbol).
        body (ClosePositionRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderListResponse
    """

    return sync_detailed(
        account_id=account_id,
        instrument_id=instrument_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    instrument_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClosePositionRequest | None | Unset = UNSET,
) -> Response[ErrorResponse | OrderListResponse]:
    """Close one position

     Sends one market DAY order that flattens the position in `instrument_id`: a SELL of the net
    quantity for a long, a BUY of the absolute quantity for a short. A cash or flat position
    needs no order and `data` is empty; so does an instrument the account holds no position in
    (the vendor documents no 404 for this operation). If the position has open orders, the
    request is rejected unless `cancel_orders` is true. Requires trade permission.

    Args:
        account_id (int):
        instrument_id (str): An instrument UUID, or a symbol (an equity ticker or an OSI option
            symbol).
        body (ClosePositionRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        instrument_id=instrument_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    instrument_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClosePositionRequest | None | Unset = UNSET,
) -> ErrorResponse | OrderListResponse | None:
    """Close one position

     Sends one market DAY order that flattens the position in `instrument_id`: a SELL of the net
    quantity for a long, a BUY of the absolute quantity for a short. A cash or flat position
    needs no order and `data` is empty; so does an instrument the account holds no position in
    (the vendor documents no 404 for this operation). If the position has open orders, the
    request is rejected unless `cancel_orders` is true. Requires trade permission.

    Args:
        account_id (int):
        instrument_id (str): An instrument UUID, or a symbol (an equity ticker or an OSI option
            symbol).
        body (ClosePositionRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderListResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            instrument_id=instrument_id,
            client=client,
            body=body,
        )
    ).parsed
