"""The generated Clear Street client calls every operation of the running mock and gets typed results."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest
from clear_street_client import AuthenticatedClient, errors
from clear_street_client.api.accounts import get_account_by_id, get_accounts
from clear_street_client.api.balances import get_account_balances
from clear_street_client.api.portfolio_history import get_portfolio_history
from clear_street_client.api.positions import close_position, close_positions, get_positions
from clear_street_client.models import (
    AccountBalancesResponse,
    AccountListResponse,
    AccountResponse,
    ClosePositionRequest,
    ErrorResponse,
    OrderListResponse,
    PortfolioHistoryResponse,
    PositionListResponse,
    PositionSortBy,
    SortDirection,
)

from broker_contracts_mock.process import RunningMock


@pytest.fixture
def client(broker_mock: RunningMock) -> Iterator[AuthenticatedClient]:
    """A client of the running mock whose brokerage starts from the seeded data."""
    clear_street = broker_mock.vendors["clear-street"]
    with AuthenticatedClient(base_url=clear_street.base_url, token=clear_street.token) as authenticated:
        yield authenticated


def test_every_operation_returns_its_typed_model(client: AuthenticatedClient) -> None:
    accounts = get_accounts.sync(client=client, page_size=2)
    assert isinstance(accounts, AccountListResponse) and len(accounts.data) == 2
    account = get_account_by_id.sync(19816, client=client)
    assert isinstance(account, AccountResponse) and account.data.id == 19816

    balances = get_account_balances.sync(19816, client=client, top_margin_contributors_limit=3)
    assert isinstance(balances, AccountBalancesResponse)
    assert isinstance(balances.data.equity, Decimal)
    assert balances.data.equity == balances.data.trade_cash + balances.data.long_market_value - Decimal(
        str(balances.data.short_market_value)
    )

    positions = get_positions.sync(
        19816, client=client, sort_by=PositionSortBy.MARKET_VALUE, sort_direction=SortDirection.DESC
    )
    assert isinstance(positions, PositionListResponse)
    values = [p.market_value for p in positions.data]
    assert values == sorted(values, reverse=True)

    history = get_portfolio_history.sync(19816, client=client, start_date=date(2026, 11, 16))
    assert isinstance(history, PortfolioHistoryResponse) and len(history.data.segments) == 5

    closed = close_position.sync(19816, "AAPL", client=client, body=ClosePositionRequest(cancel_orders=False))
    assert isinstance(closed, OrderListResponse) and closed.data[0].symbol == "AAPL"
    flattened = close_positions.sync(19816, client=client)
    assert isinstance(flattened, OrderListResponse) and len(flattened.data) == 5


def test_error_statuses_raise_their_class_with_the_typed_error_model(client: AuthenticatedClient) -> None:
    cases: list[tuple[Callable[[], object], type[errors.APIStatusError], int]] = [
        (lambda: get_account_balances.sync(1, client=client), errors.NotFoundError, 404),
        (lambda: close_positions.sync(19820, client=client), errors.ConflictError, 409),
        (lambda: get_accounts.sync_detailed(client=client, page_token="not-a-token"), errors.BadRequestError, 400),
    ]
    with AuthenticatedClient(base_url=str(client._base_url), token="wrong") as stranger:
        cases.append((lambda: get_account_balances.sync(19816, client=stranger), errors.AuthenticationError, 401))
        for call, kind, status in cases:
            with pytest.raises(kind) as raised:
                call()
            body = raised.value.body
            assert raised.value.status_code == status
            assert isinstance(body, ErrorResponse) and body.error.code == status
            assert raised.value.request_id == body.metadata.request_id


def test_instrument_ids_the_client_sends_comma_joined_are_each_matched(client: AuthenticatedClient) -> None:
    """The client joins the array with commas and httpx sends them percent-encoded (`AAPL%2CTSLA`), as the
    vendor's own SDK does: the mock splits that as the vendor's server does."""
    positions = get_positions.sync(19816, client=client, instrument_ids=["AAPL", "TSLA"])
    assert isinstance(positions, PositionListResponse)
    assert [position.symbol for position in positions.data] == ["AAPL", "TSLA"]
