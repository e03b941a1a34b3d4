"""The generated Tradier models (pydantic), parsing Tradier's wire forms: exact, typed, strict where the contract is."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import pytest
from pydantic import MISSING, ValidationError
from tradier_models import parse_json
from tradier_models.models import (
    AchEvent,
    AdjustmentEvent,
    BalancesResponse,
    CashAccountBalances,
    CheckEvent,
    ClosedPosition,
    ClosedPositionArray,
    DividendEvent,
    EventDetail,
    FaultDetail,
    FeeEvent,
    GainLossResponse,
    HistoryResponse,
    InterestEvent,
    JournalEvent,
    MarginAccountBalances,
    OptionEvent,
    PdtAccountBalances,
    Position,
    PositionArray,
    PositionsResponse,
    ProfileAccount,
    ProfileResponse,
    TaxEvent,
    TradeDetail,
    TradeEvent,
    TradierErrors,
    TradierFault,
    TransferEvent,
    WireEvent,
)

from .tradier_wire import (
    COLLECTION_FORMS,
    DOCS_TOTAL_EQUITY,
    UNHOLDABLE,
    balances,
    example_body,
    published,
    with_unholdable_total_equity,
)

RESPONSES: dict[str, Any] = {
    "positions": PositionsResponse,
    "history": HistoryResponse,
    "gainloss": GainLossResponse,
}
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


def _items(collection: str, parsed: Any) -> list[Any]:
    lists = {"positions": "position_list", "history": "event_list", "gainloss": "closed_position_list"}
    items: list[Any] = getattr(parsed, lists[collection])()
    return items


def test_model_validate_json_keeps_the_exact_decimal_sent() -> None:
    parsed = BalancesResponse.model_validate_json(balances("margin"))
    total = parsed.balances.total_equity
    assert isinstance(total, Decimal)
    assert total.as_tuple() == Decimal(DOCS_TOTAL_EQUITY).as_tuple()  # same digits, same scale
    assert parsed.balances.equity == 0


@pytest.mark.parametrize("parse", ["model_validate_json", "parse_json"])
def test_an_amount_a_float_cannot_hold_arrives_exactly(parse: str) -> None:
    assert Decimal(float(UNHOLDABLE)) != Decimal(UNHOLDABLE)  # the point of the value
    raw = with_unholdable_total_equity()
    parsed = (
        BalancesResponse.model_validate_json(raw)
        if parse == "model_validate_json"
        else parse_json(BalancesResponse, raw)
    )
    assert str(parsed.balances.total_equity) == UNHOLDABLE


def test_a_float_is_refused_rather_than_rounded() -> None:
    """`json.loads` without `parse_float=Decimal` has already lost digits: the models say so instead of guessing."""
    lossy = json.loads(with_unholdable_total_equity())
    with pytest.raises(ValidationError, match="binary float cannot hold this amount"):
        BalancesResponse.model_validate(lossy)


@pytest.mark.parametrize(
    ("example", "variant", "detail"),
    [
        ("margin", MarginAccountBalances, "margin"),
        ("cash", CashAccountBalances, "cash"),
        ("pdt", PdtAccountBalances, "pdt"),
    ],
)
def test_balances_are_a_union_tagged_by_account_type(example: str, variant: type, detail: str) -> None:
    parsed = BalancesResponse.model_validate_json(balances(example))
    assert type(parsed.balances) is variant
    assert getattr(parsed.balances, detail) is not None


@pytest.mark.parametrize(
    ("example", "account_type"), [("margin", "cash"), ("cash", "pdt"), ("pdt", "margin"), ("cash", "individual")]
)
def test_balances_refuse_a_sub_object_other_than_account_type_names(example: str, account_type: str) -> None:
    with pytest.raises(ValidationError):
        BalancesResponse.model_validate_json(balances(example, account_type=account_type))


def test_pdt_day_trade_buying_power_is_optional() -> None:
    parsed = BalancesResponse.model_validate_json(balances("pdt"))
    assert isinstance(parsed.balances, PdtAccountBalances)
    assert parsed.balances.pdt.day_trade_buying_power == Decimal("360052.8")
    without = balances("pdt").replace(b', "day_trade_buying_power": 360052.8', b"")
    parsed = BalancesResponse.model_validate_json(without)
    assert isinstance(parsed.balances, PdtAccountBalances)
    assert parsed.balances.pdt.day_trade_buying_power is MISSING


@pytest.mark.parametrize(
    ("collection", "form"),
    [(name, index) for name in COLLECTION_FORMS for index in range(3)],
    ids=[f"{name}-{form}" for name in COLLECTION_FORMS for form in ("null", "one", "many")],
)
def test_one_obvious_list_whatever_the_wire_form(collection: str, form: int) -> None:
    _, raw, count = COLLECTION_FORMS[collection][form]
    for parsed in (RESPONSES[collection].model_validate_json(raw), parse_json(RESPONSES[collection], raw)):
        items = _items(collection, parsed)
        assert type(items) is list and len(items) == count
        assert all(isinstance(item, ITEM_TYPES[collection]) for item in items)


def test_the_raw_wire_forms_stay_visible() -> None:
    empty = PositionsResponse.model_validate_json(b'{"positions":"null"}')
    assert empty.positions == "null"
    one = PositionsResponse.model_validate_json(example_body("get_account_positions", "OneShortOption"))
    assert not isinstance(one.positions, str | None) and isinstance(one.positions.position, Position)
    many = GainLossResponse.model_validate_json(published("docs_gainloss_multi.json"))
    assert not isinstance(many.gainloss, str | None) and isinstance(many.gainloss.closed_position, ClosedPositionArray)


@pytest.mark.parametrize(
    ("collection", "raw"),
    [
        ("positions", b'{"positions": null}'),
        ("history", b'{"history": null}'),
        ("gainloss", b'{"gainloss": null}'),
        ("gainloss", b'{"gainloss": {}}'),
        ("gainloss", published("handmade_gainloss_empty_object.json")),
    ],
)
def test_every_empty_form_is_an_empty_list(collection: str, raw: bytes) -> None:
    """Besides the string "null": a JSON null wrapper, and a gain/loss page without `closed_position`."""
    for parsed in (RESPONSES[collection].model_validate_json(raw), parse_json(RESPONSES[collection], raw)):
        assert _items(collection, parsed) == []


@pytest.mark.parametrize(
    "wrapper",
    [
        b'{"positions": []}',
        b'{"positions": {}}',
        b'{"positions": "none"}',
        b'{"positions": {"position": []}}',
        b'{"positions": {"position": null}}',
        b'{"history": {}}',
    ],
)
def test_other_empty_looking_forms_are_refused(wrapper: bytes) -> None:
    model = HistoryResponse if wrapper.startswith(b'{"history"') else PositionsResponse
    with pytest.raises(ValidationError):
        model.model_validate_json(wrapper)


def test_a_single_item_may_be_a_one_element_array() -> None:
    """One item is usually an object, but a one-element array occurs (2025 history capture); never an empty one."""
    one = example_body("get_account_positions", "OneShortOption")
    item = one[one.index(b'"position": ') + len(b'"position": ') : -2]
    as_list = PositionsResponse.model_validate_json(b'{"positions": {"position": [%s]}}' % item)
    assert not isinstance(as_list.positions, str | None) and isinstance(as_list.positions.position, PositionArray)
    [position] = as_list.position_list()
    assert position.quantity.as_tuple() == Decimal("-9.0").as_tuple()
    [event] = HistoryResponse.model_validate_json(published("handmade_history_one_transfer_in_array.json")).event_list()
    assert isinstance(event, TransferEvent) and event.amount.as_tuple() == Decimal("-10.00").as_tuple()
    assert isinstance(event.transfer, EventDetail) and event.transfer.description == "Aug Pro Subscription"
    profile = json.loads(published("docs_user_profile_multi.json"))
    profile["profile"]["account"] = profile["profile"]["account"][:1]
    [account] = ProfileResponse.model_validate_json(json.dumps(profile)).account_list()
    assert account.account_number == "VA000001"
    gains = example_body("get_account_gain_loss", "OneClosedShort")
    closed = gains.replace(b'"closed_position": {', b'"closed_position": [{').replace(b"}}}", b"}]}}")
    parsed = GainLossResponse.model_validate_json(closed)
    assert not isinstance(parsed.gainloss, str | None) and isinstance(
        parsed.gainloss.closed_position, ClosedPositionArray
    )
    [short] = parsed.closed_position_list()
    assert short.quantity.as_tuple() == Decimal("-2.0").as_tuple()
    with pytest.raises(ValidationError, match="at least 1 item"):
        PositionsResponse.model_validate_json(b'{"positions": {"position": []}}')


def test_profile_accounts_one_or_many() -> None:
    many = ProfileResponse.model_validate_json(published("docs_user_profile_multi.json"))
    assert [a.classification for a in many.account_list()] == ["individual", "traditional_ira", "rollover_ira"]
    one = ProfileResponse.model_validate_json(example_body("get_user_profile", "SingleAccount"))
    [account] = one.account_list()
    assert isinstance(account, ProfileAccount) and account.option_level == 0


def test_history_events_are_a_union_tagged_by_type() -> None:
    events = HistoryResponse.model_validate_json(example_body("get_account_history", "SevenEvents")).event_list()
    assert [type(e) for e in events] == [
        TradeEvent,
        DividendEvent,
        OptionEvent,
        JournalEvent,
        TradeEvent,
        AchEvent,
        TransferEvent,
    ]
    equity, dividend, _, _, option_trade, ach, _ = events
    assert isinstance(equity, TradeEvent) and isinstance(option_trade, TradeEvent)
    assert isinstance(equity.trade, TradeDetail) and isinstance(option_trade.trade, TradeDetail)
    assert (equity.trade.trade_type, option_trade.trade.trade_type) == ("Equity", "option")
    assert isinstance(dividend, DividendEvent) and dividend.dividend is MISSING and dividend.adjustment is not MISSING
    assert isinstance(ach, AchEvent) and isinstance(ach.ach, EventDetail)
    assert ach.ach.description == "ACH DISBURSEMENT" and ach.ach.quantity == 0


def _one_event(**event: Any) -> bytes:
    base = {"amount": 0, "date": "2024-08-01T00:00:00Z"}
    return json.dumps({"history": {"event": {**base, **event}}}).encode()


def test_an_event_usually_carries_the_sub_object_named_after_its_type() -> None:
    """Only amount, date and type are required: a sub-object may be missing or named otherwise, and a
    detail's quantity may be missing."""
    detail = {"description": "ACH DISBURSEMENT", "quantity": 0}
    [wire] = HistoryResponse.model_validate_json(_one_event(type="wire", wire=detail)).event_list()
    assert isinstance(wire, WireEvent) and isinstance(wire.wire, EventDetail) and wire.wire.quantity == 0
    [bare] = HistoryResponse.model_validate_json(_one_event(type="wire")).event_list()
    assert isinstance(bare, WireEvent) and bare.wire is MISSING
    [renamed] = HistoryResponse.model_validate_json(_one_event(type="fee", adjustment=detail)).event_list()
    assert isinstance(renamed, FeeEvent) and renamed.fee is MISSING
    [no_quantity] = HistoryResponse.model_validate_json(
        _one_event(type="interest", interest={"description": "INTEREST"})
    ).event_list()
    assert isinstance(no_quantity, InterestEvent) and isinstance(no_quantity.interest, EventDetail)
    assert no_quantity.interest.quantity is MISSING
    [dividend] = HistoryResponse.model_validate_json(_one_event(type="dividend")).event_list()
    assert isinstance(dividend, DividendEvent)
    for missing in ("amount", "date", "type"):
        event = {"amount": 0, "date": "2024-08-01T00:00:00Z", "type": "ach", "ach": detail}
        del event[missing]
        with pytest.raises(ValidationError):
            HistoryResponse.model_validate_json(json.dumps({"history": {"event": event}}))
    with pytest.raises(ValidationError):
        HistoryResponse.model_validate_json(_one_event(type="margin_call", margin_call=detail))


