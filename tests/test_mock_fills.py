"""Fills agree with positions through every vendor's API, and a close shows through every vendor's orders.

For every account a vendor shows, the fills it reports (Clear Street's executions, ETNA's `OrderExecution`
transactions; where a vendor reports fills only on the order, the executed quantity of each order or leg:
Tradier, TradeStation v2 and v3), summed per instrument with their sign, equal the change of the position
since the history starts, plus what expired without a fill (ETNA's `OptionExpiration` transactions; the
other vendors report no expiry, so the brokerage's expired lots stand in). The quantities at the start of
the history are the brokerage's own record: no vendor reports them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import pytest

from broker_contracts_mock.app import MockApp
from broker_contracts_mock.brokerage import HISTORY_DAYS, Account, AccountKind, Brokerage, Instrument, trading_days
from broker_contracts_mock.vendors import tradestation as ts

from .mock_support import TODAY, TOKEN, call, make_app

ETNA = {**TOKEN, "Et-App-Key": "test-api-key"}
HISTORY_START = trading_days(TODAY, HISTORY_DAYS)[0]
SINCE = ts.history_start(TODAY)
BUYS = {"buy", "buy_to_cover", "buy_to_open", "buy_to_close", "BUY", "Buy", "BuyToCover", "B", "C"}
Signed = dict[str, Decimal]


@pytest.fixture(scope="module")
def app() -> MockApp:
    """Every vendor's mock over one brokerage per token; the reconciliation only reads."""
    return make_app()


def get(app: MockApp, url: str, headers: dict[str, str] = TOKEN) -> Any:
    response = call(app, "GET", url, headers=headers)
    assert response.status_code == 200, response.text
    return json.loads(response.content, parse_float=Decimal)


def signed(quantity: Any, side: str) -> Decimal:
    return Decimal(quantity) if side in BUYS else -Decimal(quantity)


def items(wrapper: Any, element: str) -> list[Any]:
    """A Tradier collection as a list, whatever its form (`"null"`, one object, an array)."""
    if wrapper in ("null", None):
        return []
    value = wrapper[element]
    return value if isinstance(value, list) else [value]


def totals(pairs: Iterable[tuple[str, Decimal]]) -> Signed:
    """The quantities summed per instrument key."""
    result: Signed = {}
    for key, quantity in pairs:
        result[key] = result.get(key, Decimal(0)) + quantity
    return result


# ---- what each vendor reports: (fills, positions, expired or None) per instrument key -----------------


def clear_street(app: MockApp, account: Account) -> tuple[Signed, Signed, Signed | None]:
    base = f"/clear-street/v1/accounts/{account.number}"
    fills = get(app, f"{base}/executions?page_size=1000")["data"]
    positions = get(app, f"{base}/positions")["data"]
    return (
        totals((f["instrument_id"], signed(f["quantity"], f["side"])) for f in fills if f["instrument_id"]),
        totals((p["instrument_id"], Decimal(p["quantity"])) for p in positions if p["instrument_type"] != "CASH"),
        None,
    )


def tradier(app: MockApp, account: Account) -> tuple[Signed, Signed, Signed | None]:
    base = f"/tradier/v1/accounts/VA{account.number:08d}"
    orders = items(get(app, f"{base}/orders?filter=all&start={HISTORY_START}&limit=1000")["orders"], "order")
    legs = [leg for order in orders for leg in order.get("leg", [order])]
    positions = items(get(app, f"{base}/positions")["positions"], "position")
    return (
        totals((leg.get("option_symbol", leg["symbol"]), signed(leg["exec_quantity"], leg["side"])) for leg in legs),
        totals((p["symbol"], p["quantity"]) for p in positions),
        None,
    )


def etna(app: MockApp, account: Account) -> tuple[Signed, Signed, Signed | None]:
    base = f"/etna/v1.0/accounts/{account.number}"
    orders = get(app, f"{base}/orders?pageNumber=0&pageSize=100", ETNA)["Result"]
    sides = {o["Id"]: o["Side"] for o in orders} | {leg["Id"]: leg["Side"] for o in orders for leg in o["Legs"]}
    ledger = get(app, f"{base}/transactions?pageNumber=0&pageSize=500&sortBy=Id&isDesc=false", ETNA)["Result"]
    positions = get(app, f"{base}/positions?pageNumber=0&pageSize=99&sortField=Id&desc=false", ETNA)["Result"]
    executions = [t for t in ledger if t["Type"] == "OrderExecution"]
    return (
        totals((t["Symbol"], signed(t["Quantity"], sides[t["OrderId"]])) for t in executions),
        totals((p["Symbol"], p["Quantity"]) for p in positions),
        totals((t["Symbol"], t["Quantity"]) for t in ledger if t["Type"] == "OptionExpiration"),
    )


