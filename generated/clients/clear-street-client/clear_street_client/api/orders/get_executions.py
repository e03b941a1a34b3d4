import datetime
import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.execution_list_response import ExecutionListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: int,
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    instrument_ids: list[str] | Unset = UNSET,
    order_ids: list[str] | Unset = UNSET,
    underlying_instrument_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_instrument_ids: str | Unset = UNSET
    if not isinstance(instrument_ids, Unset):
        json_instrument_ids = ",".join(str(item) for item in instrument_ids)

    params["instrument_ids"] = json_instrument_ids

    json_order_ids: str | Unset = UNSET
    if not isinstance(order_ids, Unset):
        json_order_ids = ",".join(str(item) for item in order_ids)

    params["order_ids"] = json_order_ids

    json_underlying_instrument_ids: str | Unset = UNSET
    if not isinstance(underlying_instrument_ids, Unset):
        json_underlying_instrument_ids = ",".join(str(item) for item in underlying_instrument_ids)

    params["underlying_instrument_ids"] = json_underlying_instrument_ids

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}/executions".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExecutionListResponse | None:
    if response.status_code == 200:
        response_200 = ExecutionListResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_500

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ExecutionListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    instrument_ids: list[str] | Unset = UNSET,
    order_ids: list[str] | Unset = UNSET,
    underlying_instrument_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | ExecutionListResponse]:
    """List executions (fills)

     The filled and partially filled execution reports of the account, most recent
    `transaction_time` first, paginated like the order list. `order_id` links each to its order
    (`get_orders`, `get_order_by_id`); a fill's `quantity` is unsigned and its `side` says the
    direction, so the change of a position is the sum of its BUY quantities minus its SELL
    quantities. A multi-leg order reports strategy-level fills (no instrument and no price, the
    quantity in packages) besides the fills of its legs; see `Execution`. Added 2026-05-22.
    Requires view permission.

    Args:
        account_id (int):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        instrument_ids (list[str] | Unset):
        order_ids (list[str] | Unset):
        underlying_instrument_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExecutionListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        from_=from_,
        to=to,
        instrument_ids=instrument_ids,
        order_ids=order_ids,
        underlying_instrument_ids=underlying_instrument_ids,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    instrument_ids: list[str] | Unset = UNSET,
    order_ids: list[str] | Unset = UNSET,
    underlying_instrument_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | ExecutionListResponse | None:
    """List executions (fills)

     The filled and partially filled execution reports of the account, most recent
    `transaction_time` first, paginated like the order list. `order_id` links each to its order
    (`get_orders`, `get_order_by_id`); a fill's `quantity` is unsigned and its `side` says the
    direction, so the change of a position is the sum of its BUY quantities minus its SELL
    quantities. A multi-leg order reports strategy-level fills (no instrument and no price, the
    quantity in packages) besides the fills of its legs; see `Execution`. Added 2026-05-22.
    Requires view permission.

    Args:
        account_id (int):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        instrument_ids (list[str] | Unset):
        order_ids (list[str] | Unset):
        underlying_instrument_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExecutionListResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        from_=from_,
        to=to,
        instrument_ids=instrument_ids,
        order_ids=order_ids,
        underlying_instrument_ids=underlying_instrument_ids,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    instrument_ids: list[str] | Unset = UNSET,
    order_ids: list[str] | Unset = UNSET,
    underlying_instrument_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
) -> Response[ErrorResponse | ExecutionListResponse]:
    """List executions (fills)

     The filled and partially filled execution reports of the account, most recent
    `transaction_time` first, paginated like the order list. `order_id` links each to its order
    (`get_orders`, `get_order_by_id`); a fill's `quantity` is unsigned and its `side` says the
    direction, so the change of a position is the sum of its BUY quantities minus its SELL
    quantities. A multi-leg order reports strategy-level fills (no instrument and no price, the
    quantity in packages) besides the fills of its legs; see `Execution`. Added 2026-05-22.
    Requires view permission.

    Args:
        account_id (int):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        instrument_ids (list[str] | Unset):
        order_ids (list[str] | Unset):
        underlying_instrument_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExecutionListResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        from_=from_,
        to=to,
        instrument_ids=instrument_ids,
        order_ids=order_ids,
        underlying_instrument_ids=underlying_instrument_ids,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    instrument_ids: list[str] | Unset = UNSET,
    order_ids: list[str] | Unset = UNSET,
    underlying_instrument_ids: list[str] | Unset = UNSET,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
) -> ErrorResponse | ExecutionListResponse | None:
    """List executions (fills)

     The filled and partially filled execution reports of the account, most recent
    `transaction_time` first, paginated like the order list. `order_id` links each to its order
    (`get_orders`, `get_order_by_id`); a fill's `quantity` is unsigned and its `side` says the
    direction, so the change of a position is the sum of its BUY quantities minus its SELL
    quantities. A multi-leg order reports strategy-level fills (no instrument and no price, the
    quantity in packages) besides the fills of its legs; see `Execution`. Added 2026-05-22.
    Requires view permission.

    Args:
        account_id (int):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        instrument_ids (list[str] | Unset):
        order_ids (list[str] | Unset):
        underlying_instrument_ids (list[str] | Unset):
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExecutionListResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            from_=from_,
            to=to,
            instrument_ids=instrument_ids,
            order_ids=order_ids,
            underlying_instrument_ids=underlying_instrument_ids,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