@pytest.mark.parametrize("key", ["dividend", "adjustment"])
def test_a_dividend_may_carry_its_details_under_either_key(key: str) -> None:
    raw = _one_event(type="dividend", **{key: {"description": "GENERAL ELECTRIC COMPANY", "quantity": 0}})
    [event] = HistoryResponse.model_validate_json(raw).event_list()
    assert isinstance(event, DividendEvent)
    assert getattr(event, key).description == "GENERAL ELECTRIC COMPANY"


@pytest.mark.parametrize("spelling", ["equity", "option", "Equity", "Option", "OPTION"])
def test_trade_type_is_an_open_string(spelling: str) -> None:
    trade = {"commission": 0, "description": "x", "price": 1.5, "quantity": -1, "symbol": "GE", "trade_type": spelling}
    [event] = HistoryResponse.model_validate_json(_one_event(type="trade", trade=trade)).event_list()
    assert isinstance(event, TradeEvent) and isinstance(event.trade, TradeDetail)
    assert event.trade.trade_type == spelling


def test_timestamps_with_or_without_a_fraction() -> None:
    """Positions and gain/loss send milliseconds, history whole seconds (2013: milliseconds): every
    timestamp takes both forms, and nothing but a UTC `Z` timestamp."""
    position = PositionsResponse.model_validate_json(published("docs_positions_multi.json")).position_list()[0]
    assert position.date_acquired == datetime.datetime(2018, 8, 8, 14, 41, 11, 405000, tzinfo=datetime.UTC)
    seconds = published("docs_positions_multi.json").replace(b"14:41:11.405Z", b"14:41:11Z")
    whole = PositionsResponse.model_validate_json(seconds).position_list()[0]
    assert whole.date_acquired == datetime.datetime(2018, 8, 8, 14, 41, 11, tzinfo=datetime.UTC)
    gains = GainLossResponse.model_validate_json(published("docs_gainloss_multi.json")).closed_position_list()
    assert gains[0].close_date - gains[0].open_date == datetime.timedelta(days=gains[0].term)  # term is in days
    detail = {"description": "ACH DISBURSEMENT", "quantity": 0}
    [millis] = HistoryResponse.model_validate_json(
        _one_event(type="ach", date="2013-01-02T00:00:00.000Z", ach=detail)
    ).event_list()
    assert millis.date == datetime.datetime(2013, 1, 2, tzinfo=datetime.UTC)
    for wrong in ("2024-08-01T00:00:00+00:00", "2024-08-01T00:00:00.Z", "2024-08-01", "2024-08-01T00:00:00"):
        with pytest.raises(ValidationError, match="date"):
            HistoryResponse.model_validate_json(_one_event(type="ach", date=wrong, ach=detail))


