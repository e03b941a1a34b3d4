"""The simulated brokerage every vendor mock renders: accounts, instruments, positions, orders, cash and history.

Vendor-neutral and exact (every amount is a Decimal). `Brokerage.generate(seed, today)` builds the same
data for the same seed and day. The figures agree with each other the way brokers define them:

- position market value = quantity × price × multiplier (quantity signed: negative for shorts);
- equity = cash + long market value − short market value (short value as a positive magnitude) for
  instruments paid in full (stocks, options); futures and forex are marked to market instead, so
  they add their unrealized P&L to equity, not their notional value;
- today's P&L = realized today + unrealized today, both measured from the previous close, so
  equity − start-of-day equity = today's P&L (no deposits happen intraday).

Closing a position fills a market order at the current price: the position disappears, cash and
today's realized P&L move, and the order joins the account's history. Every change goes through
`Brokerage`, which counts them, so views computed from the data can be memoised until the next change.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum
from typing import TypeVar

T = TypeVar("T")
CENT = Decimal("0.01")
ZERO = Decimal(0)
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
    """The seeded data uses the first three; REJECTED and EXPIRED exist for vendor views that show them."""

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


@dataclass
class Order:
    """An order and, once filled, its execution. `order_type` is "market", "limit", "stop" or "stop_limit"
    (the seeded data has market and limit orders; `stop_price` goes with the last two)."""

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
    filled_quantity: Decimal = ZERO
    average_fill_price: Decimal | None = None
    commission: Decimal = ZERO
    stop_price: Decimal | None = None
    reject_reason: str | None = None

    @property
    def leaves_quantity(self) -> Decimal:
        return ZERO if self.status is not OrderStatus.OPEN else self.quantity - self.filled_quantity


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

    def find_position(self, key: str) -> Position | None:
        """The position whose instrument id or symbol is `key` (case-insensitive for symbols)."""
        if key in self.positions:
            return self.positions[key]
        wanted = key.upper()
        return next((p for p in self.positions.values() if p.instrument.symbol.upper() == wanted), None)

    def close(self, position: Position, now: datetime, order_number: int, cancel_orders: bool) -> Order:
        """Fill a market order that flattens `position` at the current price; cancel its open orders first
        when asked (raises OpenOrdersError otherwise)."""
        blocking = self.open_orders(position.instrument.id)
        if blocking and not cancel_orders:
            raise OpenOrdersError(position.instrument, blocking)
        for order in blocking:
            order.status = OrderStatus.CANCELED
            order.updated_at = now
        instrument = position.instrument
        quantity = abs(position.quantity)
        side = Side.SELL if position.is_long else Side.BUY_TO_COVER
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
        order = Order(
            id=str(uuid.uuid5(_NAMESPACE, f"order-{self.number}-{order_number}")),
            number=order_number,
            instrument=instrument,
            side=side,
            quantity=quantity,
            order_type="market",
            status=OrderStatus.FILLED,
            created_at=now,
            updated_at=now,
            filled_quantity=quantity,
            average_fill_price=instrument.price,
        )
        self.orders.append(order)
        return order


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
    _next_number: int = 1_000
    _memo: dict[Hashable, object] = field(default_factory=dict)

    def next_number(self) -> int:
        self._next_number += 1
        return self._next_number

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, remembered until the data next changes. Callers must not mutate the result."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    def close_position(self, account: Account, position: Position, cancel_orders: bool) -> Order:
        """Flatten `position` now (see Account.close); every memoised view is forgotten."""
        self._memo.clear()
        return account.close(position, self.now(), self.next_number(), cancel_orders)

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
    def generate(cls, seed: int, today: date) -> Brokerage:
        """The deterministic data set for `seed` as of `today`."""
        return _Generator(seed, today).build()


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


class _Generator:
    def __init__(self, seed: int, today: date) -> None:
        self.random = random.Random(seed)
        self.seed = seed
        self.today = today
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
        brokerage = Brokerage(self.seed, self.today, instruments, accounts)
        brokerage._next_number = self.counter
        return brokerage

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
        option = Instrument(
            id="e5e6e7e8-f5f6-a5a6-b5b6-b7b8b9babcbe",
            number=len(result) + 1,
            symbol="AAPL270115C00190000",
            name="AAPL Jan 15 2027 190 Call",
            asset_class=AssetClass.OPTION,
            price=Decimal("2.72"),
            previous_close=Decimal("2.70"),
            multiplier=Decimal(100),
            underlying=aapl,
            expiry=date(2027, 1, 15),
            strike=Decimal(190),
            put_call="call",
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
                self._open_order(account)
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
        drift = Decimal(self.random.randint(-1500, 1500)) / 10_000
        average = (instrument.previous_close * (1 + drift)).quantize(Decimal("0.0001"))
        opened = datetime.combine(
            self.today - timedelta(days=self.random.randint(3, 300)),
            time(self.random.randint(13, 20), self.random.randint(0, 59), self.random.randint(0, 59), 405_000),
            tzinfo=UTC,
        )
        account.positions[instrument.id] = Position(self.number(), instrument, quantity, average, opened)

    def _past(self, account: Account, universe: list[Instrument]) -> None:
        """Filled orders, closed lots, cash events and daily values over the last trading days."""
        days = trading_days(self.today, HISTORY_DAYS)
        equity = account.start_of_day_equity
        values: list[DayValue] = []
        for day in reversed(days):
            change = (equity * Decimal(self.random.randint(-150, 150)) / 10_000).quantize(CENT)
            realized = (change * Decimal(self.random.randint(0, 60)) / 100).quantize(CENT)
            traded = self.money(0, 20_000)
            values.append(DayValue(day, equity - change, equity, realized, traded, traded + realized))
            equity -= change
        account.history = values[::-1]
        tradable = [i for i in universe if i.asset_class in (AssetClass.EQUITY, AssetClass.OPTION)]
        for index, day in enumerate(days[-30::3]):
            instrument = self.random.choice(tradable)
            quantity = Decimal(self.random.randint(1, 50))
            price = (instrument.previous_close * (1 + Decimal(self.random.randint(-800, 800)) / 10_000)).quantize(CENT)
            at = datetime.combine(day, time(15, 1 + index % 50, 15), tzinfo=UTC)
            side = Side.BUY if index % 2 else Side.SELL
            account.orders.append(
                Order(
                    id=str(uuid.uuid5(_NAMESPACE, f"order-{account.number}-{index}")),
                    number=self.number(),
                    instrument=instrument,
                    side=side,
                    quantity=quantity,
                    order_type="limit" if index % 3 else "market",
                    status=OrderStatus.CANCELED if index % 5 == 4 else OrderStatus.FILLED,
                    created_at=at,
                    updated_at=at + timedelta(seconds=3),
                    limit_price=price if index % 3 else None,
                    filled_quantity=ZERO if index % 5 == 4 else quantity,
                    average_fill_price=None if index % 5 == 4 else price,
                    commission=Decimal("0.35") if index % 2 else ZERO,
                )
            )
            if side is Side.SELL and index % 5 != 4:
                cost = quantity * instrument.previous_close * instrument.multiplier
                proceeds = quantity * price * instrument.multiplier
                account.closed_lots.append(
                    ClosedLot(instrument, quantity, day - timedelta(days=40 + index), day, cost, proceeds)
                )
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
        """Less frequent cash movements (wire, check, withholding tax, transfer in, adjustment) and an
        option lot that expired worthless."""
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
        quantity = Decimal(self.random.randint(1, 5))
        cost = quantity * self.money(1, 3) * expired.multiplier
        opened = expiry - timedelta(days=self.random.randint(10, 40))
        account.closed_lots.append(ClosedLot(expired, quantity, opened, expiry, cost, ZERO))

    def _open_order(self, account: Account) -> None:
        """A resting limit order on the account's last holding: closing that position needs cancel_orders."""
        holding = account.holdings()[-1]
        created = datetime.combine(self.today, time(13, 45), tzinfo=UTC)
        account.orders.append(
            Order(
                id=str(uuid.uuid5(_NAMESPACE, f"open-{account.number}")),
                number=self.number(),
                instrument=holding.instrument,
                side=Side.SELL if holding.is_long else Side.BUY_TO_COVER,
                quantity=abs(holding.quantity),
                order_type="limit",
                status=OrderStatus.OPEN,
                created_at=created,
                updated_at=created,
                limit_price=(holding.instrument.price * Decimal("1.10")).quantize(CENT),
            )
        )
