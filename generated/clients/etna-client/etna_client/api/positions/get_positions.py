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
from ...models.position_page import PositionPage
from ...models.position_sort_field import PositionSortField
from ...models.server_error_body import ServerErrorBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    version: ApiVersion,
    account_id: int,
    *,
    page_number: int,
    page_size: int,
    sort_field: PositionSortField,
    desc: bool,
    filter_: str | Unset = UNSET,
    is_report: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    json_sort_field = sort_field.value
    params["sortField"] = json_sort_field

    params["desc"] = desc

    params["filter"] = filter_

    params["isReport"] = is_report

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v{version}/accounts/{account_id}/positions".format(
            version=quote(str(version), safe=""),
            account_id=quote(str(account_id), safe=""),
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
    | PositionPage
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[Position] | PositionPage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_positions_response_type_0 = PositionPage.from_dict(data)

                return componentsschemas_positions_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_positions_response_type_1 = []
            _componentsschemas_positions_response_type_1 = data
            for componentsschemas_position_list_item_data in _componentsschemas_positions_response_type_1:
                componentsschemas_position_list_item = Position.from_dict(componentsschemas_position_list_item_data)

                componentsschemas_positions_response_type_1.append(componentsschemas_position_list_item)

            return componentsschemas_positions_response_type_1

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
    | PositionPage
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
    page_number: int,
    page_size: int,
    sort_field: PositionSortField,
    desc: bool,
    filter_: str | Unset = UNSET,
    is_report: bool | Unset = UNSET,
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
    | PositionPage
]:
    """List a trading account's open positions (paged)

     One page of the account's open positions. All four paging and sorting parameters are
    required; without them no route matches (`404`). The current answer is the paging wrapper;
    ETNA's narrative pages (2019 and 2023) show a bare array of every position instead (see
    `PositionsResponse`). A user id instead of an account id gets `500`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):
        page_number (int):
        page_size (int):
        sort_field (PositionSortField): A position property the list can be sorted by: every
            property swagger-2026 gives a position.
            The server matches the name in any letter case (`id`).
        desc (bool):
        filter_ (str | Unset):
        is_report (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody | list[Position] | PositionPage]
    """

    kwargs = _get_kwargs(
        version=version,
        account_id=account_id,
        page_number=page_number,
        page_size=page_size,
        sort_field=sort_field,
        desc=desc,
        filter_=filter_,
        is_report=is_report,
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
    page_number: int,
    page_size: int,
    sort_field: PositionSortField,
    desc: bool,
    filter_: str | Unset = UNSET,
    is_report: bool | Unset = UNSET,
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
    | PositionPage
    | None
):
    """List a trading account's open positions (paged)

     One page of the account's open positions. All four paging and sorting parameters are
    required; without them no route matches (`404`). The current answer is the paging wrapper;
    ETNA's narrative pages (2019 and 2023) show a bare array of every position instead (see
    `PositionsResponse`). A user id instead of an account id gets `500`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):
        page_number (int):
        page_size (int):
        sort_field (PositionSortField): A position property the list can be sorted by: every
            property swagger-2026 gives a position.
            The server matches the name in any letter case (`id`).
        desc (bool):
        filter_ (str | Unset):
        is_report (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody | list[Position] | PositionPage
    """

    return sync_detailed(
        version=version,
        account_id=account_id,
        client=client,
        page_number=page_number,
        page_size=page_size,
        sort_field=sort_field,
        desc=desc,
        filter_=filter_,
        is_report=is_report,
    ).parsed


async def asyncio_detailed(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int,
    page_size: int,
    sort_field: PositionSortField,
    desc: bool,
    filter_: str | Unset = UNSET,
    is_report: bool | Unset = UNSET,
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
    | PositionPage
]:
    """List a trading account's open positions (paged)

     One page of the account's open positions. All four paging and sorting parameters are
    required; without them no route matches (`404`). The current answer is the paging wrapper;
    ETNA's narrative pages (2019 and 2023) show a bare array of every position instead (see
    `PositionsResponse`). A user id instead of an account id gets `500`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):
        page_number (int):
        page_size (int):
        sort_field (PositionSortField): A position property the list can be sorted by: every
            property swagger-2026 gives a position.
            The server matches the name in any letter case (`id`).
        desc (bool):
        filter_ (str | Unset):
        is_report (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody | list[Position] | PositionPage]
    """

    kwargs = _get_kwargs(
        version=version,
        account_id=account_id,
        page_number=page_number,
        page_size=page_size,
        sort_field=sort_field,
        desc=desc,
        filter_=filter_,
        is_report=is_report,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int,
    page_size: int,
    sort_field: PositionSortField,
    desc: bool,
    filter_: str | Unset = UNSET,
    is_report: bool | Unset = UNSET,
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
    | PositionPage
    | None
):
    """List a trading account's open positions (paged)

     One page of the account's open positions. All four paging and sorting parameters are
    required; without them no route matches (`404`). The current answer is the paging wrapper;
    ETNA's narrative pages (2019 and 2023) show a bare array of every position instead (see
    `PositionsResponse`). A user id instead of an account id gets `500`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):
        page_number (int):
        page_size (int):
        sort_field (PositionSortField): A position property the list can be sorted by: every
            property swagger-2026 gives a position.
            The server matches the name in any letter case (`id`).
        desc (bool):
        filter_ (str | Unset):
        is_report (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiVersionErrorBody | MessageErrorBody | AppKeyErrorBody | AppKeyErrorBody | MessageErrorBody | MessageErrorBody | ValidationErrorBody | ServerErrorBody | list[Position] | PositionPage
    """

    return (
        await asyncio_detailed(
            version=version,
            account_id=account_id,
            client=client,
            page_number=page_number,
            page_size=page_size,
            sort_field=sort_field,
            desc=desc,
            filter_=filter_,
            is_report=is_report,
        )
    ).parsed
