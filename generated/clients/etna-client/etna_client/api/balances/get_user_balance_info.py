import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_balance_info import AccountBalanceInfo
from ...models.api_version import ApiVersion
from ...models.api_version_error_body import ApiVersionErrorBody
from ...models.app_key_error_body import AppKeyErrorBody
from ...models.message_error_body import MessageErrorBody
from ...models.server_error_body import ServerErrorBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    version: ApiVersion,
    user_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v{version}/users/{user_id}/balance-info".format(
            version=quote(str(version), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AccountBalanceInfo
    | ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | None
):
    if response.status_code == 200:
        response_200 = AccountBalanceInfo.from_dict(json.loads(response.content, parse_float=Decimal))

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
    AccountBalanceInfo
    | ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: ApiVersion,
    user_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    AccountBalanceInfo
    | ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
]:
    """Get a user's balance map, aggregated over the user's accounts

     The balance map of `/accounts/{accountId}/info` for the group of trading accounts linked to
    the user: the same lowerCamelCase keys, every value a number (swagger-2026 declares a free
    map of doubles; ETNA's 2023 page shows an empty example block). How each key aggregates is
    undocumented: the mock sums the amounts and counts of the user's accounts and recomputes
    `changePercent` and `openPLPercent` from the sums. `userId` is ETNA's numeric user id (from
    `GET /v1.0/users/@me/info`); `@me` is documented for `/info` and `/accounts` only and does
    not bind here (`400`); another user's id gets `401`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBalanceInfo | ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody]
    """

    kwargs = _get_kwargs(
        version=version,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: ApiVersion,
    user_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    AccountBalanceInfo
    | ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | None
):
    """Get a user's balance map, aggregated over the user's accounts

     The balance map of `/accounts/{accountId}/info` for the group of trading accounts linked to
    the user: the same lowerCamelCase keys, every value a number (swagger-2026 declares a free
    map of doubles; ETNA's 2023 page shows an empty example block). How each key aggregates is
    undocumented: the mock sums the amounts and counts of the user's accounts and recomputes
    `changePercent` and `openPLPercent` from the sums. `userId` is ETNA's numeric user id (from
    `GET /v1.0/users/@me/info`); `@me` is documented for `/info` and `/accounts` only and does
    not bind here (`400`); another user's id gets `401`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBalanceInfo | ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody
    """

    return sync_detailed(
        version=version,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    version: ApiVersion,
    user_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    AccountBalanceInfo
    | ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
]:
    """Get a user's balance map, aggregated over the user's accounts

     The balance map of `/accounts/{accountId}/info` for the group of trading accounts linked to
    the user: the same lowerCamelCase keys, every value a number (swagger-2026 declares a free
    map of doubles; ETNA's 2023 page shows an empty example block). How each key aggregates is
    undocumented: the mock sums the amounts and counts of the user's accounts and recomputes
    `changePercent` and `openPLPercent` from the sums. `userId` is ETNA's numeric user id (from
    `GET /v1.0/users/@me/info`); `@me` is documented for `/info` and `/accounts` only and does
    not bind here (`400`); another user's id gets `401`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBalanceInfo | ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody]
    """

    kwargs = _get_kwargs(
        version=version,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: ApiVersion,
    user_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    AccountBalanceInfo
    | ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
    | None
):
    """Get a user's balance map, aggregated over the user's accounts

     The balance map of `/accounts/{accountId}/info` for the group of trading accounts linked to
    the user: the same lowerCamelCase keys, every value a number (swagger-2026 declares a free
    map of doubles; ETNA's 2023 page shows an empty example block). How each key aggregates is
    undocumented: the mock sums the amounts and counts of the user's accounts and recomputes
    `changePercent` and `openPLPercent` from the sums. `userId` is ETNA's numeric user id (from
    `GET /v1.0/users/@me/info`); `@me` is documented for `/info` and `/accounts` only and does
    not bind here (`400`); another user's id gets `401`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBalanceInfo | ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody
    """

    return (
        await asyncio_detailed(
            version=version,
            user_id=user_id,
            client=client,
        )
    ).parsed
