"""Loading and bundling specs: external components are hoisted, every $ref checked, lines kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import specs, validate, yaml_text
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


def test_references_that_stay_in_the_folder_are_followed(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ENTRY.replace("common.yaml#", "schemas/../common.yaml#"), COMMON)
    (folder / "schemas").mkdir()
    (folder / "linked.yaml").symlink_to("common.yaml")
    assert set(specs.load(folder).document["components"]["schemas"]) == {"Outer", "Inner"}
    (folder / "openapi.yaml").write_text(ENTRY.replace("common.yaml#", "linked.yaml#"))
    assert set(specs.load(folder).document["components"]["schemas"]) == {"Outer", "Inner"}


def _chain(length: int, step: str) -> str:
    """Component schemas L0 … L<length>, each `step` (holding `{next}`) referring to the next."""
    links = "".join(f"    L{i}:\n{step.format(next=f'L{i + 1}')}" for i in range(length))
    return f"components:\n  schemas:\n{links}    L{length}:\n      type: string\n"


def _entry_referring_to(target: str) -> str:
    return ENTRY.replace("common.yaml#/components/schemas/Outer", target)


def test_a_long_chain_of_references_is_a_finding_not_a_recursion_error(tmp_path: Path) -> None:
    bare = "      $ref: '#/components/schemas/{next}'\n"
    folder = _folder(tmp_path, _entry_referring_to("#/components/schemas/L0") + _chain(2_000, bare))
    with pytest.raises(FindingsError) as caught:
        specs.load(folder)
    [finding] = caught.value.findings
    assert finding.rule == "resource-limits"
    assert "more than 64" in finding.message


def test_a_chain_of_files_is_bundled_without_recursion(tmp_path: Path) -> None:
    folder = _folder(tmp_path, _entry_referring_to("f0.yaml#/components/schemas/L0"))
    for index in range(300):
        step = f"      $ref: 'f{index + 1}.yaml#/components/schemas/L{index + 1}'\n"
        (folder / f"f{index}.yaml").write_text(f"components:\n  schemas:\n    L{index}:\n{step}")
    (folder / "f300.yaml").write_text("components:\n  schemas:\n    L300:\n      type: string\n")
    with pytest.raises(FindingsError) as caught:
        specs.load(folder)
    assert [f.rule for f in caught.value.findings] == ["resource-limits"]


def test_a_spec_at_the_nesting_limit_is_validated_and_written(tmp_path: Path) -> None:
    """The limit leaves room for every recursive consumer: validators, dereferencing, the YAML writer."""
    nested = "      type: object\n      properties:\n        n:\n          $ref: '#/components/schemas/{next}'\n"
    entry = (FIXTURES / "tiny-vendor" / "openapi.yaml").read_text()
    longest = None
    for length in range(20, 40):
        text = entry.replace("    Error:\n", _chain(length, nested).split("\n", 2)[2] + "    Error:\n", 1).replace(
            "        message:\n          type: string\n",
            "        message:\n          type: string\n        next:\n          $ref: '#/components/schemas/L0'\n",
        )
        folder = tmp_path / f"chain-{length}"
        folder.mkdir()
        (folder / "openapi.yaml").write_text(text)
        try:
            specs.load(folder)
        except FindingsError as refused:
            assert [f.rule for f in refused.findings] == ["resource-limits"]
            break
        longest = folder
    assert longest is not None
    assert validate.validate_folder(longest) == []
    yaml_text.dumps(specs.load(longest).dereferenced)
