"""broker-contracts-unified given what a caller or a vendor should not send: an account id not of the
vendor's form, a base URL that is no URL, a balances answer holding no balance or several. Each is one
of the package's errors naming the vendor and the cause, never a bare `ValueError` or httpx's own."""

from __future__ import annotations

import asyncio
import copy
import datetime
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from tradestation_v3_client import errors

from broker_contracts_mock.process import RunningMock
from broker_contracts_unified import AccountRefusedError, InvalidArgumentError, connect, connect_async
from broker_contracts_unified.cli import main, render
from scripts import json_text

from .conftest import project_spec
from .test_client_hostile import _mock_page

NOT_SENT: list[httpx.Request] = []


def _refuse(request: httpx.Request) -> httpx.Response:
    NOT_SENT.append(request)
    raise AssertionError(f"no request should be sent: {request.url}")


def _offline(vendor: str, handler: Callable[[httpx.Request], httpx.Response] = _refuse, **settings: Any) -> Any:
    return connect(
        vendor,
        token="t",
        base_url="https://vendor.test",
        api_key="k",
        max_retries=0,
        httpx_args={"transport": httpx.MockTransport(handler)},
        **settings,
    )


@pytest.mark.parametrize("vendor", ["clear-street", "etna"])
@pytest.mark.parametrize("account_id", ["abc", " 19816", "1_9816", "+19816", "\u0661\u0669", ""])
def test_an_account_id_not_of_digits_is_refused_before_any_request(vendor: str, account_id: str) -> None:
    """Clear Street and ETNA number their accounts: `int()` used to raise a bare ValueError, or to read
    `1_9816` and ` 19816` as another account than the text the caller gave."""
    with _offline(vendor) as broker, pytest.raises(InvalidArgumentError) as raised:
        broker.balance(account_id)
    assert vendor in str(raised.value) and repr(account_id) in str(raised.value)
    assert not NOT_SENT


def test_an_empty_account_id_is_a_usage_error_of_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    """`broker-unified tradier ""` used to ask for `/v1/accounts//balances`."""
    with pytest.raises(SystemExit) as exit_:
        main(["tradier", "", "--base-url", "https://vendor.test", "--token", "t"])
    assert exit_.value.code == 2 and "an account id is needed" in capsys.readouterr().err


