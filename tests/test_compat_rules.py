"""Each rule of the breaking-change report, on a small document changed one way at a time."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from scripts.compat.compare import compare

Doc = dict[str, Any]
ITEM = "/components/schemas/Item"
NEW_ITEM = "/components/schemas/NewItem"
GET = "/paths/~1items~1{id}/get"
POST = "/paths/~1items/post"


def _base() -> Doc:
    ok = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/items/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {
                    "operationId": "get_item",
                    "summary": "Get",
                    "tags": ["Items"],
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}},
                        {"name": "sort", "in": "query", "schema": {"$ref": "#/components/schemas/Sort"}},
                    ],
                    "responses": {"200": ok, "404": {"$ref": "#/components/responses/NotFound"}},
                },
            },
            "/items": {
                "post": {
                    "operationId": "create_item",
                    "summary": "Create",
                    "tags": ["Items"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewItem"}}},
                    },
                    "responses": {"201": ok},
                }
            },
        },
        "components": {
            "schemas": {
                "Sort": {"type": "string", "enum": ["asc", "desc"]},
                "Status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
                "Kind": {"type": "string", "enum": ["A", "B"]},
                "Amount": {"type": "string", "format": "decimal", "pattern": "^[0-9]+$"},
                "Item": {
                    "type": "object",
                    "required": ["id", "amount", "status"],
                    "properties": {
                        "id": {"type": "string", "description": "The id."},
                        "amount": {"$ref": "#/components/schemas/Amount"},
                        "status": {"$ref": "#/components/schemas/Status"},
                        "kind": {"$ref": "#/components/schemas/Kind"},
                        "note": {"type": "string", "maxLength": 20},
                        "tags": {"type": "array", "items": {"type": "string"}},
                        "child": {"$ref": "#/components/schemas/Item"},
                    },
                },
                "NewItem": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "maxLength": 50},
                        "kind": {"$ref": "#/components/schemas/Kind"},
                        "label": {"type": ["string", "null"]},
                    },
                },
                "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            },
            "responses": {
                "NotFound": {
                    "description": "missing",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                }
            },
        },
    }


def _changes(mutate: Callable[[Doc], None]) -> list[tuple[str, str, bool]]:
    new = _base()
    mutate(new)
    return [(c.pointer, c.rule, c.breaking) for c in compare(_base(), new)]


def _schemas(doc: Doc) -> Doc:
    schemas: Doc = doc["components"]["schemas"]
    return schemas


def _get(doc: Doc) -> Doc:
    operation: Doc = doc["paths"]["/items/{id}"]["get"]
    return operation


def test_identical_documents_have_no_changes() -> None:
    assert compare(_base(), _base()) == []


def test_recursive_schema_is_compared_once() -> None:
    """`Item.child` refers to `Item`: the walk stops instead of looping, and reports the change once."""
    changes = _changes(lambda d: _schemas(d)["Item"]["properties"].pop("note"))
    assert changes == [(f"{ITEM}/properties/note", "property-removed", True)]


# -- responses: what readers get ---------------------------------------------------------------------


def test_response_property_removed_breaks_readers() -> None:
    assert (f"{ITEM}/properties/note", "property-removed", True) in _changes(
        lambda d: _schemas(d)["Item"]["properties"].pop("note")
    )


def test_response_property_made_optional_breaks_and_made_required_does_not() -> None:
    assert _changes(lambda d: _schemas(d)["Item"]["required"].remove("status")) == [
        (f"{ITEM}/required", "property-required-changed", True)
    ]
    assert _changes(lambda d: _schemas(d)["Item"]["required"].append("note")) == [
        (f"{ITEM}/required", "property-required-changed", False)
    ]


def test_response_property_made_nullable_breaks_readers() -> None:
    def nullable_type(d: Doc) -> None:
        _schemas(d)["Item"]["properties"]["note"]["type"] = ["string", "null"]

    def nullable_ref(d: Doc) -> None:
        _schemas(d)["Item"]["properties"]["status"] = {
            "oneOf": [{"$ref": "#/components/schemas/Status"}, {"type": "null"}]
        }

    assert _changes(nullable_type) == [(f"{ITEM}/properties/note", "nullable-changed", True)]
    # The ref wrapped in a null oneOf is still the same enum: only the nullability is reported.
    assert _changes(nullable_ref) == [(f"{ITEM}/properties/status", "nullable-changed", True)]


def test_response_no_longer_null_is_compatible() -> None:
    old = _base()
    _schemas(old)["Item"]["properties"]["note"]["type"] = ["string", "null"]
    changes = compare(old, _base())
    assert [(c.pointer, c.rule, c.breaking) for c in changes] == [
        (f"{ITEM}/properties/note", "nullable-changed", False)
    ]


def test_response_enum_widened_breaks_closed_enum_readers_and_narrowed_does_not() -> None:
    assert _changes(lambda d: _schemas(d)["Status"]["enum"].append("FROZEN")) == [
        ("/components/schemas/Status/enum", "enum-values-added", True)
    ]
    assert _changes(lambda d: _schemas(d)["Status"]["enum"].remove("CLOSED")) == [
        ("/components/schemas/Status/enum", "enum-values-removed", False)
    ]


def test_response_property_added_is_compatible() -> None:
    assert _changes(lambda d: _schemas(d)["Item"]["properties"].update(extra={"type": "string"})) == [
        (f"{ITEM}/properties/extra", "property-added", False)
    ]


def test_response_bound_widened_or_pattern_removed_breaks_validating_readers() -> None:
    assert _changes(lambda d: _schemas(d)["Item"]["properties"]["note"].update(maxLength=40)) == [
        (f"{ITEM}/properties/note/maxLength", "constraint-widened", True)
    ]
    assert _changes(lambda d: _schemas(d)["Amount"].pop("pattern")) == [
        ("/components/schemas/Amount/pattern", "constraint-widened", True)
    ]
    assert _changes(lambda d: _schemas(d)["Item"]["properties"]["note"].update(maxLength=10)) == [
        (f"{ITEM}/properties/note/maxLength", "constraint-narrowed", False)
    ]


def test_response_oneof_variant_added_breaks_readers() -> None:
    def widen(d: Doc) -> None:
        _schemas(d)["Other"] = {"type": "object"}
        ok = _get(d)["responses"]["200"]["content"]["application/json"]
        ok["schema"] = {"oneOf": [{"$ref": "#/components/schemas/Item"}, {"$ref": "#/components/schemas/Other"}]}

    old = _base()
    _get(old)["responses"]["200"]["content"]["application/json"]["schema"] = {
        "oneOf": [{"$ref": "#/components/schemas/Item"}]
    }
    new = _base()
    widen(new)
    found = [(c.pointer, c.rule, c.breaking) for c in compare(old, new)]
    assert ("/components/schemas/Other", "variant-added", True) in found


def test_response_status_removed_breaks_and_added_does_not() -> None:
    assert _changes(lambda d: _get(d)["responses"].pop("404")) == [(f"{GET}/responses/404", "response-removed", True)]
    assert _changes(lambda d: _get(d)["responses"].update({"429": {"description": "slow down"}})) == [
        (f"{GET}/responses/429", "response-added", False)
    ]


# -- requests: what callers send ---------------------------------------------------------------------


def test_new_required_parameter_breaks_callers_and_optional_does_not() -> None:
    def add(required: bool) -> Callable[[Doc], None]:
        return lambda d: _get(d)["parameters"].append(
            {"name": "region", "in": "query", "required": required, "schema": {"type": "string"}}
        )

    assert _changes(add(True)) == [(f"{GET}/parameters/2", "parameter-added", True)]
    assert _changes(add(False)) == [(f"{GET}/parameters/2", "parameter-added", False)]


def test_parameter_made_required_breaks_and_removed_breaks() -> None:
    assert _changes(lambda d: _get(d)["parameters"][0].update(required=True)) == [
        (f"{GET}/parameters/0/required", "parameter-required-changed", True)
    ]
    assert _changes(lambda d: _get(d)["parameters"].pop(0)) == [(f"{GET}/parameters/0", "parameter-removed", True)]


def test_request_enum_narrowed_breaks_callers_and_widened_does_not() -> None:
    assert _changes(lambda d: _schemas(d)["Sort"]["enum"].remove("desc")) == [
        ("/components/schemas/Sort/enum", "enum-values-removed", True)
    ]
    assert _changes(lambda d: _schemas(d)["Sort"]["enum"].append("random")) == [
        ("/components/schemas/Sort/enum", "enum-values-added", False)
    ]


def test_request_bound_narrowed_breaks_callers() -> None:
    assert _changes(lambda d: _get(d)["parameters"][0]["schema"].update(maximum=50)) == [
        (f"{GET}/parameters/0/schema/maximum", "constraint-narrowed", True)
    ]
    assert _changes(lambda d: _schemas(d)["NewItem"]["properties"]["name"].update(pattern="^[a-z]+$")) == [
        (f"{NEW_ITEM}/properties/name/pattern", "constraint-narrowed", True)
    ]
    assert _changes(lambda d: _schemas(d)["NewItem"]["properties"]["name"].update(maxLength=80)) == [
        (f"{NEW_ITEM}/properties/name/maxLength", "constraint-widened", False)
    ]


def test_request_body_property_rules() -> None:
    assert _changes(lambda d: _schemas(d)["NewItem"]["required"].append("kind")) == [
        (f"{NEW_ITEM}/required", "property-required-changed", True)
    ]
    assert _changes(lambda d: _schemas(d)["NewItem"]["required"].remove("name")) == [
        (f"{NEW_ITEM}/required", "property-required-changed", False)
    ]

    def add_required(d: Doc) -> None:
        _schemas(d)["NewItem"]["properties"]["owner"] = {"type": "string"}
        _schemas(d)["NewItem"]["required"].append("owner")

    assert _changes(add_required) == [(f"{NEW_ITEM}/properties/owner", "property-added", True)]
    assert _changes(lambda d: _schemas(d)["NewItem"]["properties"].update(memo={"type": "string"})) == [
        (f"{NEW_ITEM}/properties/memo", "property-added", False)
    ]


def test_request_null_accepted_is_compatible_and_refused_breaks() -> None:
    assert _changes(lambda d: _schemas(d)["NewItem"]["properties"]["label"].update(type="string")) == [
        (f"{NEW_ITEM}/properties/label", "nullable-changed", True)
    ]
    assert _changes(lambda d: _schemas(d)["NewItem"]["properties"]["name"].update(type=["string", "null"])) == [
        (f"{NEW_ITEM}/properties/name", "nullable-changed", False)
    ]


def test_request_body_made_optional_is_compatible_and_removed_breaks() -> None:
    def post(d: Doc) -> Doc:
        operation: Doc = d["paths"]["/items"]["post"]
        return operation

    assert _changes(lambda d: post(d)["requestBody"].update(required=False)) == [
        (f"{POST}/requestBody/required", "request-body-required-changed", False)
    ]
    assert _changes(lambda d: post(d).pop("requestBody")) == [(f"{POST}/requestBody", "request-body-removed", True)]


def test_new_alternative_is_accepted_from_callers_but_breaks_readers() -> None:
    """A plain schema that becomes a `oneOf` of itself and another type: wider, not a type change."""
    either = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
    assert _changes(
        lambda d: _get(d)["parameters"][0].update(schema={"oneOf": [{"type": "integer"}, {"type": "string"}]})
    ) == [
        (f"{GET}/parameters/0/schema/oneOf/0/maximum", "constraint-widened", False),
        (f"{GET}/parameters/0/schema/oneOf/1", "variant-added", False),
    ]
    assert _changes(lambda d: _schemas(d)["Item"]["properties"].update(id=either)) == [
        (f"{ITEM}/properties/id/oneOf/1", "variant-added", True),
        (f"{ITEM}/properties/id/oneOf/0/description", "doc-changed", False),
    ]


# -- both directions and the whole document ----------------------------------------------------------


def test_component_in_request_and_response_is_judged_for_each() -> None:
    """`Kind` is sent by callers (NewItem) and read by consumers (Item): a new value breaks only readers."""
    changes = compare(_base(), _with(lambda d: _schemas(d)["Kind"]["enum"].append("C")))
    assert [(c.rule, c.breaking, [str(site) for site in c.sites]) for c in changes] == [
        (
            "enum-values-added",
            True,
            [
                "GET /items/{id} 200 response (application/json) `kind`",
                "POST /items 201 response (application/json) `kind`",
            ],
        ),
        ("enum-values-added", False, ["POST /items request body (application/json) `kind`"]),
    ]


def test_type_and_format_changes_always_break() -> None:
    assert _changes(lambda d: _schemas(d)["Item"]["properties"]["id"].update(type="integer")) == [
        (f"{ITEM}/properties/id/type", "type-changed", True)
    ]
    assert _changes(lambda d: _get(d)["parameters"][0]["schema"].update(type="string")) == [
        (f"{GET}/parameters/0/schema/type", "type-changed", True)
    ]
    assert _changes(lambda d: _schemas(d)["Amount"].update(format="double")) == [
        ("/components/schemas/Amount/format", "format-changed", True)
    ]


def test_operations_and_client_names() -> None:
    assert _changes(lambda d: d["paths"].pop("/items")) == [(POST, "operation-removed", True)]
    assert _changes(lambda d: d["paths"]["/items"].update(get={**_get(d), "operationId": "list_items"})) == [
        ("/paths/~1items/get", "operation-added", False)
    ]
    assert _changes(lambda d: _get(d).update(operationId="fetch_item")) == [
        (f"{GET}/operationId", "operation-id-changed", True)
    ]
    assert _changes(lambda d: _get(d).update(tags=["Things"])) == [(f"{GET}/tags", "operation-tag-changed", True)]


def test_renamed_component_schema_breaks_the_models_package() -> None:
    def rename(d: Doc) -> None:
        _schemas(d)["Failure"] = _schemas(d).pop("Error")
        d["components"]["responses"]["NotFound"]["content"]["application/json"]["schema"]["$ref"] = (
            "#/components/schemas/Failure"
        )

    assert _changes(rename) == [
        ("/components/schemas/Error", "component-removed", True),
        ("/components/schemas/Failure", "component-added", False),
    ]


def test_documentation_changes_are_reported_as_compatible() -> None:
    assert _changes(lambda d: _schemas(d)["Item"]["properties"]["id"].update(description="Its id.")) == [
        (f"{ITEM}/properties/id/description", "doc-changed", False)
    ]


def test_sites_name_every_operation_and_field() -> None:
    (change,) = compare(_base(), _with(lambda d: _schemas(d)["Item"]["properties"].pop("tags")))
    assert [str(site) for site in change.sites] == [
        "GET /items/{id} 200 response (application/json) `tags`",
        "POST /items 201 response (application/json) `tags`",
    ]
    assert change.message == "property `tags` removed: readers that use it break"


@pytest.mark.parametrize("keyword", ["oneOf", "allOf"])
def test_wrapping_a_ref_alone_is_not_a_change(keyword: str) -> None:
    """`allOf: [{$ref: X}]` with a description, or a oneOf of one ref, is X: nothing to report but the text."""
    changes = _changes(
        lambda d: _schemas(d)["Item"]["properties"].update(
            status={keyword: [{"$ref": "#/components/schemas/Status"}], "description": "Where it is."}
        )
    )
    assert all(not breaking for _, _, breaking in changes)


def _with(mutate: Callable[[Doc], None]) -> Doc:
    doc = copy.deepcopy(_base())
    mutate(doc)
    return doc
