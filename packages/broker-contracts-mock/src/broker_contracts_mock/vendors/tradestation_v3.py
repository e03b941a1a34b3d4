"""TradeStation Brokerage API v3 as the mock serves it: every number a decimal string, partial failures.

Wire rules: amounts, prices, quantities and counts are strings with the digits the value needs and no
exponent (`"0"`, `"-549.999999"`); short quantities are negative; timestamps RFC 3339 UTC. Account
ids come from `tradestation.py` and match the first word of v2's account `Name`.

Behaviour: the accounts list shows the documented Cash, Margin, Futures and DVP accounts only (the
forex account's `AccountType` `Forex` is undocumented, and a client typed on the documented four,
tradestation-api-python, fails on it); its id still answers when asked for. `{accounts}` takes up to
25 ids; the answer is `200` with one result per account that can be served and an `Errors` entry
(`NotFound`) for each id the user does not have, always with an `Errors` array (empty when nothing
failed). The balance and position operations serve the documented four types; a forex account gets
`Forbidden`, "Request not supported for account type." Futures accounts carry `CurrencyDetails` and
no `AccountDetail`. Every position carries `InitialRequirement`, `MarkToMarketPrice` and
`TodaysProfitLoss` (a future's mark is its previous settlement), and every equities balance
`MaintenanceRate` (`0` without margin), as the vendor's examples and strict clients have them.
Historical orders (every account type) exclude open orders, start at `since` (at most 90 days back,
else `400`) and, with `pageSize`, come in pages: each page but the last carries `NextToken`, which
the next request sends back as `nextToken` with the same `since`. By id, the same orders answer;
each id not among them (unknown, another account's, open, or before `since`) is an `Errors` entry
with its `OrderID` and `NotFound`, in the same `200`. A `nextToken` without `pageSize`
continues the walk in pages of the vendor's default, 600. Today's and open orders (`/orders`) are the
open ones, by the time placed, and those placed or closed today, by the time closed, newest first,
paged the same way (no `since`); an order closed today is in both lists. Tokens are opaque to clients
(here `since=<date>&offset=<n>` or `today&offset=<n>`, URL-safe base64), belong to the list they
page, and keep working (the vendor's expire after an hour and work once). A multi-leg order has one
leg per instrument, each with its executed quantity and price, and `Spread` `Vertical` (the mock's
name: the vendor documents none). Query parameters an operation does not declare are ignored: the vendor is not known to
refuse them.
"""

from __future__ import annotations

import base64
import binascii
import re
from datetime import UTC, date, datetime
from functools import partial
from http import HTTPStatus
from typing import Any

from broker_contracts_mock.brokerage import (
    ZERO,
    Account,
    AccountKind,
    AssetClass,
    Brokerage,
    Leg,
    Order,
    OrderStatus,
    Side,
)
from broker_contracts_mock.operations import Invalid
from broker_contracts_mock.vendor import Call, Reply, VendorMock, handles
from broker_contracts_mock.vendors import tradestation as ts

MAX_ORDERS = 600
NO_ORDER = "Order not found."
NOT_SUPPORTED = "Request not supported for account type."
# The account types v3 documents: the accounts list shows them, balances and positions serve only them.
DOCUMENTED_KINDS = (AccountKind.CASH, AccountKind.MARGIN, AccountKind.PDT, AccountKind.DVP, AccountKind.FUTURES)
BUY_OR_SELL = {Side.BUY: "Buy", Side.SELL: "Sell", Side.SELL_SHORT: "SellShort", Side.BUY_TO_COVER: "BuyToCover"}
_DATE_FORMATS = ("%Y-%m-%d", "%m-%d-%Y", "%Y/%m/%d", "%m/%d/%Y")
_TOKEN = re.compile(r"(since=[0-9]{4}-[0-9]{2}-[0-9]{2}|today)&offset=([1-9][0-9]{0,8})")
# TradeStation's spread names for the brokerage's multi-leg strategies.
SPREADS = {"vertical": "Vertical"}
TODAY = "today"


