"""Clear Street v1 as the mock serves it: the current API's wire format, rendered from the brokerage.

Wire rules: every body is the `{data, error, metadata}` envelope (errors carry no `data`); amounts are
decimal strings with two decimals, quantities and multipliers plain integers; account ids are
integers. The mock sends every field the current API (SDK 0.11) sends, and none it removed.
Only cash, margin and pattern-day-trader accounts exist at Clear Street in this simulation.

"Today" is the simulated day (`--today`), read as the current date in America/New_York, the vendor's
market calendar; orders sent that day are stamped with the brokerage's fixed market time. Positions are
valued at the current price (`Position.market_value`): the contract promises no formula, and this is
the mock's rule. A close request's body may be JSON null, which means the same as `{}`.

Orders: every order of the account, newest first (the vendor documents no order and no default
window); `from`/`to` filter `created_at`, `from` after `to` selects nothing, an inverted
`updated_at[...]` range is a `400`. A closing order answers `PENDING_NEW` to the close and is `FILLED`
from the next read, its `client_order_id` the close's (`close-position-20261120-001`); a seeded order's
is `order-<date>-<number>`. By id, an order is found by `id`, or by `client_order_id` while open. A
multi-leg order names no instrument and prices per package, net credit negative; its fills are one per
leg plus a strategy-level one without instrument or price. Executions come newest first; a fill's
`venue` is the executing venue's own code (`NSDQ`), an order's the MIC it was routed to (`XNMS`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from broker_contracts_mock.brokerage import (
    ZERO,
    Account,
    AccountKind,
    AssetClass,
    Brokerage,
    DayValue,
    Fill,
    Instrument,
    OpenOrdersError,
    Order,
    OrderStatus,
    Position,
    Side,
    TimeInForce,
    trading_days,
)
from broker_contracts_mock.instants import instant
from broker_contracts_mock.operations import Invalid
from broker_contracts_mock.paging import Page, cursor_page, encode
from broker_contracts_mock.vendor import Call, Reply, VendorMock, handles, request_id

CENT = Decimal("0.01")
KINDS = (AccountKind.CASH, AccountKind.MARGIN, AccountKind.PDT)
CASH_INSTRUMENT = str(uuid.uuid5(uuid.NAMESPACE_URL, "clearstreet:cash:USD"))
SECURITY_TYPES = {AssetClass.EQUITY: "COMMON_STOCK", AssetClass.OPTION: "OPTION", AssetClass.INDEX: "INDEX"}
VENUES = {"AAPL": "XNMS", "TSLA": "XNMS", "GOOG": "XNMS", "MSFT": "XNMS", "NVDA": "XNMS"}
NOT_FOUND = "Some requested entity was not found"
# The code a venue reports its fills under (not normalised, as the SDK warns), by the MIC orders are routed to.
FILL_VENUES = {"XNMS": "NSDQ", "XNYS": "NYSE", "XCBO": "CBOE"}


@dataclass(frozen=True)
class Execution:
    """A fill as the executions list shows it, with what its filters look at."""

    order_id: str
    instrument: Instrument | None
    row: dict[str, Any]


def money(value: Decimal) -> str:
    """An amount as Clear Street writes it: two decimals."""
    return str(value.quantize(CENT))


def count(value: Decimal) -> str:
    """A quantity or multiplier: no decimals when whole."""
    return str(value.quantize(Decimal(1))) if value == value.to_integral_value() else str(value.normalize())


def percent(part: Decimal, whole: Decimal) -> str | None:
    return money(part / abs(whole) * 100) if whole else None


def stamp(moment: datetime) -> str:
    """RFC 3339 UTC with nanoseconds, as in the vendor's examples."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f") + "000Z"


