from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.historical_orders_by_id_response import HistoricalOrdersByIdResponse
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_orders_by_id",
    statuses=("200", "400", "401", "403", "404", "429", "500", "503", "504"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(),
)


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


def _parse_response(response: httpx.Response) -> HistoricalOrdersByIdResponse:
    if response.status_code == 200:
        response_200 = HistoricalOrdersByIdResponse.from_dict(json_body(response, OPERATION))

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
    order_ids: str,
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[HistoricalOrdersByIdResponse]:
    """Get today's and open orders of accounts by id (with the status, headers and raw bytes)

    The named orders among the accounts' orders of today and open orders (see `get_orders`), in
    the order asked; not paginated, no `since`. Each id not found among them (unknown, another
    account's, or an order closed on an earlier day, which `historicalorders/{orderIds}` serves)
    gets an `Errors` item with its `OrderID` and `NotFound`, and each account that could not be
    served one without, in the same `200`.

    Args:
        accounts (str):
        order_ids (str):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        accounts=accounts,
        order_ids=order_ids,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    accounts: str,
    order_ids: str,
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> HistoricalOrdersByIdResponse:
    """Get today's and open orders of accounts by id

    The named orders among the accounts' orders of today and open orders (see `get_orders`), in
    the order asked; not paginated, no `since`. Each id not found among them (unknown, another
    account's, or an order closed on an earlier day, which `historicalorders/{orderIds}` serves)
    gets an `Errors` item with its `OrderID` and `NotFound`, and each account that could not be
    served one without, in the same `200`.

    Args:
        accounts (str):
        order_ids (str):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        accounts=accounts, order_ids=order_ids, client=client, max_retries=max_retries, timeout=timeout
    ).parsed


async def asyncio_detailed(
    accounts: str,
    order_ids: str,
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[HistoricalOrdersByIdResponse]:
    """Get today's and open orders of accounts by id (with the status, headers and raw bytes)

    The named orders among the accounts' orders of today and open orders (see `get_orders`), in
    the order asked; not paginated, no `since`. Each id not found among them (unknown, another
    account's, or an order closed on an earlier day, which `historicalorders/{orderIds}` serves)
    gets an `Errors` item with its `OrderID` and `NotFound`, and each account that could not be
    served one without, in the same `200`.

    Args:
        accounts (str):
        order_ids (str):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        accounts=accounts,
        order_ids=order_ids,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    accounts: str,
    order_ids: str,
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> HistoricalOrdersByIdResponse:
    """Get today's and open orders of accounts by id

    The named orders among the accounts' orders of today and open orders (see `get_orders`), in
    the order asked; not paginated, no `since`. Each id not found among them (unknown, another
    account's, or an order closed on an earlier day, which `historicalorders/{orderIds}` serves)
    gets an `Errors` item with its `OrderID` and `NotFound`, and each account that could not be
    served one without, in the same `200`.

    Args:
        accounts (str):
        order_ids (str):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(
            accounts=accounts, order_ids=order_ids, client=client, max_retries=max_retries, timeout=timeout
        )
    ).parsed
