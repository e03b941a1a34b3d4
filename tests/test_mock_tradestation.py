"""TradeStation WebAPI v2 and Brokerage API v3 served by the mock from one simulated brokerage.

The two generations must agree through the v2 -> v3 field map (specs/tradestation-v2-to-v3.yaml),
batches answer per account, unknown accounts fail as each generation fails, order history pages,
figures agree with the brokerage and with each other, and every current field is sent.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from broker_contracts_mock.app import MockApp
from broker_contracts_mock.brokerage import AccountKind, Brokerage
from broker_contracts_mock.faults import Faults
from scripts import field_map
from scripts.specs import SPECS_DIR, Spec

from . import field_coverage
from .conftest import project_spec
from .mock_support import TODAY, TOKEN, call, make_app

D = Decimal
V2 = "/tradestation-v2/v2"
V3 = "/tradestation-v3/v3/brokerage/accounts"
SWAGGER = "APIVersion=20160101"
MAP = field_map.load(SPECS_DIR / "tradestation-v2-to-v3.yaml")
SPECS = {label: project_spec(folder) for label, folder in MAP.folders.items()}
SINCE = "2026-08-22"  # 90 days before the mock's day: every seeded order
# Position fields v2 sends for equities and options only and v3 on every position (futures too).
V3_ON_EVERY_POSITION = {"MarkToMarketPrice", "TodaysProfitLoss"}
# Where each operation of the field map is served; `{}` takes the comma-separated keys or ids (v2: see v2_every).
URLS = {
    ("v2", "get_balances"): f"{V2}/accounts/{{}}/balances",
    ("v2", "get_positions"): f"{V2}/accounts/{{}}/positions",
    ("v3", "get_balances"): f"{V3}/{{}}/balances",
    ("v3", "get_bod_balances"): f"{V3}/{{}}/bodbalances",
    ("v3", "get_positions"): f"{V3}/{{}}/positions",
}


@pytest.fixture
def app() -> MockApp:
    return make_app([SPECS["v2"], SPECS["v3"]])


def brokerage_of(app: MockApp) -> Brokerage:
    return app.states.get("test-token")


def get(app: MockApp, url: str, status: int = 200, **headers: str) -> Any:
    """The JSON body, numbers read as exact decimals."""
    response = call(app, "GET", url, headers={**TOKEN, **headers})
    assert response.status_code == status, response.text
    v2 = url.startswith("/tradestation-v2/")
    assert response.headers["content-type"] == ("application/json; charset=utf-8" if v2 else "application/json")
    return json.loads(response.content, parse_float=Decimal)


def v2_keys(app: MockApp, query: str = "") -> str:
    """The keys of the accounts the user's list shows in the version `query` asks for."""
    return ",".join(str(a["Key"]) for a in get(app, f"{V2}/users/testuser/accounts?{query}"))


def v2_every(app: MockApp, operation: str) -> list[Any]:
    """One v2 operation's answer over every account: in the Swagger's version for the accounts it shows,
    in the default version for the others (forex)."""
    swagger = v2_keys(app, SWAGGER)
    others = sorted(set(v2_keys(app).split(",")) - set(swagger.split(",")))
    url = URLS["v2", operation]
    body = list(get(app, f"{url.format(swagger)}?{SWAGGER}"))
    return body + list(get(app, url.format(",".join(others))))


def v3_ids(app: MockApp) -> str:
    """Every account id of the user, the forex one too (v3's accounts list leaves it out): the first
    word of each v2 account name."""
    return ",".join(a["Name"].split()[0] for a in get(app, f"{V2}/users/testuser/accounts"))


def forex_ids(app: MockApp) -> set[str]:
    return {a["Name"].split()[0] for a in get(app, f"{V2}/users/testuser/accounts") if a["Type"] == "X"}


def close_some_positions(app: MockApp) -> None:
    """Trades made elsewhere today (e.g. through another vendor's API on the same brokerage)."""
    brokerage = brokerage_of(app)
    for number, symbol in ((19816, "TSLA"), (19816, "AAPL"), (19822, "ESZ6"), (19823, "EURUSD")):
        account = brokerage.accounts[number]
        position = account.find_position(symbol)
        assert position is not None
        brokerage.close_position(account, position, cancel_orders=True)


# ---- the two generations agree through the field map --------------------------------------------


