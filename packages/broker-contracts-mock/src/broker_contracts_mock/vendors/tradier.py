"""Tradier's brokerage API v1 as the mock serves it: JSON rendered from XML, quirks included.

The mock plays Tradier's sandbox: account ids are `VA` + the brokerage's account number in eight
digits (19816 -> `VA00019816`), the user is `id-sb-...`, and the rate limit is the sandbox's 60 requests
a minute. Only cash, margin and pattern-day-trader accounts exist at Tradier; the profile lists them
(closed ones with status `closed`), as type `cash` or `margin` (a pattern day trader is a margin account
with `day_trader: true`).

Wire rules, as the spec states them:
- A collection (positions, history events, profile accounts) is the string `"null"` when empty, an
  object for one item and an array for two or more. An empty gain/loss page is `{"gainloss": {}}`
  (no `closed_position`): no empty page was ever recorded, and this is the form every client library
  the research cites reads (asynctradier 1.0.0 fails on the string `"null"` there).
- Balances carry exactly the sub-object named by `account_type`. Amounts are JSON numbers at the
  scales of the vendor's own bodies: balances as in the docs example (`17798.360000000000000000000000`,
  `12727.7200000000000000`, `4343.38000000`, a bare `0` for zero), positions `207.01` / `1.00000000`,
  history amounts `-129.05` (a bare `0` for zero) with trade figures at eight decimals, gain/loss in
  the shortest form with one decimal at least (`12.7`, `0.0`, `-20.7874`).
- Timestamps: milliseconds for positions, gain/loss and the profile, whole seconds for history. A
  position's milliseconds are drawn from the seed and the position's id (`.405Z` is the docs' value).
- History events carry the sub-object named after their type; a dividend's is `dividend` (the key
  client libraries read; the docs example's `adjustment` form is accepted by the contract but not
  sent). `trade_type` is lowercase: captures from 2024 to 2026 send `option`; no equity trade was
  captured since the docs' `Equity`, so `equity` is assumed to follow the same casing. An option's
  description pads the put/call word to four letters, as in a 2025 capture
  (`PUT  GS     08/29/25   705`). History and gain/loss are the clearing firm's nightly data: today's
  trades, closes and events are not in them yet.
- History and gain/loss page from 1 (`limit` 25 unless given; the vendor documents no gain/loss
  default) until a page answers the empty form; `start` > `end` is an empty range, not an error.
  `page=0`, a `sort` other than `asc`/`desc` (letter case included) and a comma-joined `type` are
  outside the contract and answer 400: no source shows the vendor accepting them.
- `exactMatch` is read case-insensitively (`True` as `true`). Query parameters the operation does not
  declare are ignored, as the spec says the vendor does.
- Over the rate limit (fault injection, `--rate-429`) the answer is the vendor's 400 with the text body
  `Quota Violation <epoch ms when the quota resets>`.
- Successful answers carry the `X-Ratelimit-*` headers, counted per token in one-minute windows from
  the first request (`Expiry` in epoch milliseconds); the mock counts but never refuses. `POST /__reset`
  starts the token's window over (a full quota).

- Orders: today's session (`intraday`) or, with `filter=all`, the days from `start` (default a month
  back) to `end`, oldest first, paged like history; `date` narrows either to a day, `status` keeps
  the states named. A single-leg order is its own leg; a multi-leg one is `multileg` with `buy` as its
  side (as every published example), its net package price positive in `price`/`avg_fill_price`,
  `debit` or `credit` in `type`, and its legs (each with its own id and fills) under `leg`. An unknown
  id is a `404` with the `errors` body. History `trade` events are one per fill.

Errors: a missing or unknown token is the Apigee fault `Invalid Access Token`
(`keymanagement.service.invalid_access_token`, as observed against the sandbox). An account the token
may not use (unknown, or of a kind Tradier does not have) is also a 401: the docs say a 401 means an
authentication or entitlement failure and the contract documents no 404; no recorded body exists, so
the fault's wording (`Unauthorized Account: <id>`, errorcode `entitlement.unauthorized_account`) is the
mock's own. Every other error is the `{"errors": {"error": "<message>"}}` body.
"""

from __future__ import annotations

import re
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as clock
from decimal import Context, Decimal
from typing import Any

