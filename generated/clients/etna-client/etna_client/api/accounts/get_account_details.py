import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_details import AccountDetails
from ...models.api_version import ApiVersion
from ...models.api_version_error_body import ApiVersionErrorBody
from ...models.app_key_error_body import AppKeyErrorBody
from ...models.message_error_body import MessageErrorBody
from ...models.server_error_body import ServerErrorBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    version: ApiVersion,
    account_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v{version}/accounts/{account_id}/details".format(
            version=quote(str(version), safe=""),
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AccountDetails
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
        response_200 = AccountDetails.from_dict(json.loads(response.content, parse_float=Decimal))

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
    AccountDetails
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
    account_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    AccountDetails
    | ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
]:
    """Get a trading account's opening record

     The account-management ("AMS") record the account was opened from: provider, form, owner,
    clearing account number and the form's data. Not the trading account itself: `Id` is a GUID,
    `User` the owner's user id as a string, and `FormDataReference` a JSON document in a string.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountDetails | ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody]
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
    AccountDetails
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
    """Get a trading account's opening record

     The account-management ("AMS") record the account was opened from: provider, form, owner,
    clearing account number and the form's data. Not the trading account itself: `Id` is a GUID,
    `User` the owner's user id as a string, and `FormDataReference` a JSON document in a string.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountDetails | ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody
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
    AccountDetails
    | ApiVersionErrorBody
    | MessageErrorBody
    | AppKeyErrorBody
    | AppKeyErrorBody
    | MessageErrorBody
    | MessageErrorBody
    | ValidationErrorBody
    | ServerErrorBody
]:
    """Get a trading account's opening record

     The account-management ("AMS") record the account was opened from: provider, form, owner,
    clearing account number and the form's data. Not the trading account itself: `Id` is a GUID,
    `User` the owner's user id as a string, and `FormDataReference` a JSON document in a string.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountDetails | ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody]
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
    AccountDetails
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
    """Get a trading account's opening record

     The account-management ("AMS") record the account was opened from: provider, form, owner,
    clearing account number and the form's data. Not the trading account itself: `Id` is a GUID,
    `User` the owner's user id as a string, and `FormDataReference` a JSON document in a string.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountDetails | ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody
    """

    return (
        await asyncio_detailed(
            version=version,
            account_id=account_id,
            client=client,
        )
    ).parsed
