import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_info import AccountInfo
from ...models.api_version import ApiVersion
from ...models.error import Error
from ...types import UNSET, Response, Unset


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | str | list[AccountInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json.loads(response.content, parse_float=Decimal)
        for componentsschemas_user_accounts_item_data in _response_200:
            componentsschemas_user_accounts_item = AccountInfo.from_dict(componentsschemas_user_accounts_item_data)

            response_200.append(componentsschemas_user_accounts_item)

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
) -> Response[Error | Error | str | list[AccountInfo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | Unset = UNSET,
) -> Response[Error | Error | str | list[AccountInfo]]:
    """List a user's accounts

     Every account the user may see, with the `Key` that `{account_keys}` takes elsewhere.

    Args:
        user_id (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | str | list[AccountInfo]]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | Unset = UNSET,
) -> Error | Error | str | list[AccountInfo] | None:
    """List a user's accounts

     Every account the user may see, with the `Key` that `{account_keys}` takes elsewhere.

    Args:
        user_id (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | str | list[AccountInfo]
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | Unset = UNSET,
) -> Response[Error | Error | str | list[AccountInfo]]:
    """List a user's accounts

     Every account the user may see, with the `Key` that `{account_keys}` takes elsewhere.

    Args:
        user_id (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | str | list[AccountInfo]]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ApiVersion | Unset = UNSET,
) -> Error | Error | str | list[AccountInfo] | None:
    """List a user's accounts

     Every account the user may see, with the `Key` that `{account_keys}` takes elsewhere.

    Args:
        user_id (str):
        api_version (ApiVersion | Unset): `20160101` is the latest; `20101026` is what the service
            answers when none is asked for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | str | list[AccountInfo]
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            api_version=api_version,
        )
    ).parsed
