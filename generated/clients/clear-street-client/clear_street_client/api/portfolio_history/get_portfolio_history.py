import datetime
import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.portfolio_history_partial_response import PortfolioHistoryPartialResponse
from ...models.portfolio_history_response import PortfolioHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: int,
    *,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}/portfolio-history".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PortfolioHistoryPartialResponse | PortfolioHistoryResponse | None:
    if response.status_code == 200:
        response_200 = PortfolioHistoryResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_200

    if response.status_code == 207:
        response_207 = PortfolioHistoryPartialResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_207

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
) -> Response[ErrorResponse | PortfolioHistoryPartialResponse | PortfolioHistoryResponse]:
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
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
) -> Response[ErrorResponse | PortfolioHistoryPartialResponse | PortfolioHistoryResponse]:
    """Get portfolio history

     One segment per trading day with history in `[start_date, end_date]`: start- and end-of-day
    equity and the day's P&L. Non-trading days and days without history are left out, so there
    may be fewer segments than calendar days. When the range includes today (the current date in
    America/New_York) and today is a trading day, the last segment is today's intraday segment,
    computed from current balances; its optional fields may be null. Not paginated.

    If the historical segments cannot be fetched but today's can, the answer is `207` with the
    segments that are available and a non-null `error`.

    Args:
        account_id (int):
        start_date (datetime.date):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PortfolioHistoryPartialResponse | PortfolioHistoryResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
) -> ErrorResponse | PortfolioHistoryPartialResponse | PortfolioHistoryResponse | None:
    """Get portfolio history

     One segment per trading day with history in `[start_date, end_date]`: start- and end-of-day
    equity and the day's P&L. Non-trading days and days without history are left out, so there
    may be fewer segments than calendar days. When the range includes today (the current date in
    America/New_York) and today is a trading day, the last segment is today's intraday segment,
    computed from current balances; its optional fields may be null. Not paginated.

    If the historical segments cannot be fetched but today's can, the answer is `207` with the
    segments that are available and a non-null `error`.

    Args:
        account_id (int):
        start_date (datetime.date):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PortfolioHistoryPartialResponse | PortfolioHistoryResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
) -> Response[ErrorResponse | PortfolioHistoryPartialResponse | PortfolioHistoryResponse]:
    """Get portfolio history

     One segment per trading day with history in `[start_date, end_date]`: start- and end-of-day
    equity and the day's P&L. Non-trading days and days without history are left out, so there
    may be fewer segments than calendar days. When the range includes today (the current date in
    America/New_York) and today is a trading day, the last segment is today's intraday segment,
    computed from current balances; its optional fields may be null. Not paginated.

    If the historical segments cannot be fetched but today's can, the answer is `207` with the
    segments that are available and a non-null `error`.

    Args:
        account_id (int):
        start_date (datetime.date):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PortfolioHistoryPartialResponse | PortfolioHistoryResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
) -> ErrorResponse | PortfolioHistoryPartialResponse | PortfolioHistoryResponse | None:
    """Get portfolio history

     One segment per trading day with history in `[start_date, end_date]`: start- and end-of-day
    equity and the day's P&L. Non-trading days and days without history are left out, so there
    may be fewer segments than calendar days. When the range includes today (the current date in
    America/New_York) and today is a trading day, the last segment is today's intraday segment,
    computed from current balances; its optional fields may be null. Not paginated.

    If the historical segments cannot be fetched but today's can, the answer is `207` with the
    segments that are available and a non-null `error`.

    Args:
        account_id (int):
        start_date (datetime.date):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PortfolioHistoryPartialResponse | PortfolioHistoryResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
