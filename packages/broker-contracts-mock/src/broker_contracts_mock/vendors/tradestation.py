"""TradeStation's view of the simulated brokerage, shared by WebAPI v2 and Brokerage API v3.

Both generations show one customer, so every figure is computed here once, as an exact Decimal, and
each generation only writes it: `tradestation_v2` as a .NET decimal JSON number, `tradestation_v3` as
a decimal string. This module maps the brokerage to TradeStation:

- **Identifiers**, from the brokerage's account number N: the account id is `3100000 + N`
  (`19816` -> `3119816`; forex accounts carry TradeStation's `FX` prefix, `FX3119823`); v3 takes
  it as `AccountID`, v2 names the account `"<account id> TestUser"` and addresses it by an integer
  `Key`, `100000 + N` (`119816`), a different handle. Positions are keyed `40000000 + n` and orders
  `500000000 + n` from the brokerage's own numbers.
- **Kinds**: cash `C`/Cash, margin and pattern day trader `M`/Margin (a PDT account is a margin
  account flagged `PatternDayTrader`), DVP `D`/DVP, futures `F`/Futures, forex `X`/Forex.
- **Figures**, the way TradeStation defines them: equities accounts use Reg T (50% initial, 25% long
  / 30% short maintenance; overnight buying power 2 × Reg T excess, day-trading buying power
  4 × maintenance excess); futures are marked to market against a margin per contract (5% of the
  contract's value at the previous close for maintenance, 110% of that for initial); forex is
  leveraged 50:1 (2% margin). Currency details of a forex account put the position's P&L under its
  base currency, converted at the current rate with .NET decimal division (28 significant digits).
- **Orders** (`orders`): the brokerage's, each with its legs (one for a single-leg order) and the fills
  that make up each leg's executed quantity and price.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_EVEN, Context, Decimal

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
    Position,
    TimeInForce,
)

ACCOUNT_ID_BASE = 3_100_000
KEY_BASE = 100_000
POSITION_KEY_BASE = 40_000_000
ORDER_ID_BASE = 500_000_000
USER_ID = "testuser"
USER_LABEL = "TestUser"
FOREX_PREFIX = "FX"
ONE = Decimal(1)
CENT = Decimal("0.01")
FOREX_MARGIN_RATE = Decimal("0.02")
FOREX_LEVERAGE = 50
FUTURES_MAINTENANCE_RATE = Decimal("0.05")
FUTURES_INITIAL_FACTOR = Decimal("1.1")
HISTORY_LIMIT_DAYS = 90

_DOTNET = Context(prec=28, rounding=ROUND_HALF_EVEN)
_WIDE = Context(prec=60, rounding=ROUND_HALF_EVEN)

# Brokerage account kind -> (v2 `Type`, v3 `AccountType`).
ACCOUNT_TYPES: dict[AccountKind, tuple[str, str]] = {
    AccountKind.CASH: ("C", "Cash"),
    AccountKind.MARGIN: ("M", "Margin"),
    AccountKind.PDT: ("M", "Margin"),
    AccountKind.DVP: ("D", "DVP"),
    AccountKind.FUTURES: ("F", "Futures"),
    AccountKind.FOREX: ("X", "Forex"),
}
EQUITIES = (AccountKind.CASH, AccountKind.MARGIN, AccountKind.PDT, AccountKind.DVP)
ALIASES = {AccountKind.PDT: "Active Trading"}
# Asset class -> (v2 `AssetType`, v3 `AssetType`).
ASSET_TYPES: dict[AssetClass, tuple[str, str]] = {
    AssetClass.EQUITY: ("EQ", "STOCK"),
    AssetClass.OPTION: ("OP", "STOCKOPTION"),
    AssetClass.FUTURE: ("FU", "FUTURE"),
    AssetClass.FOREX: ("FX", "FOREX"),
}
PARTIAL_FILL = ("FPR", "Partial Fill (Alive)")
# Order status -> (code, description), the same in both generations.
ORDER_STATUSES = {
    OrderStatus.OPEN: ("ACK", "Received"),
    OrderStatus.FILLED: ("FLL", "Filled"),
    OrderStatus.CANCELED: ("OUT", "UROut"),
    OrderStatus.REJECTED: ("REJ", "Rejected"),
    OrderStatus.EXPIRED: ("EXP", "Expired"),
}
# Order type -> v3 `OrderType` (v2 writes the same words with a space: `Stop Market`).
ORDER_TYPES = {"market": "Market", "limit": "Limit", "stop": "StopMarket", "stop_limit": "StopLimit"}
# ---- amounts ------------------------------------------------------------------------------------


def divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    """A quotient as .NET's `decimal` computes it: 28 significant digits, no trailing zeros."""
    if not denominator:
        return ZERO
    quotient = _DOTNET.divide(numerator, denominator).normalize(_DOTNET)
    return quotient.quantize(ONE, context=_WIDE) if quotient == quotient.to_integral_value() else quotient


