"""The generated clients against a hostile or broken vendor (`httpx.MockTransport`): pagination that never
ends, absurd `Retry-After` values, a compressed body that inflates without bound. Pages are the mock's
own answers, replayed; every iteration is bounded (`islice`), so a client that would loop fails instead."""

from __future__ import annotations

import asyncio
import gzip
import itertools
import json
import math
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import clear_street_client
import etna_client
import httpx
import pytest
import tradier_client
import tradier_models.models
from etna_client.models import PositionSortField

from broker_contracts_mock.process import RunningMock
from scripts import json_text

from .test_client_sdk import V1, _call_balances, _facade, _ok, _sequence, _success_example

PAGE_LIMIT = 50  # more requests than any test below needs: a client still paging then loops


def _mock_page(mock: RunningMock, vendor: str, path: str, **params: Any) -> bytes:
    """One page as the mock answers it."""
    access = mock.vendors[vendor]
    answer = httpx.get(access.base_url + path, headers=dict(access.headers), params=params, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.content


def _replay(page: Callable[[httpx.Request], bytes]) -> tuple[Callable[[httpx.Request], httpx.Response], list[str]]:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(200, content=page(request), headers={"Content-Type": "application/json"})

    return handler, asked


def test_a_cursor_that_comes_back_after_another_ends_the_pages(broker_mock: RunningMock) -> None:
    """A -> B -> A, each page with an item of its own: the second A is not fetched (before, it was, forever)."""
    first = json.loads(
        _mock_page(broker_mock, "clear-street", "/v1/accounts/19816/positions", page_size=3), parse_float=Decimal
    )
    following = {None: ("A", 0), "A": ("B", 1), "B": ("A", 2)}

    def page(request: httpx.Request) -> bytes:
        cursor, item = following[request.url.params.get("page_token")]
        body = {**first, "data": [first["data"][item]], "metadata": {**first["metadata"], "next_page_token": cursor}}
        return json_text.dumps(body).encode()

    handler, asked = _replay(page)
    with _facade("clear-street", handler, max_retries=0) as client:
        items = list(itertools.islice(client.positions.get_positions_items(19816, page_size=1), PAGE_LIMIT))
    assert len(asked) == 3 and [item.to_dict() for item in items] == first["data"], asked


@pytest.mark.parametrize("limit", [None, 2], ids=["no-limit", "limit-2"])
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_tradier_page_that_never_ends_stops_at_max_pages(
    broker_mock: RunningMock, limit: int | None, asynchronous: bool
) -> None:
    """A server that ignores `page` answers page 1 forever: after `max_pages` pages the iterator raises."""
    body = _mock_page(broker_mock, "tradier", "/v1/accounts/VA00019816/history", limit=2)
    handler, asked = _replay(lambda _request: body)
    with pytest.raises(tradier_client.errors.PaginationError) as raised:
        if asynchronous:
            asyncio.run(_async_items(handler, limit))
        else:
            with _facade("tradier", handler, max_retries=0, max_pages=5) as client:
                list(itertools.islice(client.history.get_account_history_items("VA00019816", limit=limit), PAGE_LIMIT))
    assert len(asked) == 5 and raised.value.operation == "get_account_history" and raised.value.page == 6
    assert "get_account_history: still a page after 5 pages, the client's max_pages" in str(raised.value)


async def _async_items(handler: Callable[[httpx.Request], httpx.Response], limit: int | None) -> None:
    client = tradier_client.AsyncTradier(
        token="t",
        base_url="https://vendor.test",
        max_retries=0,
        max_pages=5,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    async with client:
        pages = client.history.get_account_history_pages("VA00019816", limit=limit)
        async for _ in pages:
            pass


def test_iterators_are_bounded_by_default() -> None:
    assert tradier_client.AuthenticatedClient(base_url="https://vendor.test", token="t").max_pages == 10_000
    assert tradier_client.Tradier(token="t").client.max_pages == 10_000


def test_an_etna_page_that_repeats_its_link_ends_the_pages(broker_mock: RunningMock) -> None:
    """A next-page link already met ends the pages, like a cursor already sent."""
    body = _mock_page(
        broker_mock, "etna", "/v1.0/accounts/19816/positions", pageNumber=0, pageSize=2, sortField="Id", desc="false"
    )
    assert b'"NextPageLink":"' in body
    handler, asked = _replay(lambda _request: body)
    with _facade("etna", handler, max_retries=0) as client:
        items = client.positions.get_positions_items(
            V1, 19816, page_size=2, sort_field=PositionSortField.ID, desc=False
        )
        assert len(list(itertools.islice(items, PAGE_LIMIT))) == 4
    assert len(asked) == 2


# ---- Retry-After -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "asked",
    ["9" * 400, "1" + "0" * 30],  # each asks for more than a minute (the first is too long for a float)
)
def test_an_endless_retry_after_is_not_retried(asked: str) -> None:
    handler, seen = _sequence(httpx.Response(429, headers={"Retry-After": asked}), _ok("tradier"))
    with pytest.raises(tradier_client.errors.RateLimitError):
        _call_balances("tradier", handler, max_retries=3, sleep=lambda _s: None)
    assert len(seen) == 1


@pytest.mark.parametrize("garbage", ["1_0", "0x10", "nan", "inf", "1e999", "-5", "3, 4", "10 s", "\u0661"])
def test_a_retry_after_that_is_no_delay_falls_back_to_the_backoff(garbage: str) -> None:
    """Only digits (with a fraction) are a delay in seconds: `1_0` is not 10 s, nor a NaN or a negative one."""
    handler, seen = _sequence(httpx.Response(503, headers=[(b"Retry-After", garbage.encode())]), _ok("clear-street"))
    slept: list[float] = []
    _call_balances("clear-street", handler, max_retries=1, sleep=slept.append)
    assert len(seen) == 2 and len(slept) == 1 and 0.5 <= slept[0] <= 1.0, slept


# ---- bodies ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_compressed_body_that_inflates_past_the_limit_is_refused(asynchronous: bool) -> None:
    """A gzip bomb: 9 KiB on the wire, more than the client's `max_response_bytes` once inflated."""
    bomb = gzip.compress(b" " * (9 * 2**20), 9)
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    transport = httpx.MockTransport(lambda _r: httpx.Response(200, stream=httpx.ByteStream(bomb), headers=headers))
    options: dict[str, Any] = {"token": "t", "base_url": "https://vendor.test", "max_retries": 0}
    options |= {"max_response_bytes": 8 * 2**20, "httpx_args": {"transport": transport}}

    async def call() -> None:
        async with tradier_client.AsyncTradier(**options) as client:
            await client.balances.get_account_balances("VA00019816")

    with pytest.raises(tradier_client.errors.APIResponseValidationError) as raised:
        if asynchronous:
            asyncio.run(call())
        else:
            with tradier_client.Tradier(**options) as client:
                client.balances.get_account_balances("VA00019816")
    assert (raised.value.path, raised.value.rule) == ("$", "size")
    assert "8388608 bytes" in str(raised.value)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_body_that_cannot_be_decoded_is_a_package_error(asynchronous: bool) -> None:
    """A corrupt gzip stream raised httpx's own `DecodingError`, outside the package's exceptions."""
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    transport = httpx.MockTransport(
        lambda _r: httpx.Response(200, stream=httpx.ByteStream(b"not gzip"), headers=headers)
    )

    async def call() -> None:
        async with tradier_client.AsyncTradier(
            token="t", base_url="https://vendor.test", max_retries=0, httpx_args={"transport": transport}
        ) as client:
            await client.balances.get_account_balances("VA00019816")

    with pytest.raises(tradier_client.errors.APIResponseValidationError) as raised:
        if asynchronous:
            asyncio.run(call())
        else:
            with tradier_client.Tradier(
                token="t", base_url="https://vendor.test", max_retries=0, httpx_args={"transport": transport}
            ) as client:
                client.balances.get_account_balances("VA00019816")
    assert (raised.value.path, raised.value.rule) == ("$", "encoding"), raised.value


# ---- settings ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["a\nb", "a\r\nX-Injected: 1", "caf\u00e9", "\U0001f600", "a\x00b"])
def test_a_token_that_cannot_be_a_header_is_refused_when_the_client_is_made(token: str) -> None:
    """Before, a newline was sent, refused by httpx and retried as a "connection error"; a non-ASCII
    character raised `UnicodeEncodeError` at the first call. The message names the header, not the token."""
    with pytest.raises(ValueError, match=r"header 'Authorization' .* not a valid HTTP header value") as raised:
        tradier_client.Tradier(token=token)
    assert token not in str(raised.value)


def test_a_header_that_cannot_be_sent_is_refused_when_the_client_is_made() -> None:
    with pytest.raises(ValueError, match=r"header 'Et-App-Key' .* position 3"):
        etna_client.Etna(token="t", headers={"Et-App-Key": "key\u00e9"})
    client = tradier_client.AuthenticatedClient(base_url="https://vendor.test", token="t")
    with pytest.raises(ValueError, match=r"header 'X-Note'"):
        client.with_headers({"X-Note": "line\nbreak"})


@pytest.mark.parametrize("timeout", [1e12, -1.0, math.nan, math.inf, 0.0])
def test_a_timeout_no_socket_can_take_is_refused_with_its_name(timeout: float) -> None:
    """`timeout=1e12` raised `OverflowError` from deep in the socket module at the first call; a negative or
    NaN one httpx's bare `ValueError`, and 0 a "connection error" after the retries."""
    with pytest.raises(ValueError, match=r"timeout: .* is not a number of seconds above 0 and at most"):
        tradier_client.Tradier(token="t", timeout=timeout)
    with pytest.raises(ValueError, match=r"timeout read: "):
        tradier_client.Tradier(token="t", timeout=httpx.Timeout(5.0, read=timeout))
    handler, seen = _sequence(_ok("tradier"))
    with _facade("tradier", handler, max_retries=0) as client, pytest.raises(ValueError, match=r"timeout: "):
        client.balances.get_account_balances("VA00019816", timeout=timeout)
    assert not seen
    assert tradier_client.Tradier(token="t", timeout=None).client.max_retries == 2  # None: no timeout, as httpx


@pytest.mark.parametrize("setting", ["max_response_bytes", "max_pages"])
@pytest.mark.parametrize("value", [0, -1, True, 2.5])
def test_a_bound_no_answer_can_meet_is_refused_when_the_client_is_made(setting: str, value: Any) -> None:
    """`max_response_bytes=-1` made every call an `APIResponseValidationError` ("over -1 bytes") and
    `max_pages=0` every iterator a `PaginationError` ("still a page after 0 pages"): refused up front."""
    with pytest.raises(ValueError, match=rf"{setting}: {value!r} is not a whole number of 1 or more, nor None"):
        tradier_client.Tradier(token="t", **{setting: value})
    unbounded: dict[str, Any] = {setting: None}
    assert getattr(tradier_client.Tradier(token="t", **unbounded).client, setting) is None


def test_a_long_validation_message_keeps_its_cause(broker_mock: RunningMock) -> None:
    """An unknown Tradier event type fails the event's `oneOf`: the message used to be cut after 300
    characters of the event's data, before the words saying what is wrong."""
    body = _mock_page(broker_mock, "tradier", "/v1/accounts/VA00019816/history", limit=3)
    assert b'"type":"trade"' in body
    changed = body.replace(b'"type":"trade"', b'"type":"distribution"', 1)
    handler, _ = _replay(lambda _request: changed)
    refused = pytest.raises(tradier_client.errors.APIResponseValidationError)
    with _facade("tradier", handler, max_retries=0) as client, refused as raised:
        client.history.get_account_history("VA00019816")
    assert raised.value.rule == "oneOf" and raised.value.path.startswith("$.history.event[")
    assert raised.value.detail.endswith("is not valid under any of the given schemas"), raised.value.detail
    assert len(raised.value.detail) <= 320


@pytest.mark.parametrize(
    ("base_url", "cause"),
    [
        ("https://vendor.test/api?key=1", "a query or a fragment"),  # was sent as /api?key=1/v1/accounts/...
        ("https://vendor.test/api#top", "a query or a fragment"),
        ("vendor.test/api", "not an http:// or https:// URL with a host"),  # was retried as a "connection error"
        ("ftp://vendor.test", "not an http:// or https:// URL with a host"),
        ("http://[::1", "not a URL"),  # was httpx.InvalidURL at the first call
    ],
)
def test_a_base_url_the_client_cannot_use_is_refused_when_it_is_made(base_url: str, cause: str) -> None:
    with pytest.raises(ValueError, match=r"base_url") as raised:
        tradier_client.Tradier(token="t", base_url=base_url)
    assert repr(base_url) in str(raised.value) and cause in str(raised.value)


def test_an_amount_of_more_digits_than_python_converts_to_int_is_exact() -> None:
    """Python refuses `int()` of over 4,300 digits: a JSON amount that long was "not JSON" (advising
    `sys.set_int_max_str_digits()`), while one with 5,000 digits after the point was read exactly."""
    body = _success_example("tradier")
    body["balances"]["total_equity"] = "__AMOUNT__"
    amount = "9" * 5000
    text = json_text.dumps(body).replace('"__AMOUNT__"', amount).encode()
    parsed = _call_balances("tradier", lambda _request: httpx.Response(200, content=text))
    assert parsed.balances.total_equity == Decimal(amount)
    assert tradier_models.models.BalancesResponse.model_validate_json(text).balances.total_equity == Decimal(amount)


def test_an_integer_field_of_more_digits_than_python_converts_is_a_type_error() -> None:
    body = _success_example("clear-street")
    body["data"]["account_id"] = "__ID__"
    text = json_text.dumps(body).replace('"__ID__"', "1" * 5000).encode()
    with pytest.raises(clear_street_client.errors.APIResponseValidationError) as raised:
        _call_balances("clear-street", lambda _request: httpx.Response(200, content=text))
    assert (raised.value.path, raised.value.rule) == ("$.data.account_id", "type"), raised.value


@pytest.mark.parametrize("exponent", ["1000000000000000000", "9" * 200])
def test_an_amount_whose_exponent_python_cannot_hold_is_named_in_the_error(exponent: str) -> None:
    """The spec's decimal pattern admits any exponent; Python's Decimal holds up to ±999999999999999999.
    The error was `InvalidOperation: [<class 'decimal.InvalidOperation'>]`, naming neither value nor cause."""
    body = _success_example("clear-street")
    amount = f"+59074.e{exponent}"
    body["data"]["settled_cash"] = amount
    with pytest.raises(clear_street_client.errors.APIResponseValidationError) as raised:
        _call_balances("clear-street", lambda _request: httpx.Response(200, content=json_text.dumps(body).encode()))
    message = str(raised.value)
    assert raised.value.rule == "model" and "is not a decimal Python can hold" in message, message
    assert amount[:60] in message and len(message) < 400, message
