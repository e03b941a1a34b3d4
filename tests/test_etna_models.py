"""The generated ETNA models on the vendor's bodies and on the wire quirks the contract describes."""

from __future__ import annotations

import datetime
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


def test_balance_map_is_exact_for_known_and_unknown_keys() -> None:
    info = AccountBalanceInfo.model_validate_json(_with_key(BALANCE, "marginEquity", "1084543.57000000"))
    assert str(info.changePercent) == "-0.05700775140829844330933239"
    assert info.equityTotal == info.cash + info.marketValue
    assert info.marketValue == (
        info.stockLongMarketValue
        + info.stockShortMarketValue
        + info.optionLongMarketValue
        + info.optionShortMarketValue
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


def test_balance_map_without_a_2019_key_is_rejected() -> None:
    body = BALANCE.replace(b'"marketValue": 25413', b'"marketValueX": 25413')
    with pytest.raises(ValidationError, match="marketValue"):
        AccountBalanceInfo.model_validate_json(body)


def test_positions_list_comes_in_two_forms() -> None:
    bare = PositionsResponse.model_validate_json(POSITIONS)
    assert isinstance(bare.root, PositionList)
    page = PositionsResponse.model_validate_json(_paged(POSITIONS))
    assert isinstance(page.root, PositionPage)
    assert page.root.Result == bare.root.root
    assert str(page.root.Result[0].MarketValueEOD) == "645.19"


@pytest.mark.parametrize("link", ['""', "null", '"https://pub-api-et-demo-prod.etnasoft.us/api/v1.0/x?pageNumber=1"'])
def test_page_links_are_urls_empty_or_null(link: str) -> None:
    page = PositionPage.model_validate_json(_paged(POSITIONS, next_link=link))
    assert page.NextPageLink in ("", None) or str(page.NextPageLink).startswith("https://")


def test_page_wrapper_needs_every_member() -> None:
    with pytest.raises(ValidationError, match="TotalCount"):
        PositionPage.model_validate_json(b'{"Result": [], "NextPageLink": "", "PreviousPageLink": ""}')
    with pytest.raises(ValidationError, match="NextPageLink"):
        PositionPage.model_validate_json(_paged(b"[]", next_link='"page 2"'))


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
        (TokenUnauthorizedBody, "error_app_key_not_defined.json", AppKeyErrorBody),
    ],
)
def test_each_error_status_parses_to_its_shape(union: type[BadRequestBody], body: str, shape: type[object]) -> None:
    parsed = union.model_validate_json((EXAMPLES / body).read_bytes())
    assert type(parsed.root) is shape


@pytest.mark.parametrize(
    ("model", "body"),
    [
        (ServerErrorBody, b'{"Message": "An error occurred while processing your request"}'),
        (AppKeyErrorBody, b'{"Error": "Application key is not defined or does not exist"}'),
        (MessageErrorBody, b'{"message": "Authorization has been denied for this request."}'),
        (ValidationErrorBody, b'{"Message": "The request is invalid."}'),
    ],
)
def test_error_shapes_keep_their_key_casing(model: type[ServerErrorBody], body: bytes) -> None:
    with pytest.raises(ValidationError):
        model.model_validate_json(body)
