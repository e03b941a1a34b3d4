"""One book, five APIs: the normalized balances and positions of every account the mock seeded agree across
the vendors that serve it (those whose accounts list names it), before and after positions are closed
through Clear Street (the one vendor whose contract has close operations). The mock runs in this process
(`httpx.ASGITransport`), through the async brokers; the accounts and each vendor's id of them come from
the mock (its brokerage and its identifier functions).

Where vendors' figures legitimately differ, the rule is stated and checked instead:
- Clear Street and Tradier write amounts in cents (Tradier with a tail of zeros): theirs equal the others'
  rounded half-even to cents.
- Clear Street lists the USD cash as a position (`asset_class` cash): it is the balance's cash, not a security.
- ETNA's positions carry end-of-day values only (no current price or value): its cost basis plus its
  (current) unrealized P&L is the others' market value.
- Buying power is each vendor's own formula (Clear Street's intraday 4 x excess, TradeStation's overnight
  Reg T, Tradier's and ETNA's stock buying power): not compared.
- Clear Street's and TradeStation v2's account lists carry no pattern-day-trader flag: they call a PDT
  account `margin`. Every other vendor's kind is the brokerage's own.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

import httpx
from clear_street_client import AsyncClearStreet
from clear_street_client.models import ClosePositionRequest

from broker_contracts_mock.access import InProcessMock
from broker_contracts_mock.brokerage import Account as SeededAccount
from broker_contracts_unified import (
    VENDORS,
    Account,
    AccountKind,
    AccountStatus,
    AssetClass,
    AsyncBroker,
    Balance,
    Position,
)
from tests.unified_support import ACCOUNT_IDS, async_broker, seeded_accounts

CENT = Decimal("0.01")
IN_CENTS = {"clear-street", "tradier"}
NO_PDT_FLAG = {"clear-street", "tradestation-v2"}
BALANCE_FIGURES = (
    "cash",
    "equity",
    "start_of_day_equity",
    "long_market_value",
    "short_market_value",
    "market_value",
    "day_pnl",
    "day_realized_pnl",
    "day_unrealized_pnl",
    "unrealized_pnl",
    "maintenance_requirement",
)
POSITION_FIGURES = (
    "quantity",
    "average_price",
    "cost_basis",
    "price",
    "previous_close",
    "market_value",
    "unrealized_pnl",
    "day_unrealized_pnl",
)


@dataclass(frozen=True)
class View:
    """One account as one vendor shows it."""

    vendor: str
    account: Account
    balance: Balance
    positions: dict[Any, Position]
    cash_positions: list[Position]


def test_every_seeded_account_agrees_before_and_after_closes(broker_mock_asgi: InProcessMock) -> None:
    seeded = seeded_accounts(broker_mock_asgi)
    counts = asyncio.run(_scenario(broker_mock_asgi, seeded))
    print(counts)
    assert counts["accounts"] == 3 * len(seeded) >= 3 * 9, counts  # every seeded account, in every round
    assert counts["pairs"] >= 3 * 40, counts  # vendor pairs compared across the three rounds
    assert counts["figures"] >= 1500, counts  # figures found equal (or by their rule)
    assert counts["closed"] >= 2, counts  # accounts whose positions Clear Street closed


async def _scenario(mock: InProcessMock, seeded: list[SeededAccount]) -> dict[str, int]:
    transport = httpx.ASGITransport(app=mock.app)
    brokers = {vendor: async_broker(mock, vendor, transport) for vendor in VENDORS}
    counts = {"accounts": 0, "pairs": 0, "figures": 0, "closed": 0}
    clear_street = mock.vendors["clear-street"]
    async with AsyncClearStreet(
        token=clear_street.token, base_url=clear_street.base_url, httpx_args={"transport": transport}, max_retries=0
    ) as closer:
        for round_ in ("seeded", "one position closed", "every position closed"):
            listed = {vendor: {a.account_id: a for a in await broker.accounts()} for vendor, broker in brokers.items()}
            views = {account.number: await _views(brokers, listed, account) for account in seeded}
            for account in seeded:
                by_vendor = views[account.number]
                assert by_vendor, f"{account.number}: no vendor serves it"
                counts["accounts"] += 1
                _agree(f"{round_}: {account.number}", list(by_vendor.values()), counts)
                _as_seeded(f"{round_}: {account.number}", account, by_vendor)
                if round_ == "every position closed" and "clear-street" in by_vendor:
                    assert not any(view.positions for view in by_vendor.values()), f"{account.number}: positions left"
            counts["closed"] += await _close(closer, views, everything=round_ == "one position closed")
    return counts


async def _views(
    brokers: dict[str, AsyncBroker], listed: dict[str, dict[str, Account]], seeded: SeededAccount
) -> dict[str, View]:
    """The account as each vendor that lists it shows it."""
    found = {}
    for vendor, broker in brokers.items():
        account_id = ACCOUNT_IDS[vendor](seeded)
        if account_id not in listed[vendor]:
            continue
        balance = await broker.balance(account_id)
        positions = await broker.positions(account_id)
        securities = {_key(p): p for p in positions if p.instrument.asset_class is not AssetClass.CASH}
        cash = [p for p in positions if p.instrument.asset_class is AssetClass.CASH]
        found[vendor] = View(vendor, listed[vendor][account_id], balance, securities, cash)
    return found


def _as_seeded(where: str, seeded: SeededAccount, by_vendor: dict[str, View]) -> None:
    """Each vendor's kind and status of the account are the brokerage's (a PDT account is `margin` where the
    vendor's list has no flag)."""
    status = AccountStatus.OPEN if seeded.is_open else AccountStatus.CLOSED
    for vendor, view in by_vendor.items():
        kind = AccountKind(seeded.kind.value)
        if kind is AccountKind.PDT and vendor in NO_PDT_FLAG:
            kind = AccountKind.MARGIN
        assert (view.account.kind, view.account.status) == (kind, status), f"{where} {vendor}"


def _key(position: Position) -> Any:
    """What identifies an instrument across vendors: an option's terms (symbols differ), else its symbol."""
    option = position.instrument.option
    if option is not None:
        return (option.underlying, option.put_call, option.strike, option.expiry)
    return position.instrument.symbol


async def _close(closer: AsyncClearStreet, views: dict[int, dict[str, View]], *, everything: bool) -> int:
    """Close positions through Clear Street: one position of each account it serves, or all of them; how
    many accounts had positions to close."""
    request = ClosePositionRequest(cancel_orders=True)
    closed = 0
    for number, by_vendor in views.items():
        if "clear-street" not in by_vendor or not by_vendor["clear-street"].positions:
            continue
        closed += 1
        if everything:
            await closer.positions.close_positions(number, body=request)
        else:
            first = sorted(by_vendor["clear-street"].positions.values(), key=lambda p: p.instrument.symbol)[0]
            await closer.positions.close_position(number, first.instrument.symbol, body=request)
    return closed


def _agree(where: str, views: list[View], counts: dict[str, int]) -> None:
    for view in views:
        for cash in view.cash_positions:  # Clear Street's USD position is the account's cash
            assert cash.market_value == view.balance.cash, f"{where} {view.vendor}: cash position"
    for index, one in enumerate(views):
        for other in views[index + 1 :]:
            counts["pairs"] += 1
            pair = f"{where} {one.vendor}/{other.vendor}"
            for name in BALANCE_FIGURES:
                counts["figures"] += _same(
                    pair, name, (one.vendor, getattr(one.balance, name)), (other.vendor, getattr(other.balance, name))
                )
            assert set(one.positions) == set(other.positions), f"{pair}: positions differ"
            for key, position in one.positions.items():
                counts["figures"] += _same_position(f"{pair} {key}", one, position, other, other.positions[key])


def _same_position(where: str, one: View, a: Position, other: View, b: Position) -> int:
    assert a.instrument.asset_class == b.instrument.asset_class, where
    compared = 0
    for name in POSITION_FIGURES:
        compared += _same(where, name, (one.vendor, getattr(a, name)), (other.vendor, getattr(b, name)))
    for etna, rest, view in ((a, b, other), (b, a, one)):  # ETNA's end-of-day rule
        if etna.vendor == "etna" and rest.market_value is not None:
            assert etna.cost_basis is not None and etna.unrealized_pnl is not None, where
            compared += _same(
                where,
                "market_value (cost basis + unrealized P&L)",
                ("etna", etna.cost_basis + etna.unrealized_pnl),
                (view.vendor, rest.market_value),
            )
    if a.instrument.multiplier is not None and b.instrument.multiplier is not None:
        compared += _same(
            where, "multiplier", (one.vendor, a.instrument.multiplier), (other.vendor, b.instrument.multiplier)
        )
    return compared


Figure = tuple[str, Decimal | None]  # a vendor and its value of one figure


def _same(where: str, name: str, one: Figure, other: Figure) -> int:
    """1 when both vendors send the figure and it agrees (in cents where one writes cents), 0 when one lacks it."""
    (one_vendor, a), (other_vendor, b) = one, other
    if a is None or b is None:
        return 0
    if {one_vendor, other_vendor} & IN_CENTS:
        a, b = _cents(a), _cents(b)
    assert a == b, f"{where}: {name} {one_vendor}={a} {other_vendor}={b}"
    return 1


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_EVEN)