def scaled(value: Decimal, places: int) -> Decimal:
    """`value` written with `places` decimals (.NET keeps a decimal's scale), or as it is if that would round."""
    written = value.quantize(Decimal(1).scaleb(-places), context=_WIDE)
    return written if written == value else value


def text(value: Decimal) -> str:
    """A decimal as v3 writes it: plain digits, no exponent, no trailing zeros (`"0"`, `"-549.999999"`)."""
    written = format(value, "f")
    if "." in written:
        written = written.rstrip("0").rstrip(".")
    return "0" if written in ("", "-0") else written


# ---- identifiers --------------------------------------------------------------------------------


def account_id(account: Account) -> str:
    """The v3 `AccountID` (and the first word of v2's `Name`)."""
    prefix = FOREX_PREFIX if account.kind is AccountKind.FOREX else ""
    return f"{prefix}{ACCOUNT_ID_BASE + account.number}"


def account_key(account: Account) -> int:
    """The v2 `Key` that `{account_keys}` takes."""
    return KEY_BASE + account.number


def account_name(account: Account) -> str:
    """The v2 `Name` (and a position's or order's `AccountID` in v2)."""
    return f"{account_id(account)} {USER_LABEL}"


def originator(account: Account) -> int:
    """Who placed an order: the account holder's number (the digits of the account id)."""
    return ACCOUNT_ID_BASE + account.number


def alias(account: Account) -> str | None:
    return ALIASES.get(account.kind)


def position_key(position: Position) -> int:
    return POSITION_KEY_BASE + position.number


def order_id(order: Order) -> int:
    return ORDER_ID_BASE + order.number


def accounts_by_id(brokerage: Brokerage) -> dict[str, Account]:
    """Every account TradeStation shows, by v3 account id, in account-number order."""
    return brokerage.memo(
        "tradestation/ids",
        lambda: {account_id(a): a for a in sorted(brokerage.accounts.values(), key=lambda a: a.number)},
    )


def accounts_by_key(brokerage: Brokerage) -> dict[int, Account]:
    """Every account TradeStation shows, by v2 key."""
    return brokerage.memo("tradestation/keys", lambda: {account_key(a): a for a in accounts_by_id(brokerage).values()})


def requested(text_list: str) -> list[str]:
    """The comma-separated items of `{accounts}`/`{account_keys}`, each once, in the order given."""
    return list(dict.fromkeys(text_list.split(",")))


# ---- accounts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Permissions:
    """What the account may do; the same flags in v2 balances and v3 `AccountDetail`."""

    option_level: int
    day_trading_qualified: bool
    pattern_day_trader: bool
    can_day_trade: bool
    stock_locate_eligible: bool
    reg_t_program: bool
    buying_power_warning: bool


def permissions(account: Account) -> Permissions:
    margin = account.is_margin
    levels = {AccountKind.CASH: 2, AccountKind.MARGIN: 4, AccountKind.PDT: 5}
    return Permissions(
        option_level=levels.get(account.kind, 0),
        day_trading_qualified=account.kind is not AccountKind.DVP,
        pattern_day_trader=account.kind is AccountKind.PDT,
        can_day_trade=margin,
        stock_locate_eligible=margin,
        reg_t_program=margin,
        buying_power_warning=margin,
    )