class ClearStreet(VendorMock):
    """The Clear Street v1 trading API."""

    spec_name = "clear-street"

    def error(self, status: int, message: str) -> Reply:
        return Reply(status, {"error": {"code": status, "message": message}, "metadata": {"request_id": request_id()}})

    @staticmethod
    def fuzz_parameters(brokerage: Brokerage) -> dict[str, Any]:
        """Values Schemathesis should use for parameters whose valid values depend on the data: an account,
        a cursor of the first page, and the account's latest order."""
        account = min(brokerage.open_accounts(*KINDS), key=lambda a: a.number)
        latest = max(account.orders, key=lambda o: o.created_at)
        return {"account_id": account.number, "page_token": encode(0, 1000), "order_id": latest.id}

    @staticmethod
    def fuzz_operation_parameters(brokerage: Brokerage) -> dict[str, dict[str, Any]]:
        """`updated_at` bounds that are not inverted (a 400) and hold every order: before the data, after today."""
        start = f"{brokerage.today.year}-01-01"
        end = f"{brokerage.today.year + 1}-01-01"
        return {
            "get_orders": {
                "updated_at[gt]": start,
                "updated_at[gte]": f"{start}T00:00:00Z",
                "updated_at[lt]": end,
                "updated_at[lte]": f"{end}T00:00:00Z",
            }
        }

    # ---- accounts -----------------------------------------------------------------------------

    @handles("get_accounts")
    def get_accounts(self, call: Call) -> Reply:
        prefix = str(call.params.get("account_id", ""))
        name = str(call.params.get("account_name", "")).casefold()
        accounts = [
            a
            for a in sorted(call.brokerage.accounts.values(), key=lambda a: a.number)
            if a.kind in KINDS and str(a.number).startswith(prefix) and name in a.name.casefold()
        ]
        page = cursor_page(accounts, int(call.params.get("page_size", 1000)), call.params.get("page_token"))
        return _ok(call, [_account(a) for a in page.items], _page_metadata(page))

    @handles("get_account_by_id")
    def get_account_by_id(self, call: Call) -> Reply:
        account = self._account(call)
        if account is None:
            return self.error(404, NOT_FOUND)
        return _ok(call, {**_account(account), **_personal_details(account)})

    # ---- balances -----------------------------------------------------------------------------

    @handles("get_account_balances")
    def get_account_balances(self, call: Call) -> Reply:
        account = self._account(call)
        if account is None:
            return self.error(404, NOT_FOUND)
        top = call.params.get("top_margin_contributors_limit")
        balances = self.view(
            call, ("clear-street/balances", account.number, top), lambda: _balances(account, call.brokerage, top)
        )
        return _ok(call, balances)

    # ---- positions ----------------------------------------------------------------------------

    @handles("get_positions")
    def get_positions(self, call: Call) -> Reply:
        account = self._account(call)
        if account is None:
            return self.error(404, NOT_FOUND)
        wanted = tuple(call.params.get("instrument_ids") or ())
        order = (call.params.get("sort_by", "SYMBOL"), call.params.get("sort_direction", "ASC"))
        size, token = int(call.params.get("page_size", 1000)), call.params.get("page_token")
        rows = call.brokerage.memo(
            ("clear-street/positions", account.number, wanted, order),
            lambda: _positions(account, call.brokerage, wanted, *order),
        )
        page = cursor_page(rows, size, token)
        key = ("clear-street/positions-page", account.number, wanted, order, size, token)
        return _ok(call, self.view(call, key, lambda: list(page.items)), _page_metadata(page))

    @handles("close_positions")
    def close_positions(self, call: Call) -> Reply:
        account = self._account(call)
        if account is None or not account.is_open:
            return self.error(404, NOT_FOUND)
        return self._close(call, account, account.holdings(), "close-positions")

    @handles("close_position")
    def close_position(self, call: Call) -> Reply:
        account = self._account(call)
        if account is None or not account.is_open:
            return self.error(404, NOT_FOUND)
        position = account.find_position(call.params["instrument_id"])
        return self._close(call, account, [position] if position else [], "close-position")

    def _close(self, call: Call, account: Account, positions: list[Position], purpose: str) -> Reply:
        """One closing order per position; `client_order_id` numbers the account's closes of the day."""
        cancel = bool((call.body or {}).get("cancel_orders"))
        blocked = [p for p in positions if account.open_orders(p.instrument.id)]
        if blocked and not cancel:
            error = OpenOrdersError(blocked[0].instrument, account.open_orders(blocked[0].instrument.id))
            return self.error(409, f"{error}")
        orders = []
        for position in positions:
            now = call.brokerage.now()
            reference = f"{purpose}-{now:%Y%m%d}-{_closes_on(account, now.date()) + 1:03d}"
            order = call.brokerage.close_position(account, position, cancel_orders=cancel, reference=reference)
            orders.append(_sent_order(account, order))
        return _ok(call, orders)

    # ---- orders and executions ----------------------------------------------------------------

    @handles("get_orders")
    def get_orders(self, call: Call) -> Reply:
        account = self._account(call)
        if account is None:
            return self.error(404, NOT_FOUND)
        rows = [
            row
            for order, row in call.brokerage.memo(("clear-street/orders", account.number), lambda: _orders(account))
            if _order_matches(order, row, call.params)
        ]
        page = cursor_page(rows, int(call.params.get("page_size", 1000)), call.params.get("page_token"))
        return _ok(call, list(page.items), _page_metadata(page))

    @handles("get_order_by_id")
    def get_order_by_id(self, call: Call) -> Reply:
        """By `id`, or by `client_order_id` while the order is open."""
        account = self._account(call)
        if account is None:
            return self.error(404, NOT_FOUND)
        wanted = call.params["order_id"]
        for order, row in call.brokerage.memo(("clear-street/orders", account.number), lambda: _orders(account)):
            if wanted == order.id or (order.status is OrderStatus.OPEN and wanted == row["client_order_id"]):
                return _ok(call, row)
        return self.error(404, f"Order {wanted} not found for account {account.number}")

    @handles("get_executions")
    def get_executions(self, call: Call) -> Reply:
        account = self._account(call)
        if account is None:
            return self.error(404, NOT_FOUND)
        orders = call.brokerage.memo(("clear-street/orders", account.number), lambda: _orders(account))
        wanted = _order_filter(call.params.get("order_ids"), orders)
        rows = [
            execution.row
            for execution in call.brokerage.memo(
                ("clear-street/executions", account.number), lambda: _executions(account)
            )
            if (wanted is None or execution.order_id in wanted) and _execution_matches(execution, call.params)
        ]
        page = cursor_page(rows, int(call.params.get("page_size", 1000)), call.params.get("page_token"))
        return _ok(call, list(page.items), _page_metadata(page))

    # ---- history ------------------------------------------------------------------------------

    @handles("get_portfolio_history")
    def get_portfolio_history(self, call: Call) -> Reply:
        account = self._account(call)
        if account is None:
            return self.error(404, NOT_FOUND)
        today = call.brokerage.today
        start = _day(call.params["start_date"], "start_date")
        end = _day(call.params.get("end_date", today.isoformat()), "end_date")
        if end > today:
            return self.error(400, f"end_date {end} is after the current date {today}")
        if start > end:
            return self.error(400, f"start_date {start} must be on or before end_date {end}")
        segments = [_segment(day) for day in account.history if start <= day.on <= end]
        if end == today and account.is_open and _is_trading_day(today):
            segments.append(_intraday_segment(account, today))
        return _ok(call, {"segments": segments})

    def _account(self, call: Call) -> Account | None:
        account = call.brokerage.account(int(call.params["account_id"]))
        return account if account is not None and account.kind in KINDS else None


