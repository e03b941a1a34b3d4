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
from ...models.position import Position
from ...models.server_error_body import ServerErrorBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    version: ApiVersion,
    account_id: int,
    symbol: str,
    *,
    currency: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currency"] = currency

    params["exchange"] = exchange

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v{version}/accounts/{account_id}/positions/{symbol}".format(
            version=quote(str(version), safe=""),
            account_id=quote(str(account_id), safe=""),
            symbol=quote(str(symbol), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | list[Position]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = json.loads(response.content, parse_float=Decimal)
        for componentsschemas_position_list_item_data in _response_200:
            componentsschemas_position_list_item = Position.from_dict(componentsschemas_position_list_item_data)

            response_200.append(componentsschemas_position_list_item)

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

        def _parse_response_404(data: object) -> ApiVersionErrorBody | MessageErrorBody:
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
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | list[Position]
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
    symbol: str,
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
) -> Response[
    ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | list[Position]
]:
    """Get the account's positions in one security

     The positions held in the security with this ticker, as an array (empty when there is
    none). `currency` and `exchange` tell apart securities that share a ticker. The fixed path
    `positions/groups` takes precedence over a symbol named `groups`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):
        symbol (str):
        currency (str | Unset):
        exchange (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody | list[Position]]
    """

    kwargs = _get_kwargs(
        version=version,
        account_id=account_id,
        symbol=symbol,
        currency=currency,
        exchange=exchange,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: ApiVersion,
    account_id: int,
    symbol: str,
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
) -> (
    ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | list[Position]
    | None
):
    """Get the account's positions in one security

     The positions held in the security with this ticker, as an array (empty when there is
    none). `currency` and `exchange` tell apart securities that share a ticker. The fixed path
    `positions/groups` takes precedence over a symbol named `groups`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):
        symbol (str):
        currency (str | Unset):
        exchange (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody | list[Position]
    """

    return sync_detailed(
        version=version,
        account_id=account_id,
        symbol=symbol,
        client=client,
        currency=currency,
        exchange=exchange,
    ).parsed


async def asyncio_detailed(
    version: ApiVersion,
    account_id: int,
    symbol: str,
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
) -> Response[
    ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | list[Position]
]:
    """Get the account's positions in one security

     The positions held in the security with this ticker, as an array (empty when there is
    none). `currency` and `exchange` tell apart securities that share a ticker. The fixed path
    `positions/groups` takes precedence over a symbol named `groups`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):
        symbol (str):
        currency (str | Unset):
        exchange (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody | list[Position]]
    """

    kwargs = _get_kwargs(
        version=version,
        account_id=account_id,
        symbol=symbol,
        currency=currency,
        exchange=exchange,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: ApiVersion,
    account_id: int,
    symbol: str,
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
) -> (
    ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | list[Position]
    | None
):
    """Get the account's positions in one security

     The positions held in the security with this ticker, as an array (empty when there is
    none). `currency` and `exchange` tell apart securities that share a ticker. The fixed path
    `positions/groups` takes precedence over a symbol named `groups`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):
        symbol (str):
        currency (str | Unset):
        exchange (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody | list[Position]
    """

    return (
        await asyncio_detailed(
            version=version,
            account_id=account_id,
            symbol=symbol,
            client=client,
            currency=currency,
            exchange=exchange,
        )
    ).parsed
