from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, QuotaSignal, Timeout, asend, json_body, send
from ...client import AuthenticatedClient, Client
from ...models.account_info import AccountInfo
from ...models.api_version import ApiVersion
from ...models.error import Error
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_user_accounts",
    statuses=("200", "400", "401", "403", "404", "500", "502", "504"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(QuotaSignal("403", "text/html", None),),
)


def _get_kwargs(
    user_id: str,
    *,
    api_version: ApiVersion | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_api_version: str | Unset = UNSET
    if not isinstance(api_version, Unset):
        json_api_version = api_version.value

    params["APIVersion"] = json_api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/users/{user_id}/accounts".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[AccountInfo]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_body(response, OPERATION)
        for componentsschemas_user_accounts_item_data in _response_200:
            componentsschemas_user_accounts_item = AccountInfo.from_dict(componentsschemas_user_accounts_item_data)

            response_200.append(componentsschemas_user_accounts_item)

        return response_200

    raise errors.APIResponseValidationError(response, "$", "status", "not a documented success status")


def _error_body(response: httpx.Response) -> errors.ErrorBody | None:
    if response.status_code == 400:
        response_400 = Error.from_dict(json_body(response, OPERATION))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json_body(response, OPERATION))

        return response_401

    if response.status_code == 403:
        response_403: Error | str
        if response.headers.get("content-type", "").startswith("text/"):
            response_403 = response.text
        else:
            response_403 = Error.from_dict(json_body(response, OPERATION))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(json_body(response, OPERATION))

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(json_body(response, OPERATION))

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(json_body(response, OPERATION))

        return response_502

    if response.status_code == 504:
        response_504 = Error.from_dict(json_body(response, OPERATION))

        return response_504

    return None


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[AccountInfo]]:
    """List a user's accounts (with the status, headers and raw bytes)

    Every account the user may see, with the `Key` that `{account_keys}` takes elsewhere.

    Args:
        user_id (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        api_version=UNSET if api_version is None else api_version,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[AccountInfo]:
    """List a user's accounts

    Every account the user may see, with the `Key` that `{account_keys}` takes elsewhere.

    Args:
        user_id (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        user_id=user_id, api_version=api_version, client=client, max_retries=max_retries, timeout=timeout
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[AccountInfo]]:
    """List a user's accounts (with the status, headers and raw bytes)

    Every account the user may see, with the `Key` that `{account_keys}` takes elsewhere.

    Args:
        user_id (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        api_version=UNSET if api_version is None else api_version,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[AccountInfo]:
    """List a user's accounts

    Every account the user may see, with the `Key` that `{account_keys}` takes elsewhere.

    Args:
        user_id (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(
            user_id=user_id, api_version=api_version, client=client, max_retries=max_retries, timeout=timeout
        )
    ).parsed