def status(account: Account) -> tuple[str, str]:
    """(v2 `Status` code, the text both generations use)."""
    return ("A", "Active") if account.is_open else ("X", "Closed")


# ---- instruments --------------------------------------------------------------------------------


def symbol(instrument: Instrument) -> str:
    """TradeStation's symbol: `AAPL 270115C190` for options, `ESZ26` for futures (two-digit year)."""
    if instrument.asset_class is AssetClass.OPTION and instrument.underlying and instrument.expiry:
        right = "C" if instrument.put_call == "call" else "P"
        return f"{instrument.underlying.symbol} {instrument.expiry:%y%m%d}{right}{text(instrument.strike or ZERO)}"
    if instrument.asset_class is AssetClass.FUTURE and instrument.expiry:
        return f"{instrument.symbol[:-1]}{instrument.expiry:%y}"
    return instrument.symbol


def underlying(instrument: Instrument) -> str | None:
    """The underlying of an option, the root of a future (`ES`), else None."""
    if instrument.underlying is not None:
        return instrument.underlying.symbol
    if instrument.asset_class is AssetClass.FUTURE:
        return instrument.symbol[:-2]
    return None


def price_places(instrument: Instrument) -> int:
    """Decimals a price is displayed with."""
    return 4 if instrument.asset_class is AssetClass.FOREX else 2


def futures_margins(instrument: Instrument) -> tuple[Decimal, Decimal]:
    """(initial, maintenance) margin of one contract, whole dollars."""
    maintenance = (instrument.previous_close * instrument.multiplier * FUTURES_MAINTENANCE_RATE).quantize(ONE)
    return (maintenance * FUTURES_INITIAL_FACTOR).quantize(ONE), maintenance


# ---- balances -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CurrencyBalance:
    """One currency of a futures or forex account. Amounts are in the account's currency; `local`
    converts one into this currency with `rate` (this currency -> the account's)."""

    currency: str
    rate: Decimal
    bod_cash: Decimal = ZERO
    cash: Decimal = ZERO
    commission: Decimal = ZERO
    realized: Decimal = ZERO
    unrealized: Decimal = ZERO
    bod_open_trade_equity: Decimal = ZERO
    initial_margin: Decimal = ZERO
    maintenance_margin: Decimal = ZERO
    bod_margin: Decimal = ZERO

    def local(self, amount: Decimal) -> Decimal:
        return amount if self.rate == ONE else divide(amount, self.rate)

    @property
    def today_unrealized(self) -> Decimal:
        return self.unrealized - self.bod_open_trade_equity


@dataclass(frozen=True)
class Balance:
    """Every balance figure of one account, real-time and beginning-of-day, in the account's currency.
    Figures that do not apply to the account's kind are zero (and not written)."""

    account: Account
    cash: Decimal
    equity: Decimal
    market_value: Decimal
    buying_power: Decimal
    todays_pnl: Decimal
    realized_pnl: Decimal
    unrealized_pnl: Decimal
    commission: Decimal
    uncleared_deposit: Decimal
    bod_cash: Decimal
    bod_equity: Decimal
    bod_cash_available_to_withdraw: Decimal
    # equities
    cost_of_positions: Decimal = ZERO
    day_trades: int = 0
    day_trade_excess: Decimal = ZERO
    day_trading_buying_power: Decimal = ZERO
    overnight_buying_power: Decimal = ZERO
    option_buying_power: Decimal = ZERO
    options_value: Decimal = ZERO
    required_margin: Decimal = ZERO
    maintenance_rate: Decimal | None = None
    unsettled_funds: Decimal = ZERO
    bod_day_trading_buying_power: Decimal = ZERO
    bod_overnight_buying_power: Decimal = ZERO
    bod_option_buying_power: Decimal = ZERO
    bod_options_value: Decimal = ZERO
    # futures and forex
    initial_margin: Decimal = ZERO
    maintenance_margin: Decimal = ZERO
    bod_open_trade_equity: Decimal = ZERO
    bod_margin: Decimal = ZERO
    currencies: tuple[CurrencyBalance, ...] = ()

    @property
    def trade_equity(self) -> Decimal:
        """Futures: unrealized P&L of the open positions."""
        return self.unrealized_pnl

    @property
    def today_trade_equity(self) -> Decimal:
        """Futures: today's part of the unrealized P&L."""
        return self.unrealized_pnl - self.bod_open_trade_equity