def title(status: int) -> str:
    """An error's title: the status's reason phrase without spaces (`BadRequest`, `TooManyRequests`)."""
    try:
        return HTTPStatus(status).phrase.replace(" ", "")
    except ValueError:
        return "Error"


def stamp(moment: datetime) -> str:
    """RFC 3339 UTC to the second, as the vendor sends it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def midnight(on: date) -> str:
    return f"{on.isoformat()}T00:00:00Z"


def scope(since: date | None) -> str:
    """What a token pages through: the historical orders since a date, or today's and open orders."""
    return TODAY if since is None else f"since={since.isoformat()}"


def encode_token(since: date | None, offset: int) -> str:
    """The token of the page that starts after the first `offset` orders of the scope (see `scope`)."""
    return base64.urlsafe_b64encode(f"{scope(since)}&offset={offset}".encode()).decode().rstrip("=")


def decode_token(token: str, since: date | None) -> int:
    """The offset of a token issued for the same scope; Invalid otherwise."""
    try:
        found = _TOKEN.fullmatch(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode())
    except (binascii.Error, UnicodeDecodeError, ValueError):
        found = None
    if found is None:
        raise Invalid(f"query parameter 'nextToken': {token!r} is not a token this server issued")
    if found.group(1) != scope(since):
        raise Invalid(f"query parameter 'nextToken': the token belongs to {found.group(1)}, not {scope(since)}")
    return int(found.group(2))


def parse_since(text: str) -> date:
    """`since` in any of the four accepted forms; Invalid when it is no real date."""
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise Invalid(f"query parameter 'since': {text!r} is not a date")


class TradeStationV3(VendorMock):
    """TradeStation Brokerage API v3: accounts, balances, positions and historical orders."""

    spec_name = "tradestation-v3"
    ignores_unknown_query = True

    def error(self, status: int, message: str) -> Reply:
        return Reply(status, {"Error": title(status), "Message": message})

    @staticmethod
    def fuzz_parameters(brokerage: Brokerage) -> dict[str, Any]:
        """A batch of a margin, a futures and a forex account (the forex one always comes back in
        `Errors`), the earliest `since` accepted today, and the batch's last closed order with an
        unknown order id (so by id answers both `Orders` and `Errors`)."""
        kinds = (AccountKind.MARGIN, AccountKind.FUTURES, AccountKind.FOREX)
        batch = [min(brokerage.open_accounts(kind), key=lambda a: a.number) for kind in kinds]
        since = ts.history_start(brokerage.today)
        closed = [
            order
            for account in batch
            for order, _ in _orders(account)
            if order.status is not OrderStatus.OPEN and order.created_at.date() >= since
        ]
        last = max(closed, key=lambda order: (order.updated_at, order.number))
        return {
            "accounts": ",".join(ts.account_id(a) for a in batch),
            "since": since.isoformat(),
            "orderIds": f"{ts.order_id(last)},1",
        }

    # ---- accounts -----------------------------------------------------------------------------

    @handles("get_accounts")
    def get_accounts(self, call: Call) -> Reply:
        brokerage = call.brokerage
        return Reply(
            200,
            {"Accounts": brokerage.memo("tradestation-v3/accounts", lambda: _accounts(brokerage))},
        )

    # ---- balances -----------------------------------------------------------------------------

    @handles("get_balances")
    def get_balances(self, call: Call) -> Reply:
        brokerage = call.brokerage
        served, errors = _batch(call, DOCUMENTED_KINDS)
        rows = [
            self.view(call, ("tradestation-v3/balances", a.number), partial(_balance, a, brokerage)) for a in served
        ]
        return Reply(200, {"Balances": rows, "Errors": errors})

    @handles("get_bod_balances")
    def get_bod_balances(self, call: Call) -> Reply:
        brokerage = call.brokerage
        served, errors = _batch(call, DOCUMENTED_KINDS)
        rows = [self.view(call, ("tradestation-v3/bod", a.number), partial(_bod_balance, a, brokerage)) for a in served]
        return Reply(200, {"BODBalances": rows, "Errors": errors})

    # ---- positions ----------------------------------------------------------------------------

    @handles("get_positions")
    def get_positions(self, call: Call) -> Reply:
        served, errors = _batch(call, DOCUMENTED_KINDS)
        patterns = call.params["symbol"].split(",") if "symbol" in call.params else None
        keys = [("tradestation-v3/positions", a.number) for a in served]
        if patterns is None and len(served) == 1:  # the whole list, as one view
            return Reply(200, {"Positions": self.view(call, keys[0], partial(_positions, served[0])), "Errors": errors})
        rows = [
            out
            for key, a in zip(keys, served, strict=True)
            for row, out in self.view_rows(call, key, partial(_positions, a))
            if patterns is None or any(ts.matches(p, row["Symbol"]) for p in patterns)
        ]
        return Reply(200, {"Positions": rows, "Errors": errors})

    # ---- today's and open orders --------------------------------------------------------------

    @handles("get_orders")
    def get_orders(self, call: Call) -> Reply:
        served, errors = _batch(call, tuple(AccountKind))
        return _paged(call, _current(call, served), errors, since=None)

    @handles("get_orders_by_id")
    def get_orders_by_id(self, call: Call) -> Reply:
        served, errors = _batch(call, tuple(AccountKind))
        return _by_id(call, served, _current(call, served), errors)

    # ---- historical orders --------------------------------------------------------------------

    @handles("get_historical_orders")
    def get_historical_orders(self, call: Call) -> Reply:
        since = _since(call)
        served, errors = _batch(call, tuple(AccountKind))
        return _paged(call, _closed_since(call, served, since), errors, since)

    @handles("get_historical_orders_by_id")
    def get_historical_orders_by_id(self, call: Call) -> Reply:
        since = _since(call)
        served, errors = _batch(call, tuple(AccountKind))
        return _by_id(call, served, _closed_since(call, served, since), errors)


