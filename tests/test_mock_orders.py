"""The order operations each vendor's mock serves: filters, paging, lookups by id and their errors."""

from __future__ import annotations

import json
from decimal import Decimal
from decimal import Decimal as D
from typing import Any

import pytest

from broker_contracts_mock.app import MockApp

from .mock_support import TOKEN, call, make_app

ETNA = {**TOKEN, "Et-App-Key": "test-api-key"}
CS = "/clear-street/v1/accounts/19816"
TRADIER = "/tradier/v1/accounts/VA00019816"
V3 = "/tradestation-v3/v3/brokerage/accounts"
ET = "/etna/v1.0"


@pytest.fixture(scope="module")
def app() -> MockApp:
    return make_app()


def get(app: MockApp, url: str, status: int = 200, headers: dict[str, str] = TOKEN) -> Any:
    response = call(app, "GET", url, headers=headers)
    assert response.status_code == status, response.text
    return json.loads(response.content, parse_float=Decimal)


# ---- Clear Street ---------------------------------------------------------------------------------


def test_clear_street_orders_filter_and_page(app: MockApp) -> None:
    everything = get(app, f"{CS}/orders")["data"]
    assert [o["created_at"] for o in everything] == sorted((o["created_at"] for o in everything), reverse=True)
    assert {o["status"] for o in everything} >= {"FILLED", "CANCELED", "REJECTED", "EXPIRED"}
    [rejected] = get(app, f"{CS}/orders?status=REJECTED")["data"]
    assert rejected["details"] == ["Order rejected: insufficient buying power."]
    both = get(app, f"{CS}/orders?status=CANCELED,EXPIRED")["data"]
    assert {o["status"] for o in both} == {"CANCELED", "EXPIRED"}
    [spread] = [o for o in everything if o["instrument_id"] is None]  # a multi-leg order names no instrument
    assert (spread["symbol"], spread["side"], Decimal(spread["average_fill_price"])) == (None, "SELL", Decimal("-2.55"))
    assert spread in get(app, f"{CS}/orders?symbol=aapl270115c00180000")["data"]  # by a leg, any letter case
    window = get(app, f"{CS}/orders?from=2026-11-01T00:00:00Z&to=2026-11-10T23:59:59Z")["data"]
    assert window and all("2026-11-01" <= o["created_at"][:10] <= "2026-11-10" for o in window)
    assert get(app, f"{CS}/orders?from=2026-11-10T00:00:00Z&to=2026-11-01T00:00:00Z")["data"] == []
    updated = get(app, f"{CS}/orders?updated_at%5Bgte%5D=2026-11-09&updated_at%5Blt%5D=2026-11-13")["data"]
    assert updated == [o for o in everything if "2026-11-09" <= o["updated_at"][:10] <= "2026-11-12"]
    through = get(app, f"{CS}/orders?updated_at%5Bgt%5D=2026-11-08&updated_at%5Blte%5D=2026-11-12")["data"]
    assert through == updated  # a bare date after `gt` or `lte` is the end of its day
    inverted = get(app, f"{CS}/orders?updated_at%5Bgt%5D=2026-11-12&updated_at%5Blte%5D=2026-11-12", 400)
    assert "inverted" in inverted["error"]["message"]
    pages, token = [], ""
    for _ in range(len(everything)):  # bounded: one page per order at most
        page = get(app, f"{CS}/orders?page_size=5{token}")
        pages += page["data"]
        if "next_page_token" not in page["metadata"]:
            break
        token = f"&page_token={page['metadata']['next_page_token']}"
    assert pages == everything


def test_clear_street_order_by_id_and_executions(app: MockApp) -> None:
    everything = get(app, f"{CS}/orders")["data"]
    filled = next(o for o in everything if o["status"] == "FILLED" and o["instrument_id"])
    assert get(app, f"{CS}/orders/{filled['id']}")["data"] == filled
    # a client_order_id finds an order only while it is open
    missing = get(app, f"{CS}/orders/{filled['client_order_id']}", 404)
    assert missing["error"]["message"] == f"Order {filled['client_order_id']} not found for account 19816"
    assert get(app, f"{CS}/orders?order_ids={filled['client_order_id']}")["data"] == [filled]
    fills = get(app, f"{CS}/executions?order_ids={filled['id']}")["data"]
    assert sum(Decimal(f["quantity"]) for f in fills) == Decimal(filled["filled_quantity"])
    two = next(o for o in everything if len(get(app, f"{CS}/executions?order_ids={o['id']}")["data"]) == 2)
    prices = [Decimal(f["price"]) for f in get(app, f"{CS}/executions?order_ids={two['id']}")["data"]]
    assert Decimal(two["average_fill_price"]) == sum(prices) / 2  # two fills of equal size
    executions = get(app, f"{CS}/executions")["data"]
    strategy = [e for e in executions if e["instrument_id"] is None]
    assert [(e["price"], e["symbol"], e["quantity"]) for e in strategy] == [(None, None, "3")]
    assert all(
        e["underlying_instrument_id"] for e in get(app, f"{CS}/executions?underlying_instrument_ids=AAPL")["data"]
    )
    assert get(app, f"{CS}/executions?instrument_ids=GE")["data"] == [e for e in executions if e["symbol"] == "GE"]
    assert get(app, "/clear-street/v1/accounts/19817/orders")["data"] == []  # a closed account
    assert get(app, "/clear-street/v1/accounts/1/executions", 404)["error"]["code"] == 404


