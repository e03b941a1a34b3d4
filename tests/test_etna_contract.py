"""What the ETNA contract itself says (JSON Schema semantics, as the validators and the mock read it)."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.example_files import load_json
from scripts.schema_validation import SchemaValidators
from scripts.specs import Operation

from .conftest import project_spec

SPEC = project_spec("etna")
VALIDATORS = SchemaValidators(SPEC.document)
EXAMPLES = SPEC.folder / "examples"
ACCOUNT_OPERATIONS = [op for op in SPEC.operations() if op.path != "/token"]


def _errors(operation_id: str, status: int, body: Any) -> list[str]:
    pointer = SPEC.response_schema_pointer(SPEC.operation(operation_id), status)
    return [str(error) for error in VALIDATORS.errors(pointer, body)]


def _example(name: str) -> Any:
    return load_json((EXAMPLES / name).read_bytes())


def _parameters(op: Operation) -> dict[str, dict[str, Any]]:
    dereferenced = SPEC.dereferenced["paths"][op.path][op.method]
    return {p["name"]: p for p in dereferenced.get("parameters", [])}


def test_account_operations_need_both_auth_headers_together() -> None:
    schemes = SPEC.document["components"]["securitySchemes"]
    assert schemes["EtAppKey"] == {**schemes["EtAppKey"], "type": "apiKey", "in": "header", "name": "Et-App-Key"}
    assert schemes["BearerToken"] == {**schemes["BearerToken"], "type": "http", "scheme": "bearer"}
    for op in ACCOUNT_OPERATIONS:
        assert op.definition["security"] == [{"EtAppKey": [], "BearerToken": []}], op.path


def test_token_takes_the_app_key_and_credentials_as_headers_and_no_body() -> None:
    op = SPEC.operation("request_token")
    assert (op.method, op.definition["security"]) == ("post", [])
    assert "requestBody" not in op.definition
    headers = {name: p for name, p in _parameters(op).items() if p["in"] == "header"}
    # Password, OAuth and second-step logins send different headers: only the app key is always there.
    assert {name for name, p in headers.items() if p.get("required")} == {"Et-App-Key"}
    assert {"Username", "Password", "OAuthCode", "RedirectUri", "PinCode", "VerificationCode"} <= set(headers)
    assert headers["Authorization"]["schema"] == {"type": "string"}  # the provisional token of a 202
    assert set(op.definition["responses"]) == {"200", "202", "401", "403"}


@pytest.mark.parametrize(
    ("status", "body", "valid"),
    [
        (200, {"State": "Succeeded", "Token": "t"}, True),
        (200, {"State": "Expecting", "Token": "t"}, False),
        (202, {"State": "Expecting", "Step": "SecutityPin", "Token": "t"}, True),
        (202, {"State": "Succeeded", "Step": "SecutityPin", "Token": "t"}, False),
        (401, {"State": "Failed", "Step": "BaseAuthentication", "Reason": "Invalid credentials"}, True),
        (401, {"error": "Application key is not defined or does not exist"}, True),
        (401, {"State": "Failed", "Reason": "Invalid credentials"}, True),  # AutoShares: no Step
        (401, {"State": "Failed"}, True),
        (401, {"Step": "BaseAuthentication", "Reason": "Invalid credentials"}, False),
        (401, {"State": "Succeeded", "Reason": "Invalid credentials"}, False),
    ],
)
def test_token_bodies_pin_their_state(status: int, body: dict[str, str], valid: bool) -> None:
    assert (_errors("request_token", status, body) == []) is valid


# Each error shape of the notes, by status: the body the vendor sends there, and one it never sends.
ERROR_SHAPES = [
    (400, "error_400_info_at_me_modelstate.json", {"error": "Unexpected"}),
    (400, "error_400_info_at_me_legacy_2019.json", {"message": "The request is invalid."}),
    (401, "error_401_authorization_denied.json", {"message": "Authorization has been denied for this request."}),
    (401, "error_app_key_not_defined.json", {"Error": "Application key is not defined or does not exist"}),
    (403, "error_app_key_not_defined.json", {"Message": "Authorization has been denied for this request."}),
    (404, "error_404_history_missing_query_params.json", {"Error": "No HTTP resource was found"}),
    (404, "error_404_transactions_missing_query_params.json", {"Error": {"Code": "UnsupportedApiVersion"}}),
    (422, "error_400_info_at_me_modelstate.json", {"message": "The request is invalid."}),
    (422, "error_400_info_at_me_legacy_2019.json", {"ModelState": {"accountId": ["x"]}}),
    (500, "error_500_user_id_instead_of_account_id.json", {"Message": "An error has occurred."}),
    (500, "error_500_without_error_autoshares.json", {"error": "Unexpected server error"}),
]


@pytest.mark.parametrize(("status", "sent", "never"), ERROR_SHAPES)
@pytest.mark.parametrize("op", ACCOUNT_OPERATIONS, ids=[op.operation_id or "" for op in ACCOUNT_OPERATIONS])
def test_every_account_operation_documents_the_vendor_error_shapes(
    op: Operation, status: int, sent: str, never: dict[str, Any]
) -> None:
    assert op.operation_id is not None
    assert _errors(op.operation_id, status, _example(sent)) == []
    assert _errors(op.operation_id, status, never) != []


def test_paged_lists_use_zero_based_pages_and_the_wrapper() -> None:
    for operation_id in ("get_positions", "get_transactions", "get_orders"):
        op = SPEC.operation(operation_id)
        parameters = _parameters(op)
        assert parameters["pageNumber"]["required"] and parameters["pageNumber"]["schema"]["minimum"] == 0
        assert parameters["pageSize"]["required"]
        page = {"Result": [], "NextPageLink": "", "PreviousPageLink": "", "TotalCount": 0}
        assert _errors(operation_id, 200, page) == []
        for missing in ("Result", "TotalCount"):
            assert _errors(operation_id, 200, {k: v for k, v in page.items() if k != missing}) != [], missing
        assert _errors(operation_id, 200, {"Result": [], "TotalCount": 0}) == []  # links left out
        for link in (None, "/v1.0/accounts/6303/orders?pageNumber=1&pageSize=25", "https://h/api/x?filter=a b"):
            assert _errors(operation_id, 200, {**page, "NextPageLink": link, "PreviousPageLink": link}) == []
        assert _errors(operation_id, 200, {**page, "NextPageLink": 1}) != []
        assert _errors(operation_id, 200, {**page, "TotalCount": -1}) != []


def test_positions_sorting_parameters_are_required_and_named_per_endpoint() -> None:
    positions = _parameters(SPEC.operation("get_positions"))
    transactions = _parameters(SPEC.operation("get_transactions"))
    orders = _parameters(SPEC.operation("get_orders"))
    assert all(positions[name]["required"] for name in ("pageNumber", "pageSize", "sortField", "desc"))
    assert all(transactions[name]["required"] for name in ("pageNumber", "pageSize", "sortBy", "isDesc"))
    assert not orders["sortField"].get("required") and not orders["desc"].get("required")
    # ETNA's 99 for positions is a "preferable" size: advice, not a limit; the orders page states 100.
    assert "maximum" not in positions["pageSize"]["schema"] and orders["pageSize"]["schema"]["maximum"] == 100


# Properties of swagger-2026's resources the 2023 lists lacked (the audit's examples).
@pytest.mark.parametrize(
    ("component", "resource", "added"),
    [
        ("PositionSortField", "Position", {"UnrealizedProfitLoss", "EODPrice", "Cusip"}),
        ("TransactionSortField", "Transaction", {"Symbol", "Price", "OrderId"}),
        ("OrderSortField", "OrderLeg", {"Symbol", "Target", "UserName"}),
    ],
)
def test_every_scalar_property_is_a_sort_field(component: str, resource: str, added: set[str]) -> None:
    schemas = SPEC.dereferenced["components"]["schemas"]
    values = set(schemas[component]["enum"])
    scalars = {
        name
        for name, schema in schemas[resource]["properties"].items()
        if schema.get("type") not in ("object", "array") and "properties" not in schema
    }
    assert added <= values and values == scalars


@pytest.mark.parametrize("operation_id", ["get_positions", "get_orders"])
def test_positions_and_orders_come_as_a_page_or_a_bare_array(operation_id: str) -> None:
    assert _errors(operation_id, 200, []) == []
    assert _errors(operation_id, 200, {"Result": []}) != []


def test_positions_bare_array_example_and_orders_with_an_integer_enum_validate() -> None:
    assert _errors("get_positions", 200, _example("positions_200_docs_bare_array.json")) == []
    legacy = _example("positions_200_legacy_2019_bare_array.json")
    assert "MarketValueEOD" not in legacy[0] and _errors("get_positions", 200, legacy) == []
    assert _errors("get_positions", 200, {"Result": legacy, "TotalCount": 1}) == []
    assert _errors("get_positions_by_symbol", 200, legacy) == []
    assert _errors("get_positions", 200, [{k: v for k, v in legacy[0].items() if k != "CostBasis"}]) != []
    orders = _example("orders_200_docs.json")
    assert orders["Result"][1]["ExecInst"] == 0
    assert _errors("get_orders", 200, orders) == []


@pytest.mark.parametrize(
    ("where", "value", "valid"),
    [
        ("ExecInst", 0, True),
        ("ExecInst", "AllOrNone", True),
        ("ExecInst", "0", False),
        ("ExecInst", "Sometimes", False),
        ("Status", 2, True),
        ("SettDate", "0001-01-01T00:00:00Z", True),
        ("ParentId", -1, True),
        ("ParentId", -2, False),
        ("Quantity", "150", False),
    ],
)
def test_order_fields(where: str, value: Any, valid: bool) -> None:
    orders = _example("orders_200_docs.json")
    orders["Result"][0][where] = value
    assert (_errors("get_orders", 200, orders) == []) is valid


def test_plain_string_enums_do_not_take_integers_and_are_open() -> None:
    positions = _example("positions_200_docs_bare_array.json")
    positions[0]["SecurityType"] = 6
    assert _errors("get_positions", 200, positions) != []
    positions[0]["SecurityType"] = "TokenizedAsset"  # a type ETNA may add
    assert _errors("get_positions", 200, positions) == []
    groups = [{"Name": 1, "MarketValue": 0}]
    assert _errors("get_position_groups", 200, groups) != []
    # ETNA's own example returns Options, which its list of groups lacks: the names are not closed
    assert _errors("get_position_groups", 200, _example("positions_groups_200_docs.json")) == []
    assert _errors("get_position_groups", 200, [{"Name": "StructuredProducts", "MarketValue": 1}]) == []


def test_cash_movements_carry_the_security_sentinel() -> None:
    transactions = _example("transactions_200_docs.json")
    deposit = transactions["Result"][1]
    assert (deposit["SecurityId"], deposit["OrderStateId"], "Fee" in deposit) == (-1, 0, False)
    deposit["SecurityId"] = -2
    assert _errors("get_transactions", 200, transactions) != []


def test_balance_map_describes_known_keys_and_allows_new_numeric_ones() -> None:
    info = _example("account_info_200_legacy_2019.json")
    assert _errors("get_account_balance_info", 200, {**info, "openPLDay": -571.5, "someNewKey": 1}) == []
    assert _errors("get_account_balance_info", 200, {**info, "someNewKey": "1"}) != []
    assert _errors("get_account_balance_info", 200, {**info, "someNewKey": None}) != []
    # a free map in the swaggers; ETNA's page of users/{userId}/balance-info shows {}
    assert _errors("get_account_balance_info", 200, {k: v for k, v in info.items() if k != "excess"}) == []
    assert _errors("get_account_balance_info", 200, {}) == []
    assert _errors("get_account_balance_info", 200, _example("account_info_200_docs_2023.json")) == []
    schema = SPEC.document["components"]["schemas"]["AccountBalanceInfo"]
    assert schema["additionalProperties"] == {"$ref": "#/components/schemas/DecimalNumber"}
    assert all(p["$ref"] == "#/components/schemas/DecimalNumber" for p in schema["properties"].values())
    assert "required" not in schema
    assert set(_example("account_info_200_docs_2023.json")) == set(schema["properties"]) > set(info)


def test_at_me_is_refused_as_an_account_id_but_allowed_as_a_user_id() -> None:
    account_id = SPEC.document["components"]["parameters"]["AccountId"]["schema"]
    assert account_id["type"] == "integer"
    for operation_id in ("get_user_accounts", "get_user_info"):
        user_id = _parameters(SPEC.operation(operation_id))["userId"]["schema"]
        assert user_id["pattern"] == "^(@me|[1-9][0-9]{0,9})$"


def test_the_user_profile_answers_user_info() -> None:
    op = SPEC.operation("get_user_info")
    assert (op.method, op.path) == ("get", "/v{version}/users/{userId}/info")
    profile = {"UserId": 7125, "Role": 0, "AddedDate": "2012-11-29T16:08:15.96Z", "Salutation": 0, "Suffix": "Jr"}
    assert _errors("get_user_info", 200, profile) == []
    assert _errors("get_user_info", 200, {**profile, "UserId": "7125"}) != []


def test_every_operation_is_under_the_api_version_but_token() -> None:
    for op in ACCOUNT_OPERATIONS:
        assert op.path.startswith("/v{version}/"), op.path
        assert _parameters(op)["version"]["schema"]["enum"] == ["1.0", "1"]


def test_the_decisions_are_recorded() -> None:
    description = SPEC.document["info"]["description"]
    decisions = (
        "*Positions list*",
        "*Orders list*",
        "*Page links*",
        "*Validation failures*",
        "*Error bodies*",
        "*Token credentials*",
        "*Balance map*",
        "*Sort fields*",
        "*Page sizes*",
    )
    for decision in decisions:
        assert decision in description
    assert "predating" not in description  # the 2019 page shows the bare array beside the paging parameters


def test_history_days_may_be_absent() -> None:
    description = SPEC.operation("get_account_history").definition["description"]
    assert "days may be absent" in description and "2023-06-26" in description
