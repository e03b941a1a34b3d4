"""The generated clients as an SDK, for every vendor: typed errors for any status, strict parsing of a corpus of
hostile responses, retries that honour Retry-After (sleeps recorded, not slept), pagination iterators, and the
fault-injection acceptance run against the in-process mock."""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import functools
import json
import random
import time
from collections.abc import Callable
from decimal import Decimal
from types import ModuleType
from typing import Any

import clear_street_client
import etna_client
import httpx
import pytest
import tradestation_v2_client
import tradestation_v3_client
import tradier_client
from clear_street_client.models import AccountBalancesResponse, MarginType
from etna_client.models import ApiVersion, PositionSortField, TransactionSortField

from broker_contracts_mock.access import InProcessMock, describe
from broker_contracts_mock.app import MockApp
from broker_contracts_mock.process import RunningMock
from broker_contracts_mock.server import config_from_args, parse_args
from scripts import fault_figures, faults, json_text

from . import virtual_clock
from .conftest import project_spec

V1 = ApiVersion.V1_0
PACKAGES: dict[str, ModuleType] = {
    "clear-street": clear_street_client,
    "etna": etna_client,
    "tradestation-v2": tradestation_v2_client,
    "tradestation-v3": tradestation_v3_client,
    "tradier": tradier_client,
}
# One balances call per vendor (facade method, arguments) and its operation id.
BALANCES: dict[str, tuple[str, str, tuple[Any, ...]]] = {
    "clear-street": ("balances", "get_account_balances", (19816,)),
    "etna": ("balances", "get_account_balance_info", (V1, 19816)),
    "tradestation-v2": ("balances", "get_balances", ("119816",)),
    "tradestation-v3": ("balances", "get_balances", ("3119816",)),
    "tradier": ("balances", "get_account_balances", ("VA00019816",)),
}
VENDORS = sorted(PACKAGES)


