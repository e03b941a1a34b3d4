"""TradeStation Brokerage API v3: partial failures, token pagination and exact decimal strings.

The client runs against an httpx mock transport (no server); the models parse the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import httpx
import pytest
from pydantic import MISSING
from tradestation_v3_client import AuthenticatedClient, errors
from tradestation_v3_client.api.accounts import get_accounts
from tradestation_v3_client.api.balances import get_balances, get_bod_balances
from tradestation_v3_client.api.order_history import get_historical_orders
from tradestation_v3_client.api.positions import get_positions
from tradestation_v3_client.models import (
    AccountsResponse,
    AssetTypeEnum,
    Balance,
    BalancesResponse,
    BODBalancesResponse,
    ErrorResponse,
    HistoricalOrder,
    HistoricalOrdersResponse,
    HistoricalStatus,
    PositionDirection,
    PositionsResponse,
)
from tradestation_v3_client.types import UNSET, Unset
from tradestation_v3_models import models
from tradestation_v3_models.models import BalancesResponse as BalancesModel
from tradestation_v3_models.models import HistoricalOrdersResponse as HistoricalOrdersModel

from scripts import json_text
from scripts.schema_validation import SchemaValidators

from .conftest import project_spec

SPEC = project_spec("tradestation-v3")
EXAMPLES = SPEC.folder / "examples"
Answer = Callable[[httpx.Request], httpx.Response]


def _client(answer: Answer) -> AuthenticatedClient:
    transport = httpx.MockTransport(answer)
    return AuthenticatedClient(
        base_url="https://api.tradestation.com", token="token", max_retries=0, httpx_args={"transport": transport}
    )


def _serve(body: bytes, status: int = 200, seen: list[httpx.Request] | None = None) -> AuthenticatedClient:
    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

    return _client(answer)


def _named(operation: str, name: str) -> bytes:
    pointer = SPEC.response_schema_pointer(SPEC.operation(operation), 200).rsplit("/", 1)[0]
    return json_text.dumps(SPEC.resolve("#" + pointer)["examples"][name]["value"]).encode()


def test_partial_failure_carries_results_and_errors() -> None:
    raw = (EXAMPLES / "v3_balances_spec_example_with_errors.json").read_bytes()
    seen: list[httpx.Request] = []
    with _serve(raw, seen=seen) as client:
        result = get_balances.sync(accounts="123456789,123456782,123456781,123456789C", client=client)
    assert isinstance(result, BalancesResponse)
    assert [b.account_type for b in result.balances] == ["Cash", "Margin", "Futures"]
    assert not isinstance(result.errors, Unset)
    [error] = result.errors
    assert (error.account_id, error.error, error.message) == (
        "123456789C",
        "Forbidden",
        "Request not supported for account type.",
    )
    assert seen[0].url.path == "/v3/brokerage/accounts/123456789,123456782,123456781,123456789C/balances"

    parsed = BalancesModel.model_validate_json(raw)
    assert parsed.Errors is not MISSING and [e.AccountID for e in parsed.Errors] == ["123456789C"]
    futures = parsed.Balances[2]
    assert futures.CurrencyDetails is not MISSING and futures.CurrencyDetails[0].AccountConversionRate == Decimal("1")
    assert str(futures.BuyingPower) == "123455574.320001"


def test_every_account_failing_is_still_a_200_with_only_errors() -> None:
    with _serve(_named("get_balances", "UnknownAccount")) as client:
        result = get_balances.sync(accounts="9999999", client=client)
    assert isinstance(result, BalancesResponse)
    assert result.balances == []
    assert not isinstance(result.errors, Unset) and result.errors[0].account_id == "9999999"


def test_errors_may_be_absent() -> None:
    with _serve(b'{"BODBalances": []}') as client:
        result = get_bod_balances.sync(accounts="3120001", client=client)
    assert isinstance(result, BODBalancesResponse)
    assert result.errors is UNSET
    assert models.BODBalancesResponse.model_validate_json(b'{"BODBalances": []}').BODBalances == []


def test_whole_request_errors_are_typed() -> None:
    client = _serve(b'{"Error": "TooManyRequests", "Message": "Quota exceeded."}', status=429)
    with client, pytest.raises(errors.RateLimitError) as raised:
        get_positions.sync(accounts="3120001", client=client)
    result = raised.value.body
    assert isinstance(result, ErrorResponse)
    assert result.error == "TooManyRequests"


def test_futures_accounts_have_no_account_detail() -> None:
    raw = (EXAMPLES / "v3_accounts_spec_example.json").read_bytes()
    with _serve(raw) as client:
        result = get_accounts.sync(client=client)
    assert isinstance(result, AccountsResponse)
    cash, margin, futures = result.accounts
    assert futures.account_type == "Futures" and futures.account_detail is UNSET
    assert not isinstance(margin.account_detail, Unset) and margin.account_detail.option_approval_level == 1
    assert not isinstance(cash.account_detail, Unset)
    parsed = models.AccountsResponse.model_validate_json(raw)
    assert parsed.Accounts[2].AccountDetail is MISSING


def test_decimal_strings_keep_every_digit() -> None:
    raw = _named("get_balances", "FuturesAccountAsV2Docs")
    with _serve(raw) as client:
        result = get_balances.sync(accounts="5430612", client=client)
    assert isinstance(result, BalancesResponse)
    [balance] = result.balances
    assert not isinstance(balance.currency_details, Unset)
    jpy = balance.currency_details[0]
    assert str(jpy.account_conversion_rate) == "0.0095697442964323993262900015"
    assert isinstance(jpy.cash_balance, Decimal) and jpy.cash_balance == Decimal("-188750")
    model = BalancesModel.model_validate_json(raw).Balances[0]
    assert model.CurrencyDetails is not MISSING
    assert str(model.CurrencyDetails[0].AccountConversionRate) == "0.0095697442964323993262900015"
    assert model.model_dump(mode="json", by_alias=True)["Equity"] == "3212461.980402"


def test_positions_parse_with_signed_quantities() -> None:
    raw = _named("get_positions", "SameAccountsAsV2")
    seen: list[httpx.Request] = []
    with _serve(raw, seen=seen) as client:
        result = get_positions.sync(accounts="3120002,3120004", client=client, symbol="ESZ25,MSFT *")
    assert isinstance(result, PositionsResponse)
    short, call = result.positions
    assert (short.asset_type, short.long_short, short.quantity) == (
        AssetTypeEnum.FUTURE,
        PositionDirection.SHORT,
        Decimal(-1),
    )
    assert call.asset_type is AssetTypeEnum.STOCKOPTION and call.mark_to_market_price == Decimal("11.4")
    assert seen[0].url.params["symbol"] == "ESZ25,MSFT *"


def test_historical_orders_walk_every_page_with_next_token() -> None:
    """pageSize turns pagination on; each NextToken goes back as nextToken until a page has none."""
    first, last = _named("get_historical_orders", "FirstPage"), _named("get_historical_orders", "LastPage")
    token = HistoricalOrdersModel.model_validate_json(first).NextToken
    assert isinstance(token, str)
    pages: dict[str | None, bytes] = {None: first, token: last}
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=pages[request.url.params.get("nextToken")])

    orders: list[HistoricalOrder] = []
    next_token: str | Unset = UNSET
    with _client(answer) as client:
        while True:
            page = get_historical_orders.sync(
                accounts="3120002,3120004", client=client, since="2025-09-30", page_size=2, next_token=next_token
            )
            assert isinstance(page, HistoricalOrdersResponse)
            orders.extend(page.orders)
            if not isinstance(page.next_token, str) or not page.next_token:
                break
            next_token = page.next_token
    assert [o.order_id for o in orders] == ["508811920", "508790441", "508612337"]
    assert [o.status for o in orders] == [HistoricalStatus.FLL, HistoricalStatus.FLL, HistoricalStatus.EXP]
    assert [dict(r.url.params) for r in seen] == [
        {"since": "2025-09-30", "pageSize": "2"},
        {"since": "2025-09-30", "pageSize": "2", "nextToken": token},
    ]
    assert len(orders) < 2 * len(seen), "the last page has fewer orders than pageSize"


def test_the_published_token_survives_the_round_trip() -> None:
    """The vendor's example token contains `>`: it is opaque, accepted, and sent back intact."""
    raw = (EXAMPLES / "v3_historicalorders_spec_example_nexttoken.json").read_bytes()
    token = HistoricalOrdersModel.model_validate_json(raw).NextToken
    assert isinstance(token, str) and ">" in token
    seen: list[httpx.Request] = []
    with _serve(raw, seen=seen) as client:
        page = get_historical_orders.sync(accounts="123456782", client=client, since="01/13/2006", next_token=token)
    assert isinstance(page, HistoricalOrdersResponse) and page.next_token == token
    assert seen[0].url.params["nextToken"] == token
    rule = page.orders[0].market_activation_rules
    assert not isinstance(rule, Unset) and rule[0].predicate == "gt"


