"""The published spec files under generated/specs/<vendor>/: complete, exact, valid, and in step with the spec."""

from __future__ import annotations

import json
from decimal import Decimal
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import yaml
from openapi_spec_validator import validate

from scripts import json_text, yaml_source, yaml_text
from scripts.codegen import generate, spec_artifacts
from scripts.specs import Spec

from .conftest import GENERATED


def _same(a: Any, b: Any) -> bool:
    """Equal values written with the same digits (Decimal('1.10') and Decimal('1.1') differ here)."""
    return json_text.dumps(a) == json_text.dumps(b)


class _ExactLoader(yaml.CSafeLoader):
    """libyaml's reader (YAML 1.1, so `on` or an unquoted date would not read back as a string), floats as Decimals."""

    def construct_decimal(self, node: yaml.ScalarNode) -> Decimal:
        return Decimal(self.construct_scalar(node))


_ExactLoader.add_constructor("tag:yaml.org,2002:float", _ExactLoader.construct_decimal)
# The OpenAPI 3.1 schema as openapi-spec-validator ships it, compiled by jsonschema-rs.
_OPENAPI_31 = jsonschema_rs.validator_for(
    json.loads(files("openapi_spec_validator").joinpath("resources/schemas/v3.1/schema.json").read_text())
)


def _has_ref(node: Any) -> bool:
    if isinstance(node, dict):
        return "$ref" in node or any(_has_ref(v) for v in node.values())
    return isinstance(node, list) and any(_has_ref(v) for v in node)


@pytest.mark.parametrize("form", spec_artifacts.FORMS)
def test_yaml_and_json_hold_the_spec_exactly(spec: Spec, form: str) -> None:
    """Both files read back as the spec, the YAML by a YAML 1.1 reader (libyaml) and by the project's own (1.2)."""
    folder = GENERATED / "specs" / spec.name
    expected = spec.document if form == "bundled" else spec.dereferenced
    from_json = json.loads((folder / f"openapi.{form}.json").read_text(encoding="utf-8"), parse_float=Decimal)
    yaml_text = (folder / f"openapi.{form}.yaml").read_text(encoding="utf-8")
    assert _same(from_json, expected)
    assert _same(yaml.load(yaml_text, Loader=_ExactLoader), expected)
    assert _has_ref(from_json) == (form == "bundled" and _has_ref(spec.document))
    if form == "bundled":  # the dereferenced form repeats the same text many times over
        from_yaml = yaml_source.read(folder / f"openapi.{form}.yaml")
        assert from_yaml.findings == []
        assert _same(from_yaml.value, expected)


@pytest.mark.parametrize("form", spec_artifacts.FORMS)
def test_artifact_is_a_valid_openapi_document(spec: Spec, form: str) -> None:
    """The bundled form passes openapi-spec-validator in full. The dereferenced form (8 to 9 times larger:
    every schema inlined where used) is checked against the OpenAPI 3.1 schema, which takes milliseconds
    where the full validator took over a second a spec; its semantic checks (operation ids, parameters,
    schemas) are the bundled form's, since the dereferenced form is `dereference(bundled)` exactly (above)."""
    document = json.loads((GENERATED / "specs" / spec.name / f"openapi.{form}.json").read_text(encoding="utf-8"))
    if form == "bundled":
        validate(document)
    else:
        assert [f"{error.instance_path}: {error.message}" for error in _OPENAPI_31.iter_errors(document)] == []


def test_the_openapi_schema_check_finds_a_broken_document(spec: Spec) -> None:
    document = json.loads((GENERATED / "specs" / spec.name / "openapi.dereferenced.json").read_text(encoding="utf-8"))
    document["paths"]["/broken"] = {"get": {"responses": {"200": {"description": 1}}}}
    assert not _OPENAPI_31.is_valid(document)


def test_yaml_writer_keeps_digits_and_quotes_what_readers_would_misread(tmp_path: Path) -> None:
    value = {
        "amount": Decimal("17798.360000000000000000000000"),
        "whole": Decimal("5"),
        "exponent": Decimal("-1E+2"),
        "words": ["on", "Y", "no", "2025-10-31", "1:20", "0o17", "null", "", "# not a comment"],
        "y": "key that YAML 1.1 reads as a boolean",
        "text": "two\nlines\n",
        "none": None,
    }
    path = tmp_path / "out.yaml"
    path.write_text(yaml_text.dumps(value, "a header"), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# a header\n")
    assert "amount: 17798.360000000000000000000000\n" in text and "whole: 5.\n" in text
    assert "- 'on'\n" in text and "- '2025-10-31'\n" in text and "'y': key" in text
    assert "text: |\n  two\n  lines\n" in text
    read = yaml_source.read(path)
    assert read.findings == []
    assert _same(read.value, value)


def test_yaml_writer_refuses_non_finite_numbers() -> None:
    with pytest.raises(ValueError, match="not a JSON number"):
        yaml_text.dumps({"x": Decimal("Infinity")})


def test_recursive_spec_cannot_be_dereferenced(tmp_path: Path) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "loop", "version": "1.0.0"},
        "paths": {},
        "components": {"schemas": {"Node": {"properties": {"next": {"$ref": "#/components/schemas/Node"}}}}},
    }
    spec = Spec("loop", tmp_path, tmp_path / "openapi.yaml", document)
    with pytest.raises(generate.GenerationError, match="spec artifacts of loop failed: recursive \\$ref"):
        generate.generate([spec], tmp_path / "out")