def _facade(vendor: str, handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> Any:
    package = PACKAGES[vendor]
    facade = getattr(
        package, next(n for n in package.__all__ if n[0].isupper() and "Client" not in n and not n.startswith("Async"))
    )
    transport = httpx.MockTransport(handler)
    client = package.AuthenticatedClient(
        base_url="https://vendor.test", token="t", httpx_args={"transport": transport}, **options
    )
    return facade(client=client)


def _call_balances(vendor: str, handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> Any:
    group, method, args = BALANCES[vendor]
    with _facade(vendor, handler, **{"max_retries": 0, **options}) as client:
        return getattr(getattr(client, group), method)(*args)


@functools.cache
def _success_text(vendor: str) -> str:
    """The JSON text of the spec's first example of the vendor's balances success (the spec loaded once)."""
    spec = project_spec(vendor)
    op = spec.operation(BALANCES[vendor][1])
    media = spec.resolve("#" + spec.response_schema_pointer(op, 200).rsplit("/", 1)[0])
    return json_text.dumps(media["example"] if "example" in media else next(iter(media["examples"].values()))["value"])


def _success_example(vendor: str) -> Any:
    """A fresh copy of that example, amounts as Decimals (tests change it)."""
    return json.loads(_success_text(vendor), parse_float=Decimal)


def _answer(status: int, body: bytes, content_type: str = "application/json", **headers: str) -> Any:
    return lambda _request: httpx.Response(status, content=body, headers={"Content-Type": content_type, **headers})


def _first_leaf(node: Any, wanted: Callable[[Any], bool], path: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
    if isinstance(node, dict):
        children: list[tuple[Any, Any]] = list(node.items())
    elif isinstance(node, list):
        children = list(enumerate(node))
    else:
        return path if wanted(node) else None
    return next((found for key, child in children if (found := _first_leaf(child, wanted, (*path, key)))), None)


def _is_decimal(value: Any) -> bool:
    if isinstance(value, Decimal):
        return True
    return isinstance(value, str) and value.replace(".", "", 1).lstrip("-").isdigit() and "." in value


def _replaced(body: Any, path: tuple[Any, ...], raw: str) -> bytes:
    """The body with the value at `path` written as `raw` JSON text (which may be no JSON at all)."""
    marker = "__REPLACED__"
    node = body = json.loads(json_text.dumps(body), parse_float=Decimal)
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = marker
    return json_text.dumps(body).replace(f'"{marker}"', raw).encode()


# ---- any status -------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize(
    ("status", "error"),
    [
        (299, "APIResponseValidationError"),
        (520, "InternalServerError"),
        (999, "APIStatusError"),
        (418, "APIStatusError"),
    ],
)
def test_any_status_is_the_success_type_or_one_of_the_package_exceptions(vendor: str, status: int, error: str) -> None:
    errors = PACKAGES[vendor].errors
    with pytest.raises(getattr(errors, error)) as raised:
        _call_balances(vendor, _answer(status, b"<html>proxy</html>", "text/html"))
    assert type(raised.value) is getattr(errors, error)
    assert raised.value.status_code == status


# ---- the hostile-response corpus ---------------------------------------------------------------------

Case = tuple[str, Callable[[Any], Callable[[httpx.Request], httpx.Response]], str]
CORPUS: list[Case] = [
    ("truncated JSON", lambda ok: _answer(200, json_text.dumps(ok).encode()[:40]), "json"),
    ("empty 200", lambda ok: _answer(200, b""), "json"),
    ("HTML 200 from a proxy", lambda ok: _answer(200, b"<html>ok</html>", "text/html"), "json"),
    ("NaN literal", lambda ok: _answer(200, _replaced(ok, _first_leaf(ok, _is_decimal) or (), "NaN")), "json"),
    (
        "-Infinity literal",
        lambda ok: _answer(200, _replaced(ok, _first_leaf(ok, _is_decimal) or (), "-Infinity")),
        "json",
    ),
    (
        '"NaN" as an amount',
        lambda ok: _answer(200, _replaced(ok, _first_leaf(ok, _is_decimal) or (), '"NaN"')),
        "schema",
    ),
    (
        "an object for an amount",
        lambda ok: _answer(200, _replaced(ok, _first_leaf(ok, _is_decimal) or (), "{}")),
        "schema",
    ),
    (  # past Python's int() limit: an exact Decimal where the amount is a JSON number, else a type error
        "a 5000-digit integer",
        lambda ok: _answer(200, _replaced(ok, _first_leaf(ok, _is_decimal) or (), "9" * 5000)),
        "success if the amount is a number",
    ),
    ("nesting 100000 deep", lambda ok: _answer(200, b"[" * 100000 + b"]" * 100000), "json"),
    ("invalid UTF-8", lambda ok: _answer(200, b'{"data": "\xff\xfe"}'), "json"),
    ("null body", lambda ok: _answer(200, b"null"), "schema"),
    ("a JSON string body", lambda ok: _answer(200, b'"ok"'), "schema"),
    ("extra fields", lambda ok: _answer(200, _with_extra(ok)), "success"),
    ("HTML 502 from a proxy", lambda ok: _answer(502, b"<html>Bad Gateway</html>", "text/html"), "InternalServerError"),
    ("520 with no body", lambda ok: _answer(520, b""), "InternalServerError"),
    ("text 429", lambda ok: _answer(429, b"slow down", "text/plain", **{"Retry-After": "1"}), "RateLimitError"),
    ("HTML 404", lambda ok: _answer(404, b"<html>Not Found</html>", "text/html"), "NotFoundError"),
    ("999", lambda ok: _answer(999, b"?", "text/plain"), "APIStatusError"),
]


def _with_extra(ok: Any) -> bytes:
    target = ok if isinstance(ok, dict) else ok[0]
    target["zz_added_by_the_vendor"] = Decimal("1.5")  # a number: ETNA's balance map takes only numbers
    return json_text.dumps(ok).encode()


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize(("name", "answer", "outcome"), CORPUS, ids=[case[0] for case in CORPUS])
def test_hostile_responses_give_the_success_type_or_a_package_exception(
    vendor: str, name: str, answer: Callable[[Any], Any], outcome: str
) -> None:
    errors = PACKAGES[vendor].errors
    handler = answer(_success_example(vendor))
    if outcome == "success if the amount is a number":
        example = _success_example(vendor)
        amount = functools.reduce(lambda node, key: node[key], _first_leaf(example, _is_decimal) or (), example)
        outcome = "success" if isinstance(amount, Decimal) else "schema"
    if outcome == "success":
        _call_balances(vendor, handler)
        return
    expected = errors.APIResponseValidationError if outcome in ("json", "schema") else getattr(errors, outcome)
    with pytest.raises(expected) as raised:
        _call_balances(vendor, handler)
    assert isinstance(raised.value, errors.APIError)
    if outcome == "json":
        assert (raised.value.path, raised.value.rule) == ("$", "json")
    if outcome == "schema":
        assert raised.value.rule not in ("json", "model") and raised.value.path.startswith("$")
    if outcome not in ("json", "schema", "APIStatusError"):
        assert type(raised.value) is expected


def test_the_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 15


def test_an_unknown_enum_value_is_kept_and_detectable() -> None:
    body = _success_example("clear-street")
    body["data"]["margin_type"] = "SOMETHING_NEW"
    balances = _call_balances("clear-street", _answer(200, json_text.dumps(body).encode()))
    assert balances.data.margin_type == "SOMETHING_NEW" and balances.data.margin_type.is_unknown
    assert isinstance(balances.data.margin_type, MarginType)
    assert not MarginType.REG_T.is_unknown


def test_a_float_for_an_exact_decimal_is_refused_by_from_dict() -> None:
    body = _success_example("clear-street")
    body["data"]["equity"] = 17798.36
    with pytest.raises(TypeError, match="not an exact decimal"):
        AccountBalancesResponse.from_dict(body)
    body["data"]["equity"] = "17798.360000000000000000000000"
    parsed = AccountBalancesResponse.from_dict(body)
    assert str(parsed.data.equity) == "17798.360000000000000000000000"


def test_a_validation_error_names_the_json_path_and_the_rule() -> None:
    body = _success_example("clear-street")
    body["data"]["equity"] = 12.5
    with pytest.raises(clear_street_client.errors.APIResponseValidationError) as raised:
        _call_balances("clear-street", _answer(200, json_text.dumps(body).encode()))
    assert (raised.value.path, raised.value.rule) == ("$.data.equity", "type")


# ---- retries -----------------------------------------------------------------------------------------


def _sequence(*responses: httpx.Response) -> tuple[Callable[[httpx.Request], httpx.Response], list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return responses[min(len(seen), len(responses)) - 1]

    return handler, seen


def _ok(vendor: str) -> httpx.Response:
    return httpx.Response(200, content=json_text.dumps(_success_example(vendor)).encode())


@pytest.mark.parametrize("vendor", VENDORS)
def test_retry_after_in_seconds_milliseconds_and_as_a_date_is_honoured(vendor: str) -> None:
    sent = datetime.datetime(2026, 11, 20, 15, 0, 0, tzinfo=datetime.UTC)
    date, later = (email.utils.format_datetime(at, usegmt=True) for at in (sent, sent + datetime.timedelta(seconds=30)))
    handler, seen = _sequence(
        httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.Response(503, headers={"retry-after-ms": "150", "Retry-After": "9"}),
        httpx.Response(429, headers={"Retry-After": later, "Date": date}),  # counted from the server's clock
        httpx.Response(429, headers={"Retry-After": date}),  # a date already past: no wait
        httpx.Response(500),
        _ok(vendor),
    )
    slept: list[float] = []
    _call_balances(vendor, handler, max_retries=5, sleep=slept.append)
    assert len(seen) == 6
    assert slept[:4] == [2.0, 0.15, 30.0, 0.0]
    assert 8.0 <= slept[4] <= 8.5  # the backoff of a 5th attempt: 0.5 s doubled four times, plus jitter


def test_a_wait_longer_than_a_minute_is_not_retried() -> None:
    handler, seen = _sequence(httpx.Response(429, headers={"Retry-After": "3600"}), _ok("tradier"))
    with pytest.raises(tradier_client.errors.RateLimitError):
        _call_balances("tradier", handler, max_retries=3, sleep=lambda _s: None)
    assert len(seen) == 1


def test_quota_signals_are_retried_as_rate_limits() -> None:
    page = httpx.Response(
        403, content=b"<html><body>Quota Exceeded</body></html>", headers={"Content-Type": "text/html"}
    )
    handler, seen = _sequence(page, _ok("tradestation-v2"))
    slept: list[float] = []
    _call_balances("tradestation-v2", handler, max_retries=2, sleep=slept.append)
    assert len(seen) == 2 and len(slept) == 1


def test_only_what_the_spec_says_is_safe_is_repeated() -> None:
    handler, seen = _sequence(httpx.Response(503), httpx.Response(503), httpx.Response(503))
    with _facade("clear-street", handler, max_retries=2, sleep=lambda _s: None) as client:
        with pytest.raises(clear_street_client.errors.InternalServerError):
            client.positions.close_positions(19816)  # x-retry-safe: false
        assert len(seen) == 1
        with pytest.raises(clear_street_client.errors.InternalServerError):
            client.balances.get_account_balances(19816, max_retries=1)
        assert len(seen) == 3


def test_connection_errors_and_timeouts_are_retried_then_raised() -> None:
    attempts: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("refused", request=request) if len(attempts) < 3 else httpx.ReadTimeout("slow")

    with pytest.raises(tradier_client.errors.APITimeoutError):
        _call_balances("tradier", refuse, max_retries=2, sleep=lambda _s: None)
    assert len(attempts) == 3


def test_the_sleep_really_waits_when_not_replaced() -> None:
    handler, _ = _sequence(httpx.Response(429, headers={"retry-after-ms": "200"}), _ok("clear-street"))
    started = time.monotonic()
    _call_balances("clear-street", handler, max_retries=1)
    assert time.monotonic() - started >= 0.2


def test_user_agent_and_redacted_debug_logging(caplog: pytest.LogCaptureFixture) -> None:
    handler, seen = _sequence(_ok("etna"))
    caplog.set_level("DEBUG", logger="etna_client")
    _call_balances("etna", handler, headers={"Et-App-Key": "app-secret"})
    assert seen[0].headers["User-Agent"].startswith("etna-client/")
    assert "app-secret" not in caplog.text and "Bearer t" not in caplog.text and "[redacted]" in caplog.text
    assert etna_client._base_client.redact_text('{"Token": "abc", "x": 1}') == '{"Token": "[redacted]", "x": 1}'


# ---- pagination against the in-process mock ------------------------------------------------------------


def _async_facade(app: MockApp, vendor: str, *, hooks: dict[str, Any] | None = None, **options: Any) -> Any:
    """The vendor's `Async<Vendor>` calling `app` in process."""
    access = describe(app, "http://mock").vendors[vendor]
    httpx_args = {"transport": httpx.ASGITransport(app), "event_hooks": hooks or {}}
    return faults.async_client(
        vendor, access.base_url, access.token, dict(access.api_keys), httpx_args=httpx_args, **options
    )


Paged = tuple[str, str, str, tuple[Any, ...], dict[str, Any], str, int]
PAGED: list[Paged] = [
    # vendor, group, operation, arguments, keyword arguments, size parameter, big page size
    ("clear-street", "accounts", "get_accounts", (), {}, "page_size", 1000),
    ("clear-street", "positions", "get_positions", (19816,), {}, "page_size", 1000),
    ("clear-street", "orders", "get_orders", (19816,), {}, "page_size", 1000),
    ("clear-street", "orders", "get_executions", (19816,), {}, "page_size", 1000),
    (
        "etna",
        "positions",
        "get_positions",
        (V1, 19816),
        {"sort_field": PositionSortField.ID, "desc": False},
        "page_size",
        99,
    ),
    (
        "etna",
        "history",
        "get_transactions",
        (V1, 19816),
        {"sort_by": TransactionSortField.ID, "is_desc": False},
        "page_size",
        1000,
    ),
    ("etna", "history", "get_orders", (V1, 19816), {}, "page_size", 99),
    ("tradestation-v2", "order_history", "get_orders", ("119816",), {"since": "11-01-2026"}, "page_size", 600),
    ("tradestation-v3", "orders", "get_orders", ("3119820",), {}, "page_size", 600),
    (
        "tradestation-v3",
        "order_history",
        "get_historical_orders",
        ("3119816",),
        {"since": "2026-09-01"},
        "page_size",
        600,
    ),
    ("tradier", "history", "get_account_history", ("VA00019816",), {}, "limit", 1000),
    ("tradier", "orders", "get_account_orders", ("VA00019820",), {}, "limit", 1000),
    ("tradier", "gainloss", "get_account_gain_loss", ("VA00019816",), {}, "limit", 1000),
]


# The mock's only open Tradier order (sent as one object, not an array): pages of one still end right.
FEWEST_ITEMS = {("tradier", "get_account_orders"): 1}


def test_every_paginated_operation_has_an_iterator_test() -> None:
    declared = {
        (spec.name, op.operation_id)
        for spec in map(project_spec, VENDORS)
        for op in spec.operations()
        if "x-pagination" in op.definition
    }
    assert declared == {(p[0], p[2]) for p in PAGED}


@pytest.mark.parametrize("paged", PAGED, ids=[f"{p[0]}-{p[2]}" for p in PAGED])
def test_iterators_give_every_item_once_in_order_with_pages_of_one(
    paged: Paged, broker_mock_asgi: InProcessMock
) -> None:
    vendor, group, operation, args, kwargs, size, big = paged

    async def run() -> tuple[list[Any], list[Any], int]:
        async with _async_facade(broker_mock_asgi.app, vendor) as client:
            resource = getattr(client, group)
            one_page = [item async for item in getattr(resource, f"{operation}_items")(*args, **kwargs, **{size: big})]
            by_one = [item async for item in getattr(resource, f"{operation}_items")(*args, **kwargs, **{size: 1})]
            pages = [page async for page in getattr(resource, f"{operation}_pages")(*args, **kwargs, **{size: 1})]
        return one_page, by_one, len(pages)

    one_page, by_one, page_count = asyncio.run(run())
    assert len(one_page) >= FEWEST_ITEMS.get((vendor, operation), 2), "the mock serves several items"
    assert [item.to_dict() for item in by_one] == [item.to_dict() for item in one_page]
    assert len(one_page) <= page_count <= len(one_page) + 1


def test_the_sync_iterator_pages_against_the_running_mock(broker_mock: RunningMock) -> None:
    clear_street = broker_mock.vendors["clear-street"]
    with clear_street_client.ClearStreet(base_url=clear_street.base_url, token=clear_street.token) as client:
        ids = [account.id for account in client.accounts.get_accounts_items(page_size=1)]
        pages = list(client.accounts.get_accounts_pages(page_size=2))
    assert ids == [account.id for page in pages for account in page.data]
    assert len(ids) == len(set(ids)) >= 3 and len(pages) == (len(ids) + 1) // 2


# ---- the acceptance run: 200 calls per vendor against the mock's fault injection ---------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_fault_injection_acceptance(vendor: str, broker_mock_options: list[str]) -> None:
    """200 calls, 20 at a time, against the in-process mock with the faults of `python -m scripts faults`
    on a virtual clock: the latencies, backoffs and Retry-After waits are timers that cost no real time,
    and the run is the same on every machine (the backoff's jitter seeded too)."""
    app = MockApp(config_from_args(parse_args([*faults.FAULTS, *broker_mock_options])))
    client = _async_facade(app, vendor, hooks=fault_figures.event_hooks(), max_retries=8)
    jitter = random.getstate()
    random.seed(11)
    try:
        figures = virtual_clock.run(faults.run_client(vendor, client, 200))
    finally:
        random.setstate(jitter)
    assert figures.succeeded >= 0.99 * figures.calls, figures
    assert figures.retry_after_honoured == figures.retry_after_seen and figures.retry_after_ignored == 0, figures
    if vendor in ("clear-street", "tradestation-v3"):  # these answer over-quota with 429 + Retry-After
        assert figures.retry_after_seen > 0, figures
