import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.api_version_error_body import ApiVersionErrorBody
from ...models.app_key_error_body import AppKeyErrorBody
from ...models.message_error_body import MessageErrorBody
from ...models.server_error_body import ServerErrorBody
from ...models.trading_account import TradingAccount
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    version: ApiVersion,
    account_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v{version}/accounts/{account_id}".format(
            version=quote(str(version), safe=""),
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiVersionErrorBody
    | list[TradingAccount]
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | list[TradingAccount]
    | TradingAccount
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[TradingAccount] | TradingAccount:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_trading_account_response_type_0 = []
                _componentsschemas_trading_account_response_type_0 = data
                for (
                    componentsschemas_trading_account_list_item_data
                ) in _componentsschemas_trading_account_response_type_0:
                    componentsschemas_trading_account_list_item = TradingAccount.from_dict(
                        componentsschemas_trading_account_list_item_data
                    )

                    componentsschemas_trading_account_response_type_0.append(
                        componentsschemas_trading_account_list_item
                    )

                return componentsschemas_trading_account_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_trading_account_response_type_1 = TradingAccount.from_dict(data)

            return componentsschemas_trading_account_response_type_1

        response_200 = _parse_response_200(json.loads(response.content, parse_float=Decimal))

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> MessageErrorBody | ValidationErrorBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bad_request_body_type_0 = ValidationErrorBody.from_dict(data)

                return componentsschemas_bad_request_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_bad_request_body_type_1 = MessageErrorBody.from_dict(data)

            return componentsschemas_bad_request_body_type_1

        response_400 = _parse_response_400(json.loads(response.content, parse_float=Decimal))

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> AppKeyErrorBody | MessageErrorBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_unauthorized_body_type_0 = MessageErrorBody.from_dict(data)

                return componentsschemas_unauthorized_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_unauthorized_body_type_1 = AppKeyErrorBody.from_dict(data)

            return componentsschemas_unauthorized_body_type_1

        response_401 = _parse_response_401(json.loads(response.content, parse_float=Decimal))

        return response_401

    if response.status_code == 403:
        response_403 = AppKeyErrorBody.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ApiVersionErrorBody | list[TradingAccount] | MessageErrorBody:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_404_type_0 = []
                _response_404_type_0 = data
                for componentsschemas_trading_account_list_item_data in _response_404_type_0:
                    componentsschemas_trading_account_list_item = TradingAccount.from_dict(
                        componentsschemas_trading_account_list_item_data
                    )

                    response_404_type_0.append(componentsschemas_trading_account_list_item)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_route_not_found_body_type_0 = MessageErrorBody.from_dict(data)

                return componentsschemas_route_not_found_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_route_not_found_body_type_1 = ApiVersionErrorBody.from_dict(data)

            return componentsschemas_route_not_found_body_type_1

        response_404 = _parse_response_404(json.loads(response.content, parse_float=Decimal))

        return response_404

    if response.status_code == 422:

        def _parse_response_422(data: object) -> MessageErrorBody | ValidationErrorBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bad_request_body_type_0 = ValidationErrorBody.from_dict(data)

                return componentsschemas_bad_request_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_bad_request_body_type_1 = MessageErrorBody.from_dict(data)

            return componentsschemas_bad_request_body_type_1

        response_422 = _parse_response_422(json.loads(response.content, parse_float=Decimal))

        return response_422

    if response.status_code == 500:
        response_500 = ServerErrorBody.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ApiVersionErrorBody
    | list[TradingAccount]
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | list[TradingAccount]
    | TradingAccount
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    ApiVersionErrorBody
    | list[TradingAccount]
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | list[TradingAccount]
    | TradingAccount
]:
    """Get a trading account with its balances and settings

     The trading account's record: owner, type and permissions, cash, equity and margin figures.
    The 2019 syntax page, the 2019 swagger page and swagger-2026 declare an array of accounts;
    the 2019 narrative example is one object (`TradingAccountResponse` accepts both; the mock
    answers the array of one, the declared form). The 2019 pages document it on the broker
    ("private") API, where a non-administrator token gets `401`; swagger-2026 lists it in the
    trader API, and the mock answers the token's user for their own accounts (another user's
    account gets `401`, as on every account path). swagger-2026 documents `404` "Specified
    account was not found" with an array body (presumably empty).

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiVersionErrorBody | list[TradingAccount] | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody | list[TradingAccount] | TradingAccount]
    """

    kwargs = _get_kwargs(
        version=version,
        account_id=account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    ApiVersionErrorBody
    | list[TradingAccount]
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | list[TradingAccount]
    | TradingAccount
    | None
):
    """Get a trading account with its balances and settings

     The trading account's record: owner, type and permissions, cash, equity and margin figures.
    The 2019 syntax page, the 2019 swagger page and swagger-2026 declare an array of accounts;
    the 2019 narrative example is one object (`TradingAccountResponse` accepts both; the mock
    answers the array of one, the declared form). The 2019 pages document it on the broker
    ("private") API, where a non-administrator token gets `401`; swagger-2026 lists it in the
    trader API, and the mock answers the token's user for their own accounts (another user's
    account gets `401`, as on every account path). swagger-2026 documents `404` "Specified
    account was not found" with an array body (presumably empty).

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiVersionErrorBody | list[TradingAccount] | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody | list[TradingAccount] | TradingAccount
    """

    return sync_detailed(
        version=version,
        account_id=account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    ApiVersionErrorBody
    | list[TradingAccount]
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | list[TradingAccount]
    | TradingAccount
]:
    """Get a trading account with its balances and settings

     The trading account's record: owner, type and permissions, cash, equity and margin figures.
    The 2019 syntax page, the 2019 swagger page and swagger-2026 declare an array of accounts;
    the 2019 narrative example is one object (`TradingAccountResponse` accepts both; the mock
    answers the array of one, the declared form). The 2019 pages document it on the broker
    ("private") API, where a non-administrator token gets `401`; swagger-2026 lists it in the
    trader API, and the mock answers the token's user for their own accounts (another user's
    account gets `401`, as on every account path). swagger-2026 documents `404` "Specified
    account was not found" with an array body (presumably empty).

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiVersionErrorBody | list[TradingAccount] | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody | list[TradingAccount] | TradingAccount]
    """

    kwargs = _get_kwargs(
        version=version,
        account_id=account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    ApiVersionErrorBody
    | list[TradingAccount]
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | list[TradingAccount]
    | TradingAccount
    | None
):
    """Get a trading account with its balances and settings

     The trading account's record: owner, type and permissions, cash, equity and margin figures.
    The 2019 syntax page, the 2019 swagger page and swagger-2026 declare an array of accounts;
    the 2019 narrative example is one object (`TradingAccountResponse` accepts both; the mock
    answers the array of one, the declared form). The 2019 pages document it on the broker
    ("private") API, where a non-administrator token gets `401`; swagger-2026 lists it in the
    trader API, and the mock answers the token's user for their own accounts (another user's
    account gets `401`, as on every account path). swagger-2026 documents `404` "Specified
    account was not found" with an array body (presumably empty).

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiVersionErrorBody | list[TradingAccount] | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody | list[TradingAccount] | TradingAccount
    """

    return (
        await asyncio_detailed(
            version=version,
            account_id=account_id,
            client=client,
        )
    ).parsed
