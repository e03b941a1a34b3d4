"""The generated ETNA client against the running mock: a token from `/token`, then every operation with
typed results, and ETNA's errors as the typed error models."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from etna_client import AuthenticatedClient, Client, errors
from etna_client.api.accounts import get_user_accounts, get_user_info
from etna_client.api.authentication import request_token
from etna_client.api.balances import get_account_balance_info
from etna_client.api.history import get_account_history, get_orders, get_transactions
from etna_client.api.positions import get_position_groups, get_positions, get_positions_by_symbol
from etna_client.models import (
    AccountBalanceInfo,
    AccountMarginType,
    AccountValueItem,
    ApiVersion,
    AppKeyErrorBody,
    ExecutionInstruction,
    MessageErrorBody,
    OrderPage,
    OrderSortField,
    OrderStatus,
    Position,
    PositionGroup,
    PositionPage,
    PositionSortField,
    ServerErrorBody,
    TokenFailed,
    TokenSucceeded,
    TransactionPage,
    TransactionSortField,
    TransactionType,
    UserAccount,
    UserInfo,
    ValidationErrorBody,
)

from broker_contracts_mock.access import Login, VendorAccess
from broker_contracts_mock.process import RunningMock

from .sdk_support import error_body

V1 = ApiVersion.V1_0


def _login(etna: VendorAccess) -> Login:
    assert etna.login is not None, "the mock names ETNA's token endpoint and the login it accepts"
    return etna.login


def _token(etna: VendorAccess, app_key: str | None = None, password: str | None = None) -> object:
    """The token body, or the body of the error the request raised."""
    login = _login(etna)
    with Client(base_url=etna.base_url) as anonymous:
        try:
            return request_token.sync(
                client=anonymous,
                et_app_key=app_key or etna.api_keys["Et-App-Key"],
                username=login.username,
                password=password or login.password,
            )
        except errors.APIStatusError as error:
            return error.body


def _sent(value: object) -> Decimal:
    """An amount the body carried: every key of the balance map is optional, so narrow it first."""
    assert isinstance(value, Decimal), value
    return value


@pytest.fixture
def etna(broker_mock: RunningMock) -> VendorAccess:
    return broker_mock.vendors["etna"]


@pytest.fixture
def client(etna: VendorAccess) -> Iterator[AuthenticatedClient]:
    """A client holding a token the mock issued to the default login (a fresh brokerage of its own)."""
    issued = _token(etna)
    assert isinstance(issued, TokenSucceeded) and issued.state == "Succeeded"
    with AuthenticatedClient(base_url=etna.base_url, token=issued.token, headers=dict(etna.api_keys)) as authenticated:
        yield authenticated


def test_every_operation_returns_its_typed_model(client: AuthenticatedClient, etna: VendorAccess) -> None:
    me = get_user_info.sync(V1, "@me", client=client)
    assert isinstance(me, UserInfo) and me.login == _login(etna).username and isinstance(me.user_id, int)
    assert get_user_info.sync(V1, str(me.user_id), client=client) == me  # the numeric id an int32 path needs
    accounts = get_user_accounts.sync(V1, str(me.user_id), client=client)
    assert isinstance(accounts, list) and all(isinstance(a, UserAccount) for a in accounts)
    margin = accounts[0]
    assert (margin.id, margin.margin_type, margin.enabled) == (19816, AccountMarginType.MARGIN, True)
    assert margin.owners and margin.owners[0] == me

    info = get_account_balance_info.sync(V1, 19816, client=client)
    assert isinstance(info, AccountBalanceInfo)
    equity, change = _sent(info.equity_total), _sent(info.change_absolute)  # the mock sends every key
    assert equity == _sent(info.cash) + _sent(info.market_value)
    expected_percent = change / (equity - change) * 100
    assert abs(_sent(info.change_percent) - expected_percent) < Decimal("1e-24")  # every digit reached the client
    assert get_account_balance_info.sync(ApiVersion.V1, 19816, client=client) == info  # swagger-2019's `v1`

    first = get_positions.sync(
        V1, 19816, client=client, page_number=0, page_size=4, sort_field=PositionSortField.MARKET_VALUE_EOD, desc=True
    )
    assert isinstance(first, PositionPage) and first.total_count == 6 and first.previous_page_link == ""
    assert isinstance(first.next_page_link, str) and first.next_page_link.startswith(str(client._base_url))
    second = get_positions.sync(
        V1, 19816, client=client, page_number=1, page_size=4, sort_field=PositionSortField.MARKET_VALUE_EOD, desc=True
    )
    assert isinstance(second, PositionPage) and second.next_page_link == ""
    values = [_sent(p.market_value_eod) for p in [*first.result, *second.result]]
    assert len(values) == 6 and values == sorted(values, reverse=True)

    by_symbol = get_positions_by_symbol.sync(V1, 19816, "AAPL", client=client)
    assert isinstance(by_symbol, list)
    [apple] = by_symbol
    assert isinstance(apple, Position) and apple.security_type == "CommonStock"
    assert apple.cost_basis == apple.average_open_price * apple.quantity

    groups = get_position_groups.sync(V1, 19816, client=client)
    assert isinstance(groups, list) and all(isinstance(g, PositionGroup) for g in groups)
    assert [g.name for g in groups] == ["Options", "Equity", "Cash"]
    assert sum((g.market_value for g in groups), Decimal(0)) == info.equity_total

    history = get_account_history.sync(
        V1,
        19816,
        client=client,
        start_date=datetime(2026, 11, 16, tzinfo=UTC),
        end_date=datetime(2026, 11, 20, tzinfo=UTC),
        step=1,
    )
    assert isinstance(history, list) and all(isinstance(h, AccountValueItem) for h in history)
    assert [h.date.day for h in history] == [16, 17, 18, 19, 20] and history[-1].value == info.equity_total

    payments = get_transactions.sync(
        V1,
        19816,
        client=client,
        page_number=0,
        page_size=10,
        sort_by=TransactionSortField.DATE,
        is_desc=True,
        filter_="Type = 'Payment'",
    )
    assert isinstance(payments, TransactionPage) and payments.total_count == len(payments.result) >= 2
    assert [t.date for t in payments.result] == sorted((t.date for t in payments.result), reverse=True)
    assert {t.type_ for t in payments.result} == {TransactionType.PAYMENT}
    assert {t.security_id for t in payments.result} == {-1}

    orders = get_orders.sync(
        V1, 19820, client=client, page_number=0, page_size=100, sort_field=OrderSortField.CREATE_DATE, desc=True
    )
    assert isinstance(orders, OrderPage) and orders.total_count == len(orders.result) == 14
    assert orders.result[0].status is OrderStatus.NEW and orders.result[0].exec_inst is ExecutionInstruction.NONE
    assert all(o.parent_id == -1 for o in orders.result)
    [spread] = [o for o in orders.result if o.legs]  # a cancelled two-leg option order
    assert isinstance(spread.legs, list) and spread.status is OrderStatus.CANCELED
    assert [leg.parent_id for leg in spread.legs] == [spread.id, spread.id]


def test_token_errors_come_back_typed(etna: VendorAccess) -> None:
    failed = _token(etna, password="wrong")
    assert isinstance(failed, TokenFailed) and (failed.step, failed.reason) == (
        "BaseAuthentication",
        "Invalid credentials",
    )
    no_app = _token(etna, app_key="another-app")
    assert isinstance(no_app, AppKeyErrorBody) and no_app.error == "Application key is not defined or does not exist"


def test_error_statuses_come_back_as_the_typed_error_models(client: AuthenticatedClient, etna: VendorAccess) -> None:
    with AuthenticatedClient(base_url=etna.base_url, token=client.token, headers={"Et-App-Key": "other"}) as wrong_key:
        forbidden = error_body(lambda: get_account_balance_info.sync_detailed(V1, 19816, client=wrong_key), 403)
    assert isinstance(forbidden, AppKeyErrorBody)
    with AuthenticatedClient(base_url=etna.base_url, token="stale", headers=dict(etna.api_keys)) as stale:
        denied = error_body(lambda: get_account_balance_info.sync_detailed(V1, 19816, client=stale), 401)
    assert isinstance(denied, MessageErrorBody)

    stranger = error_body(lambda: get_account_balance_info.sync_detailed(V1, 19822, client=client), 401)
    assert isinstance(stranger, MessageErrorBody)
    invalid_user = error_body(lambda: get_user_accounts.sync_detailed(V1, "abc", client=client), 400)
    assert isinstance(invalid_user, ValidationErrorBody)
    assert invalid_user.model_state["userId"] == ["The value 'abc' is not valid for userId."]
    bad_filter = error_body(
        lambda: get_orders.sync_detailed(V1, 19816, client=client, page_number=0, page_size=5, filter_="Nope = 1"),
        400,
    )
    assert isinstance(bad_filter, ValidationErrorBody)
    too_small = error_body(
        lambda: get_positions.sync_detailed(
            V1, 19816, client=client, page_number=0, page_size=0, sort_field=PositionSortField.ID, desc=False
        ),
        400,
    )
    assert isinstance(too_small, ValidationErrorBody)
    beyond_advice = get_positions.sync(
        V1, 19816, client=client, page_number=0, page_size=100, sort_field=PositionSortField.CUSIP, desc=False
    )
    assert isinstance(beyond_advice, PositionPage) and beyond_advice.total_count == len(beyond_advice.result) == 6

    accounts = get_user_accounts.sync(V1, "@me", client=client)
    assert isinstance(accounts, list) and accounts[0].owners
    user_id = accounts[0].owners[0].user_id
    server_error = error_body(
        lambda: get_orders.sync_detailed(V1, user_id, client=client, page_number=0, page_size=5, max_retries=0), 500
    )
    assert isinstance(server_error, ServerErrorBody)
    assert server_error.error == "Unexpected server error"
