"""TradeStation WebAPI v2 as the mock serves it: a WCF service writing .NET decimals.

Wire rules: amounts are JSON numbers written digit for digit with the scales the vendor's bodies
show (`BODEquity` four decimals, `RealTimeEquity` six, or twenty for futures, `RealTimeUnrealizedProfitLoss`
twenty, prices ten, conversion rates twenty-eight); values that were never computed are a bare `0`;
quotients carry .NET's 28 significant digits. Polymorphic balances start with WCF's `__type`.
Timestamps are `M/D/YYYY h:mm:ss AM` in UTC, `1/1/0001 12:00:00 AM` for "none". Keys are integers,
and positions and orders name their account by `Name` (see `tradestation.py` for identifiers).

Behaviour: without `APIVersion` the service answers as `20101026`, the way the docs' examples show
it (blank fields as `null`, forex accounts listed). `APIVersion=20160101` answers as the Swagger
describes that version: its extra fields, an `APIVersion` response header, the Swagger's spellings
(positions' `Op`/`Fu`), blank fields omitted rather than null, and no forex account (the Swagger's
account types are `C M D F`: a forex key is unknown in that version). URLs are case-insensitive.
A batch over several keys answers one element per account; a key the user cannot see
fails the whole request with `404` (v2 has no partial failure). `$filter` takes OData `Symbol eq '…'`
terms joined by `or`; anything else is a `400`. Order history: without `since`, today's and open
orders; with `since` (at most 90 days back, else `403`; an unreadable date is the vendor's `400`
"The supplied since date is invalid."), also older ones; `pageSize` (default 600)
and `pageNum` page the current and the historical orders separately; pages count from 1 and
`pageNum=0` also names the first page. Over quota the vendor answers `403 Quota Exceeded` with an
HTML page: the mock sends it for `Prefer: code=403` and as its answer to `--rate-429` fault injection.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from typing import Any, TypeVar, cast

from broker_contracts_mock.brokerage import (
    ZERO,
    Account,
    AccountKind,
    AssetClass,
    Brokerage,
    Instrument,
    Leg,
    Order,
    OrderStatus,
    Side,
)
from broker_contracts_mock.operations import Invalid, Operation
from broker_contracts_mock.paging import numbered_page
from broker_contracts_mock.vendor import Call, Reply, Request, VendorMock, handles, request_id
from broker_contracts_mock.vendors import tradestation as ts

T = TypeVar("T")

SWAGGER_ERA = "20160101"
SINCE_INVALID = "The supplied since date is invalid."
# The Swagger's position `AssetType` spellings, where they differ from the docs'.
SWAGGER_ASSET_TYPES = {"OP": "Op", "FU": "Fu"}
ORDER_TYPE_WORDS = {"market": "Market", "limit": "Limit", "stop": "Stop Market", "stop_limit": "Stop Limit"}
DEFAULT_PAGE_SIZE = 600
NO_DATE = "1/1/0001 12:00:00 AM"
DATA_CONTRACTS = "#TradeStation.Web.Services.DataContracts"
CLASSES = {AccountKind.FUTURES: "FuturesAccount", AccountKind.FOREX: "ForexAccount"}
SIDES = {Side.BUY: "B", Side.SELL: "S", Side.SELL_SHORT: "T", Side.BUY_TO_COVER: "C"}
ACTIONS = {Side.BUY: "Buy", Side.SELL: "Sell", Side.SELL_SHORT: "Sell Short", Side.BUY_TO_COVER: "Buy to Cover"}
_TERM = r"symbol\s+eq\s+'[^']*'"
_FILTER = re.compile(rf"\s*{_TERM}(\s+or\s+{_TERM})*\s*", re.IGNORECASE)
_SINCE = re.compile(r"([0-9]{2})-([0-9]{2})-([0-9]{4})")


def stamp(moment: datetime) -> str:
    """`3/30/2011 2:51:49 PM`, in UTC."""
    moment = moment.astimezone(UTC)
    half = "AM" if moment.hour < 12 else "PM"
    return f"{moment.month}/{moment.day}/{moment.year} {moment.hour % 12 or 12}:{moment:%M:%S} {half}"


def day(on: date | None) -> str:
    """A date as v2 writes one (midnight), or .NET's `DateTime.MinValue` for none."""
    return f"{on.month}/{on.day}/{on.year} 12:00:00 AM" if on else NO_DATE