def tradestation_v3(app: MockApp, account: Account) -> tuple[Signed, Signed, Signed | None]:
    base = f"/tradestation-v3/v3/brokerage/accounts/{ts.account_id(account)}"
    orders = {o["OrderID"]: o for o in get(app, f"{base}/historicalorders?since={SINCE}")["Orders"]}
    orders |= {o["OrderID"]: o for o in get(app, f"{base}/orders")["Orders"]}  # an order closed today is in both
    legs = [leg for order in orders.values() for leg in order["Legs"]]
    positions = get(app, f"{base}/positions")["Positions"]
    return (
        totals((leg["Symbol"], signed(leg["ExecQuantity"], leg["BuyOrSell"])) for leg in legs),
        totals((p["Symbol"], Decimal(p["Quantity"])) for p in positions),
        None,
    )


def tradestation_v2(app: MockApp, account: Account) -> tuple[Signed, Signed, Signed | None]:
    base = f"/tradestation-v2/v2/accounts/{ts.account_key(account)}"
    orders = get(app, f"{base}/orders?since={SINCE:%m-%d-%Y}")
    legs = [leg for order in orders for leg in order["Legs"]]
    positions = get(app, f"{base}/positions")
    return (
        totals((leg["Symbol"], signed(leg["ExecQuantity"], leg["Side"])) for leg in legs),
        totals((p["Symbol"], p["Quantity"] if p["LongShort"] == "Long" else -p["Quantity"]) for p in positions),
        None,
    )


Reader = Callable[[MockApp, Account], tuple[Signed, Signed, Signed | None]]
EQUITIES = (AccountKind.CASH, AccountKind.MARGIN, AccountKind.PDT)
# Each vendor: what it reports, the accounts it shows, and how it names an instrument.
VENDORS: dict[str, tuple[Reader, tuple[AccountKind, ...], Callable[[Instrument], str]]] = {
    "clear-street": (clear_street, EQUITIES, lambda i: i.id),
    "tradier": (tradier, EQUITIES, lambda i: i.symbol),
    "etna": (etna, (*EQUITIES, AccountKind.DVP), lambda i: i.symbol),
    "tradestation-v3": (tradestation_v3, tuple(k for k in AccountKind if k is not AccountKind.FOREX), ts.symbol),
    "tradestation-v2": (tradestation_v2, tuple(AccountKind), ts.symbol),
}


def unreconciled(app: MockApp, vendor: str, account: Account) -> dict[str, tuple[Decimal, Decimal]]:
    """Instruments whose fills differ from the change of their position (plus what expired), with both."""
    read, _, key = VENDORS[vendor]
    fills, positions, expired = read(app, account)
    if expired is None:
        expired = totals(
            (key(lot.instrument), lot.quantity)
            for lot in account.closed_lots
            if lot.expired and lot.closed_on >= HISTORY_START
        )
    start = totals((key(instrument), quantity) for instrument, quantity in account.history_start_holdings)
    keys = set(fills) | set(positions) | set(start) | set(expired)
    zero = Decimal(0)
    change = {k: positions.get(k, zero) - start.get(k, zero) + expired.get(k, zero) for k in keys}
    return {k: (fills.get(k, zero), change[k]) for k in sorted(keys) if fills.get(k, zero) != change[k]}


def accounts(app: MockApp, kinds: tuple[AccountKind, ...]) -> list[Account]:
    brokerage: Brokerage = app.states.get("test-token")
    return [a for a in brokerage.open_accounts(*kinds) if a.orders]


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_fills_reconcile_with_positions_for_every_account(app: MockApp, vendor: str) -> None:
    shown = accounts(app, VENDORS[vendor][1])
    assert len(shown) >= 4
    for account in shown:
        assert unreconciled(app, vendor, account) == {}, f"{vendor} account {account.number}"


def test_every_account_has_fills_orders_and_outcomes_to_reconcile(app: MockApp) -> None:
    """The data is worth reconciling: every open account has filled, cancelled, rejected and expired
    orders, those of stocks fills both ways (a futures or forex account, holding one contract, only
    reduces it), 19816 a filled multi-leg order and 19820 an open one."""
    brokerage: Brokerage = app.states.get("test-token")
    for account in brokerage.open_accounts():
        statuses = {order.status.value for order in account.orders}
        assert {"filled", "canceled", "rejected", "expired"} <= statuses, account.number
        if account.kind not in (AccountKind.FUTURES, AccountKind.FOREX):
            assert {fill.side.buys for fill in account.fills()} == {True, False}, account.number
    assert any(order.legs and order.fills for order in brokerage.accounts[19816].orders)
    assert any(order.status.value == "open" for order in brokerage.accounts[19820].orders)


