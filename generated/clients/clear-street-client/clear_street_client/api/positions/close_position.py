from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ...client import AuthenticatedClient, Client
from ...models.close_position_request import ClosePositionRequest
from ...models.error_response import ErrorResponse
from ...models.order_list_response import OrderListResponse
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="close_position",
    statuses=("200", "400", "401", "403", "404", "409", "422", "429", "500", "5XX"),
    success=frozenset(["200"]),
    retry_safe=False,
    quota_signals=(),
)


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


def _parse_response(response: httpx.Response) -> OrderListResponse:
    if response.status_code == 200:
        response_200 = OrderListResponse.from_dict(json_body(response, OPERATION))

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(json_body(response, OPERATION))

        return response_422

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
    instrument_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClosePositionRequest | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[OrderListResponse]:
    """Close one position (with the status, headers and raw bytes)

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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        instrument_id=instrument_id,
        body=body,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    account_id: int,
    instrument_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClosePositionRequest | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> OrderListResponse:
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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        account_id=account_id,
        instrument_id=instrument_id,
        body=body,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    instrument_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClosePositionRequest | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[OrderListResponse]:
    """Close one position (with the status, headers and raw bytes)

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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        instrument_id=instrument_id,
        body=body,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    account_id: int,
    instrument_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClosePositionRequest | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> OrderListResponse:
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
            instrument_id=instrument_id,
            body=body,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        )
    ).parsed
