import datetime
import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.history_event_type import HistoryEventType
from ...models.history_response import HistoryResponse
from ...models.json_media_type import JsonMediaType
from ...models.tradier_errors import TradierErrors
from ...models.tradier_fault import TradierFault
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: HistoryEventType | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    symbol: str | Unset = UNSET,
    exact_match: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = str(accept)

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params["symbol"] = symbol

    params["exactMatch"] = exact_match

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{account_id}/history".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HistoryResponse | TradierErrors | str | TradierFault | str | None:
    if response.status_code == 200:
        response_200 = HistoryResponse.from_dict(json.loads(response.content, parse_float=Decimal))

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

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HistoryResponse | TradierErrors | str | TradierFault | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: HistoryEventType | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    symbol: str | Unset = UNSET,
    exact_match: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> Response[HistoryResponse | TradierErrors | str | TradierFault | str]:
    """Get an account's history

     Events that moved cash or securities in the account, fed nightly by the clearing firm (no
    intraday events, no times of day, no order numbers). Filters combine; paging is described in
    the contract's introduction: pages are 1-based, a page past the last answers
    `{"history": "null"}`, and a client stops at the first such page. Use `event_list()` on the
    parsed body.

    Args:
        account_id (str):
        page (int | Unset):
        limit (int | Unset):
        type_ (HistoryEventType | Unset): Kind of history event; also the `type` filter of the
            history operation.
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        symbol (str | Unset):
        exact_match (str | Unset): A boolean as the vendor's query strings carry it: `true` or
            `false` in any letter case
            (`True`/`False` from Python clients).
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HistoryResponse | TradierErrors | str | TradierFault | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        page=page,
        limit=limit,
        type_=type_,
        start=start,
        end=end,
        symbol=symbol,
        exact_match=exact_match,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: HistoryEventType | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    symbol: str | Unset = UNSET,
    exact_match: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> HistoryResponse | TradierErrors | str | TradierFault | str | None:
    """Get an account's history

     Events that moved cash or securities in the account, fed nightly by the clearing firm (no
    intraday events, no times of day, no order numbers). Filters combine; paging is described in
    the contract's introduction: pages are 1-based, a page past the last answers
    `{"history": "null"}`, and a client stops at the first such page. Use `event_list()` on the
    parsed body.

    Args:
        account_id (str):
        page (int | Unset):
        limit (int | Unset):
        type_ (HistoryEventType | Unset): Kind of history event; also the `type` filter of the
            history operation.
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        symbol (str | Unset):
        exact_match (str | Unset): A boolean as the vendor's query strings carry it: `true` or
            `false` in any letter case
            (`True`/`False` from Python clients).
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HistoryResponse | TradierErrors | str | TradierFault | str
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        page=page,
        limit=limit,
        type_=type_,
        start=start,
        end=end,
        symbol=symbol,
        exact_match=exact_match,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: HistoryEventType | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    symbol: str | Unset = UNSET,
    exact_match: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> Response[HistoryResponse | TradierErrors | str | TradierFault | str]:
    """Get an account's history

     Events that moved cash or securities in the account, fed nightly by the clearing firm (no
    intraday events, no times of day, no order numbers). Filters combine; paging is described in
    the contract's introduction: pages are 1-based, a page past the last answers
    `{"history": "null"}`, and a client stops at the first such page. Use `event_list()` on the
    parsed body.

    Args:
        account_id (str):
        page (int | Unset):
        limit (int | Unset):
        type_ (HistoryEventType | Unset): Kind of history event; also the `type` filter of the
            history operation.
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        symbol (str | Unset):
        exact_match (str | Unset): A boolean as the vendor's query strings carry it: `true` or
            `false` in any letter case
            (`True`/`False` from Python clients).
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HistoryResponse | TradierErrors | str | TradierFault | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        page=page,
        limit=limit,
        type_=type_,
        start=start,
        end=end,
        symbol=symbol,
        exact_match=exact_match,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: HistoryEventType | Unset = UNSET,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    symbol: str | Unset = UNSET,
    exact_match: str | Unset = UNSET,
    accept: JsonMediaType | Unset = JsonMediaType.APPLICATION_JSON,
) -> HistoryResponse | TradierErrors | str | TradierFault | str | None:
    """Get an account's history

     Events that moved cash or securities in the account, fed nightly by the clearing firm (no
    intraday events, no times of day, no order numbers). Filters combine; paging is described in
    the contract's introduction: pages are 1-based, a page past the last answers
    `{"history": "null"}`, and a client stops at the first such page. Use `event_list()` on the
    parsed body.

    Args:
        account_id (str):
        page (int | Unset):
        limit (int | Unset):
        type_ (HistoryEventType | Unset): Kind of history event; also the `type` filter of the
            history operation.
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        symbol (str | Unset):
        exact_match (str | Unset): A boolean as the vendor's query strings carry it: `true` or
            `false` in any letter case
            (`True`/`False` from Python clients).
        accept (JsonMediaType | Unset): The JSON media type, the only response format this
            contract describes. Default: JsonMediaType.APPLICATION_JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HistoryResponse | TradierErrors | str | TradierFault | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            page=page,
            limit=limit,
            type_=type_,
            start=start,
            end=end,
            symbol=symbol,
            exact_match=exact_match,
            accept=accept,
        )
    ).parsed