@dataclass(frozen=True)
class ClosedToday:
    """A position closed today, as v2's `ClosedPositions` lists it."""

    symbol: str
    currency: str
    profit: Decimal


def balance(account: Account, today: date) -> Balance:
    """The account's figures as TradeStation reports them."""
    commission = sum(
        (o.commission for o in account.orders if o.status is OrderStatus.FILLED and o.updated_at.date() == today), ZERO
    )
    common = Balance(
        account=account,
        cash=account.cash,
        equity=account.equity,
        market_value=account.market_value,
        buying_power=ZERO,
        todays_pnl=account.unrealized_pnl_today,
        realized_pnl=account.realized_today,
        unrealized_pnl=account.unrealized_pnl,
        commission=commission,
        uncleared_deposit=ZERO,
        bod_cash=account.start_of_day_cash,
        bod_equity=account.start_of_day_equity,
        bod_cash_available_to_withdraw=ZERO,
    )
    if account.kind is AccountKind.FUTURES:
        return _futures(common)
    if account.kind is AccountKind.FOREX:
        return _forex(common)
    return _equities(common)


def closed_today(account: Account, today: date) -> list[ClosedToday]:
    """Lots closed today; a marked-to-market lot's proceeds are its profit."""
    return [
        ClosedToday(
            symbol(lot.instrument),
            lot.instrument.currency,
            lot.proceeds if lot.instrument.marked_to_market else lot.gain_loss,
        )
        for lot in account.closed_lots
        if lot.closed_on == today
    ]


def _equities(common: Balance) -> Balance:
    account, equity, bod_equity, bod_cash = common.account, common.equity, common.bod_equity, common.bod_cash
    settled = account.settled_cash
    initial, maintenance = account.initial_margin_requirement, account.maintenance_margin_requirement
    sod_initial, sod_maintenance = _start_of_day_reg_t(account)
    figures = replace(
        common,
        cost_of_positions=sum((abs(p.cost_basis) for p in account.positions.values()), ZERO),
        day_trades=account.day_trades,
        options_value=sum((p.market_value for p in account.positions.values() if _is_option(p.instrument)), ZERO),
        bod_options_value=sum(
            (q * i.previous_close * i.multiplier for i, q, _ in account.start_of_day_holdings if _is_option(i)), ZERO
        ),
        unsettled_funds=account.unsettled_credits,
        required_margin=initial,
    )
    if account.is_margin:
        day_trading = (equity - maintenance) * 4
        overnight = (equity - initial) * 2
        gross = account.long_market_value + account.short_market_value
        return replace(
            figures,
            buying_power=day_trading if account.kind is AccountKind.PDT else overnight,
            day_trade_excess=equity - maintenance,
            day_trading_buying_power=day_trading,
            overnight_buying_power=overnight,
            option_buying_power=equity - initial,
            maintenance_rate=divide(maintenance, gross),
            bod_day_trading_buying_power=(bod_equity - sod_maintenance) * 4,
            bod_overnight_buying_power=(bod_equity - sod_initial) * 2,
            bod_option_buying_power=bod_equity - sod_initial,
            bod_cash_available_to_withdraw=max(min(bod_cash, bod_equity - sod_maintenance), ZERO),
        )
    options = account.kind is not AccountKind.DVP
    return replace(
        figures,
        buying_power=settled,
        day_trade_excess=settled,
        day_trading_buying_power=settled,
        overnight_buying_power=settled,
        option_buying_power=settled if options else ZERO,
        bod_day_trading_buying_power=bod_cash,
        bod_overnight_buying_power=bod_cash,
        bod_option_buying_power=bod_cash if options else ZERO,
        bod_cash_available_to_withdraw=max(bod_cash, ZERO),
    )


