from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ..._pagination import Paging
from ...client import AuthenticatedClient
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

OPERATION = Operation(
    operation_id="get_positions",
    statuses=("200", "400", "401", "403", "404", "422", "500"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(),
)
PAGING = Paging(
    style="page",
    first_page=0,
    items=("result",),
    next=("next_page_link",),
    operation="get_positions",
)


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


def _parse_response(response: httpx.Response) -> list[Position] | PositionPage:
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

        response_200 = _parse_response_200(json_body(response, OPERATION))

        return response_200

    raise errors.APIResponseValidationError(response, "$", "status", "not a documented success status")


def _error_body(response: httpx.Response) -> errors.ErrorBody | None:
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

        response_400 = _parse_response_400(json_body(response, OPERATION))

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

        response_401 = _parse_response_401(json_body(response, OPERATION))

        return response_401

    if response.status_code == 403:
        response_403 = AppKeyErrorBody.from_dict(json_body(response, OPERATION))

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

        response_404 = _parse_response_404(json_body(response, OPERATION))

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

        response_422 = _parse_response_422(json_body(response, OPERATION))

        return response_422

    if response.status_code == 500:
        response_500 = ServerErrorBody.from_dict(json_body(response, OPERATION))

        return response_500

    return None


def sync_detailed(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int,
    page_size: int,
    sort_field: PositionSortField,
    desc: bool,
    filter_: str | None | Unset = UNSET,
    is_report: bool | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[Position] | PositionPage]:
    """List a trading account's open positions (paged) (with the status, headers and raw bytes)

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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        version=version,
        account_id=account_id,
        page_number=page_number,
        page_size=page_size,
        sort_field=sort_field,
        desc=desc,
        filter_=UNSET if filter_ is None else filter_,
        is_report=UNSET if is_report is None else is_report,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int,
    page_size: int,
    sort_field: PositionSortField,
    desc: bool,
    filter_: str | None | Unset = UNSET,
    is_report: bool | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[Position] | PositionPage:
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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        version=version,
        account_id=account_id,
        page_number=page_number,
        page_size=page_size,
        sort_field=sort_field,
        desc=desc,
        filter_=filter_,
        is_report=is_report,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
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
    filter_: str | None | Unset = UNSET,
    is_report: bool | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[Position] | PositionPage]:
    """List a trading account's open positions (paged) (with the status, headers and raw bytes)

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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        version=version,
        account_id=account_id,
        page_number=page_number,
        page_size=page_size,
        sort_field=sort_field,
        desc=desc,
        filter_=UNSET if filter_ is None else filter_,
        is_report=UNSET if is_report is None else is_report,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int,
    page_size: int,
    sort_field: PositionSortField,
    desc: bool,
    filter_: str | None | Unset = UNSET,
    is_report: bool | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[Position] | PositionPage:
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
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(
            version=version,
            account_id=account_id,
            page_number=page_number,
            page_size=page_size,
            sort_field=sort_field,
            desc=desc,
            filter_=filter_,
            is_report=is_report,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        )
    ).parsed


def sync_pages(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int | None | Unset = UNSET,
    page_size: int,
    sort_field: PositionSortField,
    desc: bool,
    filter_: str | None | Unset = UNSET,
    is_report: bool | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[list[Position] | PositionPage]:
    """List a trading account's open positions (paged): every page, fetched as the iteration reaches it (from `page_number` when given)."""
    return PAGING.pages(
        lambda _page: sync(
            version=version,
            account_id=account_id,
            page_number=_page,
            page_size=page_size,
            sort_field=sort_field,
            desc=desc,
            filter_=filter_,
            is_report=is_report,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        ),
        page_number,
        page_size,
        client.max_pages,
    )


def sync_items(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int | None | Unset = UNSET,
    page_size: int,
    sort_field: PositionSortField,
    desc: bool,
    filter_: str | None | Unset = UNSET,
    is_report: bool | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Iterator[Position]:
    """List a trading account's open positions (paged): every item of every page, in order."""
    for _fetched in sync_pages(
        version=version,
        account_id=account_id,
        page_number=page_number,
        page_size=page_size,
        sort_field=sort_field,
        desc=desc,
        filter_=filter_,
        is_report=is_report,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        yield from PAGING.items_of(_fetched)


def asyncio_pages(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int | None | Unset = UNSET,
    page_size: int,
    sort_field: PositionSortField,
    desc: bool,
    filter_: str | None | Unset = UNSET,
    is_report: bool | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[list[Position] | PositionPage]:
    """List a trading account's open positions (paged): every page, fetched as the iteration reaches it (from `page_number` when given)."""
    return PAGING.apages(
        lambda _page: asyncio(
            version=version,
            account_id=account_id,
            page_number=_page,
            page_size=page_size,
            sort_field=sort_field,
            desc=desc,
            filter_=filter_,
            is_report=is_report,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        ),
        page_number,
        page_size,
        client.max_pages,
    )


async def asyncio_items(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    page_number: int | None | Unset = UNSET,
    page_size: int,
    sort_field: PositionSortField,
    desc: bool,
    filter_: str | None | Unset = UNSET,
    is_report: bool | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AsyncIterator[Position]:
    """List a trading account's open positions (paged): every item of every page, in order."""
    async for _fetched in asyncio_pages(
        version=version,
        account_id=account_id,
        page_number=page_number,
        page_size=page_size,
        sort_field=sort_field,
        desc=desc,
        filter_=filter_,
        is_report=is_report,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ):
        for _item in PAGING.items_of(_fetched):
            yield _item
