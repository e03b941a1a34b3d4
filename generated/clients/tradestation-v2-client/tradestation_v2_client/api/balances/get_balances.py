import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.equity_account import EquityAccount
from ...models.error import Error
from ...models.forex_account import ForexAccount
from ...models.futures_account import FuturesAccount
from ...types import UNSET, Response, Unset


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | str | list[EquityAccount | ForexAccount | FuturesAccount] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json.loads(response.content, parse_float=Decimal)
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

    if response.status_code == 400:
        response_400 = Error.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_401

    if response.status_code == 403:
        response_403: Error | str
        if response.headers.get("content-type", "").startswith("text/"):
            response_403 = response.text
        else:
            response_403 = Error.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_502

    if response.status_code == 504:
        response_504 = Error.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Error | str | list[EquityAccount | ForexAccount | FuturesAccount]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | Unset = UNSET,
) -> Response[Error | Error | str | list[EquityAccount | ForexAccount | FuturesAccount]]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | str | list[EquityAccount | ForexAccount | FuturesAccount]]
    """

    kwargs = _get_kwargs(
        account_keys=account_keys,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | Unset = UNSET,
) -> Error | Error | str | list[EquityAccount | ForexAccount | FuturesAccount] | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | str | list[EquityAccount | ForexAccount | FuturesAccount]
    """

    return sync_detailed(
        account_keys=account_keys,
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | Unset = UNSET,
) -> Response[Error | Error | str | list[EquityAccount | ForexAccount | FuturesAccount]]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | str | list[EquityAccount | ForexAccount | FuturesAccount]]
    """

    kwargs = _get_kwargs(
        account_keys=account_keys,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | Unset = UNSET,
) -> Error | Error | str | list[EquityAccount | ForexAccount | FuturesAccount] | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | str | list[EquityAccount | ForexAccount | FuturesAccount]
    """

    return (
        await asyncio_detailed(
            account_keys=account_keys,
            client=client,
            api_version=api_version,
        )
    ).parsed