def _futures(common: Balance) -> Balance:
    account = common.account
    initial = maintenance = bod_initial = ZERO
    for position in account.positions.values():
        contract_initial, contract_maintenance = futures_margins(position.instrument)
        initial += abs(position.quantity) * contract_initial
        maintenance += abs(position.quantity) * contract_maintenance
    for instrument, quantity, _ in account.start_of_day_holdings:
        bod_initial += abs(quantity) * futures_margins(instrument)[0]
    bod_open = common.bod_equity - common.bod_cash
    currency = CurrencyBalance(
        currency=account.currency,
        rate=ONE,
        bod_cash=common.bod_cash,
        cash=common.cash,
        commission=common.commission,
        realized=common.realized_pnl,
        unrealized=common.unrealized_pnl,
        bod_open_trade_equity=bod_open,
        initial_margin=initial,
        maintenance_margin=maintenance,
        bod_margin=bod_initial,
    )
    return replace(
        common,
        buying_power=common.equity - initial,
        day_trade_excess=common.equity - initial,
        initial_margin=initial,
        maintenance_margin=maintenance,
        bod_open_trade_equity=bod_open,
        bod_margin=bod_initial,
        bod_cash_available_to_withdraw=max(min(common.bod_cash, common.bod_equity - bod_initial), ZERO),
        currencies=(currency,),
    )


def _forex(common: Balance) -> Balance:
    """The account's currency holds the cash; each position's base currency holds its P&L and margin."""
    account = common.account
    margin = sum((abs(p.market_value) * FOREX_MARGIN_RATE for p in account.positions.values()), ZERO)
    currencies = [
        CurrencyBalance(
            currency=account.currency,
            rate=ONE,
            bod_cash=common.bod_cash,
            cash=common.cash,
            commission=common.commission,
            realized=common.realized_pnl,
        )
    ]
    bod_margin = ZERO
    for instrument, quantity, _ in account.start_of_day_holdings:
        held = account.positions.get(instrument.id)
        position_bod_margin = abs(quantity * instrument.previous_close * instrument.multiplier) * FOREX_MARGIN_RATE
        bod_margin += position_bod_margin
        currencies.append(
            CurrencyBalance(
                currency=instrument.symbol[:3],
                rate=instrument.price,
                unrealized=held.unrealized_pnl if held else ZERO,
                bod_margin=position_bod_margin,
            )
        )
    return replace(
        common,
        buying_power=(common.equity - margin) * FOREX_LEVERAGE,
        initial_margin=margin,
        maintenance_margin=margin,
        bod_margin=bod_margin,
        bod_cash_available_to_withdraw=max(min(common.bod_cash, common.bod_equity - bod_margin), ZERO),
        currencies=tuple(sorted(currencies, key=lambda c: c.currency)),
    )


def _start_of_day_reg_t(account: Account) -> tuple[Decimal, Decimal]:
    """(initial, maintenance) Reg T requirement of the holdings at the previous close (none for cash accounts)."""
    if not account.is_margin:
        return ZERO, ZERO
    long, short = account.start_of_day_long_value, account.start_of_day_short_value
    return ((long + short) / 2).quantize(CENT), (long * Decimal("0.25") + short * Decimal("0.30")).quantize(CENT)


def _is_option(instrument: Instrument) -> bool:
    return instrument.asset_class is AssetClass.OPTION


# ---- positions ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PositionFigures:
    """One position's figures, in the symbol's currency (every symbol is quoted in the account's)."""

    account: Account
    position: Position
    initial_margin: Decimal
    maintenance_margin: Decimal
    required_margin: Decimal | None

    @property
    def instrument(self) -> Instrument:
        return self.position.instrument

    @property
    def marked_to_market(self) -> bool:
        return self.instrument.marked_to_market

    @property
    def total_cost(self) -> Decimal:
        return abs(self.position.cost_basis)

    @property
    def unrealized_percent(self) -> Decimal:
        """Unrealized P&L as a percentage of the cost, to four decimals."""
        return divide(self.position.unrealized_pnl * 100, self.total_cost).quantize(Decimal("0.0001"))

    @property
    def unrealized_per_unit(self) -> Decimal:
        return divide(self.position.unrealized_pnl, abs(self.position.quantity))


