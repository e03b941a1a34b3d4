"""What the ETNA contract itself says (JSON Schema semantics, as the validators and the mock read it)."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.example_files import load_json
from scripts.schema_validation import SchemaValidators
from scripts.specs import SPECS_DIR, Operation, load

SPEC = load(SPECS_DIR / "etna")
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
    assert {name for name, p in headers.items() if p.get("required")} == {"Et-App-Key", "Username", "Password"}
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
        (401, {"State": "Failed"}, False),
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
    (422, "error_400_info_at_me_modelstate.json", {"Message": "The request is invalid."}),
    (500, "error_500_user_id_instead_of_account_id.json", {"Message": "An error has occurred."}),
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
        for missing in page:
            assert _errors(operation_id, 200, {k: v for k, v in page.items() if k != missing}) != [], missing
        assert _errors(operation_id, 200, {**page, "NextPageLink": None}) == []
        assert _errors(operation_id, 200, {**page, "NextPageLink": "pageNumber=1"}) != []
        assert _errors(operation_id, 200, {**page, "TotalCount": -1}) != []


def test_positions_sorting_parameters_are_required_and_named_per_endpoint() -> None:
    positions = _parameters(SPEC.operation("get_positions"))
    transactions = _parameters(SPEC.operation("get_transactions"))
    orders = _parameters(SPEC.operation("get_orders"))
    assert all(positions[name]["required"] for name in ("pageNumber", "pageSize", "sortField", "desc"))
    assert all(transactions[name]["required"] for name in ("pageNumber", "pageSize", "sortBy", "isDesc"))
    assert not orders["sortField"].get("required") and not orders["desc"].get("required")
    assert (positions["pageSize"]["schema"]["maximum"], orders["pageSize"]["schema"]["maximum"]) == (99, 100)


@pytest.mark.parametrize("operation_id", ["get_positions", "get_orders"])
def test_positions_and_orders_come_as_a_page_or_a_bare_array(operation_id: str) -> None:
    assert _errors(operation_id, 200, []) == []
    assert _errors(operation_id, 200, {"Result": []}) != []


def test_positions_bare_array_example_and_orders_with_an_integer_enum_validate() -> None:
    assert _errors("get_positions", 200, _example("positions_200_docs_bare_array.json")) == []
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


def test_plain_string_enums_do_not_take_integers() -> None:
    positions = _example("positions_200_docs_bare_array.json")
    positions[0]["SecurityType"] = 6
    assert _errors("get_positions", 200, positions) != []
    groups = [{"Name": 1, "MarketValue": 0}]
    assert _errors("get_position_groups", 200, groups) != []


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
    assert _errors("get_account_balance_info", 200, {k: v for k, v in info.items() if k != "excess"}) != []
    schema = SPEC.document["components"]["schemas"]["AccountBalanceInfo"]
    assert schema["additionalProperties"] == {"$ref": "#/components/schemas/DecimalNumber"}
    assert all(p["$ref"] == "#/components/schemas/DecimalNumber" for p in schema["properties"].values())
    assert set(schema["required"]) == set(info) and {"openPLDay", "openPLPercent", "totalPL"} <= set(
        schema["properties"]
    )


def test_at_me_is_refused_as_an_account_id_but_allowed_as_a_user_id() -> None:
    account_id = SPEC.document["components"]["parameters"]["AccountId"]["schema"]
    assert account_id["type"] == "integer"
    user_id = _parameters(SPEC.operation("get_user_accounts"))["userId"]["schema"]
    assert user_id["pattern"] == "^(@me|[1-9][0-9]{0,9})$"


def test_every_operation_is_under_the_api_version_but_token() -> None:
    for op in ACCOUNT_OPERATIONS:
        assert op.path.startswith("/v{version}/"), op.path
        assert _parameters(op)["version"]["schema"]["enum"] == ["1.0", "1"]


def test_the_decisions_are_recorded() -> None:
    description = SPEC.document["info"]["description"]
    for decision in ("*Positions list*", "*Orders list*", "*Empty page links*", "*Validation failures*"):
        assert decision in description