@pytest.mark.parametrize(
    ("name", "value", "accepted"),
    [
        ("since", "2006-01-13", True),
        ("since", "01-13-2006", True),
        ("since", "2006/01/13", True),
        ("since", "01/13/2006", True),
        ("since", "2006-13-01", False),
        ("since", "13/01/2006", False),
        ("since", "2006-01-13T00:00:00Z", False),
        ("pageSize", 1, True),
        ("pageSize", 600, True),
        ("pageSize", 0, False),
        ("pageSize", 601, False),
    ],
)
def test_historical_order_parameters_are_as_precise_as_documented(name: str, value: object, accepted: bool) -> None:
    """Both order-history operations share `since` (the component `Since`); `pageSize` is the list's own."""
    for operation_id in ("get_historical_orders", "get_historical_orders_by_id"):
        op = SPEC.operation(operation_id)
        pointers = [
            p["$ref"].removeprefix("#") if "$ref" in p else f"{op.pointer}/parameters/{i}"
            for i, p in enumerate(op.definition["parameters"])
        ]
        named = [pointer for pointer in pointers if SPEC.resolve("#" + pointer)["name"] == name]
        if name == "pageSize" and operation_id == "get_historical_orders_by_id":
            assert named == []
            continue
        [pointer] = named
        errors = SchemaValidators(SPEC.document).errors(f"{pointer}/schema", value)
        assert (errors == []) is accepted