# ---- a close through one vendor shows through every other -------------------------------------------


def test_a_close_shows_as_an_order_and_a_fill_through_every_vendor() -> None:
    app = make_app()
    closed = call(app, "DELETE", "/clear-street/v1/accounts/19816/positions/GOOG", headers=TOKEN).json()["data"]
    [sent] = closed
    assert (sent["status"], sent["side"], sent["client_order_id"]) == (
        "PENDING_NEW",
        "SELL",
        "close-position-20261120-001",
    )
    quantity = Decimal(sent["quantity"])
    brokerage: Brokerage = app.states.get("test-token")
    order = brokerage.accounts[19816].orders[-1]
    price = order.fills[0].price

    cs = "/clear-street/v1/accounts/19816"
    [listed] = get(app, f"{cs}/orders?order_ids={quote(sent['client_order_id'])}")["data"]
    assert listed == get(app, f"{cs}/orders/{sent['id']}")["data"]
    assert (listed["status"], Decimal(listed["filled_quantity"]), Decimal(listed["average_fill_price"])) == (
        "FILLED",
        quantity,
        price,
    )
    [fill] = get(app, f"{cs}/executions?order_ids={sent['id']}")["data"]
    assert (fill["side"], Decimal(fill["quantity"]), Decimal(fill["price"]), fill["symbol"]) == (
        "SELL",
        quantity,
        price,
        "GOOG",
    )
    assert get(app, f"{cs}/executions?page_size=1")["data"] == [fill]  # the newest fill first

    tradier_order = get(app, f"/tradier/v1/accounts/VA00019816/orders/{order.number}")["order"]
    assert tradier_order in items(get(app, "/tradier/v1/accounts/VA00019816/orders")["orders"], "order")
    assert (tradier_order["symbol"], tradier_order["side"], tradier_order["status"], tradier_order["type"]) == (
        "GOOG",
        "sell",
        "filled",
        "market",
    )
    assert (tradier_order["exec_quantity"], tradier_order["avg_fill_price"]) == (quantity, price)

    v3 = "/tradestation-v3/v3/brokerage/accounts/3119816"
    today = get(app, f"{v3}/orders")["Orders"]
    assert today[0] == get(app, f"{v3}/orders/{today[0]['OrderID']}")["Orders"][0]  # most recently closed first
    [leg] = today[0]["Legs"]
    assert (today[0]["Status"], leg["Symbol"], leg["BuyOrSell"], Decimal(leg["ExecQuantity"])) == (
        "FLL",
        "GOOG",
        "Sell",
        quantity,
    )
    [v2_order] = get(app, "/tradestation-v2/v2/accounts/119816/orders")  # today's and open orders
    assert (v2_order["OrderID"], v2_order["Status"], v2_order["ExecuteQuantity"]) == (
        int(today[0]["OrderID"]),
        "FLL",
        quantity,
    )

    etna_base = "/etna/v1.0/accounts/19816"
    etna_order = get(app, f"{etna_base}/orders/{order.number}", ETNA)
    states = get(app, f"{etna_base}/orders/{order.number}/details", ETNA)
    assert (etna_order["Status"], etna_order["ExecutedQuantity"], etna_order["AveragePrice"]) == (
        "Filled",
        quantity,
        price,
    )
    assert [s["Status"] for s in states] == ["New", "Filled"] and states[-1]["StateId"] == etna_order["StateId"]
    ledger = get(app, f"{etna_base}/transactions?pageNumber=0&pageSize=500&sortBy=Id&isDesc=false", ETNA)["Result"]
    [execution] = [t for t in ledger if t["Type"] == "OrderExecution" and t["OrderId"] == order.number]
    assert (execution["OrderStateId"], execution["Quantity"], execution["Symbol"]) == (
        etna_order["StateId"],
        quantity,
        "GOOG",
    )
    assert execution["Date"].startswith(f"{TODAY}T")

    for vendor in VENDORS:
        assert unreconciled(app, vendor, brokerage.accounts[19816]) == {}, vendor
    assert brokerage.accounts[19816].find_position("GOOG") is None
