from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="MarginTopContributor")


@_attrs_define
class MarginTopContributor:
    """The margin attributable to one underlying.

    Attributes:
        underlying_instrument_id (UUID): The underlying instrument.
        initial_margin_requirement (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`,
            `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        maintenance_margin_requirement (Decimal): An exact decimal number written as a JSON string (`"45000.00"`,
            `"-50"`, `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        market_value (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also
            any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        overnight_margin_requirement (Decimal | Unset): An exact decimal number written as a JSON string (`"45000.00"`,
            `"-50"`, `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        day_trade_buying_power_usage (Decimal | Unset): An exact decimal number written as a JSON string (`"45000.00"`,
            `"-50"`, `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
    """

    underlying_instrument_id: UUID
    initial_margin_requirement: Decimal
    maintenance_margin_requirement: Decimal
    market_value: Decimal
    overnight_margin_requirement: Decimal | Unset = UNSET
    day_trade_buying_power_usage: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        underlying_instrument_id = str(self.underlying_instrument_id)

        initial_margin_requirement = str(self.initial_margin_requirement)

        maintenance_margin_requirement = str(self.maintenance_margin_requirement)

        market_value = str(self.market_value)

        overnight_margin_requirement: str | Unset = UNSET
        if not isinstance(self.overnight_margin_requirement, Unset):
            overnight_margin_requirement = str(self.overnight_margin_requirement)

        day_trade_buying_power_usage: str | Unset = UNSET
        if not isinstance(self.day_trade_buying_power_usage, Unset):
            day_trade_buying_power_usage = str(self.day_trade_buying_power_usage)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "underlying_instrument_id": underlying_instrument_id,
                "initial_margin_requirement": initial_margin_requirement,
                "maintenance_margin_requirement": maintenance_margin_requirement,
                "market_value": market_value,
            }
        )
        if overnight_margin_requirement is not UNSET:
            field_dict["overnight_margin_requirement"] = overnight_margin_requirement
        if day_trade_buying_power_usage is not UNSET:
            field_dict["day_trade_buying_power_usage"] = day_trade_buying_power_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        underlying_instrument_id = UUID(d.pop("underlying_instrument_id"))

        initial_margin_requirement = exact_decimal(d.pop("initial_margin_requirement"))

        maintenance_margin_requirement = exact_decimal(d.pop("maintenance_margin_requirement"))

        market_value = exact_decimal(d.pop("market_value"))

        _overnight_margin_requirement = d.pop("overnight_margin_requirement", UNSET)
        overnight_margin_requirement: Decimal | Unset
        if isinstance(_overnight_margin_requirement, Unset):
            overnight_margin_requirement = UNSET
        else:
            overnight_margin_requirement = exact_decimal(_overnight_margin_requirement)

        _day_trade_buying_power_usage = d.pop("day_trade_buying_power_usage", UNSET)
        day_trade_buying_power_usage: Decimal | Unset
        if isinstance(_day_trade_buying_power_usage, Unset):
            day_trade_buying_power_usage = UNSET
        else:
            day_trade_buying_power_usage = exact_decimal(_day_trade_buying_power_usage)

        margin_top_contributor = cls(
            underlying_instrument_id=underlying_instrument_id,
            initial_margin_requirement=initial_margin_requirement,
            maintenance_margin_requirement=maintenance_margin_requirement,
            market_value=market_value,
            overnight_margin_requirement=overnight_margin_requirement,
            day_trade_buying_power_usage=day_trade_buying_power_usage,
        )

        margin_top_contributor.additional_properties = d
        return margin_top_contributor

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