def _paged(call: Call, found: list[dict[str, Any]], errors: list[dict[str, str]], since: date | None) -> Reply:
    """A page of `found`: all (at most 600) without `pageSize` or `nextToken`, else `pageSize` (600 when
    only the token is sent) from the token's offset, with `NextToken` while more remain."""
    size = call.params.get("pageSize")
    token = call.params.get("nextToken")
    offset = decode_token(token, since) if token is not None else 0
    end = offset + int(size or MAX_ORDERS)
    body: dict[str, Any] = {"Orders": found[offset:end], "Errors": errors}
    if (size is not None or token is not None) and end < len(found):
        body["NextToken"] = encode_token(since, end)
    return Reply(200, body)


def _by_id(call: Call, served: list[Account], found: list[dict[str, Any]], errors: list[dict[str, str]]) -> Reply:
    """The named orders among `found`, in the order asked; each other id gets a `NotFound` error naming the
    served accounts and the id."""
    by_id = {row["OrderID"]: row for row in found}
    searched = ",".join(ts.account_id(a) for a in served) or call.params["accounts"]
    rows = []
    for wanted in ts.requested(call.params["orderIds"]):
        if wanted in by_id:
            rows.append(by_id[wanted])
        else:
            errors.append({"AccountID": searched, "OrderID": wanted, "Error": "NotFound", "Message": NO_ORDER})
    return Reply(200, {"Orders": rows, "Errors": errors})


def _since(call: Call) -> date:
    """The request's `since`; Invalid when unreadable or more than 90 days back."""
    since = parse_since(call.params["since"])
    if since < ts.history_start(call.brokerage.today):
        raise Invalid(f"query parameter 'since': {since} is more than {ts.HISTORY_LIMIT_DAYS} days before today")
    return since


def _closed_since(call: Call, served: list[Account], since: date) -> list[dict[str, Any]]:
    """The served accounts' closed orders opened on or after `since`, most recently closed first."""
    closed = [
        (order, row)
        for order, row in _all_orders(call, served)
        if order.status is not OrderStatus.OPEN and order.created_at.date() >= since
    ]
    closed.sort(key=lambda item: (item[0].updated_at, item[0].number), reverse=True)
    return [row for _, row in closed]


