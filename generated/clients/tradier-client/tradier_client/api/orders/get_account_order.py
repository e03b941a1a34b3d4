import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.json_media_type import JsonMediaType
from ...models.order_response import OrderResponse
from ...models.tradier_errors import TradierErrors
from ...models.tradier_fault import TradierFault
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    id: int,
    *,
    include_tags: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = str(accept)

    params: dict[str, Any] = {}

    params["includeTags"] = include_tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}/orders/{id}".format(
            account_id=quote(str(account_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderResponse | TradierErrors | TradierErrors | str | TradierFault | str | None:
    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_200

    if response.status_code == 400:
        response_400: TradierErrors | str
        if response.headers.get("content-type", "").startswith("text/"):
            response_400 = response.text
        else:
            response_400 = TradierErrors.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_400

    if response.status_code == 401:
        response_401 = TradierFault.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_401

    if response.status_code == 404:
        response_404 = TradierErrors.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_404

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderResponse | TradierErrors | TradierErrors | str | TradierFault | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include_tags: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> Response[OrderResponse | TradierErrors | TradierErrors | str | TradierFault | str]:
    """Get one of an account's orders

     One order by id, single-leg or multi-leg (its legs under `leg`). The vendor's pages mark
    `includeTags` "Required" with a default of `false`; clients send it optionally, and so
    does the contract. An id the account does not have is `404` (see the response).

    Args:
        account_id (str):
        id (int):
        include_tags (str | Unset): A boolean as the vendor's query strings carry it: `true` or
            `false` in any letter case
            (`True`/`False` from Python clients).
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderResponse | TradierErrors | TradierErrors | str | TradierFault | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        id=id,
        include_tags=include_tags,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include_tags: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> OrderResponse | TradierErrors | TradierErrors | str | TradierFault | str | None:
    """Get one of an account's orders

     One order by id, single-leg or multi-leg (its legs under `leg`). The vendor's pages mark
    `includeTags` "Required" with a default of `false`; clients send it optionally, and so
    does the contract. An id the account does not have is `404` (see the response).

    Args:
        account_id (str):
        id (int):
        include_tags (str | Unset): A boolean as the vendor's query strings carry it: `true` or
            `false` in any letter case
            (`True`/`False` from Python clients).
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderResponse | TradierErrors | TradierErrors | str | TradierFault | str
    """

    return sync_detailed(
        account_id=account_id,
        id=id,
        client=client,
        include_tags=include_tags,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include_tags: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> Response[OrderResponse | TradierErrors | TradierErrors | str | TradierFault | str]:
    """Get one of an account's orders

     One order by id, single-leg or multi-leg (its legs under `leg`). The vendor's pages mark
    `includeTags` "Required" with a default of `false`; clients send it optionally, and so
    does the contract. An id the account does not have is `404` (see the response).

    Args:
        account_id (str):
        id (int):
        include_tags (str | Unset): A boolean as the vendor's query strings carry it: `true` or
            `false` in any letter case
            (`True`/`False` from Python clients).
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderResponse | TradierErrors | TradierErrors | str | TradierFault | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        id=id,
        include_tags=include_tags,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include_tags: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> OrderResponse | TradierErrors | TradierErrors | str | TradierFault | str | None:
    """Get one of an account's orders

     One order by id, single-leg or multi-leg (its legs under `leg`). The vendor's pages mark
    `includeTags` "Required" with a default of `false`; clients send it optionally, and so
    does the contract. An id the account does not have is `404` (see the response).

    Args:
        account_id (str):
        id (int):
        include_tags (str | Unset): A boolean as the vendor's query strings carry it: `true` or
            `false` in any letter case
            (`True`/`False` from Python clients).
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderResponse | TradierErrors | TradierErrors | str | TradierFault | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            id=id,
            client=client,
            include_tags=include_tags,
            accept=accept,
        )
    ).parsed
