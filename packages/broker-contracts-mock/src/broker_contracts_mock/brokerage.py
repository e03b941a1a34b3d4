"""The simulated brokerage every vendor mock renders: accounts, instruments, positions, orders, cash and history.

Vendor-neutral and exact (every amount is a Decimal). `Brokerage.generate(seed, today)` builds the same
data for the same seed and day. The figures agree with each other the way brokers define them:

- position market value = quantity × price × multiplier (quantity signed: negative for shorts);
- equity = cash + long market value − short market value (short value as a positive magnitude) for
  instruments paid in full (stocks, options); futures and forex are marked to market instead, so
  they add their unrealized P&L to equity, not their notional value;
- today's P&L = realized today + unrealized today, both measured from the previous close, so
  equity − start-of-day equity = today's P&L (no deposits happen intraday).

Orders carry their fills (`Fill`: instrument, side, unsigned quantity, price, time, commission), and an
order's filled quantity and average price are computed from them; a multi-leg order's fills are its
legs'. Every vendor renders the same fills, so per instrument the fills since the history starts equal
the change of the position since then, plus what expired without a fill: the generator draws the
positions, then past orders whose fills only reduce a long (closing a lot), cover part of a short, or
add to a long some of which was held before, and records the holdings at the start of the history
(`Account.history_start_holdings`) from them. A past day's bought and sold notional and realized P&L
are its fills' and the closed lots'.

Closing a position fills a market order at the current price: the position disappears, cash and
today's realized P&L move, and the order and its fill join the account's history. Every change goes
through `Brokerage`, which counts them, so views computed from the data can be memoised until the next
change.
"""

from __future__ import annotations

import itertools
import random
import uuid
from collections.abc import Callable, Hashable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum
from typing import TypeVar

from broker_contracts_mock.lru import LRU

T = TypeVar("T")
CENT = Decimal("0.01")
ZERO = Decimal(0)
SESSION_CLOSE = time(21)  # 16:00 in New York in winter, in UTC
_NAMESPACE = uuid.UUID("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f")


class AssetClass(StrEnum):
    EQUITY = "equity"
    OPTION = "option"
    FUTURE = "future"
    FOREX = "forex"
    INDEX = "index"


class AccountKind(StrEnum):
    """How the account may trade; vendors map these to their own type codes."""

    CASH = "cash"
    MARGIN = "margin"
    PDT = "pdt"
    DVP = "dvp"
    FUTURES = "futures"
    FOREX = "forex"


class OrderStatus(StrEnum):
    """Where an order stands. An open order may already be partly filled."""

    OPEN = "open"
    FILLED = "filled"
    CANCELED = "canceled"
    REJECTED = "rejected"
    EXPIRED = "expired"


class Side(StrEnum):
    BUY = "buy"
    SELL = "sell"
    SELL_SHORT = "sell_short"
    BUY_TO_COVER = "buy_to_cover"

    @property
    def buys(self) -> bool:
        return self in (Side.BUY, Side.BUY_TO_COVER)

    @property
    def opens(self) -> bool:
        """Whether the side opens or adds to a position (buy, sell short) rather than reducing one."""
        return self in (Side.BUY, Side.SELL_SHORT)


class TimeInForce(StrEnum):
    DAY = "day"
    GOOD_TILL_CANCELED = "gtc"


class CashEventKind(StrEnum):
    DEPOSIT = "deposit"
    WITHDRAWAL = "withdrawal"
    DIVIDEND = "dividend"
    FEE = "fee"
    INTEREST = "interest"
    JOURNAL = "journal"
    WIRE = "wire"
    CHECK = "check"
    TAX = "tax"
    TRANSFER = "transfer"
    ADJUSTMENT = "adjustment"


@dataclass(frozen=True)
class Instrument:
    """A tradable instrument. `multiplier` converts price × quantity into money (100 for options)."""

    id: str
    number: int
    symbol: str
    name: str
    asset_class: AssetClass
    price: Decimal
    previous_close: Decimal
    multiplier: Decimal = Decimal(1)
    currency: str = "USD"
    underlying: Instrument | None = None
    expiry: date | None = None
    strike: Decimal | None = None
    put_call: str | None = None

    @property
    def marked_to_market(self) -> bool:
        """Futures and forex settle their P&L daily; their notional value is not paid in cash."""
        return self.asset_class in (AssetClass.FUTURE, AssetClass.FOREX)

    @property
    def bid(self) -> Decimal:
        return self.price - CENT

    @property
    def ask(self) -> Decimal:
        return self.price + CENT


@dataclass
class Position:
    """A holding: signed quantity and average open price."""

    number: int
    instrument: Instrument
    quantity: Decimal
    average_price: Decimal
    opened_at: datetime

    @property
    def market_value(self) -> Decimal:
        return self.quantity * self.instrument.price * self.instrument.multiplier

    @property
    def cost_basis(self) -> Decimal:
        return self.quantity * self.average_price * self.instrument.multiplier

    @property
    def unrealized_pnl(self) -> Decimal:
        return self.market_value - self.cost_basis

    @property
    def unrealized_pnl_today(self) -> Decimal:
        move = self.instrument.price - self.instrument.previous_close
        return self.quantity * move * self.instrument.multiplier

    @property
    def equity_value(self) -> Decimal:
        """What the position adds to account equity: its market value, or its P&L when marked to market."""
        return self.unrealized_pnl if self.instrument.marked_to_market else self.market_value

    @property
    def is_long(self) -> bool:
        return self.quantity > 0


@dataclass(frozen=True)
class Fill:
    """One execution: `quantity` (unsigned) of `instrument` bought or sold at `price`, with its commission."""

    id: str
    number: int
    instrument: Instrument
    side: Side
    quantity: Decimal
    price: Decimal
    at: datetime
    commission: Decimal = ZERO

    @property
    def signed_quantity(self) -> Decimal:
        """What the fill adds to the position: positive for a buy, negative for a sale."""
        return self.quantity if self.side.buys else -self.quantity

    @property
    def cash(self) -> Decimal:
        """What the fill moves in cash before commission: negative for a buy."""
        return -self.signed_quantity * self.price * self.instrument.multiplier


