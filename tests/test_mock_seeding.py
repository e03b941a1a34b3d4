"""`--positions`: an account seeded with N positions, as every vendor serves it, the rest of the data unchanged."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from broker_contracts_mock import server
from broker_contracts_mock.app import MockApp
from broker_contracts_mock.brokerage import Brokerage, growable_accounts, held_stock_symbol

from .mock_support import TODAY, TOKEN, call, make_app

GROWN, COUNT = 19819, 1000  # the margin account that holds one position unless grown
ETNA = {**TOKEN, "Et-App-Key": "test-api-key"}


@pytest.fixture(scope="module")
def app() -> MockApp:
    """Self-checked: every answer below also satisfies its response schema."""
    return make_app(positions={GROWN: COUNT})


def get(app: MockApp, url: str, headers: dict[str, str] = TOKEN) -> Any:
    response = call(app, "GET", url, headers=headers)
    assert response.status_code == 200, response.text
    return json.loads(response.content, parse_float=Decimal)


def test_every_vendor_serves_the_grown_account(app: MockApp) -> None:
    clear_street = get(app, f"/clear-street/v1/accounts/{GROWN}/positions?page_size=1000")
    assert clear_street["metadata"]["total_items"] == COUNT + 1  # and the cash row
    assert len(clear_street["data"]) == 1000
    tradier = get(app, f"/tradier/v1/accounts/VA000{GROWN}/positions", {**TOKEN, "Accept": "application/json"})
    assert len(tradier["positions"]["position"]) == COUNT
    etna = get(app, f"/etna/v1.0/accounts/{GROWN}/positions?pageNumber=0&pageSize=1000&sortField=Id&desc=false", ETNA)
    assert (etna["TotalCount"], len(etna["Result"])) == (COUNT, 99)  # ETNA's pages hold at most 99
    assert len(get(app, f"/tradestation-v2/v2/accounts/1{GROWN}/positions")) == COUNT
    assert len(get(app, f"/tradestation-v3/v3/brokerage/accounts/31{GROWN}/positions")["Positions"]) == COUNT


def test_the_grown_account_adds_up() -> None:
    """Equity is cash plus long less short value, and the history ends at the day's start."""
    grown = Brokerage.generate(7, TODAY, {GROWN: COUNT}).accounts[GROWN]
    assert len(grown.positions) == COUNT
    assert grown.equity == grown.cash + grown.long_market_value - grown.short_market_value
    assert grown.history[-1].end_equity == grown.start_of_day_equity
    assert {symbol for symbol in (p.instrument.symbol for p in grown.holdings()) if symbol.startswith("Q")} == {
        held_stock_symbol(index) for index in range(COUNT - 1)
    }
    assert sum(1 for p in grown.positions.values() if not p.is_long) > 0  # a margin account holds shorts too


def test_the_other_accounts_and_the_seeded_data_do_not_change() -> None:
    plain, grown = Brokerage.generate(7, TODAY), Brokerage.generate(7, TODAY, {GROWN: COUNT})
    for number, account in plain.accounts.items():
        other = grown.accounts[number]
        assert [o.id for o in other.orders] == [o.id for o in account.orders]
        if number != GROWN:
            assert (other.equity, other.history) == (account.equity, account.history)


def test_every_account_that_trades_stocks_can_be_grown() -> None:
    args = server.parse_args(["--positions", "3", "--positions", f"{GROWN}=5"])
    held = server.config_from_args(args).positions
    assert held == {**dict.fromkeys(growable_accounts(), 3), GROWN: 5}
    brokerage = Brokerage.generate(7, TODAY, held)
    assert all(len(brokerage.accounts[number].positions) >= 3 for number in held)  # more stay as seeded
    assert len(brokerage.accounts[GROWN].positions) == 5


def test_a_symbol_per_index() -> None:
    assert [held_stock_symbol(i) for i in (0, 1, 25, 26, 26**3 - 1)] == ["QAAA", "QAAB", "QAAZ", "QABA", "QZZZ"]
