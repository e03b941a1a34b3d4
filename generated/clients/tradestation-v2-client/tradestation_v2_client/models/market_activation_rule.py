from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activation_predicate import ActivationPredicate
from ..models.activation_rule_type import ActivationRuleType
from ..models.logic_operator_enum import LogicOperatorEnum
from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="MarketActivationRule")


@_attrs_define
class MarketActivationRule:
    """A price condition that must hold before the order is sent.

    Attributes:
        rule_type (ActivationRuleType | Unset): Kind of market activation rule; only `Price` exists.
        symbol (None | str | Unset): The symbol whose price is watched.
        predicate (ActivationPredicate | Unset): Comparison of a price rule: less than, at most, greater than, at least.
            The vendor writes
            `Lt` in its schemas and `gt` in its examples; both casings are accepted.
        trigger_key (None | str | Unset): Which ticks trigger the rule. No v2 source lists the values, so this is open
            text. Known from
            TradeStation's later APIs: `STT` single trade tick, `STTN` single trade tick within the NBBO
            (seen in v3's `AdvancedOptions` example, notes §B.5), `SBA` single bid/ask tick, `SAB` single
            ask/bid tick, `DTT`/`DTTN`/`DBA`/`DAB` double and `TTT`/`TTTN`/`TBA`/`TAB` triple ticks.
        price (Decimal | None | Unset): The trigger price (a string in the Swagger).
        logic_operator (LogicOperatorEnum | Unset): How a rule combines with the one before it.
    """

    rule_type: ActivationRuleType | Unset = UNSET
    symbol: None | str | Unset = UNSET
    predicate: ActivationPredicate | Unset = UNSET
    trigger_key: None | str | Unset = UNSET
    price: Decimal | None | Unset = UNSET
    logic_operator: LogicOperatorEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_type: str | Unset = UNSET
        if not isinstance(self.rule_type, Unset):
            rule_type = self.rule_type.value

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        predicate: str | Unset = UNSET
        if not isinstance(self.predicate, Unset):
            predicate = self.predicate.value

        trigger_key: None | str | Unset
        if isinstance(self.trigger_key, Unset):
            trigger_key = UNSET
        else:
            trigger_key = self.trigger_key

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, Decimal):
            price = str(self.price)
        else:
            price = self.price

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
        _rule_type = d.pop("RuleType", UNSET)
        rule_type: ActivationRuleType | Unset
        if isinstance(_rule_type, Unset):
            rule_type = UNSET
        else:
            rule_type = ActivationRuleType(_rule_type)

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("Symbol", UNSET))

        _predicate = d.pop("Predicate", UNSET)
        predicate: ActivationPredicate | Unset
        if isinstance(_predicate, Unset):
            predicate = UNSET
        else:
            predicate = ActivationPredicate(_predicate)

        def _parse_trigger_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_key = _parse_trigger_key(d.pop("TriggerKey", UNSET))

        def _parse_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                price_type_0 = exact_decimal(data)

                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        price = _parse_price(d.pop("Price", UNSET))

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