def shown(value: Decimal, places: int) -> str:
    """A price as text for display (`...Display` fields)."""
    return f"{value:.{places}f}"


def symbols_filter(expression: str) -> set[str]:
    """The symbols of an OData `Symbol eq 'X' [or Symbol eq 'Y'...]` filter, upper-cased; Invalid otherwise."""
    if not _FILTER.fullmatch(expression):
        raise Invalid(f"query parameter '$filter': {expression!r} is not `Symbol eq '<symbol>'` (joined by `or`)")
    return {value.upper() for value in re.findall(r"'([^']*)'", expression)}


class TradeStationV2(VendorMock):
    """TradeStation WebAPI v2: accounts, balances, positions and order history."""

    spec_name = "tradestation-v2"
    case_insensitive_paths = True
    # The docs' responses; the 2016 example's `application/default+json` is not in the contract.
    json_media_type = "application/json; charset=utf-8"

    def error(self, status: int, message: str) -> Reply:
        return Reply(status, {"TraceId": request_id(), "StatusCode": status, "Message": message})

    def invalid(self, request: Request, operation: Operation, problem: Invalid) -> Reply:
        """A `since` the service cannot read gets its documented message; anything else names the problem."""
        if problem.parameter is not None and problem.parameter.name == "since":
            return self.error(400, SINCE_INVALID)
        return super().invalid(request, operation, problem)

    def throttled(self, retry_after: int) -> Reply:
        """Over quota, v2 answers `403 Quota Exceeded` with its HTML page (the spec's documented example)."""
        operation = next(op for route in self.router.routes for op in route.operations.values())
        return self._example(operation, "403", "QuotaExceeded")

    @staticmethod
    def fuzz_parameters(brokerage: Brokerage) -> dict[str, Any]:
        """The user, and a batch of a margin, a futures and a DVP account (one key per kind), which
        both versions serve (the Swagger's version has no forex accounts)."""
        kinds = (AccountKind.MARGIN, AccountKind.FUTURES, AccountKind.DVP)
        batch = [min(brokerage.open_accounts(kind), key=lambda a: a.number) for kind in kinds]
        return {"account_keys": ",".join(str(ts.account_key(a)) for a in batch), "user_id": ts.USER_ID}

    # ---- accounts -----------------------------------------------------------------------------

    @handles("get_user_accounts")
    def get_user_accounts(self, call: Call) -> Reply:
        if str(call.params["user_id"]).casefold() != ts.USER_ID:
            return self.error(404, f"User Not Found: {call.params['user_id']}")
        swagger = _swagger(call)
        accounts = ts.accounts_by_id(call.brokerage).values()
        return _answer(call, [_account_info(a, swagger) for a in accounts if _listed(a, swagger)])

    # ---- balances -----------------------------------------------------------------------------

    @handles("get_balances")
    def get_balances(self, call: Call) -> Reply:
        accounts = self._accounts(call)
        if isinstance(accounts, Reply):
            return accounts
        swagger = _swagger(call)
        brokerage = call.brokerage
        return _answer(
            call,
            [
                self.view(
                    call, ("tradestation-v2/balances", a.number, swagger), _shown(swagger, _balances, a, brokerage)
                )
                for a in accounts
            ],
        )

    # ---- positions ----------------------------------------------------------------------------

    @handles("get_positions")
    def get_positions(self, call: Call) -> Reply:
        accounts = self._accounts(call)
        if isinstance(accounts, Reply):
            return accounts
        wanted = symbols_filter(call.params["$filter"]) if "$filter" in call.params else None
        swagger = _swagger(call)
        keys = [("tradestation-v2/positions", a.number, swagger) for a in accounts]
        if wanted is None and len(accounts) == 1:  # the whole list, as one view
            return _answer(call, self.view(call, keys[0], _shown(swagger, _positions, accounts[0])))
        rows = [
            out
            for key, a in zip(keys, accounts, strict=True)
            for row, out in self.view_rows(call, key, _shown(swagger, _positions, a))
            if wanted is None or row["Symbol"].upper() in wanted
        ]
        return _answer(call, rows)

    # ---- order history ------------------------------------------------------------------------

    @handles("get_orders")
    def get_orders(self, call: Call) -> Reply:
        accounts = self._accounts(call)
        if isinstance(accounts, Reply):
            return accounts
        today = call.brokerage.today
        since = _since(call.params["since"]) if "since" in call.params else None
        if since is not None and since < ts.history_start(today):
            return self.error(403, f"Can not return order history older than {ts.HISTORY_LIMIT_DAYS} day(s).")
        wanted = symbols_filter(call.params["$filter"]) if "$filter" in call.params else None
        swagger = _swagger(call)
        current, older = [], []
        for account in accounts:
            key = ("tradestation-v2/orders", account.number, swagger)
            for order, row in call.brokerage.memo(key, partial(_orders, account, swagger)):
                if wanted is not None and row["Symbol"].upper() not in wanted:
                    continue
                if order.status is OrderStatus.OPEN or today in (order.created_at.date(), order.updated_at.date()):
                    current.append((order, row))
                elif since is not None and order.created_at.date() >= since:
                    older.append((order, row))
        size = int(call.params.get("pageSize", DEFAULT_PAGE_SIZE))
        number = max(int(call.params.get("pageNum", 1)), 1)
        rows = []
        for group in (current, older):
            group.sort(key=lambda item: (item[0].created_at, item[0].number), reverse=True)
            rows += [row for _, row in numbered_page(group, size, number).items]
        return _answer(call, rows)

    def _accounts(self, call: Call) -> list[Account] | Reply:
        """The accounts of `{account_keys}`, or the whole request's 404 for the first key unknown in
        the version asked for."""
        by_key = ts.accounts_by_key(call.brokerage)
        swagger = _swagger(call)
        accounts: dict[int, Account] = {}
        for key in ts.requested(call.params["account_keys"]):
            account = by_key.get(int(key))
            if account is None or not _listed(account, swagger):
                return self.error(404, f"Account Not Found: {key}")
            accounts.setdefault(account.number, account)
        return list(accounts.values())