@pytest.mark.parametrize("closed", [False, True], ids=["seeded", "after-closes"])
@pytest.mark.parametrize("group", MAP.groups, ids=[g.name for g in MAP.groups])
def test_v2_and_v3_agree_through_the_field_map(app: MockApp, group: field_map.Group, closed: bool) -> None:
    """Every account and position, seen through both generations, carries the same values for every
    field the map pairs (in the account kinds it names); what v3 does not serve is in its `Errors`."""
    if closed:
        close_some_positions(app)
    old_body = v2_every(app, group.old.operation)
    new_body = get(app, URLS["v3", group.new.operation].format(v3_ids(app)))
    key = group.match
    by_key = {field_map.normalise(key, e[key.new]): e for e in field_map.body_elements(new_body, group.new)}
    compared: set[str] = set()
    unmatched = []
    for old in field_map.body_elements(old_body, group.old):
        [old_key] = field_map.values_at(old, key.old)
        new = by_key.pop(field_map.convert(key, old_key), None)
        if new is None:
            unmatched.append(old)
            continue
        for pair in _comparable(group, old.get("Type")):
            old_values, new_values = field_map.values_at(old, pair.old), field_map.values_at(new, pair.new)
            if not old_values and pair.new in V3_ON_EVERY_POSITION:
                assert new_values and new["AssetType"] == "FUTURE", f"{old_key}: {pair.new}"
                continue
            assert bool(old_values) == bool(new_values), f"{old_key}: {pair.old} {old_values} / {pair.new} {new_values}"
            expected = [field_map.convert(pair, value) for value in old_values]
            assert [field_map.normalise(pair, value) for value in new_values] == expected, f"{old_key}: {pair.old}"
            compared.update({pair.old} if old_values else set())
    assert not by_key, f"v3 sends elements v2 lacks: {sorted(by_key)}"
    forbidden = {e["AccountID"] for e in new_body["Errors"] if e["Error"] == "Forbidden"}
    assert forbidden == forex_ids(app)
    assert {_account_of(group, old) for old in unmatched} <= forbidden and (unmatched or group.name == "positions")
    never = {pair.old for pair in _comparable(group, None) if set(pair.types) == {"X"}}
    assert compared == {pair.old for pair in _comparable(group, None)} - never


def _comparable(group: field_map.Group, kind: str | None) -> Iterator[field_map.FieldPair]:
    """The pairs whose values can be compared, for an element of v2 `Type` `kind` (None: any)."""
    for pair in group.fields:
        if field_map.CONVERSIONS[pair.conversion] and (kind is None or not pair.types or kind in pair.types):
            yield pair


def _account_of(group: field_map.Group, old: dict[str, Any]) -> str:
    """The v3 account id of a v2 element, by the map's account pair."""
    pair = next(p for p in group.fields if p.new == "AccountID")
    [name] = field_map.values_at(old, pair.old)
    return str(field_map.convert(pair, name))


def test_reformatted_dates_are_the_same_instants(app: MockApp) -> None:
    """The `reformatted` pairs (v2 display dates, v3 RFC 3339) name the same instant; v2's
    `DateTime.MinValue` stands where v3 sends nothing."""
    group = next(g for g in MAP.groups if g.name == "positions")
    pairs = [p for p in group.fields if p.conversion == "reformatted"]
    v3 = {p["PositionID"]: p for p in get(app, URLS["v3", "get_positions"].format(v3_ids(app)))["Positions"]}
    checked = 0
    for old in v2_every(app, "get_positions"):
        new = v3.get(str(old["Key"]))
        if new is None:
            continue
        for pair in pairs:
            if old[pair.old] == "1/1/0001 12:00:00 AM":
                assert pair.new not in new
                continue
            v2_instant = datetime.strptime(old[pair.old], "%m/%d/%Y %I:%M:%S %p").replace(tzinfo=UTC)
            assert v2_instant == datetime.fromisoformat(new[pair.new]), pair.old
            checked += 1
    assert checked > len(v3)


# ---- figures agree with the brokerage and with each other ----------------------------------------


def test_balances_agree_with_the_brokerage(app: MockApp) -> None:
    """Each account's figures are the brokerage's (v2 key = 100000 + account number)."""
    brokerage = brokerage_of(app)
    v2 = {b["Key"]: b for b in v2_every(app, "get_balances")}
    v3 = {b["AccountID"]: b for b in get(app, URLS["v3", "get_balances"].format(v3_ids(app)))["Balances"]}
    assert len(v2) == 9 and len(v3) == 8
    for account in brokerage.accounts.values():
        old = v2[100_000 + account.number]
        assert old["RealTimeEquity"] == account.equity
        assert old["RealTimeAccountBalance"] == account.cash
        assert old["MarketValue"] == account.market_value
        assert old["BODEquity"] == account.start_of_day_equity
        assert old["RealTimeUnrealizedProfitLoss"] == account.unrealized_pnl
        assert old["RealTimeUnrealizedGains"] == account.unrealized_pnl_today
        new = v3.get(old["Name"].split()[0])
        if account.kind is AccountKind.FOREX:
            assert new is None
            continue
        assert new is not None
        assert (D(new["Equity"]), D(new["CashBalance"])) == (account.equity, account.cash)


