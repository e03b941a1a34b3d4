"""Tradier served by the mock: the wire quirks, figures that agree with the brokerage, paging, errors."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from broker_contracts_mock.app import MockApp
from broker_contracts_mock.brokerage import AccountKind, Brokerage, Order, OrderStatus, Side
from broker_contracts_mock.faults import Faults
from broker_contracts_mock.vendor import Credentials
from scripts.specs import Spec

from . import field_coverage
from .conftest import project_spec
from .mock_support import TODAY, TOKEN, call, make_app

BASE = "/tradier/v1"
HEADERS = {**TOKEN, "Accept": "application/json"}
D = Decimal
MILLIS = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z")
MIDNIGHT_SECONDS = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00Z")
MIDNIGHT_MILLIS = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00\.000Z")


@pytest.fixture(scope="module")
def specs() -> list[Spec]:
    """Tradier, and Clear Street to change the shared brokerage through another vendor."""
    return [project_spec("tradier"), project_spec("clear-street")]


@pytest.fixture
def app(specs: list[Spec]) -> MockApp:
    """A fresh mock: its brokerage starts from the seeded data, its rate-limit windows from zero."""
    return make_app(specs)


def brokerage() -> Brokerage:
    """The seeded data every new token starts from."""
    return Brokerage.generate(7, TODAY)


def get(app: MockApp, url: str, status: int = 200) -> Any:
    """The body with every number exact (`parse_float=Decimal`; a bare `0` stays the int 0)."""
    response = call(app, "GET", f"{BASE}{url}", headers=HEADERS)
    assert response.status_code == status, response.text
    return json.loads(response.content, parse_float=Decimal)


def items(wrapper: Any, element: str) -> list[Any]:
    """A collection as a list, checking the mock's wire form: "null" (gain/loss: `{}`), one object, or an
    array of two or more."""
    if wrapper == ({} if element == "closed_position" else "null"):
        return []
    value = wrapper[element]
    if isinstance(value, list):
        assert len(value) >= 2, "a one-item collection must be an object"
        return value
    assert isinstance(value, dict)
    return [value]


def every_page(app: MockApp, url: str, wrapper: str, element: str, limit: int) -> Iterator[list[Any]]:
    """Pages 1, 2, ... until the empty form; each page must hold at most `limit` items."""
    separator = "&" if "?" in url else "?"
    for number in range(1, 1000):
        body = get(app, f"{url}{separator}limit={limit}&page={number}")
        page = items(body[wrapper], element)
        assert len(page) <= limit
        if not page:
            return
        yield page
    raise AssertionError("paging never ended")


# ---- collections --------------------------------------------------------------------------------


def test_positions_none_one_many(app: MockApp) -> None:
    assert get(app, "/accounts/VA00019824/positions") == {"positions": "null"}
    one = get(app, "/accounts/VA00019819/positions")["positions"]["position"]
    assert isinstance(one, dict) and one["symbol"] == "MSFT"
    many = get(app, "/accounts/VA00019816/positions")["positions"]["position"]
    assert isinstance(many, list) and len(many) == len(brokerage().accounts[19816].holdings())


def test_history_and_gain_loss_none_one_many(app: MockApp) -> None:
    assert get(app, "/accounts/VA00019817/history") == {"history": "null"}  # closed, never traded here
    assert get(app, "/accounts/VA00019817/gainloss") == {"gainloss": {}}  # the form client libraries read
    assert isinstance(get(app, "/accounts/VA00019816/history?type=dividend")["history"]["event"], dict)
    assert isinstance(get(app, "/accounts/VA00019816/history")["history"]["event"], list)
    assert isinstance(get(app, "/accounts/VA00019816/gainloss?limit=1")["gainloss"]["closed_position"], dict)
    assert isinstance(get(app, "/accounts/VA00019816/gainloss")["gainloss"]["closed_position"], list)
    assert get(app, "/accounts/VA00019816/gainloss?page=99") == {"gainloss": {}}


def test_profile_lists_the_tradier_accounts(app: MockApp) -> None:
    accounts = get(app, "/user/profile")["profile"]["account"]
    seeded = brokerage().accounts.values()
    tradier = sorted(a.number for a in seeded if a.kind in (AccountKind.CASH, AccountKind.MARGIN, AccountKind.PDT))
    assert [a["account_number"] for a in accounts] == [f"VA{n:08d}" for n in tradier]
    by_id = {a["account_number"]: a for a in accounts}
    assert (by_id["VA00019817"]["status"], by_id["VA00019817"]["type"]) == ("closed", "cash")
    assert (by_id["VA00019820"]["type"], by_id["VA00019820"]["day_trader"]) == ("margin", True)
    assert {a["status"] for a in accounts if a["account_number"] != "VA00019817"} == {"active"}
    for account in accounts:
        assert MILLIS.fullmatch(account["date_created"]) and MILLIS.fullmatch(account["last_update_date"])


def test_a_user_with_one_account_gets_an_object(specs: list[Spec]) -> None:
    app = make_app(specs)
    own = app.states.get("test-token")  # before any request: nothing is memoised yet
    for number in [n for n in own.accounts if n != 19818]:
        del own.accounts[number]
    account = get(app, "/user/profile")["profile"]["account"]
    assert isinstance(account, dict) and account["account_number"] == "VA00019818"


# ---- balances -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("number", "account_type"), [(19816, "margin"), (19818, "cash"), (19820, "pdt")])
def test_balances_carry_the_sub_object_of_their_type(app: MockApp, number: int, account_type: str) -> None:
    balances = get(app, f"/accounts/VA{number:08d}/balances")["balances"]
    assert balances["account_type"] == account_type
    assert {"margin", "cash", "pdt"} & set(balances) == {account_type}


@pytest.mark.parametrize("number", [19816, 19817, 19818, 19819, 19820, 19824])
def test_balances_agree_with_each_other_and_with_the_brokerage(app: MockApp, number: int) -> None:
    balances = get(app, f"/accounts/VA{number:08d}/balances")["balances"]
    account = brokerage().accounts[number]
    detail = balances.get("margin") or balances.get("pdt") or {}
    assert balances["total_equity"] == balances["total_cash"] + balances["market_value"] == account.equity
    assert balances["market_value"] == balances["long_market_value"] + balances["short_market_value"]
    assert balances["long_market_value"] == balances["stock_long_value"] + balances["option_long_value"]
    assert balances["long_market_value"] == account.long_market_value
    assert balances["short_market_value"] == -account.short_market_value
    assert balances["short_market_value"] == detail.get("stock_short_value", 0) + balances["option_short_value"]
    assert balances["total_cash"] == account.cash and balances["close_pl"] == account.realized_today
    assert balances["current_requirement"] == account.maintenance_margin_requirement
    assert balances["pending_orders_count"] == len(account.open_orders())
    positions = items(get(app, f"/accounts/VA{number:08d}/positions")["positions"], "position")
    assert balances["open_pl"] == balances["market_value"] - sum((p["cost_basis"] for p in positions), D(0))
    assert balances["equity"] == 0
    if detail:
        excess = balances["total_equity"] - balances["current_requirement"] - balances["pending_cash"]
        assert detail["option_buying_power"] == excess and detail["stock_buying_power"] == 2 * excess
    if "pdt" in balances:
        assert detail["day_trade_buying_power"] == 4 * (excess + balances["pending_cash"]) - balances["pending_cash"]
    if "cash" in balances:
        assert balances["cash"]["cash_available"] == account.settled_cash - balances["pending_cash"]


@pytest.mark.parametrize(("number", "detail"), [(19816, "margin"), (19818, "cash"), (19820, "pdt")])
def test_open_buy_orders_hold_pending_cash(app: MockApp, number: int, detail: str) -> None:
    """An order that adds to a position holds cash, which buying power no longer offers."""
    before = get(app, f"/accounts/VA{number:08d}/balances")["balances"]
    later = make_app([app.vendors["tradier"].spec])
    own = later.states.get("test-token")  # before any request: nothing is memoised yet
    nvidia = own.instrument_by_symbol("NVDA")
    assert nvidia is not None
    moment = own.now()
    order = Order("open-buy", 1, nvidia, Side.BUY, D(10), "limit", OrderStatus.OPEN, moment, moment, D("100.00"))
    own.accounts[number].orders.append(order)
    after = get(later, f"/accounts/VA{number:08d}/balances")["balances"]
    assert (after["pending_cash"], after["pending_orders_count"]) == (
        before["pending_cash"] + 1000,
        before["pending_orders_count"] + 1,
    )
    held = {"margin": "option_buying_power", "cash": "cash_available", "pdt": "option_buying_power"}[detail]
    assert after[detail][held] == before[detail][held] - 1000
    assert after["total_equity"] == before["total_equity"]


def test_amounts_have_the_vendors_scales_and_bare_zeros(app: MockApp) -> None:
    balances = get(app, "/accounts/VA00019816/balances")["balances"]
    scales = {"total_equity": 24, "total_cash": 24, "open_pl": 24, "long_market_value": 20, "market_value": 20}
    for name, places in scales.items():
        assert isinstance(balances[name], Decimal) and balances[name].as_tuple().exponent == -places, name
    assert balances["margin"]["stock_buying_power"].as_tuple().exponent == -16
    for name in ("equity", "uncleared_funds", "option_short_value"):
        assert balances[name] == 0 and type(balances[name]) is int, name  # `0`, not `0.0...`
    assert get(app, "/accounts/VA00019818/balances")["balances"]["cash"]["cash_available"].as_tuple().exponent == -8
    position = get(app, "/accounts/VA00019819/positions")["positions"]["position"]
    assert position["quantity"].as_tuple().exponent == -8 and position["cost_basis"].as_tuple().exponent == -2
    closed = get(app, "/accounts/VA00019816/gainloss?limit=1")["gainloss"]["closed_position"]
    assert all(isinstance(closed[k], Decimal) and closed[k].as_tuple().exponent < 0 for k in ("cost", "quantity"))
    assert closed["quantity"] == int(closed["quantity"]) and closed["quantity"].as_tuple().exponent == -1  # `45.0`


# ---- positions ----------------------------------------------------------------------------------


def test_positions_agree_with_the_brokerage(app: MockApp) -> None:
    rows = get(app, "/accounts/VA00019816/positions")["positions"]["position"]
    holdings = brokerage().accounts[19816].holdings()
    assert [r["symbol"] for r in rows] == [p.instrument.symbol for p in holdings]
    for row, position in zip(rows, holdings, strict=True):
        assert row["quantity"] == position.quantity and row["id"] == position.number
        assert row["cost_basis"] == position.cost_basis.quantize(D("0.01"))
        assert MILLIS.fullmatch(row["date_acquired"])
        assert row["date_acquired"][:19] == f"{position.opened_at:%Y-%m-%dT%H:%M:%S}"
    assert any(r["quantity"] < 0 and r["cost_basis"] < 0 for r in rows)  # a short: negative cost basis


def test_position_milliseconds_vary_with_the_seed_and_the_position(app: MockApp, specs: list[Spec]) -> None:
    every = [
        p["date_acquired"]
        for n in (19816, 19818, 19820)
        for p in items(get(app, f"/accounts/VA{n:08d}/positions")["positions"], "position")
    ]
    assert len({stamp[-5:] for stamp in every}) > len(every) // 2  # not one fixed `.405Z`
    again = [
        p["date_acquired"] for p in get(make_app(specs), "/accounts/VA00019816/positions")["positions"]["position"]
    ]
    assert again == every[: len(again)]  # deterministic for the seed
    other_seed = make_app(specs, seed=8)
    numbers = sorted(n for n, a in other_seed.states.get("test-token").accounts.items() if a.holdings())
    assert get(other_seed, f"/accounts/VA{numbers[0]:08d}/positions") != get(
        app, f"/accounts/VA{numbers[0]:08d}/positions"
    )


def test_a_close_through_another_vendor_shows_intraday_but_not_in_the_nightly_data(app: MockApp) -> None:
    """One token is one customer: closing TSLA through Clear Street changes Tradier's positions and
    balances now, while history and gain/loss (the clearing firm's nightly data) show it tomorrow."""
    history, gains = get(app, "/accounts/VA00019816/history"), get(app, "/accounts/VA00019816/gainloss")
    tesla = next(
        p for p in get(app, "/accounts/VA00019816/positions")["positions"]["position"] if p["symbol"] == "TSLA"
    )
    closed = call(app, "DELETE", "/clear-street/v1/accounts/19816/positions/TSLA", headers=TOKEN)
    assert closed.status_code == 200
    assert "TSLA" not in [p["symbol"] for p in get(app, "/accounts/VA00019816/positions")["positions"]["position"]]
    balances = get(app, "/accounts/VA00019816/balances")["balances"]
    assert balances["short_market_value"] == 0 and balances["close_pl"] != 0
    assert balances["total_equity"] == balances["total_cash"] + balances["market_value"]
    assert balances["open_pl"] == balances["market_value"] - sum(
        (p["cost_basis"] for p in get(app, "/accounts/VA00019816/positions")["positions"]["position"]), D(0)
    )
    assert tesla["quantity"] < 0
    assert get(app, "/accounts/VA00019816/history") == history
    assert get(app, "/accounts/VA00019816/gainloss") == gains


# ---- history ------------------------------------------------------------------------------------


def test_history_pages_from_one_until_the_empty_form(app: MockApp) -> None:
    everything = items(get(app, "/accounts/VA00019816/history?limit=1000")["history"], "event")
    pages = list(every_page(app, "/accounts/VA00019816/history", "history", "event", 4))
    assert [e for page in pages for e in page] == everything
    assert len(pages) == -(-len(everything) // 4) and all(len(p) == 4 for p in pages[:-1])
    dates = [e["date"] for e in everything]
    assert dates == sorted(dates, reverse=True)
    default = items(get(app, "/accounts/VA00019816/history")["history"], "event")
    assert default == everything[:25]  # the vendor's default limit


def test_history_events_carry_the_sub_object_named_after_their_type(app: MockApp) -> None:
    events = items(get(app, "/accounts/VA00019816/history?limit=1000")["history"], "event")
    assert {e["type"] for e in events} == {
        "trade", "option", "ach", "wire", "dividend", "fee", "tax", "journal", "check", "transfer",
        "adjustment", "interest",
    }  # fmt: skip
    for event in events:
        assert set(event) == {"amount", "date", "type", event["type"]}, event
        assert MIDNIGHT_SECONDS.fullmatch(event["date"])
    dividend = next(e for e in events if e["type"] == "dividend")
    assert "adjustment" not in dividend and dividend["dividend"]["quantity"].as_tuple() == D("0.00000000").as_tuple()
    assert {e["trade"]["trade_type"] for e in events if e["type"] == "trade"} == {"equity", "option"}
    options = [e["trade"] for e in events if e["type"] == "trade" and e["trade"]["trade_type"] == "option"]
    assert options and all(
        re.fullmatch(r"(CALL|PUT ) [A-Z]+ *[0-9]{2}/[0-9]{2}/[0-9]{2} *[0-9.]+", o["description"]) for o in options
    )
    assert all(len(o["description"]) == len("PUT  GS     08/29/25   705") for o in options)  # fixed-width columns


def test_history_agrees_with_the_brokerage(app: MockApp) -> None:
    account = brokerage().accounts[19816]
    trades = items(get(app, "/accounts/VA00019816/history?type=trade&limit=1000")["history"], "event")
    fills = [f for f in account.fills() if f.at.date() < TODAY]  # one trade event per fill, booked nightly
    assert sorted((e["trade"]["symbol"], e["trade"]["quantity"]) for e in trades) == sorted(
        (f.instrument.symbol, f.signed_quantity) for f in fills
    )
    for event in trades:
        trade = event["trade"]
        multiplier = 100 if trade["trade_type"] == "option" else 1
        assert event["amount"] == -trade["quantity"] * trade["price"] * multiplier - trade["commission"]
    cash = items(get(app, "/accounts/VA00019816/history?type=ach")["history"], "event")
    deposits = sorted(e.amount for e in account.cash_events if e.kind.value in ("deposit", "withdrawal"))
    assert sorted(e["amount"] for e in cash) == deposits
    [expired] = items(get(app, "/accounts/VA00019816/history?type=option")["history"], "event")
    lot = next(lot for lot in account.closed_lots if lot.expired)
    assert (expired["amount"], expired["option"]["quantity"]) == (0, -lot.quantity)


def test_history_filters(app: MockApp) -> None:
    url = "/accounts/VA00019816/history?limit=1000"
    everything = items(get(app, url)["history"], "event")
    week = items(get(app, f"{url}&start=2026-10-26&end=2026-10-30")["history"], "event")
    assert week == [e for e in everything if "2026-10-26" <= e["date"][:10] <= "2026-10-30"] and week
    assert get(app, f"{url}&start=2026-10-30&end=2026-10-26") == {"history": "null"}
    fees = items(get(app, f"{url}&type=fee")["history"], "event")
    assert fees and {e["type"] for e in fees} == {"fee"}
    contains = items(get(app, f"{url}&symbol=aapl")["history"], "event")
    exact = items(get(app, f"{url}&symbol=AAPL&exactMatch=true")["history"], "event")
    assert {"dividend", "tax"} <= {e["type"] for e in exact}  # AAPL's dividend and its withholding
    assert all(e["trade"]["symbol"] == "AAPL" for e in exact if e["type"] == "trade")
    assert all(e in contains for e in exact) and len(exact) < len(contains)
    assert any(e["type"] == "trade" and e["trade"]["symbol"].startswith("AAPL2") for e in contains)  # options


@pytest.mark.parametrize(
    ("value", "exact"), [("true", True), ("True", True), ("TRUE", True), ("false", False), ("False", False)]
)
def test_exact_match_is_read_case_insensitively(app: MockApp, value: str, exact: bool) -> None:
    """Python clients send `True`/`False` (tradier-api-client always sends `exactMatch=True`)."""
    url = "/accounts/VA00019816/history?limit=1000&symbol=AAPL"
    events = items(get(app, f"{url}&exactMatch={value}")["history"], "event")
    expected = f"{url}&exactMatch=true" if exact else url
    assert events == items(get(app, expected)["history"], "event")
    assert any(e["type"] == "trade" and e["trade"]["symbol"] != "AAPL" for e in events) is not exact


def test_unknown_query_parameters_are_ignored(app: MockApp) -> None:
    """aiotradier sends `account_id` (and its history filter as `type_`); the vendor ignores what it does not know."""
    history = "/accounts/VA00019816/history?limit=1000"
    assert get(app, f"{history}&account_id=VA00019816&type_=trade") == get(app, history)
    gains = "/accounts/VA00019816/gainloss?limit=1000"
    assert get(app, f"{gains}&account_id=VA00019816&exactMatch=true") == get(app, gains)
    assert get(app, "/user/profile?account_id=VA00019816") == get(app, "/user/profile")


# ---- gain/loss ----------------------------------------------------------------------------------


def test_gain_loss_pages_and_sorts(app: MockApp) -> None:
    url = "/accounts/VA00019816/gainloss"
    newest_closed_first = items(get(app, f"{url}?limit=1000")["gainloss"], "closed_position")
    assert [c["close_date"] for c in newest_closed_first] == sorted(
        (c["close_date"] for c in newest_closed_first), reverse=True
    )
    pages = list(every_page(app, f"{url}?sortBy=openDate&sort=asc", "gainloss", "closed_position", 2))
    oldest_opened_first = [c for page in pages for c in page]
    assert [c["open_date"] for c in oldest_opened_first] == sorted(c["open_date"] for c in newest_closed_first)
    assert len(pages) == -(-len(newest_closed_first) // 2)
    puts = items(get(app, f"{url}?symbol=p00140")["gainloss"], "closed_position")
    assert [p["symbol"][-9:] for p in puts] == ["P00140000"]


def test_gain_loss_agrees_with_the_brokerage(app: MockApp) -> None:
    account = brokerage().accounts[19816]
    closed = items(get(app, "/accounts/VA00019816/gainloss?limit=1000")["gainloss"], "closed_position")
    assert len(closed) == len([lot for lot in account.closed_lots if lot.closed_on < TODAY])
    for row in closed:
        assert row["gain_loss"] == row["proceeds"] - row["cost"]
        assert row["gain_loss_percent"] == (row["gain_loss"] / row["cost"] * 100).quantize(D("0.0001")).normalize()
        assert MIDNIGHT_MILLIS.fullmatch(row["close_date"]) and MIDNIGHT_MILLIS.fullmatch(row["open_date"])
        held = date.fromisoformat(row["close_date"][:10]) - date.fromisoformat(row["open_date"][:10])
        assert isinstance(row["term"], int) and row["term"] == held.days
    expired = next(row for row in closed if row["proceeds"] == 0)
    assert (str(expired["proceeds"]), str(expired["gain_loss_percent"])) == ("0.0", "-100.0")


# ---- errors and headers -------------------------------------------------------------------------


@pytest.mark.parametrize("account", ["VA00000001", "VA00019822", "6YA19816"])
def test_accounts_the_token_may_not_use_get_the_401_fault(app: MockApp, account: str) -> None:
    for operation in ("balances", "positions", "history", "gainloss"):
        body = get(app, f"/accounts/{account}/{operation}", 401)
        assert body["fault"]["faultstring"] == f"Unauthorized Account: {account}"


def test_missing_or_unknown_tokens_get_the_apigee_fault(app: MockApp) -> None:
    fault = {
        "fault": {
            "faultstring": "Invalid Access Token",
            "detail": {"errorcode": "keymanagement.service.invalid_access_token"},
        }
    }
    for headers in ({}, {"Authorization": "Bearer stolen"}):
        response = call(app, "GET", f"{BASE}/user/profile", headers=headers)
        assert (response.status_code, response.json()) == (401, fault)


@pytest.mark.parametrize(
    ("url", "headers", "message"),
    [
        ("/accounts/VA00019816/history?page=0", {}, "query parameter 'page'"),
        ("/accounts/VA00019816/history?type=deposit", {}, "query parameter 'type'"),
        ("/accounts/VA00019816/history?type=trade,option", {}, "query parameter 'type'"),  # one type per request
        ("/accounts/VA00019816/history?exactMatch=yes", {}, "query parameter 'exactMatch'"),
        ("/accounts/VA00019816/history?start=19700101", {}, "query parameter 'start'"),
        ("/accounts/VA00019816/gainloss?sort=DESC", {}, "query parameter 'sort'"),
        ("/accounts/VA00019816/gainloss?page=0", {}, "query parameter 'page'"),
        ("/accounts/VA-1/balances", {}, "path parameter 'account_id'"),
        ("/user/profile", {"Accept": "application/xml"}, "header parameter 'Accept'"),
    ],
)
def test_invalid_requests_get_the_400_errors_body(
    app: MockApp, url: str, headers: dict[str, str], message: str
) -> None:
    response = call(app, "GET", f"{BASE}{url}", headers={**HEADERS, **headers})
    assert response.status_code == 400
    assert message in response.json()["errors"]["error"]


def test_over_the_rate_limit_the_answer_is_the_quota_violation_text(specs: list[Spec]) -> None:
    throttled = make_app(specs, faults=Faults(rate_429=1.0, retry_after=5))
    before = int(time.time() * 1000)
    response = call(throttled, "GET", f"{BASE}/accounts/VA00019816/balances", headers=HEADERS)
    assert (response.status_code, response.headers["content-type"]) == (400, "text/plain")
    assert response.text.startswith("Quota Violation") and "retry-after" not in response.headers
    resets = int(response.text.split()[-1])  # what go-tradier reads: the last word, epoch milliseconds
    assert before + 5_000 <= resets <= int(time.time() * 1000) + 5_000


def test_any_json_accept_is_served(app: MockApp) -> None:
    for accept in ("*/*", "application/*", "text/html, application/json;q=0.9"):
        assert call(app, "GET", f"{BASE}/user/profile", headers={**TOKEN, "Accept": accept}).status_code == 200


def test_rate_limit_headers_count_per_token(app: MockApp) -> None:
    before = int(time.time() * 1000)
    seen = [call(app, "GET", f"{BASE}/user/profile", headers=HEADERS).headers for _ in range(3)]
    assert [int(h["X-Ratelimit-Used"]) for h in seen] == [1, 2, 3]
    assert all(int(h["X-Ratelimit-Allowed"]) == 60 for h in seen)
    assert all(int(h["X-Ratelimit-Available"]) == 60 - int(h["X-Ratelimit-Used"]) for h in seen)
    assert len({h["X-Ratelimit-Expiry"] for h in seen}) == 1
    assert before + 60_000 <= int(seen[0]["X-Ratelimit-Expiry"]) <= int(time.time() * 1000) + 60_000


def test_a_reset_token_starts_with_a_full_quota(specs: list[Spec]) -> None:
    """`POST /__reset` starts the token's rate-limit window over; another token's window is untouched."""
    app = make_app(specs, credentials=Credentials(tokens=frozenset({"test-token", "other-token"})))
    other = {"Authorization": "Bearer other-token", "Accept": "application/json"}
    for _ in range(3):
        call(app, "GET", f"{BASE}/user/profile", headers=HEADERS)
    call(app, "GET", f"{BASE}/user/profile", headers=other)
    assert call(app, "POST", "/__reset", headers=TOKEN).json() == {"reset": True}
    after = call(app, "GET", f"{BASE}/user/profile", headers=HEADERS).headers
    assert (after["X-Ratelimit-Used"], after["X-Ratelimit-Available"]) == ("1", "59")
    assert call(app, "GET", f"{BASE}/user/profile", headers=other).headers["X-Ratelimit-Used"] == "2"


# ---- coverage -----------------------------------------------------------------------------------


def test_every_current_field_is_sent(app: MockApp, specs: list[Spec]) -> None:
    """Each property of each success schema appears in some response the mock gives, in every wire form."""
    spec = specs[0]
    single = make_app(specs)
    own = single.states.get("test-token")
    for number in [n for n in own.accounts if n != 19820]:
        del own.accounts[number]
    history = "/accounts/VA00019816/history"
    bodies: dict[str, list[Any]] = {
        "get_user_profile": [get(app, "/user/profile"), get(single, "/user/profile")],
        "get_account_balances": [get(app, f"/accounts/VA{n:08d}/balances") for n in (19816, 19818, 19820)],
        "get_account_positions": [get(app, f"/accounts/VA{n:08d}/positions") for n in (19816, 19819, 19824)],
        "get_account_history": [get(app, f"{history}?limit=1000"), get(app, "/accounts/VA00019817/history")]
        + [get(app, f"{history}?type={kind}&limit=1") for kind in _event_types(spec.document)],
        "get_account_gain_loss": [get(app, f"/accounts/VA00019816/gainloss{q}") for q in ("", "?limit=1", "?page=9")],
    }
    for operation_id, served in bodies.items():
        schema = spec.dereferenced["paths"][spec.operation(operation_id).path][spec.operation(operation_id).method]
        body_schema = schema["responses"]["200"]["content"]["application/json"]["schema"]
        assert not field_coverage.missing(body_schema, served), operation_id


def _event_types(document: dict[str, Any]) -> list[str]:
    return list(document["components"]["schemas"]["HistoryEventType"]["enum"])
