"""The generated ETNA client, executed against a fake ETNA server built on httpx.MockTransport.

The fake answers with the vendor's published bodies (specs/etna/examples/) and checks what ETNA
checks: the app key on every call, the credentials on `/token`, the bearer token everywhere else.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from decimal import Decimal

import httpx
import pytest
from etna_client import AuthenticatedClient, Client
from etna_client.api.authentication import request_token
from etna_client.api.balances import get_account_balance_info
from etna_client.api.history import get_account_history, get_orders, get_transactions
from etna_client.api.positions import get_position_groups, get_positions, get_positions_by_symbol
from etna_client.models import (
    AccountBalanceInfo,
    ApiVersion,
    ApiVersionErrorBody,
    AppKeyErrorBody,
    ExecutionInstruction,
    MessageErrorBody,
    OrderPage,
    OrderStatus,
    Position,
    PositionGroup,
    PositionPage,
    PositionSortField,
    ServerErrorBody,
    TokenExpecting,
    TokenFailed,
    TokenSucceeded,
    TransactionPage,
    TransactionSortField,
    ValidationErrorBody,
)
from etna_client.types import UNSET

from scripts.specs import SPECS_DIR

from .sdk_support import error_body

EXAMPLES = SPECS_DIR / "etna" / "examples"
BASE_URL = "https://pub-api-et-demo-prod.etnasoft.us/api"
APP_KEY = "demo-app-key"
USERNAME, PASSWORD, PIN = "demo_user", "demo_password", "1234"
TOKEN = json.loads((EXAMPLES / "token_200_docs.json").read_bytes())["Token"]
PROVISIONAL = json.loads((EXAMPLES / "token_202_expecting_syntax.json").read_bytes())["Token"]

Handler = Callable[[httpx.Request], httpx.Response]


def _body(status: int, name: str) -> httpx.Response:
    return _raw(status, (EXAMPLES / name).read_bytes())


def _raw(status: int, content: bytes) -> httpx.Response:
    return httpx.Response(status, content=content, headers={"Content-Type": "application/json; charset=utf-8"})


def _sent(value: object) -> Decimal:
    """An amount the body carried: every key of the balance map is optional, so narrow it first."""
    assert isinstance(value, Decimal), value
    return value


class FakeEtna:
    """Just enough of ETNA's authentication to drive the client, answering with published bodies."""

    def __init__(
        self,
        routes: dict[str, Handler] | None = None,
        *,
        pin_required: bool = False,
        login_failure: str = "token_401_invalid_credentials_docs.json",
    ) -> None:
        self.routes = routes or {}
        self.pin_required = pin_required
        self.login_failure = login_failure
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if request.headers.get("Et-App-Key") != APP_KEY:
            return _body(403, "error_app_key_not_defined.json")
        if request.url.path == "/api/token":
            return self._token(request)
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return _body(401, "error_401_authorization_denied.json")
        route = self.routes.get(request.url.path)
        if route is None:
            return _body(404, "error_404_history_missing_query_params.json")
        return route(request)

    def _token(self, request: httpx.Request) -> httpx.Response:
        assert request.method == "POST" and request.content == b"", "credentials travel in headers, no body"
        if (request.headers.get("Username"), request.headers.get("Password")) != (USERNAME, PASSWORD):
            return _body(401, self.login_failure)
        if not self.pin_required:
            return _body(200, "token_200_docs.json")
        if request.headers.get("Authorization") != f"Bearer {PROVISIONAL}":
            return _body(202, "token_202_expecting_syntax.json")
        if request.headers.get("PinCode") != PIN:
            return _body(401, "token_401_failed_syntax.json")
        return _body(200, "token_200_docs.json")

    def client(self) -> Client:
        return Client(base_url=BASE_URL, max_retries=0, httpx_args={"transport": httpx.MockTransport(self)})

    def authenticated(self, token: str = TOKEN, app_key: str = APP_KEY) -> AuthenticatedClient:
        return AuthenticatedClient(
            base_url=BASE_URL,
            token=token,
            headers={"Et-App-Key": app_key},
            max_retries=0,
            httpx_args={"transport": httpx.MockTransport(self)},
        )


