"""TradeStation WebAPI v2: both generated packages pick the right account class and keep every digit.

The client runs against an httpx mock transport (no server); the models parse the same bytes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from tradestation_v2_client import AuthenticatedClient, errors
from tradestation_v2_client.api.accounts import get_user_accounts
from tradestation_v2_client.api.balances import get_balances
from tradestation_v2_client.api.order_history import get_orders
from tradestation_v2_client.api.positions import get_positions
from tradestation_v2_client.models import (
    AccountType,
    ApiVersion,
    EquityAccount,
    EquityAccountType,
    Error,
    ForexAccount,
    ForexCurrencyDetail,
    FuturesAccount,
    FuturesCurrencyDetail,
    LongShortEnum,
    OrderDetail,
    Position,
)
from tradestation_v2_models import models, parse_json
from tradestation_v2_models.models import AccountBalances

from scripts import json_text
from scripts.example_files import load_json
from scripts.schema_validation import SchemaValidators

from .conftest import project_spec

SPEC = project_spec("tradestation-v2")
EXAMPLES = SPEC.folder / "examples"
JPY_CASH = "-1806.2892359516153728372377831"
JPY_RATE = "0.0095697442964323993262900015"


def _client(
    body: bytes, status: int = 200, content_type: str = "application/json", seen: list[httpx.Request] | None = None
) -> AuthenticatedClient:
    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, content=body, headers={"Content-Type": content_type})

    transport = httpx.MockTransport(answer)
    return AuthenticatedClient(
        base_url="https://api.tradestation.com", token="token", max_retries=0, httpx_args={"transport": transport}
    )


def _named(operation: str, name: str) -> bytes:
    """A named example of an operation's 200 body, written as the vendor would send it."""
    pointer = SPEC.response_schema_pointer(SPEC.operation(operation), 200).rsplit("/", 1)[0]
    return json_text.dumps(SPEC.resolve("#" + pointer)["examples"][name]["value"]).encode()


def _client_balances(body: bytes) -> list[Any]:
    with _client(body) as client:
        result = get_balances.sync(account_keys="114277", client=client)
    assert isinstance(result, list)
    return result


def test_futures_balance_is_a_futures_account_with_exact_currency_details() -> None:
    raw = (EXAMPLES / "v2_balances_docs_futures_array.json").read_bytes()

    [account] = _client_balances(raw)
    assert isinstance(account, FuturesAccount)
    jpy, usd = account.currency_details
    assert isinstance(jpy, FuturesCurrencyDetail) and isinstance(usd, FuturesCurrencyDetail)
    assert (jpy.currency, usd.currency) == ("JPY", "USD")
    assert str(jpy.real_time_account_cash_balance) == JPY_CASH
    assert str(jpy.to_account_conversion_rate) == JPY_RATE
    assert str(account.real_time_equity) == "3212461.98040200000000000000"

    [parsed] = AccountBalances.model_validate_json(raw).root
    futures = parsed.root
    assert isinstance(futures, models.FuturesAccount)
    jpy_model = futures.CurrencyDetails[0]
    assert isinstance(jpy_model, models.FuturesCurrencyDetail)
    assert str(jpy_model.RealTimeAccountRealizedProfitLoss) == JPY_CASH
    assert jpy_model.ToAccountConversionRate == Decimal(JPY_RATE)
    assert parse_json(AccountBalances, raw) == AccountBalances.model_validate_json(raw)


@pytest.mark.parametrize(
    ("example", "classes", "types"),
    [
        ("CashMarginDvpAccounts", [EquityAccount] * 3, ["C", "M", "D"]),
        ("FuturesAccountDocs", [FuturesAccount], ["F"]),
        ("FuturesAccount", [FuturesAccount], ["F"]),
        ("ForexAccount", [ForexAccount], ["X"]),
    ],
)
def test_each_account_kind_gets_its_class_in_both_packages(example: str, classes: list[type], types: list[str]) -> None:
    raw = _named("get_balances", example)
    client_accounts = _client_balances(raw)
    model_accounts = [item.root for item in AccountBalances.model_validate_json(raw).root]
    assert [type(a) for a in client_accounts] == classes
    assert [type(a).__name__ for a in model_accounts] == [c.__name__ for c in classes]
    assert [str(a.type_) for a in client_accounts] == [str(m.Type) for m in model_accounts] == types
    for account, model in zip(client_accounts, model_accounts, strict=True):
        assert str(account.real_time_unrealized_profit_loss) == str(model.RealTimeUnrealizedProfitLoss)
        if isinstance(account, EquityAccount):
            assert isinstance(account.type_, EquityAccountType)
        if isinstance(account, ForexAccount):
            assert all(isinstance(d, ForexCurrencyDetail) for d in account.currency_details)