def _day(text: str, name: str) -> date:
    """A `format: date` query parameter; the year 0000, which RFC 3339 admits, is no day of the service's."""
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise Invalid(f"query parameter {name!r}: {text!r} is out of range: {exc}") from exc


def _is_trading_day(day: date) -> bool:
    """A weekday: the simulated market calendar (`trading_days`) has no holidays."""
    return day.weekday() < 5


def _closes_on(account: Account, day: date) -> int:
    """How many closing orders the account has sent on `day`."""
    return sum(1 for order in account.orders if order.reference and order.created_at.date() == day)


def _ok(call: Call, data: Any, metadata: dict[str, Any] | None = None) -> Reply:
    return Reply(200, {"data": data, "error": None, "metadata": {"request_id": call.request_id, **(metadata or {})}})


def _page_metadata(page: Page[Any]) -> dict[str, Any]:
    metadata: dict[str, Any] = {"page_number": page.number, "total_items": page.total, "total_pages": page.pages}
    if page.next_token:
        metadata["next_page_token"] = page.next_token
    if page.previous_token:
        metadata["previous_page_token"] = page.previous_token
    return metadata


def _account(account: Account) -> dict[str, Any]:
    index = account.number - 19816
    return {
        "id": account.number,
        "account_holder_entity_id": 987654321 + index,
        "account_holder_entity_kind": "NATURAL_PERSON",
        "full_name": account.name,
        "short_name": f"TST-ACCOUNT-{index + 1:02d}{'' if account.is_open else '-CLOSED'}",
        "open_date": account.opened_on.isoformat(),
        "close_date": account.closed_on.isoformat() if account.closed_on else None,
        "options_level": 0 if account.kind is AccountKind.CASH else 2,
        "status": "ACTIVE" if account.is_open else "CLOSED",
        "subtype": "CASH" if account.kind is AccountKind.CASH else "MARGIN",
        "type": "CUSTOMER",
    }


