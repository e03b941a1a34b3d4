from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, QuotaSignal, Timeout, asend, json_body, send
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.equity_account import EquityAccount
from ...models.error import Error
from ...models.forex_account import ForexAccount
from ...models.futures_account import FuturesAccount
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_balances",
    statuses=("200", "400", "401", "403", "404", "500", "502", "504"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(QuotaSignal("403", "text/html", None),),
)


def _get_kwargs(
    account_keys: str,
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
        "url": "/v2/accounts/{account_keys}/balances".format(
            account_keys=quote(str(account_keys), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[EquityAccount | ForexAccount | FuturesAccount]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_body(response, OPERATION)
        for componentsschemas_account_balances_item_data in _response_200:

            def _parse_componentsschemas_account_balances_item(
                data: object,
            ) -> EquityAccount | ForexAccount | FuturesAccount:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_account_type_0 = EquityAccount.from_dict(data)

                    return componentsschemas_account_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_account_type_1 = FuturesAccount.from_dict(data)

                    return componentsschemas_account_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_account_type_2 = ForexAccount.from_dict(data)

                return componentsschemas_account_type_2

            componentsschemas_account_balances_item = _parse_componentsschemas_account_balances_item(
                componentsschemas_account_balances_item_data
            )

            response_200.append(componentsschemas_account_balances_item)

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
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[EquityAccount | ForexAccount | FuturesAccount]]:
    """Get balances of accounts (with the status, headers and raw bytes)

    One balance object per requested account, in an array, whatever the number of keys. The
    object's kind follows the account's `Type`: `EquityAccount` (`C`, `M`, `D`),
    `FuturesAccount` (`F`, with `CurrencyDetails` per currency) or `ForexAccount` (`X`, with
    `CurrencyDetails`).

    The documentation's first example shows a single account as a bare object, without the
    array; the API returns the array, and the contract rejects the bare form.

    Args:
        account_keys (str):
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
        account_keys=account_keys,
        api_version=UNSET if api_version is None else api_version,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[EquityAccount | ForexAccount | FuturesAccount]:
    """Get balances of accounts

    One balance object per requested account, in an array, whatever the number of keys. The
    object's kind follows the account's `Type`: `EquityAccount` (`C`, `M`, `D`),
    `FuturesAccount` (`F`, with `CurrencyDetails` per currency) or `ForexAccount` (`X`, with
    `CurrencyDetails`).

    The documentation's first example shows a single account as a bare object, without the
    array; the API returns the array, and the contract rejects the bare form.

    Args:
        account_keys (str):
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
        account_keys=account_keys, api_version=api_version, client=client, max_retries=max_retries, timeout=timeout
    ).parsed


async def asyncio_detailed(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[EquityAccount | ForexAccount | FuturesAccount]]:
    """Get balances of accounts (with the status, headers and raw bytes)

    One balance object per requested account, in an array, whatever the number of keys. The
    object's kind follows the account's `Type`: `EquityAccount` (`C`, `M`, `D`),
    `FuturesAccount` (`F`, with `CurrencyDetails` per currency) or `ForexAccount` (`X`, with
    `CurrencyDetails`).

    The documentation's first example shows a single account as a bare object, without the
    array; the API returns the array, and the contract rejects the bare form.

    Args:
        account_keys (str):
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
        account_keys=account_keys,
        api_version=UNSET if api_version is None else api_version,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[EquityAccount | ForexAccount | FuturesAccount]:
    """Get balances of accounts

    One balance object per requested account, in an array, whatever the number of keys. The
    object's kind follows the account's `Type`: `EquityAccount` (`C`, `M`, `D`),
    `FuturesAccount` (`F`, with `CurrencyDetails` per currency) or `ForexAccount` (`X`, with
    `CurrencyDetails`).

    The documentation's first example shows a single account as a bare object, without the
    array; the API returns the array, and the contract rejects the bare form.

    Args:
        account_keys (str):
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
            account_keys=account_keys, api_version=api_version, client=client, max_retries=max_retries, timeout=timeout
        )
    ).parsed
