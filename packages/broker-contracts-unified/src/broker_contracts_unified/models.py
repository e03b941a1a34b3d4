"""The vendor-neutral models: frozen dataclasses of exact values.

Every amount is a `Decimal` exactly as the vendor sent it (digits and scale kept) or `None` where the
vendor has no equivalent; nothing is ever an invented zero. What each field means, and which vendor
field it comes from, is in the mapping (`mapping.yaml`, rendered per vendor in the README).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum


class AccountKind(StrEnum):
    """How an account may trade."""

    CASH = "cash"
    MARGIN = "margin"
    PDT = "pdt"
    DVP = "dvp"
    FUTURES = "futures"
    FOREX = "forex"
    OTHER = "other"


class AccountStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    OTHER = "other"


class AssetClass(StrEnum):
    EQUITY = "equity"
    OPTION = "option"
    FUTURE = "future"
    FOREX = "forex"
    INDEX = "index"
    CASH = "cash"
    OTHER = "other"


class PutCall(StrEnum):
    PUT = "put"
    CALL = "call"
    OTHER = "other"


class ActivityKind(StrEnum):
    """What an activity is: a trade (a fill), a movement of cash in or out (`transfer`: deposits,
    withdrawals, wires, checks, journals; the amount's sign says which way), or another cash event."""

    TRADE = "trade"
    TRANSFER = "transfer"
    DIVIDEND = "dividend"
    INTEREST = "interest"
    FEE = "fee"
    TAX = "tax"
    ADJUSTMENT = "adjustment"
    EXPIRATION = "expiration"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Account:
    vendor: str
    account_id: str
    kind: AccountKind | None
    status: AccountStatus | None
    currency: str | None
    name: str | None


@dataclass(frozen=True, slots=True)
class Balance:
    vendor: str
    account_id: str
    currency: str | None
    cash: Decimal | None
    equity: Decimal | None
    start_of_day_equity: Decimal | None
    buying_power: Decimal | None
    long_market_value: Decimal | None
    short_market_value: Decimal | None
    market_value: Decimal | None
    day_pnl: Decimal | None
    day_realized_pnl: Decimal | None
    day_unrealized_pnl: Decimal | None
    unrealized_pnl: Decimal | None
    maintenance_requirement: Decimal | None


@dataclass(frozen=True, slots=True)
class OptionDetails:
    underlying: str | None
    put_call: PutCall | None
    strike: Decimal | None
    expiry: date | None


@dataclass(frozen=True, slots=True)
class Instrument:
    symbol: str
    asset_class: AssetClass | None
    multiplier: Decimal | None
    option: OptionDetails | None


@dataclass(frozen=True, slots=True)
class Position:
    vendor: str
    account_id: str
    instrument: Instrument
    quantity: Decimal | None
    average_price: Decimal | None
    cost_basis: Decimal | None
    price: Decimal | None
    previous_close: Decimal | None
    market_value: Decimal | None
    unrealized_pnl: Decimal | None
    day_unrealized_pnl: Decimal | None


@dataclass(frozen=True, slots=True)
class Activity:
    vendor: str
    account_id: str
    kind: ActivityKind | None
    on: date | None
    at: datetime | None
    amount: Decimal | None
    symbol: str | None
    quantity: Decimal | None
    price: Decimal | None
    commission: Decimal | None
    description: str | None