@pytest.mark.parametrize("closed", [False, True], ids=["seeded", "after-closes"])
def test_balances_agree_with_each_other_and_with_positions(app: MockApp, closed: bool) -> None:
    """Equity = cash + positions (equities) or cash + open P&L (futures); today's P&L explains the
    day's change in equity; the positions add up to the balance; margins follow Reg T or the contracts."""
    if closed:
        close_some_positions(app)
    ids = v3_ids(app)
    bod = {b["AccountID"]: b for b in get(app, f"{V3}/{ids}/bodbalances")["BODBalances"]}
    positions = get(app, f"{V3}/{ids}/positions")["Positions"]
    for balance in get(app, f"{V3}/{ids}/balances")["Balances"]:
        mine = [p for p in positions if p["AccountID"] == balance["AccountID"]]
        detail, equity = balance["BalanceDetail"], D(balance["Equity"])
        realized, unrealized = D(detail["RealizedProfitLoss"]), D(detail["UnrealizedProfitLoss"])
        assert D(balance["MarketValue"]) == sum((D(p["MarketValue"]) for p in mine), D(0))
        assert unrealized == sum((D(p["UnrealizedProfitLoss"]) for p in mine), D(0))
        day_change = equity - D(bod[balance["AccountID"]]["BalanceDetail"]["Equity"])
        assert day_change == realized + D(balance["TodaysProfitLoss"])
        assert D(balance["TodaysProfitLoss"]) == sum((D(p["TodaysProfitLoss"]) for p in mine), D(0))
        for position in mine:
            assert (D(position["Quantity"]) < 0) == (position["LongShort"] == "Short")
            cost = D(position["TotalCost"]) * (1 if position["LongShort"] == "Long" else -1)
            assert D(position["MarketValue"]) - cost == D(position["UnrealizedProfitLoss"])
        if balance["AccountType"] == "Futures":
            assert equity == D(balance["CashBalance"]) + unrealized
            assert D(detail["InitialMargin"]) == sum((D(p["InitialRequirement"]) for p in mine), D(0))
            assert D(balance["BuyingPower"]) == equity - D(detail["InitialMargin"])
            [usd] = balance["CurrencyDetails"]
            assert (usd["CashBalance"], usd["UnrealizedProfitLoss"]) == (
                balance["CashBalance"],
                detail["UnrealizedProfitLoss"],
            )
        else:
            assert equity == D(balance["CashBalance"]) + D(balance["MarketValue"])
            assert D(detail["OptionsMarketValue"]) == sum(
                (D(p["MarketValue"]) for p in mine if p["AssetType"] == "STOCKOPTION"), D(0)
            )
        if balance["AccountType"] == "Margin":
            gross = sum((abs(D(p["MarketValue"])) for p in mine), D(0))
            assert D(detail["RequiredMargin"]) == (gross / 2).quantize(D("0.01"))
            assert D(balance["BuyingPower"]) in (D(detail["OvernightBuyingPower"]), 4 * D(detail["DayTradeExcess"]))
            assert D(detail["OvernightBuyingPower"]) == 2 * (equity - D(detail["RequiredMargin"]))


def test_v2_positions_are_quantity_times_price_and_name_their_account(app: MockApp) -> None:
    names = {a["Name"] for a in get(app, f"{V2}/users/testuser/accounts")}
    rows = get(app, URLS["v2", "get_positions"].format(v2_keys(app)))
    assert {r["AssetType"] for r in rows} == {"EQ", "OP", "FU", "FX"}
    swagger = get(app, f"{URLS['v2', 'get_positions'].format(v2_keys(app, SWAGGER))}?{SWAGGER}")
    assert {r["AssetType"] for r in swagger} == {"EQ", "Op", "Fu"}  # the Swagger's spellings, no forex
    for row in rows:
        assert row["AccountID"] in names
        sign = 1 if row["LongShort"] == "Long" else -1
        assert row["Quantity"] > 0
        assert row["MarketValue"] == sign * row["Quantity"] * row["LastPrice"] * row["BigPointValue"]
        assert row["OpenProfitLoss"] == row["MarketValue"] - sign * row["TotalCost"]
        assert row["OpenProfitLossQty"] * row["Quantity"] == row["OpenProfitLoss"]


def test_closed_positions_and_realized_profit_show_in_v2(app: MockApp) -> None:
    close_some_positions(app)
    [margin] = get(app, f"{V2}/accounts/119816/balances")
    assert sorted(c["Symbol"] for c in margin["ClosedPositions"]) == ["AAPL", "TSLA"]
    account = brokerage_of(app).accounts[19816]
    assert margin["RealTimeRealizedProfitLoss"] == account.realized_today
    assert sum((c["Profit"] for c in margin["ClosedPositions"]), D(0)) == sum(
        (lot.gain_loss for lot in account.closed_lots if lot.closed_on == TODAY), D(0)
    )
    assert "TSLA" not in {p["Symbol"] for p in get(app, f"{V2}/accounts/119816/positions")}


# ---- exact amounts --------------------------------------------------------------------------------


def test_v2_writes_dotnet_decimals_digit_for_digit(app: MockApp) -> None:
    """Vendor scales (trailing zeros kept), 28-digit quotients, no exponent, nothing a float could hold."""
    raw = call(app, "GET", f"{V2}/accounts/119816,119822,119823/balances", headers=TOKEN).content
    assert b"E-" not in raw and b"e-" not in raw
    margin, futures, forex = json.loads(raw, parse_float=Decimal)
    assert margin["BODEquity"].as_tuple().exponent == -4
    assert margin["RealTimeUnrealizedProfitLoss"].as_tuple().exponent == -20
    assert futures["RealTimeEquity"].as_tuple().exponent == -20
    assert futures["OpenOrderMargin"].as_tuple().exponent == -6 and futures["OpenOrderMargin"] == 0
    eur = next(c for c in forex["CurrencyDetails"] if c["Currency"] == "EUR")
    rate = eur["ToAccountConversionRate"]
    assert rate.as_tuple().exponent == -28
    tail = eur["RealTimeUnrealizedProfitLoss"]
    assert len(tail.as_tuple().digits) == 28, tail
    assert Decimal(repr(float(tail))) != tail
    assert abs(tail * rate - eur["RealTimeAccountUnrealizedProfitLoss"]) < D("1e-20")
    assert eur["RealTimeAccountUnrealizedProfitLoss"] == brokerage_of(app).accounts[19823].unrealized_pnl
    assert b'"ToAccountConversionRate":1,' in raw  # the account's own currency: a bare 1


