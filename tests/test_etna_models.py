"""The generated ETNA models on the vendor's bodies and on the wire quirks the contract describes."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal

import pytest
from etna_models.models import (
    AccountBalanceInfo,
    ApiVersionErrorBody,
    AppKeyErrorBody,
    BadRequestBody,
    ExecutionInstruction,
    MessageErrorBody,
    OrderList,
    OrderPage,
    OrdersResponse,
    PositionGroupList,
    PositionList,
    PositionPage,
    PositionsResponse,
    RouteNotFoundBody,
    ServerErrorBody,
    TokenFailed,
    TokenUnauthorizedBody,
    TransactionPage,
    UnauthorizedBody,
    ValidationErrorBody,
)
from pydantic import ValidationError

from scripts.specs import SPECS_DIR

EXAMPLES = SPECS_DIR / "etna" / "examples"
BALANCE = (EXAMPLES / "account_info_200_legacy_2019.json").read_bytes()
POSITIONS = (EXAMPLES / "positions_200_docs_bare_array.json").read_bytes()
POSITIONS_2019 = (EXAMPLES / "positions_200_legacy_2019_bare_array.json").read_bytes()
ORDERS = (EXAMPLES / "orders_200_docs.json").read_bytes()


def _with_key(body: bytes, key: str, literal: str) -> bytes:
    """`body` (a JSON object) with one more member, its value written exactly as `literal`."""
    text = body.rstrip()
    assert text.endswith(b"}")
    return text[:-1].rstrip() + f', "{key}": {literal}}}'.encode()


def _paged(items: bytes, next_link: str = '""', total: int = 1) -> bytes:
    return b'{"Result": %s, "NextPageLink": %s, "PreviousPageLink": "", "TotalCount": %d}' % (
        items,
        next_link.encode(),
        total,
    )


def _unlinked(items: bytes) -> bytes:
    return b'{"Result": %s, "TotalCount": 1}' % items


def _sent(value: object) -> Decimal:
    """An amount the body carried: every key of the balance map is optional, so narrow it first."""
    assert isinstance(value, Decimal), value
    return value


def test_balance_map_is_exact_for_known_and_unknown_keys() -> None:
    info = AccountBalanceInfo.model_validate_json(_with_key(BALANCE, "marginEquity", "1084543.57000000"))
    assert str(info.changePercent) == "-0.05700775140829844330933239"
    assert info.equityTotal == _sent(info.cash) + _sent(info.marketValue)
    assert info.marketValue == (
        _sent(info.stockLongMarketValue)
        + _sent(info.stockShortMarketValue)
        + _sent(info.optionLongMarketValue)
        + _sent(info.optionShortMarketValue)
    )
    extra = (info.model_extra or {})["marginEquity"]
    assert isinstance(extra, Decimal) and str(extra) == "1084543.57000000"
    assert info.model_dump(mode="json")["marginEquity"] == "1084543.57000000"


def test_balance_map_keeps_integers_as_decimals() -> None:
    info = AccountBalanceInfo.model_validate_json(_with_key(BALANCE, "openPLDay", "-571"))
    assert isinstance(info.pendingOrdersCount, Decimal) and info.pendingOrdersCount == 0
    assert info.openPLDay == Decimal(-571)


@pytest.mark.parametrize("literal", ['"12.5"', "true", "null", "[1]"])
def test_balance_map_refuses_a_non_number_for_any_key(literal: str) -> None:
    with pytest.raises(ValidationError, match="newKey"):
        AccountBalanceInfo.model_validate_json(_with_key(BALANCE, "newKey", literal))


def test_balance_map_refuses_a_binary_float() -> None:
    """Parsing with json.loads first would round; the decimal type refuses the float instead."""
    with pytest.raises(ValidationError, match="binary float"):
        AccountBalanceInfo.model_validate({**AccountBalanceInfo.model_validate_json(BALANCE).model_dump(), "cash": 0.1})


def test_balance_map_keys_are_all_optional() -> None:
    """A free map in the swaggers: a body without a 2019 key, `{}`, and the 28 keys of 2023 all parse."""
    renamed = AccountBalanceInfo.model_validate_json(BALANCE.replace(b'"marketValue": 25413', b'"marketValueX": 25413'))
    assert "marketValue" not in renamed.model_fields_set and (renamed.model_extra or {})["marketValueX"] == 25413
    assert AccountBalanceInfo.model_validate_json(b"{}").model_fields_set == set()
    info = AccountBalanceInfo.model_validate_json((EXAMPLES / "account_info_200_docs_2023.json").read_bytes())
    assert len(info.model_fields_set) == 28 and not info.model_extra
    assert info.totalPL == _sent(info.openPL) + _sent(info.closePL) == 0
    assert info.dayTradingBuyingPower == 4 * _sent(info.excess)
    assert str(info.dayTradingBuyingPower) == "400000" and isinstance(info.openPLDay, Decimal)


def test_positions_list_comes_in_two_forms() -> None:
    bare = PositionsResponse.model_validate_json(POSITIONS)
    assert isinstance(bare.root, PositionList)
    page = PositionsResponse.model_validate_json(_paged(POSITIONS))
    assert isinstance(page.root, PositionPage)
    assert page.root.Result == bare.root.root
    assert str(page.root.Result[0].MarketValueEOD) == "645.19"


def test_the_2019_position_without_market_value_eod_parses() -> None:
    legacy = PositionsResponse.model_validate_json(POSITIONS_2019).root
    assert isinstance(legacy, PositionList)
    [position] = legacy.root
    assert "MarketValueEOD" not in position.model_fields_set
    assert str(position.AverageOpenPrice) == "156.57" and str(position.DailyCostBasis) == "25414.5"
    assert position.CostBasis == position.AverageOpenPrice * position.Quantity
    with pytest.raises(ValidationError, match="DayQuantity"):
        PositionList.model_validate_json(POSITIONS_2019.replace(b'"DayQuantity"', b'"DayQty"'))


def test_group_names_and_security_types_are_open_strings() -> None:
    groups = PositionGroupList.model_validate_json(
        b'[{"Name": "Options", "MarketValue": -996.5}, {"Name": "StructuredProducts", "MarketValue": 1.10}]'
    )
    assert [g.Name for g in groups.root] == ["Options", "StructuredProducts"]
    assert str(groups.root[1].MarketValue) == "1.10"
    position = PositionList.model_validate_json(POSITIONS.replace(b'"CommonStock"', b'"TokenizedAsset"')).root[0]
    assert position.SecurityType == "TokenizedAsset"
    with pytest.raises(ValidationError, match="Name"):
        PositionGroupList.model_validate_json(b'[{"Name": 6, "MarketValue": 0}]')


@pytest.mark.parametrize(
    "link",
    [
        '""',
        "null",
        '"https://pub-api-et-demo-prod.etnasoft.us/api/v1.0/x?pageNumber=1"',
        '"/v1.0/accounts/6303/orders?pageNumber=1&pageSize=25"',  # AutoShares' relative form
        "\"https://h/api/v1.0/accounts/6303/positions?filter=Symbol = 'AAPL'&pageNumber=1\"",  # unescaped
    ],
)
def test_page_links_are_urls_relative_links_empty_or_null(link: str) -> None:
    page = PositionPage.model_validate_json(_paged(POSITIONS, next_link=link))
    assert page.NextPageLink == (None if link == "null" else json.loads(link))


def test_page_links_may_be_left_out_but_result_and_total_may_not() -> None:
    page = PositionPage.model_validate_json(_unlinked(POSITIONS))
    assert {"NextPageLink", "PreviousPageLink"}.isdisjoint(page.model_fields_set) and page.TotalCount == 1
    with pytest.raises(ValidationError, match="TotalCount"):
        PositionPage.model_validate_json(b'{"Result": [], "NextPageLink": "", "PreviousPageLink": ""}')
    with pytest.raises(ValidationError, match="Result"):
        TransactionPage.model_validate_json(b'{"TotalCount": 0}')
    with pytest.raises(ValidationError, match="NextPageLink"):
        OrderPage.model_validate_json(b'{"Result": [], "NextPageLink": 1, "TotalCount": 0}')


def test_orders_come_in_two_forms_with_integer_enums_and_sentinels() -> None:
    page = OrdersResponse.model_validate_json(ORDERS).root
    assert isinstance(page, OrderPage)
    filled, expired = page.Result
    assert filled.ExecInst is ExecutionInstruction.ALL_OR_NONE
    assert expired.ExecInst == 0 and type(expired.ExecInst) is int
    assert filled.SettDate == datetime.datetime(1, 1, 1, tzinfo=datetime.UTC)
    assert filled.ParentId == -1
    assert filled.TransactionDate.microsecond == 716891  # seven fractional digits, the last dropped
    listed = OrdersResponse.model_validate_json(ORDERS[ORDERS.index(b"[") : ORDERS.rindex(b"]") + 1])
    assert isinstance(listed.root, OrderList) and listed.root.root == page.Result


def test_an_unknown_enum_name_is_drift() -> None:
    with pytest.raises(ValidationError, match="ExecInst"):
        OrderPage.model_validate_json(ORDERS.replace(b'"ExecInst": "AllOrNone"', b'"ExecInst": "Sometimes"'))


def test_transactions_sentinels_and_absent_fee() -> None:
    page = TransactionPage.model_validate_json((EXAMPLES / "transactions_200_docs.json").read_bytes())
    deposit = page.Result[1]
    assert (deposit.SecurityId, deposit.OrderStateId) == (-1, 0)
    assert "Fee" not in deposit.model_fields_set
    with pytest.raises(ValidationError, match="SecurityId"):
        TransactionPage.model_validate_json(
            (EXAMPLES / "transactions_200_docs.json").read_bytes().replace(b'"SecurityId": -1', b'"SecurityId": -2')
        )


@pytest.mark.parametrize(
    ("union", "body", "shape"),
    [
        (BadRequestBody, "error_400_info_at_me_modelstate.json", ValidationErrorBody),
        (BadRequestBody, "error_400_info_at_me_legacy_2019.json", MessageErrorBody),
        (UnauthorizedBody, "error_401_authorization_denied.json", MessageErrorBody),
        (UnauthorizedBody, "error_app_key_not_defined.json", AppKeyErrorBody),
        (RouteNotFoundBody, "error_404_history_missing_query_params.json", MessageErrorBody),
        (RouteNotFoundBody, "error_404_transactions_missing_query_params.json", ApiVersionErrorBody),
        (TokenUnauthorizedBody, "token_401_invalid_credentials_docs.json", TokenFailed),
        (TokenUnauthorizedBody, "token_401_without_step_autoshares.json", TokenFailed),
        (TokenUnauthorizedBody, "error_app_key_not_defined.json", AppKeyErrorBody),
        (BadRequestBody, "error_400_info_at_me_legacy_2019.json", MessageErrorBody),  # also the 422 body
    ],
)
def test_each_error_status_parses_to_its_shape(union: type[BadRequestBody], body: str, shape: type[object]) -> None:
    parsed = union.model_validate_json((EXAMPLES / body).read_bytes())
    assert type(parsed.root) is shape


def test_error_bodies_without_the_optional_members() -> None:
    failed = TokenFailed.model_validate_json((EXAMPLES / "token_401_without_step_autoshares.json").read_bytes())
    assert (failed.State, failed.Reason) == ("Failed", "Invalid credentials") and "Step" not in failed.model_fields_set
    server = ServerErrorBody.model_validate_json((EXAMPLES / "error_500_without_error_autoshares.json").read_bytes())
    assert server.message == "An error occurred while processing your request"
    assert "error" not in server.model_fields_set


@pytest.mark.parametrize(
    ("model", "body"),
    [
        (ServerErrorBody, b'{"Message": "An error occurred while processing your request"}'),
        (TokenFailed, b'{"Step": "BaseAuthentication", "Reason": "Invalid credentials"}'),
        (AppKeyErrorBody, b'{"Error": "Application key is not defined or does not exist"}'),
        (MessageErrorBody, b'{"message": "Authorization has been denied for this request."}'),
        (ValidationErrorBody, b'{"Message": "The request is invalid."}'),
    ],
)
def test_error_shapes_keep_their_key_casing(model: type[ServerErrorBody], body: bytes) -> None:
    with pytest.raises(ValidationError):
        model.model_validate_json(body)