def test_a_bad_account_id_is_a_usage_error_of_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["etna", "abc", "--base-url", "https://vendor.test", "--token", "t", "--api-key", "k"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "etna" in err and "'abc'" in err and "Traceback" not in err, err


@pytest.mark.parametrize("base_url", ["http://[::1", "notaurl", "ftp://host", "http://"])
def test_a_base_url_that_is_no_http_url_is_refused_by_connect(base_url: str) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        connect("tradier", base_url=base_url, token="t")
    assert repr(base_url) in str(raised.value) and "tradier" in str(raised.value)
    with pytest.raises(InvalidArgumentError):
        connect_async("tradier", base_url=base_url, token="t")


def test_a_bad_base_url_is_a_usage_error_of_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["tradier", "VA00019816", "--base-url", "http://[::1", "--token", "t"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "'http://[::1'" in err and "Traceback" not in err, err


def test_a_bad_base_url_from_the_environment_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRADIER_BASE_URL", "http://[::1")
    with pytest.raises(SystemExit) as exit_:
        main(["tradier", "VA00019816", "--token", "t"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "base_url 'http://[::1' is not a URL" in err and "Traceback" not in err, err


def _balances_of(mock: RunningMock, vendor: str, path: str) -> Any:
    return json.loads(_mock_page(mock, vendor, path), parse_float=Decimal)


def _answering(*bodies: Any) -> Callable[[httpx.Request], httpx.Response]:
    """A vendor answering each body in turn, then the last one to every later request."""
    answers = iter(bodies)

    def answer(_request: httpx.Request) -> httpx.Response:
        body = next(answers, bodies[-1])
        return httpx.Response(200, content=json_text.dumps(body).encode())

    return answer


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_balances_answer_without_the_account_is_refused(asynchronous: bool) -> None:
    """TradeStation v3 answering no balance and no error for the account: a bare unpacking ValueError before."""
    empty: dict[str, list[Any]] = {"Balances": [], "Errors": []}
    if asynchronous:

        async def call() -> None:
            async with connect_async(
                "tradestation-v3",
                token="t",
                base_url="https://vendor.test",
                max_retries=0,
                httpx_args={"transport": httpx.MockTransport(_answering(empty))},
            ) as broker:
                await broker.balance("3119816")

        with pytest.raises(AccountRefusedError, match=r"tradestation-v3 answered no balance of account 3119816"):
            asyncio.run(call())
        return
    refused = pytest.raises(AccountRefusedError, match=r"tradestation-v3 answered no balance of account 3119816")
    with _offline("tradestation-v3", _answering(empty)) as broker, refused:
        broker.balance("3119816")


def test_a_balances_answer_with_several_balances_gives_the_account_asked_for(broker_mock: RunningMock) -> None:
    """TradeStation v2 answering its balance list with the account twice: an unpacking ValueError before.
    One element naming the account asked for is taken; two of them are refused."""
    [own] = _balances_of(broker_mock, "tradestation-v2", "/v2/accounts/119816/balances")
    other = {**own, "Key": 119817, "Name": "3119817 TestUser"}
    with _offline("tradestation-v2", _answering([other, own])) as broker:
        assert broker.balance("119816").account_id == "119816"
    refused = pytest.raises(AccountRefusedError, match=r"tradestation-v2 answered 2 balances of account 119816")
    with _offline("tradestation-v2", _answering([own, own])) as broker, refused:
        broker.balance("119816")


def test_a_token_that_cannot_be_a_header_is_a_usage_error_of_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InvalidArgumentError, match=r"tradier: header 'Authorization'"):
        connect("tradier", token="secret\nX-Injected: 1")
    with pytest.raises(SystemExit) as exit_:
        main(["tradier", "VA00019816", "--base-url", "https://vendor.test", "--token", "secret\u00e9"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "'Authorization'" in err and "secret" not in err, err


def test_the_command_prints_an_exponent_too_long_to_write_out_in_scientific_form(broker_mock: RunningMock) -> None:
    """A Clear Street amount may be `1E+999999999999` (its pattern admits any exponent): written out with
    `format(value, "f")` it took a terabyte (MemoryError); the figure stays exact, in scientific form."""
    body = _balances_of(broker_mock, "clear-street", "/v1/accounts/19816/balances")
    body["data"]["equity"] = "1E+999999999999"
    body["data"]["long_market_value"] = "-1.5E-40"
    with _offline("clear-street", _answering(body)) as broker:
        balance = broker.balance("19816")
    printed = render(balance, [])
    lines = printed.splitlines()
    assert "equity                   1E+999999999999" in lines and len(printed) < 2_000, printed[:2_000]
    assert any(line.endswith(" -0.00000000000000000000000000000000000000015") for line in lines), printed


@pytest.mark.parametrize(
    ("vendor", "since", "sent"),
    [
        ("tradestation-v2", datetime.date(999, 12, 31), "since=12-31-0999"),  # strftime wrote `12-31-999`
        ("tradestation-v2", datetime.datetime(2026, 11, 1, 23, 59), "since=11-01-2026"),
        ("tradestation-v3", datetime.datetime(2026, 11, 1, 23, 59), "since=2026-11-01&"),  # was 2026-11-01T23:59:00
        ("tradestation-v3", datetime.date(999, 12, 31), "since=0999-12-31&"),
    ],
)
def test_since_is_sent_as_the_day_in_the_vendors_form(vendor: str, since: datetime.date, sent: str) -> None:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url) + "&")
        return httpx.Response(200, content=b"[]" if vendor == "tradestation-v2" else b'{"Orders": []}')

    with _offline(vendor, handler, user_id="u") as broker:
        assert broker.activities("3119816", since=since) == []
    assert len(asked) == 1 and sent in asked[0], asked


def test_a_timeout_longer_than_a_year_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """`--timeout 1e12` raised `OverflowError` from the socket module, a traceback."""
    with pytest.raises(SystemExit) as exit_:
        main(["tradier", "VA00019816", "--base-url", "https://vendor.test", "--token", "t", "--timeout", "1e12"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "timeout: 1000000000000.0 is not a number of seconds" in err, err


def test_mapping_with_an_account_id_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """`broker-unified mapping 19816` printed the tables and ignored the id, as if it meant something."""
    with pytest.raises(SystemExit) as exit_:
        main(["mapping", "19816"])
    assert exit_.value.code == 2 and "mapping takes no account id" in capsys.readouterr().err


def _orders_example(vendor: str, operation_id: str) -> Any:
    """The first example body of a TradeStation orders operation, as the spec gives it (without a next page)."""
    spec = project_spec(vendor)
    examples = spec.operation(operation_id).definition["responses"]["200"]["content"]["application/json"]["examples"]
    body = copy.deepcopy(next(iter(examples.values()))["value"])
    if isinstance(body, dict):
        body.pop("NextToken", None)
    return body


@pytest.mark.parametrize(
    ("vendor", "operation_id", "account_id"),
    [("tradestation-v2", "get_orders", "119816"), ("tradestation-v3", "get_historical_orders", "3119816")],
)
def test_only_legs_with_an_executed_quantity_are_activities(vendor: str, operation_id: str, account_id: str) -> None:
    """A leg is an activity when its `ExecQuantity` is above zero. Before, any field beginning with `Exec`
    counted: an open v3 leg carrying an `ExecutionPrice` became a trade, and an undeclared `Exec...` field
    that is no amount (a vendor adding `ExecutionVenue`) failed the whole call with a bare RuleError."""
    body = _orders_example(vendor, operation_id)
    orders = body if isinstance(body, list) else body["Orders"]
    legs = [leg for order in orders for leg in order["Legs"]]
    for leg in legs:
        leg.update({"ExecutionVenue": "ARCA", "Exec": []})
    executed = [leg for leg in legs if Decimal(str(leg["ExecQuantity"])) > 0]
    assert executed and len(executed) < len(legs), "the example holds executed legs and others"
    no_more = [] if isinstance(body, list) else {"Orders": []}  # one page, then none
    with _offline(vendor, _answering(body, no_more), user_id="testuser") as broker:
        activities = broker.activities(account_id)
    assert sorted(activity.quantity.copy_abs() for activity in activities) == sorted(
        Decimal(str(leg["ExecQuantity"])) for leg in executed
    )


def test_the_clients_bounds_are_settings_of_connect() -> None:
    """`max_pages` and `max_response_bytes` reach the vendor client: a history that never ends stops at the
    pages asked for, a body over the bytes asked for is refused, a bound no answer can meet is refused."""
    page = _orders_example("tradestation-v3", "get_historical_orders")
    asked: list[httpx.Request] = []

    def endless(request: httpx.Request) -> httpx.Response:  # a new cursor each page (a repeated one ends them)
        asked.append(request)
        return httpx.Response(200, content=json_text.dumps({**page, "NextToken": f"page{len(asked)}"}).encode())

    with _offline("tradestation-v3", endless, max_pages=3) as broker, pytest.raises(errors.PaginationError):
        broker.activities("3119816")
    assert len(asked) == 3
    with (
        _offline("tradestation-v3", endless, max_response_bytes=100) as broker,
        pytest.raises(errors.APIResponseValidationError) as sized,
    ):
        broker.activities("3119816")
    assert sized.value.rule == "size", sized.value
    with pytest.raises(InvalidArgumentError, match="max_pages"):
        _offline("tradestation-v3", max_pages=0)
