from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="PdtBalances")


@_attrs_define
class PdtBalances:
    """Margin figures of a pattern-day-trader account (no `sweep`).

    Attributes:
        fed_call (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        maintenance_call (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        option_buying_power (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        stock_buying_power (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        stock_short_value (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        day_trade_buying_power (Decimal | Unset): An exact decimal sent as a JSON number, often with a long tail of
            zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
    """

    fed_call: Decimal
    maintenance_call: Decimal
    option_buying_power: Decimal
    stock_buying_power: Decimal
    stock_short_value: Decimal
    day_trade_buying_power: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fed_call = self.fed_call

        maintenance_call = self.maintenance_call

        option_buying_power = self.option_buying_power

        stock_buying_power = self.stock_buying_power

        stock_short_value = self.stock_short_value

        day_trade_buying_power: Decimal | Unset = UNSET
        if not isinstance(self.day_trade_buying_power, Unset):
            day_trade_buying_power = self.day_trade_buying_power

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fed_call": fed_call,
                "maintenance_call": maintenance_call,
                "option_buying_power": option_buying_power,
                "stock_buying_power": stock_buying_power,
                "stock_short_value": stock_short_value,
            }
        )
        if day_trade_buying_power is not UNSET:
            field_dict["day_trade_buying_power"] = day_trade_buying_power

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fed_call = exact_decimal(d.pop("fed_call"))

        maintenance_call = exact_decimal(d.pop("maintenance_call"))

        option_buying_power = exact_decimal(d.pop("option_buying_power"))

        stock_buying_power = exact_decimal(d.pop("stock_buying_power"))

        stock_short_value = exact_decimal(d.pop("stock_short_value"))

        _day_trade_buying_power = d.pop("day_trade_buying_power", UNSET)
        day_trade_buying_power: Decimal | Unset
        if isinstance(_day_trade_buying_power, Unset):
            day_trade_buying_power = UNSET
        else:
            day_trade_buying_power = exact_decimal(_day_trade_buying_power)

        pdt_balances = cls(
            fed_call=fed_call,
            maintenance_call=maintenance_call,
            option_buying_power=option_buying_power,
            stock_buying_power=stock_buying_power,
            stock_short_value=stock_short_value,
            day_trade_buying_power=day_trade_buying_power,
        )

        pdt_balances.additional_properties = d
        return pdt_balances

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