def test_v3_writes_every_number_as_a_decimal_string(app: MockApp) -> None:
    ids = v3_ids(app)
    bodies = [get(app, f"{V3}/{ids}/{what}") for what in ("balances", "bodbalances", "positions")]
    bodies.append(get(app, f"{V3}/{ids}/historicalorders?since={SINCE}"))
    leaves = [value for body in bodies for value in _leaves(body)]
    assert not [v for v in leaves if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)]
    balance = bodies[0]["Balances"][0]
    assert balance["BalanceDetail"]["MaintenanceRate"] == "0.2510222141098558909684702355"
    for text in ("CashBalance", "Equity", "BuyingPower"):
        assert "e" not in balance[text].lower() and not balance[text].endswith(".0")
    numbers = get(app, V3)["Accounts"][0]["AccountDetail"]
    assert isinstance(numbers["OptionApprovalLevel"], int)


def _leaves(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


# ---- accounts, identifiers and kinds -------------------------------------------------------------


def test_accounts_in_each_generations_format(app: MockApp) -> None:
    """v3 lists the accounts of its documented types: every v2 account (docs era) but the forex one."""
    v2 = get(app, f"{V2}/users/testuser/accounts")
    v3 = get(app, V3)["Accounts"]
    assert [a["Name"].split(" ", 1)[0] for a in v2 if a["Type"] != "X"] == [a["AccountID"] for a in v3]
    assert [a["Key"] for a in v2] == list(range(119816, 119825))
    assert [a["Type"] for a in v2] == ["M", "C", "C", "M", "M", "D", "F", "X", "M"]
    assert [a["AccountType"] for a in v3] == ["Margin", "Cash", "Cash", "Margin", "Margin", "DVP", "Futures", "Margin"]
    assert v2[7]["Name"] == "FX3119823 TestUser" and "FX3119823" not in {a["AccountID"] for a in v3}
    assert (v2[1]["Status"], v3[1]["Status"]) == ("X", "Closed")
    pdt = v3[4]
    assert pdt["AccountDetail"]["PatternDayTrader"] is True and pdt["Alias"] == v2[4]["Alias"] == "Active Trading"
    assert "AccountDetail" not in v3[6]
    assert all("AccountDetail" in a for a in v3 if a["AccountType"] in ("Cash", "Margin", "DVP"))


def test_user_accounts_need_the_callers_user(app: MockApp) -> None:
    assert len(get(app, f"{V2}/users/TestUser/accounts")) == 9  # v2 URLs are case-insensitive
    missing = get(app, f"{V2}/users/someoneelse/accounts", status=404)
    assert missing["StatusCode"] == 404 and "someoneelse" in missing["Message"]


def test_api_version_decides_the_swagger_era_fields(app: MockApp) -> None:
    era = ("IsStockLocateEligible", "StatusDescription")
    old, new = get(app, f"{V2}/users/testuser/accounts")[0], get(app, f"{V2}/users/testuser/accounts?{SWAGGER}")[0]
    assert not set(era) & set(old) and set(era) <= set(new)
    old_futures = get(app, f"{V2}/accounts/119822/balances")[0]
    new_futures = get(app, f"{V2}/accounts/119822/balances?{SWAGGER}")[0]
    swagger_only = {"DayTradeExcess", "DayTradeOpenOrderMargin", "RealTimeDayTradeMargin"}
    assert set(new_futures) - set(old_futures) == swagger_only
    assert "CostBasisCalculation" not in get(app, f"{V2}/accounts/119816/positions")[0]
    assert get(app, f"{V2}/accounts/119816/positions?{SWAGGER}")[0]["CostBasisCalculation"] == "None"


# ---- batches and unknown accounts ----------------------------------------------------------------


def test_v2_batches_answer_per_account_and_an_unknown_key_fails_the_request(app: MockApp) -> None:
    batch = get(app, f"{V2}/accounts/119822,119816,119816,0119818/balances")
    assert [(b["Key"], b["Type"]) for b in batch] == [(119822, "F"), (119816, "M"), (119818, "C")]
    positions = get(app, f"{V2}/accounts/119819,119822/positions")
    assert {p["AccountID"] for p in positions} == {"3119819 TestUser", "3119822 TestUser"}
    for what in ("balances", "positions", "orders"):
        failed = get(app, f"{V2}/accounts/119816,999/{what}", status=404)
        assert failed["StatusCode"] == 404 and failed["Message"] == "Account Not Found: 999"
        assert len(failed["TraceId"]) == 36


def test_v3_batches_answer_per_account_with_partial_failures(app: MockApp) -> None:
    body = get(app, f"{V3}/3119816,3119822,FX3119823,999,3119816/balances")
    assert [b["AccountID"] for b in body["Balances"]] == ["3119816", "3119822"]
    assert body["Errors"] == [
        {"AccountID": "FX3119823", "Error": "Forbidden", "Message": "Request not supported for account type."},
        {"AccountID": "999", "Error": "NotFound", "Message": "Account not found."},
    ]
    futures = body["Balances"][1]
    assert futures["AccountType"] == "Futures" and [c["Currency"] for c in futures["CurrencyDetails"]] == ["USD"]
    assert "CurrencyDetails" not in body["Balances"][0]
    assert get(app, f"{V3}/3119816/balances")["Errors"] == []
    nobody = get(app, f"{V3}/1,2/bodbalances")
    assert nobody["BODBalances"] == [] and [e["AccountID"] for e in nobody["Errors"]] == ["1", "2"]
    positions = get(app, f"{V3}/FX3119823,3119819/positions")
    assert {p["AccountID"] for p in positions["Positions"]} == {"3119819"}
    assert [e["Error"] for e in positions["Errors"]] == ["Forbidden"]
    orders = get(app, f"{V3}/FX3119823,404/historicalorders?since={SINCE}")
    assert {o["AccountID"] for o in orders["Orders"]} == {"FX3119823"}  # every account type
    assert [e["Error"] for e in orders["Errors"]] == ["NotFound"]


def test_symbol_filters(app: MockApp) -> None:
    v2 = get(app, f"{V2}/accounts/119816/positions?$filter=symbol%20eq%20'aapl'%20or%20Symbol%20eq%20'GE'")
    assert sorted(p["Symbol"] for p in v2) == ["AAPL", "GE"]
    bad = get(app, f"{V2}/accounts/119816/positions?$filter=Symbol%20gt%20'A'", status=400)
    assert "$filter" in bad["Message"]
    v3 = get(app, f"{V3}/3119816,3119822/positions?symbol=AAPL%20*,ES*")["Positions"]
    assert sorted(p["Symbol"] for p in v3) == ["AAPL 270115C190", "ESZ26"]
    assert get(app, f"{V3}/3119816/positions?symbol=*27*C*")["Positions"][0]["AssetType"] == "STOCKOPTION"


# ---- order history -------------------------------------------------------------------------------


def test_v3_historical_orders_walk_every_page_with_next_token(app: MockApp) -> None:
    ids = v3_ids(app)
    everything = get(app, f"{V3}/{ids}/historicalorders?since={SINCE}")
    assert "NextToken" not in everything and everything["Errors"] == []
    total = len(everything["Orders"])
    assert total > 20
    seen, pages, url = [], 0, f"{V3}/{ids}/historicalorders?since={SINCE}&pageSize=7"
    while True:
        page = get(app, url)
        pages += 1
        seen += page["Orders"]
        token = page.get("NextToken")
        if token is None:
            break
        assert len(page["Orders"]) == 7
        url = f"{V3}/{ids}/historicalorders?since={SINCE}&pageSize=7&nextToken={token}"
    assert seen == everything["Orders"] and pages == -(-total // 7)
    closed = [o["ClosedDateTime"] for o in seen]
    assert closed == sorted(closed, reverse=True)
    assert "OPN" not in {o["Status"] for o in seen} and "ACK" not in {o["Status"] for o in seen}
    exact = get(app, f"{V3}/{ids}/historicalorders?since={SINCE}&pageSize={total}")
    assert len(exact["Orders"]) == total and "NextToken" not in exact  # exactly pageSize and no more: no token


def test_v3_historical_orders_reject_tokens_and_dates_they_cannot_use(app: MockApp) -> None:
    base = f"{V3}/3119816/historicalorders"
    token = get(app, f"{base}?since={SINCE}&pageSize=2")["NextToken"]
    assert base64.urlsafe_b64decode(token + "==").decode() == f"since={SINCE}&offset=2"
    cases = {
        f"since=2026-09-01&pageSize=2&nextToken={token}": "belongs to since=2026-08-22",
        f"since={SINCE}&pageSize=2&nextToken=bogus": "not a token this server issued",
        "since=2026-08-21": "more than 90 days",
        "since=02-30-2026": "is not a date",
    }
    for query, message in cases.items():
        error = get(app, f"{base}?{query}", status=400)
        assert error["Error"] == "BadRequest" and message in error["Message"], query
    forms = ["2026-10-01", "10-01-2026", "2026/10/01", "10%2F01%2F2026"]
    answers = [get(app, f"{base}?since={form}")["Orders"] for form in forms]
    assert answers[0] and all(a == answers[0] for a in answers)
    assert min(o["OpenedDateTime"] for o in answers[0]) >= "2026-10-01"
    assert get(app, f"{base}?since=2030-01-01")["Orders"] == []


def test_v2_order_history_pages_current_and_older_orders_separately(app: MockApp) -> None:
    base = f"{V2}/accounts/119820/orders?{SWAGGER}"
    current = get(app, base)
    assert [(o["Status"], o["StatusDescription"]) for o in current] == [
        ("ACK", "Received"),
        ("FPR", "Partial Fill (Alive)"),  # a good-till-cancelled order of two days ago is still open
    ]
    everything = get(app, f"{base}&since=08-22-2026")
    older = everything[2:]
    assert everything[:2] == current and len(older) == 12
    stamps = [datetime.strptime(o["TimeStamp"], "%m/%d/%Y %I:%M:%S %p") for o in older]
    assert stamps == sorted(stamps, reverse=True)
    pages = [get(app, f"{base}&since=08-22-2026&pageSize=4&pageNum={n}") for n in (1, 2, 3, 4)]
    assert pages[0][:2] == current and [len(p) for p in pages] == [6, 4, 4, 0]
    assert [o for p in pages for o in p if o not in current] == older
    assert get(app, f"{base}&since=08-22-2026&pageSize=4&pageNum=0") == pages[0]
    assert len(get(app, f"{base}&since=11-01-2026")) < len(everything)
    filtered = get(app, f"{base}&since=08-22-2026&$filter=Symbol%20eq%20'TSLA'")
    assert filtered and {o["Symbol"] for o in filtered} == {"TSLA"}


def test_v2_order_history_dates(app: MockApp) -> None:
    base = f"{V2}/accounts/119816/orders"
    too_old = get(app, f"{base}?since=08-21-2026", status=403)
    assert too_old["Message"] == "Can not return order history older than 90 day(s)."
    invalid = get(app, f"{base}?since=02-30-2026", status=400)
    assert invalid["Message"].startswith("The supplied since date is invalid")


def test_orders_read_alike_in_both_generations(app: MockApp) -> None:
    v2 = {o["OrderID"]: o for o in get(app, f"{V2}/accounts/119816/orders?since=08-22-2026")}
    v3 = get(app, f"{V3}/3119816/historicalorders?since={SINCE}")["Orders"]
    assert len(v3) == len(v2)
    for order in v3:
        old = v2[int(order["OrderID"])]
        assert (order["Status"], order["Duration"]) == (old["Status"], old["Duration"])
        assert D(order["CommissionFee"]) == old["CommissionFee"]
        assert D(order.get("FilledPrice", "0")) == old["FilledPrice"]
        assert len(order["Legs"]) == len(old["Legs"]) and order["Legs"][0]["Symbol"] == old["Symbol"]
        for leg, old_leg in zip(order["Legs"], old["Legs"], strict=True):
            assert leg["Symbol"] == old_leg["Symbol"]
            assert (
                D(leg["QuantityOrdered"]) == old_leg["Quantity"] and D(leg["ExecQuantity"]) == old_leg["ExecQuantity"]
            )
            assert {"Buy": "B", "Sell": "S", "SellShort": "T", "BuyToCover": "C"}[leg["BuyOrSell"]] == old_leg["Side"]


# ---- errors, quota and faults --------------------------------------------------------------------


def test_error_bodies_in_each_generations_shape(app: MockApp) -> None:
    denied = call(app, "GET", f"{V2}/accounts/119816/balances")
    assert denied.status_code == 401 and denied.json()["StatusCode"] == 401
    denied = call(app, "GET", f"{V3}/3119816/balances", headers={"Authorization": "Bearer nope"})
    assert denied.status_code == 401 and denied.json() == {
        "Error": "Unauthorized",
        "Message": "bearer token is not valid",
    }
    invalid = get(app, f"{V3}/not%20an%20id/balances", status=400)
    assert invalid["Error"] == "BadRequest" and "accounts" in invalid["Message"]
    assert get(app, f"{V2}/accounts/1/nowhere", status=404)["StatusCode"] == 404
    assert get(app, f"{V2}/accounts/119816/balances?APIVersion=2015", status=400)["StatusCode"] == 400


def test_v2_quota_page_is_html_on_request_and_under_fault_injection(app: MockApp) -> None:
    spec_page = SPECS["v2"].resolve("#/components/responses/Forbidden")["content"]["text/html"]["examples"]
    expected = spec_page["QuotaExceeded"]["value"]
    asked = call(
        app, "GET", f"{V2}/accounts/119816/balances", headers={**TOKEN, "Prefer": "code=403, example=QuotaExceeded"}
    )
    assert (asked.status_code, asked.headers["content-type"], asked.text) == (403, "text/html", expected)
    throttled = make_app([SPECS["v2"], SPECS["v3"]], faults=Faults(rate_429=1.0, retry_after=5))
    v2 = call(throttled, "GET", f"{V2}/accounts/119816/balances", headers=TOKEN)
    assert (v2.status_code, v2.headers["content-type"], v2.text) == (403, "text/html", expected)
    assert "retry-after" not in v2.headers
    v3 = call(throttled, "GET", f"{V3}/3119816/balances", headers=TOKEN)
    assert (v3.status_code, v3.headers["retry-after"], v3.json()["Error"]) == (429, "5", "TooManyRequests")


# ---- every current field is sent -----------------------------------------------------------------

# Properties the simulated brokerage has nothing for: Japanese accounts' fields, and order features its
# orders never use (activation rules, trailing stops, OCO groups, hidden size).
NEVER_SENT = {
    "tradestation-v2": {
        "get_positions": {"[].UnrealizedExpenses"},
        "get_orders": {
            "[].RealizedExpenses",
            "[].TrailingStop",
            "[].TrailingStop.Amount",
            "[].TrailingStop.Percent",
            *(f"[].MarketActivationRules[].{p}" for p in ("RuleType", "Symbol", "Predicate", "TriggerKey", "Price")),
            "[].MarketActivationRules[].LogicOperator",
            "[].TimeActivationRules[].TimeUtc",
        },
    },
    "tradestation-v3": {
        "get_accounts": {"Accounts[].AltID"},
        "get_historical_orders": {
            *(f"Orders[].{p}" for p in ("AdvancedOptions", "GroupName", "ShowOnlyQuantity")),
            *(f"Orders[].{p}" for p in ("ConditionalOrders", "MarketActivationRules")),
            *(f"Orders[].{p}" for p in ("TimeActivationRules", "TrailingStop")),
            "Orders[].ConditionalOrders[].OrderID",
            "Orders[].ConditionalOrders[].Relationship",
            *(
                f"Orders[].MarketActivationRules[].{p}"
                for p in ("RuleType", "Symbol", "Predicate", "TriggerKey", "Price")
            ),
            "Orders[].MarketActivationRules[].LogicOperator",
            "Orders[].TimeActivationRules[].TimeUtc",
            "Orders[].TrailingStop.Amount",
            "Orders[].TrailingStop.Percent",
        },
    },
}
# Today's and open orders are the same objects; today's are the open limit order and the test's closes
# of stock positions: no multi-leg (`Spread`), rejected, stop or option order among them.
NEVER_SENT["tradestation-v3"]["get_orders"] = NEVER_SENT["tradestation-v3"]["get_historical_orders"] | {
    "Orders[].Spread",
    "Orders[].RejectReason",
    "Orders[].StopPrice",
    "Orders[].Legs[].OptionType",
    "Orders[].Legs[].StrikePrice",
}
NEVER_SENT["tradestation-v3"]["get_orders_by_id"] = NEVER_SENT["tradestation-v3"]["get_orders"] - {"NextToken"}


def test_every_current_field_is_sent(app: MockApp) -> None:
    """Each non-deprecated property of each success schema appears in some response the mock gives
    (in the 20160101 version, before and after today's closes), except the listed ones the brokerage
    has no data for."""
    bodies = _every_body(app)
    close_some_positions(app)
    for spec_name, served in _every_body(app).items():
        spec = next(s for s in SPECS.values() if s.name == spec_name)
        for operation_id, answers in served.items():
            missing = field_coverage.missing(
                _success_schema(spec, operation_id), answers + bodies[spec_name][operation_id]
            )
            expected = NEVER_SENT[spec_name].get(operation_id, set())
            assert missing == expected, f"{spec_name} {operation_id}: never sends {sorted(missing - expected)}"


def _every_body(app: MockApp) -> dict[str, dict[str, list[Any]]]:
    """One answer of every operation of both specs, over every account (v2: in both versions)."""
    keys, ids = v2_keys(app), v3_ids(app)
    swagger = v2_keys(app, SWAGGER)
    return {
        "tradestation-v2": {
            "get_user_accounts": [get(app, f"{V2}/users/testuser/accounts{q}") for q in ("", f"?{SWAGGER}")],
            "get_balances": [get(app, f"{V2}/accounts/{keys}/balances"), v2_every(app, "get_balances")],
            "get_positions": [get(app, f"{V2}/accounts/{keys}/positions"), v2_every(app, "get_positions")],
            "get_orders": [
                get(app, f"{V2}/accounts/{keys}/orders?since=08-22-2026"),
                get(app, f"{V2}/accounts/{swagger}/orders?{SWAGGER}&since=08-22-2026"),
            ],
        },
        "tradestation-v3": {
            "get_accounts": [get(app, V3)],
            "get_balances": [get(app, f"{V3}/{ids}/balances")],
            "get_bod_balances": [get(app, f"{V3}/{ids}/bodbalances")],
            "get_positions": [get(app, f"{V3}/{ids}/positions")],
            "get_historical_orders": [
                get(app, f"{V3}/{ids}/historicalorders?since={SINCE}&pageSize=5"),
                get(app, f"{V3}/{ids},404/historicalorders?since={SINCE}"),
            ],
            "get_orders": [get(app, f"{V3}/{ids}/orders?pageSize=1"), get(app, f"{V3}/{ids},404/orders")],
            "get_orders_by_id": [get(app, f"{V3}/{ids},404/orders/{ids_of_current(app, ids)},1")],
        },
    }


def ids_of_current(app: MockApp, ids: str) -> str:
    """The ids of the accounts' today's and open orders, comma-separated."""
    return ",".join(o["OrderID"] for o in get(app, f"{V3}/{ids}/orders")["Orders"])


def _success_schema(spec: Spec, operation_id: str) -> dict[str, Any]:
    operation = spec.operation(operation_id)
    definition = spec.dereferenced["paths"][operation.path][operation.method]
    return dict(definition["responses"]["200"]["content"]["application/json"]["schema"])


# ---- the two v2 versions, URLs, `since` ------------------------------------------------------------


def _nulls(value: Any, where: str = "") -> Iterator[str]:
    if value is None:
        yield where
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _nulls(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nulls(item, f"{where}[{index}]")


def test_the_swagger_version_answers_as_the_swagger_describes_it(app: MockApp) -> None:
    """`APIVersion=20160101`: no forex account (the Swagger's types are C M D F), the Swagger's
    spellings, blank fields omitted instead of null, and the version in a header. Without it, the docs'
    forms: forex listed, `AltId` and `RejectReason` null."""
    listed = get(app, f"{V2}/users/testuser/accounts?{SWAGGER}")
    assert {a["Type"] for a in listed} == {"C", "M", "D", "F"} and len(listed) == 8
    assert {a["TypeDescription"] for a in listed} == {"Cash", "Margin", "DVP", "Futures"}
    missing = get(app, f"{V2}/accounts/119816,119823/balances?{SWAGGER}", status=404)
    assert missing["Message"] == "Account Not Found: 119823"
    keys = v2_keys(app, SWAGGER)
    for what in ("balances", "positions", "orders?since=08-22-2026&"):
        url = f"{V2}/accounts/{keys}/{what}" + ("" if what.endswith("&") else "?") + SWAGGER
        response = call(app, "GET", url.replace("?&", "?"), headers=TOKEN)
        assert response.status_code == 200 and response.headers["apiversion"] == "20160101"
        assert list(_nulls(response.json())) == [], what
    default = get(app, f"{V2}/users/testuser/accounts")
    assert [a["Type"] for a in default].count("X") == 1 and all(a["AltId"] is None for a in default)
    assert "apiversion" not in call(app, "GET", f"{V2}/users/testuser/accounts", headers=TOKEN).headers
    orders = get(app, f"{V2}/accounts/119816/orders?since=08-22-2026")
    assert any(o["RejectReason"] is None for o in orders)
    swagger_orders = get(app, f"{V2}/accounts/119816/orders?since=08-22-2026&{SWAGGER}")
    assert not any("RejectReason" in o for o in swagger_orders if o["Status"] != "REJ")


def test_v2_urls_are_case_insensitive_and_v3_urls_are_not(app: MockApp) -> None:
    upper = get(app, "/tradestation-v2/V2/Accounts/119816,119822/BALANCES")
    assert upper == get(app, f"{V2}/accounts/119816,119822/balances")
    assert get(app, "/tradestation-v2/v2/USERS/TestUser/Accounts") == get(app, f"{V2}/users/testuser/accounts")
    assert call(app, "GET", "/tradestation-v3/V3/brokerage/accounts", headers=TOKEN).status_code == 404


@pytest.mark.parametrize("since", ["02-30-2026", "2026-10-01", "13-01-2026", "10%2F01%2F2026"])
def test_an_unreadable_v2_since_gets_the_vendors_message(app: MockApp, since: str) -> None:
    error = get(app, f"{V2}/accounts/119816/orders?since={since}", status=400)
    assert error["Message"] == "The supplied since date is invalid." and error["StatusCode"] == 400
    assert len(error["TraceId"]) == 36


# ---- each account's orders are of its own kind --------------------------------------------------


def test_each_accounts_orders_are_of_its_kind_with_rarer_outcomes(app: MockApp) -> None:
    """Futures accounts trade futures, forex accounts currency pairs, the DVP account (no option
    approval) stocks only; every account's history has a rejected, an expired and two stop orders."""
    kinds = {"F": {"FU"}, "X": {"FX"}, "D": {"EQ"}, "C": {"EQ", "OP"}, "M": {"EQ", "OP"}}
    for account in get(app, f"{V2}/users/testuser/accounts"):
        if account["Status"] != "A":
            continue
        orders = get(app, f"{V2}/accounts/{account['Key']}/orders?since=08-22-2026")
        assert {o["AssetType"] for o in orders} <= kinds[account["Type"]], account["Name"]
        by_status = {o["Status"]: o for o in orders}
        assert {"REJ", "EXP", "FLL", "OUT"} <= set(by_status), account["Name"]
        rejected, expired = by_status["REJ"], by_status["EXP"]
        assert rejected["RejectReason"] and rejected["ExecuteQuantity"] == 0 and rejected["FilledCanceled"]
        assert expired["Duration"] == "DAY" and expired["ExecuteQuantity"] == 0
        stops = {o["Legs"][0]["OrderType"]: o for o in orders if o["StopPrice"]}
        assert set(stops) == {"Stop Market", "Stop Limit"}, account["Name"]
        for stop in stops.values():
            assert stop["StopPriceText"] != "0" and stop["Legs"][0]["StopPrice"] == stop["StopPrice"]
        if account["Type"] == "F":
            assert {o["Symbol"] for o in orders} == {"ESZ26"} and all(o["Quantity"] <= 3 for o in orders)


def test_v3_shows_the_same_orders(app: MockApp) -> None:
    """Brokerage API v3 reads the same order history: the futures account's orders are futures, stops
    carry `StopPrice`, rejections `RejectReason`."""
    orders = get(app, f"{V3}/3119822/historicalorders?since={SINCE}")["Orders"]
    assert {leg["AssetType"] for o in orders for leg in o["Legs"]} == {"FUTURE"}
    by_type = {o["OrderType"]: o for o in orders}
    assert {"StopMarket", "StopLimit", "Market", "Limit"} <= set(by_type)
    assert "StopPrice" in by_type["StopMarket"] and "StopPrice" not in by_type["Market"]
    [rejected] = [o for o in orders if o["Status"] == "REJ"]
    assert rejected["RejectReason"] == "Order rejected: insufficient buying power."


def test_tradestation_shows_the_brokerages_orders_as_they_are(app: MockApp) -> None:
    """Both generations read the brokerage's orders without changing them: every vendor sees the same
    statuses, types and stop prices (the futures account's orders are futures in the brokerage itself)."""
    get(app, f"{V2}/accounts/119822/orders?since=08-22-2026")
    v3 = get(app, f"{V3}/3119822/historicalorders?since={SINCE}")["Orders"]
    brokerage = brokerage_of(app)
    fresh = Brokerage.generate(brokerage.seed, TODAY).accounts[19822]
    seen = [(o.instrument.symbol, o.status, o.order_type, o.stop_price) for o in brokerage.accounts[19822].orders]
    assert seen == [(o.instrument.symbol, o.status, o.order_type, o.stop_price) for o in fresh.orders]
    assert {symbol for symbol, *_ in seen} == {"ESZ6"}
    by_id = {o.number + 500_000_000: o for o in fresh.orders}
    assert sorted((int(o["OrderID"]), o["Status"]) for o in v3) == sorted(
        (number, {"filled": "FLL", "canceled": "OUT", "rejected": "REJ", "expired": "EXP"}[o.status.value])
        for number, o in by_id.items()
    )