@pytest.mark.parametrize(
    ("accounts", "accepted"),
    [
        ("61999124", True),
        ("SIM1145924M,123456789C", True),
        (",".join(["1"] * 25), True),
        (",".join(["1"] * 26), False),
        ("1,,2", False),
    ],
)
def test_the_account_list_takes_1_to_25_ids(accounts: str, accepted: bool) -> None:
    errors = SchemaValidators(SPEC.document).errors("/components/parameters/Accounts/schema", accounts)
    assert (errors == []) is accepted


@pytest.mark.parametrize(
    ("order_ids", "accepted"),
    [
        ("508612337", True),
        (",".join(str(508612337 + n) for n in range(50)), True),
        (",".join(["1"] * 51), False),
        ("1,,2", False),
        ("", False),
    ],
)
def test_orders_by_id_take_1_to_50_ids(order_ids: str, accepted: bool) -> None:
    for operation_id in ("get_historical_orders_by_id", "get_orders_by_id"):
        op = SPEC.operation(operation_id)
        assert {"$ref": "#/components/parameters/OrderIds"} in op.definition["parameters"]
    errors = SchemaValidators(SPEC.document).errors("/components/parameters/OrderIds/schema", order_ids)
    assert (errors == []) is accepted


# ---- forms the contract accepts although no published body shows them ---------------------------


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("0", True),
        ("-549.999999", True),
        ("+5", True),
        (".5", True),
        ("-.5", True),
        ("5.", True),
        ("1E-05", True),
        ("2.31383992000534e+4", True),
        ("-0", True),
        ("", False),
        ("NaN", False),
        ("Infinity", False),
        ("1,000", False),
        ("1_000", False),
        (" 1", False),
        (".", False),
        ("+", False),
        ("E5", False),
        ("1E", False),
        ("0x1F", False),
    ],
)
def test_decimal_text_takes_every_finite_number_form(text: str, accepted: bool) -> None:
    """Signs, bare fractions and exponents are numbers (notes §10: the form is unverified); other text is not."""
    assert (SchemaValidators(SPEC.document).errors("/components/schemas/DecimalString", text) == []) is accepted
    body = json_text.dumps({"Balances": [{"AccountID": "1", "AccountType": "Cash", "Equity": text}]}).encode()
    if accepted:
        equity = BalancesModel.model_validate_json(body).Balances[0].Equity
        assert isinstance(equity, Decimal) and equity.as_tuple() == Decimal(text).as_tuple()
    else:
        with pytest.raises(ValueError, match="decimal string"):
            BalancesModel.model_validate_json(body)


