"""TradeStation Brokerage API v3 in the mock: what today's API sends that strict clients rely on.

The accounts list holds the documented account types only, every position carries its mark-to-market
figures, every equities balance its maintenance rate, and the vendor's tolerance of extra query
parameters and of a `nextToken` sent without `pageSize` is kept.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from broker_contracts_mock.app import MockApp

from .conftest import project_spec
from .mock_support import TOKEN, call, make_app

D = Decimal
V3 = "/tradestation-v3/v3/brokerage/accounts"
SINCE = "2026-08-22"  # 90 days before the mock's day: every seeded order
DOCUMENTED_TYPES = {"Cash", "Margin", "Futures", "DVP"}
FOREX_ID = "FX3119823"
ALL_IDS = "3119816,3119817,3119818,3119819,3119820,3119821,3119822,FX3119823,3119824"


@pytest.fixture
def app() -> MockApp:
    return make_app([project_spec("tradestation-v3")])


def get(app: MockApp, url: str, status: int = 200) -> Any:
    response = call(app, "GET", url, headers=TOKEN)
    assert response.status_code == status, response.text
    return json.loads(response.content)


def test_the_accounts_list_holds_the_documented_types_only(app: MockApp) -> None:
    """`Forex` is undocumented and fails tradestation-api-python's AccountType; asked for by id, the
    forex account still answers as before."""
    accounts = get(app, V3)["Accounts"]
    assert {a["AccountType"] for a in accounts} == DOCUMENTED_TYPES
    assert FOREX_ID not in {a["AccountID"] for a in accounts}
    for what in ("balances", "bodbalances", "positions"):
        body = get(app, f"{V3}/{FOREX_ID}/{what}")
        assert body["Errors"] == [
            {"AccountID": FOREX_ID, "Error": "Forbidden", "Message": "Request not supported for account type."}
        ]
    orders = get(app, f"{V3}/{FOREX_ID}/historicalorders?since={SINCE}")
    assert orders["Orders"] and {o["AccountID"] for o in orders["Orders"]} == {FOREX_ID}


def test_every_position_carries_its_mark_and_todays_profit(app: MockApp) -> None:
    """Futures too: the mark is the previous settlement and today's P&L is measured from it, and the
    positions' P&L adds up to the balance's."""
    positions = get(app, f"{V3}/{ALL_IDS}/positions")["Positions"]
    assert {p["AssetType"] for p in positions} == {"STOCK", "STOCKOPTION", "FUTURE"}
    for position in positions:
        assert {"InitialRequirement", "MarkToMarketPrice", "TodaysProfitLoss"} <= set(position), position["Symbol"]
        quantity, last = D(position["Quantity"]), D(position["Last"])
        multiplier = D(position["MarketValue"]) / (quantity * last)
        expected = quantity * (last - D(position["MarkToMarketPrice"])) * multiplier
        assert D(position["TodaysProfitLoss"]) == expected, position["Symbol"]
    futures = [p for p in positions if p["AssetType"] == "FUTURE"]
    assert futures and all(D(p["InitialRequirement"]) > 0 for p in futures)
    stocks = [p for p in positions if p["AssetType"] == "STOCK"]
    assert stocks and all(p["InitialRequirement"] == "0" for p in stocks)
    [futures_balance] = [b for b in get(app, f"{V3}/{ALL_IDS}/balances")["Balances"] if b["AccountType"] == "Futures"]
    mine = [p for p in futures if p["AccountID"] == futures_balance["AccountID"]]
    assert D(futures_balance["TodaysProfitLoss"]) == sum((D(p["TodaysProfitLoss"]) for p in mine), D(0)) != 0


def test_every_equities_balance_carries_its_maintenance_rate(app: MockApp) -> None:
    """The vendor's cash example carries `MaintenanceRate` (notes B.2); without margin it is 0."""
    balances = get(app, f"{V3}/{ALL_IDS}/balances")["Balances"]
    equities = [b for b in balances if b["AccountType"] != "Futures"]
    assert {b["AccountType"] for b in equities} == {"Cash", "Margin", "DVP"}
    rates = {b["AccountID"]: (b["AccountType"], b["BalanceDetail"]["MaintenanceRate"]) for b in equities}
    assert all(rate == "0" for kind, rate in rates.values() if kind != "Margin"), rates
    assert rates["3119816"] == ("Margin", "0.2510222141098558909684702355")


def test_undeclared_query_parameters_are_ignored(app: MockApp) -> None:
    """The vendor is not known to refuse them, so neither does the mock; declared ones still count."""
    assert get(app, f"{V3}?paging=1")["Accounts"] == get(app, V3)["Accounts"]
    filtered = get(app, f"{V3}/3119816,3119822/positions?symbol=ES*&Symbol=AAPL&foo=bar")["Positions"]
    assert [p["Symbol"] for p in filtered] == ["ESZ26"]
    invalid = get(app, f"{V3}/3119816/historicalorders?since=yesterday&foo=bar", status=400)
    assert invalid["Error"] == "BadRequest" and "since" in invalid["Message"]


def test_a_next_token_without_page_size_continues_the_walk(app: MockApp) -> None:
    """The token says where the walk stands; without `pageSize` the rest comes in pages of 600."""
    url = f"{V3}/{ALL_IDS}/historicalorders?since={SINCE}"
    everything = get(app, url)["Orders"]
    first = get(app, f"{url}&pageSize=5")
    rest = get(app, f"{url}&nextToken={first['NextToken']}")
    assert len(first["Orders"]) == 5 and "NextToken" not in rest
    assert first["Orders"] + rest["Orders"] == everything
    bigger = get(app, f"{url}&pageSize=7&nextToken={first['NextToken']}")
    assert bigger["Orders"] == everything[5:12] and "NextToken" in bigger


def test_orders_by_id_answer_found_ids_and_an_error_per_other_id(app: MockApp) -> None:
    """The same orders as the paged list; an unknown id and another account's id come back in
    `Errors` with their `OrderID`, in the same `200`; `since` is required and checked as there."""
    listed = get(app, f"{V3}/3119816/historicalorders?since={SINCE}")["Orders"]
    other = get(app, f"{V3}/3119822/historicalorders?since={SINCE}")["Orders"][0]["OrderID"]
    wanted = [listed[1]["OrderID"], "999999999", listed[0]["OrderID"], other]
    body = get(app, f"{V3}/3119816/historicalorders/{','.join(wanted)}?since={SINCE}")
    assert body["Orders"] == [listed[1], listed[0]]
    assert body["Errors"] == [
        {"AccountID": "3119816", "OrderID": oid, "Error": "NotFound", "Message": "Order not found."}
        for oid in ("999999999", other)
    ]
    missing = get(app, f"{V3}/3119816/historicalorders/{listed[0]['OrderID']}", status=400)
    too_old = get(app, f"{V3}/3119816/historicalorders/{listed[0]['OrderID']}?since=2026-01-02", status=400)
    assert missing["Error"] == too_old["Error"] == "BadRequest"
    assert "since" in missing["Message"] and "90 days" in too_old["Message"]
