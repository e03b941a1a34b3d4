from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logic_operator_enum import LogicOperatorEnum
from ..models.trigger_key_enum import TriggerKeyEnum
from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="MarketActivationRule")


@_attrs_define
class MarketActivationRule:
    """A price condition that must hold before the order is sent.

    Attributes:
        rule_type (str | Unset): Kind of rule; only `Price` exists.
        symbol (str | Unset): The symbol whose price is watched.
        predicate (str | Unset): Comparison of a price rule: `Lt` less than, `Lte` at most, `Gt` greater than, `Gte` at
            least. The vendor declares a plain string, describes `Lt` and sends `gt` in its example,
            so any letter case is accepted (`gt`, `Gt`, `GT`).
        trigger_key (TriggerKeyEnum | Unset): Which ticks trigger a price activation rule (single, double or triple
            trade, bid/ask…). The
            values are the enum of `TriggerKey` in the vendor's OpenAPI document (`MarketActivationRules`
            schema); the research notes do not list them.
        price (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional minus
            sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        logic_operator (LogicOperatorEnum | Unset): How a rule combines with the one before it. The values are the enum
            of `LogicOperator` in the
            vendor's OpenAPI document (`MarketActivationRules` schema); the research notes do not list them.
    """

    rule_type: str | Unset = UNSET
    symbol: str | Unset = UNSET
    predicate: str | Unset = UNSET
    trigger_key: TriggerKeyEnum | Unset = UNSET
    price: Decimal | Unset = UNSET
    logic_operator: LogicOperatorEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_type = self.rule_type

        symbol = self.symbol

        predicate = self.predicate

        trigger_key: str | Unset = UNSET
        if not isinstance(self.trigger_key, Unset):
            trigger_key = self.trigger_key.value

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = str(self.price)

        logic_operator: str | Unset = UNSET
        if not isinstance(self.logic_operator, Unset):
            logic_operator = self.logic_operator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rule_type is not UNSET:
            field_dict["RuleType"] = rule_type
        if symbol is not UNSET:
            field_dict["Symbol"] = symbol
        if predicate is not UNSET:
            field_dict["Predicate"] = predicate
        if trigger_key is not UNSET:
            field_dict["TriggerKey"] = trigger_key
        if price is not UNSET:
            field_dict["Price"] = price
        if logic_operator is not UNSET:
            field_dict["LogicOperator"] = logic_operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_type = d.pop("RuleType", UNSET)

        symbol = d.pop("Symbol", UNSET)

        predicate = d.pop("Predicate", UNSET)

        _trigger_key = d.pop("TriggerKey", UNSET)
        trigger_key: TriggerKeyEnum | Unset
        if isinstance(_trigger_key, Unset):
            trigger_key = UNSET
        else:
            trigger_key = TriggerKeyEnum(_trigger_key)

        _price = d.pop("Price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = exact_decimal(_price)

        _logic_operator = d.pop("LogicOperator", UNSET)
        logic_operator: LogicOperatorEnum | Unset
        if isinstance(_logic_operator, Unset):
            logic_operator = UNSET
        else:
            logic_operator = LogicOperatorEnum(_logic_operator)

        market_activation_rule = cls(
            rule_type=rule_type,
            symbol=symbol,
            predicate=predicate,
            trigger_key=trigger_key,
            price=price,
            logic_operator=logic_operator,
        )

        market_activation_rule.additional_properties = d
        return market_activation_rule

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
