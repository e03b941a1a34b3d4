"""broker-contracts-unified's mapping against the specs: every vendor field it names exists in the vendor's
spec (in the component it names, reachable from the operation's 200 body), each plan calls the operation
the mapping names, and the README's tables are the mapping's."""

from __future__ import annotations

import json
from typing import Any

import pytest

from broker_contracts_unified.mapping import MODELS, MappingError, load, parse
from broker_contracts_unified.plans import PLANS
from broker_contracts_unified.tables import mapping_tables
from scripts.specs import PROJECT_ROOT, Spec

from .conftest import project_spec

MAPPING = load()
PACKAGE = PROJECT_ROOT / "packages" / "broker-contracts-unified"
Item = tuple[str, str, str, str]  # vendor, model, field, source path
SOURCES: list[Item] = [
    (vendor.vendor, model, rule.name, source)
    for vendor in MAPPING.vendors.values()
    for model in MODELS
    for rule in vendor.models[model].fields.values()
    for source in rule.sources
]


def _spec(vendor: str) -> Spec:
    return project_spec(MAPPING.vendors[vendor].spec)


@pytest.mark.parametrize("item", SOURCES, ids=["/".join(item) for item in SOURCES])
def test_every_named_vendor_field_is_in_the_spec(item: Item) -> None:
    vendor, model, _, path = item
    spec = _spec(vendor)
    name, *inside = MAPPING.vendors[vendor].models[model].component.split(".")
    component = spec.document["components"]["schemas"][name]
    assert _resolves(spec, component, [*inside, *path.split(".")]), f"{vendor}: no {path!r} in {model}'s component"


@pytest.mark.parametrize("vendor", list(MAPPING.vendors))
def test_each_component_is_in_its_operations_body(vendor: str) -> None:
    spec = _spec(vendor)
    for model in MODELS:
        body = MAPPING.vendors[vendor].models[model]
        pointer = spec.response_schema_pointer(spec.operation(body.operation), 200)
        reached = _components(spec, {"$ref": "#" + pointer}, set())
        assert body.component.split(".")[0] in reached, (
            f"{vendor} {model}: {body.component} is not in {body.operation}'s 200 body"
        )


@pytest.mark.parametrize("vendor", list(MAPPING.vendors))
def test_each_plan_calls_the_operation_its_body_comes_from(vendor: str) -> None:
    """The operation a plan's facade call sends (what a `VendorTimeoutError` names) is the mapping's."""
    assert {model: plan.operation_id for model, plan in PLANS[vendor].items()} == {
        model: MAPPING.vendors[vendor].models[model].operation for model in MODELS
    }


@pytest.mark.parametrize("vendor", list(MAPPING.vendors))
def test_code_tables_name_documented_values(vendor: str) -> None:
    """Each code of a single-source table is a value the field's schema lists, where it lists any."""
    spec = _spec(vendor)
    for model in MODELS:
        body = MAPPING.vendors[vendor].models[model]
        name, *inside = body.component.split(".")
        component = spec.document["components"]["schemas"][name]
        for rule in body.fields.values():
            if rule.rule != "codes" or len(rule.sources) != 1:
                continue
            listed = _enums(spec, component, [*inside, *rule.sources[0].split(".")])
            strings = {str(v).lower() if isinstance(v, bool) else str(v) for v in listed}
            assert not strings or set(rule.codes) <= strings, (
                f"{vendor} {model}.{rule.name}: {set(rule.codes) - strings}"
            )


def test_the_readme_tables_are_the_mapping() -> None:
    readme = (PACKAGE / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- mapping:start -->\n", "<!-- mapping:end -->"
    assert start in readme and end in readme
    shown = readme.split(start, 1)[1].split(end, 1)[0]
    assert shown == mapping_tables(), "README out of date: paste `python -m broker_contracts_unified mapping`"


def test_a_malformed_mapping_is_named() -> None:
    document = json.loads(json.dumps(_raw()))
    document["vendors"]["tradier"]["balance"]["fields"]["cash"] = {"from": "total_cash", "rule": "guess"}
    with pytest.raises(MappingError, match=r"vendors\.tradier\.balance\.fields\.cash: unknown rule 'guess'"):
        parse(document)
    del document["vendors"]["tradier"]["balance"]["fields"]["cash"]
    with pytest.raises(MappingError, match=r"vendors\.tradier\.balance\.fields: missing \['cash'\]"):
        parse(document)


def _raw() -> Any:
    import yaml

    path = PACKAGE / "src" / "broker_contracts_unified" / "mapping.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _variants(spec: Spec, schema: Any) -> list[dict[str, Any]]:
    """The object schemas a schema may be: through `$ref`, arrays, `allOf` (merged) and `oneOf`/`anyOf`."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = spec.resolve(schema["$ref"])
    if not isinstance(schema, dict):
        return []
    if schema.get("type") == "array" or "items" in schema:
        return _variants(spec, schema.get("items", {}))
    found = [schema]
    for key in ("oneOf", "anyOf"):
        for option in schema.get(key, []):
            found += _variants(spec, option)
    for part in schema.get("allOf", []):
        found += _variants(spec, part)
    return found


def _resolves(spec: Spec, schema: Any, steps: list[str]) -> bool:
    if not steps:
        return True
    return any(
        steps[0] in (variant.get("properties") or {}) and _resolves(spec, variant["properties"][steps[0]], steps[1:])
        for variant in _variants(spec, schema)
    )


def _enums(spec: Spec, schema: Any, steps: list[str]) -> set[Any]:
    if not steps:
        return {value for variant in _variants(spec, schema) for value in variant.get("enum", [])}
    return {
        value
        for variant in _variants(spec, schema)
        if steps[0] in (variant.get("properties") or {})
        for value in _enums(spec, variant["properties"][steps[0]], steps[1:])
    }


def _components(spec: Spec, schema: Any, seen: set[str]) -> set[str]:
    """Every component schema a schema reaches through `$ref`s."""
    if isinstance(schema, list):
        return set().union(*(_components(spec, item, seen) for item in schema)) if schema else set()
    if not isinstance(schema, dict):
        return set()
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        if ref.startswith("#/components/schemas/") and name not in seen:
            seen.add(name)
            _components(spec, spec.resolve(ref), seen)
        elif not ref.startswith("#/components/schemas/"):
            _components(spec, spec.resolve(ref), seen)
    for value in schema.values():
        if isinstance(value, (dict, list)):
            _components(spec, value, seen)
    return seen
