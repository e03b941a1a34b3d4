from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.positions_response import PositionsResponse
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_positions",
    statuses=("200", "400", "401", "403", "404", "429", "500", "503", "504"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(),
)


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


def _parse_response(response: httpx.Response) -> PositionsResponse:
    if response.status_code == 200:
        response_200 = PositionsResponse.from_dict(json_body(response, OPERATION))

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

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_503

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_504

    return None


def sync_detailed(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    symbol: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PositionsResponse]:
    """Get positions of accounts (with the status, headers and raw bytes)

    Open positions of `Cash`, `Margin`, `Futures` and `DVP` accounts, optionally filtered by
    symbol, and an `Errors` entry for each account that could not be served.

    Args:
        accounts (str):
        symbol (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        accounts=accounts,
        symbol=UNSET if symbol is None else symbol,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    symbol: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PositionsResponse:
    """Get positions of accounts

    Open positions of `Cash`, `Margin`, `Futures` and `DVP` accounts, optionally filtered by
    symbol, and an `Errors` entry for each account that could not be served.

    Args:
        accounts (str):
        symbol (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        accounts=accounts, symbol=symbol, client=client, max_retries=max_retries, timeout=timeout
    ).parsed


async def asyncio_detailed(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    symbol: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PositionsResponse]:
    """Get positions of accounts (with the status, headers and raw bytes)

    Open positions of `Cash`, `Margin`, `Futures` and `DVP` accounts, optionally filtered by
    symbol, and an `Errors` entry for each account that could not be served.

    Args:
        accounts (str):
        symbol (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        accounts=accounts,
        symbol=UNSET if symbol is None else symbol,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
    symbol: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PositionsResponse:
    """Get positions of accounts

    Open positions of `Cash`, `Margin`, `Futures` and `DVP` accounts, optionally filtered by
    symbol, and an `Errors` entry for each account that could not be served.

    Args:
        accounts (str):
        symbol (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(
            accounts=accounts, symbol=symbol, client=client, max_retries=max_retries, timeout=timeout
        )
    ).parsed