@dataclass(frozen=True)
class Leg:
    """One leg of a multi-leg order: `ratio` units of `instrument` per unit of the order."""

    number: int
    instrument: Instrument
    side: Side
    ratio: Decimal = Decimal(1)


@dataclass
class Order:
    """An order and its fills. `order_type` is "market", "limit", "stop" or "stop_limit"; a limit price
    goes with the second and last, a stop price with the last two.

    A multi-leg order (`legs` not empty) trades its legs together: `instrument` is the underlying,
    `side` the direction of the package (SELL for a net credit), `quantity` the number of packages,
    and each leg's fills carry the leg's own instrument and side. Its prices are per package and
    signed, net debit positive and net credit negative. Filled quantities and average prices are
    computed from the fills, so they always agree with them."""

    id: str
    number: int
    instrument: Instrument
    side: Side
    quantity: Decimal
    order_type: str
    status: OrderStatus
    created_at: datetime
    updated_at: datetime
    limit_price: Decimal | None = None
    stop_price: Decimal | None = None
    time_in_force: TimeInForce = TimeInForce.DAY
    reject_reason: str | None = None
    reference: str | None = None
    legs: tuple[Leg, ...] = ()
    strategy: str | None = None
    fills: list[Fill] = field(default_factory=list)

    @property
    def leg_list(self) -> tuple[Leg, ...]:
        """The legs, a single-leg order's one leg (numbered as the order) included."""
        return self.legs or (Leg(self.number, self.instrument, self.side),)

    def leg_fills(self, leg: Leg) -> list[Fill]:
        return [f for f in self.fills if f.instrument.id == leg.instrument.id]

    def leg_filled(self, leg: Leg) -> Decimal:
        return sum((f.quantity for f in self.leg_fills(leg)), ZERO)

    def leg_average_price(self, leg: Leg) -> Decimal | None:
        fills = self.leg_fills(leg)
        quantity = sum((f.quantity for f in fills), ZERO)
        return sum((f.quantity * f.price for f in fills), ZERO) / quantity if quantity else None

    @property
    def filled_quantity(self) -> Decimal:
        """Packages (or units, for a single leg) filled so far."""
        leg = self.leg_list[0]
        return self.leg_filled(leg) / leg.ratio

    @property
    def average_fill_price(self) -> Decimal | None:
        """Average price per unit; for a multi-leg order the net per package (debit positive)."""
        filled = self.filled_quantity
        if not filled:
            return None
        if not self.legs:
            return self.leg_average_price(self.leg_list[0])
        return sum((-f.cash / f.instrument.multiplier for f in self.fills), ZERO) / filled

    @property
    def commission(self) -> Decimal:
        return sum((f.commission for f in self.fills), ZERO)

    @property
    def last_fill(self) -> Fill | None:
        return self.fills[-1] if self.fills else None

    @property
    def leaves_quantity(self) -> Decimal:
        return ZERO if self.status is not OrderStatus.OPEN else self.quantity - self.filled_quantity

    @property
    def expires_at(self) -> datetime:
        """When a day order expires: the session close of the day it was placed (16:00 New York, winter)."""
        return datetime.combine(self.created_at.date(), SESSION_CLOSE, tzinfo=UTC)


@dataclass(frozen=True)
class ClosedLot:
    """A position closed in the past: what it cost, what it returned."""

    instrument: Instrument
    quantity: Decimal
    opened_on: date
    closed_on: date
    cost: Decimal
    proceeds: Decimal

    @property
    def gain_loss(self) -> Decimal:
        return self.proceeds - self.cost

    @property
    def expired(self) -> bool:
        """An option that expired worthless: closed on its expiry day with nothing received."""
        return (
            self.instrument.asset_class is AssetClass.OPTION
            and self.instrument.expiry == self.closed_on
            and not self.proceeds
        )


@dataclass(frozen=True)
class CashEvent:
    """A movement of cash that is not a trade."""

    number: int
    kind: CashEventKind
    on: date
    amount: Decimal
    description: str
    instrument: Instrument | None = None


@dataclass(frozen=True)
class DayValue:
    """One finished trading day of an account."""

    on: date
    start_equity: Decimal
    end_equity: Decimal
    realized_pnl: Decimal
    bought: Decimal
    sold: Decimal

    @property
    def unrealized_pnl(self) -> Decimal:
        return self.end_equity - self.start_equity - self.realized_pnl


