import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version import ApiVersion
from ...models.error import Error
from ...models.order_detail import OrderDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_keys: str,
    *,
    api_version: ApiVersion | Unset = UNSET,
    since: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_api_version: str | Unset = UNSET
    if not isinstance(api_version, Unset):
        json_api_version = api_version.value

    params["APIVersion"] = json_api_version

    params["since"] = since

    params["pageSize"] = page_size

    params["pageNum"] = page_num

    params["$filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/accounts/{account_keys}/orders".format(
            account_keys=quote(str(account_keys), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | str | list[OrderDetail] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json.loads(response.content, parse_float=Decimal)
        for componentsschemas_order_history_item_data in _response_200:
            componentsschemas_order_history_item = OrderDetail.from_dict(componentsschemas_order_history_item_data)

            response_200.append(componentsschemas_order_history_item)

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
) -> Response[Error | Error | str | list[OrderDetail]]:
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
    since: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[Error | Error | str | list[OrderDetail]]:
    """Get the order history of accounts

     v2 has no separate history operation. Without `since`, the orders that are open now or
    were created or executed today; with `since`, also the older orders back to that date.
    Most recent first; intermediate state changes are not kept.

    Pagination (`pageSize`, `pageNum`) applies separately to the current and to the historical
    orders when `since` is given. A page past the end is an empty array, not an error.

    Args:
        account_keys (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.
        since (str | Unset):
        page_size (int | Unset):
        page_num (int | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | str | list[OrderDetail]]
    """

    kwargs = _get_kwargs(
        account_keys=account_keys,
        api_version=api_version,
        since=since,
        page_size=page_size,
        page_num=page_num,
        filter_=filter_,
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
    since: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Error | Error | str | list[OrderDetail] | None:
    """Get the order history of accounts

     v2 has no separate history operation. Without `since`, the orders that are open now or
    were created or executed today; with `since`, also the older orders back to that date.
    Most recent first; intermediate state changes are not kept.

    Pagination (`pageSize`, `pageNum`) applies separately to the current and to the historical
    orders when `since` is given. A page past the end is an empty array, not an error.

    Args:
        account_keys (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.
        since (str | Unset):
        page_size (int | Unset):
        page_num (int | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | str | list[OrderDetail]
    """

    return sync_detailed(
        account_keys=account_keys,
        client=client,
        api_version=api_version,
        since=since,
        page_size=page_size,
        page_num=page_num,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | Unset = UNSET,
    since: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[Error | Error | str | list[OrderDetail]]:
    """Get the order history of accounts

     v2 has no separate history operation. Without `since`, the orders that are open now or
    were created or executed today; with `since`, also the older orders back to that date.
    Most recent first; intermediate state changes are not kept.

    Pagination (`pageSize`, `pageNum`) applies separately to the current and to the historical
    orders when `since` is given. A page past the end is an empty array, not an error.

    Args:
        account_keys (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.
        since (str | Unset):
        page_size (int | Unset):
        page_num (int | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | str | list[OrderDetail]]
    """

    kwargs = _get_kwargs(
        account_keys=account_keys,
        api_version=api_version,
        since=since,
        page_size=page_size,
        page_num=page_num,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_keys: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | Unset = UNSET,
    since: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Error | Error | str | list[OrderDetail] | None:
    """Get the order history of accounts

     v2 has no separate history operation. Without `since`, the orders that are open now or
    were created or executed today; with `since`, also the older orders back to that date.
    Most recent first; intermediate state changes are not kept.

    Pagination (`pageSize`, `pageNum`) applies separately to the current and to the historical
    orders when `since` is given. A page past the end is an empty array, not an error.

    Args:
        account_keys (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.
        since (str | Unset):
        page_size (int | Unset):
        page_num (int | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | str | list[OrderDetail]
    """

    return (
        await asyncio_detailed(
            account_keys=account_keys,
            client=client,
            api_version=api_version,
            since=since,
            page_size=page_size,
            page_num=page_num,
            filter_=filter_,
        )
    ).parsed
