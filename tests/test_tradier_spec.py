"""The Tradier contract itself (what validators, the mock and Schemathesis read): each wire quirk, stated exactly."""

from __future__ import annotations

import copy
import re
from decimal import Decimal
from typing import Any

import pytest

from scripts import list_accessors
from scripts.example_files import load_json
from scripts.schema_validation import SchemaValidators

from .tradier_wire import balances, example_body, spec

OPERATIONS = [op.operation_id for op in spec().operations()]


def _errors(operation_id: str, value: Any, status: int = 200) -> list[str]:
    tradier = spec()
    pointer = tradier.response_schema_pointer(tradier.operation(operation_id), status)
    return [str(e) for e in SchemaValidators(tradier.document).errors(pointer, value)]


def _valid(operation_id: str, value: Any, status: int = 200) -> bool:
    return not _errors(operation_id, value, status)


ONE_POSITION = load_json(example_body("get_account_positions", "OneShortOption"))["positions"]["position"]
ONE_EVENT = load_json(example_body("get_account_history", "OneDividend"))["history"]["event"]
ONE_CLOSED = load_json(example_body("get_account_gain_loss", "OneClosedShort"))["gainloss"]["closed_position"]
COLLECTIONS = [
    ("get_account_positions", "positions", "position", ONE_POSITION),
    ("get_account_history", "history", "event", ONE_EVENT),
    ("get_account_gain_loss", "gainloss", "closed_position", ONE_CLOSED),
]


@pytest.mark.parametrize(("operation_id", "wrapper", "key", "item"), COLLECTIONS, ids=[c[1] for c in COLLECTIONS])
def test_collection_wire_forms(operation_id: str, wrapper: str, key: str, item: Any) -> None:
    """None: the string "null" or JSON null (gain/loss also `{}`); one: an object or a one-element array;
    two or more: an array. Nothing else."""
    assert _valid(operation_id, {wrapper: "null"})
    assert _valid(operation_id, {wrapper: None})
    assert _valid(operation_id, {wrapper: {key: item}})
    assert _valid(operation_id, {wrapper: {key: [item]}})
    assert _valid(operation_id, {wrapper: {key: [item, item]}})
    assert _valid(operation_id, {wrapper: {}}) == (wrapper == "gainloss")
    wrong_forms: list[Any] = [[], "", "none", {key: []}, {key: None}, {key: "null"}]
    for wrong in wrong_forms:
        assert not _valid(operation_id, {wrapper: wrong}), wrong
    assert not _valid(operation_id, {})


def test_profile_account_is_one_or_many_but_never_null() -> None:
    account = load_json(example_body("get_user_profile", "SingleAccount"))["profile"]["account"]
    profile = {"id": "id-gcostanza", "name": "George Costanza"}
    assert _valid("get_user_profile", {"profile": {**profile, "account": account}})
    assert _valid("get_user_profile", {"profile": {**profile, "account": [account]}})
    assert _valid("get_user_profile", {"profile": {**profile, "account": [account, account]}})
    empties: list[Any] = ["null", None, []]
    for empty in empties:
        assert not _valid("get_user_profile", {"profile": {**profile, "account": empty}})


def test_profile_values_the_docs_list_are_open() -> None:
    """`status`, `type` and `option_level` take values beyond the documented ones (none listed as exhaustive)."""
    account = load_json(example_body("get_user_profile", "SingleAccount"))["profile"]["account"]
    profile = {"id": "id-gcostanza", "name": "George Costanza"}
    for change in ({"status": "restricted"}, {"type": "pdt"}, {"option_level": 7}):
        assert _valid("get_user_profile", {"profile": {**profile, "account": {**account, **change}}}), change
    assert not _valid("get_user_profile", {"profile": {**profile, "account": {**account, "option_level": -1}}})


@pytest.mark.parametrize("example", ["margin", "cash", "pdt"])
def test_balances_carry_exactly_the_sub_object_named_by_account_type(example: str) -> None:
    body = load_json(balances(example))
    assert _valid("get_account_balances", body)
    for other in {"margin", "cash", "pdt"} - {example}:
        extra = copy.deepcopy(body)
        extra["balances"][other] = {}
        assert not _valid("get_account_balances", extra), f"{example} account with a {other} sub-object"
        retagged = load_json(balances(example, account_type=other))
        assert not _valid("get_account_balances", retagged), f"{example} sub-object under account_type {other}"


def test_a_dividend_has_its_details_under_at_most_one_key() -> None:
    detail = {"description": "GENERAL ELECTRIC COMPANY", "quantity": Decimal("0.00000000")}
    base = {"amount": Decimal("0.12"), "date": "2018-10-25T00:00:00Z", "type": "dividend"}
    assert _valid("get_account_history", {"history": {"event": {**base, "dividend": detail}}})
    assert _valid("get_account_history", {"history": {"event": {**base, "adjustment": detail}}})
    assert _valid("get_account_history", {"history": {"event": base}})
    assert not _valid("get_account_history", {"history": {"event": {**base, "dividend": detail, "adjustment": detail}}})


@pytest.mark.parametrize("kind", ["trade", "option", "ach", "wire", "fee", "tax", "check", "interest"])
def test_an_event_requires_only_amount_date_and_type(kind: str) -> None:
    base = {"amount": 0, "date": "2018-10-25T00:00:00Z", "type": kind}
    assert _valid("get_account_history", {"history": {"event": base}})
    assert _valid("get_account_history", {"history": {"event": {**base, "adjustment": {"description": "x"}}}})
    for missing in base:
        partial = {k: v for k, v in base.items() if k != missing}
        assert not _valid("get_account_history", {"history": {"event": partial}}), missing


