"""The generated Tradier client, executed against Tradier's wire forms (no server: an httpx mock transport)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from tradier_client import AuthenticatedClient, errors
from tradier_client.api.balances import get_account_balances
from tradier_client.api.gainloss import get_account_gain_loss
from tradier_client.api.history import get_account_history
from tradier_client.api.positions import get_account_positions
from tradier_client.api.user import get_user_profile
from tradier_client.models import (
    AchEvent,
    AdjustmentEvent,
    BalancesResponse,
    CashAccountBalances,
    CheckEvent,
    ClosedPosition,
    DividendEvent,
    EventDetail,
    FaultDetail,
    FeeEvent,
    GainLossResponse,
    GainLossSortBy,
    HistoryEventType,
    HistoryResponse,
    InterestEvent,
    JournalEvent,
    MarginAccountBalances,
    OptionDetail,
    OptionEvent,
    PdtAccountBalances,
    Position,
    PositionsResponse,
    ProfileAccount,
    ProfileResponse,
    SortDirection,
    TaxEvent,
    TradeDetail,
    TradeEvent,
    TradierErrors,
    TradierFault,
    TransferEvent,
    WireEvent,
)
from tradier_client.types import UNSET

from .tradier_wire import (
    COLLECTION_FORMS,
    DOCS_TOTAL_EQUITY,
    UNHOLDABLE,
    balances,
    example_body,
    published,
    with_unholdable_total_equity,
)

BASE_URL = "https://sandbox.tradier.com"
EVENT_TYPES = (
    TradeEvent,
    OptionEvent,
    AchEvent,
    WireEvent,
    DividendEvent,
    FeeEvent,
    TaxEvent,
    JournalEvent,
    CheckEvent,
    TransferEvent,
    AdjustmentEvent,
    InterestEvent,
)
ITEM_TYPES: dict[str, type | tuple[type, ...]] = {
    "positions": Position,
    "history": EVENT_TYPES,
    "gainloss": ClosedPosition,
}


def _client(body: bytes, status: int = 200, seen: list[httpx.Request] | None = None) -> AuthenticatedClient:
    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

    transport = httpx.MockTransport(answer)
    return AuthenticatedClient(base_url=BASE_URL, token="token", max_retries=0, httpx_args={"transport": transport})


def _call(operation_id: str, body: bytes, status: int = 200, **params: Any) -> Any:
    modules: dict[str, Any] = {
        "get_user_profile": get_user_profile,
        "get_account_balances": get_account_balances,
        "get_account_positions": get_account_positions,
        "get_account_history": get_account_history,
        "get_account_gain_loss": get_account_gain_loss,
    }
    if operation_id != "get_user_profile":
        params.setdefault("account_id", "VA00000000")
    with _client(body, status) as client:
        return modules[operation_id].sync(client=client, **params)


OPERATIONS: list[tuple[Callable[..., Any], dict[str, Any], str, bytes, type]] = [
    (get_user_profile.sync, {}, "/v1/user/profile", published("docs_user_profile_multi.json"), ProfileResponse),
    (
        get_account_balances.sync,
        {"account_id": "6YA05782"},
        "/v1/accounts/6YA05782/balances",
        balances("cash"),
        BalancesResponse,
    ),
    (
        get_account_positions.sync,
        {"account_id": "6YA05782"},
        "/v1/accounts/6YA05782/positions",
        published("docs_positions_multi.json"),
        PositionsResponse,
    ),
    (
        get_account_history.sync,
        {"account_id": "6YA05782"},
        "/v1/accounts/6YA05782/history",
        b'{"history":"null"}',
        HistoryResponse,
    ),
    (
        get_account_gain_loss.sync,
        {"account_id": "6YA05782"},
        "/v1/accounts/6YA05782/gainloss",
        published("docs_gainloss_multi.json"),
        GainLossResponse,
    ),
]


@pytest.mark.parametrize(
    ("call", "params", "path", "body", "parsed_type"),
    OPERATIONS,
    ids=[op[0].__module__.rsplit(".", 1)[1] for op in OPERATIONS],
)
def test_every_operation_asks_for_json_with_the_bearer_token(
    call: Callable[..., Any], params: dict[str, Any], path: str, body: bytes, parsed_type: type
) -> None:
    """Without `Accept: application/json` the vendor answers XML: the client sends it unasked."""
    seen: list[httpx.Request] = []
    with _client(body, seen=seen) as client:
        result = call(client=client, **params)
    assert isinstance(result, parsed_type)
    [request] = seen
    assert (request.method, request.url.path, request.url.query) == ("GET", path, b"")
    assert request.headers["Accept"] == "application/json"
    assert request.headers["Authorization"] == "Bearer token"


def test_history_query_uses_the_vendor_parameter_names() -> None:
    seen: list[httpx.Request] = []
    with _client(b'{"history":"null"}', seen=seen) as client:
        get_account_history.sync(
            account_id="VA00000000",
            client=client,
            page=2,
            limit=25,
            type_=HistoryEventType.DIVIDEND,
            start=datetime.date(2018, 1, 1),
            end=datetime.date(2018, 12, 31),
            symbol="GE",
            exact_match="True",
        )
    assert dict(seen[0].url.params) == {
        "page": "2",
        "limit": "25",
        "type": "dividend",
        "start": "2018-01-01",
        "end": "2018-12-31",
        "symbol": "GE",
        "exactMatch": "True",
    }


def test_gain_loss_query_uses_the_vendor_parameter_names() -> None:
    seen: list[httpx.Request] = []
    with _client(b'{"gainloss":"null"}', seen=seen) as client:
        get_account_gain_loss.sync(
            account_id="VA00000000",
            client=client,
            page=1,
            limit=100,
            sort_by=GainLossSortBy.OPEN_DATE,
            sort=SortDirection.ASC,
            symbol="SNAP",
        )
    assert dict(seen[0].url.params) == {
        "page": "1",
        "limit": "100",
        "sortBy": "openDate",
        "sort": "asc",
        "symbol": "SNAP",
    }


def test_amounts_are_the_exact_decimals_sent() -> None:
    """`17798.360000000000000000000000` keeps its digits and its scale; a bare `0` is Decimal 0."""
    result = _call("get_account_balances", balances("margin"))
    assert isinstance(result, BalancesResponse)
    total = result.balances.total_equity
    assert isinstance(total, Decimal)
    assert total.as_tuple() == Decimal(DOCS_TOTAL_EQUITY).as_tuple()
    assert str(total) == DOCS_TOTAL_EQUITY
    assert result.balances.equity == 0 and isinstance(result.balances.equity, Decimal)


def test_an_amount_a_float_cannot_hold_arrives_exactly() -> None:
    assert Decimal(float(UNHOLDABLE)) != Decimal(UNHOLDABLE)  # the point of the value
    result = _call("get_account_balances", with_unholdable_total_equity())
    assert isinstance(result, BalancesResponse)
    assert str(result.balances.total_equity) == UNHOLDABLE


@pytest.mark.parametrize(
    ("account_type", "variant", "detail"),
    [
        ("margin", MarginAccountBalances, "margin"),
        ("cash", CashAccountBalances, "cash"),
        ("pdt", PdtAccountBalances, "pdt"),
    ],
)
def test_balances_variant_follows_account_type(account_type: str, variant: type, detail: str) -> None:
    result = _call("get_account_balances", balances(account_type))
    assert isinstance(result, BalancesResponse)
    assert isinstance(result.balances, variant)
    assert result.balances.account_type == account_type
    assert getattr(result.balances, detail) is not None


def test_pdt_day_trade_buying_power_is_optional() -> None:
    with_it = _call("get_account_balances", balances("pdt"))
    assert isinstance(with_it, BalancesResponse) and isinstance(with_it.balances, PdtAccountBalances)
    assert with_it.balances.pdt.day_trade_buying_power == Decimal("360052.8")
    body = balances("pdt").replace(b', "day_trade_buying_power": 360052.8', b"")
    assert b"day_trade_buying_power" not in body
    without = _call("get_account_balances", body)
    assert isinstance(without, BalancesResponse) and isinstance(without.balances, PdtAccountBalances)
    assert without.balances.pdt.day_trade_buying_power is UNSET


def test_balances_whose_sub_object_does_not_match_account_type_are_refused() -> None:
    """A cash account must carry `cash`: one that carries only `margin` matches no variant."""
    body = balances("margin", account_type="cash")
    with pytest.raises(errors.APIResponseValidationError) as raised:
        _call("get_account_balances", body)
    assert (raised.value.path, raised.value.rule) == ("$.balances", "oneOf")


@pytest.mark.parametrize(
    ("collection", "form"),
    [(name, index) for name in COLLECTION_FORMS for index in range(3)],
    ids=[f"{name}-{form}" for name in COLLECTION_FORMS for form in ("null", "one", "many")],
)
def test_one_obvious_list_whatever_the_wire_form(collection: str, form: int) -> None:
    """`"null"`, one object and an array all come back as a plain list from the accessor."""
    operation_id, body, count = COLLECTION_FORMS[collection][form]
    result = _call(operation_id, body)
    items = {
        "positions": lambda r: r.position_list(),
        "history": lambda r: r.event_list(),
        "gainloss": lambda r: r.closed_position_list(),
    }[collection](result)
    assert isinstance(items, list)
    assert len(items) == count
    assert all(isinstance(item, ITEM_TYPES[collection]) for item in items)


def test_the_raw_wire_forms_stay_visible() -> None:
    """The accessor is the convenient way; the parsed body still shows which form the vendor sent."""
    empty = _call("get_account_positions", example_body("get_account_positions", "NoPositions"))
    assert isinstance(empty, PositionsResponse) and empty.positions == "null"
    one = _call("get_account_positions", example_body("get_account_positions", "OneShortOption"))
    assert isinstance(one, PositionsResponse) and not isinstance(one.positions, str | None)
    assert isinstance(one.positions.position, Position)
    assert one.positions.position.quantity == Decimal("-9.0") and one.positions.position.cost_basis == Decimal(
        "-1629.0"
    )
    many = _call("get_account_positions", published("docs_positions_multi.json"))
    assert isinstance(many, PositionsResponse) and not isinstance(many.positions, str | None)
    assert isinstance(many.positions.position, list)


def test_profile_accounts_one_or_many() -> None:
    many = _call("get_user_profile", published("docs_user_profile_multi.json"))
    assert isinstance(many, ProfileResponse)
    assert [a.account_number for a in many.account_list()] == ["VA000001", "VA000002", "VA000003"]
    one = _call("get_user_profile", example_body("get_user_profile", "SingleAccount"))
    assert isinstance(one, ProfileResponse)
    [account] = one.account_list()
    assert isinstance(account, ProfileAccount) and isinstance(one.profile.account, ProfileAccount)
    assert account.option_level == 0 and isinstance(account.option_level, int)


def test_history_events_are_typed_by_their_type() -> None:
    result = _call("get_account_history", example_body("get_account_history", "SevenEvents"))
    assert isinstance(result, HistoryResponse)
    events = result.event_list()
    assert [type(e).__name__ for e in events] == [
        "TradeEvent",
        "DividendEvent",
        "OptionEvent",
        "JournalEvent",
        "TradeEvent",
        "AchEvent",
        "TransferEvent",
    ]
    equity, dividend, option, journal, option_trade = events[:5]
    assert isinstance(equity, TradeEvent) and isinstance(equity.trade, TradeDetail)
    assert isinstance(option_trade, TradeEvent) and isinstance(option_trade.trade, TradeDetail)
    assert (equity.trade.trade_type, option_trade.trade.trade_type) == ("Equity", "option")
    assert equity.amount == Decimal("-129.05") and equity.trade.quantity == Decimal("10.00000000")
    assert isinstance(dividend, DividendEvent)
    assert dividend.dividend is UNSET and dividend.adjustment is not UNSET
    assert isinstance(option, OptionEvent) and isinstance(option.option, OptionDetail)
    assert option.option.option_type == "OPTEXP"
    assert isinstance(journal, JournalEvent) and isinstance(journal.journal, EventDetail)
    assert journal.journal.description == "6YA-00005 TO 6YA-00102"


def test_dividend_details_under_the_dividend_key() -> None:
    result = _call("get_account_history", example_body("get_account_history", "OneDividend"))
    assert isinstance(result, HistoryResponse)
    [event] = result.event_list()
    assert isinstance(event, DividendEvent)
    assert event.adjustment is UNSET and isinstance(event.dividend, EventDetail)
    assert isinstance(event.dividend.quantity, Decimal)
    assert event.dividend.quantity.as_tuple() == Decimal("0.00000000").as_tuple()


def test_timestamps_differ_by_endpoint_and_all_parse() -> None:
    positions = _call("get_account_positions", published("docs_positions_multi.json"))
    assert isinstance(positions, PositionsResponse)
    first = positions.position_list()[0]
    assert first.date_acquired == datetime.datetime(2018, 8, 8, 14, 41, 11, 405000, tzinfo=datetime.UTC)
    history = _call("get_account_history", example_body("get_account_history", "OneDividend"))
    assert isinstance(history, HistoryResponse)
    assert history.event_list()[0].date == datetime.datetime(2018, 10, 25, tzinfo=datetime.UTC)
    gains = _call("get_account_gain_loss", published("docs_gainloss_multi.json"))
    assert isinstance(gains, GainLossResponse)
    ge = gains.closed_position_list()[0]
    assert ge.close_date - ge.open_date == datetime.timedelta(days=ge.term)  # term is in days
    assert isinstance(ge.term, int) and isinstance(first.id, int)


def _error_body(operation_id: str, body: bytes, status: int) -> object:
    with pytest.raises(errors.APIStatusError) as raised:
        _call(operation_id, body, status)
    assert raised.value.status_code == status
    return raised.value.body


def test_errors_raise_with_their_typed_bodies() -> None:
    fault = _error_body("get_account_positions", published("error_401_fault_access_token_expired.json"), 401)
    assert isinstance(fault, TradierFault)
    assert fault.fault.faultstring == "Access Token expired"
    assert isinstance(fault.fault.detail, FaultDetail)
    assert fault.fault.detail.errorcode == "keymanagement.service.access_token_expired"
    datastore = _error_body("get_account_balances", published("handmade_fault_datastore_error.json"), 401)
    assert isinstance(datastore, TradierFault)
    assert (datastore.fault.faultstring, datastore.fault.detail) == ("Datastore Error", UNSET)
    one = _error_body("get_account_history", example_body("get_account_history", "OneMessage", 400), 400)
    many = _error_body("get_account_history", example_body("get_account_history", "MessageList", 400), 400)
    assert isinstance(one, TradierErrors) and isinstance(many, TradierErrors)
    assert one.error_list() == ["Invalid parameter, ^TNX: symbol not found."]
    assert many.error_list() == ["type is invalid for class option"]


def test_fields_the_contract_does_not_describe_are_kept() -> None:
    body = balances("margin", dividend_balance=Decimal("12.50"))
    result = _call("get_account_balances", body)
    assert isinstance(result, BalancesResponse)
    assert result.balances.additional_properties["dividend_balance"] == Decimal("12.50")


def test_every_empty_form_parses_to_an_empty_list() -> None:
    """The string "null", a JSON null, and a gain/loss page without `closed_position`."""
    for body in (b'{"gainloss":"null"}', b'{"gainloss":null}', published("handmade_gainloss_empty_object.json")):
        gains = _call("get_account_gain_loss", body)
        assert isinstance(gains, GainLossResponse) and gains.closed_position_list() == []
    positions = _call("get_account_positions", b'{"positions":null}')
    assert isinstance(positions, PositionsResponse) and positions.positions is None and positions.position_list() == []
    history = _call("get_account_history", b'{"history":null}')
    assert isinstance(history, HistoryResponse) and history.event_list() == []


def test_one_item_in_an_array_and_loose_events() -> None:
    """A one-element array (2025 capture), timestamps with and without milliseconds, events without detail."""
    result = _call("get_account_history", published("handmade_history_one_transfer_in_array.json"))
    assert isinstance(result, HistoryResponse)
    [event] = result.event_list()
    assert isinstance(event, TransferEvent) and event.amount.as_tuple() == Decimal("-10.00").as_tuple()
    assert event.date == datetime.datetime(2025, 8, 1, tzinfo=datetime.UTC)
    bare = b'{"history":{"event":{"amount":0.12,"date":"2013-01-02T00:00:00.000Z","type":"dividend"}}}'
    loose = _call("get_account_history", bare)
    assert isinstance(loose, HistoryResponse)
    [dividend] = loose.event_list()
    assert isinstance(dividend, DividendEvent) and dividend.dividend is UNSET and dividend.adjustment is UNSET
    assert dividend.amount == Decimal("0.12") and dividend.date.microsecond == 0
    seconds = published("docs_positions_multi.json").replace(b"14:41:11.405Z", b"14:41:11Z")
    positions = _call("get_account_positions", seconds)
    assert isinstance(positions, PositionsResponse)
    assert positions.position_list()[0].date_acquired == datetime.datetime(2018, 8, 8, 14, 41, 11, tzinfo=datetime.UTC)
