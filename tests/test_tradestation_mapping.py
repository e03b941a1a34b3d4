"""The TradeStation v2 -> v3 field map: every field it names exists in both specs, and paired examples agree."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from scripts import field_map
from scripts.findings import FindingsError
from scripts.specs import SPECS_DIR, Spec

from .conftest import project_spec

MAP = field_map.load(SPECS_DIR / "tradestation-v2-to-v3.yaml")
OLD, NEW = MAP.labels
SPECS = {label: project_spec(folder) for label, folder in MAP.folders.items()}
Item = tuple[field_map.Group, field_map.FieldPair]
PAIRS: list[Item] = [(group, pair) for group in MAP.groups for pair in group.fields]
EXAMPLES = [(group, old, new) for group in MAP.groups for old, new in group.examples]


@pytest.mark.parametrize("item", PAIRS, ids=[f"{g.name}:{p.old}" for g, p in PAIRS])
def test_every_field_exists_in_both_specs(item: Item) -> None:
    """In every v2 account kind it names (all kinds when it names none), and in the v3 element."""
    old, new = _schemas(item)
    assert old and new


@pytest.mark.parametrize("item", PAIRS, ids=[f"{g.name}:{p.old}" for g, p in PAIRS])
def test_amounts_stay_exact_decimals_and_codes_are_documented(item: Item) -> None:
    _, pair = item
    old, [new] = _schemas(item)
    if pair.conversion in ("same", "signed") and any(schema.get("format") == "decimal" for schema in old):
        assert new.get("format") == "decimal", f"{pair.new} must be a decimal like {pair.old}"
    if pair.conversion == "codes":
        table = set(pair.values)
        for schema in old:
            assert _codes(schema) <= table, f"{pair.old} codes without a v3 value: {_codes(schema) - table}"
        assert not _codes(new) or set(pair.values.values()) <= _codes(new)


@pytest.mark.parametrize("item", EXAMPLES, ids=[f"{g.name}:{old}" for g, old, _ in EXAMPLES])
def test_paired_examples_show_the_same_values(item: tuple[field_map.Group, str, str]) -> None:
    """The same accounts and positions, seen through v2 and v3, carry the same amounts."""
    group, old_name, new_name = item
    old_elements = field_map.body_elements(_example(SPECS[OLD], group.old, old_name), group.old)
    new_elements = field_map.body_elements(_example(SPECS[NEW], group.new, new_name), group.new)
    key = group.match
    by_key = {field_map.normalise(key, element[key.new]): element for element in new_elements}
    compared = 0
    for old_element in old_elements:
        [old_key] = field_map.values_at(old_element, key.old)
        new_element = by_key.pop(field_map.convert(key, old_key))
        for pair in group.fields:
            old_values = field_map.values_at(old_element, pair.old)
            new_values = field_map.values_at(new_element, pair.new)
            if not old_values or not new_values or not field_map.CONVERSIONS[pair.conversion]:
                continue
            expected = [field_map.convert(pair, value) for value in old_values]
            sent = [field_map.normalise(pair, value) for value in new_values]
            assert sent == expected, f"{old_key}: {pair.old} -> {pair.new}"
            compared += len(expected)
    assert not by_key, f"{new_name} has elements {sorted(by_key)} that {old_name} lacks"
    assert compared >= 5 * len(old_elements)


def test_conversions_follow_the_documented_rules() -> None:
    signed = field_map.FieldPair("Quantity", "Quantity", "signed", "")
    assert field_map.convert(signed, 1) == field_map.normalise(signed, "-1") == Decimal(1)
    name = field_map.FieldPair("Name", "AccountID", "leading-token", "")
    assert field_map.convert(name, "5430612 QA") == "5430612"
    same = field_map.FieldPair("RealTimeEquity", "Equity", "same", "")
    v2_equity = Decimal("3212461.98040200000000000000")
    assert field_map.convert(same, v2_equity) == field_map.normalise(same, "3212461.980402")
    assert field_map.convert(same, Decimal("-1806.2892359516153728372377831")) != Decimal("-1806.289235951615")
    assert field_map.convert(field_map.FieldPair("TimeStamp", "Timestamp", "reformatted", ""), "x") is None


def test_a_missing_field_is_named() -> None:
    [element] = field_map.element_schemas(SPECS[NEW], MAP.groups[0].new)
    with pytest.raises(LookupError, match=r"no property 'Nope' \(of 'BalanceDetail\.Nope'\)"):
        field_map.field_schema(SPECS[NEW], element, "BalanceDetail.Nope")


def test_malformed_maps_are_rejected_with_their_line(tmp_path: Path) -> None:
    text = (SPECS_DIR / "tradestation-v2-to-v3.yaml").read_text()
    broken = tmp_path / "map.yaml"
    broken.write_text(text.replace("conversion: leading-token, match: true}", "conversion: guess, match: true}", 1))
    where = r"map\.yaml:\d+: /groups/0/fields/0: \[field-map\] "
    with pytest.raises(FindingsError, match=where + "unknown conversion 'guess'"):
        field_map.load(broken)
    broken.write_text(text.replace(", match: true}", "}"))
    with pytest.raises(FindingsError, match="group 'real-time balances' needs exactly one match field"):
        field_map.load(broken)


def _schemas(item: Item) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The field's resolved schema in each v2 variant it names, and in the v3 element."""
    group, pair = item
    old_elements = field_map.element_schemas(SPECS[OLD], group.old, pair.types)
    new_elements = field_map.element_schemas(SPECS[NEW], group.new)
    return (
        [field_map.field_schema(SPECS[OLD], element, pair.old) for element in old_elements],
        [field_map.field_schema(SPECS[NEW], element, pair.new) for element in new_elements],
    )


def _example(spec: Spec, side: field_map.Side, name: str) -> Any:
    media = spec.resolve("#" + spec.response_schema_pointer(spec.operation(side.operation), 200).rsplit("/", 1)[0])
    return media["examples"][name]["value"]


def _codes(schema: dict[str, Any]) -> set[str]:
    """The values an enum (or const) schema allows; empty for free text."""
    if "const" in schema:
        return {schema["const"]}
    return set(schema.get("enum") or [])
