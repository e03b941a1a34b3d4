"""Loading and bundling specs: external components are hoisted, every $ref checked, lines kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import specs
from scripts.findings import FindingsError

from .conftest import FIXTURES

ENTRY = """openapi: 3.1.0
info: {title: T, version: 2.0.0}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: 'common.yaml#/components/schemas/Outer'
"""
COMMON = """openapi: 3.1.0
info: {title: common, version: 1.0.0}
paths: {}
components:
  schemas:
    Outer:
      type: object
      properties:
        inner:
          $ref: '#/components/schemas/Inner'
    Inner:
      type: string
"""


def _folder(tmp_path: Path, entry: str, common: str | None = None) -> Path:
    folder = tmp_path / "vendor-x"
    folder.mkdir()
    (folder / "openapi.yaml").write_text(entry)
    if common is not None:
        (folder / "common.yaml").write_text(common)
    return folder


def test_external_components_are_hoisted_with_their_lines(tmp_path: Path) -> None:
    spec = specs.load(_folder(tmp_path, ENTRY, COMMON))
    schemas = spec.document["components"]["schemas"]
    assert set(schemas) == {"Outer", "Inner"}
    assert schemas["Outer"]["properties"]["inner"] == {"$ref": "#/components/schemas/Inner"}
    media = spec.document["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/Outer"}
    where = spec.locate("/components/schemas/Inner")
    assert (where.file.name, where.line) == ("common.yaml", 11)
    assert spec.dereferenced["components"]["schemas"]["Outer"]["properties"]["inner"] == {"type": "string"}
    assert spec.version == "2.0.0"
    assert spec.python_name == "vendor_x"


def test_external_ref_must_point_at_a_component(tmp_path: Path) -> None:
    entry = ENTRY.replace("common.yaml#/components/schemas/Outer", "common.yaml#/components/schemas/Outer/properties")
    with pytest.raises(
        FindingsError, match=r"\[ref-resolves\] external \$ref .* must point at /components/<kind>/<Name>"
    ):
        specs.load(_folder(tmp_path, entry, COMMON))


def test_missing_target_in_other_file(tmp_path: Path) -> None:
    common = COMMON.replace("$ref: '#/components/schemas/Inner'", "$ref: '#/components/schemas/Gone'")
    with pytest.raises(FindingsError) as caught:
        specs.load(_folder(tmp_path, ENTRY, common))
    [finding] = caught.value.findings
    assert (finding.file.name, finding.line, finding.rule) == ("common.yaml", 10, "ref-resolves")
    assert "no 'Gone'" in finding.message


def test_component_name_collision_is_reported(tmp_path: Path) -> None:
    entry = ENTRY + "components:\n  schemas:\n    Inner:\n      type: integer\n"
    with pytest.raises(FindingsError, match="defined differently in two files"):
        specs.load(_folder(tmp_path, entry, COMMON))


def test_recursive_refs_are_refused_when_dereferencing() -> None:
    document = {"components": {"schemas": {"A": {"items": {"$ref": "#/components/schemas/A"}}}}}
    with pytest.raises(ValueError, match="recursive"):
        specs.dereference(document)


def test_discovery_finds_folders_with_an_entry_document(tmp_path: Path) -> None:
    _folder(tmp_path, ENTRY, COMMON)
    (tmp_path / "empty").mkdir()
    assert [p.name for p in specs.discover(tmp_path)] == ["vendor-x"]


def test_operations_and_response_schemas() -> None:
    spec = specs.load(FIXTURES / "tiny-vendor")
    op = spec.operation("get_balance")
    assert (op.method, op.path) == ("get", "/accounts/{account_id}/balance")
    assert spec.response_schema_pointer(op, 404).endswith("/responses/404/content/application~1json/schema")
    with pytest.raises(KeyError):
        spec.response_schema_pointer(op, 500)
    with pytest.raises(KeyError):
        spec.operation("nope")