def position_figures(account: Account, position: Position) -> PositionFigures:
    instrument = position.instrument
    size = abs(position.quantity)
    if instrument.asset_class is AssetClass.FUTURE:
        initial, maintenance = (size * m for m in futures_margins(instrument))
        return PositionFigures(account, position, initial, maintenance, maintenance)
    if instrument.asset_class is AssetClass.FOREX:
        margin = abs(position.market_value) * FOREX_MARGIN_RATE
        return PositionFigures(account, position, margin, margin, margin)
    if account.is_margin:
        rate = Decimal("0.25") if position.is_long else Decimal("0.30")
        return PositionFigures(account, position, ZERO, abs(position.market_value) * rate, None)
    return PositionFigures(account, position, ZERO, ZERO, None)


def positions(account: Account) -> list[PositionFigures]:
    return [position_figures(account, p) for p in account.holdings()]


def matches(pattern: str, value: str) -> bool:
    """TradeStation's symbol filter: `*` stands for any text, everything else matches itself (any case)."""
    parts = pattern.upper().split("*")
    value = value.upper()
    if len(parts) == 1:
        return value == parts[0]
    if not value.startswith(parts[0]) or not value.endswith(parts[-1]):
        return False
    at, end = len(parts[0]), len(value) - len(parts[-1])
    for part in parts[1:-1]:
        found = value.find(part, at, end)
        if found < 0:
            return False
        at = found + len(part)
    return at <= end


# ---- orders -------------------------------------------------------------------------------------


def order_status(order: Order) -> tuple[str, str]:
    """(code, description), the same in both generations; an open order with fills is `FPR`."""
    if order.status is OrderStatus.OPEN and order.filled_quantity:
        return PARTIAL_FILL
    return ORDER_STATUSES[order.status]


def duration(order: Order) -> str:
    return "GTC" if order.time_in_force is TimeInForce.GOOD_TILL_CANCELED else "DAY"


def order_type(order: Order) -> str:
    """v3's `OrderType` (`StopMarket`); v2 spells the two stop types with a space."""
    return ORDER_TYPES[order.order_type]


def orders(account: Account) -> list[Order]:
    """The account's orders, in the order they were placed (every account's are of its own kind:
    futures for a futures account, currency pairs for a forex account, stocks only for a DVP one)."""
    return account.orders


def good_till(order: Order) -> datetime | None:
    """The expiry of a GTC order: 90 days after it was placed (TradeStation's limit), at midnight."""
    if duration(order) != "GTC":
        return None
    return datetime.combine(order.created_at.date() + timedelta(days=90), datetime.min.time(), order.created_at.tzinfo)


def reference_price(order: Order) -> Decimal:
    """The price an order was judged by: its fill, else its limit, else the previous close (a multi-leg
    order's prices are per package, signed; TradeStation shows them as amounts)."""
    price = order.average_fill_price or order.limit_price or order.instrument.previous_close
    return abs(price)


def leg_price(order: Order, leg: Leg) -> Decimal | None:
    """What a leg filled at on average, or None before it fills."""
    return order.leg_average_price(leg)


def leg_quantity(order: Order, leg: Leg) -> Decimal:
    return order.quantity * leg.ratio


def leg_unfilled(order: Order, leg: Leg) -> Decimal:
    return leg_quantity(order, leg) - order.leg_filled(leg)


def unfilled(order: Order) -> Decimal:
    return order.quantity - order.filled_quantity


def history_start(today: date) -> date:
    """The earliest `since` TradeStation accepts: 90 days before today."""
    return today - timedelta(days=HISTORY_LIMIT_DAYS)