def _current(call: Call, served: list[Account]) -> list[dict[str, Any]]:
    """The served accounts' open orders and today's orders: open ones by the time they were placed,
    closed ones by the time they closed, most recent first."""
    today = call.brokerage.today
    current = [
        (order.created_at if order.status is OrderStatus.OPEN else order.updated_at, order.number, row)
        for order, row in _all_orders(call, served)
        if order.status is OrderStatus.OPEN or today in (order.created_at.date(), order.updated_at.date())
    ]
    current.sort(key=lambda item: item[:2], reverse=True)
    return [row for _, _, row in current]


def _all_orders(call: Call, served: list[Account]) -> list[tuple[Order, dict[str, Any]]]:
    memo = call.brokerage.memo
    return [item for a in served for item in memo(("tradestation-v3/orders", a.number), partial(_orders, a))]


def _batch(call: Call, kinds: tuple[AccountKind, ...]) -> tuple[list[Account], list[dict[str, str]]]:
    """The requested accounts this operation serves, and an `Errors` entry for each id it cannot."""
    by_id = ts.accounts_by_id(call.brokerage)
    served, errors = [], []
    for wanted in ts.requested(call.params["accounts"]):
        account = by_id.get(wanted)
        if account is None:
            errors.append({"AccountID": wanted, "Error": "NotFound", "Message": "Account not found."})
        elif account.kind not in kinds:
            errors.append({"AccountID": wanted, "Error": "Forbidden", "Message": NOT_SUPPORTED})
        else:
            served.append(account)
    return served, errors


def _accounts(brokerage: Brokerage) -> list[dict[str, Any]]:
    """The accounts of the documented types (see the module's docstring)."""
    rows = []
    for account in ts.accounts_by_id(brokerage).values():
        if account.kind not in DOCUMENTED_KINDS:
            continue
        row: dict[str, Any] = {
            "AccountID": ts.account_id(account),
            "AccountType": ts.ACCOUNT_TYPES[account.kind][1],
            "Currency": account.currency,
            "Status": ts.status(account)[1],
        }
        if ts.alias(account):
            row["Alias"] = ts.alias(account)
        if account.kind in ts.EQUITIES:
            allowed = ts.permissions(account)
            row["AccountDetail"] = {
                "DayTradingQualified": allowed.day_trading_qualified,
                "EnrolledInRegTProgram": allowed.reg_t_program,
                "IsStockLocateEligible": allowed.stock_locate_eligible,
                "OptionApprovalLevel": allowed.option_level,
                "PatternDayTrader": allowed.pattern_day_trader,
                "RequiresBuyingPowerWarning": allowed.buying_power_warning,
            }
        rows.append(row)
    return rows