def test_equity_amounts_keep_every_digit() -> None:
    cash, margin, _dvp = _client_balances(_named("get_balances", "CashMarginDvpAccounts"))
    assert str(cash.real_time_unrealized_profit_loss) == "1806.2892359516153728372377831"
    assert str(margin.real_time_unrealized_profit_loss) == "-2931.79545186560000000000"
    assert margin.closed_positions[0].profit == Decimal("-125.5000")


def test_a_type_hint_that_contradicts_type_is_rejected_by_both() -> None:
    """`__type` names the same kind as `Type`: an equity body claiming to be a futures account fails."""
    raw = _named("get_balances", "CashMarginDvpAccounts").replace(b'"EquityAccount:#', b'"FuturesAccount:#', 1)
    with pytest.raises(errors.APIResponseValidationError) as raised:
        _client_balances(raw)
    assert (raised.value.path, raised.value.rule) == ("$[0]", "oneOf")
    with pytest.raises(ValueError, match="__type"):
        AccountBalances.model_validate_json(raw)


def test_the_bare_object_docs_example_is_an_account_but_not_a_balances_body() -> None:
    raw = (EXAMPLES / "v2_balances_docs_cash_single_object.json").read_bytes()
    validators = SchemaValidators(SPEC.document)
    body_schema = SPEC.response_schema_pointer(SPEC.operation("get_balances"), 200)
    assert [e.message for e in validators.errors(body_schema, load_json(raw))] != []
    assert validators.errors("/components/schemas/Account", load_json(raw)) == []
    account = parse_json(models.Account, raw).root
    assert isinstance(account, models.EquityAccount)
    assert str(account.RealTimeUnrealizedProfitLoss) == "19638.14545186560000000000"
    with pytest.raises(ValueError, match="list"):
        AccountBalances.model_validate_json(raw)


def test_quota_exceeded_html_is_a_rate_limit_error_with_the_page() -> None:
    page = b"<html><body>Quota Exceeded</body></html>"
    client = _client(page, status=403, content_type="text/html")
    with client, pytest.raises(errors.RateLimitError) as raised:
        get_balances.sync_detailed(account_keys="114277", client=client)
    assert raised.value.status_code == 403
    assert raised.value.body == page.decode()


def test_positions_keep_the_docs_quirks_and_send_the_filter() -> None:
    seen: list[httpx.Request] = []
    raw = (EXAMPLES / "v2_positions_docs_equity_array.json").read_bytes()
    with _client(raw, seen=seen) as client:
        positions = get_positions.sync(
            account_keys="114275,114276", client=client, filter_="Symbol eq 'A'", api_version=ApiVersion.V20160101
        )
    assert isinstance(positions, list) and all(isinstance(p, Position) for p in positions)
    assert positions[0].long_short is LongShortEnum.LONG_LETTER
    assert positions[1].last_price == 0 and positions[1].last_price_display == "4.9"
    assert str(positions[1].average_price) == "7.5332084153"
    assert seen[0].url.path == "/v2/accounts/114275,114276/positions"
    assert seen[0].url.params["$filter"] == "Symbol eq 'A'"
    assert seen[0].url.params["APIVersion"] == "20160101"