# ---- Tradier --------------------------------------------------------------------------------------


def test_tradier_orders_by_session_range_status_and_id(app: MockApp) -> None:
    assert get(app, f"{TRADIER}/orders") == {"orders": "null"}  # nothing placed today
    [working] = [get(app, "/tradier/v1/accounts/VA00019820/orders")["orders"]["order"]]  # one: an object
    assert (working["status"], working["remaining_quantity"], working["duration"]) == (
        "open",
        working["quantity"],
        "gtc",
    )
    month = get(app, f"{TRADIER}/orders?filter=all")["orders"]["order"]
    assert month and all(o["create_date"] >= "2026-10-20" for o in month)  # default start: a month back
    everything = get(app, f"{TRADIER}/orders?filter=all&start=2026-08-01&limit=100")["orders"]["order"]
    assert len(everything) > len(month) and [o["id"] for o in everything] == sorted(o["id"] for o in everything)
    [spread] = [o for o in everything if o["class"] == "multileg"]
    assert (spread["type"], spread["num_legs"], [leg["side"] for leg in spread["leg"]]) == (
        "credit",
        2,
        ["sell_to_close", "buy_to_close"],
    )
    rejected = get(app, f"{TRADIER}/orders?filter=all&start=2026-08-01&status=rejected,expired")["orders"]["order"]
    assert {o["status"] for o in rejected} == {"rejected", "expired"}
    assert next(o for o in rejected if o["status"] == "rejected")["reason_description"]
    day = everything[0]["create_date"][:10]
    on_day = get(app, f"{TRADIER}/orders?filter=all&start=2026-08-01&date={day}")["orders"]["order"]
    assert all(o["create_date"].startswith(day) for o in (on_day if isinstance(on_day, list) else [on_day]))
    pages = [get(app, f"{TRADIER}/orders?filter=all&start=2026-08-01&limit=5&page={n}")["orders"] for n in (1, 2, 3)]
    assert [o for p in pages if p != "null" for o in p["order"]] == everything
    assert get(app, f"{TRADIER}/orders/{spread['id']}")["order"] == spread
    assert get(app, f"{TRADIER}/orders/{spread['leg'][0]['id']}", 404) == {"errors": {"error": "Order not found"}}


# ---- TradeStation v3 ------------------------------------------------------------------------------


def test_tradestation_v3_orders_are_todays_and_open_ones() -> None:
    app = make_app()
    batch = "3119816,3119820,3119822"
    working = get(app, f"{V3}/{batch}/orders")["Orders"]  # open ones by the time placed, newest first
    assert [(o["AccountID"], o["Status"], "ClosedDateTime" in o) for o in working] == [
        ("3119820", "ACK", False),
        ("3119820", "FPR", False),  # a good-till-cancelled buy placed two days ago, partly filled
    ]
    [partly] = working[1]["Legs"]
    assert D(partly["ExecQuantity"]) + D(partly["QuantityRemaining"]) == D(partly["QuantityOrdered"])
    for symbol in ("TSLA", "AAPL"):  # closes today, through Clear Street's API
        call(app, "DELETE", f"/clear-street/v1/accounts/19816/positions/{symbol}", headers=TOKEN)
    today = get(app, f"{V3}/{batch}/orders")["Orders"]
    assert [o["Status"] for o in today] == ["FLL", "FLL", "ACK", "FPR"]  # closed ones by close time, newest first
    first = get(app, f"{V3}/{batch}/orders?pageSize=3")
    rest = get(app, f"{V3}/{batch}/orders?pageSize=3&nextToken={first['NextToken']}")
    assert first["Orders"] + rest["Orders"] == today and "NextToken" not in rest
    history_token = get(app, f"{V3}/{batch}/historicalorders?since=2026-08-22&pageSize=1")["NextToken"]
    refused = get(app, f"{V3}/{batch}/orders?nextToken={history_token}", 400)
    assert "belongs to since=2026-08-22" in refused["Message"]
    old = get(app, f"{V3}/{batch}/historicalorders?since=2026-08-22")["Orders"][-1]["OrderID"]
    found = get(app, f"{V3}/{batch},404/orders/{today[0]['OrderID']},{old}")
    assert [o["OrderID"] for o in found["Orders"]] == [today[0]["OrderID"]]
    assert [(e["AccountID"], e.get("OrderID"), e["Error"]) for e in found["Errors"]] == [
        ("404", None, "NotFound"),
        (batch, old, "NotFound"),
    ]


