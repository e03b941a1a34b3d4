from typing import Any

import httpx

from ... import errors
from ..._base_client import Operation, QuotaSignal, Timeout, asend, json_body, send
from ...client import AuthenticatedClient, Client
from ...models.json_media_type import JsonMediaType
from ...models.profile_response import ProfileResponse
from ...models.tradier_errors import TradierErrors
from ...models.tradier_fault import TradierFault
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_user_profile",
    statuses=("200", "400", "401", "500"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(QuotaSignal("400", "text/plain", "^Quota Violation"),),
)


def _get_kwargs(
    *,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = str(accept)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/user/profile",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ProfileResponse:
    if response.status_code == 200:
        response_200 = ProfileResponse.from_dict(json_body(response, OPERATION))

        return response_200

    raise errors.APIResponseValidationError(response, "$", "status", "not a documented success status")


def _error_body(response: httpx.Response) -> errors.ErrorBody | None:
    if response.status_code == 400:
        response_400: TradierErrors | str
        if response.headers.get("content-type", "").startswith("text/"):
            response_400 = response.text
        else:
            response_400 = TradierErrors.from_dict(json_body(response, OPERATION))

        return response_400

    if response.status_code == 401:
        response_401 = TradierFault.from_dict(json_body(response, OPERATION))

        return response_401

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ProfileResponse]:
    """Get the user's profile and accounts (with the status, headers and raw bytes)

    The user the access token belongs to, with every account it may use: the way to discover
    account numbers. `profile.account` is usually an object when the user has exactly one
    account (a one-element array is also accepted), an array otherwise. Use `account_list()`.

    Args:
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        accept=UNSET if accept is None else accept,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    *,
    client: AuthenticatedClient | Client,
    accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ProfileResponse:
    """Get the user's profile and accounts

    The user the access token belongs to, with every account it may use: the way to discover
    account numbers. `profile.account` is usually an object when the user has exactly one
    account (a one-element array is also accepted), an array otherwise. Use `account_list()`.

    Args:
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(accept=accept, client=client, max_retries=max_retries, timeout=timeout).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ProfileResponse]:
    """Get the user's profile and accounts (with the status, headers and raw bytes)

    The user the access token belongs to, with every account it may use: the way to discover
    account numbers. `profile.account` is usually an object when the user has exactly one
    account (a one-element array is also accepted), an array otherwise. Use `account_list()`.

    Args:
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        accept=UNSET if accept is None else accept,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    accept: JsonMediaType | None | Unset = JsonMediaType.APPLICATION_JSON,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ProfileResponse:
    """Get the user's profile and accounts

    The user the access token belongs to, with every account it may use: the way to discover
    account numbers. `profile.account` is usually an object when the user has exactly one
    account (a one-element array is also accepted), an array otherwise. Use `account_list()`.

    Args:
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (await asyncio_detailed(accept=accept, client=client, max_retries=max_retries, timeout=timeout)).parsed