def test_order_history_sends_since_and_pages() -> None:
    seen: list[httpx.Request] = []
    with _client(_named("get_orders", "OpenOptionAndFilledStock"), seen=seen) as client:
        orders = get_orders.sync(account_keys="3120002", client=client, since="09-30-2025", page_size=50, page_num=2)
    assert isinstance(orders, list) and all(isinstance(o, OrderDetail) for o in orders)
    assert dict(seen[0].url.params) == {"since": "09-30-2025", "pageSize": "50", "pageNum": "2"}
    option_leg, stock_leg = orders[0].legs[0], orders[1].legs[0]
    assert (option_leg.order_type, option_leg.order_type_description) == (0, "Limit")
    assert stock_leg.order_type == "Market"
    assert orders[0].country is None


def test_user_accounts_list_every_account_type() -> None:
    raw = (EXAMPLES / "v2_users_accounts_docs.json").read_bytes()
    with _client(raw) as client:
        accounts = get_user_accounts.sync(user_id="testuser", client=client)
    assert isinstance(accounts, list)
    assert [a.type_ for a in accounts] == [AccountType.CASH, AccountType.MARGIN, AccountType.FUTURES, AccountType.FOREX]
    assert [a.Key for a in models.UserAccounts.model_validate_json(raw).root] == [987654, 876543, 765432, 654321]


@pytest.mark.parametrize(
    "body",
    [
        b'{"TraceId": "5f0c2b1e-4a7d-4a43-9a8e-2d5b8c1f7e90", "StatusCode": 404, "Message": "Account Not Found"}',
        b'{"StatusCode": "Fail", "Message": "Account Not Found"}',
    ],
    ids=["swagger-error", "older-docs-error"],
)
def test_an_unknown_key_fails_the_whole_request(body: bytes) -> None:
    """v2 has no per-account errors: a key the caller may not see is a 404 Error, in either era's shape."""
    client = _client(body, status=404)
    with client, pytest.raises(errors.NotFoundError) as raised:
        get_balances.sync(account_keys="114277,999", client=client)
    result = raised.value.body
    assert isinstance(result, Error)
    assert result.message == "Account Not Found"
    assert result.status_code in (404, "Fail")


# ---- the Swagger's conventions: blank fields, epoch timestamps, open code lists ------------------
# Hand-made bodies following notes §A.0 ("Blank fields may either be included as null or omitted";
# "All timestamps are returned in Epoch time format unless stated otherwise"), built from the spec's
# examples so that everything else stays as published.

VALIDATORS = SchemaValidators(SPEC.document)


def _example(operation: str, name: str) -> list[dict[str, Any]]:
    body: list[dict[str, Any]] = load_json(_named(operation, name))
    return body


def _valid(operation: str, body: list[dict[str, Any]]) -> bytes:
    """The body as wire bytes, after checking it against the operation's schema."""
    schema = SPEC.response_schema_pointer(SPEC.operation(operation), 200)
    assert [e.message for e in VALIDATORS.errors(schema, body)] == []
    return json_text.dumps(body).encode()


def test_blank_fields_may_be_null_or_omitted_and_the_balance_class_still_follows_type() -> None:
    cash, margin, _dvp = _example("get_balances", "CashMarginDvpAccounts")
    [futures] = _example("get_balances", "FuturesAccount")
    cash |= {"StatusDescription": None, "TypeDescription": None, "ClosedPositions": None, "UnclearedDeposit": None}
    del cash["BODAccountBalance"]  # deprecated by the vendor
    margin["ClosedPositions"][0]["Profit"] = None
    futures |= {"Currency": None, "RealTimeTradeEquity": None}
    del futures["CurrencyDetails"][0]["RealTimeAccountMarginRequirement"]  # only one docs example shows it
    raw = _valid("get_balances", [cash, margin, futures])

    client_cash, client_margin, client_futures = _client_balances(raw)
    assert (type(client_cash), type(client_margin), type(client_futures)) == (
        EquityAccount,
        EquityAccount,
        FuturesAccount,
    )
    assert client_cash.closed_positions is None and client_cash.status_description is None
    assert client_cash.unsettled_fund == Decimal("1250.0000") and client_cash.uncleared_deposit is None
    assert str(client_margin.real_time_unrealized_profit_loss) == "-2931.79545186560000000000"
    assert client_futures.real_time_trade_equity is None and client_futures.currency is None
    models_cash, models_margin, models_futures = (a.root for a in AccountBalances.model_validate_json(raw).root)
    assert isinstance(models_cash, models.EquityAccount) and isinstance(models_futures, models.FuturesAccount)
    assert models_cash.ClosedPositions is None and models_cash.TypeDescription is None
    assert models_margin.ClosedPositions is not None and models_margin.ClosedPositions[0].Profit is None
    assert str(models_futures.RealTimeEquity) == "151207.98000000000000000000"