@dataclass
class Account:
    """An account and everything the vendors report about it."""

    number: int
    kind: AccountKind
    name: str
    opened_on: date
    closed_on: date | None
    cash: Decimal
    start_of_day_cash: Decimal
    today: date
    currency: str = "USD"
    positions: dict[str, Position] = field(default_factory=dict)
    start_of_day_holdings: list[tuple[Instrument, Decimal, Decimal]] = field(default_factory=list)
    history_start_holdings: list[tuple[Instrument, Decimal]] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)
    closed_lots: list[ClosedLot] = field(default_factory=list)
    cash_events: list[CashEvent] = field(default_factory=list)
    history: list[DayValue] = field(default_factory=list)
    realized_today: Decimal = ZERO
    unsettled_credits: Decimal = ZERO
    unsettled_debits: Decimal = ZERO
    day_trades: int = 0

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    @property
    def is_margin(self) -> bool:
        return self.kind in (AccountKind.MARGIN, AccountKind.PDT)

    def holdings(self) -> list[Position]:
        """Open positions, by symbol."""
        return sorted(self.positions.values(), key=lambda p: p.instrument.symbol)

    @property
    def long_market_value(self) -> Decimal:
        return sum((p.market_value for p in self.positions.values() if p.is_long), ZERO)

    @property
    def short_market_value(self) -> Decimal:
        """The market value of short positions as a positive magnitude."""
        return -sum((p.market_value for p in self.positions.values() if not p.is_long), ZERO)

    @property
    def market_value(self) -> Decimal:
        return self.long_market_value - self.short_market_value

    @property
    def equity(self) -> Decimal:
        return self.cash + sum((p.equity_value for p in self.positions.values()), ZERO)

    @property
    def start_of_day_long_value(self) -> Decimal:
        return sum((v for v in self._start_of_day_values() if v > 0), ZERO)

    @property
    def start_of_day_short_value(self) -> Decimal:
        """Short market value at the previous close, as a positive magnitude."""
        return -sum((v for v in self._start_of_day_values() if v < 0), ZERO)

    @property
    def start_of_day_equity(self) -> Decimal:
        value = self.start_of_day_cash
        for instrument, quantity, average in self.start_of_day_holdings:
            price = instrument.previous_close - average if instrument.marked_to_market else instrument.previous_close
            value += quantity * price * instrument.multiplier
        return value

    def _start_of_day_values(self) -> Iterator[Decimal]:
        for instrument, quantity, _ in self.start_of_day_holdings:
            yield quantity * instrument.previous_close * instrument.multiplier

    @property
    def unrealized_pnl_today(self) -> Decimal:
        return sum((p.unrealized_pnl_today for p in self.positions.values()), ZERO)

    @property
    def pnl_today(self) -> Decimal:
        return self.realized_today + self.unrealized_pnl_today

    @property
    def unrealized_pnl(self) -> Decimal:
        return sum((p.unrealized_pnl for p in self.positions.values()), ZERO)

    @property
    def initial_margin_requirement(self) -> Decimal:
        """Reg T: half of every position's absolute market value (none for cash accounts)."""
        if not self.is_margin:
            return ZERO
        return (sum((abs(p.market_value) for p in self.positions.values()), ZERO) / 2).quantize(CENT)

    @property
    def maintenance_margin_requirement(self) -> Decimal:
        """25% of long and 30% of short market value (none for cash accounts)."""
        if not self.is_margin:
            return ZERO
        return (self.long_market_value * Decimal("0.25") + self.short_market_value * Decimal("0.30")).quantize(CENT)

    @property
    def settled_cash(self) -> Decimal:
        return self.cash - self.unsettled_credits + self.unsettled_debits

    def open_orders(self, instrument_id: str | None = None) -> list[Order]:
        return [
            o
            for o in self.orders
            if o.status is OrderStatus.OPEN and (instrument_id is None or o.instrument.id == instrument_id)
        ]

    def fills(self) -> list[Fill]:
        """Every fill of every order, oldest first."""
        return sorted((f for o in self.orders for f in o.fills), key=lambda f: (f.at, f.number))

    def find_order(self, order_id: str) -> Order | None:
        return next((o for o in self.orders if o.id == order_id), None)

    def find_position(self, key: str) -> Position | None:
        """The position whose instrument id or symbol is `key` (case-insensitive for symbols)."""
        if key in self.positions:
            return self.positions[key]
        wanted = key.upper()
        return next((p for p in self.positions.values() if p.instrument.symbol.upper() == wanted), None)

    def close(self, position: Position, now: datetime, numbers: Iterator[int], cancel_orders: bool) -> Order:
        """Fill a market order that flattens `position` at the current price; cancel its open orders first
        when asked (raises OpenOrdersError otherwise). `numbers` gives the new order's and fill's numbers."""
        blocking = self.open_orders(position.instrument.id)
        if blocking and not cancel_orders:
            raise OpenOrdersError(position.instrument, blocking)
        for order in blocking:
            order.status = OrderStatus.CANCELED
            order.updated_at = now
        instrument = position.instrument
        money = position.equity_value
        self.cash += money
        if money > 0:
            self.unsettled_credits += money
        else:
            self.unsettled_debits -= money
        self.realized_today += (
            position.quantity * (instrument.price - instrument.previous_close) * instrument.multiplier
        )
        self.closed_lots.append(
            ClosedLot(instrument, position.quantity, position.opened_at.date(), now.date(), position.cost_basis, money)
        )
        del self.positions[instrument.id]
        number = next(numbers)
        side = Side.SELL if position.is_long else Side.BUY_TO_COVER
        order = Order(
            id=order_uuid(self.number, number),
            number=number,
            instrument=instrument,
            side=side,
            quantity=abs(position.quantity),
            order_type="market",
            status=OrderStatus.FILLED,
            created_at=now,
            updated_at=now,
        )
        fill = next(numbers)
        order.fills.append(
            Fill(fill_uuid(self.number, fill), fill, instrument, side, order.quantity, instrument.price, now)
        )
        self.orders.append(order)
        return order


def order_uuid(account: int, number: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"order-{account}-{number}"))


def fill_uuid(account: int, number: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"fill-{account}-{number}"))


class OpenOrdersError(Exception):
    """A close was refused because the position has open orders and cancelling was not requested."""

    def __init__(self, instrument: Instrument, orders: list[Order]) -> None:
        self.instrument = instrument
        self.orders = orders
        super().__init__(f"{instrument.symbol} has {len(orders)} open order(s); cancel them or send cancel_orders")


# Published example identifiers are reused so the mock's data reads like the vendors' own examples.
_UNIVERSE: tuple[tuple[str, str, AssetClass, str, str], ...] = (
    ("a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8", "AAPL", AssetClass.EQUITY, "Apple Inc.", "151.00"),
    ("d4d5d6d7-e4e5-f4f5-a4a5-a6a7a8a9aaab", "TSLA", AssetClass.EQUITY, "Tesla, Inc.", "178.50"),
    ("c3c4c5c6-d3d4-e3e4-f3f4-f5f6f7f8f9fa", "GOOG", AssetClass.EQUITY, "Alphabet Inc. Class C", "139.25"),
    ("", "MSFT", AssetClass.EQUITY, "Microsoft Corporation", "415.10"),
    ("", "SPY", AssetClass.EQUITY, "SPDR S&P 500 ETF Trust", "512.34"),
    ("", "GE", AssetClass.EQUITY, "General Electric Company", "161.82"),
    ("", "NVDA", AssetClass.EQUITY, "NVIDIA Corporation", "118.11"),
    ("", "SPX", AssetClass.INDEX, "S&P 500 Index", "5123.40"),
    ("", "ESZ6", AssetClass.FUTURE, "E-mini S&P 500 Dec 2026", "5140.25"),
    ("", "EURUSD", AssetClass.FOREX, "Euro / US Dollar", "1.0850"),
)