from broker_contracts_mock.brokerage import (
    ZERO,
    Account,
    AccountKind,
    AssetClass,
    Brokerage,
    CashEvent,
    CashEventKind,
    ClosedLot,
    Fill,
    Instrument,
    Leg,
    Order,
    OrderStatus,
    Position,
    Side,
)
from broker_contracts_mock.paging import numbered_page
from broker_contracts_mock.vendor import AuthFailure, Call, Reply, VendorMock, handles

ACCOUNT_TYPES = {AccountKind.CASH: "cash", AccountKind.MARGIN: "margin", AccountKind.PDT: "pdt"}
ACCOUNT_ID = re.compile(r"VA([0-9]{8})")
RATE_LIMIT = 60  # the sandbox's "standard" category, per token and minute
WINDOW_MS = 60_000
DEFAULT_LIMIT = 25
USER_ID, USER_NAME = "id-sb-testcustomer", "Test Customer"
EVENT_TYPES = {
    CashEventKind.DEPOSIT: "ach",
    CashEventKind.WITHDRAWAL: "ach",
    CashEventKind.DIVIDEND: "dividend",
    CashEventKind.FEE: "fee",
    CashEventKind.INTEREST: "interest",
    CashEventKind.JOURNAL: "journal",
    CashEventKind.WIRE: "wire",
    CashEventKind.CHECK: "check",
    CashEventKind.TAX: "tax",
    CashEventKind.TRANSFER: "transfer",
    CashEventKind.ADJUSTMENT: "adjustment",
}
SHORT_MAINTENANCE = Decimal("0.30")
_WIDE = Context(prec=80)
_BARE_ZERO = Decimal(0)


def account_id(account: Account) -> str:
    """Tradier's id of a brokerage account: `VA` and the account number in eight digits."""
    return f"VA{account.number:08d}"


def tailed(value: Decimal, places: int) -> Decimal:
    """`value` with exactly `places` decimals (`4343.38000000`), or a bare `0` when it is zero."""
    if not value:
        return _BARE_ZERO
    return value.quantize(Decimal(1).scaleb(-places), context=_WIDE)


def fixed(value: Decimal, places: int) -> Decimal:
    """`value` with exactly `places` decimals, zero included (`0.00000000`)."""
    return value.quantize(Decimal(1).scaleb(-places), context=_WIDE)


def shortest(value: Decimal, places: int = 2) -> Decimal:
    """`value` rounded to `places`, written as briefly as possible with one decimal at least (`920.0`)."""
    rounded = fixed(value, places)
    if not rounded:
        return Decimal("0.0")
    brief = rounded.normalize(_WIDE)
    return brief if int(brief.as_tuple().exponent) < 0 else brief.quantize(Decimal("0.1"), context=_WIDE)