# ---- ETNA -----------------------------------------------------------------------------------------


def test_etna_account_by_id_details_and_the_users_balance_map(app: MockApp) -> None:
    user = get(app, f"{ET}/users/@me/info", headers=ETNA)["UserId"]
    [account] = get(app, f"{ET}/accounts/19816", headers=ETNA)
    info = get(app, f"{ET}/accounts/19816/info", headers=ETNA)
    assert (account["Id"], account["UserId"], account["MarginType"]) == (19816, user, "Margin")
    assert account["EquityTotal"] == info["equityTotal"] and account["BaseCash"] == info["excess"]
    assert account["DayTradingBuyingPower"] == 4 * account["BaseCash"]  # as ETNA's 2019 example has it
    assert (
        account["Permissions"] == "LongStock, ShortStock, LongOption, ShortOption, AllowTrade, AllowMargin, AllowOpen"
    )
    [closed] = get(app, f"{ET}/accounts/19817", headers=ETNA)
    assert (closed["Enabled"], closed["Permissions"]) == (False, "Empty")
    details = get(app, f"{ET}/accounts/19816/details", headers=ETNA)
    assert (details["User"], details["ClearingAccountNumber"], details["IsOpened"]) == (str(user), "19816", True)
    assert json.loads(details["FormDataReference"])["marginType"] == "Margin"
    total = get(app, f"{ET}/users/{user}/balance-info", headers=ETNA)
    accounts = [a["Id"] for a in get(app, f"{ET}/users/@me/accounts", headers=ETNA)]
    maps = [get(app, f"{ET}/accounts/{n}/info", headers=ETNA) for n in accounts]
    assert total["equityTotal"] == sum(m["equityTotal"] for m in maps)
    assert total["pendingOrdersCount"] == sum(m["pendingOrdersCount"] for m in maps) == 2
    change = total["changeAbsolute"]
    assert abs(total["changePercent"] - change / (total["equityTotal"] - change) * 100) < Decimal("1e-20")
    assert get(app, f"{ET}/users/{user + 1}/balance-info", 401, ETNA) == {
        "Message": "Authorization has been denied for this request."
    }
    assert "userId" in get(app, f"{ET}/users/@me/balance-info", 400, ETNA)["ModelState"]
    assert get(app, f"{ET}/accounts/{user}", 500, ETNA)["message"]  # a user id where an account id belongs


def test_etna_order_by_id_and_its_states(app: MockApp) -> None:
    orders = get(app, f"{ET}/accounts/19816/orders?pageNumber=0&pageSize=100", headers=ETNA)["Result"]
    for order in orders:
        assert get(app, f"{ET}/accounts/19816/orders/{order['Id']}", headers=ETNA) == order
        states = get(app, f"{ET}/accounts/19816/orders/{order['Id']}/details", headers=ETNA)
        own = [s for s in states if s["Id"] == order["Id"]]
        assert own[0]["Status"] == "New" and own[0]["IsRequest"] and own[-1]["StateId"] == order["StateId"]
        assert own[-1]["ExecutedQuantity"] == order["ExecutedQuantity"]
        assert [s["Date"] for s in states] == sorted(s["Date"] for s in states)
    expired = next(o for o in orders if o["Status"] == "DoneForDay")
    assert expired["Description"] == "Expired by OMS"  # what ETNA's 2023 example shows
    [spread] = [o for o in orders if o["Legs"]]
    states = get(app, f"{ET}/accounts/19816/orders/{spread['Id']}/details", headers=ETNA)
    assert [(s["Id"], s["Status"]) for s in states] == [
        (spread["Id"], "New"),
        (spread["Legs"][0]["Id"], "New"),
        (spread["Legs"][1]["Id"], "New"),
        (spread["Legs"][0]["Id"], "Filled"),
        (spread["Legs"][1]["Id"], "Filled"),
        (spread["Id"], "Filled"),
    ]
    assert {s["CreateDate"] for s in states} == {states[0]["CreateDate"]}  # the legs are placed with the order
    assert get(app, f"{ET}/accounts/19816/orders/1", 404, ETNA) == {"Message": "Order 1 was not found."}
    assert get(app, f"{ET}/accounts/19818/orders/{spread['Id']}", 404, ETNA)["Message"]  # another account's order