@dataclass
class Brokerage:
    """Every account of one simulated customer, plus the instrument universe and a clock."""

    seed: int
    today: date
    instruments: dict[str, Instrument]
    accounts: dict[int, Account]
    # Numbers of new orders; `States` gives every customer the same source, so they never repeat.
    numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1_001))
    # Memoised views (bounded: `States` sizes it from `Limits.view_cache`).
    views: LRU[Hashable] = field(default_factory=lambda: LRU(128))

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, remembered until the data next changes (or until evicted from `views`). Callers
        must not mutate the result."""
        return self.views.get(key, compute)

    def close_position(
        self, account: Account, position: Position, cancel_orders: bool, reference: str | None = None
    ) -> Order:
        """Flatten `position` now (see Account.close) with an order the client calls `reference`; every
        memoised view is forgotten."""
        self.views.clear()
        order = account.close(position, self.now(), self.numbers, cancel_orders)
        order.reference = reference
        return order

    def now(self) -> datetime:
        """Market time of requests: today, 14:30 UTC (10:30 New York)."""
        return datetime.combine(self.today, time(14, 30), tzinfo=UTC)

    def account(self, number: int) -> Account | None:
        return self.accounts.get(number)

    def open_accounts(self, *kinds: AccountKind) -> list[Account]:
        return [a for a in self.accounts.values() if a.is_open and (not kinds or a.kind in kinds)]

    def instrument_by_symbol(self, symbol: str) -> Instrument | None:
        return next((i for i in self.instruments.values() if i.symbol.upper() == symbol.upper()), None)

    @classmethod
    def generate(cls, seed: int, today: date, held: Mapping[int, int] | None = None) -> Brokerage:
        """The deterministic data set for `seed` as of `today`; `held` (account number -> N) grows those
        accounts to N positions (see `growable_accounts`)."""
        return _Generator(seed, today, held or {}).build()


def trading_days(end: date, count: int) -> list[date]:
    """The `count` weekdays before `end` (exclusive), oldest first."""
    days: list[date] = []
    probe = end
    while len(days) < count:
        probe -= timedelta(days=1)
        if probe.weekday() < 5:
            days.append(probe)
    return days[::-1]


# (kind, status) of each account, in number order starting at 19816 (Clear Street's example account).
ACCOUNT_PLAN: tuple[tuple[AccountKind, bool], ...] = (
    (AccountKind.MARGIN, True),
    (AccountKind.CASH, False),
    (AccountKind.CASH, True),
    (AccountKind.MARGIN, True),
    (AccountKind.PDT, True),
    (AccountKind.DVP, True),
    (AccountKind.FUTURES, True),
    (AccountKind.FOREX, True),
    (AccountKind.MARGIN, True),
)
FIRST_ACCOUNT = 19816
HISTORY_DAYS = 60
# The most positions `Brokerage.generate(held=...)` (`broker-mock --positions`) gives one account.
MAX_POSITIONS = 10_000


# What each kind of account trades; the others trade stocks and options.
TRADED: dict[AccountKind, tuple[AssetClass, ...]] = {
    AccountKind.FUTURES: (AssetClass.FUTURE,),
    AccountKind.FOREX: (AssetClass.FOREX,),
    AccountKind.DVP: (AssetClass.EQUITY,),
}
DEFAULT_TRADED = (AssetClass.EQUITY, AssetClass.OPTION)
REJECT_REASON = "Order rejected: insufficient buying power."
# The seeded past orders, by position in an account's history: these ones end unfilled or as stop orders.
REJECTED_AT, EXPIRED_AT, STOP_AT, STOP_LIMIT_AT, TWO_FILLS_AT = 1, 2, 3, 5, 8
COMMISSION = Decimal("0.35")


def traded(kind: AccountKind) -> tuple[AssetClass, ...]:
    return TRADED.get(kind, DEFAULT_TRADED)


def growable_accounts() -> tuple[int, ...]:
    """The accounts `held` can grow: the open ones that trade stocks (futures and forex accounts keep
    their one contract: there are not thousands of currency pairs, and each futures root is a product)."""
    return tuple(
        FIRST_ACCOUNT + offset
        for offset, (kind, is_open) in enumerate(ACCOUNT_PLAN)
        if is_open and AssetClass.EQUITY in traded(kind)
    )


def check_held(held: Mapping[int, int]) -> None:
    """ValueError naming the first account `held` cannot grow, or a count out of range."""
    for number, count in held.items():
        if number not in growable_accounts():
            can = list(growable_accounts())
            raise ValueError(f"account {number} cannot be seeded with positions; these can: {can}")
        if not 0 <= count <= MAX_POSITIONS:
            raise ValueError(f"account {number}: {count} positions is not between 0 and {MAX_POSITIONS}")


def held_stock_symbol(index: int) -> str:
    """The symbol of the `index`th stock a grown account holds: `Q` and three letters (`QAAA`, `QAAB`...);
    no symbol of the seeded universe starts with Q."""
    letters = ""
    for _ in range(3):
        index, digit = divmod(index, 26)
        letters = chr(ord("A") + digit) + letters
    return f"Q{letters}"


class _Generator:
    def __init__(self, seed: int, today: date, held: Mapping[int, int]) -> None:
        self.random = random.Random(seed)
        self.seed = seed
        self.today = today
        self.held = held
        self.counter = 1_000

    def number(self) -> int:
        self.counter += 1
        return self.counter

    def money(self, low: int, high: int) -> Decimal:
        return Decimal(self.random.randint(low * 100, high * 100)) / 100

    def build(self) -> Brokerage:
        instruments = self._instruments()
        accounts = {}
        for offset, (kind, is_open) in enumerate(ACCOUNT_PLAN):
            number = FIRST_ACCOUNT + offset
            accounts[number] = self._account(number, kind, is_open, instruments, offset)
        expiry = trading_days(self.today, 15)[0]
        expired = self._expired_option(instruments, expiry)
        for account in accounts.values():  # after every account, so the data drawn before stays the same
            if account.is_open:
                self._rarer_events(account, expired, expiry)
                self._finish(account)
        stocks = _HeldStocks(self.seed, self.today, expired.number + 1)
        for number, count in sorted(self.held.items()):  # last: the data drawn before stays the same
            self._grow(accounts[number], count, stocks)
        instruments.update((i.id, i) for i in stocks.made)
        return Brokerage(self.seed, self.today, instruments, accounts, itertools.count(self.counter + 1))

    def _grow(self, account: Account, count: int, stocks: _HeldStocks) -> None:
        """Stocks held since before the history, with no fill since, until the account holds `count`
        positions: at the start of the day and of the history too, and worth the same (their previous
        close) on every past day, so each day's equity moves by the same amount as before."""
        draw = random.Random(f"{self.seed}/{account.number}")
        added = ZERO
        for index in range(count - len(account.positions)):
            instrument = stocks.get(index)
            short = account.is_margin and index % 7 == 6
            quantity = Decimal(draw.randint(1, 500)) * (-1 if short else 1)
            average = (instrument.previous_close * (1 + Decimal(draw.randint(-1500, 1500)) / 10_000)).quantize(CENT)
            opened = datetime.combine(self.today - timedelta(days=draw.randint(100, 400)), time(15, 30), tzinfo=UTC)
            account.positions[instrument.id] = Position(self.number(), instrument, quantity, average, opened)
            account.start_of_day_holdings.append((instrument, quantity, average))
            added += quantity * instrument.previous_close
        account.start_of_day_holdings.sort(key=lambda item: item[0].symbol)
        account.history_start_holdings = history_start_holdings(account)
        account.history = [
            replace(day, start_equity=day.start_equity + added, end_equity=day.end_equity + added)
            for day in account.history
        ]

    def _instruments(self) -> dict[str, Instrument]:
        result: dict[str, Instrument] = {}
        for fixed_id, symbol, asset_class, name, base in _UNIVERSE:
            previous = Decimal(base)
            places = Decimal("0.0001") if asset_class is AssetClass.FOREX else CENT
            move = (previous * Decimal(self.random.randint(-250, 250)) / 10_000).quantize(places, ROUND_HALF_EVEN)
            multiplier = Decimal(50) if asset_class is AssetClass.FUTURE else Decimal(1)
            instrument = Instrument(
                id=fixed_id or str(uuid.uuid5(_NAMESPACE, symbol)),
                number=len(result) + 1,
                symbol=symbol,
                name=name,
                asset_class=asset_class,
                price=previous + move,
                previous_close=previous,
                multiplier=multiplier,
                expiry=date(2026, 12, 18) if asset_class is AssetClass.FUTURE else None,
            )
            result[instrument.id] = instrument
        aapl = result["a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8"]
        option = _call(
            aapl, 190, "2.72", "2.70", number=len(result) + 1, fixed_id="e5e6e7e8-f5f6-a5a6-b5b6-b7b8b9babcbe"
        )
        result[option.id] = option
        return result

    def _account(
        self, number: int, kind: AccountKind, is_open: bool, instruments: dict[str, Instrument], offset: int
    ) -> Account:
        opened = self.today - timedelta(days=400 + 37 * offset)
        cash = self.money(20_000, 80_000)
        account = Account(
            number=number,
            kind=kind,
            name=f"{'Test' if is_open else 'Old Test'} {kind.value.title()} Account {offset + 1}",
            opened_on=opened,
            closed_on=None if is_open else self.today - timedelta(days=120),
            cash=cash,
            start_of_day_cash=cash,
            today=self.today,
        )
        if is_open:
            for instrument, quantity in self._holdings(kind, offset, instruments):
                self._hold(account, instrument, quantity)
            account.start_of_day_holdings = [(p.instrument, p.quantity, p.average_price) for p in account.holdings()]
            self._past(account, list(instruments.values()))
            if kind is AccountKind.PDT:
                self._open_orders(account)
        return account

    def _holdings(
        self, kind: AccountKind, offset: int, instruments: dict[str, Instrument]
    ) -> list[tuple[Instrument, Decimal]]:
        by_symbol = {i.symbol: i for i in instruments.values()}
        equities = [i for i in instruments.values() if i.asset_class is AssetClass.EQUITY]
        if kind is AccountKind.FUTURES:
            return [(by_symbol["ESZ6"], Decimal(self.random.choice([-2, -1, 1, 2])))]
        if kind is AccountKind.FOREX:
            return [(by_symbol["EURUSD"], Decimal(self.random.choice([-1, 1]) * 100_000))]
        if offset == len(ACCOUNT_PLAN) - 1:
            return []  # the last margin account holds nothing: vendors' empty-collection case
        if offset == 3:
            return [(by_symbol["MSFT"], Decimal(self.random.randint(5, 40)))]  # exactly one position
        chosen = [by_symbol["AAPL"], by_symbol["TSLA"], by_symbol["GOOG"], *self.random.sample(equities[3:], 2)]
        holdings = [(i, Decimal(self.random.randint(10, 300))) for i in chosen]
        if kind in (AccountKind.MARGIN, AccountKind.PDT):
            holdings[1] = (holdings[1][0], -Decimal(self.random.randint(10, 80)))  # a short
            holdings.append((instruments["e5e6e7e8-f5f6-a5a6-b5b6-b7b8b9babcbe"], Decimal(self.random.randint(1, 10))))
        return holdings

    def _hold(self, account: Account, instrument: Instrument, quantity: Decimal) -> None:
        """A position opened before the history starts (what it became since is the fills' doing)."""
        drift = Decimal(self.random.randint(-1500, 1500)) / 10_000
        average = (instrument.previous_close * (1 + drift)).quantize(Decimal("0.0001"))
        opened = datetime.combine(
            self.today - timedelta(days=self.random.randint(100, 400)),
            time(self.random.randint(13, 20), self.random.randint(0, 59), self.random.randint(0, 59), 405_000),
            tzinfo=UTC,
        )
        account.positions[instrument.id] = Position(self.number(), instrument, quantity, average, opened)

    def _past(self, account: Account, universe: list[Instrument]) -> None:
        """Past orders with their fills and the lots they closed, cash events, and multi-leg orders."""
        days = trading_days(self.today, HISTORY_DAYS)
        tradable = [i for i in universe if i.asset_class in traded(account.kind)]
        bought: dict[str, Decimal] = {}
        for index, day in enumerate(days[-30::3]):
            at = datetime.combine(day, time(15, 1 + index % 50, 15), tzinfo=UTC)
            account.orders.append(self._past_order(account, index, at, tradable, bought))
        if account.number == FIRST_ACCOUNT:
            self._spread_close(account, days[-11], next(i for i in universe if i.symbol == "AAPL"))
        if account.kind is AccountKind.PDT:
            self._canceled_spread(account, days[-7])
        events = [
            (CashEventKind.DEPOSIT, days[0], self.money(5_000, 50_000), "ACH DEPOSIT"),
            (CashEventKind.DIVIDEND, days[10], self.money(5, 120), "CASH DIVIDEND"),
            (CashEventKind.FEE, days[20], -self.money(1, 25), "MONTHLY PLATFORM FEE"),
            (CashEventKind.INTEREST, days[30], self.money(1, 60), "CREDIT INTEREST"),
            (CashEventKind.JOURNAL, days[40], -self.money(100, 2_000), "JOURNAL TO SAVINGS"),
            (CashEventKind.WITHDRAWAL, days[50], -self.money(100, 5_000), "ACH DISBURSEMENT"),
        ]
        payer = account.holdings()[0].instrument if account.holdings() else None
        for kind, day, amount, text in events:
            source = payer if kind is CashEventKind.DIVIDEND else None
            account.cash_events.append(CashEvent(self.number(), kind, day, amount, text, source))

    def _past_order(
        self, account: Account, index: int, at: datetime, tradable: list[Instrument], bought: dict[str, Decimal]
    ) -> Order:
        """The account's `index`th seeded past order (see REJECTED_AT...): a sale on even positions, a
        purchase on odd ones. A fill only ever reduces a long (or closes a lot), covers part of a short,
        or adds to a long whose other purchases leave some of it held before the history: so the
        positions at the start of the history keep the sign they have now."""
        unfilled = {REJECTED_AT: OrderStatus.REJECTED, EXPIRED_AT: OrderStatus.EXPIRED}.get(index)
        if index % 5 == 4:
            unfilled = OrderStatus.CANCELED
        held = {p.instrument.id: p.quantity for p in account.holdings()}
        instrument, side = self._instrument_and_side(index % 2 == 1, tradable, held, bought, unfilled is not None)
        quantity = self._quantity(instrument)
        if side is Side.BUY and unfilled is None:
            quantity = min(quantity, held[instrument.id] - bought.get(instrument.id, ZERO) - self._unit(instrument))
            bought[instrument.id] = bought.get(instrument.id, ZERO) + quantity
        price = self._price(instrument, Decimal(self.random.randint(-800, 800)) / 10_000)
        order_type = "limit" if index % 3 else "market"
        order = Order(
            id="",
            number=0,
            instrument=instrument,
            side=side,
            quantity=quantity,
            order_type=order_type,
            status=unfilled or OrderStatus.FILLED,
            created_at=at,
            updated_at=at + timedelta(seconds=3),
            limit_price=price if order_type == "limit" else None,
        )
        if index == STOP_AT and order_type == "market":
            order.order_type, order.stop_price = "stop", price
        elif index == STOP_LIMIT_AT and order_type == "limit":
            order.order_type, order.stop_price = "stop_limit", price
        if order.order_type in ("limit", "stop_limit") and unfilled is not OrderStatus.EXPIRED:
            order.time_in_force = TimeInForce.GOOD_TILL_CANCELED
        if unfilled is OrderStatus.REJECTED:
            order.reject_reason = REJECT_REASON
        elif unfilled is OrderStatus.EXPIRED:
            order.updated_at = order.expires_at
        elif unfilled is None:
            commission = COMMISSION if side.buys else ZERO
            parts = [quantity // 2, quantity - quantity // 2] if index == TWO_FILLS_AT and quantity > 1 else [quantity]
            seconds = (1, 3) if len(parts) == 2 else (3,)
            for k, (part, offset) in enumerate(zip(parts, seconds, strict=True)):
                charged = commission if k == len(parts) - 1 else ZERO
                order.fills.append(Fill("", 0, instrument, side, part, price, at + timedelta(seconds=offset), charged))
            self._closed_lot(account, order)
        return order

    def _instrument_and_side(
        self,
        buying: bool,
        tradable: list[Instrument],
        held: dict[str, Decimal],
        bought: dict[str, Decimal],
        unfilled: bool,
    ) -> tuple[Instrument, Side]:
        """What a past order trades, and how: see `_past_order` for the rules a fill keeps."""
        if unfilled:
            return self.random.choice(tradable), Side.BUY if buying else Side.SELL
        shorts = [i for i in tradable if held.get(i.id, ZERO) < 0]
        adds = [i for i in tradable if held.get(i.id, ZERO) - bought.get(i.id, ZERO) > 2 * self._unit(i)]
        sales = [i for i in tradable if held.get(i.id, ZERO) >= 0]
        if buying and (adds or shorts):
            instrument = self.random.choice(adds + shorts)
            return instrument, Side.BUY_TO_COVER if held.get(instrument.id, ZERO) < 0 else Side.BUY
        if sales:
            return self.random.choice(sales), Side.SELL
        return self.random.choice(shorts), Side.BUY_TO_COVER

    @staticmethod
    def _unit(instrument: Instrument) -> Decimal:
        return Decimal(10_000) if instrument.asset_class is AssetClass.FOREX else Decimal(1)

    def _quantity(self, instrument: Instrument) -> Decimal:
        if instrument.asset_class is AssetClass.FUTURE:
            return Decimal(self.random.randint(1, 3))
        return Decimal(self.random.randint(1, 5 if instrument.asset_class is AssetClass.FOREX else 50)) * self._unit(
            instrument
        )

    @staticmethod
    def _price(instrument: Instrument, move: Decimal) -> Decimal:
        tick = Decimal("0.0001") if instrument.asset_class is AssetClass.FOREX else CENT
        return (instrument.previous_close * (1 + move)).quantize(tick, ROUND_HALF_EVEN)

    def _closed_lot(self, account: Account, order: Order) -> None:
        """The lot each reducing fill of `order` closed (a sale of a long, a purchase covering a short):
        opened when the position still held was, or else some weeks before the history starts."""
        history_start = trading_days(self.today, HISTORY_DAYS)[0]
        for fill in order.fills:
            if fill.side.opens:
                continue
            signed = -fill.signed_quantity  # the lot's own quantity: positive for a long, negative for a short
            instrument = fill.instrument
            cost = signed * instrument.previous_close * instrument.multiplier
            proceeds = signed * fill.price * instrument.multiplier
            position = account.positions.get(instrument.id)
            opened = position.opened_at.date() if position else history_start - timedelta(days=20 + fill.at.day)
            account.closed_lots.append(ClosedLot(instrument, signed, opened, fill.at.date(), cost, proceeds))

    def _spread_close(self, account: Account, day: date, aapl: Instrument) -> None:
        """A filled multi-leg order: a vertical call spread on AAPL held since before the history (long the
        180 call, short the 200 call) closed for a net credit, both legs filled at once."""
        low, high = _call(aapl, 180, "4.10", "3.20"), _call(aapl, 200, "1.55", "1.80")
        at = datetime.combine(day, time(16, 12, 40), tzinfo=UTC)
        legs = (Leg(0, low, Side.SELL), Leg(0, high, Side.BUY_TO_COVER))
        order = _vertical(legs, side=Side.SELL, quantity=3, status=OrderStatus.FILLED, at=at)
        order.limit_price, order.updated_at = Decimal("-2.50"), at + timedelta(seconds=2)
        for leg, price in zip(order.legs, (Decimal("4.05"), Decimal("1.50")), strict=True):
            fill = Fill("", 0, leg.instrument, leg.side, order.quantity, price, order.updated_at, COMMISSION)
            order.fills.append(fill)
        self._closed_lot(account, order)
        account.orders.append(order)

    def _canceled_spread(self, account: Account, day: date) -> None:
        """An unfilled multi-leg order: a debit call spread on AAPL (buy the 190 call, sell the 200 call),
        cancelled before it filled."""
        held = next(p.instrument for p in account.holdings() if p.instrument.asset_class is AssetClass.OPTION)
        assert held.underlying is not None
        legs = (Leg(0, held, Side.BUY), Leg(0, _call(held.underlying, 200, "1.55", "1.80"), Side.SELL_SHORT))
        at = datetime.combine(day, time(14, 48, 5), tzinfo=UTC)
        order = _vertical(legs, side=Side.BUY, quantity=2, status=OrderStatus.CANCELED, at=at)
        order.limit_price, order.updated_at = Decimal("1.10"), at + timedelta(minutes=20)
        account.orders.append(order)

    def _expired_option(self, instruments: dict[str, Instrument], expiry: date) -> Instrument:
        """An AAPL put that expired on `expiry` (no longer in the tradable universe)."""
        aapl = instruments["a1a2a3a4-b1b2-c1c2-d1d2-d3d4d5d6d7d8"]
        symbol = f"AAPL{expiry:%y%m%d}P00140000"
        return Instrument(
            id=str(uuid.uuid5(_NAMESPACE, symbol)),
            number=len(instruments) + 1,
            symbol=symbol,
            name=f"AAPL {expiry:%b %d %Y} 140 Put",
            asset_class=AssetClass.OPTION,
            price=ZERO,
            previous_close=ZERO,
            multiplier=Decimal(100),
            underlying=aapl,
            expiry=expiry,
            strike=Decimal(140),
            put_call="put",
        )

    def _rarer_events(self, account: Account, expired: Instrument, expiry: date) -> None:
        """Less frequent cash movements (wire, check, withholding tax, transfer in, adjustment) and, where
        options trade, a put bought during the history that expired worthless."""
        days = trading_days(self.today, HISTORY_DAYS)
        payer = next((e.instrument for e in account.cash_events if e.kind is CashEventKind.DIVIDEND), None)
        events = [
            (CashEventKind.WIRE, days[5], self.money(1_000, 25_000), "WIRE IN", None),
            (CashEventKind.TAX, days[10], -self.money(1, 5), "FOREIGN TAX WITHHELD", payer),
            (CashEventKind.CHECK, days[15], -self.money(50, 2_000), "CHECK DISBURSEMENT", None),
            (CashEventKind.TRANSFER, days[25], self.money(500, 10_000), "ACAT TRANSFER IN", None),
            (CashEventKind.ADJUSTMENT, days[35], self.money(1, 25), "FEE REVERSAL", None),
        ]
        for kind, day, amount, text, source in events:
            account.cash_events.append(CashEvent(self.number(), kind, day, amount, text, source))
        if AssetClass.OPTION not in traded(account.kind):
            return
        quantity = Decimal(self.random.randint(1, 5))
        price = self.money(1, 3)
        opened = expiry - timedelta(days=self.random.randint(10, 40))
        while opened.weekday() >= 5:
            opened -= timedelta(days=1)
        at = datetime.combine(opened, time(15, 30), tzinfo=UTC)
        order = Order("", 0, expired, Side.BUY, quantity, "market", OrderStatus.FILLED, at, at + timedelta(seconds=2))
        order.fills.append(Fill("", 0, expired, Side.BUY, quantity, price, order.updated_at, COMMISSION))
        account.orders.append(order)
        cost = quantity * price * expired.multiplier
        account.closed_lots.append(ClosedLot(expired, quantity, opened, expiry, cost, ZERO))

    def _open_orders(self, account: Account) -> None:
        """Two working orders: a limit order placed today on the account's last holding (closing that
        position needs cancel_orders), and a good-till-cancelled buy of its largest long stock holding
        placed two trading days ago and partly filled that day."""
        holding = account.holdings()[-1]
        created = datetime.combine(self.today, time(13, 45), tzinfo=UTC)
        account.orders.append(
            Order(
                id="",
                number=0,
                instrument=holding.instrument,
                side=Side.SELL if holding.is_long else Side.BUY_TO_COVER,
                quantity=abs(holding.quantity),
                order_type="limit",
                status=OrderStatus.OPEN,
                created_at=created,
                updated_at=created,
                limit_price=(holding.instrument.price * Decimal("1.10")).quantize(CENT),
                time_in_force=TimeInForce.GOOD_TILL_CANCELED,
            )
        )
        stocks = [p for p in account.holdings() if p.is_long and p.instrument.asset_class is AssetClass.EQUITY]
        largest = max(stocks, key=lambda p: p.quantity)
        instrument = largest.instrument
        held_before = largest.quantity - sum(
            (f.signed_quantity for f in account.fills() if f.instrument.id == instrument.id), ZERO
        )
        placed = datetime.combine(trading_days(self.today, 2)[0], time(15, 20, 30), tzinfo=UTC)
        limit = (instrument.previous_close * Decimal("0.97")).quantize(CENT)
        order = Order("", 0, instrument, Side.BUY, Decimal(20), "limit", OrderStatus.OPEN, placed, placed, limit)
        order.time_in_force = TimeInForce.GOOD_TILL_CANCELED
        filled = min(Decimal(8), held_before - 1)
        if filled > 0:
            order.updated_at = placed + timedelta(minutes=7)
            order.fills.append(Fill("", 0, instrument, Side.BUY, filled, limit, order.updated_at, COMMISSION))
        account.orders.append(order)

    def _finish(self, account: Account) -> None:
        """Number the orders, their legs and fills in time order; then derive the daily values and the
        holdings at the start of the history from the fills."""
        account.orders.sort(key=lambda o: o.created_at)
        for order in account.orders:
            order.number = self.number()
            order.id = order_uuid(account.number, order.number)
            order.legs = tuple(replace(leg, number=self.number()) for leg in order.legs)
            fills = []
            for fill in order.fills:
                number = self.number()
                fills.append(replace(fill, id=fill_uuid(account.number, number), number=number))
            order.fills = fills
        account.history = self._daily_values(account)
        account.history_start_holdings = history_start_holdings(account)

    def _daily_values(self, account: Account) -> list[DayValue]:
        """Each trading day's equity (a random walk back from today's start), with the day's bought and
        sold notional from the fills and its realized P&L from the lots closed by them."""
        days = trading_days(self.today, HISTORY_DAYS)
        bought = dict.fromkeys(days, ZERO)
        sold = dict.fromkeys(days, ZERO)
        for fill in account.fills():
            notional = fill.quantity * fill.price * fill.instrument.multiplier
            (bought if fill.side.buys else sold)[fill.at.date()] += notional
        realized = dict.fromkeys(days, ZERO)
        for lot in account.closed_lots:
            if lot.closed_on in realized and not lot.expired:
                realized[lot.closed_on] += lot.gain_loss
        equity = account.start_of_day_equity
        values: list[DayValue] = []
        for day in reversed(days):
            change = (equity * Decimal(self.random.randint(-150, 150)) / 10_000).quantize(CENT)
            values.append(DayValue(day, equity - change, equity, realized[day], bought[day], sold[day]))
            equity -= change
        return values[::-1]


class _HeldStocks:
    """The stocks grown accounts hold (`held_stock_symbol`), made on first use, the same for every account."""

    def __init__(self, seed: int, today: date, first_number: int) -> None:
        self.random = random.Random(f"{seed}/{today}/stocks")
        self.first_number = first_number
        self.made: list[Instrument] = []

    def get(self, index: int) -> Instrument:
        while len(self.made) <= index:
            symbol = held_stock_symbol(len(self.made))
            previous = Decimal(self.random.randint(100, 50_000)) / 100
            move = (previous * Decimal(self.random.randint(-250, 250)) / 10_000).quantize(CENT, ROUND_HALF_EVEN)
            self.made.append(
                Instrument(
                    id=str(uuid.uuid5(_NAMESPACE, symbol)),
                    number=self.first_number + len(self.made),
                    symbol=symbol,
                    name=f"{symbol} Holdings Inc.",
                    asset_class=AssetClass.EQUITY,
                    price=previous + move,
                    previous_close=previous,
                )
            )
        return self.made[index]


def _vertical(legs: tuple[Leg, Leg], *, side: Side, quantity: int, status: OrderStatus, at: datetime) -> Order:
    """A day limit order of `quantity` vertical spreads (one of each leg per package), placed `at`."""
    underlying = legs[0].instrument.underlying
    assert underlying is not None
    return Order("", 0, underlying, side, Decimal(quantity), "limit", status, at, at, legs=legs, strategy="vertical")


def history_start_holdings(account: Account) -> list[tuple[Instrument, Decimal]]:
    """What the account held when its history starts: today's holdings less every fill since, plus what
    expired since (an expiry takes a position away without a fill). Non-zero quantities, by symbol."""
    start = trading_days(account.today, HISTORY_DAYS)[0]
    held = {p.instrument.id: (p.instrument, p.quantity) for p in account.positions.values()}
    for fill in account.fills():
        instrument, quantity = held.get(fill.instrument.id, (fill.instrument, ZERO))
        held[instrument.id] = (instrument, quantity - fill.signed_quantity)
    for lot in account.closed_lots:
        if lot.expired and lot.closed_on >= start:
            instrument, quantity = held.get(lot.instrument.id, (lot.instrument, ZERO))
            held[instrument.id] = (instrument, quantity + lot.quantity)
    return sorted(((i, q) for i, q in held.values() if q), key=lambda item: item[0].symbol)


def account_instrument(account: Account, symbol: str) -> Instrument | None:
    """The instrument of the account's position in `symbol`, if it holds one."""
    position = account.find_position(symbol)
    return position.instrument if position else None


def _call(
    underlying: Instrument, strike: int, price: str, previous: str, *, number: int = 0, fixed_id: str = ""
) -> Instrument:
    """A call on `underlying` expiring 2027-01-15, named and identified by its OSI symbol."""
    symbol = f"{underlying.symbol}270115C{strike * 1000:08d}"
    return Instrument(
        id=fixed_id or str(uuid.uuid5(_NAMESPACE, symbol)),
        number=number,
        symbol=symbol,
        name=f"{underlying.symbol} Jan 15 2027 {strike} Call",
        asset_class=AssetClass.OPTION,
        price=Decimal(price),
        previous_close=Decimal(previous),
        multiplier=Decimal(100),
        underlying=underlying,
        expiry=date(2027, 1, 15),
        strike=Decimal(strike),
        put_call="call",
    )