def millis(moment: datetime) -> str:
    """`2018-08-08T14:41:11.405Z`."""
    utc = moment.astimezone(UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"


def midnight_millis(day: date) -> str:
    """`2018-10-31T00:00:00.000Z`."""
    return f"{day.isoformat()}T00:00:00.000Z"


def midnight_seconds(day: date) -> str:
    """`2018-10-31T00:00:00Z`."""
    return f"{day.isoformat()}T00:00:00Z"


def one_or_many(items: Sequence[Any]) -> Any:
    """The XML rendering of repeated elements: one item is an object, two or more an array."""
    return items[0] if len(items) == 1 else list(items)


def collection(items: Sequence[Any], element: str) -> Any:
    """A wrapper's value: the string `"null"` when empty, else `{element: one_or_many(items)}`."""
    return {element: one_or_many(items)} if items else "null"


@dataclass
class _Window:
    """One token's rate-limit window."""

    ends_ms: int
    used: int = 0


@dataclass(frozen=True)
class _Row:
    """A history event or closed position, with what the filters and the sort look at."""

    on: date
    opened_on: date
    kind: str
    symbol: str | None
    body: dict[str, Any]


class Tradier(VendorMock):
    """Tradier's brokerage API v1 (the sandbox)."""

    spec_name = "tradier"
    ignores_unknown_query = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._windows: dict[str, _Window] = {}
        self.states.on_reset(self._forget_window)

    def error(self, status: int, message: str) -> Reply:
        if status == 401:
            return _fault(message, "keymanagement.service.invalid_access_token")
        if status >= 500:  # Tradier does not describe the body of a server error: the contract reads text
            return Reply(status, message, media_type="text/plain")
        return Reply(status, {"errors": {"error": message}})

    def auth_failure(self, failure: AuthFailure) -> Reply:
        return _fault("Invalid Access Token", "keymanagement.service.invalid_access_token")

    def throttled(self, retry_after: int) -> Reply:
        """Tradier reports a quota violation as a 400 with a text body; the last word is the reset time (ms)."""
        resets_ms = int(time.time() * 1000) + retry_after * 1000
        return Reply(400, f"Quota Violation {resets_ms}", media_type="text/plain")

    @staticmethod
    def fuzz_parameters(brokerage: Brokerage) -> dict[str, Any]:
        """The first margin account (it has positions, history, closed positions and orders) and its latest
        order."""
        account = min(brokerage.open_accounts(AccountKind.MARGIN), key=lambda a: a.number)
        return {"account_id": account_id(account), "id": max(o.number for o in account.orders)}

    # ---- operations ---------------------------------------------------------------------------

    @handles("get_user_profile")
    def get_user_profile(self, call: Call) -> Reply:
        brokerage = call.brokerage
        return self._ok(call, brokerage.memo(("tradier/profile",), lambda: _profile(brokerage)))

    @handles("get_account_balances")
    def get_account_balances(self, call: Call) -> Reply:
        account = _account(call)
        if account is None:
            return _unauthorized_account(call)
        balances = self.view(call, ("tradier/balances", account.number), lambda: _balances(account))
        return self._ok(call, {"balances": balances})

    @handles("get_account_positions")
    def get_account_positions(self, call: Call) -> Reply:
        account = _account(call)
        if account is None:
            return _unauthorized_account(call)
        seed = call.brokerage.seed
        key = ("tradier/positions", account.number)
        return self._ok(
            call, {"positions": self.view(call, key, lambda: collection(_positions(account, seed), "position"))}
        )

    @handles("get_account_history")
    def get_account_history(self, call: Call) -> Reply:
        account = _account(call)
        if account is None:
            return _unauthorized_account(call)
        rows = call.brokerage.memo(("tradier/history", account.number), lambda: _history(account))
        wanted, symbol = call.params.get("type"), call.params.get("symbol")
        exact = str(call.params.get("exactMatch", "false")).lower() == "true"
        start, end = _range(call, account)
        rows = [
            row
            for row in rows
            if (wanted is None or row.kind == wanted) and start <= row.on <= end and _matches(row, symbol, exact)
        ]
        return self._ok(call, {"history": collection(_page(call, rows), "event")})

    @handles("get_account_gain_loss")
    def get_account_gain_loss(self, call: Call) -> Reply:
        account = _account(call)
        if account is None:
            return _unauthorized_account(call)
        rows = call.brokerage.memo(("tradier/gainloss", account.number), lambda: _closed_positions(account))
        symbol = call.params.get("symbol")
        start, end = _range(call, account)
        rows = [row for row in rows if start <= row.on <= end and _matches(row, symbol, exact=False)]
        key: Callable[[_Row], date] = (
            (lambda row: row.opened_on) if call.params.get("sortBy") == "openDate" else (lambda row: row.on)
        )
        rows.sort(key=key, reverse=call.params.get("sort", "desc") == "desc")
        page = _page(call, rows)
        return self._ok(call, {"gainloss": {"closed_position": one_or_many(page)} if page else {}})

    @handles("get_account_orders")
    def get_account_orders(self, call: Call) -> Reply:
        """Today's session (`intraday`) or a range of days (`all`), oldest first, paged like history."""
        account = _account(call)
        if account is None:
            return _unauthorized_account(call)
        today = call.brokerage.today
        if call.params.get("filter") == "all":
            start = _day(call.params["start"]) if "start" in call.params else _month_before(today)
            end = _day(call.params["end"]) if "end" in call.params else today
        else:
            start = end = today
        if "date" in call.params:
            on = _day(call.params["date"])
            start, end = max(start, on), min(end, on)
        statuses = set(call.params.get("status") or ())
        rows = [
            row
            for row in call.brokerage.memo(("tradier/orders", account.number), lambda: _orders(account))
            if start <= row.on <= end and (not statuses or row.kind in statuses)
        ]
        return self._ok(call, {"orders": collection(_page(call, rows), "order")})

    @handles("get_account_order")
    def get_account_order(self, call: Call) -> Reply:
        account = _account(call)
        if account is None:
            return _unauthorized_account(call)
        rows = call.brokerage.memo(("tradier/orders", account.number), lambda: _orders(account))
        found = next((row.body for row in rows if row.body["id"] == call.params["id"]), None)
        if found is None:
            return self.error(404, "Order not found")
        return self._ok(call, {"order": found})

    # ---- helpers ------------------------------------------------------------------------------

    def _ok(self, call: Call, body: Any) -> Reply:
        return Reply(200, body, self._rate_limit(call.token))

    def _forget_window(self, token: str) -> None:
        """A reset token starts a new window: a full quota."""
        self._windows.pop(token, None)

    def _rate_limit(self, token: str) -> dict[str, str]:
        """Count one request in the token's window (a new window starts at the first request after expiry)."""
        now = int(time.time() * 1000)
        window = self._windows.get(token)
        if window is None or now >= window.ends_ms:
            window = self._windows[token] = _Window(now + WINDOW_MS)
        window.used += 1
        return {
            "X-Ratelimit-Allowed": str(RATE_LIMIT),
            "X-Ratelimit-Used": str(window.used),
            "X-Ratelimit-Available": str(max(RATE_LIMIT - window.used, 0)),
            "X-Ratelimit-Expiry": str(window.ends_ms),
        }


def _fault(faultstring: str, errorcode: str) -> Reply:
    return Reply(401, {"fault": {"faultstring": faultstring, "detail": {"errorcode": errorcode}}})


def _unauthorized_account(call: Call) -> Reply:
    return _fault(f"Unauthorized Account: {call.params['account_id']}", "entitlement.unauthorized_account")


def _account(call: Call) -> Account | None:
    """The account a Tradier id names, if Tradier has it."""
    found = ACCOUNT_ID.fullmatch(call.params["account_id"])
    account = call.brokerage.account(int(found.group(1))) if found else None
    return account if account is not None and account.kind in ACCOUNT_TYPES else None


def _visible(brokerage: Brokerage) -> list[Account]:
    return sorted((a for a in brokerage.accounts.values() if a.kind in ACCOUNT_TYPES), key=lambda a: a.number)


def _range(call: Call, account: Account) -> tuple[date, date]:
    """`start` (default: the day the account was opened) and `end` (default: today), inclusive."""
    start, end = call.params.get("start"), call.params.get("end")
    return (
        _day(start) if start else account.opened_on,
        _day(end) if end else call.brokerage.today,
    )


def _day(text: str) -> date:
    """A `format: date` value; the year 0000 (valid RFC 3339, no Python date) is the earliest day."""
    return date.min if text.startswith("0000") else date.fromisoformat(text)


def _matches(row: _Row, symbol: str | None, exact: bool) -> bool:
    """The `symbol` filter: equal with `exactMatch`, else contained (case-insensitive)."""
    if symbol is None:
        return True
    if row.symbol is None:
        return False
    wanted, have = symbol.upper(), row.symbol.upper()
    return have == wanted if exact else wanted in have


def _page(call: Call, rows: Sequence[_Row]) -> list[dict[str, Any]]:
    page = numbered_page(rows, int(call.params.get("limit", DEFAULT_LIMIT)), int(call.params.get("page", 1)))
    return [row.body for row in page.items]


# ---- profile ------------------------------------------------------------------------------------


def _profile(brokerage: Brokerage) -> dict[str, Any]:
    accounts = [_profile_account(a) for a in _visible(brokerage)]
    return {"profile": {"account": one_or_many(accounts), "id": USER_ID, "name": USER_NAME}}


def _profile_account(account: Account) -> dict[str, Any]:
    at = clock(21, account.number % 60, (account.number * 7) % 60)
    created = datetime.combine(account.opened_on, at, tzinfo=UTC)
    updated = datetime.combine(account.closed_on, at, tzinfo=UTC) if account.closed_on else created
    return {
        "account_number": account_id(account),
        "classification": "individual",
        "date_created": millis(created),
        "day_trader": account.kind is AccountKind.PDT,
        "option_level": 2 if account.kind is AccountKind.CASH else 3,
        "status": "active" if account.is_open else "closed",
        "type": "cash" if account.kind is AccountKind.CASH else "margin",
        "last_update_date": millis(updated),
    }


# ---- balances -----------------------------------------------------------------------------------


def _balances(account: Account) -> dict[str, Any]:
    """The balances in the vendor's order; market values of shorts are negative, as Tradier sends them."""
    holdings = account.holdings()
    options = [p for p in holdings if p.instrument.asset_class is AssetClass.OPTION]
    stocks = [p for p in holdings if p.instrument.asset_class is not AssetClass.OPTION]
    stock_short = sum((p.market_value for p in stocks if not p.is_long), ZERO)
    option_short = sum((p.market_value for p in options if not p.is_long), ZERO)
    requirement = account.maintenance_margin_requirement
    option_requirement = -option_short * SHORT_MAINTENANCE if account.is_margin else ZERO
    pending = _pending_cash(account)
    equity = account.equity
    account_type = ACCOUNT_TYPES[account.kind]
    balances: dict[str, Any] = {
        "option_short_value": tailed(option_short, 19),
        "total_equity": tailed(equity, 24),
        "account_number": account_id(account),
        "account_type": account_type,
        "close_pl": tailed(account.realized_today, 18),
        "current_requirement": tailed(requirement, 20),
        "equity": _BARE_ZERO,
        "long_market_value": tailed(account.long_market_value, 20),
        "market_value": tailed(account.market_value, 20),
        "open_pl": tailed(account.market_value - sum((_cost_basis(p) for p in holdings), ZERO), 24),
        "option_long_value": tailed(sum((p.market_value for p in options if p.is_long), ZERO), 19),
        "option_requirement": tailed(fixed(option_requirement, 2), 20),
        "pending_orders_count": len(account.open_orders()),
        "short_market_value": tailed(stock_short + option_short, 20),
        "stock_long_value": tailed(sum((p.market_value for p in stocks if p.is_long), ZERO), 20),
        "total_cash": tailed(account.cash, 24),
        "uncleared_funds": _BARE_ZERO,
        "pending_cash": tailed(pending, 24),
    }
    excess = equity - requirement
    if account_type == "cash":
        balances["cash"] = {
            "cash_available": tailed(max(account.settled_cash - pending, ZERO), 8),
            "sweep": _BARE_ZERO,
            "unsettled_funds": tailed(account.unsettled_credits, 8),
        }
        return balances
    option_power = max(excess - pending, ZERO)
    margin: dict[str, Any] = {
        "fed_call": _BARE_ZERO,
        "maintenance_call": tailed(max(-excess, ZERO), 20),
        "option_buying_power": tailed(option_power, 24),
        "stock_buying_power": tailed(option_power * 2, 16),
        "stock_short_value": tailed(stock_short, 20),
    }
    if account_type == "margin":
        balances["margin"] = {**margin, "sweep": _BARE_ZERO}
    else:
        balances["pdt"] = {**margin, "day_trade_buying_power": tailed(max(excess * 4 - pending, ZERO), 16)}
    return balances


def _pending_cash(account: Account) -> Decimal:
    """Cash held for open orders that add to a position (buys and short sales); closing orders hold none."""
    held = ZERO
    for order in account.open_orders():
        position = account.positions.get(order.instrument.id)
        closing = position is not None and position.is_long == (order.side in (Side.SELL, Side.SELL_SHORT))
        if not closing:
            held += order.leaves_quantity * (order.limit_price or order.instrument.price) * order.instrument.multiplier
    return held


# ---- positions ----------------------------------------------------------------------------------


def _cost_basis(position: Position) -> Decimal:
    """Total cost in cents, negative for a short (what Tradier reports)."""
    return fixed(position.cost_basis, 2)


def _acquired(position: Position, seed: int) -> datetime:
    """When the position was opened, its milliseconds drawn from the seed and the position's id."""
    milliseconds = zlib.crc32(f"{seed}/{position.number}".encode()) % 1000
    return position.opened_at.replace(microsecond=milliseconds * 1000)


def _positions(account: Account, seed: int) -> list[dict[str, Any]]:
    return [
        {
            "cost_basis": _cost_basis(p),
            "date_acquired": millis(_acquired(p, seed)),
            "id": p.number,
            "quantity": fixed(p.quantity, 8),
            "symbol": p.instrument.symbol,
        }
        for p in account.holdings()
    ]


# ---- history ------------------------------------------------------------------------------------


def _history(account: Account) -> list[_Row]:
    """Every event the clearing firm has reported (days before today), newest first."""
    today = account.today
    rows = [_trade(fill) for fill in account.fills() if fill.at.date() < today]
    rows += [_expiration(lot) for lot in account.closed_lots if lot.expired and lot.closed_on < today]
    rows += [_cash(e) for e in account.cash_events if e.on < today]
    return sorted(rows, key=lambda row: row.on, reverse=True)


def _trade(fill: Fill) -> _Row:
    """A fill as the clearing firm books it: signed quantity, its price and commission, no order id."""
    instrument = fill.instrument
    amount = fill.cash - fill.commission
    option = instrument.asset_class is AssetClass.OPTION
    trade = {
        "commission": fixed(fill.commission, 8),
        "description": _option_description(instrument) if option else instrument.name.upper(),
        "price": fixed(fill.price, 8),
        "quantity": fixed(fill.signed_quantity, 8),
        "symbol": instrument.symbol,
        "trade_type": "option" if option else "equity",
    }
    day = fill.at.date()
    return _Row(day, day, "trade", instrument.symbol, _event(day, amount, "trade", trade))


def _option_description(instrument: Instrument) -> str:
    """The clearing firm's padded option text: `CALL GE     06/22/18    14`, `PUT  GS     08/29/25   705`."""
    root = instrument.underlying.symbol if instrument.underlying else instrument.symbol
    expiry = f"{instrument.expiry:%m/%d/%y}" if instrument.expiry else ""
    strike = f"{instrument.strike.normalize():f}" if instrument.strike is not None else ""
    return f"{(instrument.put_call or '').upper():<4} {root:<7}{expiry}{strike:>6}"


def _expiration(lot: ClosedLot) -> _Row:
    detail = {"option_type": "OPTEXP", "description": "Expired", "quantity": fixed(-lot.quantity, 8)}
    return _Row(
        lot.closed_on, lot.opened_on, "option", lot.instrument.symbol, _event(lot.closed_on, ZERO, "option", detail)
    )


def _cash(event: CashEvent) -> _Row:
    kind = EVENT_TYPES[event.kind]
    payer = event.instrument
    if kind == "dividend":
        detail = {"description": payer.name.upper() if payer else event.description, "quantity": fixed(ZERO, 8)}
    else:
        detail = {"description": event.description, "quantity": _BARE_ZERO}
    symbol = payer.symbol if payer else None
    return _Row(event.on, event.on, kind, symbol, _event(event.on, event.amount, kind, detail))


def _event(day: date, amount: Decimal, kind: str, detail: dict[str, Any]) -> dict[str, Any]:
    return {"amount": tailed(amount, 2), "date": midnight_seconds(day), "type": kind, kind: detail}


# ---- gain/loss ----------------------------------------------------------------------------------


def _closed_positions(account: Account) -> list[_Row]:
    """Lots closed before today (the nightly batch), in the brokerage's order; the handler sorts."""
    return [_closed_position(lot) for lot in account.closed_lots if lot.closed_on < account.today]


def _closed_position(lot: ClosedLot) -> _Row:
    """A closed lot as Tradier reports it: for a short, `cost` is what covering paid and `proceeds` what
    the short sale received, both positive."""
    short = lot.quantity < 0
    cost = fixed(abs(lot.proceeds) if short else lot.cost, 2)
    proceeds = fixed(abs(lot.cost) if short else lot.proceeds, 2)
    gain = proceeds - cost
    body = {
        "close_date": midnight_millis(lot.closed_on),
        "cost": shortest(cost),
        "gain_loss": shortest(gain),
        "gain_loss_percent": shortest(gain / cost * 100 if cost else ZERO, 4),
        "open_date": midnight_millis(lot.opened_on),
        "proceeds": shortest(proceeds),
        "quantity": shortest(lot.quantity, 8),
        "symbol": lot.instrument.symbol,
        "term": (lot.closed_on - lot.opened_on).days,
    }
    return _Row(lot.closed_on, lot.opened_on, "closed_position", lot.instrument.symbol, body)


# ---- orders -------------------------------------------------------------------------------------

STATUSES = {
    OrderStatus.FILLED: "filled",
    OrderStatus.CANCELED: "canceled",
    OrderStatus.REJECTED: "rejected",
    OrderStatus.EXPIRED: "expired",
}
OPTION_SIDES = {
    Side.BUY: "buy_to_open",
    Side.SELL: "sell_to_close",
    Side.SELL_SHORT: "sell_to_open",
    Side.BUY_TO_COVER: "buy_to_close",
}
# The vendor's strategy names for the brokerage's multi-leg strategies.
STRATEGIES = {"vertical": "spread"}


def _month_before(day: date) -> date:
    """The same day a month earlier (the last day of that month when it is shorter)."""
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    while True:
        try:
            return day.replace(year=year, month=month)
        except ValueError:
            day = day.replace(day=day.day - 1)


def _orders(account: Account) -> list[_Row]:
    """Every order of the account, oldest first, keyed by the day it was created and its status."""
    ordered = sorted(account.orders, key=lambda o: (o.created_at, o.number))
    return [_Row(o.created_at.date(), o.created_at.date(), _status(o), o.instrument.symbol, _order(o)) for o in ordered]


def _status(order: Order) -> str:
    if order.status is OrderStatus.OPEN:
        return "partially_filled" if order.filled_quantity else "open"
    return STATUSES[order.status]


def _order(order: Order) -> dict[str, Any]:
    """An order: a single-leg one is its own leg; a multi-leg one is `multileg` (options only) or
    `combo`, with its legs, its price per package and `buy` as its side, as every published example."""
    if not order.legs:
        return _leg_body(order, order.leg_list[0])
    average = abs(order.average_fill_price or ZERO)
    filled = order.filled_quantity
    return {
        "id": order.number,
        "type": _type(order),
        "symbol": order.instrument.symbol,
        "side": "buy",
        "quantity": fixed(order.quantity, 8),
        "status": _status(order),
        "duration": order.time_in_force.value,
        "price": shortest(abs(order.limit_price or ZERO)),
        **_executed(order, order.quantity, filled, average=average, last=(average, filled), places=2),
        "create_date": millis(order.created_at),
        "transaction_date": millis(order.updated_at),
        "class": "multileg" if all(_is_option(leg.instrument) for leg in order.legs) else "combo",
        "num_legs": len(order.legs),
        "strategy": STRATEGIES.get(order.strategy or "", "unknown"),
        "leg": [_leg_body(order, leg) for leg in order.legs],
    }


def _leg_body(order: Order, leg: Leg) -> dict[str, Any]:
    """A single-leg order, or one leg of a multi-leg order (which carries the order's type)."""
    instrument = leg.instrument
    option = _is_option(instrument)
    quantity = order.quantity * leg.ratio
    fills = order.leg_fills(leg)
    last = (fills[-1].price, fills[-1].quantity) if fills else (ZERO, ZERO)
    average = order.leg_average_price(leg) or ZERO
    body: dict[str, Any] = {
        "id": leg.number,
        "type": _type(order),
        "symbol": instrument.underlying.symbol if option and instrument.underlying else instrument.symbol,
        "side": OPTION_SIDES[leg.side] if option else leg.side.value,
        "quantity": fixed(quantity, 8),
        "status": _status(order),
        "duration": order.time_in_force.value,
    }
    if body["type"] in ("limit", "stop_limit", "debit", "credit"):
        body["price"] = shortest(abs(order.limit_price or ZERO))
    if order.stop_price is not None:
        body["stop_price"] = shortest(order.stop_price)
    body.update(_executed(order, quantity, order.leg_filled(leg), average=average, last=last, places=8))
    body["create_date"] = millis(order.created_at)
    body["transaction_date"] = millis(order.updated_at)
    body["class"] = "option" if option else "equity"
    if option:
        body["option_symbol"] = instrument.symbol
    if order.reject_reason:
        body["reason_description"] = order.reject_reason
    return body


def _type(order: Order) -> str:
    """`market`, `limit`, `stop`, `stop_limit`; a multi-leg limit order is a `debit` or a `credit` by the
    sign of its net price (`even` at zero)."""
    if not order.legs or order.order_type == "market":
        return order.order_type
    net = order.limit_price or ZERO
    return "debit" if net > 0 else "credit" if net < 0 else "even"


def _executed(
    order: Order, quantity: Decimal, filled: Decimal, *, average: Decimal, last: tuple[Decimal, Decimal], places: int
) -> dict[str, Any]:
    """The cumulative fill fields; what remains is zero once the order is done, as the vendor sends it."""
    remaining = quantity - filled if order.status is OrderStatus.OPEN else ZERO
    return {
        "avg_fill_price": fixed(average, places),
        "exec_quantity": fixed(filled, 8),
        "last_fill_price": fixed(last[0], 8),
        "last_fill_quantity": fixed(last[1], 8),
        "remaining_quantity": fixed(remaining, 8),
    }


def _is_option(instrument: Instrument) -> bool:
    return instrument.asset_class is AssetClass.OPTION
