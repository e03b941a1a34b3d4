"""The mapping: which vendor field(s) each normalized field comes from, read from `mapping.yaml`.

The file is data shipped with the package; the adapters read it at run time, the README renders it,
and the repository's tests resolve every vendor field it names in the vendor's spec. Its header
comment documents the keys and the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

MODELS = ("account", "balance", "position", "activity")
# rule -> how many sources it reads (None: one or more)
RULES: dict[str, int | None] = {
    "same": 1,
    "first": None,
    "negate": 1,
    "sum": None,
    "negated-sum": None,
    "difference": None,
    "codes": None,
    "signed": None,
    "sign-against": 2,
    "date": 1,
    "epoch-ms": 1,
    "display-time": 1,
    "occ": 1,
    "tradestation-option": 1,
    "value": 0,
}
SYMBOL_PARTS = ("asset-class", "underlying", "put-call", "strike", "expiry")
_KEYS = {"from", "rule", "codes", "negative", "positive", "part", "missing", "unset", "value", "note", "none"}


class MappingError(ValueError):
    """The mapping file is malformed; the message names the place and the cause."""


@dataclass(frozen=True)
class FieldRule:
    """How one normalized field is made from one element of a vendor body, or why it cannot be."""

    name: str
    sources: tuple[str, ...] = ()
    rule: str = "same"
    codes: dict[str, str] = field(default_factory=dict)
    negative: tuple[str, ...] = ()
    positive: tuple[str, ...] = ()
    part: str | None = None
    missing: str | None = None
    unset: str | None = None
    value: str | None = None
    note: str | None = None
    reason: str | None = None

    @property
    def mapped(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class ModelMapping:
    """One model of one vendor: the operation whose 200 body holds its elements, the spec component
    an element conforms to, and a rule per field."""

    operation: str
    component: str
    fields: dict[str, FieldRule]


@dataclass(frozen=True)
class VendorMapping:
    vendor: str
    spec: str
    title: str
    models: dict[str, ModelMapping]


@dataclass(frozen=True)
class Mapping:
    definitions: dict[str, dict[str, str]]
    vendors: dict[str, VendorMapping]


@cache
def load() -> Mapping:
    """The mapping shipped with the package."""
    text = resources.files(__package__).joinpath("mapping.yaml").read_text(encoding="utf-8")
    return parse(yaml.safe_load(text))


def parse(document: Any) -> Mapping:
    """A mapping from the parsed YAML; MappingError names the first malformed place."""
    definitions = _table(_at(document, "definitions", dict), "definitions")
    for model in MODELS:
        _table(_at(definitions, model, dict), f"definitions.{model}")
    vendors = {name: _vendor(name, raw, definitions) for name, raw in _at(document, "vendors", dict).items()}
    return Mapping({model: dict(definitions[model]) for model in MODELS}, vendors)


def _vendor(name: str, raw: Any, definitions: dict[str, Any]) -> VendorMapping:
    where = f"vendors.{name}"
    if not isinstance(raw, dict):
        raise MappingError(f"{where}: must be a mapping")
    models = {}
    for model in MODELS:
        body = _at(raw, model, dict, where)
        place = f"{where}.{model}"
        fields = _at(body, "fields", dict, place)
        expected, named = set(definitions[model]), set(fields)
        if expected != named:
            raise MappingError(
                f"{place}.fields: missing {sorted(expected - named)}, unknown {sorted(named - expected)}"
            )
        models[model] = ModelMapping(
            operation=_at(body, "operation", str, place),
            component=_at(body, "component", str, place),
            fields={key: _rule(key, value, f"{place}.fields.{key}") for key, value in fields.items()},
        )
    return VendorMapping(name, _at(raw, "spec", str, where), _at(raw, "title", str, where), models)


def _rule(name: str, raw: Any, where: str) -> FieldRule:
    if not isinstance(raw, dict) or set(raw) - _KEYS:
        raise MappingError(f"{where}: must be a mapping of {sorted(_KEYS)}")
    if "none" in raw:
        if set(raw) != {"none"} or not isinstance(raw["none"], str):
            raise MappingError(f"{where}: `none` takes a reason, alone")
        return FieldRule(name, reason=raw["none"])
    sources = raw.get("from", [])
    sources = [sources] if isinstance(sources, str) else sources
    rule = raw.get("rule", "codes" if "codes" in raw else "value" if "value" in raw else "same")
    if rule not in RULES:
        raise MappingError(f"{where}: unknown rule {rule!r} (one of {sorted(RULES)})")
    wanted = RULES[rule]
    if not all(isinstance(s, str) for s in sources) or (len(sources) != wanted if wanted is not None else not sources):
        raise MappingError(f"{where}: rule {rule!r} takes {wanted if wanted is not None else 'one or more'} source(s)")
    codes = raw.get("codes", {})
    if (rule == "codes") != bool(codes) or not all(isinstance(k, str) and isinstance(v, str) for k, v in codes.items()):
        raise MappingError(f"{where}: a `codes` rule, and only it, has a table of quoted strings")
    sides = [raw.get(key, []) for key in ("negative", "positive")]
    if (rule == "signed") != all(sides) or not all(isinstance(v, str) for side in sides for v in side):
        raise MappingError(f"{where}: a `signed` rule, and only it, has `negative` and `positive` lists of strings")
    part = raw.get("part")
    if (rule in ("occ", "tradestation-option")) != (part in SYMBOL_PARTS):
        raise MappingError(f"{where}: the symbol rules, and only they, take a `part` (one of {list(SYMBOL_PARTS)})")
    for key in ("missing", "unset", "value", "note"):
        if key in raw and not isinstance(raw[key], str):
            raise MappingError(f"{where}: `{key}` must be a quoted string")
    return FieldRule(
        name,
        tuple(sources),
        rule,
        dict(codes),
        tuple(sides[0]),
        tuple(sides[1]),
        part,
        raw.get("missing"),
        raw.get("unset"),
        raw.get("value"),
        raw.get("note"),
    )


def _at(container: Any, key: str, kind: type, where: str = "") -> Any:
    value = container.get(key) if isinstance(container, dict) else None
    if not isinstance(value, kind):
        raise MappingError(f"{where + '.' if where else ''}{key}: must be a {kind.__name__}")
    return value


def _table(value: dict[str, Any], where: str) -> dict[str, Any]:
    return value if all(isinstance(k, str) for k in value) else _fail(f"{where}: keys must be strings")


def _fail(message: str) -> Any:
    raise MappingError(message)