def _swagger(call: Call) -> bool:
    """Whether the caller asked for the Swagger's version."""
    return bool(call.params.get("APIVersion") == SWAGGER_ERA)


def _listed(account: Account, swagger: bool) -> bool:
    """Whether the version shows the account: the Swagger's has no forex accounts."""
    return not (swagger and account.kind is AccountKind.FOREX)


def _answer(call: Call, body: Any) -> Reply:
    """A 200; in the Swagger's version, blank (null) fields omitted and the version named in a header (a
    view, pre-encoded or not, omits them already: `_shown`)."""
    if not _swagger(call):
        return Reply(200, body)
    return Reply(200, _without_blanks(body), headers={"APIVersion": SWAGGER_ERA})


def _shown(swagger: bool, compute: Callable[..., T], *args: Any) -> Callable[[], T]:
    """A view's `compute(*args, swagger)`, as the version asked for shows it (the Swagger's omits blanks)."""
    if swagger:
        return lambda: cast(T, _without_blanks(compute(*args, swagger)))
    return partial(compute, *args, swagger)


def _without_blanks(value: Any) -> Any:
    """`value` with every null-valued property left out, at any depth (the Swagger lets blanks be omitted)."""
    if isinstance(value, dict):
        return {k: _without_blanks(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_blanks(item) for item in value]
    return value


def _since(text: str) -> date:
    month, day_of_month, year = (int(part) for part in _SINCE.fullmatch(text).groups())  # type: ignore[union-attr]
    try:
        return date(year, month, day_of_month)
    except ValueError as exc:
        raise Invalid(SINCE_INVALID) from exc


def _account_info(account: Account, swagger: bool) -> dict[str, Any]:
    code, kind = ts.ACCOUNT_TYPES[account.kind]
    status, status_text = ts.status(account)
    info: dict[str, Any] = {
        "Alias": ts.alias(account) or "",
        "AltId": None,
        "DisplayName": ts.account_id(account),
        "Key": ts.account_key(account),
        "Name": ts.account_name(account),
        "Status": status,
        "Type": code,
        "TypeDescription": kind,
    }
    if swagger:
        info["IsStockLocateEligible"] = ts.permissions(account).stock_locate_eligible
        info["StatusDescription"] = status_text
    return dict(sorted(info.items()))


def _balances(account: Account, brokerage: Brokerage, swagger: bool) -> dict[str, Any]:
    figures = ts.balance(account, brokerage.today)
    code, kind = ts.ACCOUNT_TYPES[account.kind]
    status, status_text = ts.status(account)
    futures = account.kind is AccountKind.FUTURES
    body: dict[str, Any] = {
        "__type": f"{CLASSES.get(account.kind, 'EquityAccount')}:{DATA_CONTRACTS}",
        "Alias": ts.alias(account) or "",
        "BODEquity": ts.scaled(figures.bod_equity, 4),
        "BODNetCash": ts.scaled(figures.bod_cash, 4),
        "ClosedPositions": [
            {"Currency": c.currency, "Profit": ts.scaled(c.profit, 4), "Symbol": c.symbol}
            for c in ts.closed_today(account, brokerage.today)
        ],
        "DisplayName": ts.account_id(account),
        "Key": ts.account_key(account),
        "MarketValue": ts.scaled(figures.market_value, 15 if futures else 4),
        "Name": ts.account_name(account),
        "RealTimeAccountBalance": ts.scaled(figures.cash, 4),
        "RealTimeBuyingPower": ts.scaled(figures.buying_power, 6),
        "RealTimeEquity": ts.scaled(figures.equity, 20 if futures else 6),
        "RealTimeRealizedProfitLoss": ts.scaled(figures.realized_pnl, 4),
        "RealTimeUnrealizedGains": ts.scaled(figures.todays_pnl, 6),
        "RealTimeUnrealizedProfitLoss": ts.scaled(figures.unrealized_pnl, 20),
        "Status": status,
        "StatusDescription": status_text,
        "Type": code,
        "TypeDescription": kind,
        "UnclearedDeposit": ts.scaled(figures.uncleared_deposit, 4),
    }
    if futures:
        return body | _futures_balances(figures, swagger)
    if account.kind is AccountKind.FOREX:
        return body | _forex_balances(figures)
    return body | _equity_balances(figures, swagger)


def _equity_balances(figures: ts.Balance, swagger: bool) -> dict[str, Any]:
    allowed = ts.permissions(figures.account)
    body: dict[str, Any] = {
        "BODAccountBalance": ts.scaled(figures.bod_cash, 4),
        "BODDayTradingMarginableEquitiesBuyingPower": ts.scaled(figures.bod_day_trading_buying_power, 4),
        "BODOptionBuyingPower": ts.scaled(figures.bod_option_buying_power, 4),
        "BODOptionValue": ts.scaled(figures.bod_options_value, 4),
        "BODOvernightBuyingPower": ts.scaled(figures.bod_overnight_buying_power, 4),
        "CanDayTrade": allowed.can_day_trade,
        "Commission": ts.scaled(figures.commission, 4) if figures.commission else ZERO,
        "DayTrades": figures.day_trades,
        "DayTradingQualified": allowed.day_trading_qualified,
        "OptionApprovalLevel": allowed.option_level,
        "PatternDayTrader": allowed.pattern_day_trader,
        "RealTimeCostOfPositions": ts.scaled(figures.cost_of_positions, 4),
        "RealTimeDayTradingMarginableEquitiesBuyingPower": ts.scaled(figures.day_trading_buying_power, 6),
        "RealTimeOptionBuyingPower": ts.scaled(figures.option_buying_power, 4),
        "RealTimeOptionValue": ts.scaled(figures.options_value, 10),
        "RealTimeOvernightBuyingPower": ts.scaled(figures.overnight_buying_power, 6),
        "UnsettledFund": ts.scaled(figures.unsettled_funds, 4) if figures.unsettled_funds else ZERO,
    }
    if swagger:
        body["DayTradeExcess"] = ts.scaled(figures.day_trade_excess, 4)
    return body


def _futures_balances(figures: ts.Balance, swagger: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        "BODOpenTradeEquity": ts.scaled(figures.bod_open_trade_equity, 4),
        "Commission": ts.scaled(figures.commission, 4),
        "Currency": figures.account.currency,
        "CurrencyDetails": [_futures_currency(c) for c in figures.currencies],
        "OpenOrderMargin": ts.scaled(ZERO, 6),
        "RealTimeInitialMargin": ts.scaled(figures.initial_margin, 4),
        "RealTimeMaintenanceMargin": ts.scaled(figures.maintenance_margin, 4),
        "RealTimeTradeEquity": ts.scaled(figures.trade_equity, 6),
        "SecurityOnDeposit": ts.scaled(ZERO, 4),
        "TodayRealTimeTradeEquity": ts.scaled(figures.today_trade_equity, 20),
    }
    if swagger:
        body |= {
            "DayTradeExcess": ts.scaled(figures.day_trade_excess, 4),
            "DayTradeOpenOrderMargin": ZERO,
            "RealTimeDayTradeMargin": ZERO,
        }
    return body


def _forex_balances(figures: ts.Balance) -> dict[str, Any]:
    return {
        "BODMarginRequirement": ts.scaled(figures.bod_margin, 4),
        "Currency": figures.account.currency,
        "CurrencyDetails": [_forex_currency(c) for c in figures.currencies],
        "RealTimeMarginRequirement": ts.scaled(figures.initial_margin, 4),
    }


def _currency(detail: ts.CurrencyBalance) -> dict[str, Any]:
    """What every currency detail carries: each amount in its currency and in the account's."""

    def both(name: str, amount: Decimal) -> dict[str, Decimal]:
        local = detail.local(amount)
        return {f"RealTime{name}": ts.scaled(local, 4), f"RealTimeAccount{name}": ts.scaled(amount, 4)}

    return {
        "BODAccountCashBalance": ts.scaled(detail.bod_cash, 4),
        "BODCashBalance": ts.scaled(detail.local(detail.bod_cash), 4),
        "Commission": ts.scaled(detail.local(detail.commission), 4),
        "Currency": detail.currency,
        **both("CashBalance", detail.cash),
        **both("RealizedProfitLoss", detail.realized),
        **both("UnrealizedProfitLoss", detail.unrealized),
        "ToAccountConversionRate": ts.ONE if detail.rate == ts.ONE else ts.scaled(detail.rate, 28),
    }


def _futures_currency(detail: ts.CurrencyBalance) -> dict[str, Any]:
    return _currency(detail) | {
        "RealTimeAccountMarginRequirement": ts.scaled(detail.initial_margin, 4),
        "AccountOpenOrderInitMargin": ZERO,
        "BODAccountOpenTradeEquity": ts.scaled(detail.bod_open_trade_equity, 4),
        "BODAccountSecurities": ZERO,
        "BODOpenTradeEquity": ts.scaled(detail.local(detail.bod_open_trade_equity), 4),
        "BODSecurities": ts.scaled(ZERO, 4),
        "OpenOrderInitMargin": ZERO,
        "RealTimeAccountInitMargin": ts.scaled(detail.initial_margin, 4),
        "RealTimeAccountMaintenanceMargin": ts.scaled(detail.maintenance_margin, 4),
        "RealTimeInitMargin": ts.scaled(detail.local(detail.initial_margin), 4),
        "RealTimeMaintenanceMargin": ts.scaled(detail.local(detail.maintenance_margin), 4),
        "TodayRealTimeUnrealizedProfitLoss": ts.scaled(detail.local(detail.today_unrealized), 4),
    }


def _forex_currency(detail: ts.CurrencyBalance) -> dict[str, Any]:
    return _currency(detail) | {
        "BODAccountMarginRequirement": ts.scaled(detail.bod_margin, 4),
        "BODMarginRequirement": ts.scaled(detail.local(detail.bod_margin), 4),
    }


def _positions(account: Account, swagger: bool) -> list[dict[str, Any]]:
    return [_position(figures, swagger) for figures in ts.positions(account)]


def _position(figures: ts.PositionFigures, swagger: bool) -> dict[str, Any]:
    position, instrument, account = figures.position, figures.instrument, figures.account
    places = ts.price_places(instrument)
    option = instrument.asset_class is AssetClass.OPTION
    strike = instrument.strike or ZERO
    row: dict[str, Any] = {
        "AccountID": ts.account_name(account),
        "AccountMarketValue": ZERO if figures.marked_to_market else ts.scaled(position.market_value, 4),
        "AccountOpenProfitLoss": ts.scaled(position.unrealized_pnl, 4),
        "AccountTotalCost": ZERO if figures.marked_to_market else ts.scaled(figures.total_cost, 4),
        "Alias": ts.alias(account) or "",
        "AskPrice": ts.scaled(instrument.ask, places),
        "AskPriceDisplay": shown(instrument.ask, places),
        "AssetType": _asset_type(instrument, swagger),
        "AveragePrice": ts.scaled(position.average_price, 10),
        "AveragePriceDisplay": shown(position.average_price, places),
        "BidPrice": ts.scaled(instrument.bid, places),
        "BidPriceDisplay": shown(instrument.bid, places),
        "BigPointValue": ts.scaled(instrument.multiplier, 10),
        "ContractExpireDate": day(instrument.expiry),
        "ConversionRate": ts.ONE,
        "Country": None if instrument.asset_class is AssetClass.FOREX else "United States",
        "Currency": instrument.currency,
        "DayTradeMargin": "0",
        "Description": instrument.name,
        "InitialMargin": ts.scaled(figures.initial_margin, 4),
        "Key": ts.position_key(position),
        "LastPrice": ts.scaled(instrument.price, 10),
        "LastPriceDisplay": shown(instrument.price, places),
        "LongShort": "Long" if position.is_long else "Short",
        "MaintenanceMargin": ts.scaled(figures.maintenance_margin, 4),
        "MarketValue": ts.scaled(position.market_value, 11),
        "OpenProfitLoss": ts.scaled(position.unrealized_pnl, 2),
        "OpenProfitLossPercent": figures.unrealized_percent,
        "OpenProfitLossQty": ts.scaled(figures.unrealized_per_unit, 2),
        "Quantity": abs(position.quantity),
        "StrikePrice": ts.scaled(strike, 10) if option else ZERO,
        "StrikePriceDisplay": ts.text(strike),
        "Symbol": ts.symbol(instrument),
        "TimeStamp": stamp(position.opened_at),
        "TotalCost": ts.scaled(figures.total_cost, 4),
    }
    if not figures.marked_to_market:
        row["MarkToMarketPrice"] = ts.scaled(instrument.previous_close, 10)
        row["TodaysProfitLoss"] = ts.scaled(position.unrealized_pnl_today, 4)
    if figures.required_margin is not None:
        row["RequiredMargin"] = ts.scaled(figures.required_margin, 4)
    if swagger:
        row["CostBasisCalculation"] = "None"
    return dict(sorted(row.items()))


def _asset_type(instrument: Instrument, swagger: bool) -> str:
    """A position's `AssetType`: the docs' `OP`/`FU`, or the Swagger's `Op`/`Fu` in its version."""
    code = ts.ASSET_TYPES[instrument.asset_class][0]
    return SWAGGER_ASSET_TYPES.get(code, code) if swagger else code


def _orders(account: Account, swagger: bool) -> list[tuple[Order, dict[str, Any]]]:
    """Every order of the account as TradeStation shows it, each with its body."""
    return [(order, _order(account, order, swagger)) for order in ts.orders(account)]


def _order(account: Account, order: Order, swagger: bool) -> dict[str, Any]:
    """An order; a multi-leg one names its first leg at the top (v2 has no package-level symbol)."""
    instrument = order.leg_list[0].instrument
    places = ts.price_places(instrument)
    status, status_text = ts.order_status(order)
    filled = abs(order.average_fill_price or ZERO)
    limit = abs(order.limit_price or ZERO)
    stop = order.stop_price or ZERO
    closed = order.status is not OrderStatus.OPEN
    row: dict[str, Any] = {
        "AccountID": ts.account_name(account),
        "AdvancedOptions": "",
        "Alias": ts.alias(account) or "",
        "AssetType": ts.ASSET_TYPES[instrument.asset_class][0],
        "CommissionFee": ts.scaled(order.commission, 4),
        "ContractExpireDate": day(instrument.expiry) if instrument.expiry else "",
        "ConversionRate": ts.ONE,
        "CostBasisCalculation": "None",
        "Country": "United States",
        "Denomination": instrument.currency,
        "DisplayName": ts.account_id(account),
        "DisplayType": places,
        "Duration": ts.duration(order),
        "ExecuteQuantity": order.filled_quantity,
        "FilledCanceled": stamp(order.updated_at) if closed else "",
        "FilledPrice": ts.scaled(filled, 10),
        "FilledPriceText": shown(filled, 10),
        "GroupName": "",
        "Legs": [_leg(order, leg, number, swagger) for number, leg in enumerate(order.leg_list, start=1)],
        "LimitPrice": ts.scaled(limit, 10) if limit else ZERO,
        "LimitPriceText": shown(limit, 10) if limit else "0",
        "MarketActivationRules": [],
        "MinMove": ts.ONE,
        "OrderID": ts.order_id(order),
        "Originator": ts.originator(account),
        "Quantity": order.quantity,
        "QuantityLeft": ts.unfilled(order),
        "RejectReason": order.reject_reason,
        "Routing": "Intelligent",
        "ShowOnlyQuantity": ZERO,
        "Spread": "Vertical" if order.strategy == "vertical" else "",
        "Status": status,
        "StopPrice": ts.scaled(stop, 10) if stop else ZERO,
        "StopPriceText": shown(stop, 10) if stop else "0",
        "Symbol": ts.symbol(instrument),
        "TimeActivationRules": [],
        "TimeStamp": stamp(order.created_at),
        "TriggeredBy": "",
        "Type": ACTIONS[order.leg_list[0].side],
        "UnbundledRouteFee": ts.scaled(ZERO, 4),
    }
    if swagger:
        row["StatusDescription"] = status_text
    return row


def _leg(order: Order, leg: Leg, number: int, swagger: bool) -> dict[str, Any]:
    instrument = leg.instrument
    price = ts.reference_price(order)
    executed = ts.leg_price(order, leg) or ZERO
    limit = abs(order.limit_price or ZERO)
    stop = order.stop_price or ZERO
    option = instrument.asset_class is AssetClass.OPTION
    expiry = instrument.expiry
    kind = ORDER_TYPE_WORDS[order.order_type]
    row: dict[str, Any] = {
        "Ask": ts.scaled(price + ts.CENT, 10),
        "BaseSymbol": ts.underlying(instrument) or "",
        "Bid": ts.scaled(price - ts.CENT, 10),
        "ExecPrice": ts.scaled(executed, 10),
        "ExecQuantity": order.leg_filled(leg),
        "ExpireDate": day(expiry) if expiry else "",
        "Leaves": ts.leg_unfilled(order, leg),
        "LegNumber": number,
        "LimitPrice": ts.scaled(limit, 10) if limit else ZERO,
        "LimitPriceDisplay": shown(limit, 10) if limit else "0",
        "Month": expiry.month if expiry else 0,
        "OpenOrClose": "O" if leg.side.opens else "C",
        "OrderID": ts.order_id(order),
        "OrderType": kind,
        "OrderTypeDescription": kind,
        "PointValue": ts.scaled(instrument.multiplier, 10),
        "PriceUsedForBuyingPower": ts.scaled(limit or price, 10),
        "PutOrCall": ("C" if instrument.put_call == "call" else "P") if option else "",
        "Quantity": ts.leg_quantity(order, leg),
        "Side": SIDES[leg.side],
        "StopPrice": ts.scaled(stop, 10) if stop else ZERO,
        "StopPriceDisplay": shown(stop, 10) if stop else "0",
        "StrikePrice": ts.scaled(instrument.strike or ZERO, 10) if option else ZERO,
        "Symbol": ts.symbol(instrument),
        "TimeExecuted": stamp(order.updated_at) if order.leg_filled(leg) else NO_DATE,
        "Year": expiry.year if expiry else 0,
    }
    if swagger:
        row["Type"] = ACTIONS[leg.side]
    return row
