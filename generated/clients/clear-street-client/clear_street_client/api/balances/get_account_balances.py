from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ...client import AuthenticatedClient, Client
from ...models.account_balances_response import AccountBalancesResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_account_balances",
    statuses=("200", "400", "401", "403", "404", "429", "500", "5XX"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(),
)


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


def _parse_response(response: httpx.Response) -> AccountBalancesResponse:
    if response.status_code == 200:
        response_200 = AccountBalancesResponse.from_dict(json_body(response, OPERATION))

        return response_200

    raise errors.APIResponseValidationError(response, "$", "status", "not a documented success status")


def _error_body(response: httpx.Response) -> errors.ErrorBody | None:
    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_500

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_5xx

    return None


def sync_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    top_margin_contributors_limit: int | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[AccountBalancesResponse]:
    """Get account balances (with the status, headers and raw bytes)

    Cash, equity, buying power, P&L and (for margin accounts) margin figures, computed in real
    time. Requires view permission on the account.

    Relationships the vendor documents: `equity = trade_cash + long_market_value -
    short_market_value`; `daily_realized_pnl = daily_pnl - daily_unrealized_pnl`;
    `daily_change = equity - sod.equity`; `margin_details.initial_margin_excess = equity -
    margin_details.initial_margin_requirement` (and the same for maintenance and overnight).

    Args:
        account_id (int):
        top_margin_contributors_limit (int | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        top_margin_contributors_limit=UNSET if top_margin_contributors_limit is None else top_margin_contributors_limit,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    top_margin_contributors_limit: int | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AccountBalancesResponse:
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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        account_id=account_id,
        top_margin_contributors_limit=top_margin_contributors_limit,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    top_margin_contributors_limit: int | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[AccountBalancesResponse]:
    """Get account balances (with the status, headers and raw bytes)

    Cash, equity, buying power, P&L and (for margin accounts) margin figures, computed in real
    time. Requires view permission on the account.

    Relationships the vendor documents: `equity = trade_cash + long_market_value -
    short_market_value`; `daily_realized_pnl = daily_pnl - daily_unrealized_pnl`;
    `daily_change = equity - sod.equity`; `margin_details.initial_margin_excess = equity -
    margin_details.initial_margin_requirement` (and the same for maintenance and overnight).

    Args:
        account_id (int):
        top_margin_contributors_limit (int | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        top_margin_contributors_limit=UNSET if top_margin_contributors_limit is None else top_margin_contributors_limit,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    top_margin_contributors_limit: int | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AccountBalancesResponse:
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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            top_margin_contributors_limit=top_margin_contributors_limit,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        )
    ).parsed
