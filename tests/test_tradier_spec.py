"""The Tradier contract itself (what validators, the mock and Schemathesis read): each wire quirk, stated exactly."""

from __future__ import annotations

import copy
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
    """None: the string "null"; one: an object; two or more: an array. Nothing else."""
    assert _valid(operation_id, {wrapper: "null"})
    assert _valid(operation_id, {wrapper: {key: item}})
    assert _valid(operation_id, {wrapper: {key: [item, item]}})
    wrong_forms: list[Any] = [None, [], {}, "", "none", {key: []}, {key: [item]}, {key: None}, {key: "null"}]
    for wrong in wrong_forms:
        assert not _valid(operation_id, {wrapper: wrong}), wrong
    assert not _valid(operation_id, {})


def test_profile_account_is_one_or_many_but_never_null() -> None:
    account = load_json(example_body("get_user_profile", "SingleAccount"))["profile"]["account"]
    profile = {"id": "id-gcostanza", "name": "George Costanza"}
    assert _valid("get_user_profile", {"profile": {**profile, "account": account}})
    assert _valid("get_user_profile", {"profile": {**profile, "account": [account, account]}})
    assert not _valid("get_user_profile", {"profile": {**profile, "account": "null"}})
    assert not _valid("get_user_profile", {"profile": {**profile, "account": [account]}})


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


def test_a_dividend_has_its_details_under_exactly_one_key() -> None:
    detail = {"description": "GENERAL ELECTRIC COMPANY", "quantity": Decimal("0.00000000")}
    base = {"amount": Decimal("0.12"), "date": "2018-10-25T00:00:00Z", "type": "dividend"}
    assert _valid("get_account_history", {"history": {"event": {**base, "dividend": detail}}})
    assert _valid("get_account_history", {"history": {"event": {**base, "adjustment": detail}}})
    assert not _valid("get_account_history", {"history": {"event": base}})
    assert not _valid("get_account_history", {"history": {"event": {**base, "dividend": detail, "adjustment": detail}}})


def test_amounts_are_json_numbers_never_strings() -> None:
    body = load_json(balances("cash"))
    body["balances"]["total_cash"] = 0
    assert _valid("get_account_balances", body)
    body["balances"]["total_cash"] = "6363.86"
    assert not _valid("get_account_balances", body)


def test_timestamp_forms_differ_by_endpoint() -> None:
    assert not _valid(
        "get_account_positions", {"positions": {"position": {**ONE_POSITION, "date_acquired": "2018-03-02T15:09:45Z"}}}
    )
    assert not _valid(
        "get_account_gain_loss", {"gainloss": {"closed_position": {**ONE_CLOSED, "close_date": "2022-07-07T00:00:00Z"}}}
    )
    assert not _valid("get_account_history", {"history": {"event": {**ONE_EVENT, "date": "2018-10-25T00:00:00.000Z"}}})


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
    }
