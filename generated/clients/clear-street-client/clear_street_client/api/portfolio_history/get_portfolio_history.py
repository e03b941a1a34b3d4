import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.portfolio_history_partial_response import PortfolioHistoryPartialResponse
from ...models.portfolio_history_response import PortfolioHistoryResponse
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_portfolio_history",
    statuses=("200", "207", "400", "401", "403", "404", "429", "500", "5XX"),
    success=frozenset(["200", "207"]),
    retry_safe=True,
    quota_signals=(),
)


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


def _parse_response(response: httpx.Response) -> PortfolioHistoryResponse | PortfolioHistoryPartialResponse:
    if response.status_code == 200:
        response_200 = PortfolioHistoryResponse.from_dict(json_body(response, OPERATION))

        return response_200

    if response.status_code == 207:
        response_207 = PortfolioHistoryPartialResponse.from_dict(json_body(response, OPERATION))

        return response_207

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
    start_date: datetime.date,
    end_date: datetime.date | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PortfolioHistoryResponse | PortfolioHistoryPartialResponse]:
    """Get portfolio history (with the status, headers and raw bytes)

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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        start_date=start_date,
        end_date=UNSET if end_date is None else end_date,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PortfolioHistoryResponse | PortfolioHistoryPartialResponse:
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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        account_id=account_id,
        start_date=start_date,
        end_date=end_date,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PortfolioHistoryResponse | PortfolioHistoryPartialResponse]:
    """Get portfolio history (with the status, headers and raw bytes)

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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        start_date=start_date,
        end_date=UNSET if end_date is None else end_date,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PortfolioHistoryResponse | PortfolioHistoryPartialResponse:
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
            start_date=start_date,
            end_date=end_date,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        )
    ).parsed
