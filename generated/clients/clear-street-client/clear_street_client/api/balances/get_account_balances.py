import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_balances_response import AccountBalancesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: int,
    *,
    top_margin_contributors_limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["top_margin_contributors_limit"] = top_margin_contributors_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}/balances".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountBalancesResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountBalancesResponse.from_dict(json.loads(response.content, parse_float=Decimal))

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
) -> Response[AccountBalancesResponse | ErrorResponse]:
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
    top_margin_contributors_limit: int | Unset = UNSET,
) -> Response[AccountBalancesResponse | ErrorResponse]:
    """Get account balances

     Cash, equity, buying power, P&L and (for margin accounts) margin figures, computed in real
    time. Requires view permission on the account.

    Relationships the vendor documents: `equity = trade_cash + long_market_value -
    short_market_value`; `daily_realized_pnl = daily_pnl - daily_unrealized_pnl`;
    `daily_change = equity - sod.equity`; `margin_details.initial_margin_excess = equity -
    margin_details.initial_margin_requirement` (and the same for maintenance and overnight).

    Args:
        account_id (int):
        top_margin_contributors_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBalancesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        top_margin_contributors_limit=top_margin_contributors_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    top_margin_contributors_limit: int | Unset = UNSET,
) -> AccountBalancesResponse | ErrorResponse | None:
    """Get account balances

     Cash, equity, buying power, P&L and (for margin accounts) margin figures, computed in real
    time. Requires view permission on the account.

    Relationships the vendor documents: `equity = trade_cash + long_market_value -
    short_market_value`; `daily_realized_pnl = daily_pnl - daily_unrealized_pnl`;
    `daily_change = equity - sod.equity`; `margin_details.initial_margin_excess = equity -
    margin_details.initial_margin_requirement` (and the same for maintenance and overnight).

    Args:
        account_id (int):
        top_margin_contributors_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBalancesResponse | ErrorResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        top_margin_contributors_limit=top_margin_contributors_limit,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    top_margin_contributors_limit: int | Unset = UNSET,
) -> Response[AccountBalancesResponse | ErrorResponse]:
    """Get account balances

     Cash, equity, buying power, P&L and (for margin accounts) margin figures, computed in real
    time. Requires view permission on the account.

    Relationships the vendor documents: `equity = trade_cash + long_market_value -
    short_market_value`; `daily_realized_pnl = daily_pnl - daily_unrealized_pnl`;
    `daily_change = equity - sod.equity`; `margin_details.initial_margin_excess = equity -
    margin_details.initial_margin_requirement` (and the same for maintenance and overnight).

    Args:
        account_id (int):
        top_margin_contributors_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBalancesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        top_margin_contributors_limit=top_margin_contributors_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    top_margin_contributors_limit: int | Unset = UNSET,
) -> AccountBalancesResponse | ErrorResponse | None:
    """Get account balances

     Cash, equity, buying power, P&L and (for margin accounts) margin figures, computed in real
    time. Requires view permission on the account.

    Relationships the vendor documents: `equity = trade_cash + long_market_value -
    short_market_value`; `daily_realized_pnl = daily_pnl - daily_unrealized_pnl`;
    `daily_change = equity - sod.equity`; `margin_details.initial_margin_excess = equity -
    margin_details.initial_margin_requirement` (and the same for maintenance and overnight).

    Args:
        account_id (int):
        top_margin_contributors_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBalancesResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            top_margin_contributors_limit=top_margin_contributors_limit,
        )
    ).parsed