def _personal_details(account: Account) -> dict[str, Any]:
    if not account.is_open:
        keys = ("country_of_tax_residency", "date_of_birth", "phone_number", "mailing_address")
        return dict.fromkeys(keys)
    return {
        "country_of_tax_residency": "US",
        "date_of_birth": date(1980 + account.number % 20, 1 + account.number % 12, 1 + account.number % 28).isoformat(),
        "phone_number": f"+1212555{account.number % 10_000:04d}",
        "mailing_address": {
            "line1": "4 World Trade Center",
            "line2": "150 Greenwich Street, Floor 45",
            "city": "New York",
            "state": "NY",
            "postal_code": "10007",
            "country": "USA",
        },
    }


def _balances(account: Account, brokerage: Brokerage, top: int | None) -> dict[str, Any]:
    equity = account.equity
    adjustment = _open_order_adjustment(account)
    margin = account.is_margin
    maintenance_excess = equity - account.maintenance_margin_requirement
    intraday_power = maintenance_excess * 4 + adjustment
    settled = account.settled_cash
    balances: dict[str, Any] = {
        "account_id": account.number,
        "buying_power": money(intraday_power if margin else settled + adjustment),
        "currency": account.currency,
        "daily_change": money(equity - account.start_of_day_equity),
        "daily_pnl": money(account.pnl_today),
        "daily_realized_pnl": money(account.realized_today),
        "daily_unrealized_pnl": money(account.unrealized_pnl_today),
        "equity": money(equity),
        "long_market_value": money(account.long_market_value),
        "margin_type": "REG_T" if margin else "NONE",
        "open_order_adjustment": money(adjustment),
        "settled_cash": money(settled),
        "trade_cash": money(account.cash),
        "unrealized_pnl": money(account.unrealized_pnl),
        "unsettled_credits": money(account.unsettled_credits),
        "unsettled_debits": money(account.unsettled_debits),
        "withdrawable_cash": money(max(min(settled, maintenance_excess), ZERO) if margin else max(settled, ZERO)),
        "sod": _start_of_day(account, brokerage, margin),
    }
    if account.short_market_value:
        balances["short_market_value"] = money(account.short_market_value)
    if margin:
        balances["multiplier"] = "4"
        balances["margin_details"] = _margin_details(account, equity, adjustment, top)
    return balances


def _open_order_adjustment(account: Account) -> Decimal:
    """Buying power held by open orders that add risk (buys and short sales); closing orders hold none."""
    held = ZERO
    for order in account.open_orders():
        position = account.positions.get(order.instrument.id)
        closing = position is not None and (position.is_long == (order.side in (Side.SELL, Side.SELL_SHORT)))
        if not closing:
            price = order.limit_price or order.instrument.price
            held += order.leaves_quantity * price * order.instrument.multiplier
    return -held


def _start_of_day(account: Account, brokerage: Brokerage, margin: bool) -> dict[str, Any]:
    previous_day = trading_days(brokerage.today, 1)[0]
    equity = account.start_of_day_equity
    maintenance = (
        account.start_of_day_long_value * Decimal("0.25") + account.start_of_day_short_value * Decimal("0.30")
    ).quantize(CENT)
    sod: dict[str, Any] = {
        "asof": previous_day.isoformat(),
        "buying_power": money((equity - maintenance) * 4 if margin else account.start_of_day_cash),
        "equity": money(equity),
        "long_market_value": money(account.start_of_day_long_value),
        "short_market_value": money(account.start_of_day_short_value),
    }
    if margin:
        sod["maintenance_margin_excess"] = money(equity - maintenance)
        sod["maintenance_margin_requirement"] = money(maintenance)
        sod["trade_cash"] = money(account.start_of_day_cash)
    return sod