def _serve(name: str, status: int = 200) -> Handler:
    return lambda _request: _body(status, name)


def _positions(client: AuthenticatedClient, page_size: int, sort_field: PositionSortField, desc: bool) -> object:
    """The first page of account 6303's positions, as the generated client returns it."""
    return get_positions.sync(
        version=ApiVersion.V1_0,
        account_id=6303,
        client=client,
        page_number=0,
        page_size=page_size,
        sort_field=sort_field,
        desc=desc,
    )


def _balance_with_extra_key() -> bytes:
    """The 2019 balance map plus a key the contract does not describe, sent with trailing zeros."""
    raw = (EXAMPLES / "account_info_200_legacy_2019.json").read_bytes().rstrip()
    assert raw.endswith(b"}")
    return raw[:-1].rstrip() + b',\n    "marginEquity": 1084543.57000000\n}'


def test_token_then_balance_with_both_auth_headers() -> None:
    fake = FakeEtna({"/api/v1.0/accounts/6303/info": lambda _r: _raw(200, _balance_with_extra_key())})
    with fake.client() as anonymous:
        issued = request_token.sync(client=anonymous, et_app_key=APP_KEY, username=USERNAME, password=PASSWORD)
    assert isinstance(issued, TokenSucceeded)
    assert issued.token == TOKEN
    token_request = fake.seen[0]
    assert (token_request.method, token_request.url.path) == ("POST", "/api/token")
    assert token_request.headers["Et-App-Key"] == APP_KEY
    assert token_request.headers["Username"] == USERNAME and token_request.headers["Password"] == PASSWORD
    assert "Authorization" not in token_request.headers

    with fake.authenticated(token=issued.token) as client:
        info = get_account_balance_info.sync(version=ApiVersion.V1_0, account_id=6303, client=client)
    call = fake.seen[1]
    assert call.url.path == "/api/v1.0/accounts/6303/info"
    assert call.headers["Authorization"] == f"Bearer {TOKEN}"
    assert call.headers["Et-App-Key"] == APP_KEY
    assert isinstance(info, AccountBalanceInfo)
    assert str(info.change_percent) == "-0.05700775140829844330933239"
    assert info.equity_total == _sent(info.cash) + _sent(info.market_value)
    assert info.open_pl_day is UNSET
    extra = info.additional_properties["marginEquity"]
    assert isinstance(extra, Decimal) and str(extra) == "1084543.57000000"


def test_two_step_token_with_pin() -> None:
    fake = FakeEtna(pin_required=True)
    with fake.client() as anonymous:
        step = request_token.sync(client=anonymous, et_app_key=APP_KEY, username=USERNAME, password=PASSWORD)
    assert isinstance(step, TokenExpecting)
    assert (step.state, step.step, step.token) == ("Expecting", "SecutityPin", PROVISIONAL)
    with fake.authenticated(token=step.token) as provisional:
        wrong = error_body(
            lambda: request_token.sync(
                client=provisional, et_app_key=APP_KEY, username=USERNAME, password=PASSWORD, pin_code="0000"
            ),
            401,
        )
        issued = request_token.sync(
            client=provisional, et_app_key=APP_KEY, username=USERNAME, password=PASSWORD, pin_code=PIN
        )
    assert isinstance(wrong, TokenFailed) and (wrong.step, wrong.reason) == ("SecutityPin", "Invalid pin")
    assert isinstance(issued, TokenSucceeded) and issued.token == TOKEN
    assert fake.seen[-1].headers["PinCode"] == PIN


def test_rejected_credentials_and_app_key_come_back_typed() -> None:
    fake = FakeEtna()
    with fake.client() as anonymous:
        failed = error_body(
            lambda: request_token.sync(client=anonymous, et_app_key=APP_KEY, username=USERNAME, password="nope"), 401
        )
        no_app = error_body(
            lambda: request_token.sync(client=anonymous, et_app_key="other", username=USERNAME, password=PASSWORD),
            403,
        )
    assert isinstance(failed, TokenFailed)
    assert (failed.state, failed.step, failed.reason) == ("Failed", "BaseAuthentication", "Invalid credentials")
    assert isinstance(no_app, AppKeyErrorBody)
    assert no_app.error == "Application key is not defined or does not exist"


