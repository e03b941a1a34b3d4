"""One vendor body element (its wire form, as the client's `to_dict()` gives it) to one model, by the mapping."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from broker_contracts_unified import models
from broker_contracts_unified.errors import NormalizeError
from broker_contracts_unified.mapping import FieldRule, load
from broker_contracts_unified.rules import RuleError, apply, exact, text

T = TypeVar("T")
MODEL_CLASSES: dict[str, type[Any]] = {
    "account": models.Account,
    "balance": models.Balance,
    "position": models.Position,
    "activity": models.Activity,
}
# Nested models a dotted field name builds: (attribute, class, whether all-None means None).
NESTED: dict[str, tuple[type[Any], bool]] = {
    "instrument": (models.Instrument, False),
    "instrument.option": (models.OptionDetails, True),
}


def wire_values(element: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted path of an element (None when a step is absent or null)."""
    value: Any = element
    for step in path.split("."):
        value = value.get(step) if isinstance(value, Mapping) else None
    return value


def field_value(vendor: str, model: str, rule: FieldRule, element: Mapping[str, Any]) -> Any:
    """The normalized value of one field, converted to the model's type; None where the vendor has none."""
    if not rule.mapped:
        return None
    target = _target_type(model, rule.name)
    values = [wire_values(element, source) for source in rule.sources]
    try:
        return _convert(apply(rule, values), target)
    except (RuleError, ValueError, TypeError, ArithmeticError) as exc:
        shown = values[0] if len(values) == 1 else values
        cause = str(exc) or type(exc).__name__
        raise NormalizeError(
            cause, vendor=vendor, model=model, field=rule.name, sources=rule.sources, value=shown
        ) from None


def build(vendor: str, model: str, account_id: str, element: Mapping[str, Any]) -> Any:
    """The model of `element`, one of a `model` body's elements at `vendor`."""
    rules = load().vendors[vendor].models[model].fields
    flat = {name: field_value(vendor, model, rule, element) for name, rule in rules.items()}
    flat["vendor"] = vendor
    if flat["account_id"] is None:  # the element does not name its account: the one asked for
        flat["account_id"] = account_id
    return _assemble(MODEL_CLASSES[model], flat, "")


def _assemble(cls: type[Any], flat: dict[str, Any], prefix: str) -> Any:
    values: dict[str, Any] = {}
    for item in dataclasses.fields(cls):
        name = prefix + item.name
        if name in NESTED:
            nested, optional = NESTED[name]
            inner = _assemble(nested, flat, name + ".")
            empty = all(getattr(inner, f.name) is None for f in dataclasses.fields(nested))
            values[item.name] = None if optional and empty else inner
        else:
            values[item.name] = flat[name]
    return cls(**values)


@functools.cache
def _target_type(model: str, name: str) -> type[Any]:
    """The non-None type of a model field, by dotted name (the same for every element: worked out once)."""
    cls = MODEL_CLASSES[model]
    *outer, last = name.split(".")
    for step in outer:
        cls = _plain(typing.get_type_hints(cls)[step])
    return _plain(typing.get_type_hints(cls)[last])


def _plain(hint: Any) -> type[Any]:
    if isinstance(hint, types.UnionType):
        [kind] = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return typing.cast(type[Any], kind)
    return typing.cast(type[Any], hint)


def _convert(value: Any, target: type[Any]) -> Any:
    if value is None:
        return None
    if target is Decimal:
        return exact(value)
    if issubclass(target, Enum):
        return target(value)
    if target is datetime:
        return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if target is date:
        return _day(value)
    return text(value)


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value))