def test_amounts_are_json_numbers_never_strings() -> None:
    body = load_json(balances("cash"))
    body["balances"]["total_cash"] = 0
    assert _valid("get_account_balances", body)
    body["balances"]["total_cash"] = "6363.86"
    assert not _valid("get_account_balances", body)


def test_every_timestamp_takes_an_optional_fraction() -> None:
    """Each endpoint sends its own form, but a fraction (or its absence) is accepted everywhere."""
    assert _valid(
        "get_account_positions", {"positions": {"position": {**ONE_POSITION, "date_acquired": "2018-03-02T15:09:45Z"}}}
    )
    assert _valid(
        "get_account_gain_loss", {"gainloss": {"closed_position": {**ONE_CLOSED, "close_date": "2022-07-07T00:00:00Z"}}}
    )
    assert _valid("get_account_history", {"history": {"event": {**ONE_EVENT, "date": "2018-10-25T00:00:00.000Z"}}})
    for wrong in ("2018-10-25T00:00:00+00:00", "2018-10-25T00:00:00.Z", "2018-10-25 00:00:00Z", "2018-10-25"):
        assert not _valid("get_account_history", {"history": {"event": {**ONE_EVENT, "date": wrong}}}), wrong


def test_a_fault_requires_only_its_faultstring() -> None:
    assert _valid("get_account_balances", {"fault": {"faultstring": "Datastore Error"}}, 401)
    assert not _valid("get_account_balances", {"fault": {"detail": {"errorcode": "x"}}}, 401)


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_every_operation_documents_auth_json_rate_limits_and_errors(operation_id: str) -> None:
    tradier = spec()
    op = tradier.dereferenced["paths"][tradier.operation(operation_id).path]["get"]
    accept = next(p for p in op["parameters"] if p["name"] == "Accept")
    assert (accept["in"], accept["schema"]["default"], accept["schema"]["allOf"][0]["enum"]) == (
        "header",
        "application/json",
        ["application/json"],
    )
    assert set(op["responses"]["200"]["headers"]) == {
        "X-Ratelimit-Allowed",
        "X-Ratelimit-Used",
        "X-Ratelimit-Available",
        "X-Ratelimit-Expiry",
    }
    fault = load_json(b'{"fault":{"faultstring":"Invalid Access Token","detail":{"errorcode":"x"}}}')
    assert _valid(operation_id, fault, 401)
    if "400" in op["responses"]:
        assert _valid(operation_id, {"errors": {"error": "one"}}, 400)
        assert _valid(operation_id, {"errors": {"error": ["one", "two"]}}, 400)
        assert not _valid(operation_id, {"errors": {"error": []}}, 400)


def test_servers_and_auth() -> None:
    document = spec().document
    assert [s["url"] for s in document["servers"]] == ["https://api.tradier.com", "https://sandbox.tradier.com"]
    assert document["components"]["securitySchemes"]["BearerAuth"] == {
        **document["components"]["securitySchemes"]["BearerAuth"],
        "type": "http",
        "scheme": "bearer",
    }
    assert document["security"] == [{"BearerAuth": []}]


@pytest.mark.parametrize(
    ("operation_id", "names"),
    [
        (
            "get_account_history",
            ["account_id", "Accept", "page", "limit", "type", "start", "end", "symbol", "exactMatch"],
        ),
        (
            "get_account_gain_loss",
            ["account_id", "Accept", "page", "limit", "sortBy", "sort", "start", "end", "symbol"],
        ),
    ],
)
def test_paged_operations_take_the_vendor_parameters(operation_id: str, names: list[str]) -> None:
    tradier = spec()
    params = tradier.dereferenced["paths"][tradier.operation(operation_id).path]["get"]["parameters"]
    assert [p["name"] for p in params] == names
    page = next(p for p in params if p["name"] == "page")
    assert page["schema"]["minimum"] == 1  # pages count from 1
    assert all(not p.get("required") for p in params if p["in"] == "query")


def test_every_collection_wrapper_declares_its_list_accessor() -> None:
    declared = {(a.owner, a.method, a.wire_path) for a in list_accessors.accessors_of(spec().document)}
    assert declared == {
        ("PositionsResponse", "position_list", "positions.position"),
        ("HistoryResponse", "event_list", "history.event"),
        ("GainLossResponse", "closed_position_list", "gainloss.closed_position"),
        ("ProfileResponse", "account_list", "profile.account"),
        ("TradierErrors", "error_list", "errors.error"),
        ("OrdersResponse", "order_list", "orders.order"),
    }


def test_a_quota_violation_is_a_400_with_a_text_body() -> None:
    tradier = spec()
    for operation_id in OPERATIONS:
        pointer = tradier.response_schema_pointer(tradier.operation(str(operation_id)), 400, "text/plain")
        validators = SchemaValidators(tradier.document)
        assert not validators.errors(pointer, "Quota Violation 1369168800001"), operation_id
        assert validators.errors(pointer, "Invalid parameter"), operation_id


def test_exact_match_is_a_boolean_like_string_in_any_case() -> None:
    tradier = spec()
    params = tradier.dereferenced["paths"][tradier.operation("get_account_history").path]["get"]["parameters"]
    schema = next(p for p in params if p["name"] == "exactMatch")["schema"]
    assert schema["type"] == "string" and "(?i)" not in schema["pattern"]  # ECMA-262 has no inline flags
    pattern = re.compile(schema["pattern"])
    for accepted in ("true", "false", "True", "False", "TRUE"):
        assert pattern.fullmatch(accepted), accepted
    for refused in ("1", "0", "yes", "", "truefalse", "true "):
        assert not pattern.search(refused), refused
