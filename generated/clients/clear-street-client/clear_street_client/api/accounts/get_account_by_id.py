from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ...client import AuthenticatedClient, Client
from ...models.account_response import AccountResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_account_by_id",
    statuses=("200", "400", "401", "403", "404", "429", "500", "5XX"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(),
)


def _get_kwargs(
    account_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AccountResponse:
    if response.status_code == 200:
        response_200 = AccountResponse.from_dict(json_body(response, OPERATION))

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
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[AccountResponse]:
    """Get an account with its holder's personal details (with the status, headers and raw bytes)

    Args:
        account_id (int):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AccountResponse:
    """Get an account with its holder's personal details

    Args:
        account_id (int):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(account_id=account_id, client=client, max_retries=max_retries, timeout=timeout).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[AccountResponse]:
    """Get an account with its holder's personal details (with the status, headers and raw bytes)

    Args:
        account_id (int):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AccountResponse:
    """Get an account with its holder's personal details

    Args:
        account_id (int):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(account_id=account_id, client=client, max_retries=max_retries, timeout=timeout)
    ).parsed