@pytest.mark.parametrize(
    ("token", "app_key", "expected", "status"),
    [("stale", APP_KEY, MessageErrorBody, 401), (TOKEN, "other", AppKeyErrorBody, 403)],
    ids=["wrong-token", "wrong-app-key"],
)
def test_calls_without_both_headers_get_the_vendor_error(
    token: str, app_key: str, expected: type[object], status: int
) -> None:
    fake = FakeEtna({"/api/v1.0/accounts/6303/info": _serve("account_info_200_legacy_2019.json")})
    with fake.authenticated(token=token, app_key=app_key) as client:
        body = error_body(
            lambda: get_account_balance_info.sync_detailed(version=ApiVersion.V1_0, account_id=6303, client=client),
            status,
        )
    assert isinstance(body, expected)


def test_positions_send_the_paging_parameters_and_accept_the_bare_array() -> None:
    fake = FakeEtna({"/api/v1.0/accounts/6303/positions": _serve("positions_200_docs_bare_array.json")})
    with fake.authenticated() as client:
        result = _positions(client, 10, PositionSortField.ID, desc=True)
    assert dict(fake.seen[0].url.params) == {"pageNumber": "0", "pageSize": "10", "sortField": "Id", "desc": "true"}
    assert isinstance(result, list) and len(result) == 1
    position = result[0]
    assert isinstance(position, Position)
    assert position.cost_basis == position.average_open_price * position.quantity * position.contract_size
    assert str(position.average_open_price) == "156.57"
    assert position.create_date == datetime.datetime(2019, 1, 22, 14, 30, 3, 732857, tzinfo=datetime.UTC)


def test_positions_page_wrapper() -> None:
    items = (EXAMPLES / "positions_200_docs_bare_array.json").read_bytes()
    page = b'{"Result": ' + items + b', "NextPageLink": "", "PreviousPageLink": "", "TotalCount": 1}'
    fake = FakeEtna({"/api/v1.0/accounts/6303/positions": lambda _r: _raw(200, page)})
    with fake.authenticated() as client:
        result = _positions(client, 99, PositionSortField.MARKET_VALUE_EOD, desc=False)
    assert isinstance(result, PositionPage)
    assert (result.total_count, result.next_page_link, result.previous_page_link) == (1, "", "")
    assert str(result.result[0].market_value_eod) == "645.19"


def test_positions_of_2019_without_market_value_eod() -> None:
    """The 2019 page's bare array: no MarketValueEOD, which the 1.x client required (KeyError)."""
    fake = FakeEtna({"/api/v1.0/accounts/6303/positions": _serve("positions_200_legacy_2019_bare_array.json")})
    with fake.authenticated() as client:
        result = _positions(client, 10, PositionSortField.UNREALIZED_PROFIT_LOSS, desc=True)
    assert fake.seen[0].url.params["sortField"] == "UnrealizedProfitLoss"
    assert isinstance(result, list)
    [position] = result
    assert isinstance(position, Position) and position.market_value_eod is UNSET
    assert str(position.daily_cost_basis) == "25414.5" and str(position.cost_basis) == "23485.5"
    assert position.security_type == "CommonStock"


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        (
            b', "NextPageLink": "/v1.0/accounts/6303/positions?pageNumber=1&pageSize=1", "PreviousPageLink": null',
            ("/v1.0/accounts/6303/positions?pageNumber=1&pageSize=1", None),
        ),
        (b"", (UNSET, UNSET)),
    ],
    ids=["relative-and-null", "left-out"],
)
def test_page_links_relative_null_or_absent(links: bytes, expected: tuple[object, object]) -> None:
    items = (EXAMPLES / "positions_200_docs_bare_array.json").read_bytes()
    page = b'{"Result": ' + items + links + b', "TotalCount": 2}'
    fake = FakeEtna({"/api/v1.0/accounts/6303/positions": lambda _r: _raw(200, page)})
    with fake.authenticated() as client:
        result = _positions(client, 1, PositionSortField.ID, desc=False)
    assert isinstance(result, PositionPage)
    assert (result.next_page_link, result.previous_page_link) == expected
    assert result.total_count == 2 and str(result.result[0].market_value_eod) == "645.19"