def _margin_details(account: Account, equity: Decimal, adjustment: Decimal, top: int | None) -> dict[str, Any]:
    initial = account.initial_margin_requirement
    maintenance = account.maintenance_margin_requirement
    overnight = initial
    details: dict[str, Any] = {
        "initial_margin_excess": money(equity - initial),
        "initial_margin_requirement": money(initial),
        "maintenance_margin_excess": money(equity - maintenance),
        "maintenance_margin_requirement": money(maintenance),
        "overnight_margin_excess": money(equity - overnight),
        "overnight_margin_requirement": money(overnight),
        "intraday_details": {"buying_power": money((equity - maintenance) * 4 + adjustment), "multiplier": "4"},
        "overnight_details": {"buying_power": money((equity - overnight) * 2 + adjustment), "multiplier": "2"},
        "usage": {"total": money(initial + equity - initial), "used": money(initial)},
    }
    if top is not None:
        details["top_contributors"] = _top_contributors(account)[:top]
    return details


def _top_contributors(account: Account) -> list[dict[str, Any]]:
    groups: dict[str, list[Position]] = {}
    for position in account.positions.values():
        underlying = position.instrument.underlying or position.instrument
        groups.setdefault(underlying.id, []).append(position)
    rows = []
    for underlying_id, positions in groups.items():
        initial = sum((abs(p.market_value) / 2 for p in positions), ZERO)
        maintenance = sum(
            (p.market_value * Decimal("0.25") if p.is_long else -p.market_value * Decimal("0.30") for p in positions),
            ZERO,
        )
        rows.append(
            {
                "underlying_instrument_id": underlying_id,
                "initial_margin_requirement": money(initial),
                "maintenance_margin_requirement": money(maintenance),
                "overnight_margin_requirement": money(initial),
                "market_value": money(sum((p.market_value for p in positions), ZERO)),
            }
        )
    return sorted(rows, key=lambda r: Decimal(r["initial_margin_requirement"]), reverse=True)


def _positions(
    account: Account, brokerage: Brokerage, wanted: tuple[str, ...], sort_by: str, direction: str
) -> list[dict[str, Any]]:
    """Every position of the account (cash first), filtered by instrument id or symbol, then sorted."""
    rows = [_cash_position(account), *(_position(account, p, brokerage) for p in account.holdings())]
    if wanted:
        keys = {w.upper() for w in wanted}
        rows = [r for r in rows if r["instrument_id"].upper() in keys or r["symbol"].upper() in keys]
    return sorted(rows, key=_SORT_KEYS[sort_by], reverse=direction == "DESC")


def _cash_position(account: Account) -> dict[str, Any]:
    return {
        "account_id": account.number,
        "available_quantity": money(account.cash),
        "avg_price": "1",
        "closing_price": "1",
        "closing_price_date": trading_days(account.today, 1)[0].isoformat(),
        "cost_basis": money(account.cash),
        "daily_realized_pnl": "0.00",
        "daily_unrealized_pnl": "0.00",
        "daily_unrealized_pnl_pct": "0.00",
        "instrument_id": CASH_INSTRUMENT,
        "instrument_price": "1",
        "instrument_type": "CASH",
        "market_value": money(account.cash),
        "position_type": "LONG" if account.cash >= 0 else "SHORT",
        "quantity": money(account.cash),
        "symbol": account.currency,
        "underlying_instrument_id": None,
        "underlying_instrument_type": None,
        "unrealized_pnl": "0.00",
        "unrealized_pnl_pct": "0.00",
    }