def test_a_type_hint_is_still_needed_to_pick_the_class() -> None:
    """`Type` and the ids stay required and non-null: without them neither package can tell the class."""
    [futures] = _example("get_balances", "FuturesAccount")
    for broken in ({**futures, "Type": None}, {k: v for k, v in futures.items() if k != "Key"}):
        schema = SPEC.response_schema_pointer(SPEC.operation("get_balances"), 200)
        assert VALIDATORS.errors(schema, [broken]) != []
        with pytest.raises(ValueError):
            AccountBalances.model_validate_json(json_text.dumps([broken]))


def test_timestamps_may_be_epoch_integers_or_strings() -> None:
    position, option = _example("get_positions", "FuturesAndOptionPositions")
    position |= {"TimeStamp": 1482849060000, "ContractExpireDate": "/Date(1482849060000)/", "Symbol": None}
    option |= {"TimeStamp": None, "ContractExpireDate": 1768521600}
    raw = _valid("get_positions", [position, option])
    with _client(raw) as client:
        positions = get_positions.sync(account_keys="3120004", client=client)
    assert isinstance(positions, list)
    futures_position, option_position = positions
    assert isinstance(futures_position, Position) and isinstance(option_position, Position)
    assert (futures_position.time_stamp, option_position.contract_expire_date) == (1482849060000, 1768521600)
    parsed = models.AccountPositions.model_validate_json(raw).root
    assert parsed[0].TimeStamp == 1482849060000 and parsed[0].ContractExpireDate == "/Date(1482849060000)/"

    opened, filled = _example("get_orders", "OpenOptionAndFilledStock")
    filled |= {"FilledCanceled": 1760537060, "TimeStamp": 1760537059, "Status": "SUS", "Duration": None}
    filled["Legs"][0] |= {"TimeExecuted": 1760537060, "ExpireDate": None, "Side": "Buy"}
    opened["MarketActivationRules"] = [{"RuleType": "Price", "Symbol": "MSFT", "TriggerKey": "QQQ", "Price": None}]
    raw = _valid("get_orders", [opened, filled])
    with _client(raw) as client:
        orders = get_orders.sync(account_keys="3120002", client=client)
    assert isinstance(orders, list)
    assert (orders[1].filled_canceled, orders[1].legs[0].time_executed, orders[1].legs[0].side) == (
        1760537060,
        1760537060,
        "Buy",
    )
    rules = orders[0].market_activation_rules
    assert str(orders[1].status) == "SUS" and isinstance(rules, list) and rules[0].trigger_key == "QQQ"
    parsed_orders = models.OrderHistory.model_validate_json(raw).root
    assert parsed_orders[1].TimeStamp == 1760537059 and parsed_orders[1].Status.value == "SUS"


@pytest.mark.parametrize(
    ("wire", "text"),
    [("1200.50", b'"1200.50"'), (Decimal("1200.50"), b"1200.50"), (0, b"0")],
    ids=["string", "number", "integral-number"],
)
def test_day_trade_margin_is_a_decimal_string_or_number(wire: str | Decimal | int, text: bytes) -> None:
    [position, _] = _example("get_positions", "FuturesAndOptionPositions")
    raw = _valid("get_positions", [position | {"DayTradeMargin": wire}])
    assert b'"DayTradeMargin": ' + text in raw
    [parsed] = models.AccountPositions.model_validate_json(raw).root
    assert isinstance(parsed.DayTradeMargin, Decimal) and str(parsed.DayTradeMargin) == text.decode().strip('"')
    with _client(raw) as client:
        positions = get_positions.sync(account_keys="3120004", client=client)
    assert isinstance(positions, list)
    margin = positions[0].day_trade_margin
    assert isinstance(margin, Decimal) and str(margin) == text.decode().strip('"')