def test_balance_maps_of_2023_and_empty() -> None:
    fake = FakeEtna(
        {
            "/api/v1.0/accounts/6303/info": _serve("account_info_200_docs_2023.json"),
            "/api/v1.0/accounts/6304/info": lambda _r: _raw(200, b"{}"),
        }
    )
    with fake.authenticated() as client:
        current = get_account_balance_info.sync(version=ApiVersion.V1_0, account_id=6303, client=client)
        empty = get_account_balance_info.sync(version=ApiVersion.V1_0, account_id=6304, client=client)
    assert isinstance(current, AccountBalanceInfo) and isinstance(empty, AccountBalanceInfo)
    assert current.total_pl == _sent(current.open_pl) + _sent(current.close_pl) == Decimal(0)
    assert current.day_trading_buying_power == 4 * _sent(current.excess) == Decimal(400000)
    assert current.open_pl_percent == 0 and current.additional_properties == {}
    assert empty.cash is UNSET and empty.equity_total is UNSET and empty.additional_properties == {}


def test_group_names_outside_the_documented_list() -> None:
    groups = b'[{"Name": "Options", "MarketValue": -996.5}, {"Name": "StructuredProducts", "MarketValue": 12.50}]'
    fake = FakeEtna({"/api/v1.0/accounts/6303/positions/groups": lambda _r: _raw(200, groups)})
    with fake.authenticated() as client:
        result = get_position_groups.sync(version=ApiVersion.V1_0, account_id=6303, client=client)
    assert isinstance(result, list) and all(isinstance(g, PositionGroup) for g in result)
    assert [(g.name, str(g.market_value)) for g in result] == [("Options", "-996.5"), ("StructuredProducts", "12.50")]


def test_error_bodies_without_step_or_error() -> None:
    fake = FakeEtna({"/api/v1.0/accounts/6303/positions": _serve("error_500_without_error_autoshares.json", 500)})
    fake_token = FakeEtna(login_failure="token_401_without_step_autoshares.json")  # AutoShares' body
    with fake_token.client() as anonymous:
        failed = error_body(
            lambda: request_token.sync(client=anonymous, et_app_key=APP_KEY, username=USERNAME, password="nope"), 401
        )
    assert isinstance(failed, TokenFailed)
    assert (failed.state, failed.step, failed.reason) == ("Failed", UNSET, "Invalid credentials")
    with fake.authenticated() as client:
        server = error_body(lambda: _positions(client, 1, PositionSortField.ID, desc=False), 500)
    assert isinstance(server, ServerErrorBody) and server.error is UNSET
    assert server.message == "An error occurred while processing your request"


def test_second_token_step_can_send_the_provisional_token_as_a_header() -> None:
    """The swaggers list `Authorization` as an optional `/token` header; the client declares it."""
    fake = FakeEtna(pin_required=True)
    with fake.client() as anonymous:
        issued = request_token.sync(
            client=anonymous,
            et_app_key=APP_KEY,
            username=USERNAME,
            password=PASSWORD,
            authorization=f"Bearer {PROVISIONAL}",
            pin_code=PIN,
        )
    assert isinstance(issued, TokenSucceeded) and issued.token == TOKEN
    assert fake.seen[-1].headers["Authorization"] == f"Bearer {PROVISIONAL}"


def test_orders_page_with_integer_enum_and_sentinel_dates() -> None:
    fake = FakeEtna({"/api/v1.0/accounts/6303/orders": _serve("orders_200_docs.json")})
    with fake.authenticated() as client:
        result = get_orders.sync(version=ApiVersion.V1_0, account_id=6303, client=client, page_number=0, page_size=2)
    assert dict(fake.seen[0].url.params) == {"pageNumber": "0", "pageSize": "2"}
    assert isinstance(result, OrderPage)
    assert result.total_count == 5 and result.previous_page_link == ""
    assert (
        result.next_page_link
        == "https://pub-api-trader-demo-prod.etnasoft.us/api/v1.0/accounts/6303/orders?pageNumber=1&pageSize=2"
    )
    filled, expired = result.result
    assert filled.exec_inst is ExecutionInstruction.ALL_OR_NONE
    assert expired.exec_inst == 0 and not isinstance(expired.exec_inst, ExecutionInstruction)
    assert expired.status is OrderStatus.DONE_FOR_DAY
    assert filled.sett_date == datetime.datetime(1, 1, 1, tzinfo=datetime.UTC)
    assert filled.parent_id == -1 and filled.legs == []
    assert str(filled.average_price) == "156.57"