def _position(account: Account, position: Position, brokerage: Brokerage) -> dict[str, Any]:
    instrument = position.instrument
    reserved = sum((o.leaves_quantity for o in account.open_orders(instrument.id)), ZERO)
    start_value = position.quantity * instrument.previous_close * instrument.multiplier
    underlying = instrument.underlying
    return {
        "account_id": account.number,
        "available_quantity": count(position.quantity - reserved if position.is_long else position.quantity + reserved),
        "avg_price": money(position.average_price),
        "closing_price": money(instrument.previous_close),
        "closing_price_date": trading_days(brokerage.today, 1)[0].isoformat(),
        "cost_basis": money(position.cost_basis),
        "daily_realized_pnl": "0.00",
        "daily_unrealized_pnl": money(position.unrealized_pnl_today),
        "daily_unrealized_pnl_pct": percent(position.unrealized_pnl_today, start_value),
        "instrument_id": instrument.id,
        "instrument_price": money(instrument.price),
        "instrument_type": SECURITY_TYPES[instrument.asset_class],
        "market_value": money(position.market_value),
        "position_type": "LONG" if position.is_long else "SHORT",
        "quantity": count(position.quantity),
        "symbol": instrument.symbol,
        "underlying_instrument_id": underlying.id if underlying else None,
        "underlying_instrument_type": SECURITY_TYPES[underlying.asset_class] if underlying else None,
        "unrealized_pnl": money(position.unrealized_pnl),
        "unrealized_pnl_pct": percent(position.unrealized_pnl, position.cost_basis),
    }


def _sent_order(account: Account, order: Order) -> dict[str, Any]:
    """The order as the close operation returns it: just accepted, nothing filled yet."""
    return {
        **_order(account, order),
        "updated_at": stamp(order.created_at),
        "status": "PENDING_NEW",
        "filled_quantity": "0",
        "leaves_quantity": count(order.quantity),
        "average_fill_price": None,
        "details": [],
    }


def _orders(account: Account) -> list[tuple[Order, dict[str, Any]]]:
    """Every order of the account with its body, the most recently created first."""
    ordered = sorted(account.orders, key=lambda o: (o.created_at, o.number), reverse=True)
    return [(order, _order(account, order)) for order in ordered]


def _order(account: Account, order: Order) -> dict[str, Any]:
    """An order as it stands. A multi-leg order names no instrument; its prices are per package, signed."""
    single = not order.legs
    instrument: Instrument | None = order.instrument if single else None
    underlying = instrument.underlying if instrument else None
    average = order.average_fill_price
    return {
        "id": order.id,
        "account_id": account.number,
        "client_order_id": client_order_id(order),
        "created_at": stamp(order.created_at),
        "updated_at": stamp(order.updated_at),
        "order_type": order.order_type.upper(),
        "side": side(order.side),
        "status": _status(order),
        "time_in_force": "DAY" if order.time_in_force is TimeInForce.DAY else "GOOD_TILL_CANCEL",
        "quantity": count(order.quantity),
        "filled_quantity": count(order.filled_quantity),
        "leaves_quantity": count(order.leaves_quantity),
        "venue": _venue(order.leg_list[0].instrument),
        "instrument_id": instrument.id if instrument else None,
        "instrument_type": SECURITY_TYPES[instrument.asset_class] if instrument else None,
        "symbol": instrument.symbol if instrument else None,
        "average_fill_price": price(average) if average is not None else None,
        "limit_price": price(order.limit_price) if order.limit_price is not None else None,
        "stop_price": price(order.stop_price) if order.stop_price is not None else None,
        "limit_offset": None,
        "details": [order.reject_reason] if order.reject_reason else [],
        "expires_at": None,
        "extended_hours": False,
        "queue_state": None,
        "releases_at": None,
        "strategy": None,
        "trailing_limit_px": None,
        "trailing_offset": None,
        "trailing_offset_type": None,
        "trailing_stop_px": None,
        "trailing_watermark_px": None,
        "trailing_watermark_ts": None,
        "underlying_instrument_id": underlying.id if underlying else None,
        "underlying_instrument_type": SECURITY_TYPES[underlying.asset_class] if underlying else None,
    }


def client_order_id(order: Order) -> str:
    """The client's reference: what the close request was numbered, else one for a seeded order."""
    return order.reference or f"order-{order.created_at:%Y%m%d}-{order.number}"


def side(value: Side) -> str:
    """BUY or SELL: the current API has no SELL_SHORT (a sale beyond the long takes the position short)."""
    return "BUY" if value.buys else "SELL"


def price(value: Decimal) -> str:
    """A price: two decimals, or every digit it needs beyond them (an average of fills)."""
    cents = value.quantize(CENT)
    return str(cents) if cents == value else format(value.normalize(), "f")