def test_a_balance_needs_only_its_id_and_type() -> None:
    """The notes' sketch requires AccountID and AccountType only; exotic decimal text stays exact."""
    raw = (EXAMPLES / "v3_balances_handmade_sparse.json").read_bytes()
    with _serve(raw) as client:
        result = get_balances.sync(accounts="123456789,123456782", client=client)
    assert isinstance(result, BalancesResponse)
    bare, margin = result.balances
    assert isinstance(bare, Balance) and (bare.account_id, bare.account_type) == ("123456789", "Cash")
    assert bare.balance_detail is UNSET and bare.equity is UNSET and bare.commission is UNSET
    assert not isinstance(margin.balance_detail, Unset)
    assert margin.balance_detail.maintenance_rate == Decimal("0.00001")
    assert margin.buying_power == Decimal("39735498.661") and margin.todays_profit_loss == Decimal("0.8001")
    model = BalancesModel.model_validate_json(raw).Balances
    assert model[0].BuyingPower is MISSING
    assert model[1].CashBalance == Decimal("39735538.661")


def test_a_forex_account_is_listed_as_text() -> None:
    """`Forex` is undocumented (notes B.1, §8.11) but accepted: AccountType is text."""
    raw = (EXAMPLES / "v3_accounts_handmade_forex.json").read_bytes()
    with _serve(raw) as client:
        result = get_accounts.sync(client=client)
    assert isinstance(result, AccountsResponse)
    assert [(a.account_type, a.account_detail is UNSET) for a in result.accounts] == [
        ("Margin", False),
        ("Forex", True),
    ]
    assert models.AccountsResponse.model_validate_json(raw).Accounts[1].AccountType == "Forex"


def test_orders_need_only_ids_status_and_legs() -> None:
    """An exercise without type, prices, routing or fees; a leg without OpenOrClose; a short sale of a
    bond; a price rule in upper case; and a null NextToken on the last page."""
    raw = (EXAMPLES / "v3_historicalorders_handmade_last_page.json").read_bytes()
    with _serve(raw) as client:
        page = get_historical_orders.sync(accounts="123456782", client=client, since="2021-01-01")
    assert isinstance(page, HistoricalOrdersResponse)
    exercise, rejected = page.orders
    assert exercise.status is HistoricalStatus.EXE
    assert exercise.order_type is UNSET and exercise.price_used_for_buying_power is UNSET
    assert exercise.routing is UNSET and exercise.commission_fee is UNSET and exercise.opened_date_time is UNSET
    assert exercise.legs[0].open_or_close is UNSET and exercise.legs[0].strike_price == Decimal("210")
    assert rejected.legs[0].asset_type is AssetTypeEnum.BOND and rejected.legs[0].buy_or_sell == "SellShort"
    assert not isinstance(rejected.market_activation_rules, Unset)
    assert rejected.market_activation_rules[0].predicate == "GT"
    assert page.next_token is None
    parsed = HistoricalOrdersModel.model_validate_json(raw)
    assert parsed.NextToken is None and parsed.Orders[0].OrderType is MISSING

    empty = (EXAMPLES / "v3_historicalorders_handmade_empty_token.json").read_bytes()
    with _serve(empty) as client:
        last = get_historical_orders.sync(accounts="123456782", client=client, since="2021-01-01")
    assert isinstance(last, HistoricalOrdersResponse) and last.next_token == "" and last.orders == []
    assert HistoricalOrdersModel.model_validate_json(empty).NextToken == ""


@pytest.mark.parametrize(
    ("predicate", "accepted"),
    [
        ("Lt", True),
        ("lte", True),
        ("gt", True),
        ("Gt", True),
        ("GT", True),
        ("gTE", True),
        ("eq", False),
        ("Gtt", False),
    ],
)
def test_a_price_rule_predicate_takes_any_letter_case(predicate: str, accepted: bool) -> None:
    """The vendor describes `Gt` and sends `gt` (notes §8.9): its casing is not fixed."""
    pointer = "/components/schemas/MarketActivationRule/properties/Predicate"
    assert (SchemaValidators(SPEC.document).errors(pointer, predicate) == []) is accepted


def test_asset_types_are_the_vendors_general_twelve() -> None:
    """notes §8.9: the general AssetType has twelve values; positions and legs take all of them."""
    assert {member.value for member in AssetTypeEnum} == {
        *("UNKNOWN", "STOCK", "STOCKOPTION", "FUTURE", "FUTUREOPTION", "FOREX", "CURRENCYOPTION"),
        *("INDEX", "INDEXOPTION", "MUTUALFUND", "MONEYMARKETFUND", "BOND"),
    }
    assert {m.value for m in models.AssetTypeEnum} == {m.value for m in AssetTypeEnum}