def test_transactions_mark_cash_movements_with_sentinels() -> None:
    fake = FakeEtna({"/api/v1.0/accounts/6303/transactions": _serve("transactions_200_docs.json")})
    with fake.authenticated() as client:
        result = get_transactions.sync(
            version=ApiVersion.V1_0,
            account_id=6303,
            client=client,
            page_number=0,
            page_size=10,
            sort_by=TransactionSortField.QUANTITY,
            is_desc=True,
        )
    assert dict(fake.seen[0].url.params) == {
        "pageNumber": "0",
        "pageSize": "10",
        "sortBy": "Quantity",
        "isDesc": "true",
    }
    assert isinstance(result, TransactionPage)
    buy, deposit, commission = result.result
    assert (deposit.security_id, deposit.order_state_id, deposit.fee) == (-1, 0, UNSET)
    assert deposit.value == Decimal(1000000) and deposit.description == "Initial deposit"
    assert buy.order_state_id == commission.order_state_id == 168831
    assert buy.value + commission.value == Decimal("-23489.25")


@pytest.mark.parametrize(
    ("body", "status", "expected"),
    [
        ("error_400_info_at_me_modelstate.json", 400, ValidationErrorBody),
        ("error_400_info_at_me_legacy_2019.json", 400, MessageErrorBody),
        ("error_500_user_id_instead_of_account_id.json", 500, ServerErrorBody),
        ("error_404_transactions_missing_query_params.json", 404, ApiVersionErrorBody),
        ("error_404_history_missing_query_params.json", 404, MessageErrorBody),
    ],
)
def test_error_shapes_come_back_typed(body: str, status: int, expected: type[object]) -> None:
    fake = FakeEtna({"/api/v1.0/accounts/6303/history": _serve(body, status)})
    with fake.authenticated() as client:
        result = error_body(
            lambda: get_account_history.sync(
                version=ApiVersion.V1_0,
                account_id=6303,
                client=client,
                start_date=datetime.datetime(2019, 1, 14, tzinfo=datetime.UTC),
                end_date=datetime.datetime(2019, 2, 1, tzinfo=datetime.UTC),
                step=1,
            ),
            status,
        )
    assert isinstance(result, expected)
    if isinstance(result, ValidationErrorBody):
        assert result.model_state["accountId"] == ["The value '@me' is not valid for Int32."]
    if isinstance(result, ApiVersionErrorBody):
        assert result.error.code == "UnsupportedApiVersion"


def test_history_and_symbol_lookup() -> None:
    fake = FakeEtna(
        {
            "/api/v1.0/accounts/6303/history": _serve("account_history_200_legacy_2019.json"),
            "/api/v1.0/accounts/6303/positions/BRK.B": _serve("positions_by_symbol_200_docs.json"),
        }
    )
    with fake.authenticated() as client:
        history = get_account_history.sync(
            version=ApiVersion.V1_0,
            account_id=6303,
            client=client,
            start_date=datetime.datetime(2019, 1, 14, tzinfo=datetime.UTC),
            end_date=datetime.datetime(2019, 2, 1, tzinfo=datetime.UTC),
            step=1,
        )
        positions = get_positions_by_symbol.sync(
            version=ApiVersion.V1_0, account_id=6303, symbol="BRK.B", client=client
        )
    assert fake.seen[0].url.params["startDate"] == "2019-01-14T00:00:00+00:00"
    assert isinstance(history, list) and len(history) == 14
    assert str(history[5].value) == "999534.25"
    assert history[5].date == datetime.datetime(2019, 1, 22, tzinfo=datetime.UTC)
    assert isinstance(positions, list) and str(positions[0].daily_cost_basis) == "25422"