def _status(order: Order) -> str:
    if order.status is OrderStatus.OPEN:
        return "PARTIALLY_FILLED" if order.filled_quantity else "NEW"
    return order.status.value.upper()


def _venue(instrument: Instrument) -> str:
    """The MIC the order is routed to."""
    return VENUES.get(instrument.symbol, "XNYS" if instrument.asset_class is AssetClass.EQUITY else "XCBO")


def _order_filter(wanted: list[str] | None, orders: list[tuple[Order, dict[str, Any]]]) -> set[str] | None:
    """The ids of the orders `order_ids` names, by `id` or `client_order_id` (None: no filter)."""
    if wanted is None:
        return None
    names = set(wanted)
    return {order.id for order, row in orders if order.id in names or row["client_order_id"] in names}


def _order_matches(order: Order, row: dict[str, Any], params: dict[str, Any]) -> bool:
    """The list filters, combined with AND. A multi-leg order matches an instrument by any of its legs."""
    legs = [leg.instrument for leg in order.leg_list]
    kinds = {SECURITY_TYPES[i.asset_class] for i in legs}
    created = order.created_at
    checks = (
        "from" not in params or created >= instant(params["from"]),
        "to" not in params or created <= instant(params["to"]),
        "status" not in params or row["status"] in params["status"],
        "symbol" not in params or any(i.symbol.upper() == params["symbol"].upper() for i in legs),
        "instrument_ids" not in params or any(_named(i, params["instrument_ids"]) for i in legs),
        "instrument_type" not in params or params["instrument_type"] in kinds,
        "underlying_instrument_ids" not in params
        or any(i.underlying is not None and _named(i.underlying, params["underlying_instrument_ids"]) for i in legs),
        "order_ids" not in params or order.id in params["order_ids"] or row["client_order_id"] in params["order_ids"],
        _updated_in_range(order.updated_at, params),
    )
    return all(checks)


def _named(instrument: Instrument, keys: list[str]) -> bool:
    """Whether `keys` names the instrument by UUID or (any letter case) by symbol."""
    wanted = {key.upper() for key in keys}
    return instrument.id.upper() in wanted or instrument.symbol.upper() in wanted


def _updated_in_range(updated: datetime, params: dict[str, Any]) -> bool:
    """The `updated_at[...]` bounds; a bare date is the start (gte, lt) or the end (gt, lte) of its day.
    Invalid when the bounds are inverted, as the SDK documents."""
    lower: tuple[datetime, bool] | None = None  # (instant, inclusive)
    upper: tuple[datetime, bool] | None = None
    for name in ("updated_at[gt]", "updated_at[gte]", "updated_at[lt]", "updated_at[lte]"):
        if name not in params:
            continue
        at, inclusive = _bound(name, params[name])
        if name.endswith(("[gt]", "[gte]")):
            lower = (at, inclusive) if lower is None or at > lower[0] else lower
        else:
            upper = (at, inclusive) if upper is None or at < upper[0] else upper
    if lower and upper and (lower[0] > upper[0] or (lower[0] == upper[0] and not (lower[1] and upper[1]))):
        raise Invalid("the updated_at range is inverted: its lower bound is not before its upper bound")
    return (lower is None or updated > lower[0] or (lower[1] and updated == lower[0])) and (
        upper is None or updated < upper[0] or (upper[1] and updated == upper[0])
    )


def _bound(name: str, text: str) -> tuple[datetime, bool]:
    """An `updated_at[...]` value as (instant, inclusive); a bare date's end of day is the next day's
    start, excluded."""
    try:
        at = instant(text)
    except ValueError as exc:
        raise Invalid(f"query parameter {name!r}: {text!r} is not a date or date-time") from exc
    inclusive = name.endswith("e]")
    if len(text) == 10 and name.endswith(("[gt]", "[lte]")):
        return at + timedelta(days=1), not inclusive
    return at, inclusive