def _balance(account: Account, brokerage: Brokerage) -> dict[str, Any]:
    figures = ts.balance(account, brokerage.today)
    t = ts.text
    row: dict[str, Any] = {
        "AccountID": ts.account_id(account),
        "AccountType": ts.ACCOUNT_TYPES[account.kind][1],
        "CashBalance": t(figures.cash),
        "BuyingPower": t(figures.buying_power),
        "Equity": t(figures.equity),
        "MarketValue": t(figures.market_value),
        "TodaysProfitLoss": t(figures.todays_pnl),
        "UnclearedDeposit": t(figures.uncleared_deposit),
    }
    detail = {"RealizedProfitLoss": t(figures.realized_pnl), "UnrealizedProfitLoss": t(figures.unrealized_pnl)}
    if account.kind is AccountKind.FUTURES:
        row["BalanceDetail"] = detail | {
            "DayTradeExcess": t(figures.day_trade_excess),
            "DayTradeMargin": "0",
            "DayTradeOpenOrderMargin": "0",
            "InitialMargin": t(figures.initial_margin),
            "MaintenanceMargin": t(figures.maintenance_margin),
            "MarginRequirement": t(figures.initial_margin),
            "OpenOrderMargin": "0",
            "SecurityOnDeposit": "0",
            "TodayRealTimeTradeEquity": t(figures.today_trade_equity),
            "TradeEquity": t(figures.trade_equity),
        }
        row["CurrencyDetails"] = [
            {
                "Currency": c.currency,
                "Commission": t(c.local(c.commission)),
                "CashBalance": t(c.local(c.cash)),
                "RealizedProfitLoss": t(c.local(c.realized)),
                "UnrealizedProfitLoss": t(c.local(c.unrealized)),
                "InitialMargin": t(c.local(c.initial_margin)),
                "MaintenanceMargin": t(c.local(c.maintenance_margin)),
                "AccountConversionRate": t(c.rate),
                "AccountMarginRequirement": t(c.initial_margin),
            }
            for c in figures.currencies
        ]
    else:
        row["BalanceDetail"] = detail | {
            "CostOfPositions": t(figures.cost_of_positions),
            "DayTradeExcess": t(figures.day_trade_excess),
            "DayTrades": str(figures.day_trades),
            "OptionBuyingPower": t(figures.option_buying_power),
            "OptionsMarketValue": t(figures.options_value),
            "OvernightBuyingPower": t(figures.overnight_buying_power),
            "RequiredMargin": t(figures.required_margin),
            "UnsettledFunds": t(figures.unsettled_funds),
        }
        row["BalanceDetail"]["MaintenanceRate"] = t(figures.maintenance_rate or ZERO)
    row["Commission"] = t(figures.commission)
    return row


def _bod_balance(account: Account, brokerage: Brokerage) -> dict[str, Any]:
    figures = ts.balance(account, brokerage.today)
    t = ts.text
    detail = {
        "CashAvailableToWithdraw": t(figures.bod_cash_available_to_withdraw),
        "Equity": t(figures.bod_equity),
        "NetCash": t(figures.bod_cash),
    }
    row: dict[str, Any] = {"AccountID": ts.account_id(account), "AccountType": ts.ACCOUNT_TYPES[account.kind][1]}
    if account.kind is AccountKind.FUTURES:
        row["BalanceDetail"] = detail | {"OpenTradeEquity": t(figures.bod_open_trade_equity), "SecurityOnDeposit": "0"}
        row["CurrencyDetails"] = [
            {
                "Currency": c.currency,
                "CashBalance": t(c.local(c.bod_cash)),
                "AccountOpenTradeEquity": t(c.bod_open_trade_equity),
                "AccountSecurities": "0",
                "OpenTradeEquity": t(c.local(c.bod_open_trade_equity)),
                "Securities": "0",
                "AccountMarginRequirement": t(c.bod_margin),
                "MarginRequirement": t(c.local(c.bod_margin)),
            }
            for c in figures.currencies
        ]
    else:
        row["BalanceDetail"] = detail | {
            "AccountBalance": t(figures.bod_cash),
            "DayTrades": str(figures.day_trades),
            "DayTradingMarginableBuyingPower": t(figures.bod_day_trading_buying_power),
            "OptionBuyingPower": t(figures.bod_option_buying_power),
            "OptionValue": t(figures.bod_options_value),
            "OvernightBuyingPower": t(figures.bod_overnight_buying_power),
        }
    return row


