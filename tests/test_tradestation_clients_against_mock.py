"""Both generated TradeStation clients call every operation of the running mock and get typed results."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
import tradestation_v2_client
import tradestation_v3_client
from tradestation_v2_client.api.accounts import get_user_accounts
from tradestation_v2_client.api.balances import get_balances as v2_balances
from tradestation_v2_client.api.order_history import get_orders
from tradestation_v2_client.api.positions import get_positions as v2_positions
from tradestation_v2_client.models import (
    AccountInfo,
    AccountType,
    ApiVersion,
    EquityAccount,
    Error,
    ForexAccount,
    ForexCurrencyDetail,
    FuturesAccount,
    FuturesCurrencyDetail,
    OrderDetail,
    Position,
)
from tradestation_v3_client.api.accounts import get_accounts
from tradestation_v3_client.api.balances import get_balances as v3_balances
from tradestation_v3_client.api.balances import get_bod_balances
from tradestation_v3_client.api.order_history import get_historical_orders, get_historical_orders_by_id
from tradestation_v3_client.api.positions import get_positions as v3_positions
from tradestation_v3_client.models import (
    AccountsResponse,
    BalancesResponse,
    BODBalancesResponse,
    CurrencyDetail,
    EquityAccountDetail,
    ErrorResponse,
    HistoricalOrder,
    HistoricalOrdersByIdResponse,
    HistoricalOrdersResponse,
    OrderError,
    PositionDirection,
    PositionsResponse,
)
from tradestation_v3_client.types import UNSET, Unset

from broker_contracts_mock.process import RunningMock

from .sdk_support import error_body

V2_BATCH = "119816,119822,119823"
V3_BATCH = "3119816,3119822,FX3119823"
SINCE = "2026-08-22"


@pytest.fixture
def v2(broker_mock: RunningMock) -> Iterator[tradestation_v2_client.AuthenticatedClient]:
    """A v2 client of the running mock whose brokerage starts from the seeded data."""
    url = broker_mock.vendors["tradestation-v2"].base_url
    with tradestation_v2_client.AuthenticatedClient(base_url=url, token=broker_mock.token) as client:
        yield client


@pytest.fixture
def v3(broker_mock: RunningMock) -> Iterator[tradestation_v3_client.AuthenticatedClient]:
    url = broker_mock.vendors["tradestation-v3"].base_url
    with tradestation_v3_client.AuthenticatedClient(base_url=url, token=broker_mock.token) as client:
        yield client


def test_v2_every_operation_returns_its_typed_models(v2: tradestation_v2_client.AuthenticatedClient) -> None:
    accounts = get_user_accounts.sync("testuser", client=v2)
    assert isinstance(accounts, list) and all(isinstance(a, AccountInfo) for a in accounts)
    assert {a.type_ for a in accounts} == set(AccountType)
    swagger = get_user_accounts.sync("testuser", client=v2, api_version=ApiVersion.V20160101)
    assert isinstance(swagger, list)
    assert {a.type_ for a in swagger} == set(AccountType) - {AccountType.FOREX}  # the Swagger's C M D F

    balances = v2_balances.sync(V2_BATCH, client=v2)
    assert isinstance(balances, list)
    margin, futures, forex = balances
    assert isinstance(margin, EquityAccount) and isinstance(forex, ForexAccount)
    assert isinstance(futures, FuturesAccount)
    [usd] = futures.currency_details
    assert isinstance(usd, FuturesCurrencyDetail) and usd.currency == "USD"
    assert usd.real_time_account_cash_balance == futures.real_time_account_balance
    assert (
        isinstance(usd.real_time_init_margin, Decimal) and usd.real_time_init_margin == futures.real_time_initial_margin
    )
    equity, cash, trade = futures.real_time_equity, futures.real_time_account_balance, futures.real_time_trade_equity
    assert equity is not None and cash is not None and trade is not None
    assert equity.as_tuple().exponent == -20  # .NET scale, kept
    assert equity == cash + trade
    assert all(isinstance(d, ForexCurrencyDetail) for d in forex.currency_details)
    eur = next(d for d in forex.currency_details if d.currency == "EUR")
    assert eur.real_time_unrealized_profit_loss is not None
    assert len(eur.real_time_unrealized_profit_loss.as_tuple().digits) == 28

    positions = v2_positions.sync(V2_BATCH, client=v2, filter_="Symbol eq 'ESZ26' or Symbol eq 'AAPL'")
    assert isinstance(positions, list) and all(isinstance(p, Position) for p in positions)
    assert sorted(str(p.symbol) for p in positions) == ["AAPL", "ESZ26"]

    orders = get_orders.sync("119820", client=v2, since="08-22-2026", page_size=4, page_num=1)
    assert isinstance(orders, list) and len(orders) == 6 and all(isinstance(o, OrderDetail) for o in orders)  # 2 + 4
    assert isinstance(orders[0].legs[0].exec_quantity, Decimal)


def test_v2_errors_raise_with_their_typed_bodies(
    broker_mock: RunningMock, v2: tradestation_v2_client.AuthenticatedClient
) -> None:
    unknown = error_body(lambda: v2_balances.sync("119816,999", client=v2), 404)
    assert isinstance(unknown, Error) and unknown.status_code == 404 and unknown.message == "Account Not Found: 999"
    invalid = error_body(lambda: v2_positions.sync("119816", client=v2, filter_="Symbol ne 'A'"), 400)
    assert isinstance(invalid, Error) and invalid.status_code == 400
    # A 403 is an `Error` in JSON (PermissionDeniedError), or the quota's HTML page (RateLimitError, its text).
    with pytest.raises(tradestation_v2_client.errors.PermissionDeniedError) as refused:
        get_orders.sync("119816", client=v2, since="01-02-2026")
    too_old = refused.value.body
    assert isinstance(too_old, Error) and "older than 90 day(s)" in too_old.message
    url = broker_mock.vendors["tradestation-v2"].base_url
    quota_page = {"Prefer": "code=403, example=QuotaExceeded"}
    asking = tradestation_v2_client.AuthenticatedClient(url, broker_mock.token, headers=quota_page, max_retries=0)
    with asking, pytest.raises(tradestation_v2_client.errors.RateLimitError) as quota:
        v2_balances.sync_detailed("119816", client=asking)
    assert quota.value.status_code == 403 and quota.value.body == "<html><body>Quota Exceeded</body></html>"
    with tradestation_v2_client.AuthenticatedClient(url, "wrong") as stranger:
        denied = error_body(lambda: v2_balances.sync("119816", client=stranger), 401)
    assert isinstance(denied, Error) and denied.status_code == 401


def test_v3_every_operation_returns_its_typed_models(v3: tradestation_v3_client.AuthenticatedClient) -> None:
    accounts = get_accounts.sync(client=v3)
    assert isinstance(accounts, AccountsResponse) and len(accounts.accounts) == 8
    assert {a.account_type for a in accounts.accounts} == {"Cash", "Margin", "DVP", "Futures"}
    futures_account = next(a for a in accounts.accounts if a.account_type == "Futures")
    assert futures_account.account_detail is UNSET
    assert all(
        isinstance(a.account_detail, EquityAccountDetail) for a in accounts.accounts if a.account_type == "Margin"
    )

    balances = v3_balances.sync(V3_BATCH, client=v3)
    assert isinstance(balances, BalancesResponse) and [b.account_id for b in balances.balances] == [
        "3119816",
        "3119822",
    ]
    assert not isinstance(balances.errors, Unset)
    assert [(e.account_id, e.error) for e in balances.errors] == [("FX3119823", "Forbidden")]
    futures = balances.balances[1]
    assert not isinstance(futures.currency_details, Unset)
    [usd] = futures.currency_details
    assert isinstance(usd, CurrencyDetail) and usd.cash_balance == futures.cash_balance

    bod = get_bod_balances.sync(V3_BATCH, client=v3)
    assert isinstance(bod, BODBalancesResponse) and len(bod.bod_balances) == 2

    positions = v3_positions.sync(V3_BATCH, client=v3, symbol="ES*")
    assert isinstance(positions, PositionsResponse)
    [es] = positions.positions
    assert es.symbol == "ESZ26" and (es.quantity < 0) == (es.long_short is PositionDirection.SHORT)

    walked, pages = [], 0
    token: str | Unset = UNSET
    while True:
        page = get_historical_orders.sync(V3_BATCH, client=v3, since=SINCE, page_size=9, next_token=token)
        assert isinstance(page, HistoricalOrdersResponse)
        walked += page.orders
        pages += 1
        if not isinstance(page.next_token, str) or not page.next_token:
            break
        token = page.next_token
    everything = get_historical_orders.sync(V3_BATCH, client=v3, since=SINCE)
    assert isinstance(everything, HistoricalOrdersResponse)
    assert [o.order_id for o in walked] == [o.order_id for o in everything.orders] and pages == -(-len(walked) // 9)


def test_v3_orders_by_id_come_back_typed(v3: tradestation_v3_client.AuthenticatedClient) -> None:
    """Found orders are `HistoricalOrder`s with exact decimals; an unknown id is an `OrderError` with
    its `OrderID`; a `since` too far back is a typed `ErrorResponse`."""
    listed = get_historical_orders.sync(V3_BATCH, client=v3, since=SINCE)
    assert isinstance(listed, HistoricalOrdersResponse)
    first, last = listed.orders[0], listed.orders[-1]
    found = get_historical_orders_by_id.sync(
        V3_BATCH, f"{last.order_id},424242,{first.order_id}", client=v3, since=SINCE
    )
    assert isinstance(found, HistoricalOrdersByIdResponse)
    assert all(isinstance(o, HistoricalOrder) for o in found.orders)
    assert [o.to_dict() for o in found.orders] == [last.to_dict(), first.to_dict()]
    assert all(isinstance(leg.quantity_ordered, Decimal) for o in found.orders for leg in o.legs)
    assert not isinstance(found.errors, Unset)
    [unknown] = found.errors
    assert isinstance(unknown, OrderError)
    assert (unknown.account_id, unknown.order_id, unknown.error) == (V3_BATCH, "424242", "NotFound")
    too_old = error_body(
        lambda: get_historical_orders_by_id.sync("3119816", "424242", client=v3, since="2026-01-02"), 400
    )
    assert isinstance(too_old, ErrorResponse) and too_old.error == "BadRequest"


def test_v3_errors_raise_with_their_typed_bodies(
    broker_mock: RunningMock, v3: tradestation_v3_client.AuthenticatedClient
) -> None:
    invalid = error_body(lambda: get_historical_orders.sync("3119816", client=v3, since="2026-01-02"), 400)
    assert isinstance(invalid, ErrorResponse) and invalid.error == "BadRequest"
    stale = error_body(
        lambda: get_historical_orders.sync("3119816", client=v3, since=SINCE, page_size=2, next_token="bm9wZQ"), 400
    )
    assert isinstance(stale, ErrorResponse) and "nextToken" in stale.message
    with tradestation_v3_client.AuthenticatedClient(
        base_url=broker_mock.vendors["tradestation-v3"].base_url, token="wrong"
    ) as stranger:
        denied = error_body(lambda: get_accounts.sync(client=stranger), 401)
    assert isinstance(denied, ErrorResponse) and denied.error == "Unauthorized"
    wrong_method = httpx.post(f"{broker_mock.vendors['tradestation-v3'].base_url}/v3/brokerage/accounts")
    assert wrong_method.status_code == 405 and wrong_method.headers["allow"] == "GET, HEAD"