def _executions(account: Account) -> list[Execution]:
    """Every fill of the account, the most recent first: one per fill of a leg and, for a multi-leg
    order, one strategy-level fill (no instrument, no price) per time its legs filled."""
    rows: list[tuple[datetime, int, Execution]] = []
    for order in account.orders:
        for fill in order.fills:
            rows.append((fill.at, fill.number, Execution(order.id, fill.instrument, _execution(order, fill))))
        if order.legs:
            first = order.legs[0]
            for fill in order.leg_fills(first):
                row = _strategy_execution(order, fill, first.ratio)
                rows.append((fill.at, fill.number, Execution(order.id, None, row)))
    rows.sort(key=lambda item: item[:2], reverse=True)
    return [execution for _, _, execution in rows]


def _execution(order: Order, fill: Fill) -> dict[str, Any]:
    instrument = fill.instrument
    row: dict[str, Any] = {
        "id": fill.id,
        "order_id": order.id,
        "quantity": count(fill.quantity),
        "side": side(fill.side),
        "transaction_time": stamp(fill.at),
        "instrument_id": instrument.id,
        "symbol": instrument.symbol,
        "price": price(fill.price),
        "venue": FILL_VENUES.get(_venue(instrument), _venue(instrument)),
    }
    if instrument.underlying is not None:
        row["underlying_instrument_id"] = instrument.underlying.id
        row["underlying_instrument_type"] = SECURITY_TYPES[instrument.underlying.asset_class]
    return row


def _strategy_execution(order: Order, fill: Fill, ratio: Decimal) -> dict[str, Any]:
    """The package-level fill of a multi-leg order, reported beside its legs' fills."""
    return {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"clearstreet:strategy-fill:{fill.id}")),
        "order_id": order.id,
        "quantity": count(fill.quantity / ratio),
        "side": side(order.side),
        "transaction_time": stamp(fill.at),
        "instrument_id": None,
        "symbol": None,
        "price": None,
        "venue": None,
    }


def _execution_matches(execution: Execution, params: dict[str, Any]) -> bool:
    """The list filters, combined with AND; a strategy-level fill names no instrument, so an instrument
    filter leaves it out."""
    at = instant(execution.row["transaction_time"])
    instrument = execution.instrument
    underlying = instrument.underlying if instrument else None
    checks = (
        "from" not in params or at >= instant(params["from"]),
        "to" not in params or at <= instant(params["to"]),
        "instrument_ids" not in params or (instrument is not None and _named(instrument, params["instrument_ids"])),
        "underlying_instrument_ids" not in params
        or (underlying is not None and _named(underlying, params["underlying_instrument_ids"])),
    )
    return all(checks)


def _segment(day: DayValue) -> dict[str, Any]:
    pnl = day.realized_pnl + day.unrealized_pnl
    return {
        "date": day.on.isoformat(),
        "sod_equity": money(day.start_equity),
        "eod_equity": money(day.end_equity),
        "realized_pnl": money(day.realized_pnl),
        "unrealized_pnl": money(day.unrealized_pnl),
        "bought_notional": money(day.bought),
        "sold_notional": money(day.sold),
        "day_pnl": money(pnl),
        "position_pnl": money(day.unrealized_pnl),
        "net_pnl": money(pnl),
    }


def _intraday_segment(account: Account, today: date) -> dict[str, Any]:
    """Today's segment, computed from current balances; the not-yet-final figures are null."""
    return {
        "date": today.isoformat(),
        "sod_equity": money(account.start_of_day_equity),
        "eod_equity": money(account.equity),
        "realized_pnl": money(account.realized_today),
        "unrealized_pnl": money(account.unrealized_pnl_today),
        "bought_notional": None,
        "sold_notional": None,
        "day_pnl": None,
        "position_pnl": None,
        "net_pnl": None,
    }


def _by_decimal(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda row: Decimal(row[key] or 0)


_SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "SYMBOL": lambda row: row["symbol"],
    "INSTRUMENT_TYPE": lambda row: row["instrument_type"],
    "QUANTITY": _by_decimal("quantity"),
    "MARKET_VALUE": _by_decimal("market_value"),
    "POSITION_TYPE": lambda row: row["position_type"],
    "UNREALIZED_PNL": _by_decimal("unrealized_pnl"),
    "DAILY_UNREALIZED_PNL": _by_decimal("daily_unrealized_pnl"),
    "DAILY_REALIZED_PNL": _by_decimal("daily_realized_pnl"),
}