def _positions(account: Account) -> list[dict[str, Any]]:
    rows = []
    t = ts.text
    for figures in ts.positions(account):
        position, instrument = figures.position, figures.instrument
        row: dict[str, Any] = {
            "AccountID": ts.account_id(account),
            "AveragePrice": t(position.average_price),
            "AssetType": ts.ASSET_TYPES[instrument.asset_class][1],
            "Last": t(instrument.price),
            "Bid": t(instrument.bid),
            "Ask": t(instrument.ask),
            "ConversionRate": "1",
            "DayTradeRequirement": "0",
            "InitialRequirement": t(figures.initial_margin),
            "MaintenanceMargin": t(figures.maintenance_margin),
            "PositionID": str(ts.position_key(position)),
            "LongShort": "Long" if position.is_long else "Short",
            "Quantity": t(position.quantity),
            "Symbol": ts.symbol(instrument),
            "Timestamp": stamp(position.opened_at),
            "TotalCost": t(figures.total_cost),
            "MarketValue": t(position.market_value),
            "MarkToMarketPrice": t(instrument.previous_close),
            "TodaysProfitLoss": t(position.unrealized_pnl_today),
            "UnrealizedProfitLoss": t(position.unrealized_pnl),
            "UnrealizedProfitLossPercent": t(figures.unrealized_percent),
            "UnrealizedProfitLossQty": t(figures.unrealized_per_unit),
        }
        if instrument.expiry:
            row["ExpirationDate"] = midnight(instrument.expiry)
        rows.append(row)
    return rows


def _orders(account: Account) -> list[tuple[Order, dict[str, Any]]]:
    """The account's orders as TradeStation shows them, each with its body."""
    return [(order, _order(account, order)) for order in ts.orders(account)]


def _order(account: Account, order: Order) -> dict[str, Any]:
    """An order with one leg per instrument it trades, each with what has executed of it."""
    instrument = order.instrument
    t = ts.text
    status, status_text = ts.order_status(order)
    row: dict[str, Any] = {
        "AccountID": ts.account_id(account),
        "CommissionFee": t(order.commission),
        "ConversionRate": "1",
        "Currency": instrument.currency,
        "Duration": ts.duration(order),
        "Legs": [_leg(order, leg) for leg in order.leg_list],
        "OpenedDateTime": stamp(order.created_at),
        "OrderID": str(ts.order_id(order)),
        "OrderType": ts.order_type(order),
        "PriceUsedForBuyingPower": t(abs(order.limit_price or ts.reference_price(order))),
        "Routing": "Intelligent",
        "Status": status,
        "StatusDescription": status_text,
    }
    if order.status is not OrderStatus.OPEN:
        row["ClosedDateTime"] = stamp(order.updated_at)
    if order.average_fill_price is not None:
        row["FilledPrice"] = t(abs(order.average_fill_price))
    good_till = ts.good_till(order)
    if good_till is not None:
        row["GoodTillDate"] = stamp(good_till)
    if order.limit_price is not None:
        row["LimitPrice"] = t(abs(order.limit_price))
    if order.stop_price is not None:
        row["StopPrice"] = t(order.stop_price)
    if order.reject_reason is not None:
        row["RejectReason"] = order.reject_reason
    if order.legs:
        row["Spread"] = SPREADS.get(order.strategy or "", "Custom")
    if instrument.asset_class in (AssetClass.EQUITY, AssetClass.OPTION):
        row["UnbundledRouteFee"] = "0"
    return dict(sorted(row.items()))


def _leg(order: Order, leg: Leg) -> dict[str, Any]:
    instrument = leg.instrument
    t = ts.text
    row: dict[str, Any] = {
        "AssetType": ts.ASSET_TYPES[instrument.asset_class][1],
        "BuyOrSell": BUY_OR_SELL[leg.side],
        "ExecQuantity": t(order.leg_filled(leg)),
        "OpenOrClose": "Open" if leg.side.opens else "Close",
        "QuantityOrdered": t(ts.leg_quantity(order, leg)),
        "QuantityRemaining": t(ts.leg_unfilled(order, leg)),
        "Symbol": ts.symbol(instrument),
    }
    price = ts.leg_price(order, leg)
    if price is not None:
        row["ExecutionPrice"] = t(price)
    if instrument.expiry:
        row["ExpirationDate"] = midnight(instrument.expiry)
    if instrument.asset_class is AssetClass.OPTION:
        row["OptionType"] = "CALL" if instrument.put_call == "call" else "PUT"
        row["StrikePrice"] = t(instrument.strike or ZERO)
    if ts.underlying(instrument):
        row["Underlying"] = ts.underlying(instrument)
    return row