def test_integers_only_where_the_vendor_sends_integers() -> None:
    """Quantities are decimals (`1.00000000`); ids, counts, the option level and `term` are integers."""
    positions = PositionsResponse.model_validate_json(published("docs_positions_multi.json")).position_list()
    assert positions[0].quantity.as_tuple() == Decimal("1.00000000").as_tuple() and type(positions[0].id) is int
    with pytest.raises(ValidationError, match="pending_orders_count"):
        BalancesResponse.model_validate_json(balances("cash", pending_orders_count=Decimal("14.5")))
    with pytest.raises(ValidationError, match="term"):
        GainLossResponse.model_validate_json(
            published("docs_gainloss_multi.json").replace(b'"term": 134', b'"term": 134.5')
        )


def test_error_bodies() -> None:
    fault = TradierFault.model_validate_json(published("error_401_fault_access_token_expired.json"))
    assert isinstance(fault.fault.detail, FaultDetail)
    assert fault.fault.detail.errorcode == "keymanagement.service.access_token_expired"
    datastore = TradierFault.model_validate_json(published("handmade_fault_datastore_error.json"))
    assert (datastore.fault.faultstring, datastore.fault.detail) == ("Datastore Error", MISSING)
    with pytest.raises(ValidationError, match="faultstring"):
        TradierFault.model_validate_json(b'{"fault": {"detail": {"errorcode": "x"}}}')
    assert TradierErrors.model_validate_json(b'{"errors":{"error":"Invalid parameter"}}').error_list() == [
        "Invalid parameter"
    ]
    assert TradierErrors.model_validate_json(b'{"errors":{"error":["a","b"]}}').error_list() == ["a", "b"]
