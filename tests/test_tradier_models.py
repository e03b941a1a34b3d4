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
    TradeEvent,
    TradeType,
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
    assert not isinstance(one.positions, str) and isinstance(one.positions.position, Position)
    many = GainLossResponse.model_validate_json(published("docs_gainloss_multi.json"))
    assert not isinstance(many.gainloss, str) and isinstance(many.gainloss.closed_position, ClosedPositionArray)


@pytest.mark.parametrize(
    "wrapper",
    [
        b'{"positions": null}',
        b'{"positions": []}',
        b'{"positions": {}}',
        b'{"positions": "none"}',
        b'{"positions": {"position": []}}',
    ],
)
def test_only_the_string_null_means_empty(wrapper: bytes) -> None:
    with pytest.raises(ValidationError):
        PositionsResponse.model_validate_json(wrapper)


def test_a_single_item_is_never_a_one_element_array() -> None:
    """One item is sent as an object; an array always holds two or more."""
    one = example_body("get_account_positions", "OneShortOption")
    item = one[one.index(b'"position": ') + len(b'"position": ') : -2]
    as_list = b'{"positions": {"position": [%s]}}' % item
    with pytest.raises(ValidationError, match="at least 2 items"):
        PositionsResponse.model_validate_json(as_list)
    two = PositionsResponse.model_validate_json(b'{"positions": {"position": [%s, %s]}}' % (item, item))
    assert not isinstance(two.positions, str) and isinstance(two.positions.position, PositionArray)
    assert len(two.position_list()) == 2


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
    assert equity.trade.trade_type is TradeType.EQUITY_CAPITALISED
    assert option_trade.trade.trade_type is TradeType.OPTION
    assert isinstance(dividend, DividendEvent) and dividend.dividend is MISSING and dividend.adjustment is not MISSING
    assert isinstance(ach, AchEvent) and ach.ach.description == "ACH DISBURSEMENT" and ach.ach.quantity == 0


def _one_event(**event: Any) -> bytes:
    base = {"amount": 0, "date": "2024-08-01T00:00:00Z"}
    return json.dumps({"history": {"event": {**base, **event}}}).encode()


def test_an_event_carries_the_sub_object_named_after_its_type() -> None:
    detail = {"description": "ACH DISBURSEMENT", "quantity": 0}
    [wire] = HistoryResponse.model_validate_json(_one_event(type="wire", wire=detail)).event_list()
    assert isinstance(wire, WireEvent)
    with pytest.raises(ValidationError, match="wire"):
        HistoryResponse.model_validate_json(_one_event(type="wire", ach=detail))
    with pytest.raises(ValidationError):
        HistoryResponse.model_validate_json(_one_event(type="margin_call", margin_call=detail))


@pytest.mark.parametrize("key", ["dividend", "adjustment"])
def test_a_dividend_may_carry_its_details_under_either_key(key: str) -> None:
    raw = _one_event(type="dividend", **{key: {"description": "GENERAL ELECTRIC COMPANY", "quantity": 0}})
    [event] = HistoryResponse.model_validate_json(raw).event_list()
    assert isinstance(event, DividendEvent)
    assert getattr(event, key).description == "GENERAL ELECTRIC COMPANY"


@pytest.mark.parametrize("spelling", ["equity", "option", "Equity", "Option"])
def test_trade_type_is_accepted_in_both_casings(spelling: str) -> None:
    trade = {"commission": 0, "description": "x", "price": 1.5, "quantity": -1, "symbol": "GE", "trade_type": spelling}
    [event] = HistoryResponse.model_validate_json(_one_event(type="trade", trade=trade)).event_list()
    assert isinstance(event, TradeEvent) and event.trade.trade_type.value == spelling
    with pytest.raises(ValidationError):
        HistoryResponse.model_validate_json(_one_event(type="trade", trade={**trade, "trade_type": "OPTION"}))


def test_timestamps_keep_the_text_form_of_their_endpoint() -> None:
    """Positions and gain/loss send milliseconds; history sends whole seconds. Each refuses the other's form."""
    position = PositionsResponse.model_validate_json(published("docs_positions_multi.json")).position_list()[0]
    assert position.date_acquired == datetime.datetime(2018, 8, 8, 14, 41, 11, 405000, tzinfo=datetime.UTC)
    seconds = published("docs_positions_multi.json").replace(b"14:41:11.405Z", b"14:41:11Z")
    with pytest.raises(ValidationError, match="date_acquired"):
        PositionsResponse.model_validate_json(seconds)
    gains = GainLossResponse.model_validate_json(published("docs_gainloss_multi.json")).closed_position_list()
    assert gains[0].close_date - gains[0].open_date == datetime.timedelta(days=gains[0].term)  # term is in days
    with pytest.raises(ValidationError, match="date"):
        HistoryResponse.model_validate_json(_one_event(type="ach", date="2024-08-01T00:00:00.000Z", ach={}))


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
    assert fault.fault.detail.errorcode == "keymanagement.service.access_token_expired"
    assert TradierErrors.model_validate_json(b'{"errors":{"error":"Invalid parameter"}}').error_list() == [
        "Invalid parameter"
    ]
    assert TradierErrors.model_validate_json(b'{"errors":{"error":["a","b"]}}').error_list() == ["a", "b"]
